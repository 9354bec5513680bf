"""A read-only table view for datasets too large to load: rows come from a ``PagedRowsModel``.

Opening costs the row count and the first page; painting reads only the pages of the visible rows.
Rows have one fixed height (no per-row size hints over a million rows) and the column widths come
from the header and the first page only (never ``resizeColumnsToContents`` over all rows).
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget

from desktop_app.domain.columns import ColumnSpec
from desktop_app.gui.widgets.paged_model import PAGE_SIZE, Fetch, PagedRowsModel

MIN_COLUMN_WIDTH = 60
MAX_COLUMN_WIDTH = 320
PADDING = 18


class BigTable(QTableView):
    """Read-only rows from a paged source: ``set_source(columns, row_count, fetch)``."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.setWordWrap(False)
        self.setAlternatingRowColors(True)
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        rows = self.verticalHeader()
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)  # uniform row heights
        rows.setDefaultSectionSize(self.fontMetrics().height() + 8)
        self.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.horizontalHeader().setStretchLastSection(True)
        self.paged_model: PagedRowsModel | None = None

    def set_source(self, columns: Sequence[ColumnSpec], row_count: int, fetch: Fetch, *,
                   page_size: int = PAGE_SIZE) -> PagedRowsModel:
        """Show ``row_count`` rows of ``columns`` read through ``fetch(offset, limit)``; returns the model."""
        model = PagedRowsModel(columns, row_count, fetch, page_size=page_size, parent=self)
        old = self.model()
        self.setModel(model)
        if old is not None and old is not model and old.parent() is self:
            old.deleteLater()
        self.paged_model = model
        self._size_columns(model)
        return model

    def _size_columns(self, model: PagedRowsModel) -> None:
        """Widths from the header text and the first page's cells (one page read, at most)."""
        metrics = self.fontMetrics()
        header = self.horizontalHeader().fontMetrics()
        sample = min(model.rowCount(), model.page_size)
        for column in range(model.columnCount()):
            width = header.horizontalAdvance(str(model.headerData(column, Qt.Orientation.Horizontal) or ""))
            for row in range(sample):
                text = model.data(model.index(row, column))
                if text:
                    width = max(width, metrics.horizontalAdvance(str(text)))
            self.setColumnWidth(column, max(MIN_COLUMN_WIDTH, min(MAX_COLUMN_WIDTH, width + PADDING)))


__all__ = ["BigTable"]
