"""Work sessions inside one step occurrence: who had the item open for work, from when to when.

The SOP's standard times (mutu baku) are the time an activity takes when someone does it, so PADI
judges a step on its **work time**, not on the time the item sat in a queue. Work is written to the
hash-chained log as it happens:

- ``work_started``: the responsible person opened the item for work in its stage tab (the first time
  in this occurrence); ``work_resumed``: they came back to it. Both open a session of that person.
- ``work_paused``: they left it (another item or tab, PADI locked, logged out or closed, idle, or an
  explicit pause). A pause may name an earlier moment in its detail (``"from"``): the last input
  before an idle pause, or the moment the person switched away; it never reaches back before the
  session began, and never past the entry itself.
- The action that completes the step ends every session still running at that moment.

A person has at most one session per item; a start while one runs, or a pause without one, changes
nothing. Two people working on the same occurrence at once count once: the occurrence's work time is
the office time during which at least one of them worked (the union of their sessions); each
person's own work time is the sum of their own sessions.

``TimingRules`` are the office's settings for this: after how many idle minutes work pauses, and
after how many working days of waiting a step gets its own warning.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field

from desktop_app.domain.errors import BadInput
from desktop_app.domain.steps import Step
from desktop_app.domain.working_time import WorkCalendar

WORK_STARTED = "work_started"
WORK_PAUSED = "work_paused"
WORK_RESUMED = "work_resumed"
WORK_ACTIONS = frozenset({WORK_STARTED, WORK_PAUSED, WORK_RESUMED})


class PauseReason:
    """Why a session paused (codes in the log's detail; documents word them)."""

    SWITCHED = "switched"  # another item or tab was opened
    IDLE = "idle"  # no input for the office's idle minutes
    LOCKED = "locked"  # the screen was locked
    LOGOUT = "logout"  # logged out, switched user, or PADI closed
    EXPLICIT = "explicit"  # the person pressed "Jeda"
    UNCLOSED = "unclosed"  # PADI ended without closing it (found at the next login)


@dataclass(frozen=True)
class WorkSpan:
    """One session of one person on one step occurrence."""

    actor: str
    actor_id: int | None
    start: dt.datetime
    end: dt.datetime | None  # None: still running
    seconds: float  # office time (to ``now`` while running)

    @property
    def running(self) -> bool:
        return self.end is None

    @property
    def key(self) -> object:
        return actor_key(self.actor_id, self.actor)


def actor_key(actor_id: int | None, actor: str) -> object:
    """Who a session belongs to: the user id, or the name for entries without one."""
    return actor_id if actor_id is not None else actor


def pause_moment(at: dt.datetime, detail: Mapping, started: dt.datetime) -> dt.datetime:
    """When a pause takes effect: the entry's time, or the earlier moment its detail names, never before ``started``."""
    moment = at
    named = detail.get("from") if detail else None
    if named:
        try:
            moment = min(at, dt.datetime.fromisoformat(str(named)))
        except ValueError:
            moment = at
    return max(moment, started)


def union_seconds(spans: Iterable[WorkSpan], calendar: WorkCalendar, now: dt.datetime) -> float:
    """Office time during which at least one of the spans ran (overlaps count once)."""
    merged: list[list[dt.datetime]] = []
    for start, end in sorted((s.start, s.end or now) for s in spans):
        if merged and start <= merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], end)
        else:
            merged.append([start, end])
    return sum(calendar.working_seconds(a, b) for a, b in merged)


@dataclass
class SessionBook:
    """The sessions of one step occurrence while its log is read in order."""

    calendar: WorkCalendar
    running: dict[object, tuple[str, int | None, dt.datetime]] = field(default_factory=dict)
    spans: list[WorkSpan] = field(default_factory=list)

    def start(self, at: dt.datetime, actor: str, actor_id: int | None) -> None:
        self.running.setdefault(actor_key(actor_id, actor), (actor, actor_id, at))

    def pause(self, at: dt.datetime, actor: str, actor_id: int | None, detail: Mapping) -> None:
        found = self.running.pop(actor_key(actor_id, actor), None)
        if found is not None:
            name, user_id, began = found
            end = pause_moment(at, detail, began)
            self.spans.append(WorkSpan(name, user_id, began, end, self.calendar.working_seconds(began, end)))

    def close(self, at: dt.datetime) -> tuple[WorkSpan, ...]:
        """The occurrence ended at ``at``: every running session ends with it; the book is emptied."""
        for name, user_id, began in self.running.values():
            self.spans.append(WorkSpan(name, user_id, began, at, self.calendar.working_seconds(began, at)))
        spans = tuple(sorted(self.spans, key=lambda s: s.start))
        self.running.clear()
        self.spans = []
        return spans

    def snapshot(self, now: dt.datetime) -> tuple[WorkSpan, ...]:
        """The sessions so far of a still open occurrence; running ones run to ``now``."""
        live = [WorkSpan(name, user_id, began, None, self.calendar.working_seconds(began, now))
                for name, user_id, began in self.running.values()]
        return tuple(sorted(self.spans + live, key=lambda s: s.start))

    def is_running(self, actor_id: int | None, actor: str = "") -> bool:
        return actor_key(actor_id, actor) in self.running

    def has_worked(self, actor_id: int | None, actor: str = "") -> bool:
        key = actor_key(actor_id, actor)
        return key in self.running or any(s.key == key for s in self.spans)


# --- the office's settings -------------------------------------------------------------------
DEFAULT_IDLE_MINUTES = 5
IDLE_MINUTES_RANGE = (1, 60)
WAIT_DAYS_RANGE = (1, 60)
WAITING_STEPS = (Step.PREPARE, Step.VALIDATE, Step.PROCESS, Step.PRESENT, Step.SUBMIT, Step.REVIEW, Step.PUBLISH)
"""Steps that can wait in a queue (step 8 is timed by the backup itself)."""
DEFAULT_WAIT_WARN_DAYS: Mapping[Step, int] = {
    Step.PREPARE: 3, Step.VALIDATE: 3, Step.PROCESS: 5, Step.PRESENT: 2, Step.SUBMIT: 2, Step.REVIEW: 2,
    Step.PUBLISH: 2,
}


@dataclass(frozen=True)
class TimingRules:
    """Idle minutes after which work pauses; working days of waiting after which a step is flagged."""

    wait_warn_days: Mapping[Step, int] = field(default_factory=lambda: dict(DEFAULT_WAIT_WARN_DAYS))
    idle_minutes: int = DEFAULT_IDLE_MINUTES

    def __post_init__(self) -> None:
        low, high = IDLE_MINUTES_RANGE
        if not low <= int(self.idle_minutes) <= high:
            raise BadInput("bad_timing_rules", f"idle {self.idle_minutes}")
        low, high = WAIT_DAYS_RANGE
        for step in WAITING_STEPS:
            days = self.wait_warn_days.get(step)
            if days is None or not low <= int(days) <= high:
                raise BadInput("bad_timing_rules", f"step {int(step)}: {days}")

    def wait_limit_seconds(self, step: Step, calendar: WorkCalendar) -> float | None:
        """The waiting warning of a step in office seconds (None for step 8)."""
        days = self.wait_warn_days.get(step) if step in WAITING_STEPS else None
        return None if days is None else days * calendar.working_day_seconds

    def wait_limits(self, calendar: WorkCalendar) -> dict[Step, float]:
        return {step: self.wait_limit_seconds(step, calendar) for step in WAITING_STEPS}

    def to_dict(self) -> dict:
        return {"idle_minutes": int(self.idle_minutes),
                "wait_warn_days": {str(int(s)): int(d) for s, d in sorted(self.wait_warn_days.items())}}

    @classmethod
    def from_dict(cls, data: Mapping) -> TimingRules:
        """Read stored rules; missing values take the defaults; BadInput('bad_timing_rules') for nonsense."""
        days = dict(DEFAULT_WAIT_WARN_DAYS)
        try:
            for key, value in dict(data.get("wait_warn_days") or {}).items():
                days[Step(int(key))] = int(value)
            idle = int(data.get("idle_minutes", DEFAULT_IDLE_MINUTES))
        except (TypeError, ValueError) as err:
            raise BadInput("bad_timing_rules", str(err)) from err
        return cls(days, idle)


DEFAULT_RULES = TimingRules()
