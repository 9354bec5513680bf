"""The hash-chained, append-only activity log: appending entries and verifying the chain.

Each entry also carries, in its hashed ``detail["bound"]``, the states that matter which its unit of
work changed (see ``bindings``); each unit of work that appends remembers the head before and after
in ``session.info`` for the chain-head anchor written at commit (see ``database`` and ``anchor``).
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select, text
from sqlalchemy.orm import Session

from desktop_app.storage import bindings, dialect
from desktop_app.storage.models import LogEntry

GENESIS = "0" * 64
HEADS = "padi_log_heads"  # session.info: {"previous": (id, hash), "head": (id, hash), "at": ..., "actor": ...}


def _digest(prev_hash: str, entry: Any) -> str:
    """The hash of an entry (a LogEntry or a row with its columns) chained to the previous hash."""
    payload = {
        "id": entry.id,
        "at": entry.at.isoformat(),
        "actor_id": entry.actor_id,
        "actor_name": entry.actor_name,
        "actor_role": entry.actor_role,
        "step": entry.step,
        "object_type": entry.object_type,
        "object_id": entry.object_id,
        "object_label": entry.object_label,
        "action": entry.action,
        "detail": entry.detail,
        "duration_seconds": entry.duration_seconds,
        "standard_seconds": entry.standard_seconds,
    }
    canonical = json.dumps(payload, sort_keys=True, ensure_ascii=False, separators=(",", ":"))
    return hashlib.sha256((prev_hash + canonical).encode("utf-8")).hexdigest()


def chain_head(session: Session) -> tuple[int, str]:
    """The id and hash of the newest entry (0 and the genesis hash for an empty log)."""
    last = session.execute(select(LogEntry.id, LogEntry.hash).order_by(LogEntry.id.desc()).limit(1)).first()
    return (last.id, last.hash) if last else (0, GENESIS)


def append(
    session: Session, *, at: dt.datetime, action: str, actor_id: int | None = None,
    actor_name: str = "", actor_role: str = "", step: int | None = None,
    object_type: str = "", object_id: int | None = None, object_label: str = "",
    detail: dict[str, Any] | None = None, duration_seconds: float | None = None,
    standard_seconds: float | None = None, bound: dict[str, Any] | None = None,
) -> LogEntry:
    """Add one entry chained to the newest; runs inside the caller's unit of work.

    The entry carries the changes to bound states this unit of work made since its previous entry
    (``bound``: bindings given by the caller, such as a baseline, instead).

    On a server, appends are serialised by a transaction-scoped advisory lock taken before the head is
    read (held until the unit of work ends), so entries of several PCs form one chain; the other PCs
    are told of the new head when the unit of work commits (NOTIFY is delivered only on commit).
    """
    session.flush()  # collects the changes made so far (bindings' flush hooks)
    changes = bound if bound is not None else bindings.take(session)
    if changes:
        detail = {**(detail or {}), bindings.BOUND: changes}
    on_server = dialect.on_server(session)
    if on_server:
        session.execute(text("SELECT pg_advisory_xact_lock(:k)"), {"k": dialect.LOG_LOCK_KEY})
    last_id, last_hash = chain_head(session)
    entry = LogEntry(
        id=last_id + 1, at=at, action=action, actor_id=actor_id, actor_name=actor_name,
        actor_role=actor_role, step=step, object_type=object_type, object_id=object_id,
        object_label=object_label, detail=detail or {}, duration_seconds=duration_seconds,
        standard_seconds=standard_seconds, prev_hash=last_hash, hash="",
    )
    entry.hash = _digest(last_hash, entry)
    session.add(entry)
    session.flush()
    heads = session.info.setdefault(HEADS, {"previous": (last_id, last_hash)})
    heads.update(head=(entry.id, entry.hash), at=at, actor=(actor_id, actor_name, actor_role))
    session.info.setdefault(dialect.LOG_HASHES, []).append(entry.hash)
    if on_server:
        session.execute(text("SELECT pg_notify(:channel, :payload)"),
                        {"channel": dialect.CHANGES_CHANNEL, "payload": str(entry.id)})
    return entry


@dataclass(frozen=True)
class ChainReport:
    """Result of verifying the chain: ok, or the first bad entry and why."""

    ok: bool
    entries: int
    head: str
    first_bad_id: int | None = None
    reason: str = ""


_COLUMNS = (LogEntry.id, LogEntry.at, LogEntry.actor_id, LogEntry.actor_name, LogEntry.actor_role, LogEntry.step,
            LogEntry.object_type, LogEntry.object_id, LogEntry.object_label, LogEntry.action, LogEntry.detail,
            LogEntry.duration_seconds, LogEntry.standard_seconds, LogEntry.prev_hash, LogEntry.hash)


def verify(session: Session, visit: Callable[[Any], None] | None = None) -> ChainReport:
    """Walk the whole chain; name the first entry that was edited, removed or inserted.

    ``visit`` sees every entry of the intact part of the chain, in order, as a row with the entry's
    columns (one pass for the replay of the bound states)."""
    prev_hash, expected_id, count = GENESIS, 1, 0
    # Plain rows of the columns, not ORM objects: a long log is read at about twice the speed.
    for entry in session.execute(select(*_COLUMNS).order_by(LogEntry.id)).yield_per(5000):
        count += 1
        if entry.id != expected_id:
            return ChainReport(False, count, prev_hash, expected_id, "missing")
        if entry.prev_hash != prev_hash:
            return ChainReport(False, count, prev_hash, entry.id, "broken_link")
        if _digest(prev_hash, entry) != entry.hash:
            return ChainReport(False, count, prev_hash, entry.id, "altered")
        if visit is not None:
            visit(entry)
        prev_hash, expected_id = entry.hash, expected_id + 1
    return ChainReport(True, count, prev_hash)
