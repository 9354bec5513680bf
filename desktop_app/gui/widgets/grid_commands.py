"""Undo commands of the data grid: changed cells, inserted rows, removed rows.

The commands hold the row objects themselves, not row numbers, so an undo still finds its rows
after the grid was sorted again. Each command changes the model only through its ``_apply_*``
primitives. After an undo or a redo (not the first time a command runs, when the person is already
looking at the change) the model's ``focus_requested`` tells the grid which cell to show.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from PySide6.QtGui import QUndoCommand

if TYPE_CHECKING:
    from desktop_app.gui.widgets.grid_model import DatasetTableModel, Row, RowPlace

# (row, column, old text, old value, new text, new value)
CellChange = tuple["Row", int, str, object, str, object]


class _GridCommand(QUndoCommand):
    def __init__(self, model: DatasetTableModel, label: str) -> None:
        super().__init__(label)
        self.model = model
        self._ran = False

    def _focus(self, row: int, column: int = 0) -> None:
        rows = self.model.rowCount()
        if rows and self.model.columnCount() and row >= 0:
            self.model.focus_requested.emit(min(row, rows - 1), column)

    def _focus_row(self, row: Row, column: int = 0) -> None:
        self._focus(self.model.row_of(row), column)


class SetCellsCommand(_GridCommand):
    """New text in some cells (an edit, a paste, cleared cells)."""

    def __init__(self, model: DatasetTableModel, changes: Sequence[CellChange], label: str) -> None:
        super().__init__(model, label)
        self.changes = list(changes)

    def redo(self) -> None:
        self.model._apply_cells([(row, c, new, value) for row, c, _, _, new, value in self.changes])
        if self._ran:
            self._focus_row(self.changes[0][0], self.changes[0][1])
        self._ran = True

    def undo(self) -> None:
        self.model._apply_cells([(row, c, old, value) for row, c, old, value, _, _ in self.changes])
        self._focus_row(self.changes[0][0], self.changes[0][1])


class InsertRowsCommand(_GridCommand):
    """New rows at given (shown, stored) positions."""

    def __init__(self, model: DatasetTableModel, places: Sequence[RowPlace], label: str) -> None:
        super().__init__(model, label)
        self.places = list(places)

    def redo(self) -> None:
        self.model._apply_insert(self.places)
        if self._ran:
            self._focus_row(self.places[0][2])
        self._ran = True

    def undo(self) -> None:
        self.places = self.model._apply_remove([row for _, _, row in self.places])
        self._focus(self.places[0][0] if self.places else 0)


class RemoveRowsCommand(_GridCommand):
    """Rows taken out; undo puts them back where they were, with their exact values."""

    def __init__(self, model: DatasetTableModel, rows: Sequence[Row], label: str) -> None:
        super().__init__(model, label)
        self.rows = list(rows)
        self.places: list[RowPlace] = []

    def redo(self) -> None:
        self.places = self.model._apply_remove(self.rows)
        if self._ran and self.places:
            self._focus(self.places[0][0])
        self._ran = True

    def undo(self) -> None:
        self.model._apply_insert(self.places)
        if self.places:
            self._focus_row(self.places[0][2])
