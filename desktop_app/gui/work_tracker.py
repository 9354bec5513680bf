"""Follows which item the logged-in person has open for work, and has its start, pause and resume logged.

An item is open for work while it is the selected item of the stage tab on screen, PADI is unlocked
and in use. The tracker tells ``services.work`` (which writes only when something changes, and only
for people who do that step):

- the shown item changes → the item left is paused, the new one started or resumed;
- no input for the office's idle minutes (Pengaturan) → paused as of the last input; input again → resumed;
- the screen locks → paused (by the lock itself, as of the last input); unlocked → resumed;
- logging out, switching user or closing PADI → paused (by the logout);
- Mulai / Jeda under the list, and Jalankan Pemeriksaan, start or pause at once.

Quick re-selections are coalesced so the log is not flooded: an item must stay shown for
``dwell_ms`` (3 s) before its work is started (arrowing through a list, or the first row shown on
opening a tab before the wanted item is picked, writes nothing), and an item left is paused only
when the person has not come back to it within ``grace_ms`` (3 s); that pause is dated to the moment
they left, so nothing is counted twice. A start is dated when it is written: the up to 3 seconds of
dwell are never counted (in the employee's favour).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QMainWindow

from desktop_app.domain.work_sessions import PauseReason
from desktop_app.gui.stages.base import StageTab
from desktop_app.services.office import Services

DWELL_MS = 3000
GRACE_MS = 3000
IDLE_CHECK_MS = 15_000
_INPUT_EVENTS = frozenset({
    QEvent.Type.KeyPress, QEvent.Type.MouseButtonPress, QEvent.Type.MouseMove, QEvent.Type.Wheel,
    QEvent.Type.TouchBegin, QEvent.Type.TabletPress,
})
ObjectKey = tuple[str, int]


class WorkTracker(QObject):
    """Watches the main window's tabs and selection, input and the lock; records work through services.work."""

    def __init__(self, window: QMainWindow, services: Services, *, idle_lock: QObject | None = None,
                 clock: Callable[[], dt.datetime] | None = None, dwell_ms: int = DWELL_MS,
                 grace_ms: int = GRACE_MS, idle_check_ms: int = IDLE_CHECK_MS) -> None:
        super().__init__(window)
        self.window = window
        self.services = services
        self.clock = clock or services.ctx.now
        self.focus: ObjectKey | None = None
        self.last_input = self.clock()
        self._held: ObjectKey | None = None  # paused with Jeda while still shown
        self._idle = False
        self._locked = False
        self._actor_id: int | None = None
        self._leaving: dict[ObjectKey, dt.datetime] = {}  # items left, paused once the grace is over
        self._dwell = self._timer(dwell_ms, self._on_dwell)
        self._grace = self._timer(grace_ms, self.flush_leaving)
        self._idle_timer = QTimer(self)
        self._idle_timer.setInterval(idle_check_ms)
        self._idle_timer.timeout.connect(self.check_idle)
        self._idle_timer.start()
        self.stages = [tab for tab in getattr(window, "stages", []) if tab.object_type]
        window.tabs.currentChanged.connect(lambda _index: self.update())
        for tab in self.stages:
            tab.sig_focus_changed.connect(self.update)
            tab.sig_work_request.connect(lambda what, t=tab: self._on_request(t, what))
        if idle_lock is not None:
            idle_lock.sig_locked.connect(self._on_locked)
            idle_lock.sig_unlocked.connect(self._on_unlocked)
        app = QApplication.instance()
        app.installEventFilter(self)
        app.aboutToQuit.connect(self.stop)
        self.update()

    def _timer(self, ms: int, slot: Callable[[], None]) -> QTimer:
        timer = QTimer(self)
        timer.setSingleShot(True)
        timer.setInterval(ms)
        timer.timeout.connect(slot)
        return timer

    # --- what is open ------------------------------------------------------------------------
    def current_focus(self) -> ObjectKey | None:
        """The item open for work now: the selected item of the stage tab on screen, unless idle or locked."""
        if self._idle or self._locked or self.services.ctx.actor is None or not self.window.isVisible():
            return None
        tab = self.window.tabs.currentWidget()
        if not isinstance(tab, StageTab) or tab not in self.stages:
            return None
        item = tab.current_item()
        return (tab.object_type, item.id) if item is not None else None

    def update(self) -> None:
        """Follow a change of tab, selection, lock or user."""
        actor = self.services.ctx.actor
        actor_id = actor.user_id if actor is not None else None
        if actor_id != self._actor_id:
            self._actor_id = actor_id
            self._held = None
            self._leaving.clear()  # the previous person's sessions were paused when they logged out
            self.focus = None
            if actor_id is not None:
                self.services.work.close_unclosed()
        new = self.current_focus()
        if new != self.focus:
            old, self.focus = self.focus, new
            self._held = None
            if old is not None:
                self._leaving.setdefault(old, self.clock())
                self._grace.start()
            if new is not None:
                self._leaving.pop(new, None)  # came back within the grace: its session never stopped
                self._dwell.start()
            else:
                self._dwell.stop()
        self.show_state()

    def show_state(self) -> None:
        """The work bar of the tab on screen: recording, paused, or not this person's step."""
        tab = self.window.tabs.currentWidget()
        if not isinstance(tab, StageTab) or tab not in self.stages:
            return
        item = tab.current_item()
        if item is None or self.services.ctx.actor is None or not self.services.work.may_work(tab.object_type, item.id):
            tab.show_work_state(None)
            return
        tab.show_work_state(self.services.work.is_running(tab.object_type, item.id))

    # --- writing -----------------------------------------------------------------------------
    def _on_dwell(self) -> None:
        actor = self.services.ctx.actor
        if (self.focus is None or self.focus == self._held or self.focus != self.current_focus()
                or actor is None or actor.user_id != self._actor_id):
            return  # the window was hidden, locked or handed to someone else meanwhile: update() decides
        self.services.work.start(*self.focus)
        self.show_state()

    def flush_leaving(self) -> None:
        """Pause the items left (not come back to), each as of the moment it was left."""
        leaving, self._leaving = self._leaving, {}
        for key, left_at in leaving.items():
            if key != self.focus:
                self.services.work.pause(*key, reason=PauseReason.SWITCHED, stopped_at=left_at)

    def settle(self) -> None:
        """Do now what the dwell and grace timers would do (tests, and before the program ends)."""
        if self._grace.isActive():
            self._grace.stop()
        self.flush_leaving()
        if self._dwell.isActive():
            self._dwell.stop()
            self._on_dwell()

    def stop(self) -> None:
        """PADI is ending: pause what is left and what is open now."""
        self._dwell.stop()
        self._grace.stop()
        self.flush_leaving()
        if self.focus is not None:
            self.services.work.pause(*self.focus, reason=PauseReason.LOGOUT)
            self.focus = None

    def _on_request(self, tab: StageTab, what: str) -> None:
        item = tab.current_item()
        if item is None:
            return
        key = (tab.object_type, item.id)
        if what == "pause":
            self.services.work.pause(*key, reason=PauseReason.EXPLICIT)
            self._held = key
        else:
            self._held = None
            self.services.work.start(*key, via="explicit" if what == "start" else what)
        self.show_state()

    # --- idle, lock --------------------------------------------------------------------------
    def eventFilter(self, _watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt API)
        if event.type() in _INPUT_EVENTS:
            self.last_input = self.clock()
            if self._idle:
                self._idle = False
                self.update()
        return False

    def check_idle(self) -> None:
        """Pause the open item when there has been no input for the office's idle minutes (the timer calls this)."""
        if self._idle or self.focus is None:
            return
        minutes = self.services.performance.timing_rules().idle_minutes
        if self.clock() - self.last_input >= dt.timedelta(minutes=minutes):
            self._idle = True
            key, self.focus = self.focus, None
            self._dwell.stop()
            self.flush_leaving()
            self.services.work.pause(*key, reason=PauseReason.IDLE, stopped_at=self.last_input)
            self.show_state()

    def _on_locked(self) -> None:
        self._locked = True  # the lock paused the work already, as of the last input
        self.update()
        self.settle()

    def _on_unlocked(self) -> None:
        self._locked = False
        self.last_input = self.clock()
        self._idle = False
        self.update()


__all__ = ["WorkTracker"]
