"""Agenda Kerja widget: status words in the list, marked calendar days, opening a dataset, a new entry."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QColor, QFont

from desktop_app.domain.columns import ColumnSpec, ColumnType
from desktop_app.gui import prompts
from desktop_app.gui.dialogs.agenda_entry import AgendaEntryDialog
from desktop_app.gui.widgets.agenda_view import STATUS_COLORS, AgendaView, status_tint
from desktop_app.services.datasets.agenda import AgendaStatus
from desktop_app.services.datasets.dataset_service import DatasetMeta
from tests.conftest import PASSWORD

TODAY = dt.date(2026, 11, 24)


def qdate(day: dt.date) -> QDate:
    return QDate(day.year, day.month, day.day)


def row_texts(table):
    return [[table.item(r, c).text() for c in range(table.columnCount())] for r in range(table.rowCount())]


def user_id(services, username):
    return next(u.id for u in services.accounts.users() if u.username == username)


@pytest.fixture
def agenda(office):
    """Kasubag's agenda: one overdue, one due soon, one done, one open with a dataset."""
    office.accounts.login("staf", PASSWORD)
    dataset = office.datasets.create(DatasetMeta("Izin Terbit November 2026"),
                                     (ColumnSpec("Jenis", ColumnType.TEXT),), [("NIB",)])
    office.accounts.logout()
    office.accounts.login("kasubag", PASSWORD)
    programme = office.agenda.add_programme("1.01", "Program Penunjang Urusan Pemerintahan Daerah")
    activity = office.agenda.add_activity(programme, "1.01.02", "Penyusunan Data dan Informasi Perizinan")
    staf, kasubag = user_id(office, "staf"), user_id(office, "kasubag")
    ids = {
        "overdue": office.agenda.add_entry("Rekap IKM Semester II", TODAY - dt.timedelta(days=2), staf, activity),
        "soon": office.agenda.add_entry("Data NIB per kecamatan", TODAY + dt.timedelta(days=2), kasubag),
        "done": office.agenda.add_entry("Realisasi investasi Triwulan III", TODAY - dt.timedelta(days=5), staf),
        "dataset": office.agenda.add_entry("Rekap izin terbit November", TODAY + dt.timedelta(days=10), staf,
                                           activity, dataset),
    }
    office.agenda.set_done(ids["done"], True)
    return office, ids, dataset


@pytest.fixture
def view(qtbot, agenda):
    services, _ids, _dataset = agenda
    widget = AgendaView(services)
    qtbot.addWidget(widget)
    widget.resize(1100, 620)
    widget.show()
    return widget


def test_list_shows_status_words(view, agenda):
    services, ids, _dataset = agenda
    rows = row_texts(view.table)
    assert [r[1] for r in rows] == ["Realisasi investasi Triwulan III", "Rekap IKM Semester II",
                                    "Data NIB per kecamatan", "Rekap izin terbit November"]
    assert [r[5] for r in rows] == ["Selesai", "Terlambat", "Segera jatuh tempo", "Terbuka"]
    assert rows[1][0] == "22 November 2026"
    assert rows[1][2] == "Siti Rahma (Staf)"
    assert rows[1][3] == "1.01.02 Penyusunan Data dan Informasi Perizinan"
    assert rows[1][4] == "(belum ada)"
    assert rows[3][4] == "Izin Terbit November 2026"
    assert view.table.item(1, 5).background().color() == status_tint(AgendaStatus.OVERDUE)
    assert view.summary_label.text() == "1 terlambat · 1 segera jatuh tempo · 1 terbuka · 1 selesai"

    view.show_done_check.setChecked(False)
    assert [r[5] for r in row_texts(view.table)] == ["Terlambat", "Segera jatuh tempo", "Terbuka"]


def test_statuses_follow_the_clock(view, clock):
    clock.advance(days=7)  # the "due soon" entry is now overdue, the open one due soon
    view.refresh()
    assert [r[5] for r in row_texts(view.table)] == ["Selesai", "Terlambat", "Terlambat", "Segera jatuh tempo"]


def test_calendar_marks_dates_and_filters_the_day(qtbot, view):
    view.show_calendar()
    assert view.stack.currentIndex() == 1
    formats = view.calendar.dateTextFormat()
    overdue = formats[qdate(TODAY - dt.timedelta(days=2))]
    assert overdue.fontWeight() == QFont.Weight.Bold
    assert overdue.foreground().color() == QColor(STATUS_COLORS[AgendaStatus.OVERDUE])
    assert formats[qdate(TODAY + dt.timedelta(days=2))].foreground().color() == QColor(
        STATUS_COLORS[AgendaStatus.DUE_SOON])
    assert formats[qdate(TODAY - dt.timedelta(days=5))].foreground().color() == QColor(
        STATUS_COLORS[AgendaStatus.DONE])
    assert qdate(TODAY) not in formats

    assert view.day_table.rowCount() == 0  # today has nothing due
    view.calendar.setSelectedDate(qdate(TODAY - dt.timedelta(days=2)))
    assert [r[1] for r in row_texts(view.day_table)] == ["Rekap IKM Semester II"]
    assert view.day_label.text() == "Agenda jatuh tempo 22 November 2026: 1"
    assert view.current_item().title == "Rekap IKM Semester II"  # the day's entry is ready for the buttons
    assert view.done_button.isEnabled()
    view.calendar.setSelectedDate(qdate(TODAY + dt.timedelta(days=10)))
    assert [r[5] for r in row_texts(view.day_table)] == ["Terbuka"]

    view.show_calendar(False)
    assert view.stack.currentIndex() == 0
    assert view.table.rowCount() == 4


def test_double_click_opens_the_linked_dataset(qtbot, view, agenda):
    _services, ids, dataset = agenda
    table = view.table
    row = next(r for r in range(table.rowCount()) if table.item(r, 0).data(Qt.ItemDataRole.UserRole) == ids["dataset"])
    rect = table.visualItemRect(table.item(row, 1))
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert view.current_item().id == ids["dataset"]
    assert view.open_button.isEnabled()
    with qtbot.waitSignal(view.sig_open_dataset, timeout=1000) as blocker:
        qtbot.mouseDClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert blocker.args == [dataset]
    with qtbot.waitSignal(view.sig_open_dataset, timeout=1000) as blocker:
        qtbot.mouseClick(view.open_button, Qt.MouseButton.LeftButton)
    assert blocker.args == [dataset]

    view.select(ids["overdue"])
    assert not view.open_button.isEnabled()


def test_new_entry_through_the_dialog(qtbot, view, agenda, monkeypatch):
    services, _ids, dataset = agenda
    seen = []

    def fill(dialog):
        assert isinstance(dialog, AgendaEntryDialog)
        seen.append([dialog.activity_combo.itemText(i) for i in range(dialog.activity_combo.count())])
        dialog.title_edit.setText("Data PBG Desember")
        dialog.due_edit.setDate(qdate(TODAY + dt.timedelta(days=1)))
        dialog.assignee_combo.setCurrentIndex(dialog.assignee_combo.findData(user_id(services, "staf")))
        dialog.activity_combo.setCurrentIndex(dialog.activity_combo.count() - 1)
        dialog.dataset_combo.setCurrentIndex(dialog.dataset_combo.findData(dataset))
        return True

    monkeypatch.setattr(prompts, "run_dialog", fill)
    with qtbot.waitSignal(view.sig_changed, timeout=1000):
        qtbot.mouseClick(view.new_button, Qt.MouseButton.LeftButton)
    assert seen[0][0] == "(tanpa kegiatan)"
    assert seen[0][1] == "1.01 Program Penunjang Urusan Pemerintahan Daerah"
    [new] = [i for i in services.agenda.entries() if i.title == "Data PBG Desember"]
    assert (new.due, new.assignee, new.activity_id is not None, new.dataset_id) == (
        TODAY + dt.timedelta(days=1), "Siti Rahma (Staf)", True, dataset)
    assert view.current_item().id == new.id
    assert "Data PBG Desember" in [r[1] for r in row_texts(view.table)]

    # Then mark it done from the toolbar; the button turns into its opposite.
    qtbot.mouseClick(view.done_button, Qt.MouseButton.LeftButton)
    assert services.agenda.entry(new.id).done
    assert view.done_button.text() == "Tandai Belum Selesai"


def test_staff_may_not_change_someone_elses_entry(qtbot, agenda, monkeypatch):
    services, ids, _dataset = agenda
    services.accounts.logout()
    services.accounts.login("staf", PASSWORD)
    widget = AgendaView(services)
    qtbot.addWidget(widget)
    widget.select(ids["soon"])  # assigned to the Kasubag
    assert not widget.done_button.isEnabled()
    assert "Kasubag Program" in widget.done_button.toolTip()
    widget.select(ids["overdue"])  # their own
    assert widget.done_button.isEnabled()

    offered = []

    def cancel(dialog):
        offered.extend(dialog.assignee_combo.itemText(i) for i in range(dialog.assignee_combo.count()))
        return False

    monkeypatch.setattr(prompts, "run_dialog", cancel)
    qtbot.mouseClick(widget.new_button, Qt.MouseButton.LeftButton)
    assert offered == ["(belum ditentukan)", "Siti Rahma (Staf)"]


def test_screenshot(qtbot, view):
    view.select(view.table.item(2, 0).data(Qt.ItemDataRole.UserRole))
    qtbot.wait(50)
    view.grab().save("/tmp/agenda.png")
    view.show_calendar()
    view.calendar.setSelectedDate(qdate(TODAY - dt.timedelta(days=2)))
    qtbot.wait(50)
    view.grab().save("/tmp/agenda_calendar.png")
