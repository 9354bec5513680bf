"""The in-memory table model behind the data grid: cell text as typed, typed values, undoable changes.

Each row holds the text of each cell as a person typed it (what the editor shows) and the typed
value read from it with :func:`parse_cell` (what is saved, sorted on, and shown in Indonesian
number formats). Values given to :meth:`DatasetTableModel.load` keep their exact type (a float
stays the float it was) until the cell is edited.

The rows are kept twice, as the same row objects in two lists: in their stored order (what
:meth:`DatasetTableModel.typed_rows` returns and what is saved) and in the order shown. Sorting
(:meth:`DatasetTableModel.sort`, which a header click reaches through the proxy) only reorders the
shown list — by value for numeric columns — so the stored order never changes. Model rows are
shown rows.

Changes made through :meth:`setData`, :meth:`DatasetTableModel.set_texts`,
:meth:`DatasetTableModel.insert_rows` and :meth:`DatasetTableModel.remove_rows` go onto
``undo_stack`` as commands (:mod:`grid_commands`) that hold the row objects themselves, so an undo
after a new sort still finds its rows; the commands call the ``_apply_*`` primitives, which change
the data and tell the views.

:class:`GridProxyModel` sits between the model and the view and filters rows on a text.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QColor, QUndoStack

from desktop_app.domain import formatting
from desktop_app.domain.columns import ColumnSpec, ColumnType, parse_cell
from desktop_app.gui.widgets.grid_commands import InsertRowsCommand, RemoveRowsCommand, SetCellsCommand

translate = QCoreApplication.translate

BAD_CELL_BACKGROUND = QColor("#f9d6d5")
BAD_CELL_FOREGROUND = QColor("#8a1c1c")
_RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
_LEFT = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter

Index = QModelIndex | QPersistentModelIndex


def _is_number(value: object) -> bool:
    return isinstance(value, (int, float)) and not isinstance(value, bool)


def display(column_type: ColumnType, value: object) -> str:
    """A stored value as people read it (Indonesian number formats; Rupiah without decimals)."""
    if value is None:
        return ""
    if column_type.numeric and _is_number(value):
        return formatting.number(value, 0 if column_type == ColumnType.MONEY else None)
    return str(value)


def edit_text(column_type: ColumnType, value: object) -> str:
    """The text a loaded value is edited as: numbers in full precision, read back to the same number.

    No thousands dots (``1.250`` would read as 1,25 in a decimal column), a comma for decimals.
    """
    if value is None:
        return ""
    if column_type.numeric and isinstance(value, float):
        if value.is_integer() and abs(value) < 1e15:
            return str(int(value))
        return repr(value).replace(".", ",")
    return str(value)


def type_label(column_type: ColumnType) -> str:
    """The column type as the dialog that creates columns names it."""
    from desktop_app.gui.dialogs.new_dataset import type_labels  # the one list of type names

    return type_labels().get(column_type, column_type.value)


class Row:
    """One row: the cells' text as typed and their typed values. Compared by identity."""

    __slots__ = ("texts", "values", "search")

    def __init__(self, texts: list[str], values: list[object]) -> None:
        self.texts = texts
        self.values = values
        self.search: str | None = None  # the cells as typed and as shown, case-folded, for the filter


# A row's place, for putting it back: (shown position, stored position, row).
RowPlace = tuple[int, int, Row]


def _runs(positions: Sequence[int]) -> list[tuple[int, int]]:
    """Ascending positions as (first, count) runs of consecutive numbers."""
    runs: list[tuple[int, int]] = []
    for position in positions:
        if runs and runs[-1][0] + runs[-1][1] == position:
            runs[-1] = (runs[-1][0], runs[-1][1] + 1)
        else:
            runs.append((position, 1))
    return runs


class DatasetTableModel(QAbstractTableModel):
    """Rows of one dataset, as text and typed values; editable while the dataset is a draft."""

    # A model row (and column) an undone or redone change touched, for the view to go to.
    focus_requested = Signal(int, int)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.columns: tuple[ColumnSpec, ...] = ()
        self.editable = False
        self._stored: list[Row] = []
        self._shown: list[Row] = []
        self._stored_numbers: dict[int, int] | None = None  # id(row) -> stored position, while sorted
        self.sort_column = -1
        self.sort_order = Qt.SortOrder.AscendingOrder
        self.undo_stack = QUndoStack(self)

    # -- loading and reading -------------------------------------------------------------------
    def load(self, columns: Sequence[ColumnSpec], rows: Sequence[Sequence[object]], editable: bool) -> None:
        """Show new data in its stored order; the undo history starts afresh."""
        self.beginResetModel()
        self.columns = tuple(columns)
        self.editable = editable
        types = [spec.type for spec in self.columns]
        stored = []
        for row in rows:
            values = [row[c] if c < len(row) else None for c in range(len(types))]
            for c, value in enumerate(values):
                if isinstance(value, str):
                    values[c] = parse_cell(types[c], value)
            stored.append(Row([edit_text(t, v) for t, v in zip(types, values, strict=True)], values))
        self._stored, self._shown = stored, list(stored)
        self._stored_numbers = None
        self.sort_column, self.sort_order = -1, Qt.SortOrder.AscendingOrder
        self.undo_stack.clear()
        self.endResetModel()

    def text(self, row: int, column: int) -> str:
        """The cell as typed (what the editor shows)."""
        return self._shown[row].texts[column]

    def value(self, row: int, column: int) -> object:
        """The cell's typed value (``None`` when empty; text when it cannot be read as the column's type)."""
        return self._shown[row].values[column]

    def display_text(self, row: int, column: int) -> str:
        """The cell as shown: numbers in Indonesian formats."""
        shown = self._shown[row]
        value = shown.values[column]
        if _is_number(value):
            return display(self.columns[column].type, value)
        return shown.texts[column]

    def is_bad(self, row: int, column: int) -> bool:
        """A numeric column's cell holds text that is not a number."""
        return self.columns[column].type.numeric and isinstance(self._shown[row].values[column], str)

    def stored_row(self, row: int) -> int:
        """Where a shown row is in the stored order."""
        if self.sort_column < 0:
            return row
        if self._stored_numbers is None:
            self._stored_numbers = {id(r): i for i, r in enumerate(self._stored)}
        return self._stored_numbers[id(self._shown[row])]

    def typed_rows(self) -> list[list[object]]:
        """The typed values in stored order (whatever the sort); rows left completely empty are dropped."""
        return [list(row.values) for row in self._stored if any(v is not None for v in row.values)]

    def row_matches(self, row: int, needle: str) -> bool:
        """Any cell of the row contains ``needle`` (already case-folded), as typed or as shown."""
        shown = self._shown[row]
        if shown.search is None:
            cells = list(shown.texts)
            cells += [self.display_text(row, c) for c, v in enumerate(shown.values) if _is_number(v)]
            shown.search = "\x00".join(cells).casefold()
        return needle in shown.search

    def row_is_empty(self, row: int) -> bool:
        return all(v is None for v in self._shown[row].values)

    def parse(self, column: int, text: str) -> object:
        return parse_cell(self.columns[column].type, text)

    # -- Qt model interface --------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._shown)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.columns)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        row, column = index.row(), index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self.display_text(row, column)
        if role == Qt.ItemDataRole.EditRole:
            return self._shown[row].texts[column]
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return _RIGHT if _is_number(self._shown[row].values[column]) else _LEFT
        if role in (Qt.ItemDataRole.BackgroundRole, Qt.ItemDataRole.ForegroundRole, Qt.ItemDataRole.ToolTipRole):
            if not self.is_bad(row, column):
                return None
            if role == Qt.ItemDataRole.BackgroundRole:
                return QBrush(BAD_CELL_BACKGROUND)
            if role == Qt.ItemDataRole.ForegroundRole:
                return QBrush(BAD_CELL_FOREGROUND)
            return translate("DataGrid", "\u201c{text}\u201d tidak terbaca sebagai {type}. "
                                         "Tulis angka seperti 1.234.567 atau 12,5.").format(
                text=self._shown[row].texts[column], type=type_label(self.columns[column].type).lower())
        return None

    def setData(self, index: Index, value: object, role: int = Qt.ItemDataRole.EditRole) -> bool:  # noqa: N802
        if not index.isValid() or role != Qt.ItemDataRole.EditRole or not self.editable:
            return False
        self.set_texts([(index.row(), index.column(), "" if value is None else str(value))],
                       translate("DataGrid", "Ubah Sel"))
        return True

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsEnabled
        return flags | Qt.ItemFlag.ItemIsEditable if self.editable else flags

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if orientation == Qt.Orientation.Vertical:
            # The row's number in the stored order, also while sorted: the checks name rows by it.
            if role == Qt.ItemDataRole.DisplayRole and 0 <= section < len(self._shown):
                return str(self.stored_row(section) + 1)
            return None
        if not 0 <= section < len(self.columns):
            return None
        spec = self.columns[section]
        if role == Qt.ItemDataRole.DisplayRole:
            return spec.name
        if role == Qt.ItemDataRole.ToolTipRole:
            tip = translate("DataGrid", "{name}\nJenis: {type}").format(name=spec.name, type=type_label(spec.type))
            if spec.unit:
                tip += "\n" + translate("DataGrid", "Satuan: {unit}").format(unit=spec.unit)
            return tip
        return None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Show the rows sorted by a column (numbers by value, empty cells last); -1: the stored order."""
        if column >= len(self.columns):
            return
        if column < 0:
            shown = list(self._stored)
        else:
            numeric = self.columns[column].type.numeric

            def key(row: Row) -> tuple:
                value = row.values[column]
                if numeric:
                    return (0, float(value), "") if _is_number(value) else (1, 0.0, str(value).casefold())
                return (0, 0.0, str(value).casefold())

            filled = [row for row in self._stored if row.values[column] is not None]
            empty = [row for row in self._stored if row.values[column] is None]
            shown = sorted(filled, key=key, reverse=order == Qt.SortOrder.DescendingOrder) + empty
        self.sort_column, self.sort_order = column, order
        self._stored_numbers = None
        self._reorder(shown)

    def _reorder(self, shown: list[Row]) -> None:
        self.layoutAboutToBeChanged.emit()
        persistent = self.persistentIndexList()
        kept = [(self._shown[i.row()], i.column()) for i in persistent]
        self._shown = shown
        position = {id(row): i for i, row in enumerate(shown)}
        self.changePersistentIndexList(persistent, [self.index(position[id(row)], column) for row, column in kept])
        self.layoutChanged.emit()

    # -- undoable changes ----------------------------------------------------------------------
    def set_texts(self, cells: Iterable[tuple[int, int, str]], label: str) -> bool:
        """Put text into cells (model rows) as one undo step; False when nothing changes."""
        changes = []
        for r, c, text in cells:
            row = self._shown[r]
            if row.texts[c] != text:
                changes.append((row, c, row.texts[c], row.values[c], text, self.parse(c, text)))
        if not changes:
            return False
        self.undo_stack.push(SetCellsCommand(self, changes, label))
        return True

    def insert_rows(self, at: int, rows: Sequence[Sequence[str]], label: str) -> list[Row]:
        """Insert rows of text (padded to the columns) before model row ``at``, as one undo step.

        In the stored order they go before the row now shown at ``at`` (at the end when ``at`` is
        the row count).
        """
        width = len(self.columns)
        stored_at = self.stored_row(at) if at < len(self._shown) else len(self._stored)
        new = []
        for row in rows:
            texts = [str(row[c]) if c < len(row) else "" for c in range(width)]
            new.append(Row(texts, [self.parse(c, t) for c, t in enumerate(texts)]))
        places = [(at + i, stored_at + i, row) for i, row in enumerate(new)]
        self.undo_stack.push(InsertRowsCommand(self, places, label))
        return new

    def remove_rows(self, rows: Iterable[int], label: str) -> None:
        """Remove model rows, as one undo step."""
        doomed = [self._shown[r] for r in sorted(set(rows))]
        if doomed:
            self.undo_stack.push(RemoveRowsCommand(self, doomed, label))

    def row_of(self, row: Row) -> int:
        """The model row showing a row object, -1 when it is not in the model."""
        for i, shown in enumerate(self._shown):
            if shown is row:
                return i
        return -1

    # -- primitives the commands call ----------------------------------------------------------
    def _apply_cells(self, cells: Sequence[tuple[Row, int, str, object]]) -> None:
        for row, c, text, value in cells:
            row.texts[c] = text
            row.values[c] = value
            row.search = None
        touched = {id(row) for row, *_ in cells}
        rows = [i for i, row in enumerate(self._shown) if id(row) in touched]
        columns = [c for _, c, *_ in cells]
        if rows:
            self.dataChanged.emit(self.index(rows[0], min(columns)), self.index(rows[-1], max(columns)))

    def _apply_insert(self, places: Sequence[RowPlace]) -> None:
        """Put rows at their (shown, stored) positions, as positions after the insertion."""
        for _, stored_at, row in sorted(places, key=lambda place: place[1]):
            self._stored.insert(min(stored_at, len(self._stored)), row)
        ordered = sorted(places, key=lambda place: place[0])
        start = 0
        for first, count in _runs([shown_at for shown_at, _, _ in ordered]):
            first = min(first, len(self._shown))
            self.beginInsertRows(QModelIndex(), first, first + count - 1)
            self._shown[first:first] = [row for _, _, row in ordered[start:start + count]]
            self._stored_numbers = None
            self.endInsertRows()
            start += count

    def _apply_remove(self, rows: Sequence[Row]) -> list[RowPlace]:
        """Take rows out; their places, to put them back."""
        doomed = {id(row) for row in rows}
        stored_at = {id(row): i for i, row in enumerate(self._stored) if id(row) in doomed}
        places = [(i, stored_at[id(row)], row) for i, row in enumerate(self._shown) if id(row) in doomed]
        self._stored = [row for row in self._stored if id(row) not in doomed]
        for first, count in reversed(_runs([shown_at for shown_at, _, _ in places])):
            self.beginRemoveRows(QModelIndex(), first, first + count - 1)
            del self._shown[first:first + count]
            self._stored_numbers = None
            self.endRemoveRows()
        return places


class GridProxyModel(QSortFilterProxyModel):
    """Filters rows on a text in any column; sorting is passed on to the model.

    The model sorts in Python in one go (a comparison per call into Python would take a second
    for 10,000 rows). Filtering happens when asked (:meth:`set_filter`), not after every edit, so
    the row being typed in does not vanish.
    """

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._needle = ""
        self.setDynamicSortFilter(False)

    def dataset(self) -> DatasetTableModel:
        return self.sourceModel()  # type: ignore[return-value]

    def set_filter(self, text: str) -> None:
        self.beginFilterChange()
        self._needle = text.strip().casefold()
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filter_text(self) -> str:
        return self._needle

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:  # noqa: N802
        if not self._needle:
            return True
        model = self.dataset()
        # An empty row is where new values are typed or pasted: it stays visible.
        return model.row_matches(source_row, self._needle) or model.row_is_empty(source_row)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        self.dataset().sort(column, order)
