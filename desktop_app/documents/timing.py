"""SOP timing as plain documents: the Laporan Pelaksanaan (timing report), its list lines, and one item's
steps for its Lembar Kendali SOP (control sheet)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from desktop_app.documents.letterhead import Letterhead, Signer
from desktop_app.domain.sop_timing import HolderFigures, StepFigures, StepRun, Timeline
from desktop_app.domain.steps import Step
from desktop_app.domain.work_sessions import DEFAULT_RULES, TimingRules
from desktop_app.domain.working_time import DEFAULT_CALENDAR, WorkCalendar

HEAD_QUEUE = "Kepala Dinas"  # who holds the queue of step 6 (the head, or the acting head)


@dataclass(frozen=True)
class ObjectTiming:
    """One dataset or publication with its step occurrences (the Lembar Kendali SOP)."""

    object_type: str
    object_id: int
    label: str
    state: str
    timeline: Timeline
    sample: bool = False
    day_seconds: float = DEFAULT_CALENDAR.working_day_seconds  # an office day, for writing durations
    author: str = ""
    wait_limits: dict[Step, float | None] = field(default_factory=dict)  # seconds of waiting that get a warning
    batch: str = ""  # a series' batch of new periods ("2024-04"): steps 1-2 of those periods

    @property
    def runs(self) -> tuple[StepRun, ...]:
        return self.timeline.runs

    @property
    def holder(self) -> str:
        """Who the item waits for now: the head in step 6, its author otherwise."""
        current = self.timeline.current
        return HEAD_QUEUE if current is not None and current.step == Step.REVIEW else self.author


@dataclass(frozen=True)
class Listed:
    """One line of a report list: when, what, who, and a remark."""

    at: dt.datetime
    label: str
    actor: str
    remark: str = ""


@dataclass(frozen=True)
class PerformanceReport:
    """Laporan Pelaksanaan Pengelolaan Data dan Informasi for a period (and optionally one employee)."""

    start: dt.date
    end: dt.date
    employee: str  # "" for the whole office
    made_at: dt.datetime
    letterhead: Letterhead
    signer: Signer
    figures: dict[Step, StepFigures]
    actions: int  # activity-log entries in the period (by the employee)
    items: int  # datasets and publications that finished a step in the period
    approved: tuple[Listed, ...]
    returned: tuple[Listed, ...]
    published: tuple[Listed, ...]
    confirmations: tuple[Listed, ...]
    backups: tuple[Listed, ...]
    sample: bool
    day_seconds: float = DEFAULT_CALENDAR.working_day_seconds
    holders: tuple[HolderFigures, ...] = ()  # per person who completed steps: their work and waiting
    calendar: WorkCalendar = DEFAULT_CALENDAR
    rules: TimingRules = DEFAULT_RULES
    chain_head: tuple[int, str] = (0, "")  # the activity log's newest entry when the report was made
    revisions: tuple[Listed, ...] = ()  # new revisions of datasets (each a new round of steps 1-4)
    periods: tuple[Listed, ...] = ()  # periods of series that passed step 2 (each batch its own steps 1-2)

    @property
    def finished(self) -> int:
        return sum(f.count for f in self.figures.values())

    @property
    def on_time(self) -> int:
        return sum(f.on_time for f in self.figures.values())

    @property
    def judged(self) -> int:
        """Finished steps with a verdict (the rest finished without a start entry)."""
        return sum(f.judged for f in self.figures.values())

    @property
    def unrecorded(self) -> int:
        return self.finished - self.judged
