"""Step 8 as a use case: back up the database to a chosen folder, verified, recorded and logged."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import func, select

from desktop_app import __version__
from desktop_app.domain.errors import BadInput, Cancelled, IntegrityFailure
from desktop_app.domain.roles import Action
from desktop_app.domain.steps import Step
from desktop_app.services import backup_archive
from desktop_app.services.context import ServiceContext
from desktop_app.storage import activity_log
from desktop_app.storage.models import BackupRecord, Dataset, LogEntry, Publication, User

COUNTED = {"users": User, "datasets": Dataset, "publications": Publication, "activity_log": LogEntry}


@dataclass(frozen=True)
class BackupInfo:
    path: Path
    sha256: str
    size: int
    created_at: dt.datetime
    verified: bool


class ArchiveService:
    """Backups of the office's data; a backup is reported only after it was verified."""

    def __init__(self, ctx: ServiceContext) -> None:
        self.ctx = ctx

    def backup(self, target_dir: Path, progress: Callable[[int, int], None] | None = None) -> BackupInfo:
        """Write a verified archive to ``target_dir``; raises BackupError codes on failure (logged).

        ``progress(done, total)`` may raise ``Cancelled`` to stop; nothing is left behind then.
        """
        target_dir = Path(target_dir)
        with self.ctx.db.unit_of_work() as s:
            self.ctx.require(s, Action.BACKUP)
            _, head = activity_log.chain_head(s)
            counts = {name: s.scalar(select(func.count()).select_from(model)) for name, model in COUNTED.items()}
        started = self.ctx.now()
        try:
            result = backup_archive.write_backup(
                self.ctx.db.path, target_dir, now=started,
                info={"app_version": __version__, "log_chain_head": head, "counts": counts}, progress=progress)
        except Cancelled:
            with self.ctx.db.unit_of_work() as s:
                self.ctx.log(s, "backup_cancelled", step=Step.ARCHIVE, object_type="backup",
                             object_label=str(target_dir), since=started)
            raise
        except backup_archive.BackupError as err:
            with self.ctx.db.unit_of_work() as s:
                self.ctx.log(s, "backup_failed", step=Step.ARCHIVE, object_type="backup",
                             object_label=str(target_dir), since=started,
                             detail={"code": err.code, "detail": str(err.detail)[:500]})
            raise
        with self.ctx.db.unit_of_work() as s:
            record = BackupRecord(path=str(result.path), created_at=result.created_at, size=result.size,
                                  sha256=result.sha256, verified=True, verified_at=self.ctx.now(),
                                  created_by=self.ctx.actor.user_id)
            s.add(record)
            s.flush()
            self.ctx.log(s, "backup_made", step=Step.ARCHIVE, object_type="backup", object_id=record.id,
                         object_label=result.path.name, since=started,
                         detail={"sha256": result.sha256, "size": result.size, "folder": str(target_dir)})
        return BackupInfo(result.path, result.sha256, result.size, result.created_at, True)

    def last_verified(self) -> BackupInfo | None:
        with self.ctx.db.reading() as s:
            record = s.scalars(select(BackupRecord).where(BackupRecord.verified)
                               .order_by(BackupRecord.created_at.desc()).limit(1)).first()
            if record is None:
                return None
            return BackupInfo(Path(record.path), record.sha256, record.size, record.created_at, True)


def verify_file(path: Path) -> backup_archive.VerifyReport:
    """Verify a backup archive without opening any database (no user needed)."""
    if not Path(path).exists():
        raise BadInput("no_such_file", str(path))
    return backup_archive.verify_backup(Path(path))


def require_verified(path: Path) -> dict:
    report = verify_file(path)
    if not report.ok:
        raise IntegrityFailure("backup_corrupt", "; ".join(f"{c}: {d}" for c, d in report.problems))
    return report.manifest or {}
