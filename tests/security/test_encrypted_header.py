"""Issue 14, item 3: the header of an encrypted backup.

The attacks: a damaged header was reported as a wrong passphrase (exit 2: "type it again") instead
of damage (exit 1: "do not use this file"); a crafted header asking scrypt for n=2^20 used 4.3 GB
and ran past 90 s before anything was refused. And archives written by the previous release
(header format 1, without the new key-check value) must still open.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
import os
import struct
from pathlib import Path

import pytest
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.scrypt import Scrypt

from desktop_app.cli import UNKNOWN_BACKUP_WORDS
from desktop_app.cli import main as padi
from desktop_app.services.archive import backup_crypto
from desktop_app.services.archive.backup_crypto import CHUNK, MAGIC

PASSPHRASE = "frasa-sandi-kantor-2026"
pytestmark = pytest.mark.usefixtures("as_demo_user")


@pytest.fixture(autouse=True)
def cheap_kdf(monkeypatch):
    monkeypatch.setattr(backup_crypto, "KDF_N", 2**10)


def run(capsys, *argv: str) -> tuple[int, str, str]:
    capsys.readouterr()
    code = padi(list(argv))
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture
def passfile(tmp_path) -> Path:
    path = tmp_path / "frasa.txt"
    path.write_text(PASSPHRASE + "\n", encoding="utf-8")
    return path


@pytest.fixture
def encrypted(demo_db, tmp_path, passfile, capsys) -> Path:
    stick = tmp_path / "flashdisk"
    stick.mkdir()
    code, out, err = run(capsys, "backup", "--db", str(demo_db), "--to", str(stick), "--user", "admin",
                         "--passphrase-file", str(passfile), "--json")
    assert code == 0, err
    return Path(json.loads(out)["path"])


def header_of(path: Path) -> tuple[dict, int]:
    data = path.read_bytes()
    (length,) = struct.unpack(">I", data[8:12])
    return json.loads(data[12:12 + length]), 12 + length


def with_header(path: Path, dest: Path, fields: dict) -> Path:
    """``path`` with its header replaced by ``fields`` (the ciphertext kept as it was)."""
    _, end = header_of(path)
    header = json.dumps(fields, sort_keys=True).encode()
    dest.write_bytes(MAGIC + struct.pack(">I", len(header)) + header + path.read_bytes()[end:])
    return dest


def other_b64(text: str) -> str:
    """The same base64 text with one character changed into another valid one (still decodes)."""
    first = "B" if text[0] == "A" else "A"
    return first + text[1:]


@pytest.mark.parametrize("field", ["salt", "n", "nonce_prefix", "kcv"])
def test_a_damaged_header_is_damage_not_a_wrong_passphrase(encrypted, demo_db, tmp_path, passfile, field, capsys):
    fields, _ = header_of(encrypted)
    fields[field] = {"salt": other_b64, "nonce_prefix": other_b64, "n": lambda n: n * 2,
                     "kcv": lambda v: ("0" if v[0] != "0" else "1") + v[1:]}[field](fields[field])
    damaged = with_header(encrypted, tmp_path / f"rusak-{field}.padienc", fields)
    code, out, err = run(capsys, "verify", str(damaged), "--passphrase-file", str(passfile))
    assert code == 1, (out, err)
    assert "Frasa sandi cadangan salah" not in err and "frasa sandi salah" not in out
    before = sha(demo_db)
    code, _, err = run(capsys, "restore", str(damaged), "--db", str(demo_db), "--user", "admin",
                       "--passphrase-file", str(passfile), "--accept-unknown", UNKNOWN_BACKUP_WORDS)
    assert code == 1 and "Cadangan ini rusak" in err
    assert sha(demo_db) == before


def test_a_header_changed_by_someone_who_recomputed_its_checksum_is_still_not_a_wrong_passphrase(
        encrypted, tmp_path, passfile, capsys):
    fields, _ = header_of(encrypted)
    fields["nonce_prefix"] = other_b64(fields["nonce_prefix"])
    fields["header_sha256"] = backup_crypto._header_sha256(fields)  # noqa: SLF001 - as a forger would
    changed = with_header(encrypted, tmp_path / "diubah.padienc", fields)
    code, out, err = run(capsys, "verify", str(changed), "--passphrase-file", str(passfile), "--json")
    assert code == 1 and [c for c, _ in json.loads(out)["problems"]] == ["tampered"], (out, err)


def test_a_wrong_passphrase_is_told_by_the_key_check(encrypted, tmp_path, capsys):
    wrong = tmp_path / "salah.txt"
    wrong.write_text("bukan-frasa-yang-benar\n", encoding="utf-8")
    code, _, err = run(capsys, "verify", str(encrypted), "--passphrase-file", str(wrong))
    assert code == 2 and "Frasa sandi cadangan salah" in err


@pytest.mark.parametrize(("n", "r", "p"), [(2**20, 8, 1), (2**17, 32, 1), (2**17, 8, 16), (2**18, 8, 1)])
def test_key_derivation_above_what_padi_writes_is_refused_before_any_work(encrypted, tmp_path, passfile,
                                                                         monkeypatch, capsys, n, r, p):
    fields, _ = header_of(encrypted)
    fields.update(n=n, r=r, p=p)
    fields["header_sha256"] = backup_crypto._header_sha256(fields)  # noqa: SLF001 - a consistent crafted file
    crafted = with_header(encrypted, tmp_path / "mahal.padienc", fields)
    derived = []
    real = backup_crypto.Scrypt
    monkeypatch.setattr(backup_crypto, "Scrypt", lambda **kw: derived.append(kw) or real(**kw))
    for argv in (("verify", str(crafted), "--passphrase-file", str(passfile)), ("verify", str(crafted))):
        code, out, err = run(capsys, *argv)
        assert code == 1 and "RUSAK" in out and "parameter kunci enkripsi melebihi" in out, (out, err)
    code, out, _ = run(capsys, "verify", str(crafted), "--passphrase-file", str(passfile), "--json")
    assert [c for c, _ in json.loads(out)["problems"]] == ["kdf_limits"]
    assert derived == []  # scrypt never ran: no gigabytes, no minutes


# --- archives of the previous release -----------------------------------------------------------
def encrypt_as_release_0_1(src: Path, dest: Path, passphrase: str, n: int = 2**10) -> Path:
    """An encrypted backup exactly as PADI 0.1.0 wrote it (services/backup_crypto.py, header format 1:
    no key-check value, no header SHA-256; the key check is an HMAC of the other fields)."""
    salt, prefix = os.urandom(16), os.urandom(7)
    material = Scrypt(salt=salt, length=64, n=n, r=8, p=1).derive(passphrase.encode("utf-8"))
    key, check_key = material[:32], material[32:]
    fields = {"format": "padi-backup-encrypted", "format_version": 1, "kdf": "scrypt", "n": n, "r": 8, "p": 1,
              "salt": base64.b64encode(salt).decode(), "cipher": "AES-256-GCM", "chunk": CHUNK,
              "nonce_prefix": base64.b64encode(prefix).decode()}
    body = json.dumps(fields, sort_keys=True).encode()
    fields["key_check"] = hmac.new(check_key, body, hashlib.sha256).hexdigest()
    header = json.dumps(fields, sort_keys=True).encode("utf-8")
    head = MAGIC + struct.pack(">I", len(header)) + header
    aad = hashlib.sha256(head).digest()
    plain = src.read_bytes()
    chunks = [plain[i:i + CHUNK] for i in range(0, len(plain), CHUNK)] or [b""]
    with open(dest, "wb") as out:
        out.write(head)
        for index, chunk in enumerate(chunks):
            nonce = prefix + struct.pack(">I", index) + (b"\x01" if index == len(chunks) - 1 else b"\x00")
            out.write(AESGCM(key).encrypt(nonce, chunk, aad))
    return dest


def test_archives_of_the_previous_release_still_open(demo_db, tmp_path, passfile, capsys):
    stick = tmp_path / "flashdisk"
    stick.mkdir()
    code, out, _ = run(capsys, "backup", "--db", str(demo_db), "--to", str(stick), "--user", "admin", "--json")
    plain = Path(json.loads(out)["path"])
    old = encrypt_as_release_0_1(plain, stick / "padi-cadangan-20261130-170000.padienc", PASSPHRASE)
    assert header_of(old)[0]["format_version"] == 1 and "kcv" not in header_of(old)[0]
    code, out, err = run(capsys, "verify", str(old), "--passphrase-file", str(passfile))
    assert code == 0 and "UTUH" in out, err
    wrong = tmp_path / "salah.txt"
    wrong.write_text("bukan-frasa-yang-benar\n", encoding="utf-8")
    code, _, err = run(capsys, "verify", str(old), "--passphrase-file", str(wrong))
    assert code == 2 and "Frasa sandi cadangan salah" in err
    code, out, err = run(capsys, "restore", str(old), "--db", str(demo_db), "--user", "admin",
                         "--passphrase-file", str(passfile), "--accept-unknown", UNKNOWN_BACKUP_WORDS)
    assert code == 0 and "dipulihkan" in out, err


def test_new_archives_carry_the_key_check_value_and_the_header_checksum(encrypted):
    fields, _ = header_of(encrypted)
    assert fields["format_version"] == 2 and len(fields["kcv"]) == 64
    assert fields["header_sha256"] == backup_crypto._header_sha256(fields)  # noqa: SLF001
