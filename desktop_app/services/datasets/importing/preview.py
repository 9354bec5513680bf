"""``read_preview``: from a file a person picked to a typed table they can check before saving.

Order of work: refuse unsafe files (guards), read the chosen sheet's cells (sources/csv_source),
find the table (layout), type each column (inference). Nothing touches the database.
"""

from __future__ import annotations

import gc
from collections import Counter
from collections.abc import Callable, Iterator, Mapping
from contextlib import contextmanager
from itertools import compress
from itertools import count as counting
from pathlib import Path

from desktop_app.domain.columns import ColumnType
from desktop_app.domain.errors import BadInput
from desktop_app.services.datasets.importing import guards
from desktop_app.services.datasets.importing.csv_source import read_csv
from desktop_app.services.datasets.importing.inference import cells_of, convert, infer, profile, scale_percent
from desktop_app.services.datasets.importing.layout import Census, Layout, find_table
from desktop_app.services.datasets.importing.marks import MARKS, decide, evidence_of, file_mark
from desktop_app.services.datasets.importing.model import (
    ColumnCells,
    ImportCancelled,
    ImportedColumn,
    ImportPreview,
    NumberReading,
    Problem,
    RowsSummary,
)
from desktop_app.services.datasets.importing.sources import Grid, SheetChoice, read_workbook
from desktop_app.services.datasets.importing.subtotals import read_subtotals
from desktop_app.services.datasets.importing.values import INVISIBLE, excel_letter

PROGRESS_EVERY = 5000  # rows


class _Monitor:
    """Progress and cancellation for one call; work is counted in rows, twice (finding rows, typing them)."""

    def __init__(self, progress: Callable[[int, int], None] | None, cancelled: Callable[[], bool] | None) -> None:
        self._progress = progress
        self._cancelled = cancelled
        self.total = 0
        self.base = 0

    def check(self) -> None:
        if self._cancelled is not None and self._cancelled():
            raise ImportCancelled

    def report(self, done: int) -> None:
        self.check()
        if self._progress is not None and self.total:
            self._progress(min(self.base + done, self.total), self.total)

    def is_cancelled(self) -> bool:
        return self._cancelled is not None and bool(self._cancelled())


def _column_types(column_types: Mapping[str, ColumnType | str] | None, names: list[str]) -> dict[str, ColumnType]:
    if not column_types:
        return {}
    result: dict[str, ColumnType] = {}
    known = set(names)
    for name, value in column_types.items():
        if name not in known:
            raise BadInput("unknown_column", name)
        try:
            result[name] = ColumnType(value)
        except ValueError as exc:
            raise BadInput("bad_column_type", f"{name}: {value!r}") from exc
    return result


def read_preview(path: Path, *, sheet: str | None = None, header_row: int | None = None,
                 column_types: Mapping[str, ColumnType] | None = None,
                 decimal_marks: Mapping[str, str] | None = None, decimal: str | None = None,
                 progress: Callable[[int, int], None] | None = None,
                 cancelled: Callable[[], bool] | None = None) -> ImportPreview:
    """Read one sheet of a spreadsheet or CSV file into a typed preview.

    ``sheet=None`` takes the first visible sheet with data; ``header_row`` (1-based sheet row)
    overrides header detection; ``column_types`` (column name -> type) overrides type inference
    and the cells are read again for those types. Each column's written numbers are read with one
    decimal mark (``ImportedColumn.reading``, see ``marks``): ``decimal_marks`` (column name -> ","
    or ".") sets it for those columns, ``decimal`` for the columns the file leaves open; a column
    still open is read the Indonesian way for the preview and listed as an "ambiguous_decimal"
    problem, and nothing may be saved from it. ``progress(done, total)`` is called every few
    thousand rows (the rows are counted twice: picking out data rows, then typing the columns;
    the last call has ``done == total``); ``cancelled()`` returning True raises ``ImportCancelled``.
    Bad input raises ``BadInput`` with a code (see the package docstring) and nothing else.
    """
    path = Path(path)
    if header_row is not None and (isinstance(header_row, bool) or not isinstance(header_row, int) or header_row < 1):
        raise BadInput("bad_header_row", repr(header_row))
    for mark in [decimal, *(decimal_marks or {}).values()]:
        if mark is not None and mark not in MARKS:
            raise BadInput("bad_decimal_mark", repr(mark))
    with paused_gc():
        return _read_preview(path, sheet, header_row, column_types, progress, cancelled, dict(decimal_marks or {}),
                             decimal)


@contextmanager
def paused_gc() -> Iterator[None]:
    """The cyclic garbage collector held off while a sheet's million cells are made.

    Reading a sheet creates hundreds of thousands of lists and tuples and no reference cycles;
    left on, the collector walks all of them again and again as they pile up (a third of the
    time of a large import). It is switched back on as it was, whatever happens. What was made
    meanwhile and still lives (the preview's rows) goes straight to the oldest generation -
    ``freeze`` then ``unfreeze`` moves every tracked object there, nothing is lost or kept -
    instead of being walked once more by the first collection after the pause.
    """
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.freeze()
            gc.unfreeze()
            gc.enable()


def _named_cells(choice: SheetChoice, layout: Layout, grid: Grid) -> tuple[list[Problem],
                                                                         list[tuple[int, int, Problem]]]:
    """The source's notes and problems about single cells (by column letter) for the cells kept, by column name.

    Notes about cells outside the table (a title, a total row left out) are dropped with them.
    """
    if not choice.problems and not any(note.code in _CELL_NOTES for note in choice.notes):
        return [], []
    names = {excel_letter(column + grid.col_offset): (position, name)
             for position, (column, name) in enumerate(zip(layout.columns, layout.names, strict=True))}
    kept = {row: index for index, row in enumerate(layout.source_rows)}
    notes, kept_notes, problems = [], [], []
    for note in choice.notes:
        if note.code in _CELL_NOTES:
            if note.row in kept and note.column in names:
                kept_notes.append(Problem(note.sheet, note.row, names[note.column][1], note.code, note.value))
        else:
            notes.append(note)
    choice.notes[:] = notes
    for problem in choice.problems:
        if problem.row in kept and problem.column in names:
            position, name = names[problem.column]
            problems.append((kept[problem.row], position, Problem(problem.sheet, problem.row, name, problem.code,
                                                                  problem.value)))
    return kept_notes, problems


_CELL_NOTES = frozenset({"formula_computed"})


def _without_invisible_marks(layout: Layout, sheet: str) -> list[Problem]:
    """Zero-width and bidi marks taken out of the kept cells and the column names, one note per column.

    Looked for among each column's distinct texts only, so a column without any costs one search.
    """
    notes = []
    census = layout.census or []
    for position, (values, column) in enumerate(zip(layout.values, census, strict=False)):
        texts = column.texts
        if not texts or not INVISIBLE.search("\n".join(texts)):
            continue
        cleaned = {text: INVISIBLE.sub("", text) for text in texts if INVISIBLE.search(text)}
        values[:] = [cleaned.get(v, v) if type(v) is str else v for v in values]
        counted: Counter = Counter()
        for text, times in texts.items():
            counted[cleaned.get(text, text)] += times
        census[position] = Census(column.types, counted, column.whole_floats)
        notes.append(Problem(sheet, None, layout.names[position], "invisible_marks_removed",
                             sum(texts[text] for text in cleaned)))
    layout.names[:] = [INVISIBLE.sub("", name) for name in layout.names]
    for index, note in enumerate(notes):
        notes[index] = Problem(note.sheet, None, INVISIBLE.sub("", note.column or ""), note.code, note.value)
    return notes


def _read_sheet(path: Path, kind: str, sheet: str | None, monitor: _Monitor,
                formula_members: frozenset[str]) -> tuple[SheetChoice, dict[str, ColumnType]]:
    """The chosen sheet of a file of ``kind``, and the column types the file declares (PADI's JSON export)."""
    if kind == "csv":
        return read_csv(path, sheet), {}
    if kind == "json":
        from desktop_app.services.datasets.importing.json_source import read_json  # JSON files are rare: loaded when met

        return read_json(path, sheet)
    return read_workbook(path, kind, sheet, monitor.is_cancelled, formula_members), {}


def _layout(kind: str, grid: Grid, header_row: int | None, monitor: _Monitor) -> Layout:
    """Where the table is on the sheet: found (or at ``header_row``), or a JSON file's rows as they are."""
    if kind == "json":
        from desktop_app.services.datasets.importing.json_source import layout_of

        return layout_of(grid)
    return find_table(grid, header_row, monitor.report)


def _bad_cells(sheet: str, source_rows: list[int], position: int, name: str, values: list[object],
               bad: Mapping[object, str], native: bool) -> list[tuple[int, int, Problem]]:
    """(row index, column position, problem) of each cell of a column whose value ``bad`` refuses;
    ``native``: the values are texts and numbers only (no bool to tell from 1)."""
    found = []
    if native:
        for index in compress(counting(), map(bad.__contains__, values)):
            value = values[index]
            found.append((index, position, Problem(sheet, source_rows[index], name, bad[value], value)))
    else:
        for index, value in enumerate(values):
            code = bad.get(value) if type(value) is not bool else bad.get("TRUE" if value else "FALSE")
            if code is not None:
                found.append((index, position, Problem(sheet, source_rows[index], name, code, value)))
    return found


def _decimal_readings(layout: Layout, census: list[Census | None], habit: str | None, decimal_marks: Mapping[str, str],
                      decimal: str | None) -> list[NumberReading | None]:
    """How each column's numbers read (see ``marks.decide``): by its texts, what the whole file proves or its
    kind's habit, the mark chosen for the column (``decimal_marks``) or for the file (``decimal``)."""
    evidence = [evidence_of(c.texts if c is not None else [v for v in values if type(v) is str])
                for c, values in zip(census, layout.values, strict=True)]
    in_file = file_mark(evidence, habit)
    return [decide(e, in_file, decimal_marks.get(name), decimal) for e, name in zip(evidence, layout.names, strict=True)]


def _in_order(found: list[tuple[int, int, Problem]],
              cell_problems: list[tuple[int, int, Problem]]) -> list[tuple[int, int, Problem]]:
    """The problems by row, then column; a formula that could not be computed is that cell's problem, its
    "=..." text needs no second one."""
    if cell_problems:
        named = {(p.row, p.column) for _, _, p in cell_problems}
        found = [item for item in found if (item[2].row, item[2].column) not in named] + cell_problems
    found.sort(key=lambda item: (item[0], item[1]))
    return found


def _read_preview(path: Path, sheet: str | None, header_row: int | None,
                  column_types: Mapping[str, ColumnType] | None, progress: Callable[[int, int], None] | None,
                  cancelled: Callable[[], bool] | None, decimal_marks: dict[str, str],
                  decimal: str | None) -> ImportPreview:
    monitor = _Monitor(progress, cancelled)
    monitor.check()
    inspection = guards.inspect_file(path)
    kind = inspection.kind
    monitor.check()
    choice, declared = _read_sheet(path, kind, sheet, monitor, inspection.formula_members)
    monitor.check()
    grid = choice.grid
    monitor.total = 2 * max(len(grid.rows), 1)
    layout = _layout(kind, grid, header_row, monitor)
    if not layout.source_rows:
        raise BadInput("empty", f"{grid.sheet}: no data rows under the header (row {layout.header_row})")
    invisible = _without_invisible_marks(layout, grid.sheet)
    overrides = {**declared, **_column_types(column_types, layout.names)}
    # Text a file declares as text (PADI's JSON export) is taken as it is, without reading it as numbers or dates.
    verbatim = {name: ctype for name, ctype in declared.items() if not ctype.numeric}
    for name in decimal_marks:
        if name not in layout.names:
            raise BadInput("unknown_column", name)
    monitor.base = monitor.total // 2
    monitor.report(0)

    sheet_name = grid.sheet
    cell_notes, cell_problems = _named_cells(choice, layout, grid)
    notes: list[Problem] = [*choice.notes, *layout.notes, *invisible, *cell_notes]
    columns: list[ImportedColumn] = []
    typed_columns: list[list[object]] = []
    cells: list[ColumnCells] = []
    marks: list[str] = []
    found: list[tuple[int, int, Problem]] = []
    source_rows = layout.source_rows
    count = len(layout.columns)
    census = layout.census or [None] * count
    readings = _decimal_readings(layout, census, choice.decimal_habit, decimal_marks, decimal)
    # Cells whose formula could not be computed hold their "=..." text: no value of the column, so they are
    # typed as empty cells and get their text back afterwards (their problem says what they are).
    held: dict[int, dict[int, object]] = {}
    for index, position, problem in cell_problems:
        held.setdefault(position, {})[index] = problem.value
    for position, (grid_column, name, values) in enumerate(zip(layout.columns, layout.names, layout.values, strict=True)):
        reading = readings[position]
        column_census = census[position]
        if position in held:
            values = ["" if index in held[position] else value for index, value in enumerate(values)]
            column_census = None
        column_profile = profile(values, column_census, reading.decimal or "," if reading is not None else ",")
        column_type = overrides.get(name) or infer(column_profile, name)
        if column_type.numeric and reading is not None and reading.open:
            found.append((-1, position, Problem(sheet_name, None, name, "ambiguous_decimal", reading.example)))
        if name in verbatim and not column_type.numeric and column_type == verbatim[name]:
            typed, bad = [None if value == "" else value for value in values], {}
        else:
            typed, bad = convert(values, column_profile, column_type)
        for index, value in held.get(position, {}).items():
            typed[index] = value
        if column_type == ColumnType.PERCENT and scale_percent(column_profile):
            notes.append(Problem(sheet_name, None, name, "percent_scaled"))
        if column_type == ColumnType.DATE and column_profile.serials:
            notes.append(Problem(sheet_name, None, name, "date_serials_converted"))
        if bad:
            found += _bad_cells(sheet_name, source_rows, position, name, values, bad,
                                column_profile.native_values is not None)
        columns.append(ImportedColumn(name, column_type, grid_column + grid.col_offset, reading))
        marks.append(column_profile.decimal_mark)
        typed_columns.append(typed)
        cells.append(cells_of(typed) if position in held or name in verbatim else column_profile.converted or cells_of(typed))
        monitor.report(len(source_rows) * (position + 1) // count)
    found = _in_order(found, cell_problems)
    rows = tuple(zip(*typed_columns, strict=True))
    summary = RowsSummary(rows, tuple(cells))
    subtotals, subtotal_notes = read_subtotals(sheet_name, layout.totals, columns, rows, marks)
    notes += subtotal_notes
    if progress is not None:
        progress(monitor.total, monitor.total)
    return ImportPreview(
        file=path, sheets=choice.sheets, sheet=sheet_name, header_row=layout.header_row, columns=tuple(columns),
        rows=rows, source_rows=tuple(source_rows), problems=tuple(p for _, _, p in found), notes=tuple(notes),
        summary=summary, subtotals=subtotals, titles=tuple(layout.titles))
