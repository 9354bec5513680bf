"""Arsip tab: choose a target, back up (plain and encrypted with a recovery sheet), re-verify, restore,
data soft, and the backup on exit — by clicking the real widgets, offscreen."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from desktop_app.domain.roles import Role
from desktop_app.gui import prompts
from desktop_app.gui.main_window import MainWindow
from desktop_app.services.archive import backup_crypto
from desktop_app.services.office.bundle import Services
from desktop_app.services.office.demo import DEMO_PASSWORD, seed_demo

PASSPHRASE = "kunci-cadangan-kantor"
JOB_TIMEOUT = 30000


@pytest.fixture(scope="module")
def demo_template(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("archive-demo") / "template.db"
    services = Services.open(path)
    seed_demo(services)
    services.close()
    return path


@pytest.fixture(autouse=True)
def cheap_kdf(monkeypatch):
    monkeypatch.setattr(backup_crypto, "KDF_N", 2**10)


@pytest.fixture
def stick(tmp_path) -> Path:
    folder = tmp_path / "FLASHDISK"
    folder.mkdir()
    return folder


@pytest.fixture
def window(qtbot, tmp_path, demo_template):
    db = tmp_path / "live" / "padi.db"
    db.parent.mkdir()
    shutil.copyfile(demo_template, db)
    services = Services.open(db)
    services.accounts.login("admin", DEMO_PASSWORD)
    win = MainWindow(services, str(db))
    qtbot.addWidget(win)
    win.refresh()
    win.show()
    win.tabs.setCurrentWidget(win.archive)
    yield win
    services.close()


def button(tab, label):
    return next(a.button for a in tab.actions_ if a.label == label)


def choose(tab, monkeypatch, folder: Path) -> None:
    monkeypatch.setattr(prompts, "choose_folder", lambda *a, **k: folder)
    tab.folder_button.click()


def fill_backup_dialog(monkeypatch, *, passphrase: str | None = None, kept_at: str = "", sheet: bool = False):
    """Answer the passphrase dialog (shown when the office encrypts its backups); none: a plain one."""
    def run(dialog):
        dialog.encrypt_check.setChecked(bool(passphrase))
        if passphrase:
            dialog.encrypt_check.setChecked(True)
            dialog.passphrase_edit.setText(passphrase)
            dialog.repeat_edit.setText(passphrase)
            dialog.kept_edit.setText(kept_at)
            dialog.sheet_check.setChecked(sheet)
        return True

    monkeypatch.setattr(prompts, "run_dialog", run)


def table_rows(tab) -> list[list[str]]:
    t = tab.backup_table
    return [[t.item(r, c).text() for c in range(t.columnCount())] for r in range(t.rowCount())]


def encrypt_backups(tab, on: bool = True) -> None:
    tab.encrypt_check.setChecked(on)
    tab.save_settings_button.click()


def click_and_wait(qtbot, tab, label: str) -> None:
    with qtbot.waitSignal(tab.sig_job_finished, timeout=JOB_TIMEOUT) as blocker:
        qtbot.mouseClick(button(tab, label), Qt.MouseButton.LeftButton)
    assert blocker.args == [True]


def test_target_chooser_lists_drives_and_remembers_the_folder(qtbot, window, stick, monkeypatch, tmp_path):
    tab = window.archive
    assert tab.target_list.count() >= 1  # at least the system disk from QStorageInfo
    choose(tab, monkeypatch, stick)
    assert tab.services.archive.settings().target == str(stick)
    labels = [tab.target_list.item(i).text() for i in range(tab.target_list.count())]
    assert any(stick.name in text and "Folder pilihan" in text for text in labels)
    assert str(stick) in tab.ui.detailLabel.text()
    tab.grab().save(str(tmp_path / "archive-empty.png"))


def test_backup_encrypted_with_recovery_sheet_then_plain(qtbot, window, stick, monkeypatch, tmp_path):
    tab = window.archive
    choose(tab, monkeypatch, stick)
    sheet = tmp_path / "lembar.pdf"
    monkeypatch.setattr(prompts, "choose_save_file", lambda *a, **k: sheet)
    encrypt_backups(tab)
    fill_backup_dialog(monkeypatch, passphrase=PASSPHRASE, kept_at="Brankas Sekretariat", sheet=True)
    click_and_wait(qtbot, tab, "Cadangkan Sekarang")
    [encrypted] = list(stick.glob("*.padienc"))
    assert sheet.read_bytes().startswith(b"%PDF")
    encrypt_backups(tab, False)
    monkeypatch.setattr(prompts, "run_dialog", lambda _d: pytest.fail("no dialog for a plain backup"))
    window.services.ctx.clock = lambda: __import__("datetime").datetime(2030, 1, 2, 9, 0)
    click_and_wait(qtbot, tab, "Cadangkan Sekarang")
    rows = table_rows(tab)
    assert [r[3] for r in rows] == ["Biasa", "Terenkripsi"]
    assert all(r[4] == "Terverifikasi" for r in rows)
    assert "Cadangan terverifikasi terakhir" in tab.ui.detailLabel.text()
    assert encrypted.name in {r[0] for r in rows}
    tab.grab().save(str(tmp_path / "archive-two-backups.png"))


def test_a_passphrase_typed_differently_cannot_be_accepted(qtbot, window):
    from desktop_app.gui.dialogs.backup_options import BackupOptionsDialog
    dialog = BackupOptionsDialog("/media/FLASHDISK", window)
    qtbot.addWidget(dialog)
    ok = dialog.buttons.button(dialog.buttons.StandardButton.Ok)
    assert ok.isEnabled()  # a plain backup needs nothing
    dialog.encrypt_check.setChecked(True)
    dialog.passphrase_edit.setText(PASSPHRASE)
    dialog.repeat_edit.setText(PASSPHRASE + "x")
    assert not ok.isEnabled() and "belum sama" in dialog.problem_label.text()
    dialog.repeat_edit.setText(PASSPHRASE)
    assert ok.isEnabled() and dialog.choice().passphrase == PASSPHRASE


def test_damaged_backup_is_found_when_the_stick_comes_back(qtbot, window, stick, monkeypatch, tmp_path):
    tab = window.archive
    choose(tab, monkeypatch, stick)
    fill_backup_dialog(monkeypatch)
    click_and_wait(qtbot, tab, "Cadangkan Sekarang")
    [backup] = list(stick.glob("*.zip"))
    # The stick is pulled out (the tab notices), then comes back with a damaged file.
    window.tabs.setCurrentIndex(0)
    away = tmp_path / "elsewhere"
    stick.rename(away)
    window.tabs.setCurrentWidget(tab)
    data = bytearray((away / backup.name).read_bytes())
    data[len(data) // 2] ^= 0x20
    (away / backup.name).write_bytes(bytes(data))
    away.rename(stick)
    window.tabs.setCurrentIndex(0)
    errors = []
    monkeypatch.setattr(prompts, "error", lambda *a, **k: errors.append(a[2]))
    with qtbot.waitSignal(tab.sig_job_finished, timeout=JOB_TIMEOUT):
        window.tabs.setCurrentWidget(tab)
    assert errors and "tidak lagi utuh" in errors[0]
    assert table_rows(tab)[0][4].startswith("RUSAK")
    assert window.services.archive.last_verified() is None
    tab.grab().save(str(tmp_path / "archive-damaged.png"))


def test_restore_brings_back_the_backup_and_asks_for_a_restart(qtbot, window, stick, monkeypatch, tmp_path):
    tab = window.archive
    choose(tab, monkeypatch, stick)
    encrypt_backups(tab)
    fill_backup_dialog(monkeypatch, passphrase=PASSPHRASE)
    click_and_wait(qtbot, tab, "Cadangkan Sekarang")
    [backup] = list(stick.glob("*.padienc"))
    window.services.accounts.create_user("baru", "Pegawai Baru", "sandi-baru-123", Role.STAF)  # after the backup
    questions = []
    monkeypatch.setattr(prompts, "choose_file", lambda *a, **k: backup)
    monkeypatch.setattr(prompts, "ask_secret", lambda *a, **k: PASSPHRASE)
    monkeypatch.setattr(prompts, "confirm", lambda _p, _t, text: questions.append(text) or True)
    monkeypatch.setattr(prompts, "info", lambda *a, **k: None)
    db = window.services.ctx.db.path
    with qtbot.waitSignal(window.sig_restart, timeout=JOB_TIMEOUT):
        qtbot.mouseClick(button(tab, "Pulihkan…"), Qt.MouseButton.LeftButton)
    assert backup.name in questions[0] and "Kumpulan Data" in questions[0]
    assert not window.isVisible()
    with sqlite3.connect(db) as conn:
        users = {r[0] for r in conn.execute("SELECT username FROM users")}
        action = conn.execute("SELECT action FROM activity_log ORDER BY id DESC LIMIT 1").fetchone()[0]
    assert "baru" not in users and action == "backup_restored"
    assert len(list(db.parent.glob("padi-sebelum-pulih-*.db"))) == 1


def test_restore_of_a_damaged_file_is_refused_and_nothing_changes(qtbot, window, stick, monkeypatch, tmp_path):
    tab = window.archive
    bad = stick / "padi-cadangan-20260101-000000.zip"
    bad.write_bytes(b"PK\x03\x04 bukan cadangan")
    db = window.services.ctx.db.path
    monkeypatch.setattr(prompts, "choose_file", lambda *a, **k: bad)
    errors = []
    monkeypatch.setattr(prompts, "error", lambda *a, **k: errors.append(a[2]))
    monkeypatch.setattr(prompts, "confirm", lambda *a: pytest.fail("a damaged backup must not be offered"))
    with qtbot.waitSignal(tab.sig_job_finished, timeout=JOB_TIMEOUT) as blocker:
        qtbot.mouseClick(button(tab, "Pulihkan…"), Qt.MouseButton.LeftButton)
    assert blocker.args == [False]
    assert "rusak" in errors[0]
    assert not list(db.parent.glob("*sebelum-pulih*"))


def sha(path: Path) -> str:
    import hashlib

    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture
def foreign_backup(tmp_path, demo_template, stick) -> Path:
    """A backup made by another office's PADI (same sample data, but not in this office's log)."""
    other = tmp_path / "kantor-lain" / "padi.db"
    other.parent.mkdir()
    shutil.copyfile(demo_template, other)
    services = Services.open(other)
    services.accounts.login("admin", DEMO_PASSWORD)
    path = services.archive.backup(stick).path
    services.close()
    return path


def test_restore_of_an_unknown_backup_asks_for_the_words(qtbot, window, foreign_backup, monkeypatch, tmp_path):
    from desktop_app.gui.dialogs.unknown_backup import UnknownBackupDialog

    tab = window.archive
    db = window.services.ctx.db.path
    questions, seen = [], []
    monkeypatch.setattr(prompts, "choose_file", lambda *a, **k: foreign_backup)
    monkeypatch.setattr(prompts, "confirm", lambda _p, _t, text: questions.append(text) or True)
    monkeypatch.setattr(prompts, "info", lambda *a, **k: None)

    def look_then_cancel(dialog) -> bool:
        assert isinstance(dialog, UnknownBackupDialog)
        assert not dialog.ok_button.isEnabled()
        dialog.words_edit.setText("ya, pulihkan")
        assert not dialog.ok_button.isEnabled()
        dialog.words_edit.setText("pulihkan  cadangan tidak dikenal")  # case and spaces aside
        assert dialog.ok_button.isEnabled()
        dialog.show()
        dialog.grab().save("/tmp/lock-backup-unknown-backup.png")
        seen.append(dialog)
        return False

    monkeypatch.setattr(prompts, "run_dialog", look_then_cancel)
    window.services.ctx.db.close()
    before = sha(db)
    with qtbot.waitSignal(tab.sig_job_finished, timeout=JOB_TIMEOUT):
        qtbot.mouseClick(button(tab, "Pulihkan…"), Qt.MouseButton.LeftButton)
    assert seen and "Tercatat di kantor ini: TIDAK" in questions[0]
    window.services.ctx.db.close()
    assert sha(db) == before and not list(db.parent.glob("*sebelum-pulih*"))  # cancelled: nothing changed

    def confirm_in_words(dialog) -> bool:
        dialog.words_edit.setText("PULIHKAN CADANGAN TIDAK DIKENAL")
        dialog.accept()
        return True

    monkeypatch.setattr(prompts, "run_dialog", confirm_in_words)
    with qtbot.waitSignal(window.sig_restart, timeout=JOB_TIMEOUT):
        qtbot.mouseClick(button(tab, "Pulihkan…"), Qt.MouseButton.LeftButton)
    with sqlite3.connect(db) as conn:
        detail = conn.execute("SELECT detail FROM activity_log ORDER BY id DESC LIMIT 1").fetchone()[0]
    conn.close()
    assert '"known": false' in detail


def test_a_known_backup_is_restored_without_the_words(qtbot, window, stick, monkeypatch):
    tab = window.archive
    backup = window.services.archive.backup(stick).path
    questions = []
    monkeypatch.setattr(prompts, "choose_file", lambda *a, **k: backup)
    monkeypatch.setattr(prompts, "confirm", lambda _p, _t, text: questions.append(text) or True)
    monkeypatch.setattr(prompts, "run_dialog", lambda _d: pytest.fail("a known backup needs no words"))
    monkeypatch.setattr(prompts, "info", lambda *a, **k: None)
    with qtbot.waitSignal(window.sig_restart, timeout=JOB_TIMEOUT):
        qtbot.mouseClick(button(tab, "Pulihkan…"), Qt.MouseButton.LeftButton)
    assert "Tercatat di kantor ini: ya (Catatan Aktivitas #" in questions[0]


def test_restore_is_refused_while_another_padi_has_the_database_open(qtbot, window, stick, monkeypatch):
    from tests.security.test_one_writer import Paused

    tab = window.archive
    db = window.services.ctx.db.path
    backup = window.services.archive.backup(stick).path
    monkeypatch.setattr(prompts, "choose_file", lambda *a, **k: backup)
    monkeypatch.setattr(prompts, "confirm", lambda *a: True)
    errors = []
    monkeypatch.setattr(prompts, "error", lambda *a, **k: errors.append(a[2]))
    beside = Paused("backup", "backup", "--db", str(db), "--to", str(stick), "--user", "admin")
    try:
        window.services.ctx.db.close()
        before = sha(db)
        qtbot.mouseClick(button(tab, "Pulihkan…"), Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: bool(errors), timeout=JOB_TIMEOUT)  # the check job, then the refused restore
        assert "padi backup" in errors[-1] and f"PID {beside.proc.pid}" in errors[-1]
        assert sha(db) == before and not list(db.parent.glob("*sebelum-pulih*"))
    finally:
        code, _out, err = beside.finish()
    assert code == 0, err
    assert window.services.archive.last_verified() is not None  # the window goes on working


def test_restore_is_offered_to_the_administrator_only(qtbot, window):
    tab = window.archive
    assert button(tab, "Pulihkan…").isEnabled()
    window.services.accounts.logout()
    window.services.accounts.login("staf", DEMO_PASSWORD)
    window.refresh()
    assert not button(tab, "Pulihkan…").isEnabled()
    assert button(tab, "Cadangkan Sekarang").isEnabled()


def test_soft_copy_button(qtbot, window, stick, monkeypatch):
    tab = window.archive
    choose(tab, monkeypatch, stick)
    click_and_wait(qtbot, tab, "Salin Data Soft")
    [folder] = [p for p in stick.iterdir() if p.name.startswith("PADI-data-soft-")]
    assert (folder / "README.txt").is_file() and list(folder.glob("*/publikasi/*.pdf"))


def test_rotation_settings_and_backup_on_exit(qtbot, window, stick, monkeypatch):
    tab = window.archive
    choose(tab, monkeypatch, stick)
    assert tab.newest_spin.value() == 5  # the newest five stay whatever their day
    tab.newest_spin.setValue(2)
    tab.daily_spin.setValue(3)
    tab.on_exit_check.setChecked(True)
    tab.save_settings_button.click()
    settings = window.services.archive.settings()
    assert settings.rotation.daily == 3 and settings.on_exit and settings.target == str(stick)
    assert settings.rotation.newest == 2
    questions: list[str] = []
    answers = iter([None, "backup"])  # Batal first: PADI stays open; then back up and close
    monkeypatch.setattr(prompts, "ask_choice",
                        lambda _parent, _title, text, choices: questions.append((text, tuple(choices))) or next(answers))
    window.quit_action.trigger()  # Berkas → Tutup PADI
    assert window.isVisible() and not list(stick.glob("padi-cadangan-*.zip"))
    assert str(stick) in questions[0][0] and questions[0][1] == ("backup", "quit")
    with qtbot.waitSignal(tab.sig_job_finished, timeout=JOB_TIMEOUT):
        window.close()  # the title bar's close button asks the same
    qtbot.waitUntil(lambda: not window.isVisible(), timeout=JOB_TIMEOUT)
    assert len(list(stick.glob("padi-cadangan-*.zip"))) == 1 and len(questions) == 2


def test_closing_without_the_backup_on_exit(qtbot, window, stick, monkeypatch):
    tab = window.archive
    choose(tab, monkeypatch, stick)
    tab.on_exit_check.setChecked(True)
    tab.save_settings_button.click()
    monkeypatch.setattr(prompts, "ask_choice", lambda *_a: "quit")
    window.quit_action.trigger()
    assert not window.isVisible() and not list(stick.glob("padi-cadangan-*.zip"))


def test_the_backup_on_exit_names_a_missing_stick(qtbot, window, stick, monkeypatch):
    tab = window.archive
    choose(tab, monkeypatch, stick)
    tab.on_exit_check.setChecked(True)
    tab.save_settings_button.click()
    stick.rmdir()  # pulled out
    questions: list[tuple[str, tuple[str, ...]]] = []
    answers = iter([None, "quit"])
    monkeypatch.setattr(prompts, "ask_choice",
                        lambda _parent, _title, text, choices: questions.append((text, tuple(choices))) or next(answers))
    window.quit_action.trigger()
    assert window.isVisible()
    assert "tidak terpasang" in questions[0][0] and questions[0][1] == ("quit",)
    window.quit_action.trigger()
    assert not window.isVisible()


def test_an_open_tab_notices_the_stick_coming_back(qtbot, window, stick, monkeypatch, tmp_path):
    tab = window.archive
    choose(tab, monkeypatch, stick)
    fill_backup_dialog(monkeypatch)
    click_and_wait(qtbot, tab, "Cadangkan Sekarang")
    with qtbot.waitSignal(tab.sig_job_finished, timeout=JOB_TIMEOUT):
        assert tab.auto_reverify()  # first seen with backups on it: checked once
    assert not tab.auto_reverify()  # and not again while it stays plugged in
    assert tab._watch.isActive()  # noqa: SLF001 - the timer the tab runs while shown
    away = tmp_path / "dicabut"
    stick.rename(away)
    tab._on_watch()  # noqa: SLF001 - one tick of the timer: the stick is gone
    assert table_rows(tab) == []
    away.rename(stick)
    with qtbot.waitSignal(tab.sig_job_finished, timeout=JOB_TIMEOUT) as blocker:
        tab._on_watch()  # noqa: SLF001 - the next tick: it is back, so its backups are checked again
    assert blocker.args == [True]
    assert table_rows(tab)[0][4] == "Utuh (diverifikasi ulang)"


def test_backup_without_a_target_asks_for_the_folder_first(qtbot, window, stick, monkeypatch):
    tab = window.archive
    monkeypatch.setattr(prompts, "choose_folder", lambda *a, **k: stick)
    monkeypatch.setattr(prompts, "run_dialog", lambda _d: pytest.fail("plain backups ask nothing more"))
    click_and_wait(qtbot, tab, "Cadangkan Sekarang")
    assert len(list(stick.glob("padi-cadangan-*.zip"))) == 1
    assert window.services.archive.settings().target == str(stick)


def test_the_app_reopens_the_database_after_a_restore(qtbot, tmp_path, demo_template):
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from desktop_app import app as app_module

    db = tmp_path / "padi.db"
    shutil.copyfile(demo_template, db)
    services = Services.open(db)
    services.accounts.login("admin", DEMO_PASSWORD)

    def restored() -> None:
        window = next(w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow) and w.isVisible())
        window.archive.sig_restored.emit()  # what the tab emits once the restore job is done

    QTimer.singleShot(0, restored)
    try:
        code = app_module._run_main_window(QApplication.instance(), services, False)  # noqa: SLF001
    finally:
        services.close()
    assert code == app_module.RESTART_AFTER_RESTORE
