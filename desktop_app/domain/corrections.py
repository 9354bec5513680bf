"""Corrections of a draft's columns: rename, retype, reorder, add and remove, as pure changes of the
column list and the rows.

Retyping converts every cell it can read as the new type (the text "1.250" to the number 1250 in a
number column, 12 to "12" in a text column) and leaves every other cell exactly as it was: such a
cell is returned as a problem for the person to fix, and the checks of step 2 point at it too. A
value is never silently emptied or guessed.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass, replace

from desktop_app.domain.columns import ColumnSpec, ColumnType, identifier_text, parse_cell
from desktop_app.domain.errors import BadInput
from desktop_app.domain.periods import parse_period

Rows = list[list[object]]


@dataclass(frozen=True)
class CellProblem:
    """A cell that does not fit its column's new type (0-based row), kept as it was."""

    row: int
    value: object


def find(columns: Sequence[ColumnSpec], name: str) -> int:
    wanted = name.strip().casefold()
    for i, c in enumerate(columns):
        if c.name.strip().casefold() == wanted:
            return i
    raise BadInput("unknown_column", name)


def _check_new_name(columns: Sequence[ColumnSpec], name: str, skip: int | None = None) -> str:
    name = name.strip()
    if not name:
        raise BadInput("column_name_required")
    if any(i != skip and c.name.strip().casefold() == name.casefold() for i, c in enumerate(columns)):
        raise BadInput("duplicate_column", name)
    return name


def rename(columns: Sequence[ColumnSpec], old: str, new: str) -> tuple[ColumnSpec, ...]:
    index = find(columns, old)
    name = _check_new_name(columns, new, skip=index)
    return tuple(replace(c, name=name) if i == index else c for i, c in enumerate(columns))


def convert(value: object, kind: ColumnType) -> tuple[object, bool]:
    """A cell as the new type, and whether it fits (a cell that does not is returned unchanged)."""
    if value is None or (isinstance(value, str) and not value.strip()):
        return None, True
    if kind.numeric:
        if isinstance(value, bool):
            return value, False
        if isinstance(value, (int, float)):
            number = value
        else:
            number = parse_cell(kind, str(value))
            if not isinstance(number, (int, float)):
                return value, False
        if kind in (ColumnType.INTEGER, ColumnType.MONEY):
            if float(number).is_integer():
                return int(number), True
            return value, kind == ColumnType.MONEY  # money may have cents; an integer may not
        return number, True
    if kind == ColumnType.IDENTIFIER:
        return identifier_text(value), True
    if kind == ColumnType.PERIOD:
        period = parse_period(value)
        return (period.text, True) if period is not None else (value, False)
    if kind == ColumnType.DATE:
        if isinstance(value, dt.date):
            return value.isoformat(), True
        try:
            return dt.date.fromisoformat(str(value).strip()[:10]).isoformat(), True
        except ValueError:
            return value, False
    if isinstance(value, float) and value.is_integer():
        return str(int(value)), True
    return (value if isinstance(value, str) else str(value)), True


def retype(columns: Sequence[ColumnSpec], rows: Sequence[Sequence[object]], name: str,
           kind: ColumnType) -> tuple[tuple[ColumnSpec, ...], Rows, list[CellProblem]]:
    """The column with its new type; its cells converted where they fit, the others kept and reported."""
    index = find(columns, name)
    out: Rows = []
    problems: list[CellProblem] = []
    for r, row in enumerate(rows):
        cells = list(row) + [None] * (len(columns) - len(row))
        value, fits = convert(cells[index], kind)
        cells[index] = value
        if not fits:
            problems.append(CellProblem(r, value))
        out.append(cells)
    codes = columns[index].codes if kind == ColumnType.CATEGORY else ()
    changed = tuple(replace(c, type=kind, codes=codes) if i == index else c for i, c in enumerate(columns))
    return changed, out, problems


def move(columns: Sequence[ColumnSpec], rows: Sequence[Sequence[object]], name: str,
         position: int) -> tuple[tuple[ColumnSpec, ...], Rows]:
    """The column moved to ``position`` (0-based, clamped), the cells of every row with it."""
    index = find(columns, name)
    position = max(0, min(position, len(columns) - 1))
    order = [i for i in range(len(columns)) if i != index]
    order.insert(position, index)
    width = len(columns)
    return (tuple(columns[i] for i in order),
            [[(list(row) + [None] * width)[i] for i in order] for row in rows])


def add(columns: Sequence[ColumnSpec], rows: Sequence[Sequence[object]], column: ColumnSpec,
        position: int | None = None) -> tuple[tuple[ColumnSpec, ...], Rows]:
    """A new column (empty in every row) at ``position`` (None: last)."""
    name = _check_new_name(columns, column.name)
    at = len(columns) if position is None else max(0, min(position, len(columns)))
    width = len(columns)
    new = replace(column, name=name)
    return ((*columns[:at], new, *columns[at:]),
            [[*(list(row) + [None] * width)[:at], None, *(list(row) + [None] * width)[at:width]] for row in rows])


def remove(columns: Sequence[ColumnSpec], rows: Sequence[Sequence[object]],
           name: str) -> tuple[tuple[ColumnSpec, ...], Rows]:
    index = find(columns, name)
    if len(columns) == 1:
        raise BadInput("column_name_required")  # a dataset keeps at least one column
    width = len(columns)
    return (tuple(c for i, c in enumerate(columns) if i != index),
            [[v for i, v in enumerate((list(row) + [None] * width)[:width]) if i != index] for row in rows])


__all__ = ["CellProblem", "add", "convert", "find", "move", "remove", "rename", "retype"]
