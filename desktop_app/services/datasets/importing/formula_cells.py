"""Formula cells of an .xlsx sheet: cached errors made visible, formulas without a cached value computed.

Files written by scripts and web applications often hold formulas without the value a spreadsheet
program would have stored beside them; the reader then sees an empty cell (and drops a row made
only of formulas). Cached error values (``#REF!``, ``#DIV/0!``) reach the reader as empty cells
too. This module reads the sheet's XML for such cells, only when the guard saw formulas or
errors in it (``guards.Inspection``):

- a cached error becomes its text in the grid, so the column's typing reports it as a problem;
- a formula without a cached value (or every formula when the workbook asks to be recalculated
  on opening, as writers that store a placeholder 0 do) is computed with the ``formulas``
  library (arithmetic, SUM, AVERAGE, COUNT, MIN, MAX, ROUND, IF and the rest it knows) over the
  cells and ranges of the same workbook, other sheets included; each computed cell is noted;
- what cannot be computed (an unknown function, a defined name, another workbook, a cycle, an
  array result) becomes ``=<formula>`` in the grid and a ``formula_not_computed`` problem naming
  the cell - never an empty value.

The library (and numpy, which it needs) is imported only when something must be computed.
"""

from __future__ import annotations

import datetime as dt
import logging
import posixpath
import re
import zipfile
from collections.abc import Callable
from dataclasses import dataclass, field

from defusedxml.ElementTree import fromstring, iterparse

from desktop_app.services.datasets.importing.model import Problem
from desktop_app.services.datasets.importing.values import column_index, excel_letter

MAX_RANGE_CELLS = 1_000_000  # cells of one range a formula may read (a whole column is clipped to the sheet)
_MAIN = "{http://schemas.openxmlformats.org/spreadsheetml/2006/main}"
_RELATIONSHIPS = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}"
_PACKAGE_RELATIONSHIPS = "{http://schemas.openxmlformats.org/package/2006/relationships}"
_CELL = re.compile(r"\$?([A-Z]{1,3})\$?(\d{1,7})")
_EXCEL_EPOCH = dt.datetime(1899, 12, 30)
# Where formulas are moved to be compared: far enough from every edge for any shift a sheet can hold.
_ANCHOR = "KZZ500000"
_ANCHOR_ROW, _ANCHOR_COLUMN = 499_999, column_index("KZZ") - 1


@dataclass
class FormulaCell:
    """One cell of the XML that the reader cannot be trusted with: 0-based sheet row and column."""

    row: int
    column: int
    formula: str | None = None  # without the leading "="; None for an error constant
    cached: bool = False  # a value was stored beside the formula
    error: str | None = None  # the cached error value, when there is one


@dataclass
class Outcome:
    """What completing a sheet did: notes about computed cells, problems about cells that could not be."""

    notes: list[Problem] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)


class NotComputed(Exception):
    """A formula the library cannot compute; ``reason`` is a short code."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


def sheet_members(archive: zipfile.ZipFile) -> dict[str, str]:
    """Worksheet name -> its XML member, from the workbook and its relationships."""
    workbook = fromstring(archive.read("xl/workbook.xml"))
    relations = fromstring(archive.read("xl/_rels/workbook.xml.rels"))
    targets = {}
    for relation in relations.iter(f"{_PACKAGE_RELATIONSHIPS}Relationship"):
        target = relation.get("Target", "")
        target = target.lstrip("/") if target.startswith("/") else posixpath.normpath(posixpath.join("xl", target))
        targets[relation.get("Id")] = target
    members = {}
    for sheet in workbook.iter(f"{_MAIN}sheet"):
        member = targets.get(sheet.get(f"{_RELATIONSHIPS}id"))
        if member:
            members[sheet.get("name", "")] = member
    return members


def recalculates_on_open(archive: zipfile.ZipFile) -> bool:
    """Whether the workbook asks to be recalculated when opened: its cached values are placeholders."""
    workbook = fromstring(archive.read("xl/workbook.xml"))
    calc = workbook.find(f"{_MAIN}calcPr")
    return calc is not None and calc.get("fullCalcOnLoad") in ("1", "true")


def read_formula_cells(archive: zipfile.ZipFile, member: str) -> dict[tuple[int, int], FormulaCell]:
    """The formula and error cells of one sheet, shared formulas written out for every cell."""
    from openpyxl.formula.translate import Translator, TranslatorError

    cells: dict[tuple[int, int], FormulaCell] = {}
    masters: dict[str, tuple[str, str]] = {}  # shared formula index -> (formula, its cell)
    row_number, column_number = 0, 0
    with archive.open(member) as stream:
        for _event, element in iterparse(stream, events=("end",)):
            tag = element.tag
            if tag == f"{_MAIN}row":
                element.clear()
                continue
            if tag != f"{_MAIN}c":
                continue
            reference = element.get("r")
            match = _CELL.fullmatch(reference or "")
            if match:
                column_number, row_number = column_index(match[1]), int(match[2])
            else:
                column_number += 1
            formula_element = element.find(f"{_MAIN}f")
            value_element = element.find(f"{_MAIN}v")
            value = value_element.text if value_element is not None else None
            error = value if element.get("t") == "e" and value else None
            if formula_element is None and error is None:
                element.clear()
                continue
            cell = FormulaCell(row_number - 1, column_number - 1, cached=bool(value), error=error)
            if formula_element is not None:
                text = formula_element.text or ""
                index = formula_element.get("si")
                here = f"{excel_letter(column_number - 1)}{row_number}"
                if formula_element.get("t") == "shared" and index is not None:
                    if text:
                        masters[index] = (text, here)
                    elif index in masters:
                        source, origin = masters[index]
                        try:
                            text = Translator("=" + source, origin=origin).translate_formula(here)[1:]
                        except TranslatorError:
                            text = ""
                cell.formula = text or None
            if cell.formula is not None or cell.error is not None:
                cells[(cell.row, cell.column)] = cell
            element.clear()
    return cells


class Workbook:
    """The workbook's sheets as the evaluator sees them: values from the reader, formula cells from the XML."""

    def __init__(self, archive: zipfile.ZipFile, members: dict[str, str],
                 read_values: Callable[[str], tuple[list[list[object]], int, int]], recalculate: bool) -> None:
        self.archive = archive
        self.members = members
        self.by_upper = {name.upper(): name for name in members}
        self.read_values = read_values
        self.recalculate = recalculate
        self._values: dict[str, tuple[list[list[object]], int, int]] = {}
        self._formulas: dict[str, dict[tuple[int, int], FormulaCell]] = {}
        self.computed: dict[tuple[str, int, int], object] = {}
        self._busy: set[tuple[str, int, int]] = set()
        self._compiled: dict[str, object] = {}
        self._shapes: dict[str, tuple[object, list[str]] | None] = {}

    def values(self, sheet: str) -> tuple[list[list[object]], int, int]:
        if sheet not in self._values:
            self._values[sheet] = self.read_values(sheet)
        return self._values[sheet]

    def formulas(self, sheet: str) -> dict[tuple[int, int], FormulaCell]:
        if sheet not in self._formulas:
            self._formulas[sheet] = read_formula_cells(self.archive, self.members[sheet])
        return self._formulas[sheet]

    def needs_computing(self, cell: FormulaCell) -> bool:
        return cell.formula is not None and (self.recalculate or not cell.cached)

    def value(self, sheet: str, row: int, column: int) -> object:
        """A cell's value for a formula: computed when it is an uncomputed formula, else as read."""
        cell = self.formulas(sheet).get((row, column))
        if cell is not None and cell.error is not None and not self.needs_computing(cell):
            return _error(cell.error)
        if cell is not None and self.needs_computing(cell):
            key = (sheet, row, column)
            if key not in self.computed:
                if key in self._busy:
                    raise NotComputed("cycle")
                self._busy.add(key)
                try:
                    self.computed[key] = self._compute(sheet, cell)
                finally:
                    self._busy.discard(key)
            return self.computed[key]
        rows, row_offset, column_offset = self.values(sheet)
        r, c = row - row_offset, column - column_offset
        if 0 <= r < len(rows) and 0 <= c < len(rows[r]):
            return _as_input(rows[r][c])
        return _empty()

    def _compute(self, sheet: str, cell: FormulaCell) -> object:
        shape = self._shape(cell)
        if shape is not None:  # the same formula as others, shifted: compiled once, its inputs shifted back
            function, operands = shape
            from openpyxl.formula.translate import Translator

            down, right = cell.row - _ANCHOR_ROW, cell.column - _ANCHOR_COLUMN
            try:
                names = [Translator.translate_range(operand, down, right).replace("$", "") for operand in operands]
            except Exception as exc:  # noqa: BLE001 - a reference the shift cannot place
                raise NotComputed("reference") from exc
        else:
            function = self._compiled.get(cell.formula)
            if function is None:
                function = self._compiled[cell.formula] = _compile(cell.formula)
            names = list(function.inputs)
        arguments = [self._argument(sheet, name) for name in names]
        try:
            result = function(*arguments)
        except NotComputed:
            raise
        except Exception as exc:  # noqa: BLE001 - whatever the library cannot do is "not computed"
            raise NotComputed(type(exc).__name__) from exc
        return _as_cell(result)

    def _shape(self, cell: FormulaCell) -> tuple[object, list[str]] | None:
        """The compiled formula shared by every cell whose formula is this one shifted (``=B5+C5`` in row
        5, ``=B6+C6`` in row 6), and its inputs as written at the anchor; None when it cannot be shared."""
        from openpyxl.formula.tokenizer import Token, Tokenizer
        from openpyxl.formula.translate import Translator

        try:
            here = f"{excel_letter(cell.column)}{cell.row + 1}"
            anchored = Translator("=" + (cell.formula or ""), origin=here).translate_formula(_ANCHOR)
        except Exception:  # noqa: BLE001 - not shiftable (or not parsable): compiled on its own
            return None
        if anchored in self._shapes:
            return self._shapes[anchored]
        shape = None
        try:
            function = _compile(anchored[1:])
            operands = {token.value.replace("$", "").upper(): token.value for token in Tokenizer(anchored).items
                        if token.type == Token.OPERAND and token.subtype == Token.RANGE}
            if all(name in operands for name in function.inputs):
                shape = (function, [operands[name] for name in function.inputs])
        except NotComputed:
            shape = None
        except Exception:  # noqa: BLE001 - the tokenizer disagrees with the library: no sharing
            shape = None
        self._shapes[anchored] = shape
        return shape

    def _argument(self, sheet: str, name: str) -> object:
        target, _, reference = name.rpartition("!")
        if target:
            target = self.by_upper.get(target.strip("'").upper())
            if target is None:
                raise NotComputed("other_workbook")
        else:
            target = sheet
        first, _, last = reference.partition(":")
        if not last:
            start = _CELL.fullmatch(first)
            if start is None:
                raise NotComputed("name")  # a defined name the library leaves to the workbook
            return self.value(target, int(start[2]) - 1, column_index(start[1]) - 1)
        return self._range(target, first, last)

    def _range(self, sheet: str, first: str, last: str) -> object:
        import numpy as np

        rows, row_offset, column_offset = self.values(sheet)
        used_rows = row_offset + len(rows)
        used_columns = column_offset + max((len(r) for r in rows), default=0)
        for row, column in self.formulas(sheet):
            used_rows, used_columns = max(used_rows, row + 1), max(used_columns, column + 1)
        top, left = _corner(first, 0, 0)
        bottom, right = _corner(last, used_rows - 1, used_columns - 1)
        if first.isalpha() or first.isdigit():  # whole columns or rows: as far as the sheet goes
            bottom, right = min(bottom, used_rows - 1), min(right, used_columns - 1)
        height, width = bottom - top + 1, right - left + 1
        if height <= 0 or width <= 0:
            return np.array([[_empty()]], dtype=object)
        if height * width > MAX_RANGE_CELLS:
            raise NotComputed("range_too_large")
        return np.array([[self.value(sheet, r, c) for c in range(left, right + 1)] for r in range(top, bottom + 1)],
                        dtype=object)


def _corner(text: str, last_row: int, last_column: int) -> tuple[int, int]:
    """0-based (row, column) of one end of a range: "B4", a whole column "B" or a whole row "4"."""
    match = _CELL.fullmatch(text)
    if match:
        return int(match[2]) - 1, column_index(match[1]) - 1
    if text.isalpha():
        return (0 if last_row == 0 else last_row), column_index(text) - 1
    if text.isdigit():
        return int(text) - 1, (0 if last_column == 0 else last_column)
    raise NotComputed("name")


def _compile(formula: str) -> object:
    import formulas

    # The library's dispatcher logs every function it cannot run; here that is a problem in the preview.
    logging.getLogger("schedula").setLevel(logging.CRITICAL)

    try:
        return formulas.Parser().ast("=" + formula)[1].compile()
    except Exception as exc:  # noqa: BLE001 - a formula the library does not parse
        raise NotComputed("parse") from exc


def _empty() -> object:
    import schedula

    return schedula.EMPTY


def _error(text: str) -> object:
    from formulas.tokens.operand import Error

    return Error.errors.get(text.upper(), Error.errors["#VALUE!"])


def _as_input(value: object) -> object:
    """A cell as the reader gave it, as a formula takes it (dates are day numbers, "" is an empty cell)."""
    if value == "" or value is None:
        return _empty()
    if isinstance(value, dt.datetime):
        return (value - _EXCEL_EPOCH).total_seconds() / 86400
    if isinstance(value, dt.date):
        return float((value - _EXCEL_EPOCH.date()).days)
    if isinstance(value, dt.time):
        return (value.hour * 3600 + value.minute * 60 + value.second) / 86400
    if isinstance(value, dt.timedelta):
        return value.total_seconds() / 86400
    return value


def _as_cell(result: object) -> object:
    """The library's answer as a reader's cell value: a float, a text, a bool, or an error's text."""
    import numpy as np
    import schedula
    from formulas.tokens.operand import XlError

    array = np.asarray(result, dtype=object)
    if array.size != 1:
        raise NotComputed("array")
    value = array.reshape(-1)[0]
    if value is schedula.EMPTY:
        return 0.0  # a formula pointing at an empty cell shows 0
    if isinstance(value, XlError):
        return str(value)
    if isinstance(value, (bool, np.bool_)):
        return bool(value)
    if isinstance(value, (int, float, np.integer, np.floating)):
        return float(value)
    return str(value)


def complete(archive: zipfile.ZipFile, sheet: str, rows: list[list[object]], row_offset: int, column_offset: int,
             read_values: Callable[[str], tuple[list[list[object]], int, int]]) -> tuple[
                 list[list[object]], int, int, Outcome]:
    """The sheet's grid with its error and formula cells filled in (grown to hold cells past its end)."""
    members = sheet_members(archive)
    book = Workbook(archive, members, read_values, recalculates_on_open(archive))
    book._values[sheet] = (rows, row_offset, column_offset)
    cells = book.formulas(sheet)
    outcome = Outcome()
    if not cells:
        return rows, row_offset, column_offset, outcome
    rows, row_offset, column_offset = _grown(rows, row_offset, column_offset, cells)
    book._values[sheet] = (rows, row_offset, column_offset)
    placed: list[tuple[FormulaCell, object]] = []
    for cell in sorted(cells.values(), key=lambda c: (c.row, c.column)):
        if book.needs_computing(cell):
            try:
                value = book.value(sheet, cell.row, cell.column)
            except NotComputed:
                value = "=" + (cell.formula or "")
                outcome.problems.append(Problem(sheet, cell.row + 1, excel_letter(cell.column),
                                                "formula_not_computed", value))
                book.computed[(sheet, cell.row, cell.column)] = _error("#VALUE!")
            else:
                outcome.notes.append(Problem(sheet, cell.row + 1, excel_letter(cell.column), "formula_computed",
                                             "=" + (cell.formula or "")))
            placed.append((cell, value))
        elif cell.error is not None:
            placed.append((cell, cell.error))
    for cell, value in placed:
        rows[cell.row - row_offset][cell.column - column_offset] = value
    return rows, row_offset, column_offset, outcome


def _grown(rows: list[list[object]], row_offset: int, column_offset: int,
           cells: dict[tuple[int, int], FormulaCell]) -> tuple[list[list[object]], int, int]:
    """The grid widened and lengthened (with empty cells) to hold every formula and error cell."""
    if not rows:
        row_offset = min(row for row, _ in cells)
        column_offset = min(column for _, column in cells)
    top = min(row_offset, *(row for row, _ in cells))
    left = min(column_offset, *(column for _, column in cells))
    width = max(column_offset + max((len(r) for r in rows), default=0), *(column + 1 for _, column in cells)) - left
    bottom = max(row_offset + len(rows), *(row + 1 for row, _ in cells))
    if (top, left) != (row_offset, column_offset) or bottom > row_offset + len(rows) or any(
            len(r) != width for r in rows):
        shift = column_offset - left
        rows = [[""] * shift + r + [""] * (width - shift - len(r)) for r in rows]
        rows = [[""] * width for _ in range(row_offset - top)] + rows
        rows += [[""] * width for _ in range(bottom - top - len(rows))]
        row_offset, column_offset = top, left
    return rows, row_offset, column_offset
