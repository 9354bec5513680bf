"""GUI, step 4 (Penyajian): catalogue search and filters, details with contacts, outputs, board, offline export."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from desktop_app.gui import prompts
from desktop_app.gui.main_window import MainWindow
from desktop_app.gui.stages import present as present_module
from tests.conftest import OFFICE
from tests.services.test_catalog import make_catalogue


def button(tab, label):
    return next(a.button for a in tab.actions_ if a.label == label)


def click(qtbot, tab, label):
    widget = button(tab, label)
    assert widget.isEnabled(), f"{label!r} is disabled: {widget.toolTip()}"
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


@pytest.fixture
def present(qtbot, office):
    ids = make_catalogue(office)
    window = MainWindow(office, "padi.db")
    qtbot.addWidget(window)
    window.resize(1400, 900)
    window.refresh()
    window.show()
    tab = window.stages[3]
    window.tabs.setCurrentWidget(tab)
    return tab, ids


def titles(tab):
    return [tab.ui.itemList.item(i).text().split("\n")[0] for i in range(tab.ui.itemList.count())]


def test_count_and_details_with_contacts_and_outputs(present):
    tab, ids = present
    assert tab.count() == 1  # the processed one waits; the presented one does not
    tab.select(ids["izin"])
    text = tab.ui.detailLabel.text()
    for part in (OFFICE.phone, OFFICE.fax, OFFICE.email, "Ada di Katalog Data", "Bidang Perizinan", "NIB"):
        assert part in text, part
    assert "&lt;b&gt;" in text  # the description is escaped
    assert tab.outputs_view.output_combo.count() == 1
    assert tab.outputs_view.chart.spec.categories == ("NIB", "PBG")
    assert not button(tab, "Sajikan di Katalog Data").isEnabled()


def test_search_uses_keywords_group_and_period(qtbot, present):
    tab, _ids = present
    assert titles(tab) == ["Izin Terbit per Jenis 2025", "Realisasi Investasi Triwulan III"]
    tab.ui.searchEdit.setText("pmdn")  # a keyword, not in the title
    assert titles(tab) == ["Realisasi Investasi Triwulan III"]
    tab.ui.searchEdit.clear()
    tab.group_combo.setCurrentIndex(tab.group_combo.findData("Perizinan"))
    assert titles(tab) == ["Izin Terbit per Jenis 2025"]
    tab.group_combo.setCurrentIndex(0)
    tab.period_combo.setCurrentIndex(tab.period_combo.findData("Triwulan III 2025"))
    assert titles(tab) == ["Realisasi Investasi Triwulan III"]


def test_info_board_opens_with_the_chosen_outputs(qtbot, present, monkeypatch):
    tab, ids = present
    monkeypatch.setattr(present_module, "FULL_SCREEN", False)

    def choose(dialog):
        assert dialog.chosen_outputs() == [ids["izin_output"]]  # presented ones are ticked
        dialog.interval_spin.setValue(3)
        return True

    monkeypatch.setattr(prompts, "run_dialog", choose)
    click(qtbot, tab, "Mode Papan Informasi")
    board = tab.board
    qtbot.addWidget(board)
    assert board.isVisible() and len(board.slides) == 2 and board.timer.interval() == 3000
    qtbot.keyClick(board, Qt.Key.Key_Escape)
    assert not board.isVisible()


def test_offline_export_runs_as_a_job(qtbot, present, monkeypatch, tmp_path):
    tab, _ids = present
    monkeypatch.setattr(prompts, "choose_folder", lambda *a, **k: tmp_path)
    with qtbot.waitSignal(tab.sig_job_finished, timeout=30000) as finished:
        click(qtbot, tab, "Ekspor Katalog Offline…")
    assert finished.args == [True]
    assert tab.last_site.index == tmp_path / present_module.SITE_FOLDER / "index.html"
    assert tab.last_site.index.is_file()
