"""ArchiveService: backup settings, rotation on the target after a verified backup, re-verification."""

from __future__ import annotations

import shutil
import subprocess

import pytest
from sqlalchemy import select

from desktop_app.domain.errors import NotAllowed
from desktop_app.domain.rotation import RotationPolicy
from desktop_app.services.archive import backup_crypto
from desktop_app.services.archive.backup_format import BackupError
from desktop_app.services.archive.backup_service import BackupSettings
from desktop_app.storage.models import BackupRecord, LogEntry
from tests.conftest import PASSWORD

pytestmark = pytest.mark.engines  # on SQLite and on PostgreSQL (tests/engines.py)

PASSPHRASE = "kunci-cadangan-kantor"


@pytest.fixture(autouse=True)
def cheap_kdf(monkeypatch):
    monkeypatch.setattr(backup_crypto, "KDF_N", 2**10)


@pytest.fixture
def admin(office):
    office.accounts.login("admin", PASSWORD)
    return office


@pytest.fixture
def stick(tmp_path):
    folder = tmp_path / "flashdisk"
    folder.mkdir()
    return folder


def names(folder):
    return sorted(p.name for p in folder.iterdir())


def test_settings_round_trip_and_are_logged(admin, stick):
    assert admin.archive.settings() == BackupSettings()
    chosen = BackupSettings(str(stick), RotationPolicy(daily=2, weekly=1, monthly=0), on_exit=True)
    admin.archive.save_settings(chosen)
    assert admin.archive.settings() == chosen
    with admin.ctx.db.reading() as s:
        last = s.scalars(select(LogEntry).order_by(LogEntry.id.desc())).first()
        assert last.action == "backup_settings_changed" and last.detail["daily"] == 2


def test_settings_need_the_backup_permission(office):
    with pytest.raises(NotAllowed):
        office.archive.save_settings(BackupSettings())


def test_rotation_prunes_older_verified_backups_after_a_verified_backup(admin, stick, clock):
    admin.archive.save_settings(BackupSettings(str(stick), RotationPolicy(daily=2, weekly=0, monthly=0, newest=0)))
    foreign = stick / "padi-cadangan-20200101-000000.zip"
    foreign.write_bytes(b"not ours")  # unknown file: never deleted
    made = []
    for _ in range(4):
        made.append(admin.archive.backup(stick).path.name)
        clock.advance(days=1)
    assert names(stick) == sorted([made[2], made[3], foreign.name])
    with admin.ctx.db.reading() as s:
        last = s.scalars(select(LogEntry).where(LogEntry.action == "backup_made").order_by(LogEntry.id.desc())).first()
        assert last.detail["pruned"] == [made[1]]


def test_a_failed_backup_prunes_nothing(admin, stick, clock, monkeypatch):
    admin.archive.save_settings(BackupSettings(str(stick), RotationPolicy(daily=1, weekly=0, monthly=0, newest=0)))
    admin.archive.backup(stick)
    clock.advance(days=1)
    admin.archive.backup(stick)
    before = names(stick)
    assert len(before) == 1

    from desktop_app.services.archive import backup_format as backup_archive

    def broken(*_a, **_k):
        raise BackupError("verify_failed", "simulated")

    monkeypatch.setattr(backup_archive, "write_backup", broken)
    clock.advance(days=1)
    with pytest.raises(BackupError):
        admin.archive.backup(stick)
    assert names(stick) == before


def test_reverify_finds_a_damaged_backup_and_records_it(admin, stick, clock):
    first = admin.archive.backup(stick).path
    clock.advance(days=1)
    second = admin.archive.backup(stick, passphrase=PASSPHRASE).path
    data = bytearray(first.read_bytes())
    data[len(data) // 3] ^= 0x40
    first.write_bytes(bytes(data))

    listed = admin.archive.backups_on(stick)
    assert [b.path for b in listed] == [second, first]
    assert [b.encrypted for b in listed] == [True, False]

    results = {r.path: r for r in admin.archive.reverify(stick, PASSPHRASE)}
    assert results[first].verified is False and results[first].problems
    assert results[second].verified is True
    with admin.ctx.db.reading() as s:
        records = {r.path: r.verified for r in s.scalars(select(BackupRecord))}
    assert records == {str(first): False, str(second): True}
    assert admin.archive.last_verified().path == second

    # Without the passphrase the encrypted one is not judged, and its record stays verified.
    results = {r.path: r for r in admin.archive.reverify(stick)}
    assert [c for c, _ in results[second].problems] == ["passphrase_needed"]
    assert admin.archive.last_verified().path == second


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="needs poppler's pdftotext")
def test_recovery_sheet_names_the_backup_and_never_prints_the_passphrase(admin, stick, tmp_path):
    info = admin.archive.backup(stick, passphrase=PASSPHRASE)
    out = admin.archive.recovery_sheet(info, "Amplop tersegel di brankas Sekretariat", tmp_path / "lembar.pdf")
    text = subprocess.run(["pdftotext", "-layout", str(out), "-"], capture_output=True, text=True,
                          check=True).stdout
    assert "Lembar Pemulihan Cadangan Terenkripsi" in text
    assert info.path.name in text and info.sha256[:32] in text and info.sha256[32:] in text
    assert "Amplop tersegel di brankas Sekretariat" in text
    assert PASSPHRASE not in text and PASSPHRASE.encode() not in out.read_bytes()
    with admin.ctx.db.reading() as s:
        last = s.scalars(select(LogEntry).order_by(LogEntry.id.desc())).first()
        assert last.action == "recovery_sheet_printed" and last.object_label == info.path.name


def test_a_second_backup_the_same_day_keeps_the_first(admin, stick, clock):
    """Issue 14: with the office's default rotation, a second backup in the morning deleted the first."""
    first = admin.archive.backup(stick).path
    clock.advance(hours=2)
    second = admin.archive.backup(stick).path
    assert first.exists() and second.exists()
    made = [first, second]
    for _ in range(5):  # the newest 5 are kept whatever their day; older ones of the day go
        clock.advance(minutes=30)
        made.append(admin.archive.backup(stick).path)
    assert sorted(p.name for p in stick.iterdir()) == sorted(p.name for p in made[-5:])


def test_two_backups_in_the_same_second_keep_the_one_just_made(admin, stick):
    admin.archive.save_settings(BackupSettings(str(stick), RotationPolicy(daily=1, weekly=0, monthly=0, newest=0)))
    first = admin.archive.backup(stick).path
    second = admin.archive.backup(stick).path  # the fake clock stands still
    assert second.name.endswith("-2.zip")
    assert names(stick) == [second.name] and not first.exists()


def test_a_backup_holds_the_pdf_of_every_approved_publication(demo_db, stick):
    import zipfile

    from desktop_app.services.office.bundle import Services
    from desktop_app.services.office.demo import DEMO_PASSWORD

    demo = Services.open(demo_db)
    demo.accounts.login("admin", DEMO_PASSWORD)
    info = demo.archive.backup(stick)
    approved = [p for p in demo.publications.list() if p.state.value in ("approved", "published")]
    with zipfile.ZipFile(info.path) as zf:
        pdfs = [n for n in zf.namelist() if n.startswith("files/publikasi/")]
        assert len(pdfs) == len(approved) > 0
        assert all(zf.read(n).startswith(b"%PDF") for n in pdfs)
    demo.close()
