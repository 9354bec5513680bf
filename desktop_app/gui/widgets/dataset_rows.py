"""The rows of a dataset in a stage tab: the editable grid when they fit in memory, otherwise a paged,
read-only table over the database, so selecting a million-row dataset costs a count and one page."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QStackedWidget, QWidget

from desktop_app.gui.widgets.big_table import BigTable
from desktop_app.gui.widgets.data_grid import DataGrid
from desktop_app.services.datasets import DatasetDetail

# Above this many rows a dataset is shown in pages and cannot be edited cell by cell in the grid (the
# grid holds every row in memory with its undo history); such datasets change through imports.
GRID_ROW_LIMIT = 20_000

RowsPage = Callable[[int, int, int], list]  # (dataset id, offset, limit) -> rows


class DatasetRowsView(QStackedWidget):
    """Holds a tab's ``DataGrid`` and a ``BigTable``; shows whichever suits the dataset's size."""

    def __init__(self, grid: DataGrid, rows_page: Callable[..., list], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.grid = grid
        self.big = BigTable(self)
        self.big.setObjectName(f"{grid.objectName() or 'grid'}Paged")
        self._rows_page = rows_page
        self.row_limit = GRID_ROW_LIMIT  # pass to ``DatasetService.get`` as ``row_limit``
        self.addWidget(grid)
        self.addWidget(self.big)

    @property
    def paged(self) -> bool:
        """Whether the rows on show are read in pages (a large dataset, read only)."""
        return self.currentWidget() is self.big

    def show_detail(self, detail: DatasetDetail | None, editable: bool) -> None:
        """Show the detail's rows (from ``DatasetService.get(..., row_limit=GRID_ROW_LIMIT)``)."""
        if detail is None:
            self.grid.set_data((), (), False)
            self.setCurrentWidget(self.grid)
        elif detail.rows_complete:
            self.grid.set_data(detail.columns, detail.rows, editable)
            self.setCurrentWidget(self.grid)
        else:
            self.grid.set_data((), (), False)
            dataset_id, total = detail.summary.id, detail.summary.rows
            self.big.set_source(detail.columns, total,
                                lambda offset, limit: self._rows_page(dataset_id, offset, limit, total=total))
            self.setCurrentWidget(self.big)

    def go_to(self, row: int | None, column: int | None) -> None:
        """Select a cell (or, with ``row`` None, a whole column) and scroll to it."""
        view = self.currentWidget()
        model = view.model()
        if model is None:
            return
        if row is None:
            if column is not None:
                view.selectColumn(column)
                view.setFocus()
            return
        if not 0 <= row < model.rowCount():
            return
        view.setCurrentIndex(model.index(row, column or 0))  # the grid's model is its sort/filter proxy
        view.scrollTo(view.currentIndex())
        view.setFocus()


__all__ = ["GRID_ROW_LIMIT", "DatasetRowsView"]
