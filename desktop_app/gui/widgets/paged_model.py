"""A read-only table model over rows fetched a page at a time (a million-row dataset, never loaded whole).

The model knows the row count and a ``fetch(offset, limit)`` callable (e.g.
``lambda o, n: services.datasets.rows_page(ds, o, n, total=count)``). ``data()`` fetches the page of
the asked row on demand and keeps the most recently used pages (``max_pages`` of ``page_size`` rows),
so painting the visible rows costs one or two page reads and scrolling costs one read per new page.
Numbers read the Indonesian way (1.234.567; 12,5), right-aligned.
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Callable, Sequence

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from desktop_app.domain.columns import ColumnSpec
from desktop_app.gui.widgets.grid_model import display

Fetch = Callable[[int, int], Sequence[Sequence[object]]]
Index = QModelIndex | QPersistentModelIndex

PAGE_SIZE = 500
MAX_PAGES = 40
_RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
_LEFT = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter


def _is_number(value: object) -> bool:
    return isinstance(value, (int, float)) and not isinstance(value, bool)


class PagedRowsModel(QAbstractTableModel):
    """Read-only rows of ``columns``; ``row_count`` rows, read through ``fetch`` in pages."""

    def __init__(self, columns: Sequence[ColumnSpec], row_count: int, fetch: Fetch, *,
                 page_size: int = PAGE_SIZE, max_pages: int = MAX_PAGES, parent: object = None) -> None:
        super().__init__(parent)
        self.columns = tuple(columns)
        self._count = max(0, int(row_count))
        self._fetch = fetch
        self.page_size = max(1, page_size)
        self.max_pages = max(1, max_pages)
        self._pages: OrderedDict[int, Sequence[Sequence[object]]] = OrderedDict()
        self.fetch_calls = 0  # how many pages were read (tests and diagnostics)

    # --- pages -----------------------------------------------------------------------------
    def page(self, number: int) -> Sequence[Sequence[object]]:
        """The rows of page ``number`` (read once, then from the cache while it stays recent)."""
        rows = self._pages.get(number)
        if rows is not None:
            self._pages.move_to_end(number)
            return rows
        rows = self._fetch(number * self.page_size, self.page_size)
        self.fetch_calls += 1
        self._pages[number] = rows
        while len(self._pages) > self.max_pages:
            self._pages.popitem(last=False)
        return rows

    def row(self, row: int) -> Sequence[object]:
        """The cells of one row ([] past the end, or when the page came back short)."""
        if not 0 <= row < self._count:
            return ()
        rows = self.page(row // self.page_size)
        offset = row % self.page_size
        return rows[offset] if offset < len(rows) else ()

    def cell(self, row: int, column: int) -> object:
        cells = self.row(row)
        return cells[column] if 0 <= column < len(cells) else None

    def cached_pages(self) -> list[int]:
        return list(self._pages)

    def reset(self, row_count: int | None = None) -> None:
        """Forget the cached pages (the data changed), optionally with a new row count."""
        self.beginResetModel()
        self._pages.clear()
        if row_count is not None:
            self._count = max(0, int(row_count))
        self.endResetModel()

    # --- Qt model --------------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 (Qt's signature)
        return 0 if parent.isValid() else self._count

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.columns)

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemNeverHasChildren

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or not (0 <= index.row() < self._count and 0 <= index.column() < len(self.columns)):
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return display(self.columns[index.column()].type, self.cell(index.row(), index.column()))
        if role == Qt.ItemDataRole.TextAlignmentRole:
            column = self.columns[index.column()]
            if column.type.numeric or _is_number(self.cell(index.row(), index.column())):
                return int(_RIGHT.value)
            return int(_LEFT.value)
        return None

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if role != Qt.ItemDataRole.DisplayRole or section < 0:
            return None
        if orientation == Qt.Orientation.Horizontal:
            return self.columns[section].name if section < len(self.columns) else None
        return display_row_number(section) if section < self._count else None


def display_row_number(section: int) -> str:
    """Row numbers as people count them, Indonesian style (1.000.000)."""
    return f"{section + 1:,}".replace(",", ".")


__all__ = ["MAX_PAGES", "PAGE_SIZE", "PagedRowsModel"]
