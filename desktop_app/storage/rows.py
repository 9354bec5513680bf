"""Fast bulk writing of dataset rows (an import of 100,000 rows must not go through the ORM per row)."""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable, Iterator, Sequence
from concurrent.futures import ThreadPoolExecutor
from itertools import chain, count, islice, repeat

from sqlalchemy import func, select
from sqlalchemy.engine import Connection
from sqlalchemy.orm import Session

from desktop_app.storage import dialect
from desktop_app.storage.models import DatasetRow

BATCH = 5000
_ENCODER = json.JSONEncoder(ensure_ascii=False, separators=(",", ":"))
_encode = _ENCODER.encode  # one encoder, not one per row


def _array_encoder() -> Callable[[Sequence[object], int], Iterable[str]] | None:
    """The C encoder ``json`` itself uses, made once (not once per row): ``"".join(e(row, 0))`` is the JSON text."""
    make = getattr(json.encoder, "c_make_encoder", None)
    if make is None:
        return None
    return make({}, _ENCODER.default, json.encoder.encode_basestring, None, ":", ",", False, False, True)


def encoded_rows(rows: Iterable[Sequence[object]]) -> Iterator[str]:
    """Each row's JSON text, exactly as ``_encode(list(row))`` gives it, at C speed where possible.

    A list or tuple is encoded as it is (the same text as the list copy would give); any other
    sequence is copied into a list first, as before.
    """
    encoder = _array_encoder()
    if encoder is None:
        return (_encode(list(row)) for row in rows)
    join = "".join
    if isinstance(rows, (list, tuple)) and set(map(type, rows)) <= _ARRAYS:
        return map(join, map(encoder, rows, repeat(0)))
    return (join(encoder(row if row.__class__ in _ARRAYS else list(row), 0)) for row in rows)


_ARRAYS = frozenset({list, tuple})


_KIND_FORMATS = {"number": "%s", "text": '"%s"', "null": "%.0snull"}


def row_format(kinds: Sequence[str | None]) -> str | None:
    """A %-format turning a row tuple into exactly the JSON text ``_encode(list(row))`` gives.

    Possible when every column holds one kind of value: "number" (int and float only, none of
    them NaN or infinite: ``str`` of those is their JSON), "text" (str only, none holding a
    double quote, a backslash or a control character: JSON only puts quotes around those) or
    "null" (None only). None otherwise. ``format % row`` is one C call per row.
    """
    if not kinds or any(kind not in _KIND_FORMATS for kind in kinds):
        return None
    return "[" + ",".join(_KIND_FORMATS[kind] for kind in kinds) + "]"  # type: ignore[index]


# Rows written by one INSERT: SQLite steps once per statement, so a statement of many rows costs half as
# much as as many one-row statements (600 parameters stay far below SQLite's oldest limit, 999).
ROWS_PER_STATEMENT = 200
_MANY = ('INSERT INTO dataset_rows (dataset_id, position, "values") VALUES '
         + ",".join(["(?, ?, ?)"] * ROWS_PER_STATEMENT))


def _write(cursor: object, statement: str, batch: list[tuple[int, int, str]]) -> None:
    """One batch: as many full statements of ROWS_PER_STATEMENT rows as it holds, then the rest row by row."""
    whole = len(batch) - len(batch) % ROWS_PER_STATEMENT
    if whole:
        flat = chain.from_iterable(batch[:whole])
        cursor.executemany(_MANY, zip(*[flat] * (3 * ROWS_PER_STATEMENT), strict=True))  # type: ignore[attr-defined]
    if whole < len(batch):
        cursor.executemany(statement, batch[whole:])  # type: ignore[attr-defined]


def next_position(session: Session, dataset_id: int) -> int:
    last = session.scalar(select(func.max(DatasetRow.position)).where(DatasetRow.dataset_id == dataset_id))
    return 0 if last is None else last + 1


def insert_rows(session: Session, dataset_id: int, rows: Iterable[Sequence[object]], start: int = 0,
                progress: Callable[[int], None] | None = None, json_format: str | None = None) -> int:
    """Append rows (JSON-encoded lists) in batches inside the caller's transaction; returns the count.

    ``json_format`` - a ``row_format`` the caller knows fits every row - encodes tuples faster.
    While SQLite writes one batch (it lets go of the interpreter meanwhile), the next one is encoded:
    on a second thread, one batch at a time and in order, on the caller's connection.
    """
    connection = session.connection()
    statement = dialect.driver_sql(connection, 'INSERT INTO dataset_rows (dataset_id, position, "values") VALUES (?, ?, ?)')
    if json_format is not None and isinstance(rows, (list, tuple)) and set(map(type, rows)) <= {tuple}:
        texts: Iterator[str] = map(json_format.__mod__, rows)
    else:
        texts = encoded_rows(rows)
    # Parameters made lazily, BATCH at a time, without a Python-level step per row.
    parameters = zip(repeat(dataset_id), count(start), texts)
    if dialect.on_server(session):
        return _copy_rows(connection, parameters, progress)
    total = 0
    batch = list(islice(parameters, BATCH))
    if len(batch) < BATCH:  # one batch: nothing to overlap
        if batch:
            connection.exec_driver_sql(statement, batch)
        return len(batch)
    cursor = connection.connection.driver_connection.cursor()
    try:
        with ThreadPoolExecutor(max_workers=1, thread_name_prefix="padi-rows") as writer:
            while batch:
                written = writer.submit(_write, cursor, statement, batch)
                following = list(islice(parameters, BATCH))
                written.result()  # before anything else happens on the connection
                total += len(batch)
                if progress is not None and len(batch) == BATCH:
                    progress(total)
                batch = following
    finally:
        cursor.close()
    return total


_COPY = 'COPY dataset_rows (dataset_id, position, "values") FROM STDIN'


def _copy_rows(connection: Connection, parameters: Iterator[tuple[int, int, str]],
               progress: Callable[[int], None] | None) -> int:
    """PostgreSQL: the rows through COPY (one stream inside the caller's transaction, no statement per batch)."""
    driver = connection.connection.driver_connection
    total = 0
    with driver.cursor() as cursor, cursor.copy(_COPY) as copy:
        write = copy.write_row
        while batch := list(islice(parameters, BATCH)):
            for row in batch:
                write(row)
            total += len(batch)
            if progress is not None and len(batch) == BATCH:
                progress(total)
    return total
