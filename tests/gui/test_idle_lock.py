"""Auto-lock after idle minutes, with a fake clock: the password to continue, unsaved work kept."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialog, QLineEdit

from desktop_app.gui.idle_lock import IdleLock
from desktop_app.gui.main_window import MainWindow
from tests.conftest import PASSWORD


class Seconds:
    """A monotonic clock the test moves by hand."""

    def __init__(self) -> None:
        self.t = 1000.0

    def __call__(self) -> float:
        return self.t

    def advance(self, minutes: float) -> None:
        self.t += minutes * 60


@pytest.fixture
def locked_setup(qtbot, office):
    office.accounts.login("staf", PASSWORD)
    window = MainWindow(office, "padi.db")
    qtbot.addWidget(window)
    window.refresh()
    window.show()
    seconds = Seconds()
    switched = []
    lock = IdleLock(window, office.accounts, 10, switch_user=lambda: switched.append(True), clock=seconds,
                    interval_ms=60_000)
    return window, lock, seconds, switched


def unlock_with(qtbot, lock, password):
    lock.screen.password.clear()
    qtbot.keyClicks(lock.screen.password, password)
    qtbot.mouseClick(lock.screen.unlock_button, Qt.MouseButton.LeftButton)


def test_locks_only_after_ten_idle_minutes_and_input_restarts_the_count(qtbot, locked_setup, office):
    window, lock, seconds, _ = locked_setup
    seconds.advance(9)
    lock.check()
    assert not lock.locked
    qtbot.keyClick(window.tabs, Qt.Key.Key_Right)  # any input counts as activity
    seconds.advance(9.5)
    lock.timer.timeout.emit()
    assert not lock.locked
    seconds.advance(0.5)
    with qtbot.waitSignal(lock.sig_locked):
        lock.timer.timeout.emit()
    assert lock.locked and lock.screen.isVisible()
    assert not window.centralWidget().isEnabled() and not window.menuBar().isEnabled()
    assert lock.screen.geometry() == window.rect()
    assert "Siti Rahma" in lock.screen.user.text()
    image = window.grab().toImage()  # nothing of the work shows through the lock screen
    assert {image.pixelColor(x, y).name() for x in range(0, 300, 7) for y in range(0, 150, 7)} == {"#eef2f5"}
    assert office.activity.entries()[0].action == "session_locked"


def test_unlock_keeps_unsaved_work_and_wrong_passwords_count_toward_lockout(qtbot, locked_setup, office, clock):
    window, lock, seconds, _ = locked_setup
    edit = window.findChildren(QLineEdit)[0]
    edit.setText("belum disimpan")
    seconds.advance(10)
    lock.check()
    assert lock.locked
    for _ in range(4):
        unlock_with(qtbot, lock, "salah-sandi")
        assert lock.screen.error.text() == "Nama pengguna atau kata sandi salah."
    unlock_with(qtbot, lock, "salah-sandi")
    assert lock.screen.error.text().startswith("Akun dikunci sementara")
    unlock_with(qtbot, lock, PASSWORD)  # right password, but locked out for 15 minutes
    assert lock.locked and lock.screen.error.text().startswith("Akun dikunci sementara")
    assert "account_locked" in [e.action for e in office.activity.entries()]
    clock.advance(minutes=15, seconds=1)
    with qtbot.waitSignal(lock.sig_unlocked):
        unlock_with(qtbot, lock, PASSWORD)
    assert not lock.locked and not lock.screen.isVisible() and window.centralWidget().isEnabled()
    assert window.findChildren(QLineEdit)[0] is edit and edit.text() == "belum disimpan"
    assert office.ctx.actor.username == "staf"
    seconds.advance(9)
    lock.check()
    assert not lock.locked  # the idle count starts again at unlocking


def test_another_user_switches_user_instead(qtbot, locked_setup):
    window, lock, seconds, switched = locked_setup
    seconds.advance(11)
    lock.check()
    qtbot.mouseClick(lock.screen.switch_button, Qt.MouseButton.LeftButton)
    assert switched == [True] and not lock.locked


def test_nobody_logged_in_means_nothing_to_lock(qtbot, locked_setup, office):
    window, lock, seconds, _ = locked_setup
    office.accounts.logout()
    seconds.advance(60)
    lock.check()
    assert not lock.locked


def test_office_setting_is_read_at_each_check(qtbot, office):
    office.accounts.login("admin", PASSWORD)
    window = MainWindow(office, "padi.db")
    qtbot.addWidget(window)
    seconds = Seconds()
    lock = IdleLock(window, office.accounts, switch_user=lambda: None, clock=seconds)
    seconds.advance(5)
    lock.check()
    assert not lock.locked  # default 10 minutes
    office.accounts.set_idle_lock_minutes(5)
    lock.check()
    assert lock.locked


def test_locks_over_an_open_modal_dialog_and_gives_it_back_as_it_was(qtbot, locked_setup, office):
    """A dialog left open (a half-written form) neither keeps the PC unlocked nor loses its text."""
    window, lock, seconds, _ = locked_setup
    dialog = QDialog(window)
    dialog.setWindowModality(Qt.WindowModality.ApplicationModal)
    field = QLineEdit(dialog)
    field.setText("catatan yang belum disimpan")
    dialog.show()
    qtbot.waitUntil(lambda: QApplication.activeModalWidget() is dialog)
    seconds.advance(30)
    lock.check()
    assert lock.locked
    assert dialog.isVisible() and dialog.windowOpacity() == 0.0  # still open, nothing of it shows
    assert lock.screen.isWindow() and lock.screen.isVisible()
    assert QApplication.activeModalWidget() is lock.screen  # the password can be typed: nothing blocks it
    unlock_with(qtbot, lock, "salah")
    assert lock.locked and dialog.windowOpacity() == 0.0
    unlock_with(qtbot, lock, PASSWORD)
    assert not lock.locked and not lock.screen.isVisible()
    assert dialog.isVisible() and dialog.windowOpacity() == 1.0 and field.text() == "catatan yang belum disimpan"
    assert QApplication.activeModalWidget() is dialog
    dialog.close()
    qtbot.waitUntil(lambda: QApplication.activeModalWidget() is None)
    seconds.advance(30)
    lock.check()  # and back over the window itself
    assert lock.locked and not lock.screen.isWindow() and lock.screen.parent() is window


def test_switching_user_over_an_open_dialog_cancels_it(qtbot, locked_setup):
    """The next person never sees the previous user's half-filled dialog."""
    window, lock, seconds, switched = locked_setup
    dialog = QDialog(window)
    dialog.setWindowModality(Qt.WindowModality.ApplicationModal)
    dialog.show()
    qtbot.waitUntil(lambda: QApplication.activeModalWidget() is dialog)
    seconds.advance(30)
    lock.check()
    assert lock.locked
    qtbot.mouseClick(lock.screen.switch_button, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible() and dialog.result() == QDialog.DialogCode.Rejected
    qtbot.waitUntil(lambda: switched == [True])
    assert not lock.locked


def test_locks_inside_a_running_dialog_exec(qtbot, locked_setup):
    """The real case: the lock comes while prompts.run_dialog's exec() is waiting on a form."""
    window, lock, seconds, _ = locked_setup
    dialog = QDialog(window)
    seen = []

    def while_open():
        seconds.advance(30)
        lock.check()
        seen.append((lock.locked, QApplication.activeModalWidget() is lock.screen))
        unlock_with(qtbot, lock, PASSWORD)
        seen.append((lock.locked, QApplication.activeModalWidget() is dialog))
        dialog.accept()

    QTimer.singleShot(0, while_open)
    assert dialog.exec() == QDialog.DialogCode.Accepted
    assert seen == [(True, True), (False, True)]
