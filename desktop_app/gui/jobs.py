"""Long work off the GUI thread: a worker on a single-thread pool, a progress dialog with Cancel.

The work function is plain Python: ``work(report)`` where ``report(done, total, text)``
updates the dialog and raises ``Cancelled`` once the user pressed Cancel. Jobs run one at a
time (database writes are serialised), and results come back on the GUI thread.

Previews (a PDF rendered to show, never a write) run as a ``Background`` job: no dialog, on a
pool of their own so a preview never waits behind a long backup, one at a time; the result
comes back on the GUI thread through a signal.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, QRunnable, Qt, QThreadPool, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget

from desktop_app.domain.errors import Cancelled

translate = QCoreApplication.translate

Report = Callable[[int, int, str], None]

PROGRESS_INTERVAL = 0.05  # seconds between progress updates sent to the dialog

_pool = QThreadPool()
_pool.setMaxThreadCount(1)
_previews = QThreadPool()  # reads only: a preview never waits behind a long write, nor a write behind it
_previews.setMaxThreadCount(1)


def wait_for_all(msecs: int = 30000) -> bool:
    """Let running work finish (or notice its cancel) before the program exits."""
    return _pool.waitForDone(msecs) and _previews.waitForDone(msecs)


class _Signals(QObject):
    sig_progress = Signal(int, int, str)
    """done, total, what is happening."""
    sig_done = Signal(object)
    """The result of the work."""
    sig_failed = Signal(object)
    """The exception the work raised (Cancelled when the user cancelled)."""


class _Runner(QRunnable):
    def __init__(self, work: Callable[[Report], Any], signals: _Signals, cancel: threading.Event) -> None:
        super().__init__()
        self.work, self.signals, self.cancel = work, signals, cancel

    def run(self) -> None:
        last = [0.0]

        def report(done: int, total: int, text: str = "") -> None:
            if self.cancel.is_set():
                raise Cancelled()
            now = time.monotonic()
            if now - last[0] >= PROGRESS_INTERVAL or (total and done >= total):
                last[0] = now  # throttled: a tight loop must not flood the GUI thread's queue
                self.signals.sig_progress.emit(done, total, text)

        try:
            result = self.work(report)
        except BaseException as exc:  # noqa: BLE001 (handed to the GUI thread, which decides)
            self.signals.sig_failed.emit(exc)
        else:
            self.signals.sig_done.emit(result)


class Job(QObject):
    """One piece of long work with its progress dialog; emits sig_finished when over."""

    sig_finished = Signal(bool)
    """True when the work succeeded (after on_done ran), False when it failed or was cancelled."""

    def __init__(self, parent: QWidget, title: str, work: Callable[[Report], Any],
                 on_done: Callable[[Any], None], on_failed: Callable[[BaseException], None]) -> None:
        super().__init__(parent)
        self._cancel = threading.Event()
        self._signals = _Signals()
        self._on_done, self._on_failed = on_done, on_failed
        self.dialog = QProgressDialog(title, translate("Jobs", "Batal"), 0, 0, parent)
        self.dialog.setWindowTitle(title)
        self.dialog.setWindowModality(Qt.WindowModality.WindowModal)
        self.dialog.setMinimumDuration(400)
        self.dialog.canceled.connect(self._cancel.set)
        self._signals.sig_progress.connect(self._on_progress)
        self._signals.sig_done.connect(self._on_signals_done)
        self._signals.sig_failed.connect(self._on_signals_failed)
        _pool.start(_Runner(work, self._signals, self._cancel))

    def cancel(self) -> None:
        self._cancel.set()

    def _on_progress(self, done: int, total: int, text: str) -> None:
        self.dialog.setMaximum(max(total, 0))
        self.dialog.setValue(min(done, total) if total else 0)
        if text:
            self.dialog.setLabelText(text)

    def _on_signals_done(self, result: object) -> None:
        self.dialog.reset()
        try:
            self._on_done(result)
        finally:
            self.sig_finished.emit(True)

    def _on_signals_failed(self, exc: BaseException) -> None:
        self.dialog.reset()
        try:
            self._on_failed(exc)
        finally:
            self.sig_finished.emit(False)


class Background(QObject):
    """Quiet work off the GUI thread (a preview to render): no dialog; ``sig_done(result)`` or
    ``sig_failed(exception)`` on the GUI thread, then ``sig_finished``. ``work()`` takes no arguments."""

    sig_done = Signal(object)
    sig_failed = Signal(object)
    sig_finished = Signal()

    def __init__(self, parent: QObject, work: Callable[[], Any]) -> None:
        super().__init__(parent)
        self._signals = _Signals()
        self._signals.sig_done.connect(self._on_done)
        self._signals.sig_failed.connect(self._on_failed)
        _previews.start(_Runner(lambda _report: work(), self._signals, threading.Event()))

    def _on_done(self, result: object) -> None:
        self.sig_done.emit(result)
        self.sig_finished.emit()

    def _on_failed(self, exc: BaseException) -> None:
        self.sig_failed.emit(exc)
        self.sig_finished.emit()


def wait_for_previews(msecs: int = 10000) -> bool:
    """Let a preview being rendered finish (a dialog closing waits for its own)."""
    return _previews.waitForDone(msecs)
