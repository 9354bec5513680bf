"""Reads the window makes while it draws (may this person take this action?) take no write lock, so a long
write by another program or a job never freezes the window behind it."""

from __future__ import annotations

import concurrent.futures
import contextlib
import sqlite3

import pytest

from desktop_app.domain.roles import Action
from tests import engines
from tests.conftest import PASSWORD

pytestmark = pytest.mark.engines  # on SQLite and on PostgreSQL (tests/engines.py)


@contextlib.contextmanager
def write_lock_held(db):  # noqa: ANN001 - the storage Database
    """Another connection writing while the block runs: on SQLite it holds the file's write lock (BEGIN
    IMMEDIATE); on the server it holds the settings table against every other writer."""
    if db.is_server:
        import psycopg

        other = psycopg.connect(engines.server_for_tests().conninfo(db.location.url.database))
        other.execute("LOCK TABLE settings IN EXCLUSIVE MODE")
        try:
            yield
        finally:
            other.rollback()
            other.close()
        return
    other = sqlite3.connect(db.location.path, isolation_level=None)
    try:
        other.execute("BEGIN IMMEDIATE")
        yield
    finally:
        other.execute("ROLLBACK")
        other.close()


@pytest.mark.parametrize(("username", "allowed"), [("kepala", True), ("staf", False)])
def test_may_answers_while_another_connection_holds_the_write_lock(office, username, allowed):
    office.accounts.login(username, PASSWORD)
    with write_lock_held(office.ctx.db), concurrent.futures.ThreadPoolExecutor(1) as pool:
        asked = pool.submit(office.ctx.may, Action.APPROVE_PUBLICATION)
        assert asked.result(timeout=3) is allowed  # a unit of work would wait for the lock (busy timeout)
