"""Tests for desktop_app.storage.snapshot: live WAL snapshots and read-only checks."""

from __future__ import annotations

import contextlib
import sqlite3
from pathlib import Path

import pytest

from desktop_app.storage.snapshot import (
    check_database_file,
    schema_revision,
    snapshot_database,
    table_counts,
)

UNITS = 3
RECORDS = 40


def make_live_db(path: Path) -> sqlite3.Connection:
    """Create a WAL database with two FK-linked tables and alembic_version; return it open.

    Automatic checkpoints are disabled so committed rows stay in the -wal file,
    which a naive file copy would miss.
    """
    conn = sqlite3.connect(path, isolation_level=None)
    assert conn.execute("PRAGMA journal_mode=WAL").fetchone()[0] == "wal"
    conn.execute("PRAGMA wal_autocheckpoint=0")
    conn.execute("PRAGMA foreign_keys=ON")
    conn.executescript(
        """
        CREATE TABLE alembic_version (version_num VARCHAR(32) NOT NULL PRIMARY KEY);
        INSERT INTO alembic_version VALUES ('0007_laporan');
        CREATE TABLE unit (id INTEGER PRIMARY KEY, name TEXT NOT NULL);
        CREATE TABLE record (
            id INTEGER PRIMARY KEY,
            unit_id INTEGER NOT NULL REFERENCES unit(id),
            amount REAL NOT NULL
        );
        """
    )
    conn.execute("BEGIN")
    conn.executemany("INSERT INTO unit(id, name) VALUES (?, ?)", [(i, f"Unit {i}") for i in range(1, UNITS + 1)])
    conn.executemany(
        "INSERT INTO record(unit_id, amount) VALUES (?, ?)",
        [(1 + i % UNITS, i * 1.5) for i in range(RECORDS)],
    )
    conn.execute("COMMIT")
    return conn


@pytest.fixture
def live_db(tmp_path: Path):
    """A WAL database kept open by a connection for the duration of the test."""
    path = tmp_path / "live" / "padi.sqlite"
    path.parent.mkdir()
    conn = make_live_db(path)
    yield path, conn
    conn.close()


def _rows(path: Path, sql: str) -> list[tuple]:
    with contextlib.closing(sqlite3.connect(path)) as conn:
        return conn.execute(sql).fetchall()


def test_snapshot_has_exactly_committed_rows_while_writer_is_open(live_db, tmp_path):
    path, conn = live_db
    assert (path.parent / "padi.sqlite-wal").stat().st_size > 0  # data still in the WAL
    writer = sqlite3.connect(path, isolation_level=None)
    try:
        writer.execute("BEGIN IMMEDIATE")
        writer.execute("INSERT INTO unit(id, name) VALUES (99, 'uncommitted')")
        writer.execute("INSERT INTO record(unit_id, amount) VALUES (99, 1.0)")
        writer.execute("DELETE FROM record WHERE id <= 5")

        dest = tmp_path / "snap.sqlite"
        snapshot_database(path, dest)
    finally:
        writer.execute("ROLLBACK")
        writer.close()

    assert table_counts(dest, ["unit", "record"]) == {"unit": UNITS, "record": RECORDS}
    assert _rows(dest, "SELECT id FROM unit ORDER BY id") == [(i,) for i in range(1, UNITS + 1)]
    assert _rows(dest, "SELECT MIN(id) FROM record") == [(1,)]
    assert check_database_file(dest) == []
    assert schema_revision(dest) == "0007_laporan"


def test_snapshot_is_a_single_self_contained_file(live_db, tmp_path):
    path, conn = live_db
    dest = tmp_path / "out" / "snap.sqlite"
    dest.parent.mkdir()
    snapshot_database(path, dest)
    assert sorted(p.name for p in dest.parent.iterdir()) == ["snap.sqlite"]
    assert _rows(dest, "PRAGMA journal_mode") == [("delete",)]
    # The live database is untouched and still usable by its connection.
    conn.execute("INSERT INTO unit(id, name) VALUES (50, 'after')")
    assert table_counts(path, ["unit"]) == {"unit": UNITS + 1}
    assert table_counts(dest, ["unit"]) == {"unit": UNITS}


def test_snapshot_refuses_existing_destination(live_db, tmp_path):
    path, _ = live_db
    dest = tmp_path / "snap.sqlite"
    dest.write_bytes(b"keep me")
    with pytest.raises(FileExistsError):
        snapshot_database(path, dest)
    assert dest.read_bytes() == b"keep me"


def test_snapshot_of_missing_database_raises_and_writes_nothing(tmp_path):
    dest = tmp_path / "snap.sqlite"
    with pytest.raises(FileNotFoundError):
        snapshot_database(tmp_path / "nope.sqlite", dest)
    assert not dest.exists()
    assert not (tmp_path / "nope.sqlite").exists()


def test_check_healthy_database(live_db):
    path, _ = live_db
    assert check_database_file(path) == []


def test_check_reports_foreign_key_violation(tmp_path):
    path = tmp_path / "fk.sqlite"
    with contextlib.closing(sqlite3.connect(path, isolation_level=None)) as conn:
        conn.executescript(
            """
            CREATE TABLE unit (id INTEGER PRIMARY KEY);
            CREATE TABLE record (id INTEGER PRIMARY KEY, unit_id INTEGER REFERENCES unit(id));
            INSERT INTO record(unit_id) VALUES (42);
            """
        )
    problems = check_database_file(path)
    assert len(problems) == 1
    assert "foreign key" in problems[0] and "record" in problems[0]


def test_check_reports_corrupt_pages(tmp_path):
    path = tmp_path / "bad.sqlite"
    with contextlib.closing(sqlite3.connect(path, isolation_level=None)) as conn:
        conn.execute("CREATE TABLE t (id INTEGER PRIMARY KEY, x TEXT)")
        conn.execute("CREATE INDEX ix ON t(x)")
        conn.executemany("INSERT INTO t(x) VALUES (?)", [(f"v{i:05d}" * 5,) for i in range(3000)])
        page_size = conn.execute("PRAGMA page_size").fetchone()[0]
    data = bytearray(path.read_bytes())
    for i in range(page_size * 4 + 100, page_size * 4 + 400):
        data[i] ^= 0x55
    path.write_bytes(bytes(data))
    problems = check_database_file(path)
    assert problems
    assert any(p.startswith("integrity:") or p.startswith("unreadable") for p in problems)


@pytest.mark.parametrize(
    "content",
    [b"this is not a database at all" * 100, b"SQLite format 3\x00" + b"\xff" * 200],
)
def test_check_non_database_returns_problem_without_raising(tmp_path, content):
    path = tmp_path / "junk.sqlite"
    path.write_bytes(content)
    problems = check_database_file(path)
    assert problems
    assert all(isinstance(p, str) for p in problems)


def test_check_missing_file_returns_problem(tmp_path):
    missing = tmp_path / "missing.sqlite"
    assert check_database_file(missing)
    assert not missing.exists()  # read-only open must not create it


def test_check_does_not_modify_file(live_db, tmp_path):
    path, conn = live_db
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    before = path.read_bytes()
    assert check_database_file(path) == []
    assert path.read_bytes() == before


def test_schema_revision(live_db, tmp_path):
    path, _ = live_db
    assert schema_revision(path) == "0007_laporan"
    plain = tmp_path / "plain.sqlite"
    with contextlib.closing(sqlite3.connect(plain)) as conn:
        conn.execute("CREATE TABLE t (x)")
    assert schema_revision(plain) is None
    empty = tmp_path / "empty_version.sqlite"
    with contextlib.closing(sqlite3.connect(empty, isolation_level=None)) as conn:
        conn.execute("CREATE TABLE alembic_version (version_num VARCHAR(32) NOT NULL)")
    assert schema_revision(empty) is None


def test_table_counts_only_existing_tables(live_db, tmp_path):
    path, _ = live_db
    assert table_counts(path, ["unit", "record", "does_not_exist"]) == {
        "unit": UNITS,
        "record": RECORDS,
    }
    odd = tmp_path / "odd.sqlite"
    with contextlib.closing(sqlite3.connect(odd, isolation_level=None)) as conn:
        conn.execute('CREATE TABLE "we""ird name" (x)')
        conn.execute('INSERT INTO "we""ird name" VALUES (1), (2)')
    assert table_counts(odd, ['we"ird name', "x; DROP TABLE y"]) == {'we"ird name': 2}


def test_paths_with_uri_special_characters(tmp_path):
    folder = tmp_path / "data #1 ?x=y%20"
    folder.mkdir()
    path = folder / "padi db.sqlite"
    conn = make_live_db(path)
    try:
        dest = folder / "snap shot.sqlite"
        snapshot_database(path, dest)
        assert check_database_file(dest) == []
        assert table_counts(dest, ["unit"]) == {"unit": UNITS}
        assert schema_revision(dest) == "0007_laporan"
    finally:
        conn.close()
