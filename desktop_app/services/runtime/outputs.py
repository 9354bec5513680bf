"""Where PADI may write an output, and how it knows which files it wrote itself.

PADI never destroys what it did not make (DESIGN.md §4). Every output file — an export, a table, a
report, a letter or sheet, a publication PDF, a chart, a saved attachment or guide — is checked by
:func:`check_output` before any work (``exporting.report_target`` calls it; the command line and the
GUI's save dialogs call it through ``Services.outputs``):

1. The database, its ``-wal``, ``-shm``, ``-journal``, ``.lock``, ``.sesi`` and ``.anchor`` files, any other SQLite database
   (another office's, the safety copy a restore keeps) and any PADI backup are refused
   (``target_is_database``, ``target_is_backup``), whatever the caller says.
2. An existing file PADI did not write is refused (``target_not_padi``), whatever the caller says.
3. An existing file PADI wrote is replaced only when the caller allows it (``--force`` on the command
   line, the save dialog's overwrite question in the GUI); otherwise ``target_exists``.

How PADI knows a file is its own: each output file it writes is recorded in the office's database
(table ``written_files``: SHA-256, size, name, who and when; :func:`record_output`). An existing
file is PADI's when its bytes are exactly those of a recorded output — by content, not by name, so
a renamed PADI output is still PADI's, while a user's ``catatan.docx``, a CSV they made by hand, a
PADI export they have since edited in Excel, or an output written from another database are not,
and are never overwritten.

Folders PADI generates (the offline catalogue, the internet package) carry a manifest of their own
files (``.padi-berkas.json``: name → SHA-256). A new build replaces only the files that are still as
PADI wrote them and never touches another file in the folder (:func:`merge_folder`).

The one atomic writer (:func:`atomic_target`, :func:`write_atomically`), which has no database at hand,
still refuses rule 1 by content (:func:`refuse_protected`): no code path writes over a database.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import shutil
import tempfile
import zipfile
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import select

from desktop_app.domain.errors import BadInput
from desktop_app.domain.filenames import check_path
from desktop_app.services.runtime import reported_write_errors
from desktop_app.storage.durable import sync_folder
from desktop_app.storage.models import WrittenFile

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from desktop_app.services.runtime import ServiceContext

SQLITE_HEADER = b"SQLite format 3\x00"
WAL_MAGIC = (b"\x37\x7f\x06\x82", b"\x37\x7f\x06\x83")
ENCRYPTED_MAGIC = b"PADIENC"  # backup_crypto.MAGIC without its version byte
COMPANIONS = ("-wal", "-shm", "-journal", ".lock", ".sesi", ".anchor")  # locks, the chain-head anchor
BACKUP_PREFIX, BACKUP_SUFFIXES = "padi-cadangan-", (".zip", ".padienc")  # backup_archive.is_backup_name
BACKUP_MEMBERS = {"manifest.json", "database/padi.sqlite"}  # backup_archive.MANIFEST_MEMBER, DATABASE_MEMBER
MANIFEST = ".padi-berkas.json"
MANIFEST_FORMAT = "padi-folder"


# --- rule 1: never over a database or a backup -------------------------------------------------
def _head(path: Path, size: int = 16) -> bytes:
    try:
        with open(path, "rb") as fh:
            return fh.read(size)
    except OSError:
        return b""


def _is_database_file(path: Path) -> bool:
    return path.is_file() and _head(path).startswith(SQLITE_HEADER)


def _same_path(a: Path, b: Path) -> bool:
    with contextlib.suppress(OSError):
        if a.exists() and b.exists():
            return os.path.samefile(a, b)
    try:
        left, right = a.resolve(), b.resolve()
    except (OSError, RuntimeError):
        left, right = a.absolute(), b.absolute()
    return os.path.normcase(str(left)) == os.path.normcase(str(right))


def _is_backup_archive(path: Path, head: bytes) -> bool:
    if head.startswith(ENCRYPTED_MAGIC):
        return True
    if not head.startswith(b"PK"):
        return False
    try:
        with zipfile.ZipFile(path) as zf:
            return BACKUP_MEMBERS <= set(zf.namelist())
    except (OSError, zipfile.BadZipFile, ValueError, RuntimeError):
        return False


def is_companion_of_a_database(path: Path) -> bool:
    """Whether ``path`` is named as the ``-wal``, ``-shm``, ``-journal``, ``.lock``, ``.sesi`` or ``.anchor`` file of a database
    beside it (SQLite would take a file put there for part of that database)."""
    name = Path(path).name
    return any(name.lower().endswith(suffix) and _is_database_file(Path(path).with_name(name[: -len(suffix)]))
               for suffix in COMPANIONS)


def protection(path: Path, db_path: Path | None = None) -> str | None:
    """``target_is_database`` or ``target_is_backup`` when writing ``path`` would destroy one; else None.

    By name for the live database (``db_path``) and its companions, whether they exist or not; by
    content for every other database, write-ahead log or backup; by name for a backup-like name.
    """
    path = Path(path)
    if db_path is not None:
        db_path = Path(db_path)
        for candidate in (db_path, *(Path(f"{db_path}{suffix}") for suffix in COMPANIONS)):
            if _same_path(path, candidate):
                return "target_is_database"
    name = path.name
    if is_companion_of_a_database(path):
        return "target_is_database"
    if name.lower().startswith(BACKUP_PREFIX) and name.lower().endswith(BACKUP_SUFFIXES):
        return "target_is_backup"
    if path.is_file():
        head = _head(path)
        if head.startswith(SQLITE_HEADER) or head[:4] in WAL_MAGIC:
            return "target_is_database"
        if _is_backup_archive(path, head):
            return "target_is_backup"
    return None


def refuse_protected(path: Path | str, db_path: Path | None = None) -> None:
    """BadInput when ``path`` is a database, one of its companion files or a backup (rule 1)."""
    kind = protection(Path(path), db_path)
    if kind is not None:
        raise BadInput(kind, str(path))


# --- rules 2 and 3: only PADI's own files, and only when allowed ---------------------------------
# --- the one atomic writer ----------------------------------------------------------------------
@contextlib.contextmanager
def atomic_target(path: Path | str) -> Iterator[Path]:
    """A temporary path next to ``path``; moved over it (after fsync) only if the block succeeds: a reader
    never sees a half-written file. BadInput('no_such_folder') or ('target_is_folder') before anything is
    written; a full or failing disk raises the PadiError of ``write_errors`` (the earlier file stays)."""
    target = Path(path)
    folder = target.parent
    if not folder.is_dir():
        raise BadInput("no_such_folder", str(folder))
    if target.is_dir():
        raise BadInput("target_is_folder", str(target))
    refuse_protected(target)  # whatever the caller checked: never over a database or a backup
    mode = (target.stat().st_mode & 0o777) if target.is_file() else 0o644
    with reported_write_errors(target):  # a full or pulled disk: a code, the earlier file untouched
        fd, name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=folder)
        os.close(fd)
        temp = Path(name)
        try:
            yield temp
            with open(temp, "r+b") as fh:  # writable: Windows cannot commit a read-only handle
                fh.flush()
                os.fsync(fh.fileno())
            os.chmod(temp, mode)
            os.replace(temp, target)
        except BaseException:
            with contextlib.suppress(OSError):
                temp.unlink()
            raise
    sync_folder(folder)


def write_atomically(data: bytes, out_path: Path | str) -> Path:
    """Write ``data`` to ``out_path`` atomically (see :func:`atomic_target`); returns the path."""
    with atomic_target(out_path) as temp:
        temp.write_bytes(data)
    return Path(out_path)


def file_digest(path: Path) -> tuple[str, int]:
    """(SHA-256 hex, size in bytes) of a file."""
    digest = hashlib.sha256()
    size = 0
    with open(path, "rb") as fh:
        for block in iter(lambda: fh.read(1 << 20), b""):
            digest.update(block)
            size += len(block)
    return digest.hexdigest(), size


def _db_path(ctx: ServiceContext | None) -> Path | None:
    path = getattr(ctx.db, "path", None) if ctx is not None else None
    return Path(path) if path else None


def is_recorded(ctx: ServiceContext | None, path: Path) -> bool:
    """Whether ``path`` holds exactly the bytes of an output PADI recorded in this database."""
    if ctx is None:
        return False
    try:
        size = path.stat().st_size
        with ctx.db.reading() as s:
            known = set(s.scalars(select(WrittenFile.sha256).where(WrittenFile.size == size)))
        return bool(known) and file_digest(path)[0] in known
    except OSError:
        return False


def check_output(ctx: ServiceContext | None, path: Path | str, *, overwrite: bool) -> Path:
    """``path`` if an output may be written there (rules 1-3 above); BadInput otherwise. Changes nothing.

    Codes: ``bad_file_name``, ``name_too_long``, ``no_such_folder``,
    ``target_is_folder``, ``target_is_database``, ``target_is_backup``, ``target_not_padi``,
    ``target_exists`` (PADI's own earlier output, and ``overwrite`` is False).
    """
    path = Path(path)
    check_path(path)
    if not path.parent.is_dir():
        raise BadInput("no_such_folder", str(path.parent))
    if path.is_dir():
        raise BadInput("target_is_folder", str(path))
    refuse_protected(path, _db_path(ctx))
    if os.path.lexists(path):
        if path.is_symlink() or not path.is_file() or not is_recorded(ctx, path):
            raise BadInput("target_not_padi", str(path))
        if not overwrite:
            raise BadInput("target_exists", str(path))
    return path


def record_output(ctx: ServiceContext, path: Path | str, kind: str, session: Session | None = None) -> None:
    """Remember that PADI wrote ``path`` as it is now (in ``session``'s unit of work, or a new one)."""
    path = Path(path)
    sha256, size = file_digest(path)
    actor = ctx.actor

    def add(s: Session) -> None:
        exists = s.scalar(select(WrittenFile.id).where(WrittenFile.size == size, WrittenFile.sha256 == sha256)
                          .limit(1))
        if exists is None:
            s.add(WrittenFile(sha256=sha256, size=size, name=path.name[:300], kind=kind[:30],
                              written_at=ctx.now(), written_by=actor.user_id if actor else None))

    if session is not None:
        add(session)
        return
    with ctx.db.unit_of_work() as s:
        add(s)


class OutputService:
    """The output rules for callers that write files themselves (the GUI's save dialogs, the CLI)."""

    def __init__(self, ctx: ServiceContext) -> None:
        self.ctx = ctx

    def check(self, path: Path | str, *, overwrite: bool = False) -> Path:
        """See :func:`check_output`."""
        return check_output(self.ctx, path, overwrite=overwrite)

    def refuse_protected(self, path: Path | str) -> None:
        """BadInput when ``path`` is this database, one of its companion files, another database or a backup."""
        refuse_protected(Path(path), _db_path(self.ctx))

    def record(self, path: Path | str, kind: str) -> None:
        """See :func:`record_output`."""
        record_output(self.ctx, path, kind)

    def is_padi_output(self, path: Path | str) -> bool:
        return is_recorded(self.ctx, Path(path))


# --- folders PADI generates ----------------------------------------------------------------------
def folder_manifest(folder: Path) -> dict[str, str] | None:
    """The files PADI put in ``folder`` (name → SHA-256) by its manifest; None without a readable one."""
    try:
        data = json.loads((folder / MANIFEST).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    files = data.get("files") if isinstance(data, dict) and data.get("format") == MANIFEST_FORMAT else None
    if not isinstance(files, dict):
        return None
    return {str(k): str(v) for k, v in files.items()}


def write_manifest(folder: Path, kind: str) -> dict[str, str]:
    """Write the manifest of every file now in ``folder`` (flat); returns it."""
    files = {p.name: file_digest(p)[0] for p in sorted(folder.iterdir()) if p.is_file() and p.name != MANIFEST}
    (folder / MANIFEST).write_text(json.dumps({"format": MANIFEST_FORMAT, "kind": kind, "files": files},
                                              ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    return files


def _still_padis(path: Path, manifest: dict[str, str] | None, legacy: bool) -> bool:
    """Whether the existing ``path`` is PADI's own file in its folder, unchanged since PADI wrote it."""
    if path.is_symlink() or not path.is_file():
        return False
    if manifest is not None:
        return manifest.get(path.name) == file_digest(path)[0]
    return legacy  # a folder an earlier PADI made without a manifest: its marker says the folder is PADI's


class FolderMerge:
    """The freshly built flat folder ``temp``, to be put in place as ``out_dir`` replacing only PADI's files.

    Made before anything moves: it writes ``temp``'s manifest and checks ``out_dir`` — a file of the
    user's under one of PADI's names refuses the whole build (``target_not_padi``). :meth:`place` then
    moves the new files in (a new ``out_dir`` is simply ``temp`` renamed): each replaces the file of that
    name only if PADI wrote it (by the folder's manifest, unchanged since); files of an earlier build
    that this one no longer makes are removed on the same condition; every other file stays. What is
    replaced is kept aside until :meth:`finish`, so :meth:`undo` — even after a later failure, such as the
    commit that records the build — puts the earlier folder back.
    """

    def __init__(self, temp: Path, out_dir: Path, kind: str, marker: str) -> None:
        if any(p.is_dir() for p in temp.iterdir()):
            raise ValueError(f"{temp}: a generated folder is flat; a subfolder would not be in its manifest")
        self.temp, self.out_dir = temp, out_dir
        new_manifest = write_manifest(temp, kind)
        self._incoming = [*new_manifest, MANIFEST]
        self._stale: list[str] = []
        if out_dir.exists():
            old_manifest = folder_manifest(out_dir)
            legacy = old_manifest is None and (out_dir / marker).is_file()
            for name in self._incoming:
                existing = out_dir / name
                if os.path.lexists(existing) and name != MANIFEST and not _still_padis(existing, old_manifest, legacy):
                    raise BadInput("target_not_padi", str(existing))
            self._stale = [name for name in (old_manifest or {}) if name not in new_manifest
                           and _still_padis(out_dir / name, old_manifest, legacy)]
        self._created = False
        self._aside: Path | None = None
        self._moved_aside: list[str] = []
        self._moved_in: list[str] = []

    def place(self) -> None:
        """Move the new files in; on a failure what moved so far is put back and the error raised."""
        if not self.out_dir.exists():
            self.temp.rename(self.out_dir)
            self._created = True
            return
        self._aside = Path(tempfile.mkdtemp(prefix=".padi-lama-", dir=self.out_dir.parent))
        try:
            for name in [*self._incoming, *self._stale]:
                if os.path.lexists(self.out_dir / name):
                    os.replace(self.out_dir / name, self._aside / name)
                    self._moved_aside.append(name)
            for name in self._incoming:
                os.replace(self.temp / name, self.out_dir / name)
                self._moved_in.append(name)
        except BaseException:
            self.undo()
            raise

    def undo(self) -> None:
        """Put the folder back as it was before :meth:`place` (nothing of the new build stays)."""
        if self._created:
            shutil.rmtree(self.out_dir, ignore_errors=True)
            self._created = False
        for name in self._moved_in:
            with contextlib.suppress(OSError):
                (self.out_dir / name).unlink()
        for name in self._moved_aside:
            with contextlib.suppress(OSError):
                os.replace(self._aside / name, self.out_dir / name)
        self._moved_in, self._moved_aside = [], []
        self.finish()

    def finish(self) -> None:
        """Drop what the new build replaced and what is left of ``temp``."""
        if self._aside is not None:
            shutil.rmtree(self._aside, ignore_errors=True)
            self._aside = None
        shutil.rmtree(self.temp, ignore_errors=True)


def merge_folder(temp: Path, out_dir: Path, kind: str, marker: str) -> None:
    """Put the freshly built flat folder ``temp`` in place as ``out_dir`` at once (see :class:`FolderMerge`).
    A refusal leaves ``temp`` to the caller; after a move, ``temp`` is gone either way."""
    merge = FolderMerge(temp, out_dir, kind, marker)
    merge.place()
    merge.finish()


__all__ = ["MANIFEST", "FolderMerge", "OutputService", "check_output", "file_digest", "folder_manifest",
           "is_recorded", "merge_folder", "protection", "record_output", "refuse_protected", "write_manifest"]
