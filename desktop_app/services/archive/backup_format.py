"""Write, verify and unpack PADI backup archives (a zip with a hashed manifest).

A backup archive is an ordinary zip file named
``padi-cadangan-YYYYMMDD-HHMMSS.zip`` (``-2``, ``-3``... when the name is
taken) holding:

* ``database/padi.sqlite`` - a consistent snapshot of the live database,
  taken with :func:`desktop_app.storage.snapshot.snapshot_database`;
* ``files/<key>`` - optional extra files passed by the caller;
* ``manifest.json`` - written last: the format marker, the creation time, the
  SHA-256 and size of every other member, caller-supplied information (app
  version...) and what the snapshot itself holds: its schema revision, the row
  counts of the main tables and the activity log's chain head.

:func:`write_backup` never leaves a half-written archive behind: it writes to a
hidden ``.<name>.partial`` file, fsyncs it, re-reads it from disk and verifies
every member (hashes and a full SQLite integrity check of the snapshot) before
atomically renaming it to its final name. :func:`verify_backup` runs the same
checks on any file and reports problems instead of raising: an archive without
its seal is refused (``unsealed``), and the manifest's schema revision, counts
and log chain head must be what the database inside holds (``manifest_mismatch``).
The seal and the hashes are checksums anyone can recompute; whether an archive
was really made by this office is told by its SHA-256 in the office's
hash-chained activity log (services.archive / services.restore).

With a passphrase the whole zip is encrypted by
:mod:`desktop_app.services.archive.backup_crypto` into ``padi-cadangan-...``
``.padienc`` (the zip inside is the same format); verifying or unpacking such
a file needs the passphrase. Archives whose manifest carries an
``"encryption"`` entry or a newer format version are refused instead of
misread.

Only the standard library is used (no Qt), so the GUI and the command line can
share this module.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import re
import shutil
import sqlite3
import tempfile
import threading
import zipfile
import zlib
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path, PurePosixPath, PureWindowsPath
from typing import IO, Any

from desktop_app.domain.errors import PadiError
from desktop_app.services.archive import backup_crypto
from desktop_app.storage.durable import sync_folder
from desktop_app.storage.snapshot import (
    check_database_file,
    log_chain_head,
    schema_revision,
    snapshot_database,
    table_counts,
)

__all__ = [
    "BACKUP_PREFIX",
    "BACKUP_SUFFIX",
    "COUNTED_TABLES",
    "DATABASE_MEMBER",
    "FILES_PREFIX",
    "FORMAT",
    "FORMAT_VERSION",
    "MANIFEST_MEMBER",
    "BackupError",
    "BackupResult",
    "VerifyReport",
    "archive_sha256",
    "database_facts",
    "extract_database",
    "is_backup_name",
    "read_manifest",
    "verify_backup",
    "write_backup",
]

BACKUP_PREFIX = "padi-cadangan-"
BACKUP_SUFFIX = ".zip"
FORMAT = "padi-backup"
FORMAT_VERSION = 1

DATABASE_MEMBER = "database/padi.sqlite"
FILES_PREFIX = "files/"
MANIFEST_MEMBER = "manifest.json"

#: Manifest keys owned by this module; ``info`` may not override them.
_RESERVED_KEYS = frozenset({"format", "format_version", "created_at", "members", "sealed"})

#: Tables whose row counts the manifest records (the keys are the table names).
COUNTED_TABLES = ("users", "datasets", "dataset_rows", "publications", "activity_log")

#: The zip comment of a sealed archive: this prefix, then the SHA-256 (hex) of every byte of the
#: file except the data of stored (uncompressed) members listed in the manifest, with those 64
#: hex characters read as "0". The stored data is covered by the member's own SHA-256; the seal
#: covers everything else (headers, timestamps, attributes, deflated data, the directory, the
#: manifest), so any changed byte is detected, and each byte is hashed only once.
_SEAL_PREFIX = b"padi-sha256:"
_SEAL_HEX = 64

_CHUNK = 4 * 1024 * 1024
_MIB = 1024 * 1024
_SPACE_FACTOR = 1.2
#: A manifest bigger than this is not ours (protects against zip bombs).
_MAX_MANIFEST_BYTES = 16 * _MIB
_SHA256_RE = re.compile(r"^[0-9a-f]{64}$")


class BackupError(PadiError):
    """A backup could not be written, verified or unpacked.

    ``code`` is a stable machine-readable reason (``target_missing``,
    ``target_not_writable``, ``no_space``, ``write_failed``, ``verify_failed``,
    ``source_unreadable``) for the UI to translate; ``detail`` is technical text
    for logs.
    """

    TARGET_PROBLEMS = ("target_missing", "target_not_writable", "no_space", "write_failed")
    """Codes about the place the user chose (bad input: exit 2), not about the backup itself (exit 1)."""

    @property
    def exit_code(self) -> int:
        return 2 if self.code in self.TARGET_PROBLEMS else 1


@dataclass(frozen=True)
class BackupResult:
    """What :func:`write_backup` produced: the final archive and its manifest."""

    path: Path
    sha256: str
    size: int
    created_at: datetime
    manifest: dict


@dataclass(frozen=True)
class VerifyReport:
    """Outcome of :func:`verify_backup`: ``ok`` plus ``(code, detail)`` problems.

    ``manifest`` is the parsed manifest when it could be read (even if other
    checks failed), else None.
    """

    ok: bool
    problems: tuple[tuple[str, str], ...]
    manifest: dict | None


# --------------------------------------------------------------------------
# Small helpers
# --------------------------------------------------------------------------


def _validate_file_key(key: object) -> str:
    """Return ``key`` if it is a safe relative POSIX path, else raise ValueError."""
    if not isinstance(key, str) or not key:
        raise ValueError(f"file key must be a non-empty string: {key!r}")
    if "\\" in key or "\x00" in key:
        raise ValueError(f"file key must be a POSIX path without backslashes: {key!r}")
    if key.startswith("/") or PurePosixPath(key).is_absolute():
        raise ValueError(f"file key must be relative: {key!r}")
    win = PureWindowsPath(key)
    if win.drive or win.is_absolute():
        raise ValueError(f"file key must be relative: {key!r}")
    parts = key.split("/")
    if any(part in ("", ".", "..") for part in parts):
        raise ValueError(f"file key must not contain '..', '.' or empty parts: {key!r}")
    return key


def _is_safe_member_name(name: str) -> bool:
    """Tell whether an archive member name is one this format could have written."""
    if name in (DATABASE_MEMBER, MANIFEST_MEMBER):
        return True
    if not name.startswith(FILES_PREFIX):
        return False
    try:
        _validate_file_key(name[len(FILES_PREFIX) :])
    except ValueError:
        return False
    return True


def _remove_quietly(path: Path) -> None:
    """Delete ``path`` if it exists, ignoring errors (best-effort cleanup)."""
    with contextlib.suppress(OSError):
        os.remove(path)


class _Background:
    """Run ``func(*args)`` on a thread; ``result()`` waits and returns it (or re-raises its error)."""

    def __init__(self, func: Callable[..., Any], *args: Any) -> None:
        self._value: Any = None
        self._error: BaseException | None = None

        def run() -> None:
            try:
                self._value = func(*args)
            except BaseException as exc:  # noqa: BLE001 - handed to the caller by result()
                self._error = exc

        self._thread = threading.Thread(target=run, name="padi-backup-check", daemon=True)
        self._thread.start()

    def join(self) -> None:
        self._thread.join()

    def result(self) -> Any:
        self._thread.join()
        if self._error is not None:
            raise self._error
        return self._value


class _HashingWriter:
    """A forward-only file wrapper hashing every byte written.

    zipfile sees it as unseekable and so streams members with data descriptors instead of seeking
    back to patch headers, which lets the whole-file seal be hashed while writing.
    """

    def __init__(self, fh: IO[bytes]) -> None:
        self._fh = fh
        self.digest = hashlib.sha256()  # every byte: the archive's SHA-256
        self.seal = hashlib.sha256()  # every byte but stored member data
        self.in_stored_data = False
        self._pos = 0
        self._last = b""  # the latest write, hashed late: the file's last bytes become the seal

    def write(self, data: bytes) -> int:
        self._fh.write(data)
        self.digest.update(self._last)
        self._last = bytes(data)
        if not self.in_stored_data:
            self.seal.update(data)
        self._pos += len(data)
        return len(data)

    def tell(self) -> int:
        return self._pos

    def finish(self, seal: bytes) -> str:
        """The SHA-256 of the file once its last ``len(seal)`` bytes are replaced by ``seal``."""
        self.digest.update(self._last[: len(self._last) - len(seal)] + seal)
        return self.digest.hexdigest()

    def seekable(self) -> bool:
        return False

    def flush(self) -> None:
        self._fh.flush()


def _stored_regions(path: Path, zf: zipfile.ZipFile, listed: Mapping[str, Any]) -> list[tuple[int, int]]:
    """(offset, length) of the data of every stored member the manifest lists, in file order."""
    regions = []
    with open(path, "rb") as fh:
        for info in zf.infolist():
            if info.compress_type != zipfile.ZIP_STORED or info.filename not in listed:
                continue
            fh.seek(info.header_offset)
            header = fh.read(30)
            if len(header) != 30:
                raise ValueError("local header cut off")
            start = info.header_offset + 30 + int.from_bytes(header[26:28], "little") + int.from_bytes(
                header[28:30], "little")
            regions.append((start, info.compress_size))
    return sorted(regions)


def _check_seal(path: Path, zf: zipfile.ZipFile, listed: Mapping[str, Any]) -> tuple[str, str] | None:
    """Check the seal of a sealed archive (see ``_SEAL_PREFIX``); a problem or None."""
    try:
        regions = _stored_regions(path, zf, listed)
    except ValueError as exc:
        return ("hash_mismatch", f"the archive's seal cannot be checked: {exc}")
    size = os.stat(path).st_size
    body = size - _SEAL_HEX
    sealed = hashlib.sha256()
    pos = 0
    with open(path, "rb") as fh:
        for start, length in [*regions, (body, 0)]:
            if start < pos or start > body:
                return ("hash_mismatch", "the archive's members overlap or run past its end")
            fh.seek(pos)
            remaining = start - pos
            while remaining > 0 and (chunk := fh.read(min(_CHUNK, remaining))):
                sealed.update(chunk)
                remaining -= len(chunk)
            pos = start + length
        fh.seek(max(0, body - len(_SEAL_PREFIX)))
        prefix = fh.read(len(_SEAL_PREFIX))
        tail = fh.read()
    sealed.update(b"0" * _SEAL_HEX)
    if prefix != _SEAL_PREFIX or len(tail) != _SEAL_HEX:
        return ("hash_mismatch", "the archive's seal is missing or cut off")
    if tail.decode("ascii", "replace") != sealed.hexdigest():
        return ("hash_mismatch", "the archive's bytes differ from its seal")
    return None


def _hash_stream(stream: IO[bytes]) -> tuple[str, int]:
    """Return (sha256 hex, byte count) of everything readable from ``stream``."""
    digest = hashlib.sha256()
    size = 0
    while chunk := stream.read(_CHUNK):
        digest.update(chunk)
        size += len(chunk)
    return digest.hexdigest(), size


def _open_partial(path: Path) -> IO[bytes]:
    """Create the partial archive file exclusively (never overwrite anything)."""
    return open(path, "xb")  # noqa: SIM115 - closed by the caller


def _choose_name(target_dir: Path, now: datetime, suffix: str = BACKUP_SUFFIX) -> str:
    """Pick a free final archive name for ``now`` (adding -2, -3... if taken)."""
    stem = f"{BACKUP_PREFIX}{now:%Y%m%d-%H%M%S}"
    n = 1
    while True:
        name = f"{stem}{suffix}" if n == 1 else f"{stem}-{n}{suffix}"
        if not os.path.lexists(target_dir / name) and not os.path.lexists(
            target_dir / f".{name}.partial"
        ):
            return name
        n += 1


def _file_size(path: Path) -> int:
    """Size of ``path`` in bytes, 0 if it does not exist."""
    try:
        return os.stat(path).st_size
    except FileNotFoundError:
        return 0


# --------------------------------------------------------------------------
# Writing
# --------------------------------------------------------------------------


def write_backup(
    db_path: Path | None,
    target_dir: Path,
    *,
    snapshot: Callable[[Path], None] | None = None,
    source_size: int = 0,
    files: Mapping[str, Path] = {},  # noqa: B006 - read-only default
    info: Mapping[str, object] = {},  # noqa: B006 - read-only default
    now: datetime,
    progress: Callable[[int, int], None] | None = None,
    passphrase: str | None = None,
) -> BackupResult:
    """Write a verified backup archive of the database (and extra files) into ``target_dir``.

    Steps: check the target folder and free space, snapshot the database into
    the system temp dir, write ``.<name>.partial`` in ``target_dir`` (database,
    ``files/<key>`` members, ``manifest.json`` last), fsync it, re-read and
    verify it from disk, then atomically rename it to
    ``padi-cadangan-YYYYMMDD-HHMMSS[-N].zip``.

    ``snapshot(dest)``, when given, writes the database member instead of SQLite's backup API (a
    PostgreSQL office: a consistent copy into a SQLite file); ``db_path`` is then None and
    ``source_size`` estimates the bytes it takes.

    ``files`` maps relative POSIX keys to source files (keys with ``..`` or
    absolute paths raise ValueError). ``info`` is merged into the manifest; it
    must be JSON-serialisable and may not use the keys ``format``,
    ``format_version``, ``created_at`` or ``members`` (ValueError). The
    manifest's ``schema_revision``, ``counts`` and ``log_chain_head`` are always
    taken from the snapshot itself (whatever ``info`` says).
    ``progress(done, total)`` is called with byte counts as members are
    written; an exception raised by it aborts the backup (the partial file is
    removed and the exception propagates). With a ``passphrase`` the zip is
    built in the temp dir, encrypted into the partial file and verified by
    decrypting it again before the rename (name ending ``.padienc``).

    Raises BackupError with code ``target_missing``, ``target_not_writable``,
    ``no_space``, ``source_unreadable``, ``write_failed`` or ``verify_failed``.
    On any failure no partial or final file is left and no other file in
    ``target_dir`` is touched.
    """
    db_path = Path(db_path) if db_path is not None else None
    target_dir = Path(target_dir)

    # Validate the caller's input before touching anything.
    members_src = _file_members(files, info)
    if passphrase is not None:
        backup_crypto.check_passphrase(passphrase)

    _check_target(target_dir)  # 1.
    _check_space(target_dir, db_path, source_size, members_src)  # 2.

    snapshot_into = snapshot
    with tempfile.TemporaryDirectory(prefix="padi-backup-") as tmp:
        # 3. Snapshot.
        snapshot = Path(tmp) / "padi.sqlite"
        revision = _snapshot(db_path, snapshot_into, snapshot)
        members_src = {DATABASE_MEMBER: snapshot, **members_src}

        # SQLite's integrity and foreign-key checks of the snapshot run on a second thread while
        # the archive is written (sqlite3 releases the GIL); the archive's database member is then
        # proven to be these very bytes by its SHA-256 on re-reading, so it is not unpacked again.
        # What the manifest says the snapshot holds is read from the snapshot meanwhile too.
        check = _Background(check_database_file, snapshot)
        facts = _Background(database_facts, snapshot)
        try:
            # 4-7. Partial file, verification, rename.
            return _write_archive(
                target_dir,
                members_src,
                info=info,
                revision=revision,
                now=now,
                progress=progress,
                passphrase=passphrase,
                tmp=Path(tmp),
                snapshot_check=check,
                facts=facts,
            )
        except sqlite3.Error as exc:  # the facts could not be read from the snapshot
            raise BackupError("source_unreadable", f"cannot read the snapshot: {exc}") from exc
        finally:
            check.join()  # never delete the snapshot under a running check
            facts.join()


def _file_members(files: Mapping[str, Path], info: Mapping[str, object]) -> dict[str, Path]:
    """The archive's ``files/<key>`` members from the caller's ``files``; ValueError for a bad key or
    an ``info`` that would override the manifest's own keys or is not JSON-serialisable."""
    members_src: dict[str, Path] = {}
    for key, src in files.items():
        members_src[FILES_PREFIX + _validate_file_key(key)] = Path(src)
    bad_keys = _RESERVED_KEYS.intersection(info)
    if bad_keys:
        raise ValueError(f"info may not override manifest keys: {sorted(bad_keys)}")
    try:
        json.dumps(dict(info))
    except (TypeError, ValueError) as exc:
        raise ValueError(f"info must be JSON-serialisable: {exc}") from exc
    return members_src


def _check_target(target_dir: Path) -> None:
    """The target folder exists and is writable (BackupError ``target_missing``, ``target_not_writable``)."""
    if not target_dir.exists():
        raise BackupError("target_missing", f"folder does not exist: {target_dir}")
    if not target_dir.is_dir():
        raise BackupError("target_missing", f"not a folder: {target_dir}")
    if not os.access(target_dir, os.W_OK | os.X_OK):
        raise BackupError("target_not_writable", f"folder is not writable: {target_dir}")


def _check_space(target_dir: Path, db_path: Path | None, source_size: int, members_src: Mapping[str, Path]) -> None:
    """The sources are readable files and the target has room for them (BackupError ``source_unreadable``,
    ``target_not_writable``, ``no_space``); ``source_size`` stands for the database without ``db_path``."""
    if db_path is not None and not db_path.is_file():
        raise BackupError("source_unreadable", f"database file not found: {db_path}")
    try:
        source_bytes = source_size if db_path is None else os.stat(db_path).st_size + _file_size(
            db_path.with_name(db_path.name + "-wal")
        )
        for name, src in members_src.items():
            if not src.is_file():
                raise BackupError("source_unreadable", f"not a file: {src} ({name})")
            source_bytes += os.stat(src).st_size
    except OSError as exc:
        raise BackupError("source_unreadable", str(exc)) from exc
    needed = int(source_bytes * _SPACE_FACTOR) + _MIB
    try:
        free = shutil.disk_usage(target_dir).free
    except OSError as exc:
        raise BackupError("target_not_writable", str(exc)) from exc
    if free < needed:
        raise BackupError("no_space", f"{needed} {free}")


def _snapshot(db_path: Path | None, snapshot_into: Callable[[Path], None] | None, dest: Path) -> str | None:
    """Snapshot the database into ``dest`` (``snapshot_into`` when given, else SQLite's backup API of
    ``db_path``); its schema revision. BackupError ``source_unreadable`` when that fails."""
    try:
        if snapshot_into is not None:
            snapshot_into(dest)
        else:
            snapshot_database(db_path, dest)
        return schema_revision(dest)
    except Exception as exc:  # sqlite3.Error, OSError
        raise BackupError("source_unreadable", f"cannot snapshot database: {exc}") from exc


def database_facts(path: Path) -> dict[str, Any]:
    """What a manifest records about its database: row counts of the main tables and the log's chain head.

    Raises ``sqlite3.Error`` when the file cannot be read.
    """
    return {"counts": table_counts(path, COUNTED_TABLES), "log_chain_head": log_chain_head(path)}


def _facts_problems(db_file: Path, manifest: Mapping[str, Any]) -> list[tuple[str, str]]:
    """Differences between what the manifest says and what the database inside holds."""
    try:
        revision = schema_revision(db_file)
        facts = database_facts(db_file)
    except sqlite3.Error as exc:
        return [("database_corrupt", f"cannot read the database: {exc}")]
    problems = []
    if manifest.get("schema_revision") != revision:
        problems.append(("manifest_mismatch", f"schema revision {manifest.get('schema_revision')!r} in the "
                                              f"manifest, {revision!r} in the database"))
    if manifest.get("counts") != facts["counts"]:
        problems.append(("manifest_mismatch", f"counts {manifest.get('counts')!r} in the manifest, "
                                              f"{facts['counts']!r} in the database"))
    if manifest.get("log_chain_head") != facts["log_chain_head"]:
        problems.append(("manifest_mismatch", f"log chain head {manifest.get('log_chain_head')!r} in the "
                                              f"manifest, {facts['log_chain_head']!r} in the database"))
    return problems


def _write_archive(
    target_dir: Path,
    members_src: Mapping[str, Path],
    *,
    info: Mapping[str, object],
    revision: str | None,
    now: datetime,
    progress: Callable[[int, int], None] | None,
    passphrase: str | None = None,
    tmp: Path | None = None,
    snapshot_check: _Background | None = None,
    facts: _Background | None = None,
) -> BackupResult:
    """Write, fsync, verify and publish the archive; clean up on any failure."""
    suffix = backup_crypto.ENCRYPTED_SUFFIX if passphrase else BACKUP_SUFFIX
    final_name = _choose_name(target_dir, now, suffix)
    partial = target_dir / f".{final_name}.partial"
    try:
        total = sum(os.stat(src).st_size for src in members_src.values())
    except OSError as exc:
        raise BackupError("source_unreadable", str(exc)) from exc

    try:
        fh = _open_partial(partial)
    except FileExistsError as exc:
        raise BackupError("write_failed", f"name taken concurrently: {exc}") from exc
    except PermissionError as exc:
        raise BackupError("target_not_writable", str(exc)) from exc
    except OSError as exc:
        raise BackupError("write_failed", str(exc)) from exc

    published = False
    try:
        # 4-5. Members, then the manifest last; fsynced.
        manifest, written_sha256 = _write_content(fh, target_dir, members_src, info=info, revision=revision,
                                                  now=now, total=total, progress=progress, passphrase=passphrase,
                                                  tmp=tmp, facts=facts)
        _verify_written(partial, manifest, passphrase, snapshot_check)  # 6.

        # 7. Publish under the final name. Re-check in case another writer
        # took the name meanwhile: never overwrite an existing backup.
        final = target_dir / final_name
        if os.path.lexists(final):
            final = target_dir / _choose_name(target_dir, now, suffix)
        try:
            os.replace(partial, final)
            published = True
            sync_folder(target_dir)
            size = os.stat(final).st_size
            # A plain archive was hashed while written, and re-reading proved the disk holds those bytes.
            digest = archive_sha256(final) if passphrase else written_sha256
        except OSError as exc:
            if published:
                _remove_quietly(final)
            raise BackupError("write_failed", str(exc)) from exc
    except BaseException:
        if not published:
            _remove_quietly(partial)
        raise

    return BackupResult(path=final, sha256=digest, size=size, created_at=now, manifest=manifest)


def _write_content(
    fh: IO[bytes],
    target_dir: Path,
    members_src: Mapping[str, Path],
    *,
    info: Mapping[str, object],
    revision: str | None,
    now: datetime,
    total: int,
    progress: Callable[[int, int], None] | None,
    passphrase: str | None,
    tmp: Path | None,
    facts: _Background | None,
) -> tuple[dict, str]:
    """Write the archive into the partial file ``fh`` (closing it), encrypted with a ``passphrase``, and make
    it durable; (manifest, SHA-256 of a plain archive, "" of an encrypted one). BackupError ``write_failed``."""
    written_sha256 = ""
    try:
        # 4. Members, then the manifest last.
        with fh:
            if passphrase:
                plain = Path(tmp or tempfile.gettempdir()) / "plain.zip"
                with open(plain, "xb") as plain_fh:
                    manifest, _ = _write_zip(plain_fh, members_src, info, revision, now, total, progress,
                                             facts)
                backup_crypto.encrypt_file(plain, fh, passphrase)
                _remove_quietly(plain)
            else:
                manifest, written_sha256 = _write_zip(fh, members_src, info, revision, now, total, progress,
                                                      facts)
            # 5. Durability of the content.
            fh.flush()
            os.fsync(fh.fileno())
        sync_folder(target_dir)
    except OSError as exc:
        raise BackupError("write_failed", str(exc)) from exc
    except (zipfile.LargeZipFile, zlib.error) as exc:
        raise BackupError("write_failed", str(exc)) from exc
    return manifest, written_sha256


def _verify_written(partial: Path, manifest: dict, passphrase: str | None, snapshot_check: _Background | None) -> None:
    """Re-read the partial file from disk and verify it like verify_backup does (the database checks were
    run on the snapshot itself; the member's hash ties the archive to it). The re-reading runs while the
    snapshot's check may still be running; the backup passes only if both do (else BackupError
    ``verify_failed``)."""
    trusted = manifest["members"][DATABASE_MEMBER]["sha256"] if snapshot_check is not None else None
    report = _verify(partial, passphrase, trusted)
    if snapshot_check is not None:
        problems = snapshot_check.result()
        if problems:
            raise BackupError("verify_failed", _describe(tuple(("database_corrupt", m) for m in problems)))
    if report.ok and report.manifest != manifest:
        report = VerifyReport(
            False, (("bad_manifest", "manifest on disk differs from the one written"),), None
        )
    if not report.ok:
        raise BackupError("verify_failed", _describe(report.problems))


def _write_zip(
    fh: IO[bytes],
    members_src: Mapping[str, Path],
    info: Mapping[str, object],
    revision: str | None,
    now: datetime,
    total: int,
    progress: Callable[[int, int], None] | None,
    facts: _Background | None = None,
) -> tuple[dict, str]:
    """Stream every member into a zip on ``fh``, append the manifest and seal it; (manifest, file SHA-256).

    ``facts``: what the database holds (:func:`database_facts`), read meanwhile; awaited for the manifest.
    """
    date_time = now.timetuple()[:6]
    if date_time[0] < 1980:  # zip timestamps cannot go earlier
        date_time = (1980, 1, 1, 0, 0, 0)
    members: dict[str, dict[str, Any]] = {}
    done = 0
    if progress is not None:
        progress(0, total)
    writer = _HashingWriter(fh)
    with zipfile.ZipFile(writer, "w", compression=zipfile.ZIP_DEFLATED) as zf:  # type: ignore[arg-type]
        zf.comment = _SEAL_PREFIX + b"0" * _SEAL_HEX
        for name, src in members_src.items():
            zinfo = zipfile.ZipInfo(name, date_time=date_time)
            # The database is stored, not deflated: deflating 500 MB costs seconds of CPU, and a
            # backup must stay quick enough to be made every day.
            zinfo.compress_type = zipfile.ZIP_STORED if name == DATABASE_MEMBER else zipfile.ZIP_DEFLATED
            zinfo.external_attr = 0o644 << 16
            zinfo.file_size = os.stat(src).st_size  # lets zipfile decide on zip64
            digest = hashlib.sha256()
            size = 0
            with open(src, "rb") as source, zf.open(zinfo, "w") as dest:
                writer.in_stored_data = zinfo.compress_type == zipfile.ZIP_STORED  # after the local header
                while chunk := source.read(_CHUNK):
                    dest.write(chunk)
                    digest.update(chunk)
                    size += len(chunk)
                    done += len(chunk)
                    if progress is not None:
                        progress(done, max(total, done))
                writer.in_stored_data = False  # before the data descriptor
            members[name] = {"sha256": digest.hexdigest(), "size": size}

        manifest: dict[str, Any] = {
            "format": FORMAT,
            "format_version": FORMAT_VERSION,
            "created_at": now.isoformat(),
            "members": members,
            **dict(info),
            **(facts.result() if facts is not None else database_facts(members_src[DATABASE_MEMBER])),
            "schema_revision": revision,
            "sealed": True,
        }
        zinfo = zipfile.ZipInfo(MANIFEST_MEMBER, date_time=date_time)
        zinfo.compress_type = zipfile.ZIP_DEFLATED
        zinfo.external_attr = 0o644 << 16
        zf.writestr(zinfo, json.dumps(manifest, ensure_ascii=False, indent=2).encode("utf-8"))
    # The zip ends with the placeholder: overwrite it with the seal.
    fh.flush()
    fh.seek(-_SEAL_HEX, os.SEEK_END)
    seal = writer.seal.hexdigest().encode("ascii")
    fh.write(seal)
    fh.seek(0, os.SEEK_END)
    if progress is not None:
        progress(max(total, done), max(total, done))
    # Round-trip through JSON so the returned dict equals what a reader parses.
    return json.loads(json.dumps(manifest)), writer.finish(seal)


# --------------------------------------------------------------------------
# Reading and verifying
# --------------------------------------------------------------------------


def archive_sha256(path: Path) -> str:
    """Return the SHA-256 (hex) of a whole archive file; raises OSError if unreadable."""
    with open(path, "rb") as fh:
        return _hash_stream(fh)[0]


def _load_manifest(zf: zipfile.ZipFile) -> dict:
    """Read and JSON-parse ``manifest.json`` from an open zip.

    Raises KeyError if absent and ValueError if it is too big, not JSON or not
    an object. zip errors propagate.
    """
    zinfo = zf.getinfo(MANIFEST_MEMBER)
    if zinfo.file_size > _MAX_MANIFEST_BYTES:
        raise ValueError(f"manifest too large ({zinfo.file_size} bytes)")
    with zf.open(zinfo) as fh:
        raw = fh.read(_MAX_MANIFEST_BYTES + 1)
    if len(raw) > _MAX_MANIFEST_BYTES:
        raise ValueError("manifest too large")
    data = json.loads(raw.decode("utf-8"))
    if not isinstance(data, dict):
        raise ValueError("manifest is not a JSON object")
    return data


def read_manifest(path: Path, passphrase: str | None = None) -> dict:
    """Return the parsed ``manifest.json`` of an archive without verifying members.

    Raises BackupError("verify_failed", ...) if the file cannot be opened as a
    zip or has no readable JSON-object manifest. The format and version are
    not checked here; use :func:`verify_backup` for that.
    """
    try:
        with _plain_zip(Path(path), passphrase) as plain, zipfile.ZipFile(plain) as zf:
            return _load_manifest(zf)
    except KeyError as exc:
        raise BackupError("verify_failed", f"no manifest in {path}") from exc
    except Exception as exc:  # OSError, BadZipFile, ValueError, zlib.error...
        raise BackupError("verify_failed", f"cannot read manifest of {path}: {exc}") from exc


def _manifest_problems(manifest: dict) -> list[tuple[str, str]]:
    """Check the manifest's format marker, version and member table."""
    problems: list[tuple[str, str]] = []
    if manifest.get("format") != FORMAT:
        problems.append(("format", f"not a PADI backup (format={manifest.get('format')!r})"))
        return problems
    version = manifest.get("format_version")
    if not isinstance(version, int) or isinstance(version, bool) or version < 1:
        problems.append(("bad_manifest", f"invalid format_version {version!r}"))
        return problems
    if version > FORMAT_VERSION:
        problems.append(
            (
                "format",
                f"format_version {version} is newer than supported {FORMAT_VERSION}",
            )
        )
        return problems
    if manifest.get("encryption"):
        problems.append(("format", "encrypted archives are not supported by this version"))
        return problems
    members = manifest.get("members")
    if not isinstance(members, dict):
        problems.append(("bad_manifest", "manifest has no member table"))
        return problems
    for name, entry in members.items():
        if not isinstance(name, str) or not _is_safe_member_name(name):
            problems.append(("bad_manifest", f"unexpected member name {name!r}"))
        elif (
            not isinstance(entry, dict)
            or not isinstance(entry.get("sha256"), str)
            or not _SHA256_RE.match(entry["sha256"])
            or not isinstance(entry.get("size"), int)
            or isinstance(entry.get("size"), bool)
            or entry["size"] < 0
        ):
            problems.append(("bad_manifest", f"invalid entry for {name}: {entry!r}"))
    if DATABASE_MEMBER not in members:
        problems.append(("member_missing", f"manifest does not list {DATABASE_MEMBER}"))
    return problems


def _check_member(zf: zipfile.ZipFile, name: str, entry: Mapping[str, Any]) -> tuple[str, str] | None:
    """Hash one member and compare it with its manifest entry; return a problem or None."""
    try:
        with zf.open(name) as fh:
            digest, size = _hash_stream(fh)
    except KeyError:
        return ("member_missing", f"{name} is listed in the manifest but not in the archive")
    except (zipfile.BadZipFile, zlib.error, EOFError, OSError, ValueError) as exc:
        # Bad CRC, undecompressable data, truncated member...
        return ("hash_mismatch", f"{name} cannot be read intact: {exc}")
    if size != entry["size"]:
        return ("hash_mismatch", f"{name}: size {size} != manifest {entry['size']}")
    if digest != entry["sha256"]:
        return ("hash_mismatch", f"{name}: sha256 {digest} != manifest {entry['sha256']}")
    return None


@contextlib.contextmanager
def _extracted_database(zf: zipfile.ZipFile) -> Iterator[tuple[Path, str]]:
    """Extract the database member to a temp file; yield (path, sha256) and clean up."""
    with tempfile.TemporaryDirectory(prefix="padi-verify-") as tmp:
        dest = Path(tmp) / "padi.sqlite"
        digest = hashlib.sha256()
        with zf.open(DATABASE_MEMBER) as src, open(dest, "wb") as out:
            while chunk := src.read(_CHUNK):
                out.write(chunk)
                digest.update(chunk)
        yield dest, digest.hexdigest()


@contextlib.contextmanager
def _plain_zip(path: Path, passphrase: str | None) -> Iterator[Path]:
    """The plain zip of a backup: the file itself, or its decryption in a temp dir (removed after).

    Raises backup_crypto.CryptoError for an encrypted file without the right passphrase or with
    any changed byte (``passphrase_needed`` when none was given).
    """
    if not backup_crypto.is_encrypted(path):
        yield path
        return
    backup_crypto.check_header(path)  # damage and unreasonable KDF parameters first: no passphrase needed
    if not passphrase:
        raise backup_crypto.CryptoError("passphrase_needed", str(path))
    with tempfile.TemporaryDirectory(prefix="padi-decrypt-") as tmp:
        plain = Path(tmp) / "plain.zip"
        backup_crypto.decrypt_to(path, plain, passphrase)
        yield plain


def is_backup_name(name: str) -> bool:
    """Whether a file name is one :func:`write_backup` gives (plain or encrypted)."""
    return name.startswith(BACKUP_PREFIX) and name.endswith((BACKUP_SUFFIX, backup_crypto.ENCRYPTED_SUFFIX))


def _verify(path: Path, passphrase: str | None = None, trusted_db: str | None = None) -> VerifyReport:
    """Verify a plain or encrypted archive (decrypting it first when needed)."""
    path = Path(path)
    if not backup_crypto.is_encrypted(path):
        return _verify_plain(path, trusted_db)
    try:
        with _plain_zip(path, passphrase) as plain:
            return _verify_plain(plain, trusted_db)
    except backup_crypto.CryptoError as err:
        return VerifyReport(False, ((err.code, err.detail or err.code),), None)
    except OSError as exc:
        return VerifyReport(False, (("unreadable", str(exc)),), None)


def _file_problem(path: Path) -> tuple[str, str] | None:
    """``missing``, ``unreadable`` or ``empty`` when ``path`` is not a file with content."""
    try:
        st = os.stat(path)
    except FileNotFoundError:
        return ("missing", f"file not found: {path}")
    except OSError as exc:
        return ("unreadable", str(exc))
    if not path.is_file():
        return ("missing", f"not a file: {path}")
    if st.st_size == 0:
        return ("empty", f"file is empty: {path}")
    return None


def _read_manifest(zf: zipfile.ZipFile) -> tuple[dict | None, tuple[str, str] | None]:
    """(the manifest, None), or (None, the problem: ``no_manifest``, ``bad_manifest``, ``unreadable``)."""
    try:
        return _load_manifest(zf), None
    except KeyError:
        return None, ("no_manifest", f"{MANIFEST_MEMBER} is missing")
    except (zipfile.BadZipFile, zlib.error, EOFError) as exc:
        return None, ("bad_manifest", f"manifest damaged: {exc}")
    except (ValueError, UnicodeDecodeError) as exc:
        return None, ("bad_manifest", f"manifest unreadable: {exc}")
    except OSError as exc:
        return None, ("unreadable", str(exc))


def _unlisted_members(zf: zipfile.ZipFile, members: Mapping[str, Any]) -> list[tuple[str, str]]:
    """``member_unexpected`` for each member the manifest does not list, and for duplicate names."""
    problems = []
    names_in_zip = [n for n in zf.namelist() if n != MANIFEST_MEMBER]
    for name in names_in_zip:
        if name not in members:
            problems.append(("member_unexpected", f"{name} is not listed in the manifest"))
    if len(set(names_in_zip)) != len(names_in_zip):
        problems.append(("member_unexpected", "archive contains duplicate member names"))
    return problems


def _database_problems(zf: zipfile.ZipFile, manifest: Mapping[str, Any]) -> list[tuple[str, str]]:
    """SQLite's checks of the unpacked database member, then whether it holds what the manifest says."""
    try:
        with _extracted_database(zf) as (db_file, _digest):
            damaged = [("database_corrupt", message) for message in check_database_file(db_file)]
            return damaged or _facts_problems(db_file, manifest)
    except (zipfile.BadZipFile, zlib.error, EOFError) as exc:
        return [("hash_mismatch", f"{DATABASE_MEMBER} unreadable: {exc}")]
    except OSError as exc:  # temp dir full, etc.
        return [("unreadable", f"cannot extract database to check it: {exc}")]


def _verify_plain(path: Path, trusted_db: str | None = None) -> VerifyReport:
    """Run every check on an archive file and collect (code, detail) problems.

    ``trusted_db``: the SHA-256 of a database file that already passed SQLite's checks (the
    writer's own snapshot); a database member with exactly that hash is not unpacked and checked
    a second time.
    """
    path = Path(path)
    problem = _file_problem(path)
    if problem is not None:
        return VerifyReport(False, (problem,), None)

    try:
        zf = zipfile.ZipFile(path)
    except (zipfile.BadZipFile, EOFError, ValueError) as exc:
        return VerifyReport(False, (("not_zip", f"not a complete zip file: {exc}"),), None)
    except OSError as exc:
        return VerifyReport(False, (("unreadable", str(exc)),), None)

    with zf:
        manifest, problem = _read_manifest(zf)
        if manifest is None:
            return VerifyReport(False, (problem,), None)

        problems = _manifest_problems(manifest)
        if problems:
            return VerifyReport(False, tuple(problems), manifest)
        # Every archive PADI writes is sealed: one without a seal was taken apart and put together again.
        if manifest.get("sealed") is not True:
            return VerifyReport(False, (("unsealed", f"the manifest has no seal (sealed={manifest.get('sealed')!r})"),),
                                manifest)
        try:
            seal_problem = _check_seal(path, zf, manifest["members"])
        except OSError as exc:
            return VerifyReport(False, (("unreadable", str(exc)),), manifest)

        members: dict[str, Any] = manifest["members"]
        problems += _unlisted_members(zf, members)
        member_problems = [(name, _check_member(zf, name, entry)) for name, entry in members.items()]
        problems += [problem for _, problem in member_problems if problem is not None]
        database_intact = any(name == DATABASE_MEMBER and problem is None for name, problem in member_problems)

        if database_intact and trusted_db is not None and members[DATABASE_MEMBER]["sha256"] == trusted_db:
            pass  # these bytes passed integrity_check and foreign_key_check as the snapshot
        elif database_intact:
            problems += _database_problems(zf, manifest)

    if seal_problem is not None:  # after the member checks, which say more precisely what changed
        problems.append(seal_problem)
    return VerifyReport(not problems, tuple(problems), manifest)


def verify_backup(path: Path, passphrase: str | None = None) -> VerifyReport:
    """Check an archive completely and report problems; never raises on bad input.

    Checks: the file exists and is non-empty (``missing``, ``empty``); it is a
    readable zip (``not_zip``); it has a JSON manifest (``no_manifest``,
    ``bad_manifest``) of this format and a supported version (``format``);
    every listed member is present (``member_missing``) with the recorded size
    and SHA-256 (``hash_mismatch``), and nothing unlisted is present
    (``member_unexpected``); it carries its seal (``unsealed``) and the seal
    matches (``hash_mismatch``); the database snapshot passes SQLite's integrity
    and foreign-key checks (``database_corrupt``) and holds what the manifest
    says: schema revision, row counts, log chain head (``manifest_mismatch``). I/O errors give
    ``unreadable``. An encrypted archive also gives ``passphrase_needed``,
    ``wrong_passphrase``, ``tampered``, ``truncated`` or ``kdf_limits`` (a damaged header is
    ``tampered``, found before the passphrase is even needed).
    """
    try:
        return _verify(Path(path), passphrase)
    except Exception as exc:  # last line of defence: report, do not crash the UI
        return VerifyReport(False, (("unreadable", f"unexpected error: {exc!r}"),), None)


def _describe(problems: tuple[tuple[str, str], ...]) -> str:
    """Join (code, detail) problems into one line for BackupError.detail."""
    return "; ".join(f"{code}: {detail}" for code, detail in problems)


def extract_database(path: Path, dest: Path, passphrase: str | None = None) -> None:
    """Verify an archive, then write its database snapshot to ``dest`` atomically.

    The snapshot is written to a temporary file next to ``dest``, its SHA-256
    is checked again against the manifest, it is fsynced and then moved into
    place with ``os.replace`` (an existing ``dest`` is replaced). Raises
    BackupError("verify_failed", ...) if the archive does not verify or changed
    meanwhile, BackupError("write_failed", ...) on I/O errors at ``dest``.
    """
    path = Path(path)
    dest = Path(dest)
    try:
        with _plain_zip(path, passphrase) as plain:
            _extract_verified(plain, dest)
    except backup_crypto.CryptoError as err:
        raise BackupError("verify_failed", f"{err.code}: {err.detail}") from err
    except OSError as exc:
        raise BackupError("verify_failed", str(exc)) from exc


def _extract_verified(path: Path, dest: Path) -> None:
    report = verify_backup(path)
    if not report.ok or report.manifest is None:
        raise BackupError("verify_failed", _describe(report.problems))
    expected = report.manifest["members"][DATABASE_MEMBER]["sha256"]

    dest_dir = dest.parent if str(dest.parent) else Path(".")
    try:
        fd, tmp_name = tempfile.mkstemp(prefix=f".{dest.name}.", suffix=".partial", dir=dest_dir)
    except OSError as exc:
        raise BackupError("write_failed", str(exc)) from exc
    tmp = Path(tmp_name)
    try:
        digest = hashlib.sha256()
        try:
            with os.fdopen(fd, "wb") as out, zipfile.ZipFile(path) as zf:
                with zf.open(DATABASE_MEMBER) as src:
                    while chunk := src.read(_CHUNK):
                        out.write(chunk)
                        digest.update(chunk)
                out.flush()
                os.fsync(out.fileno())
        except (zipfile.BadZipFile, zlib.error, EOFError, KeyError) as exc:
            raise BackupError("verify_failed", f"archive changed while extracting: {exc}") from exc
        except OSError as exc:
            raise BackupError("write_failed", str(exc)) from exc
        if digest.hexdigest() != expected:
            raise BackupError("verify_failed", "archive changed while extracting (hash mismatch)")
        try:
            os.replace(tmp, dest)
        except OSError as exc:
            raise BackupError("write_failed", str(exc)) from exc
        sync_folder(dest_dir)
    except BaseException:
        _remove_quietly(tmp)
        raise
