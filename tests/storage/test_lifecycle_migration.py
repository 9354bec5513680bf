"""Storage: migration 0009 carries a database forward — every dataset becomes
revision 1 of itself (no period), outputs, check runs and confirmations record revision 1, nothing is lost."""

from __future__ import annotations

import json
import sqlite3

from alembic import command
from alembic.config import Config

from desktop_app.storage.database import Database, make_engine
from desktop_app.storage.migrate import MIGRATIONS_DIR, head_revision

PREVIOUS_RELEASE = "0004"  # a database from before migrations 0005-0009


def _database_of_the_previous_release(path) -> None:
    """A database as the previous release leaves it: a draft and a presented dataset with rows, a check
    run, a confirmation, an output and a programme with an activity."""
    engine = make_engine(path)
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    with engine.begin() as conn:
        config.attributes["connection"] = conn
        command.upgrade(config, PREVIOUS_RELEASE)
    with engine.begin() as conn:
        run = conn.exec_driver_sql
        run("INSERT INTO users (id, username, full_name, nip, rank, role, is_admin, active, password_hash, "
            "failed_attempts, created_at) VALUES (1, 'staf', 'Siti', '', '', 'staf', 1, 1, 'x', 0, "
            "'2026-01-01 00:00:00')")
        for ds_id, name, state in ((1, "Draf", "draft"), (2, "Izin Terbit", "presented")):
            run("INSERT INTO datasets (id, name, group_name, description, unit, frequency, period, source, producer, "
                "keywords, state, version, author_id, is_sample, created_at, updated_at, stage_since, subtotals) "
                f"VALUES ({ds_id}, '{name}', 'Perizinan', '', 'izin', 'bulanan', '2025', 'OSS', '', '[]', '{state}', "
                "1, 1, 0, '2026-01-01 08:00:00', '2026-01-01 08:00:00', '2026-01-02 08:00:00', '[]')")
            run("INSERT INTO dataset_columns (dataset_id, position, name, type, unit, required, codes) VALUES "
                f"({ds_id}, 0, 'Bulan', 'period', '', 1, '[]'), ({ds_id}, 1, 'Jumlah', 'integer', 'izin', 1, '[]')")
            for i in range(3):
                run(f"INSERT INTO dataset_rows (dataset_id, position, \"values\") VALUES ({ds_id}, {i}, "
                    f"'[\"2025-0{i + 1}\", {10 + i}]')")
        run("INSERT INTO check_runs (dataset_id, run_at, run_by, errors, warnings, findings) VALUES "
            "(2, '2026-01-02 08:00:00', 1, 0, 0, '[]')")
        run("INSERT INTO confirmations (dataset_id, source, channel, contact_person, confirmed_on, outcome, note, "
            "recorded_by, recorded_at, attachment_name) VALUES (2, 'OSS', 'telepon', '', '2026-01-02', 'sesuai', '', "
            "1, '2026-01-02 08:10:00', '')")
        run("INSERT INTO outputs (dataset_id, name, kind, spec, created_by, created_at) VALUES (2, 'Per bulan', "
            "'group_total', '{\"group\": \"Bulan\", \"value\": \"Jumlah\", \"aggregate\": \"sum\"}', 1, "
            "'2026-01-03 08:00:00')")
        run("INSERT INTO programmes (id, code, name) VALUES (1, '2.18.06', 'Program Data')")
        run("INSERT INTO activities (programme_id, code, name) VALUES (1, '2.18.06.2.01', 'Pengelolaan Data')")
    engine.dispose()


def test_a_database_of_the_previous_release_is_carried_forward(tmp_path):
    path = tmp_path / "previous.db"
    _database_of_the_previous_release(path)

    Database.open(path).close()

    con = sqlite3.connect(path)
    assert con.execute("SELECT version_num FROM alembic_version").fetchone()[0] == head_revision()
    revisions = con.execute("SELECT dataset_id, number, state, reason, created_by, frozen, meta, columns, rows "
                            "FROM dataset_revisions ORDER BY dataset_id").fetchall()
    assert [(r[0], r[1], r[2], r[3], r[4], r[5]) for r in revisions] == [
        (1, 1, "draft", "", 1, 0), (2, 1, "presented", "", 1, 0)]
    assert all(json.loads(r[6]) == {} and json.loads(r[7]) == [] and r[8] == 0 for r in revisions)
    assert con.execute("SELECT count(*) FROM dataset_rows").fetchone()[0] == 6
    assert con.execute("SELECT series_grain, withdrawn_at, deleted_at, withdrawn_reason FROM datasets "
                       "WHERE id = 2").fetchone() == ("", None, None, "")
    assert con.execute("SELECT revision FROM outputs").fetchall() == [(1,)]
    assert con.execute("SELECT revision FROM check_runs").fetchall() == [(1,)]
    assert con.execute("SELECT revision FROM confirmations").fetchall() == [(1,)]
    assert con.execute("SELECT code, year, responsible_id FROM programmes").fetchall() == [("2.18.06", None, None)]
    assert con.execute("SELECT count(*) FROM dataset_periods").fetchone()[0] == 0
    con.execute("PRAGMA foreign_keys = ON")
    assert con.execute("PRAGMA foreign_key_check").fetchall() == []
    con.close()


def test_the_carried_datasets_work_as_before_and_can_be_revised(tmp_path, clock):
    from desktop_app.domain.workflow import DatasetState
    from desktop_app.services.accounts.account_service import _hasher
    from desktop_app.services.office.bundle import Services
    from desktop_app.storage.models import User

    path = tmp_path / "previous.db"
    _database_of_the_previous_release(path)
    services = Services.open(path, clock=clock)
    try:
        with services.ctx.db.unit_of_work() as s:  # the previous release's staf, with a password we know
            s.get(User, 1).password_hash = _hasher.hash("rahasia-123")
        services.accounts.login("staf", "rahasia-123")
        listed = {d.name: d for d in services.datasets.list()}
        assert listed["Izin Terbit"].state == DatasetState.PRESENTED and listed["Izin Terbit"].rows == 3
        assert listed["Izin Terbit"].revision == 1 and listed["Draf"].revision == 1
        revisions = services.revisions.list(listed["Izin Terbit"].id)
        assert [(r.number, r.state) for r in revisions] == [(1, DatasetState.PRESENTED)]
        services.revisions.revise(listed["Izin Terbit"].id, "Angka Februari salah")
        assert services.datasets.get(listed["Izin Terbit"].id).summary.state == DatasetState.DRAFT
        assert [r.number for r in services.revisions.list(listed["Izin Terbit"].id)] == [1, 2]
    finally:
        services.close()
