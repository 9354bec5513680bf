"""Opening the SQLite database: pragmas on every connection, migrations on open, units of work."""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from pathlib import Path

from sqlalchemy import create_engine, event
from sqlalchemy.engine import Engine
from sqlalchemy.orm import Session, sessionmaker

from desktop_app.storage import migrate

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
        except Exception:
            db.close()
            raise
        return db

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
