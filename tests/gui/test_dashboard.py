"""Dashboard: items per step, late and nearly-late lists as the work clock moves, waiting apart, backup age,
the report and the e-Kinerja material."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QDate, Qt

from desktop_app.domain.steps import Step
from desktop_app.gui import prompts
from desktop_app.services.datasets.dataset_service import DatasetMeta
from tests.gui.windows import shown_main_window
from tests.services.test_workflow_services import COLUMNS, as_user


@pytest.fixture
def window(qtbot, office, clock):
    as_user(office, "staf")
    ds = office.datasets.create(DatasetMeta("Izin Terbit", source="OSS"), COLUMNS, [("NIB", 3)])
    office.work.start("dataset", ds)  # the staf has its grid open
    return shown_main_window(qtbot, office)


def texts(widget) -> list[str]:
    return [widget.item(i).text() for i in range(widget.count())]


def test_late_and_nearly_late_follow_the_clock(qtbot, window, clock):
    board = window.dashboard
    assert "1 item" in board.step_labels[Step.PREPARE].text()
    assert texts(board.late_list) == ["Tidak ada item yang terlambat."]
    clock.advance(minutes=8)
    window.refresh()
    assert texts(board.nearly_list) == ["Izin Terbit — langkah 1 Persiapan: kerja 8 mnt / 10 mnt"]
    assert "hampir terlambat" in board.step_labels[Step.PREPARE].text()
    clock.advance(minutes=3)
    window.refresh()
    assert texts(board.late_list) == ["Izin Terbit — langkah 1 Persiapan: kerja 11 mnt / 10 mnt"]
    assert "1 terlambat" in board.step_labels[Step.PREPARE].text()
    assert board.stage_chart.spec.series[0].values[0] == 1.0  # one item in step 1
    # double-click opens the item in its stage tab
    item = board.late_list.item(0)
    board.late_list.itemDoubleClicked.emit(item)
    assert window.tabs.currentWidget() is window.stages[0]


def test_waiting_is_shown_apart_and_never_late(qtbot, window, clock):
    board = window.dashboard
    ds = window.stages[0]._items[0].id  # noqa: SLF001
    clock.advance(minutes=2)
    window.services.work.pause("dataset", ds)
    clock.advance(days=1)  # Wednesday 08:02: a day untouched, under the warning of 3 working days
    window.refresh()
    assert texts(board.waiting_list) == ["Tidak ada item yang menunggu melewati batas."]
    clock.advance(days=6)  # the next Tuesday: five working days waiting: flagged, yet not late
    window.refresh()
    assert texts(board.late_list) == ["Tidak ada item yang terlambat."]
    [waiting] = texts(board.waiting_list)
    assert waiting.startswith("Izin Terbit — langkah 1 Persiapan: menunggu 5 hari kerja") and "(Siti Rahma)" in waiting
    assert "lebih dari 3 hari kerja" in board.waiting_list.item(0).toolTip()
    line = window.stages[0].ui.itemList.item(0).text()
    assert "kerja 2 mnt / 10 mnt" in line and "tunggu 5 hari kerja" in line


def test_backup_age_warning(qtbot, window, clock, tmp_path):
    board = window.dashboard
    assert "Belum pernah dicadangkan" in board.backup.text()
    as_user(window.services, "admin")
    window.services.archive.backup(tmp_path)
    clock.advance(days=2)
    window.refresh()
    assert board.backup.text() == "Cadangan terverifikasi terakhir: 2 hari yang lalu."
    clock.advance(days=6)
    window.refresh()
    assert "8 hari yang lalu" in board.backup.text() and "batas 7 hari" in board.backup.text()


def test_report_from_the_dashboard(qtbot, window, monkeypatch, tmp_path, clock):
    def fill(dialog):
        dialog.start.setDate(QDate(2026, 11, 1))
        dialog.end.setDate(QDate(2026, 11, 30))
        dialog.employee.setCurrentIndex(dialog.employee.findData("staf"))
        dialog.format.setCurrentIndex(dialog.format.findData("xlsx"))
        assert dialog.value() == (dt.date(2026, 11, 1), dt.date(2026, 11, 30), "staf", "xlsx")
        return True

    monkeypatch.setattr(prompts, "run_dialog", fill)
    monkeypatch.setattr(prompts, "choose_save_file", lambda *a, **k: tmp_path / "laporan")
    qtbot.mouseClick(window.dashboard.report_button, Qt.MouseButton.LeftButton)
    assert (tmp_path / "laporan.xlsx").exists()
    assert window.services.activity.entries(limit=1)[0].action == "report_exported"
    assert "laporan.xlsx" in window.statusBar().currentMessage()


def test_kinerja_from_the_report_dialog(qtbot, window, monkeypatch, tmp_path, clock):
    clock.advance(minutes=6)
    def fill(dialog):
        dialog.format.setCurrentIndex(dialog.format.findData("kinerja"))
        ok = dialog.buttons.button(dialog.buttons.StandardButton.Ok)
        # a Staf's material is their own: the only name offered, already chosen
        assert dialog.employee.count() == 1 and dialog.employee.currentData() == "staf" and ok.isEnabled()
        return True

    monkeypatch.setattr(prompts, "run_dialog", fill)
    monkeypatch.setattr(prompts, "choose_save_file", lambda *a, **k: tmp_path / "kinerja")
    qtbot.mouseClick(window.dashboard.report_button, Qt.MouseButton.LeftButton)
    from openpyxl import load_workbook
    ws = load_workbook(tmp_path / "kinerja.xlsx")["Kegiatan"]
    assert ws["B3"].value == "Siti Rahma"
    assert window.services.activity.entries(limit=1)[0].action == "kinerja_exported"


def test_kinerja_asks_for_the_employee_first_when_the_office_may_be_reported(qtbot, office, monkeypatch):
    as_user(office, "kasubag")
    window = shown_main_window(qtbot, office)
    seen = {}

    def fill(dialog):
        dialog.format.setCurrentIndex(dialog.format.findData("kinerja"))
        ok = dialog.buttons.button(dialog.buttons.StandardButton.Ok)
        seen["before"], seen["hint"] = ok.isEnabled(), dialog.hint.text()
        dialog.employee.setCurrentIndex(dialog.employee.findData("staf"))
        seen["after"] = ok.isEnabled()
        return False

    monkeypatch.setattr(prompts, "run_dialog", fill)
    qtbot.mouseClick(window.dashboard.report_button, Qt.MouseButton.LeftButton)
    assert not seen["before"] and "pegawai" in seen["hint"] and seen["after"]  # per employee: choose one first
