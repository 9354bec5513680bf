"""Storage: migration 0005 adds the letter-number register to a database made at 0003."""

from __future__ import annotations

import sqlite3

import pytest
from alembic import command
from alembic.config import Config

from desktop_app.storage.database import Database, make_engine
from desktop_app.storage.migrate import MIGRATIONS_DIR, head_revision


def test_database_at_0003_gains_the_letter_register(tmp_path):
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
    con = sqlite3.connect(path)
    assert con.execute("SELECT count(*) FROM sqlite_master WHERE name='letters'").fetchone()[0] == 0
    con.close()

    Database.open(path).close()

    con = sqlite3.connect(path)
    assert con.execute("SELECT version_num FROM alembic_version").fetchone()[0] == head_revision()
    assert con.execute("SELECT username FROM users").fetchall() == [("a",)]
    insert = ("INSERT INTO letters (year, sequence, number, kind, issued_on, subject, addressee, signer_role, "
              "signer_name, signer_nip, signer_title, created_by, created_at) VALUES (2026, ?, ?, 'konfirmasi_data', "
              "'2026-01-02', 'Izin', 'OSS', 'kepala', 'K', '', 'Kepala', 1, '2026-01-02 09:00:00')")
    con.execute(insert, (1, "000.5/0001/DPMPTSP/2026"))
    with pytest.raises(sqlite3.IntegrityError):  # one number, one letter
        con.execute(insert, (2, "000.5/0001/DPMPTSP/2026"))
    with pytest.raises(sqlite3.IntegrityError):  # one running number per year
        con.execute(insert, (1, "000.5/0001/DPMPTSP/2026-b"))
    con.close()
