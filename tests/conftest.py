"""Shared fixtures: Qt offscreen with isolated settings, the storage engines, and the ready-made databases.

Every ready-made database (``office``, ``demo_db``) is built once per session - per xdist worker - and per
engine, then copied for each test (tests/engines.py): migrations run and passwords are hashed once. Passwords
are hashed with argon2id at its lowest cost during the tests (``fast_password_hashing``): a login verifies
its hash, and at the library's recommended cost that is a third of a second per login.
"""

from __future__ import annotations

import datetime as dt
import os
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# Qt settings of the test run never touch the developer's own configuration.
os.environ["XDG_CONFIG_HOME"] = tempfile.mkdtemp(prefix="padi-test-config-")
# Nor the developer's own data: a command run without --db finds the default database in here.
os.environ["XDG_DATA_HOME"] = tempfile.mkdtemp(prefix="padi-test-data-")

import pytest  # noqa: E402
from argon2 import PasswordHasher  # noqa: E402

from desktop_app.domain.roles import Role  # noqa: E402
from desktop_app.services.accounts import OfficeProfile  # noqa: E402
from desktop_app.services.accounts import account_service as accounts_module  # noqa: E402
from desktop_app.services.office.bundle import Services  # noqa: E402
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
    config.addinivalue_line("markers", "real_password_hashing: hash passwords at the cost PADI uses, not the "
                                       "tests' lowest one")


#: argon2id at its lowest cost: the same algorithm and format as PADI's hashes, a thousand times quicker.
FAST_HASHER = PasswordHasher(time_cost=1, memory_cost=8, parallelism=1)


@pytest.fixture(scope="session", autouse=True)
def fast_password_hashing() -> None:
    """Every password of the session hashed and verified at argon2id's lowest cost (PADI's own cost makes each
    login take a third of a second); tests marked ``real_password_hashing`` get PADI's hasher back."""
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(accounts_module, "_hasher", FAST_HASHER)
        yield


@pytest.fixture(autouse=True)
def real_password_hashing(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> None:
    if request.node.get_closest_marker("real_password_hashing"):
        monkeypatch.setattr(accounts_module, "_hasher", PasswordHasher())


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


def build_demo(target: Path | str) -> None:
    """The demo office (``padi init --demo``): the demo accounts with DEMO_PASSWORD, datasets and publications."""
    from desktop_app.cli import main

    assert main(["init", "--db", str(target), "--demo"]) == 0


@pytest.fixture(scope="session")
def demo_template(templates_dir: Path) -> Path:
    """The session's demo database on SQLite (with its chain-head anchor), seeded once."""
    path = templates_dir / "demo.db"
    if not path.exists():
        build_demo(path)
    return path


@pytest.fixture
def demo_db(store) -> Path | str:
    """A fresh copy of the seeded demo database (and its chain-head anchor) for one test (a path; on the
    server, its URL)."""
    return store.copy("demo", build_demo)


@pytest.fixture
def as_demo_user(monkeypatch: pytest.MonkeyPatch) -> None:
    from desktop_app.services.office.demo import DEMO_PASSWORD

    monkeypatch.setenv("PADI_PASSWORD", DEMO_PASSWORD)


class UnexpectedDialog(AssertionError):
    """A test reached a modal question it did not answer."""


MODAL_PROMPTS = ("info", "error", "confirm", "ask_choice", "ask_text", "ask_secret", "choose_folder", "choose_file",
                 "choose_save_file", "run_dialog", "print_preview")


@pytest.fixture(autouse=True)
def no_unanswered_dialog(monkeypatch: pytest.MonkeyPatch, request: pytest.FixtureRequest) -> None:
    """A modal question the test did not answer fails the test at once instead of waiting for a click that
    never comes (offscreen, nobody can click). Tests answer a question by monkeypatching it themselves;
    tests of the prompts themselves (``@pytest.mark.real_prompts``) patch Qt's dialogs instead."""
    import sys

    prompts = sys.modules.get("desktop_app.gui.prompts")
    if prompts is None or request.node.get_closest_marker("real_prompts"):  # no GUI loaded, or testing prompts
        return

    def unanswered(name: str):  # noqa: ANN202
        def ask(*args: object, **_kwargs: object) -> None:
            shown = [a for a in args[1:3] if isinstance(a, str)]
            raise UnexpectedDialog(f"prompts.{name} was not answered by the test: {shown}")
        return ask

    for name in MODAL_PROMPTS:
        monkeypatch.setattr(prompts, name, unanswered(name))
