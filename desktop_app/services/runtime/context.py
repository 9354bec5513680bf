"""What every use case shares: the database, the clock, the logged-in actor, permissions, logging."""

from __future__ import annotations

import contextlib
import datetime as dt
import functools
import inspect
import threading
from collections.abc import Callable, Iterator
from typing import Any, TypeVar

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop_app.domain.errors import NotAllowed
from desktop_app.domain.roles import Action, Actor, PermissionMatrix
from desktop_app.domain.steps import Step, standard_time
from desktop_app.storage import activity_log
from desktop_app.storage.database import Database
from desktop_app.storage.models import Dataset, LogEntry, Output, Publication, Setting, User

Clock = Callable[[], dt.datetime]
F = TypeVar("F", bound=Callable[..., Any])

# How a refusal names its object: the model and the attribute people know it by.
_OBJECT_LABELS: dict[str, tuple[type, str]] = {
    "dataset": (Dataset, "name"), "publication": (Publication, "title"), "user": (User, "full_name"),
    "output": (Output, "name"),
}
_MAX_ID = 2**63 - 1


def attempt(code: str, object_type: str = "", id_argument: str = "") -> Callable[[F], F]:
    """Name what a use case attempts, so that its refusal is logged with what was refused.

    ``code`` is the log action the call writes when it succeeds ("publication_approved"); with
    ``object_type`` the argument ``id_argument`` (default ``<object_type>_id``) is the id of the object
    it acts on. Works on methods of a service (``self.ctx``) and on functions taking ``services`` or ``ctx``.
    """
    def decorate(function: F) -> F:
        signature = inspect.signature(function)
        id_name = id_argument or f"{object_type}_id"

        @functools.wraps(function)
        def run(*args: Any, **kwargs: Any) -> Any:
            try:
                bound = signature.bind_partial(*args, **kwargs).arguments
            except TypeError:
                return function(*args, **kwargs)  # let Python say what is wrong with the call
            holder = bound.get("self") or bound.get("services")
            ctx = bound.get("ctx") or getattr(holder, "ctx", None)
            if not isinstance(ctx, ServiceContext):
                return function(*args, **kwargs)
            object_id = bound.get(id_name) if object_type else None
            with ctx.attempting(code, object_type, object_id):
                return function(*args, **kwargs)
        return run  # type: ignore[return-value]
    return decorate


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
        if depth == 0:
            self._ctx.forget_required()  # the permission checked by an earlier unit of work is not this one's
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
        self._attempt = threading.local()  # what the running use case attempts (see ``attempt``)
        # The actor logged in with a password an administrator reset: until they change it, every
        # action that needs a user is refused (the GUI asks at login; the command line has `padi passwd`).
        self.password_change_required = False

    def now(self) -> dt.datetime:
        return self.clock()

    def require_actor(self) -> Actor:
        if self.actor is None:
            raise NotAllowed("not_logged_in")
        if self.password_change_required:
            raise NotAllowed("password_change_required", self.actor.username)
        return self.actor

    def permissions(self, session: Session) -> PermissionMatrix:
        row = session.get(Setting, "permissions")
        return PermissionMatrix.from_dict(row.value) if row else PermissionMatrix()

    def may(self, action: Action) -> bool:
        """Whether the logged-in actor may take an action (for enabling buttons). A read: it takes no write
        lock, so it answers at once while another program or a job writes."""
        if self.actor is None:
            return False
        with self.db.reading() as session:
            return self.permissions(session).allows(self.actor, action)

    def require(self, session: Session, action: Action) -> Actor:
        """The actor, if the permission matrix lets them take the action; NotAllowed otherwise."""
        self._attempt.required = action
        actor = self.require_actor()
        if not self.permissions(session).allows(actor, action):
            raise NotAllowed("permission", action.value)
        return actor

    @contextlib.contextmanager
    def attempting(self, code: str, object_type: str = "", object_id: object = None) -> Iterator[None]:
        """While the block runs, a refusal is logged as a refusal of ``code`` on that object."""
        state = self._attempt
        saved = getattr(state, "current", None)
        valid = isinstance(object_id, int) and not isinstance(object_id, bool) and 0 <= object_id <= _MAX_ID
        state.current = (code, object_type, object_id if valid else None)
        try:
            yield
        finally:
            state.current = saved

    def forget_required(self) -> None:
        self._attempt.required = None

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
        """Record a refusal (role, state, maker-checker…) in its own unit of work, naming what was
        attempted (the use case, else the permission checked) and on which object."""
        code, object_type, object_id = getattr(self._attempt, "current", None) or ("", "", None)
        required = getattr(self._attempt, "required", None)
        detail: dict[str, Any] = {"code": refusal.code, "detail": refusal.detail[:200]}
        if code:
            detail["attempt"] = code
        if required is not None:
            detail["action"] = required.value
        # Failing to record must not hide the refusal itself from the person refused.
        with contextlib.suppress(Exception), self.db.unit_of_work() as session:
            label = self._object_label(session, object_type, object_id)
            self.log(session, "refused", object_type=object_type, object_id=object_id, object_label=label,
                     detail=detail)

    @staticmethod
    def _object_label(session: Session, object_type: str, object_id: int | None) -> str:
        model = _OBJECT_LABELS.get(object_type)
        if model is None or object_id is None:
            return ""
        found = session.get(model[0], object_id)
        return str(getattr(found, model[1], "") or "") if found is not None else ""

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
