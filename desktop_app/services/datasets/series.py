"""Series by period: the periods of a dataset's current revision, their states, and adding a period's rows.

The rules are ``domain.series``'; this module keeps ``DatasetPeriod`` in step with the rows. The
functions at module level work inside a caller's unit of work (the dataset, import and revision
services call them); ``SeriesService`` answers the questions of the screens and the command line.

A row's period is the cell of the dataset's first PERIOD column. Each period of the current
revision has one ``DatasetPeriod`` (its state, its row count, the batch it arrived in). A batch key
is the first period of the batch ("2024-04"), or "" for the revision's own first round of steps 1-2
(the periods that arrived before the revision ever passed step 2): timing reads it from the log.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from desktop_app.domain.columns import ColumnSpec, ColumnType
from desktop_app.domain.errors import BadInput
from desktop_app.domain.periods import Grain, Period, parse_period
from desktop_app.domain.pivot import MISSING_UNKNOWN, MISSING_ZERO
from desktop_app.domain.revisions import SERVING_STATES
from desktop_app.domain.series import Chip, PeriodState, chips
from desktop_app.domain.workflow import DatasetState
from desktop_app.services.datasets.dataset_fields import columns_of
from desktop_app.services.runtime import ServiceContext
from desktop_app.storage.models import Dataset, DatasetPeriod, DatasetRow

RowTest = Callable[[Sequence[object]], bool]


def grain(ds: Dataset) -> Grain | None:
    """The series' grain, None for a dataset that is not a series."""
    return Grain(ds.series_grain) if ds.series_grain else None


def missing_periods(ds: Dataset) -> str:
    """How a pivot of the dataset takes a period without rows: unknown in a series (its periods arrive one
    by one; a period not there is not known to be 0), zero otherwise (rows of events: none that month)."""
    return MISSING_UNKNOWN if ds.series_grain else MISSING_ZERO


def period_index(columns: Sequence[ColumnSpec]) -> int | None:
    """The column holding each row's period: the first PERIOD column."""
    return next((i for i, c in enumerate(columns) if c.type == ColumnType.PERIOD), None)


def row_period(row: Sequence[object], index: int) -> Period | None:
    return parse_period(row[index]) if index < len(row) else None


def periods(s: Session, ds: Dataset, revision: int | None = None) -> list[DatasetPeriod]:
    """The ``DatasetPeriod``s of a revision (None: the current one), in period order."""
    number = ds.version if revision is None else revision
    found = list(s.scalars(select(DatasetPeriod).where(DatasetPeriod.dataset_id == ds.id,
                                                       DatasetPeriod.revision == number)))
    return sorted(found, key=lambda p: parse_period(p.period) or Period(1, Grain.YEAR))


def states(s: Session, ds: Dataset) -> dict[Period, PeriodState]:
    return {parse_period(p.period): PeriodState(p.state) for p in periods(s, ds)}  # type: ignore[misc]


def open_batch(s: Session, ds: Dataset) -> list[DatasetPeriod]:
    """The current revision's periods that are not validated (draft or checking)."""
    return [p for p in periods(s, ds) if PeriodState(p.state).open]


def batch_mode(s: Session, ds: Dataset) -> bool:
    """Whether steps 1-2 act on a batch of new periods while the revision itself stays in step 3 or 4."""
    return bool(ds.series_grain) and DatasetState(ds.state) in SERVING_STATES and bool(open_batch(s, ds))


def batch_state(s: Session, ds: Dataset) -> PeriodState | None:
    """The state of the open batch of a series that passed step 2 (None: no open batch)."""
    if not ds.series_grain or DatasetState(ds.state) not in SERVING_STATES:
        return None
    batch = open_batch(s, ds)
    if not batch:
        return None
    return PeriodState.CHECKING if any(p.state == PeriodState.CHECKING.value for p in batch) else PeriodState.DRAFT


def batch_key(s: Session, ds: Dataset) -> str:
    """The key of the open batch for the log ("" for the revision's own first round)."""
    batch = open_batch(s, ds)
    return batch[0].batch if batch else ""


def batch_since(s: Session, ds: Dataset) -> dt.datetime:
    """Since when the open batch is in its state (the clock of steps 1-2 of a batch)."""
    batch = open_batch(s, ds)
    return max(p.stage_since for p in batch) if batch else ds.stage_since


def validated_periods(s: Session, ds: Dataset) -> set[str]:
    return {p.period for p in periods(s, ds) if p.state == PeriodState.VALIDATED.value}


def served_filter(s: Session, ds: Dataset, columns: Sequence[ColumnSpec]) -> RowTest | None:
    """For a series with periods not yet validated: a test keeping only the rows of validated periods.

    None when every row may be read (not a series, or nothing open).
    """
    if not ds.series_grain:
        return None
    found = periods(s, ds)
    if not any(PeriodState(p.state).open for p in found):
        return None
    index = period_index(columns)
    if index is None:
        return None
    allowed = {parse_period(p.period) for p in found if p.state == PeriodState.VALIDATED.value}
    return lambda row: row_period(row, index) in allowed


def keep_validated(s: Session, ds: Dataset) -> RowTest | None:
    """The rows a revision that passed step 2 keeps when it is frozen (its open periods' rows go on into
    the new revision only)."""
    if DatasetState(ds.state) not in SERVING_STATES:
        return None
    return served_filter(s, ds, columns_of(ds))


def carry_periods(s: Session, ds: Dataset, old: int, user_id: int, now: dt.datetime) -> list[str]:
    """Periods of revision ``old`` into the new current revision, every one a draft of its first round;
    revision ``old`` keeps only its validated ones."""
    found = periods(s, ds, old)
    for p in found:
        s.add(DatasetPeriod(dataset_id=ds.id, revision=ds.version, period=p.period, state=PeriodState.DRAFT.value,
                            rows=p.rows, added_by=user_id, added_at=now, stage_since=now, batch=""))
        if PeriodState(p.state).open:
            s.delete(p)
    return [p.period for p in found]


def move_periods(s: Session, ds: Dataset, target: PeriodState, now: dt.datetime,
                 only: Iterable[DatasetPeriod] | None = None) -> list[str]:
    """Move the open periods (or ``only`` these) to ``target``; the period texts moved."""
    moved = []
    for p in (open_batch(s, ds) if only is None else only):
        p.state = target.value
        p.stage_since = now
        if target == PeriodState.VALIDATED:
            p.validated_at = now
        moved.append(p.period)
    return moved


def recount(s: Session, ds: Dataset, rows: Iterable[Sequence[object]], columns: Sequence[ColumnSpec],
            user_id: int, now: dt.datetime) -> None:
    """Bring the periods of a series' current revision in step with its rows: counts, and new periods
    (drafts of the open batch) for periods that appeared; periods without rows left are removed while
    they are drafts."""
    index = period_index(columns)
    if not ds.series_grain or index is None:
        return
    counts: dict[str, int] = {}
    for row in rows:
        period = row_period(row, index)
        if period is not None:
            counts[period.text] = counts.get(period.text, 0) + 1
    known = {p.period: p for p in periods(s, ds)}
    passed = DatasetState(ds.state) in SERVING_STATES  # new periods open a batch of their own
    key = batch_key(s, ds) if passed else ""
    for text, count in sorted(counts.items()):
        if text in known:
            known[text].rows = count
        else:
            key = (key or text) if passed else ""
            s.add(DatasetPeriod(dataset_id=ds.id, revision=ds.version, period=text, state=PeriodState.DRAFT.value,
                                rows=count, added_by=user_id, added_at=now, stage_since=now, batch=key))
    for text, p in known.items():
        if text not in counts and p.state == PeriodState.DRAFT.value:
            s.delete(p)
    s.flush()


def check_rows_of_series(ds: Dataset, columns: Sequence[ColumnSpec], rows: Iterable[Sequence[object]]) -> None:
    """Every row of a series carries a period of the series' grain (BadInput otherwise)."""
    index = period_index(columns)
    if index is None:
        raise BadInput("series_needs_period_column", ds.name)
    kind = grain(ds)
    for number, row in enumerate(rows, start=1):
        period = row_period(row, index)
        if period is None:
            raise BadInput("row_without_period", str(number))
        if period.kind != kind:
            raise BadInput("period_wrong_grain", f"{period.text} {kind.value if kind else ''}")


def remove_period_rows(s: Session, ds: Dataset, period: Period, index: int) -> int:
    """Delete the live rows of one period (a draft period replaced by a new import); how many."""
    doomed = [row_id for row_id, values in s.execute(select(DatasetRow.id, DatasetRow.values)
                                                      .where(DatasetRow.dataset_id == ds.id))
              if row_period(values, index) == period]
    for start in range(0, len(doomed), 500):
        s.execute(delete(DatasetRow).where(DatasetRow.id.in_(doomed[start:start + 500])))
    return len(doomed)


@dataclass(frozen=True)
class PeriodInfo:
    period: str  # "2024-03"
    label: str  # "Maret 2024"
    state: PeriodState
    rows: int


class SeriesService:
    """Reading the periods of series (no writes: adding a period is an import)."""

    def __init__(self, ctx: ServiceContext) -> None:
        self.ctx = ctx

    def periods(self, dataset_id: int) -> list[PeriodInfo]:
        """The periods present in the current revision, in order (empty for a dataset that is not a series)."""
        with self.ctx.db.reading() as s:
            ds = _load(s, dataset_id)
            return [PeriodInfo(p.period, str(parse_period(p.period) or p.period), PeriodState(p.state), p.rows)
                    for p in periods(s, ds)]

    def chips(self, dataset_id: int) -> list[Chip]:
        """A chip per period the series should have (missing, draft, checking, validated)."""
        with self.ctx.db.reading() as s:
            ds = _load(s, dataset_id)
            kind = grain(ds)
            if kind is None:
                return []
            present = {parse_period(p.period): (PeriodState(p.state), p.rows) for p in periods(s, ds)}
            return chips({k: v for k, v in present.items() if k is not None}, kind, self.ctx.now().date(),
                         ds.period or "")


def _load(s: Session, dataset_id: int) -> Dataset:
    ds = s.get(Dataset, dataset_id)
    if ds is None or ds.deleted_at is not None:
        raise BadInput("unknown_dataset", str(dataset_id))
    return ds


__all__ = ["PeriodInfo", "SeriesService", "batch_key", "batch_mode", "batch_since", "batch_state", "carry_periods",
           "check_rows_of_series", "grain", "keep_validated", "missing_periods", "move_periods", "open_batch", "period_index",
           "periods", "recount", "remove_period_rows", "row_period", "served_filter", "states",
           "validated_periods"]
