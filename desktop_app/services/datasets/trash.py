"""The Sampah: deleted drafts kept for ``TRASH_DAYS`` days, restorable, then removed for good.

A draft dataset (revision 1) goes whole: ``Dataset.deleted_at`` hides it everywhere. A draft revision
n of a dataset that had passed step 2 is frozen aside (``DatasetRevision.deleted_at``) and the revision
it was made from becomes current again (thawed: its metadata, columns, settings and rows back in the
dataset). Restoring reverses either. These functions work inside the caller's unit of work; the use
cases (with their permission rules and log entries) are ``DatasetService.delete / restore / trash /
purge_trash``.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import delete, insert, literal, select, update
from sqlalchemy.orm import Session

from desktop_app.domain.errors import BadInput, NotAllowed
from desktop_app.domain.revisions import SERVING_STATES, TRASH_DAYS
from desktop_app.domain.workflow import DatasetState
from desktop_app.services.datasets import revisions
from desktop_app.services.datasets.dataset_fields import apply_meta
from desktop_app.services.datasets.series import keep_validated
from desktop_app.storage.models import (
    AgendaEntry,
    CheckRun,
    Confirmation,
    Dataset,
    DatasetPeriod,
    DatasetRevision,
    DatasetRow,
    RevisionRow,
    User,
)


@dataclass(frozen=True)
class TrashItem:
    dataset_id: int
    name: str
    revision: int
    whole: bool  # the whole dataset (revision 1), else one draft revision
    deleted_at: dt.datetime
    deleted_by: str
    reason: str
    expires_on: dt.date


def _cutoff(now: dt.datetime) -> dt.datetime:
    return now - dt.timedelta(days=TRASH_DAYS)


def items(s: Session, now: dt.datetime) -> list[TrashItem]:
    cutoff = _cutoff(now)
    names = dict(s.execute(select(User.id, User.full_name)).all())
    out = []
    for ds in s.scalars(select(Dataset).where(Dataset.deleted_at.is_not(None), Dataset.deleted_at > cutoff)):
        out.append(TrashItem(ds.id, ds.name, ds.version, True, ds.deleted_at, names.get(ds.deleted_by, ""),  # type: ignore[arg-type]
                             ds.deleted_reason, (ds.deleted_at + dt.timedelta(days=TRASH_DAYS)).date()))
    query = (select(DatasetRevision, Dataset).join(Dataset, Dataset.id == DatasetRevision.dataset_id)
             .where(DatasetRevision.deleted_at.is_not(None), DatasetRevision.deleted_at > cutoff,
                    Dataset.deleted_at.is_(None)))
    for rev, ds in s.execute(query):
        out.append(TrashItem(ds.id, rev.meta.get("name", ds.name), rev.number, False, rev.deleted_at,
                             names.get(rev.deleted_by, ""), (rev.settings or {}).get("deleted_reason", ""),
                             (rev.deleted_at + dt.timedelta(days=TRASH_DAYS)).date()))
    return sorted(out, key=lambda item: item.deleted_at, reverse=True)


def discard_revision(s: Session, ds: Dataset, user_id: int, now: dt.datetime, reason: str = "") -> None:
    """Freeze the current draft revision into the Sampah and make the revision before it current again."""
    previous = _previous(s, ds, ds.version)
    if previous is None:
        raise NotAllowed("state", "no revision to return to")
    rev = revisions.freeze(s, ds)
    rev.deleted_at, rev.deleted_by = now, user_id
    rev.settings = {**(rev.settings or {}), "deleted_reason": reason}
    _thaw(s, ds, previous, now)


def restore(s: Session, ds: Dataset, revision: int | None, now: dt.datetime) -> int:
    """Bring a deleted dataset or draft revision back; the number of the revision now current."""
    cutoff = _cutoff(now)
    if ds.deleted_at is not None:
        if revision not in (None, ds.version) or ds.deleted_at <= cutoff:
            raise BadInput("unknown_dataset", str(ds.id))
        ds.deleted_at, ds.deleted_by, ds.deleted_reason = None, None, ""
        return ds.version
    rev = None if revision is None else s.scalar(select(DatasetRevision).where(
        DatasetRevision.dataset_id == ds.id, DatasetRevision.number == revision,
        DatasetRevision.deleted_at.is_not(None), DatasetRevision.deleted_at > cutoff))
    if rev is None:
        raise BadInput("unknown_revision", str(revision))
    if rev.number < ds.version or DatasetState(ds.state) not in SERVING_STATES:
        raise NotAllowed("state", f"restore revision {rev.number} over {ds.version} in {ds.state}")
    current = revisions.freeze(s, ds, keep_row=keep_validated(s, ds))
    current.state = ds.state
    rev.deleted_at, rev.deleted_by = None, None
    _thaw(s, ds, rev, now)
    return ds.version


def purge(s: Session, now: dt.datetime) -> list[str]:
    """Remove what has been in the Sampah longer than TRASH_DAYS; a label of each item removed."""
    cutoff = _cutoff(now)
    removed = []
    for ds in list(s.scalars(select(Dataset).where(Dataset.deleted_at.is_not(None), Dataset.deleted_at <= cutoff))):
        s.execute(update(AgendaEntry).where(AgendaEntry.dataset_id == ds.id).values(dataset_id=None))
        removed.append(ds.name)
        s.execute(delete(Dataset).where(Dataset.id == ds.id))
    for rev in list(s.scalars(select(DatasetRevision).where(DatasetRevision.deleted_at.is_not(None),
                                                           DatasetRevision.deleted_at <= cutoff))):
        for table in (DatasetPeriod, CheckRun, Confirmation):
            s.execute(delete(table).where(table.dataset_id == rev.dataset_id, table.revision == rev.number))
        removed.append(f"{rev.meta.get('name', '')} (revisi {rev.number})")
        s.execute(delete(DatasetRevision).where(DatasetRevision.id == rev.id))
    return removed


def _previous(s: Session, ds: Dataset, number: int) -> DatasetRevision | None:
    return s.scalar(select(DatasetRevision).where(
        DatasetRevision.dataset_id == ds.id, DatasetRevision.number < number, DatasetRevision.frozen.is_(True),
        DatasetRevision.deleted_at.is_(None)).order_by(DatasetRevision.number.desc()).limit(1))


def _thaw(s: Session, ds: Dataset, rev: DatasetRevision, now: dt.datetime) -> None:
    """Make a frozen revision the current one again: its data back into the dataset."""
    settings = rev.settings or {}
    s.execute(delete(DatasetRow).where(DatasetRow.dataset_id == ds.id))
    source = select(literal(ds.id), RevisionRow.position, RevisionRow.values).where(RevisionRow.revision_id == rev.id)
    s.execute(insert(DatasetRow).from_select(["dataset_id", "position", "values"], source))
    s.execute(delete(RevisionRow).where(RevisionRow.revision_id == rev.id))
    apply_meta(ds, revisions.meta_from_json(rev.meta))
    revisions.set_columns(s, ds, revisions.columns_from_json(rev.columns))
    ds.key_columns = list(settings.get("key_columns") or [])
    ds.change_threshold = settings.get("change_threshold")
    ds.subtotals = list(settings.get("subtotals") or [])
    ds.series_grain = settings.get("series_grain", ds.series_grain) or ""
    ds.version, ds.state = rev.number, rev.state
    ds.stage_since, ds.updated_at = now, now
    ds.accepted_by, ds.accepted_reason = None, ""
    rev.frozen, rev.meta, rev.columns, rev.settings, rev.rows = False, {}, [], {}, 0
    s.flush()


__all__ = ["TrashItem", "discard_revision", "items", "purge", "restore"]
