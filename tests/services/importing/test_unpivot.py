"""Wide period columns turned into rows: one period column, one value column, totals across the periods
checked and left out, the year from the title, the sheet or the file name, or given."""

from __future__ import annotations

import pytest

from desktop_app.domain.columns import ColumnType
from desktop_app.domain.errors import BadInput
from desktop_app.services.datasets.importing import read_preview
from desktop_app.services.datasets.importing.unpivot import find_period_columns, unpivot
from tests.services.importing.workbooks import write_xlsx

MONTHS = ["Jan", "Feb", "Mar", "Apr", "Mei", "Jun", "Jul", "Agu", "Sep", "Okt", "Nov", "Des"]


def months_workbook(path, title="REKAP IZIN TERBIT PER BULAN TAHUN 2024", total=(12, 24), sheet="Data"):
    padang = list(range(1, 13))  # 78
    rambutan = [2] * 12  # 24
    return write_xlsx(path, [
        [title], [],
        ["No", "Kecamatan", *MONTHS, "Jumlah"],
        [1, "Padang Hulu", *padang, 78],
        [2, "Rambutan", *rambutan, total[1]],
        [None, "Jumlah", *[a + b for a, b in zip(padang, rambutan, strict=True)], 102],
    ], title=sheet)


def test_twelve_month_columns_become_a_month_column_and_a_value_column(tmp_path):
    preview = read_preview(months_workbook(tmp_path / "izin.xlsx"))
    found = find_period_columns(preview)
    assert found is not None and found.grain.value == "month" and (found.year, found.year_from) == (2024, "title")
    turned = unpivot(preview)
    assert [(c.name, c.type) for c in turned.columns] == [
        ("No", ColumnType.IDENTIFIER), ("Kecamatan", ColumnType.TEXT), ("Bulan", ColumnType.PERIOD),
        ("Nilai", ColumnType.INTEGER)]
    assert len(turned.rows) == 24
    assert turned.rows[:3] == (("1", "Padang Hulu", "2024-01", 1), ("1", "Padang Hulu", "2024-02", 2),
                               ("1", "Padang Hulu", "2024-03", 3))
    assert turned.rows[-1] == ("2", "Rambutan", "2024-12", 2)
    assert turned.source_rows[:12] == (4,) * 12
    info = turned.unpivoted
    assert (info.period_column, info.value_column, info.columns, info.total_columns, info.wide_rows) == (
        "Bulan", "Nilai", tuple(MONTHS), ("Jumlah",), 2)
    notes = [(n.code, n.column, n.value) for n in turned.notes]
    assert ("unpivot_total_dropped", "Jumlah", 0) in notes and ("unpivoted", None, 12) in notes
    assert not [n for n in turned.notes if "mismatch" in n.code]
    # The bottom Jumlah row (each month and its Jumlah cell) and the Jumlah column of each row are check
    # material over the long rows.
    assert len(turned.subtotals) == 12 + 1 + 2
    assert turned.subtotals[12].keys == (("Bulan", tuple(f"2024-{m:02d}" for m in range(1, 13))),)


def test_a_total_column_that_does_not_add_up_is_reported_not_dropped_silently(tmp_path):
    turned = unpivot(read_preview(months_workbook(tmp_path / "izin.xlsx", total=(12, 25))))
    [mismatch] = [n for n in turned.notes if n.code == "unpivot_total_mismatch"]
    assert (mismatch.row, mismatch.column, mismatch.value) == (5, "Jumlah", {"stated": 25, "expected": 24})
    assert ("unpivot_total_dropped", "Jumlah", 1) in [(n.code, n.column, n.value) for n in turned.notes]


def test_the_year_comes_from_the_sheet_then_the_file_name_else_it_is_asked(tmp_path):
    untitled = "REKAP IZIN TERBIT PER BULAN"
    by_sheet = unpivot(read_preview(months_workbook(tmp_path / "a.xlsx", title=untitled, sheet="Izin 2023")))
    assert (by_sheet.unpivoted.year, by_sheet.unpivoted.year_from) == (2023, "sheet")
    assert by_sheet.rows[0][2] == "2023-01"
    by_file = unpivot(read_preview(months_workbook(tmp_path / "izin-2022.xlsx", title=untitled)))
    assert (by_file.unpivoted.year, by_file.unpivoted.year_from) == (2022, "file")
    unknown = read_preview(months_workbook(tmp_path / "izin.xlsx", title=untitled))
    with pytest.raises(BadInput) as error:
        unpivot(unknown)
    assert error.value.code == "unpivot_year_needed"
    given = unpivot(unknown, 2021)
    assert (given.unpivoted.year, given.unpivoted.year_from, given.rows[0][2]) == (2021, "given", "2021-01")


def test_quarters_semesters_and_years_as_columns(tmp_path):
    path = write_xlsx(tmp_path / "q.xlsx", [
        ["Sektor", "TW I", "TW II", "TW III", "TW IV", "Semester I", "Semester II", "Total"],
        ["Perdagangan", 1, 2, 3, 4, 3, 7, 10],
        ["Jasa", 5, 5, 5, 5, 10, 10, 20],
    ])
    turned = unpivot(read_preview(path), 2024)
    assert [c.name for c in turned.columns] == ["Sektor", "Triwulan", "Nilai"]
    assert [r[1] for r in turned.rows[:4]] == ["2024-Q1", "2024-Q2", "2024-Q3", "2024-Q4"]
    assert turned.unpivoted.total_columns == ("Semester I", "Semester II", "Total")
    assert not [n for n in turned.notes if n.code == "unpivot_total_mismatch"]
    years = write_xlsx(tmp_path / "y.xlsx", [["Uraian", 2021, 2022, 2023], ["PMA", 1, 2, 3], ["PMDN", 4, 5, 6]])
    turned = unpivot(read_preview(years))
    assert [c.name for c in turned.columns] == ["Uraian", "Tahun", "Nilai"]
    assert turned.rows[:3] == (("PMA", "2021", 1), ("PMA", "2022", 2), ("PMA", "2023", 3))
    assert turned.unpivoted.year_from == "headings"


def test_a_group_heading_over_the_months_names_the_values(tmp_path):
    path = write_xlsx(tmp_path / "g.xlsx", [
        ["Kecamatan", "Jumlah Izin", None, None],
        [None, "Januari 2024", "Februari 2024", "Maret 2024"],
        ["Bajenis", 3, 4, 5],
        ["Rambutan", 1, 0, 2],
    ], merges=["B1:D1", "A1:A2"])
    turned = unpivot(read_preview(path))
    assert [c.name for c in turned.columns] == ["Kecamatan", "Bulan", "Jumlah Izin"]
    assert turned.rows[:2] == (("Bajenis", "2024-01", 3), ("Bajenis", "2024-02", 4))


def test_sheets_without_period_columns_are_not_offered_and_refused(tmp_path):
    path = write_xlsx(tmp_path / "n.xlsx", [["Pendidikan", "SD", "SMP", "SMA", "S1", "S2"], ["Laki-laki", 1, 2, 3, 4, 5]])
    preview = read_preview(path)
    assert find_period_columns(preview) is None
    with pytest.raises(BadInput) as error:
        unpivot(preview)
    assert error.value.code == "no_period_columns"


def test_the_import_service_turns_columns_and_keeps_a_value_type_override(office, tmp_path):
    from tests.conftest import PASSWORD

    office.accounts.login("staf", PASSWORD)
    book = months_workbook(tmp_path / "izin.xlsx")
    preview = office.imports.preview(book, unpivot=True)
    assert preview.unpivoted is not None and len(preview.rows) == 24
    decimal = office.imports.preview(book, unpivot=True, column_types={"Nilai": ColumnType.DECIMAL,
                                                                       "Bulan": ColumnType.PERIOD})
    assert decimal.types["Nilai"] == ColumnType.DECIMAL and decimal.rows[0][3] == 1.0
    result = office.imports.commit(preview, dataset_name="Izin per Bulan 2024")
    assert (result.rows, result.subtotals) == (24, 15)
    assert office.datasets.check(result.dataset_id).passed
    with pytest.raises(BadInput) as error:
        office.imports.preview(book, unpivot=True, year=1800)
    assert error.value.code == "bad_year"
