"""Built-in automatic checks of a dataset (step 2): empty, wrong type, out of range, duplicates,
repeated keys, totals that do not add up, subtotals of the source file that do not match the rows
they close, missing periods and large changes between periods.

Row numbers, codes and years are never parts of a total (``identifiers``), even in a column typed
as a number."""

from __future__ import annotations

import enum
import re
from collections.abc import Sequence
from collections.abc import Set as AbstractSet
from dataclasses import dataclass

from desktop_app.domain import formatting
from desktop_app.domain.columns import ColumnSpec, ColumnType
from desktop_app.domain.identifiers import is_identifier_column, is_row_number_name, is_row_numbers
from desktop_app.domain.subtotals import Subtotal, fold

PERIOD_PATTERN = re.compile(r"^\d{4}(-(0[1-9]|1[0-2])|-Q[1-4]|-S[12])?$")
DATE_PATTERN = re.compile(r"^\d{4}-\d{2}-\d{2}$")


class Severity(str, enum.Enum):
    ERROR = "error"
    WARNING = "warning"


@dataclass(frozen=True)
class Finding:
    """One problem found: row index (0-based, None for the whole dataset), column, code."""

    code: str
    severity: Severity
    row: int | None = None
    column: str | None = None
    value: object = None


def parse_number(value: object) -> float | None:
    """A cell as a number, or None when it is not one (bools are not numbers)."""
    if isinstance(value, bool):
        return None
    if isinstance(value, (int, float)):
        return float(value)
    return None


def _check_cell(spec: ColumnSpec, value: object) -> str | None:
    if value is None or (isinstance(value, str) and not value.strip()):
        return "empty" if spec.required else None
    if spec.type.numeric:
        number = parse_number(value)
        if number is None:
            return "not_a_number"
        if spec.type == ColumnType.INTEGER and not number.is_integer():
            return "not_an_integer"
        if spec.type == ColumnType.PERCENT and not 0 <= number <= 100:
            return "percent_out_of_range"
        if number < 0:
            return "negative"
        return None
    text = str(value).strip()
    if spec.type == ColumnType.PERIOD and not PERIOD_PATTERN.match(text):
        return "bad_period"
    if spec.type == ColumnType.DATE and not DATE_PATTERN.match(text):
        return "bad_date"
    if spec.type == ColumnType.CATEGORY and spec.codes and text not in spec.codes:
        return "unknown_code"
    return None


WARNING_CODES = frozenset({"negative", "duplicate_row", "missing_period", "missing_periods_more", "large_change",
                           "subtotal_without_rows"})

# --- totals ---------------------------------------------------------------------------------------

TOTAL_LABELS = frozenset({"jumlah", "total", "jumlah total", "total keseluruhan", "jumlah keseluruhan"})
"""Names (of a column) and labels (in a row) that mean 'the sum of the others'."""
TOTAL_PREFIXES = ("jumlah ", "total ")
TOTAL_TOLERANCE = 0.005


def _fold(text: object) -> str:
    return " ".join(str(text).split()).casefold()


def is_total_label(value: object) -> bool:
    """Whether a cell reads 'Jumlah' or 'Total' (a total row's label)."""
    return isinstance(value, str) and _fold(value) in TOTAL_LABELS


def _is_total_name(name: str) -> bool:
    folded = _fold(name)
    return folded in TOTAL_LABELS or folded.startswith(TOTAL_PREFIXES)


def total_rows(columns: Sequence[ColumnSpec], rows: Sequence[Sequence[object]]) -> dict[int, int]:
    """Rows that are totals: row index -> index of the column holding the label.

    A total row's first filled text or category cell reads "Jumlah" or "Total".
    """
    labels = [c for c, spec in enumerate(columns) if spec.type in (ColumnType.TEXT, ColumnType.CATEGORY)]
    found = {}
    for index, row in enumerate(rows):
        first = next((c for c in labels if c < len(row) and not _blank(row[c])), None)
        if first is not None and is_total_label(row[first]):
            found[index] = first
    return found


def _blank(value: object) -> bool:
    return value is None or (isinstance(value, str) and not value.strip())


def _cell(row: Sequence[object], index: int) -> object:
    return row[index] if index < len(row) else None


def _summable(value: object) -> float | None:
    """A cell as an addend: empty counts as 0; None when it is text (already reported as not a number)."""
    return 0.0 if _blank(value) else parse_number(value)


def _identifier_columns(columns: Sequence[ColumnSpec], rows: Sequence[Sequence[object]]) -> set[int]:
    """Numeric columns that are plainly row numbers, codes or years: never parts of a total or a change."""
    return {c for c, spec in enumerate(columns) if spec.type.numeric
            and is_identifier_column(spec.name, (_cell(row, c) for row in rows))}


def _row_number_columns(columns: Sequence[ColumnSpec], rows: Sequence[Sequence[object]]) -> set[int]:
    """Columns numbering the rows ("No" holding 1, 2, 3 …), whatever their type: they make no row unique."""
    return {c for c, spec in enumerate(columns) if is_row_number_name(spec.name)
            and is_row_numbers(_cell(row, c) for row in rows)}


def _total_column_findings(columns: Sequence[ColumnSpec], rows: Sequence[Sequence[object]],
                           skip: set[int], identifiers: AbstractSet[int] = frozenset()) -> list[Finding]:
    """(a) A 'Jumlah'/'Total' column must equal the sum of the other numeric columns of its unit.

    Percent columns, row numbers, codes and years are never added. Per unit the total column is the one named exactly "Jumlah" or
    "Total" (or "Jumlah Total"), else the only column whose name starts with "Jumlah "/"Total ";
    when that is ambiguous, or fewer than two other columns share the unit, nothing is checked.
    """
    groups: dict[str, list[int]] = {}
    for c, spec in enumerate(columns):
        if spec.type.numeric and spec.type != ColumnType.PERCENT and c not in identifiers:
            groups.setdefault(_fold(spec.unit), []).append(c)
    findings = []
    for members in groups.values():
        exact = [c for c in members if _fold(columns[c].name) in TOTAL_LABELS]
        prefixed = [c for c in members if _is_total_name(columns[c].name)]
        candidates = exact or prefixed
        if len(candidates) != 1:
            continue
        total = candidates[0]
        parts = [c for c in members if c != total]
        if len(parts) < 2:
            continue
        for index, row in enumerate(rows):
            if index in skip:
                continue
            stated = parse_number(_cell(row, total))
            addends = [_summable(_cell(row, c)) for c in parts]
            if stated is None or any(a is None for a in addends):
                continue
            expected = sum(addends)
            if abs(stated - expected) > TOTAL_TOLERANCE:
                findings.append(Finding("total_mismatch", Severity.ERROR, index, columns[total].name, expected))
    return findings


def _total_row_findings(columns: Sequence[ColumnSpec], rows: Sequence[Sequence[object]],
                        totals: dict[int, int], identifiers: AbstractSet[int] = frozenset()) -> list[Finding]:
    """(b) A row labelled 'Jumlah'/'Total' must equal, in each numeric column, the sum of the rows it sums up.

    Those are the other (non-total) rows that agree with it on every filled non-numeric cell besides the
    label: a "Jumlah" row of 2025-01 sums the rows of 2025-01; a lone "Jumlah" row sums all the rows.
    """
    numeric = [c for c, spec in enumerate(columns) if spec.type.numeric and c not in identifiers]
    labels = [c for c, spec in enumerate(columns) if not spec.type.numeric]
    findings = []
    for index, label_column in totals.items():
        row = rows[index]
        scope_keys = [(c, _fold(_cell(row, c))) for c in labels if c != label_column and not _blank(_cell(row, c))]
        scope = [other for i, other in enumerate(rows) if i not in totals
                 and all(not _blank(_cell(other, c)) and _fold(_cell(other, c)) == v for c, v in scope_keys)]
        if not scope:
            continue
        for c in numeric:
            stated = parse_number(_cell(row, c))
            addends = [_summable(_cell(other, c)) for other in scope]
            if stated is None or any(a is None for a in addends):
                continue
            expected = sum(addends)
            if abs(stated - expected) > TOTAL_TOLERANCE:
                findings.append(Finding("total_mismatch", Severity.ERROR, index, columns[c].name, expected))
    return findings


# --- subtotals of the source file -----------------------------------------------------------------


def subtotal_findings(columns: Sequence[ColumnSpec], rows: Sequence[Sequence[object]],
                      subtotals: Sequence[Subtotal]) -> list[Finding]:
    """(c) Each subtotal row of the source file must equal, in each column it fills, the rows it closes.

    A mismatch is an error on the last row it closes, in that column; its value says what the subtotal
    stated, what the rows add up to, which rows (1-based) and the subtotal's label and source row. A
    subtotal whose rows are no longer in the data is a warning. A blank cell of a key column belongs to
    the group written above it (a group name merged down over its rows is written in its first row only).
    """
    positions = {spec.name: c for c, spec in enumerate(columns)}
    filled: dict[int, list[str | None]] = {}
    findings = []
    for subtotal in subtotals:
        first = subtotal.first if subtotal.first is not None else 0
        end = min(subtotal.end if subtotal.end is not None else len(rows), len(rows))
        keys = [(positions.get(column), {fold(v) for v in allowed}) for column, allowed in subtotal.keys]
        members: list[int] = []
        if all(position is not None for position, _ in keys):
            for position, _ in keys:
                if position not in filled:
                    filled[position] = _filled_down(rows, position)  # type: ignore[arg-type]
            members = [i for i in range(first, end) if all(filled[p][i] in allowed for p, allowed in keys)]
        if not members:
            findings.append(Finding("subtotal_without_rows", Severity.WARNING, None, None,
                                    {"label": subtotal.label, "source_row": subtotal.source_row}))
            continue
        for name, stated in subtotal.values:
            c = positions.get(name)
            if c is None or not columns[c].type.numeric:
                continue
            addends = [_summable(_cell(rows[i], c)) for i in members]
            if any(a is None for a in addends):
                continue  # text among the numbers: already reported as not a number
            expected = sum(addends)
            if abs(float(stated) - expected) > TOTAL_TOLERANCE:
                findings.append(Finding("subtotal_mismatch", Severity.ERROR, members[-1], name, {
                    "label": subtotal.label, "stated": stated, "expected": _plain(expected),
                    "first": members[0] + 1, "last": members[-1] + 1, "rows": len(members),
                    "source_row": subtotal.source_row}))
    return findings


def _filled_down(rows: Sequence[Sequence[object]], column: int) -> list[str | None]:
    """The column's cells folded, each blank one taking the value above it."""
    out: list[str | None] = []
    current: str | None = None
    for row in rows:
        value = _cell(row, column)
        if not _blank(value):
            current = fold(value)
        out.append(current)
    return out


def _plain(number: float) -> int | float:
    return int(number) if float(number).is_integer() else round(number, 10)


# --- keys -----------------------------------------------------------------------------------------


def _key_value(value: object) -> object:
    if _blank(value):
        return None
    number = parse_number(value)
    if number is not None:
        return number
    return _fold(value)


def _duplicate_key_findings(columns: Sequence[ColumnSpec], rows: Sequence[Sequence[object]],
                            key_columns: Sequence[str], skip: set[int]) -> list[Finding]:
    """Rows whose key columns repeat an earlier row's (text compared without case or extra spaces)."""
    positions = {spec.name: c for c, spec in enumerate(columns)}
    key = [positions[name] for name in key_columns if name in positions]
    if not key:
        return []
    seen: dict[tuple[object, ...], int] = {}
    findings = []
    for index, row in enumerate(rows):
        if index in skip:
            continue
        values = tuple(_key_value(_cell(row, c)) for c in key)
        if all(v is None for v in values):
            continue
        if values in seen:
            findings.append(Finding("duplicate_key", Severity.ERROR, index, columns[key[0]].name, seen[values]))
        else:
            seen[values] = index
    return findings


# --- periods --------------------------------------------------------------------------------------

_PERIOD_KINDS = (
    ("month", re.compile(r"^(\d{4})-(0[1-9]|1[0-2])$"), 12),
    ("quarter", re.compile(r"^(\d{4})-Q([1-4])$"), 4),
    ("semester", re.compile(r"^(\d{4})-S([12])$"), 2),
    ("year", re.compile(r"^(\d{4})$"), 1),
)
_PER_YEAR = {kind: per_year for kind, _, per_year in _PERIOD_KINDS}
MAX_LISTED_MISSING = 24


def parse_period(value: object) -> tuple[str, int] | None:
    """('month', ordinal) for '2025-03', ('quarter', …) for '2025-Q1', ('semester', …), ('year', …); else None.

    Ordinals of one kind are consecutive: the period after ``n`` is ``n + 1``.
    """
    if not isinstance(value, str):
        return None
    text = value.strip()
    for kind, pattern, per_year in _PERIOD_KINDS:
        match = pattern.match(text)
        if match:
            part = int(match.group(2)) if per_year > 1 else 1
            return kind, int(match.group(1)) * per_year + part - 1
    return None


def period_text(kind: str, ordinal: int) -> str:
    """The period's text back from its ordinal: '2025-03', '2025-Q1', '2025-S2', '2025'."""
    per_year = _PER_YEAR[kind]
    year, part = divmod(ordinal, per_year)
    return {"month": f"{year}-{part + 1:02d}", "quarter": f"{year}-Q{part + 1}",
            "semester": f"{year}-S{part + 1}", "year": f"{year}"}[kind]


def _periods_of(rows: Sequence[Sequence[object]], column: int, skip: set[int]) -> dict[int, tuple[str, int]]:
    """Row index -> parsed period, when every filled period of the column is of one kind (else empty)."""
    parsed = {i: parse_period(_cell(row, column)) for i, row in enumerate(rows) if i not in skip}
    parsed = {i: p for i, p in parsed.items() if p is not None}
    return parsed if len({kind for kind, _ in parsed.values()}) == 1 else {}


def _missing_period_findings(columns: Sequence[ColumnSpec], rows: Sequence[Sequence[object]],
                             skip: set[int]) -> list[Finding]:
    """Monthly, quarterly or semesterly periods missing between the first and the last one present."""
    findings = []
    for c, spec in enumerate(columns):
        if spec.type != ColumnType.PERIOD:
            continue
        periods = _periods_of(rows, c, skip)
        if not periods:
            continue
        kind = next(iter(periods.values()))[0]
        if kind == "year":
            continue
        present = {ordinal for _, ordinal in periods.values()}
        missing = [o for o in range(min(present), max(present) + 1) if o not in present]
        for ordinal in missing[:MAX_LISTED_MISSING]:
            findings.append(Finding("missing_period", Severity.WARNING, None, spec.name, period_text(kind, ordinal)))
        if len(missing) > MAX_LISTED_MISSING:
            findings.append(Finding("missing_periods_more", Severity.WARNING, None, spec.name,
                                    len(missing) - MAX_LISTED_MISSING))
    return findings


# --- changes --------------------------------------------------------------------------------------


def _change_text(before: float, after: float) -> str | None:
    """'+45,2%' for the change from ``before`` to ``after``; None when it cannot be a percentage."""
    if before == 0:
        return None
    change = (after - before) / abs(before) * 100
    return ("+" if change >= 0 else "-") + formatting.number(abs(change), 1) + "%"


def _exceeds(before: float, after: float, threshold: float) -> bool:
    return before != 0 and abs((after - before) / abs(before) * 100) > threshold


def _column_totals(columns: Sequence[ColumnSpec], rows: Sequence[Sequence[object]], skip: set[int],
                   numeric: Sequence[int]) -> dict[int, float]:
    totals = dict.fromkeys(numeric, 0.0)
    for index, row in enumerate(rows):
        if index in skip:
            continue
        for c in numeric:
            number = parse_number(_cell(row, c))
            if number is not None:
                totals[c] += number
    return totals


def _large_change_findings(columns: Sequence[ColumnSpec], rows: Sequence[Sequence[object]], skip: set[int],
                           threshold: float, previous: Sequence[Sequence[object]] | None,
                           identifiers: AbstractSet[int] = frozenset()) -> list[Finding]:
    """Totals that change by more than ``threshold`` percent from one period to the next (first PERIOD
    column), and overall against a previous edition of the same columns when one is given."""
    numeric = [c for c, spec in enumerate(columns) if spec.type.numeric and c not in identifiers]
    findings = []
    period_column = next((c for c, spec in enumerate(columns) if spec.type == ColumnType.PERIOD
                          and _periods_of(rows, c, skip)), None)
    if period_column is not None:
        periods = _periods_of(rows, period_column, skip)
        kind = next(iter(periods.values()))[0]
        by_period: dict[int, dict[int, float]] = {}
        for index, (_, ordinal) in periods.items():
            sums = by_period.setdefault(ordinal, dict.fromkeys(numeric, 0.0))
            for c in numeric:
                number = parse_number(_cell(rows[index], c))
                if number is not None:
                    sums[c] += number
        ordinals = sorted(by_period)
        for c in numeric:
            for before, after in zip(ordinals, ordinals[1:], strict=False):
                old, new = by_period[before][c], by_period[after][c]
                if _exceeds(old, new, threshold):
                    findings.append(Finding("large_change", Severity.WARNING, None, columns[c].name,
                                            f"{period_text(kind, after)}: {_change_text(old, new)}"))
    if previous is not None:
        old_totals = _column_totals(columns, previous, set(total_rows(columns, previous)), numeric)
        new_totals = _column_totals(columns, rows, skip, numeric)
        for c in numeric:
            if _exceeds(old_totals[c], new_totals[c], threshold):
                findings.append(Finding("large_change", Severity.WARNING, None, columns[c].name,
                                        _change_text(old_totals[c], new_totals[c])))
    return findings


# --- all of them ----------------------------------------------------------------------------------


def run_checks(
    columns: Sequence[ColumnSpec], rows: Sequence[Sequence[object]], *, key_columns: Sequence[str] = (),
    previous: Sequence[Sequence[object]] | None = None, change_threshold: float | None = None,
    subtotals: Sequence[Subtotal] = (),
) -> list[Finding]:
    """Every finding for a dataset; an empty list means it passed.

    Cell by cell: empty, wrong type, out of range, unknown code (a total row's "Jumlah" label is not a
    code). Row by row: identical rows (warning; a row number does not make a row different), repeated
    ``key_columns`` values, totals that do not add up (row numbers, codes and years are never added),
    and ``subtotals`` of the source file that do not equal the rows they close. Over the periods:
    missing periods, and, when ``change_threshold`` (percent) is given, totals that change more than
    that from one period to the next or against the ``previous`` edition's rows.
    """
    findings: list[Finding] = []
    if not rows:
        findings.append(Finding("no_rows", Severity.ERROR))
    totals = total_rows(columns, rows)
    identifiers = _identifier_columns(columns, rows)
    numbering = _row_number_columns(columns, rows)
    duplicate_keys = _duplicate_key_findings(columns, rows, key_columns, set(totals))
    repeated = {f.row for f in duplicate_keys}
    seen: dict[tuple[object, ...], int] = {}
    for index, row in enumerate(rows):
        for c, (spec, value) in enumerate(zip(columns, row, strict=False)):
            code = _check_cell(spec, value)
            if code == "unknown_code" and totals.get(index) == c:
                continue
            if code:
                severity = Severity.WARNING if code in WARNING_CODES else Severity.ERROR
                findings.append(Finding(code, severity, index, spec.name, value))
        key = tuple(v for c, v in enumerate(row) if c not in numbering) if numbering else tuple(row)
        if key in seen:
            if index not in repeated:  # already reported, as an error, by the key check
                findings.append(Finding("duplicate_row", Severity.WARNING, index, None, seen[key]))
        else:
            seen[key] = index
    findings += duplicate_keys
    findings += _total_column_findings(columns, rows, set(totals), identifiers)
    findings += _total_row_findings(columns, rows, totals, identifiers)
    findings += subtotal_findings(columns, rows, subtotals)
    findings += _missing_period_findings(columns, rows, set(totals))
    if change_threshold is not None:
        findings += _large_change_findings(columns, rows, set(totals), float(change_threshold), previous,
                                           identifiers)
    return findings


def has_errors(findings: Sequence[Finding]) -> bool:
    return any(f.severity == Severity.ERROR for f in findings)
