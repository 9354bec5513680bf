"""Catatan Aktivitas tab: filters, opening the object, the control sheet and exports, the chain state."""

from __future__ import annotations

import pytest
from openpyxl import load_workbook
from PySide6.QtCore import Qt

from desktop_app.domain.errors import NotAllowed
from desktop_app.domain.tabulation import GroupTotalSpec
from desktop_app.gui import prompts
from desktop_app.services.datasets.dataset_service import DatasetMeta, NewConfirmation
from desktop_app.services.publications.publication_service import SectionDraft
from tests.gui.windows import shown_main_window
from tests.services.test_workflow_services import COLUMNS, as_user


@pytest.fixture
def window(qtbot, office, clock):
    as_user(office, "staf")
    office.datasets.create(DatasetMeta("Izin Terbit", source="OSS"), COLUMNS, [("NIB", 3)])
    clock.advance(minutes=12)
    office.datasets.create(DatasetMeta("Investasi", source="OSS"), COLUMNS, [("PMA", 1)])
    win = shown_main_window(qtbot, office)
    win.tabs.setCurrentWidget(win.activity)
    return win


def _select(tab, label: str) -> None:
    row = next(i for i, r in enumerate(tab.records) if r.object_label == label)
    tab.table.selectRow(row)


def test_filters_narrow_the_list(qtbot, window):
    tab = window.activity
    assert "Rantai catatan utuh" in tab.chain_label.text()
    everything = tab.table.rowCount()
    assert everything >= 4
    tab.object_type.setCurrentIndex(tab.object_type.findData("dataset"))
    assert {r.object_type for r in tab.records} == {"dataset"}
    tab.search.setText("invest")
    assert [r.object_label for r in tab.records] == ["Investasi"] and tab.table.rowCount() == 1
    tab.search.clear()
    tab.step.setCurrentIndex(tab.step.findData(1))
    assert tab.records and {r.step for r in tab.records} == {1}
    tab.user.setCurrentIndex(tab.user.findText("Siti Rahma"))
    assert {r.actor for r in tab.records} == {"Siti Rahma"}
    tab.period.setCurrentIndex(tab.period.findData("today"))
    assert tab.table.rowCount() == 2
    assert tab.count_label.text() == "2 entri"


def test_open_object_goes_to_its_stage_tab(qtbot, window):
    tab = window.activity
    assert not tab.open_button.isEnabled()
    _select(tab, "Izin Terbit")
    assert tab.open_button.isEnabled() and tab.control_button.isEnabled()
    qtbot.mouseClick(tab.open_button, Qt.MouseButton.LeftButton)
    assert window.tabs.currentWidget() is window.stages[0]
    assert window.stages[0].current_item().title == "Izin Terbit"


def test_control_sheet_and_exports_through_the_save_prompt(qtbot, window, monkeypatch, tmp_path):
    tab = window.activity
    answers = iter([tmp_path / "kendali.pdf", tmp_path / "log.xlsx", tmp_path / "log.pdf"])
    monkeypatch.setattr(prompts, "choose_save_file", lambda *a, **k: next(answers))
    _select(tab, "Izin Terbit")
    qtbot.mouseClick(tab.control_button, Qt.MouseButton.LeftButton)
    assert (tmp_path / "kendali.pdf").read_bytes().startswith(b"%PDF")
    tab.object_type.setCurrentIndex(tab.object_type.findData("dataset"))
    shown = tab.table.rowCount()
    qtbot.mouseClick(tab.xlsx_button, Qt.MouseButton.LeftButton)
    ws = load_workbook(tmp_path / "log.xlsx").active
    assert ws.max_row == 5 + shown  # the header row is row 5
    assert "Kumpulan Data" in ws["A2"].value
    qtbot.mouseClick(tab.pdf_button, Qt.MouseButton.LeftButton)
    assert (tmp_path / "log.pdf").read_bytes().startswith(b"%PDF")
    actions = [e.action for e in window.services.activity.entries(limit=3)]
    assert actions == ["activity_exported", "activity_exported", "control_sheet_exported"]
    assert "/tmp" not in window.statusBar().currentMessage() or "log.pdf" in window.statusBar().currentMessage()


def test_stage_tabs_print_the_control_sheet_of_the_selected_item(qtbot, window, monkeypatch, tmp_path):
    monkeypatch.setattr(prompts, "choose_save_file", lambda *a, **k: tmp_path / "kendali")
    prepare = window.stages[0]
    window.tabs.setCurrentWidget(prepare)
    assert window.stages[-1].control_sheet_button.isHidden()  # step 8 lists backups, not items
    prepare.select(prepare._items[0].id)  # noqa: SLF001
    assert prepare.control_sheet_button.isEnabled()
    qtbot.mouseClick(prepare.control_sheet_button, Qt.MouseButton.LeftButton)
    assert (tmp_path / "kendali.pdf").read_bytes().startswith(b"%PDF")
    assert window.services.activity.entries(limit=1)[0].action == "control_sheet_exported"


def test_step_3_standard_is_ten_working_days_in_the_log(qtbot, office, clock):
    """Issue 17 item 7: the log showed step 3's standard as '32 hari kerja'; the SOP says 10 working days."""
    from desktop_app.domain.tabulation import GroupTotalSpec
    from desktop_app.services.datasets.dataset_service import NewConfirmation

    as_user(office, "staf")
    ds = office.datasets.create(DatasetMeta("Rekap", source="OSS"), COLUMNS, [("NIB", 3)])
    office.datasets.check(ds)
    office.datasets.confirm(ds, NewConfirmation("OSS", "telepon", clock.now.date()))
    office.datasets.validate(ds)
    clock.advance(days=2)
    office.datasets.save_output(ds, "Rekap per jenis", GroupTotalSpec("Jenis", "Jumlah"))
    window = shown_main_window(qtbot, office)
    tab = window.activity
    row = next(i for i, r in enumerate(tab.records) if r.action == "output_saved")
    assert tab.table.horizontalHeaderItem(6).text() == "Waktu Kerja / Waktu Baku"
    assert tab.table.item(row, 6).text() == "2 hari kerja / 10 hari kerja waktu tempuh"
    shown = [tab.table.item(i, 6).text() for i in range(tab.table.rowCount())]
    assert not any("32 hari" in text for text in shown)
    assert "– / 10 mnt (tanpa catatan mulai)" in shown  # steps 1 and 2 were never opened for work
def test_actions_read_as_words_and_a_refusal_names_what_was_refused(qtbot, window, monkeypatch, tmp_path):
    services = window.services
    as_user(services, "staf")
    settings = services.archive.settings()
    services.archive.save_settings(settings)  # "backup_settings_changed"
    with pytest.raises(NotAllowed):
        services.publications.approve(_brochure(services), "0" * 64)
    window.activity.refresh()
    tab = window.activity
    words = [tab.table.item(row, 5).text() for row in range(tab.table.rowCount())]
    assert words[0] == "Ditolak: Setujui publikasi 'Brosur Investasi 2024'"
    assert "Peran Anda tidak diizinkan" in tab.table.item(0, 5).toolTip()
    assert tab.table.columnWidth(4) <= 360 and tab.table.columnWidth(5) <= 360
    assert "Pengaturan pencadangan diubah" in words
    assert not [w for w in words if "_" in w], words  # no code shows through
    settings_row = words.index("Pengaturan pencadangan diubah")
    assert tab.table.item(settings_row, 4).text() == "Pengaturan pencadangan"  # not the storage key "backup"
    monkeypatch.setattr(prompts, "choose_save_file", lambda *a, **k: tmp_path / "log.xlsx")
    qtbot.mouseClick(tab.xlsx_button, Qt.MouseButton.LeftButton)
    exported = [row[6] for row in load_workbook(tmp_path / "log.xlsx").active.iter_rows(min_row=6, values_only=True)]
    assert "Ditolak: Setujui publikasi 'Brosur Investasi 2024'" in exported
    assert "Pengaturan pencadangan diubah" in exported and not [w for w in exported if "_" in str(w)]


def _brochure(services) -> int:
    as_user(services, "staf")
    dataset = services.datasets.find("Izin Terbit")
    services.datasets.check(dataset)
    services.datasets.confirm(dataset, NewConfirmation("OSS", "telepon", services.ctx.now().date()))
    services.datasets.validate(dataset)
    output = services.datasets.save_output(dataset, "Izin per jenis", GroupTotalSpec("Jenis", "Jumlah"))
    as_user(services, "kasubag")
    pub = services.publications.create("Brosur Investasi 2024", "brosur", [SectionDraft("Izin", "Teks", output)])
    services.publications.submit(pub, "Mohon persetujuan")
    as_user(services, "staf")
    return pub
