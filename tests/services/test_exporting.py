"""Exporting datasets and tables as CSV, XLSX and JSON (desktop_app.services.datasets.exporting)."""

from __future__ import annotations

import csv
import datetime as dt
import json
import shutil
import subprocess
from pathlib import Path

import pytest
from openpyxl import Workbook, load_workbook

from desktop_app.domain.columns import ColumnSpec, ColumnType
from desktop_app.domain.errors import BadInput, NotAllowed
from desktop_app.domain.steps import Step
from desktop_app.domain.tables import TableData
from desktop_app.render.xlsx import dataset as xlsx_dataset
from desktop_app.services.datasets import DatasetMeta
from desktop_app.services.datasets.exporting import (
    export_csv,
    export_json,
    export_table,
    export_xlsx,
    neutralise,
)
from desktop_app.services.runtime import outputs
from tests.conftest import PASSWORD

pytestmark = pytest.mark.engines  # on SQLite and on PostgreSQL (tests/engines.py)

COLUMNS = (
    ColumnSpec("Nama", ColumnType.TEXT),
    ColumnSpec("Jumlah", ColumnType.INTEGER),
    ColumnSpec("Rata-rata", ColumnType.DECIMAL),
    ColumnSpec("Nilai Investasi", ColumnType.MONEY),
    ColumnSpec("Capaian", ColumnType.PERCENT),
    ColumnSpec("Tanggal", ColumnType.DATE),
    ColumnSpec("Bulan", ColumnType.PERIOD),
    ColumnSpec("Jenis", ColumnType.CATEGORY),
)
ROWS = (
    ("Kecamatan Padang Hulu", 1234567, 1234567.5, 1500000, 12.5, "2025-03-12", "2025-03", "NIB"),
    ("=SUM(A1)", -5, -0.25, None, 100, "2025-12-31", "2025-Q1", "+62812"),
    ("-x", 0, 0.125, 2500000000, 0, None, "2025", "@cmd"),
    ("\tx", 7, None, 0, 99.9, "2024-02-29", "2025-S1", "\rcr"),
)
FORMULA_LIKE = ("=SUM(A1)", "+62812", "-x", "@cmd", "\tx", "\rcr")
META = {"Judul": "Uji Ekspor", "Kelompok": "Perizinan", "Deskripsi": "-catatan yang mirip rumus"}


def _no_leftovers(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir())


class Boom:
    """A value that fails when it is written out (str() raises)."""

    def __str__(self) -> str:
        raise RuntimeError("gagal di tengah penulisan")


# --- values ------------------------------------------------------------------------------------
@pytest.mark.parametrize("text", FORMULA_LIKE)
def test_formula_like_text_gets_an_apostrophe(text):
    assert neutralise(text) == "'" + text


@pytest.mark.parametrize("text", ("Padang Hulu", "12-2025", "a=b", "", "'sudah"))
def test_ordinary_text_is_left_alone(text):
    assert neutralise(text) == text


# --- CSV ---------------------------------------------------------------------------------------
def test_csv_has_a_bom_a_header_and_plain_numbers(tmp_path):
    path = export_csv(COLUMNS, ROWS, tmp_path / "data.csv")
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    lines = raw.decode("utf-8-sig").splitlines()
    assert lines[0] == "Nama,Jumlah,Rata-rata,Nilai Investasi,Capaian,Tanggal,Bulan,Jenis"
    assert lines[1] == "Kecamatan Padang Hulu,1234567,1234567.5,1500000,12.5,2025-03-12,2025-03,NIB"
    assert "2500000000" in lines[3]  # no thousands separators, no exponent
    assert "1.234.567" not in raw.decode("utf-8-sig")


def test_csv_neutralises_formula_like_text_and_keeps_negative_numbers(tmp_path):
    path = export_csv(COLUMNS, ROWS, tmp_path / "data.csv")
    with open(path, encoding="utf-8-sig", newline="") as fh:
        rows = list(csv.reader(fh))
    assert rows[2][0] == "'=SUM(A1)"
    assert rows[2][7] == "'+62812"
    assert rows[3][0] == "'-x"
    assert rows[3][7] == "'@cmd"
    assert rows[4][0] == "'\tx"
    assert rows[4][7] == "'\rcr"
    assert rows[2][1] == "-5" and rows[2][2] == "-0.25"  # numbers are never touched
    cells = [c for row in rows for c in row]
    assert not any(c.startswith(("=", "+", "@", "\t", "\r")) for c in cells)
    assert not any(c.startswith("-") and not c.lstrip("-").replace(".", "").isdigit() for c in cells)


def test_csv_round_trips_through_the_csv_module(tmp_path):
    path = export_csv(COLUMNS, ROWS, tmp_path / "data.csv")
    with open(path, encoding="utf-8-sig", newline="") as fh:
        header, *rows = list(csv.reader(fh))
    assert header == [c.name for c in COLUMNS]
    assert len(rows) == len(ROWS)
    for written, original in zip(rows, ROWS, strict=True):
        assert len(written) == len(COLUMNS)
        for cell, value, spec in zip(written, original, COLUMNS, strict=True):
            if value is None:
                assert cell == ""
            elif spec.type.numeric:
                assert float(cell) == pytest.approx(float(value))
            else:
                assert cell.removeprefix("'") == value


def test_csv_writes_dates_as_iso_and_pads_short_rows(tmp_path):
    columns = (ColumnSpec("Tanggal", ColumnType.DATE), ColumnSpec("Catatan"), ColumnSpec("Isi", ColumnType.DECIMAL))
    path = export_csv(columns, [(dt.date(2025, 1, 2),), (None, "Rp 1.000", 1e-7)], tmp_path / "t.csv")
    lines = path.read_text(encoding="utf-8-sig").splitlines()
    assert lines[1:] == ["2025-01-02,,", ",Rp 1.000,0.0000001"]


# --- XLSX --------------------------------------------------------------------------------------
@pytest.fixture
def workbook(tmp_path):
    path = export_xlsx(COLUMNS, ROWS, tmp_path / "data.xlsx", title="Uji Ekspor", meta=META)
    return load_workbook(path)


def test_xlsx_header_is_styled_frozen_and_filtered(workbook):
    ws = workbook["Data"]
    assert workbook.sheetnames == ["Data", "Metadata"]
    assert [c.value for c in ws[1]] == [c.name for c in COLUMNS]
    for cell in ws[1]:
        assert cell.font.b
        assert cell.fill.fill_type == "solid"
        assert cell.alignment.wrap_text
        assert cell.border.bottom.style == "thin"
    assert ws.freeze_panes == "A2"
    assert ws.auto_filter.ref == f"A1:H{len(ROWS) + 1}"
    assert ws.max_row == len(ROWS) + 1
    for letter in "ABCDEFGH":
        assert 8 <= ws.column_dimensions[letter].width <= xlsx_dataset.MAX_COLUMN_WIDTH
    assert ws.column_dimensions["A"].width >= len("Kecamatan Padang Hulu")


def test_xlsx_number_formats_per_column_type_and_real_dates(workbook):
    ws = workbook["Data"]
    row = ws[2]
    assert row[1].value == 1234567 and row[1].number_format == "#,##0"
    assert row[2].value == 1234567.5 and row[2].number_format == "#,##0.00"
    assert row[3].value == 1500000 and row[3].number_format == '"Rp" #,##0'
    assert row[4].value == 12.5 and row[4].number_format == '0.0"%"'
    assert isinstance(row[5].value, dt.datetime) and row[5].value.date() == dt.date(2025, 3, 12)
    assert row[5].number_format == "dd/mm/yyyy" and row[5].is_date
    assert row[6].value == "2025-03" and row[6].data_type == "s"  # periods stay text
    assert ws["F5"].value.date() == dt.date(2024, 2, 29)
    assert ws["B3"].value == -5 and ws["B3"].data_type == "n"  # negative numbers stay numbers
    assert ws["C3"].value == -0.25


def test_xlsx_formula_like_text_is_a_string_never_a_formula(workbook):
    """A string cell with Excel's quote-prefix flag, the text unchanged (a leading ' came back on import)."""
    ws = workbook["Data"]
    found = {}
    for row in ws.iter_rows():
        for cell in row:
            assert cell.data_type != "f"
            assert not (isinstance(cell.value, str) and cell.value.startswith("'"))
            if cell.quotePrefix:
                found[cell.value] = cell
    # XML readers turn a raw carriage return into a line feed
    assert set(found) == {t.replace("\r", "\n") for t in FORMULA_LIKE}
    for cell in found.values():
        assert cell.data_type == "s"
    assert not ws["A2"].quotePrefix  # ordinary text gets no prefix


def test_xlsx_metadata_sheet_and_properties(workbook):
    info = workbook["Metadata"]
    rows = [tuple(c.value for c in row) for row in info.iter_rows()]
    assert rows[0] == ("Keterangan", "Isi")
    assert rows[1:] == [("Judul", "Uji Ekspor"), ("Kelompok", "Perizinan"),
                        ("Deskripsi", "-catatan yang mirip rumus")]
    assert info["B4"].quotePrefix
    assert workbook.properties.title == "Uji Ekspor"
    assert workbook.properties.creator == "PADI"


def test_xlsx_with_no_rows_still_has_header_and_filter(tmp_path):
    wb = load_workbook(export_xlsx(COLUMNS, [], tmp_path / "kosong.xlsx", title="Kosong"))
    ws = wb["Data"]
    assert ws.auto_filter.ref == "A1:H1"
    assert [c.value for c in ws[1]][0] == "Nama"
    assert wb["Metadata"].max_row == 1


def test_xlsx_drops_characters_a_workbook_cannot_hold(tmp_path):
    wb = load_workbook(export_xlsx((ColumnSpec("Teks"),), [("a\x01b\x0bc",)], tmp_path / "x.xlsx", title="x"))
    assert wb["Data"]["A2"].value == "abc"


@pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice (soffice) is not installed")
def test_xlsx_survives_a_libreoffice_round_trip(tmp_path):
    path = export_xlsx(COLUMNS, ROWS, tmp_path / "data.xlsx", title="Uji Ekspor", meta=META)
    out_dir = tmp_path / "lo-out"
    # comma, double quote, UTF-8, from line 1, en-US, cell contents "as shown" (so the formats show)
    csv_filter = "csv:Text - txt - csv (StarCalc):44,34,76,1,,1033,false,true,true,false"
    proc = subprocess.run(
        [shutil.which("soffice"), f"-env:UserInstallation={(tmp_path / 'lo-profile').as_uri()}", "--headless",
         "--convert-to", csv_filter, "--outdir", str(out_dir), str(path)],
        capture_output=True, text=True, timeout=180)
    assert proc.returncode == 0, proc.stderr
    with open(out_dir / "data.csv", encoding="utf-8", newline="") as fh:
        rows = list(csv.reader(fh))
    assert rows[0] == [c.name for c in COLUMNS]
    assert rows[1] == ["Kecamatan Padang Hulu", "1,234,567", "1,234,567.50", "Rp 1,500,000", "12.5%",
                       "12/03/2025", "2025-03", "NIB"]
    # Text stays text, never evaluated (a formula would show its result), and without an apostrophe.
    assert rows[2][:3] == ["=SUM(A1)", "-5", "-0.25"]
    assert rows[2][5] == "31/12/2025"
    assert rows[2][7] == "+62812"
    assert rows[3][0] == "-x" and rows[3][7] == "@cmd"
    assert rows[3][3] == "Rp 2,500,000,000"
    assert rows[4][0] == "\tx" and rows[4][5] == "29/02/2024"


# --- JSON --------------------------------------------------------------------------------------
def test_json_shape(tmp_path):
    path = export_json(COLUMNS, ROWS, tmp_path / "data.json", meta={"Judul": "Uji Ekspor", "Sumber": "Sistem OSS"})
    text = path.read_text(encoding="utf-8")
    data = json.loads(text)
    assert set(data) == {"metadata", "columns", "rows"}
    assert data["metadata"] == {"Judul": "Uji Ekspor", "Sumber": "Sistem OSS"}
    assert data["columns"][0] == {"name": "Nama", "type": "text"}
    assert [c["type"] for c in data["columns"]] == [c.type.value for c in COLUMNS]
    assert len(data["rows"]) == len(ROWS)
    assert data["rows"][0] == dict(zip([c.name for c in COLUMNS], ROWS[0], strict=True))
    assert data["rows"][1]["Nama"] == "=SUM(A1)"  # machine format: not neutralised
    assert data["rows"][1]["Nilai Investasi"] is None
    assert '\n  "metadata"' in text  # indented


def test_json_is_utf8_without_escapes(tmp_path):
    path = export_json((ColumnSpec("Uraian"),), [("Pengaduan – selesai ✓",)], tmp_path / "u.json")
    assert "Pengaduan – selesai ✓" in path.read_text(encoding="utf-8")
    assert json.loads(path.read_text(encoding="utf-8"))["metadata"] == {}


# --- atomic writing ----------------------------------------------------------------------------
WRITERS = {
    "csv": lambda rows, path: export_csv(COLUMNS[:2], rows, path),
    "xlsx": lambda rows, path: export_xlsx(COLUMNS[:2], rows, path, title="Uji"),
    "json": lambda rows, path: export_json(COLUMNS[:2], rows, path),
}


@pytest.mark.parametrize("fmt", sorted(WRITERS))
def test_a_missing_folder_is_bad_input_and_writes_nothing(tmp_path, fmt):
    target = tmp_path / "tidak-ada" / f"data.{fmt}"
    with pytest.raises(BadInput) as info:
        WRITERS[fmt]([("a", 1)], target)
    assert info.value.code == "no_such_folder"
    assert not target.parent.exists()
    assert _no_leftovers(tmp_path) == []


@pytest.mark.parametrize("fmt", sorted(WRITERS))
def test_a_folder_as_target_is_bad_input(tmp_path, fmt):
    with pytest.raises(BadInput) as info:
        WRITERS[fmt]([("a", 1)], tmp_path)
    assert info.value.code == "target_is_folder"


@pytest.mark.parametrize("fmt", sorted(WRITERS))
def test_a_failure_mid_write_leaves_no_file_and_no_temp_file(tmp_path, fmt):
    rows = [("baris", i) for i in range(2000)] + [(Boom(), 1)]
    with pytest.raises(RuntimeError):
        WRITERS[fmt](rows, tmp_path / f"data.{fmt}")
    assert _no_leftovers(tmp_path) == []


@pytest.mark.parametrize("fmt", sorted(WRITERS))
def test_an_existing_file_is_replaced_only_on_success(tmp_path, fmt):
    target = tmp_path / f"data.{fmt}"
    target.write_bytes(b"versi lama")
    with pytest.raises(RuntimeError):
        WRITERS[fmt]([("a", 1), (Boom(), 2)], target)
    assert target.read_bytes() == b"versi lama"
    assert _no_leftovers(tmp_path) == [target.name]
    WRITERS[fmt]([("a", 1)], target)
    assert target.read_bytes() != b"versi lama"
    assert _no_leftovers(tmp_path) == [target.name]


def test_a_failure_while_the_workbook_is_saved_leaves_nothing(tmp_path, monkeypatch):
    def half_save(self, filename):
        Path(filename).write_bytes(b"PK\x03\x04 setengah")
        raise OSError("disk penuh")

    target = tmp_path / "data.xlsx"
    target.write_bytes(b"versi lama")
    monkeypatch.setattr(Workbook, "save", half_save)
    with pytest.raises(OSError):
        export_xlsx(COLUMNS, ROWS, target, title="Uji")
    assert target.read_bytes() == b"versi lama"
    assert _no_leftovers(tmp_path) == ["data.xlsx"]


def test_a_failed_replace_leaves_the_old_file(tmp_path, monkeypatch):
    target = tmp_path / "data.csv"
    target.write_text("versi lama")

    def refuse(src, dst):
        raise PermissionError("berkas sedang dibuka di Excel")

    monkeypatch.setattr(outputs.os, "replace", refuse)
    with pytest.raises(PermissionError):
        export_csv(COLUMNS, ROWS, target)
    assert target.read_text() == "versi lama"
    assert _no_leftovers(tmp_path) == ["data.csv"]


# --- tables ------------------------------------------------------------------------------------
def test_export_table_writes_rows_and_total(tmp_path):
    table = TableData("Izin menurut jenis", ("Jenis Izin", "Jumlah", "Rata-rata"),
                      (("NIB", 120, 10.5), ("PBG", 30, 2.25)), total=("Jumlah", 150, 12.75), unit="izin",
                      source="OSS-RBA", numeric_columns=(1, 2))
    result = export_table(table, "xlsx", tmp_path / "tabel.xlsx")
    assert result.rows == 3 and result.format == "xlsx" and result.title == "Izin menurut jenis"
    wb = load_workbook(result.path)
    ws = wb["Data"]
    assert [c.value for c in ws[4]] == ["Jumlah", 150, 12.75]
    assert ws["B2"].number_format == "#,##0" and ws["C2"].number_format == "#,##0.00"
    assert ("Sumber", "OSS-RBA") in [tuple(c.value for c in r) for r in wb["Metadata"].iter_rows()]
    data = json.loads(export_table(table, "json", tmp_path / "tabel.json").path.read_text(encoding="utf-8"))
    assert [c["type"] for c in data["columns"]] == ["text", "integer", "decimal"]


def test_a_table_with_a_missing_period_exports_empty_cells_and_its_note(tmp_path):
    table = TableData("Izin per bulan", ("Bulan", "Jumlah", "Perubahan"),
                      (("Januari 2024", 42, None), ("Februari 2024", None, None), ("Maret 2024", 49, None)),
                      total=("Total", 91, None), unit="izin", numeric_columns=(1, 2),
                      note="Tidak ada data untuk Februari 2024 (ditandai –); total hanya mencakup periode yang ada "
                           "datanya.")
    path = export_table(table, "csv", tmp_path / "t.csv").path
    with open(path, encoding="utf-8-sig", newline="") as fh:
        rows = list(csv.reader(fh))
    assert rows[2] == ["Februari 2024", "", ""]  # an empty cell, never 0
    data = json.loads(export_table(table, "json", tmp_path / "t.json").path.read_text(encoding="utf-8"))
    assert data["rows"][1] == {"Bulan": "Februari 2024", "Jumlah": None, "Perubahan": None}
    assert data["metadata"]["Catatan"] == table.note
    book = load_workbook(export_table(table, "xlsx", tmp_path / "t.xlsx").path)
    assert [c.value for c in book["Data"][3]] == ["Februari 2024", None, None]
    assert ("Catatan", table.note) in [tuple(c.value for c in r) for r in book["Metadata"].iter_rows()]
    plain = export_table(TableData("T", ("A", "B"), (("x", 1),), numeric_columns=(1,)), "json", tmp_path / "p.json")
    assert "Catatan" not in json.loads(plain.path.read_text(encoding="utf-8"))["metadata"]


def test_the_pivot_of_a_series_with_a_missing_month_exports_it_empty(office, tmp_path):
    from desktop_app.domain.pivot import PivotSpec
    from tests.services.test_series import gapped_series

    ds = gapped_series(office, tmp_path)
    spec = PivotSpec(rows=("Periode",), value="Jumlah", change=True, ytd=True)
    result, written = office.tabulation.export_pivot(ds, spec, "csv", tmp_path / "izin.csv")
    with open(written.path, encoding="utf-8-sig", newline="") as fh:
        rows = list(csv.reader(fh))
    assert rows[1:] == [["Januari 2024", "42", "", "", "42"], ["Februari 2024", "", "", "", ""],
                        ["Maret 2024", "49", "", "", ""], ["Total", "91", "", "", ""]]
    _result, written = office.tabulation.export_pivot(ds, spec, "xlsx", tmp_path / "izin.xlsx")
    book = load_workbook(written.path)
    assert [c.value for c in book["Data"][3]] == ["Februari 2024", None, None, None, None]
    assert dict((r[0].value, r[1].value) for r in book["Metadata"].iter_rows(min_row=2))["Catatan"] == result.table.note


def test_unknown_format_is_bad_input(tmp_path):
    table = TableData("T", ("A",), (("x",),))
    with pytest.raises(BadInput) as info:
        export_table(table, "pdf", tmp_path / "t.pdf")
    assert info.value.code == "unknown_format"
    assert _no_leftovers(tmp_path) == []


# --- datasets ----------------------------------------------------------------------------------
DATASET_META = DatasetMeta("Realisasi Investasi 2025", "Penanaman Modal", "Realisasi PMA dan PMDN.", "Rp",
                           "triwulanan", "2025", "Sistem OSS-RBA", "DPMPTSP Kota Tebing Tinggi",
                           ("investasi", "PMA", "PMDN"))


@pytest.fixture
def dataset(office):
    office.accounts.login("staf", PASSWORD)
    dataset_id = office.datasets.create(DATASET_META, COLUMNS, ROWS)
    return dataset_id


@pytest.mark.parametrize("fmt", ("csv", "xlsx", "json"))
def test_export_dataset_writes_the_file_and_one_log_entry(office, dataset, tmp_path, fmt):
    before = office.activity.entries()
    result = office.exports.dataset(dataset, fmt, tmp_path / f"investasi.{fmt}")
    assert result.path.is_file() and result.rows == len(ROWS) and result.format == fmt
    assert result.title == DATASET_META.name
    entries = office.activity.entries()
    assert len(entries) == len(before) + 1
    entry = entries[0]
    assert entry.action == "dataset_exported"
    assert entry.step == int(Step.PRESENT)
    assert entry.object_type == "dataset" and entry.object_label == DATASET_META.name
    assert entry.actor == "Siti Rahma"
    assert entry.detail == {"format": fmt, "file": f"investasi.{fmt}", "rows": len(ROWS)}
    assert office.activity.verify_chain().ok


def test_export_dataset_metadata_has_indonesian_labels(office, dataset, tmp_path):
    wb = load_workbook(office.exports.dataset(dataset, "xlsx", tmp_path / "inv.xlsx").path)
    meta = {r[0].value: r[1].value for r in wb["Metadata"].iter_rows(min_row=2)}
    assert meta == {"Judul": "Realisasi Investasi 2025", "Kelompok": "Penanaman Modal",
                    "Deskripsi": "Realisasi PMA dan PMDN.", "Satuan": "Rp", "Frekuensi": "triwulanan",
                    "Periode": "2025", "Sumber": "Sistem OSS-RBA", "Produsen": "DPMPTSP Kota Tebing Tinggi",
                    "Kata kunci": "investasi, PMA, PMDN"}
    assert wb.properties.title == "Realisasi Investasi 2025"
    data = json.loads(office.exports.dataset(dataset, "json", tmp_path / "inv.json").path.read_text("utf-8"))
    assert data["metadata"]["Kata kunci"] == "investasi, PMA, PMDN"


def test_export_dataset_to_a_missing_folder_logs_nothing(office, dataset, tmp_path):
    before = len(office.activity.entries())
    with pytest.raises(BadInput) as info:
        office.exports.dataset(dataset, "csv", tmp_path / "tidak-ada" / "x.csv")
    assert info.value.code == "no_such_folder"
    assert len(office.activity.entries()) == before


def test_export_dataset_needs_a_logged_in_user(office, dataset, tmp_path):
    office.accounts.logout()
    with pytest.raises(NotAllowed):
        office.exports.dataset(dataset, "csv", tmp_path / "x.csv")
    assert not (tmp_path / "x.csv").exists()


def test_export_dataset_of_an_unknown_dataset_is_bad_input(office, dataset, tmp_path):
    with pytest.raises(BadInput) as info:
        office.exports.dataset(9999, "csv", tmp_path / "x.csv")
    assert info.value.code == "unknown_dataset"
    assert not (tmp_path / "x.csv").exists()
