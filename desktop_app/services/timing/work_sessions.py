"""Recording work on an item as it happens: the start, pause and resume entries of the activity log.

The GUI says when the logged-in person opens an item in its stage tab for work, leaves it, or comes
back (``gui.work_tracker``); this service turns that into log entries, and only when something
changes: a start while the person's session already runs, a pause when none runs, an item in no open
step, or a person whose role does not do that step writes nothing. Whether a session runs is read
from the log itself (``domain.sop_timing.open_sessions``), so what the report counts and what this
service believes are the same thing.

Who may work on a step is who may take its actions (the office's permission matrix): step 1 editing
a dataset; step 2 checking or validating; step 3 processing; step 4 presenting; step 5 submitting to
the head; step 6 approving (the head, or the acting head); step 7 publishing. Step 8 is timed by the
backup itself and has no sessions.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from desktop_app.domain.roles import Action, Actor
from desktop_app.domain.sop_timing import TIMING_ACTIONS, LogEvent, by_timeline, open_sessions
from desktop_app.domain.steps import Step
from desktop_app.domain.work_sessions import WORK_ACTIONS, WORK_PAUSED, WORK_RESUMED, WORK_STARTED, PauseReason
from desktop_app.domain.working_time import DEFAULT_CALENDAR
from desktop_app.services.runtime import ServiceContext
from desktop_app.storage.models import Dataset, LogEntry, Publication

STEP_ACTIONS: dict[Step, tuple[Action, ...]] = {
    Step.PREPARE: (Action.EDIT_DATASET,),
    Step.VALIDATE: (Action.CHECK_DATASET, Action.VALIDATE_DATASET),
    Step.PROCESS: (Action.PROCESS_DATASET,),
    Step.PRESENT: (Action.PRESENT_DATASET,),
    Step.SUBMIT: (Action.SUBMIT_PUBLICATION,),
    Step.REVIEW: (Action.APPROVE_PUBLICATION,),
    Step.PUBLISH: (Action.PUBLISH_PUBLICATION,),
}
OBJECT_TYPES = ("dataset", "publication")
ObjectKey = tuple[str, int]


class WorkService:
    """Start, pause and resume the logged-in person's work on a dataset or publication."""

    def __init__(self, ctx: ServiceContext) -> None:
        self.ctx = ctx
        self._started: set[ObjectKey] = set()  # sessions this program started (paused again at logout)

    # --- asking --------------------------------------------------------------------------------
    def is_running(self, object_type: str, object_id: int) -> bool:
        """Whether the logged-in person's session on the item runs now."""
        actor = self.ctx.actor
        if actor is None or object_type not in OBJECT_TYPES:
            return False
        with self.ctx.db.reading() as s:
            step, book = _sessions(s, object_type, object_id, self.ctx.now())
            return step is not None and book.is_running(actor.user_id)

    def may_work(self, object_type: str, object_id: int) -> bool:
        """Whether the logged-in person does the step the item is in now (so their work on it is recorded)."""
        actor = self.ctx.actor
        if actor is None or object_type not in OBJECT_TYPES:
            return False
        with self.ctx.db.reading() as s:
            step, _book = _sessions(s, object_type, object_id, self.ctx.now())
            return self._may(s, actor, step)

    # --- recording -----------------------------------------------------------------------------
    def start(self, object_type: str, object_id: int, *, via: str = "open") -> str:
        """Start (or resume) the person's session; returns the action written, or "" when nothing changed.

        ``via`` says what started it in the log's detail: "open" (the item opened in its tab), "check"
        (Jalankan Pemeriksaan), "explicit" (the Mulai button).
        """
        actor = self.ctx.actor
        if actor is None or object_type not in OBJECT_TYPES:
            return ""
        with self.ctx.db.reading() as s:
            if not self._start_needed(s, actor, object_type, object_id):
                return ""
        with self.ctx.db.unit_of_work() as s:  # decided again under the write lock
            if not self._start_needed(s, actor, object_type, object_id):
                return ""
            step, book = _sessions(s, object_type, object_id, self.ctx.now())
            action = WORK_RESUMED if book.has_worked(actor.user_id) else WORK_STARTED
            self.ctx.log(s, action, step=step, object_type=object_type, object_id=object_id,
                         object_label=_label(s, object_type, object_id), detail={"via": via})
        self._started.add((object_type, object_id))
        return action

    def pause(self, object_type: str, object_id: int, *, reason: str = PauseReason.SWITCHED,
              stopped_at: dt.datetime | None = None) -> bool:
        """Pause the person's session if it runs; ``stopped_at``: when the work really stopped (the last input
        before an idle pause, the moment they switched away), recorded when it is earlier than now."""
        actor = self.ctx.actor
        if actor is None or object_type not in OBJECT_TYPES:
            return False
        with self.ctx.db.reading() as s:
            if not _running(s, actor, object_type, object_id, self.ctx.now()):
                self._started.discard((object_type, object_id))
                return False
        with self.ctx.db.unit_of_work() as s:
            return self._pause(s, actor, object_type, object_id, reason, stopped_at)

    def pause_own(self, session: Session, reason: str, stopped_at: dt.datetime | None = None) -> int:
        """Inside the caller's unit of work: pause every session this program started that still runs
        (at logout or when the screen locks). Sessions of other programs on the same database are left alone."""
        actor = self.ctx.actor
        if actor is None:
            return 0
        return sum(self._pause(session, actor, kind, oid, reason, stopped_at) for kind, oid in sorted(self._started))

    def close_unclosed(self) -> int:
        """At login: pause the person's sessions that a program ended without pausing (a crash, a power cut),
        as of the last entry they wrote before this login. Returns how many were paused."""
        actor = self.ctx.actor
        if actor is None:
            return 0
        with self.ctx.db.reading() as s:
            candidates = _candidates(s, actor)
            if not candidates:
                return 0
        with self.ctx.db.unit_of_work() as s:
            login_id = s.scalar(select(func.max(LogEntry.id)).where(
                LogEntry.actor_id == actor.user_id, LogEntry.action.in_(("login", "session_unlocked"))))
            before = s.scalar(select(LogEntry.at).where(
                LogEntry.actor_id == actor.user_id, LogEntry.id < (login_id or 0),
                LogEntry.action.not_in(("login", "session_unlocked", "login_failed")))
                .order_by(LogEntry.id.desc()).limit(1))
            return sum(self._pause(s, actor, kind, oid, PauseReason.UNCLOSED, before) for kind, oid in candidates)

    # --- internals -----------------------------------------------------------------------------
    def _may(self, s: Session, actor: Actor, step: Step | None) -> bool:
        if step is None or step not in STEP_ACTIONS:
            return False
        permissions = self.ctx.permissions(s)
        return any(permissions.allows(actor, action) for action in STEP_ACTIONS[step])

    def _start_needed(self, s: Session, actor: Actor, object_type: str, object_id: int) -> bool:
        if _label(s, object_type, object_id) is None:
            return False
        step, book = _sessions(s, object_type, object_id, self.ctx.now())
        return self._may(s, actor, step) and not book.is_running(actor.user_id)

    def _pause(self, s: Session, actor: Actor, object_type: str, object_id: int, reason: str,
               stopped_at: dt.datetime | None) -> bool:
        self._started.discard((object_type, object_id))
        now = self.ctx.now()
        step, book = _sessions(s, object_type, object_id, now)
        if step is None or not book.is_running(actor.user_id):
            return False
        detail: dict[str, str] = {"reason": reason}
        if stopped_at is not None and stopped_at < now:
            detail["from"] = stopped_at.replace(microsecond=0).isoformat()
        self.ctx.log(s, WORK_PAUSED, step=step, object_type=object_type, object_id=object_id,
                     object_label=_label(s, object_type, object_id) or "", detail=detail)
        return True


def _events(s: Session, object_type: str, object_id: int) -> list[LogEvent]:
    return [LogEvent(e.at, e.action, e.actor_name, e.actor_role, e.object_type, e.object_id, e.duration_seconds,
                     dict(e.detail or {}), e.actor_id, e.step, e.id)
            for e in s.scalars(select(LogEntry).where(
                LogEntry.object_type == object_type, LogEntry.object_id == object_id,
                LogEntry.action.in_(TIMING_ACTIONS)).order_by(LogEntry.id))]


def _sessions(s: Session, object_type: str, object_id: int, now: dt.datetime):  # (Step | None, SessionBook)
    # Only whether sessions run matters here, not their length: the default calendar will do.
    # A series may have new periods in steps 1-2 beside its own timeline: their batch's open step first.
    lines = by_timeline(_events(s, object_type, object_id))
    found = None
    for key in sorted(lines, reverse=True):  # batches ("2024-04") before the object's own timeline ("")
        step, book = open_sessions(lines[key], DEFAULT_CALENDAR, now)
        if step is not None:
            return step, book
        found = found or (step, book)
    return found


def _running(s: Session, actor: Actor, object_type: str, object_id: int, now: dt.datetime) -> bool:
    step, book = _sessions(s, object_type, object_id, now)
    return step is not None and book.is_running(actor.user_id)


def _candidates(s: Session, actor: Actor) -> list[ObjectKey]:
    """Items whose last work entry by the actor started or resumed a session (it may still run)."""
    last: dict[ObjectKey, str] = {}
    for kind, oid, action in s.execute(select(LogEntry.object_type, LogEntry.object_id, LogEntry.action).where(
            LogEntry.actor_id == actor.user_id, LogEntry.action.in_(WORK_ACTIONS)).order_by(LogEntry.id)):
        last[(kind, oid)] = action
    return sorted(key for key, action in last.items() if action != WORK_PAUSED)


def _label(s: Session, object_type: str, object_id: int) -> str | None:
    if object_type == "dataset":
        ds = s.get(Dataset, object_id)
        return ds.name if ds is not None else None
    if object_type == "publication":
        pub = s.get(Publication, object_id)
        return pub.title if pub is not None else None
    return None
