"""Step 1 import as a use case: preview a spreadsheet, then write it all or nothing into a dataset.

The subtotal rows the preview left out of the data go with it as the dataset's check material
(``Dataset.subtotals``): step 2 checks each against the rows it closes.

A period's data of a series (``domain.series``) is an import with a period: into a new dataset (which
becomes a series) or an existing series, where it joins the open batch of new periods. A workbook with
one sheet per month is one import of several parts, one per sheet and period.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from itertools import chain
from operator import itemgetter
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop_app.domain.columns import ColumnSpec, ColumnType, identifier_text
from desktop_app.domain.errors import BadInput, NotAllowed
from desktop_app.domain.metadata import DatasetMeta
from desktop_app.domain.names import check_dataset_name
from desktop_app.domain.periods import Period, parse_period
from desktop_app.domain.roles import Action
from desktop_app.domain.series import FREQUENCY_OF_GRAIN, PeriodState, check_addition, series_period, sheet_period
from desktop_app.domain.steps import Step
from desktop_app.domain.subtotals import Subtotal
from desktop_app.domain.workflow import DatasetState
from desktop_app.services.datasets import revisions, series
from desktop_app.services.datasets.dataset_service import check_name_free
from desktop_app.services.runtime import ServiceContext
from desktop_app.storage.dialect import get_for_change
from desktop_app.storage.models import Dataset, DatasetColumn, DatasetRow
from desktop_app.storage.row_pages import count_rows
from desktop_app.storage.rows import insert_rows, next_position, row_format

if TYPE_CHECKING:
    from desktop_app.services.datasets.importing import ImportPreview
    from desktop_app.services.datasets.importing.model import ColumnCells

Progress = Callable[[int, int], None]
PERIOD_COLUMN = "Periode"  # the column a series' period goes into when the file has none


@dataclass(frozen=True)
class SheetPeriod:
    """A worksheet and the period its name gives (the user may correct it before importing)."""

    sheet: str
    period: str  # "2024-01"
    label: str  # "Januari 2024"


@dataclass(frozen=True)
class ImportResult:
    dataset_id: int
    dataset: str
    rows: int
    skipped: int
    warnings: tuple[str, ...] = field(default_factory=tuple)
    created: bool = True
    subtotals: int = 0  # subtotal rows of the file kept as check material
    periods: tuple[str, ...] = ()  # the periods of a series the rows were added to


def bad_cells(columns: Sequence[ColumnSpec], row: Sequence[object]) -> list[int]:
    """Indices of cells still not of their column's type (numbers kept as text, and so on)."""
    return _bad_cells(_numeric_indices(columns), row)


def bad_rows(columns: Sequence[ColumnSpec], rows: Sequence[Sequence[object]]) -> list[int]:
    """Indices of the rows that still hold a cell of the wrong type."""
    numeric = _numeric_indices(columns)
    if not numeric or _plainly_numeric(numeric, rows):
        return []
    return [i for i, row in enumerate(rows) if _bad_cells(numeric, row)]


_PLAIN_NUMBERS = frozenset({int, float, type(None)})

# Problems about a cell whose value must not be saved as it is: an error value, a formula nobody computed.
BLOCKING_CELL_PROBLEMS = frozenset({"formula_not_computed", "excel_error"})


def unresolved_rows(preview: ImportPreview, rows: Sequence[Sequence[object]] | None = None) -> list[int]:
    """Indices of the rows still holding an error value or an uncomputed formula where the preview found one.

    ``rows`` are the preview's rows as the person fixed them (default: as read); a cell changed since
    is resolved. Rows added or removed in between leave only the cells still at their place checked.
    """
    data = preview.rows if rows is None else rows
    if not any(p.code in BLOCKING_CELL_PROBLEMS for p in preview.problems):
        return []
    index = {row: i for i, row in enumerate(preview.source_rows)}
    names = {c.name: j for j, c in enumerate(preview.columns)}
    found = set()
    for problem in preview.problems:
        if problem.code in BLOCKING_CELL_PROBLEMS and problem.row in index and problem.column in names:
            i, j = index[problem.row], names[problem.column]
            if i < len(data) and j < len(data[i]) and data[i][j] == problem.value:
                found.add(i)
    return sorted(found)


def _plainly_numeric(numeric: tuple[int, ...], rows: Sequence[Sequence[object]]) -> bool:
    """Whether every numeric cell is exactly an int, a float or None - then no row is bad.

    One pass at C speed over the numeric cells' types; anything else (a text, a bool, an int
    subclass, a row too short) leaves the answer to the cell-by-cell check.
    """
    pick = itemgetter(*numeric)
    try:
        cells = map(pick, rows) if len(numeric) == 1 else chain.from_iterable(map(pick, rows))
        return set(map(type, cells)) <= _PLAIN_NUMBERS
    except (IndexError, KeyError, TypeError):
        return False


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
                column_types: Mapping[str, ColumnType] | None = None,
                decimal_marks: Mapping[str, str] | None = None, decimal: str | None = None,
                progress: Progress | None = None, cancelled: Callable[[], bool] | None = None,
                unpivot: bool = False, year: int | None = None) -> ImportPreview:
        """Read the file (no database change); BadInput for files that are not safe spreadsheets.

        ``decimal_marks`` (column -> "," or ".") and ``decimal`` (for the columns the file leaves
        open) are the person's decimal marks, see ``read_preview``. ``unpivot``: turn the wide period
        columns into a period column and a value column (``year`` for headings without one, when the
        title, sheet or file name does not give it); then ``column_types`` may name the value column
        (its type goes to every period column).
        """
        self.ctx.require_actor()
        from desktop_app.services.datasets.importing import read_preview  # the spreadsheet readers load on first use

        if year is not None and (isinstance(year, bool) or not 1900 <= year <= 2100):
            raise BadInput("bad_year", str(year))
        marks = {"decimal_marks": decimal_marks, "decimal": decimal}
        if not unpivot:
            return read_preview(Path(path), sheet=sheet, header_row=header_row, column_types=column_types,
                                progress=progress, cancelled=cancelled, **marks)
        from desktop_app.services.datasets.importing.unpivot import unpivot as turned

        wide = read_preview(Path(path), sheet=sheet, header_row=header_row, progress=progress, cancelled=cancelled,
                            **marks)
        if column_types:
            wide = read_preview(Path(path), sheet=sheet, header_row=header_row,
                                column_types=_wide_types(turned(wide, year), column_types), cancelled=cancelled,
                                **marks)
        return turned(wide, year)

    def check_target(self, columns: Sequence[ColumnSpec], dataset_name: str | None = None,
                     target_id: int | None = None) -> None:
        """Refuse now what ``commit`` would refuse about where the rows go, so the preview can say so and
        stay open: a new dataset's name (required, not taken) or the draft to add to (there, still a
        draft, columns that match). Reads only; the same codes as ``commit``."""
        self.ctx.require_actor()
        with self.ctx.db.reading() as s:
            if target_id is None:
                name = (dataset_name or "").strip()
                if not name:
                    raise BadInput("dataset_name_required")
                check_dataset_name(name)
                check_name_free(s, name)
                return
            ds = s.get(Dataset, target_id)
            if ds is None or ds.deleted_at is not None:
                raise BadInput("unknown_dataset", str(target_id))
            if not ds.series_grain and ds.state != DatasetState.DRAFT.value:
                raise NotAllowed("state", f"import into {ds.state}")
            _map_columns(ds, columns, [])

    def sheet_periods(self, path: Path, *, every_sheet: bool = False) -> list[SheetPeriod]:
        """The sheets of a workbook whose names give a period ("Jan", "Februari 2024", "TW I"), in order.

        A name without a year takes the year in the file name ("izin-2024.xlsx"). ``every_sheet``: the
        other sheets too, with an empty period (for a person to fill in). Nothing is written.
        """
        self.ctx.require_actor()
        from desktop_app.services.datasets.importing import read_preview

        preview = read_preview(Path(path))
        found = re.search(r"(?:19|20)\d{2}", Path(path).stem)
        year = int(found.group(0)) if found else None
        out = []
        for name in preview.sheets:
            period = sheet_period(name, year)
            if period is not None:
                out.append(SheetPeriod(name, period.text, period.label))
            elif every_sheet:
                out.append(SheetPeriod(name, "", ""))
        return out

    def commit(self, preview: ImportPreview, *, rows: Sequence[Sequence[object]] | None = None,
               skip: Sequence[int] = (), dataset_name: str | None = None, target_id: int | None = None,
               progress: Progress | None = None, period: str | None = None) -> ImportResult:
        """Write the preview's rows (as fixed by the user) into a new or an existing draft dataset.

        ``rows`` are the preview's rows after the user's fixes (default: as read); ``skip`` the
        indices of rows the user chose to leave out. Any remaining cell of the wrong type refuses
        the whole import (BadInput "unresolved_problems"), and so does a number column whose decimal
        mark nothing decided (BadInput "ambiguous_decimal", naming the column); nothing is written.

        ``period`` ("2024-04"): the rows are that period's data of a series (a new dataset becomes a
        series of that grain; the rows get the period in their period column, a "Periode" column first
        when the file has none). Into an existing series the rows add their periods (with ``period`` or
        as their period column says) by the rules of ``domain.series.check_addition``.
        """
        return self.commit_parts([ImportPart(preview, rows, tuple(skip), period)], dataset_name=dataset_name,
                                 target_id=target_id, progress=progress)

    def commit_parts(self, parts: Sequence[ImportPart], *, dataset_name: str | None = None,
                     target_id: int | None = None, progress: Progress | None = None) -> ImportResult:
        """Write several previews (a workbook's sheets, one per period) into one dataset, all or nothing."""
        from desktop_app.services.datasets.importing.preview import paused_gc  # loaded already: there is a preview

        if not parts:
            raise BadInput("empty")
        with paused_gc():
            prepared = [_prepare(part) for part in parts]
            return self._commit(prepared, dataset_name, target_id, progress)

    def _commit(self, parts: Sequence[_Prepared], dataset_name: str | None, target_id: int | None,
                progress: Progress | None) -> ImportResult:
        first = parts[0]
        total = sum(len(p.rows) for p in parts)
        done = 0

        def step(count: int) -> None:
            if progress is not None:
                progress(done + count, total)

        with self.ctx.db.unit_of_work() as s:
            actor = self.ctx.require(s, Action.EDIT_DATASET)
            now = self.ctx.now()
            warnings: list[str] = []
            count = subtotal_count = 0
            lost = sum(p.lost for p in parts)
            created = target_id is None
            if created:
                ds = _new_dataset(s, parts, dataset_name, actor.user_id, now)
                subtotal_count = len(first.subtotals)
                for index, part in enumerate(parts):
                    if index == 0:
                        written = insert_rows(s, ds.id, part.rows, 0, progress=step, json_format=part.json_format)
                    else:
                        written = self._append(s, ds, part, warnings, step)
                    count += written
                    done += written
            else:
                ds = _target_dataset(s, parts, target_id)
                for part in parts:
                    added = self._append(s, ds, part, warnings, step)
                    count += added
                    done += added
                    subtotal_count += part.added_subtotals
                lost += sum(p.unmapped for p in parts)
                ds.updated_at = now
            if ds.series_grain:
                _recount_series(s, ds, actor.user_id, now)
            if lost:
                warnings.append(f"subtotals_dropped:{lost}")
            detail, since = _import_detail(s, ds, parts, count, warnings, subtotal_count)
            self.ctx.log(s, "dataset_imported", step=Step.PREPARE, object_type="dataset", object_id=ds.id,
                         object_label=ds.name, detail=detail, since=since)
            return ImportResult(ds.id, ds.name, count, sum(len(p.skipped) for p in parts), tuple(warnings), created,
                                subtotal_count, tuple(sorted({t for p in parts for t in p.periods})))

    def _append(self, s: Session, ds: Dataset, part: _Prepared, warnings: list[str], step: Progress) -> int:
        """Add one part's rows to an existing dataset (a draft, or a series' new periods)."""
        columns = part.columns
        if ds.series_grain and part.period is not None:  # the period goes into the series' own period column
            mine, theirs = series.period_index(columns), series.period_index(revisions.columns_of(ds))
            if mine is not None and theirs is not None:
                target = ds.columns[theirs].name
                if all(c.name.strip().lower() != target.strip().lower() for c in columns):
                    columns = tuple(ColumnSpec(target, c.type, c.unit, c.required, c.codes) if i == mine else c
                                    for i, c in enumerate(columns))
        ordered, found = _map_columns(ds, columns, part.rows)
        warnings.extend(w for w in found if w not in warnings)
        if ds.series_grain:
            index = series.period_index(revisions.columns_of(ds))
            if index is None:
                raise BadInput("series_needs_period_column", ds.name)
            kind = series.grain(ds)
            incoming = {series.row_period(row, index) for row in ordered}
            if None in incoming:
                raise BadInput("row_without_period", ds.name)
            existing = series.states(s, ds)
            checking = ds.state == DatasetState.CHECKING.value
            for period in sorted(incoming):  # type: ignore[type-var]
                if check_addition(period, kind, existing, revision_checking=checking):  # type: ignore[arg-type]
                    series.remove_period_rows(s, ds, period, index)  # type: ignore[arg-type]
            part.periods.update(p.text for p in incoming if p is not None)
        added, unmapped = _mapped_subtotals(part.subtotals, ds, count_rows(s, ds.id))
        part.unmapped = unmapped
        part.added_subtotals = len(added)
        if added:
            ds.subtotals = [*(ds.subtotals or []), *(t.to_json() for t in added)]
        return insert_rows(s, ds.id, ordered, next_position(s, ds.id), progress=step)


class ImportPart:
    """One preview to write: the rows as fixed by the user, the rows left out, and its period (if any)."""

    def __init__(self, preview: ImportPreview, rows: Sequence[Sequence[object]] | None = None,
                 skip: Sequence[int] = (), period: str | None = None) -> None:
        self.preview, self.rows, self.skip, self.period = preview, rows, tuple(skip), period


class _Prepared:
    """A part checked and ready to write (outside any unit of work)."""

    def __init__(self, preview: ImportPreview, columns: tuple[ColumnSpec, ...], rows: list, skipped: set[int],
                 skipped_source_rows: list[int], subtotals: list[Subtotal], lost: int, json_format: str | None,
                 period: Period | None) -> None:
        self.preview, self.columns, self.rows, self.skipped = preview, columns, rows, skipped
        self.skipped_source_rows, self.subtotals, self.lost = skipped_source_rows, subtotals, lost
        self.json_format, self.period = json_format, period
        self.periods: set[str] = {period.text} if period is not None else set()
        self.unmapped = 0
        self.added_subtotals = 0


def _prepare(part: ImportPart) -> _Prepared:
    """Check a part's rows (cells of the wrong type refuse the import) and give them their period."""
    preview = part.preview
    open_marks = undecided_columns(preview)
    if open_marks:
        raise BadInput("ambiguous_decimal", open_marks[0])
    columns = tuple(ColumnSpec(c.name, c.type, required=False) for c in preview.columns)
    data = list(preview.rows if part.rows is None else part.rows)
    skipped = set(part.skip)
    # The preview's rows as read: what their cells are is known column by column already.
    summary = preview.summary if part.rows is None else None
    cells = summary.columns if summary is not None and summary.describes(preview.rows) else None
    if cells is not None and len(cells) != len(columns):
        cells = None
    if cells is not None and all(cells[i].types <= _PLAIN_NUMBERS for i in _numeric_indices(columns)):
        unresolved = []
    else:
        unresolved = [i for i in bad_rows(columns, data) if i not in skipped]
    unresolved += [i for i in unresolved_rows(preview, data) if i not in skipped and i not in unresolved]
    if unresolved:
        raise BadInput("unresolved_problems", str(len(unresolved)))
    kept = [row for i, row in enumerate(data) if i not in skipped] if skipped else data
    if not kept:
        raise BadInput("empty")
    aligned = len(data) == len(preview.source_rows)  # rows deleted in the preview lose their source numbers
    skipped_source_rows = sorted(preview.source_rows[i] for i in skipped) if aligned else []
    subtotals, lost = _kept_subtotals(preview.subtotals, skipped, aligned)
    json_format = row_format([_json_kind(c) for c in cells]) if cells is not None else None
    period = series_period(part.period) if part.period else None
    if period is not None:
        columns, kept, added = _with_period(columns, kept, period)
        if added:
            json_format = None  # a column more than the preview's cells describe
    return _Prepared(preview, columns, kept, skipped, skipped_source_rows, subtotals, lost, json_format, period)


def _with_period(columns: tuple[ColumnSpec, ...], rows: Sequence[Sequence[object]],
                 period: Period) -> tuple[tuple[ColumnSpec, ...], list, bool]:
    """The rows of one period with the period in their period column: a "Periode" column first when there
    is none; an empty cell gets the period; a cell of another period refuses the import."""
    index = series.period_index(columns)
    if index is None:
        return (ColumnSpec(PERIOD_COLUMN, ColumnType.PERIOD, required=False), *columns), \
            [(period.text, *row) for row in rows], True
    out = []
    for number, row in enumerate(rows, start=1):
        cell = row[index] if index < len(row) else None
        if cell is None or (isinstance(cell, str) and not cell.strip()):
            found = period
        else:
            found = parse_period(cell)
            if found != period:
                raise BadInput("period_mismatch", f"{number}: {cell} / {period.text}")
        out.append((*row[:index], found.text, *row[index + 1:]))
    return columns, out, False


def undecided_columns(preview: ImportPreview) -> list[str]:
    """Number columns whose decimal mark nothing decided: nothing may be saved from them until someone says."""
    return [c.name for c in preview.columns if c.type.numeric and c.reading is not None and c.reading.open]


def _json_kind(cells: ColumnCells) -> str | None:
    """The kind of value ``row_format`` knows how to write, when all of a column's cells are of one."""
    if cells.types and cells.types <= _NUMBERS and cells.finite:
        return "number"
    if cells.types == _TEXT and cells.plain:
        return "text"
    if cells.types == _NONE:
        return "null"
    return None


_NUMBERS = frozenset({int, float})
_TEXT = frozenset({str})
_NONE = frozenset({type(None)})


def _wide_types(turned: ImportPreview, column_types: Mapping[str, ColumnType]) -> dict[str, ColumnType]:
    """Type overrides of a turned preview as overrides of the sheet's columns: the value column's type for
    every period column; the period column's is left out (it is a period)."""
    info = turned.unpivoted
    out: dict[str, ColumnType] = {}
    for name, kind in column_types.items():
        if info is not None and name == info.value_column:
            out.update(dict.fromkeys(info.columns, kind))
        elif info is None or name != info.period_column:
            out[name] = kind
    return out


def _kept_subtotals(subtotals: Sequence[Subtotal], skipped: set[int],
                    aligned: bool) -> tuple[list[Subtotal], int]:
    """The preview's subtotals over the rows as written (rows left out shift the ranges), and how many were
    dropped: with rows deleted in the preview the ranges cannot be followed, only subtotals of a named group."""
    if not subtotals:
        return [], 0
    if not aligned:
        kept = [t for t in subtotals if t.first is None]
        return kept, len(subtotals) - len(kept)
    if not skipped:
        return list(subtotals), 0
    order = sorted(skipped)

    def moved(index: int) -> int:
        return index - sum(1 for i in order if i < index)

    return [t if t.first is None or t.end is None else
            Subtotal(t.label, t.values, moved(t.first), moved(t.end), t.keys, t.source_row) for t in subtotals], 0


def _mapped_subtotals(subtotals: Sequence[Subtotal], ds: Dataset, offset: int) -> tuple[list[Subtotal], int]:
    """Subtotals for rows appended to a draft: the draft's column names, ranges after its ``offset`` rows."""
    names = {c.name.strip().lower(): c.name for c in ds.columns}
    out: list[Subtotal] = []
    for t in subtotals:
        values = tuple((names[c.strip().lower()], v) for c, v in t.values if c.strip().lower() in names)
        if not values or any(c.strip().lower() not in names for c, _ in t.keys):
            continue
        keys = tuple((names[c.strip().lower()], allowed) for c, allowed in t.keys)
        out.append(Subtotal(t.label, values, t.first, t.end, keys, t.source_row).shifted(offset))
    return out, len(subtotals) - len(out)


def _new_dataset(s: Session, parts: Sequence[_Prepared], dataset_name: str | None, author_id: int,
                 now: dt.datetime) -> Dataset:
    """The draft dataset the parts are imported into, named ``dataset_name`` (default: the file's name), with
    the first part's columns and subtotals (a series of its period's grain when it has one); flushed."""
    first = parts[0]
    name = (dataset_name or first.preview.file.stem).strip()
    if not name:
        raise BadInput("dataset_name_required")
    check_name_free(s, name)
    if len({tuple(c.name.strip().lower() for c in p.columns) for p in parts}) > 1:
        raise BadInput("columns_differ", ", ".join(p.preview.sheet for p in parts))
    ds = Dataset(author_id=author_id, state=DatasetState.DRAFT.value, created_at=now,
                 updated_at=now, stage_since=now, version=1)
    _apply_new_meta(ds, DatasetMeta(name=name))  # the file is in the log; Sumber is the data's source
    if first.period is not None:
        ds.series_grain = first.period.kind.value
        ds.frequency = FREQUENCY_OF_GRAIN[first.period.kind]
    ds.columns = [DatasetColumn(position=i, name=c.name, type=c.type.value, unit="", required=False,
                                codes=[]) for i, c in enumerate(first.columns)]
    ds.subtotals = [t.to_json() for t in first.subtotals]
    s.add(ds)
    s.flush()
    revisions.current_row(s, ds)
    return ds


def _target_dataset(s: Session, parts: Sequence[_Prepared], target_id: int) -> Dataset:
    """The existing dataset the parts go into, locked: a series, or a draft when no part has a period."""
    ds = get_for_change(s, Dataset, target_id)  # locked for the unit of work when it changes it
    if ds is None or ds.deleted_at is not None:
        raise BadInput("unknown_dataset", str(target_id))
    if not ds.series_grain:
        if any(p.period is not None for p in parts):
            raise BadInput("not_a_series", ds.name)
        if ds.state != DatasetState.DRAFT.value:
            raise NotAllowed("state", f"import into {ds.state}")
    return ds


def _recount_series(s: Session, ds: Dataset, user_id: int, now: dt.datetime) -> None:
    """A series after the import: its rows checked as a series' rows, and its periods recounted."""
    index = series.period_index(revisions.columns_of(ds))
    if index is None:
        raise BadInput("series_needs_period_column", ds.name)
    live = s.scalars(select(DatasetRow.values).where(DatasetRow.dataset_id == ds.id))
    rows_now = [tuple(v) for v in live]
    series.check_rows_of_series(ds, revisions.columns_of(ds), rows_now)
    series.recount(s, ds, rows_now, revisions.columns_of(ds), user_id, now)


def _import_detail(s: Session, ds: Dataset, parts: Sequence[_Prepared], count: int, warnings: list[str],
                   subtotal_count: int) -> tuple[dict[str, object], dt.datetime | None]:
    """(what the log records of the import, since when its step runs: a series' new batch has its own)."""
    first = parts[0]
    detail: dict[str, object] = {
        "file": first.preview.file.name, "sheet": first.preview.sheet, "rows": count,
        "skipped": sum(len(p.skipped) for p in parts),
        "skipped_rows": [r for p in parts for r in p.skipped_source_rows][:200],
        "notes": sum(len(p.preview.notes) for p in parts), "warnings": warnings,
        "subtotals": subtotal_count, "state": ds.state, "revision": ds.version}
    if len(parts) > 1:
        detail["sheets"] = [p.preview.sheet for p in parts]
    since = ds.stage_since
    if ds.series_grain:
        detail["periods"] = sorted({t for p in parts for t in p.periods})
        if series.batch_mode(s, ds):  # new periods of a series past step 2: a batch of their own
            detail["batch"] = series.batch_key(s, ds)
            detail["state"] = PeriodState.DRAFT.value
            since = series.batch_since(s, ds)
    return detail, since


def _apply_new_meta(ds: Dataset, meta: DatasetMeta) -> None:
    check_dataset_name(meta.name)
    ds.name, ds.source, ds.keywords = meta.name, meta.source, []
    for column in ("group_name", "description", "unit", "frequency", "period", "producer"):
        setattr(ds, column, "")


def _map_columns(ds: Dataset, columns: Sequence[ColumnSpec],
                 rows: Sequence[Sequence[object]]) -> tuple[list[list[object]], list[str]]:
    """Reorder imported cells onto the dataset's columns by name; missing ones stay empty."""
    by_name = {c.name.strip().lower(): i for i, c in enumerate(columns)}
    mapping = [by_name.get(col.name.strip().lower()) for col in ds.columns]
    if all(i is None for i in mapping):
        raise BadInput("no_matching_columns", ds.name)
    warnings = [f"missing:{col.name}" for col, i in zip(ds.columns, mapping, strict=True) if i is None]
    used = {i for i in mapping if i is not None}
    warnings += [f"ignored:{c.name}" for i, c in enumerate(columns) if i not in used]
    out = [[row[i] if i is not None else None for i in mapping] for row in rows]
    for position, (col, i) in enumerate(zip(ds.columns, mapping, strict=True)):
        if i is None:
            continue
        target, source = ColumnType(col.type), columns[i].type
        if target.numeric and source == ColumnType.IDENTIFIER:  # "No" typed a number in an older draft
            for row in out:
                row[position] = _whole_number(row[position], col.name)
        elif target.numeric and not source.numeric:
            raise BadInput("column_type_mismatch", col.name)
        elif target == ColumnType.IDENTIFIER and source != ColumnType.IDENTIFIER:
            for row in out:
                row[position] = identifier_text(row[position])
    return out, warnings


def _whole_number(value: object, column: str) -> object:
    """A row number or code read as text, for a draft whose column holds numbers; BadInput if it is not one."""
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    if isinstance(value, str) and value.strip().isdigit():
        return int(value.strip())
    raise BadInput("column_type_mismatch", column)
