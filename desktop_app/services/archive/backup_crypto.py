"""Passphrase encryption of backup archives: scrypt key derivation, AES-256-GCM in authenticated chunks.

An encrypted backup is the plain backup zip, encrypted as a whole into one file::

    MAGIC (8 bytes) | header length (4 bytes, big-endian) | header (UTF-8 JSON) | chunks...

The header names the format version, the KDF and its parameters (scrypt n, r, p and a random
salt), the cipher, the chunk size, a random nonce prefix, a key-check value (``kcv``: HMAC-SHA256
of a fixed text under a second derived key, so it depends on the passphrase and the KDF
parameters only), a key check (HMAC-SHA256 of the header fields under that key) and, outside
every key, the SHA-256 of the header fields (``header_sha256``). Every chunk is AES-GCM
ciphertext + 16-byte tag of at most ``chunk`` plaintext bytes; its nonce is
``prefix(7) | index(4) | last(1)`` and its associated data is the SHA-256 of the magic + header
bytes. So:

* a header damaged on the medium fails its SHA-256 before any key is derived: damage
  (``tampered``), never mistaken for a wrong passphrase;
* KDF parameters above what PADI writes (a crafted file asking scrypt for gigabytes and minutes)
  are refused before any work (``kdf_limits``);
* a wrong passphrase fails the key-check value before any data is decrypted (``wrong_passphrase``);
* any other changed byte of the header, a chunk or a tag fails authentication (``tampered``);
* a truncated file lacks the chunk flagged "last", and bytes appended after it are refused
  (``truncated`` / ``tampered``); chunks cannot be reordered (the index is in the nonce).

The passphrase itself is never stored anywhere.

Format version 1 (PADI 0.1.0) has neither ``kcv`` nor ``header_sha256``: such files still open, but a
failed key check there cannot tell a wrong passphrase from a damaged header and is reported as
``wrong_passphrase``, as that release did. KDF limits apply to them too.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
import os
import struct
from collections.abc import Callable
from pathlib import Path
from typing import IO

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.scrypt import Scrypt

from desktop_app.domain.errors import BadInput, PadiError

__all__ = [
    "ENCRYPTED_SUFFIX",
    "MAGIC",
    "CryptoError",
    "check_header",
    "decrypt_file",
    "encrypt_file",
    "is_encrypted",
    "read_header",
]

MAGIC = b"PADIENC\x01"
ENCRYPTED_SUFFIX = ".padienc"
FORMAT = "padi-backup-encrypted"
FORMAT_VERSION = 2
READABLE_VERSIONS = (1, 2)
CHUNK = 4 * 1024 * 1024
TAG = 16
#: scrypt cost: n=2**17, r=8 takes ~0.3 s and 128 MiB (tests lower it; the header records it).
KDF_N = 2**17
KDF_R = 8
KDF_P = 1
#: The most PADI ever asks of scrypt and of one chunk when reading: what it writes, not a byte more
#: (raise these together with the values written, never alone).
MAX_KDF_N, MAX_KDF_R, MAX_KDF_P, MAX_CHUNK = 2**17, 8, 1, CHUNK
_MAX_HEADER = 64 * 1024
_MIN_PASSPHRASE = 8
_KCV_TEXT = b"PADI backup key check"


class CryptoError(PadiError):
    """An encrypted backup cannot be read: ``wrong_passphrase``, ``tampered``, ``truncated``,
    ``kdf_limits``, ``not_encrypted`` or ``passphrase_needed``. (A too short new passphrase is
    BadInput ``passphrase_too_short``.)"""


def is_encrypted(path: Path) -> bool:
    """Whether a file starts with the encrypted-backup marker (False when unreadable)."""
    try:
        with open(path, "rb") as fh:
            return fh.read(len(MAGIC)) == MAGIC
    except OSError:
        return False


MIN_PASSPHRASE = _MIN_PASSPHRASE


def check_passphrase(passphrase: str) -> None:
    """Refuse passphrases too short to protect a whole office's data."""
    if len(passphrase.strip()) < _MIN_PASSPHRASE:
        raise BadInput("passphrase_too_short", str(_MIN_PASSPHRASE))


def _check_kdf(n: object, r: object, p: object) -> None:
    """Refuse KDF parameters PADI never writes, before any work (CryptoError ``kdf_limits``)."""
    if not all(isinstance(v, int) and not isinstance(v, bool) for v in (n, r, p)):
        raise CryptoError("tampered", f"KDF parameters are not whole numbers: n={n!r} r={r!r} p={p!r}")
    if not (2 <= n <= MAX_KDF_N and n & (n - 1) == 0 and 1 <= r <= MAX_KDF_R and 1 <= p <= MAX_KDF_P):
        raise CryptoError("kdf_limits", f"n={n} r={r} p={p} (PADI writes at most n={MAX_KDF_N} r={MAX_KDF_R} "
                                        f"p={MAX_KDF_P})")


def _derive(passphrase: str, salt: bytes, n: int, r: int, p: int) -> tuple[bytes, bytes]:
    """(encryption key, key-check key) from the passphrase."""
    _check_kdf(n, r, p)
    material = Scrypt(salt=salt, length=64, n=n, r=r, p=p).derive(passphrase.encode("utf-8"))
    return material[:32], material[32:]


def _key_check(check_key: bytes, fields: dict) -> str:
    body = json.dumps({k: v for k, v in fields.items() if k not in ("key_check", "header_sha256")},
                      sort_keys=True).encode()
    return hmac.new(check_key, body, hashlib.sha256).hexdigest()


def _key_check_value(check_key: bytes) -> str:
    """Depends on the passphrase and the KDF parameters only: tells a wrong passphrase apart."""
    return hmac.new(check_key, _KCV_TEXT, hashlib.sha256).hexdigest()


def _header_sha256(fields: dict) -> str:
    """The SHA-256 of every other header field (no key): damage shows before any key is derived."""
    body = json.dumps({k: v for k, v in fields.items() if k != "header_sha256"}, sort_keys=True).encode()
    return hashlib.sha256(body).hexdigest()


def _nonce(prefix: bytes, index: int, last: bool) -> bytes:
    return prefix + struct.pack(">I", index) + (b"\x01" if last else b"\x00")


def encrypt_file(src: Path, out: IO[bytes], passphrase: str, *, kdf_n: int | None = None,
                 progress: Callable[[int], None] | None = None) -> dict:
    """Encrypt ``src`` into the open binary file ``out``; return the header written.

    ``progress(plaintext_bytes_done)`` is called after each chunk (it may raise to abort).
    """
    check_passphrase(passphrase)
    kdf_n = kdf_n or KDF_N
    salt, prefix = os.urandom(16), os.urandom(7)
    key, check_key = _derive(passphrase, salt, kdf_n, KDF_R, KDF_P)
    fields = {"format": FORMAT, "format_version": FORMAT_VERSION, "kdf": "scrypt", "n": kdf_n, "r": KDF_R,
              "p": KDF_P, "salt": base64.b64encode(salt).decode(), "cipher": "AES-256-GCM", "chunk": CHUNK,
              "nonce_prefix": base64.b64encode(prefix).decode(), "kcv": _key_check_value(check_key)}
    fields["key_check"] = _key_check(check_key, fields)
    fields["header_sha256"] = _header_sha256(fields)
    header = json.dumps(fields, sort_keys=True).encode("utf-8")
    head = MAGIC + struct.pack(">I", len(header)) + header
    aad = hashlib.sha256(head).digest()
    out.write(head)
    aead = AESGCM(key)
    size = os.stat(src).st_size
    done = index = 0
    with open(src, "rb") as fh:
        while True:
            chunk = fh.read(CHUNK)
            done += len(chunk)
            last = done >= size
            out.write(aead.encrypt(_nonce(prefix, index, last), chunk, aad))
            index += 1
            if progress is not None:
                progress(done)
            if last:
                break
    return fields


def read_header(fh: IO[bytes]) -> tuple[dict, bytes]:
    """Read and check the header from the start of ``fh``; (fields, magic+header bytes).

    Damage (``tampered``/``truncated``) and KDF parameters PADI never writes (``kdf_limits``) are
    refused here, before any key is derived; no passphrase is needed for that.
    """
    magic = fh.read(len(MAGIC))
    if magic != MAGIC:
        raise CryptoError("not_encrypted", "no encrypted-backup marker")
    raw_len = fh.read(4)
    if len(raw_len) != 4:
        raise CryptoError("truncated", "header length missing")
    (length,) = struct.unpack(">I", raw_len)
    if not 0 < length <= _MAX_HEADER:
        raise CryptoError("tampered", f"header length {length}")
    header = fh.read(length)
    if len(header) != length:
        raise CryptoError("truncated", "header cut short")
    try:
        fields = json.loads(header.decode("utf-8"))
        if not isinstance(fields, dict):
            raise ValueError("header is not an object")
        if fields.get("format") != FORMAT:
            raise ValueError(f"format {fields.get('format')!r}")
        version = fields.get("format_version")
        if version not in READABLE_VERSIONS or isinstance(version, bool):
            raise ValueError(f"format_version {version!r}")
        if version >= 2 and fields.get("header_sha256") != _header_sha256(fields):
            raise ValueError("the header's fields differ from its SHA-256 (damaged)")
        base64.b64decode(fields["salt"], validate=True)
        if len(base64.b64decode(fields["nonce_prefix"], validate=True)) != 7:
            raise ValueError("nonce prefix")
        if not isinstance(fields["chunk"], int) or not 1 <= fields["chunk"] <= 64 * 1024 * 1024:
            raise ValueError("chunk size")
    except (ValueError, KeyError, TypeError, UnicodeDecodeError) as exc:
        raise CryptoError("tampered", f"header unreadable: {exc}") from exc
    _check_kdf(fields.get("n"), fields.get("r"), fields.get("p"))
    if fields["chunk"] > MAX_CHUNK:
        raise CryptoError("kdf_limits", f"chunk {fields['chunk']} (PADI writes at most {MAX_CHUNK})")
    return fields, magic + raw_len + header


def check_header(path: Path) -> dict:
    """Read and check an encrypted backup's header without any passphrase; its fields.

    Raises CryptoError ``tampered``/``truncated``/``kdf_limits``/``not_encrypted``; OSError when unreadable.
    """
    with open(path, "rb") as fh:
        return read_header(fh)[0]


def decrypt_file(src: Path, out: IO[bytes], passphrase: str,
                 progress: Callable[[int], None] | None = None) -> dict:
    """Decrypt ``src`` into the open binary file ``out``, authenticating every byte; return the header.

    Raises CryptoError (``wrong_passphrase``, ``tampered``, ``truncated``, ``not_encrypted``). On an
    error, ``out`` may hold a partial plaintext: the caller must discard it.
    """
    with open(src, "rb") as fh:
        fields, head = read_header(fh)
        try:
            key, check_key = _derive(passphrase, base64.b64decode(fields["salt"]), fields["n"], fields["r"],
                                     fields["p"])
        except (TypeError, ValueError) as exc:
            raise CryptoError("tampered", f"KDF parameters: {exc}") from exc
        if fields["format_version"] >= 2:
            if not hmac.compare_digest(_key_check_value(check_key), str(fields.get("kcv", ""))):
                raise CryptoError("wrong_passphrase")
            if not hmac.compare_digest(_key_check(check_key, fields), str(fields.get("key_check", ""))):
                raise CryptoError("tampered", "the header was changed (its key check fails with the right passphrase)")
        elif not hmac.compare_digest(_key_check(check_key, fields), str(fields.get("key_check", ""))):
            raise CryptoError("wrong_passphrase")  # version 1 cannot tell a damaged header apart
        aad = hashlib.sha256(head).digest()
        prefix = base64.b64decode(fields["nonce_prefix"])
        aead = AESGCM(key)
        sealed_size = fields["chunk"] + TAG
        remaining = os.fstat(fh.fileno()).st_size - len(head)
        index = done = 0
        while True:
            sealed = fh.read(sealed_size)
            remaining -= len(sealed)
            if len(sealed) < TAG:
                raise CryptoError("truncated", f"chunk {index} missing")
            last = remaining == 0
            try:
                plain = aead.decrypt(_nonce(prefix, index, last), sealed, aad)
            except InvalidTag:
                if last and len(sealed) == sealed_size:
                    # A full-size chunk that fails as "last" is a cut-off file if it verifies as "not last".
                    try:
                        aead.decrypt(_nonce(prefix, index, False), sealed, aad)
                    except InvalidTag:
                        pass
                    else:
                        raise CryptoError("truncated", f"file ends after chunk {index}") from None
                raise CryptoError("tampered", f"chunk {index} failed authentication") from None
            out.write(plain)
            done += len(plain)
            index += 1
            if progress is not None:
                progress(done)
            if last:
                return fields


def decrypt_to(src: Path, dest: Path, passphrase: str) -> dict:
    """Decrypt ``src`` into a new file ``dest`` (removed again on any failure)."""
    try:
        with open(dest, "xb") as out:
            return decrypt_file(Path(src), out, passphrase)
    except BaseException:
        Path(dest).unlink(missing_ok=True)
        raise
