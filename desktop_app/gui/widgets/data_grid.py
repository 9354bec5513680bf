"""A spreadsheet-like grid for a dataset's typed rows: type values in, add and remove rows."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QAbstractItemDelegate, QAbstractItemView, QTableWidget, QTableWidgetItem, QWidget

from desktop_app.domain import formatting
from desktop_app.domain.columns import ColumnSpec, ColumnType, parse_cell

translate = QCoreApplication.translate


def display(column_type: ColumnType, value: object) -> str:
    """A stored value as people read it (Indonesian number formats)."""
    if value is None:
        return ""
    if column_type.numeric and isinstance(value, (int, float)) and not isinstance(value, bool):
        if column_type == ColumnType.MONEY:
            return formatting.number(value, 0)
        return formatting.number(value)
    return str(value)


class DataGrid(QTableWidget):
    """Rows of one dataset; editable while the dataset is a draft."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.columns: tuple[ColumnSpec, ...] = ()
        self.setAlternatingRowColors(True)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)

    def set_data(self, columns: Sequence[ColumnSpec], rows: Sequence[Sequence[object]], editable: bool) -> None:
        self.columns = tuple(columns)
        self.clear()
        self.setColumnCount(len(columns))
        self.setHorizontalHeaderLabels([c.name for c in columns])
        self.setRowCount(len(rows))
        for r, row in enumerate(rows):
            for c, spec in enumerate(columns):
                item = QTableWidgetItem(display(spec.type, row[c] if c < len(row) else None))
                if spec.type.numeric:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                self.setItem(r, c, item)
        self.setEditTriggers(QAbstractItemView.EditTrigger.AllEditTriggers if editable
                             else QAbstractItemView.EditTrigger.NoEditTriggers)
        self.resizeColumnsToContents()

    def add_row(self) -> int:
        row = self.rowCount()
        self.insertRow(row)
        for c, spec in enumerate(self.columns):
            item = QTableWidgetItem("")
            if spec.type.numeric:
                item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self.setItem(row, c, item)
        self.setCurrentCell(row, 0)
        return row

    def remove_selected_rows(self) -> None:
        for row in sorted({i.row() for i in self.selectedIndexes()}, reverse=True):
            self.removeRow(row)

    def commit_open_editor(self) -> None:
        """Keep what is being typed when the user saves without leaving the cell first."""
        if self.state() == QAbstractItemView.State.EditingState:
            editor = self.indexWidget(self.currentIndex())
            if editor is not None:
                self.commitData(editor)
                self.closeEditor(editor, QAbstractItemDelegate.EndEditHint.NoHint)

    def rows(self) -> list[list[object]]:
        """The typed values; rows left completely empty are dropped."""
        self.commit_open_editor()
        out = []
        for r in range(self.rowCount()):
            values = [parse_cell(spec.type, self.item(r, c).text() if self.item(r, c) else "")
                      for c, spec in enumerate(self.columns)]
            if any(v is not None for v in values):
                out.append(values)
        return out
