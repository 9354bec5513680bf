"""The on-screen drawing of a ChartSpec with pyqtgraph (bar charts with values and a source line)."""

from __future__ import annotations

import pyqtgraph as pg
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from desktop_app.domain import formatting
from desktop_app.domain.charts import ChartSpec

translate = QCoreApplication.translate


class ChartView(QWidget):
    """A pyqtgraph plot that draws one chart specification."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        pg.setConfigOptions(antialias=True, background="w", foreground="k")
        self.plot = pg.PlotWidget(self)
        self.plot.setMinimumHeight(220)
        self.source_label = QLabel(self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.plot)
        layout.addWidget(self.source_label)
        self.spec: ChartSpec | None = None

    def show_chart(self, spec: ChartSpec | None) -> None:
        self.spec = spec
        self.plot.clear()
        if spec is None:
            self.source_label.clear()
            return
        item = self.plot.getPlotItem()
        item.setTitle(spec.title)
        item.setLabel("left", spec.y_label)
        item.setLabel("bottom", spec.x_label)
        count = len(spec.series)
        width = 0.8 / max(count, 1)
        for index, series in enumerate(spec.series):
            xs = [i - 0.4 + width * (index + 0.5) for i in range(len(spec.categories))]
            bars = pg.BarGraphItem(x=xs, height=list(series.values), width=width * 0.9, brush=spec.color(index))
            self.plot.addItem(bars)
            if spec.data_labels:
                for x, value in zip(xs, series.values, strict=True):
                    label = pg.TextItem(formatting.number(value), anchor=(0.5, 1.0), color="k")
                    label.setPos(x, value)
                    self.plot.addItem(label)
        ticks = [(i, _short(c)) for i, c in enumerate(spec.categories)]
        item.getAxis("bottom").setTicks([ticks])
        item.showGrid(y=True, alpha=0.2)
        self.source_label.setText(translate("ChartView", "Sumber: {source}").format(source=spec.source)
                                  if spec.source else "")


def _short(label: str, limit: int = 18) -> str:
    return label if len(label) <= limit else label[: limit - 1] + "…"
