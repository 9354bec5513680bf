"""The ``padi`` command line (DESIGN.md §5), run in-process through ``main([...])``."""

from __future__ import annotations

import io
import json
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from desktop_app import cli
from tests.cli.conftest import run, run_json


def publication_ids(capsys: pytest.CaptureFixture[str], db: Path) -> dict[str, int]:
    code, pubs = run_json(capsys, "list", "publications", "--db", str(db))
    assert code == 0
    return {p["state"]: p["id"] for p in pubs}


def tamper_log(db: Path, entry_id: int) -> None:
    conn = sqlite3.connect(db)
    try:
        conn.executescript(
            "DROP TRIGGER activity_log_no_update; DROP TRIGGER activity_log_no_delete; "
            f"UPDATE activity_log SET detail='{{}}' WHERE id={entry_id};")
        conn.commit()
    finally:
        conn.close()


# --- init --------------------------------------------------------------------------------------
def test_init_demo_reports_counts_and_refuses_to_reinit(tmp_path, capsys):
    db = tmp_path / "new.db"
    code, data = run_json(capsys, "init", "--db", str(db), "--demo")
    assert code == 0
    assert data["demo"] is True
    assert Path(data["db"]) == db.resolve()
    assert set(data["users"]) >= {"kepala", "sekretaris", "kasubag", "staf", "admin"}
    assert data["datasets"] == 4
    assert data["publications"] == 2

    before = db.read_bytes()
    code, data = run_json(capsys, "init", "--db", str(db), "--demo")
    assert code == 2
    assert data["error"] == "already_initialised"
    assert db.read_bytes() == before


def test_init_without_demo_creates_an_empty_database(tmp_path, capsys):
    db = tmp_path / "sub" / "kantor.db"
    code, data = run_json(capsys, "init", "--db", str(db))
    assert code == 0
    assert data == {"db": str(db.resolve()), "demo": False, "users": [], "datasets": 0, "publications": 0}
    code, _, _ = run(capsys, "check", "--db", str(db))
    assert code == 0


def test_init_refuses_a_file_that_is_not_a_padi_database(tmp_path, capsys):
    other = tmp_path / "catatan.txt"
    other.write_text("bukan basis data")
    code, out, err = run(capsys, "init", "--db", str(other))
    assert code == 2
    assert "bukan basis data PADI" in err
    assert other.read_text() == "bukan basis data"


def test_init_in_a_subprocess(tmp_path):
    db = tmp_path / "proc.db"
    proc = subprocess.run([sys.executable, "-m", "desktop_app", "init", "--db", str(db), "--demo", "--json"],
                          capture_output=True, text=True, timeout=120)
    assert proc.returncode == 0, proc.stderr
    data = json.loads(proc.stdout)
    assert data["publications"] == 2 and "kepala" in data["users"]
    assert "Traceback" not in proc.stderr


# --- check -------------------------------------------------------------------------------------
def test_check_passes_on_the_demo_and_does_not_change_the_file(demo_db, capsys):
    before = demo_db.read_bytes()
    code, out, _ = run(capsys, "check", "--db", str(demo_db))
    assert code == 0
    assert "BAIK" in out
    code, data = run_json(capsys, "check", "--db", str(demo_db))
    assert code == 0
    assert data["ok"] is True and data["database_problems"] == []
    assert data["log"]["ok"] is True and data["log"]["entries"] > 10 and data["log"]["first_bad_id"] is None
    assert demo_db.read_bytes() == before


def test_check_names_the_tampered_log_entry(demo_db, capsys):
    tamper_log(demo_db, 5)
    code, out, err = run(capsys, "check", "--db", str(demo_db))
    assert code == 1
    assert "#5 telah diubah" in out
    assert err.strip()
    code, data = run_json(capsys, "check", "--db", str(demo_db))
    assert code == 1
    assert data["ok"] is False
    assert data["log"]["ok"] is False
    assert data["log"]["first_bad_id"] == 5
    assert data["log"]["reason"] == "altered"


def test_check_on_a_missing_database_exits_2_and_creates_nothing(tmp_path, capsys):
    db = tmp_path / "nowhere" / "padi.db"
    code, out, err = run(capsys, "check", "--db", str(db))
    assert code == 2
    assert "tidak ditemukan" in err
    assert not db.exists() and not db.parent.exists()
    code, data = run_json(capsys, "check", "--db", str(db))
    assert code == 2 and data["error"] == "no_such_database"


# --- list --------------------------------------------------------------------------------------
@pytest.mark.engines
def test_list_datasets_and_publications(demo_db, capsys):
    code, out, _ = run(capsys, "list", "datasets", "--db", str(demo_db))
    assert code == 0
    assert "Disajikan" in out and "Draf" in out

    code, datasets = run_json(capsys, "list", "datasets", "--db", str(demo_db))
    assert code == 0
    assert len(datasets) == 4
    assert set(datasets[0]) >= {"id", "name", "state", "author", "rows"}
    assert {d["state"] for d in datasets} >= {"presented", "checking", "draft"}
    assert all(d["rows"] > 0 for d in datasets)

    code, pubs = run_json(capsys, "list", "publications", "--db", str(demo_db))
    assert code == 0
    assert {p["state"] for p in pubs} == {"approved", "submitted"}
    assert set(pubs[0]) >= {"id", "title", "state", "author", "kind", "version"}

    code, out, _ = run(capsys, "--db", str(demo_db), "list", "publications")
    assert code == 0 and "Disetujui" in out and "Diajukan" in out


# --- publish -----------------------------------------------------------------------------------
@pytest.mark.engines
def test_publishing_an_unapproved_publication_is_refused(demo_db, tmp_path, capsys, as_demo_user):
    submitted = publication_ids(capsys, demo_db)["submitted"]
    out_dir = tmp_path / "out"
    out_dir.mkdir()
    code, out, err = run(capsys, "publish", "--db", str(demo_db), "--publication", str(submitted),
                         "--out", str(out_dir), "--user", "staf")
    assert code == 3
    assert "belum disetujui" in err
    assert "Traceback" not in err
    assert list(out_dir.iterdir()) == []
    code, data = run_json(capsys, "publish", "--db", str(demo_db), "--publication", str(submitted),
                          "--out", str(out_dir), "--user", "staf")
    assert code == 3 and data["error"] == "not_approved"
    assert list(out_dir.iterdir()) == []


@pytest.mark.engines
def test_publishing_the_approved_publication_writes_a_pdf(demo_db, tmp_path, capsys, as_demo_user):
    approved = publication_ids(capsys, demo_db)["approved"]
    out_dir = tmp_path / "out"
    out_dir.mkdir()
    code, data = run_json(capsys, "publish", "--db", str(demo_db), "--publication", str(approved),
                          "--out", str(out_dir), "--user", "staf")
    assert code == 0
    pdf = Path(data["pdf"])
    assert pdf.parent == out_dir.resolve()
    assert pdf.read_bytes()[:5] == b"%PDF-"
    assert data["publication"] == approved and data["version"] >= 1
    assert len(data["content_hash"]) == 64
    assert publication_ids(capsys, demo_db).get("published") == approved


def test_publishing_also_writes_the_internet_package(demo_db, tmp_path, capsys, as_demo_user):
    approved = publication_ids(capsys, demo_db)["approved"]
    code, data = run_json(capsys, "publish", "--db", str(demo_db), "--publication", str(approved),
                          "--out", str(tmp_path), "--user", "staf", "--base-url", "https://contoh.example/unduh")
    assert code == 0, data
    package = Path(data["package"])
    assert package.parent == tmp_path.resolve() and (package / "index.html").is_file()
    catalog = json.loads(Path(data["data_json"]).read_text(encoding="utf-8"))
    assert data["absolute_urls"] and catalog["conformsTo"] == "https://project-open-data.cio.gov/v1.1/schema"
    urls = [d["downloadURL"] for ds in catalog["dataset"] for d in ds["distribution"]]
    assert urls and all(u.startswith("https://contoh.example/unduh/") for u in urls)
    assert all((package / u.rsplit("/", 1)[1]).is_file() for u in urls)


@pytest.mark.engines
def test_wrong_password_exits_3(demo_db, tmp_path, capsys, monkeypatch):
    monkeypatch.setenv("PADI_PASSWORD", "salah-sandi")
    code, out, err = run(capsys, "backup", "--db", str(demo_db), "--to", str(tmp_path), "--user", "admin")
    assert code == 3
    assert "kata sandi salah" in err
    assert not list(tmp_path.glob("*.zip"))
    code, data = run_json(capsys, "publish", "--db", str(demo_db), "--publication", "1", "--out", str(tmp_path),
                          "--user", "staf")
    assert code == 3 and data["error"] == "bad_credentials"


def test_without_a_password_and_no_terminal_exits_2(demo_db, tmp_path, capsys, monkeypatch):
    monkeypatch.delenv("PADI_PASSWORD", raising=False)
    monkeypatch.setattr(sys, "stdin", io.StringIO(""))
    code, out, err = run(capsys, "backup", "--db", str(demo_db), "--to", str(tmp_path), "--user", "admin")
    assert code == 2
    assert "PADI_PASSWORD" in err


# --- backup and verify -------------------------------------------------------------------------
@pytest.mark.engines
def test_backup_then_verify_then_damaged_and_missing_copies(demo_db, tmp_path, capsys, as_demo_user):
    target = tmp_path / "flashdisk"
    target.mkdir()
    code, out, _ = run(capsys, "backup", "--db", str(demo_db), "--to", str(target), "--user", "admin")
    assert code == 0
    archives = list(target.glob("*.zip"))
    assert len(archives) == 1
    assert str(archives[0].resolve()) in out
    code, data = run_json(capsys, "backup", "--db", str(demo_db), "--to", str(target), "--user", "kepala")
    assert code == 0
    assert data["verified"] is True and len(data["sha256"]) == 64 and data["size"] > 0
    backup = Path(data["path"])
    assert backup.is_file()

    code, out, _ = run(capsys, "verify", str(backup))
    assert code == 0
    assert "UTUH" in out
    code, report = run_json(capsys, "verify", str(backup))
    assert code == 0
    assert report["ok"] is True and report["problems"] == []
    assert report["sha256"] == data["sha256"]
    assert report["app_version"] and report["created_at"]

    truncated = tmp_path / "terpotong.zip"
    truncated.write_bytes(backup.read_bytes()[: backup.stat().st_size // 2])
    code, out, err = run(capsys, "verify", str(truncated))
    assert code == 1
    assert "RUSAK" in out and err.strip()
    code, report = run_json(capsys, "verify", str(truncated))
    assert code == 1
    assert report["ok"] is False and report["problems"]
    assert all(isinstance(p, list) and len(p) == 2 for p in report["problems"])

    code, out, err = run(capsys, "verify", str(tmp_path / "tidak-ada.zip"))
    assert code == 2
    assert "tidak ditemukan" in err
    code, data = run_json(capsys, "verify", str(tmp_path / "tidak-ada.zip"))
    assert code == 2 and data["error"] == "no_such_file"


def test_backup_to_a_missing_folder_exits_2(demo_db, tmp_path, capsys, as_demo_user):
    missing = tmp_path / "tidak-terpasang"
    code, out, err = run(capsys, "backup", "--db", str(demo_db), "--to", str(missing), "--user", "admin")
    assert code == 2
    assert "Folder tujuan tidak ditemukan" in err
    assert not missing.exists()
    code, data = run_json(capsys, "backup", "--db", str(demo_db), "--to", str(missing), "--user", "admin")
    assert code == 2 and data["error"] == "target_missing"


# --- usage and messages ------------------------------------------------------------------------
def test_bad_usage_exits_2_with_json_error(capsys):
    code, out, err = run(capsys, "publish", "--json")
    assert code == 2
    assert json.loads(out)["error"] == "usage"
    assert "padi --help" in err
    code, out, err = run(capsys, "list", "bukan-jenis")
    assert code == 2 and out == ""


def test_help_exits_0(capsys):
    code, out, _ = run(capsys, "--help")
    assert code == 0
    for name in ("init", "check", "list", "publish", "backup", "verify"):
        assert name in out


def test_later_commands_are_not_offered_yet():
    registered = {c.name for c in cli.COMMANDS}
    assert registered == {"init", "check", "list", "publish", "backup", "verify", "export", "import", "catalog",
                          "tabulate", "restore", "report", "validate", "passwd", "migrate", "submit", "confirm",
                          "mark-validated", "revise", "withdraw", "diff"}


def test_unexpected_errors_exit_1_without_a_traceback(demo_db, capsys, monkeypatch):
    def boom(*_args, **_kwargs):
        raise RuntimeError("rusak di dalam")

    monkeypatch.setattr(cli, "COMMANDS", tuple(
        cli.Command(c.name, c.help, c.configure, boom if c.name == "list" else c.run) for c in cli.COMMANDS))
    monkeypatch.delenv("PADI_DEBUG", raising=False)
    code, out, err = run(capsys, "list", "datasets", "--db", str(demo_db))
    assert code == 1
    assert "RuntimeError" in err and "Traceback" not in err
    monkeypatch.setenv("PADI_DEBUG", "1")
    code, out, err = run(capsys, "list", "datasets", "--db", str(demo_db))
    assert code == 1 and "Traceback" in err


def test_every_service_error_code_has_a_sentence():
    for code in ("bad_credentials", "locked", "permission", "state", "maker_checker", "not_approved",
                 "schema_too_new", "target_missing", "target_not_writable", "no_space", "write_failed",
                 "verify_failed", "no_such_file", "no_such_folder", "unknown_publication"):
        assert code in cli.MESSAGES
    assert "15:30" in cli.message_for("locked", "2025-01-02T15:30:00")


def test_default_db_path_is_in_the_user_data_folder(tmp_path):
    from desktop_app.paths import default_db_path

    path = default_db_path()
    assert path.name == "padi.db" and "PADI" in str(path.parent)
