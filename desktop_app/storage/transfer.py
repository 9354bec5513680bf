"""Copying a whole office from one database to another (SQLite file ⇄ PostgreSQL server), verified.

``copy_office`` reads the source in one read-only snapshot (REPEATABLE READ on a server, one read
transaction on SQLite) - the source is never changed - and writes every table, in foreign-key order,
into an empty target at the same schema revision, in one transaction. Before that transaction commits
it proves the copy: the row count and a content hash of every table (values read back through the
models, so both engines give the same hash for the same data) match the snapshot's, and the target's
activity log verifies as a chain with the same head. So the target ends with the whole office, proven,
or with nothing.

Backups of a server office use the same copy into a SQLite file (``snapshot_to_sqlite``), so a backup
restores to either engine.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import hashlib
import json
import sqlite3
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import Table, delete, func, insert, select, text
from sqlalchemy.engine import Connection

from desktop_app.domain.errors import BadInput, IntegrityFailure
from desktop_app.storage import activity_log, bindings, migrate
from desktop_app.storage.database import Database
from desktop_app.storage.models import Base, Setting

BATCH = 5000
ROWS_TABLE = "dataset_rows"
MIGRATION_SETTINGS = (bindings.MARKER_KEY,)  # rows a migration writes into every new database
Progress = Callable[[int, int], None]


@dataclass(frozen=True)
class TableProof:
    rows: int
    sha256: str


@dataclass
class TransferReport:
    """What was copied and the proof that the target holds exactly it."""

    tables: dict[str, TableProof] = field(default_factory=dict)
    log_entries: int = 0
    log_head: str = ""
    revision: str = ""

    @property
    def rows(self) -> int:
        return sum(p.rows for p in self.tables.values())


def tables() -> list[Table]:
    """Every table of the office, parents before children."""
    return list(Base.metadata.sorted_tables)


def _canonical(value: object) -> object:
    if isinstance(value, (dt.datetime, dt.date)):
        return value.isoformat()
    if isinstance(value, (bytes, bytearray, memoryview)):
        return bytes(value).hex()
    if isinstance(value, float):
        return repr(value)
    return value


def _row_text(row: Iterable[object]) -> bytes:
    return json.dumps([_canonical(v) for v in row], sort_keys=True, ensure_ascii=False, default=str,
                      separators=(",", ":")).encode("utf-8")


def _order(table: Table) -> list:
    return list(table.primary_key.columns)


def _raw_rows(connection: Connection) -> Iterator[tuple[int, int, int, str]]:
    """dataset_rows as stored: id, dataset_id, position and the JSON text of the cells (no decode, no re-encode)."""
    values = 'CAST("values" AS TEXT)' if connection.dialect.name == "postgresql" else '"values"'
    result = connection.execution_options(stream_results=True, yield_per=BATCH).exec_driver_sql(
        f'SELECT id, dataset_id, position, {values} FROM dataset_rows ORDER BY id')
    yield from map(tuple, result)


def _read(connection: Connection, table: Table) -> Iterator[tuple]:
    if table.name == ROWS_TABLE:
        yield from _raw_rows(connection)
        return
    result = connection.execution_options(stream_results=True, yield_per=BATCH).execute(
        select(table).order_by(*_order(table)))
    for row in result:
        yield tuple(row)


def prove(connection: Connection) -> TransferReport:
    """Counts and content hashes of every table, the log chain's head, and the schema revision."""
    report = TransferReport()
    for table in tables():
        hasher = _Hasher(table)
        for row in _read(connection, table):
            hasher.add(row)
        report.tables[table.name] = hasher.proof()
    return report


def _revision(connection: Connection) -> str | None:
    try:
        return connection.execute(text("SELECT version_num FROM alembic_version")).scalar()
    except Exception:  # no alembic_version table: not a PADI database
        return None


def _counts(connection: Connection) -> dict[str, int]:
    return {t.name: int(connection.execute(select(func.count()).select_from(t)).scalar() or 0) for t in tables()}


def _holds_data(connection: Connection) -> bool:
    """Whether a migrated database holds anything besides the rows its migrations made (a new one does not)."""
    counts = _counts(connection)
    counts["settings"] -= int(connection.execute(
        select(func.count()).select_from(Setting.__table__).where(Setting.key.in_(MIGRATION_SETTINGS))).scalar() or 0)
    return any(counts.values())


def _insert_raw_rows(connection: Connection, rows: list[tuple]) -> None:
    if connection.dialect.name == "postgresql":
        driver = connection.connection.driver_connection
        with driver.cursor() as cursor, cursor.copy(
                'COPY dataset_rows (id, dataset_id, position, "values") FROM STDIN') as copy:
            for row in rows:
                copy.write_row(row)
        return
    connection.exec_driver_sql('INSERT INTO dataset_rows (id, dataset_id, position, "values") VALUES (?, ?, ?, ?)',
                               rows)


def _reset_sequences(connection: Connection) -> None:
    """A server hands out new ids from its sequences: start them after the copied ids."""
    for table in tables():
        pk = _order(table)
        if len(pk) != 1 or pk[0].type.python_type is not int:
            continue
        column = pk[0].name
        sequence = connection.execute(text("SELECT pg_get_serial_sequence(:t, :c)"),
                                      {"t": table.name, "c": column}).scalar()
        if sequence:
            connection.execute(text(f'SELECT setval(:s, COALESCE((SELECT max("{column}") FROM "{table.name}"), 0) + 1, '
                                    'false)'), {"s": sequence})


def copy_office(source: Database, target: Database, progress: Progress | None = None) -> TransferReport:
    """Copy every row of ``source`` into the empty ``target`` and prove the copy (see the module's text).

    BadInput ``schema_outdated`` when the source is not at this program's schema (open it with PADI
    first), ``target_not_empty`` when the target already holds data; IntegrityFailure
    ``transfer_mismatch`` (nothing is reported as copied) when the proof fails.
    """
    head = migrate.head_revision()
    with source.reading() as reader:
        source_conn = reader.connection()
        if _revision(source_conn) != head:
            raise BadInput("schema_outdated", str(_revision(source_conn)))
        counts = _counts(source_conn)
        total = sum(counts.values())
        with target.engine.connect() as probe:
            if _revision(probe) != head:
                raise BadInput("schema_outdated", str(_revision(probe)))
            if _holds_data(probe):
                raise BadInput("target_database_not_empty", str(target))
        expected = TransferReport(revision=head)
        chain = activity_log.verify(reader)
        if not chain.ok:
            raise IntegrityFailure("transfer_mismatch", f"source activity_log chain: {chain.reason} at {chain.first_bad_id}")
        expected.log_entries, expected.log_head = chain.entries, chain.head
        done = 0
        with target.unit_of_work() as writer:
            target_conn = writer.connection()
            # The source's own rows replace what the target's migrations made (its bindings marker).
            target_conn.execute(delete(Setting.__table__).where(Setting.key.in_(MIGRATION_SETTINGS)))
            for table in tables():
                batch: list = []
                hasher = _Hasher(table)
                for row in _read(source_conn, table):
                    hasher.add(row)
                    batch.append(row)
                    if len(batch) >= BATCH:
                        _write(target_conn, table, batch)
                        done += len(batch)
                        batch = []
                        if progress is not None:
                            progress(done, total)
                if batch:
                    _write(target_conn, table, batch)
                    done += len(batch)
                expected.tables[table.name] = hasher.proof()
                if progress is not None:
                    progress(done, total)
            if target_conn.dialect.name == "postgresql":
                _reset_sequences(target_conn)
            _verify_copy(writer, expected)  # before COMMIT: a copy that does not match is rolled back
    return expected


class _Hasher:
    def __init__(self, table: Table) -> None:
        self.table = table
        self.digest = hashlib.sha256()
        self.count = 0
        self.rows_table = table.name == ROWS_TABLE

    def add(self, row: tuple) -> None:
        if self.rows_table:
            row = (row[0], row[1], row[2], json.loads(row[3]))
        self.digest.update(_row_text(row))
        self.digest.update(b"\n")
        self.count += 1

    def proof(self) -> TableProof:
        return TableProof(self.count, self.digest.hexdigest())


def _write(connection: Connection, table: Table, rows: list[tuple]) -> None:
    if table.name == ROWS_TABLE:
        _insert_raw_rows(connection, rows)
        return
    names = [c.name for c in table.columns]
    connection.execute(insert(table), [dict(zip(names, row, strict=True)) for row in rows])


def _verify_copy(session, expected: TransferReport) -> None:  # noqa: ANN001 (the writer's Session)
    """The target, read back, holds exactly what was read (counts, hashes, a whole log chain)."""
    found = prove(session.connection())
    chain = activity_log.verify(session)
    bad = [name for name, proof in expected.tables.items() if found.tables.get(name) != proof]
    if bad:
        raise IntegrityFailure("transfer_mismatch", ", ".join(bad))
    if not chain.ok or chain.head != expected.log_head or chain.entries != expected.log_entries:
        raise IntegrityFailure("transfer_mismatch", f"activity_log chain: {chain.reason or 'head differs'}")


def snapshot_to_sqlite(source: Database, dest: Path, progress: Progress | None = None) -> TransferReport:
    """A consistent copy of ``source`` as a new single-file SQLite database ``dest`` (rollback journal, no -wal).

    Raises FileExistsError when ``dest`` exists; on any failure ``dest`` is removed.
    """
    dest = Path(dest)
    if dest.exists():
        raise FileExistsError(dest)
    try:
        target = Database.open(dest)
        try:
            report = copy_office(source, target, progress)
        finally:
            target.close()
        with contextlib.closing(sqlite3.connect(dest, isolation_level=None)) as conn:
            conn.execute("PRAGMA journal_mode=DELETE")
    except BaseException:
        for leftover in (dest, dest.with_name(dest.name + "-wal"), dest.with_name(dest.name + "-shm")):
            with contextlib.suppress(OSError):
                leftover.unlink()
        raise
    return report


__all__ = ["TableProof", "TransferReport", "copy_office", "prove", "snapshot_to_sqlite", "tables"]
