"""Corrections of a draft's columns (step 1): rename, retype, reorder, add and remove.

Only the current revision's draft is corrected: what passed step 2 changes through a new revision
(``services.revisions``). Each call is one unit of work and one log entry (step 1, with the column
and the revision); the rows follow the columns, the check settings and the subtotals follow their
names, and an acceptance of check errors is void (the data it covered changed). Retyping converts the
cells that fit and returns the others as problems, kept as they were (``domain.corrections``).
"""

from __future__ import annotations

from collections.abc import Callable

from sqlalchemy import delete
from sqlalchemy.orm import Session

from desktop_app.domain import corrections
from desktop_app.domain.columns import ColumnSpec, ColumnType
from desktop_app.domain.errors import BadInput, NotAllowed
from desktop_app.domain.roles import Action
from desktop_app.domain.steps import Step
from desktop_app.domain.subtotals import Subtotal
from desktop_app.domain.workflow import DatasetState
from desktop_app.services.datasets import revisions, series
from desktop_app.services.runtime import ServiceContext
from desktop_app.storage.models import Dataset, DatasetRow


class ColumnService:
    """Corrections of the columns of a draft; each is logged."""

    def __init__(self, ctx: ServiceContext) -> None:
        self.ctx = ctx

    def rename(self, dataset_id: int, old: str, new: str) -> None:
        def change(s: Session, ds: Dataset, columns, rows):  # noqa: ANN001
            index = corrections.find(columns, old)
            renamed = corrections.rename(columns, old, new)
            before, after = columns[index].name, renamed[index].name
            ds.key_columns = [after if k == before else k for k in ds.key_columns or ()]
            ds.subtotals = [_renamed(t, before, after).to_json() for t in _subtotals(ds)]
            return renamed, rows, {"column": before, "new_name": after}
        self._correct(dataset_id, "column_renamed", change)

    def retype(self, dataset_id: int, name: str, kind: ColumnType | str) -> list[corrections.CellProblem]:
        """The column's new type; the cells that do not fit it (kept as they were, to fix)."""
        kind = ColumnType(kind)
        problems: list[corrections.CellProblem] = []

        def change(s: Session, ds: Dataset, columns, rows):  # noqa: ANN001
            index = corrections.find(columns, name)
            if ds.series_grain and index == series.period_index(columns) and kind != ColumnType.PERIOD:
                raise BadInput("series_needs_period_column", ds.name)
            old = columns[index].type.value
            changed, converted, found = corrections.retype(columns, rows, name, kind)
            problems.extend(found)
            return changed, converted, {"column": columns[index].name, "from": old, "to": kind.value,
                                        "problems": len(found), "problem_rows": [p.row + 1 for p in found][:50]}
        self._correct(dataset_id, "column_retyped", change)
        return problems

    def move(self, dataset_id: int, name: str, position: int) -> None:
        def change(s: Session, ds: Dataset, columns, rows):  # noqa: ANN001
            index = corrections.find(columns, name)
            moved, out = corrections.move(columns, rows, name, position)
            return moved, out, {"column": columns[index].name, "from": index, "to": moved.index(columns[index])}
        self._correct(dataset_id, "column_moved", change)

    def add(self, dataset_id: int, column: ColumnSpec, position: int | None = None) -> None:
        def change(s: Session, ds: Dataset, columns, rows):  # noqa: ANN001
            added, out = corrections.add(columns, rows, column, position)
            return added, out, {"column": column.name.strip(), "type": column.type.value,
                                "position": next(i for i, c in enumerate(added) if c.name == column.name.strip())}
        self._correct(dataset_id, "column_added", change)

    def remove(self, dataset_id: int, name: str) -> None:
        def change(s: Session, ds: Dataset, columns, rows):  # noqa: ANN001
            index = corrections.find(columns, name)
            if ds.series_grain and index == series.period_index(columns):
                raise BadInput("series_needs_period_column", ds.name)
            gone = columns[index].name
            left, out = corrections.remove(columns, rows, name)
            ds.key_columns = [k for k in ds.key_columns or () if k != gone]
            ds.subtotals = [t.to_json() for t in (_without(t, gone) for t in _subtotals(ds)) if t is not None]
            return left, out, {"column": gone}
        self._correct(dataset_id, "column_removed", change)

    def _correct(self, dataset_id: int, action: str, change: Callable) -> None:
        with self.ctx.db.unit_of_work() as s:
            actor = self.ctx.require(s, Action.EDIT_DATASET)
            ds = s.get(Dataset, dataset_id)
            if ds is None or ds.deleted_at is not None:
                raise BadInput("unknown_dataset", str(dataset_id))
            if ds.state != DatasetState.DRAFT.value:
                raise NotAllowed("state", f"correct columns in {ds.state}")
            current = revisions.view(s, ds)
            columns, rows, detail = change(s, ds, current.columns, [list(r) for r in current.rows])
            revisions.set_columns(s, ds, columns)
            s.execute(delete(DatasetRow).where(DatasetRow.dataset_id == ds.id))
            s.add_all(DatasetRow(dataset_id=ds.id, position=i, values=r) for i, r in enumerate(rows))
            ds.updated_at = self.ctx.now()
            ds.accepted_by, ds.accepted_reason = None, ""
            series.recount(s, ds, rows, columns, actor.user_id, self.ctx.now())
            self.ctx.log(s, action, step=Step.PREPARE, object_type="dataset", object_id=ds.id, object_label=ds.name,
                         since=ds.stage_since, detail={**detail, "revision": ds.version, "state": ds.state})


def _subtotals(ds: Dataset) -> list[Subtotal]:
    return [Subtotal.from_json(t) for t in ds.subtotals or ()]


def _renamed(t: Subtotal, old: str, new: str) -> Subtotal:
    return Subtotal(t.label, tuple((new if c == old else c, v) for c, v in t.values), t.first, t.end,
                    tuple((new if c == old else c, allowed) for c, allowed in t.keys), t.source_row)


def _without(t: Subtotal, gone: str) -> Subtotal | None:
    """A subtotal without a removed column's figure; None when it has nothing left to check (or it was keyed
    on that column)."""
    values = tuple((c, v) for c, v in t.values if c != gone)
    if not values or any(c == gone for c, _ in t.keys):
        return None
    return Subtotal(t.label, values, t.first, t.end, t.keys, t.source_row)


__all__ = ["ColumnService"]
