"""The subtotal and total rows of a sheet as check material: what each said, and which rows it closes.

``find_table`` leaves such rows out of the data (each with a note) and hands them over as
``TotalRow``s; here their numbers are read the way their columns were read, which rows each
closes is decided (``domain.subtotals.closing_scopes``), and each is checked against the rows
at once, so the preview already names a subtotal that does not add up.
"""

from __future__ import annotations

from collections.abc import Sequence

from desktop_app.domain.checks import subtotal_findings
from desktop_app.domain.columns import ColumnSpec, ColumnType
from desktop_app.domain.subtotals import GRAND_TOTALS, Subtotal, closing_scopes, fold, split_label
from desktop_app.services.datasets.importing.layout import TotalRow
from desktop_app.services.datasets.importing.model import ImportedColumn, Problem
from desktop_app.services.datasets.importing.values import parse_number

# Columns whose subtotal is a sum: a percent's "total" is usually an average, not checked.
SUMMED = frozenset({ColumnType.INTEGER, ColumnType.DECIMAL, ColumnType.MONEY})
_LABEL_TYPES = frozenset({ColumnType.TEXT, ColumnType.CATEGORY, ColumnType.PERIOD})
MAX_GROUP_VALUES = 5000  # distinct texts of a column worth matching a label's suffix against


def _number(value: object, mark: str) -> int | float | None:
    if isinstance(value, bool):
        return None
    if isinstance(value, (int, float)):
        return int(value) if float(value).is_integer() else value
    if isinstance(value, str):
        number = parse_number(value, mark)
        return number.value if number is not None else None
    return None


def _group_values(columns: Sequence[ImportedColumn], rows: Sequence[Sequence[object]],
                  totals: Sequence[TotalRow]) -> dict[str, set[str]]:
    """Per text column, its folded values — only when some total's label has a suffix to look up."""
    if not any((split_label(t.label) or ("", ""))[1] for t in totals):
        return {}
    groups: dict[str, set[str]] = {}
    for c, column in enumerate(columns):
        if column.type not in _LABEL_TYPES:
            continue
        values = {fold(row[c]) for row in rows if isinstance(row[c], str) and row[c].strip()}
        if 0 < len(values) <= MAX_GROUP_VALUES:
            groups[column.name] = values
    return groups


def read_subtotals(sheet: str, totals: Sequence[TotalRow], columns: Sequence[ImportedColumn],
                   rows: Sequence[Sequence[object]], marks: Sequence[str]) -> tuple[tuple[Subtotal, ...], list[Problem]]:
    """The subtotals of the sheet and the notes about them: how many were kept, which do not add up."""
    if not totals:
        return (), []
    scopes = closing_scopes([(t.label, t.position) for t in totals], len(rows), _group_values(columns, rows, totals))
    subtotals = []
    for total, (first, end, keys) in zip(totals, scopes, strict=True):
        values = []
        for c, column in enumerate(columns):
            if column.type in SUMMED:
                number = _number(total.cells[c], marks[c])
                if number is not None:
                    values.append((column.name, number))
        if values:
            subtotals.append(Subtotal(" ".join(total.label.split()), tuple(values), first, end, keys, total.source_row))
    specs = [ColumnSpec(c.name, c.type) for c in columns]
    if subtotals:
        subtotals[-1] = _grand_total(specs, rows, subtotals[-1], len(subtotals) > 1)
    notes = [Problem(sheet, None, None, "subtotals_kept", len(subtotals))] if subtotals else []
    for finding in subtotal_findings(specs, rows, subtotals):
        value = finding.value if isinstance(finding.value, dict) else {}
        code = finding.code
        notes.append(Problem(sheet, value.get("source_row"), finding.column, code, value or None))
    return tuple(subtotals), notes


def _grand_total(specs: Sequence[ColumnSpec], rows: Sequence[Sequence[object]], last: Subtotal,
                 after_others: bool) -> Subtotal:
    """A plain "Jumlah" under the last rows, after an earlier subtotal, closes either those rows (the last
    group's subtotal) or every row (the grand total): the reading more of its numbers agree with (the first
    on a tie). Either way what does not add up is then reported."""
    if not after_others or last.keys or not last.first or last.end != len(rows) \
            or fold(last.label) not in GRAND_TOTALS:
        return last
    every = Subtotal(last.label, last.values, 0, last.end, (), last.source_row)
    if len(subtotal_findings(specs, rows, [every])) < len(subtotal_findings(specs, rows, [last])):
        return every
    return last
