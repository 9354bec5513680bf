"""Tests for desktop_app.services.archive.backup_format: writing, verifying and unpacking backups."""

from __future__ import annotations

import contextlib
import errno
import hashlib
import io
import json
import os
import sqlite3
import zipfile
from collections import namedtuple
from datetime import UTC, datetime
from pathlib import Path

import pytest

from desktop_app.services.archive import backup_format as ba
from desktop_app.services.archive.backup_format import (
    BACKUP_PREFIX,
    DATABASE_MEMBER,
    FORMAT,
    FORMAT_VERSION,
    MANIFEST_MEMBER,
    BackupError,
    archive_sha256,
    extract_database,
    read_manifest,
    verify_backup,
    write_backup,
)
from desktop_app.storage.snapshot import check_database_file, table_counts

NOW = datetime(2024, 3, 5, 14, 7, 9, tzinfo=UTC)
UNITS = 3
RECORDS = 200


# --------------------------------------------------------------------------
# Fixtures and helpers
# --------------------------------------------------------------------------


def make_live_db(path: Path) -> sqlite3.Connection:
    """Create a WAL database with FK-linked tables and alembic_version; return it open."""
    conn = sqlite3.connect(path, isolation_level=None)
    assert conn.execute("PRAGMA journal_mode=WAL").fetchone()[0] == "wal"
    conn.execute("PRAGMA wal_autocheckpoint=0")  # keep committed rows in the -wal file
    conn.execute("PRAGMA foreign_keys=ON")
    conn.executescript(
        """
        CREATE TABLE alembic_version (version_num VARCHAR(32) NOT NULL PRIMARY KEY);
        INSERT INTO alembic_version VALUES ('0007_laporan');
        CREATE TABLE unit (id INTEGER PRIMARY KEY, name TEXT NOT NULL);
        CREATE TABLE record (
            id INTEGER PRIMARY KEY,
            unit_id INTEGER NOT NULL REFERENCES unit(id),
            note TEXT NOT NULL
        );
        CREATE INDEX ix_record_unit ON record(unit_id);
        """
    )
    conn.execute("BEGIN")
    conn.executemany("INSERT INTO unit(id, name) VALUES (?, ?)", [(i, f"Unit {i}") for i in range(1, UNITS + 1)])
    conn.executemany(
        "INSERT INTO record(unit_id, note) VALUES (?, ?)",
        [(1 + i % UNITS, f"catatan nomor {i} " * 4) for i in range(RECORDS)],
    )
    conn.execute("COMMIT")
    return conn


@pytest.fixture
def live_db(tmp_path: Path):
    """Path of a WAL database that stays open, with an uncommitted write pending."""
    path = tmp_path / "data" / "padi.sqlite"
    path.parent.mkdir()
    conn = make_live_db(path)
    writer = sqlite3.connect(path, isolation_level=None)
    writer.execute("BEGIN IMMEDIATE")
    writer.execute("INSERT INTO unit(id, name) VALUES (99, 'uncommitted')")
    writer.execute("DELETE FROM record WHERE id <= 10")
    yield path
    writer.execute("ROLLBACK")
    writer.close()
    conn.close()


@pytest.fixture
def target(tmp_path: Path) -> Path:
    """An empty backup folder."""
    folder = tmp_path / "cadangan"
    folder.mkdir()
    return folder


@pytest.fixture
def backup(live_db: Path, target: Path) -> Path:
    """A freshly written, valid backup archive."""
    return write_backup(live_db, target, now=NOW).path


def codes(report) -> set[str]:
    """The set of problem codes in a VerifyReport."""
    return {code for code, _detail in report.problems}


def dir_listing(folder: Path) -> list[str]:
    """Sorted names of everything in a folder (hidden files included)."""
    return sorted(p.name for p in folder.iterdir())


def rewrite_archive(
    src: Path,
    dest: Path,
    *,
    replace: dict[str, bytes] | None = None,
    drop: tuple[str, ...] = (),
    add: dict[str, bytes] | None = None,
    compression: int = zipfile.ZIP_DEFLATED,
) -> None:
    """Copy a zip member by member, replacing, dropping or adding members, and re-seal it like a forger
    would, so the member-level checks are what the test sees."""
    replace = replace or {}
    with zipfile.ZipFile(src) as zin, zipfile.ZipFile(dest, "w", compression) as zout:
        zout.comment = zin.comment
        for item in zin.infolist():
            if item.filename in drop:
                continue
            data = replace.get(item.filename, zin.read(item.filename))
            zout.writestr(item.filename, data, compress_type=compression)
        for name, data in (add or {}).items():
            zout.writestr(name, data, compress_type=compression)
    reseal(dest)


def reseal(path: Path) -> None:
    """Recompute the seal in the zip comment (a no-op for unsealed archives): the SHA-256 of every byte but
    the data of stored members listed in the manifest, with the 64 seal characters read as "0"."""
    data = path.read_bytes()
    if data[-76:-64] != b"padi-sha256:":
        return
    with zipfile.ZipFile(path) as zf:
        try:
            listed = json.loads(zf.read(MANIFEST_MEMBER))["members"]
        except (KeyError, ValueError, TypeError):
            return  # no readable manifest: nothing to seal against (the test checks that damage)
        skip = [(*member_data_offset(path, i.filename),) for i in zf.infolist()
                if i.compress_type == zipfile.ZIP_STORED and i.filename in listed]
    digest, pos = hashlib.sha256(), 0
    for start, length in sorted(skip):
        digest.update(data[pos:start])
        pos = start + length
    digest.update(data[pos:-64] + b"0" * 64)
    path.write_bytes(data[:-64] + digest.hexdigest().encode())


def manifest_bytes(path: Path) -> bytes:
    with zipfile.ZipFile(path) as zf:
        return zf.read(MANIFEST_MEMBER)


def edited_manifest(path: Path, **changes) -> bytes:
    manifest = json.loads(manifest_bytes(path))
    manifest.update(changes)
    return json.dumps(manifest).encode()


def member_data_offset(path: Path, name: str) -> tuple[int, int]:
    """(offset, length) of a member's stored bytes inside the zip file."""
    with zipfile.ZipFile(path) as zf:
        info = zf.getinfo(name)
    with open(path, "rb") as fh:
        fh.seek(info.header_offset)
        header = fh.read(30)
    name_len = int.from_bytes(header[26:28], "little")
    extra_len = int.from_bytes(header[28:30], "little")
    return info.header_offset + 30 + name_len + extra_len, info.compress_size


def flip_byte(path: Path, offset: int) -> None:
    data = bytearray(path.read_bytes())
    data[offset] ^= 0xFF
    path.write_bytes(bytes(data))


# --------------------------------------------------------------------------
# Writing and verifying a good backup
# --------------------------------------------------------------------------


def test_fresh_backup_verifies_and_manifest_lists_hashes(live_db, target):
    result = write_backup(
        live_db,
        target,
        now=NOW,
        info={"app_version": "1.2.3", "log_chain_head": "ab" * 32, "counts": {"unit": UNITS}},
    )
    assert result.path == target / f"{BACKUP_PREFIX}20240305-140709.zip"
    assert dir_listing(target) == [result.path.name]  # no partial left behind
    assert result.size == result.path.stat().st_size
    assert result.sha256 == hashlib.sha256(result.path.read_bytes()).hexdigest()
    assert result.sha256 == archive_sha256(result.path)
    assert result.created_at == NOW

    report = verify_backup(result.path)
    assert report.ok, report.problems
    assert report.problems == ()
    manifest = report.manifest
    assert manifest == result.manifest == read_manifest(result.path)
    assert manifest["format"] == FORMAT
    assert manifest["format_version"] == FORMAT_VERSION == 1
    assert manifest["created_at"] == NOW.isoformat()
    assert manifest["app_version"] == "1.2.3"
    # What the database holds is read from the snapshot, never taken from the caller.
    assert manifest["log_chain_head"] is None and manifest["counts"] == {}  # no PADI tables in this one
    assert manifest["schema_revision"] == "0007_laporan"

    with zipfile.ZipFile(result.path) as zf:
        names = zf.namelist()
        assert names[-1] == MANIFEST_MEMBER  # written last
        assert names == [DATABASE_MEMBER, MANIFEST_MEMBER]
        db_bytes = zf.read(DATABASE_MEMBER)
        assert zf.getinfo(DATABASE_MEMBER).compress_type == zipfile.ZIP_STORED  # stored for speed
    entry = manifest["members"][DATABASE_MEMBER]
    assert set(manifest["members"]) == {DATABASE_MEMBER}
    assert entry == {"sha256": hashlib.sha256(db_bytes).hexdigest(), "size": len(db_bytes)}


def test_backup_contains_exactly_committed_rows(live_db, target, tmp_path):
    result = write_backup(live_db, target, now=NOW)
    restored = tmp_path / "restored.sqlite"
    extract_database(result.path, restored)
    assert table_counts(restored, ["unit", "record"]) == {"unit": UNITS, "record": RECORDS}
    with contextlib.closing(sqlite3.connect(restored)) as conn:
        assert conn.execute("SELECT COUNT(*) FROM unit WHERE id = 99").fetchone() == (0,)
        assert conn.execute("SELECT MIN(id) FROM record").fetchone() == (1,)
    assert check_database_file(restored) == []
    assert sorted(p.name for p in tmp_path.iterdir() if p.name.startswith(".restored")) == []


def test_schema_revision_comes_from_snapshot(live_db, target):
    result = write_backup(live_db, target, now=NOW, info={"schema_revision": "stale"})
    assert result.manifest["schema_revision"] == "0007_laporan"


def test_files_members_round_trip(live_db, target, tmp_path):
    src = tmp_path / "extra"
    src.mkdir()
    (src / "settings.json").write_text('{"kantor": "Dinas"}', encoding="utf-8")
    (src / "log.bin").write_bytes(os.urandom(300_000))
    (src / "empty.txt").write_bytes(b"")
    files = {
        "config/settings.json": src / "settings.json",
        "logs/2024/log.bin": src / "log.bin",
        "empty.txt": src / "empty.txt",
    }
    result = write_backup(live_db, target, files=files, now=NOW)
    report = verify_backup(result.path)
    assert report.ok, report.problems
    with zipfile.ZipFile(result.path) as zf:
        for key, path in files.items():
            assert zf.read(f"files/{key}") == path.read_bytes()
            entry = report.manifest["members"][f"files/{key}"]
            assert entry["sha256"] == hashlib.sha256(path.read_bytes()).hexdigest()
            assert entry["size"] == path.stat().st_size
        assert zf.namelist()[-1] == MANIFEST_MEMBER


@pytest.mark.parametrize(
    "key",
    ["../evil.txt", "a/../../b", "..", "/etc/passwd", "C:/Windows/x", "C:x", "a\\b", "", "a//b", "./a"],
)
def test_unsafe_file_keys_are_rejected(live_db, target, tmp_path, key):
    src = tmp_path / "f.txt"
    src.write_text("x")
    with pytest.raises(ValueError):
        write_backup(live_db, target, files={key: src}, now=NOW)
    assert dir_listing(target) == []


def test_reserved_or_unserialisable_info_is_rejected(live_db, target):
    with pytest.raises(ValueError):
        write_backup(live_db, target, now=NOW, info={"members": {}})
    with pytest.raises(ValueError):
        write_backup(live_db, target, now=NOW, info={"format_version": 2})
    with pytest.raises(ValueError):
        write_backup(live_db, target, now=NOW, info={"when": datetime.now()})
    assert dir_listing(target) == []


def test_two_backups_in_same_second_get_distinct_names(live_db, target):
    first = write_backup(live_db, target, now=NOW)
    second = write_backup(live_db, target, now=NOW)
    third = write_backup(live_db, target, now=NOW)
    stem = f"{BACKUP_PREFIX}20240305-140709"
    assert first.path.name == f"{stem}.zip"
    assert second.path.name == f"{stem}-2.zip"
    assert third.path.name == f"{stem}-3.zip"
    assert dir_listing(target) == sorted([f"{stem}.zip", f"{stem}-2.zip", f"{stem}-3.zip"])
    assert all(verify_backup(r.path).ok for r in (first, second, third))


def test_progress_reports_bytes(live_db, target, tmp_path):
    extra = tmp_path / "big.bin"
    extra.write_bytes(os.urandom(3 * 1024 * 1024))
    calls: list[tuple[int, int]] = []
    write_backup(live_db, target, files={"big.bin": extra}, now=NOW, progress=lambda d, t: calls.append((d, t)))
    assert calls[0][0] == 0
    done = [d for d, _ in calls]
    assert done == sorted(done)
    total = calls[-1][1]
    assert calls[-1] == (total, total)
    assert total >= extra.stat().st_size
    assert len(calls) > 3


def test_progress_exception_aborts_and_cleans_up(live_db, target):
    class Cancelled(Exception):
        pass

    def cancel(done, total):
        if done > 0:
            raise Cancelled

    with pytest.raises(Cancelled):
        write_backup(live_db, target, now=NOW, progress=cancel)
    assert dir_listing(target) == []


# --------------------------------------------------------------------------
# Failures while writing
# --------------------------------------------------------------------------


def test_missing_target_dir(live_db, tmp_path):
    with pytest.raises(BackupError) as exc:
        write_backup(live_db, tmp_path / "nope", now=NOW)
    assert exc.value.code == "target_missing"
    not_dir = tmp_path / "file"
    not_dir.write_text("x")
    with pytest.raises(BackupError) as exc:
        write_backup(live_db, not_dir, now=NOW)
    assert exc.value.code == "target_missing"


def test_target_not_writable(live_db, target, monkeypatch):
    real_access = os.access
    monkeypatch.setattr(
        ba.os, "access", lambda p, mode, **kw: False if Path(p) == target else real_access(p, mode, **kw)
    )
    with pytest.raises(BackupError) as exc:
        write_backup(live_db, target, now=NOW)
    assert exc.value.code == "target_not_writable"
    assert dir_listing(target) == []


def test_missing_source_database(target, tmp_path):
    with pytest.raises(BackupError) as exc:
        write_backup(tmp_path / "missing.sqlite", target, now=NOW)
    assert exc.value.code == "source_unreadable"
    assert dir_listing(target) == []


def test_missing_extra_file_is_source_unreadable(live_db, target, tmp_path):
    with pytest.raises(BackupError) as exc:
        write_backup(live_db, target, files={"a.txt": tmp_path / "gone.txt"}, now=NOW)
    assert exc.value.code == "source_unreadable"
    assert dir_listing(target) == []


def test_no_space_raises_and_writes_nothing(live_db, target, monkeypatch):
    Usage = namedtuple("Usage", "total used free")
    seen = []

    def fake_disk_usage(path):
        seen.append(Path(path))
        return Usage(10**9, 10**9 - 1000, 1000)

    monkeypatch.setattr(ba.shutil, "disk_usage", fake_disk_usage)
    with pytest.raises(BackupError) as exc:
        write_backup(live_db, target, now=NOW)
    assert exc.value.code == "no_space"
    needed, free = (int(x) for x in exc.value.detail.split())
    assert free == 1000
    db_size = live_db.stat().st_size + Path(f"{live_db}-wal").stat().st_size
    assert needed == int(db_size * 1.2) + 1024 * 1024
    assert seen == [target]
    assert dir_listing(target) == []


def test_space_check_counts_extra_files(live_db, target, tmp_path, monkeypatch):
    extra = tmp_path / "extra.bin"
    extra.write_bytes(b"\0" * 500_000)
    Usage = namedtuple("Usage", "total used free")
    db_size = live_db.stat().st_size + Path(f"{live_db}-wal").stat().st_size
    just_enough_without_extra = int(db_size * 1.2) + 1024 * 1024
    monkeypatch.setattr(ba.shutil, "disk_usage", lambda p: Usage(0, 0, just_enough_without_extra))
    write_backup(live_db, target, now=NOW)  # fits
    with pytest.raises(BackupError) as exc:
        write_backup(live_db, target, files={"extra.bin": extra}, now=NOW)
    assert exc.value.code == "no_space"


class _FailingFile(io.RawIOBase):
    """File proxy that raises ENOSPC once more than ``limit`` bytes were written."""

    def __init__(self, real, limit: int) -> None:
        self._real = real
        self._limit = limit
        self._written = 0

    def write(self, data) -> int:
        if self._written + len(data) > self._limit:
            raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))
        self._written += len(data)
        return self._real.write(data)

    def writable(self) -> bool:
        return True

    def seekable(self) -> bool:
        return True

    def seek(self, *args):
        return self._real.seek(*args)

    def tell(self):
        return self._real.tell()

    def flush(self):
        return self._real.flush()

    def fileno(self):
        return self._real.fileno()

    def close(self):
        try:
            super().close()
        finally:
            self._real.close()


@pytest.fixture
def older_backup(live_db: Path, target: Path) -> tuple[Path, bytes]:
    """An existing backup (from an earlier second) and its exact bytes."""
    older = write_backup(live_db, target, now=NOW.replace(second=0))
    return older.path, older.path.read_bytes()


@pytest.mark.parametrize("fraction", [0.0, 0.3, 0.9, 0.99])
def test_write_failure_leaves_nothing_and_keeps_older_backup(live_db, target, monkeypatch, older_backup, fraction):
    old_path, old_bytes = older_backup
    limit = int(len(old_bytes) * fraction)  # fail at the start, middle or in the central directory
    real_open = ba._open_partial
    monkeypatch.setattr(ba, "_open_partial", lambda p: _FailingFile(real_open(p), limit))
    with pytest.raises(BackupError) as exc:
        write_backup(live_db, target, now=NOW)
    assert exc.value.code == "write_failed"
    assert "No space left" in exc.value.detail or str(errno.ENOSPC) in exc.value.detail
    assert dir_listing(target) == [old_path.name]
    assert old_path.read_bytes() == old_bytes
    assert verify_backup(old_path).ok


def test_fsync_failure_is_write_failed(live_db, target, monkeypatch, older_backup):
    old_path, old_bytes = older_backup

    def failing_fsync(fd):
        raise OSError(errno.EIO, os.strerror(errno.EIO))

    monkeypatch.setattr(ba.os, "fsync", failing_fsync)
    with pytest.raises(BackupError) as exc:
        write_backup(live_db, target, now=NOW)
    monkeypatch.undo()
    assert exc.value.code == "write_failed"
    assert dir_listing(target) == [old_path.name]
    assert old_path.read_bytes() == old_bytes


def test_verification_failure_leaves_no_final_file(live_db, target, monkeypatch, older_backup):
    old_path, old_bytes = older_backup
    monkeypatch.setattr(ba, "check_database_file", lambda p: ["integrity: simulated corruption"])
    with pytest.raises(BackupError) as exc:
        write_backup(live_db, target, now=NOW)
    assert exc.value.code == "verify_failed"
    assert "simulated corruption" in exc.value.detail
    assert dir_listing(target) == [old_path.name]
    assert not (target / f"{BACKUP_PREFIX}20240305-140709.zip").exists()
    assert old_path.read_bytes() == old_bytes


def test_verification_rereads_from_disk(live_db, target, monkeypatch):
    """A byte corrupted on its way to disk is caught before the rename."""
    real_write_zip = ba._write_zip

    def corrupting_write_zip(fh, *args, **kwargs):
        manifest = real_write_zip(fh, *args, **kwargs)
        fh.flush()
        with open(fh.name, "r+b") as raw:  # simulate a bad sector under the data
            raw.seek(200)
            byte = raw.read(1)
            raw.seek(200)
            raw.write(bytes([byte[0] ^ 0xFF]))
        return manifest

    monkeypatch.setattr(ba, "_write_zip", corrupting_write_zip)
    with pytest.raises(BackupError) as exc:
        write_backup(live_db, target, now=NOW)
    assert exc.value.code == "verify_failed"
    assert dir_listing(target) == []


def test_never_overwrites_files_with_taken_names(live_db, target):
    stem = f"{BACKUP_PREFIX}20240305-140709"
    (target / f"{stem}.zip").write_bytes(b"someone else's file")
    (target / f".{stem}-2.zip.partial").write_bytes(b"stale partial from a crash")
    result = write_backup(live_db, target, now=NOW)
    assert result.path.name == f"{stem}-3.zip"
    assert (target / f"{stem}.zip").read_bytes() == b"someone else's file"
    assert (target / f".{stem}-2.zip.partial").read_bytes() == b"stale partial from a crash"


# --------------------------------------------------------------------------
# verify_backup on damaged input
# --------------------------------------------------------------------------


def test_verify_missing_file(tmp_path):
    report = verify_backup(tmp_path / "nope.zip")
    assert not report.ok and codes(report) == {"missing"} and report.manifest is None


def test_verify_directory_is_missing(tmp_path):
    assert codes(verify_backup(tmp_path)) == {"missing"}


def test_verify_zero_bytes(tmp_path):
    path = tmp_path / "empty.zip"
    path.write_bytes(b"")
    report = verify_backup(path)
    assert not report.ok and codes(report) == {"empty"}


def test_verify_not_a_zip(tmp_path):
    path = tmp_path / "notes.zip"
    path.write_text("Ini bukan arsip zip.\n" * 50)
    report = verify_backup(path)
    assert not report.ok and codes(report) == {"not_zip"}


@pytest.mark.parametrize("fraction", [0.1, 0.5, 0.9, 0.999])
def test_verify_truncated(backup, fraction):
    data = backup.read_bytes()
    backup.write_bytes(data[: int(len(data) * fraction)])
    report = verify_backup(backup)
    assert not report.ok
    # Cut inside the seal comment, zipfile still finds the directory; the seal then fails.
    assert codes(report) in ({"not_zip"}, {"hash_mismatch"})


def test_verify_truncated_by_one_byte(backup):
    data = backup.read_bytes()
    backup.write_bytes(data[:-1])
    report = verify_backup(backup)
    assert not report.ok
    # Cut inside the seal comment, zipfile still finds the directory; the seal then fails.
    assert codes(report) in ({"not_zip"}, {"hash_mismatch"})


def test_verify_flipped_byte_in_database_member(backup):
    offset, length = member_data_offset(backup, DATABASE_MEMBER)
    flip_byte(backup, offset + length // 2)
    report = verify_backup(backup)
    assert not report.ok
    assert codes(report) == {"hash_mismatch"}


def test_verify_flipped_byte_in_stored_database_member(backup, tmp_path):
    stored = tmp_path / "stored.zip"
    rewrite_archive(backup, stored, compression=zipfile.ZIP_STORED)
    assert verify_backup(stored).ok  # same content, just not compressed
    offset, length = member_data_offset(stored, DATABASE_MEMBER)
    flip_byte(stored, offset + length // 2)
    report = verify_backup(stored)
    assert not report.ok
    assert codes(report) == {"hash_mismatch"}
    assert DATABASE_MEMBER in report.problems[0][1]


def test_verify_changed_member_with_old_manifest(backup, tmp_path):
    with zipfile.ZipFile(backup) as zf:
        db = bytearray(zf.read(DATABASE_MEMBER))
    db[len(db) // 2] ^= 0x01
    tampered = tmp_path / "tampered.zip"
    rewrite_archive(backup, tampered, replace={DATABASE_MEMBER: bytes(db)})
    report = verify_backup(tampered)
    assert not report.ok
    assert codes(report) == {"hash_mismatch"}
    assert "sha256" in report.problems[0][1]


def test_verify_changed_extra_file(live_db, target, tmp_path):
    src = tmp_path / "a.txt"
    src.write_text("asli")
    result = write_backup(live_db, target, files={"a.txt": src}, now=NOW)
    tampered = tmp_path / "tampered.zip"
    rewrite_archive(result.path, tampered, replace={"files/a.txt": b"palsu"})
    report = verify_backup(tampered)
    assert codes(report) == {"hash_mismatch"}


def test_verify_corrupt_database_with_consistent_manifest(backup, tmp_path):
    """Hashes match but the snapshot itself is a damaged database."""
    with zipfile.ZipFile(backup) as zf:
        db = bytearray(zf.read(DATABASE_MEMBER))
    page_size = int.from_bytes(db[16:18], "big")
    assert len(db) >= 3 * page_size
    for i in range(page_size * 2 + 8, page_size * 3 - 8):  # smash a b-tree page
        db[i] = 0xA5
    manifest = json.loads(manifest_bytes(backup))
    manifest["members"][DATABASE_MEMBER] = {"sha256": hashlib.sha256(db).hexdigest(), "size": len(db)}
    broken = tmp_path / "broken.zip"
    rewrite_archive(backup, broken, replace={DATABASE_MEMBER: bytes(db), MANIFEST_MEMBER: json.dumps(manifest).encode()})
    report = verify_backup(broken)
    assert not report.ok
    assert codes(report) == {"database_corrupt"}


def test_verify_manifest_removed(backup, tmp_path):
    stripped = tmp_path / "stripped.zip"
    rewrite_archive(backup, stripped, drop=(MANIFEST_MEMBER,))
    report = verify_backup(stripped)
    assert not report.ok and codes(report) == {"no_manifest"} and report.manifest is None


def test_verify_future_format_version(backup, tmp_path):
    future = tmp_path / "future.zip"
    rewrite_archive(backup, future, replace={MANIFEST_MEMBER: edited_manifest(backup, format_version=99)})
    report = verify_backup(future)
    assert not report.ok and codes(report) == {"format"}
    assert report.manifest["format_version"] == 99


def test_verify_wrong_format(backup, tmp_path):
    other = tmp_path / "other.zip"
    rewrite_archive(backup, other, replace={MANIFEST_MEMBER: edited_manifest(backup, format="something-else")})
    assert codes(verify_backup(other)) == {"format"}


def test_verify_encrypted_archive_is_refused(backup, tmp_path):
    enc = tmp_path / "enc.zip"
    rewrite_archive(backup, enc, replace={MANIFEST_MEMBER: edited_manifest(backup, encryption={"scheme": "x"})})
    assert codes(verify_backup(enc)) == {"format"}


@pytest.mark.parametrize(
    "payload",
    [b"{not json", b"[1, 2, 3]", b"\xff\xfe\x00", json.dumps({"format": FORMAT, "format_version": "1"}).encode()],
)
def test_verify_bad_manifest(backup, tmp_path, payload):
    bad = tmp_path / "bad.zip"
    rewrite_archive(backup, bad, replace={MANIFEST_MEMBER: payload})
    report = verify_backup(bad)
    assert not report.ok and codes(report) == {"bad_manifest"}


def test_verify_bad_member_table(backup, tmp_path):
    manifest = json.loads(manifest_bytes(backup))
    manifest["members"]["files/../../evil"] = {"sha256": "0" * 64, "size": 1}
    bad = tmp_path / "bad.zip"
    rewrite_archive(backup, bad, replace={MANIFEST_MEMBER: json.dumps(manifest).encode()})
    assert "bad_manifest" in codes(verify_backup(bad))


def test_verify_member_missing(backup, tmp_path):
    manifest = json.loads(manifest_bytes(backup))
    manifest["members"]["files/notes.txt"] = {"sha256": "0" * 64, "size": 3}
    listed = tmp_path / "listed.zip"
    rewrite_archive(backup, listed, replace={MANIFEST_MEMBER: json.dumps(manifest).encode()})
    assert codes(verify_backup(listed)) == {"member_missing"}

    no_db = tmp_path / "no_db.zip"
    rewrite_archive(backup, no_db, drop=(DATABASE_MEMBER,))
    assert codes(verify_backup(no_db)) == {"member_missing"}


def test_verify_unlisted_member(backup, tmp_path):
    extra = tmp_path / "extra.zip"
    rewrite_archive(backup, extra, add={"files/smuggled.txt": b"hello"})
    assert codes(verify_backup(extra)) == {"member_unexpected"}


def test_verify_never_raises_on_random_garbage(tmp_path):
    path = tmp_path / "garbage.zip"
    for seed in range(20):
        data = hashlib.sha256(str(seed).encode()).digest() * (seed * 7 + 1)
        path.write_bytes(b"PK\x03\x04" + data if seed % 2 else data)
        report = verify_backup(path)
        assert not report.ok and report.problems


# --------------------------------------------------------------------------
# read_manifest / extract_database
# --------------------------------------------------------------------------


def test_read_manifest_errors(tmp_path, backup):
    junk = tmp_path / "junk.zip"
    junk.write_text("junk")
    with pytest.raises(BackupError) as exc:
        read_manifest(junk)
    assert exc.value.code == "verify_failed"
    with pytest.raises(BackupError) as exc:
        read_manifest(tmp_path / "missing.zip")
    assert exc.value.code == "verify_failed"
    stripped = tmp_path / "stripped.zip"
    rewrite_archive(backup, stripped, drop=(MANIFEST_MEMBER,))
    with pytest.raises(BackupError) as exc:
        read_manifest(stripped)
    assert exc.value.code == "verify_failed"


def test_extract_database_refuses_damaged_archive(backup, tmp_path):
    offset, length = member_data_offset(backup, DATABASE_MEMBER)
    flip_byte(backup, offset + length // 2)
    dest = tmp_path / "out" / "padi.sqlite"
    dest.parent.mkdir()
    with pytest.raises(BackupError) as exc:
        extract_database(backup, dest)
    assert exc.value.code == "verify_failed"
    assert dir_listing(dest.parent) == []


def test_extract_database_replaces_atomically(backup, tmp_path):
    dest = tmp_path / "out" / "padi.sqlite"
    dest.parent.mkdir()
    dest.write_bytes(b"old")
    extract_database(backup, dest)
    assert dir_listing(dest.parent) == ["padi.sqlite"]
    with zipfile.ZipFile(backup) as zf:
        assert dest.read_bytes() == zf.read(DATABASE_MEMBER)
    assert check_database_file(dest) == []


def test_an_archive_without_its_seal_is_refused(backup, tmp_path):
    """Taken apart and put together again (every member hash right), but without the seal PADI always writes."""
    manifest = json.loads(manifest_bytes(backup))
    del manifest["sealed"]
    bare = tmp_path / "tanpa-segel.zip"
    with zipfile.ZipFile(backup) as zin, zipfile.ZipFile(bare, "w") as zout:
        for item in zin.infolist():
            if item.filename != MANIFEST_MEMBER:
                zout.writestr(item.filename, zin.read(item.filename), compress_type=item.compress_type)
        zout.writestr(MANIFEST_MEMBER, json.dumps(manifest))
    assert codes(verify_backup(bare)) == {"unsealed"}
    with pytest.raises(BackupError):
        extract_database(bare, tmp_path / "keluar.sqlite")


def test_the_manifest_facts_come_from_the_snapshot_and_are_checked(target, tmp_path):
    live_db = tmp_path / "fakta.sqlite"
    make_live_db(live_db).close()
    with contextlib.closing(sqlite3.connect(live_db)) as conn:
        conn.executescript("CREATE TABLE users (id INTEGER PRIMARY KEY); INSERT INTO users VALUES (1), (2);"
                           "CREATE TABLE activity_log (id INTEGER PRIMARY KEY, hash TEXT);"
                           "INSERT INTO activity_log VALUES (1, 'aa'), (2, 'bb');")
    result = write_backup(live_db, target, now=NOW, info={"counts": {"users": 99}, "log_chain_head": "zz"})
    assert result.manifest["counts"] == {"users": 2, "activity_log": 2}
    assert result.manifest["log_chain_head"] == "bb"
    lying = tmp_path / "bohong.zip"
    rewrite_archive(result.path, lying, replace={MANIFEST_MEMBER: edited_manifest(result.path, counts={"users": 3})},
                    compression=zipfile.ZIP_STORED)
    report = verify_backup(lying)
    assert codes(report) == {"manifest_mismatch"} and "counts" in report.problems[0][1]


def test_the_log_head_of_an_empty_log_is_the_genesis_hash(tmp_path):
    from desktop_app.storage.activity_log import GENESIS
    from desktop_app.storage.snapshot import LOG_GENESIS, log_chain_head

    path = tmp_path / "kosong.sqlite"
    with contextlib.closing(sqlite3.connect(path)) as conn:
        conn.execute("CREATE TABLE activity_log (id INTEGER PRIMARY KEY, hash TEXT)")
    assert log_chain_head(path) == LOG_GENESIS == GENESIS
