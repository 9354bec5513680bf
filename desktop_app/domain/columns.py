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
