"""Reading the raw cells of one sheet of an .xlsx/.xlsm, .xls or .ods workbook with python-calamine.

Chooses the sheet (the first visible one with data unless the caller names one), notes hidden
and empty sheets it passed over, checks the sheet's size before converting it to Python values,
and turns every calamine failure into ``BadInput``. Cells arrive as calamine gives them: "" for
empty, float/int, str, bool, date/datetime/time/timedelta.
"""

from __future__ import annotations

import zipfile
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

import python_calamine as calamine

from desktop_app.domain.errors import BadInput
from desktop_app.services.datasets.importing.guards import MAX_CELLS, MAX_COLUMNS, MAX_ROWS
from desktop_app.services.datasets.importing.model import ImportCancelled, Problem

Merge = tuple[tuple[int, int], tuple[int, int]]


@dataclass
class Grid:
    """The used area of one sheet: ``rows[0][0]`` is the sheet cell (row_offset, col_offset), 0-based."""

    sheet: str
    rows: list[list[object]]
    row_offset: int = 0
    col_offset: int = 0
    merges: list[Merge] = field(default_factory=list)

    @property
    def width(self) -> int:
        return len(self.rows[0]) if self.rows else 0


@dataclass
class SheetChoice:
    """All sheets of the file, the grid of the chosen one, and notes about the ones passed over.

    ``decimal_habit`` is the decimal mark the kind of file suggests when nothing in it proves one
    (a semicolon CSV comes from a locale that writes decimal commas). ``problems`` are cells of the
    chosen sheet that could not be read (formulas that could not be computed), named by sheet row
    and column letter like the notes.
    """

    sheets: tuple[str, ...]
    grid: Grid
    notes: list[Problem]
    decimal_habit: str | None = None
    problems: list[Problem] = field(default_factory=list)


def _refusal(exc: BaseException, path: Path) -> BadInput:
    """The BadInput for whatever calamine raised (a Rust panic arrives as a BaseException)."""
    if isinstance(exc, calamine.PasswordError) or "password" in str(exc).lower():
        return BadInput("encrypted", f"{path.name}: {exc}")
    if "limit" in str(exc).lower():
        return BadInput("too_large", f"{path.name}: {exc}")
    return BadInput("not_a_spreadsheet", f"{path.name}: {type(exc).__name__}: {exc}")


def _has_data(rows: list[list[object]]) -> bool:
    for row in rows:
        if row.count("") != len(row):
            for value in row:
                if value != "" and not (isinstance(value, str) and not value.strip()):
                    return True
    return False


SUFFIXES = {"xlsx": (".xlsx", ".xlsm", ".xltx", ".xltm"), "xls": (".xls", ".xlt"), "ods": (".ods", ".ots")}


def _open(path: Path, kind: str) -> calamine.CalamineWorkbook:
    """calamine picks its reader by suffix; a misnamed file (an .xls saved as .xlsx) is read by content."""
    if path.suffix.lower() in SUFFIXES[kind]:
        return calamine.CalamineWorkbook.from_path(str(path))
    with path.open("rb") as handle:
        return calamine.CalamineWorkbook.from_filelike(handle)


def read_workbook(path: Path, kind: str, sheet: str | None, cancelled: Callable[[], bool],
                  formula_members: frozenset[str] = frozenset()) -> SheetChoice:
    """The chosen sheet's grid. ``sheet=None``: the first visible worksheet that has data.

    ``formula_members`` are the .xlsx sheet members the guard saw formulas or errors in: the
    chosen sheet's are filled in (``formula_cells``) when it is one of them.
    """
    try:
        workbook = _open(path, kind)
    except (KeyboardInterrupt, SystemExit):
        raise
    except BaseException as exc:  # noqa: B036 - pyo3 panics are BaseException
        raise _refusal(exc, path) from exc
    try:
        choice = _choose(workbook, path, sheet, cancelled, kind, formula_members)
        if kind == "xlsx" and formula_members:
            _complete_formulas(workbook, path, choice, formula_members)
        return choice
    finally:
        try:
            workbook.close()
        except Exception:  # noqa: BLE001 - already closed or never opened: nothing to release
            pass


def _complete_formulas(workbook: calamine.CalamineWorkbook, path: Path, choice: SheetChoice,
                       formula_members: frozenset[str]) -> None:
    """Fill in the chosen sheet's error cells and the formulas that have no cached value."""
    from desktop_app.services.datasets.importing import formula_cells

    grid = choice.grid

    def read_values(name: str) -> tuple[list[list[object]], int, int]:
        other = _read_sheet(workbook, path, name)
        return other.rows, other.row_offset, other.col_offset

    with zipfile.ZipFile(path) as archive:
        members = formula_cells.sheet_members(archive)
        if members.get(grid.sheet) not in formula_members:
            return
        rows, row_offset, col_offset, outcome = formula_cells.complete(
            archive, grid.sheet, grid.rows, grid.row_offset, grid.col_offset, read_values)
    grid.rows, grid.row_offset, grid.col_offset = rows, row_offset, col_offset
    choice.notes.extend(outcome.notes)
    choice.problems.extend(outcome.problems)


def _choose(workbook: calamine.CalamineWorkbook, path: Path, sheet: str | None,
            cancelled: Callable[[], bool], kind: str = "", formula_members: frozenset[str] = frozenset()) -> SheetChoice:
    try:
        metadata = [m for m in workbook.sheets_metadata if m.typ == calamine.SheetTypeEnum.WorkSheet]
    except (KeyboardInterrupt, SystemExit):
        raise
    except BaseException as exc:  # noqa: B036 - pyo3 panics are BaseException
        raise _refusal(exc, path) from exc
    names = tuple(m.name for m in metadata)
    hidden = {m.name for m in metadata if m.visible != calamine.SheetVisibleEnum.Visible}
    if not names:  # no spreadsheet program saves a workbook without a sheet: the file is broken
        raise BadInput("not_a_spreadsheet", f"{path.name}: no worksheets")
    notes: list[Problem] = []
    if sheet is not None:
        if sheet not in names:
            raise BadInput("unknown_sheet", sheet)
        grid = _read_sheet(workbook, path, sheet)
        if not _has_data(grid.rows) and not _may_hold_formulas(path, sheet, kind, formula_members):
            raise BadInput("empty", f"{path.name}: sheet {sheet!r} has no data")
        if sheet in hidden:
            notes.append(Problem(sheet, None, None, "hidden_sheet_chosen"))
        notes.extend(Problem(name, None, None, "hidden_sheet_skipped") for name in names if name in hidden and name != sheet)
        return SheetChoice(names, grid, notes)
    chosen: Grid | None = None
    for name in names:
        if name in hidden:
            notes.append(Problem(name, None, None, "hidden_sheet_skipped"))
            continue
        if chosen is not None:
            continue
        if cancelled():
            raise ImportCancelled
        grid = _read_sheet(workbook, path, name)
        if _has_data(grid.rows) or _may_hold_formulas(path, name, kind, formula_members):
            chosen = grid
        else:
            notes.append(Problem(name, None, None, "empty_sheet_skipped"))
    if chosen is None:
        raise BadInput("empty", f"{path.name}: no visible sheet has data")
    return SheetChoice(names, chosen, notes)


def _may_hold_formulas(path: Path, name: str, kind: str, formula_members: frozenset[str]) -> bool:
    """A sheet that looks empty to the reader but holds formulas without values (filled in later)."""
    if kind != "xlsx" or not formula_members:
        return False
    from desktop_app.services.datasets.importing.formula_cells import sheet_members

    with zipfile.ZipFile(path) as archive:
        return sheet_members(archive).get(name) in formula_members


def _read_sheet(workbook: calamine.CalamineWorkbook, path: Path, name: str) -> Grid:
    try:
        sheet = workbook.get_sheet_by_name(name)
        height, width = sheet.height, sheet.width
        if height > MAX_ROWS or width > MAX_COLUMNS or height * width > MAX_CELLS:
            raise BadInput("too_large", f"{name}: {height} rows x {width} columns")
        start = sheet.start or (0, 0)
        rows = sheet.to_python(skip_empty_area=True)
        if rows and (len(rows) != height or len(rows[0]) != width):
            # The trimmed area does not match the range: read from A1 so row numbers stay right.
            start, rows = (0, 0), sheet.to_python(skip_empty_area=False)
        merges = list(sheet.merged_cell_ranges or ())
    except BadInput:
        raise
    except (KeyboardInterrupt, SystemExit):
        raise
    except BaseException as exc:  # noqa: B036 - pyo3 panics are BaseException
        raise _refusal(exc, path) from exc
    widths = set(map(len, rows))
    if len(widths) > 1:  # calamine gives whole rectangles; pad anything else
        width = max(widths)
        for row in rows:
            if len(row) < width:
                row.extend([""] * (width - len(row)))
    return Grid(name, rows, start[0], start[1], merges)
