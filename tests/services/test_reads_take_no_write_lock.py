"""Reads the window makes while it draws (may this person take this action?) take no write lock, so a long
write by another program or a job never freezes the window behind it."""

from __future__ import annotations

import concurrent.futures
import contextlib
import sqlite3

from desktop_app.domain.roles import Action
from tests.conftest import PASSWORD


@contextlib.contextmanager
def write_lock_held(path):  # noqa: ANN001
    """Another connection holding the database's write lock (a long write in progress) while the block runs."""
    other = sqlite3.connect(path, isolation_level=None)
    try:
        other.execute("BEGIN IMMEDIATE")
        other.execute("UPDATE settings SET key = key WHERE 0")
        yield
    finally:
        other.execute("ROLLBACK")
        other.close()


def test_may_answers_while_another_connection_holds_the_write_lock(office):
    office.accounts.login("kepala", PASSWORD)
    path = office.ctx.db.location.path
    with write_lock_held(path), concurrent.futures.ThreadPoolExecutor(1) as pool:
        asked = pool.submit(office.ctx.may, Action.APPROVE_PUBLICATION)
        assert asked.result(timeout=3) is True  # a unit of work would wait for the lock (busy timeout)
    office.accounts.logout()
    office.accounts.login("staf", PASSWORD)
    with write_lock_held(path), concurrent.futures.ThreadPoolExecutor(1) as pool:
        assert pool.submit(office.ctx.may, Action.APPROVE_PUBLICATION).result(timeout=3) is False
