"""Domain: automatic checks, grouped totals, charts and Indonesian formats."""

import pytest

from desktop_app.domain import formatting
from desktop_app.domain.checks import has_errors, run_checks
from desktop_app.domain.columns import ColumnSpec, ColumnType
from desktop_app.domain.errors import BadInput
from desktop_app.domain.tabulation import Aggregate, GroupTotalSpec, bar_chart_of, group_total

COLS = (
    ColumnSpec("Bulan", ColumnType.PERIOD),
    ColumnSpec("Jenis", ColumnType.CATEGORY, codes=("NIB", "PBG")),
    ColumnSpec("Jumlah", ColumnType.INTEGER),
)


def test_clean_rows_pass():
    assert run_checks(COLS, [("2025-01", "NIB", 3), ("2025-02", "PBG", 4)]) == []


@pytest.mark.parametrize(("row", "code"), [
    (("2025-13", "NIB", 3), "bad_period"),
    (("2025-01", "SIUP", 3), "unknown_code"),
    (("2025-01", "NIB", "tiga"), "not_a_number"),
    (("2025-01", "NIB", 2.5), "not_an_integer"),
    (("2025-01", "", 3), "empty"),
    (("2025-01", "NIB", -1), "negative"),
])
def test_each_problem_is_found(row, code):
    findings = run_checks(COLS, [row])
    assert [f.code for f in findings] == [code]
    assert findings[0].row == 0


def test_duplicates_and_empty_dataset():
    findings = run_checks(COLS, [("2025-01", "NIB", 3)] * 2)
    assert [f.code for f in findings] == ["duplicate_row"] and not has_errors(findings)
    assert has_errors(run_checks(COLS, []))


def test_group_total():
    rows = [("2025-01", "NIB", 3), ("2025-02", "NIB", 4), ("2025-01", "PBG", 1)]
    table = group_total("Izin", COLS, rows, GroupTotalSpec("Jenis", "Jumlah"))
    assert table.rows == (("NIB", 7.0), ("PBG", 1.0))
    assert table.total == ("Total", 8.0)
    avg = group_total("Izin", COLS, rows, GroupTotalSpec("Jenis", "Jumlah", Aggregate.AVG))
    assert avg.rows[0] == ("NIB", 3.5)
    chart = bar_chart_of(table)
    assert chart.categories == ("NIB", "PBG") and chart.series[0].values == (7.0, 1.0)
    with pytest.raises(BadInput):
        group_total("x", COLS, rows, GroupTotalSpec("Jenis", "Bulan"))
    with pytest.raises(BadInput):
        group_total("x", COLS, rows, GroupTotalSpec("Nope", "Jumlah"))


def test_indonesian_formats():
    import datetime as dt
    assert formatting.number(1234567) == "1.234.567"
    assert formatting.number(12.5, 1) == "12,5"
    assert formatting.money(1500000) == "Rp 1.500.000"
    assert formatting.percent(12.345) == "12,3%"
    assert formatting.date(dt.date(2024, 3, 12)) == "12 Maret 2024"
    assert formatting.duration(180) == "3 mnt"


@pytest.mark.parametrize(("ctype", "text", "value"), [
    (ColumnType.INTEGER, "1.234.567", 1234567),
    (ColumnType.INTEGER, "1.234", 1234),
    (ColumnType.INTEGER, "12", 12),
    (ColumnType.DECIMAL, "12,5", 12.5),
    (ColumnType.DECIMAL, "3.5", 3.5),
    (ColumnType.MONEY, "Rp 1.500.000,00", 1500000),
    (ColumnType.PERCENT, "15%", 15.0),
    (ColumnType.INTEGER, "dua", "dua"),
    (ColumnType.TEXT, "  NIB ", "NIB"),
    (ColumnType.INTEGER, "", None),
])
def test_parse_cell_reads_indonesian_numbers(ctype, text, value):
    from desktop_app.domain.columns import parse_cell
    assert parse_cell(ctype, text) == value
