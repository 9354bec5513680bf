"""Work time recorded from the real window with a fake clock: the Kepala opens an item in Persetujuan,
switches away, comes back and approves (start, pause, resume in the log; the dashboard shows work time and
waiting time apart); quick re-selections write nothing; idle, lock, Jeda/Mulai and Jalankan Pemeriksaan."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import QApplication

from desktop_app.domain.steps import Step
from desktop_app.gui import prompts
from desktop_app.gui.idle_lock import IdleLock
from desktop_app.gui.labels import duration_label
from desktop_app.gui.work_tracker import WorkTracker
from desktop_app.services.datasets.dataset_service import DatasetMeta
from desktop_app.services.publications.publication_service import SectionDraft
from tests.conftest import PASSWORD
from tests.gui.test_idle_lock import Seconds
from tests.gui.windows import shown_main_window
from tests.services.test_workflow_services import COLUMNS, as_user, submitted

WORK = ("work_started", "work_paused", "work_resumed")
NEVER = 3_600_000  # the timers never fire by themselves here: tracker.settle() does their work


def work_log(services, label: str | None = None) -> list[tuple[str, str]]:
    return [(e.action, e.object_label) for e in reversed(services.activity.entries(limit=1000))
            if e.action in WORK and (label is None or e.object_label == label)]


def tracker_for(window, services, clock, idle_lock=None) -> WorkTracker:
    return WorkTracker(window, services, idle_lock=idle_lock, clock=clock, dwell_ms=NEVER, grace_ms=NEVER,
                       idle_check_ms=NEVER)


@pytest.fixture
def two_submitted(office, clock):
    """'Brosur' and 'Buklet' waiting for the head since Tuesday 08:00-ish."""
    brosur = submitted(office)
    output = office.publications.get(brosur).sections[0].output_id
    buklet = office.publications.create("Buklet", "buklet", [SectionDraft("Izin", "Teks", output)])
    office.publications.submit(buklet, "Mohon persetujuan")
    return brosur, buklet


def test_kepala_opens_switches_away_comes_back_and_approves(qtbot, office, clock, two_submitted, monkeypatch):
    brosur, buklet = two_submitted
    monkeypatch.setattr(prompts, "confirm", lambda *_args: True)  # Setujui asks once, naming the item
    clock.advance(hours=2)  # two hours in the head's queue before anyone opens it
    as_user(office, "kepala")
    window = shown_main_window(qtbot, office)
    tracker = tracker_for(window, office, clock)
    review = next(tab for tab in window.stages if tab.step == Step.REVIEW)

    window.tabs.setCurrentWidget(review)
    review.select(brosur)
    tracker.settle()
    assert work_log(office) == [("work_started", "Brosur")]
    assert review.work_bar.isVisible() and review.work_button.text() == "Jeda"
    clock.advance(minutes=4)
    window.tabs.setCurrentWidget(window.dashboard)  # switches away
    clock.advance(minutes=1)
    tracker.settle()
    assert work_log(office)[-1] == ("work_paused", "Brosur")
    clock.advance(minutes=30)
    window.tabs.setCurrentWidget(review)  # comes back
    review.select(brosur)
    tracker.settle()
    assert work_log(office)[-1] == ("work_resumed", "Brosur")
    clock.advance(minutes=3)
    qtbot.mouseClick(next(a.button for a in review.actions_ if a.label == "Setujui"), Qt.MouseButton.LeftButton)
    actions = [e.action for e in reversed(office.activity.entries(limit=1000)) if e.object_label == "Brosur"]
    assert actions[-4:] == ["work_started", "work_paused", "work_resumed", "publication_approved"]

    run = next(r for r in office.performance.object_timing("publication", brosur).runs if r.step == Step.REVIEW)
    assert run.work_seconds == 7 * 60 and run.wait_seconds == run.seconds - 7 * 60 and run.wait_seconds > 2 * 3600
    window.refresh()
    board = window.dashboard
    day = office.performance.calendar().working_day_seconds
    assert board.work_labels[Step.REVIEW].text() == "7 mnt / 10 mnt"
    assert duration_label(run.wait_seconds, day) in board.wait_labels[Step.REVIEW].text()
    assert buklet  # never opened for long enough to be timed: still only waiting


def test_quick_reselections_write_nothing(qtbot, office, clock, two_submitted):
    brosur, buklet = two_submitted
    as_user(office, "kepala")
    window = shown_main_window(qtbot, office)
    tracker = tracker_for(window, office, clock)
    review = next(tab for tab in window.stages if tab.step == Step.REVIEW)
    window.tabs.setCurrentWidget(review)
    review.select(buklet)
    review.select(brosur)
    review.select(buklet)  # arrowing through the list before the dwell is over
    tracker.settle()
    assert work_log(office) == [("work_started", "Buklet")]
    clock.advance(minutes=2)
    review.select(brosur)
    review.select(buklet)  # a mis-click, back within the grace: no pause, no resume
    tracker.settle()
    window.refresh()  # refreshing re-selects the same item: nothing changes
    tracker.settle()
    assert work_log(office) == [("work_started", "Buklet")]


def test_idle_pauses_from_the_last_input_and_input_resumes(qtbot, office, clock, two_submitted):
    brosur, _ = two_submitted
    as_user(office, "kepala")
    window = shown_main_window(qtbot, office)
    tracker = tracker_for(window, office, clock)
    review = next(tab for tab in window.stages if tab.step == Step.REVIEW)
    window.tabs.setCurrentWidget(review)
    review.select(brosur)
    tracker.settle()
    clock.advance(minutes=2)
    qtbot.keyClick(review.ui.searchEdit, Qt.Key.Key_Shift)  # the last input
    last_input = clock.now
    clock.advance(minutes=4)
    tracker.check_idle()
    assert work_log(office)[-1] == ("work_started", "Brosur")  # not yet: 4 of 5 idle minutes
    clock.advance(minutes=2)
    tracker.check_idle()
    paused = office.activity.entries(limit=1)[0]
    assert paused.action == "work_paused" and paused.detail == {"reason": "idle", "from": last_input.isoformat()}
    assert not review.work_bar.isHidden() and review.work_button.text() == "Mulai"
    clock.advance(minutes=20)
    QApplication.sendEvent(review.ui.itemList.viewport(), QMouseEvent(
        QMouseEvent.Type.MouseMove, QPoint(5, 5), QPoint(5, 5), Qt.MouseButton.NoButton, Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.NoModifier))
    tracker.settle()
    assert work_log(office)[-1] == ("work_resumed", "Brosur")
    run = office.performance.object_timing("publication", brosur).timeline.current
    assert run.work_seconds == 2 * 60 and run.running  # up to the last input; the idle minutes are not work


def test_the_lock_pauses_and_unlocking_resumes(qtbot, office, clock, two_submitted):
    brosur, _ = two_submitted
    as_user(office, "kepala")
    window = shown_main_window(qtbot, office)
    seconds = Seconds()
    lock = IdleLock(window, office.accounts, 10, switch_user=lambda: None, clock=seconds, interval_ms=NEVER)
    tracker = tracker_for(window, office, clock, idle_lock=lock)
    review = next(tab for tab in window.stages if tab.step == Step.REVIEW)
    window.tabs.setCurrentWidget(review)
    review.select(brosur)
    tracker.settle()
    seconds.advance(3)  # three minutes without input ...
    clock.advance(minutes=3)
    lock.lock()  # ... then the screen is locked (as if after its idle minutes)
    entries = office.activity.entries(limit=2)
    assert [e.action for e in entries] == ["session_locked", "work_paused"]
    assert entries[1].detail == {"reason": "locked", "from": (clock.now - dt.timedelta(minutes=3)).isoformat()}
    tracker.settle()
    assert work_log(office)[-1] == ("work_paused", "Brosur")
    clock.advance(minutes=15)
    lock.screen.password.setText(PASSWORD)
    lock.try_unlock()
    tracker.settle()
    assert work_log(office)[-1] == ("work_resumed", "Brosur")


def test_jeda_and_mulai_under_the_list(qtbot, office, clock, two_submitted):
    brosur, _ = two_submitted
    as_user(office, "kepala")
    window = shown_main_window(qtbot, office)
    tracker = tracker_for(window, office, clock)
    review = next(tab for tab in window.stages if tab.step == Step.REVIEW)
    window.tabs.setCurrentWidget(review)
    review.select(brosur)
    tracker.settle()
    qtbot.mouseClick(review.work_button, Qt.MouseButton.LeftButton)  # Jeda: a phone call
    assert office.activity.entries(limit=1)[0].detail == {"reason": "explicit"}
    assert review.work_button.text() == "Mulai"
    window.refresh()
    tracker.settle()  # still shown, but paused on purpose: nothing restarts it
    assert work_log(office)[-1] == ("work_paused", "Brosur")
    qtbot.mouseClick(review.work_button, Qt.MouseButton.LeftButton)
    assert work_log(office)[-1] == ("work_resumed", "Brosur") and review.work_button.text() == "Jeda"


def test_not_this_persons_step_shows_no_work_bar_and_writes_nothing(qtbot, office, clock):
    as_user(office, "staf")
    office.datasets.create(DatasetMeta("Izin Terbit", source="OSS"), COLUMNS, [("NIB", 3)])
    as_user(office, "kepala")
    window = shown_main_window(qtbot, office)
    tracker = tracker_for(window, office, clock)
    window.tabs.setCurrentWidget(window.stages[0])  # Persiapan: the head does not prepare data
    tracker.settle()
    assert window.stages[0].work_bar.isHidden() and work_log(office) == []


def test_opening_the_grid_starts_step_1_and_jalankan_pemeriksaan_starts_step_2(qtbot, office, clock):
    as_user(office, "staf")
    ds = office.datasets.create(DatasetMeta("Izin Terbit", source="OSS"), COLUMNS, [("NIB", 3)])
    window = shown_main_window(qtbot, office)
    tracker = tracker_for(window, office, clock)
    prepare, validate = window.stages[0], window.stages[1]
    window.tabs.setCurrentWidget(prepare)
    tracker.settle()
    assert work_log(office) == [("work_started", "Izin Terbit")]
    clock.advance(minutes=5)
    qtbot.mouseClick(next(a.button for a in prepare.actions_ if a.label == "Kirim ke Pemeriksaan"),
                     Qt.MouseButton.LeftButton)
    tracker.settle()
    assert work_log(office) == [("work_started", "Izin Terbit")]  # the completion stopped it; no pause needed
    window.tabs.setCurrentWidget(validate)
    validate.select(ds)
    qtbot.mouseClick(next(a.button for a in validate.actions_ if a.label == "Jalankan Pemeriksaan"),
                     Qt.MouseButton.LeftButton)
    started = [e for e in office.activity.entries(limit=20) if e.action == "work_started"][0]
    assert started.step == 2 and started.detail == {"via": "check"}
    tracker.settle()
    assert [a for a, _ in work_log(office)] == ["work_started", "work_started"]
    runs = office.performance.object_timing("dataset", ds).runs
    assert runs[0].work_seconds == 5 * 60 and runs[1].running


def test_pengaturan_sets_the_idle_minutes_and_waiting_warnings(qtbot, office, monkeypatch):
    from desktop_app.gui import prompts

    as_user(office, "admin")
    window = shown_main_window(qtbot, office)
    settings = window.settings

    def fill(dialog):
        dialog.idle.setValue(8)
        dialog.days[Step.REVIEW].setValue(1)
        return True

    monkeypatch.setattr(prompts, "run_dialog", fill)
    assert settings.edit_timing.isEnabled()
    qtbot.mouseClick(settings.edit_timing, Qt.MouseButton.LeftButton)
    rules = office.performance.timing_rules()
    assert rules.idle_minutes == 8 and rules.wait_warn_days[Step.REVIEW] == 1
    assert "8 menit" in settings.timing_label.text() and "6: 1" in settings.timing_label.text()
    as_user(office, "staf")
    window.refresh()
    assert not settings.edit_timing.isEnabled()  # administrators only


def test_nothing_starts_for_a_window_hidden_before_the_dwell_is_over(qtbot, office, clock, two_submitted):
    brosur, _ = two_submitted
    as_user(office, "kepala")
    window = shown_main_window(qtbot, office)
    tracker = tracker_for(window, office, clock)
    review = next(tab for tab in window.stages if tab.step == Step.REVIEW)
    window.tabs.setCurrentWidget(review)
    review.select(brosur)
    window.hide()  # switching user hides the window first
    tracker.settle()
    assert work_log(office) == []
