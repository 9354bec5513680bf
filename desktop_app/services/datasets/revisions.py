"""Revisions of datasets: list them, make one ("Buat Revisi"), compare two, and read any of them.

The model is ``domain.revisions``'. Storage: the dataset row holds its current revision; a frozen
revision is a ``DatasetRevision`` with its metadata, columns and settings as JSON and its rows as
``RevisionRow``s. The functions at module level work inside a caller's unit of work (the dataset,
catalogue, tabulation and publication services read revisions through them); ``RevisionService``
holds the use cases, one unit of work and one log entry each.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass, fields

from sqlalchemy import func, insert, literal, select
from sqlalchemy.orm import Session

from desktop_app.domain.columns import ColumnSpec, ColumnType
from desktop_app.domain.errors import BadInput
from desktop_app.domain.metadata import DatasetMeta
from desktop_app.domain.revisions import RevisionDiff, check_revisable, diff_revisions, served_revision
from desktop_app.domain.roles import Action, Role
from desktop_app.domain.steps import Step
from desktop_app.domain.subtotals import Subtotal
from desktop_app.domain.workflow import DatasetState
from desktop_app.services.datasets.dataset_fields import columns_of, meta_of
from desktop_app.services.datasets.series import batch_key, batch_mode, carry_periods, keep_validated, served_filter
from desktop_app.services.runtime import ServiceContext
from desktop_app.storage.models import (
    Dataset,
    DatasetColumn,
    DatasetRevision,
    DatasetRow,
    RevisionRow,
    User,
)
from desktop_app.storage.row_pages import count_rows

_DATES = ("release_date", "modified_date")


# --- JSON of a frozen revision ----------------------------------------------------------------------
def meta_json(meta: DatasetMeta) -> dict:
    out: dict = {}
    for f in fields(DatasetMeta):
        value = getattr(meta, f.name)
        if f.name in _DATES:
            value = value.isoformat() if value else None
        elif f.name == "keywords":
            value = list(value)
        out[f.name] = value
    return out


def meta_from_json(data: dict) -> DatasetMeta:
    known = {f.name for f in fields(DatasetMeta)}
    values = {k: v for k, v in data.items() if k in known}
    for name in _DATES:
        if values.get(name):
            values[name] = dt.date.fromisoformat(values[name])
    values["keywords"] = tuple(values.get("keywords") or ())
    return DatasetMeta(**values)


def set_columns(s: Session, ds: Dataset, columns: Sequence[ColumnSpec]) -> None:
    """Replace the dataset's columns (the old ones are deleted first: positions are unique)."""
    ds.columns = []
    s.flush()
    ds.columns = [DatasetColumn(position=i, name=c.name, type=c.type.value, unit=c.unit, required=c.required,
                                codes=list(c.codes)) for i, c in enumerate(columns)]
    s.flush()


def columns_json(columns: Sequence[ColumnSpec]) -> list[dict]:
    return [{"name": c.name, "type": c.type.value, "unit": c.unit, "required": c.required, "codes": list(c.codes)}
            for c in columns]


def columns_from_json(data: Sequence[dict]) -> tuple[ColumnSpec, ...]:
    return tuple(ColumnSpec(c["name"], ColumnType(c["type"]), c.get("unit", ""), bool(c.get("required", True)),
                            tuple(c.get("codes") or ())) for c in data)


# --- reading any revision ----------------------------------------------------------------------------
@dataclass(frozen=True)
class RevisionView:
    """One revision's data, as a reader needs it."""

    dataset_id: int
    number: int
    state: DatasetState
    current: bool
    meta: DatasetMeta
    columns: tuple[ColumnSpec, ...]
    rows: tuple[tuple[object, ...], ...]
    subtotals: tuple[Subtotal, ...]
    key_columns: tuple[str, ...]


def current_row(s: Session, ds: Dataset) -> DatasetRevision:
    """The ``DatasetRevision`` of the dataset's current revision (made when a path that created the
    dataset did not make it)."""
    found = s.scalar(select(DatasetRevision).where(DatasetRevision.dataset_id == ds.id,
                                                   DatasetRevision.number == ds.version))
    if found is None:
        found = DatasetRevision(dataset_id=ds.id, number=ds.version, state=ds.state, reason="",
                                created_by=ds.author_id, created_at=ds.created_at, frozen=False, meta={},
                                columns=[], settings={}, rows=0)
        s.add(found)
        s.flush()
    return found


def revision_row(s: Session, dataset_id: int, number: int) -> DatasetRevision:
    found = s.scalar(select(DatasetRevision).where(DatasetRevision.dataset_id == dataset_id,
                                                   DatasetRevision.number == number,
                                                   DatasetRevision.deleted_at.is_(None)))
    if found is None:
        raise BadInput("unknown_revision", str(number))
    return found


def revision_states(s: Session, ds: Dataset) -> list[tuple[int, str]]:
    """(number, state) of every revision of the dataset that is not in the Sampah; the current one
    with the dataset's own state."""
    rows = s.execute(select(DatasetRevision.number, DatasetRevision.state)
                     .where(DatasetRevision.dataset_id == ds.id, DatasetRevision.deleted_at.is_(None))).all()
    states = {number: state for number, state in rows if number != ds.version}
    states[ds.version] = ds.state
    return sorted(states.items())


def served_number(s: Session, ds: Dataset) -> int | None:
    """The revision that serves the catalogue and the publications (None: none passed step 2 yet)."""
    return served_revision(revision_states(s, ds))


def _live_rows(s: Session, dataset_id: int) -> tuple[tuple[object, ...], ...]:
    values = s.scalars(select(DatasetRow.values).where(DatasetRow.dataset_id == dataset_id)
                       .order_by(DatasetRow.position))
    return tuple(tuple(v) for v in values)


def frozen_rows(s: Session, revision_id: int) -> tuple[tuple[object, ...], ...]:
    values = s.scalars(select(RevisionRow.values).where(RevisionRow.revision_id == revision_id)
                       .order_by(RevisionRow.position))
    return tuple(tuple(v) for v in values)


def view(s: Session, ds: Dataset, number: int | None = None, *, served_rows: bool = False) -> RevisionView:
    """A revision of the dataset (None: the current one).

    ``served_rows``: of a series' current revision, only the rows of its validated periods (the rows a
    reader outside steps 1-2 may see while a new period is being prepared).
    """
    number = ds.version if number is None else number
    if number == ds.version:
        columns = columns_of(ds)
        rows = _live_rows(s, ds.id)
        if served_rows:
            keep = served_filter(s, ds, columns)
            if keep is not None:
                rows = tuple(row for row in rows if keep(row))
        return RevisionView(ds.id, number, DatasetState(ds.state), True, meta_of(ds), columns, rows,
                            tuple(Subtotal.from_json(t) for t in ds.subtotals or ()), tuple(ds.key_columns or ()))
    rev = revision_row(s, ds.id, number)
    settings = rev.settings or {}
    return RevisionView(ds.id, number, DatasetState(rev.state), False, meta_from_json(rev.meta),
                        columns_from_json(rev.columns), frozen_rows(s, rev.id),
                        tuple(Subtotal.from_json(t) for t in settings.get("subtotals") or ()),
                        tuple(settings.get("key_columns") or ()))


def served_view(s: Session, ds: Dataset) -> RevisionView | None:
    number = served_number(s, ds)
    return None if number is None else view(s, ds, number, served_rows=True)


# --- making a revision --------------------------------------------------------------------------------
def freeze(s: Session, ds: Dataset, *, keep_row=None) -> DatasetRevision:  # noqa: ANN001 (a row predicate)
    """Copy the current revision aside (metadata, columns, settings, rows) so it never changes again.

    ``keep_row``: only the rows it accepts are kept (a series' open periods do not belong to a revision
    that passed step 2). Rows are copied by the database (INSERT ... SELECT) when all are kept.
    """
    rev = current_row(s, ds)
    rev.state = ds.state
    rev.frozen = True
    rev.meta = meta_json(meta_of(ds))
    rev.columns = columns_json(columns_of(ds))
    rev.settings = {"key_columns": list(ds.key_columns or ()), "change_threshold": ds.change_threshold,
                    "subtotals": list(ds.subtotals or ()), "series_grain": ds.series_grain or ""}
    if keep_row is None:
        source = select(literal(rev.id), DatasetRow.position, DatasetRow.values).where(DatasetRow.dataset_id == ds.id)
        s.execute(insert(RevisionRow).from_select(["revision_id", "position", "values"], source))
    else:
        kept = [row for row in _live_rows(s, ds.id) if keep_row(row)]
        s.execute(insert(RevisionRow), [{"revision_id": rev.id, "position": i, "values": list(row)}
                                        for i, row in enumerate(kept)])
    rev.rows = s.scalar(select(func.count(RevisionRow.id)).where(RevisionRow.revision_id == rev.id)) or 0
    return rev


@dataclass(frozen=True)
class RevisionInfo:
    number: int
    state: DatasetState
    reason: str
    created_by: str  # "Siti Rahma (Staf)"
    created_at: dt.datetime
    validated_at: dt.datetime | None
    current: bool
    serving: bool
    rows: int


class RevisionService:
    """Use cases of revisions; each public change is one unit of work and one log entry."""

    def __init__(self, ctx: ServiceContext) -> None:
        self.ctx = ctx

    def list(self, dataset_id: int) -> list[RevisionInfo]:
        """Every revision of a dataset, oldest first (revisions in the Sampah left out)."""
        with self.ctx.db.unit_of_work() as s:
            ds = _load(s, dataset_id)
            current_row(s, ds)
            served = served_number(s, ds)
            out = []
            for rev, name, role in s.execute(
                    select(DatasetRevision, User.full_name, User.role).join(User, DatasetRevision.created_by == User.id)
                    .where(DatasetRevision.dataset_id == ds.id, DatasetRevision.deleted_at.is_(None))
                    .order_by(DatasetRevision.number)):
                current = rev.number == ds.version
                out.append(RevisionInfo(rev.number, DatasetState(ds.state if current else rev.state), rev.reason,
                                        f"{name} ({Role(role).label})", rev.created_at, rev.validated_at, current,
                                        rev.number == served, count_rows(s, ds.id) if current else rev.rows))
            return out

    def served(self, dataset_id: int) -> int | None:
        """The number of the revision that serves the catalogue and publications (None: none yet)."""
        with self.ctx.db.reading() as s:
            return served_number(s, _load(s, dataset_id))

    def revise(self, dataset_id: int, reason: str) -> int:
        """"Buat Revisi": freeze the current revision and carry on with revision n+1 as a draft copy.

        Allowed once the current revision passed step 2 (NotAllowed("state") for a draft or one being
        checked: it is corrected in place); a reason is required. The new revision starts a new round
        of step 1 (the log entry starts its clock). Returns the new revision's number.
        """
        reason = reason.strip()
        if not reason:
            raise BadInput("reason_required")
        with self.ctx.db.unit_of_work() as s:
            actor = self.ctx.require(s, Action.EDIT_DATASET)
            ds = _load(s, dataset_id)
            check_revisable(ds.state)
            old = ds.version
            closed = batch_key(s, ds) if batch_mode(s, ds) else ""  # new periods carried into the revision
            freeze(s, ds, keep_row=keep_validated(s, ds))
            now = self.ctx.now()
            numbers = s.scalars(select(DatasetRevision.number).where(DatasetRevision.dataset_id == ds.id))
            ds.version = max([old, *numbers]) + 1  # a number of a revision in the Sampah is never reused
            ds.state = DatasetState.DRAFT.value
            ds.stage_since = now
            ds.updated_at = now
            ds.accepted_by = None
            ds.accepted_reason = ""
            s.add(DatasetRevision(dataset_id=ds.id, number=ds.version, state=ds.state, reason=reason,
                                  created_by=actor.user_id, created_at=now, frozen=False, meta={}, columns=[],
                                  settings={}, rows=0))
            periods = carry_periods(s, ds, old, actor.user_id, now)
            s.flush()
            detail = {"revision": ds.version, "from_revision": old, "reason": reason, "state": ds.state}
            if periods:
                detail["periods"] = periods
            if closed:
                detail["batch_closed"] = closed
            self.ctx.log(s, "dataset_revised", step=Step.PREPARE, object_type="dataset", object_id=ds.id,
                         object_label=ds.name, detail=detail, since=now)
            return ds.version

    def diff(self, dataset_id: int, old: int, new: int) -> RevisionDiff:
        """What changed from revision ``old`` to revision ``new`` (read only, not logged)."""
        with self.ctx.db.reading() as s:
            ds = _load(s, dataset_id)
            for number in (old, new):
                if number != ds.version:
                    revision_row(s, ds.id, number)
            a, b = view(s, ds, old), view(s, ds, new)
            return diff_revisions(old, new, meta_json(a.meta), a.columns, a.rows, meta_json(b.meta), b.columns,
                                  b.rows, key_columns=b.key_columns or a.key_columns)

    def view(self, dataset_id: int, number: int | None = None) -> RevisionView:
        """Any revision of a dataset, read only (None: the current one)."""
        with self.ctx.db.reading() as s:
            ds = _load(s, dataset_id)
            if number is not None and number != ds.version:
                revision_row(s, ds.id, number)
            return view(s, ds, number)


def _load(s: Session, dataset_id: int) -> Dataset:
    ds = s.get(Dataset, dataset_id)
    if ds is None or ds.deleted_at is not None:
        raise BadInput("unknown_dataset", str(dataset_id))
    return ds


__all__ = ["RevisionInfo", "RevisionService", "RevisionView", "columns_from_json", "columns_json", "current_row",
           "freeze", "meta_from_json", "set_columns", "meta_json", "revision_row", "served_number", "served_view", "view"]
