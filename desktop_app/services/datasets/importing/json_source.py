"""Reading a .json file: PADI's own export (its columns with their types) or a plain list of records.

PADI exports ``{"metadata": {...}, "columns": [{"name", "type"}], "rows": [{column: value}]}``;
read back, the columns keep their names and types and the rows their values, so an export
imported again gives the same dataset. A list of objects (what open-data portals serve) is read
as rows whose keys are the columns, typed like any sheet. The table needs no finding: there are
no titles, totals or signatures in it, so the result is laid out directly (``layout_of``).
"""

from __future__ import annotations

import json
from pathlib import Path

from desktop_app.domain.columns import ColumnType
from desktop_app.domain.errors import BadInput
from desktop_app.services.datasets.importing.guards import MAX_CELLS, MAX_COLUMNS, MAX_ROWS
from desktop_app.services.datasets.importing.layout import Layout
from desktop_app.services.datasets.importing.model import Problem
from desktop_app.services.datasets.importing.sources import Grid, SheetChoice


def read_json(path: Path, sheet: str | None) -> tuple[SheetChoice, dict[str, ColumnType]]:
    """The file as one sheet named after the file, and the column types it declares (PADI's export)."""
    name = path.stem
    if sheet is not None and sheet != name:
        raise BadInput("unknown_sheet", sheet)
    try:
        document = json.loads(path.read_bytes())
    except OSError as exc:
        raise BadInput("file_missing", str(exc)) from exc
    except (ValueError, RecursionError) as exc:
        raise BadInput("not_a_spreadsheet", f"{path.name}: not JSON ({exc})") from exc
    declared: dict[str, ColumnType] = {}
    if isinstance(document, dict) and isinstance(document.get("columns"), list) and isinstance(
            document.get("rows"), list):
        declared = _declared_columns(path, document["columns"])
        names = list(declared)
        records = document["rows"]
    elif isinstance(document, list):
        records, names = document, _record_keys(document)
    else:
        raise BadInput("not_a_spreadsheet", f"{path.name}: neither a PADI export nor a list of records")
    if len(names) != len(set(names)) or not names:
        raise BadInput("not_a_spreadsheet", f"{path.name}: no columns, or the same column twice")
    if len(names) > MAX_COLUMNS or len(records) > MAX_ROWS or len(names) * len(records) > MAX_CELLS:
        raise BadInput("too_large", f"{path.name}: {len(records)} rows x {len(names)} columns")
    rows: list[list[object]] = [list(names)]
    for record in records:
        if not isinstance(record, dict):
            raise BadInput("not_a_spreadsheet", f"{path.name}: a row that is not an object")
        rows.append([_cell(record.get(column)) for column in names])
    if len(rows) < 2:
        raise BadInput("empty", f"{path.name}: no rows")
    notes = [Problem(name, None, None, "json_columns_declared" if declared else "json_records")]
    return SheetChoice((name,), Grid(name, rows), notes), declared


def _declared_columns(path: Path, columns: list[object]) -> dict[str, ColumnType]:
    """The columns of PADI's export, in order, with the types they declare."""
    declared: dict[str, ColumnType] = {}
    names = []
    for column in columns:
        if not isinstance(column, dict) or not isinstance(column.get("name"), str):
            raise BadInput("not_a_spreadsheet", f"{path.name}: a column without a name")
        names.append(column["name"])
        try:
            declared[column["name"]] = ColumnType(column.get("type", "text"))
        except ValueError as exc:
            raise BadInput("bad_column_type", f"{column['name']}: {column.get('type')!r}") from exc
    if len(names) != len(declared):
        raise BadInput("not_a_spreadsheet", f"{path.name}: no columns, or the same column twice")
    return declared


def _record_keys(records: list[object]) -> list[str]:
    """The columns of a list of records: every key, in the order first met."""
    names: list[str] = []
    seen: set[str] = set()
    for record in records:
        if isinstance(record, dict):
            for key in record:
                if key not in seen:
                    seen.add(key)
                    names.append(key)
    return names


def _cell(value: object) -> object:
    """A JSON value as a sheet cell: nested lists and objects as their JSON text."""
    if value is None:
        return ""
    if isinstance(value, (list, dict)):
        return json.dumps(value, ensure_ascii=False)
    return value


def layout_of(grid: Grid) -> Layout:
    """The grid's first row as the header and every other row as data, nothing left out."""
    names = [str(name) for name in grid.rows[0]]
    body = grid.rows[1:]
    values = [[row[c] for row in body] for c in range(len(names))]
    return Layout(1, names, list(range(len(names))), values, list(range(2, len(body) + 2)), [], None)
