"""Reporting periods: month, quarter (triwulan), semester and year, as stored and as people read them.

Stored texts are "2025", "2025-01", "2025-Q3" and "2025-S1"; an ISO date ("2025-03-12") is read as
its month. Periods of one kind are numbered by an ordinal, so the one before ``p`` is ``ordinal - 1``
and the periods between two others can be listed without gaps.
"""

from __future__ import annotations

import datetime as dt
import enum
import re
from dataclasses import dataclass

from desktop_app.domain.errors import BadInput
from desktop_app.domain.formatting import MONTHS_ID


class Grain(str, enum.Enum):
    """The kind of a period, finest first."""

    MONTH = "month"
    QUARTER = "quarter"
    SEMESTER = "semester"
    YEAR = "year"

    @property
    def per_year(self) -> int:
        return {"month": 12, "quarter": 4, "semester": 2, "year": 1}[self.value]

    @property
    def months(self) -> int:
        """How many months one period of this kind spans."""
        return 12 // self.per_year

    @property
    def noun(self) -> str:
        """The Indonesian word for one such period: 'bulan', 'triwulan', 'semester', 'tahun'."""
        return {"month": "bulan", "quarter": "triwulan", "semester": "semester", "year": "tahun"}[self.value]


ROMAN = ("I", "II", "III", "IV")

_PATTERNS = (
    (Grain.MONTH, re.compile(r"^(\d{4})-(0[1-9]|1[0-2])$")),
    (Grain.QUARTER, re.compile(r"^(\d{4})-[Qq]([1-4])$")),
    (Grain.SEMESTER, re.compile(r"^(\d{4})-[Ss]([12])$")),
    (Grain.YEAR, re.compile(r"^(\d{4})$")),
)
_ISO_DATE = re.compile(r"^(\d{4})-(\d{2})-(\d{2})(?:[T ].*)?$")


@dataclass(frozen=True)
class Period:
    """One period: ``index`` counts from 1 within the year (month 1-12, quarter 1-4, semester 1-2, year 1)."""

    year: int
    kind: Grain
    index: int = 1

    def __post_init__(self) -> None:
        if not 1 <= self.index <= self.kind.per_year:
            raise BadInput("bad_period", f"{self.year} {self.kind.value} {self.index}")

    # --- order -------------------------------------------------------------------------------
    @property
    def ordinal(self) -> int:
        """Consecutive within one kind: the period after ``p`` has ``p.ordinal + 1``."""
        return self.year * self.kind.per_year + self.index - 1

    @property
    def first_month(self) -> int:
        """Month number (1-12) the period starts with."""
        return (self.index - 1) * self.kind.months + 1

    def _key(self) -> tuple[int, int, int]:
        # Chronological by start; at the same start the longer period first (2025 before 2025-01).
        return (self.year, self.first_month, -self.kind.months)

    def __lt__(self, other: Period) -> bool:
        if not isinstance(other, Period):
            return NotImplemented
        return self._key() < other._key()

    def __le__(self, other: Period) -> bool:
        if not isinstance(other, Period):
            return NotImplemented
        return self._key() <= other._key()

    def __gt__(self, other: Period) -> bool:
        if not isinstance(other, Period):
            return NotImplemented
        return self._key() > other._key()

    def __ge__(self, other: Period) -> bool:
        if not isinstance(other, Period):
            return NotImplemented
        return self._key() >= other._key()

    # --- neighbours ----------------------------------------------------------------------------
    @classmethod
    def from_ordinal(cls, kind: Grain, ordinal: int) -> Period:
        year, rest = divmod(ordinal, kind.per_year)
        return cls(year, kind, rest + 1)

    def previous(self) -> Period:
        return Period.from_ordinal(self.kind, self.ordinal - 1)

    def next(self) -> Period:
        return Period.from_ordinal(self.kind, self.ordinal + 1)

    # --- texts ---------------------------------------------------------------------------------
    @property
    def text(self) -> str:
        """The stored form: '2025-03', '2025-Q1', '2025-S2', '2025'."""
        if self.kind == Grain.MONTH:
            return f"{self.year}-{self.index:02d}"
        if self.kind == Grain.QUARTER:
            return f"{self.year}-Q{self.index}"
        if self.kind == Grain.SEMESTER:
            return f"{self.year}-S{self.index}"
        return str(self.year)

    @property
    def label(self) -> str:
        """What people read: 'Januari 2025', 'Triwulan III 2025', 'Semester I 2025', '2025'."""
        if self.kind == Grain.MONTH:
            return f"{MONTHS_ID[self.index - 1]} {self.year}"
        if self.kind == Grain.QUARTER:
            return f"Triwulan {ROMAN[self.index - 1]} {self.year}"
        if self.kind == Grain.SEMESTER:
            return f"Semester {ROMAN[self.index - 1]} {self.year}"
        return str(self.year)

    def __str__(self) -> str:
        return self.label


def parse_period(value: object) -> Period | None:
    """A Period from a stored period text, an ISO date (its month) or a date; None when it is neither."""
    if isinstance(value, dt.date):  # datetime is a date too
        return Period(value.year, Grain.MONTH, value.month)
    if isinstance(value, Period):
        return value
    if not isinstance(value, str):
        return None
    text = value.strip()
    for kind, pattern in _PATTERNS:
        found = pattern.match(text)
        if found:
            return Period(int(found.group(1)), kind, int(found.group(2)) if kind != Grain.YEAR else 1)
    found = _ISO_DATE.match(text)
    if found:
        try:
            day = dt.date(int(found.group(1)), int(found.group(2)), int(found.group(3)))
        except ValueError:
            return None
        return Period(day.year, Grain.MONTH, day.month)
    return None


def grain_of(value: str | Grain | None) -> Grain | None:
    """A Grain from its name ("month", "quarter", "semester", "year"), None for None; BadInput otherwise."""
    if value is None or isinstance(value, Grain):
        return value
    try:
        return Grain(str(value).strip().lower())
    except ValueError:
        raise BadInput("bad_grain", str(value)) from None


def roll_up(period: Period, to: str | Grain) -> Period:
    """The period of a coarser (or the same) kind that contains ``period``; BadInput for a finer kind."""
    target = grain_of(to)
    assert target is not None
    if target == period.kind:
        return period
    if target.months < period.kind.months:
        raise BadInput("grain_too_fine", f"{period.text} -> {target.value}")
    return Period(period.year, target, (period.first_month - 1) // target.months + 1)


def period_range(first: Period, last: Period) -> list[Period]:
    """Every period from ``first`` to ``last`` (same kind), both included."""
    if first.kind != last.kind:
        raise BadInput("mixed_periods", f"{first.text} {last.text}")
    return [Period.from_ordinal(first.kind, n) for n in range(first.ordinal, last.ordinal + 1)]


__all__ = ["Grain", "Period", "grain_of", "parse_period", "period_range", "roll_up"]
