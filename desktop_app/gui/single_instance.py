"""One PADI window per database: a QLockFile ``<db>.lock`` held while the window is open."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QLockFile

from desktop_app.domain.errors import NotAllowed
from desktop_app.services.runtime import held_by_running_padi, lock_path


def acquire(db_path: Path) -> QLockFile | None:
    """Take the database's lock; NotAllowed('database_in_use') when another PADI holds it.

    The lock is held for the whole session, so it has no stale time: it is stale only when the
    process that wrote it is gone (a crash), and then Qt removes it and takes it over. Qt can tell
    that only for a process on this computer; a lock written by a PADI on another computer (a
    database on a shared folder) that crashed is recognised because nobody holds the file any more
    (a running PADI keeps it locked: see services.instance_lock), and is cleared too. None when the
    lock file cannot be written at all (a read-only folder): opening the database reports that.
    """
    path = lock_path(db_path)
    path.parent.mkdir(parents=True, exist_ok=True)
    lock = QLockFile(str(path))
    lock.setStaleLockTime(0)
    if lock.tryLock(0):
        return lock
    if lock.error() == QLockFile.LockError.LockFailedError and not held_by_running_padi(db_path):
        lock.removeStaleLockFile()
        if lock.tryLock(0):
            return lock
    if lock.error() == QLockFile.LockError.LockFailedError:
        pid, host, _app = lock.getLockInfo()
        raise NotAllowed("database_in_use", f"{path}: pid {pid} on {host}")
    return None


__all__ = ["acquire"]
