"""Grouped totals computed by the database (SQLite or PostgreSQL) over the stored JSON rows, without loading the rows into Python.

``group_total_sql`` returns one ``GroupPartial`` per distinct stored cell of the group column (the
cell's JSON text, so 5, "5" and " 5" are three groups here), ordered by the first row (lowest position)
in which the cell occurs. Turning cells into the pivot's keys (texts stripped, empty cells together)
and merging the partials that share a key is the caller's (``TabulationService``): that keeps the
meaning of a key in one place, the pivot.

The cells of the value column follow the pivot's rules (``domain.pivot``): only JSON numbers count
as numbers (not texts like "12", not true/false); for ``count`` a cell counts when it is neither
missing, null nor a text of only whitespace.

Each row's JSON is read twice (group cell, value cell) inside a sub-select that SQLite runs as a
co-routine (``LIMIT -1`` stops it from being flattened), so the tests on the value cell reuse one
extraction instead of parsing the row again per test.
"""

from __future__ import annotations

import json
from dataclasses import dataclass

from sqlalchemy import text
from sqlalchemy.orm import Session

from desktop_app.storage import dialect

AGGREGATES = ("sum", "count", "avg", "min", "max")

# Every character Python's str.strip() removes, for SQLite's trim() (which removes only spaces by default).
WHITESPACE = "".join(chr(c) for c in range(0x3001) if chr(c).isspace())

_NUMBER = "x GLOB '[-0-9]*'"  # the JSON text of a number starts with a minus or a digit; nothing else does
_COUNTED = ("CASE WHEN x IS NULL OR x = 'null' THEN 0 "
            "WHEN x GLOB '\"*' THEN trim(x ->> '$', :ws) <> '' ELSE 1 END")


@dataclass(frozen=True)
class GroupPartial:
    """One group: its stored cell (decoded JSON; None when missing or null) and what the aggregate needs.

    ``numbers``: numeric value cells; ``counted``: filled value cells (all rows without a value
    column); ``total``, ``low``, ``high``: sum, minimum, maximum of the numeric cells (None when unused
    or when there are none).
    """

    cell: object
    first_position: int
    rows: int
    counted: int
    numbers: int
    total: float | int | None
    low: float | int | None
    high: float | int | None


def group_total_sql(session: Session, dataset_id: int, group_index: int, value_index: int | None,
                    agg: str) -> list[GroupPartial]:
    """The groups of ``dataset_id`` by the cell at ``group_index``, ordered by their first row.

    ``agg``: sum, count, avg, min or max (only what it needs is computed); ``value_index`` None
    counts rows (``count`` only).
    """
    if agg not in AGGREGATES:
        raise ValueError(f"unknown aggregate {agg!r}")
    if value_index is None and agg != "count":
        raise ValueError(f"{agg} needs a value column")
    if dialect.on_server(session):
        return _group_total_server(session, dataset_id, int(group_index), value_index, agg)
    params: dict[str, object] = {"dataset_id": dataset_id, "g": f"$[{int(group_index)}]"}
    inner = 'SELECT "values" -> :g AS k, position AS p'
    counted = "count(*)"
    numbers = total = low = high = "NULL"
    if value_index is not None:
        params["v"] = f"$[{int(value_index)}]"
        inner += ', "values" -> :v AS x'
        if agg == "count":
            counted = f"sum({_COUNTED})"
            params["ws"] = WHITESPACE
        if agg in ("sum", "avg"):
            total = f"sum(CASE WHEN {_NUMBER} THEN x + 0 END)"
        if agg == "avg":
            numbers = f"count(CASE WHEN {_NUMBER} THEN 1 END)"
        if agg == "min":
            low = f"min(CASE WHEN {_NUMBER} THEN x + 0 END)"
        if agg == "max":
            high = f"max(CASE WHEN {_NUMBER} THEN x + 0 END)"
    sql = (f"SELECT k, min(p), count(*), {counted}, {numbers}, {total}, {low}, {high} "
           f"FROM ({inner} FROM dataset_rows WHERE dataset_id = :dataset_id LIMIT -1) "
           "GROUP BY k ORDER BY min(p)")
    result = session.execute(text(sql), params)
    return [GroupPartial(None if k is None else json.loads(k), first, rows, int(counted or 0), int(numbers or 0),
                         total, low, high)
            for k, first, rows, counted, numbers, total, low, high in result]


# PostgreSQL: the same meaning with json_typeof (the rows' JSON is stored as text in a json column, so
# ``->`` gives each cell's own JSON text, as SQLite's ``->`` does).
_PG_NUMBER = "json_typeof(x) = 'number'"
_PG_COUNTED = ("CASE WHEN x IS NULL OR json_typeof(x) = 'null' THEN 0 "
               "WHEN json_typeof(x) = 'string' THEN (btrim(x #>> '{}', :ws) <> '')::int ELSE 1 END")


def _group_total_server(session: Session, dataset_id: int, group_index: int, value_index: int | None,
                        agg: str) -> list[GroupPartial]:
    params: dict[str, object] = {"dataset_id": dataset_id}
    inner = f'SELECT ("values" -> {group_index})::text AS k, position AS p'
    counted = "count(*)"
    numbers = total = low = high = "NULL"
    if value_index is not None:
        inner += f', "values" -> {int(value_index)} AS x'
        number = f"CASE WHEN {_PG_NUMBER} THEN (x::text)::float8 END"
        if agg == "count":
            counted = f"sum({_PG_COUNTED})"
            params["ws"] = WHITESPACE
        if agg in ("sum", "avg"):
            total = f"sum({number})"
        if agg == "avg":
            numbers = f"count(CASE WHEN {_PG_NUMBER} THEN 1 END)"
        if agg == "min":
            low = f"min({number})"
        if agg == "max":
            high = f"max({number})"
    # No fence around the sub-select (unlike SQLite's LIMIT -1): PostgreSQL flattens it and splits the scan
    # and the grouping over parallel workers, which pays far more than extracting a cell twice costs.
    sql = (f"SELECT k, min(p), count(*), {counted}, {numbers}, {total}, {low}, {high} "
           f"FROM ({inner} FROM dataset_rows WHERE dataset_id = :dataset_id) AS cells "
           "GROUP BY k ORDER BY min(p)")
    result = session.execute(text(sql), params)
    return [GroupPartial(None if k is None else json.loads(k), first, rows, int(counted or 0), int(numbers or 0),
                         total, low, high)
            for k, first, rows, counted, numbers, total, low, high in result]


__all__ = ["AGGREGATES", "GroupPartial", "group_total_sql"]
