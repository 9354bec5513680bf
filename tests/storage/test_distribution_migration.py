"""Storage: migration 0003 adds the distribution register to a database made at 0002, keeping its rows."""

from __future__ import annotations

import sqlite3

from alembic import command
from alembic.config import Config

from desktop_app.storage.database import Database, make_engine
from desktop_app.storage.migrate import MIGRATIONS_DIR, head_revision


def test_database_at_0002_gains_the_distribution_register(tmp_path):
    path = tmp_path / "v2.db"
    engine = make_engine(path)
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    with engine.begin() as conn:
        config.attributes["connection"] = conn
        command.upgrade(config, "0002")
    with engine.begin() as conn:
        conn.exec_driver_sql("INSERT INTO users (id, username, full_name, nip, rank, role, is_admin, active, "
                             "password_hash, failed_attempts, created_at) VALUES "
                             "(1, 'a', 'A', '', '', 'staf', 1, 1, 'x', 0, '2026-01-01 00:00:00')")
        conn.exec_driver_sql("INSERT INTO publications (id, title, kind, state, author_id, is_sample, created_at, "
                             "stage_since) VALUES (1, 'P', 'brosur', 'approved', 1, 0, '2026-01-01', '2026-01-01')")
    engine.dispose()
    con = sqlite3.connect(path)
    assert con.execute("SELECT count(*) FROM sqlite_master WHERE name='distributions'").fetchone()[0] == 0
    con.close()

    Database.open(path).close()

    con = sqlite3.connect(path)
    assert con.execute("SELECT version_num FROM alembic_version").fetchone()[0] == head_revision()
    assert con.execute("SELECT title FROM publications").fetchall() == [("P",)]
    con.execute("PRAGMA foreign_keys = ON")
    con.execute("INSERT INTO distributions (publication_id, version, content_hash, channel, copies, "
                "distributed_on, recorded_by, recorded_at) VALUES (1, 1, 'h', 'cetak', 50, '2026-01-02', 1, "
                "'2026-01-02 09:00:00')")
    assert con.execute("SELECT url, recipient, note FROM distributions").fetchone() == ("", "", "")
    assert con.execute("PRAGMA foreign_key_check").fetchall() == []
    con.close()
