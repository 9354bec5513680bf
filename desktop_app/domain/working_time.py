"""The office calendar: office hours per weekday, public holidays, and working time between two moments.

The SOP's standard times (mutu baku) are working time: a dataset drafted at 15:55 and checked at
07:35 the next working morning took 10 minutes of office time, not 15 hours. ``working_seconds``
counts only the time that falls inside office hours, outside the rest break, on a day that is not
a weekend or a holiday.

Defaults (Indonesian civil service, 5 working days, 37.5 hours a week as Perpres 21/2023 sets):
Monday–Thursday 07:30–16:00 with the rest break 12:00–13:00 (7.5 h), Friday 07:30–16:30 with
the longer break 11:30–13:00 for Friday prayers (7.5 h); Saturday and Sunday closed. A working
day is therefore 7.5 hours, and a standard given in days (step 3: 10 days) is that many working
days of the calendar's average office day (``working_day_seconds``).

The holidays are data: the 2026 national holidays (libur nasional) and joint leave days (cuti
bersama) of the joint ministerial decree (SKB 3 Menteri No. 1497, 2 and 5 of 2025: 17 national
holidays and 8 joint leave days, checked against its published list) as defaults; the office edits the list
each year (Pengaturan), and it is stored in the settings table as ``WorkCalendar.to_dict``.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field

from desktop_app.domain.errors import BadInput

DAY = dt.timedelta(days=1)


@dataclass(frozen=True)
class OfficeDay:
    """Office hours of one weekday, with an optional rest break inside them."""

    start: dt.time
    end: dt.time
    break_start: dt.time | None = None
    break_end: dt.time | None = None

    def __post_init__(self) -> None:
        if not self.start < self.end:
            raise BadInput("bad_office_hours", f"{self.start}–{self.end}")
        if (self.break_start is None) != (self.break_end is None):
            raise BadInput("bad_office_hours", "break needs a start and an end")
        if self.break_start is not None and not (self.start <= self.break_start < self.break_end <= self.end):
            raise BadInput("bad_office_hours", f"break {self.break_start}–{self.break_end}")

    def periods(self) -> tuple[tuple[dt.time, dt.time], ...]:
        """The working stretches of the day (before and after the break)."""
        if self.break_start is None:
            return ((self.start, self.end),)
        return tuple(p for p in ((self.start, self.break_start), (self.break_end, self.end)) if p[0] < p[1])

    @property
    def seconds(self) -> float:
        return sum(_seconds(a, b) for a, b in self.periods())


@dataclass(frozen=True)
class Holiday:
    """A day the office is closed: a national holiday or a joint leave day (cuti bersama)."""

    date: dt.date
    name: str
    joint_leave: bool = False


def _seconds(a: dt.time, b: dt.time) -> float:
    return (dt.datetime.combine(dt.date.min, b) - dt.datetime.combine(dt.date.min, a)).total_seconds()


_T = dt.time
_MON_THU = OfficeDay(_T(7, 30), _T(16, 0), _T(12, 0), _T(13, 0))
_FRIDAY = OfficeDay(_T(7, 30), _T(16, 30), _T(11, 30), _T(13, 0))
DEFAULT_WEEK: tuple[OfficeDay | None, ...] = (_MON_THU, _MON_THU, _MON_THU, _MON_THU, _FRIDAY, None, None)

_D = dt.date
HOLIDAYS_2026: tuple[Holiday, ...] = (
    Holiday(_D(2026, 1, 1), "Tahun Baru 2026 Masehi"),
    Holiday(_D(2026, 1, 16), "Isra Mikraj Nabi Muhammad SAW"),
    Holiday(_D(2026, 2, 16), "Cuti bersama Tahun Baru Imlek", True),
    Holiday(_D(2026, 2, 17), "Tahun Baru Imlek 2577 Kongzili"),
    Holiday(_D(2026, 3, 18), "Cuti bersama Hari Suci Nyepi", True),
    Holiday(_D(2026, 3, 19), "Hari Suci Nyepi Tahun Baru Saka 1948"),
    Holiday(_D(2026, 3, 20), "Cuti bersama Idul Fitri 1447 H", True),
    Holiday(_D(2026, 3, 21), "Idul Fitri 1447 H"),
    Holiday(_D(2026, 3, 22), "Idul Fitri 1447 H"),
    Holiday(_D(2026, 3, 23), "Cuti bersama Idul Fitri 1447 H", True),
    Holiday(_D(2026, 3, 24), "Cuti bersama Idul Fitri 1447 H", True),
    Holiday(_D(2026, 4, 3), "Wafat Yesus Kristus"),
    Holiday(_D(2026, 4, 5), "Kebangkitan Yesus Kristus (Paskah)"),
    Holiday(_D(2026, 5, 1), "Hari Buruh Internasional"),
    Holiday(_D(2026, 5, 14), "Kenaikan Yesus Kristus"),
    Holiday(_D(2026, 5, 15), "Cuti bersama Kenaikan Yesus Kristus", True),
    Holiday(_D(2026, 5, 27), "Idul Adha 1447 H"),
    Holiday(_D(2026, 5, 28), "Cuti bersama Idul Adha 1447 H", True),
    Holiday(_D(2026, 5, 31), "Hari Raya Waisak 2570 BE"),
    Holiday(_D(2026, 6, 1), "Hari Lahir Pancasila"),
    Holiday(_D(2026, 6, 16), "Tahun Baru Islam 1448 H"),
    Holiday(_D(2026, 8, 17), "Hari Kemerdekaan Republik Indonesia"),
    Holiday(_D(2026, 8, 25), "Maulid Nabi Muhammad SAW"),
    Holiday(_D(2026, 12, 24), "Cuti bersama Hari Raya Natal", True),
    Holiday(_D(2026, 12, 25), "Hari Raya Natal"),
)


@dataclass(frozen=True)
class WorkCalendar:
    """Office hours for Monday..Sunday (None: closed) and the holidays."""

    week: tuple[OfficeDay | None, ...] = DEFAULT_WEEK
    holidays: tuple[Holiday, ...] = HOLIDAYS_2026
    _closed: frozenset[dt.date] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        if len(self.week) != 7:
            raise BadInput("bad_office_hours", "seven weekdays expected")
        if not any(self.week):
            raise BadInput("bad_office_hours", "no working day")
        object.__setattr__(self, "_closed", frozenset(h.date for h in self.holidays))

    def office_day(self, day: dt.date) -> OfficeDay | None:
        """The office hours of a date, or None on a weekend or holiday."""
        return None if day in self._closed else self.week[day.weekday()]

    def is_working_day(self, day: dt.date) -> bool:
        return self.office_day(day) is not None

    @property
    def working_day_seconds(self) -> float:
        """The average office day in seconds (7.5 h with the defaults): the length of a 'day' of a standard."""
        days = [d.seconds for d in self.week if d is not None]
        return sum(days) / len(days)

    def working_seconds(self, start: dt.datetime, end: dt.datetime) -> float:
        """Office time between two moments; 0 when ``end`` is not after ``start``."""
        if end <= start:
            return 0.0
        total = 0.0
        day = start.date()
        while day <= end.date():
            hours = self.office_day(day)
            if hours is not None:
                for a, b in hours.periods():
                    lo = max(start, dt.datetime.combine(day, a))
                    hi = min(end, dt.datetime.combine(day, b))
                    if hi > lo:
                        total += (hi - lo).total_seconds()
            day += DAY
        return total

    def standard_seconds(self, standard: dt.timedelta) -> float:
        """A standard time as office time: whole days become working days, shorter ones stay as they are."""
        if standard >= DAY:
            return standard / DAY * self.working_day_seconds
        return standard.total_seconds()

    # --- storage as plain data (settings table) -------------------------------------------
    def to_dict(self) -> dict:
        def day(d: OfficeDay | None) -> dict | None:
            if d is None:
                return None
            return {"start": d.start.strftime("%H:%M"), "end": d.end.strftime("%H:%M"),
                    "break_start": d.break_start.strftime("%H:%M") if d.break_start else None,
                    "break_end": d.break_end.strftime("%H:%M") if d.break_end else None}

        return {"week": [day(d) for d in self.week],
                "holidays": [{"date": h.date.isoformat(), "name": h.name, "joint_leave": h.joint_leave}
                             for h in sorted(self.holidays, key=lambda h: h.date)]}

    @classmethod
    def from_dict(cls, data: Mapping) -> WorkCalendar:
        """Read a stored calendar; BadInput('bad_office_hours' / 'bad_holiday') when it makes no sense."""
        try:
            week = tuple(None if d is None else OfficeDay(
                _time(d["start"]), _time(d["end"]),
                _time(d["break_start"]) if d.get("break_start") else None,
                _time(d["break_end"]) if d.get("break_end") else None) for d in data.get("week", ()))
        except (KeyError, TypeError, ValueError) as err:
            raise BadInput("bad_office_hours", str(err)) from err
        return cls(week or DEFAULT_WEEK, tuple(parse_holidays(data.get("holidays", ()))))


def _time(text: str) -> dt.time:
    return dt.time.fromisoformat(str(text).strip())


def parse_holidays(items: Iterable[Mapping]) -> list[Holiday]:
    """Holidays from plain data, sorted, one per date; BadInput('bad_holiday') for a bad date."""
    seen: dict[dt.date, Holiday] = {}
    for item in items:
        try:
            day = dt.date.fromisoformat(str(item["date"]).strip())
        except (KeyError, TypeError, ValueError) as err:
            raise BadInput("bad_holiday", str(item)) from err
        seen[day] = Holiday(day, str(item.get("name", "")).strip(), bool(item.get("joint_leave", False)))
    return [seen[d] for d in sorted(seen)]


DEFAULT_CALENDAR = WorkCalendar()
