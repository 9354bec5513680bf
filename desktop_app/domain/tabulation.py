"""Grouped totals over dataset rows (step 3), and the chart spec that shows them."""

from __future__ import annotations

import enum
from collections.abc import Sequence
from dataclasses import dataclass

from desktop_app.domain.charts import ChartKind, ChartSpec, Series
from desktop_app.domain.columns import ColumnSpec
from desktop_app.domain.errors import BadInput
from desktop_app.domain.tables import TableData


class Aggregate(str, enum.Enum):
    SUM = "sum"
    COUNT = "count"
    AVG = "avg"
    MIN = "min"
    MAX = "max"

    @property
    def label(self) -> str:
        return {"sum": "Jumlah", "count": "Banyaknya", "avg": "Rata-rata",
                "min": "Minimum", "max": "Maksimum"}[self.value]


@dataclass(frozen=True)
class GroupTotalSpec:
    """A saved tabulation: group rows by one column and aggregate another."""

    group_column: str
    value_column: str
    aggregate: Aggregate = Aggregate.SUM


def _index(columns: Sequence[ColumnSpec], name: str) -> int:
    for i, col in enumerate(columns):
        if col.name == name:
            return i
    raise BadInput("unknown_column", name)


def group_total(
    title: str, columns: Sequence[ColumnSpec], rows: Sequence[Sequence[object]],
    spec: GroupTotalSpec, unit: str = "", source: str = "",
) -> TableData:
    """The grouped table, groups in first-seen order, with a grand total row."""
    gi, vi = _index(columns, spec.group_column), _index(columns, spec.value_column)
    if spec.aggregate != Aggregate.COUNT and not columns[vi].type.numeric:
        raise BadInput("not_numeric", spec.value_column)
    groups: dict[str, list[float]] = {}
    for row in rows:
        value = row[vi]
        bucket = groups.setdefault(str(row[gi]), [])
        if spec.aggregate == Aggregate.COUNT:
            bucket.append(1.0)
        elif isinstance(value, (int, float)) and not isinstance(value, bool):
            bucket.append(float(value))
    every = [v for values in groups.values() for v in values]
    table_rows = tuple((name, _aggregate(spec.aggregate, vals)) for name, vals in groups.items())
    return TableData(
        title=title,
        headers=(spec.group_column, _value_header(spec)),
        rows=table_rows,
        total=("Total", _aggregate(spec.aggregate, every)),
        unit=unit, source=source, numeric_columns=(1,),
    )


def _value_header(spec: GroupTotalSpec) -> str:
    """'Jumlah Izin', 'Rata-rata Nilai'; no 'Jumlah Jumlah Proyek' when the column already says it."""
    if spec.value_column.lower().startswith(spec.aggregate.label.lower()):
        return spec.value_column
    return f"{spec.aggregate.label} {spec.value_column}"


def _aggregate(aggregate: Aggregate, values: list[float]) -> float | None:
    if aggregate in (Aggregate.SUM, Aggregate.COUNT):
        return sum(values)
    if not values:
        return None
    if aggregate == Aggregate.AVG:
        return sum(values) / len(values)
    return min(values) if aggregate == Aggregate.MIN else max(values)


def bar_chart_of(table: TableData) -> ChartSpec:
    """A bar chart of a two-column grouped table (without its total row); a cell without a value is a gap."""
    return ChartSpec(
        kind=ChartKind.BAR, title=table.title,
        categories=tuple(str(r[0]) for r in table.rows),
        series=(Series(table.headers[1], tuple(float("nan") if r[1] is None else float(r[1]) for r in table.rows)),),
        x_label=table.headers[0], y_label=table.headers[1],
        unit=table.unit, source=table.source,
    )
