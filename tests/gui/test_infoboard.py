"""GUI: the info-board slideshow — keys, the auto-advance timer, Esc; and a screenshot of a slide."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from desktop_app.gui.infoboard import InfoBoard, InfoBoardDialog, slides_for
from tests.conftest import OFFICE
from tests.services.test_catalog import make_catalogue


@pytest.fixture
def board(qtbot, office):
    ids = make_catalogue(office)
    slides = slides_for(office, [ids["izin_output"], ids["investasi_output"]])
    widget = InfoBoard(office.catalog.office(), slides, interval_ms=60_000)
    qtbot.addWidget(widget)
    widget.resize(1280, 720)
    widget.start(full_screen=False)
    qtbot.waitExposed(widget)
    return widget


def test_slides_hold_charts_and_key_figures(board):
    assert len(board.slides) == 4  # a chart and a key figure per output
    assert board.slides[0].chart is not None and board.slides[0].chart.categories == ("NIB", "PBG")
    assert board.slides[1].figure == "1.335 izin"
    assert board.header.text() == OFFICE.name
    for text in (OFFICE.address, OFFICE.phone, OFFICE.fax, OFFICE.email):
        assert text in board.footer.text()


def test_keys_move_between_slides_and_escape_closes(qtbot, board):
    assert board.current() == 0
    for key, expected in ((Qt.Key.Key_Right, 1), (Qt.Key.Key_Space, 2), (Qt.Key.Key_PageDown, 3),
                          (Qt.Key.Key_Right, 0), (Qt.Key.Key_Left, 3), (Qt.Key.Key_PageUp, 2)):
        with qtbot.waitSignal(board.sig_slide_changed, timeout=1000) as signal:
            qtbot.keyClick(board, key)
        assert signal.args == [expected] and board.current() == expected
    qtbot.keyClick(board, Qt.Key.Key_Escape)
    assert not board.isVisible() and not board.timer.isActive()


def test_timer_advances_on_its_own(qtbot, board):
    board.timer.setInterval(100)
    board.timer.start()
    with qtbot.waitSignal(board.sig_slide_changed, timeout=3000) as signal:
        pass
    assert signal.args == [1]
    with qtbot.waitSignal(board.sig_slide_changed, timeout=3000) as signal:
        pass
    assert signal.args == [2]


def test_screenshot_of_a_slide(qtbot, board):
    board.grab().save("/tmp/infoboard.png")
    qtbot.keyClick(board, Qt.Key.Key_Right)
    board.grab().save("/tmp/infoboard-figure.png")


def test_dialog_chooses_outputs_and_interval(qtbot):
    dialog = InfoBoardDialog([(1, "Izin per jenis", True), (2, "Investasi", False)])
    qtbot.addWidget(dialog)
    assert dialog.chosen_outputs() == [1] and dialog.interval_ms() == 15_000
    dialog.output_list.item(1).setCheckState(Qt.CheckState.Checked)
    dialog.interval_spin.setValue(5)
    assert dialog.chosen_outputs() == [1, 2] and dialog.interval_ms() == 5_000
