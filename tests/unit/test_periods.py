"""Reporting periods: parsing the stored texts and dates, order, roll-up, neighbours, Indonesian labels."""

from __future__ import annotations

import datetime as dt

import pytest

from desktop_app.domain.errors import BadInput
from desktop_app.domain.periods import Grain, Period, parse_period, period_range, roll_up


@pytest.mark.parametrize(("text", "expected"), [
    ("2025", Period(2025, Grain.YEAR, 1)),
    ("2025-01", Period(2025, Grain.MONTH, 1)),
    ("2025-12", Period(2025, Grain.MONTH, 12)),
    ("2025-Q3", Period(2025, Grain.QUARTER, 3)),
    ("2025-q4", Period(2025, Grain.QUARTER, 4)),
    ("2025-S1", Period(2025, Grain.SEMESTER, 1)),
    (" 2025-S2 ", Period(2025, Grain.SEMESTER, 2)),
    ("2025-03-12", Period(2025, Grain.MONTH, 3)),
    (dt.date(2024, 11, 5), Period(2024, Grain.MONTH, 11)),
    (dt.datetime(2024, 2, 29, 13, 0), Period(2024, Grain.MONTH, 2)),
])
def test_parse(text, expected):
    assert parse_period(text) == expected


@pytest.mark.parametrize("text", ["", "2025-13", "2025-Q5", "2025-S3", "2025-02-30", "Januari", None, 2025, "25-01"])
def test_parse_rejects(text):
    assert parse_period(text) is None


@pytest.mark.parametrize(("text", "label"), [
    ("2025-01", "Januari 2025"), ("2025-08", "Agustus 2025"), ("2024-Q3", "Triwulan III 2024"),
    ("2024-Q4", "Triwulan IV 2024"), ("2024-S1", "Semester I 2024"), ("2024-S2", "Semester II 2024"),
    ("2024", "2024"),
])
def test_indonesian_labels_and_stored_text(text, label):
    period = parse_period(text)
    assert period.label == label == str(period)
    assert period.text == text


def test_previous_and_next_cross_the_year():
    assert parse_period("2025-01").previous() == parse_period("2024-12")
    assert parse_period("2025-Q1").previous() == parse_period("2024-Q4")
    assert parse_period("2025-S1").previous() == parse_period("2024-S2")
    assert parse_period("2025").previous() == parse_period("2024")
    assert parse_period("2024-12").next() == parse_period("2025-01")
    assert parse_period("2024-Q4").next().label == "Triwulan I 2025"


@pytest.mark.parametrize(("text", "grain", "expected"), [
    ("2025-01", "quarter", "2025-Q1"), ("2025-03", "quarter", "2025-Q1"), ("2025-04", "quarter", "2025-Q2"),
    ("2025-09", "quarter", "2025-Q3"), ("2025-12", "quarter", "2025-Q4"),
    ("2025-06", "semester", "2025-S1"), ("2025-07", "semester", "2025-S2"),
    ("2025-Q2", "semester", "2025-S1"), ("2025-Q3", "semester", "2025-S2"),
    ("2025-11", "year", "2025"), ("2025-Q4", Grain.YEAR, "2025"), ("2025-S1", "year", "2025"),
    ("2025-05", "month", "2025-05"), ("2025-03-31", "quarter", "2025-Q1"),
])
def test_roll_up(text, grain, expected):
    assert roll_up(parse_period(text), grain).text == expected


def test_roll_up_to_a_finer_grain_or_unknown_grain_is_bad_input():
    with pytest.raises(BadInput, match="grain_too_fine"):
        roll_up(parse_period("2025-Q1"), "month")
    with pytest.raises(BadInput, match="bad_grain"):
        roll_up(parse_period("2025-01"), "week")


def test_order_is_chronological_and_range_has_no_gaps():
    texts = ["2025-03", "2024-11", "2025-01", "2024-12"]
    assert [p.text for p in sorted(parse_period(t) for t in texts)] == ["2024-11", "2024-12", "2025-01", "2025-03"]
    assert parse_period("2024-Q4") < parse_period("2025-Q1") <= parse_period("2025-Q1")
    assert parse_period("2025") < parse_period("2025-01")  # same start: the longer first
    assert [p.text for p in period_range(parse_period("2024-Q3"), parse_period("2025-Q2"))] == [
        "2024-Q3", "2024-Q4", "2025-Q1", "2025-Q2"]
    with pytest.raises(BadInput):
        period_range(parse_period("2024-Q3"), parse_period("2025-01"))


def test_bad_index_is_refused():
    with pytest.raises(BadInput):
        Period(2025, Grain.QUARTER, 5)
