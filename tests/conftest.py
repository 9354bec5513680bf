"""Shared fixtures: Qt offscreen with isolated settings, the storage engines, and a ready office database."""

from __future__ import annotations

import datetime as dt
import os
import tempfile

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# Qt settings of the test run never touch the developer's own configuration.
os.environ["XDG_CONFIG_HOME"] = tempfile.mkdtemp(prefix="padi-test-config-")

import pytest  # noqa: E402

from desktop_app.domain.roles import Role  # noqa: E402
from desktop_app.services.accounts import OfficeProfile  # noqa: E402
from desktop_app.services.services import Services  # noqa: E402
from tests import engines  # noqa: E402

PASSWORD = "rahasia-123"
OFFICE = OfficeProfile(
    name="Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu", government="PEMERINTAH KOTA TEBING TINGGI",
    short_name="DPMPTSP Kota Tebing Tinggi", address="Jl. Contoh No. 1, Tebing Tinggi",
    phone="(0621) 555 010", fax="(0621) 555 011", email="dpmptsp@tebingtinggikota.example",
    website="https://dpmptsp.tebingtinggikota.example", head_name="Ir. Kepala Contoh", head_nip="197001011998031001")


class FakeClock:
    """A clock the test moves by hand."""

    def __init__(self, start: dt.datetime = dt.datetime(2026, 11, 24, 8, 0)) -> None:
        self.now = start

    def __call__(self) -> dt.datetime:
        return self.now

    def advance(self, **kwargs: float) -> None:
        self.now += dt.timedelta(**kwargs)


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line("markers", "engines: run the module's database tests on SQLite and on PostgreSQL")


def pytest_generate_tests(metafunc: pytest.Metafunc) -> None:
    # Tests of modules marked ``engines`` run once per engine; every other test on SQLite only.
    # PADI_TEST_ENGINES=all: every database test on both engines (slow; to survey, not for CI).
    marked = metafunc.definition.get_closest_marker("engines") or os.environ.get("PADI_TEST_ENGINES") == "all"
    if "db_engine" in metafunc.fixturenames and marked:
        metafunc.parametrize("db_engine", engines.ENGINES, scope="function")


def pytest_sessionfinish(session: pytest.Session) -> None:
    engines.close_server()


@pytest.fixture
def db_engine() -> str:
    """The storage engine of this test: "sqlite", or also "postgresql" in modules marked ``engines``."""
    return "sqlite"


@pytest.fixture(scope="session")
def templates_dir(tmp_path_factory: pytest.TempPathFactory):
    return tmp_path_factory.mktemp("templates")


@pytest.fixture
def store(db_engine, tmp_path, templates_dir):
    """Databases of this test's engine (an empty one, or a copy of a session template)."""
    made = engines.Store(db_engine, tmp_path, templates_dir)
    yield made
    made.cleanup()


@pytest.fixture
def fresh_db(store):
    """A database that does not exist yet: a SQLite path, or an empty database on the server (its URL)."""
    return store.fresh()


def build_office(target) -> None:  # noqa: ANN001 (a path or a URL)
    """admin (staf), staf, kasubag, sekretaris, kepala, set up at the fake clock's start; nobody logged in."""
    services = Services.open(target, clock=FakeClock())
    try:
        services.accounts.setup(OFFICE, "admin", "Admin Kantor", PASSWORD, Role.STAF)
        services.accounts.login("admin", PASSWORD)
        for username, name, role in (("staf", "Siti Rahma", Role.STAF), ("kasubag", "Budi Santoso", Role.KASUBAG),
                                     ("sekretaris", "Nurlela Harahap", Role.SEKRETARIS),
                                     ("kepala", "Bonar Sitompul", Role.KEPALA)):
            services.accounts.create_user(username, name, PASSWORD, role, nip="197001011998031001")
        services.accounts.logout()
    finally:
        services.close()


@pytest.fixture
def office(store, clock) -> Services:
    """A set-up office: admin (staf), staf, kasubag, sekretaris, kepala; nobody logged in.

    A copy of one office made per session and engine (the passwords are hashed once).
    """
    services = Services.open(store.copy("office", build_office), clock=clock)
    yield services
    services.close()
