"""Auto-lock on a shared PC: after N idle minutes the main window is covered until the password is given.

The window is only covered and disabled, never rebuilt, so whatever was typed and not yet saved is
still there after unlocking. Wrong passwords go through AccountService.unlock and count toward the
lockout; another person can choose Ganti Pengguna instead.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMainWindow,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop_app.domain.errors import PadiError
from desktop_app.gui import theme
from desktop_app.gui.messages import error_text

if TYPE_CHECKING:
    from desktop_app.services.accounts import AccountService

translate = QCoreApplication.translate

CHECK_INTERVAL_MS = 15_000
_INPUT_EVENTS = frozenset({
    QEvent.Type.KeyPress, QEvent.Type.MouseButtonPress, QEvent.Type.MouseMove, QEvent.Type.Wheel,
    QEvent.Type.TouchBegin, QEvent.Type.TabletPress,
})


class LockScreen(QWidget):
    """Covers the main window: who is logged in, a password field, Buka Kunci and Ganti Pengguna."""

    def __init__(self, window: QMainWindow) -> None:
        super().__init__(window)
        # Opaque: nothing of the work underneath may show on a shared PC.
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        dark = theme.is_dark()  # the light design on a dark theme would show light text on white
        self.setStyleSheet("LockScreen { background: %s; }" % ("palette(window)" if dark else "#eef2f5"))
        panel = QFrame(self)
        panel.setFrameShape(QFrame.Shape.StyledPanel)
        panel.setStyleSheet("QFrame { background: %s; }" % ("palette(base)" if dark else "white"))
        panel.setFixedWidth(420)
        self.title = QLabel(translate("IdleLock", "<b>PADI terkunci</b>"), panel)
        self.user = QLabel(panel)
        self.user.setWordWrap(True)
        self.user.setFixedWidth(390)  # a wrapped label needs a width to know its height
        self.password = QLineEdit(panel)
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setPlaceholderText(translate("IdleLock", "Kata sandi"))
        self.error = QLabel(panel)
        self.error.setWordWrap(True)
        self.error.setFixedWidth(390)
        self.error.setStyleSheet(theme.error_style())
        self.unlock_button = QPushButton(translate("IdleLock", "Buka Kunci"), panel)
        self.unlock_button.setDefault(True)
        self.switch_button = QPushButton(translate("IdleLock", "Ganti Pengguna"), panel)
        buttons = QHBoxLayout()
        buttons.addWidget(self.switch_button)
        buttons.addStretch(1)
        buttons.addWidget(self.unlock_button)
        inner = QVBoxLayout(panel)
        for widget in (self.title, self.user, self.password, self.error):
            inner.addWidget(widget)
        inner.addLayout(buttons)
        outer = QVBoxLayout(self)
        outer.addStretch(1)
        outer.addWidget(panel, 0, Qt.AlignmentFlag.AlignHCenter)
        outer.addStretch(2)
        self.password.returnPressed.connect(self.unlock_button.click)
        self.hide()


class IdleLock(QObject):
    """Watches input to the whole application and locks ``window`` after ``minutes`` without any.

    ``minutes`` None: the office setting (AccountService.idle_lock_minutes), read at every check so a
    change in Pengaturan applies at once. A modal dialog left open does not keep the PC unlocked: its
    window is made fully transparent (it stays open, with what was typed in it) and the lock screen
    becomes a window of its own, modal above it, so its password field takes input; unlocking gives
    the dialog back as it was.
    """

    sig_locked = Signal()
    sig_unlocked = Signal()

    def __init__(self, window: QMainWindow, accounts: AccountService, minutes: float | None = None, *,
                 switch_user: Callable[[], None], clock: Callable[[], float] = time.monotonic,
                 interval_ms: int = CHECK_INTERVAL_MS) -> None:
        super().__init__(window)
        self.window = window
        self.accounts = accounts
        self.minutes = minutes
        self.clock = clock
        self._switch_user = switch_user
        self.last_input = clock()
        self.locked = False
        self._veiled: list[tuple[QWidget, float]] = []  # modal dialogs made transparent, with their opacity
        self.screen = LockScreen(window)
        self.screen.unlock_button.clicked.connect(self.try_unlock)
        self.screen.switch_button.clicked.connect(self._on_switch_clicked)
        self.timer = QTimer(self)
        self.timer.setInterval(interval_ms)
        self.timer.timeout.connect(self.check)
        self.timer.start()
        window.installEventFilter(self)
        QApplication.instance().installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt API)
        kind = event.type()
        if kind in _INPUT_EVENTS:
            self.last_input = self.clock()
        elif kind == QEvent.Type.Resize and watched is self.window:
            self.screen.setGeometry(self.window.rect())
        return False

    def check(self) -> None:
        """Lock when the idle time is up (the timer calls this; tests call it after moving the clock)."""
        if self.locked or self.accounts.ctx.actor is None:
            return
        minutes = self.minutes if self.minutes is not None else self.accounts.idle_lock_minutes()
        if self.clock() - self.last_input >= minutes * 60:
            self.lock()

    def lock(self) -> None:
        actor = self.accounts.ctx.actor
        self.screen.user.setText(translate(
            "IdleLock", "Layar dikunci karena tidak ada kegiatan. Masukkan kata sandi {name} untuk melanjutkan; "
                        "pekerjaan yang belum disimpan tetap ada.").format(name=actor.display if actor else ""))
        self.screen.user.setMinimumHeight(self.screen.user.heightForWidth(self.screen.user.width()))
        self.screen.error.clear()
        self.screen.password.clear()
        self.locked = True
        self._set_window_enabled(False)
        modals = [w for w in QApplication.topLevelWidgets()
                  if w.isVisible() and w.isModal() and w is not self.screen and w is not self.window]
        if modals:
            self._veil(modals)
        else:
            self.screen.setGeometry(self.window.rect())
        self.screen.show()
        self.screen.raise_()
        self.screen.password.setFocus()
        if actor is not None:
            try:  # work recorded as running pauses as of the last input, not now
                self.accounts.lock_session(max(self.clock() - self.last_input, 0.0))
            except PadiError:
                pass  # the lock itself matters more than its log entry
        self.sig_locked.emit()

    def try_unlock(self) -> None:
        try:
            self.accounts.unlock(self.screen.password.text())
        except PadiError as err:
            self.screen.error.setText(error_text(err))
            self.screen.error.setMinimumHeight(self.screen.error.heightForWidth(self.screen.error.width()))
            self.screen.password.clear()
            self.screen.password.setFocus()
            return
        self.release()

    def release(self) -> None:
        """Uncover the window as it was (after unlocking or switching user)."""
        self.screen.hide()
        self.screen.password.clear()
        self.locked = False
        self._set_window_enabled(True)
        self._unveil()
        self.last_input = self.clock()
        self.sig_unlocked.emit()

    def _on_switch_clicked(self) -> None:
        if not self._veiled:
            self.release()
            self._switch_user()
            return
        # Someone else takes over: the dialogs left open hold the previous user's unsaved work, so they
        # are cancelled (never shown to the next user), and the switch waits until their loops have ended.
        dialogs = [dialog for dialog, _opacity in self._veiled]
        self.release()
        for dialog in dialogs:
            if isinstance(dialog, QDialog):
                dialog.reject()
            else:
                dialog.close()
        QTimer.singleShot(0, self._switch_user)

    def _veil(self, modals: list[QWidget]) -> None:
        """Hide the open modal dialogs' contents (without closing them) and lift the lock screen above them."""
        self._veiled = [(dialog, dialog.windowOpacity()) for dialog in modals]
        for dialog, _opacity in self._veiled:
            dialog.setWindowOpacity(0.0)
        self.screen.setParent(None, Qt.WindowType.Window | Qt.WindowType.FramelessWindowHint
                              | Qt.WindowType.WindowStaysOnTopHint)
        self.screen.setWindowModality(Qt.WindowModality.ApplicationModal)
        self.screen.setGeometry(self.window.frameGeometry())

    def _unveil(self) -> None:
        """Give the dialogs back and put the lock screen over the main window again, for next time."""
        if self.screen.isWindow():
            self.screen.setWindowModality(Qt.WindowModality.NonModal)
            self.screen.setParent(self.window, Qt.WindowType.Widget)
            self.screen.hide()
        for dialog, opacity in self._veiled:
            dialog.setWindowOpacity(opacity)
            dialog.activateWindow()
        self._veiled = []

    def _set_window_enabled(self, enabled: bool) -> None:
        # The work stays in its widgets; only input is blocked (menus too: their shortcuts would work).
        for widget in (self.window.centralWidget(), self.window.menuBar()):
            if widget is not None:
                widget.setEnabled(enabled)


__all__ = ["IdleLock", "LockScreen"]
