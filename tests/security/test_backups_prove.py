"""Issue 14, item 3: backups prove what they hold.

The attacks: a backup taken apart, its database swapped for another office's (or a doctored copy of
this one), put together again — without its seal, with a manifest that lies about what is inside,
or perfectly consistent. Each must be refused, or (the consistent one, which no checksum can tell)
recognised as unknown to this office's activity log and restored only when the administrator
confirms it in words. The live database is hashed before and after every refusal.
"""

from __future__ import annotations

import hashlib
import json
import shutil
import sqlite3
import zipfile
from pathlib import Path

import pytest

from desktop_app.cli import UNKNOWN_BACKUP_WORDS
from desktop_app.cli import main as padi
from desktop_app.services.archive.backup_format import DATABASE_MEMBER, MANIFEST_MEMBER, database_facts
from desktop_app.storage.snapshot import schema_revision
from tests.services.test_backup_archive import reseal

pytestmark = pytest.mark.usefixtures("as_demo_user")


def sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def run(capsys, *argv: str) -> tuple[int, str, str]:
    capsys.readouterr()
    code = padi(list(argv))
    captured = capsys.readouterr()
    return code, captured.out, captured.err


@pytest.fixture
def stick(tmp_path) -> Path:
    folder = tmp_path / "flashdisk"
    folder.mkdir()
    return folder


@pytest.fixture
def backup(demo_db, stick, capsys) -> Path:
    code, out, err = run(capsys, "backup", "--db", str(demo_db), "--to", str(stick), "--user", "admin", "--json")
    assert code == 0, err
    return Path(json.loads(out)["path"])


@pytest.fixture
def doctored(demo_db, tmp_path) -> Path:
    """Another database: this office's, with the staff member raised to head of office."""
    path = tmp_path / "lain.db"
    shutil.copyfile(demo_db, path)
    with sqlite3.connect(path) as conn:
        conn.execute("UPDATE users SET role = 'kepala' WHERE username = 'staf'")
    conn.close()
    return path


def forge(original: Path, dest: Path, database: Path, *, sealed: bool = True, lies: dict | None = None) -> Path:
    """``original`` with ``database`` inside and the member hash recomputed, as a forger would do it.

    ``sealed``: keep the seal (recomputed) or strip it from the manifest and the zip comment. The
    manifest tells the truth about the new database (counts, schema revision, log chain head) except
    for the keys in ``lies``.
    """
    content = database.read_bytes()
    with zipfile.ZipFile(original) as zin:
        manifest = json.loads(zin.read(MANIFEST_MEMBER))
        comment = zin.comment
        others = {name: zin.read(name) for name in zin.namelist() if name not in (DATABASE_MEMBER, MANIFEST_MEMBER)}
    manifest["members"][DATABASE_MEMBER] = {"sha256": hashlib.sha256(content).hexdigest(), "size": len(content)}
    manifest.update(database_facts(database), schema_revision=schema_revision(database))
    manifest.update(lies or {})
    if not sealed:
        del manifest["sealed"]
    with zipfile.ZipFile(dest, "w") as zout:
        if sealed:
            zout.comment = comment
        member = zipfile.ZipInfo(DATABASE_MEMBER, date_time=(2026, 12, 1, 8, 0, 0))
        zout.writestr(member, content, compress_type=zipfile.ZIP_STORED)
        for name, data in others.items():  # the publications' PDFs, as they were
            zout.writestr(name, data, compress_type=zipfile.ZIP_DEFLATED)
        zout.writestr(MANIFEST_MEMBER, json.dumps(manifest), compress_type=zipfile.ZIP_DEFLATED)
    if sealed:
        reseal(dest)
    return dest


def said(archive: Path, *keys: str) -> dict:
    """What an archive's manifest says, for these keys."""
    with zipfile.ZipFile(archive) as zf:
        manifest = json.loads(zf.read(MANIFEST_MEMBER))
    return {key: manifest[key] for key in keys}


def test_an_archive_without_its_seal_is_refused_even_with_a_matching_member_hash(demo_db, backup, doctored,
                                                                                  stick, capsys):
    forged = forge(backup, stick / "padi-cadangan-20261201-080000.zip", doctored, sealed=False)
    before = sha(demo_db)
    code, out, _ = run(capsys, "verify", str(forged))
    assert code == 1 and "tidak bersegel" in out and "(unsealed)" in out
    code, _, err = run(capsys, "restore", str(forged), "--db", str(demo_db), "--user", "admin",
                       "--accept-unknown", UNKNOWN_BACKUP_WORDS)
    assert code == 1 and "Cadangan ini rusak" in err
    assert sha(demo_db) == before


def test_a_manifest_that_lies_about_the_database_inside_is_refused(demo_db, backup, doctored, stick, capsys):
    with sqlite3.connect(doctored) as conn:  # fewer rows than the backup it pretends to be
        conn.execute("DELETE FROM dataset_rows WHERE id IN (SELECT id FROM dataset_rows LIMIT 5)")
    conn.close()
    lies = [said(backup, "counts"), said(backup, "schema_revision") | {"schema_revision": "0001_lama"}]
    archives = [forge(backup, stick / f"padi-cadangan-20261201-08000{n}.zip", doctored, lies=lie)
                for n, lie in enumerate(lies)]
    before = sha(demo_db)
    for archive in archives:
        code, out, _ = run(capsys, "verify", str(archive), "--json")
        report = json.loads(out)
        assert code == 1 and not report["ok"]
        assert "manifest_mismatch" in [c for c, _ in report["problems"]], report["problems"]
        code, _, _ = run(capsys, "restore", str(archive), "--db", str(demo_db), "--user", "admin",
                         "--accept-unknown", UNKNOWN_BACKUP_WORDS)
        assert code == 1
    assert sha(demo_db) == before


def test_the_manifest_log_head_must_be_the_database_log_head(demo_db, backup, stick, tmp_path, capsys):
    """A database whose last log entries were cut off, in an archive naming the full log's head."""
    cut = tmp_path / "terpotong.db"
    shutil.copyfile(demo_db, cut)
    with sqlite3.connect(cut) as conn:
        for (name,) in conn.execute("SELECT name FROM sqlite_master WHERE type = 'trigger'").fetchall():
            conn.execute(f'DROP TRIGGER "{name}"')
        conn.execute("DELETE FROM activity_log WHERE id > (SELECT max(id) - 3 FROM activity_log)")
    conn.close()
    head = said(backup, "log_chain_head")
    forged = forge(backup, stick / "padi-cadangan-20261201-080000.zip", cut, lies=head)
    code, out, _ = run(capsys, "verify", str(forged), "--json")
    problems = json.loads(out)["problems"]
    assert code == 1 and [c for c, _ in problems] == ["manifest_mismatch"] and "chain head" in problems[0][1]


def test_a_consistent_forgery_is_unknown_to_the_office_and_restored_only_when_confirmed(
        demo_db, backup, doctored, stick, capsys):
    forged = forge(backup, stick / "padi-cadangan-20261201-080000.zip", doctored)
    code, out, _ = run(capsys, "verify", str(forged))  # every checksum fits: only the office's log can tell
    assert code == 0 and "Tercatat   : tidak diperiksa" in out
    code, out, _ = run(capsys, "verify", str(forged), "--db", str(demo_db), "--json")
    assert code == 0 and json.loads(out)["known"] is False
    code, out, _ = run(capsys, "verify", str(forged), "--db", str(demo_db))
    assert "Tercatat   : TIDAK" in out

    before = sha(demo_db)
    code, out, err = run(capsys, "restore", str(forged), "--db", str(demo_db), "--user", "admin")
    assert code == 3 and "tidak tercatat" in err and UNKNOWN_BACKUP_WORDS in err
    code, _, err = run(capsys, "restore", str(forged), "--db", str(demo_db), "--user", "admin",
                       "--accept-unknown", "ya")
    assert code == 2 and "tidak cocok" in err
    assert sha(demo_db) == before
    assert not list(demo_db.parent.glob("*sebelum-pulih*"))

    code, out, err = run(capsys, "restore", str(forged), "--db", str(demo_db), "--user", "admin",
                         "--accept-unknown", UNKNOWN_BACKUP_WORDS, "--json")
    assert code == 0, err
    assert json.loads(out)["known"] is False
    with sqlite3.connect(demo_db) as conn:
        action, detail = conn.execute("SELECT action, detail FROM activity_log ORDER BY id DESC LIMIT 1").fetchone()
    conn.close()
    assert action == "backup_restored" and json.loads(detail)["known"] is False  # the log says so


def test_every_backup_is_in_the_log_and_stays_known_across_restores(demo_db, backup, stick, capsys):
    code, out, _ = run(capsys, "verify", str(backup), "--db", str(demo_db), "--json")
    first = json.loads(out)
    assert code == 0 and first["known"] is True and first["known_entry"]
    with sqlite3.connect(demo_db) as conn:
        action, detail = conn.execute("SELECT action, detail FROM activity_log WHERE id = ?",
                                      (first["known_entry"],)).fetchone()
    conn.close()
    assert action == "backup_made" and json.loads(detail)["sha256"] == first["sha256"]

    code, out, err = run(capsys, "backup", "--db", str(demo_db), "--to", str(stick), "--user", "admin", "--json")
    later = Path(json.loads(out)["path"])
    # Back to the first backup: its own log never saw the later one, yet the later one stays known.
    code, out, err = run(capsys, "restore", str(backup), "--db", str(demo_db), "--user", "admin")
    assert code == 0 and "Tercatat    : ya - dibuat di kantor ini" in out, err
    for archive in (backup, later):
        code, out, _ = run(capsys, "verify", str(archive), "--db", str(demo_db), "--json")
        assert json.loads(out)["known"] is True, archive.name
    code, out, err = run(capsys, "restore", str(later), "--db", str(demo_db), "--user", "admin")
    assert code == 0, err
