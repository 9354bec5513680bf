"""Pengaturan: the administrator edits the office calendar (hours, holidays, backup warning); others may not."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt, QTime

from desktop_app.gui import prompts
from desktop_app.gui.dialogs.calendar_dialog import CalendarDialog
from tests.gui.windows import shown_main_window
from tests.services.test_workflow_services import as_user


@pytest.fixture
def window(qtbot, office):
    return shown_main_window(qtbot, office)


def test_admin_edits_the_calendar(qtbot, window, monkeypatch):
    as_user(window.services, "admin")
    window.refresh()
    window.tabs.setCurrentWidget(window.settings)
    settings = window.settings
    assert settings.edit_calendar.isEnabled()
    assert "Jum 07.30–16.30" in settings.calendar_label.text() and "(2026)" in settings.calendar_label.text()

    def fill(dialog: CalendarDialog) -> bool:
        saturday = dialog.days[5]
        saturday[0].setChecked(True)
        saturday[1].setTime(QTime(8, 0))
        saturday[2].setTime(QTime(12, 0))
        saturday[3].setTime(QTime(10, 0))
        saturday[4].setTime(QTime(10, 0))
        dialog.add_holiday("2026-12-01", "Hari jadi kota", False)
        dialog.warn_days.setValue(3)
        return True

    monkeypatch.setattr(prompts, "run_dialog", fill)
    qtbot.mouseClick(settings.edit_calendar, Qt.MouseButton.LeftButton)
    calendar = window.services.performance.calendar()
    assert calendar.week[5].start == dt.time(8, 0) and calendar.week[5].seconds == 4 * 3600
    assert not calendar.is_working_day(dt.date(2026, 12, 1))
    assert window.services.performance.backup_warn_days() == 3
    assert "Sab 08.00–12.00" in settings.calendar_label.text()


def test_bad_hours_are_refused_with_a_message(qtbot, window, monkeypatch):
    as_user(window.services, "admin")
    window.refresh()
    errors = []
    monkeypatch.setattr(prompts, "error", lambda _p, _t, text, _d="": errors.append(text))

    def fill(dialog: CalendarDialog) -> bool:
        dialog.days[0][1].setTime(QTime(17, 0))  # Monday starts after it ends
        return True

    monkeypatch.setattr(prompts, "run_dialog", fill)
    qtbot.mouseClick(window.settings.edit_calendar, Qt.MouseButton.LeftButton)
    assert errors and "Jam kerja tidak masuk akal" in errors[0]
    assert window.services.performance.calendar().week[0].start == dt.time(7, 30)


def test_staff_cannot_edit_the_calendar(qtbot, window):
    as_user(window.services, "staf")
    window.refresh()
    assert not window.settings.edit_calendar.isEnabled()
    assert window.settings.edit_calendar.toolTip()
