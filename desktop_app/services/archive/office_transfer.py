"""Moving a whole office between engines: ``padi migrate`` and the guided job of Pengaturan → Basis Data.

SQLite → PostgreSQL when the office outgrows one PC, and back. The source is never changed (not even a
login is written to it: the credentials are checked read-only); the target must be new or empty, gets
the whole office in one transaction, is proven to hold exactly the source's snapshot (storage.transfer)
and only then receives the log entry ``office_migrated`` in its own chain. Who migrates must be allowed
to restore backups in the source (an administrator).

Restoring a backup to a server (``restore_to_server``) is the same copy from the backup's SQLite
database into an empty server database.
"""

from __future__ import annotations

import contextlib
import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import select

from desktop_app.domain.errors import BadInput, NotAllowed
from desktop_app.domain.roles import Action, Actor
from desktop_app.domain.steps import Step
from desktop_app.services.accounts import actor_of, password_matches
from desktop_app.services.archive import backup_format as backup_archive
from desktop_app.services.archive import restore
from desktop_app.services.runtime import ServiceContext
from desktop_app.storage.database import ANCHOR_REASON, Database
from desktop_app.storage.location import Location, parse
from desktop_app.storage.models import User
from desktop_app.storage.server import inspect
from desktop_app.storage.transfer import TransferReport, copy_office

Progress = Callable[[int, int], None]


@dataclass(frozen=True)
class MigrationResult:
    source: str
    target: str
    tables: dict[str, int]
    rows: int
    log_entries: int
    log_head: str


def check_credentials(db: Database, username: str, password: str, action: Action = Action.RESTORE) -> Actor:
    """The actor, if the password is right and the matrix of ``db`` allows ``action``; nothing is written."""
    ctx = ServiceContext(db)
    with db.reading() as s:
        user = s.scalar(select(User).where(User.username == username.strip().lower()))
        if user is None or not user.active or not password_matches(user.password_hash, password):
            raise NotAllowed("bad_credentials")
        actor = actor_of(user, False)
        if not ctx.permissions(s).allows(actor, action):
            raise NotAllowed("permission", action.value)
    return actor


def _sqlite_files(path: Path) -> list[Path]:
    return [path, path.with_name(path.name + "-wal"), path.with_name(path.name + "-shm"),
            path.with_name(path.name + ".anchor")]


def _open_empty_target(location: Location) -> tuple[Database, bool]:
    """The target opened at this program's schema; True when a SQLite file was made for it."""
    if location.is_server:
        if inspect(location).kind == "foreign":
            raise BadInput("not_padi_database", location.display())
        return Database.open(location), False
    path = Path(location.path)  # type: ignore[arg-type]
    if path.exists() and path.stat().st_size > 0:
        raise BadInput("target_database_not_empty", str(path))
    return Database.open(path), True


def migrate_office(source: str | Path | Location, target: str | Path | Location, username: str = "",
                   password: str = "", progress: Progress | None = None, *, actor: Actor | None = None) -> MigrationResult:
    """Copy the office at ``source`` into the new or empty ``target``, verified; the source is never changed.

    Who migrates: ``username`` and ``password`` checked read-only in the source, or ``actor`` (the user
    logged in to the window on the source, already allowed to restore).
    """
    source_loc, target_loc = parse(source), parse(target)
    if source_loc.display() == target_loc.display() or (
            not source_loc.is_server and not target_loc.is_server
            and Path(source_loc.path).resolve() == Path(target_loc.path).resolve()):  # type: ignore[arg-type]
        raise BadInput("migrate_same_database", target_loc.display())
    if not source_loc.is_server and not Path(source_loc.path).is_file():  # type: ignore[arg-type]
        raise BadInput("no_such_database", source_loc.display())
    if source_loc.is_server:
        if inspect(source_loc).kind != "padi":
            raise BadInput("not_padi_database", source_loc.display())
    source_db = Database(source_loc)  # never migrated, never written
    try:
        if actor is None:
            actor = check_credentials(source_db, username, password)
        target_db, made_file = _open_empty_target(target_loc)
        try:
            report = copy_office(source_db, target_db, progress)
            _log(target_db, actor, "office_migrated", target_db.location.display(), report,
                 {"from": source_loc.display(), "engine_from": source_loc.dialect, "engine_to": target_loc.dialect})
        except BaseException:
            target_db.close()
            if made_file:
                for leftover in _sqlite_files(Path(target_loc.path)):  # type: ignore[arg-type]
                    with contextlib.suppress(OSError):
                        leftover.unlink()
            raise
        target_db.close()
    finally:
        source_db.close()
    return MigrationResult(source_loc.display(), target_loc.display(),
                           {name: proof.rows for name, proof in report.tables.items()}, report.rows,
                           report.log_entries, report.log_head)


def _log(db: Database, actor: Actor, action: str, label: str, report: TransferReport, detail: dict) -> None:
    ctx = ServiceContext(db, db.now)
    ctx.actor = actor
    with db.unit_of_work() as s:
        s.info[ANCHOR_REASON] = "migrate"  # a new copy's first anchor is made on purpose, not found missing
        ctx.log(s, action, step=Step.ARCHIVE, object_type="office", object_label=label[:300],
                detail={**detail, "rows": report.rows, "log_entries": report.log_entries,
                        "log_head": report.log_head})


def restore_to_server(backup: Path, target: Location, *, username: str, password: str,
                      passphrase: str | None = None, progress: Progress | None = None) -> MigrationResult:
    """Restore a verified backup into an empty server database (a server's log is never overwritten).

    The backup's own accounts decide who may restore (as for a lost SQLite database).
    """
    backup = Path(backup)
    if not target.is_server:
        raise BadInput("db_url_invalid", str(target))

    facts = inspect(target)
    if facts.kind == "foreign":
        raise BadInput("not_padi_database", target.display())
    with tempfile.TemporaryDirectory(prefix="padi-restore-") as tmp:
        restore.describe(backup, passphrase)  # BadInput / IntegrityFailure for a bad backup
        candidate = Path(tmp) / "padi.sqlite"
        backup_archive.extract_database(backup, candidate, passphrase)
        source_db = Database.open(candidate, create=False)  # a private copy: bring it to this schema
        try:
            actor = check_credentials(source_db, username, password)
            target_db = Database.open(target)
            try:
                report = copy_office(source_db, target_db, progress)
                _log(target_db, actor, "backup_restored", backup.name, report,
                     {"into": target.display(), "file": backup.name})
            finally:
                target_db.close()
        finally:
            source_db.close()
    return MigrationResult(backup.name, target.display(), {n: p.rows for n, p in report.tables.items()},
                           report.rows, report.log_entries, report.log_head)


__all__ = ["MigrationResult", "check_credentials", "migrate_office", "restore_to_server"]
