"""Step 3 (Pengolahan): pivot tables, recaps across datasets, saved pivot outputs and their narrative.

Reading a pivot changes nothing and is not logged (as ``DatasetService.tabulate``); writing one to a
file, recapping datasets and saving an output are each one unit of work with one log entry.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
from collections.abc import Callable, Iterator, Sequence
from dataclasses import replace
from pathlib import Path
from typing import Any

from sqlalchemy.orm import Session

from desktop_app.domain.charts import ChartChoice
from desktop_app.domain.columns import ColumnSpec, ColumnType
from desktop_app.domain.errors import BadInput, NotAllowed
from desktop_app.domain.metadata import DatasetMeta
from desktop_app.domain.narrative import narrate
from desktop_app.domain.periods import Grain, Period, parse_period, period_range, roll_up
from desktop_app.domain.pivot import (
    MISSING_UNKNOWN,
    TOTAL_LABEL,
    PivotAggregate,
    PivotResult,
    PivotRow,
    PivotSpec,
    column_index,
    find_gaps,
    gap_note,
    label_of,
    pivot,
    recap,
)
from desktop_app.domain.roles import Action
from desktop_app.domain.steps import Step
from desktop_app.domain.tables import TableData
from desktop_app.domain.tabulation import Aggregate
from desktop_app.domain.workflow import DatasetState
from desktop_app.services.datasets import revisions
from desktop_app.services.datasets.dataset_fields import apply_meta, columns_of, rows_of
from desktop_app.services.datasets.dataset_service import DatasetService, check_name_free
from desktop_app.services.datasets.exporting import ExportResult, export_table, report_target
from desktop_app.services.datasets.series import missing_periods, served_filter
from desktop_app.services.runtime import ServiceContext, attempt, record_output
from desktop_app.storage.aggregate import GroupPartial, group_total_sql
from desktop_app.storage.models import Dataset, DatasetColumn, DatasetRow, Output
from desktop_app.storage.row_pages import count_rows

PIVOT_KIND = "pivot"
GROUP_TOTAL_KIND = "group_total"
_PROCESSABLE = (DatasetState.VALIDATED.value, DatasetState.PROCESSED.value, DatasetState.PRESENTED.value)

# Above this many rows a plain grouped total (one row column, nothing across, no filter, no period
# grain, sum/count/avg/min/max) is computed by SQLite over the stored rows instead of loading them.
SQL_THRESHOLD = 50_000
_SQL_AGGREGATES = (PivotAggregate.SUM, PivotAggregate.COUNT, PivotAggregate.AVG, PivotAggregate.MIN,
                   PivotAggregate.MAX)
PROGRESS_STEPS = 200_000  # SQLite virtual-machine steps between calls of a job's report()

Report = Callable[[int, int, str], None]


def pivot_title(name: str, spec: PivotSpec) -> str:
    """'Izin Terbit 2025 menurut Jenis Izin dan Bulan'."""
    dims = list(spec.rows) + ([spec.cols] if spec.cols else [])
    by = dims[0] if len(dims) == 1 else ", ".join(dims[:-1]) + " dan " + dims[-1]
    return f"{name} menurut {by}"


def output_spec_json(spec: PivotSpec) -> dict[str, Any]:
    """The JSON stored in ``Output.spec`` for a pivot.

    It also carries the keys of a group-total spec ("group", "value", "aggregate"), so code that
    reads every output as a group total (``datasets._spec``) still gets a sensible table from it.
    """
    if spec.value is not None:
        value, aggregate = spec.value, spec.agg.value
        if spec.agg == PivotAggregate.SHARE:
            aggregate = Aggregate.SUM.value
    else:
        value, aggregate = spec.rows[0], Aggregate.COUNT.value
    return {"group": spec.rows[0], "value": value, "aggregate": aggregate, "pivot": spec.to_json()}


def table_fingerprint(table: TableData) -> str:
    """A hash of a table's figures (headers, rows, total), to tell whether the data behind a text changed."""
    data = json.dumps([table.headers, table.rows, table.total], default=str, ensure_ascii=False)
    return hashlib.sha256(data.encode("utf-8")).hexdigest()


def spec_of_output(kind: str, data: dict[str, Any]) -> PivotSpec:
    """The pivot spec of a saved output, whether saved as a pivot or as a group total."""
    if kind == PIVOT_KIND or "pivot" in data:
        return PivotSpec.from_json(data["pivot"])
    return PivotSpec(rows=(data["group"],), value=data["value"], agg=data.get("aggregate", "sum"))


class TabulationService:
    """Use cases of step 3 beyond the simple grouped total of ``DatasetService``."""

    def __init__(self, ctx: ServiceContext, datasets: DatasetService) -> None:
        self.ctx = ctx
        self.datasets = datasets

    # --- reading ---------------------------------------------------------------------------
    def pivot(self, dataset_id: int, spec: PivotSpec, *, report: Report | None = None) -> PivotResult:
        """The pivot of a dataset's current rows (read only).

        ``report(done, total, text)``, when given, is called now and then while the rows are read or
        aggregated (done = total = 0: no measure of progress); an exception it raises (the job's
        ``Cancelled``) stops the work and comes out of this call. Plain Python, no Qt: run it in a
        ``gui.jobs.Job`` worker as ``lambda report: services.tabulation.pivot(ds, spec, report=report)``.
        """
        with self.ctx.db.reading() as s:
            return self._pivot(s, self.datasets._load(s, dataset_id), spec, report=report)

    def uses_sql(self, dataset_id: int, spec: PivotSpec) -> bool:
        """Whether ``pivot`` computes this spec in SQL (a large dataset and a plain grouped total)."""
        with self.ctx.db.reading() as s:
            ds = self.datasets._load(s, dataset_id)
            return _sql_shape(columns_of(ds), spec) and count_rows(s, ds.id) > SQL_THRESHOLD

    def output_result(self, output_id: int) -> PivotResult:
        """The current table of a saved output, recomputed from today's data (outputs follow the data)."""
        with self.ctx.db.reading() as s:
            output = s.get(Output, output_id)
            if output is None:
                raise BadInput("unknown_output", str(output_id))
            ds = self.datasets._load(s, output.dataset_id)
            return self._pivot(s, ds, spec_of_output(output.kind, output.spec), title=output.name,
                               revision=output.revision)

    def narrative(self, dataset_id: int, spec: PivotSpec, *, subject: str = "", unit: str | None = None) -> str:
        """The automatic Indonesian narrative of a pivot (subject: the value column; unit: the dataset's)."""
        with self.ctx.db.reading() as s:
            ds = self.datasets._load(s, dataset_id)
            result = self._pivot(s, ds, spec)
            return narrate(result, subject=subject or _default_subject(spec, ds.name, ds.unit),
                           unit=ds.unit if unit is None else unit)

    def output_narrative(self, output_id: int, *, subject: str = "", unit: str | None = None) -> str:
        """The narrative of a saved output: the text the user edited when saving it, as long as the table
        still has the figures it was written about; once the data change, the automatic narrative of the
        new figures (an edited text would quote outdated numbers)."""
        result = self.output_result(output_id)
        with self.ctx.db.reading() as s:
            output = s.get(Output, output_id)
            edited = (output.spec or {}).get("narrative")  # type: ignore[union-attr]
            if edited and edited.get("table") == table_fingerprint(result.table):
                return str(edited["text"])
            ds = self.datasets._load(s, output.dataset_id)  # type: ignore[union-attr]
            return narrate(result, subject=subject or _default_subject(result.spec, ds.name, ds.unit),
                           unit=ds.unit if unit is None else unit)

    # --- writing ---------------------------------------------------------------------------
    @attempt("pivot_exported", "dataset")
    def export_pivot(self, dataset_id: int, spec: PivotSpec, fmt: str, path: Path | str, *,
                     overwrite: bool = True) -> tuple[PivotResult, ExportResult]:
        """Write a pivot to CSV or XLSX as the logged-in user; one log entry (step 3), written with the file.
        The target follows the output rules (``report_target``; PADI's earlier file only when ``overwrite``)."""
        if fmt not in ("csv", "xlsx"):
            raise BadInput("unknown_format", fmt)
        self.ctx.require_actor()
        target, _suffix = report_target(path, ctx=self.ctx, overwrite=overwrite)
        with self.ctx.db.unit_of_work() as s:
            ds = self.datasets._load(s, dataset_id)
            result = self._pivot(s, ds, spec)
            self.ctx.log(s, "pivot_exported", step=Step.PROCESS, object_type="dataset", object_id=ds.id,
                         object_label=ds.name,
                         detail={"format": fmt, "file": target.name, "rows": len(result.table.rows),
                                 "spec": spec.to_json()})
            written = export_table(result.table, fmt, target)
            record_output(self.ctx, target, "tabulation", s)
        return result, written

    @attempt("recap_created")
    def recap(self, dataset_ids: Sequence[int], name: str, *, source_column: str = "Sumber") -> int:
        """A new draft dataset stacking the rows of datasets with the same columns, with their names in
        a source column (e.g. twelve monthly sheets into one year)."""
        if not name.strip():
            raise BadInput("dataset_name_required")
        ids = list(dict.fromkeys(dataset_ids))
        if len(ids) < 2:
            raise BadInput("recap_needs_two", str(len(ids)))
        with self.ctx.db.unit_of_work() as s:
            actor = self.ctx.require(s, Action.EDIT_DATASET)
            check_name_free(s, name)
            sources = [self.datasets._load(s, i) for i in ids]
            columns, rows = recap([(ds.name, columns_of(ds), rows_of(s, ds.id)) for ds in sources],
                                  add_source_column=source_column)
            first = sources[0]
            now = self.ctx.now()
            names = ", ".join(ds.name for ds in sources)
            meta = DatasetMeta(
                name=name.strip(), group=first.group_name, description=f"Rekapitulasi dari: {names}.",
                unit=first.unit, frequency=first.frequency, period=first.period,
                source="; ".join(dict.fromkeys(ds.source for ds in sources if ds.source)),
                producer=first.producer, keywords=tuple(first.keywords or ()))
            ds = Dataset(author_id=actor.user_id, state=DatasetState.DRAFT.value, is_sample=False,
                         created_at=now, updated_at=now, stage_since=now)
            apply_meta(ds, meta)
            ds.columns = [DatasetColumn(position=i, name=c.name, type=c.type.value, unit=c.unit, required=c.required,
                                        codes=list(c.codes)) for i, c in enumerate(columns)]
            s.add(ds)
            s.flush()
            s.add_all(DatasetRow(dataset_id=ds.id, position=i, values=r) for i, r in enumerate(rows))
            self.ctx.log(s, "recap_created", step=Step.PROCESS, object_type="dataset", object_id=ds.id,
                         object_label=ds.name, since=now,
                         detail={"sources": ids, "rows": len(rows), "columns": len(columns), "state": ds.state,
                                 "revision": 1})
            return ds.id

    @attempt("output_saved", "dataset")
    def save_pivot_output(self, dataset_id: int, name: str, spec: PivotSpec, *, narrative: str = "",
                          chart: ChartChoice | None = None) -> int:
        """Save a pivot as a named output (kind "pivot"); a validated dataset becomes processed.

        ``narrative``: the narrative as the user edited it (kept with the figures it describes; see
        ``output_narrative``). ``chart``: how it is charted (kind, value columns, direction), so a
        publication draws the chart the user saw. The same rules and log entry as
        ``DatasetService.save_output``, which handles group totals only.
        """
        if not name.strip():
            raise BadInput("output_name_required")
        with self.ctx.db.unit_of_work() as s:
            actor = self.ctx.require(s, Action.PROCESS_DATASET)
            ds = self.datasets._load(s, dataset_id)
            if ds.state not in _PROCESSABLE:
                raise NotAllowed("state", f"process in {ds.state}")
            pivot(columns_of(ds), (), spec)  # validates the column names, types and filters
            stored = output_spec_json(spec)
            if chart is not None:
                stored["chart"] = chart.to_json()
            if narrative.strip():
                table = self._pivot(s, ds, spec).table
                stored["narrative"] = {"text": narrative.strip(), "table": table_fingerprint(table)}
            output = Output(dataset_id=ds.id, name=name.strip(), kind=PIVOT_KIND, spec=stored,
                            created_by=actor.user_id, created_at=self.ctx.now(), revision=ds.version)
            s.add(output)
            s.flush()
            self.datasets.output_saved(s, ds, output, detail={"kind": PIVOT_KIND})
            return output.id

    # --- internals -------------------------------------------------------------------------
    def _pivot(self, s: Session, ds: Dataset, spec: PivotSpec, *, title: str = "",
               report: Report | None = None, revision: int | None = None) -> PivotResult:
        """The pivot of a revision (None: the current one); of a series, its validated periods only, and a
        period missing from it has no value (``domain.pivot``'s missing periods "unknown")."""
        columns = columns_of(ds)
        title = title or pivot_title(ds.name, spec)
        unit, source = ds.unit, ds.source
        missing = missing_periods(ds)
        with _interruptible(s, report, "Menghitung tabel"):
            if revision in (None, ds.version) and served_filter(s, ds, columns) is None:
                if _sql_shape(columns, spec) and count_rows(s, ds.id) > SQL_THRESHOLD:
                    return _sql_pivot(s, ds, columns, spec, title, missing)
                rows = rows_of(s, ds.id)
            else:
                shown = revisions.view(s, ds, revision, served_rows=True)
                columns, rows, unit, source = shown.columns, shown.rows, shown.meta.unit, shown.meta.source
        if report is not None:
            report(0, 0, "Menghitung tabel")
        return pivot(columns, rows, spec, title=title, unit=unit, source=source, missing_periods=missing)


def _sql_shape(columns: Sequence[ColumnSpec], spec: PivotSpec) -> bool:
    """Whether the spec is a grouped total SQL computes exactly as ``pivot``: one row column, nothing
    across, no filter or share; by a period column (a series by month), with a grain, the change
    against the previous period and the year to date too."""
    if len(spec.rows) != 1 or spec.cols or spec.filters or spec.agg not in _SQL_AGGREGATES:
        return False
    try:
        column = columns[column_index(columns, spec.rows[0])]
    except BadInput:
        return False  # the in-memory pivot raises the error
    periods = column.type == ColumnType.PERIOD or (column.type == ColumnType.DATE and spec.period_grain is not None)
    if (spec.change or spec.ytd) and not periods:
        return False  # the in-memory pivot raises the error
    if spec.ytd and spec.agg not in (PivotAggregate.SUM, PivotAggregate.COUNT):
        return False
    return True


def _sql_pivot(s: Session, ds: Dataset, columns: Sequence[ColumnSpec], spec: PivotSpec, title: str,
               missing: str = "zero") -> PivotResult:
    """``pivot`` of a plain grouped total, aggregated by SQLite: the same result, rows never loaded.

    Groups come in first-seen order (the row of the lowest position), empty cells last, as ``pivot``;
    by a period column, periods in order with the missing ones between filled in, the change against
    the previous period and the year to date computed from the groups' totals, as ``pivot`` does; of a
    series (``missing`` "unknown"), a period without rows has no value and the note names it.
    """
    shell = pivot(columns, (), spec, title=title, unit=ds.unit, source=ds.source)  # validates; the headers
    index = column_index(columns, spec.rows[0])
    column = columns[index]
    periods = column.type == ColumnType.PERIOD or (column.type == ColumnType.DATE and spec.period_grain is not None)
    value = None if spec.value is None else column_index(columns, spec.value)
    merged: dict[object, list[GroupPartial]] = {}
    parts = group_total_sql(s, ds.id, index, value, spec.agg.value)
    for part in parts:
        key = _period_key(part.cell, spec.period_grain) if periods else _pivot_key(part.cell)
        merged.setdefault(key, []).append(part)
    keys = _ordered_keys(list(merged), periods)
    gaps, without, partial = _series_gaps(s, ds, columns, index, spec, merged, parts) \
        if missing == MISSING_UNKNOWN else (set(), [], [])
    finish = _finisher(spec.agg)
    totals = {key: None if key in gaps else finish(merged.get(key, [])) for key in keys}
    lines = []
    running: dict[int, float] = {}
    for key in keys:
        total = totals[key]
        change = pct = ytd = None
        if isinstance(key, Period):
            if spec.change:
                compared = key not in partial and key.previous() not in partial
                change, pct = _change(total, totals.get(key.previous()) if compared else None)
            if spec.ytd:
                running[key.year] = running.get(key.year, 0.0) + (total or 0.0)
                broken = any(gap.year == key.year and gap <= key for gap in (*gaps, *partial))
                ytd = None if broken else running[key.year]
        lines.append(PivotRow((key,), (label_of(key),), "data", (total,), total, change, pct, ytd))
    grand = finish([p for parts in merged.values() for p in parts])
    extra = (None, None) if spec.change else ()
    extra += (None,) if spec.ytd else ()
    rows = []
    for line in lines:
        cells = (line.labels[0], _whole(line.total))
        if spec.change:
            cells += (_whole(line.change), line.change_pct)
        if spec.ytd:
            cells += (_whole(line.ytd),)
        rows.append(cells)
    note = gap_note(without, marked=bool(gaps), partial=partial)
    table = replace(shell.table, rows=tuple(rows), total=(TOTAL_LABEL, _whole(grand), *extra), note=note)
    return replace(shell, table=table, rows=tuple(lines), grand_total=grand, row_kinds=("data",) * len(lines),
                   period_rows=periods and any(isinstance(k, Period) for k in keys), missing=tuple(without),
                   partial=tuple(partial))


def _series_gaps(s: Session, ds: Dataset, columns: Sequence[ColumnSpec], index: int, spec: PivotSpec,
                 merged: dict[object, list[GroupPartial]],
                 parts: list[GroupPartial]) -> tuple[set[Period], list[Period], list[Period]]:
    """The periods a series lacks, as ``domain.pivot`` finds them: (keys without rows, every period
    without data in order, the keys that miss a period inside them). By a PERIOD column from the groups
    at hand; when the table is not by the series' period column (the first PERIOD column), its periods
    from a count of the rows by period."""
    gaps: set[Period] = set()
    inside: list[Period] = []
    if columns[index].type == ColumnType.PERIOD:
        raw = {p for p in (parse_period(part.cell) for part in parts) if p is not None}
        gaps, inside = find_gaps(merged, merged, raw, spec.period_grain)
    partial = sorted({roll_up(p, spec.period_grain) for p in inside}) if spec.period_grain is not None else []
    first = next((i for i, c in enumerate(columns) if c.type == ColumnType.PERIOD), None)
    if first is not None and first != index:
        keys = {_period_key(part.cell, None) for part in group_total_sql(s, ds.id, first, None, "count")}
        inside += find_gaps(keys, keys)[0]
    return gaps, sorted(gaps | set(inside)), partial


def _period_key(cell: object, grain: Grain | None) -> object:
    """The pivot's key of a period cell (``domain.pivot._Dimension.key`` of a period column)."""
    if cell is None or (isinstance(cell, str) and not cell.strip()):
        return None
    period = parse_period(cell)
    if period is not None and grain is not None:
        period = roll_up(period, grain)
    return period if period is not None else str(cell).strip()


def _ordered_keys(keys: list[object], periods: bool) -> list[object]:
    """The keys in the pivot's order: first seen, empty last; periods in order, gaps filled when every key
    is a period of one kind (``domain.pivot._Dimension.order`` and ``filled``)."""
    if not periods:
        return [k for k in keys if k is not None] + ([None] if None in keys else [])
    seen = {k: i for i, k in enumerate(keys)}
    filled = [k for k in keys if k is not None]
    if filled and all(isinstance(k, Period) for k in filled) and len({k.kind for k in filled}) == 1:  # type: ignore[union-attr]
        full = period_range(min(filled), max(filled))  # type: ignore[type-var]
        keys = list(set(full) | set(keys))

    def sort_key(key: object) -> tuple[int, Any, int]:
        if key is None:
            return (2, 0, 0)
        if isinstance(key, Period):
            return (0, key._key(), 0)
        return (1, 0, seen.get(key, 0))
    return sorted(keys, key=sort_key)


def _change(current: float | None, previous: float | None) -> tuple[float | None, float | None]:
    """The change against the previous period and its percent (``domain.pivot``'s rule)."""
    if current is None or previous is None:
        return None, None
    absolute = current - previous
    return absolute, None if previous == 0 else absolute / abs(previous) * 100


def _line(key: object, value: float | None) -> PivotRow:
    return PivotRow((key,), (label_of(key),), "data", (value,), value)


def _pivot_key(cell: object) -> object:
    """The pivot's key of a cell (``domain.pivot._Dimension.key`` of a column that is not a period)."""
    if cell is None or (isinstance(cell, str) and not cell.strip()):
        return None
    return cell.strip() if isinstance(cell, str) else str(cell)


def _finisher(agg: PivotAggregate) -> Callable[[list[GroupPartial]], float | None]:
    """The aggregate of the cells of some partials, as ``domain.pivot`` computes it."""
    def finish(parts: list[GroupPartial]) -> float | None:
        if agg == PivotAggregate.COUNT:
            return float(sum(p.counted for p in parts))
        if agg == PivotAggregate.SUM:
            return float(sum(p.total for p in parts if p.total is not None))
        if agg == PivotAggregate.AVG:
            numbers = sum(p.numbers for p in parts)
            return float(sum(p.total for p in parts if p.total is not None)) / numbers if numbers else None
        found = [p.low if agg == PivotAggregate.MIN else p.high for p in parts]
        found = [float(v) for v in found if v is not None]
        if not found:
            return None
        return min(found) if agg == PivotAggregate.MIN else max(found)
    return finish


def _whole(value: float | None) -> float | int | None:
    """Whole numbers as int in the table (as ``domain.pivot`` writes them)."""
    if value is None:
        return None
    return int(value) if float(value).is_integer() and abs(value) < 2**53 else value


@contextlib.contextmanager
def _interruptible(s: Session, report: Report | None, text: str) -> Iterator[None]:
    """Call ``report`` every PROGRESS_STEPS SQLite steps of the session's queries; an exception it
    raises aborts the running query and is raised here instead of SQLite's "interrupted"."""
    if report is None:
        yield
        return
    report(0, 0, text)
    raw = s.connection().connection.driver_connection
    stopped: list[BaseException] = []

    def handler() -> int:
        try:
            report(0, 0, text)
        except BaseException as exc:  # noqa: BLE001 (re-raised below, outside SQLite)
            stopped.append(exc)
            return 1
        return 0

    raw.set_progress_handler(handler, PROGRESS_STEPS)
    try:
        yield
    except Exception:
        if stopped:
            raise stopped[0] from None
        raise
    finally:
        raw.set_progress_handler(None, 0)


def _default_subject(spec: PivotSpec, dataset_name: str, unit: str = "") -> str:
    """The value column as a phrase ("jumlah NIB"); a bare "Jumlah" becomes the unit ("izin")."""
    words = (spec.value or dataset_name).split()
    if words and words[0][1:].islower():
        words[0] = words[0].lower()
    subject = " ".join(words)
    if subject in ("jumlah", "nilai", "banyaknya") and unit.strip():
        return unit.strip()
    return subject


__all__ = ["GROUP_TOTAL_KIND", "PIVOT_KIND", "TabulationService", "output_spec_json", "pivot_title",
           "spec_of_output"]
