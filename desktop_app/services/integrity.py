"""`padi check`: the database file's integrity and the activity log's hash chain."""

from __future__ import annotations

from dataclasses import dataclass

from desktop_app.services.context import ServiceContext
from desktop_app.storage import activity_log
from desktop_app.storage.snapshot import check_database_file


@dataclass(frozen=True)
class IntegrityReport:
    database_problems: tuple[str, ...]
    chain: activity_log.ChainReport

    @property
    def ok(self) -> bool:
        return not self.database_problems and self.chain.ok


def check(ctx: ServiceContext) -> IntegrityReport:
    """Run integrity_check, foreign_key_check and verify the log chain."""
    problems = tuple(check_database_file(ctx.db.path))
    with ctx.db.unit_of_work() as s:
        chain = activity_log.verify(s)
    return IntegrityReport(problems, chain)
