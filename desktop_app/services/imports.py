"""Step 1 import as a use case: preview a spreadsheet, then write it all or nothing into a dataset."""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import func, select

from desktop_app.domain.columns import ColumnSpec, ColumnType
from desktop_app.domain.errors import BadInput, NotAllowed
from desktop_app.domain.metadata import DatasetMeta
from desktop_app.domain.roles import Action
from desktop_app.domain.steps import Step
from desktop_app.domain.workflow import DatasetState
from desktop_app.services.context import ServiceContext
from desktop_app.storage.models import Dataset, DatasetColumn
from desktop_app.storage.rows import insert_rows, next_position

if TYPE_CHECKING:
    from desktop_app.services.importing import ImportPreview

Progress = Callable[[int, int], None]


@dataclass(frozen=True)
class ImportResult:
    dataset_id: int
    dataset: str
    rows: int
    skipped: int
    warnings: tuple[str, ...] = field(default_factory=tuple)
    created: bool = True


def bad_cells(columns: Sequence[ColumnSpec], row: Sequence[object]) -> list[int]:
    """Indices of cells still not of their column's type (numbers kept as text, and so on)."""
    return _bad_cells(_numeric_indices(columns), row)


def bad_rows(columns: Sequence[ColumnSpec], rows: Sequence[Sequence[object]]) -> list[int]:
    """Indices of the rows that still hold a cell of the wrong type."""
    numeric = _numeric_indices(columns)
    return [i for i, row in enumerate(rows) if _bad_cells(numeric, row)]


def _numeric_indices(columns: Sequence[ColumnSpec]) -> tuple[int, ...]:
    return tuple(i for i, spec in enumerate(columns) if spec.type.numeric)


def _bad_cells(numeric: tuple[int, ...], row: Sequence[object]) -> list[int]:
    out = []
    for index in numeric:
        value = row[index] if index < len(row) else None
        if value is not None and (value.__class__ is bool or not isinstance(value, (int, float))):
            out.append(index)
    return out


class ImportService:
    """Reads spreadsheets into datasets; nothing is written until the whole import is accepted."""

    def __init__(self, ctx: ServiceContext) -> None:
        self.ctx = ctx

    def preview(self, path: Path, *, sheet: str | None = None, header_row: int | None = None,
                column_types: Mapping[str, ColumnType] | None = None, progress: Progress | None = None,
                cancelled: Callable[[], bool] | None = None) -> ImportPreview:
        """Read the file (no database change); BadInput for files that are not safe spreadsheets."""
        self.ctx.require_actor()
        from desktop_app.services.importing import read_preview  # the spreadsheet readers load on first use
        return read_preview(Path(path), sheet=sheet, header_row=header_row, column_types=column_types,
                            progress=progress, cancelled=cancelled)

    def commit(self, preview: ImportPreview, *, rows: Sequence[Sequence[object]] | None = None,
               skip: Sequence[int] = (), dataset_name: str | None = None, target_id: int | None = None,
               progress: Progress | None = None) -> ImportResult:
        """Write the preview's rows (as fixed by the user) into a new or an existing draft dataset.

        ``rows`` are the preview's rows after the user's fixes (default: as read); ``skip`` the
        indices of rows the user chose to leave out. Any remaining cell of the wrong type refuses
        the whole import (BadInput "unresolved_problems") and nothing is written.
        """
        columns = tuple(ColumnSpec(c.name, c.type, required=False) for c in preview.columns)
        data = list(preview.rows if rows is None else rows)
        skipped = set(skip)
        unresolved = [i for i in bad_rows(columns, data) if i not in skipped]
        if unresolved:
            raise BadInput("unresolved_problems", str(len(unresolved)))
        kept = [list(row) for i, row in enumerate(data) if i not in skipped]
        if not kept:
            raise BadInput("empty")
        aligned = len(data) == len(preview.source_rows)  # rows deleted in the preview lose their source numbers
        skipped_source_rows = sorted(preview.source_rows[i] for i in skipped) if aligned else []
        total = len(kept)
        with self.ctx.db.unit_of_work() as s:
            actor = self.ctx.require(s, Action.EDIT_DATASET)
            now = self.ctx.now()
            warnings: list[str] = []
            if target_id is None:
                name = (dataset_name or preview.file.stem).strip()
                if not name:
                    raise BadInput("dataset_name_required")
                if s.scalar(select(Dataset.id).where(func.lower(Dataset.name) == name.lower())):
                    raise BadInput("dataset_name_taken", name)
                ds = Dataset(author_id=actor.user_id, state=DatasetState.DRAFT.value, created_at=now, updated_at=now,
                             stage_since=now)
                _apply_new_meta(ds, DatasetMeta(name=name, source=preview.file.name))
                ds.columns = [DatasetColumn(position=i, name=c.name, type=c.type.value, unit="", required=False,
                                            codes=[]) for i, c in enumerate(columns)]
                s.add(ds)
                s.flush()
                start, ordered = 0, kept
            else:
                ds = s.get(Dataset, target_id)
                if ds is None:
                    raise BadInput("unknown_dataset", str(target_id))
                if ds.state != DatasetState.DRAFT.value:
                    raise NotAllowed("state", f"import into {ds.state}")
                ordered, warnings = _map_columns(ds, columns, kept)
                start = next_position(s, ds.id)
                ds.updated_at = now
            count = insert_rows(s, ds.id, ordered, start,
                                progress=(lambda done: progress(done, total)) if progress else None)
            detail = {"file": preview.file.name, "sheet": preview.sheet, "rows": count, "skipped": len(skipped),
                      "skipped_rows": skipped_source_rows[:200], "notes": len(preview.notes),
                      "warnings": warnings}
            self.ctx.log(s, "dataset_imported", step=Step.PREPARE, object_type="dataset", object_id=ds.id,
                         object_label=ds.name, detail=detail, since=ds.stage_since)
            return ImportResult(ds.id, ds.name, count, len(skipped), tuple(warnings), target_id is None)


def _apply_new_meta(ds: Dataset, meta: DatasetMeta) -> None:
    ds.name, ds.source, ds.keywords = meta.name, meta.source, []
    for column in ("group_name", "description", "unit", "frequency", "period", "producer"):
        setattr(ds, column, "")


def _map_columns(ds: Dataset, columns: Sequence[ColumnSpec],
                 rows: list[list[object]]) -> tuple[list[list[object]], list[str]]:
    """Reorder imported cells onto the dataset's columns by name; missing ones stay empty."""
    by_name = {c.name.strip().lower(): i for i, c in enumerate(columns)}
    mapping = [by_name.get(col.name.strip().lower()) for col in ds.columns]
    if all(i is None for i in mapping):
        raise BadInput("no_matching_columns", ds.name)
    warnings = [f"missing:{col.name}" for col, i in zip(ds.columns, mapping, strict=True) if i is None]
    used = {i for i in mapping if i is not None}
    warnings += [f"ignored:{c.name}" for i, c in enumerate(columns) if i not in used]
    for col, i in zip(ds.columns, mapping, strict=True):
        if i is not None and ColumnType(col.type).numeric and not columns[i].type.numeric:
            raise BadInput("column_type_mismatch", col.name)
    return [[row[i] if i is not None else None for i in mapping] for row in rows], warnings
