"""Attacks on PADI's data, each a test: the demo database copied per test, its bytes hashed before and after,
and helpers that edit the database file as a tester with sqlite3 would."""

from __future__ import annotations

import contextlib
import hashlib
import json
import shutil
import sqlite3
from collections.abc import Callable
from pathlib import Path

import pytest
from sqlalchemy import create_engine, select
from sqlalchemy.orm import Session

from desktop_app.services.office.bundle import Services
from desktop_app.services.office.demo import DEMO_PASSWORD
from desktop_app.storage import activity_log
from desktop_app.storage.models import LogEntry
from tests.cli.conftest import run, run_json  # noqa: F401 (helpers the attack tests import from here)

PERMITS = "Jumlah Izin Terbit per Jenis Izin per Bulan Tahun 2025"  # a presented demo dataset


def db_state(db: Path) -> str:
    """SHA-256 over the database file and its -wal's frames (what a reader would see), taken with nothing
    open. An empty -wal (left by a read-only look) holds nothing and counts as none."""
    digest = hashlib.sha256(db.read_bytes())
    wal = Path(f"{db}-wal")
    digest.update(wal.read_bytes() if wal.exists() and wal.stat().st_size else b"-")
    return digest.hexdigest()


@pytest.fixture
def services_as(demo_db: Path):
    """Open the demo copy logged in as someone: ``with services_as("admin") as sv: ...`` (closed after)."""
    import contextlib

    @contextlib.contextmanager
    def open_as(username: str, password: str = DEMO_PASSWORD):
        services = Services.open(demo_db, create=False)
        try:
            services.accounts.login(username, password)
            yield services
        finally:
            if services.ctx.actor is not None:
                services.accounts.logout()
            services.close()

    return open_as


TRIGGERS = (
    "CREATE TRIGGER activity_log_no_update BEFORE UPDATE ON activity_log "
    "BEGIN SELECT RAISE(ABORT, 'activity log is append-only'); END;"
    "CREATE TRIGGER activity_log_no_delete BEFORE DELETE ON activity_log "
    "BEGIN SELECT RAISE(ABORT, 'activity log is append-only'); END;"
)


def tamper(db: Path, sql: str, parameters: tuple = ()) -> None:
    """Run SQL on the file directly, with the log's append-only triggers dropped first."""
    with contextlib.closing(sqlite3.connect(db)) as conn, conn:
        conn.executescript("DROP TRIGGER IF EXISTS activity_log_no_update; "
                           "DROP TRIGGER IF EXISTS activity_log_no_delete;")
        if parameters:
            conn.execute(sql, parameters)
        else:
            conn.executescript(sql)


def scalar(db: Path, sql: str, parameters: tuple = ()) -> object:
    with contextlib.closing(sqlite3.connect(db)) as conn:
        row = conn.execute(sql, parameters).fetchone()
    return row[0] if row else None


def file_hash(path: Path) -> str:
    return hashlib.sha256(Path(path).read_bytes()).hexdigest()


def rewrite_log(db: Path, change: Callable[[LogEntry], bool | None]) -> None:
    """Rewrite the whole log as an attacker who knows the chain's recipe would: ``change`` edits each entry
    in place (returns False to drop it); ids and hashes are then recomputed so the chain is whole again."""
    tamper(db, "SELECT 1")  # drops the triggers
    engine = create_engine(f"sqlite:///{db}")
    with Session(engine) as s:
        entries = list(s.scalars(select(LogEntry).order_by(LogEntry.id)))
        kept = []
        for entry in entries:
            detail = json.loads(json.dumps(entry.detail))  # a copy the ORM sees as a new value
            entry.detail = detail
            if change(entry) is False:
                s.delete(entry)
            else:
                kept.append(entry)
        s.flush()
        previous = activity_log.GENESIS
        for number, entry in enumerate(kept, start=1):
            entry.id = number
            entry.prev_hash = previous
            entry.hash = activity_log._digest(previous, entry)  # noqa: SLF001 - the attacker's recipe
            previous = entry.hash
        s.commit()
    engine.dispose()
    tamper(db, TRIGGERS)


PREVIOUS_RELEASE = Path(__file__).parent.parent / "fixtures" / "releases" / "padi-0003-demo.db"


def as_previous_release(db: Path) -> None:
    """Put at ``db`` the demo database the previous release (schema 0003) made: log entries without bound
    states, no marker row, no anchor file (see tests/fixtures/releases/README.md)."""
    for suffix in ("-wal", "-shm", ".anchor"):
        Path(f"{db}{suffix}").unlink(missing_ok=True)
    shutil.copyfile(PREVIOUS_RELEASE, db)
