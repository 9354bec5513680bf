"""Domain: row numbers, codes and years are never summed; subtotals of a source file are check material;
column headings that name periods."""

from __future__ import annotations

import pytest

from desktop_app.domain.checks import Severity, has_errors, run_checks
from desktop_app.domain.columns import ColumnSpec, ColumnType, identifier_text, parse_cell
from desktop_app.domain.identifiers import is_code_name, is_identifier_column, is_row_number_name, is_row_numbers
from desktop_app.domain.periods import Grain, Heading, parse_heading
from desktop_app.domain.subtotals import Subtotal, closing_scopes, is_total_label

RECAP = [(1, "Padang Hulu", 3, 12, 15), (2, "Rambutan", 5, 7, 12), (3, "Bajenis", 0, 4, 4), (4, "Padang Hilir", 2, 2, 4)]


def recap_columns(no_type: ColumnType) -> tuple[ColumnSpec, ...]:
    return (ColumnSpec("No", no_type), ColumnSpec("Kecamatan", ColumnType.TEXT),
            ColumnSpec("PMA", ColumnType.INTEGER), ColumnSpec("PMDN", ColumnType.INTEGER),
            ColumnSpec("Jumlah", ColumnType.INTEGER))


# --- identifiers ---------------------------------------------------------------------------------


@pytest.mark.parametrize("no_type", [ColumnType.INTEGER, ColumnType.IDENTIFIER])
def test_a_recap_with_a_no_column_and_a_jumlah_column_passes(no_type):
    """Seen: 'jumlah tidak sama' on every row, the row number added into the parts."""
    rows = RECAP if no_type == ColumnType.INTEGER else [(str(r[0]), *r[1:]) for r in RECAP]
    findings = run_checks(recap_columns(no_type), rows)
    assert findings == []


def test_the_jumlah_column_is_still_checked_against_its_real_parts():
    rows = [*RECAP[:3], (4, "Padang Hilir", 2, 2, 5)]
    [found] = run_checks(recap_columns(ColumnType.INTEGER), rows)
    assert (found.code, found.row, found.column, found.value) == ("total_mismatch", 3, "Jumlah", 4)


def test_codes_and_years_typed_as_numbers_are_never_parts_of_a_total():
    columns = (ColumnSpec("KBLI", ColumnType.INTEGER), ColumnSpec("Tahun", ColumnType.INTEGER),
               ColumnSpec("Laki-laki", ColumnType.INTEGER), ColumnSpec("Perempuan", ColumnType.INTEGER),
               ColumnSpec("Jumlah", ColumnType.INTEGER))
    rows = [(47111, 2024, 3, 4, 7), (10710, 2024, 1, 1, 2)]
    assert run_checks(columns, rows) == []


def test_a_numbered_copy_of_a_row_is_still_a_repeated_row():
    rows = [*RECAP, (5, "Bajenis", 0, 4, 4)]
    found = [f for f in run_checks(recap_columns(ColumnType.IDENTIFIER), [(str(r[0]), *r[1:]) for r in rows])]
    assert [(f.code, f.row, f.value) for f in found] == [("duplicate_row", 4, 2)]


@pytest.mark.parametrize(("name", "row_number", "code"), [
    ("No", True, False), ("No.", True, False), ("NO", True, False), ("Nomor", True, False),
    ("No Urut", True, False), ("No. Urut", True, False), ("Nomor Urut", True, False),
    ("KBLI", False, True), ("Kode KBLI", False, True), ("NIB", False, True), ("NIK", False, True),
    ("Kode Wilayah", False, True), ("Kode Pos", False, True), ("No. HP", False, True), ("Nomor Izin", False, True),
    ("Jumlah NIB", False, False), ("Jumlah", False, False), ("Kecamatan", False, False), ("Nilai KBLI", False, False),
])
def test_names_of_row_numbers_and_codes(name, row_number, code):
    assert is_row_number_name(name) is row_number
    assert is_code_name(name) is code


def test_row_numbers_may_start_again_per_group_but_must_count_up():
    assert is_row_numbers([1, 2, 3, None, 1, 2])
    assert is_row_numbers(["1", "2", "3"])
    assert not is_row_numbers([1, 3, 4])
    assert not is_row_numbers([12, 40, 7])
    assert not is_row_numbers([1.5, 2.5])
    assert is_identifier_column("No", [1, 2, 3]) and not is_identifier_column("No", [10, 20, 30])
    assert is_identifier_column("Tahun", [2023, 2024]) and not is_identifier_column("Tahun", [12, 15])


def test_an_identifier_is_the_text_it_is_never_a_number_with_separators():
    assert identifier_text(47111) == "47111"
    assert identifier_text(47111.0) == "47111"
    assert identifier_text("0812") == "0812"
    assert identifier_text(None) is None
    assert parse_cell(ColumnType.IDENTIFIER, " 47.111 ") == "47.111"
    assert not ColumnType.IDENTIFIER.numeric


# --- subtotals ---------------------------------------------------------------------------------------


@pytest.mark.parametrize(("label", "total"), [
    ("Jumlah", True), ("TOTAL", True), ("Sub Total", True), ("Sub Total Semester I", True), ("Sub-Total", True),
    ("Subtotal Bajenis", True), ("Total TW I", True), ("Jumlah Kecamatan Padang Hulu", True),
    ("Jumlah Triwulan II", True), ("Jumlah Januari", True), ("Total 2024", True), ("Grand Total", True),
    ("JUMLAH :", True), ("Jumlah Padang Hulu", True),
    ("Jumlah Keseluruhan", True), ("Total s/d TW III", True),
    ("Jumlah Penduduk", False), ("Total Investasi", False), ("Jumlahnya", False), ("Padang Hulu", False), (12, False),
    ("Jumlah Kecamatan", False), ("Jumlah Kelompok Tani", False), ("Jumlah Desa Wisata", False),
    ("Jumlah Kecamatan Bajenis", False),  # Bajenis is not written in the table
])
def test_total_labels_with_any_suffix_but_not_indicator_rows(label, total):
    assert is_total_label(label, {"padang hulu", "rambutan"}) is total


def test_which_rows_each_subtotal_closes():
    # rows 0-2, Sub Total Semester I, rows 3-5, Sub Total Semester II, Total.
    totals = [("Sub Total Semester I", 3), ("Sub Total Semester II", 6), ("Total", 6)]
    assert closing_scopes(totals, 6) == [(0, 3, ()), (3, 6, ()), (0, 6, ())]
    # Two levels: kecamatan subtotals closed by a wilayah total each.
    totals = [("Jumlah Kec A", 2), ("Jumlah Kec B", 4), ("Jumlah Wilayah I", 4), ("Jumlah Kec C", 5),
              ("Jumlah Wilayah II", 5)]
    assert closing_scopes(totals, 5) == [(0, 2, ()), (2, 4, ()), (0, 4, ()), (4, 5, ()), (4, 5, ())]
    # A label naming a value of a column closes the rows holding it, wherever they are.
    groups = {"Kecamatan": {"padang hulu", "rambutan"}, "Jenis": {"pma", "pmdn"}}
    assert closing_scopes([("Jumlah Kecamatan Padang Hulu", 2), ("Jumlah", 4)], 4, groups) == [
        (None, None, (("Kecamatan", ("padang hulu",)),)), (2, 4, ())]


COLUMNS = (ColumnSpec("Bulan", ColumnType.PERIOD), ColumnSpec("Kecamatan", ColumnType.TEXT),
           ColumnSpec("Jumlah Izin", ColumnType.INTEGER), ColumnSpec("Capaian", ColumnType.PERCENT))
ROWS = [("2024-01", "Padang Hulu", 3, 50.0), ("2024-02", "Rambutan", 4, 60.0), ("2024-03", "Padang Hulu", 5, 70.0),
        ("2024-04", "Rambutan", 1, 80.0)]


def test_subtotals_that_match_their_rows_pass():
    subtotals = [Subtotal("Sub Total Semester I", (("Jumlah Izin", 12),), 0, 3, source_row=9),
                 Subtotal("Jumlah Kecamatan Rambutan", (("Jumlah Izin", 5),), keys=(("Kecamatan", ("rambutan",)),)),
                 Subtotal("Jumlah", (("Jumlah Izin", 13),), 0, 4)]
    assert run_checks(COLUMNS, ROWS, subtotals=subtotals) == []


def test_a_wrong_subtotal_is_an_error_with_row_column_and_both_numbers():
    subtotals = [Subtotal("Sub Total Semester I", (("Jumlah Izin", 14),), 0, 3, source_row=9)]
    [found] = run_checks(COLUMNS, ROWS, subtotals=subtotals)
    assert (found.code, found.severity, found.row, found.column) == ("subtotal_mismatch", Severity.ERROR, 2,
                                                                     "Jumlah Izin")
    assert found.value == {"label": "Sub Total Semester I", "stated": 14, "expected": 12, "first": 1, "last": 3,
                           "rows": 3, "source_row": 9}
    assert has_errors([found])


def test_a_subtotal_whose_rows_are_gone_is_a_warning_and_round_trips_through_json():
    gone = Subtotal("Jumlah Kecamatan Bajenis", (("Jumlah Izin", 5),), keys=(("Kecamatan", ("bajenis",)),))
    assert Subtotal.from_json(gone.to_json()) == gone
    [found] = run_checks(COLUMNS, ROWS, subtotals=[gone])
    assert (found.code, found.severity) == ("subtotal_without_rows", Severity.WARNING)
    assert Subtotal("T", (("X", 1),), 2, 4).shifted(10) == Subtotal("T", (("X", 1),), 12, 14)


# --- period headings ---------------------------------------------------------------------------------


@pytest.mark.parametrize(("text", "heading"), [
    ("Januari", Heading(Grain.MONTH, 1)), ("Jan", Heading(Grain.MONTH, 1)), ("January", Heading(Grain.MONTH, 1)),
    ("Mei", Heading(Grain.MONTH, 5)), ("May", Heading(Grain.MONTH, 5)), ("Agustus", Heading(Grain.MONTH, 8)),
    ("Agu", Heading(Grain.MONTH, 8)), ("Aug", Heading(Grain.MONTH, 8)), ("Okt", Heading(Grain.MONTH, 10)),
    ("Oct", Heading(Grain.MONTH, 10)), ("Desember", Heading(Grain.MONTH, 12)), ("Des", Heading(Grain.MONTH, 12)),
    ("Dec", Heading(Grain.MONTH, 12)), ("Jan 2024", Heading(Grain.MONTH, 1, 2024)),
    ("Triwulan I", Heading(Grain.QUARTER, 1)), ("TW II", Heading(Grain.QUARTER, 2)), ("TW-III", Heading(Grain.QUARTER, 3)),
    ("Q4", Heading(Grain.QUARTER, 4)), ("Q1 2024", Heading(Grain.QUARTER, 1, 2024)),
    ("Semester I", Heading(Grain.SEMESTER, 1)), ("Semester II 2024", Heading(Grain.SEMESTER, 2, 2024)),
    ("2024", Heading(Grain.YEAR, 1, 2024)), (2023.0, Heading(Grain.YEAR, 1, 2023)),
    ("2024-03", Heading(Grain.MONTH, 3, 2024)), ("2024-Q1", Heading(Grain.QUARTER, 1, 2024)),
    ("2024-S2", Heading(Grain.SEMESTER, 2, 2024)),
    ("S1", None), ("SMA", None), ("Jumlah", None), ("Kecamatan", None), ("TW V", None), ("2024-03-12", None),
])
def test_headings_that_name_periods(text, heading):
    assert parse_heading(text) == heading


def test_a_heading_without_a_year_takes_the_year_given():
    assert parse_heading("Maret").period(2024).text == "2024-03"
    assert parse_heading("TW I").period(2025).text == "2025-Q1"
    assert parse_heading("Jan 2023").period(2024).text == "2023-01"


def test_subtotal_ranges_follow_rows_added_or_deleted_in_an_edit():
    from desktop_app.domain.subtotals import follow_rows

    old = [("a", 1), ("b", 2), ("c", 3), ("d", 4), ("e", 5)]
    first, second = Subtotal("S I", (("n", 3),), 0, 2), Subtotal("S II", (("n", 12),), 2, 5)
    named = Subtotal("K", (("n", 1),), keys=(("k", ("a",)),))
    # A row inserted at the top moves both ranges; one deleted from the second group leaves its range.
    new = [("z", 9), *old[:3], *old[4:]]
    assert follow_rows([first, second, named], old, new) == [
        Subtotal("S I", (("n", 3),), 1, 3), Subtotal("S II", (("n", 12),), 3, 5), named]
    columns = (ColumnSpec("k", ColumnType.TEXT), ColumnSpec("n", ColumnType.INTEGER))
    found = run_checks(columns, new, subtotals=follow_rows([first, second], old, new))
    assert [(f.code, f.value["stated"], f.value["expected"]) for f in found] == [("subtotal_mismatch", 12, 8)]
    assert follow_rows([first], old, old[:]) == [first]
    edited = [("a", 1), ("b", 20), *old[2:]]  # a value changed in place: the range stays
    assert follow_rows([first, second], old, edited) == [first, second]
