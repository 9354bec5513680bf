"""One chart specification, drawn three ways (pyqtgraph on screen, reportlab in PDF, Excel)."""

from __future__ import annotations

import enum
from dataclasses import dataclass

# A print-safe palette: distinguishable in greyscale and for common colour blindness.
PALETTE: tuple[str, ...] = ("#1f5f8b", "#e08a1e", "#3a9d5d", "#b23a48", "#6c4f9c", "#7f7f7f")


class ChartKind(str, enum.Enum):
    """What sort of chart to draw."""

    BAR = "bar"


@dataclass(frozen=True)
class Series:
    """One named series of values, one value per category."""

    name: str
    values: tuple[float, ...]


@dataclass(frozen=True)
class ChartSpec:
    """Everything a renderer needs to draw a chart; no renderer-specific detail."""

    kind: ChartKind
    title: str
    categories: tuple[str, ...]
    series: tuple[Series, ...]
    x_label: str = ""
    y_label: str = ""
    unit: str = ""
    source: str = ""
    data_labels: bool = True

    def color(self, index: int) -> str:
        return PALETTE[index % len(PALETTE)]
