"""Passwords in the GUI: the administrator resets one, the user must choose a new one at the next login."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from desktop_app.gui import prompts
from desktop_app.gui.login_dialog import LoginDialog
from desktop_app.gui.main_window import MainWindow
from tests.conftest import PASSWORD


@pytest.fixture
def admin_window(qtbot, office):
    office.accounts.login("admin", PASSWORD)
    win = MainWindow(office, "padi.db")
    qtbot.addWidget(win)
    win.refresh()
    win.tabs.setCurrentWidget(win.settings)
    return win


def select_user(window, username):
    users = window.settings.users
    for row in range(users.count()):
        if users.item(row).text().split(" — ")[1].split(" ·")[0] == username:
            users.setCurrentRow(row)
            return
    raise AssertionError(username)


def fill(new, repeat=None, seen=None):
    def run(dialog):
        if seen is not None:
            seen.append(dialog)
        dialog.new.setText(new)
        dialog.repeat.setText(new if repeat is None else repeat)
        dialog.accept()  # the dialog's own check of the two fields
        return dialog.result() == dialog.DialogCode.Accepted
    return run


def login(qtbot, services, username, password) -> LoginDialog:
    dialog = LoginDialog(services, demo=False)
    qtbot.addWidget(dialog)
    dialog.ui.usernameEdit.setText(username)
    dialog.ui.passwordEdit.setText(password)
    dialog.ui.buttonBox.accepted.emit()
    return dialog


def test_reset_then_forced_change_at_next_login(qtbot, admin_window, office, monkeypatch):
    select_user(admin_window, "staf")
    monkeypatch.setattr(prompts, "run_dialog", fill("sementara-77"))
    qtbot.mouseClick(admin_window.settings.reset_password, Qt.MouseButton.LeftButton)
    assert office.activity.entries()[0].action == "password_reset"
    office.accounts.logout()

    seen = []
    answers = iter(["12345678", "sandi-pilihan-siti"])  # the first breaks a rule and is refused in the dialog
    monkeypatch.setattr(prompts, "run_dialog", lambda dialog: fill(next(answers), seen=seen)(dialog))
    dialog = login(qtbot, office, "staf", "sementara-77")
    assert dialog.result() == LoginDialog.DialogCode.Accepted
    assert seen[0].error.text().startswith("Kata sandi tidak boleh hanya angka")
    office.accounts.logout()
    office.accounts.login("staf", "sandi-pilihan-siti")
    assert not office.accounts.must_change_password()


def test_refusing_to_change_a_reset_password_keeps_the_user_out(qtbot, office, monkeypatch):
    office.accounts.login("admin", PASSWORD)
    staf = next(u.id for u in office.accounts.users() if u.username == "staf")
    office.accounts.reset_password(staf, "sementara-77")
    office.accounts.logout()
    monkeypatch.setattr(prompts, "run_dialog", lambda dialog: False)
    dialog = login(qtbot, office, "staf", "sementara-77")
    assert dialog.result() != LoginDialog.DialogCode.Accepted and office.ctx.actor is None
    assert "harus diganti" in dialog.ui.errorLabel.text()


def test_mismatched_repeat_is_caught_in_the_dialog(qtbot, admin_window, office, monkeypatch):
    select_user(admin_window, "staf")
    seen = []
    monkeypatch.setattr(prompts, "run_dialog", fill("sementara-77", "sementara-78", seen))
    qtbot.mouseClick(admin_window.settings.reset_password, Qt.MouseButton.LeftButton)
    assert seen[0].error.text() == "Kedua isian kata sandi baru tidak sama."
    assert office.activity.entries()[0].action != "password_reset"


def test_staff_cannot_reset_but_changes_own_password(qtbot, office, monkeypatch):
    office.accounts.login("staf", PASSWORD)
    win = MainWindow(office, "padi.db")
    qtbot.addWidget(win)
    win.refresh()
    assert not win.settings.reset_password.isEnabled()

    def change(dialog):
        dialog.old.setText(PASSWORD)
        return fill("kopi-pagi-siti")(dialog)

    monkeypatch.setattr(prompts, "run_dialog", change)
    qtbot.mouseClick(win.settings.change_password, Qt.MouseButton.LeftButton)
    office.accounts.logout()
    assert office.accounts.login("staf", "kopi-pagi-siti").username == "staf"


def test_admin_sets_the_idle_lock_minutes(qtbot, admin_window, office):
    settings = admin_window.settings
    assert settings.idle_minutes.value() == 10 and settings.save_idle.isEnabled()
    settings.idle_minutes.setValue(3)
    qtbot.mouseClick(settings.save_idle, Qt.MouseButton.LeftButton)
    assert office.accounts.idle_lock_minutes() == 3
    office.accounts.logout()
    office.accounts.login("staf", PASSWORD)
    settings.refresh()
    assert not settings.save_idle.isEnabled() and not settings.idle_minutes.isEnabled()
    assert settings.idle_minutes.value() == 3
