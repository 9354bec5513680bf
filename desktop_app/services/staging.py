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

from desktop_app.services.write_errors import reported_write_errors

__all__ = ["Staging"]

_CHUNK = 1024 * 1024


def _sha256_of(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as fh:
        while chunk := fh.read(_CHUNK):
            digest.update(chunk)
    return digest.hexdigest()


def _fsync_dir(folder: Path) -> None:
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:  # Windows cannot open a folder this way
        return
    try:
        with contextlib.suppress(OSError):
            os.fsync(fd)
    finally:
        os.close(fd)


def _remove(path: Path) -> None:
    with contextlib.suppress(OSError):
        if path.is_dir() and not path.is_symlink():
            shutil.rmtree(path)
        else:
            path.unlink()


class Staging:
    """Stage outputs (:meth:`write_file`, :meth:`add_folder`), then :meth:`place` them inside the unit of
    work that records them. Use as a context manager: leaving it with an exception undoes everything,
    leaving it normally drops what the new outputs replaced."""

    def __init__(self) -> None:
        self._staged: list[tuple[Path, Path]] = []  # (hidden temporary, final)
        self._placed: list[tuple[Path, Path | None]] = []  # (final, what it replaced, kept aside)

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
            self._staged.append((Path(handle.name), final))  # first, so a failure below removes it
            with handle:
                handle.write(data)
                handle.flush()
                os.fsync(handle.fileno())
            if _sha256_of(Path(handle.name)) != hashlib.sha256(data).hexdigest():
                raise OSError(5, "the file reads back differently from what was written", handle.name)

    def add_folder(self, temp: Path, final: Path) -> None:
        """A folder the caller wrote beside ``final``: every file in it is flushed to the disk and read back."""
        temp, final = Path(temp), Path(final)
        self._staged.append((temp, final))
        with reported_write_errors(final):
            for path in sorted(temp.rglob("*")):
                if path.is_file():
                    with open(path, "rb+") as fh:
                        os.fsync(fh.fileno())
                    _sha256_of(path)  # every byte readable
            _fsync_dir(temp)

    # --- placing ---------------------------------------------------------------------------
    def place(self) -> None:
        """Rename every staged output into place (inside the caller's unit of work); on a failure
        everything placed so far is put back as it was, and the error raised."""
        for temp, final in self._staged:
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
        for folder in {final.parent for _temp, final in self._staged}:
            _fsync_dir(folder)

    def _undo(self) -> None:
        for final, old in reversed(self._placed):
            _remove(final)
            if old is not None:
                with contextlib.suppress(OSError):
                    os.replace(old, final)
        self._placed.clear()
        for temp, _final in self._staged:
            _remove(temp)

    def _finish(self) -> None:
        for _final, old in self._placed:
            if old is not None:
                _remove(old)
        for temp, _final in self._staged:  # a staged output never placed (place() not called)
            if temp.exists():
                _remove(temp)
