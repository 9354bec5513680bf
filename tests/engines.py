"""The two storage engines the suites run on: a SQLite file, or a database on a PostgreSQL server.

A test module runs on both engines when it is marked ``pytestmark = pytest.mark.engines`` (its tests
that use the ``db_engine`` fixture - directly or through ``office``, ``demo_db``, ``fresh_db`` - run
once per engine; everything else runs on SQLite only).

The server comes from ``PADI_TEST_POSTGRES``: the URL of a role that may create databases (no superuser
needed), password included, e.g. ``postgresql://padi_test:secret@127.0.0.1:5432/postgres``. Without it,
or when the server does not answer, the PostgreSQL variants are skipped (in CI, where ``CI`` is set and
``.ci/run`` started the server, a server that does not answer fails them instead). ``.ci/run`` starts a cluster
and sets it.

Speed: each ready-made database (an office with its five accounts, the demo office) is built once per
session and per engine - a file copied per test on SQLite, ``CREATE DATABASE ... TEMPLATE`` on the
server (milliseconds) - so passwords are hashed and migrations run once, not once per test.
"""

from __future__ import annotations

import itertools
import os
import shutil
from collections.abc import Callable
from pathlib import Path

import pytest
from sqlalchemy.engine import make_url

PG_ENV = "PADI_TEST_POSTGRES"
ENGINES = ("sqlite", "postgresql")
_counter = itertools.count(1)


class TestServer:
    """A PostgreSQL server the tests may create and drop databases on."""

    __test__ = False

    def __init__(self, url: str) -> None:
        import psycopg

        parsed = make_url(url)
        self.host = parsed.host or "127.0.0.1"
        self.port = parsed.port or 5432
        self.user = parsed.username or ""
        self.password = parsed.password or ""
        self.maintenance_db = parsed.database or "postgres"
        self._psycopg = psycopg
        self.prefix = f"padi_t{os.getpid()}_"
        self._templates: dict[str, str] = {}
        self.admin = psycopg.connect(self.conninfo(self.maintenance_db), autocommit=True)

    def conninfo(self, database: str) -> str:
        return (f"host={self.host} port={self.port} user={self.user} dbname={database}"
                + (f" password={self.password}" if self.password else ""))

    def url(self, database: str) -> str:
        """What PADI is given: the URL without the password (that comes from PADI_DB_PASSWORD)."""
        return f"postgresql://{self.user}@{self.host}:{self.port}/{database}"

    def new_name(self) -> str:
        return f"{self.prefix}{next(_counter)}"

    def create(self, template: str | None = None) -> str:
        """A new empty database (or a copy of a template); returns its name."""
        name = self.new_name()
        clause = f" TEMPLATE {template}" if template else " TEMPLATE template0"
        self.admin.execute(f"CREATE DATABASE {name}{clause}")
        return name

    def drop(self, name: str) -> None:
        """Drop a test database; one still busy (an autovacuum worker, which this role may not end) is left
        for the end of the session."""
        try:
            self.admin.execute(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")
        except self._psycopg.Error:
            pass

    def template(self, key: str, build: Callable[[str], None]) -> str:
        """The template database ``key`` of this session, made once by ``build(url)``."""
        if key not in self._templates:
            name = self.create()
            build(self.url(name))
            # Nobody may stay connected to a template while it is copied.
            self.admin.execute("SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                               "WHERE datname = %s AND pid <> pg_backend_pid()", (name,))
            self._templates[key] = name
        return self._templates[key]

    def close(self) -> None:
        for name in self._templates.values():
            self.drop(name)
        rows = self.admin.execute("SELECT datname FROM pg_database WHERE datname LIKE %s",
                                  (self.prefix + "%",)).fetchall()
        for (name,) in rows:
            self.drop(name)
        self.admin.close()


_server: TestServer | None = None
_server_error: str | None = None


def server_for_tests() -> TestServer:
    """The session's server, or a skip when none is configured or reachable."""
    global _server, _server_error
    if _server is None and _server_error is None:
        url = os.environ.get(PG_ENV, "")
        if not url:
            _server_error = f"{PG_ENV} is not set: no PostgreSQL server for the tests"
        else:
            try:
                _server = TestServer(url)
            except Exception as exc:  # the driver's connection errors, a malformed URL
                _server_error = f"PostgreSQL server of {PG_ENV} unreachable: {exc}"
            else:
                os.environ["PADI_DB_PASSWORD"] = _server.password  # PADI reads it (never from the URL)
    if _server is None:
        if os.environ.get(PG_ENV) and os.environ.get("CI"):
            pytest.fail(_server_error)  # CI started a server for these tests: not reaching it is a failure
        pytest.skip(_server_error)
    return _server


def close_server() -> None:
    global _server
    if _server is not None:
        _server.close()
        _server = None


class Store:
    """Ready-made databases for one engine: ``fresh()`` an empty one, ``copy(key, build)`` of a template."""

    def __init__(self, engine: str, tmp_path: Path, templates_dir: Path) -> None:
        self.engine = engine
        self.tmp_path = tmp_path
        self.templates_dir = templates_dir
        self._made: list[str] = []

    @property
    def server(self) -> TestServer:
        return server_for_tests()

    def fresh(self, name: str = "padi.db") -> str | Path:
        """A database that does not exist yet (SQLite: a path; server: an empty database)."""
        if self.engine == "sqlite":
            return self.tmp_path / name
        made = self.server.create()
        self._made.append(made)
        return self.server.url(made)

    def copy(self, key: str, build: Callable[[str | Path], None], name: str = "padi.db") -> str | Path:
        """A private copy of the session's template ``key``, built once by ``build(target)``."""
        if self.engine == "sqlite":
            template = self.templates_dir / f"{key}.db"
            if not template.exists():
                build(template)
            path = self.tmp_path / name
            shutil.copyfile(template, path)
            anchor = Path(f"{template}.anchor")  # the log's chain head goes with its database
            if anchor.exists():
                shutil.copyfile(anchor, f"{path}.anchor")
            return path
        made = self.server.create(self.server.template(key, build))
        self._made.append(made)
        return self.server.url(made)

    def cleanup(self) -> None:
        if self._made and _server is not None:
            for name in self._made:
                _server.drop(name)
