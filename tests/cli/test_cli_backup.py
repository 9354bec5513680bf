"""``padi backup --encrypt``, ``padi verify`` of encrypted backups and ``padi restore``."""

from __future__ import annotations

import hashlib
import sqlite3
from pathlib import Path

import pytest

from desktop_app.services.archive import backup_crypto
from tests.cli.conftest import run, run_json

PASSPHRASE = "kunci-cadangan-kantor"


@pytest.fixture(autouse=True)
def cheap_kdf(monkeypatch):
    monkeypatch.setattr(backup_crypto, "KDF_N", 2**10)


@pytest.fixture
def stick(tmp_path):
    folder = tmp_path / "flashdisk"
    folder.mkdir()
    return folder


@pytest.fixture
def passfile(tmp_path):
    path = tmp_path / "frasa.txt"
    path.write_text(PASSPHRASE + "\n", encoding="utf-8")
    return path


def sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def users(db: Path) -> int:
    with sqlite3.connect(db) as conn:
        return conn.execute("SELECT count(*) FROM users").fetchone()[0]


def test_encrypted_backup_verify_and_restore(demo_db, stick, passfile, capsys, as_demo_user, monkeypatch):
    code, data = run_json(capsys, "backup", "--db", str(demo_db), "--to", str(stick), "--user", "admin",
                          "--passphrase-file", str(passfile))
    assert code == 0 and data["encrypted"] is True and data["verified"] is True
    backup = Path(data["path"])
    assert backup.suffix == ".padienc" and sha(backup) == data["sha256"]

    code, data = run_json(capsys, "verify", str(backup))
    assert code == 2 and data["error"] == "passphrase_needed"
    monkeypatch.setenv("PADI_BACKUP_PASSPHRASE", "frasa-yang-salah")
    code, out, err = run(capsys, "verify", str(backup))
    assert code == 2 and "Frasa sandi cadangan salah" in err
    code, data = run_json(capsys, "verify", str(backup), "--passphrase-file", str(passfile))
    assert code == 0 and data["ok"] is True

    # Restore over the live database, which has changed since.
    before_users = users(demo_db)
    code, data = run_json(capsys, "restore", str(backup), "--db", str(demo_db), "--user", "admin",
                          "--passphrase-file", str(passfile))
    assert code == 0, data
    assert data["restored"] is True and Path(data["safety_copy"]).is_file()
    assert data["counts"]["users"] == before_users
    code, out, _ = run(capsys, "check", "--db", str(demo_db))
    assert code == 0, out


def test_restore_refuses_a_damaged_backup_and_leaves_the_database_alone(demo_db, stick, capsys, as_demo_user):
    code, data = run_json(capsys, "backup", "--db", str(demo_db), "--to", str(stick), "--user", "admin")
    backup = Path(data["path"])
    raw = bytearray(backup.read_bytes())
    raw[len(raw) // 2] ^= 0x10
    backup.write_bytes(bytes(raw))
    before = sha(demo_db)
    code, out, err = run(capsys, "restore", str(backup), "--db", str(demo_db), "--user", "admin")
    assert code == 1 and "Cadangan ini rusak" in err
    assert sha(demo_db) == before
    assert sorted(p.name for p in demo_db.parent.iterdir()) == ["flashdisk", "padi.db", "padi.db.anchor"]
    code, _, _ = run(capsys, "verify", str(backup))
    assert code == 1


def test_restore_needs_the_restore_permission(demo_db, stick, capsys, as_demo_user):
    code, data = run_json(capsys, "backup", "--db", str(demo_db), "--to", str(stick), "--user", "admin")
    code, data = run_json(capsys, "restore", data["path"], "--db", str(demo_db), "--user", "staf")
    assert code == 3 and data["error"] == "permission"
    assert not list(demo_db.parent.glob("*sebelum-pulih*"))  # (the refused login itself is logged)


def test_restore_onto_a_missing_database(demo_db, stick, tmp_path, capsys, as_demo_user):
    code, data = run_json(capsys, "backup", "--db", str(demo_db), "--to", str(stick), "--user", "admin")
    fresh = tmp_path / "pc-baru" / "padi.db"
    code, out, err = run(capsys, "restore", data["path"], "--db", str(fresh), "--user", "admin")
    assert code == 3 and "--accept-unknown" in err  # no office log to know it by: confirmed in words
    assert not fresh.exists()
    code, out, _ = run(capsys, "restore", data["path"], "--db", str(fresh), "--user", "admin",
                       "--accept-unknown", "pulihkan cadangan tidak dikenal")
    assert code == 0, out
    assert "Cadangan dipulihkan" in out and fresh.is_file()
    assert users(fresh) == users(demo_db)
