"""The real start-up path of app.run_gui: login window first, database opened behind it, main window."""

from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from desktop_app import app as padi_app
from desktop_app.gui.login_dialog import LoginDialog
from desktop_app.gui.main_window import MainWindow


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
