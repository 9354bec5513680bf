"""Long work runs off the GUI thread, reports progress, and can be cancelled leaving nothing behind."""

from __future__ import annotations

import threading

import pytest
from PySide6.QtWidgets import QProgressDialog, QPushButton, QWidget

from desktop_app.domain.errors import Cancelled
from desktop_app.gui.jobs import Background, Job
from tests.conftest import PASSWORD


def test_job_result_comes_back_on_the_gui_thread(qtbot):
    parent = QWidget()
    qtbot.addWidget(parent)
    results, threads = [], []

    def work(report):
        threads.append(threading.current_thread())
        report(1, 2, "setengah")
        return 42

    job = Job(parent, "Uji", work, results.append, pytest.fail)
    with qtbot.waitSignal(job.sig_finished, timeout=5000) as finished:
        pass
    assert finished.args == [True] and results == [42]
    assert threads[0] is not threading.main_thread()


def test_cancel_stops_the_work(qtbot):
    parent = QWidget()
    qtbot.addWidget(parent)
    failures, started = [], threading.Event()

    def work(report):
        started.set()
        while True:
            report(0, 0, "bekerja")

    job = Job(parent, "Uji", work, lambda _r: pytest.fail("should not finish"), failures.append)
    assert started.wait(5)
    cancel_button = job.dialog.findChild(QPushButton)
    with qtbot.waitSignal(job.sig_finished, timeout=5000) as finished:
        cancel_button.click()
    assert finished.args == [False] and isinstance(failures[0], Cancelled)


def test_background_work_comes_back_on_the_gui_thread_without_a_dialog(qtbot):
    parent = QWidget()
    qtbot.addWidget(parent)
    threads = []

    def work():
        threads.append(threading.current_thread())
        return b"%PDF"

    job = Background(parent, work)
    with qtbot.waitSignal(job.sig_done, timeout=5000) as done:
        pass
    assert done.args == [b"%PDF"] and threads[0] is not threading.main_thread()
    assert parent.findChild(QProgressDialog) is None

    failing = Background(parent, lambda: 1 / 0)
    with qtbot.waitSignal(failing.sig_failed, timeout=5000) as failed:
        pass
    assert isinstance(failed.args[0], ZeroDivisionError)


def test_a_preview_does_not_wait_behind_a_long_job(qtbot):
    parent = QWidget()
    qtbot.addWidget(parent)
    release, finished = threading.Event(), []
    long_job = Job(parent, "Uji", lambda _report: release.wait(10), finished.append, pytest.fail)
    preview = Background(parent, lambda: 7)
    try:
        with qtbot.waitSignal(preview.sig_done, timeout=5000) as done:
            pass
        assert done.args == [7] and not finished  # the preview came back while the long job still runs
    finally:
        release.set()
        with qtbot.waitSignal(long_job.sig_finished, timeout=5000):
            pass


def test_cancelled_backup_leaves_no_archive_and_is_logged(office, tmp_path):
    office.accounts.login("staf", PASSWORD)
    target = tmp_path / "usb"
    target.mkdir()

    def cancel(done, total):
        if done:
            raise Cancelled()

    with pytest.raises(Cancelled):
        office.archive.backup(target, cancel)
    assert list(target.iterdir()) == []
    assert office.activity.entries()[0].action == "backup_cancelled"
