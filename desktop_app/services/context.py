"""What every use case shares: the database, the clock, the logged-in actor, permissions, logging."""

from __future__ import annotations

import contextlib
import datetime as dt
import threading
from collections.abc import Callable, Iterator
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop_app.domain.errors import NotAllowed
from desktop_app.domain.roles import Action, Actor, PermissionMatrix
from desktop_app.domain.steps import Step, standard_time
from desktop_app.storage import activity_log
from desktop_app.storage.database import Database
from desktop_app.storage.models import LogEntry, Setting

Clock = Callable[[], dt.datetime]


def system_clock() -> dt.datetime:
    """Local wall-clock time without a zone (the office works in one zone)."""
    return dt.datetime.now().replace(microsecond=0)


class RefusalLoggingDatabase:
    """The database as services see it: a refusal (NotAllowed) that ends a unit of work is logged.

    The refusal's own transaction was rolled back, so the "refused" entry is written in a new unit
    of work once the outermost one on this thread has ended (an inner one still holds the write lock).
    Everything else is the wrapped Database's.
    """

    def __init__(self, db: Database, ctx: ServiceContext) -> None:
        self._db = db
        self._ctx = ctx
        self._depth = threading.local()

    def __getattr__(self, name: str) -> Any:
        return getattr(self._db, name)

    @contextlib.contextmanager
    def unit_of_work(self) -> Iterator[Session]:
        with self._logging_refusals(self._db.unit_of_work) as session:
            yield session

    @contextlib.contextmanager
    def reading(self) -> Iterator[Session]:
        with self._logging_refusals(self._db.reading) as session:
            yield session

    @contextlib.contextmanager
    def _logging_refusals(self, open_session: Callable[[], Any]) -> Iterator[Session]:
        depth = getattr(self._depth, "value", 0)
        self._depth.value = depth + 1
        try:
            with open_session() as session:
                yield session
        except NotAllowed as refusal:
            self._depth.value = depth
            if depth == 0 and not getattr(refusal, "logged", False):
                refusal.logged = True  # type: ignore[attr-defined]
                self._ctx.log_refusal(refusal)
            raise
        finally:
            self._depth.value = depth


class ServiceContext:
    """Shared by all services of one open database; holds who is logged in."""

    def __init__(self, db: Database, clock: Clock = system_clock) -> None:
        self.db: Database = RefusalLoggingDatabase(db, self)  # type: ignore[assignment]
        self.clock = clock
        self.actor: Actor | None = None

    def now(self) -> dt.datetime:
        return self.clock()

    def require_actor(self) -> Actor:
        if self.actor is None:
            raise NotAllowed("not_logged_in")
        return self.actor

    def permissions(self, session: Session) -> PermissionMatrix:
        row = session.get(Setting, "permissions")
        return PermissionMatrix.from_dict(row.value) if row else PermissionMatrix()

    def may(self, action: Action) -> bool:
        """Whether the logged-in actor may take an action (for enabling buttons)."""
        if self.actor is None:
            return False
        with self.db.unit_of_work() as session:
            return self.permissions(session).allows(self.actor, action)

    def require(self, session: Session, action: Action) -> Actor:
        """The actor, if the permission matrix lets them take the action; NotAllowed otherwise."""
        actor = self.require_actor()
        if not self.permissions(session).allows(actor, action):
            raise NotAllowed("permission", action.value)
        return actor

    def require_version(self, session: Session, item: Any, base_version: int | None, object_type: str) -> None:
        """Refuse a save prepared on an older version of ``item`` (another PC saved it meanwhile): no lost update.

        ``base_version``: the ``row_version`` the caller loaded (None: no check). The refusal
        ``changed_elsewhere`` names who changed it last and when (``name|ISO time``, from the log).
        """
        if base_version is None or item.row_version == base_version:
            return
        last = session.execute(select(LogEntry.actor_name, LogEntry.at)
                               .where(LogEntry.object_type == object_type, LogEntry.object_id == item.id)
                               .order_by(LogEntry.id.desc()).limit(1)).first()
        raise NotAllowed("changed_elsewhere", f"{last.actor_name}|{last.at.isoformat()}" if last else "")

    def log_refusal(self, refusal: NotAllowed) -> None:
        """Record a refusal (role, state, maker-checker…) in its own unit of work."""
        # Failing to record must not hide the refusal itself from the person refused.
        with contextlib.suppress(Exception), self.db.unit_of_work() as session:
            self.log(session, "refused", detail={"code": refusal.code, "detail": refusal.detail[:200]})

    def log(
        self, session: Session, action: str, *, step: Step | None = None, object_type: str = "",
        object_id: int | None = None, object_label: str = "", detail: dict[str, Any] | None = None,
        since: dt.datetime | None = None, actor: Actor | None = None,
    ) -> None:
        """Write the activity-log entry of this unit of work; ``since`` starts the step's clock."""
        who = actor or self.actor
        now = self.now()
        duration = (now - since).total_seconds() if since is not None else None
        activity_log.append(
            session, at=now, action=action,
            actor_id=who.user_id if who else None,
            actor_name=who.full_name if who else "",
            actor_role=who.title if who else "",
            step=int(step) if step else None, object_type=object_type, object_id=object_id,
            object_label=object_label, detail=detail,
            duration_seconds=duration,
            standard_seconds=standard_time(step).total_seconds() if step else None,
        )
