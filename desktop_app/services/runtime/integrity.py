"""`padi check` and the check at GUI start: the database file, the activity log's hash chain, the chain-head
anchor beside the database, and every state that matters against the log that must back it.

What is detected: a damaged file; an edited, removed or inserted log entry; a log cut off at the end,
rewritten or added to outside PADI (against the anchor); a user, role, admin flag, password,
permission matrix, dataset or publication state, decision, approved content or validated dataset's
rows that no log entry backs (see ``storage.bindings``). What is not: someone who rewrites the
database *and* the anchor together (no key is kept off this PC); edits to drafts' rows; states of a
database made by an earlier PADI as they were when it was first opened by this one (its baseline).
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass, replace

from sqlalchemy import select
from sqlalchemy.exc import DatabaseError
from sqlalchemy.orm import Session

from desktop_app.domain.errors import IntegrityFailure
from desktop_app.services.runtime.context import ServiceContext
from desktop_app.storage import activity_log, anchor, bindings
from desktop_app.storage.bindings import StateFinding
from desktop_app.storage.health import database_problems
from desktop_app.storage.models import LogEntry, PublicationVersion, Setting

ANCHOR_CREATED = "anchor_created"
ANCHOR_MISMATCH = "anchor_mismatch"


def content_hash(content: dict) -> str:
    """SHA-256 of the canonical JSON of a version's content (text, data snapshot, layout)."""
    canonical = json.dumps(content, sort_keys=True, ensure_ascii=False, separators=(",", ":"))
    return hashlib.sha256(canonical.encode("utf-8")).hexdigest()



@dataclass(frozen=True)
class AnchorReport:
    """The log's head against the anchor file beside the database.

    ``status``: ``ok``; ``missing`` or ``unreadable`` (warnings: a database copied by hand); ``mismatch``
    with ``problem`` ``cut`` (entries after the log's last one were deleted), ``rewritten`` (the entry
    the anchor names differs) or ``ahead`` (entries were added after the anchored one outside PADI);
    ``not_checked`` when the chain itself is broken.
    """

    status: str
    path: str
    log_head_id: int
    log_head_hash: str
    anchor_head_id: int | None = None
    anchor_head_hash: str | None = None
    problem: str = ""

    @property
    def ok(self) -> bool:
        return self.status in ("ok", "missing", "unreadable", "not_checked")


@dataclass(frozen=True)
class AnchorNote:
    """An entry PADI wrote when, at a commit, it found the anchor missing (``created``) or not matching the
    log (``mismatch``: the log had been cut or rewritten before that commit)."""

    entry_id: int
    kind: str
    detail: dict


@dataclass(frozen=True)
class HeadCheck:
    """A chain head recorded outside the database (a printed Laporan Pelaksanaan, a backup's manifest) against
    the log: ``ok`` (that entry is in the log with that hash), ``different`` (the entry is there with
    another hash: the log was rewritten) or ``absent`` (no such entry: the log was cut or rewritten)."""

    entry_id: int | None
    hash: str
    status: str
    found_id: int | None = None


MIN_HASH_PREFIX = 16


@dataclass(frozen=True)
class IntegrityReport:
    database_problems: tuple[str, ...]
    chain: activity_log.ChainReport
    states: tuple[StateFinding, ...] = ()
    anchor: AnchorReport | None = None
    anchor_notes: tuple[AnchorNote, ...] = ()
    baseline_id: int | None = None
    baseline_pending: bool = False
    objects: int = 0  # bound objects compared
    rows_checked: int = 0  # validated datasets whose rows were hashed (the full check only)
    bound_entries: int = 0
    heads: tuple[HeadCheck, ...] = ()

    @property
    def log_damaged(self) -> bool:
        """The log itself cannot be trusted: a broken chain, or a log the anchor does not accept."""
        return (not self.chain.ok or (self.anchor is not None and not self.anchor.ok)
                or any(n.kind == "mismatch" for n in self.anchor_notes))

    @property
    def ok(self) -> bool:
        return (not self.database_problems and not self.log_damaged and not self.states
                and all(h.status == "ok" for h in self.heads))

    @property
    def warnings(self) -> tuple[str, ...]:
        """Codes of what does not fail the check but limits it."""
        found = []
        if self.anchor is not None and self.anchor.status in ("missing", "unreadable"):
            found.append(f"anchor_{self.anchor.status}")
        if self.baseline_pending:
            found.append("baseline_pending")
        return tuple(found)


def check(ctx: ServiceContext, heads: tuple[tuple[int | None, str], ...] = ()) -> IntegrityReport:
    """The full check: integrity_check, foreign_key_check, the chain, the anchor, every bound state including
    the rows of every validated dataset, and each publication version's content against its hash.

    ``heads``: chain heads recorded elsewhere, (entry id or None, hash or a prefix of at least 16 hex
    digits), each of which must be in the log."""
    problems = tuple(database_problems(ctx.db))
    with ctx.db.reading() as s:
        report = _check_log_and_states(ctx, s, rows=True)
        content = _content_findings(s)
        known = tuple(_head_check(s, entry_id, digest) for entry_id, digest in heads)
    return _with(report, database_problems=problems, states=report.states + tuple(content), heads=known)


def _head_check(s: Session, entry_id: int | None, digest: str) -> HeadCheck:
    digest = digest.strip().lower()
    if entry_id is None:
        found = s.scalar(select(LogEntry.id).where(LogEntry.hash.startswith(digest, autoescape=True))
                         .order_by(LogEntry.id).limit(1))
        return HeadCheck(None, digest, "ok" if found is not None else "absent", found)
    stored = s.scalar(select(LogEntry.hash).where(LogEntry.id == entry_id))
    if stored is None:
        return HeadCheck(entry_id, digest, "absent")
    return HeadCheck(entry_id, digest, "ok" if stored.startswith(digest) else "different", entry_id)


def quick_check(ctx: ServiceContext) -> IntegrityReport:
    """The check the GUI runs at every start and before publishing or printing: ``PRAGMA quick_check``
    (fast, no index cross-check), the chain, the anchor and the bound states without hashing rows.
    ``padi check`` runs the full check instead."""
    try:
        with ctx.db.reading() as s:
            problems = tuple(database_problems(ctx.db, s, quick=True))
            report = _check_log_and_states(ctx, s, rows=False)
    except DatabaseError as exc:
        return IntegrityReport((f"unreadable database: {exc}",),
                               activity_log.ChainReport(False, 0, "", None, "unreadable"))
    return _with(report, database_problems=problems)


def require_sound(ctx: ServiceContext) -> None:
    """Refuse (IntegrityFailure ``record_unsound``) while the quick check fails: nothing is published,
    printed or given an approval sheet from a record that is not evident."""
    report = quick_check(ctx)
    if not report.ok:
        raise IntegrityFailure("record_unsound", summary(report))


def summary(report: IntegrityReport) -> str:
    """A short technical summary of what failed (for logs and error details)."""
    parts = list(report.database_problems[:3])
    if not report.chain.ok:
        parts.append(f"log entry {report.chain.first_bad_id}: {report.chain.reason}")
    if report.anchor is not None and not report.anchor.ok:
        parts.append(f"anchor: {report.anchor.problem} (anchor #{report.anchor.anchor_head_id}, "
                     f"log #{report.anchor.log_head_id})")
    parts += [f"anchor mismatch noted at entry {n.entry_id}" for n in report.anchor_notes if n.kind == "mismatch"]
    parts += [f"{f.code} {f.key} {f.facet}".strip() for f in report.states[:5]]
    if len(report.states) > 5:
        parts.append(f"... {len(report.states) - 5} more")
    return "; ".join(parts)


# --- internals -----------------------------------------------------------------------------------
def _with(report: IntegrityReport, **changes: object) -> IntegrityReport:
    return replace(report, **changes)  # type: ignore[arg-type]


def _check_log_and_states(ctx: ServiceContext, s: Session, *, rows: bool) -> IntegrityReport:
    replay = bindings.Replay()
    notes: list[AnchorNote] = []

    def visit(entry: LogEntry) -> None:
        replay.visit(entry.id, entry.action, entry.detail)
        if entry.action in (ANCHOR_CREATED, ANCHOR_MISMATCH):
            notes.append(AnchorNote(entry.id, "created" if entry.action == ANCHOR_CREATED else "mismatch",
                                    dict(entry.detail or {})))

    chain = activity_log.verify(s, visit)
    anchor_report = _anchor_report(ctx, s, chain)
    marker = s.get(Setting, bindings.MARKER_KEY)
    pending = marker is not None and marker.value.get("baseline") == bindings.PENDING_BASELINE
    states: list[StateFinding] = []
    current: dict = {}
    if chain.ok and not pending:
        current = bindings.current_states(s, rows=rows)
        states = replay.findings + bindings.compare(replay.expected, current, rows=rows)
    rows_checked = sum(1 for facets in current.values() if bindings.ROWS in facets)
    return IntegrityReport((), chain, tuple(states), anchor_report, tuple(notes), replay.baseline_id, pending,
                           len(current), rows_checked, replay.bound_entries)


def _anchor_report(ctx: ServiceContext, s: Session, chain: activity_log.ChainReport) -> AnchorReport:
    head_id, head_hash = (chain.entries, chain.head) if chain.ok else (0, "")
    if ctx.db.path is None:  # a server office: no file beside it (its head is anchored in backups and the Laporan)
        return AnchorReport("not_checked", "", head_id, head_hash)
    path = anchor.path_for(ctx.db.path)
    if not chain.ok:
        return AnchorReport("not_checked", str(path), head_id, head_hash)
    try:
        found = anchor.read(ctx.db.path)
    except anchor.AnchorUnreadable:
        return AnchorReport("unreadable", str(path), head_id, head_hash)
    if found is None:
        return AnchorReport("missing", str(path), head_id, head_hash)
    base = AnchorReport("ok", str(path), head_id, head_hash, found.head_id, found.head_hash)
    if found.accepts(head_id, head_hash):
        return base

    def hash_of(entry_id: int) -> str | None:
        return s.scalar(select(LogEntry.hash).where(LogEntry.id == entry_id))

    if found.head_id <= head_id:
        problem = "ahead" if hash_of(found.head_id) == found.head_hash else "rewritten"
    elif found.previous_id <= head_id and found.previous_id and hash_of(found.previous_id) != found.previous_hash:
        problem = "rewritten"
    else:
        problem = "cut"
    return replace(base, status="mismatch", problem=problem)


def _content_findings(s: Session) -> list[StateFinding]:
    """Versions whose stored content does not give their stored content hash (content edited in the file)."""

    findings = []
    query = select(PublicationVersion.publication_id, PublicationVersion.number, PublicationVersion.content,
                   PublicationVersion.content_hash).order_by(PublicationVersion.id)
    for publication_id, number, content, stored in s.execute(query).yield_per(50):
        computed = content_hash(content)
        if computed != stored:
            findings.append(StateFinding("content_mismatch", f"publication:{publication_id}", f"v{number}",
                                         stored, computed, str(publication_id)))
    return findings
