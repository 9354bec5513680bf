"""Office time between two moments: office hours, the rest break, weekends and holidays."""

from __future__ import annotations

import datetime as dt

import pytest

from desktop_app.domain.errors import BadInput
from desktop_app.domain.working_time import DEFAULT_CALENDAR, Holiday, OfficeDay, WorkCalendar

T = dt.datetime
CAL = DEFAULT_CALENDAR
H = 3600


def test_within_one_morning():
    # Tuesday 24 Nov 2026, 08:00-08:10
    assert CAL.working_seconds(T(2026, 11, 24, 8, 0), T(2026, 11, 24, 8, 10)) == 600


def test_rest_break_does_not_count():
    assert CAL.working_seconds(T(2026, 11, 24, 11, 50), T(2026, 11, 24, 13, 10)) == 20 * 60


def test_friday_break_is_longer():
    # Friday 27 Nov 2026: break 11:30-13:00
    assert CAL.working_seconds(T(2026, 11, 27, 11, 0), T(2026, 11, 27, 13, 30)) == 60 * 60


def test_overnight_counts_only_office_hours():
    # Tue 15:55 -> Wed 07:35: 5 min + 5 min
    assert CAL.working_seconds(T(2026, 11, 24, 15, 55), T(2026, 11, 25, 7, 35)) == 600


def test_weekend_is_skipped():
    # Fri 16:20 -> Mon 07:40: 10 min on Friday, 10 min on Monday
    assert CAL.working_seconds(T(2026, 11, 27, 16, 20), T(2026, 11, 30, 7, 40)) == 1200


def test_national_holiday_and_joint_leave_are_skipped():
    # Wed 23 Dec 15:00 -> Mon 28 Dec 08:30: 24 Dec (cuti bersama) and 25 Dec (Natal) closed, then the weekend
    assert CAL.working_seconds(T(2026, 12, 23, 15, 0), T(2026, 12, 28, 8, 30)) == 2 * H
    assert not CAL.is_working_day(dt.date(2026, 12, 24))
    assert not CAL.is_working_day(dt.date(2026, 8, 17))
    assert CAL.is_working_day(dt.date(2026, 8, 18))


def test_outside_hours_and_reversed_range_are_zero():
    assert CAL.working_seconds(T(2026, 11, 24, 17, 0), T(2026, 11, 24, 23, 0)) == 0
    assert CAL.working_seconds(T(2026, 11, 28, 8, 0), T(2026, 11, 29, 15, 0)) == 0  # Saturday, Sunday
    assert CAL.working_seconds(T(2026, 11, 24, 9, 0), T(2026, 11, 24, 8, 0)) == 0
    assert CAL.working_seconds(T(2026, 11, 24, 9, 0), T(2026, 11, 24, 9, 0)) == 0


def test_a_full_week_is_37_and_a_half_hours():
    assert CAL.working_seconds(T(2026, 11, 23, 0, 0), T(2026, 11, 30, 0, 0)) == 37.5 * H
    assert CAL.working_day_seconds == 7.5 * H


def test_day_standards_become_working_days():
    assert CAL.standard_seconds(dt.timedelta(days=10)) == 75 * H
    assert CAL.standard_seconds(dt.timedelta(minutes=10)) == 600


def test_holidays_are_editable_and_round_trip():
    custom = WorkCalendar(holidays=(Holiday(dt.date(2026, 11, 24), "Libur daerah"),))
    assert custom.working_seconds(T(2026, 11, 24, 8, 0), T(2026, 11, 25, 8, 0)) == 30 * 60
    assert WorkCalendar.from_dict(custom.to_dict()) == custom
    assert WorkCalendar.from_dict(CAL.to_dict()) == CAL
    assert len(CAL.holidays) >= 20 and all(h.date.year == 2026 for h in CAL.holidays)


def test_other_hours_round_trip():
    week = (OfficeDay(dt.time(8), dt.time(15)),) * 6 + (None,)
    cal = WorkCalendar(week=week, holidays=())
    assert cal.working_seconds(T(2026, 11, 28, 8, 0), T(2026, 11, 28, 9, 0)) == H  # Saturday open
    assert WorkCalendar.from_dict(cal.to_dict()) == cal


@pytest.mark.parametrize("data", [
    {"week": [{"start": "16:00", "end": "07:30"}] + [None] * 6},
    {"week": [{"start": "07:30", "end": "16:00", "break_start": "17:00", "break_end": "18:00"}] + [None] * 6},
    {"week": [None] * 7},
    {"week": [{"start": "x", "end": "16:00"}] + [None] * 6},
    {"holidays": [{"date": "2026-13-01", "name": "?"}]},
])
def test_nonsense_is_refused(data):
    with pytest.raises(BadInput):
        WorkCalendar.from_dict(data)


def test_default_2026_holidays_are_the_skb_list():
    """SKB 3 Menteri No. 1497, 2 and 5 of 2025: 17 national holidays and 8 joint leave days."""
    from desktop_app.domain.working_time import HOLIDAYS_2026
    national = [h for h in HOLIDAYS_2026 if not h.joint_leave]
    joint = [h.date for h in HOLIDAYS_2026 if h.joint_leave]
    assert len(national) == 17 and len(joint) == 8
    assert joint == [dt.date(2026, 2, 16), dt.date(2026, 3, 18), dt.date(2026, 3, 20), dt.date(2026, 3, 23),
                     dt.date(2026, 3, 24), dt.date(2026, 5, 15), dt.date(2026, 5, 28), dt.date(2026, 12, 24)]
