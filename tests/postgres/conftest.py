"""Fixtures of the PostgreSQL-only tests: an office on the test server (skipped without one)."""

from __future__ import annotations

import pytest

from tests import engines


@pytest.fixture
def db_engine() -> str:
    return "postgresql"


@pytest.fixture
def server() -> engines.TestServer:
    return engines.server_for_tests()


@pytest.fixture
def pg_office(store) -> str:
    """The URL of a private copy of the test office (tests/conftest.py build_office) on the server."""
    from tests.conftest import build_office

    return store.copy("office", build_office)
