"""Killed at any moment, PADI restarts to a sound database with every acknowledged change in it.

Real child processes (tests/reliability/children.py) type rows, import a CSV, approve publications,
make backups and restore one; each is SIGKILLed at a random moment (seeded), then the database is
opened again as PADI opens it and checked: integrity_check ok, every acknowledged change present,
the activity log chain intact; for backups, no archive under a final name that is not complete and
verified, and every older backup byte-identical; for a restore, the database is the old or the
restored one, never a mix.
"""

from __future__ import annotations

import hashlib
import json
import os
import random
import select
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from desktop_app.domain.roles import Role
from desktop_app.domain.rotation import RotationPolicy
from desktop_app.domain.workflow import PublicationState
from desktop_app.services.archive.backup_format import verify_backup
from desktop_app.services.archive.backup_service import BackupSettings
from desktop_app.services.datasets.dataset_service import DatasetMeta
from desktop_app.services.office.bundle import Services
from desktop_app.storage.snapshot import check_database_file
from tests.conftest import OFFICE, PASSWORD
from tests.reliability.children import COLUMNS
from tests.reliability.children import PASSWORD as CHILD_PASSWORD

pytestmark = pytest.mark.skipif(not hasattr(os, "fork"), reason="the spawner forks its workers")

ROOT = Path(__file__).resolve().parents[2]
SEED = 20261202
KILLS = {"entry": 30, "import": 25, "approval": 20, "backup": 20, "restore": 10}
# Kill moments are drawn from 0 to this many seconds after the worker started or became ready.
WINDOW = {"entry": 0.3, "import": 0.3, "approval": 0.6, "backup": 0.8, "restore": 1.0}
assert CHILD_PASSWORD == PASSWORD


class Spawner:
    """The spawner child: forks one worker per command; the test reads its acknowledgements and kills it."""

    def __init__(self) -> None:
        self.proc = subprocess.Popen([sys.executable, "-m", "tests.reliability.children"], cwd=ROOT,
                                     stdin=subprocess.PIPE, stdout=subprocess.PIPE, bufsize=0)
        self._buffer = b""

    def _line(self, deadline: float | None) -> str | None:
        while b"\n" not in self._buffer:
            timeout = None if deadline is None else max(0.0, deadline - time.monotonic())
            ready, _, _ = select.select([self.proc.stdout], [], [], timeout)
            if not ready:
                return None
            chunk = os.read(self.proc.stdout.fileno(), 65536)
            if not chunk:
                raise AssertionError("the spawner ended")
            self._buffer += chunk
        line, self._buffer = self._buffer.split(b"\n", 1)
        return line.decode()

    def run(self, command: dict, kill_after: float, after_ready: bool,
            after_ack: bool = False) -> tuple[list[str], bool]:
        """Start a worker, kill it ``kill_after`` seconds after it started (or, ``after_ready``, after it
        opened the database and logged in; or, ``after_ack``, after its first acknowledged commit, so
        the kill lands mid-work however slow the machine is); its acknowledgements, and whether it
        was killed."""
        self.proc.stdin.write((json.dumps(command) + "\n").encode())
        first = self._line(time.monotonic() + 30)
        assert first is not None and first.startswith("pid "), first
        pid = int(first.split()[1])
        acks: list[str] = []
        if after_ready or after_ack:
            ready = self._line(time.monotonic() + 30)
            assert ready == "ready", ready
        if after_ack:
            line = self._line(time.monotonic() + 30)
            assert line is not None and line.startswith("ack "), line
            acks.append(line.removeprefix("ack "))
        deadline = time.monotonic() + kill_after
        while (line := self._line(deadline)) is not None:
            assert not line.startswith(("error", "dead")), line
            if line != "ready":
                acks.append(line.removeprefix("ack "))
        os.kill(pid, signal.SIGKILL)
        while (line := self._line(time.monotonic() + 30)) is not None:
            if line.startswith("dead"):
                assert line == f"dead {pid} SIGKILL", line
                return acks, True
            assert line.startswith(("ack ", "ready")), line
            if line != "ready":
                acks.append(line.removeprefix("ack "))  # written before the kill arrived
        raise AssertionError("the worker did not end")

    def close(self) -> None:
        self.proc.stdin.close()
        self.proc.wait(timeout=30)


@pytest.fixture(scope="module")
def template(tmp_path_factory) -> Path:
    """A small office (admin, staf, kasubag, kepala) whose backups are never pruned, made once."""
    path = tmp_path_factory.mktemp("kill-template") / "template.db"
    services = Services.open(path)
    services.accounts.setup(OFFICE, "admin", "Admin Kantor", PASSWORD, Role.STAF)
    services.accounts.login("admin", PASSWORD)
    for username, name, role in (("staf", "Siti Rahma", Role.STAF), ("kasubag", "Budi Santoso", Role.KASUBAG),
                                 ("kepala", "Bonar Sitompul", Role.KEPALA)):
        services.accounts.create_user(username, name, PASSWORD, role)
    services.archive.save_settings(BackupSettings(rotation=RotationPolicy(daily=100_000, weekly=0, monthly=0)))
    services.accounts.logout()
    services.close()
    return path


@pytest.fixture(scope="module")
def spawner():
    spawner = Spawner()
    yield spawner
    spawner.close()


def fresh_copy(template: Path, folder: Path) -> Path:
    folder.mkdir()
    db = folder / "padi.db"
    shutil.copyfile(template, db)
    return db


def reopen(db: Path) -> Services:
    """Open the database again as PADI does after a crash (migrations, WAL recovery), then check it."""
    assert check_database_file(db) == [], "integrity_check / foreign_key_check of the files the kill left"
    services = Services.open(db, create=False)
    assert check_database_file(db) == [], "integrity_check / foreign_key_check after reopening"
    report = services.activity.verify_chain()
    assert report.ok, f"log chain broken at entry {report.first_bad_id}: {report.reason}"
    return services


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def kill_loop(spawner: Spawner, scenario: str, db: Path, rng: random.Random, check, before=lambda: None,
              **extra) -> int:
    """Run KILLS[scenario] workers on ``db``, each killed at a random moment; ``check(all acks, this
    worker's acks, what before() returned)`` after each. The number of kills."""
    acked: list[str] = []
    busy = 0  # workers killed after their first commit (the rest died opening the database or logging in)
    for run in range(KILLS[scenario]):
        state = before()
        # A quarter of the kills land anywhere from the start (opening, migrations, login); the rest
        # while the work runs.
        # Of the rest, every other one waits for the worker's first commit first, so a slow machine
        # (where many kills would land before any commit) still kills workers in the middle of work.
        moment = rng.random()
        new, killed = spawner.run({"scenario": scenario, "db": str(db), "run": run, "day": run * 100, **extra},
                                  rng.uniform(0, WINDOW[scenario]), after_ready=moment >= 0.25,
                                  after_ack=moment >= 0.625)
        assert killed
        acked += new
        busy += bool(new)
        check(acked, new, state)
    assert busy >= KILLS[scenario] // 5, f"only {busy} workers committed anything before the kill ({scenario})"
    return KILLS[scenario]


def test_killed_data_entry_import_and_approval_keep_every_acknowledged_change(spawner, template, tmp_path):
    rng = random.Random(SEED)
    kills = 0
    csv = tmp_path / "izin.csv"
    csv.write_text("Jenis,Jumlah\n" + "".join(f"Izin {i},{i}\n" for i in range(40)), encoding="utf-8")

    def datasets_present(acked, _new, _state):
        services = reopen(db)
        try:
            rows = {d.name: d.rows for d in services.datasets.list()}
        finally:
            services.close()
        for ack in acked:
            kind, name, count = ack.split()
            assert rows.get(name) == int(count), f"acknowledged {kind} of {name} lost"

    db = fresh_copy(template, tmp_path / "entry")
    kills += kill_loop(spawner, "entry", db, rng, datasets_present)
    db = fresh_copy(template, tmp_path / "import")
    kills += kill_loop(spawner, "import", db, rng, datasets_present, csv=str(csv))

    def approvals_present(acked, _new, _state):
        services = reopen(db)
        try:
            states = {p.id: p.state for p in services.publications.list()}
        finally:
            services.close()
        for ack in acked:
            kind, pub = ack.split()
            expected = PublicationState.APPROVED if kind == "approved" else None
            assert int(pub) in states, f"acknowledged publication {pub} lost"
            if expected:
                assert states[int(pub)] == expected

    db = fresh_copy(template, tmp_path / "approval")
    kills += kill_loop(spawner, "approval", db, rng, approvals_present)
    assert kills >= 75


def test_killed_backup_leaves_no_broken_archive_and_older_backups_untouched(spawner, template, tmp_path):
    rng = random.Random(SEED + 1)
    db = fresh_copy(template, tmp_path / "backup")
    target = tmp_path / "flashdisk"
    target.mkdir()

    def archives() -> dict[str, str]:
        return {p.name: sha256(p) for p in target.iterdir() if not p.name.startswith(".")}

    def check(acked, new, before):
        reopen(db).close()
        after = archives()
        for name, digest in before.items():
            assert after.get(name) == digest, f"older backup {name} changed or removed"
        for name in set(after) - set(before):  # written by the killed worker: complete and verified
            report = verify_backup(target / name)
            assert report.ok, f"{name} under its final name but not verified: {report}"
        for ack in new:
            _, name, digest = ack.split()
            assert after[name] == digest

    kills = kill_loop(spawner, "backup", db, rng, check, archives, target=str(target))
    assert kills == KILLS["backup"]
    assert len(archives()) >= 3  # some backups did finish between kills


def test_killed_restore_leaves_the_old_or_the_restored_database(spawner, template, tmp_path):
    rng = random.Random(SEED + 2)
    db = fresh_copy(template, tmp_path / "restore")
    services = Services.open(db, create=False)
    services.accounts.login("admin", PASSWORD)
    backup = services.archive.backup(tmp_path / "restore").path
    services.accounts.login("staf", PASSWORD)
    for i in range(3):  # the live database moves on after the backup
        services.datasets.create(DatasetMeta(f"sesudah-cadangan-{i}", source="OSS"), COLUMNS, [("NIB", i)])
    services.close()
    old_names = {f"sesudah-cadangan-{i}" for i in range(3)}
    old = tmp_path / "old.db"
    shutil.copyfile(db, old)

    def back_to_old() -> None:  # every worker restores over the same old database
        for suffix in ("-wal", "-shm"):
            Path(f"{db}{suffix}").unlink(missing_ok=True)
        shutil.copyfile(old, db)

    def check(acked, new, _state):
        services = reopen(db)
        try:
            names = {d.name for d in services.datasets.list()}
            restored = "backup_restored" in {e.action for e in services.activity.entries(limit=50)}
        finally:
            services.close()
        assert names in (old_names, set()), names  # the old database, or the backup's (no datasets)
        assert restored == (names == set())
        if new:
            assert names == set()

    kills = kill_loop(spawner, "restore", db, rng, check, back_to_old, backup=str(backup))
    assert kills == KILLS["restore"]
    assert sum(KILLS.values()) >= 100
