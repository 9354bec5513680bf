"""Material for e-Kinerja: one employee's SOP activities in a period (a month, usually), day by day
(its workbook: ``render.xlsx.kinerja``).

Each row is what the employee did on one item on one day: the date, the SOP step and its description,
the item, the output (the step's outcome on the day they completed it, otherwise "Dikerjakan"), and
their own work time that day (office time of their sessions, ``domain.work_sessions``). A step they
completed without a start entry has no known work time ("tanpa catatan mulai"). Verified backups are
one row each (step 8 is timed by the backup itself). The rows can be copied into the daily records
of the e-Kinerja application; a second sheet sums them per day.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass

from desktop_app.domain.sop_timing import StepRun
from desktop_app.domain.steps import Step
from desktop_app.domain.working_time import DAY, WorkCalendar

TITLE = "Bahan e-Kinerja: Kegiatan SOP Pengelolaan Data dan Informasi"
WORKING = "Dikerjakan"
KINDS = {"dataset": "Kumpulan Data", "publication": "Publikasi"}


@dataclass(frozen=True)
class KinerjaRow:
    day: dt.date
    step: Step
    item: str
    kind: str  # "dataset", "publication" or "backup"
    output: str
    work_seconds: float | None  # None: completed without a start entry
    note: str = ""


@dataclass(frozen=True)
class KinerjaSheet:
    """One employee's activities in [start, end]."""

    employee: str
    username: str
    nip: str
    rank: str
    role: str
    office: str
    start: dt.date
    end: dt.date
    made_at: dt.datetime
    rows: tuple[KinerjaRow, ...]
    day_seconds: float
    sample: bool = False

    @property
    def work_seconds(self) -> float:
        return sum(r.work_seconds or 0 for r in self.rows)

    def per_day(self) -> list[tuple[dt.date, int, float]]:
        """(date, activities, work seconds) for each day with an activity."""
        days: dict[dt.date, list[KinerjaRow]] = defaultdict(list)
        for row in self.rows:
            days[row.day].append(row)
        return [(day, len(rows), sum(r.work_seconds or 0 for r in rows)) for day, rows in sorted(days.items())]


def kinerja_rows(items: Iterable[tuple[str, str, StepRun]], user_id: int, lo: dt.datetime, hi: dt.datetime,
                 calendar: WorkCalendar, now: dt.datetime, outcomes: dict[str, str]) -> list[KinerjaRow]:
    """The employee's rows from (object type, label, occurrence) triples, for moments in [lo, hi)."""
    rows: list[KinerjaRow] = []
    backups: set[int | None] = set()
    for kind, label, run in items:
        if run.step == Step.ARCHIVE:
            if run.actor_id == user_id and run.end is not None and lo <= run.end < hi \
                    and run.end_entry_id not in backups:
                backups.add(run.end_entry_id)
                rows.append(KinerjaRow(run.end.date(), Step.ARCHIVE, "Cadangan terverifikasi", "backup",
                                       outcomes.get(run.outcome, run.outcome), run.work_seconds))
            continue
        per_day: dict[dt.date, float] = defaultdict(float)
        own = [span for span in run.work if span.actor_id == user_id]
        for span in own:
            a, b = max(span.start, lo), min(span.end or now, hi)
            day = a.date()
            while a < b and day <= b.date():
                seconds = calendar.working_seconds(max(a, dt.datetime.combine(day, dt.time.min)),
                                                   min(b, dt.datetime.combine(day + DAY, dt.time.min)))
                if seconds > 0:
                    per_day[day] += seconds
                day += DAY
        completed = run.end.date() if (run.end is not None and run.actor_id == user_id
                                       and lo <= run.end < hi) else None
        for day in sorted(set(per_day) | ({completed} if completed else set())):
            done = day == completed
            seconds = per_day.get(day, 0.0) if own else None
            note = "tanpa catatan mulai" if seconds is None else ("" if done or run.end is not None else "berjalan")
            rows.append(KinerjaRow(day, run.step, label, kind, outcomes.get(run.outcome, run.outcome) if done
                                   else WORKING, seconds, note))
    return sorted(rows, key=lambda r: (r.day, int(r.step), r.item))


def minutes(seconds: float | None) -> int | None:
    return None if seconds is None else int(round(seconds / 60))
