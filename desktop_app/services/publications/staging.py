"""Outputs that appear together or not at all (``publish``: the PDF and the internet package).

Each output is first written beside its target under a hidden name, flushed to the disk and read
back; only when every one of them is there and reads back as written are they renamed into place,
all of them, inside the caller's unit of work. Anything that fails — a full disk half-way through
the package, a rename, the commit of the state change — puts back what was there before: no file
under a final name, earlier outputs as they were, and (the unit of work rolling back) no state
change. What was replaced is removed only once everything, the commit included, is done.

An OSError becomes the PadiError of ``write_errors`` (``no_space``, ``target_not_writable``,
``export_write_failed``), naming the target.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import secrets
import shutil
import tempfile
from pathlib import Path
from types import TracebackType
from typing import Protocol

from desktop_app.services.runtime import reported_write_errors
from desktop_app.storage.durable import sync_folder

__all__ = ["Staging"]

_CHUNK = 1024 * 1024


def _sha256_of(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as fh:
        while chunk := fh.read(_CHUNK):
            digest.update(chunk)
    return digest.hexdigest()


def _remove(path: Path) -> None:
    with contextlib.suppress(OSError):
        if path.is_dir() and not path.is_symlink():
            shutil.rmtree(path)
        else:
            path.unlink()


class _Folder(Protocol):
    """A folder built beside its target and put in place by merging (``outputs.FolderMerge``)."""

    temp: Path
    out_dir: Path

    def place(self) -> None: ...
    def undo(self) -> None: ...
    def finish(self) -> None: ...


class Staging:
    """Stage outputs (:meth:`write_file`, :meth:`add_folder`), then :meth:`place` them inside the unit of
    work that records them. Use as a context manager: leaving it with an exception undoes everything,
    leaving it normally drops what the new outputs replaced."""

    def __init__(self) -> None:
        self._files: list[tuple[Path, Path]] = []  # (hidden temporary, final)
        self._folders: list[_Folder] = []
        self._placed: list[tuple[Path, Path | None] | _Folder] = []  # a file (final, what it replaced) or a folder

    def __enter__(self) -> Staging:
        return self

    def __exit__(self, kind: type[BaseException] | None, _exc: BaseException | None,
                 _tb: TracebackType | None) -> None:
        if kind is None:
            self._finish()
        else:
            self._undo()

    # --- staging ---------------------------------------------------------------------------
    def write_file(self, final: Path, data: bytes) -> None:
        """Write ``data`` beside ``final`` under a hidden name, flush it to the disk and read it back."""
        final = Path(final)
        with reported_write_errors(final):
            handle = tempfile.NamedTemporaryFile(dir=final.parent, prefix=f".{final.name}.", suffix=".tmp",
                                                 delete=False)
            self._files.append((Path(handle.name), final))  # first, so a failure below removes it
            with handle:
                handle.write(data)
                handle.flush()
                os.fsync(handle.fileno())
            if _sha256_of(Path(handle.name)) != hashlib.sha256(data).hexdigest():
                raise OSError(5, "the file reads back differently from what was written", handle.name)

    def add_folder(self, folder: _Folder) -> None:
        """A folder the caller built beside its target (already checked against it, e.g. a
        ``FolderMerge``): every file in it is flushed to the disk and read back."""
        self._folders.append(folder)
        with reported_write_errors(folder.out_dir):
            for path in sorted(folder.temp.rglob("*")):
                if path.is_file():
                    with open(path, "rb+") as fh:
                        os.fsync(fh.fileno())
                    _sha256_of(path)  # every byte readable
            sync_folder(folder.temp)

    # --- placing ---------------------------------------------------------------------------
    def place(self) -> None:
        """Rename every staged output into place (inside the caller's unit of work); on a failure
        everything placed so far is put back as it was, and the error raised."""
        for temp, final in self._files:
            with reported_write_errors(final):
                old = None
                if final.exists() or final.is_symlink():
                    old = final.with_name(f".{final.name}.lama-{secrets.token_hex(6)}")
                    os.replace(final, old)
                try:
                    os.replace(temp, final)
                except BaseException:
                    if old is not None:
                        os.replace(old, final)
                    raise
                self._placed.append((final, old))
        for folder in self._folders:
            with reported_write_errors(folder.out_dir):
                folder.place()  # puts back what it moved itself when it fails
                self._placed.append(folder)
        for parent in {final.parent for _temp, final in self._files} | {f.out_dir.parent for f in self._folders}:
            sync_folder(parent)

    def _undo(self) -> None:
        for placed in reversed(self._placed):
            if isinstance(placed, tuple):
                final, old = placed
                _remove(final)
                if old is not None:
                    with contextlib.suppress(OSError):
                        os.replace(old, final)
            else:
                placed.undo()
        self._placed.clear()
        self._drop_staged()

    def _finish(self) -> None:
        for placed in self._placed:
            if isinstance(placed, tuple):
                if placed[1] is not None:
                    _remove(placed[1])
            else:
                placed.finish()
        self._drop_staged()  # a staged output never placed (place() not called)

    def _drop_staged(self) -> None:
        for temp, _final in self._files:
            if temp.exists():
                _remove(temp)
        for folder in self._folders:
            folder.finish()
