"""Opening the SQLite database: pragmas on every connection, migrations on open, units of work.

Every unit of work that writes collects its changes to bound states for the activity log
(``bindings``) and, when it appended to the log, rewrites the chain-head anchor just before its
commit (``anchor``).
"""

from __future__ import annotations

import contextlib
import datetime as dt
import time
from collections.abc import Iterator
from pathlib import Path

from sqlalchemy import create_engine, event
from sqlalchemy.engine import Engine
from sqlalchemy.orm import Session, sessionmaker

from desktop_app.domain.errors import IntegrityFailure
from desktop_app.storage import activity_log, anchor, bindings, migrate
from desktop_app.storage.models import Setting

BUSY_TIMEOUT_MS = 10_000


def _on_connect(dbapi_connection, _record) -> None:  # noqa: ANN001 (DB-API objects)
    # Autocommit at the driver level so that SQLAlchemy's "begin" event decides how
    # a transaction starts (BEGIN IMMEDIATE: writers queue instead of deadlocking).
    dbapi_connection.isolation_level = None
    cursor = dbapi_connection.cursor()
    cursor.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
    cursor.execute("PRAGMA journal_mode = WAL")
    cursor.execute("PRAGMA synchronous = FULL")
    cursor.execute("PRAGMA foreign_keys = ON")
    cursor.close()


READ_ONLY = "padi_read_only"


def _on_begin(connection) -> None:  # noqa: ANN001
    # Reads start a deferred transaction (under WAL they never wait for, or block, a writer);
    # everything else takes the write lock at once, so writers queue instead of deadlocking.
    if connection.get_execution_options().get(READ_ONLY):
        connection.exec_driver_sql("BEGIN")
    else:
        connection.exec_driver_sql("BEGIN IMMEDIATE")


def make_engine(path: Path) -> Engine:
    """An engine whose every connection has WAL, synchronous=FULL, foreign keys and a busy timeout."""
    # Pooled connections may be used by the GUI thread and the single job worker, one at a time.
    engine = create_engine(f"sqlite:///{path}", connect_args={"check_same_thread": False})
    event.listen(engine, "connect", _on_connect)
    event.listen(engine, "begin", _on_begin)
    return engine


class Database:
    """An open PADI database file: its engine and a factory of units of work."""

    def __init__(self, path: Path) -> None:
        self.path = Path(path)
        self.engine = make_engine(self.path)
        self._sessions = sessionmaker(self.engine, expire_on_commit=False)
        self._readers = sessionmaker(self.engine.execution_options(**{READ_ONLY: True}), expire_on_commit=False)
        event.listen(self._sessions, "before_flush", bindings.before_flush)
        event.listen(self._sessions, "after_flush", bindings.after_flush)
        event.listen(self._sessions, "before_commit", self._before_commit)
        event.listen(self._sessions, "after_commit", _forget)
        event.listen(self._sessions, "after_rollback", _forget)

    @classmethod
    def open(cls, path: Path, *, create: bool = True) -> Database:
        """Open (or create) the database and bring its schema up to date.

        Raises ``migrate.SchemaTooNew`` for a database written by a newer PADI and
        ``FileNotFoundError`` when ``create`` is false and the file is missing.
        """
        path = Path(path)
        if not create and not path.exists():
            raise FileNotFoundError(path)
        path.parent.mkdir(parents=True, exist_ok=True)
        db = cls(path)
        try:
            migrate.upgrade(db.engine)
            db._write_baseline_if_pending()
        except Exception:
            db.close()
            raise
        return db

    def _write_baseline_if_pending(self) -> None:
        """Record every bound state once in a database made by an earlier PADI (migration 0004 marks it)."""
        with self.reading() as s:
            marker = s.get(Setting, bindings.MARKER_KEY)
            if marker is None or marker.value.get("baseline") != bindings.PENDING_BASELINE:
                return
        with self.unit_of_work() as s:
            marker = s.get(Setting, bindings.MARKER_KEY)
            if marker is None or marker.value.get("baseline") != bindings.PENDING_BASELINE:
                return
            s.info[ANCHOR_REASON] = "baseline"
            entry = activity_log.append(
                s, at=dt.datetime.now().replace(microsecond=0), action=bindings.BASELINE_ACTION,
                detail={"reason": "upgrade"}, bound=bindings.baseline(s))
            marker.value = {"baseline": entry.id}

    def _before_commit(self, session: Session) -> None:
        """Bind the states changed after the unit of work's last entry, then rewrite the anchor."""
        if bindings.has_changes(session) or session.new or session.dirty or session.deleted:
            session.flush()
        heads = session.info.get(activity_log.HEADS)
        if bindings.has_changes(session):
            _append_note(session, bindings.RECORDED_ACTION, {}, heads)
            heads = session.info[activity_log.HEADS]
        if heads is None:
            return
        previous = heads["previous"]
        try:
            found = anchor.read(self.path)
            reason = "missing" if found is None else ""
        except anchor.AnchorUnreadable:
            found, reason = None, "unreadable"
        if found is None and previous[0] > 0 and ANCHOR_REASON not in session.info:
            # Gone without a reason PADI knows (a baseline or a restore makes the first anchor on purpose).
            _append_note(session, "anchor_created", {"reason": reason, "log_head": previous[0]}, heads)
        elif found is not None and previous[0] > 0 and not found.accepts(*previous):
            # The log is not the one PADI anchored last: keep that fact in the log before re-anchoring.
            _append_note(session, "anchor_mismatch",
                         {"anchor": {"id": found.head_id, "hash": found.head_hash,
                                     "previous_id": found.previous_id, "previous_hash": found.previous_hash},
                          "log_head": {"id": previous[0], "hash": previous[1]}}, heads)
        head = session.info[activity_log.HEADS]["head"]
        _write_anchor(self.path, anchor.Anchor(head[0], head[1], previous[0], previous[1]))

    @contextlib.contextmanager
    def unit_of_work(self) -> Iterator[Session]:
        """One transaction: commits when the block ends normally, rolls back on any error."""
        session = self._sessions()
        try:
            yield session
            session.commit()
        except BaseException:
            session.rollback()
            raise
        finally:
            session.close()

    @contextlib.contextmanager
    def reading(self) -> Iterator[Session]:
        """A read-only transaction: a consistent snapshot that takes no write lock (always rolled back)."""
        session = self._readers()
        try:
            yield session
        finally:
            session.rollback()
            session.close()

    def close(self) -> None:
        self.engine.dispose()


ANCHOR_REASON = "padi_anchor_reason"  # session.info: why a unit of work makes the first anchor (baseline, restore)
ANCHOR_RETRIES = 3


def _forget(session: Session) -> None:
    bindings.forget(session)
    session.info.pop(activity_log.HEADS, None)


def _append_note(session: Session, action: str, detail: dict, heads: dict | None) -> None:
    """An entry the storage layer itself writes (bindings left over, anchor notes), as the last actor."""
    at = heads["at"] if heads else dt.datetime.now().replace(microsecond=0)
    actor_id, actor_name, actor_role = heads["actor"] if heads else (None, "", "")
    activity_log.append(session, at=at, action=action, actor_id=actor_id, actor_name=actor_name,
                        actor_role=actor_role, detail=detail)


def _write_anchor(db_path: Path, new: anchor.Anchor) -> None:
    """Write the anchor; a short retry for a file held a moment by another program (a virus scanner).

    If it cannot be written the commit is refused: a log change without its anchor would look like
    tampering at the next check."""
    for attempt in range(ANCHOR_RETRIES):
        try:
            anchor.write(db_path, new)
            return
        except OSError as err:
            if attempt == ANCHOR_RETRIES - 1:
                raise IntegrityFailure("anchor_write_failed", f"{anchor.path_for(db_path)}: {err}") from err
            time.sleep(0.05 * (attempt + 1))
