"""What every use case shares: the database, the clock, the logged-in actor, permissions, logging."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

from sqlalchemy.orm import Session

from desktop_app.domain.errors import NotAllowed
from desktop_app.domain.roles import Action, Actor, PermissionMatrix
from desktop_app.domain.steps import Step, standard_time
from desktop_app.storage import activity_log
from desktop_app.storage.database import Database
from desktop_app.storage.models import Setting

Clock = Callable[[], dt.datetime]


def system_clock() -> dt.datetime:
    """Local wall-clock time without a zone (the office works in one zone)."""
    return dt.datetime.now().replace(microsecond=0)


class ServiceContext:
    """Shared by all services of one open database; holds who is logged in."""

    def __init__(self, db: Database, clock: Clock = system_clock) -> None:
        self.db = db
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
