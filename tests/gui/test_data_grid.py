"""The spreadsheet-like data grid: typing, Indonesian display, copy/paste with Excel, undo, sort, filter."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest  # noqa: E402
from PySide6.QtCore import QItemSelection, QItemSelectionModel, Qt  # noqa: E402
from PySide6.QtWidgets import QApplication, QLineEdit  # noqa: E402

from desktop_app.domain.columns import ColumnSpec, ColumnType  # noqa: E402
from desktop_app.gui.widgets.data_grid import DataGrid, parse_tsv, to_tsv  # noqa: E402
from desktop_app.gui.widgets.grid_model import DatasetTableModel  # noqa: E402

COLUMNS = (
    ColumnSpec("Uraian"),
    ColumnSpec("Jumlah", ColumnType.INTEGER, unit="izin"),
    ColumnSpec("Nilai", ColumnType.MONEY),
)
ROWS = [["NIB", 1250, 1_500_000], ["PBG", 85, 2_750_000], ["SIP", 310, None]]


@pytest.fixture
def grid(qtbot) -> DataGrid:
    widget = DataGrid()
    qtbot.addWidget(widget)
    widget.set_data(COLUMNS, ROWS, True)
    widget.resize(640, 320)
    widget.show()
    return widget


def view(grid: DataGrid) -> list[list[str]]:
    return [[grid.item(r, c).text() for c in range(grid.columnCount())] for r in range(grid.rowCount())]


def select(grid: DataGrid, top: int, left: int, bottom: int, right: int) -> None:
    proxy = grid.model()
    grid.selectionModel().setCurrentIndex(proxy.index(top, left), QItemSelectionModel.SelectionFlag.NoUpdate)
    grid.selectionModel().select(QItemSelection(proxy.index(top, left), proxy.index(bottom, right)),
                                 QItemSelectionModel.SelectionFlag.ClearAndSelect)


def type_cell(qtbot, grid: DataGrid, row: int, col: int, text: str) -> None:
    """As the end-to-end test types: the former QTableWidget calls."""
    grid.setCurrentCell(row, col)
    if grid.state() != grid.State.EditingState:
        grid.editItem(grid.item(row, col))
    editors = [e for e in grid.viewport().findChildren(QLineEdit) if e.isVisible()]
    assert len(editors) == 1
    editors[0].selectAll()
    qtbot.keyClicks(editors[0], text)


def press(qtbot, grid: DataGrid, key, modifier=Qt.KeyboardModifier.NoModifier) -> None:
    grid.activateWindow()
    grid.setFocus()
    qtbot.keyClick(grid, key, modifier)


def test_model_passes_the_model_tester(qtmodeltester) -> None:
    model = DatasetTableModel()
    model.load(COLUMNS, ROWS + [["x", "tidak tahu", 5]], True)
    qtmodeltester.check(model)
    # The tester keeps watching: sorting, row changes and undo must keep the model consistent.
    model.sort(1, Qt.SortOrder.DescendingOrder)
    model.insert_rows(1, [["baru", "7"]], "Sisipkan Baris")
    model.remove_rows([0, 2], "Hapus Baris")
    assert model.setData(model.index(0, 1), "12")
    model.sort(-1)
    while model.undo_stack.canUndo():
        model.undo_stack.undo()
    assert model.typed_rows() == ROWS + [["x", "tidak tahu", 5]]
    qtmodeltester.check(model)


def test_typed_values_display_in_indonesian_and_bad_cells_are_marked(qtbot, grid) -> None:
    type_cell(qtbot, grid, 0, 2, "1234567")
    type_cell(qtbot, grid, 1, 1, "sekitar 80")
    type_cell(qtbot, grid, 2, 0, "IUMK")
    rows = grid.rows()  # commits the editor still open
    assert rows == [["NIB", 1250, 1_234_567], ["PBG", "sekitar 80", 2_750_000], ["IUMK", 310, None]]
    assert grid.item(0, 2).text() == "1.234.567"
    assert grid.item(0, 1).text() == "1.250"
    model = grid.dataset
    good, bad = model.index(0, 1), model.index(1, 1)
    assert good.data(Qt.ItemDataRole.BackgroundRole) is None
    assert bad.data(Qt.ItemDataRole.BackgroundRole) is not None
    assert "sekitar 80" in bad.data(Qt.ItemDataRole.ToolTipRole)
    assert good.data(Qt.ItemDataRole.TextAlignmentRole) & Qt.AlignmentFlag.AlignRight
    assert model.index(0, 2).data(Qt.ItemDataRole.EditRole) == "1234567"  # edited as typed
    assert "Bilangan bulat" in model.headerData(1, Qt.Orientation.Horizontal, Qt.ItemDataRole.ToolTipRole)


def test_loaded_values_come_back_unchanged(qtbot) -> None:
    grid = DataGrid()
    qtbot.addWidget(grid)
    columns = (ColumnSpec("Rasio", ColumnType.DECIMAL), ColumnSpec("Bagian", ColumnType.PERCENT))
    rows = [[1250, 12.345], [0.1, 33.3333]]
    grid.set_data(columns, rows, True)
    grid.show()
    assert grid.item(0, 0).text() == "1.250"
    assert grid.item(0, 1).text() == "12,35"
    assert grid.rows() == rows
    type_cell(qtbot, grid, 1, 0, grid.dataset.text(1, 0))  # retyping what the editor shows keeps the number
    assert grid.rows() == rows


def test_read_only_grid_does_not_edit(qtbot) -> None:
    grid = DataGrid()
    qtbot.addWidget(grid)
    grid.set_data(COLUMNS, ROWS, False)
    assert not grid.dataset.flags(grid.dataset.index(0, 0)) & Qt.ItemFlag.ItemIsEditable
    assert grid.add_row() == -1
    QApplication.clipboard().setText("x")
    grid.setCurrentCell(0, 0)
    grid.paste()
    assert grid.rows() == ROWS
    assert not grid.paste_action.isEnabled()


def test_copy_gives_tab_separated_text(grid) -> None:
    select(grid, 0, 0, 1, 1)
    grid.copy_selection()
    assert QApplication.clipboard().text() == "NIB\t1.250\nPBG\t85"
    grid.set_data((ColumnSpec("A"), ColumnSpec("B")), [["a", "b"], ["c", "d"]], True)
    select(grid, 0, 0, 1, 1)
    grid.copy_action.trigger()
    assert QApplication.clipboard().text() == "a\tb\nc\td"


def test_ctrl_c_copies(qtbot, grid) -> None:
    grid.set_data((ColumnSpec("A"), ColumnSpec("B")), [["a", "b"], ["c", "d"]], True)
    select(grid, 0, 0, 1, 1)
    press(qtbot, grid, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
    assert QApplication.clipboard().text() == "a\tb\nc\td"


def test_parse_tsv_reads_what_excel_puts_on_the_clipboard() -> None:
    assert parse_tsv("a\tb\r\nc\td\r\n") == [["a", "b"], ["c", "d"]]
    assert parse_tsv('"x\ty"\t2\n"line 1\nline 2"\t"say ""hi"""\n') == [["x\ty", "2"], ["line 1\nline 2", 'say "hi"']]
    assert parse_tsv('5" pipe\t3') == [['5" pipe', "3"]]
    assert parse_tsv("a\t\n\tb") == [["a", ""], ["", "b"]]
    assert parse_tsv("") == []
    assert parse_tsv("\n") == [[""]]
    table = [["x\ty", 'a "b"'], ["1.250", ""]]
    assert parse_tsv(to_tsv(table)) == table


def test_paste_excel_text_into_the_middle_grows_rows_in_one_undo_step(qtbot, grid) -> None:
    QApplication.clipboard().setText('A\t"x\ty"\r\nB\t7\r\nC\t8\r\n')
    grid.setCurrentCell(1, 1)
    before = grid.undo_stack.count()
    press(qtbot, grid, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    assert grid.undo_stack.count() == before + 1
    assert grid.rows() == [
        ["NIB", 1250, 1_500_000],
        ["PBG", "A", "x\ty"],
        ["SIP", "B", 7],
        [None, "C", 8],
    ]
    grid.undo_stack.undo()
    assert grid.rows() == ROWS
    assert grid.rowCount() == 3
    grid.undo_stack.redo()
    assert grid.rowCount() == 4 and grid.rows()[3] == [None, "C", 8]


def test_paste_cuts_columns_beyond_the_table_and_says_so(qtbot, grid) -> None:
    QApplication.clipboard().setText("1\t2\t3\n")
    grid.setCurrentCell(0, 1)
    with qtbot.waitSignal(grid.sig_message) as message:
        grid.paste()
    assert "1 kolom di luar tabel diabaikan" in message.args[0]
    assert grid.rows()[0] == ["NIB", 1, 2]


def test_paste_one_value_fills_the_selection(grid) -> None:
    QApplication.clipboard().setText("0\n")
    select(grid, 0, 1, 2, 1)
    grid.paste()
    assert [row[1] for row in grid.rows()] == [0, 0, 0]
    assert grid.undo_stack.count() == 1


def test_undo_and_redo_edits_inserts_and_deletes(qtbot, grid) -> None:
    type_cell(qtbot, grid, 0, 1, "99")
    grid.commit_open_editor()
    assert grid.rows()[0][1] == 99
    grid.setCurrentCell(1, 0)
    grid.insert_row_above()
    assert grid.rowCount() == 4 and grid.currentRow() == 1
    grid.setCurrentCell(3, 0)
    grid.remove_selected_rows()
    assert grid.rows() == [["NIB", 99, 1_500_000], ["PBG", 85, 2_750_000]]
    assert grid.rowCount() == 3

    press(qtbot, grid, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)  # the removed row is back
    assert grid.rows()[2] == ["SIP", 310, None]
    assert grid.currentRow() == 3  # and shown
    grid.undo_stack.undo()  # the inserted row is gone
    assert grid.rowCount() == 3
    grid.undo_stack.undo()  # the edit
    assert grid.rows() == ROWS
    assert grid.currentIndex().row() == 0 and grid.currentIndex().column() == 1

    press(qtbot, grid, Qt.Key.Key_Y, Qt.KeyboardModifier.ControlModifier)
    assert grid.rows()[0][1] == 99
    press(qtbot, grid, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert grid.rowCount() == 4
    grid.redo()
    assert grid.rowCount() == 3 and grid.rows()[-1] == ["PBG", 85, 2_750_000]
    assert grid.undo_action.isEnabled() and not grid.redo_action.isEnabled()


def test_add_row_appends_and_goes_there(qtbot, grid) -> None:
    row = grid.add_row()
    assert row == 3 and grid.currentRow() == 3 and grid.rowCount() == 4
    type_cell(qtbot, grid, row, 0, "IUMK")
    assert grid.rows()[3] == ["IUMK", None, None]
    grid.undo_stack.undo()  # the typing
    grid.undo_stack.undo()  # the row
    assert grid.rowCount() == 3


def test_delete_clears_the_selected_cells(qtbot, grid) -> None:
    select(grid, 0, 1, 1, 2)
    press(qtbot, grid, Qt.Key.Key_Delete)
    assert grid.rows() == [["NIB", None, None], ["PBG", None, None], ["SIP", 310, None]]
    assert grid.undo_stack.count() == 1
    grid.undo_stack.undo()
    assert grid.rows() == ROWS


def test_sort_by_number_keeps_the_stored_order_and_edits_the_right_row(qtbot, grid) -> None:
    grid.set_data(COLUMNS, [["a", 9, 1], ["b", 100, 2], ["c", 10, 3], ["d", None, 4]], True)
    grid.sortByColumn(1, Qt.SortOrder.AscendingOrder)
    assert [r[0] for r in view(grid)] == ["a", "c", "b", "d"]  # 9, 10, 100, then the empty cell
    grid.sortByColumn(1, Qt.SortOrder.DescendingOrder)
    assert [r[0] for r in view(grid)] == ["b", "c", "a", "d"]
    grid.sortByColumn(1, Qt.SortOrder.AscendingOrder)
    type_cell(qtbot, grid, 1, 0, "c2")  # view row 1 is "c", stored third
    grid.commit_open_editor()
    QApplication.clipboard().setText("77\n")
    grid.setCurrentCell(2, 2)  # "b"
    grid.paste()
    assert grid.rows() == [["a", 9, 1], ["b", 100, 77], ["c2", 10, 3], ["d", None, 4]]
    assert [r[0] for r in view(grid)] == ["a", "c2", "b", "d"]  # an edit does not move rows


def test_rows_added_while_sorted_go_to_the_end(grid) -> None:
    grid.sortByColumn(1, Qt.SortOrder.DescendingOrder)
    QApplication.clipboard().setText("X\nY\n")
    grid.setCurrentCell(2, 0)
    grid.paste()
    assert [r[0] for r in view(grid)] == ["NIB", "SIP", "X", "Y"]
    assert [r[0] for r in grid.rows()] == ["NIB", "X", "SIP", "Y"]  # "X" took the place of "PBG"
    assert grid.add_row() == 4


def test_insert_while_sorted_goes_above_the_current_row_and_undo_survives_a_new_sort(qtbot, grid) -> None:
    grid.sortByColumn(1, Qt.SortOrder.DescendingOrder)  # NIB 1250, SIP 310, PBG 85
    grid.setCurrentCell(1, 0)
    assert grid.insert_row_above() == 1
    type_cell(qtbot, grid, 1, 0, "baru")
    grid.commit_open_editor()
    assert [r[0] for r in view(grid)] == ["NIB", "baru", "SIP", "PBG"]
    assert [r[0] for r in grid.rows()] == ["NIB", "PBG", "baru", "SIP"]  # above SIP in the stored order too
    assert grid.verticalHeader().model().headerData(1, Qt.Orientation.Vertical) == "3"  # its stored number
    grid.sortByColumn(0, Qt.SortOrder.AscendingOrder)
    grid.undo_stack.undo()
    grid.undo_stack.undo()
    assert grid.rows() == ROWS
    grid.undo_stack.redo()
    assert grid.rowCount() == 4 and grid.rows() == ROWS  # the empty row is back (and not saved)
    assert grid.currentRow() >= 0 and grid.dataset.row_is_empty(grid.proxy.mapToSource(grid.currentIndex()).row())


def test_filter_hides_rows_but_rows_returns_all(qtbot, grid) -> None:
    grid.set_filter("pb")
    assert view(grid) == [["PBG", "85", "2.750.000"]]
    grid.set_filter("1.250")  # as shown
    assert [r[0] for r in view(grid)] == ["NIB"]
    type_cell(qtbot, grid, 0, 0, "NIB baru")
    assert grid.rows() == [["NIB baru", 1250, 1_500_000], ROWS[1], ROWS[2]]
    assert grid.add_row() == 1  # a new, empty row shows under any filter
    grid.set_filter("")
    assert grid.rowCount() == 4


def test_context_menu_offers_the_grid_actions(grid) -> None:
    menu = grid.context_menu()
    labels = [a.text() for a in menu.actions() if not a.isSeparator()]
    assert labels == ["Salin", "Tempel", "Sisipkan Baris", "Hapus Baris", "Kosongkan Sel", "Urungkan", "Ulangi"]


def test_ten_thousand_rows(qtbot) -> None:
    grid = DataGrid()
    qtbot.addWidget(grid)
    rows = [[f"Baris {i}", i * 7 % 1000, i * 1000] for i in range(10_000)]
    grid.set_data(COLUMNS, rows, True)
    grid.show()
    assert grid.rowCount() == 10_000
    grid.sortByColumn(1, Qt.SortOrder.DescendingOrder)
    assert grid.item(0, 1).text() == "999"
    grid.set_filter("Baris 99")
    assert grid.rowCount() == 111
    grid.set_filter("")
    assert grid.rows() == rows
