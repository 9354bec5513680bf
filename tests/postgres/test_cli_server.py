"""The command line on an office server: init, check, backup and restore to either engine, padi migrate."""

from __future__ import annotations

import json
import sqlite3

import pytest
from sqlalchemy import text

from desktop_app.cli import main
from desktop_app.services.office.bundle import Services
from desktop_app.services.office.demo import DEMO_PASSWORD
from desktop_app.storage.transfer import prove


@pytest.fixture(autouse=True)
def as_demo_admin(monkeypatch):
    monkeypatch.setenv("PADI_PASSWORD", DEMO_PASSWORD)


def run_json(capsys, *argv: str) -> tuple[int, dict]:
    capsys.readouterr()
    code = main([*argv, "--json"])
    return code, json.loads(capsys.readouterr().out)


def tables_of(target) -> dict:  # a path or a URL
    services = Services.open(target, create=False)
    try:
        with services.ctx.db.reading() as s:
            return prove(s.connection()).tables
    finally:
        services.close()


def test_init_on_a_server_creates_the_schema_and_check_is_clean(server, capsys):
    url = server.url(server.create())
    code, made = run_json(capsys, "init", "--db", url, "--demo")
    assert code == 0 and made["db"] == url and made["users"]
    code, checked = run_json(capsys, "check", "--db", url)
    assert code == 0 and checked["ok"] and checked["database_problems"] == [] and checked["log"]["ok"]
    code, listed = run_json(capsys, "list", "datasets", "--db", url)
    assert code == 0 and len(listed) == made["datasets"]
    code, again = run_json(capsys, "init", "--db", url)
    assert code == 2 and again["error"] == "already_initialised"


def test_a_password_in_the_url_is_refused(server, capsys):
    url = f"postgresql://{server.user}:{server.password}@{server.host}:{server.port}/postgres"
    code, out = run_json(capsys, "check", "--db", url)
    assert code == 2 and out["error"] == "db_password_in_url"
    assert server.password not in out["message"]


def test_wrong_server_password_is_told_plainly(server, capsys, monkeypatch):
    monkeypatch.setenv("PADI_DB_PASSWORD", "salah")
    code, out = run_json(capsys, "check", "--db", server.url("postgres"))
    assert code == 1 and out["error"] == "server_login_failed"


def test_migrate_round_trip_sqlite_postgres_sqlite(tmp_path, server, capsys):
    first = tmp_path / "kantor.db"
    assert main(["init", "--db", str(first), "--demo"]) == 0
    before = first.read_bytes()
    url = server.url(server.create())
    code, out = run_json(capsys, "migrate", "--from", str(first), "--to", url, "--user", "admin")
    assert code == 0 and out["migrated"] and out["to"] == url
    assert first.read_bytes() == before  # the source is never changed
    back = tmp_path / "kembali.db"
    code, out = run_json(capsys, "migrate", "--from", url, "--to", str(back), "--user", "admin")
    assert code == 0
    original, returned = tables_of(first), tables_of(back)
    # Identical data; the log is the original chain plus the two "office_migrated" entries, and verifies.
    assert {k: v for k, v in returned.items() if k != "activity_log"} == {
        k: v for k, v in original.items() if k != "activity_log"}
    with sqlite3.connect(first) as a, sqlite3.connect(back) as b:
        old = a.execute("SELECT id, hash FROM activity_log ORDER BY id").fetchall()
        new = b.execute("SELECT id, hash, action FROM activity_log ORDER BY id").fetchall()
    assert [(i, h) for i, h, _ in new[:len(old)]] == old
    assert [a for _, _, a in new[len(old):]] == ["office_migrated", "office_migrated"]
    assert main(["check", "--db", str(back)]) == 0
    assert main(["check", "--db", url]) == 0


def test_migrate_refuses_a_target_with_data_and_a_wrong_password(tmp_path, server, capsys, monkeypatch):
    first = tmp_path / "kantor.db"
    assert main(["init", "--db", str(first), "--demo"]) == 0
    url = server.url(server.create())
    assert main(["migrate", "--from", str(first), "--to", url, "--user", "admin"]) == 0
    code, out = run_json(capsys, "migrate", "--from", str(first), "--to", url, "--user", "admin")
    assert code == 2 and out["error"] == "target_database_not_empty"
    monkeypatch.setenv("PADI_PASSWORD", "bukan-sandinya")
    code, out = run_json(capsys, "migrate", "--from", str(first), "--to", str(tmp_path / "x.db"), "--user", "admin")
    assert code == 3 and out["error"] == "bad_credentials" and not (tmp_path / "x.db").exists()
    monkeypatch.setenv("PADI_PASSWORD", DEMO_PASSWORD)
    code, out = run_json(capsys, "migrate", "--from", str(first), "--to", str(tmp_path / "y.db"), "--user", "staf")
    assert code == 3 and out["error"] == "permission" and not (tmp_path / "y.db").exists()


def test_backup_of_a_server_office_restores_to_either_engine(tmp_path, server, capsys):
    url = server.url(server.create())
    assert main(["init", "--db", url, "--demo"]) == 0
    usb = tmp_path / "usb"
    usb.mkdir()
    code, made = run_json(capsys, "backup", "--db", url, "--to", str(usb), "--user", "admin")
    assert code == 0
    code, verified = run_json(capsys, "verify", made["path"])
    assert code == 0 and verified["ok"]
    into_file = tmp_path / "pulih.db"
    words = ("--accept-unknown", "PULIHKAN CADANGAN TIDAK DIKENAL")  # no office log there to know it by
    code, _ = run_json(capsys, "restore", made["path"], "--db", str(into_file), *words, "--user", "admin")
    assert code == 0 and main(["check", "--db", str(into_file)]) == 0
    into_server = server.url(server.create())
    code, restored = run_json(capsys, "restore", made["path"], "--db", into_server, "--user", "admin")
    assert code == 3 and restored["error"] == "backup_unknown"
    code, restored = run_json(capsys, "restore", made["path"], "--db", into_server, *words, "--user", "admin")
    assert code == 0 and restored["restored"]
    assert main(["check", "--db", into_server]) == 0
    source, on_file, on_server = tables_of(url), tables_of(into_file), tables_of(into_server)
    for copy in (on_file, on_server):
        assert {k: v for k, v in copy.items() if k not in ("activity_log", "backups")} == {
            k: v for k, v in source.items() if k not in ("activity_log", "backups")}
    code, again = run_json(capsys, "restore", made["path"], "--db", into_server, *words, "--user", "admin")
    assert code == 2 and again["error"] == "target_database_not_empty"  # a server's log is never overwritten


def test_the_log_table_refuses_changes_for_padi_s_role(server):
    url = server.url(server.create())
    assert main(["init", "--db", url, "--demo"]) == 0
    services = Services.open(url, create=False)
    try:
        with services.ctx.db.reading() as s:
            assert not s.execute(text("SELECT rolsuper FROM pg_roles WHERE rolname = current_user")).scalar()
            for privilege in ("UPDATE", "DELETE", "TRUNCATE"):
                assert not s.execute(text("SELECT has_table_privilege('activity_log', :p)"), {"p": privilege}).scalar()
            assert s.execute(text("SELECT has_table_privilege('activity_log', 'INSERT')")).scalar()
    finally:
        services.close()


def test_a_server_office_is_not_restored_over_itself(server, tmp_path, capsys):
    url = server.url(server.create())
    assert main(["init", "--db", url, "--demo"]) == 0
    services = Services.open(url, create=False)
    try:
        services.accounts.login("admin", DEMO_PASSWORD)
        from desktop_app.domain.errors import NotAllowed
        with pytest.raises(NotAllowed) as refused:
            services.archive.restore_actor()
        assert refused.value.code == "restore_on_server"
        assert services.activity.entries(limit=1)[0].action == "refused"
    finally:
        services.close()
