"""A spreadsheet-like grid for a dataset's rows: type, copy and paste to and from Excel, undo, sort, filter.

``DataGrid`` is a ``QTableView`` over a :class:`~desktop_app.gui.widgets.grid_model.DatasetTableModel`
(cell text and typed values, in memory; sorted by value on a header click without touching the
stored order) seen through a :class:`~desktop_app.gui.widgets.grid_model.GridProxyModel` (the filter
of :meth:`DataGrid.set_filter`). Row and column numbers taken and given by the grid's methods are
those of the view; :meth:`DataGrid.rows` returns the rows in their stored order.

For code written against the former ``QTableWidget`` the grid still answers ``setCurrentCell``,
``item(row, column).text()``, ``editItem``, ``rowCount``, ``columnCount``, ``currentRow`` and
``currentColumn``.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, QItemSelection, QItemSelectionModel, Qt, Signal
from PySide6.QtGui import QAction, QContextMenuEvent, QKeyEvent, QKeySequence
from PySide6.QtWidgets import QAbstractItemDelegate, QAbstractItemView, QApplication, QMenu, QTableView, QWidget

from desktop_app.domain.columns import ColumnSpec
from desktop_app.gui.widgets.grid_model import DatasetTableModel, GridProxyModel, display

__all__ = ["DataGrid", "GridCell", "display", "parse_tsv", "to_tsv"]

translate = QCoreApplication.translate

_EDITABLE_TRIGGERS = (QAbstractItemView.EditTrigger.DoubleClicked | QAbstractItemView.EditTrigger.EditKeyPressed
                      | QAbstractItemView.EditTrigger.AnyKeyPressed)


def parse_tsv(text: str) -> list[list[str]]:
    """Cells from clipboard text as Excel puts it there: tab between cells, newline after each row.

    A cell holding a tab, a line break or a quote comes quoted (``"a<TAB>b"``, ``""`` for a quote);
    the newline after the last row does not make an extra empty row.
    """
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    rows: list[list[str]] = []
    row: list[str] = []
    cell: list[str] = []
    i, n = 0, len(text)
    cell_start = True
    ended_row = False
    while i < n:
        ch = text[i]
        if cell_start and ch == '"':
            quoted, j, closed = [], i + 1, False
            while j < n:
                if text[j] == '"':
                    if j + 1 < n and text[j + 1] == '"':
                        quoted.append('"')
                        j += 2
                        continue
                    closed = True
                    j += 1
                    break
                quoted.append(text[j])
                j += 1
            if closed and (j == n or text[j] in "\t\n"):
                cell, i, cell_start, ended_row = quoted, j, False, False
                continue
            # Not a well-formed quoted cell: the quote is part of the text.
        cell_start, ended_row = False, False
        if ch == "\t":
            row.append("".join(cell))
            cell, cell_start = [], True
        elif ch == "\n":
            row.append("".join(cell))
            rows.append(row)
            row, cell, cell_start, ended_row = [], [], True, True
        else:
            cell.append(ch)
        i += 1
    if n and not ended_row:
        row.append("".join(cell))
        rows.append(row)
    return rows


def to_tsv(rows: Sequence[Sequence[str]]) -> str:
    """Cells as Excel reads them from the clipboard; cells with a tab, line break or quote are quoted."""
    def cell(text: str) -> str:
        if any(ch in text for ch in '\t\n\r"'):
            return '"' + text.replace('"', '""') + '"'
        return text

    return "\n".join("\t".join(cell(text) for text in row) for row in rows)


class GridCell:
    """What ``QTableWidget.item()`` used to give: a cell's place and its text as shown."""

    def __init__(self, grid: DataGrid, row: int, column: int) -> None:
        self._grid, self._row, self._column = grid, row, column

    def row(self) -> int:
        return self._row

    def column(self) -> int:
        return self._column

    def text(self) -> str:
        return self._grid.model().index(self._row, self._column).data() or ""


class DataGrid(QTableView):
    """Rows of one dataset; editable while the dataset is a draft."""

    sig_message = Signal(str)  # a short note for the status bar ("2 kolom di luar tabel diabaikan.")

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.dataset = DatasetTableModel(self)
        self.proxy = GridProxyModel(self)
        self.proxy.setSourceModel(self.dataset)
        self.setModel(self.proxy)
        self.undo_stack = self.dataset.undo_stack
        self.dataset.focus_requested.connect(self._go_to_model_cell)

        self.setAlternatingRowColors(True)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        header = self.horizontalHeader()
        header.setResizeContentsPrecision(200)  # column widths from 200 rows, not 1,000
        header.setSortIndicatorClearable(True)  # third click: back to the stored order
        header.setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        self.setSortingEnabled(True)
        self.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)

        self.copy_action = self._action(translate("DataGrid", "Salin"), self.copy_selection,
                                        QKeySequence.StandardKey.Copy)
        self.paste_action = self._action(translate("DataGrid", "Tempel"), self.paste,
                                         QKeySequence.StandardKey.Paste)
        self.clear_action = self._action(translate("DataGrid", "Kosongkan Sel"), self.clear_selected_cells,
                                         QKeySequence(Qt.Key.Key_Delete))
        self.insert_action = self._action(translate("DataGrid", "Sisipkan Baris"), self.insert_row_above,
                                          QKeySequence("Ctrl+Shift+="), QKeySequence("Ctrl++"))
        self.remove_action = self._action(translate("DataGrid", "Hapus Baris"), self.remove_selected_rows,
                                          QKeySequence("Ctrl+-"))
        self.undo_action = self._action(translate("DataGrid", "Urungkan"), self.undo, QKeySequence("Ctrl+Z"))
        self.redo_action = self._action(translate("DataGrid", "Ulangi"), self.redo,
                                        QKeySequence("Ctrl+Y"), QKeySequence("Ctrl+Shift+Z"))
        self.undo_stack.canUndoChanged.connect(self.undo_action.setEnabled)
        self.undo_stack.canRedoChanged.connect(self.redo_action.setEnabled)
        self._update_actions()

    def _action(self, text: str, slot, *keys: QKeySequence | QKeySequence.StandardKey) -> QAction:  # noqa: ANN001
        action = QAction(text, self)
        action.setShortcuts([QKeySequence(key) for key in keys])
        # Only while the grid has the focus; an open cell editor keeps its own Ctrl+C, Ctrl+Z, Delete.
        action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        action.triggered.connect(lambda _checked=False: slot())
        self.addAction(action)
        return action

    def _update_actions(self) -> None:
        editable = self.dataset.editable and bool(self.dataset.columns)
        for action in (self.paste_action, self.clear_action, self.insert_action, self.remove_action):
            action.setEnabled(editable)
        self.undo_action.setEnabled(self.undo_stack.canUndo())
        self.redo_action.setEnabled(self.undo_stack.canRedo())

    # -- data in and out ---------------------------------------------------------------------
    @property
    def columns(self) -> tuple[ColumnSpec, ...]:
        return self.dataset.columns

    @property
    def editable(self) -> bool:
        return self.dataset.editable

    def set_data(self, columns: Sequence[ColumnSpec], rows: Sequence[Sequence[object]], editable: bool) -> None:
        """Show a dataset's rows (typed values); the undo history and the sort start afresh."""
        self.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        self.dataset.load(columns, rows, editable)
        self.setEditTriggers(_EDITABLE_TRIGGERS if editable else QAbstractItemView.EditTrigger.NoEditTriggers)
        self._update_actions()
        self.resizeColumnsToContents()

    def rows(self) -> list[list[object]]:
        """The typed values in stored order (whatever the sort); rows left completely empty are dropped."""
        self.commit_open_editor()
        return self.dataset.typed_rows()

    def commit_open_editor(self) -> None:
        """Keep what is being typed when the user saves without leaving the cell first."""
        if self.state() == QAbstractItemView.State.EditingState:
            editor = self.indexWidget(self.currentIndex())
            if editor is not None:
                self.commitData(editor)
                self.closeEditor(editor, QAbstractItemDelegate.EndEditHint.NoHint)

    def set_filter(self, text: str) -> None:
        """Show only the rows with ``text`` in any cell (case does not matter); empty rows stay visible."""
        self.commit_open_editor()
        self.proxy.set_filter(text)

    # -- rows --------------------------------------------------------------------------------
    def add_row(self) -> int:
        """Append an empty row and go to its first cell; its view row (-1 when the grid is read-only)."""
        if not self.dataset.editable or not self.dataset.columns:
            return -1
        self.commit_open_editor()
        at = self.dataset.rowCount()
        self.dataset.insert_rows(at, [[]], translate("DataGrid", "Tambah Baris"))
        return self._go_to_model_cell(at, 0)

    def insert_row_above(self) -> int:
        """Insert an empty row above the current one (also in the stored order) and go to it; its view row."""
        if not self.dataset.editable or not self.dataset.columns:
            return -1
        self.commit_open_editor()
        current = self.currentIndex()
        at = self.proxy.mapToSource(current).row() if current.isValid() else 0
        column = max(current.column(), 0)
        self.dataset.insert_rows(at, [[]], translate("DataGrid", "Sisipkan Baris"))
        return self._go_to_model_cell(at, column)

    def remove_selected_rows(self) -> None:
        """Remove every row with a selected cell (or the current row)."""
        if not self.dataset.editable:
            return
        self.commit_open_editor()
        rows = {row for block in self.selectionModel().selection() for row in range(block.top(), block.bottom() + 1)}
        if not rows and self.currentIndex().isValid():
            rows = {self.currentIndex().row()}
        self.dataset.remove_rows([self._model_row(r) for r in rows], translate("DataGrid", "Hapus Baris"))

    # -- clipboard ---------------------------------------------------------------------------
    def _selected_rect(self) -> tuple[int, int, int, int] | None:
        """(top, left, bottom, right) around the selection, or the current cell; view coordinates."""
        ranges = self.selectionModel().selection()
        if len(ranges):
            return (min(r.top() for r in ranges), min(r.left() for r in ranges),
                    max(r.bottom() for r in ranges), max(r.right() for r in ranges))
        current = self.currentIndex()
        if current.isValid():
            return current.row(), current.column(), current.row(), current.column()
        return None

    def _model_row(self, view_row: int) -> int:
        return self.proxy.mapToSource(self.proxy.index(view_row, 0)).row()

    def copy_selection(self) -> str:
        """Put the selected cells on the clipboard as Excel does (text as shown); return that text."""
        rect = self._selected_rect()
        if rect is None:
            return ""
        top, left, bottom, right = rect
        selection = self.selectionModel()
        whole = len(selection.selection()) <= 1
        lines = []
        for view_row in range(top, bottom + 1):
            model_row = self._model_row(view_row)
            lines.append([
                self.dataset.display_text(model_row, c)
                if whole or selection.isSelected(self.proxy.index(view_row, c)) else ""
                for c in range(left, right + 1)])
        text = to_tsv(lines)
        QApplication.clipboard().setText(text)
        return text

    def paste(self) -> None:
        """Paste the clipboard's cells from the top-left selected cell, adding rows as needed; one undo step."""
        if not self.dataset.editable or not self.dataset.columns:
            return
        self.commit_open_editor()
        table = parse_tsv(QApplication.clipboard().text())
        if not table:
            return
        label = translate("DataGrid", "Tempel")
        rect = self._selected_rect() or (0, 0, 0, 0)
        top, left = rect[0], rect[1]
        if len(table) == 1 and len(table[0]) == 1 and rect[:2] != rect[2:]:
            self._fill_selection(table[0][0], label)
            return
        width = max(len(line) for line in table)
        columns = self.dataset.columnCount()
        fits = min(width, columns - left)
        cut = width - fits
        view_rows = self.proxy.rowCount()
        cells, new_rows = [], []
        for i, line in enumerate(table):
            values = [line[k] if k < len(line) else "" for k in range(fits)]
            if top + i < view_rows:
                model_row = self._model_row(top + i)
                cells += [(model_row, left + k, value) for k, value in enumerate(values)]
            else:
                new_rows.append(values)
        first_new = self.dataset.rowCount()
        cells += [(first_new + i, left + k, value) for i, values in enumerate(new_rows)
                  for k, value in enumerate(values)]
        if new_rows:
            # One undo step: rows added empty (an empty row passes any filter), then every cell filled.
            self.undo_stack.beginMacro(label)
            self.dataset.insert_rows(first_new, [[] for _ in new_rows], label)
            self.dataset.set_texts(cells, label)
            self.undo_stack.endMacro()
        else:
            self.dataset.set_texts(cells, label)
        self._select_view_rect(top, left, top + len(table) - 1, left + fits - 1)
        if cut:
            self.sig_message.emit(translate("DataGrid", "{count} kolom di luar tabel diabaikan.").format(count=cut))

    def _fill_selection(self, text: str, label: str) -> None:
        cells = [(self.proxy.mapToSource(index).row(), index.column(), text)
                 for index in self.selectionModel().selectedIndexes()]
        self.dataset.set_texts(cells, label)

    def _select_view_rect(self, top: int, left: int, bottom: int, right: int) -> None:
        bottom = min(bottom, self.proxy.rowCount() - 1)
        if bottom < top or right < left:
            return
        selection = QItemSelection(self.proxy.index(top, left), self.proxy.index(bottom, right))
        self.selectionModel().setCurrentIndex(self.proxy.index(top, left), QItemSelectionModel.SelectionFlag.NoUpdate)
        self.selectionModel().select(selection, QItemSelectionModel.SelectionFlag.ClearAndSelect)

    def clear_selected_cells(self) -> None:
        """Empty the selected cells (Delete); one undo step."""
        if not self.dataset.editable:
            return
        indexes = self.selectionModel().selectedIndexes() or [self.currentIndex()]
        cells = [(self.proxy.mapToSource(i).row(), i.column(), "") for i in indexes if i.isValid()]
        self.dataset.set_texts(cells, translate("DataGrid", "Kosongkan Sel"))

    # -- undo --------------------------------------------------------------------------------
    def undo(self) -> None:
        self.commit_open_editor()
        self.undo_stack.undo()

    def redo(self) -> None:
        self.commit_open_editor()
        self.undo_stack.redo()

    def _go_to_model_cell(self, model_row: int, column: int) -> int:
        """Make a model cell the current one, if the filter shows it; its view row or -1."""
        index = self.proxy.mapFromSource(self.dataset.index(model_row, column))
        if not index.isValid():
            return -1
        self.selectionModel().setCurrentIndex(index, QItemSelectionModel.SelectionFlag.ClearAndSelect)
        self.scrollTo(index)
        return index.row()

    # -- menu and keys -----------------------------------------------------------------------
    def context_menu(self) -> QMenu:
        menu = QMenu(self)
        menu.addActions([self.copy_action, self.paste_action])
        menu.addSeparator()
        menu.addActions([self.insert_action, self.remove_action, self.clear_action])
        menu.addSeparator()
        menu.addActions([self.undo_action, self.redo_action])
        return menu

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:  # noqa: N802
        menu = self.context_menu()
        menu.exec(event.globalPos())
        menu.deleteLater()

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.state() != self.State.EditingState:
            # As in Excel: Enter goes one row down.
            current = self.currentIndex()
            if current.isValid() and current.row() + 1 < self.proxy.rowCount():
                self.setCurrentIndex(self.proxy.index(current.row() + 1, current.column()))
            event.accept()
            return
        super().keyPressEvent(event)

    # -- what the former QTableWidget answered ---------------------------------------------------
    def rowCount(self) -> int:  # noqa: N802
        return self.proxy.rowCount()

    def columnCount(self) -> int:  # noqa: N802
        return self.proxy.columnCount()

    def currentRow(self) -> int:  # noqa: N802
        return self.currentIndex().row()

    def currentColumn(self) -> int:  # noqa: N802
        return self.currentIndex().column()

    def setCurrentCell(self, row: int, column: int) -> None:  # noqa: N802
        self.setCurrentIndex(self.proxy.index(row, column))

    def item(self, row: int, column: int) -> GridCell | None:
        if 0 <= row < self.proxy.rowCount() and 0 <= column < self.proxy.columnCount():
            return GridCell(self, row, column)
        return None

    def editItem(self, item: GridCell | None) -> None:  # noqa: N802
        if item is not None:
            self.edit(self.proxy.index(item.row(), item.column()))
