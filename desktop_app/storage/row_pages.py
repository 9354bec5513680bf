"""Reading a dataset's rows a page at a time (a grid over a million rows must not load them all).

Rows are addressed by their 0-based rank in ``position`` order. Imports and edits write positions
0..n-1 (one per row), so the rank of a row is its position and a page is a keyset read on the index
``ix_dataset_rows_dataset_position`` (``position >= offset ... LIMIT limit``), as fast at row
900,000 as at row 0. When the positions are not dense (0..n-1), the page is read with OFFSET
instead, which is correct but costs a walk over the skipped index entries.
"""

from __future__ import annotations

import json

from sqlalchemy.orm import Session

from desktop_app.storage import dialect

_decode = json.JSONDecoder().decode  # one decoder for every cell list, not one per row

_COUNT = "SELECT count(*) FROM dataset_rows WHERE dataset_id = ?"
_MIN = "SELECT min(position) FROM dataset_rows WHERE dataset_id = ?"
_MAX = "SELECT max(position) FROM dataset_rows WHERE dataset_id = ?"
_KEYSET = ('SELECT position, "values" FROM dataset_rows WHERE dataset_id = ? AND position >= ? '
           "ORDER BY position LIMIT ?")
_OFFSET = 'SELECT position, "values" FROM dataset_rows WHERE dataset_id = ? ORDER BY position, id LIMIT ? OFFSET ?'


def _sql(connection, statement: str) -> str:  # noqa: ANN001 (a Connection)
    """The statement for this engine: on PostgreSQL the JSON is read as its text and placeholders are %s."""
    if connection.dialect.name == "postgresql":
        statement = statement.replace('"values"', '"values"::text')
    return dialect.driver_sql(connection, statement)


def count_rows(session: Session, dataset_id: int) -> int:
    """How many rows the dataset has (an index-only count)."""
    return int(session.connection().exec_driver_sql(_sql(session.connection(), _COUNT), (dataset_id,)).scalar() or 0)


def positions_dense(session: Session, dataset_id: int, total: int | None = None) -> bool:
    """Whether the positions run 0..total-1 (two index look-ups, plus a count when ``total`` is not given).

    Assumes positions are unique within a dataset, as every writer of rows makes them.
    """
    if total is None:
        total = count_rows(session, dataset_id)
    if total == 0:
        return True
    connection = session.connection()
    low = connection.exec_driver_sql(_sql(connection, _MIN), (dataset_id,)).scalar()
    high = connection.exec_driver_sql(_sql(connection, _MAX), (dataset_id,)).scalar()
    return low == 0 and high == total - 1


def fetch_page(session: Session, dataset_id: int, offset: int, limit: int, *,
               total: int | None = None) -> list[list]:
    """The rows ranked ``offset`` .. ``offset + limit - 1`` (fewer at the end), each a list of cells.

    ``total``: the dataset's row count when the caller knows it (saves a count per page).
    """
    if offset < 0 or limit <= 0:
        return []
    connection = session.connection()
    if positions_dense(session, dataset_id, total):
        found = connection.exec_driver_sql(_sql(connection, _KEYSET), (dataset_id, offset, limit)).all()
        # Dense positions give exactly offset, offset + 1, ...; anything else (a row written since the
        # count, a duplicate position) falls through to the OFFSET read below.
        if all(position == offset + i for i, (position, _) in enumerate(found)):
            return [_decode(values) for _, values in found]
    found = connection.exec_driver_sql(_sql(connection, _OFFSET), (dataset_id, limit, offset)).all()
    return [_decode(values) for _, values in found]


__all__ = ["count_rows", "fetch_page", "positions_dense"]
