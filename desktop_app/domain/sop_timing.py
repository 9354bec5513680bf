"""SOP timing of one dataset or publication: when each step started and ended, who acted, on time or late.

The activity log is the only source. Each state-changing entry of an object ends the step the object
was in and starts the next one; a step's duration is office time (``WorkCalendar.working_seconds``)
and its standard is the SOP's standard time as office time (``WorkCalendar.standard_seconds``: the
10 days of step 3 are 10 working days of 7.5 h with the default calendar).

Rules (the report and the control sheet use the same runs, so their counts agree with the log):

- Dataset: created/imported (or made as a recap) starts step 1; the first check run of a draft ends
  step 1 and starts step 2; "validate" ends step 2 (outcome validated) and starts step 3; the first
  output saved of a validated dataset ends step 3 and starts step 4; "present" ends step 4.
- A return in step 2 ends that check round (outcome returned) and starts a new round of step 1
  (rework by the author); the next "start check" starts a new round of step 2. Every round is a
  separate occurrence with its own clock and its own on-time verdict (steps 1 and 2 repeat in the SOP).
- Publication: created starts step 5; "submit" ends step 5 and starts step 6; "approve" ends step 6
  and starts step 7; "publish" ends step 7 (a later re-publication is not a new occurrence).
- A return in step 6 ends that review round (outcome returned) and starts a new round of step 5: the
  time the item waits with its author and submitter counts against step 5, never against the head.
  The head's clock restarts at the resubmission (a new round of step 6).
- Revising an approved publication before it was published abandons the step-7 wait (not counted)
  and starts a new round of step 5.
- Step 8 is the act of saving: the first verified backup that starts after an object's last step
  ends is that object's step 8, timed by the backup itself (its start to its verified end). Waiting
  for the next backup is not timed here; the dashboard warns about the age of the last backup instead.
- An unfinished step is "open": its duration runs to ``now``. A step is nearly late once 80% of its
  standard is spent (``steps.NEARLY_LATE_SHARE``), late once the standard is exceeded.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field

from desktop_app.domain import formatting
from desktop_app.domain.steps import NEARLY_LATE_SHARE, Step, Timeliness, standard_time
from desktop_app.domain.working_time import WorkCalendar


@dataclass(frozen=True)
class LogEvent:
    """What timing needs of one activity-log entry."""

    at: dt.datetime
    action: str
    actor: str = ""
    role: str = ""
    object_type: str = ""
    object_id: int | None = None
    duration_seconds: float | None = None
    detail: Mapping = field(default_factory=dict)
    actor_id: int | None = None


class Outcome:
    """How a step occurrence ended (codes; the GUI and documents word them)."""

    DONE = "done"
    VALIDATED = "validated"
    RETURNED = "returned"
    SUBMITTED = "submitted"
    APPROVED = "approved"
    PUBLISHED = "published"
    PRESENTED = "presented"
    BACKED_UP = "backed_up"


# action -> (outcome of the step it ends, the step it starts)
_STARTS = {"dataset_created": Step.PREPARE, "dataset_imported": Step.PREPARE, "recap_created": Step.PREPARE,
           "publication_created": Step.SUBMIT}
# Entries that move an object only when it is in the given step: the first check run of a draft
# starts step 2, the first output saved of a validated dataset ends step 3 (the moves are not
# logged separately).
_WHEN_OPEN: dict[str, tuple[Step, str, Step | None]] = {
    "checks_run": (Step.PREPARE, Outcome.DONE, Step.VALIDATE),
    "output_saved": (Step.PROCESS, Outcome.DONE, Step.PRESENT),
}
_MOVES: dict[str, tuple[Step, str, Step | None]] = {
    "dataset_start_check": (Step.PREPARE, Outcome.DONE, Step.VALIDATE),
    "dataset_validate": (Step.VALIDATE, Outcome.VALIDATED, Step.PROCESS),
    "dataset_return": (Step.VALIDATE, Outcome.RETURNED, Step.PREPARE),
    "dataset_process": (Step.PROCESS, Outcome.DONE, Step.PRESENT),
    "dataset_present": (Step.PRESENT, Outcome.PRESENTED, None),
    "publication_submitted": (Step.SUBMIT, Outcome.SUBMITTED, Step.REVIEW),
    "publication_approved": (Step.REVIEW, Outcome.APPROVED, Step.PUBLISH),
    "publication_returned": (Step.REVIEW, Outcome.RETURNED, Step.SUBMIT),
    "publication_published": (Step.PUBLISH, Outcome.PUBLISHED, None),
}
BACKUP_ACTION = "backup_made"
TIMED_ACTIONS = frozenset(_STARTS) | frozenset(_MOVES) | frozenset(_WHEN_OPEN) | {"publication_revised"}
"""The actions that move an object through the steps (the rest of the log does not change timing)."""


@dataclass(frozen=True)
class StepRun:
    """One occurrence of a step for one object."""

    step: Step
    round: int  # 1 for the first occurrence of this step, 2 for the second, ...
    start: dt.datetime
    end: dt.datetime | None  # None: still open
    actor: str  # who ended it ("" while open)
    role: str
    seconds: float  # office time spent (to ``now`` while open)
    standard_seconds: float
    outcome: str  # an Outcome code, "" while open
    actor_id: int | None = None

    @property
    def open(self) -> bool:
        return self.end is None

    @property
    def timeliness(self) -> Timeliness:
        return judge(self.seconds, self.standard_seconds)

    @property
    def on_time(self) -> bool:
        return self.seconds <= self.standard_seconds


def judge(seconds: float, standard_seconds: float) -> Timeliness:
    """Late over the standard, nearly late from 80% of it, on time below."""
    if seconds > standard_seconds:
        return Timeliness.LATE
    if seconds >= standard_seconds * NEARLY_LATE_SHARE:
        return Timeliness.NEARLY_LATE
    return Timeliness.ON_TIME


@dataclass(frozen=True)
class Timeline:
    """Every step occurrence of one object, in order, and whether it waits for its step-8 backup."""

    runs: tuple[StepRun, ...]
    awaiting_backup: bool

    @property
    def current(self) -> StepRun | None:
        """The open occurrence (the step the object is in now), if any."""
        return next((r for r in reversed(self.runs) if r.open), None)

    def of_step(self, step: Step) -> tuple[StepRun, ...]:
        return tuple(r for r in self.runs if r.step == step)


def timeline(events: Iterable[LogEvent], calendar: WorkCalendar, now: dt.datetime,
             backups: Sequence[LogEvent] = ()) -> Timeline:
    """The step occurrences of one object from its log events (any order) and the office's backups."""
    runs: list[StepRun] = []
    rounds: dict[Step, int] = {}
    open_step: tuple[Step, dt.datetime] | None = None
    finished_at: dt.datetime | None = None

    def standard(step: Step) -> float:
        return calendar.standard_seconds(standard_time(step))

    def close(step: Step, start: dt.datetime, event: LogEvent, outcome: str) -> None:
        rounds[step] = rounds.get(step, 0) + 1
        runs.append(StepRun(step, rounds[step], start, event.at, event.actor, event.role,
                            calendar.working_seconds(start, event.at), standard(step), outcome, event.actor_id))

    for event in sorted(events, key=lambda e: e.at):
        if event.action in _STARTS and open_step is None and not runs:
            open_step = (_STARTS[event.action], event.at)
        elif event.action == "publication_revised" and event.detail.get("from") == "approved":
            open_step = (Step.SUBMIT, event.at)
            finished_at = None
        elif event.action in _MOVES or (event.action in _WHEN_OPEN and open_step is not None
                                        and open_step[0] == _WHEN_OPEN[event.action][0]):
            ends, outcome, starts = _MOVES.get(event.action) or _WHEN_OPEN[event.action]
            if open_step is not None and open_step[0] == ends:
                start = open_step[1]
            elif ends == Step.PUBLISH and any(r.step == Step.PUBLISH for r in runs):
                continue  # a re-publication of a published item
            else:  # the log lacks the start (older data): the entry's own duration says when the step began
                start = event.at - dt.timedelta(seconds=event.duration_seconds or 0)
            close(ends, start, event, outcome)
            open_step = (starts, event.at) if starts is not None else None
            finished_at = event.at if starts is None else None
    awaiting = False
    if finished_at is not None:
        backup = next((b for b in sorted(backups, key=lambda b: b.at)
                       if b.at - dt.timedelta(seconds=b.duration_seconds or 0) >= finished_at), None)
        if backup is None:
            awaiting = True
        else:
            close(Step.ARCHIVE, backup.at - dt.timedelta(seconds=backup.duration_seconds or 0), backup,
                  Outcome.BACKED_UP)
    if open_step is not None:
        step, start = open_step
        runs.append(StepRun(step, rounds.get(step, 0) + 1, start, None, "", "",
                            calendar.working_seconds(start, now), standard(step), ""))
    return Timeline(tuple(runs), awaiting)


@dataclass(frozen=True)
class StepFigures:
    """Counts and durations of one step's finished occurrences (for the report)."""

    step: Step
    count: int
    on_time: int
    median_seconds: float | None
    longest_seconds: float | None
    standard_seconds: float

    @property
    def on_time_share(self) -> float | None:
        return self.on_time / self.count if self.count else None


def step_figures(runs: Iterable[StepRun], calendar: WorkCalendar) -> dict[Step, StepFigures]:
    """Per step: finished occurrences, how many on time, median and longest office time."""
    by_step: dict[Step, list[StepRun]] = {step: [] for step in Step}
    for run in runs:
        if not run.open:
            by_step[run.step].append(run)
    result = {}
    for step, items in by_step.items():
        durations = sorted(r.seconds for r in items)
        result[step] = StepFigures(step, len(items), sum(1 for r in items if r.on_time), _median(durations),
                                   durations[-1] if durations else None,
                                   calendar.standard_seconds(standard_time(step)))
    return result


def _median(values: Sequence[float]) -> float | None:
    if not values:
        return None
    mid = len(values) // 2
    return values[mid] if len(values) % 2 else (values[mid - 1] + values[mid]) / 2


def duration_text(seconds: float | None, day_seconds: float) -> str:
    """Office time for people: '8 mnt', '2 jam 5 mnt', '3 hari kerja 2 jam' (a day = ``day_seconds``)."""
    return formatting.duration(seconds, day_seconds, "hari kerja")
