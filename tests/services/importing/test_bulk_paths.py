"""The bulk paths a large import takes: the guard's cheap reference check, column-at-a-time typing, rows
written from a format - each refusing and producing exactly what the cell-by-cell way does."""

from __future__ import annotations

import dataclasses
import gc
import json
import sqlite3
import zipfile
from pathlib import Path

import pytest

from desktop_app.domain.columns import ColumnType
from desktop_app.domain.errors import BadInput
from desktop_app.services.datasets.importing import extent, guards, read_preview
from desktop_app.services.datasets.importing.inference import cells_of, convert, infer, profile
from desktop_app.services.datasets.importing.values import excel_letter
from tests.conftest import PASSWORD
from tests.services.importing.workbooks import write_xlsx

SHEET = "xl/worksheets/sheet1.xml"


def sheet_xml(rows: list[str]) -> bytes:
    return ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>'
            + "".join(rows) + "</sheetData></worksheet>").encode()


def row(number: int, columns: int, *, first: int = 1) -> str:
    cells = "".join(f'<c r="{excel_letter(c)}{number}" t="n"><v>{number}</v></c>' for c in range(first - 1, columns))
    return f'<row r="{number}">{cells}</row>'


def workbook_with_sheet(tmp_path: Path, xml: bytes, name: str = "lembar.xlsx") -> Path:
    source = write_xlsx(tmp_path / f"asal-{name}", [["No", "Nama"], [1, "A"]])
    target = tmp_path / name
    with zipfile.ZipFile(source) as old, zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as new:
        for info in old.infolist():
            new.writestr(info, xml if info.filename == SHEET else old.read(info.filename))
    return target


@pytest.fixture
def small_windows(monkeypatch):
    """Stream members 4 KB at a time, so a few hundred rows already make many windows."""
    monkeypatch.setattr(guards, "_CHUNK", 4096)


@pytest.fixture
def small_limits(monkeypatch, small_windows):
    """At most 5,000 rows and 6,000 cells: sheets at the limits stay small."""
    monkeypatch.setattr(extent, "MAX_ROWS", 5000)
    monkeypatch.setattr(extent, "MAX_CELLS", 6000)
    extent._outside.cache_clear()
    yield
    extent._outside.cache_clear()


def inspected(path: Path) -> str:
    try:
        return guards.inspect(path)
    except BadInput as error:
        return error.code


@pytest.mark.parametrize("extra", [
    '<row r="300"><c r="ALL9000" t="n"><v>1</v></c></row>',  # calamine allocates 1000 columns x 9000 rows
    '<row r="301"><c r="A2000001" t="n"><v>1</v></c></row>',  # a cell's own reference counts, not its row's
    '<row spans="1:3" r="2000001"><c t="n"><v>1</v></c></row>',  # a row number wherever it stands in the tag
])
def test_a_far_cell_in_the_middle_of_a_long_sheet_is_refused(tmp_path, small_windows, extra):
    rows = [row(n, 3) for n in range(1, 600)]
    rows.insert(300, extra)
    path = workbook_with_sheet(tmp_path, sheet_xml(rows))
    assert zipfile.ZipFile(path).getinfo(SHEET).file_size > 10 * 4096
    assert inspected(path) == "too_large"


def test_an_ordinary_long_sheet_passes(tmp_path, small_windows):
    path = workbook_with_sheet(tmp_path, sheet_xml([row(n, 10) for n in range(1, 2000)]))
    assert inspected(path) == "xlsx"


@pytest.mark.parametrize(("rows", "columns", "expected"), [
    (2000, 3, "xlsx"), (2001, 3, "too_large"),  # 6,000 cells at most
    (5000, 1, "xlsx"), (5001, 1, "too_large"),  # 5,000 rows at most
    (1500, 4, "xlsx"), (1501, 4, "too_large"),
])
def test_sheets_at_the_limits(tmp_path, small_limits, rows, columns, expected):
    path = workbook_with_sheet(tmp_path, sheet_xml([row(n, columns) for n in range(1, rows + 1)]))
    assert inspected(path) == expected


@pytest.mark.parametrize(("rows", "expected"), [(1200, "xlsx"), (1201, "too_large")])
def test_the_widest_column_coming_last_still_limits_every_row(tmp_path, small_limits, rows, expected):
    """Rows read while the sheet looked one column wide are checked again once it turns out five wide."""
    xml = sheet_xml([row(n, 1) for n in range(1, rows)] + [row(rows, 5, first=5)])
    assert inspected(workbook_with_sheet(tmp_path, xml)) == expected


def test_rows_without_references_are_counted(tmp_path, small_limits):
    """Empty rows cost nothing; a cell after them sits where they put it."""
    empty = sheet_xml([row(1, 1)] + ["<row/>"] * 5000)
    assert inspected(workbook_with_sheet(tmp_path, empty, "kosong.xlsx")) == "xlsx"
    many = sheet_xml([row(1, 1)] + ["<row/>"] * 5000 + ['<row><c t="n"><v>1</v></c></row>'])
    assert inspected(workbook_with_sheet(tmp_path, many, "baris.xlsx")) == "too_large"
    # Letters w in the text are no rows: a short sheet full of them passes.
    words = sheet_xml([f'<row r="{n}"><c r="A{n}" t="inlineStr"><is><t>{"www " * 20}</t></is></c></row>'
                       for n in range(1, 200)])
    assert inspected(workbook_with_sheet(tmp_path, words, "kata.xlsx")) == "xlsx"


def test_entity_declaration_deep_in_a_long_sheet(tmp_path, small_windows):
    rows = [row(n, 3) for n in range(1, 300)]
    rows.insert(200, '<!ENTITY x SYSTEM "file:///etc/passwd">')
    assert inspected(workbook_with_sheet(tmp_path, sheet_xml(rows))) == "xml_attack"


@pytest.mark.parametrize("values", [
    [3.0, 4.0, "", "-", 5.0],
    [1.5, "", 2.0, "x"],
    ["Rambutan", "Bajenis", "", "Rambutan"],
    ["12", 13.0, "1.250", "", 14.5],
    [2024.0, 2025.0, "2023"],
    [45000.0, 45001.0, "12 Maret 2024"],
    [0.15, 0.2, 1.0],
])
def test_column_typing_is_the_same_from_the_census(values):
    """The census layout counted (types, texts, whole numbers) types a column as counting afresh does."""
    from desktop_app.services.datasets.importing.layout import _census

    for name in ("Jumlah", "Tanggal", "Tahun", "Capaian (%)", "Nama"):
        fresh, counted = profile(values), profile(values, _census(values))
        kind = infer(fresh, name)
        assert infer(counted, name) == kind
        for column_type in (kind, *ColumnType):
            a, b = convert(values, profile(values), column_type), convert(values, profile(values, _census(values)), column_type)
            assert a == b and [type(v) for v in a[0]] == [type(v) for v in b[0]]


def test_what_the_preview_knows_of_its_cells_is_what_they_are(tmp_path):
    path = write_xlsx(tmp_path / "sel.xlsx", [
        ["Nama", "Jumlah", "Rasio", "Catatan", "Kosong"],
        ["Rambutan", 3, 0.5, 'kata "kutip"', None],
        ["Bajenis", None, 1.25, "baris\nbaru", None],
        ["Padang Hulu", 7, "-", "biasa", "x"],
    ])
    preview = read_preview(path)
    assert preview.summary is not None and preview.summary.describes(preview.rows)
    columns = list(zip(*preview.rows, strict=True))
    assert preview.summary.columns == tuple(cells_of(list(column)) for column in columns)


def stored_json(db: Path, dataset_id: int) -> list[str]:
    with sqlite3.connect(db) as con:
        return [text for (text,) in con.execute(
            'SELECT "values" FROM dataset_rows WHERE dataset_id = ? ORDER BY position', (dataset_id,))]


def as_json(row) -> str:
    return json.dumps(list(row), ensure_ascii=False, separators=(",", ":"))


@pytest.mark.parametrize("catatan", ["biasa", 'kata "kutip"', "garis\\miring", "baris\nbaru", "tab\tdi sini"])
def test_rows_are_stored_as_the_json_of_their_values(office, tmp_path, catatan):
    office.accounts.login("staf", PASSWORD)
    path = write_xlsx(tmp_path / "isi.xlsx", [
        ["Kecamatan", "Jumlah", "Nilai", "Rasio", "Catatan", "Tanggal"],
        *[[kec, n, n * 1500000, n / 8, catatan if n % 2 else "baik", f"0{n % 9 + 1}/03/2024"]
          for n, kec in enumerate(["Rambutan", "Bajenis", "Padang Hulu", "Tebing Tinggi Kota", "Sélesai"] * 30)],
    ])
    preview = office.imports.preview(path)
    result = office.imports.commit(preview, dataset_name="Isi")
    assert stored_json(tmp_path / "padi.db", result.dataset_id) == [as_json(r) for r in preview.rows]


def test_rows_with_empty_cells_and_skips_are_stored_as_before(office, tmp_path):
    office.accounts.login("staf", PASSWORD)
    path = write_xlsx(tmp_path / "kosong.xlsx", [
        ["Nama", "Jumlah", "Keterangan"],
        *[[f"Toko {n}", n if n % 3 else None, None] for n in range(1, 40)],
    ])
    preview = office.imports.preview(path)
    result = office.imports.commit(preview, dataset_name="Kosong", skip=[0, 5])
    kept = [r for i, r in enumerate(preview.rows) if i not in (0, 5)]
    assert stored_json(tmp_path / "padi.db", result.dataset_id) == [as_json(r) for r in kept]


def test_rows_replaced_after_the_preview_are_checked_cell_by_cell(office, tmp_path):
    """What the preview knows of its cells speaks for its own rows only."""
    office.accounts.login("staf", PASSWORD)
    preview = office.imports.preview(write_xlsx(tmp_path / "a.xlsx", [["Nama", "Jumlah"], ["A", 1], ["B", 2]]))
    changed = dataclasses.replace(preview, rows=(("A", 1), ("B", "dua")))
    with pytest.raises(BadInput, match="unresolved_problems"):
        office.imports.commit(changed, dataset_name="Ubah")
    fixed = dataclasses.replace(preview, rows=(("A", 1), ("B", None)))
    result = office.imports.commit(fixed, dataset_name="Ubah")
    assert stored_json(tmp_path / "padi.db", result.dataset_id) == ['["A",1]', '["B",null]']


@pytest.mark.parametrize("enabled", [True, False])
def test_the_garbage_collector_is_left_as_it_was(office, tmp_path, enabled):
    office.accounts.login("staf", PASSWORD)
    path = write_xlsx(tmp_path / "gc.xlsx", [["Nama", "Jumlah"], ["A", 1], ["B", 2]])
    bogus = tmp_path / "bukan.xlsx"
    bogus.write_text("bukan spreadsheet", encoding="utf-8")
    was = gc.isenabled()
    try:
        (gc.enable if enabled else gc.disable)()
        preview = office.imports.preview(path)
        assert gc.isenabled() is enabled
        with pytest.raises(BadInput):
            office.imports.preview(bogus)
        assert gc.isenabled() is enabled
        office.imports.commit(preview, dataset_name="GC")
        assert gc.isenabled() is enabled
        with pytest.raises(BadInput):
            office.imports.commit(preview, dataset_name="GC")  # the name is taken now
        assert gc.isenabled() is enabled
    finally:
        (gc.enable if was else gc.disable)()


def test_formatting_down_past_the_limit_is_no_data(tmp_path, small_limits):
    """Issue 13, item 7: rows and cells that only carry a style cost nothing; a value there still counts."""
    styled_rows = [f'<row r="{n}" s="2" customFormat="1" spans="1:3"/>' for n in range(11, 8001)]
    styled_cells = [f'<row r="{n}"><c r="A{n}" s="1"/><c r="C{n}" s="1"/></row>' for n in range(8001, 9001)]
    plain = [row(n, 3) for n in range(1, 11)]
    formatted = sheet_xml(plain + styled_rows + styled_cells)
    assert inspected(workbook_with_sheet(tmp_path, formatted, "format.xlsx")) == "xlsx"
    valued = sheet_xml(plain + styled_rows + styled_cells + ['<row r="9001"><c r="C9001" t="n"><v>1</v></c></row>'])
    assert inspected(workbook_with_sheet(tmp_path, valued, "isi.xlsx")) == "too_large"
