"""Domain: periods of a series — the grain of a frequency, naming a period, the chips and adding a period."""

import datetime as dt

import pytest

from desktop_app.domain.errors import BadInput, NotAllowed
from desktop_app.domain.periods import Grain, Period
from desktop_app.domain.series import (
    PeriodState as S,
)
from desktop_app.domain.series import (
    check_addition,
    chips,
    gaps,
    grain_of_frequency,
    open_periods,
    series_period,
    sheet_period,
)

M = Grain.MONTH


def month(n: int, year: int = 2024) -> Period:
    return Period(year, M, n)


@pytest.mark.parametrize(("word", "grain"), [("bulanan", M), ("Triwulanan", Grain.QUARTER),
                                             ("semesteran", Grain.SEMESTER), ("Tahunan", Grain.YEAR),
                                             ("", None), ("sewaktu-waktu", None)])
def test_the_grain_of_a_frequency_word(word, grain):
    assert grain_of_frequency(word) == grain


def test_a_period_is_named_in_its_stored_form_or_in_words():
    assert series_period("2024-04") == month(4)
    assert series_period("2024-q1") == Period(2024, Grain.QUARTER, 1)
    assert series_period("2024-S1", Grain.SEMESTER) == Period(2024, Grain.SEMESTER, 1)
    assert series_period("Maret 2024") == month(3)
    with pytest.raises(BadInput, match="bad_period_text"):
        series_period("April")  # no year
    with pytest.raises(BadInput, match="bad_period_text"):
        series_period("bukan periode")
    with pytest.raises(BadInput, match="period_wrong_grain"):
        series_period("2024-Q2", M)


def test_a_sheet_name_gives_its_period_with_the_year_from_elsewhere():
    assert sheet_period("Jan", 2024) == month(1)
    assert sheet_period("Februari 2023") == month(2, 2023)
    assert sheet_period("TW II", 2024) == Period(2024, Grain.QUARTER, 2)
    assert sheet_period("Jan") is None
    assert sheet_period("Rekap", 2024) is None


def test_chips_show_the_gaps_between_the_first_and_last_period():
    states = {month(1): (S.VALIDATED, 5), month(3): (S.DRAFT, 4)}
    found = chips(states, M, dt.date(2024, 3, 20))
    assert [(c.period.text, c.state, c.rows) for c in found] == [
        ("2024-01", S.VALIDATED, 5), ("2024-02", S.MISSING, 0), ("2024-03", S.DRAFT, 4)]
    assert gaps(found) == [month(2)]


def test_chips_run_on_to_the_last_ended_period_of_the_covered_year():
    states = {month(1): (S.VALIDATED, 5), month(2): (S.VALIDATED, 5)}
    found = chips(states, M, dt.date(2024, 5, 10), coverage="2024")
    assert [c.period.text for c in found] == ["2024-01", "2024-02", "2024-03", "2024-04"]
    assert gaps(found) == [month(3), month(4)]
    # A year long over: every month of it.
    assert len(chips(states, M, dt.date(2026, 1, 5), coverage="2024")) == 12
    # A series not started yet in its year still shows what has ended.
    assert [c.state for c in chips({}, Grain.QUARTER, dt.date(2024, 7, 1), coverage="2024")] == [S.MISSING] * 2


def test_adding_a_period_joins_the_draft_batch_or_is_refused():
    assert check_addition(month(4), M, {month(3): S.VALIDATED}) is False
    assert check_addition(month(4), M, {month(3): S.VALIDATED, month(4): S.DRAFT}) is True  # replaces the draft
    with pytest.raises(NotAllowed, match="period_present"):
        check_addition(month(3), M, {month(3): S.VALIDATED})
    with pytest.raises(NotAllowed, match="state"):
        check_addition(month(5), M, {month(4): S.CHECKING})
    with pytest.raises(NotAllowed, match="state"):
        check_addition(month(5), M, {}, revision_checking=True)
    with pytest.raises(BadInput, match="period_wrong_grain"):
        check_addition(Period(2024, Grain.QUARTER, 2), M, {})


def test_the_open_batch_is_every_period_not_validated():
    assert open_periods({month(3): S.DRAFT, month(1): S.VALIDATED, month(2): S.CHECKING}) == [month(2), month(3)]
