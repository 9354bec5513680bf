"""`padi check` and the check at GUI start: the database file's integrity and the activity log's hash chain."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy.exc import DatabaseError

from desktop_app.services.context import ServiceContext
from desktop_app.storage import activity_log
from desktop_app.storage.health import database_problems


@dataclass(frozen=True)
class IntegrityReport:
    database_problems: tuple[str, ...]
    chain: activity_log.ChainReport

    @property
    def ok(self) -> bool:
        return not self.database_problems and self.chain.ok


def check(ctx: ServiceContext) -> IntegrityReport:
    """Run integrity_check, foreign_key_check and verify the log chain."""
    problems = tuple(database_problems(ctx.db))
    with ctx.db.reading() as s:
        chain = activity_log.verify(s)
    return IntegrityReport(problems, chain)


def quick_check(ctx: ServiceContext) -> IntegrityReport:
    """The check the GUI runs at every start: ``PRAGMA quick_check`` (fast, no index cross-check) and the
    log chain. ``padi check`` runs the full integrity_check and foreign_key_check instead."""
    try:
        with ctx.db.reading() as s:
            problems = tuple(database_problems(ctx.db, s, quick=True))
            chain = activity_log.verify(s)
    except DatabaseError as exc:
        return IntegrityReport((f"unreadable database: {exc}",),
                               activity_log.ChainReport(False, 0, "", None, "unreadable"))
    return IntegrityReport(problems, chain)
