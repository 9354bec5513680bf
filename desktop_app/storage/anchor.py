"""The chain-head anchor: a small file beside the database naming the newest activity-log entry.

``padi.db.anchor`` holds the id and hash of the log's head as PADI last wrote it, and of the head
before that commit. It is written (to a temporary name, flushed to disk, then renamed over the old
one) inside every commit that appends to the log, just before the commit itself, while the database's
write lock is held: so a commit that reached the disk always has its anchor, and a commit that did
not (a crash, a failed commit) leaves the anchor's *previous* head matching the log.

A log whose head is neither of the two was cut off (entries deleted at the end), rewritten, or added
to outside PADI. A missing anchor is only a warning: a database copied by hand has none, and PADI
makes a new one at its next commit. The anchor cannot stop someone who rewrites the database and
the anchor together (see README, "Keandalan").
"""

from __future__ import annotations

import contextlib
import datetime as dt
import json
import os
import threading
from dataclasses import dataclass
from pathlib import Path

SUFFIX = ".anchor"
FORMAT = "padi-log-anchor"
VERSION = 1
_MAX_BYTES = 64 * 1024


class AnchorUnreadable(Exception):
    """The anchor file exists but is not an anchor PADI wrote."""


@dataclass(frozen=True)
class Anchor:
    head_id: int
    head_hash: str
    previous_id: int
    previous_hash: str
    written_at: str = ""

    def accepts(self, head_id: int, head_hash: str) -> bool:
        """Whether a log whose newest entry is (id, hash) agrees with this anchor."""
        return (head_id, head_hash) in ((self.head_id, self.head_hash), (self.previous_id, self.previous_hash))

    def as_json(self) -> dict:
        return {"format": FORMAT, "version": VERSION, "head": {"id": self.head_id, "hash": self.head_hash},
                "previous": {"id": self.previous_id, "hash": self.previous_hash}, "written_at": self.written_at}


def path_for(db_path: Path) -> Path:
    """``padi.db`` → ``padi.db.anchor``."""
    db_path = Path(db_path)
    return db_path.with_name(db_path.name + SUFFIX)


def read(db_path: Path) -> Anchor | None:
    """The anchor beside the database; None when there is none; AnchorUnreadable when it is not one."""
    path = path_for(db_path)
    try:
        with open(path, "rb") as fh:
            raw = fh.read(_MAX_BYTES + 1)
    except FileNotFoundError:
        return None
    except OSError as err:
        raise AnchorUnreadable(str(err)) from err
    try:
        data = json.loads(raw.decode("utf-8"))
        if data.get("format") != FORMAT or len(raw) > _MAX_BYTES:
            raise ValueError("not an anchor")
        head, previous = data["head"], data["previous"]
        return Anchor(int(head["id"]), str(head["hash"]), int(previous["id"]), str(previous["hash"]),
                      str(data.get("written_at", "")))
    except (ValueError, KeyError, TypeError, AttributeError) as err:
        raise AnchorUnreadable(str(err)) from err


def write(db_path: Path, anchor: Anchor) -> None:
    """Replace the anchor atomically and durably (temporary file, fsync, rename, fsync of the folder)."""
    path = path_for(db_path)
    temporary = path.with_name(f"{path.name}.{os.getpid()}-{threading.get_ident()}.tmp")
    payload = json.dumps({**anchor.as_json(), "written_at": anchor.written_at or _now()}, indent=1)
    try:
        with open(temporary, "w", encoding="utf-8") as fh:
            fh.write(payload + "\n")
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(temporary, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.remove(temporary)
        raise
    _fsync_folder(path.parent)


def _fsync_folder(folder: Path) -> None:
    """Make the rename durable where the system allows opening a folder (not on Windows)."""
    if os.name == "nt":
        return
    with contextlib.suppress(OSError):
        fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


def _now() -> str:
    return dt.datetime.now().replace(microsecond=0).isoformat()
