"""The lock file that keeps two PADI windows off one database: ``<db>.lock`` (Qt's QLockFile format).

The GUI takes the lock with QLockFile (gui/single_instance.py), which holds the file open and
locked for the whole session and clears a lock left by a crashed PADI. The command line must not
load Qt, so it only asks here whether a running PADI holds the lock: on Linux/macOS QLockFile holds
an flock on the file; on Windows it keeps the file open without write sharing.
"""

from __future__ import annotations

from pathlib import Path

from desktop_app.domain.errors import NotAllowed

try:
    import fcntl
except ImportError:  # Windows
    fcntl = None  # type: ignore[assignment]


def lock_path(db_path: Path) -> Path:
    """The lock file next to the database: ``padi.db`` -> ``padi.db.lock``."""
    return Path(f"{Path(db_path)}.lock")


def held_by_running_padi(db_path: Path) -> bool:
    """Whether a running PADI window holds the database's lock (a crashed one's leftover does not count)."""
    try:
        fh = open(lock_path(db_path), "r+b")  # noqa: SIM115 (closed below)
    except FileNotFoundError:
        return False
    except PermissionError:
        return True  # Windows: the holder keeps it open without sharing
    with fh:
        if fcntl is None:
            return False
        try:
            fcntl.flock(fh, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            return True
        fcntl.flock(fh, fcntl.LOCK_UN)
        return False


def refuse_if_in_use(db_path: Path) -> None:
    """NotAllowed('database_in_use') while a PADI window has the database open."""
    if held_by_running_padi(db_path):
        raise NotAllowed("database_in_use", str(lock_path(db_path)))


__all__ = ["held_by_running_padi", "lock_path", "refuse_if_in_use"]
