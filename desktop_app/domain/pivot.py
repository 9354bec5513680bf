"""Pivot tables of step 3 (Pengolahan): rows x columns x values, by group and by period, and recaps.

Pure Python over a dataset's typed columns and rows. A pivot groups the rows by one or more row
columns and, optionally, one column across; it aggregates a value column (sum, count, average,
minimum, maximum, or the share in percent of the grand total), with filters, subtotals, totals and
the change against the previous period, and the year to date (the running total within each year,
periods as the last row column). A recap stacks datasets with the same columns.

Meaning of the aggregates (what the tests compute by hand):
- sum, avg, min, max: over the numeric cells of the value column in the group; empty and non-numeric
  cells are skipped. An empty group is 0 for sum, None for avg/min/max.
- count: the rows of the group with a filled value cell (all rows of the group without a value column).
- share: the group's sum (or count, without a value column) in percent of the grand total.
Totals and subtotals are computed from the underlying cells, not from the groups' results (the
average of a total is the average of all its cells).

Missing periods. Periods down (when they are the only row column) and across are filled in from the
first to the last. For rows that record events (a permit and its date) a period without rows had
none: its groups are empty groups, 0 for sum/count/share. For a series, whose periods arrive one by
one (``missing_periods="unknown"``), a period of a PERIOD column that has no row at all is unknown:
every aggregate of it is None (cells, row and column totals), the change against the previous period
is None for it and for the period after it, and the year to date is None from it to the end of its
year. Totals over the periods are of the data present; ``PivotResult.missing`` names the periods
without data and the table's note says so (also for the series' period column when the table is not
by period). A coarser period missing one inside it (a quarter without its March, ``partial``) keeps
the total of the periods present, named in the note, but is not compared with and stops the year to
date, as a period without data does.
"""

from __future__ import annotations

import enum
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field, replace
from typing import Any

from desktop_app.domain.columns import ColumnSpec, ColumnType
from desktop_app.domain.errors import BadInput
from desktop_app.domain.formatting import NO_VALUE
from desktop_app.domain.periods import Grain, Period, grain_of, parse_period, period_range, roll_up
from desktop_app.domain.tables import TableData


class PivotAggregate(str, enum.Enum):
    """The aggregates of a pivot: those of ``tabulation.Aggregate`` and the share in percent."""

    SUM = "sum"
    COUNT = "count"
    AVG = "avg"
    MIN = "min"
    MAX = "max"
    SHARE = "share"

    @property
    def label(self) -> str:
        return {"sum": "Jumlah", "count": "Banyaknya", "avg": "Rata-rata", "min": "Minimum",
                "max": "Maksimum", "share": "Persentase"}[self.value]

    @property
    def additive(self) -> bool:
        """Whether an empty group counts as 0 (sum, count, share) rather than as no value."""
        return self in (PivotAggregate.SUM, PivotAggregate.COUNT, PivotAggregate.SHARE)


FILTER_OPS = ("=", "!=", "in", ">=", "<=")
EMPTY_LABEL = "(kosong)"
TOTAL_LABEL = "Total"
SUBTOTAL_LABEL = "Subtotal"
GAP_MARK = NO_VALUE  # how a value without data is shown; exports leave the cell empty
MISSING_ZERO = "zero"  # a period without rows is a period without events: empty groups
MISSING_UNKNOWN = "unknown"  # a series: a period without rows is unknown, no value
MISSING_PERIODS = (MISSING_ZERO, MISSING_UNKNOWN)
CHANGE_HEADER = "Perubahan"
CHANGE_PCT_HEADER = "Perubahan (%)"
YTD_HEADER = "Kumulatif Tahun Berjalan"


def _agg_of(value: object) -> PivotAggregate:
    raw = value.value if isinstance(value, enum.Enum) else str(value)
    try:
        return PivotAggregate(raw.strip().lower())
    except ValueError:
        raise BadInput("bad_aggregate", raw) from None


@dataclass(frozen=True)
class PivotSpec:
    """What to tabulate. ``agg`` accepts a PivotAggregate, a ``tabulation.Aggregate`` or its name."""

    rows: tuple[str, ...]
    cols: str | None = None
    value: str | None = None
    agg: PivotAggregate = PivotAggregate.SUM
    period_grain: Grain | None = None  # applied to PERIOD/DATE columns used as rows or cols
    filters: tuple[tuple[str, str, Any], ...] = ()
    subtotals: bool = False
    change: bool = False
    ytd: bool = False  # the running total within each year (periods as the last row column; sum or count)

    def __post_init__(self) -> None:
        rows = (self.rows,) if isinstance(self.rows, str) else tuple(self.rows)
        object.__setattr__(self, "rows", rows)
        object.__setattr__(self, "agg", _agg_of(self.agg))
        object.__setattr__(self, "period_grain", grain_of(self.period_grain))
        object.__setattr__(self, "filters", tuple(
            (str(c), str(op), tuple(v) if isinstance(v, (list, tuple)) else v) for c, op, v in self.filters))
        if not rows:
            raise BadInput("rows_required")

    def to_json(self) -> dict[str, Any]:
        return {"rows": list(self.rows), "cols": self.cols, "value": self.value, "agg": self.agg.value,
                "period_grain": self.period_grain.value if self.period_grain else None,
                "filters": [[c, op, list(v) if isinstance(v, tuple) else v] for c, op, v in self.filters],
                "subtotals": self.subtotals, "change": self.change, "ytd": self.ytd}

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> PivotSpec:
        return cls(rows=tuple(data["rows"]), cols=data.get("cols"), value=data.get("value"),
                   agg=data.get("agg", "sum"), period_grain=data.get("period_grain"),
                   filters=tuple(tuple(f) for f in data.get("filters") or ()),  # type: ignore[misc]
                   subtotals=bool(data.get("subtotals")), change=bool(data.get("change")),
                   ytd=bool(data.get("ytd")))


@dataclass(frozen=True)
class PivotRow:
    """One line of the result. ``keys`` holds a Period or a text per row column (None: empty cell);
    a subtotal line has only the keys of the levels it sums."""

    keys: tuple[object, ...]
    labels: tuple[str, ...]
    kind: str  # "data" or "subtotal"
    values: tuple[float | None, ...]  # one per column key; one value when there are no cols
    total: float | None  # over the columns (= values[0] without cols)
    change: float | None = None
    change_pct: float | None = None
    ytd: float | None = None  # year to date: this period's total and the earlier ones of its year


@dataclass(frozen=True)
class PivotResult:
    spec: PivotSpec
    table: TableData
    row_headers: tuple[str, ...]
    col_keys: tuple[object, ...]
    col_labels: tuple[str, ...]
    rows: tuple[PivotRow, ...]
    col_totals: tuple[float | None, ...]
    grand_total: float | None
    value_label: str
    period_rows: bool = False  # the last row column holds periods
    row_kinds: tuple[str, ...] = field(default_factory=tuple)  # parallel to table.rows ("data"/"subtotal")
    missing: tuple[Period, ...] = ()  # periods of a series without data between its first and last, in order
    partial: tuple[Period, ...] = ()  # keys of a coarser grain missing such a period inside (data of the others)

    @property
    def data_rows(self) -> tuple[PivotRow, ...]:
        return tuple(r for r in self.rows if r.kind == "data")

    def cell(self, row_keys: Sequence[object] | object, col_key: object = None) -> float | None:
        """A cell by its keys (texts or periods; a period may be given as its stored text)."""
        wanted = tuple(row_keys) if isinstance(row_keys, (tuple, list)) else (row_keys,)
        for row in self.data_rows:
            if len(row.keys) == len(wanted) and all(_same(a, b) for a, b in zip(row.keys, wanted, strict=True)):
                if col_key is None:
                    return row.total
                for key, value in zip(self.col_keys, row.values, strict=True):
                    if _same(key, col_key):
                        return value
                raise KeyError(col_key)
        raise KeyError(wanted)


def _same(key: object, wanted: object) -> bool:
    if isinstance(key, Period) and not isinstance(wanted, Period):
        return key == parse_period(wanted) or key.text == wanted
    return key == wanted


# --- columns and filters ---------------------------------------------------------------------------
def column_index(columns: Sequence[ColumnSpec], name: str) -> int:
    """The column named ``name`` (exactly, else ignoring case); BadInput("unknown_column") otherwise."""
    for i, col in enumerate(columns):
        if col.name == name:
            return i
    wanted = name.strip().casefold()
    for i, col in enumerate(columns):
        if col.name.strip().casefold() == wanted:
            return i
    raise BadInput("unknown_column", name)


def _number(value: object) -> float | None:
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        return None
    return float(value)


def _as_number(value: object) -> float | None:
    number = _number(value)
    if number is not None:
        return number
    try:
        return float(str(value).strip().replace(",", "."))
    except ValueError:
        return None


def _compare_periods(a: Period, b: Period) -> tuple[Period, Period]:
    """Both at the coarser of their kinds, so '2025-04' can be compared with '2025-Q2' or '2025'."""
    if a.kind.months < b.kind.months:
        return roll_up(a, b.kind), b
    if b.kind.months < a.kind.months:
        return a, roll_up(b, a.kind)
    return a, b


def _matches(col: ColumnSpec, cell: object, op: str, target: object) -> bool:
    if op == "in":
        options = target if isinstance(target, (tuple, list, set, frozenset)) else (target,)
        return any(_matches(col, cell, "=", option) for option in options)
    if cell is None or cell == "":
        return op == "!=" and target not in (None, "")
    if col.type in (ColumnType.PERIOD, ColumnType.DATE):
        a, b = parse_period(cell), parse_period(target)
        if a is not None and b is not None:
            a, b = _compare_periods(a, b)
            return {"=": a == b, "!=": a != b, ">=": a.ordinal >= b.ordinal, "<=": a.ordinal <= b.ordinal}[op]
    if col.type.numeric:
        a_num, b_num = _number(cell), _as_number(target)
        if a_num is not None and b_num is not None:
            return {"=": a_num == b_num, "!=": a_num != b_num, ">=": a_num >= b_num, "<=": a_num <= b_num}[op]
    a_text, b_text = str(cell).strip().casefold(), str(target).strip().casefold()
    return {"=": a_text == b_text, "!=": a_text != b_text, ">=": a_text >= b_text, "<=": a_text <= b_text}[op]


def _filtered(columns: Sequence[ColumnSpec], rows: Iterable[Sequence[object]],
              filters: Sequence[tuple[str, str, Any]]) -> list[Sequence[object]]:
    checks = []
    for name, op, target in filters:
        if op not in FILTER_OPS:
            raise BadInput("bad_filter", op)
        checks.append((column_index(columns, name), op, target))
    out = []
    for row in rows:
        if all(_matches(columns[i], row[i] if i < len(row) else None, op, target) for i, op, target in checks):
            out.append(row)
    return out


def _tracked(columns: Sequence[ColumnSpec], rows: Iterable[Sequence[object]],
             filters: Sequence[tuple[str, str, Any]], tracked: Sequence[_Dimension]) -> Iterator[Sequence[object]]:
    """The rows passing ``filters`` (as ``_filtered``), marking on the way, for each tracked period
    dimension, the periods of the rows that pass the filters on its own column."""
    checks = []
    for name, op, target in filters:
        if op not in FILTER_OPS:
            raise BadInput("bad_filter", op)
        checks.append((column_index(columns, name), op, target))
    own = [[k for k, (i, _, _) in enumerate(checks) if i == d.index] for d in tracked]
    for row in rows:
        passed = [_matches(columns[i], row[i] if i < len(row) else None, op, target) for i, op, target in checks]
        for d, mine in zip(tracked, own, strict=True):
            if all(passed[k] for k in mine):
                d.mark_present(row)
        if all(passed):
            yield row


# --- grouping keys ---------------------------------------------------------------------------------
class _Dimension:
    """A row or column dimension: how a cell becomes a key, and the order and labels of the keys."""

    def __init__(self, columns: Sequence[ColumnSpec], name: str, grain: Grain | None) -> None:
        self.index = column_index(columns, name)
        self.column = columns[self.index]
        self.name = self.column.name
        is_period = self.column.type == ColumnType.PERIOD or (self.column.type == ColumnType.DATE
                                                              and grain is not None)
        self.is_period = is_period
        self.grain = grain if is_period else None
        self.seen: dict[object, int] = {}
        # A series (missing periods unknown): the keys and the periods before the roll-up that have
        # rows, counting the filters on this column only (a filter on another column leaves a period
        # with rows known; one on this column leaves it out).
        self.present: set[object] = set()
        self.raw_present: set[Period] = set()

    def _key(self, row: Sequence[object]) -> object:
        cell = row[self.index] if self.index < len(row) else None
        if cell is None or (isinstance(cell, str) and not cell.strip()):
            return None
        if self.is_period:
            period = parse_period(cell)
            if period is not None and self.grain is not None:
                period = roll_up(period, self.grain)
            return period if period is not None else str(cell).strip()
        return cell.strip() if isinstance(cell, str) else str(cell)

    def key(self, row: Sequence[object]) -> object:
        key = self._key(row)
        self.seen.setdefault(key, len(self.seen))
        return key

    def mark_present(self, row: Sequence[object]) -> None:
        self.present.add(self._key(row))
        cell = row[self.index] if self.index < len(row) else None
        raw = parse_period(cell) if cell is not None else None
        if raw is not None:
            self.raw_present.add(raw)

    def gaps(self) -> tuple[set[Period], list[Period]]:
        """(keys without data between the first and the last key, periods before the roll-up missing from
        a key that has data) of a series' period column; see ``find_gaps``."""
        return find_gaps(self.seen, self.present, self.raw_present, self.grain)

    def all_periods(self) -> bool:
        keys = [k for k in self.seen if k is not None]
        return bool(keys) and all(isinstance(k, Period) for k in keys) and len({k.kind for k in keys}) == 1

    def order(self, keys: Iterable[object]) -> list[object]:
        """Periods chronologically (other texts after them), the rest as first seen; empty last."""
        def sort_key(key: object) -> tuple[int, Any, int]:
            if key is None:
                return (2, 0, 0)
            if isinstance(key, Period):
                return (0, key._key(), 0)
            return (1, 0, self.seen.get(key, 0))
        return sorted(keys, key=sort_key)

    def filled(self, keys: Iterable[object]) -> list[object]:
        """The keys with every missing period between the first and the last added (periods of one kind)."""
        keys = list(keys)
        periods = [k for k in keys if isinstance(k, Period)]
        if not periods or len({p.kind for p in periods}) != 1:
            return self.order(keys)
        full = period_range(min(periods), max(periods))
        return self.order(set(full) | set(keys))


def label_of(key: object) -> str:
    if key is None:
        return EMPTY_LABEL
    if isinstance(key, Period):
        return key.label
    return str(key)


# --- missing periods of a series ------------------------------------------------------------------
def find_gaps(seen: Iterable[object], present: Iterable[object], raw_present: Iterable[Period] = (),
              grain: Grain | None = None) -> tuple[set[Period], list[Period]]:
    """The periods a series lacks: (the keys between the first and the last of ``seen`` that are not
    ``present``, the periods of the stored kind in ``raw_present``'s range that are missing from a key
    rolled up to ``grain`` that has data). Only when the keys are periods of one kind."""
    keys = [k for k in seen if k is not None]
    if not keys or not all(isinstance(k, Period) for k in keys) or len({k.kind for k in keys}) != 1:  # type: ignore[union-attr]
        return set(), []
    present = set(present)
    gaps = {p for p in period_range(min(keys), max(keys)) if p not in present}  # type: ignore[type-var]
    raw = sorted(raw_present)
    inside: list[Period] = []
    if grain is not None and raw and len({p.kind for p in raw}) == 1 and raw[0].kind.months < grain.months:
        have = set(raw)
        with_data = set(keys) - gaps
        inside = [p for p in period_range(raw[0], raw[-1]) if p not in have and roll_up(p, grain) in with_data]
    return gaps, inside


def period_list(periods: Sequence[Period]) -> str:
    """'Maret 2024', 'Februari 2024 dan Maret 2024', 'Februari 2024 s.d. Mei 2024 dan Juli 2024'."""
    parts: list[str] = []
    run: list[Period] = []
    for period in [*periods, None]:
        if run and (period is None or period.kind != run[-1].kind or period.ordinal != run[-1].ordinal + 1):
            parts += [f"{run[0].label} s.d. {run[-1].label}"] if len(run) > 2 else [p.label for p in run]
            run = []
        if period is not None:
            run.append(period)
    return parts[0] if len(parts) == 1 else ", ".join(parts[:-1]) + " dan " + parts[-1]


def gap_note(missing: Sequence[Period], *, marked: bool = False, partial: Sequence[Period] = ()) -> str:
    """The table's note on a series' missing periods ('' without): which periods have no data (``marked``:
    they are rows or columns of the table, shown as GAP_MARK), and that the totals (and the ``partial``
    periods, a quarter missing a month) cover only the periods with data."""
    if not missing:
        return ""
    text = f"Tidak ada data untuk {period_list(missing)}"
    if marked:
        text += f" (ditandai {GAP_MARK})"
    covered = f"{period_list(partial)} dan total" if partial else "total"
    return f"{text}; {covered} hanya mencakup periode yang ada datanya."


# --- aggregation -----------------------------------------------------------------------------------
def _reduce(agg: PivotAggregate, values: list[float], counted: int) -> float | None:
    """``values``: the numeric cells; ``counted``: how many cells count (for COUNT)."""
    if agg == PivotAggregate.COUNT:
        return float(counted)
    if agg in (PivotAggregate.SUM, PivotAggregate.SHARE):
        return float(sum(values))
    if not values:
        return None
    if agg == PivotAggregate.AVG:
        return sum(values) / len(values)
    return min(values) if agg == PivotAggregate.MIN else max(values)


class _Bucket:
    __slots__ = ("counted", "values")

    def __init__(self) -> None:
        self.values: list[float] = []
        self.counted = 0

    def add(self, other: _Bucket) -> None:
        self.values.extend(other.values)
        self.counted += other.counted


def _tidy(value: float | None) -> float | int | None:
    """Whole numbers as int (so 412.0 reads and exports as 412)."""
    if value is None:
        return None
    return int(value) if float(value).is_integer() and abs(value) < 2**53 else value


def _change(current: float | None, previous: float | None) -> tuple[float | None, float | None]:
    if current is None or previous is None:
        return None, None
    absolute = current - previous
    pct = None if previous == 0 else absolute / abs(previous) * 100
    return absolute, pct


def _value_header(agg: PivotAggregate, value: str | None) -> str:
    if value is None:
        return "Banyaknya Baris" if agg == PivotAggregate.COUNT else f"{agg.label} Baris"
    if agg == PivotAggregate.SHARE:
        return f"{agg.label} {value} (%)"
    if value.lower().startswith(agg.label.lower()):
        return value
    return f"{agg.label} {value}"


def _value_column(columns: Sequence[ColumnSpec], spec: PivotSpec) -> int | None:
    """The index of the value column (None: rows are counted); BadInput when the aggregate cannot use it."""
    if spec.value is not None:
        value_index = column_index(columns, spec.value)
        if spec.agg != PivotAggregate.COUNT and not columns[value_index].type.numeric:
            raise BadInput("not_numeric", columns[value_index].name)
        return value_index
    if spec.agg != PivotAggregate.COUNT and spec.agg != PivotAggregate.SHARE:
        raise BadInput("value_required", spec.agg.value)
    return None


def _dimensions(columns: Sequence[ColumnSpec], spec: PivotSpec) -> tuple[list[_Dimension], _Dimension | None]:
    """The row dimensions and the column one (None without), each column used once."""
    row_dims = [_Dimension(columns, name, spec.period_grain) for name in spec.rows]
    col_dim = _Dimension(columns, spec.cols, spec.period_grain) if spec.cols else None
    if len({d.index for d in row_dims} | ({col_dim.index} if col_dim else set())) != len(row_dims) + bool(col_dim):
        raise BadInput("duplicate_column", ", ".join(spec.rows) + (f", {spec.cols}" if spec.cols else ""))
    return row_dims, col_dim


def _series_periods(columns: Sequence[ColumnSpec], dims: Sequence[_Dimension]) -> tuple[list[_Dimension], list[_Dimension]]:
    """A series: (its PERIOD columns among the dimensions, and its period column (the first PERIOD
    column) as a shadow dimension when the table is not by period); the periods that have rows are
    tracked on all of them."""
    tracked = [d for d in dims if d.column.type == ColumnType.PERIOD]
    first = next((i for i, c in enumerate(columns) if c.type == ColumnType.PERIOD), None)
    if first is None or any(d.index == first for d in dims):
        return tracked, []
    shadow = [_Dimension(columns, columns[first].name, None)]
    return tracked + shadow, shadow


def _group(rows: Iterable[Sequence[object]], row_dims: Sequence[_Dimension], col_dim: _Dimension | None,
           shadow: Sequence[_Dimension], value_index: int | None,
           agg: PivotAggregate) -> dict[tuple[tuple[object, ...], object], _Bucket]:
    """The filtered rows grouped into (row keys, column key) buckets."""
    buckets: dict[tuple[tuple[object, ...], object], _Bucket] = {}
    for row in rows:
        for d in shadow:
            d.key(row)
        rkey = tuple(d.key(row) for d in row_dims)
        ckey = col_dim.key(row) if col_dim else None
        bucket = buckets.setdefault((rkey, ckey), _Bucket())
        cell = row[value_index] if value_index is not None and value_index < len(row) else None
        if value_index is None:
            bucket.counted += 1
            if agg == PivotAggregate.SHARE:
                bucket.values.append(1.0)
        else:
            if cell is not None and not (isinstance(cell, str) and not cell.strip()):
                bucket.counted += 1
            number = _number(cell)
            if number is not None:
                bucket.values.append(number)
    return buckets


def _ordered_keys(buckets: dict[tuple[tuple[object, ...], object], _Bucket], row_dims: Sequence[_Dimension],
                  col_dim: _Dimension | None) -> tuple[list[tuple[object, ...]], list[object]]:
    """(row keys, column keys) in order; missing periods filled in across, and down when periods are
    the only row column."""
    col_keys: list[object] = col_dim.filled({c for _, c in buckets}) if col_dim else [None]
    row_key_set = {r for r, _ in buckets}
    if len(row_dims) == 1 and row_dims[0].all_periods():
        row_keys = [(k,) for k in row_dims[0].filled({r[0] for r in row_key_set})]
    else:
        orders = [{k: i for i, k in enumerate(d.order(set(d.seen)))} for d in row_dims]
        row_keys = sorted(row_key_set, key=lambda r: tuple(o[k] for o, k in zip(orders, r, strict=True)))
    return row_keys, col_keys


@dataclass(frozen=True)
class _SeriesGaps:
    """The periods a series lacks, as the table uses them."""

    no_rows: set[object]  # filled-in row keys (periods the only row column) without data
    no_cols: set[object]  # filled-in column keys without data
    missing: tuple[Period, ...]  # every period without data, named in the note
    partial: list[Period]  # keys of a coarser grain missing a period inside
    incomplete: set[Period]  # down the periods: keys missing a period inside (not compared with)
    ytd_gaps: list[Period]  # down the periods: where the year to date stops


def _series_gaps(tracked: Sequence[_Dimension], row_dims: Sequence[_Dimension],
                 col_dim: _Dimension | None) -> _SeriesGaps:
    """The periods a series lacks: no value where they were filled in, named in the note."""
    gaps = {id(d): d.gaps() for d in tracked}
    no_rows: set[object] = set()
    if len(row_dims) == 1 and id(row_dims[0]) in gaps and row_dims[0].all_periods():
        no_rows = set(gaps[id(row_dims[0])][0])
    no_cols: set[object] = set(gaps[id(col_dim)][0]) if col_dim is not None and id(col_dim) in gaps else set()
    missing = tuple(sorted({p for keys, _ in gaps.values() for p in keys}
                           | {p for _, inside in gaps.values() for p in inside}))
    partial = sorted({roll_up(p, d.grain) for d in tracked if d.grain is not None for p in gaps[id(d)][1]})
    # Down the periods, a period without data and one missing a period inside it (a quarter without its
    # March) are not compared with, and the year to date stops at them.
    last = row_dims[-1]
    incomplete = {roll_up(p, last.grain) for p in gaps[id(last)][1]} if id(last) in gaps and last.grain else set()
    ytd_gaps = sorted(set(gaps[id(last)][0]) | incomplete) if id(last) in gaps else []
    return _SeriesGaps(no_rows, no_cols, missing, partial, incomplete, ytd_gaps)


class _Cells:
    """The aggregate of every group (a prefix of the row keys) in every column, from the underlying cells."""

    def __init__(self, buckets: dict[tuple[tuple[object, ...], object], _Bucket], agg: PivotAggregate,
                 col_keys: Sequence[object], by_cols: bool, gaps: _SeriesGaps) -> None:
        self.index: dict[tuple[tuple[object, ...], object], _Bucket] = {}
        for (rkey, c), bucket in buckets.items():
            for level in range(len(rkey) + 1):
                for ck in (c, Ellipsis):
                    self.index.setdefault((rkey[:level], ck), _Bucket()).add(bucket)
        self.agg, self.col_keys, self.by_cols = agg, col_keys, by_cols
        self.no_rows, self.no_cols = gaps.no_rows, gaps.no_cols
        self.grand_bucket = self.merged((), Ellipsis)
        self.grand_sum = sum(self.grand_bucket.values)

    def merged(self, prefix: tuple[object, ...], ckey: object) -> _Bucket:
        """The cells of every group under ``prefix`` in column ``ckey`` (Ellipsis: all columns)."""
        return self.index.get((prefix, ckey)) or _Bucket()

    def finish(self, bucket: _Bucket) -> float | None:
        result = _reduce(self.agg, bucket.values, bucket.counted)
        if self.agg == PivotAggregate.SHARE:
            return None if self.grand_sum == 0 else (result or 0.0) / self.grand_sum * 100
        return result

    def line(self, prefix: tuple[object, ...]) -> tuple[tuple[float | None, ...], float | None]:
        """(the values across, the total) of the group under ``prefix``."""
        if prefix and prefix[-1] in self.no_rows:
            return ((None,) * len(self.col_keys)), None
        values = tuple(None if c in self.no_cols else self.finish(self.merged(prefix, c))
                       for c in self.col_keys) if self.by_cols else ()
        total = self.finish(self.merged(prefix, Ellipsis))
        return (values if self.by_cols else (total,)), total

    def col_totals(self) -> tuple[float | None, ...]:
        if not self.by_cols:
            return ()
        return tuple(None if c in self.no_cols else self.finish(self.merged((), c)) for c in self.col_keys)


def _data_lines(row_keys: Sequence[tuple[object, ...]], levels: int, subtotals: bool,
                cells: _Cells) -> tuple[list[PivotRow], dict[tuple[object, ...], float | None]]:
    """(the data lines, with subtotals after each group of the outer row columns; each data line's total
    by its keys)."""
    lines: list[PivotRow] = []
    totals_by_key: dict[tuple[object, ...], float | None] = {}
    for i, rkey in enumerate(row_keys):
        values, total = cells.line(rkey)
        totals_by_key[rkey] = total
        lines.append(PivotRow(rkey, tuple(label_of(k) for k in rkey), "data", values, total))
        if subtotals and levels > 1:
            following = row_keys[i + 1] if i + 1 < len(row_keys) else None
            for level in range(levels - 1, 0, -1):  # innermost group closes first
                if following is None or following[:level] != rkey[:level]:
                    values, total = cells.line(rkey[:level])
                    labels = tuple(label_of(k) for k in rkey[:level]) + (SUBTOTAL_LABEL,)
                    lines.append(PivotRow(rkey[:level], labels, "subtotal", values, total))
    return lines, totals_by_key


def _with_change(lines: list[PivotRow], row_keys: Sequence[tuple[object, ...]],
                 totals_by_key: dict[tuple[object, ...], float | None], cells: _Cells,
                 incomplete: set[Period]) -> list[PivotRow]:
    """The data lines with their change against the previous period (none next to an incomplete one)."""
    known = {rkey[-1] for rkey in row_keys if isinstance(rkey[-1], Period)}
    changed = []
    for row in lines:
        if row.kind == "data" and isinstance(row.keys[-1], Period):
            before = row.keys[:-1] + (row.keys[-1].previous(),)
            if before in totals_by_key:
                previous = totals_by_key[before]
            elif before[-1] in known:  # an empty group of a period that exists elsewhere
                previous = cells.line(before)[1]
            else:
                previous = None
            if row.keys[-1] in incomplete or before[-1] in incomplete:
                previous = None
            absolute, pct = _change(row.total, previous)
            row = PivotRow(row.keys, row.labels, row.kind, row.values, row.total, absolute, pct)
        changed.append(row)
    return changed


def _with_ytd(lines: list[PivotRow], ytd_gaps: Sequence[Period]) -> list[PivotRow]:
    """The data lines with their year to date (none past a period without data of its year)."""
    running: dict[tuple[object, ...], float] = {}
    summed = []
    for row in lines:
        if row.kind == "data" and isinstance(row.keys[-1], Period):
            period = row.keys[-1]
            key = (*row.keys[:-1], period.year)
            running[key] = running.get(key, 0.0) + (row.total or 0.0)
            # Past a period without data of its year, a running total would understate: none.
            broken = any(gap.year == period.year and gap <= period for gap in ytd_gaps)
            row = replace(row, ytd=None if broken else running[key])
        summed.append(row)
    return summed


def _table(spec: PivotSpec, row_headers: tuple[str, ...], col_labels: tuple[str, ...] | None, value_label: str,
           lines: Sequence[PivotRow], totals: tuple[float | None, ...], *, title: str, unit: str, source: str,
           note: str) -> TableData:
    """The finished table: row headers, the columns (``col_labels``, None: the value alone) or the value,
    change and year to date as asked, and the total line (``totals``: the column totals, then the grand)."""
    headers = row_headers + (col_labels + (TOTAL_LABEL,) if col_labels is not None else (value_label,))
    if spec.change:
        headers += (CHANGE_HEADER, CHANGE_PCT_HEADER)
    if spec.ytd:
        headers += (YTD_HEADER,)
    width = len(row_headers)

    def cells(row: PivotRow) -> tuple[object, ...]:
        labels = row.labels + ("",) * (width - len(row.labels))
        numbers = (row.values + (row.total,)) if col_labels is not None else row.values
        out = labels + tuple(_tidy(v) for v in numbers)
        if spec.change:
            out += (_tidy(row.change), row.change_pct)
        if spec.ytd:
            out += (_tidy(row.ytd),)
        return out

    total_cells = (TOTAL_LABEL,) + ("",) * (width - 1)
    total_cells += tuple(_tidy(v) for v in totals)
    if spec.change:
        total_cells += (None, None)
    if spec.ytd:
        total_cells += (None,)
    return TableData(
        title=title, headers=headers, rows=tuple(cells(r) for r in lines), total=total_cells,
        unit="%" if spec.agg == PivotAggregate.SHARE else unit, source=source,
        numeric_columns=tuple(range(width, len(headers))), note=note,
    )


def pivot(columns: Sequence[ColumnSpec], rows: Iterable[Sequence[object]], spec: PivotSpec, *,
          title: str = "", unit: str = "", source: str = "", missing_periods: str = MISSING_ZERO) -> PivotResult:
    """Tabulate ``rows`` by ``spec``; BadInput for unknown columns, a non-numeric value column, bad filters.

    ``missing_periods``: "zero" (rows are events: a period without rows had none) or "unknown" (a
    series: a period of a PERIOD column without rows has no value; see the module's docstring).
    """
    if missing_periods not in MISSING_PERIODS:
        raise ValueError(f"missing_periods must be one of {MISSING_PERIODS}, not {missing_periods!r}")
    agg = spec.agg
    value_index = _value_column(columns, spec)
    value_name = columns[value_index].name if value_index is not None else None
    row_dims, col_dim = _dimensions(columns, spec)

    tracked: list[_Dimension] = []
    shadow: list[_Dimension] = []
    if missing_periods == MISSING_UNKNOWN:
        tracked, shadow = _series_periods(columns, [*row_dims, *([col_dim] if col_dim else [])])
    source_rows = _tracked(columns, rows, spec.filters, tracked) if tracked else _filtered(columns, rows, spec.filters)
    buckets = _group(source_rows, row_dims, col_dim, shadow, value_index, agg)
    row_keys, col_keys = _ordered_keys(buckets, row_dims, col_dim)
    period_rows = row_dims[-1].is_period and any(isinstance(k[-1], Period) for k in row_keys)
    gaps = _series_gaps(tracked, row_dims, col_dim)
    cells = _Cells(buckets, agg, col_keys, col_dim is not None, gaps)

    lines, totals_by_key = _data_lines(row_keys, len(row_dims), spec.subtotals, cells)
    if spec.change:
        if not row_dims[-1].is_period:
            raise BadInput("change_needs_periods", row_dims[-1].name)
        lines = _with_change(lines, row_keys, totals_by_key, cells, gaps.incomplete)
    if spec.ytd:
        if not row_dims[-1].is_period:
            raise BadInput("ytd_needs_periods", row_dims[-1].name)
        if agg not in (PivotAggregate.SUM, PivotAggregate.COUNT):
            raise BadInput("ytd_needs_sum", agg.value)
        lines = _with_ytd(lines, gaps.ytd_gaps)

    col_totals = cells.col_totals()
    grand_total = cells.finish(cells.grand_bucket)
    value_label = _value_header(agg, value_name)
    col_labels = tuple(label_of(c) for c in col_keys) if col_dim else ()
    row_headers = tuple(d.name for d in row_dims)
    table = _table(spec, row_headers, col_labels if col_dim else None, value_label, lines,
                   col_totals + (grand_total,) if col_dim else (grand_total,), title=title, unit=unit, source=source,
                   note=gap_note(gaps.missing, marked=bool(gaps.no_rows or gaps.no_cols), partial=gaps.partial))
    return PivotResult(spec, table, row_headers, tuple(col_keys) if col_dim else (), col_labels, tuple(lines),
                       col_totals, grand_total, value_label, period_rows, tuple(r.kind for r in lines), gaps.missing,
                       tuple(gaps.partial))


# --- recapitulation --------------------------------------------------------------------------------
def recap(datasets: Sequence[tuple[str, Sequence[ColumnSpec], Iterable[Sequence[object]]]],
          add_source_column: str | None = "Sumber") -> tuple[tuple[ColumnSpec, ...], list[list[object]]]:
    """Stack datasets with the same columns (names ignoring case, same types; any order) into one.

    The columns follow the first dataset; a source column (the dataset's name), first, unless
    ``add_source_column`` is empty. Columns that differ: BadInput("columns_differ", what differs).
    """
    if not datasets:
        raise BadInput("recap_empty")
    _, first_columns, _ = datasets[0]
    wanted = {c.name.strip().casefold(): c for c in first_columns}
    merged_codes: dict[str, list[str]] = {key: list(c.codes) for key, c in wanted.items()}
    orders: list[list[int]] = []
    for name, cols, _ in datasets:
        have = {c.name.strip().casefold(): (i, c) for i, c in enumerate(cols)}
        missing = sorted(c.name for key, c in wanted.items() if key not in have)
        extra = sorted(c.name for key, (_, c) in have.items() if key not in wanted)
        typed = sorted(c.name for key, c in wanted.items() if key in have and have[key][1].type != c.type)
        if missing or extra or typed or len(have) != len(cols):
            parts = [f"{name}:"]
            if missing:
                parts.append("tanpa " + ", ".join(missing))
            if extra:
                parts.append("tambahan " + ", ".join(extra))
            if typed:
                parts.append("tipe berbeda " + ", ".join(typed))
            raise BadInput("columns_differ", " ".join(parts))
        orders.append([have[c.name.strip().casefold()][0] for c in first_columns])
        for key, (_, c) in have.items():
            merged_codes[key].extend(code for code in c.codes if code not in merged_codes[key])
    columns = tuple(ColumnSpec(c.name, c.type, c.unit, c.required, tuple(merged_codes[c.name.strip().casefold()]))
                    for c in first_columns)
    source = (add_source_column or "").strip()
    if source:
        if source.casefold() in wanted:
            raise BadInput("duplicate_column", source)
        columns = (ColumnSpec(source, ColumnType.TEXT),) + columns
    out: list[list[object]] = []
    for (name, _, rows), order in zip(datasets, orders, strict=True):
        for row in rows:
            values = [row[i] if i < len(row) else None for i in order]
            out.append(([name] if source else []) + values)
    return columns, out


__all__ = [
    "CHANGE_HEADER", "CHANGE_PCT_HEADER", "FILTER_OPS", "GAP_MARK", "MISSING_PERIODS", "MISSING_UNKNOWN",
    "MISSING_ZERO", "YTD_HEADER", "PivotAggregate", "PivotResult", "PivotRow", "PivotSpec", "column_index",
    "find_gaps", "gap_note", "label_of", "period_list", "pivot", "recap",
]
