"""Attacks on PADI's data, each a test: the demo database copied per test, its bytes hashed before and after."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest

from desktop_app.services.demo import DEMO_PASSWORD
from desktop_app.services.services import Services
from tests.services.conftest import as_demo_user, demo_db, demo_template  # noqa: F401 (fixtures)

PERMITS = "Jumlah Izin Terbit per Jenis Izin per Bulan Tahun 2025"  # a presented demo dataset


def db_state(db: Path) -> str:
    """SHA-256 over the database file and its -wal's frames (what a reader would see), taken with nothing
    open. An empty -wal (left by a read-only look) holds nothing and counts as none."""
    digest = hashlib.sha256(db.read_bytes())
    wal = Path(f"{db}-wal")
    digest.update(wal.read_bytes() if wal.exists() and wal.stat().st_size else b"-")
    return digest.hexdigest()


@pytest.fixture
def services_as(demo_db: Path):  # noqa: F811 (the fixture imported above)
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
