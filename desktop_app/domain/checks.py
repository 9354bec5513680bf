"""Built-in automatic checks of a dataset (step 2): empty, wrong type, out of range, duplicates."""

from __future__ import annotations

import enum
import re
from collections.abc import Sequence
from dataclasses import dataclass

from desktop_app.domain.columns import ColumnSpec, ColumnType

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


WARNING_CODES = frozenset({"negative", "duplicate_row"})


def run_checks(columns: Sequence[ColumnSpec], rows: Sequence[Sequence[object]]) -> list[Finding]:
    """Every finding for a dataset; an empty list means it passed."""
    findings: list[Finding] = []
    if not rows:
        findings.append(Finding("no_rows", Severity.ERROR))
    seen: dict[tuple[object, ...], int] = {}
    for index, row in enumerate(rows):
        for spec, value in zip(columns, row, strict=False):
            code = _check_cell(spec, value)
            if code:
                severity = Severity.WARNING if code in WARNING_CODES else Severity.ERROR
                findings.append(Finding(code, severity, index, spec.name, value))
        key = tuple(row)
        if key in seen:
            findings.append(Finding("duplicate_row", Severity.WARNING, index, None, seen[key]))
        else:
            seen[key] = index
    return findings


def has_errors(findings: Sequence[Finding]) -> bool:
    return any(f.severity == Severity.ERROR for f in findings)
