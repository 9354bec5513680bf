"""Consistent snapshots and health checks of the application's SQLite database file.

The live database runs in WAL mode and may be open by other connections (the
GUI, a background job) while a backup is taken. Copying the ``.sqlite`` file
byte by byte would miss pages still sitting in the ``-wal`` file and could
capture a half-written transaction, so this module never copies the live file:
it asks SQLite itself for a transactionally consistent copy (the online backup
API, in one step under one read transaction) from a fresh read-only connection.
The backup API copies pages as they are; ``VACUUM INTO`` would rebuild every
table and index and took twice as long on a 500 MB database.

The other helpers open a database file strictly read-only to check it
(``integrity_check`` + ``foreign_key_check``) or to describe it (schema
revision, row counts) without changing a byte of it.

Only the standard library is used; no SQLAlchemy engine is involved, so these
functions are safe to call on any file path, including one that is not a
database at all.
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
from collections.abc import Iterable, Iterator
from pathlib import Path

__all__ = [
    "LOG_GENESIS",
    "check_database_file",
    "log_chain_head",
    "schema_revision",
    "snapshot_database",
    "table_counts",
]

#: The chain head of an empty activity log (storage.activity_log.GENESIS, which needs SQLAlchemy).
LOG_GENESIS = "0" * 64

#: How long (seconds) to wait for a lock held by another connection.
_BUSY_TIMEOUT_S = 30.0


def _uri(path: Path, mode: str) -> str:
    """Return an SQLite ``file:`` URI for ``path`` opened with ``mode`` (ro/rw)."""
    # Path.as_uri() percent-encodes spaces, '?' and '#', and produces a form
    # SQLite understands on both POSIX (file:///a/b) and Windows (file:///C:/a).
    return f"{Path(os.path.abspath(path)).as_uri()}?mode={mode}"


@contextlib.contextmanager
def _connect(path: Path, mode: str = "ro") -> Iterator[sqlite3.Connection]:
    """Open ``path`` without ever creating it and always close the connection."""
    conn = sqlite3.connect(
        _uri(path, mode),
        uri=True,
        timeout=_BUSY_TIMEOUT_S,
        isolation_level=None,  # autocommit: no implicit BEGIN around our reads
        check_same_thread=False,
    )
    try:
        yield conn
    finally:
        conn.close()


def _quote_identifier(name: str) -> str:
    """Quote an SQL identifier (table name) for safe interpolation."""
    return '"' + name.replace('"', '""') + '"'


def _table_exists(conn: sqlite3.Connection, name: str) -> bool:
    """Tell whether a table called ``name`` exists in the main schema."""
    row = conn.execute(
        "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?", (name,)
    ).fetchone()
    return row is not None


def _remove_if_exists(path: Path) -> None:
    """Delete ``path`` if it exists (used to clean up a failed snapshot)."""
    with contextlib.suppress(FileNotFoundError):
        os.remove(path)


def snapshot_database(db_path: Path, dest: Path) -> None:
    """Write a transactionally consistent copy of a live SQLite database to ``dest``.

    Works while other connections have the database open, including one with an
    uncommitted write transaction: the snapshot holds exactly the data that was
    committed when the read transaction started (WAL readers never block on
    writers). The copy is made by SQLite's online backup API, never by copying
    the live file, and it is a single self-contained file in rollback-journal
    mode (no ``-wal``/``-shm``).

    Raises ``FileNotFoundError`` if ``db_path`` does not exist,
    ``FileExistsError`` if ``dest`` already exists, and ``sqlite3.Error`` if
    SQLite cannot read the source. A failed attempt never leaves ``dest`` behind.
    """
    db_path = Path(db_path)
    dest = Path(dest)
    if not db_path.is_file():
        raise FileNotFoundError(f"database file not found: {db_path}")
    if os.path.lexists(dest):
        raise FileExistsError(f"snapshot destination already exists: {dest}")

    try:
        with _connect(db_path, "ro") as src:
            _backup_api_copy(src, dest)
    except BaseException:
        _remove_if_exists(dest)
        raise


def _backup_api_copy(src: sqlite3.Connection, dest: Path) -> None:
    """Copy ``src`` into a new file ``dest`` with the online backup API in one step."""
    dst = sqlite3.connect(os.fspath(dest), isolation_level=None)
    try:
        # pages=-1 (the default) copies everything in a single step, i.e. under
        # one read transaction on the source, so the copy is consistent.
        src.backup(dst)
        # A WAL source would leave the copy flagged as WAL; make it a plain
        # single-file database.
        dst.execute("PRAGMA journal_mode=DELETE")
    finally:
        dst.close()


def check_database_file(path: Path) -> list[str]:
    """Check a database file read-only and return its problems (empty list = healthy).

    Runs ``PRAGMA integrity_check`` and ``PRAGMA foreign_key_check``. A missing
    file, a file that is not an SQLite database, or any other SQLite error is
    reported as a problem string; this function never raises for bad input.
    """
    path = Path(path)
    if not path.is_file():
        return [f"not a file: {path}"]
    problems: list[str] = []
    try:
        with _connect(path, "ro") as conn:
            rows = conn.execute("PRAGMA integrity_check").fetchall()
            messages = [str(row[0]) for row in rows]
            if messages != ["ok"]:
                problems.extend(f"integrity: {msg}" for msg in messages)
            for table, rowid, parent, fkid in conn.execute("PRAGMA foreign_key_check"):
                problems.append(
                    f"foreign key: {table} rowid {rowid} refers to a missing row in "
                    f"{parent} (constraint {fkid})"
                )
    except sqlite3.Error as exc:
        problems.append(f"unreadable database: {exc}")
    except OSError as exc:  # pragma: no cover - e.g. permission denied mid-check
        problems.append(f"unreadable file: {exc}")
    return problems


def schema_revision(path: Path) -> str | None:
    """Return the Alembic revision stored in a database file, or None if it has none.

    Reads ``alembic_version.version_num`` read-only. Returns None when the table
    is absent or empty; if several heads are stored (branched history) they are
    returned sorted and joined with ``","``. Raises ``sqlite3.Error`` if the file
    is not a readable SQLite database.
    """
    with _connect(Path(path), "ro") as conn:
        if not _table_exists(conn, "alembic_version"):
            return None
        values = sorted(
            str(row[0])
            for row in conn.execute("SELECT version_num FROM alembic_version")
            if row[0] is not None
        )
    return ",".join(values) if values else None


def table_counts(path: Path, tables: Iterable[str]) -> dict[str, int]:
    """Return the row count of each named table that exists in a database file.

    Tables that do not exist are left out of the result. The file is opened
    read-only; raises ``sqlite3.Error`` if it is not a readable SQLite database.
    """
    counts: dict[str, int] = {}
    with _connect(Path(path), "ro") as conn:
        for name in tables:
            if name in counts or not _table_exists(conn, name):
                continue
            row = conn.execute(f"SELECT COUNT(*) FROM {_quote_identifier(name)}").fetchone()
            counts[name] = int(row[0])
    return counts


def log_chain_head(path: Path, table: str = "activity_log") -> str | None:
    """The hash of the newest activity-log entry in a database file (``LOG_GENESIS`` for an empty log,
    None when the file has no log at all). Opened read-only; raises ``sqlite3.Error`` like the others."""
    with _connect(Path(path), "ro") as conn:
        if not _table_exists(conn, table):
            return None
        row = conn.execute(f"SELECT hash FROM {_quote_identifier(table)} ORDER BY id DESC LIMIT 1").fetchone()
    return str(row[0]) if row else LOG_GENESIS
