"""Restoring a backup: describe it, refuse bad ones with the live file byte-identical, round-trip, safety copy."""

from __future__ import annotations

import hashlib
import json
import sqlite3
import zipfile
from pathlib import Path

import pytest
from sqlalchemy import select

from desktop_app.domain.errors import BadInput, IntegrityFailure, NotAllowed
from desktop_app.domain.roles import Role
from desktop_app.services.archive import backup_crypto
from desktop_app.services.archive.restore import describe, restore_database
from desktop_app.services.office.bundle import Services
from desktop_app.storage.models import LogEntry
from tests.conftest import OFFICE, PASSWORD
from tests.services.test_backup_archive import reseal

PASSPHRASE = "kunci-cadangan-kantor"


@pytest.fixture(autouse=True)
def cheap_kdf(monkeypatch):
    monkeypatch.setattr(backup_crypto, "KDF_N", 2**10)


@pytest.fixture
def made(tmp_path, clock):
    """A live office database with one dataset, a plain and an encrypted backup of it, then a later change."""
    db_path = tmp_path / "live" / "padi.db"
    services = Services.open(db_path, clock=clock)
    services.accounts.setup(OFFICE, "admin", "Admin Kantor", PASSWORD, Role.STAF)
    services.accounts.login("admin", PASSWORD)
    services.accounts.create_user("staf", "Siti Rahma", PASSWORD, Role.STAF)
    stick = tmp_path / "flashdisk"
    stick.mkdir()
    plain = services.archive.backup(stick).path
    clock.advance(days=1)
    encrypted = services.archive.backup(stick, passphrase=PASSPHRASE).path
    clock.advance(hours=1)
    services.accounts.create_user("baru", "Pegawai Baru", PASSWORD, Role.STAF)  # not in the backups
    actor = services.archive.restore_actor()
    services.close()
    return {"db": db_path, "plain": plain, "encrypted": encrypted, "actor": actor, "stick": stick}


def sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def live_files(db: Path) -> dict[str, str]:
    return {p.name: sha(p) for p in sorted(db.parent.iterdir())}


def test_describe_says_what_a_backup_holds(made):
    summary = describe(made["plain"])
    assert summary.counts["users"] == 2 and summary.counts["datasets"] == 0
    assert summary.counts["log_entries"] > 0 and summary.schema_revision
    assert summary.encrypted is False and len(summary.sha256) == 64
    enc = describe(made["encrypted"], PASSPHRASE)
    assert enc.encrypted is True and enc.counts["users"] == 2
    with pytest.raises(BadInput) as err:
        describe(made["encrypted"])
    assert err.value.code == "passphrase_needed"
    with pytest.raises(BadInput) as err:
        describe(made["encrypted"], "frasa-yang-keliru")
    assert err.value.code == "wrong_passphrase"


@pytest.mark.parametrize("encrypted", [False, True], ids=["plain", "encrypted"])
def test_restore_round_trips_and_keeps_a_safety_copy(made, clock, encrypted):
    backup = made["encrypted" if encrypted else "plain"]
    before = sha(made["db"])
    result = restore_database(backup, made["db"], now=clock(), actor=made["actor"],
                              passphrase=PASSPHRASE if encrypted else None)
    assert result.safety_copy is not None and result.safety_copy.name.startswith("padi-sebelum-pulih-")
    # The safety copy holds the data as it was (with the user added after the backups).
    with sqlite3.connect(result.safety_copy) as conn:
        assert conn.execute("SELECT count(*) FROM users").fetchone()[0] == 3
    assert sha(made["db"]) != before
    assert sorted(p.name for p in made["db"].parent.iterdir()) == sorted(
        ["padi.db", "padi.db.anchor", result.safety_copy.name, f"{result.safety_copy.name}.anchor"])
    # The anchor beside the database is the restored database's, and the safety copy keeps the live one.
    from desktop_app.services.runtime import integrity
    restored = Services.open(made["db"])
    try:
        report = integrity.check(restored.ctx)
        assert report.ok and report.anchor.status == "ok", integrity.summary(report)
    finally:
        restored.close()

    services = Services.open(made["db"])
    try:
        assert services.accounts.login("admin", PASSWORD)
        with services.ctx.db.reading() as s:
            users = s.execute(select(LogEntry.action).order_by(LogEntry.id)).scalars().all()
            last = s.scalars(select(LogEntry).where(LogEntry.action == "backup_restored")).one()
            assert last.object_label == backup.name and last.actor_name == "Admin Kantor"
        assert "user_created" in users
        from desktop_app.services.runtime import integrity
        assert integrity.check(services.ctx).ok
        with services.ctx.db.reading() as s:
            from desktop_app.storage.models import User
            assert {u.username for u in s.scalars(select(User))} == {"admin", "staf"}
    finally:
        services.close()


def _damaged_copies(plain: Path, tmp_path: Path) -> dict[str, Path]:
    data = plain.read_bytes()
    out = {}
    for name, blob in {"zero": b"", "truncated": data[: len(data) // 2], "cut_end": data[:-10],
                       "flipped": data[:100] + bytes([data[100] ^ 1]) + data[101:]}.items():
        out[name] = tmp_path / f"{name}.zip"
        out[name].write_bytes(blob)
    # A backup claiming a schema from a newer PADI, consistently re-hashed and re-sealed.
    newer = tmp_path / "newer.zip"
    with zipfile.ZipFile(plain) as zin:
        db = tmp_path / "newer.sqlite"
        db.write_bytes(zin.read("database/padi.sqlite"))
        with sqlite3.connect(db) as conn:
            conn.execute("UPDATE alembic_version SET version_num = 'ffff_dari_masa_depan'")
        conn.close()
        manifest = json.loads(zin.read("manifest.json"))
        content = db.read_bytes()
        manifest["members"]["database/padi.sqlite"] = {"sha256": hashlib.sha256(content).hexdigest(),
                                                       "size": len(content)}
        manifest["schema_revision"] = "ffff_dari_masa_depan"
        with zipfile.ZipFile(newer, "w", zipfile.ZIP_DEFLATED) as zout:
            zout.comment = zin.comment
            zout.writestr("database/padi.sqlite", content)
            zout.writestr("manifest.json", json.dumps(manifest))
    reseal(newer)
    out["newer"] = newer
    return out


def test_bad_backups_are_refused_and_the_live_database_stays_byte_identical(made, clock, tmp_path):
    before = live_files(made["db"])
    for name, path in _damaged_copies(made["plain"], tmp_path).items():
        with pytest.raises((IntegrityFailure, BadInput)) as err:
            restore_database(path, made["db"], now=clock(), actor=made["actor"], accept_unknown=True)
        expected = "schema_too_new" if name == "newer" else "backup_corrupt"
        assert err.value.code == expected, name
        assert live_files(made["db"]) == before, name
    with pytest.raises(BadInput) as err:
        restore_database(made["encrypted"], made["db"], now=clock(), actor=made["actor"], passphrase="frasa-keliru")
    assert err.value.code == "wrong_passphrase"
    assert live_files(made["db"]) == before
    assert not any(p.name.startswith(".padi-pulih") for p in tmp_path.rglob("*"))


def test_restore_onto_a_lost_database_checks_the_backups_own_accounts(made, clock, tmp_path):
    lost = tmp_path / "baru" / "padi.db"
    with pytest.raises(NotAllowed):
        restore_database(made["plain"], lost, now=clock())
    with pytest.raises(NotAllowed) as err:  # no log to know it by: confirmed in words, or refused
        restore_database(made["plain"], lost, now=clock(), credentials=("admin", PASSWORD))
    assert err.value.code == "backup_unknown"
    with pytest.raises(NotAllowed) as err:
        restore_database(made["plain"], lost, now=clock(), credentials=("staf", PASSWORD), accept_unknown=True)
    assert err.value.code == "permission"  # a staff member may not restore
    assert not lost.exists()
    result = restore_database(made["plain"], lost, now=clock(), credentials=("admin", PASSWORD),
                              accept_unknown=True)
    assert result.safety_copy is None and lost.is_file() and result.summary.known is None


def test_a_user_without_the_restore_permission_is_refused(made, clock):
    services = Services.open(made["db"])
    try:
        services.accounts.login("staf", PASSWORD)
        with pytest.raises(NotAllowed):
            services.archive.restore_actor()
    finally:
        services.close()


def test_a_restore_clears_what_a_killed_restore_left_beside_the_database(made, clock):
    folder = made["db"].parent
    left = [folder / ".padi-pulih-99999-101010000000.db", folder / ".padi-pulih-99999-101010000000.db-wal"]
    for path in left:
        path.write_bytes(b"half an unpacked database")
    restore_database(made["plain"], made["db"], now=clock(), actor=made["actor"])
    assert not any(path.exists() for path in left)
    assert not list(folder.glob(".padi-pulih-*"))
