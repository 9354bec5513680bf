"""The logged-in main window as GUI tests open it."""

from __future__ import annotations

from desktop_app.gui.main_window import MainWindow


def shown_main_window(qtbot, services, db_label: str = "padi.db") -> MainWindow:  # QtBot, Services
    """A MainWindow on ``services`` (its user already logged in), shown, exposed and refreshed."""
    win = MainWindow(services, db_label)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    win.refresh()
    return win
