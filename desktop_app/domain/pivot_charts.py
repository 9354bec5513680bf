"""The chart of a pivot: its data rows as categories, its value columns (one per quarter, say) as series.

Shared by the Pengolahan tab (what is shown and exported) and publications (what is frozen in a
version), so a saved output is charted the same way everywhere.
"""

from __future__ import annotations

import dataclasses

from desktop_app.domain.charts import ChartChoice, ChartSpec, chart_of
from desktop_app.domain.errors import BadInput
from desktop_app.domain.pivot import CHANGE_HEADER, CHANGE_PCT_HEADER, TOTAL_LABEL, YTD_HEADER, PivotResult

# Columns never charted as a series: they add up, compare or accumulate the others.
NOT_SERIES = frozenset({TOTAL_LABEL, CHANGE_HEADER, CHANGE_PCT_HEADER, YTD_HEADER})


def value_columns(result: PivotResult) -> tuple[str, ...]:
    """The headers that can be charted as series: every value column but the total, the change and the
    year to date."""
    table = result.table
    return tuple(h for h in table.headers[len(result.row_headers):] if h not in NOT_SERIES)


def pivot_chart(result: PivotResult, choice: ChartChoice | None = None, *,
                unit: str | None = None) -> ChartSpec | None:
    """The chart of the pivot's data rows (no subtotals) over the chosen value columns (all when none
    chosen, or when none of the chosen ones is in the table any more); None without data rows."""
    choice = choice or ChartChoice()
    table = result.table
    kinds = result.row_kinds or ("data",) * len(table.rows)
    rows = tuple(row for row, kind in zip(table.rows, kinds, strict=False) if kind == "data")
    if not rows:
        return None
    first_value = len(result.row_headers)
    available = value_columns(result)
    chosen = [c for c in choice.columns if c in available] or list(available)
    if not chosen:
        raise BadInput("no_value_column", table.title)
    if first_value > 1:  # label each category with all its row keys
        rows = tuple((" · ".join(str(v) for v in row[:first_value]), *row[first_value:]) for row in rows)
        headers = (" · ".join(table.headers[:first_value]), *table.headers[first_value:])
        table = dataclasses.replace(table, headers=headers, rows=rows, numeric_columns=())
    else:
        table = dataclasses.replace(table, rows=rows, numeric_columns=())
    spec = chart_of(table, choice.kind, chosen, horizontal=choice.horizontal)
    y_label = result.value_label
    return dataclasses.replace(spec, y_label=y_label, **({"unit": unit} if unit is not None else {}))
