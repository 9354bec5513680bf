"""The chain-head anchor: a small file beside the database naming the newest activity-log entry.

``padi.db.anchor`` holds the id and hash of the log's head as PADI last wrote it, and of the head
before that commit. It is written (one 512-byte record with a checksum, overwritten in place and
flushed to disk) inside every commit that appends to the log, just before the commit itself, while
the database's write lock is held: so a commit that reached the disk always has its anchor, and a
commit that did not (a crash, a failed commit) leaves the anchor's *previous* head matching the log.

A log whose head is neither of the two was cut off (entries deleted at the end), rewritten, or added
to outside PADI. A missing anchor is only a warning: a database copied by hand has none, and PADI
makes a new one at its next commit. The anchor cannot stop someone who rewrites the database and
the anchor together (see README, "Keandalan").
"""

from __future__ import annotations

import contextlib
import datetime as dt
import hashlib
import json
import os
import threading
from dataclasses import dataclass
from pathlib import Path

from desktop_app.storage.durable import sync_folder

SUFFIX = ".anchor"
FORMAT = "padi-log-anchor"
VERSION = 1
_MAX_BYTES = 64 * 1024
RECORD_BYTES = 512


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
        if data.get("check") != _check(data):
            raise ValueError("torn or edited")
        head, previous = data["head"], data["previous"]
        return Anchor(int(head["id"]), str(head["hash"]), int(previous["id"]), str(previous["hash"]),
                      str(data.get("written_at", "")))
    except (ValueError, KeyError, TypeError, AttributeError) as err:
        raise AnchorUnreadable(str(err)) from err


def write(db_path: Path, anchor: Anchor) -> None:
    """Write the anchor durably: one overwrite in place of a fixed-size record and one flush to disk.

    The record is a single 512-byte block (written whole by disks) with a checksum, so a write cut by a
    power loss reads as unreadable (a warning), never as another head. The first anchor of a database
    is made under a temporary name and renamed into place, with the folder flushed too.
    """
    path = path_for(db_path)
    record = _record(anchor)
    try:
        fd = os.open(path, os.O_WRONLY | getattr(os, "O_BINARY", 0))
    except FileNotFoundError:
        _create(path, record)
        return
    try:
        os.lseek(fd, 0, os.SEEK_SET)
        os.write(fd, record)
        if os.fstat(fd).st_size != len(record):
            os.ftruncate(fd, len(record))
        _flush(fd)
    finally:
        os.close(fd)


def _record(anchor: Anchor) -> bytes:
    data = {**anchor.as_json(), "written_at": anchor.written_at or _now()}
    data["check"] = _check(data)
    text = json.dumps(data, separators=(",", ":"))
    if len(text) > RECORD_BYTES - 1:
        raise ValueError("anchor record too long")
    return (text.ljust(RECORD_BYTES - 1) + "\n").encode("ascii")


def _check(data: dict) -> str:
    """A checksum over the record's fields (all but the checksum itself)."""
    fields = {key: value for key, value in data.items() if key != "check"}
    return hashlib.sha256(json.dumps(fields, sort_keys=True, separators=(",", ":")).encode()).hexdigest()[:16]


def _create(path: Path, record: bytes) -> None:
    temporary = path.with_name(f"{path.name}.{os.getpid()}-{threading.get_ident()}.tmp")
    try:
        with open(temporary, "wb") as fh:
            fh.write(record)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(temporary, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.remove(temporary)
        raise
    sync_folder(path.parent)


def _flush(fd: int) -> None:
    """Data to disk: fdatasync where there is one (the size and name do not change), else fsync."""
    sync = getattr(os, "fdatasync", None) or os.fsync
    sync(fd)


def _now() -> str:
    return dt.datetime.now().replace(microsecond=0).isoformat()
