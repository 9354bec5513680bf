"""Step 4: the data catalogue — validated datasets and their saved outputs, searchable, with the office contacts.

A presented dataset is "in the catalogue"; validated and processed ones are listed too, marked
as not yet presented. Search looks in the title, group, period, keywords and description: every
word of the query must appear somewhere (case-insensitive).

Each entry shows the dataset's served revision (``domain.revisions``): while a new revision is a
draft or being checked, the one before it stays in the catalogue; a series shows its validated
periods. A dataset presented once stays in the catalogue through its later revisions until it is
withdrawn; a withdrawn dataset (or one in the Sampah) is not listed.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import func, select

from desktop_app.domain.workflow import DatasetState
from desktop_app.services.accounts import AccountService, OfficeProfile
from desktop_app.services.datasets import revisions
from desktop_app.services.datasets.dataset_service import DatasetService, in_catalogue
from desktop_app.services.datasets.series import served_filter
from desktop_app.services.runtime import ServiceContext
from desktop_app.storage.models import Confirmation, Dataset, DatasetRow, Office, Output

CATALOGUE_STATES = (DatasetState.VALIDATED, DatasetState.PROCESSED, DatasetState.PRESENTED)


@dataclass(frozen=True)
class LastConfirmation:
    """The latest confirmation of a dataset with its source."""

    confirmed_on: dt.date
    source: str
    channel: str


@dataclass(frozen=True)
class CatalogOutput:
    id: int
    name: str


@dataclass(frozen=True)
class CatalogEntry:
    """One dataset as the catalogue shows it."""

    id: int
    title: str
    group: str
    period: str
    keywords: tuple[str, ...]
    description: str
    unit: str
    source: str
    producer: str
    access_level: str
    frequency: str
    state: DatasetState
    rows: int
    last_confirmation: LastConfirmation | None
    outputs: tuple[CatalogOutput, ...]
    is_sample: bool = False
    revision: int = 1  # the served revision shown
    in_catalogue: bool | None = None  # presented once and not withdrawn (None: as its state says)

    @property
    def presented(self) -> bool:
        """True when the dataset is in the catalogue (step 4 done, in this or an earlier revision)."""
        return self.in_catalogue if self.in_catalogue is not None else self.state == DatasetState.PRESENTED

    def matches(self, query: str) -> bool:
        """Every word of the query appears in the title, group, period, keywords or description."""
        haystack = " ".join((self.title, self.group, self.period, " ".join(self.keywords),
                             self.description)).casefold()
        return all(word in haystack for word in query.casefold().split())


class CatalogService:
    """Reading the catalogue; no writes, no log entries (exports log themselves)."""

    def __init__(self, ctx: ServiceContext, datasets: DatasetService) -> None:
        self.ctx = ctx
        self.datasets = datasets

    def entries(self, query: str = "", group: str | None = None, period: str | None = None, *,
                presented_only: bool = False) -> list[CatalogEntry]:
        """The catalogue entries matching a search, in title order (group/period: exact, case-insensitive)."""
        out = [e for e in self._all(CATALOGUE_STATES) if e.matches(query) and (e.presented or not presented_only)]
        if group:
            out = [e for e in out if e.group.casefold() == group.strip().casefold()]
        if period:
            out = [e for e in out if e.period.casefold() == period.strip().casefold()]
        return out

    def groups(self) -> list[str]:
        """The groups that occur in the catalogue, sorted."""
        return sorted({e.group for e in self._all(CATALOGUE_STATES) if e.group}, key=str.casefold)

    def periods(self) -> list[str]:
        """The periods that occur in the catalogue, sorted."""
        return sorted({e.period for e in self._all(CATALOGUE_STATES) if e.period}, key=str.casefold)

    def office(self) -> OfficeProfile:
        """The office profile: name, address, phone, fax, e-mail for every catalogue page."""
        return AccountService(self.ctx).office()

    def _all(self, states: tuple[DatasetState, ...]) -> list[CatalogEntry]:
        with self.ctx.db.reading() as s:
            if s.get(Office, 1) is None:
                return []
            counts = dict(s.execute(select(DatasetRow.dataset_id, func.count())
                                    .group_by(DatasetRow.dataset_id)).all())
            last: dict[int, LastConfirmation] = {}
            for c in s.scalars(select(Confirmation).order_by(Confirmation.id)):
                last[c.dataset_id] = LastConfirmation(c.confirmed_on, c.source, c.channel)
            outputs: dict[int, list[CatalogOutput]] = {}
            for o in s.scalars(select(Output).order_by(Output.id)):
                outputs.setdefault(o.dataset_id, []).append(CatalogOutput(o.id, o.name))
            query = (select(Dataset).where(Dataset.deleted_at.is_(None), Dataset.withdrawn_at.is_(None))
                     .order_by(Dataset.name))
            out = []
            for ds in s.scalars(query):
                served = revisions.served_number(s, ds)
                if served is None:
                    continue
                if served == ds.version:
                    state, meta = DatasetState(ds.state), revisions.meta_of(ds)
                    keep = served_filter(s, ds, revisions.columns_of(ds))
                    rows = counts.get(ds.id, 0) if keep is None else len(revisions.view(s, ds, served_rows=True).rows)
                else:
                    rev = revisions.revision_row(s, ds.id, served)
                    state, meta, rows = DatasetState(rev.state), revisions.meta_from_json(rev.meta), rev.rows
                if state not in states:
                    continue
                out.append(CatalogEntry(
                    ds.id, meta.name, meta.group or "", meta.period or "", tuple(meta.keywords or ()),
                    meta.description or "", meta.unit or "", meta.source or "", meta.producer or "",
                    meta.access_level or "public", meta.frequency or "", state, rows, last.get(ds.id),
                    tuple(outputs.get(ds.id, ())), ds.is_sample, served, in_catalogue(s, ds)))
            return out


__all__ = ["CATALOGUE_STATES", "CatalogEntry", "CatalogOutput", "CatalogService", "LastConfirmation"]
