"""An identifier column leaves PADI as the code it is: CSV, XLSX, JSON, tabulations and the catalogue never
show "47.111" for KBLI 47111 nor lose the zero of 01111."""

from __future__ import annotations

import csv
import datetime as dt
import json

from openpyxl import load_workbook

from desktop_app.domain.columns import ColumnSpec, ColumnType
from desktop_app.domain.pivot import PivotSpec
from desktop_app.domain.tabulation import GroupTotalSpec
from desktop_app.services.datasets.dataset_service import DatasetMeta, NewConfirmation
from tests.conftest import PASSWORD

COLUMNS = (ColumnSpec("KBLI", ColumnType.IDENTIFIER), ColumnSpec("Uraian", ColumnType.TEXT),
           ColumnSpec("Jumlah", ColumnType.INTEGER, unit="usaha"))
ROWS = [(47111, "Perdagangan eceran", 1234), ("01111", "Pertanian jagung", 5), (47111, "Perdagangan eceran", 6)]


def validated(office) -> int:
    office.accounts.login("staf", PASSWORD)
    ds = office.datasets.create(DatasetMeta("Usaha per KBLI 2025", group="Perizinan", source="OSS-RBA", period="2025"),
                                COLUMNS, ROWS)
    office.datasets.check(ds)
    office.datasets.confirm(ds, NewConfirmation("OSS-RBA", "telepon", dt.date(2026, 11, 20)))
    office.datasets.validate(ds)
    return ds


def test_codes_are_text_in_every_export_and_in_the_catalogue(office, tmp_path):
    ds = validated(office)
    assert [r[0] for r in office.datasets.get(ds).rows] == ["47111", "01111", "47111"]

    office.exports.dataset(ds, "csv", tmp_path / "d.csv")
    with open(tmp_path / "d.csv", encoding="utf-8-sig", newline="") as fh:
        assert [row[0] for row in csv.reader(fh)] == ["KBLI", "47111", "01111", "47111"]

    office.exports.dataset(ds, "xlsx", tmp_path / "d.xlsx")
    sheet = load_workbook(tmp_path / "d.xlsx").active
    cells = [sheet.cell(row=r, column=1) for r in (2, 3, 4)]
    assert [c.value for c in cells] == ["47111", "01111", "47111"]
    assert {c.data_type for c in cells} == {"s"} and {c.number_format for c in cells} == {"@"}

    office.exports.dataset(ds, "json", tmp_path / "d.json")
    document = json.loads((tmp_path / "d.json").read_text(encoding="utf-8"))
    assert document["columns"][0] == {"name": "KBLI", "type": "identifier"}
    assert [r["KBLI"] for r in document["rows"]] == ["47111", "01111", "47111"]

    office.datasets.save_output(ds, "Usaha per KBLI", GroupTotalSpec("KBLI", "Jumlah"))
    office.datasets.present(ds)
    site = office.site.build(tmp_path / "katalog")
    page = next(p for p in site.pages if "kbli" in p.name.lower() or "usaha" in p.name.lower())
    html = page.read_text(encoding="utf-8")
    assert "<td>47111</td>" in html and "<td>01111</td>" in html and "47.111" not in html


def test_a_tabulation_by_code_keeps_the_codes_and_never_sums_them(office, tmp_path):
    ds = validated(office)
    result, written = office.tabulation.export_pivot(ds, PivotSpec(rows=("KBLI",), value="Jumlah", agg="sum"), "csv",
                                                     tmp_path / "t.csv")
    assert [row[0] for row in result.table.rows] == ["47111", "01111"]
    assert [row[-1] for row in result.table.rows] == [1240, 5]
    text = written.path.read_text(encoding="utf-8-sig")
    assert "47111" in text and "47.111" not in text
