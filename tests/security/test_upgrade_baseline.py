"""A database made by the previous release (log entries without bound states, no anchor) is not all red:
its first open records a baseline, and later changes are checked from there."""

from __future__ import annotations

from desktop_app.cli import EXIT_BAD_INPUT, EXIT_FAILED, EXIT_OK
from desktop_app.services.office.bundle import Services
from tests.security.conftest import as_previous_release, file_hash, run, run_json, scalar, tamper


def test_a_previous_release_database_gets_one_baseline_and_checks_clean(capsys, demo_db):
    as_previous_release(demo_db)
    entries = scalar(demo_db, "SELECT count(*) FROM activity_log")
    assert scalar(demo_db, "SELECT count(*) FROM activity_log WHERE detail LIKE '%\"bound\"%'") == 0
    assert run(capsys, "check", "--db", str(demo_db))[0] == EXIT_BAD_INPUT  # "open it once with PADI"

    Services.open(demo_db).close()  # the first open: migrations 0004-0009, then the baseline
    code, data = run_json(capsys, "check", "--db", str(demo_db))
    assert code == EXIT_OK and data["states"] == [] and data["warnings"] == []
    assert data["bound"]["baseline_entry"] == entries + 1
    assert data["anchor"]["status"] == "ok" and data["anchor_notes"] == []  # the baseline made the first anchor
    assert scalar(demo_db, "SELECT action FROM activity_log WHERE id = ?", (entries + 1,)) == "state_baseline"

    Services.open(demo_db).close()  # a second open writes no second baseline
    assert scalar(demo_db, "SELECT count(*) FROM activity_log WHERE action = 'state_baseline'") == 1


def test_after_the_baseline_an_edit_is_named(capsys, demo_db):
    as_previous_release(demo_db)
    Services.open(demo_db).close()
    tamper(demo_db, "UPDATE users SET role = 'kepala' WHERE username = 'staf'")
    code, data = run_json(capsys, "check", "--db", str(demo_db))
    assert code == EXIT_FAILED
    assert [s["message"] for s in data["states"]] == [
        "Peran pengguna 'staf' = kepala tidak tercatat di log (menurut log: staf)."]


def test_normal_work_after_the_upgrade_keeps_the_check_clean(capsys, demo_db, as_demo_user):
    as_previous_release(demo_db)
    Services.open(demo_db).close()
    out = demo_db.parent / "terbit"
    out.mkdir()
    code, _ = run_json(capsys, "publish", "--db", str(demo_db), "--publication", "1", "--out", str(out),
                       "--user", "staf")
    assert code == EXIT_OK
    code, data = run_json(capsys, "check", "--db", str(demo_db))
    assert code == EXIT_OK and data["states"] == []


def test_a_second_baseline_cannot_launder_a_forged_state(capsys, demo_db):
    """Setting the marker back to "pending" makes PADI write a baseline of the forged state; it is refused."""
    tamper(demo_db, "UPDATE users SET role = 'kepala' WHERE username = 'staf'; "
                    "UPDATE settings SET value = '{\"baseline\": \"pending\"}' WHERE key = 'log_bindings';")
    Services.open(demo_db).close()
    code, data = run_json(capsys, "check", "--db", str(demo_db))
    assert code == EXIT_FAILED
    messages = [s["message"] for s in data["states"]]
    assert any(m.startswith("Garis dasar kedua pada entri #") for m in messages), messages
    assert "Peran pengguna 'staf' = kepala tidak tercatat di log (menurut log: staf)." in messages


def test_a_pending_baseline_is_a_warning_not_a_wall_of_red(capsys, demo_db):
    """Killed between the migration and the baseline: `padi check` says so instead of naming every state."""
    from desktop_app.storage import migrate
    from desktop_app.storage.database import make_engine

    as_previous_release(demo_db)
    engine = make_engine(demo_db)
    migrate.upgrade(engine)  # the migrations ran, the baseline that follows them did not
    engine.dispose()
    before = file_hash(demo_db)
    code, data = run_json(capsys, "check", "--db", str(demo_db))
    assert code == EXIT_OK and data["states"] == [] and data["bound"]["baseline_pending"]
    assert "baseline_pending" in [w["code"] for w in data["warnings"]]
    assert file_hash(demo_db) == before
