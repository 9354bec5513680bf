"""Pivot tables and recaps (step 3) against values computed by hand."""

from __future__ import annotations

import pytest

from desktop_app.domain.columns import ColumnSpec, ColumnType
from desktop_app.domain.errors import BadInput
from desktop_app.domain.periods import Grain, Period
from desktop_app.domain.pivot import PivotAggregate, PivotSpec, pivot, recap
from desktop_app.domain.tabulation import Aggregate, GroupTotalSpec, group_total

COLUMNS = (
    ColumnSpec("Bulan", ColumnType.PERIOD),
    ColumnSpec("Jenis", ColumnType.CATEGORY, codes=("NIB", "PBG")),
    ColumnSpec("Kecamatan", ColumnType.TEXT),
    ColumnSpec("Jumlah", ColumnType.INTEGER),
    ColumnSpec("Nilai", ColumnType.MONEY),
)
# March 2024 has no row at all; one Jumlah and one Nilai cell are empty.
ROWS = [
    ("2024-01", "NIB", "A", 10, 100),
    ("2024-01", "PBG", "A", 4, None),
    ("2024-02", "NIB", "B", 6, 50),
    ("2024-04", "NIB", "A", 20, 30),
    ("2024-04", "PBG", "B", None, 70),
    ("2024-05", "PBG", "A", 8, 20),
]


def run(**kwargs):
    return pivot(COLUMNS, ROWS, PivotSpec(**kwargs), title="Uji", unit="izin", source="OSS")


# --- every aggregate by one row column -------------------------------------------------------------
@pytest.mark.parametrize(("agg", "nib", "pbg", "total"), [
    ("sum", 36, 12, 48),                 # 10+6+20 ; 4+8 (the empty cell is skipped)
    ("count", 3, 2, 5),                  # filled Jumlah cells
    ("avg", 12, 6, 9.6),                 # 36/3 ; 12/2 ; 48/5 (of all cells, not of the averages)
    ("min", 6, 4, 4),
    ("max", 20, 8, 20),
    ("share", 75.0, 25.0, 100.0),        # 36/48 ; 12/48
])
def test_each_aggregate_by_group(agg, nib, pbg, total):
    result = run(rows=("Jenis",), value="Jumlah", agg=agg)
    assert result.cell("NIB") == pytest.approx(nib)
    assert result.cell("PBG") == pytest.approx(pbg)
    assert result.grand_total == pytest.approx(total)
    assert [r[0] for r in result.table.rows] == ["NIB", "PBG"]
    assert result.table.total[0] == "Total"
    assert result.table.total[1] == pytest.approx(total)
    assert result.table.numeric_columns == (1,)


def test_count_without_a_value_column_counts_rows():
    result = run(rows=("Jenis",), agg="count")
    assert (result.cell("NIB"), result.cell("PBG"), result.grand_total) == (3, 3, 6)
    assert result.table.headers == ("Jenis", "Banyaknya Baris")


def test_share_without_a_value_column_is_share_of_rows():
    result = run(rows=("Kecamatan",), agg="share")
    assert result.cell("A") == pytest.approx(400 / 6)
    assert result.cell("B") == pytest.approx(200 / 6)


def test_table_headers_and_whole_numbers_are_ints():
    result = run(rows=("Jenis",), value="Jumlah", agg=Aggregate.SUM)
    assert result.table.headers == ("Jenis", "Jumlah")  # no "Jumlah Jumlah"
    assert result.table.rows == (("NIB", 36), ("PBG", 12))
    assert isinstance(result.table.rows[0][1], int)
    assert result.table.unit == "izin" and result.table.source == "OSS" and result.table.title == "Uji"
    assert run(rows=("Jenis",), value="Nilai", agg="avg").table.headers == ("Jenis", "Rata-rata Nilai")
    assert run(rows=("Jenis",), value="Nilai", agg="share").table.unit == "%"


# --- periods ---------------------------------------------------------------------------------------
def test_month_rows_fill_the_missing_month_and_change_against_previous():
    result = run(rows=("Bulan",), value="Jumlah", change=True)
    assert result.table.headers == ("Bulan", "Jumlah", "Perubahan", "Perubahan (%)")
    labels = [r[0] for r in result.table.rows]
    assert labels == ["Januari 2024", "Februari 2024", "Maret 2024", "April 2024", "Mei 2024"]
    assert [r[1] for r in result.table.rows] == [14, 6, 0, 20, 8]  # March: an empty group is 0
    changes = [(r.change, r.change_pct) for r in result.rows]
    assert changes[0] == (None, None)                      # the first has nothing before it
    assert changes[1] == (-8, pytest.approx(-800 / 14))   # 6 against 14
    assert changes[2] == (-6, pytest.approx(-100.0))       # 0 against 6
    assert changes[3] == (20, None)                        # against 0: no percentage
    assert changes[4] == (-12, pytest.approx(-60.0))       # 8 against 20
    assert result.table.total == ("Total", 48, None, None)
    assert result.period_rows


def test_average_of_a_missing_period_is_none_and_so_is_its_change():
    result = run(rows=("Bulan",), value="Jumlah", agg="avg", change=True)
    assert [r.total for r in result.rows] == [7, 6, None, 20, 8]
    assert [(r.change, r.change_pct) for r in result.rows][2:4] == [(None, None), (None, None)]
    assert result.rows[4].change == -12


@pytest.mark.parametrize(("grain", "expected"), [
    ("quarter", [("Triwulan I 2024", 20), ("Triwulan II 2024", 28)]),
    ("semester", [("Semester I 2024", 48)]),
    ("year", [("2024", 48)]),
    ("month", [("Januari 2024", 14), ("Februari 2024", 6), ("Maret 2024", 0), ("April 2024", 20),
               ("Mei 2024", 8)]),
])
def test_period_grain_rolls_up(grain, expected):
    result = run(rows=("Bulan",), value="Jumlah", period_grain=grain)
    assert [(r[0], r[1]) for r in result.table.rows] == expected


def test_quarter_change_in_percent():
    result = run(rows=("Bulan",), value="Jumlah", period_grain="quarter", change=True)
    assert result.table.rows[1][2:] == (8, pytest.approx(40.0))  # 28 against 20


def test_change_when_the_previous_period_is_zero_or_equal():
    columns = (ColumnSpec("Triwulan", ColumnType.PERIOD), ColumnSpec("Jumlah", ColumnType.INTEGER))
    result = pivot(columns, [("2024-Q1", 0), ("2024-Q2", 5), ("2024-Q3", 5)],
                   PivotSpec(rows=("Triwulan",), value="Jumlah", change=True))
    assert [(r.change, r.change_pct) for r in result.rows] == [(None, None), (5, None), (0, 0.0)]


def test_periods_across_fill_every_period_between_first_and_last():
    result = run(rows=("Jenis",), cols="Bulan", value="Jumlah")
    assert result.table.headers == ("Jenis", "Januari 2024", "Februari 2024", "Maret 2024", "April 2024",
                                    "Mei 2024", "Total")
    assert result.table.rows == (("NIB", 10, 6, 0, 20, 0, 36), ("PBG", 4, 0, 0, 0, 8, 12))
    assert result.table.total == ("Total", 14, 6, 0, 20, 8, 48)
    assert result.cell("PBG", "2024-05") == 8
    assert result.table.numeric_columns == (1, 2, 3, 4, 5, 6)


def test_periods_across_with_min_leave_empty_groups_empty():
    result = run(rows=("Jenis",), cols="Bulan", value="Jumlah", agg="min")
    assert result.table.rows[1] == ("PBG", 4, None, None, None, 8, 4)
    assert result.table.total == ("Total", 4, 6, None, 20, 8, 4)


def test_quarters_across_with_totals():
    result = run(rows=("Jenis",), cols="Bulan", value="Jumlah", period_grain="quarter")
    assert result.col_labels == ("Triwulan I 2024", "Triwulan II 2024")
    assert result.table.rows == (("NIB", 16, 20, 36), ("PBG", 4, 8, 12))
    assert result.col_totals == (20, 28) and result.grand_total == 48


def test_change_with_columns_uses_the_row_total():
    result = run(rows=("Bulan",), cols="Jenis", value="Jumlah", period_grain="quarter", change=True)
    assert result.table.headers == ("Bulan", "NIB", "PBG", "Total", "Perubahan", "Perubahan (%)")
    assert result.table.rows[1] == ("Triwulan II 2024", 20, 8, 28, 8, pytest.approx(40.0))


def test_dates_roll_up_to_months_with_the_gap_filled():
    columns = (ColumnSpec("Tanggal", ColumnType.DATE), ColumnSpec("Jumlah", ColumnType.INTEGER))
    rows = [("2024-03-12", 5), ("2024-03-30", 7), ("2024-05-01", 1)]
    result = pivot(columns, rows, PivotSpec(rows=("Tanggal",), value="Jumlah", period_grain="month"))
    assert result.table.rows == (("Maret 2024", 12), ("April 2024", 0), ("Mei 2024", 1))
    by_quarter = pivot(columns, rows, PivotSpec(rows=("Tanggal",), value="Jumlah", period_grain="quarter"))
    assert by_quarter.table.rows == (("Triwulan I 2024", 12), ("Triwulan II 2024", 1))


# --- filters ---------------------------------------------------------------------------------------
@pytest.mark.parametrize(("filters", "total"), [
    ((("Jenis", "=", "nib"),), 36),                       # text: ignoring case
    ((("Jenis", "!=", "NIB"),), 12),
    ((("Kecamatan", "in", ["A"]),), 42),
    ((("Kecamatan", "in", ("A", "B")),), 48),
    ((("Jumlah", ">=", 8),), 38),                         # 10 + 20 + 8
    ((("Jumlah", "<=", "6"),), 10),                       # 4 + 6
    ((("Bulan", "<=", "2024-Q1"),), 20),                  # months compared at quarter level
    ((("Bulan", ">=", "2024-04"),), 28),
    ((("Bulan", "=", "2024"),), 48),
    ((("Bulan", "=", "2024-S1"), ("Jenis", "=", "PBG")), 12),
])
def test_filters(filters, total):
    assert run(rows=("Jenis",), value="Jumlah", filters=filters).grand_total == total


def test_filter_that_matches_nothing_gives_an_empty_table():
    result = run(rows=("Jenis",), value="Jumlah", filters=(("Jenis", "=", "SIP"),))
    assert result.table.rows == ()
    assert result.table.total == ("Total", 0)
    assert run(rows=("Jenis",), value="Jumlah", agg="avg", filters=(("Jenis", "=", "SIP"),)).grand_total is None


# --- subtotals -------------------------------------------------------------------------------------
def test_subtotals_by_outer_group():
    result = run(rows=("Kecamatan", "Jenis"), value="Jumlah", subtotals=True)
    assert result.table.headers == ("Kecamatan", "Jenis", "Jumlah")
    assert result.table.rows == (
        ("A", "NIB", 30), ("A", "PBG", 12), ("A", "Subtotal", 42),
        ("B", "NIB", 6), ("B", "PBG", 0), ("B", "Subtotal", 6),
    )
    assert result.row_kinds == ("data", "data", "subtotal", "data", "data", "subtotal")
    assert result.table.total == ("Total", "", 48)
    assert result.cell(("B", "NIB")) == 6


def test_subtotal_of_an_average_is_over_the_cells():
    result = run(rows=("Kecamatan", "Jenis"), value="Nilai", agg="avg", subtotals=True)
    values = {r.labels: r.total for r in result.rows}
    assert values[("A", "NIB")] == 65 and values[("A", "PBG")] == 20
    assert values[("A", "Subtotal")] == 50  # (100 + 30 + 20) / 3, not (65 + 20) / 2
    assert values[("B", "Subtotal")] == 60  # (50 + 70) / 2


def test_three_levels_close_inner_subtotals_first():
    result = run(rows=("Kecamatan", "Jenis", "Bulan"), value="Jumlah", subtotals=True, period_grain="semester")
    labels = [r.labels for r in result.rows]
    assert labels == [
        ("A", "NIB", "Semester I 2024"), ("A", "NIB", "Subtotal"),
        ("A", "PBG", "Semester I 2024"), ("A", "PBG", "Subtotal"), ("A", "Subtotal"),
        ("B", "NIB", "Semester I 2024"), ("B", "NIB", "Subtotal"),
        ("B", "PBG", "Semester I 2024"), ("B", "PBG", "Subtotal"), ("B", "Subtotal"),
    ]
    assert result.table.rows[4] == ("A", "Subtotal", "", 42)


# --- bad input -------------------------------------------------------------------------------------
@pytest.mark.parametrize(("kwargs", "code"), [
    ({"rows": ("Wilayah",), "value": "Jumlah"}, "unknown_column"),
    ({"rows": ("Jenis",), "value": "Jml"}, "unknown_column"),
    ({"rows": ("Jenis",), "cols": "Tahun", "value": "Jumlah"}, "unknown_column"),
    ({"rows": ("Bulan",), "value": "Kecamatan", "agg": "sum"}, "not_numeric"),
    ({"rows": ("Bulan",), "agg": "avg"}, "value_required"),
    ({"rows": ("Jenis",), "value": "Jumlah", "change": True}, "change_needs_periods"),
    ({"rows": ("Jenis",), "value": "Jumlah", "filters": (("Jenis", "~", "x"),)}, "bad_filter"),
    ({"rows": ("Jenis",), "value": "Jumlah", "filters": (("Tahun", "=", "x"),)}, "unknown_column"),
    ({"rows": ("Jenis",), "cols": "Jenis", "value": "Jumlah"}, "duplicate_column"),
    ({"rows": ("Jenis",), "value": "Jumlah", "agg": "median"}, "bad_aggregate"),
    ({"rows": ("Jenis",), "value": "Jumlah", "period_grain": "week"}, "bad_grain"),
    ({"rows": (), "value": "Jumlah"}, "rows_required"),
])
def test_bad_specs(kwargs, code):
    with pytest.raises(BadInput) as err:
        run(**kwargs)
    assert err.value.code == code


def test_count_of_a_text_column_and_case_insensitive_names():
    assert run(rows=("jenis",), value="kecamatan", agg="count").grand_total == 6


def test_spec_round_trips_through_json():
    spec = PivotSpec(rows=("Kecamatan", "Jenis"), cols="Bulan", value="Jumlah", agg="share",
                     period_grain="quarter", filters=(("Kecamatan", "in", ["A", "B"]),), subtotals=True)
    again = PivotSpec.from_json(spec.to_json())
    assert again == spec
    assert again.agg == PivotAggregate.SHARE and again.filters == (("Kecamatan", "in", ("A", "B")),)


def test_group_total_still_works():
    table = group_total("Izin", COLUMNS, ROWS, GroupTotalSpec("Jenis", "Jumlah", Aggregate.SUM))
    assert table.rows == (("NIB", 36.0), ("PBG", 12.0)) and table.total == ("Total", 48.0)


# --- recap -----------------------------------------------------------------------------------------
JAN = ("Januari", (ColumnSpec("Jenis", ColumnType.TEXT), ColumnSpec("Jumlah", ColumnType.INTEGER)),
       [("NIB", 3), ("PBG", 1)])
FEB = ("Februari", (ColumnSpec("jumlah", ColumnType.INTEGER), ColumnSpec("JENIS", ColumnType.TEXT)),
       [(5, "NIB")])


def test_recap_stacks_with_a_source_column_in_the_first_dataset_column_order():
    columns, rows = recap([JAN, FEB])
    assert [c.name for c in columns] == ["Sumber", "Jenis", "Jumlah"]
    assert rows == [["Januari", "NIB", 3], ["Januari", "PBG", 1], ["Februari", "NIB", 5]]
    assert pivot(columns, rows, PivotSpec(rows=("Jenis",), value="Jumlah")).table.rows == (("NIB", 8), ("PBG", 1))
    columns, rows = recap([JAN, FEB], add_source_column=None)
    assert [c.name for c in columns] == ["Jenis", "Jumlah"] and rows[2] == ["NIB", 5]


@pytest.mark.parametrize("other", [
    ("Maret", (ColumnSpec("Jenis", ColumnType.TEXT),), [("NIB",)]),
    ("Maret", (ColumnSpec("Jenis", ColumnType.TEXT), ColumnSpec("Jumlah", ColumnType.INTEGER),
               ColumnSpec("Catatan", ColumnType.TEXT)), []),
    ("Maret", (ColumnSpec("Jenis", ColumnType.TEXT), ColumnSpec("Jumlah", ColumnType.DECIMAL)), []),
])
def test_recap_refuses_different_columns(other):
    with pytest.raises(BadInput) as err:
        recap([JAN, other])
    assert err.value.code == "columns_differ" and "Maret" in err.value.detail


def test_recap_refuses_a_source_column_that_already_exists():
    with pytest.raises(BadInput, match="duplicate_column"):
        recap([JAN, FEB], add_source_column="jenis")


# --- a series: year to date and a period filter ---------------------------------------------------
def test_year_to_date_runs_within_each_year_and_each_group():
    rows = [("2023-12", "NIB", "A", 5, 0), *ROWS]
    result = pivot(COLUMNS, rows, PivotSpec(rows=("Jenis", "Bulan"), value="Jumlah", ytd=True))
    nib = {r.keys[1].text: r.ytd for r in result.data_rows if r.keys[0] == "NIB"}
    assert nib["2023-12"] == 5  # the year before: its own running total
    assert nib["2024-01"] == 10 and nib["2024-02"] == 16 and nib["2024-04"] == 36
    assert result.table.headers[-1] == "Kumulatif Tahun Berjalan" and result.table.total[-1] is None
    by_month = pivot(COLUMNS, ROWS, PivotSpec(rows=("Bulan",), value="Jumlah", change=True, ytd=True))
    assert [r.ytd for r in by_month.data_rows] == [14, 20, 20, 40, 48]
    assert [r.change for r in by_month.data_rows][:2] == [None, -8]


def test_year_to_date_needs_periods_and_an_additive_aggregate():
    with pytest.raises(BadInput, match="ytd_needs_periods"):
        run(rows=("Jenis",), value="Jumlah", ytd=True)
    with pytest.raises(BadInput, match="ytd_needs_sum"):
        run(rows=("Bulan",), value="Jumlah", agg="avg", ytd=True)
    assert PivotSpec.from_json(PivotSpec(rows=("Bulan",), ytd=True).to_json()).ytd


def test_a_period_filter_keeps_a_range_of_the_series():
    result = run(rows=("Bulan",), value="Jumlah", filters=(("Bulan", ">=", "2024-02"), ("Bulan", "<=", "2024-04")))
    assert [r.keys[0].text for r in result.data_rows] == ["2024-02", "2024-03", "2024-04"]
    assert result.grand_total == 26


# --- a series with a gap: a period missing from the data is unknown, not zero ------------------------
MARCH = Period(2024, Grain.MONTH, 3)


def unknown(**kwargs):
    return pivot(COLUMNS, ROWS, PivotSpec(**kwargs), title="Uji", unit="izin", source="OSS",
                 missing_periods="unknown")


def test_missing_periods_default_to_zero_and_take_two_words():
    assert run(rows=("Bulan",), value="Jumlah").cell("2024-03") == 0
    assert run(rows=("Bulan",), value="Jumlah").missing == ()
    assert pivot(COLUMNS, ROWS, PivotSpec(rows=("Bulan",), value="Jumlah"), missing_periods="zero").cell("2024-03") == 0
    with pytest.raises(ValueError, match="missing_periods"):
        pivot(COLUMNS, ROWS, PivotSpec(rows=("Bulan",)), missing_periods="kosong")


@pytest.mark.parametrize(("agg", "by_month"), [
    ("sum", [14, 6, None, 20, 8]),
    ("count", [2, 1, None, 1, 1]),
    ("avg", [7, 6, None, 20, 8]),
    ("min", [4, 6, None, 20, 8]),
    ("max", [10, 6, None, 20, 8]),
    ("share", [14 / 48 * 100, 6 / 48 * 100, None, 20 / 48 * 100, 8 / 48 * 100]),
])
def test_a_missing_month_down_has_no_value_for_every_aggregate(agg, by_month):
    result = unknown(rows=("Bulan",), value="Jumlah", agg=agg)
    assert [r.keys[0].text for r in result.rows] == ["2024-01", "2024-02", "2024-03", "2024-04", "2024-05"]
    assert [r.total for r in result.rows] == [pytest.approx(v) if v is not None else None for v in by_month]
    assert result.table.rows[2] == ("Maret 2024", None)
    assert result.missing == (MARCH,)
    # The total is of the data present: the same as when the gap counted as zero.
    assert result.grand_total == pytest.approx(run(rows=("Bulan",), value="Jumlah", agg=agg).grand_total)


@pytest.mark.parametrize(("agg", "nib", "pbg", "totals"), [
    ("sum", (10, 6, None, 20, 0, 36), (4, 0, None, 0, 8, 12), (14, 6, None, 20, 8, 48)),
    ("count", (1, 1, None, 1, 0, 3), (1, 0, None, 0, 1, 2), (2, 1, None, 1, 1, 5)),
    ("min", (10, 6, None, 20, None, 6), (4, None, None, None, 8, 4), (4, 6, None, 20, 8, 4)),
    ("max", (10, 6, None, 20, None, 20), (4, None, None, None, 8, 8), (10, 6, None, 20, 8, 20)),
    ("avg", (10, 6, None, 20, None, 12), (4, None, None, None, 8, 6), (7, 6, None, 20, 8, 9.6)),
])
def test_a_missing_month_across_has_no_value_in_its_cells_and_its_total(agg, nib, pbg, totals):
    result = unknown(rows=("Jenis",), cols="Bulan", value="Jumlah", agg=agg)
    assert result.col_labels[2] == "Maret 2024"
    assert result.table.rows == (("NIB", *nib), ("PBG", *pbg))  # May of NIB had rows of the month: 0 stays 0
    assert result.table.total == ("Total", *totals)
    assert result.col_totals[2] is None
    assert result.missing == (MARCH,)


def test_a_missing_month_across_in_shares_and_subtotals():
    share = unknown(rows=("Jenis",), cols="Bulan", value="Jumlah", agg="share")
    assert share.table.rows[0][3] is None and share.table.total[3] is None
    assert share.table.total[-1] == pytest.approx(100.0)
    subtotals = unknown(rows=("Kecamatan", "Jenis"), cols="Bulan", value="Jumlah", subtotals=True)
    assert all(row[4] is None for row in subtotals.table.rows)  # Kecamatan, Jenis, Jan, Feb, *Mar*
    assert subtotals.table.total[4] is None


def test_the_change_across_a_gap_compares_nothing():
    result = unknown(rows=("Bulan",), value="Jumlah", change=True)
    changes = [(r.change, r.change_pct) for r in result.rows]
    assert changes[1] == (-8, pytest.approx(-800 / 14))
    assert changes[2] == (None, None)  # the gap itself
    assert changes[3] == (None, None)  # April: nothing to compare with (today's code says +20 against 0)
    assert changes[4] == (-12, pytest.approx(-60.0))
    assert result.table.rows[2] == ("Maret 2024", None, None, None)


def test_the_year_to_date_stops_at_a_gap_until_the_year_ends():
    rows = [("2023-11", "NIB", "A", 5, 0), *ROWS]  # December 2023 and March 2024 are missing
    result = pivot(COLUMNS, rows, PivotSpec(rows=("Bulan",), value="Jumlah", change=True, ytd=True),
                   missing_periods="unknown")
    assert [r.keys[0].text for r in result.rows] == ["2023-11", "2023-12", "2024-01", "2024-02", "2024-03",
                                                      "2024-04", "2024-05"]
    assert [r.ytd for r in result.rows] == [5, None, 14, 20, None, None, None]
    assert [r.change for r in result.rows] == [None, None, None, -8, None, None, -12]
    assert result.missing == (Period(2023, Grain.MONTH, 12), MARCH)
    assert result.table.total == ("Total", 53, None, None, None)


def test_the_year_to_date_of_groups_stops_at_a_month_missing_from_the_whole_series():
    result = unknown(rows=("Jenis", "Bulan"), value="Jumlah", ytd=True, change=True)
    nib = {r.keys[1].text: (r.ytd, r.change) for r in result.data_rows if r.keys[0] == "NIB"}
    pbg = {r.keys[1].text: (r.ytd, r.change) for r in result.data_rows if r.keys[0] == "PBG"}
    assert nib == {"2024-01": (10, None), "2024-02": (16, -4), "2024-04": (None, None)}
    assert pbg == {"2024-01": (4, None), "2024-04": (None, None), "2024-05": (None, 8)}  # April had rows: 0
    assert result.missing == (MARCH,)


def test_a_filter_on_another_column_keeps_a_month_with_rows_known():
    # PBG has no row in February, but February has rows: PBG's February is 0, March is unknown.
    result = unknown(rows=("Bulan",), value="Jumlah", filters=(("Jenis", "=", "PBG"),))
    assert [r.total for r in result.rows] == [4, 0, None, 0, 8]
    # A month the filter on the periods itself leaves out has no value either.
    result = unknown(rows=("Bulan",), value="Jumlah", filters=(("Bulan", "!=", "2024-02"),))
    assert [r.total for r in result.rows] == [14, None, None, 20, 8]


def test_the_note_names_the_gap_and_says_what_the_total_covers():
    result = unknown(rows=("Bulan",), value="Jumlah")
    assert "Maret 2024" in result.table.note and "–" in result.table.note
    assert "total" in result.table.note.lower()
    assert run(rows=("Bulan",), value="Jumlah").table.note == ""
    # By kind of permit: the months are not in the table, no "–" to explain, but the totals miss March.
    by_kind = unknown(rows=("Jenis",), value="Jumlah")
    assert by_kind.table.rows == (("NIB", 36), ("PBG", 12))
    assert by_kind.missing == (MARCH,)
    assert by_kind.table.note == "Tidak ada data untuk Maret 2024; total hanya mencakup periode yang ada datanya."


def test_a_rolled_up_period_missing_a_month_is_named_in_the_note():
    result = unknown(rows=("Bulan",), value="Jumlah", period_grain="quarter")
    assert [(r[0], r[1]) for r in result.table.rows] == [("Triwulan I 2024", 20), ("Triwulan II 2024", 28)]
    assert result.missing == (MARCH,)
    assert "Maret 2024" in result.table.note and "Triwulan I 2024" in result.table.note
    columns = (ColumnSpec("Bulan", ColumnType.PERIOD), ColumnSpec("Jumlah", ColumnType.INTEGER))
    whole = pivot(columns, [("2024-01", 3), ("2024-07", 4)], PivotSpec(rows=("Bulan",), value="Jumlah",
                                                                       period_grain="quarter"),
                  missing_periods="unknown")
    assert whole.table.rows == (("Triwulan I 2024", 3), ("Triwulan II 2024", None), ("Triwulan III 2024", 4))
    assert [p.text for p in whole.missing] == ["2024-02", "2024-03", "2024-Q2"]


def test_dates_rolled_up_stay_events_a_month_without_any_is_zero():
    columns = (ColumnSpec("Tanggal", ColumnType.DATE), ColumnSpec("Jumlah", ColumnType.INTEGER))
    rows = [("2024-03-12", 5), ("2024-05-01", 1)]
    result = pivot(columns, rows, PivotSpec(rows=("Tanggal",), value="Jumlah", period_grain="month"),
                   missing_periods="unknown")
    assert result.table.rows == (("Maret 2024", 5), ("April 2024", 0), ("Mei 2024", 1))
    assert result.missing == ()


def test_a_rolled_up_period_missing_a_month_is_not_compared_nor_run_up():
    result = unknown(rows=("Bulan",), value="Jumlah", period_grain="quarter", change=True, ytd=True)
    assert result.partial == (Period(2024, Grain.QUARTER, 1),)
    # Triwulan I lacks March: its 20 stays (the months present) but Triwulan II is not compared with it,
    # and the year to date, from it on, would understate.
    assert result.table.rows == (("Triwulan I 2024", 20, None, None, None), ("Triwulan II 2024", 28, None, None, None))
    by_kind = unknown(rows=("Jenis", "Bulan"), value="Jumlah", period_grain="quarter", change=True, ytd=True)
    assert [(r.change, r.ytd) for r in by_kind.data_rows] == [(None, None)] * 4
    every_month = [r for r in ROWS if r[0] != "2024-01"] + [("2024-03", "NIB", "A", 1, 0), ("2024-01", "NIB", "A", 2, 0)]
    complete = pivot(COLUMNS, every_month,
                     PivotSpec(rows=("Bulan",), value="Jumlah", period_grain="quarter", change=True, ytd=True),
                     missing_periods="unknown")
    assert complete.partial == () and complete.table.rows[1][2:] == (19, pytest.approx(19 / 9 * 100), 37)
