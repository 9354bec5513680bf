"""Encrypted backups and whole-file tamper detection: wrong passphrase, byte flips in 100 backups, truncation."""

from __future__ import annotations

import io
import random
import sqlite3
from datetime import timedelta
from pathlib import Path

import pytest

from desktop_app.domain.errors import BadInput
from desktop_app.services.archive import backup_crypto
from desktop_app.services.archive.backup_crypto import CryptoError, decrypt_file, encrypt_file
from desktop_app.services.archive.backup_format import (
    BackupError,
    extract_database,
    read_manifest,
    verify_backup,
    write_backup,
)
from desktop_app.storage.snapshot import table_counts
from tests.services.test_backup_archive import NOW, RECORDS, make_live_db

PASSPHRASE = "kunci-cadangan-kantor"


@pytest.fixture(autouse=True)
def cheap_kdf(monkeypatch):
    """scrypt at a test cost (the header records it, so decryption follows)."""
    monkeypatch.setattr(backup_crypto, "KDF_N", 2**10)


@pytest.fixture
def db(tmp_path: Path) -> Path:
    path = tmp_path / "data" / "padi.sqlite"
    path.parent.mkdir()
    make_live_db(path).close()
    return path


@pytest.fixture
def target(tmp_path: Path) -> Path:
    folder = tmp_path / "cadangan"
    folder.mkdir()
    return folder


def flip(path: Path, offset: int, mask: int = 0x01) -> None:
    data = bytearray(path.read_bytes())
    data[offset] ^= mask
    path.write_bytes(bytes(data))


def test_encrypted_backup_round_trips_and_hides_its_content(db, target, tmp_path):
    result = write_backup(db, target, now=NOW, passphrase=PASSPHRASE)
    assert result.path.name.endswith(".padienc")
    raw = result.path.read_bytes()
    assert raw.startswith(backup_crypto.MAGIC)
    assert b"catatan nomor" not in raw and b"manifest.json" not in raw
    assert [p.name for p in target.iterdir()] == [result.path.name]  # no partial, no plain zip left

    assert verify_backup(result.path, PASSPHRASE).ok
    assert read_manifest(result.path, PASSPHRASE)["members"] == result.manifest["members"]
    restored = tmp_path / "restored.sqlite"
    extract_database(result.path, restored, PASSPHRASE)
    assert table_counts(restored, ["record"]) == {"record": RECORDS}


def test_wrong_or_missing_passphrase_is_told_apart_from_damage(db, target, tmp_path):
    path = write_backup(db, target, now=NOW, passphrase=PASSPHRASE).path
    assert {c for c, _ in verify_backup(path, "kunci-yang-salah").problems} == {"wrong_passphrase"}
    assert {c for c, _ in verify_backup(path).problems} == {"passphrase_needed"}
    with pytest.raises(BackupError) as err:
        extract_database(path, tmp_path / "x.sqlite", "kunci-yang-salah")
    assert "wrong_passphrase" in err.value.detail
    assert not (tmp_path / "x.sqlite").exists()


def test_short_passphrases_are_refused_before_anything_is_written(db, target):
    with pytest.raises(BadInput) as err:
        write_backup(db, target, now=NOW, passphrase="pendek")
    assert err.value.code == "passphrase_too_short"
    assert list(target.iterdir()) == []


@pytest.mark.parametrize("encrypted", [False, True], ids=["plain", "encrypted"])
def test_one_flipped_byte_is_detected_in_each_of_100_backups(db, target, encrypted):
    rng = random.Random(20261202 + encrypted)
    undetected = []
    for n in range(100):
        result = write_backup(db, target, now=NOW + timedelta(seconds=n),
                              passphrase=PASSPHRASE if encrypted else None)
        size = result.path.stat().st_size
        offset = rng.randrange(size)
        flip(result.path, offset, 1 << rng.randrange(8))
        report = verify_backup(result.path, PASSPHRASE if encrypted else None)
        if report.ok:
            undetected.append((n, offset, size))
    assert undetected == []


@pytest.mark.parametrize("encrypted", [False, True], ids=["plain", "encrypted"])
def test_truncated_backups_are_refused(db, target, encrypted):
    passphrase = PASSPHRASE if encrypted else None
    path = write_backup(db, target, now=NOW, passphrase=passphrase).path
    data = path.read_bytes()
    for cut in (1, 16, 17, 100, len(data) // 2, len(data) - 1):
        path.write_bytes(data[:cut])
        assert not verify_backup(path, passphrase).ok, cut
    path.write_bytes(b"")
    assert {c for c, _ in verify_backup(path, passphrase).problems} == {"empty"}


def test_chunked_stream_detects_truncation_at_a_chunk_boundary_and_appended_bytes(tmp_path, monkeypatch):
    monkeypatch.setattr(backup_crypto, "CHUNK", 1024)
    src = tmp_path / "plain.bin"
    src.write_bytes(random.Random(1).randbytes(4096))  # exactly 4 chunks
    sealed = io.BytesIO()
    encrypt_file(src, sealed, PASSPHRASE)
    data = sealed.getvalue()
    head_len = len(data) - 4 * (1024 + backup_crypto.TAG)
    enc = tmp_path / "x.padienc"

    def decrypt(blob: bytes) -> bytes:
        enc.write_bytes(blob)
        out = io.BytesIO()
        decrypt_file(enc, out, PASSPHRASE)
        return out.getvalue()

    assert decrypt(data) == src.read_bytes()
    with pytest.raises(CryptoError) as err:
        decrypt(data[: head_len + 3 * (1024 + backup_crypto.TAG)])
    assert err.value.code == "truncated"
    with pytest.raises(CryptoError) as err:
        decrypt(data + b"\x00")
    assert err.value.code == "tampered"
    # Two chunks swapped: each one authenticates only at its own position.
    c = 1024 + backup_crypto.TAG
    swapped = data[:head_len] + data[head_len + c: head_len + 2 * c] + data[head_len: head_len + c] + data[head_len + 2 * c:]
    with pytest.raises(CryptoError) as err:
        decrypt(swapped)
    assert err.value.code == "tampered"


def test_plain_backup_still_needs_no_passphrase(db, target):
    path = write_backup(db, target, now=NOW).path
    assert verify_backup(path, PASSPHRASE).ok  # a passphrase given for a plain file is simply unused
    with sqlite3.connect(db) as conn:
        assert conn.execute("SELECT count(*) FROM record").fetchone()[0] == RECORDS


def test_bytes_no_member_hash_covers_are_sealed(db, target):
    """A timestamp in a local header or the central directory is checked by nothing but the seal."""
    import zipfile

    path = write_backup(db, target, now=NOW).path
    with zipfile.ZipFile(path) as zf:
        info = zf.getinfo("database/padi.sqlite")
        header, directory = info.header_offset, zf.start_dir
    for offset in (header + 10, directory + 12):  # local header mod time; central directory mod time
        data = path.read_bytes()
        flip(path, offset)
        report = verify_backup(path)
        assert not report.ok and {c for c, _ in report.problems} == {"hash_mismatch"}, offset
        path.write_bytes(data)
    assert verify_backup(path).ok


def test_the_header_is_checked_before_any_passphrase_is_needed(db, target, tmp_path):
    """A damaged header is damage even when no passphrase was given (not "passphrase needed")."""
    path = write_backup(db, target, now=NOW, passphrase=PASSPHRASE).path
    data = path.read_bytes()
    start = data.index(b'"chunk": ') + len(b'"chunk": ')
    damaged = tmp_path / "rusak.padienc"
    damaged.write_bytes(data[:start] + b"2" + data[start + 1:])  # 4194304 -> 2194304: still a number
    for passphrase in (None, PASSPHRASE, "kunci-yang-salah"):
        assert {c for c, _ in verify_backup(damaged, passphrase).problems} == {"tampered"}, passphrase
    with pytest.raises(CryptoError) as err:
        backup_crypto.check_header(damaged)
    assert err.value.code == "tampered"
