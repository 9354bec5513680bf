"""Storage: migration 0006 adds the written-files register and the role requests to a database
made at 0003, keeping its rows."""

from __future__ import annotations

import sqlite3

from alembic import command
from alembic.config import Config

from desktop_app.storage.database import Database, make_engine
from desktop_app.storage.migrate import MIGRATIONS_DIR, head_revision


def test_database_at_0003_gains_written_files_and_role_requests(tmp_path):
    path = tmp_path / "v3.db"
    engine = make_engine(path)
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    with engine.begin() as conn:
        config.attributes["connection"] = conn
        command.upgrade(config, "0003")
    with engine.begin() as conn:
        conn.exec_driver_sql("INSERT INTO users (id, username, full_name, nip, rank, role, is_admin, active, "
                             "password_hash, failed_attempts, created_at) VALUES "
                             "(1, 'a', 'A', '', '', 'staf', 1, 1, 'x', 0, '2026-01-01 00:00:00')")
    engine.dispose()

    Database.open(path).close()

    con = sqlite3.connect(path)
    assert con.execute("SELECT version_num FROM alembic_version").fetchone()[0] == head_revision()
    assert con.execute("SELECT username FROM users").fetchall() == [("a",)]
    con.execute("PRAGMA foreign_keys = ON")
    con.execute("INSERT INTO written_files (sha256, size, name, kind, written_at, written_by) "
                "VALUES ('ab', 3, 'x.csv', 'dataset_export', '2026-01-02 09:00:00', 1)")
    con.execute("INSERT INTO role_requests (user_id, role, is_admin, requested_by, requested_at, decision) "
                "VALUES (1, 'kepala', 0, 1, '2026-01-02 09:00:00', '')")
    assert con.execute("PRAGMA foreign_key_check").fetchall() == []
    assert "ix_written_files_size_sha256" in {r[1] for r in con.execute("PRAGMA index_list('written_files')")}
    con.close()
