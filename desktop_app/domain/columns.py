"""Typed columns of a dataset: the value types staff use and how a cell value is parsed."""

from __future__ import annotations

import enum
from dataclasses import dataclass


class ColumnType(str, enum.Enum):
    """Value type of a dataset column."""

    TEXT = "text"
    INTEGER = "integer"
    DECIMAL = "decimal"
    PERCENT = "percent"
    MONEY = "money"
    DATE = "date"
    PERIOD = "period"
    CATEGORY = "category"
    IDENTIFIER = "identifier"  # a row number, a code (KBLI, NIB, NIK, area, postal): text, never a measure

    @property
    def numeric(self) -> bool:
        return self in (ColumnType.INTEGER, ColumnType.DECIMAL, ColumnType.PERCENT, ColumnType.MONEY)


@dataclass(frozen=True)
class ColumnSpec:
    """One column of a dataset: its name, type and (for categories) the allowed codes."""

    name: str
    type: ColumnType = ColumnType.TEXT
    unit: str = ""
    required: bool = True
    codes: tuple[str, ...] = ()


def identifier_text(value: object) -> object:
    """An identifier cell as the text it is: 47111 (a number a file or a caller gave) becomes "47111".

    Whole numbers lose their ".0" and never gain thousands separators; text stays as it is; None stays None.
    """
    if value is None or isinstance(value, str):
        return value
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


def parse_cell(column_type: ColumnType, text: str) -> object:
    """A typed value from what a person typed: Indonesian numbers ('1.234.567', '12,5', 'Rp 1.500', '15%').

    Text that cannot be read as the column's type is kept as text, so the checks of step 2
    can point at it instead of it being silently lost.
    """
    raw = text.strip()
    if not raw:
        return None
    if not column_type.numeric:
        return raw
    cleaned = raw.replace("Rp", "").replace("%", "").replace(" ", "").replace("\u00a0", "")
    if "," in cleaned:
        cleaned = cleaned.replace(".", "").replace(",", ".")
    elif cleaned.count(".") > 1 or (cleaned.count(".") == 1 and len(cleaned.split(".")[1]) == 3
                                    and column_type in (ColumnType.INTEGER, ColumnType.MONEY)):
        cleaned = cleaned.replace(".", "")
    try:
        number = float(cleaned)
    except ValueError:
        return raw
    if column_type in (ColumnType.INTEGER, ColumnType.MONEY) and number.is_integer():
        return int(number)
    return number
