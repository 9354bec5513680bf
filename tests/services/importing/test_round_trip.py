"""Export then import gives back the same values and types: CSV, XLSX and JSON.

A text cell holding only a dash is "no value" in the tables PADI imports (their convention), so a
dataset's text "-" comes back empty from CSV and XLSX; every other text comes back as it was.
"""

from __future__ import annotations

import pytest

from desktop_app.domain.columns import ColumnSpec, ColumnType
from desktop_app.services.datasets import exporting
from desktop_app.services.datasets.importing import read_preview
from tests.conftest import PASSWORD

COLUMNS = (
    ColumnSpec("Nama Usaha", ColumnType.TEXT),
    ColumnSpec("Kecamatan", ColumnType.CATEGORY),
    ColumnSpec("Jumlah Izin", ColumnType.INTEGER),
    ColumnSpec("Luas (ha)", ColumnType.DECIMAL),
    ColumnSpec("Nilai Investasi (Rp)", ColumnType.MONEY),
    ColumnSpec("Capaian (%)", ColumnType.PERCENT),
    ColumnSpec("Tanggal Terbit", ColumnType.DATE),
    ColumnSpec("Periode", ColumnType.PERIOD),
    ColumnSpec("Telepon", ColumnType.TEXT),
)
ROWS = [
    ("Toko Maju Jaya", "Rambutan", 12, 2.125, 1_500_000, 85.5, "2025-01-15", "2025-01", "+62 621 21001"),
    ("=SUM(A1) bukan rumus", "Bajenis", 1661, 0.5, 2_750_000, 100.0, "2025-02-03", "2025-02", "-21 (ext)"),
    ("@toko_online", "Rambutan", 361, 10.75, 0, 12.25, "2025-03-31", "2025-03", "+62 812 3456 7890"),
    ("Apotek \u201cSehat\u201d", "Bajenis", 0, 1234.567, 900_000, None, None, "2025-04", "(0621) 21001"),
]


@pytest.mark.parametrize("fmt", exporting.FORMATS)
def test_export_then_import_gives_back_the_same_values_and_types(tmp_path, fmt):
    path = exporting.write(fmt, COLUMNS, ROWS, tmp_path / f"data.{fmt}", title="Uji")
    preview = read_preview(path)
    assert preview.types == {c.name: c.type for c in COLUMNS}
    assert [list(row) for row in preview.rows] == [list(row) for row in ROWS]
    assert preview.problems == ()


def test_a_quoted_phone_number_comes_back_without_the_quote(tmp_path):
    """Issue 13: the XLSX export stored a leading ' as well as Excel's quote-prefix flag."""
    path = exporting.write("xlsx", COLUMNS[-1:], [(ROWS[0][-1],), (ROWS[2][-1],)], tmp_path / "t.xlsx", title="t")
    assert read_preview(path).column("Telepon") == ["+62 621 21001", "+62 812 3456 7890"]


def test_a_dataset_exported_and_imported_again_through_the_services(office, tmp_path):
    from desktop_app.domain.metadata import DatasetMeta

    office.accounts.login("staf", PASSWORD)
    source = office.datasets.create(DatasetMeta("Izin Usaha"), COLUMNS, ROWS)
    for fmt in exporting.FORMATS:
        path = tmp_path / f"izin.{fmt}"
        office.exports.dataset(source, fmt, path)
        result = office.imports.commit(office.imports.preview(path), dataset_name=f"Izin Usaha ({fmt})")
        back = office.datasets.get(result.dataset_id)
        assert [(c.name, c.type) for c in back.columns] == [(c.name, c.type) for c in COLUMNS], fmt
        assert back.rows == office.datasets.get(source).rows, fmt


def test_a_list_of_records_is_read_like_a_sheet_and_broken_json_is_refused(tmp_path):
    from desktop_app.domain.errors import BadInput

    records = tmp_path / "izin.json"
    records.write_text('[{"Kecamatan": "Rambutan", "Jumlah": 3}, {"Kecamatan": "Bajenis", "Jumlah": 1661, '
                       '"Catatan": "baru"}]', encoding="utf-8")
    preview = read_preview(records)
    assert preview.rows == (("Rambutan", 3, None), ("Bajenis", 1661, "baru"))
    assert preview.types["Jumlah"] == ColumnType.INTEGER
    for text, code in [("{bukan json", "not_a_spreadsheet"), ('{"a": 1}', "not_a_spreadsheet"),
                       ('{"columns": [{"name": "A", "type": "uang"}], "rows": []}', "bad_column_type"),
                       ("[" * 100_000, "not_a_spreadsheet"), ("[]", "not_a_spreadsheet")]:
        broken = tmp_path / "rusak.json"
        broken.write_text(text, encoding="utf-8")
        with pytest.raises(BadInput) as refusal:
            read_preview(broken)
        assert refusal.value.code == code, text
