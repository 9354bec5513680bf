"""A second PADI on the same database is refused; a lock left by a crashed PADI is cleared."""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
from pathlib import Path

import pytest

from desktop_app import app as padi_app
from desktop_app.cli import main as padi
from desktop_app.domain.errors import NotAllowed
from desktop_app.gui import prompts, single_instance
from desktop_app.gui.login_dialog import LoginDialog
from desktop_app.services.runtime.instance_lock import held_by_running_padi, lock_path
from tests.conftest import PASSWORD

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def holder(office):
    """Another process with the office database open in a PADI window (holding its lock)."""
    db = office.ctx.db.path
    child = subprocess.Popen([sys.executable, "-m", "tests.reliability.hold_lock", str(db)], cwd=ROOT,
                             stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
    assert child.stdout.readline().strip() == "locked"
    yield child
    if child.poll() is None:
        child.kill()
    child.wait()


def test_second_window_is_refused_while_another_holds_the_lock(holder, office):
    with pytest.raises(NotAllowed) as err:
        single_instance.acquire(office.ctx.db.path)
    assert err.value.code == "database_in_use" and f"pid {holder.pid}" in err.value.detail
    assert held_by_running_padi(office.ctx.db.path)


def test_gui_start_shows_a_clear_message_and_does_not_open(qtbot, holder, office, monkeypatch):
    shown = []
    monkeypatch.setattr(prompts, "error", lambda parent, title, text, details="": shown.append(text))
    monkeypatch.setattr(LoginDialog, "attach", lambda self, services: (self.reject(), pytest.fail("opened")))
    assert padi_app.run_gui(office.ctx.db.path, "id", demo=False) == 0
    assert shown == ["Basis data ini sedang dibuka oleh PADI lain (di komputer ini atau lewat jaringan). "
                     "Tutup PADI yang lain itu terlebih dahulu."]


def test_cli_changes_are_refused_but_a_backup_still_runs(holder, office, tmp_path, capsys, monkeypatch):
    monkeypatch.setenv("PADI_PASSWORD", PASSWORD)
    db = str(office.ctx.db.path)
    assert padi(["publish", "--db", db, "--publication", "1", "--out", str(tmp_path), "--user", "staf"]) == 3
    assert "sedang dibuka oleh PADI lain" in capsys.readouterr().err
    assert padi(["backup", "--db", db, "--to", str(tmp_path), "--user", "admin"]) == 0
    holder.stdin.close()  # the window is closed: its lock is released
    holder.wait(timeout=10)
    assert not held_by_running_padi(office.ctx.db.path)
    assert padi(["publish", "--db", db, "--publication", "1", "--out", str(tmp_path), "--user", "staf"]) == 2
    assert "Publikasi dengan nomor 1 tidak ada" in capsys.readouterr().err  # got past the lock


def test_a_restore_is_refused_while_a_window_is_open_naming_it(holder, office, tmp_path, capsys, monkeypatch):
    monkeypatch.setenv("PADI_PASSWORD", PASSWORD)
    db = office.ctx.db.path
    office.accounts.login("admin", PASSWORD)
    backup = office.archive.backup(tmp_path).path
    office.accounts.logout()
    office.close()
    before = db.read_bytes()
    capsys.readouterr()
    assert padi(["restore", str(backup), "--db", str(db), "--user", "admin"]) == 3
    err = capsys.readouterr().err
    assert "sedang dibuka oleh PADI lain: PADI (" in err and f"PID {holder.pid}" in err  # the window, named
    assert db.read_bytes() == before


def test_lock_of_a_crashed_padi_is_cleared(holder, office):
    holder.send_signal(signal.SIGKILL)
    holder.wait(timeout=10)
    path = lock_path(office.ctx.db.path)
    assert path.exists()  # left behind by the crash
    assert not held_by_running_padi(office.ctx.db.path)
    lock = single_instance.acquire(office.ctx.db.path)
    assert lock is not None and lock.isLocked()
    assert path.read_text().splitlines()[0] == str(os.getpid())
    lock.unlock()
    assert not path.exists()


def test_stale_lock_file_naming_a_dead_process_is_cleared(tmp_path):
    db = tmp_path / "padi.db"
    dead = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"], capture_output=True,
                          text=True, check=True).stdout.strip()
    lock_path(db).write_text(f"{dead}\npython3.11\n{socket.gethostname()}\n")
    assert not held_by_running_padi(db)
    lock = single_instance.acquire(db)
    assert lock is not None and lock.isLocked()
    with pytest.raises(NotAllowed, match="database_in_use"):
        single_instance.acquire(db)  # held now, also within one process
    lock.unlock()


def test_lock_left_by_a_crashed_padi_on_another_computer_is_cleared(office):
    """A database on a shared folder: Qt cannot check a process on another PC, but nobody holds the file."""
    path = lock_path(office.ctx.db.path)
    path.write_text("4242\nPADI\nPC-LAIN-DI-JARINGAN\nmesin-lain\n\n", encoding="utf-8")
    lock = single_instance.acquire(office.ctx.db.path)
    try:
        assert lock is not None and lock.isLocked()
        assert "PC-LAIN" not in path.read_text(encoding="utf-8")  # now it names this PC
    finally:
        lock.unlock()
