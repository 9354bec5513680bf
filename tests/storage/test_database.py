"""Storage: connection pragmas, migrations on open, refusal of newer schemas, append-only log.

Tests marked ``engines`` run on SQLite and on PostgreSQL (tests/engines.py); the rest are about the
SQLite file itself.
"""

import datetime as dt
import sqlite3

import pytest
from sqlalchemy import text

from desktop_app.storage import activity_log
from desktop_app.storage.database import Database
from desktop_app.storage.migrate import SchemaTooNew, head_revision

NOW = dt.datetime(2026, 11, 24, 9, 0)


@pytest.fixture
def db(fresh_db):
    database = Database.open(fresh_db)
    yield database
    database.close()


def test_every_connection_has_the_pragmas(db):
    with db.engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert conn.exec_driver_sql("PRAGMA synchronous").scalar() == 2  # FULL
        assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
        assert conn.exec_driver_sql("PRAGMA busy_timeout").scalar() >= 5000


@pytest.mark.engines
def test_new_database_is_at_head_revision(db):
    with db.engine.connect() as conn:
        assert conn.exec_driver_sql("SELECT version_num FROM alembic_version").scalar() == head_revision()


def test_older_database_is_upgraded(tmp_path):
    path = tmp_path / "old.db"
    sqlite3.connect(path).close()  # an empty, unversioned database (pre-release)
    Database.open(path).close()
    con = sqlite3.connect(path)
    assert con.execute("SELECT version_num FROM alembic_version").fetchone()[0] == head_revision()
    assert con.execute("SELECT count(*) FROM sqlite_master WHERE name='datasets'").fetchone()[0] == 1


def test_database_from_newer_version_is_refused_and_untouched(tmp_path):
    path = tmp_path / "new.db"
    Database.open(path).close()
    con = sqlite3.connect(path)
    con.execute("UPDATE alembic_version SET version_num = '9999_future'")
    con.commit()
    con.close()
    before = path.read_bytes()
    with pytest.raises(SchemaTooNew):
        Database.open(path)
    assert path.read_bytes() == before


def test_missing_database_not_created_when_asked(tmp_path):
    with pytest.raises(FileNotFoundError):
        Database.open(tmp_path / "nope.db", create=False)
    assert not (tmp_path / "nope.db").exists()


def _append(session, n):
    for i in range(n):
        activity_log.append(session, at=NOW + dt.timedelta(minutes=i), action="test",
                            actor_name="Siti", step=1, detail={"i": i})


@pytest.mark.engines
def test_log_chain_verifies(db):
    with db.unit_of_work() as s:
        _append(s, 5)
    with db.unit_of_work() as s:
        report = activity_log.verify(s)
    assert report.ok and report.entries == 5 and report.head != activity_log.GENESIS


@pytest.mark.engines
def test_log_refuses_update_and_delete(db):
    with db.unit_of_work() as s:
        _append(s, 2)
    # On a server PADI's role has no UPDATE or DELETE on the log (grants) and the triggers refuse them too.
    for statement in ("UPDATE activity_log SET action='x' WHERE id=1", "DELETE FROM activity_log WHERE id=1"):
        with pytest.raises(Exception, match="append-only|permission denied"), db.unit_of_work() as s:
            s.execute(text(statement))
    if db.is_server:
        with db.engine.begin() as conn:  # even with the grants given back, the triggers refuse
            conn.exec_driver_sql("GRANT UPDATE, DELETE, TRUNCATE ON activity_log TO CURRENT_USER")
        for statement in ("UPDATE activity_log SET action='x' WHERE id=1", "DELETE FROM activity_log WHERE id=1",
                          "TRUNCATE activity_log"):
            with pytest.raises(Exception, match="append-only"), db.unit_of_work() as s:
                s.execute(text(statement))
    with db.reading() as s:
        assert activity_log.verify(s).entries == 2


def _tamper(path, *statements):
    con = sqlite3.connect(path)
    con.execute("DROP TRIGGER activity_log_no_update")
    con.execute("DROP TRIGGER activity_log_no_delete")
    for statement in statements:
        con.execute(statement)
    con.commit()
    con.close()


@pytest.mark.engines
@pytest.mark.parametrize(("statement", "bad_id", "reason"), [
    ("UPDATE activity_log SET detail='{\"i\": 99}' WHERE id=3", 3, "altered"),
    ("DELETE FROM activity_log WHERE id=2", 2, "missing"),
    ("UPDATE activity_log SET prev_hash='" + "1" * 64 + "' WHERE id=4", 4, "broken_link"),
])
def test_log_tampering_names_first_bad_entry(db, statement, bad_id, reason):
    with db.unit_of_work() as s:
        _append(s, 5)
    if db.is_server:  # the owner of the table (not PADI) turns the guards off and edits it
        with db.engine.begin() as conn:
            conn.exec_driver_sql("ALTER TABLE activity_log DISABLE TRIGGER USER")
            conn.exec_driver_sql("GRANT UPDATE, DELETE ON activity_log TO CURRENT_USER")
            conn.exec_driver_sql(statement)
    else:
        _tamper(db.path, statement)
    with db.unit_of_work() as s:
        report = activity_log.verify(s)
    assert not report.ok
    assert (report.first_bad_id, report.reason) == (bad_id, reason)


@pytest.mark.engines
def test_rollback_leaves_nothing(db):
    with pytest.raises(RuntimeError), db.unit_of_work() as s:
        _append(s, 1)
        raise RuntimeError("boom")
    with db.unit_of_work() as s:
        assert activity_log.verify(s).entries == 0


def test_upgrade_from_first_release_keeps_every_row(tmp_path):
    """A database made at revision 0001 with data is upgraded in place, nothing lost."""
    from alembic import command
    from alembic.config import Config

    from desktop_app.storage.database import make_engine
    from desktop_app.storage.migrate import MIGRATIONS_DIR
    path = tmp_path / "old.db"
    engine = make_engine(path)
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    with engine.begin() as conn:
        config.attributes["connection"] = conn
        command.upgrade(config, "0001")
    with engine.begin() as conn:
        conn.exec_driver_sql("INSERT INTO users (id, username, full_name, nip, rank, role, is_admin, active, "
                             "password_hash, failed_attempts, created_at) VALUES "
                             "(1, 'a', 'A', '', '', 'staf', 1, 1, 'x', 0, '2026-01-01 00:00:00')")
        conn.exec_driver_sql("INSERT INTO datasets (id, name, group_name, description, unit, frequency, period, "
                             "source, producer, keywords, state, version, author_id, is_sample, created_at, "
                             "updated_at, stage_since) VALUES (1, 'D', '', '', '', '', '', '', '', '[]', 'draft', 1, "
                             "1, 0, '2026-01-01', '2026-01-01', '2026-01-01')")
        for i in range(5):
            conn.exec_driver_sql(f"INSERT INTO dataset_rows (dataset_id, position, \"values\") VALUES (1, {i}, '[{i}]')")
    engine.dispose()
    Database.open(path).close()
    con = sqlite3.connect(path)
    assert con.execute("SELECT count(*) FROM dataset_rows").fetchone()[0] == 5
    assert con.execute("SELECT access_level, key_columns FROM datasets").fetchone() == ("public", "[]")
    assert con.execute("PRAGMA foreign_key_check").fetchall() == []
    assert con.execute("SELECT version_num FROM alembic_version").fetchone()[0] == head_revision()


@pytest.mark.engines
def test_migrations_match_the_models(db):
    """The schema the migrations build is the schema the models describe."""
    from alembic.autogenerate import compare_metadata
    from alembic.runtime.migration import MigrationContext

    from desktop_app.storage.models import Base
    with db.engine.connect() as conn:
        diff = compare_metadata(MigrationContext.configure(conn), Base.metadata)
    if db.is_server:  # every String is an unbounded VARCHAR on a server (storage.dialect): lengths differ only
        diff = [d for d in diff if not (isinstance(d, list) and d[0][0] == "modify_type"
                                        and type(d[0][5]) is type(d[0][6]) and "VARCHAR" in str(d[0][5]))]
    assert diff == []


@pytest.mark.engines
def test_reads_do_not_wait_for_a_writer(db):
    """A long write holds the write lock; a read meanwhile sees the last committed state at once."""
    with db.unit_of_work() as s:
        _append(s, 1)
    with db.unit_of_work() as writer:
        _append(writer, 1)  # uncommitted, holding the write lock
        import time
        start = time.monotonic()
        with db.reading() as reader:
            assert activity_log.verify(reader).entries == 1
        assert time.monotonic() - start < 1.0  # no busy-timeout wait
    with db.reading() as reader:
        assert activity_log.verify(reader).entries == 2
