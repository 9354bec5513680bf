"""Reading the activity log for people: entries with their time against the standard, and counts."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import select

from desktop_app.services.runtime import ServiceContext
from desktop_app.storage import activity_log, bindings
from desktop_app.storage.models import LogEntry


@dataclass(frozen=True)
class LogEntryInfo:
    id: int
    at: dt.datetime
    actor: str
    role: str
    step: int | None
    object_type: str
    object_label: str
    action: str
    duration_seconds: float | None
    standard_seconds: float | None
    detail: dict


class ActivityService:
    """The Catatan Aktivitas: newest first, with the chain's verification state."""

    def __init__(self, ctx: ServiceContext) -> None:
        self.ctx = ctx

    def entries(self, limit: int = 500, text: str = "") -> list[LogEntryInfo]:
        with self.ctx.db.reading() as s:
            query = select(LogEntry).order_by(LogEntry.id.desc()).limit(limit)
            if text.strip():
                like = f"%{text.strip()}%"
                query = query.where(LogEntry.actor_name.ilike(like) | LogEntry.object_label.ilike(like)
                                    | LogEntry.action.ilike(like))
            return [LogEntryInfo(e.id, e.at, e.actor_name, e.actor_role, e.step, e.object_type, e.object_label,
                                 e.action, e.duration_seconds, e.standard_seconds, _for_people(e.detail))
                    for e in s.scalars(query)]

    def verify_chain(self) -> activity_log.ChainReport:
        with self.ctx.db.reading() as s:
            return activity_log.verify(s)


def _for_people(detail: dict | None) -> dict:
    """An entry's detail without the bound states it carries (hashes for `padi check`, not for reading)."""
    return {key: value for key, value in (detail or {}).items() if key != bindings.BOUND}
