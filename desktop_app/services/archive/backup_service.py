"""Step 8 as a use case: back up the database to a chosen folder, verified, recorded and logged.

Also the backup settings kept with the office's data (target folder, rotation, backup on exit),
the rotation applied on the target after each verified backup, and re-verifying the backups
found on a target (flash disks lie about writes).
"""

from __future__ import annotations

import datetime as dt
import os
import re
import tempfile
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import select, text

from desktop_app import __version__
from desktop_app.documents.letters import RecoveryFacts, RecoverySheet
from desktop_app.domain.errors import BadInput, Cancelled, IntegrityFailure, NotAllowed
from desktop_app.domain.filenames import slug
from desktop_app.domain.roles import Action, Actor
from desktop_app.domain.rotation import BackupEntry, RotationPolicy, to_delete
from desktop_app.domain.steps import Step
from desktop_app.domain.workflow import PublicationState
from desktop_app.services.accounts import letterhead_of
from desktop_app.services.archive import backup_format as backup_archive
from desktop_app.services.datasets import report_target
from desktop_app.services.publications import PublicationService, render_publication
from desktop_app.services.runtime import ServiceContext, attempt, record_output, write_atomically
from desktop_app.storage.models import BackupRecord, Office, Setting

SETTINGS_KEY = "backup"
_NAME_TIME = re.compile(r"^padi-cadangan-(\d{8}-\d{6})")


@dataclass(frozen=True)
class BackupSettings:
    """Office-wide backup settings (stored in the ``settings`` table)."""

    target: str = ""
    rotation: RotationPolicy = field(default_factory=RotationPolicy)
    on_exit: bool = False
    encrypt: bool = False  # ask for a passphrase at each backup (it is never stored)

    def as_dict(self) -> dict:
        return {"target": self.target, **self.rotation.as_dict(), "on_exit": self.on_exit, "encrypt": self.encrypt}

    @classmethod
    def from_dict(cls, data: dict | None) -> BackupSettings:
        data = data or {}
        return cls(str(data.get("target", "")), RotationPolicy.from_dict(data), bool(data.get("on_exit", False)),
                   bool(data.get("encrypt", False)))


@dataclass(frozen=True)
class TargetBackup:
    """A backup file found on a target: when it was made and what is known about it."""

    path: Path
    created_at: dt.datetime
    size: int
    encrypted: bool
    recorded: bool        # made by this database (listed in its backups table)
    verified: bool        # recorded as verified and not found damaged since
    problems: tuple[tuple[str, str], ...] = ()


def _name_order(name: str) -> tuple[str, int]:
    """Sort key of backup names: the time, then the -2, -3... of backups made in the same second."""
    match = re.match(r"^(padi-cadangan-\d{8}-\d{6})(?:-(\d+))?\.", name)
    return (match.group(1), int(match.group(2) or 1)) if match else (name, 0)


def _name_time(name: str) -> dt.datetime | None:
    match = _NAME_TIME.match(name)
    if not match:
        return None
    try:
        return dt.datetime.strptime(match.group(1), "%Y%m%d-%H%M%S")
    except ValueError:
        return None


@dataclass(frozen=True)
class BackupInfo:
    path: Path
    sha256: str
    size: int
    created_at: dt.datetime
    verified: bool


class ArchiveService:
    """Backups of the office's data; a backup is reported only after it was verified."""

    def __init__(self, ctx: ServiceContext, publications: PublicationService | None = None) -> None:
        self.ctx = ctx
        self.publications = publications

    @attempt("backup_made")
    def backup(self, target_dir: Path, progress: Callable[[int, int], None] | None = None,
               passphrase: str | None = None) -> BackupInfo:
        """Write a verified archive to ``target_dir``; raises BackupError codes on failure (logged).

        ``progress(done, total)`` may raise ``Cancelled`` to stop; nothing is left behind then.
        With a ``passphrase`` the archive is encrypted (and verified by decrypting it). After a
        verified backup the rotation of the settings prunes older verified backups on the target;
        nothing is pruned after a failure.
        """
        target_dir = Path(target_dir)
        with self.ctx.db.unit_of_work() as s:
            self.ctx.require(s, Action.BACKUP)
        started = self.ctx.now()
        try:
            with tempfile.TemporaryDirectory(prefix="padi-backup-pdf-") as tmp:
                files = self._publication_pdfs(Path(tmp))
                result = backup_archive.write_backup(
                    self.ctx.db.path, target_dir, now=started, files=files, **self._server_snapshot(),
                    info={"app_version": __version__, "publications": sorted(files)},
                    progress=progress, passphrase=passphrase)
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
            pruned = self._rotate(s, target_dir, result.path)
            self.ctx.log(s, "backup_made", step=Step.ARCHIVE, object_type="backup", object_id=record.id,
                         object_label=result.path.name, since=started,
                         detail={"sha256": result.sha256, "size": result.size, "folder": str(target_dir),
                                 "encrypted": bool(passphrase), "pruned": pruned})
        return BackupInfo(result.path, result.sha256, result.size, result.created_at, True)

    def _server_snapshot(self) -> dict:
        """A server office's database member: one REPEATABLE READ snapshot copied into a SQLite file."""
        db = self.ctx.db
        if not db.is_server:
            return {}
        from desktop_app.storage.transfer import snapshot_to_sqlite

        with db.reading() as s:
            size = int(s.execute(text("SELECT pg_database_size(current_database())")).scalar() or 0)
        return {"snapshot": lambda dest: snapshot_to_sqlite(db, dest), "source_size": size}

    def _publication_pdfs(self, folder: Path) -> dict[str, Path]:
        """The PDF of every approved or published publication, as published (archive key → file).

        Attachments (confirmation scans, the logo) live inside the database, so the snapshot holds
        them; the publications' PDFs are rendered from their frozen, hash-bound approved versions.
        """
        if self.publications is None:
            return {}
        files: dict[str, Path] = {}
        for pub in self.publications.list([PublicationState.APPROVED, PublicationState.PUBLISHED]):
            key = f"publikasi/{pub.id:04d}-{slug(pub.title, 60)}-v{pub.version}.pdf"
            path = folder / key.replace("/", "_")
            render_publication(self.publications.document(pub.id), path)
            files[key] = path
        return files

    def _rotate(self, s, target_dir: Path, newest: Path) -> list[str]:  # noqa: ANN001 (a Session)
        """Delete the verified backups the rotation no longer keeps; their names (best effort)."""
        policy = BackupSettings.from_dict(self._settings_value(s)).rotation
        found = self._scan(s, target_dir)
        doomed = to_delete([BackupEntry(b.path, b.created_at, b.verified) for b in found], policy,
                           protect={newest})
        pruned = []
        for path in doomed:
            try:
                os.remove(path)
            except OSError:
                continue  # a file we cannot delete simply stays
            pruned.append(path.name)
        return pruned

    # --- settings ---------------------------------------------------------------------------
    @staticmethod
    def _settings_value(s) -> dict | None:  # noqa: ANN001
        row = s.get(Setting, SETTINGS_KEY)
        return row.value if row else None

    def settings(self) -> BackupSettings:
        with self.ctx.db.reading() as s:
            return BackupSettings.from_dict(self._settings_value(s))

    @attempt("backup_settings_changed")
    def save_settings(self, settings: BackupSettings) -> None:
        """Store the backup settings (needs the backup permission); logged with the new values."""
        with self.ctx.db.unit_of_work() as s:
            self.ctx.require(s, Action.BACKUP)
            row = s.get(Setting, SETTINGS_KEY)
            if row is None:
                s.add(Setting(key=SETTINGS_KEY, value=settings.as_dict()))
            else:
                row.value = settings.as_dict()
            self.ctx.log(s, "backup_settings_changed", step=Step.ARCHIVE, object_type="setting",
                         object_label=SETTINGS_KEY, detail=settings.as_dict())

    # --- backups on a target ----------------------------------------------------------------
    def _scan(self, s, target_dir: Path) -> list[TargetBackup]:  # noqa: ANN001
        """The backup files in ``target_dir``, newest first, matched with this database's records by name."""
        try:
            names = sorted(os.listdir(target_dir), key=_name_order, reverse=True)
        except OSError:
            return []
        records: dict[str, BackupRecord] = {}
        for record in s.scalars(select(BackupRecord).order_by(BackupRecord.id)):
            records[Path(record.path).name] = record
        found = []
        for name in names:
            when = _name_time(name)
            if when is None or not backup_archive.is_backup_name(name):
                continue
            path = Path(target_dir) / name
            try:
                size = os.stat(path).st_size
            except OSError:
                continue
            record = records.get(name)
            verified = bool(record and record.verified and record.size == size)
            found.append(TargetBackup(path, when, size, name.endswith(".padienc"), record is not None, verified))
        return found

    def backups_on(self, target_dir: Path) -> list[TargetBackup]:
        """The backups found on a target folder, newest first (no file is read beyond its size)."""
        with self.ctx.db.reading() as s:
            return self._scan(s, Path(target_dir))

    def reverify(self, target_dir: Path, passphrase: str | None = None,
                 progress: Callable[[int, int], None] | None = None) -> list[TargetBackup]:
        """Verify every backup on a target again; records of this database get the outcome (logged once).

        An encrypted backup is checked fully only with its passphrase; without one it is reported
        with ``passphrase_needed`` and its record is left as it was.
        """
        with self.ctx.db.reading() as s:
            found = self._scan(s, Path(target_dir))
        results: list[TargetBackup] = []
        for index, item in enumerate(found):
            if progress is not None:
                progress(index, len(found))
            report = backup_archive.verify_backup(item.path, passphrase)
            results.append(TargetBackup(item.path, item.created_at, item.size, item.encrypted, item.recorded,
                                        report.ok, report.problems))
        if progress is not None:
            progress(len(found), len(found))
        with self.ctx.db.unit_of_work() as s:
            self.ctx.require(s, Action.BACKUP)
            now = self.ctx.now()
            for item in results:
                if not item.recorded or any(code == "passphrase_needed" for code, _ in item.problems):
                    continue
                for record in s.scalars(select(BackupRecord).where(BackupRecord.path.like(f"%{item.path.name}"))):
                    if Path(record.path).name == item.path.name:
                        record.verified = item.verified
                        record.verified_at = now
            self.ctx.log(s, "backups_reverified", step=Step.ARCHIVE, object_type="backup",
                         object_label=str(target_dir),
                         detail={"checked": len(results), "damaged": [r.path.name for r in results
                                                                      if not r.verified and r.recorded]})
        return results

    def recovery_sheet(self, backup: BackupInfo, passphrase_kept_at: str, out_path: Path) -> Path:
        """Print the recovery sheet of an encrypted backup to a PDF (never the passphrase); logged."""
        from desktop_app.render.pdf.recovery_sheet import render_recovery_sheet_bytes  # reportlab only for a PDF

        out_path = Path(out_path)
        with self.ctx.db.unit_of_work() as s:
            actor = self.ctx.require(s, Action.BACKUP)
            office = s.get(Office, 1)
            if office is None:
                raise NotAllowed("not_set_up")
            letterhead = letterhead_of(office)
            facts = RecoveryFacts(backup.path.name, backup.sha256, backup.size, backup.created_at, actor.display,
                                  passphrase_kept_at.strip())
            report_target(out_path, ctx=self.ctx)
            write_atomically(render_recovery_sheet_bytes(RecoverySheet(letterhead, facts, self.ctx.now().date())), out_path)
            self.ctx.log(s, "recovery_sheet_printed", step=Step.ARCHIVE, object_type="backup",
                         object_label=backup.path.name, detail={"file": out_path.name})
            record_output(self.ctx, out_path, "recovery_sheet", s)
        return out_path

    def restore_actor(self) -> Actor:
        """The logged-in actor, if they may restore a backup over this database (NotAllowed otherwise).

        A server office is never restored over itself (its log is never overwritten): NotAllowed
        ``restore_on_server``; a backup goes into an empty server database instead (``padi restore``)."""
        with self.ctx.db.reading() as s:
            actor = self.ctx.require(s, Action.RESTORE)
            if self.ctx.db.is_server:
                raise NotAllowed("restore_on_server")  # logged as a refusal
            return actor

    def last_verified(self) -> BackupInfo | None:
        with self.ctx.db.reading() as s:
            record = s.scalars(select(BackupRecord).where(BackupRecord.verified)
                               .order_by(BackupRecord.created_at.desc()).limit(1)).first()
            if record is None:
                return None
            return BackupInfo(Path(record.path), record.sha256, record.size, record.created_at, True)


def verify_file(path: Path, passphrase: str | None = None) -> backup_archive.VerifyReport:
    """Verify a backup archive without opening any database (no user needed).

    For an encrypted backup a missing or wrong passphrase is BadInput (``passphrase_needed``,
    ``wrong_passphrase``), not a verdict on the file.
    """
    if not Path(path).exists():
        raise BadInput("no_such_file", str(path))
    report = backup_archive.verify_backup(Path(path), passphrase)
    codes = [code for code, _ in report.problems]
    if codes in (["passphrase_needed"], ["wrong_passphrase"]):
        raise BadInput(codes[0], str(path))
    return report


def require_verified(path: Path) -> dict:
    report = verify_file(path)
    if not report.ok:
        raise IntegrityFailure("backup_corrupt", "; ".join(f"{c}: {d}" for c, d in report.problems))
    return report.manifest or {}
