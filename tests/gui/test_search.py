"""The global search box: Ctrl+F from anywhere, typing finds demo items, Enter or a click opens them."""

from __future__ import annotations

import shutil

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from desktop_app.app import open_services
from desktop_app.domain.steps import Step
from desktop_app.services.office.bundle import Services
from desktop_app.services.office.demo import DEMO_PASSWORD
from tests.gui.windows import shown_main_window


@pytest.fixture(scope="module")
def demo_template(tmp_path_factory):
    path = tmp_path_factory.mktemp("search-demo") / "demo.db"
    open_services(path, demo=True).close()
    return path


@pytest.fixture
def window(qtbot, demo_template, tmp_path):
    path = tmp_path / "padi.db"
    shutil.copyfile(demo_template, path)
    services = Services.open(path, create=False)
    services.accounts.login("kepala", DEMO_PASSWORD)
    win = shown_main_window(qtbot, services, str(path))
    win.activateWindow()
    qtbot.waitUntil(win.isActiveWindow)
    yield win
    win.search_box.completer_.popup().hide()
    services.close()


def press_enter(qtbot, box) -> None:
    """Enter as the user presses it: the open popup has the keyboard, otherwise the box."""
    popup = box.completer_.popup()
    qtbot.keyClick(popup if popup.isVisible() else box, Qt.Key.Key_Return)


def dataset_id(window, name_start: str) -> int:
    return next(d.id for d in window.services.datasets.list() if d.name.startswith(name_start))


def stage(window, step: Step):
    return next(tab for tab in window.stages if tab.step == step)


def test_ctrl_f_and_ctrl_k_focus_the_search_box_from_anywhere(qtbot, window):
    window.tabs.setCurrentWidget(stage(window, Step.PREPARE))
    grid = stage(window, Step.PREPARE).grid
    grid.setFocus()
    qtbot.waitUntil(grid.hasFocus)
    qtbot.keyClick(grid, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(window.search_box.hasFocus)
    window.tabs.setCurrentIndex(0)
    window.tabs.setFocus()
    qtbot.waitUntil(window.tabs.hasFocus)
    qtbot.keyClick(window.tabs, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(window.search_box.hasFocus)
    assert window.search_box.placeholderText() == "Cari data atau publikasi… (Ctrl+F)"
    window.grab().save(str(window.services.ctx.db.path.parent / "search.png"))


def test_typing_then_enter_opens_the_best_match_in_its_stage_tab(qtbot, window):
    box = window.search_box
    window.focus_search()
    qtbot.keyClicks(box, "nib triw")
    assert [r.title for r in box.results] == [
        "Jumlah NIB Terbit per Kecamatan dan Skala Usaha per Triwulan Tahun 2025"]
    assert box.completer_.popup().isVisible()
    assert box.model.item(0).text() == ("Jumlah NIB Terbit per Kecamatan dan Skala Usaha per Triwulan Tahun 2025"
                                        " — Kumpulan Data, langkah 2 Validasi")
    press_enter(qtbot, box)
    validate = stage(window, Step.VALIDATE)
    assert window.tabs.currentWidget() is validate
    assert validate.current_item().id == dataset_id(window, "Jumlah NIB")
    assert box.text() == ""


def test_choosing_a_result_from_the_popup_opens_a_publication(qtbot, window):
    box = window.search_box
    window.focus_search()
    qtbot.keyClicks(box, "2025")
    popup = box.completer_.popup()
    assert popup.isVisible() and len(box.results) == 6
    row = next(i for i, r in enumerate(box.results) if r.title == "Brosur Perizinan Tahun 2025")
    popup.setCurrentIndex(popup.model().index(row, 0))
    qtbot.keyClick(popup, Qt.Key.Key_Return)
    publish = stage(window, Step.PUBLISH)
    assert window.tabs.currentWidget() is publish
    assert publish.current_item().title == "Brosur Perizinan Tahun 2025"
    assert not popup.isVisible()


def test_an_item_hidden_by_the_tab_filter_is_still_shown(qtbot, window):
    prepare = stage(window, Step.PREPARE)
    prepare.ui.searchEdit.setText("tidak cocok dengan apa pun")
    assert prepare.current_item() is None
    window.focus_search()
    qtbot.keyClicks(window.search_box, "ikm")
    press_enter(qtbot, window.search_box)
    assert window.tabs.currentWidget() is prepare
    assert prepare.current_item().id == dataset_id(window, "Nilai Rata-rata")
    assert prepare.ui.searchEdit.text() == ""


def test_nothing_found_says_so_in_the_status_bar(qtbot, window):
    window.tabs.setCurrentIndex(0)
    window.focus_search()
    qtbot.keyClicks(window.search_box, "zzz")
    assert not window.search_box.completer_.popup().isVisible()
    assert window.statusBar().currentMessage() == "Tidak ada data atau publikasi yang cocok dengan “zzz”."
    window.statusBar().clearMessage()
    qtbot.keyClick(window.search_box, Qt.Key.Key_Return)
    assert "“zzz”" in window.statusBar().currentMessage()
    assert window.tabs.currentIndex() == 0
    assert QApplication.activePopupWidget() is None
