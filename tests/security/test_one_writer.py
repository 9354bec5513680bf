"""Issue 14, item 2: one writer at a time across processes; a restore never swallows another process's work.

The attack: `padi restore` while `padi import` runs. The import's connection kept writing into the
replaced file and printed "200000 baris diimpor" with exit 0 — and the rows were gone. Here the
other process is real (tests/security/paused.py runs the real command line and stops it in the
middle of its work); the restore must be refused, naming it, with the database untouched.
"""

from __future__ import annotations

import hashlib
import os
import subprocess
import sys
from pathlib import Path

import pytest

from desktop_app.cli import main as padi
from desktop_app.domain.errors import NotAllowed
from desktop_app.services.office.demo import DEMO_PASSWORD
from desktop_app.services.runtime import instance_lock

ROOT = Path(__file__).resolve().parents[2]
pytestmark = pytest.mark.usefixtures("as_demo_user")


def state(db: Path) -> str:
    """The bytes of the database and its write-ahead log."""
    digest = hashlib.sha256()
    for part in (db, Path(f"{db}-wal")):
        digest.update(part.read_bytes() if part.exists() else b"-")
    return digest.hexdigest()


class Paused:
    """A real `padi` command in a child process, stopped in the middle of its work (see paused.py)."""

    def __init__(self, where: str, *argv: str) -> None:
        env = {**os.environ, "PADI_PASSWORD": DEMO_PASSWORD, "PYTHONPATH": str(ROOT)}
        self.proc = subprocess.Popen([sys.executable, "-m", "tests.security.paused", where, *argv], cwd=ROOT,
                                     env=env, text=True, stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                                     stderr=subprocess.PIPE)
        line = self.proc.stdout.readline().strip()
        if line != "paused":
            self.proc.kill()
            raise AssertionError(f"the child did not get to its pause: {line!r} {self.proc.stderr.read()}")

    def finish(self) -> tuple[int, str, str]:
        out, err = self.proc.communicate("go\n", timeout=120)
        return self.proc.returncode, out, err

    def kill(self) -> None:
        if self.proc.poll() is None:
            self.proc.kill()
            self.proc.communicate()


@pytest.fixture
def backup(demo_db, tmp_path, capsys) -> Path:
    usb = tmp_path / "usb"
    usb.mkdir()
    assert padi(["backup", "--db", str(demo_db), "--to", str(usb), "--user", "admin"]) == 0
    capsys.readouterr()
    return next(usb.glob("padi-cadangan-*.zip"))


@pytest.fixture
def sheet(tmp_path) -> Path:
    path = tmp_path / "izin.csv"
    path.write_text("Jenis;Jumlah\n" + "".join(f"NIB-{i};{i}\n" for i in range(500)), encoding="utf-8")
    return path


def test_restore_is_refused_while_an_import_runs_and_the_import_is_kept(demo_db, backup, sheet, capsys):
    importing = Paused("import", "import", "--db", str(demo_db), "--file", str(sheet), "--dataset", "Impor Baru",
                       "--user", "staf")
    try:
        before = state(demo_db)
        code = padi(["restore", str(backup), "--db", str(demo_db), "--user", "admin"])
        err = capsys.readouterr().err
        assert code == 3
        assert "padi import" in err and f"PID {importing.proc.pid}" in err and "staf" in err
        assert state(demo_db) == before
        assert not list(demo_db.parent.glob("padi-sebelum-pulih-*"))  # no restore began
    finally:
        code, out, err = importing.finish()
    assert code == 0 and "500 baris diimpor" in out, err
    assert padi(["list", "datasets", "--db", str(demo_db)]) == 0
    assert "Impor Baru" in capsys.readouterr().out  # reported done, and there


def test_two_restores_at_once_one_is_refused_the_other_completes(demo_db, backup, capsys):
    first = Paused("restore", "restore", str(backup), "--db", str(demo_db), "--user", "admin")
    try:
        code = padi(["restore", str(backup), "--db", str(demo_db), "--user", "admin"])
        err = capsys.readouterr().err
        assert code == 3, err
        assert "padi restore" in err and f"PID {first.proc.pid}" in err
    finally:
        code, out, err = first.finish()
    assert code == 0, err  # never a FileNotFoundError: the second one did not clear the first one's files
    assert "dipulihkan" in out
    assert padi(["check", "--db", str(demo_db)]) == 0


def test_commands_are_refused_while_a_restore_replaces_the_database(demo_db, backup, sheet, capsys):
    restoring = Paused("restore", "restore", str(backup), "--db", str(demo_db), "--user", "admin")
    try:
        code = padi(["import", "--db", str(demo_db), "--file", str(sheet), "--dataset", "Sela", "--user", "staf"])
        err = capsys.readouterr().err
        assert code == 3 and "padi restore" in err and f"PID {restoring.proc.pid}" in err
        assert padi(["list", "datasets", "--db", str(demo_db)]) == 3  # even reading waits for the restore
    finally:
        code, _out, err = restoring.finish()
    assert code == 0, err
    assert padi(["list", "datasets", "--db", str(demo_db)]) == 0
    assert "Sela" not in capsys.readouterr().out


def test_restore_is_refused_while_a_backup_runs_beside_it(demo_db, backup, tmp_path, capsys):
    usb = backup.parent
    backing_up = Paused("backup", "backup", "--db", str(demo_db), "--to", str(usb), "--user", "admin")
    try:
        before = state(demo_db)
        code = padi(["restore", str(backup), "--db", str(demo_db), "--user", "admin"])
        err = capsys.readouterr().err
        assert code == 3 and "padi backup" in err and f"PID {backing_up.proc.pid}" in err
        assert state(demo_db) == before
    finally:
        code, _out, err = backing_up.finish()
    assert code == 0, err


def test_a_second_import_waits_for_nobody_it_is_refused_naming_the_first(demo_db, sheet, capsys):
    first = Paused("import", "import", "--db", str(demo_db), "--file", str(sheet), "--dataset", "Pertama",
                   "--user", "staf")
    try:
        code = padi(["import", "--db", str(demo_db), "--file", str(sheet), "--dataset", "Kedua", "--user", "kasubag"])
        err = capsys.readouterr().err
        assert code == 3 and "padi import" in err and f"PID {first.proc.pid}" in err
    finally:
        code, _out, err = first.finish()
    assert code == 0, err


def test_a_window_cannot_open_the_database_while_a_command_writes_to_it(demo_db, sheet):
    from desktop_app.gui import single_instance

    importing = Paused("import", "import", "--db", str(demo_db), "--file", str(sheet), "--dataset", "Jendela",
                       "--user", "staf")
    try:
        with pytest.raises(NotAllowed):
            single_instance.acquire(demo_db)
        with pytest.raises(NotAllowed) as err:
            with instance_lock.exclusive(demo_db, instance_lock.Holder.me("PADI", "admin")):
                pass
        assert err.value.code == "database_in_use_by" and f"PID {importing.proc.pid}" in err.value.detail
    finally:
        code, _out, err_text = importing.finish()
    assert code == 0, err_text
    lock = single_instance.acquire(demo_db)  # afterwards it opens
    assert lock is not None
    lock.unlock()
