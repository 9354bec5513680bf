"""A series: a dataset whose rows carry their period, with each period's data added and checked as it arrives.

The model (see ``domain.revisions`` for how revisions and periods fit together):

- A dataset with a grain (month, quarter, semester or year) is a **series**. Its first PERIOD column holds
  each row's period in the stored form ("2024-03", "2024-Q1", "2024-S1", "2024"); every period of the
  series is of the series' grain.
- Within the current revision every period present has a state: **draft** (added, being prepared),
  **checking** (sent to step 2) or **validated** (passed step 2). The periods that are not validated
  form the **open batch**: they go through steps 1–2 together (one "Kirim ke Pemeriksaan", one check
  run, one confirmation, one "Tandai Tervalidasi"). A series has at most one open batch.
- A period is **added** (imported) while the open batch is still in draft: it joins the batch. While
  the batch is being checked nothing is added (finish or return it first). A period already present
  is replaced only while it is a draft; a validated period changes only through a new revision
  (which makes every period of the copy a draft again).
- The series' **chips** show, for each period it should have, whether its data is missing, draft,
  checking or validated, so a gap is visible at a glance. The periods it should have run from the
  first period present to the last one present, or on to the last period that has already ended
  within the year the dataset's own ``period`` metadata names (a 2024 monthly series viewed in May
  2024 with data up to March shows April as missing, not May).

Pure Python: no storage, no Qt.
"""

from __future__ import annotations

import datetime as dt
import enum
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from desktop_app.domain.errors import BadInput, NotAllowed
from desktop_app.domain.periods import Grain, Period, parse_heading, parse_period, period_range


class PeriodState(str, enum.Enum):
    """Where one period of a series stands (``MISSING``: expected but without data)."""

    MISSING = "missing"
    DRAFT = "draft"
    CHECKING = "checking"
    VALIDATED = "validated"

    @property
    def open(self) -> bool:
        """Part of the open batch (added but not validated)."""
        return self in (PeriodState.DRAFT, PeriodState.CHECKING)


# Indonesian (and English) frequency words of the metadata -> the grain of a series.
_FREQUENCY_WORDS = (
    (Grain.MONTH, ("bulan", "month")),
    (Grain.QUARTER, ("triwulan", "kuartal", "quarter", "tiga bulan")),
    (Grain.SEMESTER, ("semester", "enam bulan", "half")),
    (Grain.YEAR, ("tahun", "year", "annual")),
)


def grain_of_frequency(frequency: str) -> Grain | None:
    """The grain a frequency word names ("bulanan" -> month, "Triwulanan" -> quarter); None for others."""
    word = " ".join(frequency.strip().lower().split())
    if not word:
        return None
    for grain, words in _FREQUENCY_WORDS:
        if any(w in word for w in words):
            return grain
    return None


FREQUENCY_OF_GRAIN = {Grain.MONTH: "bulanan", Grain.QUARTER: "triwulanan", Grain.SEMESTER: "semesteran",
                      Grain.YEAR: "tahunan"}
"""The metadata frequency word a new series of a grain gets."""


def series_period(text: object, grain: Grain | None = None) -> Period:
    """The period a user named for a series ("2024-04", "2024-Q1", "Maret 2024", a sheet "Jan 2024").

    BadInput("bad_period_text") when it names none or no year; BadInput("period_wrong_grain") when the
    series has another grain.
    """
    found = parse_period(text.strip() if isinstance(text, str) else text)
    if found is None:
        heading = parse_heading(text)
        if heading is None or heading.year is None:
            raise BadInput("bad_period_text", str(text))
        found = heading.period()
    if grain is not None and found.kind != grain:
        raise BadInput("period_wrong_grain", f"{found.text} {grain.value}")
    return found


def sheet_period(name: str, year: int | None = None) -> Period | None:
    """The period a worksheet's name gives ("Jan", "Januari 2024", "2024-01", "TW I"), or None.

    A name without a year takes ``year`` (the year in the file name or title), else None.
    """
    heading = parse_heading(name)
    if heading is None:
        return None
    if heading.year is None and year is None:
        return None
    return heading.period(year)


@dataclass(frozen=True)
class Chip:
    """One period of a series as its chip shows it."""

    period: Period
    state: PeriodState
    rows: int = 0


def expected_periods(present: Iterable[Period], grain: Grain, today: dt.date, coverage: str = "") -> list[Period]:
    """The periods a series should have: first present .. last present, extended to the last period that
    has ended within the ``coverage`` period (the dataset's ``period`` metadata, e.g. "2024")."""
    periods = sorted(p for p in present if p.kind == grain)
    covered = parse_period(coverage) if coverage else None
    first = periods[0] if periods else None
    last = periods[-1] if periods else None
    if covered is not None and covered.kind.months >= grain.months:
        start = Period(covered.year, grain, (covered.first_month - 1) // grain.months + 1)
        end_month = covered.first_month + covered.kind.months - 1
        end = Period(covered.year, grain, (end_month - 1) // grain.months + 1)
        ended = last_ended(grain, today)
        if ended is not None and ended < end:
            end = ended
        if first is None or start < first:
            first = start if start <= end else first
        if last is None or (end > last and end >= start):
            last = end
    if first is None or last is None or last < first:
        return periods
    return period_range(first, last)


def last_ended(grain: Grain, today: dt.date) -> Period | None:
    """The last period of ``grain`` that has ended before ``today``."""
    current = Period(today.year, grain, (today.month - 1) // grain.months + 1)
    return current.previous()


def chips(states: Mapping[Period, tuple[PeriodState, int]], grain: Grain, today: dt.date,
          coverage: str = "") -> list[Chip]:
    """A chip per expected period: its state and row count, MISSING where there is no data."""
    expected = expected_periods(states, grain, today, coverage)
    return [Chip(p, *states.get(p, (PeriodState.MISSING, 0))) for p in expected]


def gaps(chip_list: Iterable[Chip]) -> list[Period]:
    """The periods whose data is missing."""
    return [c.period for c in chip_list if c.state == PeriodState.MISSING]


# --- the rules of adding a period ----------------------------------------------------------------------
def check_addition(period: Period, grain: Grain, existing: Mapping[Period, PeriodState], *,
                   revision_checking: bool = False) -> bool:
    """Whether adding ``period``'s data is allowed; True when it replaces a draft period already present.

    BadInput("period_wrong_grain") for a period of another grain; NotAllowed("state") while the open
    batch (or the revision itself) is being checked; NotAllowed("period_present") for a period that is
    checking or validated (a validated period changes only through a new revision).
    """
    if period.kind != grain:
        raise BadInput("period_wrong_grain", f"{period.text} {grain.value}")
    if revision_checking or any(state == PeriodState.CHECKING for state in existing.values()):
        raise NotAllowed("state", f"add {period.text} while checking")
    state = existing.get(period)
    if state is None:
        return False
    if state == PeriodState.DRAFT:
        return True
    raise NotAllowed("period_present", period.text)


def open_periods(states: Mapping[Period, PeriodState]) -> list[Period]:
    """The periods of the open batch, in order."""
    return sorted(p for p, state in states.items() if state.open)


__all__ = ["FREQUENCY_OF_GRAIN", "Chip", "PeriodState", "check_addition", "chips", "expected_periods", "gaps",
           "grain_of_frequency", "last_ended", "open_periods", "series_period", "sheet_period"]
