"""SOP timing of one dataset or publication: when each step started and ended, who worked on it, how long
it waited, on time or late.

The activity log is the only source. Each state-changing entry of an object ends the step the object
was in and starts the next one. A step occurrence has two times, both office time
(``WorkCalendar.working_seconds``):

- its **lead time**, from the item arriving in the step to the action that completes it;
- its **work time**, the sessions in which the responsible people had the item open for work
  (``domain.work_sessions``: the start, pause and resume entries of the log). The rest of the lead
  time is **waiting time** (the item sat in someone's queue).

The standard (the SOP's mutu baku, as office time through ``WorkCalendar.standard_seconds``) judges
the work time: a 10-minute step is on time when it took at most 10 minutes of work, however long it
waited. Waiting has its own warning (``TimingRules``) and never makes a step late. Step 3's ten days
are a lead-time standard (the SOP counts days, not minutes of effort): it is judged on its lead time.
A finished occurrence without any start entry (logs written before work was recorded, or a step
completed without opening the item, e.g. from the command line) has no known work time: it is shown
with its lead time only, "tanpa catatan mulai", and is neither on time nor late.

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
- A new revision of a dataset ("dataset_revised") starts a new round of step 1 (whatever step the
  earlier revision was in is abandoned, not counted); its steps 1-4 are then rounds of their own.
  Deleting a draft revision abandons its open step.
- A series past step 2 takes its new periods through steps 1-2 as a batch while the revision stays in
  step 3 or 4: the entries of a batch carry its key (``detail["batch"]``) and form a timeline of
  their own (``by_timeline``), from the import of its first period (step 1) to "periods_validated"
  (the end of its step 2; steps 3 and 4 are the revision's). Work sessions count in whichever timeline
  has their step open.
- Step 8 is the act of saving: the first verified backup that starts after an object's last step
  ends is that object's step 8, timed by the backup itself (its start to its verified end). Waiting
  for the next backup is not timed here; the dashboard warns about the age of the last backup instead.
- An unfinished step is "open": its times run to ``now`` (work only while a session runs). A step is
  nearly late once 80% of its standard is spent (``steps.NEARLY_LATE_SHARE``), late once the standard
  is exceeded.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field

from desktop_app.domain import formatting
from desktop_app.domain.steps import NEARLY_LATE_SHARE, Step, Timeliness, standard_time
from desktop_app.domain.work_sessions import (
    WORK_ACTIONS,
    WORK_PAUSED,
    SessionBook,
    WorkSpan,
    actor_key,
    union_seconds,
)
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
    step: int | None = None  # the step a work entry was written for
    entry_id: int | None = None


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
    "output_updated": (Step.PROCESS, Outcome.DONE, Step.PRESENT),
}
_MOVES: dict[str, tuple[Step, str, Step | None]] = {
    "dataset_start_check": (Step.PREPARE, Outcome.DONE, Step.VALIDATE),
    "dataset_validate": (Step.VALIDATE, Outcome.VALIDATED, Step.PROCESS),
    "dataset_return": (Step.VALIDATE, Outcome.RETURNED, Step.PREPARE),
    "dataset_process": (Step.PROCESS, Outcome.DONE, Step.PRESENT),
    "dataset_present": (Step.PRESENT, Outcome.PRESENTED, None),
    "periods_validated": (Step.VALIDATE, Outcome.VALIDATED, None),
    "periods_returned": (Step.VALIDATE, Outcome.RETURNED, Step.PREPARE),
    "publication_submitted": (Step.SUBMIT, Outcome.SUBMITTED, Step.REVIEW),
    "publication_approved": (Step.REVIEW, Outcome.APPROVED, Step.PUBLISH),
    "publication_returned": (Step.REVIEW, Outcome.RETURNED, Step.SUBMIT),
    "publication_published": (Step.PUBLISH, Outcome.PUBLISHED, None),
}
BACKUP_ACTION = "backup_made"
REVISED = "dataset_revised"
_RESTARTS = {REVISED, "dataset_deleted", "dataset_restored"}  # a revision made, deleted or brought back
TIMED_ACTIONS = (frozenset(_STARTS) | frozenset(_MOVES) | frozenset(_WHEN_OPEN) | {"publication_revised"}
                 | _RESTARTS)
"""The actions that move an object through the steps."""
TIMING_ACTIONS = TIMED_ACTIONS | WORK_ACTIONS
"""Every action timing reads (the moves and the work sessions; the rest of the log does not change timing)."""
LEAD_TIME_STEPS = frozenset({Step.PROCESS})
"""Steps whose standard is a lead time (step 3: ten working days), judged on lead time, not work time."""


@dataclass(frozen=True)
class StepRun:
    """One occurrence of a step for one object."""

    step: Step
    round: int  # 1 for the first occurrence of this step, 2 for the second, ...
    start: dt.datetime  # the item arrived in the step
    end: dt.datetime | None  # None: still open
    actor: str  # who ended it ("" while open)
    role: str
    seconds: float  # lead time: office time from arrival to the end (to ``now`` while open)
    standard_seconds: float
    outcome: str  # an Outcome code, "" while open
    actor_id: int | None = None
    work: tuple[WorkSpan, ...] = ()  # the work sessions, in order of their start
    work_seconds: float | None = None  # office time someone worked on it; None: finished without a start entry
    end_entry_id: int | None = None  # the log entry that completed it

    @property
    def open(self) -> bool:
        return self.end is None

    @property
    def lead_seconds(self) -> float:
        return self.seconds

    @property
    def recorded(self) -> bool:
        """Whether its work time is known (it has start entries, or is still open)."""
        return self.work_seconds is not None

    @property
    def lead_standard(self) -> bool:
        """Judged on lead time (step 3's ten working days) rather than work time."""
        return self.step in LEAD_TIME_STEPS

    @property
    def wait_seconds(self) -> float | None:
        """Lead time less work time: the time it sat in a queue (None when the work time is unknown)."""
        return None if self.work_seconds is None else max(0.0, self.seconds - self.work_seconds)

    @property
    def measured_seconds(self) -> float | None:
        """What the standard judges: lead time for step 3, work time for the others (None: not judged)."""
        return self.seconds if self.lead_standard else self.work_seconds

    @property
    def judged(self) -> bool:
        return self.measured_seconds is not None

    @property
    def timeliness(self) -> Timeliness | None:
        """On time, nearly late or late on the judged time; None for a step finished without a start entry."""
        measured = self.measured_seconds
        return None if measured is None else judge(measured, self.standard_seconds)

    @property
    def on_time(self) -> bool:
        measured = self.measured_seconds
        return measured is not None and measured <= self.standard_seconds

    @property
    def late(self) -> bool:
        measured = self.measured_seconds
        return measured is not None and measured > self.standard_seconds

    @property
    def running(self) -> bool:
        """Someone is working on it right now."""
        return any(span.running for span in self.work)

    def work_of(self, actor_id: int | None, actor: str = "") -> float:
        """One person's own work time in this occurrence."""
        key = actor_key(actor_id, actor)
        return sum(span.seconds for span in self.work if span.key == key)

    def worked_by(self, actor_id: int | None, actor: str = "") -> bool:
        key = actor_key(actor_id, actor)
        return any(span.key == key for span in self.work)


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
    return _reader(events, calendar, now, backups)[0]


def open_sessions(events: Iterable[LogEvent], calendar: WorkCalendar,
                  now: dt.datetime) -> tuple[Step | None, SessionBook]:
    """The step an object is in now (None: none open) and the work sessions of that occurrence so far."""
    _line, step, book = _reader(events, calendar, now, ())
    return step, book


def _record_work(book: SessionBook, event: LogEvent, open_step: Step | None) -> None:
    """A work session started or paused in the step open (``open_step``)."""
    if open_step is None or (event.step is not None and event.step != int(open_step)):
        return  # work recorded for another step than the one open (a stale window): not counted
    if event.action == WORK_PAUSED:
        book.pause(event.at, event.actor, event.actor_id, event.detail)
    else:
        book.start(event.at, event.actor, event.actor_id)


def _restarted(event: LogEvent) -> Step | None:
    """The step a restarting entry begins (None: the occurrence is abandoned)."""
    if event.action == REVISED and not event.detail.get("batch_closed_here"):
        return Step.PREPARE  # a new revision: a new round of step 1
    if event.action == "dataset_restored" and event.detail.get("state") == "draft":
        return Step.PREPARE
    return None  # abandoned: a deleted draft revision, or a batch carried into a new revision


def _backup_after(backups: Sequence[LogEvent], finished_at: dt.datetime) -> LogEvent | None:
    """The first backup begun once the work finished (step 8 archives it), None before there is one."""
    return next((b for b in sorted(backups, key=lambda b: b.at)
                 if b.at - dt.timedelta(seconds=b.duration_seconds or 0) >= finished_at), None)


def _reader(events: Iterable[LogEvent], calendar: WorkCalendar, now: dt.datetime,
            backups: Sequence[LogEvent]) -> tuple[Timeline, Step | None, SessionBook]:
    runs: list[StepRun] = []
    rounds: dict[Step, int] = {}
    open_step: tuple[Step, dt.datetime] | None = None
    finished_at: dt.datetime | None = None
    book = SessionBook(calendar)

    def standard(step: Step) -> float:
        return calendar.standard_seconds(standard_time(step))

    def close(step: Step, start: dt.datetime, event: LogEvent, outcome: str, work: tuple[WorkSpan, ...]) -> None:
        rounds[step] = rounds.get(step, 0) + 1
        worked = union_seconds(work, calendar, event.at) if work else None
        runs.append(StepRun(step, rounds[step], start, event.at, event.actor, event.role,
                            calendar.working_seconds(start, event.at), standard(step), outcome, event.actor_id,
                            work, worked, event.entry_id))

    def begin(step: Step | None, at: dt.datetime) -> None:
        nonlocal open_step
        book.close(at)  # sessions of an abandoned occurrence are not carried into the next one
        open_step = (step, at) if step is not None else None

    for event in sorted(events, key=lambda e: e.at):
        if event.action in WORK_ACTIONS:
            _record_work(book, event, open_step[0] if open_step is not None else None)
        elif event.action in _STARTS and open_step is None and not runs:
            begin(_STARTS[event.action], event.at)
        elif event.action == "publication_revised" and event.detail.get("from") in ("approved", "published"):
            begin(Step.SUBMIT, event.at)
            finished_at = None
        elif event.action in _RESTARTS:
            begin(_restarted(event), event.at)
            finished_at = None
        elif event.action in _MOVES or (event.action in _WHEN_OPEN and open_step is not None
                                        and open_step[0] == _WHEN_OPEN[event.action][0]):
            ends, outcome, starts = _MOVES.get(event.action) or _WHEN_OPEN[event.action]
            if open_step is not None and open_step[0] == ends:
                start = open_step[1]
                work = book.close(event.at)
            elif ends == Step.PUBLISH and any(r.step == Step.PUBLISH for r in runs):
                continue  # a re-publication of a published item
            else:  # the log lacks the start (older data): the entry's own duration says when the step began
                start = event.at - dt.timedelta(seconds=event.duration_seconds or 0)
                book.close(event.at)  # sessions of another step than the one this entry ends
                work = ()
            close(ends, start, event, outcome, work)
            begin(starts, event.at)
            finished_at = event.at if starts is None else None
    awaiting = False
    if finished_at is not None:
        backup = _backup_after(backups, finished_at)
        if backup is None:
            awaiting = True
        else:  # the backup is its own work: from its start to its verified end, no waiting
            began = backup.at - dt.timedelta(seconds=backup.duration_seconds or 0)
            span = WorkSpan(backup.actor, backup.actor_id, began, backup.at,
                            calendar.working_seconds(began, backup.at))
            close(Step.ARCHIVE, began, backup, Outcome.BACKED_UP, (span,))
    current_step = None
    if open_step is not None:
        step, start = open_step
        current_step = step
        work = book.snapshot(now)
        runs.append(StepRun(step, rounds.get(step, 0) + 1, start, None, "", "",
                            calendar.working_seconds(start, now), standard(step), "", None, work,
                            union_seconds(work, calendar, now)))
    return Timeline(tuple(runs), awaiting), current_step, book


def timeline_key(event: LogEvent) -> str:
    """The timeline of an object an entry belongs to: a series' batch of new periods, or "" (the object's own)."""
    return str(event.detail.get("batch") or "")


def by_timeline(events: Iterable[LogEvent]) -> dict[str, list[LogEvent]]:
    """One object's entries split into its timelines ("" and one per batch of new periods).

    Work entries go to every timeline (each counts only the work of the step it has open); a new
    revision ends the batch it carried along (``detail["batch_closed"]``) as well as starting the
    object's next round of step 1.
    """
    events = list(events)
    keys = {""} | {timeline_key(e) for e in events}
    out: dict[str, list[LogEvent]] = {key: [] for key in keys}
    for event in events:
        if event.action in WORK_ACTIONS:
            for key in keys:
                out[key].append(event)
            continue
        out[timeline_key(event)].append(event)
        closed = event.detail.get("batch_closed") if event.action == REVISED else None
        if closed:
            out.setdefault(str(closed), []).append(LogEvent(
                event.at, event.action, event.actor, event.role, event.object_type, event.object_id,
                event.duration_seconds, {**event.detail, "batch_closed_here": True}, event.actor_id, event.step,
                event.entry_id))
    return {key: evs for key, evs in out.items() if key == "" or any(e.action not in WORK_ACTIONS for e in evs)}


@dataclass(frozen=True)
class StepFigures:
    """Counts and durations of one step's finished occurrences (for the report)."""

    step: Step
    count: int
    on_time: int  # judged occurrences within the standard (work time; lead time for step 3)
    median_seconds: float | None  # lead time
    longest_seconds: float | None  # lead time
    standard_seconds: float
    judged: int = 0  # occurrences with a verdict (the rest finished without a start entry)
    median_work_seconds: float | None = None
    median_wait_seconds: float | None = None
    longest_work_seconds: float | None = None
    waited_long: int = 0  # occurrences that waited longer than the step's waiting warning

    @property
    def on_time_share(self) -> float | None:
        return self.on_time / self.judged if self.judged else None

    @property
    def late(self) -> int:
        return self.judged - self.on_time

    @property
    def unrecorded(self) -> int:
        """Finished without a start entry: lead time only ("tanpa catatan mulai")."""
        return self.count - self.judged

    @property
    def lead_standard(self) -> bool:
        return self.step in LEAD_TIME_STEPS


def step_figures(runs: Iterable[StepRun], calendar: WorkCalendar,
                 wait_limits: Mapping[Step, float | None] | None = None) -> dict[Step, StepFigures]:
    """Per step: finished occurrences, how many judged and on time, median and longest lead, work and wait time."""
    by_step: dict[Step, list[StepRun]] = {step: [] for step in Step}
    for run in runs:
        if not run.open:
            by_step[run.step].append(run)
    result = {}
    for step, items in by_step.items():
        durations = sorted(r.seconds for r in items)
        work = sorted(r.work_seconds for r in items if r.work_seconds is not None)
        waits = sorted(r.wait_seconds for r in items if r.wait_seconds is not None)
        limit = (wait_limits or {}).get(step)
        result[step] = StepFigures(step, len(items), sum(1 for r in items if r.on_time), _median(durations),
                                   durations[-1] if durations else None,
                                   calendar.standard_seconds(standard_time(step)),
                                   sum(1 for r in items if r.judged), _median(work), _median(waits),
                                   work[-1] if work else None,
                                   sum(1 for w in waits if limit is not None and w > limit))
    return result


def waited_long(run: StepRun, wait_limits: Mapping[Step, float | None]) -> bool:
    """Whether an occurrence waited longer than its step's warning (it is flagged, never made late)."""
    limit = wait_limits.get(run.step)
    wait = run.wait_seconds
    return limit is not None and wait is not None and wait > limit


@dataclass(frozen=True)
class HolderFigures:
    """One person's finished occurrences: how long the items waited in their queue and how long they worked."""

    actor: str
    actor_id: int | None
    count: int
    median_work_seconds: float | None
    median_wait_seconds: float | None
    total_wait_seconds: float
    waited_long: int
    unrecorded: int


def holder_figures(runs: Iterable[StepRun], wait_limits: Mapping[Step, float | None]) -> list[HolderFigures]:
    """Per person who completed occurrences (who held the queue): their waits and work, by name."""
    groups: dict[object, list[StepRun]] = {}
    for run in runs:
        if not run.open and run.step != Step.ARCHIVE and run.actor:
            groups.setdefault(actor_key(run.actor_id, run.actor), []).append(run)
    result = []
    for items in groups.values():
        waits = sorted(r.wait_seconds for r in items if r.wait_seconds is not None)
        work = sorted(r.work_seconds for r in items if r.work_seconds is not None)
        result.append(HolderFigures(items[0].actor, items[0].actor_id, len(items), _median(work), _median(waits),
                                    sum(waits), sum(1 for r in items if waited_long(r, wait_limits)),
                                    sum(1 for r in items if not r.recorded)))
    return sorted(result, key=lambda h: h.actor.casefold())


def _median(values: Sequence[float]) -> float | None:
    if not values:
        return None
    mid = len(values) // 2
    return values[mid] if len(values) % 2 else (values[mid - 1] + values[mid]) / 2


def duration_text(seconds: float | None, day_seconds: float) -> str:
    """Office time for people: '8 mnt', '2 jam 5 mnt', '3 hari kerja 2 jam' (a day = ``day_seconds``)."""
    return formatting.duration(seconds, day_seconds, "hari kerja")
