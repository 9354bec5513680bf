"""Step 8, the way back: describe a backup, then restore it over the live database safely.

Order of a restore (nothing touches the live database until the backup has passed every check):

1. verify the archive (hashes, seal, SQLite checks; decrypting it with the passphrase if needed);
2. unpack its database beside the live one under a temporary name, open it there (migrations
   run, and a backup from a newer PADI is refused with ``schema_too_new``), check who restores,
   and write the ``backup_restored`` entry into *its* activity log; then make it one plain file;
3. keep a dated safety copy of the live database next to it (``<name>-sebelum-pulih-<time>.db``);
4. remove the live ``-wal``/``-shm`` files (the caller has closed every connection, and the safety
   copy holds their content) and the live chain-head anchor, ``os.replace`` the checked file into
   place with the anchor its ``backup_restored`` entry wrote, fsyncing the folder.

A refused backup (corrupt, truncated, empty, wrong passphrase, newer schema) leaves the live files
byte-identical. Settings of this PC live outside the database (Qt settings: language, last folder,
window state) and so are kept; office-wide settings inside the database come from the backup.
"""

from __future__ import annotations

import contextlib
import dataclasses
import datetime as dt
import os
import shutil
import sqlite3
import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from desktop_app.domain.errors import BadInput, IntegrityFailure, NotAllowed, PadiError
from desktop_app.domain.roles import Action, Actor
from desktop_app.domain.steps import Step
from desktop_app.services.accounts import AccountService
from desktop_app.services.archive import backup_format as backup_archive
from desktop_app.services.runtime import Holder, ServiceContext, exclusive
from desktop_app.storage import anchor
from desktop_app.storage.database import ANCHOR_REASON, Database
from desktop_app.storage.durable import sync_folder
from desktop_app.storage.snapshot import check_database_file, schema_revision, snapshot_database, table_counts

__all__ = ["COUNTED_TABLES", "BackupSummary", "KnownBackup", "RestoreResult", "describe", "known_backup",
           "restore_database"]

#: Activity-log entries that record an archive by its SHA-256 (``detail.sha256``); a restore also carries
#: over the archives the replaced database knew (``detail.known_backups``).
_RECORDING_ACTIONS = ("backup_made", "backup_restored")
_CARRIED = 1000

#: What a person is shown about a backup's content: object → table.
COUNTED_TABLES = {"datasets": "datasets", "rows": "dataset_rows", "publications": "publications",
                  "users": "users", "log_entries": "activity_log", "backups": "backups"}


@dataclass(frozen=True)
class KnownBackup:
    """The activity-log entry through which an office knows an archive (made or restored there)."""

    entry_id: int
    at: str
    action: str


@dataclass(frozen=True)
class BackupSummary:
    """What a verified backup holds; ``known``: its entry in the office's log (None: not known there)."""

    path: Path
    sha256: str
    created_at: str
    app_version: str
    schema_revision: str | None
    counts: dict[str, int]
    encrypted: bool
    log_chain_head: str
    known: KnownBackup | None = None


@dataclass(frozen=True)
class RestoreResult:
    summary: BackupSummary
    db_path: Path
    safety_copy: Path | None


def _schema_is_known(revision: str | None) -> bool:
    """Whether this program's migrations know a schema revision (None: an empty schema)."""
    if revision is None:
        return True
    from alembic.config import Config
    from alembic.script import ScriptDirectory

    from desktop_app.storage.migrate import MIGRATIONS_DIR

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    try:
        ScriptDirectory.from_config(config).get_revision(revision)
    except Exception:  # alembic raises several types for an unknown revision
        return False
    return True


def _problems_text(report: backup_archive.VerifyReport) -> str:
    return "; ".join(f"{c}: {d}" for c, d in report.problems)


def _refuse_unless_ok(path: Path, report: backup_archive.VerifyReport) -> None:
    codes = {c for c, _ in report.problems}
    if report.ok:
        return
    if codes & {"passphrase_needed", "wrong_passphrase"}:
        raise BadInput(next(iter(codes & {"passphrase_needed", "wrong_passphrase"})), str(path))
    raise IntegrityFailure("backup_corrupt", _problems_text(report))


def describe(path: Path, passphrase: str | None = None, db_path: Path | None = None) -> BackupSummary:
    """Verify a backup and say what it holds; refuses it like a restore would (nothing is changed).

    With ``db_path`` the summary also says whether that database's activity log knows the archive.
    Raises BadInput ``no_such_file``/``passphrase_needed``/``wrong_passphrase``, IntegrityFailure
    ``backup_corrupt`` or ``schema_too_new``.
    """
    path = Path(path)
    if not path.is_file():
        raise BadInput("no_such_file", str(path))
    with _unpacked(path, Path(tempfile.gettempdir()), passphrase, keep=False) as (candidate, manifest, sha256):
        summary = _summary(path, candidate, manifest, sha256)
    if db_path is None:
        return summary
    return dataclasses.replace(summary, known=known_backup(Path(db_path), summary.sha256))


def _log_rows(db_path: Path, sql: str, params: tuple) -> list[tuple]:
    """Rows of a read-only query on a database's activity log ([] when it cannot be read).

    Opened like PADI opens it (not ``mode=ro``), so that, being the last connection, it tidies the WAL
    files away instead of leaving them beside the database; ``query_only`` keeps it from writing.
    """
    if not Path(db_path).is_file():
        return []
    try:
        with contextlib.closing(sqlite3.connect(f"{Path(db_path).resolve().as_uri()}?mode=rw", uri=True,
                                                timeout=30)) as conn:
            conn.execute("PRAGMA query_only = 1")
            return conn.execute(sql, params).fetchall()
    except sqlite3.Error:
        return []


def known_backup(db_path: Path, sha256: str) -> KnownBackup | None:
    """The entry of the database's hash-chained activity log that records an archive with this SHA-256:
    made by this office (``backup_made``) or restored into it (``backup_restored``, also the archives the
    replaced database knew). None when no entry does, or the database cannot be read.

    The chain itself is checked by ``padi check``; an entry added by editing the file breaks it.
    """
    marks = ",".join("?" * len(_RECORDING_ACTIONS))
    rows = _log_rows(db_path, f"""
        SELECT id, at, action FROM activity_log
        WHERE action IN ({marks}) AND (json_extract(detail, '$.sha256') = ?
              OR EXISTS (SELECT 1 FROM json_each(detail, '$.known_backups') WHERE value = ?))
        ORDER BY id LIMIT 1""", (*_RECORDING_ACTIONS, sha256, sha256))
    return KnownBackup(int(rows[0][0]), str(rows[0][1]), str(rows[0][2])) if rows else None


def _known_hashes(db_path: Path) -> list[str]:
    """Every archive the database's log knows, oldest first (the newest ``_CARRIED``)."""
    marks = ",".join("?" * len(_RECORDING_ACTIONS))
    rows = _log_rows(db_path, f"""
        SELECT value FROM (
            SELECT a.id AS id, 0 AS k, json_extract(a.detail, '$.sha256') AS value FROM activity_log a
            WHERE a.action IN ({marks})
            UNION ALL
            SELECT a.id, 1 + CAST(j.key AS INTEGER), j.value FROM activity_log a, json_each(a.detail, '$.known_backups') j
            WHERE a.action = 'backup_restored')
        WHERE value IS NOT NULL ORDER BY id, k""", _RECORDING_ACTIONS)
    seen = dict.fromkeys(str(r[0]) for r in rows if isinstance(r[0], str) and len(r[0]) == 64)
    return list(seen)[-_CARRIED:]


def _summary(path: Path, candidate: Path, manifest: dict, sha256: str) -> BackupSummary:
    revision = schema_revision(candidate)
    if not _schema_is_known(revision):
        raise IntegrityFailure("schema_too_new", revision or "")
    counts = table_counts(candidate, COUNTED_TABLES.values())
    return BackupSummary(path=path, sha256=sha256, created_at=str(manifest.get("created_at", "")),
                         app_version=str(manifest.get("app_version", "")), schema_revision=revision,
                         counts={name: counts.get(table, 0) for name, table in COUNTED_TABLES.items()},
                         encrypted=backup_archive.backup_crypto.is_encrypted(path),
                         log_chain_head=str(manifest.get("log_chain_head", "")))


@contextlib.contextmanager
def _unpacked(path: Path, folder: Path, passphrase: str | None, keep: bool,
              accept: Callable[[str], None] | None = None):
    """Verify ``path`` and unpack its database to a temp file in ``folder``; yield (file, manifest, sha256).

    ``accept(sha256)`` may refuse the verified archive before anything is unpacked. The temp file is
    removed afterwards unless ``keep`` and the block succeeded (then the caller owns it).
    """
    if path.stat().st_size == 0:
        raise IntegrityFailure("backup_corrupt", "empty: file is empty")
    report = backup_archive.verify_backup(path, passphrase)
    _refuse_unless_ok(path, report)
    sha256 = backup_archive.archive_sha256(path)
    if accept is not None:
        accept(sha256)
    folder.mkdir(parents=True, exist_ok=True)
    candidate = folder / f".padi-pulih-{os.getpid()}-{dt.datetime.now():%H%M%S%f}.db"
    try:
        try:
            backup_archive.extract_database(path, candidate, passphrase)
        except backup_archive.BackupError as err:
            if err.code == "write_failed":
                raise
            raise IntegrityFailure("backup_corrupt", err.detail) from err
        yield candidate, report.manifest or {}, sha256
    except BaseException:
        _remove_db_files(candidate)
        raise
    if not keep:
        _remove_db_files(candidate)


def clear_leftovers(folder: Path) -> list[Path]:
    """Remove the unpacked databases a restore killed midway left in ``folder`` (not this process's own)."""
    mine = f".padi-pulih-{os.getpid()}-"
    removed = []
    for leftover in Path(folder).glob(".padi-pulih-*.db"):
        if not leftover.name.startswith(mine):
            _remove_db_files(leftover)
            removed.append(leftover)
    return removed


def _remove_db_files(path: Path) -> None:
    for suffix in ("", "-wal", "-shm", "-journal", ".anchor"):
        with contextlib.suppress(OSError):
            os.remove(f"{path}{suffix}")


def _fsync_file(path: Path) -> None:
    with open(path, "rb+") as fh:
        os.fsync(fh.fileno())


def _safety_copy(db_path: Path, now: dt.datetime) -> Path | None:
    """A dated copy of the live database next to it (consistent when readable, raw bytes otherwise)."""
    if not db_path.exists():
        return None
    stem = f"{db_path.stem}-sebelum-pulih-{now:%Y%m%d-%H%M%S}"
    dest = db_path.with_name(f"{stem}{db_path.suffix}")
    n = 2
    while dest.exists():
        dest = db_path.with_name(f"{stem}-{n}{db_path.suffix}")
        n += 1
    try:
        snapshot_database(db_path, dest)
        if check_database_file(dest):
            raise sqlite3.DatabaseError("snapshot of the live database is not healthy")
    except (sqlite3.Error, OSError):
        # A damaged live database is copied byte for byte (its -wal too), for the experts.
        _remove_db_files(dest)
        shutil.copy2(db_path, dest)
        wal = Path(f"{db_path}-wal")
        if wal.exists():
            shutil.copy2(wal, f"{dest}-wal")
    _fsync_file(dest)
    with contextlib.suppress(OSError):  # the live anchor describes the copy too (absent: a warning only)
        shutil.copy2(anchor.path_for(db_path), anchor.path_for(dest))
    return dest


def _login_in(db: Database, username: str, password: str) -> Actor:
    ctx = ServiceContext(db)
    AccountService(ctx).login(username, password)
    return ctx.require_actor()


def restore_database(
    path: Path, db_path: Path, *, now: dt.datetime, actor: Actor | None = None,
    credentials: tuple[str, str] | None = None, passphrase: str | None = None,
    progress: Callable[[int, int], None] | None = None, holder: Holder | None = None,
    accept_unknown: bool = False,
) -> RestoreResult:
    """Replace the database at ``db_path`` by the one in the backup ``path`` (see the module docstring).

    Every connection to ``db_path`` must be closed first. Who restores is either ``actor`` (already
    checked for the restore permission on the live database by the caller) or, when the live database
    cannot be used (lost or damaged), ``credentials`` checked against the backup's own accounts,
    which must allow restoring. Raises like :func:`describe`, plus NotAllowed ``permission``.

    Refused with NotAllowed (``database_in_use_by``, naming them) while any other process has the
    database open: its connection would go on writing into the replaced file, and what it then
    reports as done would be lost. While the restore runs, every other PADI is refused in turn
    (``holder`` names this one to them).

    An archive the live database's activity log does not know (not made by this office, or the
    database is lost) is refused with NotAllowed ``backup_unknown`` (detail: its SHA-256) unless
    ``accept_unknown`` — the administrator confirmed it in words. The ``backup_restored`` entry
    says which it was, and carries over the archives the replaced database knew.
    """
    path, db_path = Path(path), Path(db_path)
    if not path.is_file():
        raise BadInput("no_such_file", str(path))
    if actor is None and credentials is None:
        raise NotAllowed("not_logged_in")
    who = actor.username if actor is not None else credentials[0] if credentials else ""
    with exclusive(db_path, holder or Holder.me("PADI", who)):
        return _restore(path, db_path, now=now, actor=actor, credentials=credentials, passphrase=passphrase,
                        progress=progress, accept_unknown=accept_unknown)


def _restore(path: Path, db_path: Path, *, now: dt.datetime, actor: Actor | None,
             credentials: tuple[str, str] | None, passphrase: str | None,
             progress: Callable[[int, int], None] | None, accept_unknown: bool) -> RestoreResult:
    """The restore itself, while no other process has the database open."""
    clear_leftovers(db_path.parent)
    known: list[KnownBackup | None] = []

    def accept(sha256: str) -> None:
        known.append(known_backup(db_path, sha256))
        if known[0] is None and not accept_unknown:
            raise NotAllowed("backup_unknown", sha256)
    steps = 5

    def step(n: int) -> None:
        if progress is not None:
            progress(n, steps)

    step(0)
    with _unpacked(path, db_path.parent, passphrase, keep=True, accept=accept) as (candidate, manifest, sha256):
        step(1)
        summary = dataclasses.replace(_summary(path, candidate, manifest, sha256), known=known[0])
        carried = _known_hashes(db_path)
        try:
            db = Database.open(candidate, create=False)
        except PadiError:
            raise
        except Exception as exc:
            raise IntegrityFailure("backup_corrupt", f"cannot open the restored database: {exc}") from exc
        try:
            if actor is None:
                assert credentials is not None
                actor = _login_in(db, *credentials)
            ctx = ServiceContext(db, clock=lambda: now)
            ctx.actor = actor
            with db.unit_of_work() as s:
                s.info[ANCHOR_REASON] = "restore"
                if credentials is not None:
                    ctx.require(s, Action.RESTORE)
                ctx.log(s, "backup_restored", step=Step.ARCHIVE, object_type="backup", object_label=path.name,
                        detail={"sha256": sha256, "created_at": summary.created_at, "encrypted": summary.encrypted,
                                "into": str(db_path), "known": summary.known is not None,
                                "known_backups": carried})
        finally:
            db.close()
        # One plain file: fold the WAL back in so nothing of it is left beside the temp name.
        with contextlib.closing(sqlite3.connect(candidate, isolation_level=None)) as conn:
            conn.execute("PRAGMA journal_mode=DELETE")
        problems = check_database_file(candidate)
        if problems:
            raise IntegrityFailure("backup_corrupt", "; ".join(problems))
        _fsync_file(candidate)
        step(2)
        safety = _safety_copy(db_path, now)
        step(3)
        # The live anchor goes first (a crash from here on leaves no anchor, a warning, never a mismatch);
        # the restored database's own anchor, written with its backup_restored entry, follows it in.
        for suffix in ("-wal", "-shm", anchor.SUFFIX):
            Path(f"{db_path}{suffix}").unlink(missing_ok=True)
        os.replace(candidate, db_path)
        if anchor.path_for(candidate).exists():
            os.replace(anchor.path_for(candidate), anchor.path_for(db_path))
        sync_folder(db_path.parent)
        step(steps)
    return RestoreResult(summary=summary, db_path=db_path, safety_copy=safety)
