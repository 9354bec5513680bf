"""Opening the office's database - a SQLite file or a PostgreSQL server - with migrations on open and units of work.

The rest of PADI sees one interface, ``Database``: ``unit_of_work()`` (one transaction that commits
or rolls back whole), ``reading()`` (a consistent read-only snapshot), ``now()`` (the clock log times
come from) and ``close()``.

SQLite (one PC): WAL, synchronous=FULL, foreign keys and a busy timeout on every connection;
writers take the write lock at the start of their transaction (BEGIN IMMEDIATE), so they queue.

PostgreSQL (several PCs): READ COMMITTED units of work whose state transitions lock the rows they
change (``lock_for_update``), REPEATABLE READ READ ONLY snapshots for reading, log times from the
server's clock, connections checked before use (a server that went away and came back is used
again), and a unit of work whose COMMIT was cut off is looked up afterwards by the hash of the log
entry it wrote, so the caller learns whether it was saved (``ServerUnavailable``).

On both, every unit of work that writes collects its changes to bound states for the activity log
(``bindings``). On a SQLite file, a unit of work that appended to the log also rewrites the chain-head
anchor beside the file just before its commit (``anchor``); a server office has no file beside it, so
its chain head is anchored in each backup's manifest and the Laporan Pelaksanaan instead.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import threading
import time
from collections.abc import Iterator
from pathlib import Path

from sqlalchemy import create_engine, event, text
from sqlalchemy.engine import Engine
from sqlalchemy.exc import DBAPIError, OperationalError
from sqlalchemy.orm import Session, sessionmaker

from desktop_app.domain.errors import IntegrityFailure, PadiError
from desktop_app.storage import activity_log, anchor, bindings, dialect, migrate
from desktop_app.storage.location import Location, parse, password_for
from desktop_app.storage.models import Setting

BUSY_TIMEOUT_MS = 10_000
# PostgreSQL: how long a unit of work waits for a row another PC has locked before it gives up.
LOCK_TIMEOUT_MS = 30_000
CONNECT_TIMEOUT_S = 5
CLOCK_REFRESH_S = 300  # how often the offset of the server's clock is measured again


class ServerUnavailable(PadiError):
    """The database server could not be reached; ``code`` says whether the work was saved.

    ``server_unreachable``: the server could not be reached, or the connection broke before COMMIT or
    during a COMMIT that the server then shows did not happen: nothing of the unit of work was saved.
    ``server_commit_unknown``: the connection broke during COMMIT and the server did not come back in
    time to say whether it was saved.
    """

    exit_code = 1


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


def make_engine(target: Path | str | Location) -> Engine:
    """The engine of a SQLite file (WAL, synchronous=FULL, foreign keys, busy timeout) or of a server."""
    location = parse(target)
    if location.is_server:
        return _server_engine(location)
    # Pooled connections may be used by the GUI thread and the single job worker, one at a time.
    engine = create_engine(f"sqlite:///{location.path}", connect_args={"check_same_thread": False})
    event.listen(engine, "connect", _on_connect)
    event.listen(engine, "begin", _on_begin)
    return engine


def _server_engine(location: Location) -> Engine:
    assert location.url is not None
    query = dict(location.url.query)
    connect_args: dict[str, object] = {
        "connect_timeout": int(query.pop("connect_timeout", CONNECT_TIMEOUT_S)),
        "application_name": query.pop("application_name", "PADI"),
        # A server or cable that went away is noticed within seconds, not after the OS's two hours.
        "keepalives": 1, "keepalives_idle": 10, "keepalives_interval": 5, "keepalives_count": 3,
        "tcp_user_timeout": 15_000,
        "options": f"-c lock_timeout={LOCK_TIMEOUT_MS} -c idle_in_transaction_session_timeout=600000",
    }
    password = password_for(location)
    if password:
        connect_args["password"] = password
    url = location.url.set(query=query)
    return create_engine(url, pool_pre_ping=True, pool_size=4, max_overflow=4, connect_args=connect_args)


class Database:
    """An open PADI database: its engine, a factory of units of work, and the clock of its log."""

    def __init__(self, target: Path | str | Location) -> None:
        self.location = parse(target)
        self.path: Path | None = self.location.path  # None on a server
        self.is_server = self.location.is_server
        self.dialect = self.location.dialect
        self.engine = make_engine(self.location)
        self._sessions = sessionmaker(self.engine, expire_on_commit=False)
        if self.is_server:
            readers = self.engine.execution_options(isolation_level="REPEATABLE READ", postgresql_readonly=True)
        else:
            readers = self.engine.execution_options(**{READ_ONLY: True})
        self._readers = sessionmaker(readers, expire_on_commit=False, info={dialect.READ_ONLY_SESSION: True})
        self._clock_lock = threading.Lock()
        self._clock_offset: float | None = None
        self._clock_measured = 0.0
        event.listen(self._sessions, "before_flush", bindings.before_flush)
        event.listen(self._sessions, "after_flush", bindings.after_flush)
        event.listen(self._sessions, "before_commit", self._before_commit)
        event.listen(self._sessions, "after_commit", _forget)
        event.listen(self._sessions, "after_rollback", _forget)

    @classmethod
    def open(cls, target: Path | str | Location, *, create: bool = True) -> Database:
        """Open (or create) the database and bring its schema up to date.

        Raises ``migrate.SchemaTooNew`` for a database written by a newer PADI,
        ``FileNotFoundError`` when ``create`` is false and the file is missing, and
        ``ServerUnavailable`` when a server cannot be reached.
        """
        location = parse(target)
        if not location.is_server:
            path = Path(location.path)  # type: ignore[arg-type]
            if not create and not path.exists():
                raise FileNotFoundError(path)
            path.parent.mkdir(parents=True, exist_ok=True)
        db = cls(location)
        try:
            with db.translated_errors():
                migrate.upgrade(db.engine)
            db._write_baseline_if_pending()
        except Exception:
            db.close()
            raise
        return db

    def __str__(self) -> str:
        return self.location.display()

    def _write_baseline_if_pending(self) -> None:
        """Record every bound state once in a database made by an earlier PADI (migration 0007 marks it)."""
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
                s, at=self.now(), action=bindings.BASELINE_ACTION,
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
        if heads is None or self.path is None:  # nothing appended, or a server office (no file beside it)
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

    # --- units of work ---------------------------------------------------------------------------
    @contextlib.contextmanager
    def unit_of_work(self) -> Iterator[Session]:
        """One transaction: commits when the block ends normally, rolls back on any error."""
        session = self._sessions()
        try:
            with self.translated_errors():
                yield session
                self._commit(session)
        except BaseException:
            with contextlib.suppress(Exception):
                session.rollback()
            raise
        finally:
            with contextlib.suppress(Exception):
                session.close()

    def _commit(self, session: Session) -> None:
        if not self.is_server:
            session.commit()
            return
        written = list(session.info.get(dialect.LOG_HASHES, ()))
        try:
            session.commit()
        except OperationalError as exc:
            if not _connection_lost(exc):
                raise
            # The COMMIT may or may not have reached the server: its log entry tells.
            raise self._outcome_of(written, exc) from exc

    def _outcome_of(self, hashes: list[str], exc: BaseException) -> BaseException:
        if not hashes:
            return ServerUnavailable("server_commit_unknown", str(exc)[:200])
        deadline = time.monotonic() + 30
        while True:
            try:
                with self.engine.connect() as connection:
                    found = connection.execute(text("SELECT count(*) FROM activity_log WHERE hash = :h"),
                                               {"h": hashes[-1]}).scalar()
                break
            except OperationalError:
                if time.monotonic() > deadline:
                    return ServerUnavailable("server_commit_unknown", str(exc)[:200])
                time.sleep(1)
        if found:
            return _Committed()
        return ServerUnavailable("server_unreachable", str(exc)[:200])

    @contextlib.contextmanager
    def reading(self) -> Iterator[Session]:
        """A read-only transaction: a consistent snapshot that takes no write lock (always rolled back)."""
        session = self._readers()
        try:
            with self.translated_errors():
                yield session
        finally:
            with contextlib.suppress(Exception):
                session.rollback()
            with contextlib.suppress(Exception):
                session.close()

    @contextlib.contextmanager
    def translated_errors(self) -> Iterator[None]:
        """A lost or unreachable server becomes ServerUnavailable (a PadiError with a code the user reads)."""
        driver_error = getattr(self.engine.dialect.dbapi, "Error", DBAPIError) if self.is_server else DBAPIError
        try:
            yield
        except _Committed:
            return
        except (DBAPIError, driver_error) as exc:
            # The driver's own errors too: rows are written by COPY straight through the driver.
            sqlstate = getattr(getattr(exc, "orig", exc), "sqlstate", None) or ""
            if self.is_server and sqlstate in _BUSY:
                # Another PC held the row too long, or two units of work locked each other: rolled back.
                raise ServerUnavailable("database_busy", str(getattr(exc, "orig", exc))[:200]) from exc
            if self.is_server and (_connection_lost(exc) or refusal_code(exc) != "server_unreachable"):
                raise ServerUnavailable(refusal_code(exc), str(getattr(exc, "orig", exc))[:200]) from exc
            raise

    # --- the clock -------------------------------------------------------------------------------
    def now(self) -> dt.datetime:
        """The time log entries carry: this PC's clock on SQLite, the server's on PostgreSQL.

        On a server, the offset of its clock from this PC's is measured at most every few minutes
        (one round trip) and applied to this PC's clock, so every PC of the office logs the same time.
        """
        if not self.is_server:
            return dt.datetime.now().replace(microsecond=0)
        with self._clock_lock:
            if self._clock_offset is None or time.monotonic() - self._clock_measured > CLOCK_REFRESH_S:
                try:
                    with self.engine.connect() as connection:
                        before = time.time()
                        server = connection.execute(text("SELECT extract(epoch FROM clock_timestamp())")).scalar()
                        after = time.time()
                    self._clock_offset = float(server) - (before + after) / 2
                    self._clock_measured = time.monotonic()
                except DBAPIError:
                    if self._clock_offset is None:
                        self._clock_offset = 0.0
            offset = self._clock_offset
        return dt.datetime.fromtimestamp(time.time() + offset).replace(microsecond=0)

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


def refusal_code(exc: DBAPIError) -> str:
    """Why a connection failed, as a code: a refused login, a missing database, or no answer at all."""
    sqlstate = getattr(getattr(exc, "orig", None), "sqlstate", None) or ""
    message = str(getattr(exc, "orig", exc))
    if sqlstate.startswith("28") or "password authentication failed" in message or "no password supplied" in message:
        return "server_login_failed"
    if sqlstate == "3D000" or ("database" in message and "does not exist" in message):
        return "server_no_database"
    return "server_unreachable"


_BUSY = ("55P03", "40P01", "40001")  # lock_not_available (lock_timeout), deadlock_detected, serialization_failure


class _Committed(Exception):  # noqa: N818 - an internal signal, never seen outside this module
    """The COMMIT whose answer was lost did reach the server (its log entry is there)."""


def _connection_lost(exc: Exception) -> bool:
    """Whether a driver error (SQLAlchemy's wrapper or the driver's own) means the connection is gone."""
    if getattr(exc, "connection_invalidated", False):
        return True
    orig = getattr(exc, "orig", exc)
    sqlstate = getattr(orig, "sqlstate", None) or ""
    if sqlstate.startswith("08") or sqlstate in ("57P01", "57P02", "57P03"):  # connection exceptions, shutdown
        return True
    return type(orig).__name__ == "OperationalError" and not sqlstate


__all__ = ["Database", "ServerUnavailable", "make_engine", "refusal_code"]
