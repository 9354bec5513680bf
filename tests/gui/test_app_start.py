"""The real start-up path of app.run_gui: login window first, database opened behind it, main window."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, QTimer
from PySide6.QtWidgets import QApplication

from desktop_app import app as padi_app
from desktop_app.domain.columns import ColumnSpec
from desktop_app.domain.metadata import DatasetMeta
from desktop_app.gui import prompts, window_geometry
from desktop_app.gui.login_dialog import LoginDialog
from desktop_app.gui.main_window import MainWindow
from desktop_app.gui.messages import action_label


def test_demo_start_logs_in_and_opens_the_main_window(qtbot, tmp_path):
    seen: dict[str, object] = {}

    def drive() -> None:
        for widget in QApplication.topLevelWidgets():
            if isinstance(widget, LoginDialog) and widget.isVisible() and widget.services is not None:
                seen["demo_hint"] = widget.ui.demoLabel.text()
                widget.ui.usernameEdit.setText("kepala")
                widget.ui.passwordEdit.setText("padi-demo")
                widget.try_login()
            elif isinstance(widget, MainWindow) and widget.isVisible():
                seen["tabs"] = [widget.tabs.tabText(i) for i in range(widget.tabs.count())]
                seen["user"] = widget.user_label.text()
                widget.close()
                return
        QTimer.singleShot(20, drive)

    QTimer.singleShot(0, drive)
    code = padi_app.run_gui(tmp_path / "demo.db", "id", demo=True)
    assert code == 0
    assert "padi-demo" in seen["demo_hint"]
    assert seen["tabs"][6] == "6 Persetujuan (1)"
    assert "Kepala Dinas" in seen["user"]


@pytest.fixture(autouse=True)
def forget_window_geometry():
    """run_gui remembers where the window was; the next test starts as on a first start."""
    yield
    settings = QSettings()
    for key in (window_geometry.GEOMETRY_SETTING, window_geometry.MAXIMISED_SETTING):
        settings.remove(key)


@pytest.fixture(scope="module")
def demo_copy(tmp_path_factory: pytest.TempPathFactory):
    """A function that copies a demo database made once for this module to a path (it is then kept, not made)."""
    template = tmp_path_factory.mktemp("start-demo") / "padi-demo.db"
    padi_app.open_services(template, demo=True).close()

    def copy(path: Path) -> Path:
        shutil.copyfile(template, path)
        shutil.copyfile(f"{template}.anchor", f"{path}.anchor")  # the log's chain head goes with its database
        return path

    return copy


def _log_in(dialog: LoginDialog, username: str) -> None:
    dialog.ui.usernameEdit.setText(username)
    dialog.ui.passwordEdit.setText("padi-demo")
    dialog.try_login()


def _drive(steps) -> None:  # a list of (condition, action) on the shown top-level windows
    """Run each step's action once its window is on screen, in order, from the event loop of run_gui."""
    def tick() -> None:
        if not steps:
            return
        QTimer.singleShot(20, tick)  # first: an action may open a modal window with its own event loop
        wanted, act = steps[0]
        for widget in QApplication.topLevelWidgets():
            if isinstance(widget, wanted) and widget.isVisible() and getattr(widget, "services", True) is not None:
                steps.pop(0)
                act(widget)
                return

    QTimer.singleShot(0, tick)


def test_demo_work_survives_a_restart_until_the_sample_data_is_reset(qtbot, tmp_path, monkeypatch, demo_copy):
    db = demo_copy(tmp_path / "padi-demo.db")
    seen: dict[str, object] = {}

    def work(window: MainWindow) -> None:
        window.services.datasets.create(DatasetMeta("Pekerjaan staf hari ini"), (ColumnSpec("Jenis"),), [("NIB",)])
        window.quit_action.trigger()

    _drive([(LoginDialog, lambda d: _log_in(d, "staf")), (MainWindow, work)])
    assert padi_app.run_gui(db, "id", demo=True) == 0

    questions: list[str] = []
    monkeypatch.setattr(prompts, "confirm", lambda _parent, _title, text: questions.append(text) or True)

    def look_then_reset(window: MainWindow) -> None:
        seen["kept"] = {d.name for d in window.services.datasets.list()}
        seen["offered"] = window.reset_demo_action.isVisible()
        window.reset_demo_action.trigger()

    def look_again(window: MainWindow) -> None:
        seen["after reset"] = {d.name for d in window.services.datasets.list()}
        window.close()

    _drive([(LoginDialog, lambda d: _log_in(d, "staf")), (MainWindow, look_then_reset),
            (LoginDialog, lambda d: _log_in(d, "kepala")), (MainWindow, look_again)])
    assert padi_app.run_gui(db, "id", demo=True) == 0
    assert "Pekerjaan staf hari ini" in seen["kept"] and seen["offered"]
    assert "Catatan Aktivitas" in questions[0] and "publikasi" in questions[0]  # it names what is lost
    assert "Pekerjaan staf hari ini" not in seen["after reset"] and len(seen["after reset"]) == 4


def test_keluar_akun_logs_out_and_tutup_padi_quits(qtbot, tmp_path, demo_copy):
    seen: dict[str, object] = {}

    def log_out(window: MainWindow) -> None:
        menu = window.menuBar().actions()[0].menu()
        seen["menu"] = [a.text() for a in menu.actions() if a.isVisible() and not a.isSeparator()]
        window.logout_action.trigger()

    def quit_(window: MainWindow) -> None:
        seen["user"] = window.user_label.text()
        window.quit_action.trigger()

    _drive([(LoginDialog, lambda d: _log_in(d, "staf")), (MainWindow, log_out),
            (LoginDialog, lambda d: _log_in(d, "kepala")), (MainWindow, quit_)])
    assert padi_app.run_gui(demo_copy(tmp_path / "demo.db"), "id", demo=True) == 0
    assert seen["menu"][0] == "Keluar &Akun" and seen["menu"][-1] == "&Tutup PADI"
    assert not any(text.replace("&", "") == "Keluar" for text in seen["menu"])
    assert "Kepala Dinas" in seen["user"]
    assert action_label("logout") == "Keluar Akun"  # the activity log uses the same words
