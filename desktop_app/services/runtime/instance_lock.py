"""The locks that keep PADI processes on one database from harming each other's work.

Two small files beside the database (``padi.db``):

``padi.db.lock`` — **the writer lock**, in Qt's QLockFile format (PID, program, computer). A PADI
window holds it for its whole session (gui/single_instance.py, with QLockFile, which also keeps an
flock on it on Linux/macOS). A command that changes data holds it for the length of its work
(:func:`writer_lock`: the same file format, created exclusively and flocked, with one more line
naming the command and its user), so a window and the commands see each other and a second writer
is refused. A lock left by a crashed process is recognised because nobody holds the file any more,
and is cleared.

``padi.db.sesi`` — **who has the database open.** Every PADI process that opens the database (a
window, every command, also the ones that only read or back up beside a window) holds a *shared*
lock on this file while it does and adds a line saying who it is. A restore replaces the database
file, which would silently swallow whatever another process still writes through its open
connection (a running import reports "done" into a file nobody will read again); so a restore
needs this file *exclusively* (:func:`exclusive`): it is refused while any other process has the
database open, naming them, and while it works every other process is refused in turn.

The command line must not load Qt, so everything here is the standard library (fcntl on
Linux/macOS; LockFileEx on Windows, on a byte far past the content so the lines stay readable).
A refusal is ``NotAllowed('database_in_use_by', who)`` where ``who`` names the holders as far as
they are knowable (program, user, PID, computer), or ``database_in_use`` when nobody can be named.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import getpass
import json
import os
import socket
import sys
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from desktop_app.domain.errors import NotAllowed

try:
    import fcntl
except ImportError:  # Windows
    fcntl = None  # type: ignore[assignment]

__all__ = ["Holder", "companion_paths", "exclusive", "held_by_running_padi", "holders", "lock_path",
           "refuse_if_in_use", "session", "sessions_path", "writer_lock"]

#: How long opening the database waits while another process briefly holds the sessions file
#: exclusively (a process tidying it up takes milliseconds; a restore takes longer and is named).
SHARED_WAIT = 2.0
_POLL = 0.05
_MAX_LINES_READ = 64 * 1024


def lock_path(db_path: Path) -> Path:
    """The writer lock next to the database: ``padi.db`` -> ``padi.db.lock``."""
    return Path(f"{Path(db_path)}.lock")


def sessions_path(db_path: Path) -> Path:
    """Who has the database open: ``padi.db`` -> ``padi.db.sesi``."""
    return Path(f"{Path(db_path)}.sesi")


def companion_paths(db_path: Path) -> tuple[Path, ...]:
    """The files PADI keeps beside a database for its locks (never an output, never a backup target)."""
    return lock_path(db_path), sessions_path(db_path)


# --- who ---------------------------------------------------------------------------------------
@dataclass(frozen=True)
class Holder:
    """A process that holds a lock: what it is (``padi import``, ``PADI``), as whom, where."""

    program: str
    user: str
    pid: int
    host: str

    @classmethod
    def me(cls, program: str, user: str = "") -> Holder:
        return cls(program, user or _os_user(), os.getpid(), socket.gethostname())

    def describe(self) -> str:
        """``padi import (staf, PID 1234, PC-KANTOR)``: data for a message, not a sentence."""
        parts = [p for p in (self.user, f"PID {self.pid}" if self.pid else "", self.host) if p]
        return f"{self.program} ({', '.join(parts)})" if parts else self.program

    def line(self) -> bytes:
        since = dt.datetime.now().replace(microsecond=0).isoformat()
        return (json.dumps({"program": self.program, "user": self.user, "pid": self.pid, "host": self.host,
                            "since": since}, ensure_ascii=False) + "\n").encode("utf-8")

    def is_me(self) -> bool:
        return self.pid == os.getpid() and self.host == socket.gethostname()


def _os_user() -> str:
    try:
        return getpass.getuser()
    except Exception:  # no user name in the environment (a service account): nothing to name
        return ""


def _alive(holder: Holder) -> bool:
    """False only when the holder is known to be gone (a process of this computer that no longer runs)."""
    if holder.host != socket.gethostname() or holder.pid <= 0 or sys.platform == "win32":
        return True  # another computer's process, or Windows (os.kill(pid, 0) is Ctrl+C there): unknowable
    try:
        os.kill(holder.pid, 0)
    except ProcessLookupError:
        return False
    except OSError:
        return True  # exists, owned by someone else
    return True


def _parse_line(raw: bytes) -> Holder | None:
    try:
        data = json.loads(raw.decode("utf-8"))
        return Holder(str(data["program"])[:80], str(data.get("user", ""))[:80], int(data["pid"]),
                      str(data.get("host", ""))[:100])
    except (ValueError, KeyError, TypeError, UnicodeDecodeError):
        return None


def _read(path: Path) -> bytes:
    try:
        with open(path, "rb") as fh:
            fh.seek(0, os.SEEK_END)
            size = fh.tell()
            fh.seek(max(0, size - _MAX_LINES_READ))
            return fh.read()
    except OSError:
        return b""


def _lock_file_holder(path: Path) -> Holder | None:
    """Who wrote the writer lock: QLockFile's PID, program and computer, or a command's own line."""
    lines = _read(path).split(b"\n")
    for raw in lines[5:]:
        if raw.strip() and (holder := _parse_line(raw)) is not None:
            return holder
    try:
        pid = int(lines[0])
    except (ValueError, IndexError):
        return None
    app = lines[1].decode("utf-8", "replace").strip() if len(lines) > 1 else ""
    host = lines[2].decode("utf-8", "replace").strip() if len(lines) > 2 else ""
    return Holder(app or "PADI", "", pid, host)


def holders(db_path: Path) -> list[Holder]:
    """The other processes known to have the database open or to hold its writer lock (best effort)."""
    found: list[Holder] = []
    if held_by_running_padi(db_path) and (writer := _lock_file_holder(lock_path(db_path))) is not None:
        found.append(writer)  # (a window's QLockFile names only its executable: its session line says more)
    for raw in _read(sessions_path(db_path)).split(b"\n"):
        holder = _parse_line(raw) if raw.strip() else None
        if holder is not None:
            found.append(holder)
    named: dict[tuple[int, str], Holder] = {}
    for holder in found:
        if not holder.is_me() and _alive(holder):
            named[(holder.pid, holder.host)] = holder  # a process's newest line wins
    return list(named.values())


def _refusal(db_path: Path) -> NotAllowed:
    who = holders(db_path)
    if not who:
        return NotAllowed("database_in_use", str(lock_path(db_path)))
    return NotAllowed("database_in_use_by", "; ".join(h.describe() for h in who))


# --- file locks (fcntl.flock, or LockFileEx on one far byte on Windows) ------------------------
if sys.platform == "win32":  # pragma: no cover - exercised on Windows only
    import ctypes
    import msvcrt
    from ctypes import wintypes

    class _Overlapped(ctypes.Structure):
        _fields_ = [("Internal", ctypes.c_void_p), ("InternalHigh", ctypes.c_void_p),
                    ("Offset", wintypes.DWORD), ("OffsetHigh", wintypes.DWORD), ("hEvent", wintypes.HANDLE)]

    _kernel32 = ctypes.WinDLL("kernel32", use_last_error=True)
    _FAIL_IMMEDIATELY, _EXCLUSIVE = 0x1, 0x2

    def _region() -> _Overlapped:
        overlapped = _Overlapped()
        overlapped.OffsetHigh = 1  # 4 GiB: past any content, so readers are never blocked
        return overlapped

    def _try_lock(fd: int, exclusive: bool) -> bool:
        flags = _FAIL_IMMEDIATELY | (_EXCLUSIVE if exclusive else 0)
        return bool(_kernel32.LockFileEx(msvcrt.get_osfhandle(fd), flags, 0, 1, 0, ctypes.byref(_region())))

    def _unlock(fd: int) -> None:
        _kernel32.UnlockFileEx(msvcrt.get_osfhandle(fd), 0, 1, 0, ctypes.byref(_region()))
else:
    def _try_lock(fd: int, exclusive: bool) -> bool:
        try:
            fcntl.flock(fd, (fcntl.LOCK_EX if exclusive else fcntl.LOCK_SH) | fcntl.LOCK_NB)
        except BlockingIOError:
            return False
        return True

    def _unlock(fd: int) -> None:
        with contextlib.suppress(OSError):
            fcntl.flock(fd, fcntl.LOCK_UN)


def _same_file(fd: int, path: Path) -> bool:
    """Whether ``fd`` is still the file at ``path`` (not one cleared and made anew meanwhile)."""
    try:
        mine, there = os.fstat(fd), os.stat(path)
    except OSError:
        return False
    return (mine.st_dev, mine.st_ino) == (there.st_dev, there.st_ino)


_BINARY = getattr(os, "O_BINARY", 0)


# --- the writer lock ---------------------------------------------------------------------------
def held_by_running_padi(db_path: Path) -> bool:
    """Whether a running PADI (window or command) holds the writer lock (a crashed one's leftover does not count)."""
    try:
        fd = os.open(lock_path(db_path), os.O_RDWR | _BINARY)
    except FileNotFoundError:
        return False
    except PermissionError:
        return True  # Windows: a window keeps it open without sharing
    except OSError:
        return False
    try:
        if not _try_lock(fd, exclusive=True):
            return True
        _unlock(fd)
        return False
    finally:
        os.close(fd)


def refuse_if_in_use(db_path: Path) -> None:
    """NotAllowed while a running PADI holds the database's writer lock (naming it where knowable)."""
    if held_by_running_padi(db_path):
        raise _refusal(db_path)


def _clear_stale(path: Path) -> bool:
    """Remove a writer lock nobody holds (a crash's leftover); False while someone holds it."""
    try:
        fd = os.open(path, os.O_RDWR | _BINARY)
    except FileNotFoundError:
        return True
    except PermissionError:
        return False  # Windows: a window keeps it open without sharing
    if not _try_lock(fd, exclusive=True):
        os.close(fd)
        return False
    _release_writer(path, fd)
    return True


class _Held:
    """A lock this process holds on one file, shared by the calls of this process (counted)."""

    def __init__(self, path: Path, fd: int, holder: Holder) -> None:
        self.path, self.fd, self.holder, self.count = path, fd, holder, 1


_writers: dict[str, _Held] = {}
_sessions: dict[str, _Held] = {}
_exclusives: dict[str, _Held] = {}
_guard = threading.RLock()


def _key(db_path: Path) -> str:
    return os.path.normcase(os.path.abspath(db_path))


def _qt_process_name() -> str:
    """What QLockFile writes as the program: the running executable's file name."""
    return Path(os.path.realpath(sys.executable)).name


def _take_writer(db_path: Path, holder: Holder) -> int:
    path = lock_path(db_path)
    for _attempt in range(20):
        try:
            fd = os.open(path, os.O_RDWR | os.O_CREAT | os.O_EXCL | _BINARY, 0o644)
        except FileExistsError:
            if not _clear_stale(path):
                raise _refusal(db_path) from None
            continue
        except FileNotFoundError:
            return -1  # no such folder yet: nobody can have this database open
        if not _try_lock(fd, exclusive=True) or not _same_file(fd, path):
            os.close(fd)  # cleared as a leftover by another process before it was locked: again
            continue
        content = f"{holder.pid}\n{_qt_process_name()}\n{holder.host}\n\n\n".encode() + holder.line()
        try:
            os.write(fd, content)
        except OSError:
            _release_writer(path, fd)
            raise
        return fd
    raise _refusal(db_path)


def _release_writer(path: Path, fd: int) -> None:
    """Remove the lock file this descriptor holds locked, and let go of it.

    Linux/macOS remove it while still holding it (whoever opened it meanwhile finds it gone); Windows
    cannot remove a file it has open, so it removes it just after, which fails harmlessly when someone
    opened it in between (that one then clears it as a leftover).
    """
    if fd < 0:
        return
    ours = _same_file(fd, path)
    try:
        if ours and sys.platform != "win32":
            with contextlib.suppress(OSError):
                os.unlink(path)
    finally:
        _unlock(fd)
        os.close(fd)
    if ours and sys.platform == "win32":  # pragma: no cover - Windows only
        with contextlib.suppress(OSError):
            os.unlink(path)


@contextlib.contextmanager
def writer_lock(db_path: Path, holder: Holder) -> Iterator[None]:
    """Hold the database's writer lock for the block (a command that changes data).

    Refused with NotAllowed (``database_in_use_by`` naming the holder, or ``database_in_use``) while a
    PADI window or another command holds it. Nested use in one process shares the lock.
    """
    key = _key(db_path)
    with _guard:
        held = _writers.get(key)
        if held is not None:
            held.count += 1
        else:
            held = _writers[key] = _Held(lock_path(db_path), _take_writer(db_path, holder), holder)
    try:
        yield
    finally:
        with _guard:
            held.count -= 1
            if held.count == 0:
                del _writers[key]
                _release_writer(held.path, held.fd)


# --- who has the database open -----------------------------------------------------------------
_SESSION_FLAGS = os.O_RDWR | os.O_CREAT | os.O_APPEND | _BINARY


def _locked(db_path: Path, *, exclusive: bool, wait: float, fd: int = -1) -> int:
    """A descriptor of the sessions file as it is now, locked; -1 when ``wait`` seconds were not enough.

    A process that leaves last removes the file; one that opened it just before finds its lock on a
    removed file and opens it anew. Raises OSError when the file cannot be made (a read-only folder).
    """
    path = sessions_path(db_path)
    deadline = time.monotonic() + wait
    for _attempt in range(1000):
        if fd < 0:
            fd = os.open(path, _SESSION_FLAGS, 0o644)
        if _try_lock(fd, exclusive):
            if _same_file(fd, path) or _attempt > 50:  # (a file system without stable file ids)
                return fd
            _unlock(fd)
            os.close(fd)
            fd = -1
            continue
        if time.monotonic() >= deadline:
            break
        time.sleep(_POLL)
    if fd >= 0:
        os.close(fd)
    return -1


def _tidy(fd: int, db_path: Path) -> None:
    """Let go of the sessions file; the last process to leave removes it (no litter beside the database)."""
    path = sessions_path(db_path)
    _unlock(fd)
    if sys.platform == "win32":  # pragma: no cover - Windows: removing fails while anyone has it open
        os.close(fd)
        with contextlib.suppress(OSError):
            os.unlink(path)
        return
    try:
        if _try_lock(fd, exclusive=True):
            if _same_file(fd, path):
                with contextlib.suppress(OSError):
                    os.unlink(path)
            _unlock(fd)
    finally:
        os.close(fd)


def _join(db_path: Path, holder: Holder) -> int:
    """Take a shared place among those who have the database open, with a line naming this process.

    -1 when the file cannot be made (a read-only folder: nobody can replace the database there either).
    """
    try:
        fd = _locked(db_path, exclusive=True, wait=0.0)
        if fd >= 0:  # nobody else has it open: the lines there are all stale
            os.ftruncate(fd, 0)
            _unlock(fd)
        fd = _locked(db_path, exclusive=False, wait=SHARED_WAIT, fd=fd)
    except OSError:
        return -1
    if fd < 0:
        raise _refusal(db_path)  # a restore is replacing the database
    try:
        os.write(fd, holder.line())
    except OSError:
        pass  # the lock is what matters; the line only names this process
    return fd


@contextlib.contextmanager
def session(db_path: Path, holder: Holder) -> Iterator[None]:
    """Say, for the block, that this process has the database open (a shared lock and a line naming it).

    Refused with NotAllowed while a restore replaces the database. Nested use in one process shares it.
    """
    key = _key(db_path)
    with _guard:
        held = _sessions.get(key)
        if held is not None:
            held.count += 1
        else:
            fd = -1 if key in _exclusives else _join(db_path, holder)  # already alone with it
            held = _sessions[key] = _Held(sessions_path(db_path), fd, holder)
    try:
        yield
    finally:
        with _guard:
            held.count -= 1
            if held.count == 0:
                del _sessions[key]
                if held.fd >= 0:
                    _tidy(held.fd, db_path)


@contextlib.contextmanager
def exclusive(db_path: Path, holder: Holder) -> Iterator[None]:
    """Have the database to this process alone for the block (a restore).

    Refused with NotAllowed, naming them, while any other process has the database open (or holds its
    writer lock); while the block runs, every other process that tries to open it is refused, naming
    ``holder``. This process's own session on the database, if any, steps aside for the block.
    """
    key = _key(db_path)
    with _guard:
        held = _exclusives.get(key)
        if held is not None:
            held.count += 1
        else:
            held = _exclusives[key] = _Held(sessions_path(db_path), _claim(db_path, holder, key), holder)
    try:
        yield
    finally:
        with _guard:
            held.count -= 1
            if held.count == 0:
                del _exclusives[key]
                if held.fd >= 0:
                    _tidy(held.fd, db_path)
                _rejoin(db_path, key)


def _claim(db_path: Path, holder: Holder, key: str) -> int:
    """The exclusive lock of :func:`exclusive` (-1 when the folder does not exist yet)."""
    own = _sessions.get(key)
    if own is not None and own.fd >= 0:
        _unlock(own.fd)  # stepped aside: rejoins afterwards
    try:
        try:
            fd = _locked(db_path, exclusive=True, wait=0.0)
        except FileNotFoundError:  # no such folder yet: nobody can have this database open
            return -1
        if fd < 0:
            raise _refusal(db_path)
        try:
            if key not in _writers and held_by_running_padi(db_path):
                writer = _lock_file_holder(lock_path(db_path))
                if writer is None or not writer.is_me():  # this process's own window holds it: fine
                    raise _refusal(db_path)
            os.ftruncate(fd, 0)
            os.write(fd, holder.line())
        except BaseException:
            _tidy(fd, db_path)
            raise
        return fd
    except BaseException:
        _rejoin(db_path, key)
        raise


def _rejoin(db_path: Path, key: str) -> None:
    """This process's own session, set aside by :func:`exclusive`, takes its shared place again."""
    own = _sessions.get(key)
    if own is None or own.fd < 0:
        return
    os.close(own.fd)
    own.fd = -1
    with contextlib.suppress(NotAllowed):
        own.fd = _join(db_path, own.holder)
