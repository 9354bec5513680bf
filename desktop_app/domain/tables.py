"""Table data handed to renderers (screen, PDF, Excel): headers, rows and an optional total."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class TableData:
    """A finished table: what a renderer draws, with nothing left to compute."""

    title: str
    headers: tuple[str, ...]
    rows: tuple[tuple[object, ...], ...]
    total: tuple[object, ...] | None = None
    unit: str = ""
    source: str = ""
    numeric_columns: tuple[int, ...] = field(default_factory=tuple)
    note: str = ""  # shown with the unit and the source: what the figures leave out (a series' missing period)
