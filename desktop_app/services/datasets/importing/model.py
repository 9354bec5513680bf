"""What an import preview returns: the typed table, the problems found in it and notes about it."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from desktop_app.domain.columns import ColumnType
from desktop_app.domain.subtotals import Subtotal


class ImportCancelled(Exception):
    """The caller's ``cancelled()`` returned True; nothing was kept."""


@dataclass(frozen=True)
class Problem:
    """One thing found in the source: a cell that could not be read, or (as a note) a row left out.

    ``row`` is the 1-based row number in the source sheet (as Excel shows it), ``column`` the
    imported column name (or the sheet's column letter when no column applies), ``code`` a stable
    machine code the caller turns into words, ``value`` the cell as it was (or a count for notes).
    """

    sheet: str
    row: int | None
    column: str | None
    code: str
    value: object = None


@dataclass(frozen=True)
class NumberReading:
    """How a column's written numbers are read: the decimal mark, and what decided it.

    ``decimal`` is "," (the dot groups thousands) or "." (the comma does); None while nothing
    decides it (the person must choose before anything is saved). ``reason`` is "column" (its own
    cells show it), "file" (the file's other columns do), "habit" (the kind of file: a semicolon
    CSV), "chosen" (the person said so) or "ambiguous"; ``example`` a cell it was seen in.
    """

    decimal: str | None
    reason: str
    example: str = ""

    @property
    def open(self) -> bool:
        return self.decimal is None


@dataclass(frozen=True)
class ImportedColumn:
    """A column of the preview: its name from the header, its type and its 0-based column in the sheet.

    ``reading`` says how its written numbers were read (None when it has none with a mark that matters).
    """

    name: str
    type: ColumnType
    source_index: int
    reading: NumberReading | None = None


@dataclass(frozen=True)
class ColumnCells:
    """What the typed cells of one preview column are, so the rows can be checked and written in bulk."""

    types: frozenset[type]  # the Python types of its cells (NoneType for empty cells)
    finite: bool  # no NaN or infinity among its numbers
    plain: bool  # no text holds a double quote, a backslash or a control character


@dataclass(frozen=True)
class RowsSummary:
    """``ColumnCells`` of each column of ``rows``; it speaks for those rows only (checked by identity)."""

    rows: tuple[tuple[object, ...], ...]
    columns: tuple[ColumnCells, ...]

    def describes(self, rows: object) -> bool:
        return rows is self.rows


@dataclass(frozen=True)
class Unpivoted:
    """What turning period columns into rows did: which columns, into which two, the year and where it came from.

    ``year_from`` is "headings" (each heading has its year), "title", "sheet", "file" or "given".
    """

    period_column: str
    value_column: str
    columns: tuple[str, ...]  # the period columns of the sheet, in order
    grain: str  # "month", "quarter", "semester" or "year"
    year: int | None
    year_from: str
    total_columns: tuple[str, ...] = ()  # columns across the periods, left out after checking them
    wide_rows: int = 0


@dataclass(frozen=True)
class ImportPreview:
    """A sheet read into typed rows, ready to show to a person before anything is saved."""

    file: Path
    sheets: tuple[str, ...]  # every worksheet, hidden ones included (notes say which are hidden)
    sheet: str  # the one read
    header_row: int  # 1-based sheet row of the (last) header row
    columns: tuple[ImportedColumn, ...]
    rows: tuple[tuple[object, ...], ...]  # typed values per column, None for empty; data rows only
    source_rows: tuple[int, ...]  # 1-based sheet row of each row
    problems: tuple[Problem, ...]  # cells that do not fit their column's type (kept as text)
    notes: tuple[Problem, ...]  # what was left out or decided: totals, blank rows, hidden sheets, ...
    # What the cells of ``rows`` are, column by column, as read_preview made them (None: not known).
    summary: RowsSummary | None = field(default=None, compare=False, repr=False)
    # The subtotal and total rows left out of ``rows``, kept as material for the checks of step 2.
    subtotals: tuple[Subtotal, ...] = ()
    titles: tuple[str, ...] = ()  # the texts of the title rows above the table ("REKAP IZIN TAHUN 2024")
    unpivoted: Unpivoted | None = None  # set when wide period columns were turned into rows

    def column(self, name: str) -> list[object]:
        """The values of one column, in row order."""
        index = next(i for i, column in enumerate(self.columns) if column.name == name)
        return [row[index] for row in self.rows]

    @property
    def types(self) -> dict[str, ColumnType]:
        """Column name -> type, the shape ``read_preview(column_types=...)`` takes back."""
        return {column.name: column.type for column in self.columns}
