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


# --- column headings that name a period ------------------------------------------------------------
MONTH_NAMES: dict[str, int] = {}
for _number, _names in enumerate((
    ("januari", "jan", "january"),
    ("februari", "feb", "pebruari", "peb", "february"),
    ("maret", "mar", "march"),
    ("april", "apr"),
    ("mei", "may"),
    ("juni", "jun", "june"),
    ("juli", "jul", "july"),
    ("agustus", "agu", "agt", "ags", "agus", "aug", "august"),
    ("september", "sep", "sept"),
    ("oktober", "okt", "oct", "october"),
    ("november", "nov", "nop", "nopember"),
    ("desember", "des", "dec", "december"),
), start=1):
    for _name in _names:
        MONTH_NAMES[_name] = _number

_ROMAN_NUMBERS = {"i": 1, "ii": 2, "iii": 3, "iv": 4, "1": 1, "2": 2, "3": 3, "4": 4}
_YEAR = r"(?:\s*[-/,]?\s*(?:tahun|thn|th|ta)?\s*(?P<year>(?:19|20)\d{2}))?"
_HEADINGS = (
    (Grain.QUARTER, re.compile(r"(?:triwulan|trw|tw|kuartal|kwartal|quarter|qtr|q)\s*(?:ke\s*)?[-.]?\s*"
                               r"(?P<index>iv|iii|ii|i|[1-4])" + _YEAR)),
    (Grain.SEMESTER, re.compile(r"(?:semester|smt|sem)\s*(?:ke\s*)?[-.]?\s*(?P<index>ii|i|[12])" + _YEAR)),
    (Grain.MONTH, re.compile(r"(?:bulan\s+)?(?P<month>[a-z]+)\.?" + _YEAR)),
    (Grain.YEAR, re.compile(r"(?:tahun|thn|th|ta|year)?\s*(?P<year>(?:19|20)\d{2})")),
)
_YEAR_FIRST = re.compile(r"(?P<year>(?:19|20)\d{2})\s*[-/ ]\s*(?:(?P<q>q|tw|triwulan)|(?P<s>s|smt|semester))\s*[-.]?\s*"
                         r"(?P<index>iv|iii|ii|i|[1-4])")


@dataclass(frozen=True)
class Heading:
    """A period a column heading names: "Januari" (no year), "TW I 2024", "Semester II", "2024"."""

    kind: Grain
    index: int  # 1-based within the year; 1 for a year
    year: int | None = None

    def period(self, year: int | None = None) -> Period:
        """The period, in the heading's own year or else ``year``; BadInput when neither is known."""
        known = self.year if self.year is not None else year
        if known is None:
            raise BadInput("period_year_needed", self.kind.value)
        return Period(known, self.kind, self.index)


def parse_heading(text: object) -> Heading | None:
    """The period a column heading names, with or without its year; None when it names none.

    Indonesian and English months and their short forms (Januari, Jan, January, Mei, May, Agu, Agt,
    Aug, Okt, Oct, Des, Dec), "Triwulan I", "TW II", "Q3", "Kuartal IV", "Semester I", "Smt 2",
    each optionally with a year ("Jan 2024", "TW I 2024"), a year alone ("2024", "Tahun 2024"),
    the stored forms ("2024-03", "2024-Q1", "2024-S1") and a date (its month).
    """
    if isinstance(text, (dt.date, Period)):
        found = parse_period(text)
        return Heading(found.kind, found.index, found.year) if found else None
    if isinstance(text, (int, float)) and not isinstance(text, bool):
        if float(text).is_integer() and 1900 <= text <= 2100:
            return Heading(Grain.YEAR, 1, int(text))
        return None
    if not isinstance(text, str):
        return None
    folded = " ".join(text.lower().replace("_", " ").split()).strip(" .:")
    if not folded or len(folded) > 30:
        return None
    stored = parse_period(folded.upper() if "q" in folded or "s" in folded else folded)
    if stored is not None and (_ISO_DATE.match(folded) is None or folded.endswith("-01")):
        return Heading(stored.kind, stored.index, stored.year)
    found = _YEAR_FIRST.fullmatch(folded)
    if found:
        kind = Grain.QUARTER if found["q"] else Grain.SEMESTER
        index = _ROMAN_NUMBERS[found["index"]]
        return Heading(kind, index, int(found["year"])) if index <= kind.per_year else None
    for kind, pattern in _HEADINGS:
        found = pattern.fullmatch(folded)
        if not found:
            continue
        year = int(found["year"]) if found["year"] else None
        if kind == Grain.MONTH:
            month = MONTH_NAMES.get(found["month"])
            if month is None:
                continue
            return Heading(kind, month, year)
        if kind == Grain.YEAR:
            return Heading(kind, 1, year)
        return Heading(kind, _ROMAN_NUMBERS[found["index"]], year)
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


__all__ = ["Grain", "Heading", "Period", "grain_of", "parse_heading", "parse_period", "period_range", "roll_up"]
