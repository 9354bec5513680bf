"""Domain: corrections of a draft's columns — a value that does not fit a new type is a problem, never emptied."""

import pytest

from desktop_app.domain.columns import ColumnSpec, ColumnType
from desktop_app.domain.corrections import add, convert, move, remove, rename, retype
from desktop_app.domain.errors import BadInput

COLUMNS = (ColumnSpec("Jenis"), ColumnSpec("Jumlah"), ColumnSpec("Tanggal"))
ROWS = [["NIB", "1.250", "2024-03-05"], ["PBG", "dua", None], ["SIP", 7, "05/03/2024"]]


def test_retype_converts_what_fits_and_reports_the_rest_unchanged():
    columns, rows, problems = retype(COLUMNS, ROWS, "jumlah", ColumnType.INTEGER)
    assert columns[1].type == ColumnType.INTEGER
    assert [r[1] for r in rows] == [1250, "dua", 7]
    assert [(p.row, p.value) for p in problems] == [(1, "dua")]
    columns, rows, problems = retype(COLUMNS, ROWS, "Tanggal", ColumnType.DATE)
    assert [r[2] for r in rows] == ["2024-03-05", None, "05/03/2024"] and [p.row for p in problems] == [2]


@pytest.mark.parametrize(("value", "kind", "expected"), [
    (12.0, ColumnType.TEXT, ("12", True)), ("12,5", ColumnType.DECIMAL, (12.5, True)),
    (2.5, ColumnType.INTEGER, (2.5, False)), ("  ", ColumnType.INTEGER, (None, True)),
    ("Maret 2024", ColumnType.PERIOD, ("Maret 2024", False)), ("2024-3", ColumnType.PERIOD, ("2024-3", False)),
    ("2024-03", ColumnType.PERIOD, ("2024-03", True)), (47111.0, ColumnType.IDENTIFIER, ("47111", True)),
    (True, ColumnType.INTEGER, (True, False)),
])
def test_convert_one_cell(value, kind, expected):
    assert convert(value, kind) == expected


def test_rename_move_add_remove_carry_the_cells():
    assert [c.name for c in rename(COLUMNS, "Jenis", "Jenis Izin")] == ["Jenis Izin", "Jumlah", "Tanggal"]
    with pytest.raises(BadInput, match="duplicate_column"):
        rename(COLUMNS, "Jenis", "jumlah")
    with pytest.raises(BadInput, match="column_name_required"):
        rename(COLUMNS, "Jenis", " ")
    columns, rows = move(COLUMNS, ROWS, "Tanggal", 0)
    assert [c.name for c in columns] == ["Tanggal", "Jenis", "Jumlah"] and rows[0] == ["2024-03-05", "NIB", "1.250"]
    columns, rows = add(COLUMNS, [["A", 1]], ColumnSpec("Catatan"), 1)
    assert [c.name for c in columns] == ["Jenis", "Catatan", "Jumlah", "Tanggal"] and rows == [["A", None, 1, None]]
    columns, rows = remove(COLUMNS, ROWS, "Jumlah")
    assert [c.name for c in columns] == ["Jenis", "Tanggal"] and rows[1] == ["PBG", None]
    with pytest.raises(BadInput, match="unknown_column"):
        remove(COLUMNS, ROWS, "Tidak Ada")
