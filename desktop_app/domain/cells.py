"""Values in the cells of a table file (CSV, XLSX): text a spreadsheet would take for a formula, numbers,
rows cut or padded to the width of the header."""

from __future__ import annotations

from collections.abc import Sequence
from decimal import Decimal

FORMULA_PREFIXES = ("=", "+", "-", "@", "\t", "\r")


def neutralise(text: str) -> str:
    """Text a spreadsheet could take for a formula, with a leading apostrophe; other text as is."""
    return "'" + text if text.startswith(FORMULA_PREFIXES) else text


def is_number(value: object) -> bool:
    return isinstance(value, (int, float, Decimal)) and not isinstance(value, bool)


def row_cells(row: Sequence[object], width: int) -> list[object]:
    """A row cut or padded (None) to ``width`` cells."""
    values = list(row[:width])
    return values + [None] * (width - len(values))
