"""Shared fixtures: Qt offscreen with isolated settings, and a ready office database."""

from __future__ import annotations

import datetime as dt
import os
import tempfile

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# Qt settings of the test run never touch the developer's own configuration.
os.environ["XDG_CONFIG_HOME"] = tempfile.mkdtemp(prefix="padi-test-config-")
# Nor the developer's own data: a command run without --db finds the default database in here.
os.environ["XDG_DATA_HOME"] = tempfile.mkdtemp(prefix="padi-test-data-")

import pytest  # noqa: E402

from desktop_app.domain.roles import Role  # noqa: E402
from desktop_app.services.accounts import OfficeProfile  # noqa: E402
from desktop_app.services.services import Services  # noqa: E402

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


@pytest.fixture
def office(tmp_path, clock) -> Services:
    """A set-up office: admin (staf), staf, kasubag, sekretaris, kepala; nobody logged in."""
    services = Services.open(tmp_path / "padi.db", clock=clock)
    services.accounts.setup(OFFICE, "admin", "Admin Kantor", PASSWORD, Role.STAF)
    services.accounts.login("admin", PASSWORD)
    for username, name, role in (("staf", "Siti Rahma", Role.STAF), ("kasubag", "Budi Santoso", Role.KASUBAG),
                                 ("sekretaris", "Nurlela Harahap", Role.SEKRETARIS),
                                 ("kepala", "Bonar Sitompul", Role.KEPALA)):
        services.accounts.create_user(username, name, PASSWORD, role, nip="197001011998031001")
    services.accounts.logout()
    yield services
    services.close()
