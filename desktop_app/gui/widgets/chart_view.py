"""The on-screen drawing of a ChartSpec: pyqtgraph for bars and lines, QPainter for pie, donut and key figure.

One widget, :class:`ChartView`, shows every kind: a title on top, the chart, a legend when there
are several series, and the source line below. Numbers are written the Indonesian way. Category
labels follow the domain's rule: bars with long labels lie down, and labels are wrapped onto
lines, never cut short (a label that finds no room is left out, never made to look like another).
"""

from __future__ import annotations

import math
from dataclasses import dataclass

import pyqtgraph as pg
from PySide6.QtCore import QCoreApplication, QEvent, QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QFontMetricsF, QGuiApplication, QPainter, QPaintEvent, QPalette, QPen
from PySide6.QtWidgets import QLabel, QSizePolicy, QStackedWidget, QVBoxLayout, QWidget

from desktop_app.domain import formatting
from desktop_app.domain.charts import LABEL_WRAP, MAX_LABEL_LINES, ChartKind, ChartSpec, figure_text, wrap_label

translate = QCoreApplication.translate

TEXT_COLOR = "#222222"
MUTED_COLOR = "#555555"
GRID_ALPHA = 0.25


@dataclass(frozen=True)
class ChartColors:
    """The neutral colours a chart is drawn in (the series keep their own)."""

    background: str = "#ffffff"
    text: str = TEXT_COLOR
    muted: str = MUTED_COLOR
    card_fill: str = "#f4f7fa"
    card_border: str = "#d9dde2"


PAPER = ChartColors()
DARK = ChartColors("#1e1e1e", "#e8e8e8", "#b4b4b4", "#2a2a2d", "#46464a")


def screen_colors(palette: QPalette | None = None) -> ChartColors:
    """Paper colours on a light theme; on a dark one the chart is dark too, not a glaring white card."""
    palette = palette or QGuiApplication.palette()
    if palette.color(QPalette.ColorRole.Window).lightness() >= 128:
        return PAPER
    return ChartColors(palette.color(QPalette.ColorRole.Base).name(), palette.color(QPalette.ColorRole.Text).name(),
                       DARK.muted, palette.color(QPalette.ColorRole.AlternateBase).name(),
                       palette.color(QPalette.ColorRole.Midlight).name())


class IndonesianAxis(pg.AxisItem):
    """A value axis whose tick labels read 1.000 and 2,5 rather than 1000 and 2.5."""

    def tickStrings(self, values: list[float], scale: float, spacing: float) -> list[str]:  # noqa: N802
        decimals = 0 if spacing >= 1 else min(3, max(0, -math.floor(math.log10(spacing))))
        return [formatting.number(v * scale, decimals) for v in values]


class ChartView(QWidget):
    """Draws one chart specification (any kind); ``spec`` is what it shows, None for nothing.

    On screen the chart follows the light or dark theme; ``paper=True`` keeps it black on white
    whatever the theme (the images exported for PDFs and print)."""

    def __init__(self, parent: QWidget | None = None, paper: bool = False) -> None:
        super().__init__(parent)
        pg.setConfigOptions(antialias=True, background="w", foreground="k")
        self.paper = paper
        self.colors = PAPER
        self.setAutoFillBackground(True)
        self.title_label = QLabel(self)
        self.title_label.setWordWrap(True)
        self.title_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        title_font = QFont(self.font())
        title_font.setBold(True)
        title_font.setPointSizeF(title_font.pointSizeF() * 1.15)
        self.title_label.setFont(title_font)
        self.plot = pg.PlotWidget(self, axisItems={"left": IndonesianAxis("left"), "bottom": IndonesianAxis("bottom")})
        self.category_ticks: list[tuple[int, str]] = []  # the category labels as the axis shows them
        self.plot.setMinimumHeight(160)  # room enough, and the window still fits a laptop at 125 %
        item = self.plot.getPlotItem()
        item.setMouseEnabled(x=False, y=False)
        item.hideButtons()
        item.setMenuEnabled(False)
        for name in ("left", "bottom"):
            item.getAxis(name).enableAutoSIPrefix(False)
        item.vb.sigResized.connect(self._update_ticks)
        self.circle = CircleChart(self)
        self.key_figure = KeyFigureCard(self)
        self.stack = QStackedWidget(self)
        for widget in (self.plot, self.circle, self.key_figure):
            self.stack.addWidget(widget)
        self.legend_label = QLabel(self)
        self.legend_label.setWordWrap(True)
        self.legend_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.legend_label.setTextFormat(Qt.TextFormat.RichText)
        self.source_label = QLabel(self)
        self.source_label.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.setSpacing(4)
        layout.addWidget(self.title_label)
        layout.addWidget(self.stack, 1)
        layout.addWidget(self.legend_label)
        layout.addWidget(self.source_label)
        self.spec: ChartSpec | None = None
        self._apply_colors()
        self.show_chart(None)

    def _apply_colors(self) -> None:
        parent = self.parentWidget()  # a light window on a dark theme (the info board) keeps light charts
        colors = PAPER if self.paper else screen_colors(parent.palette() if parent is not None else None)
        if colors == self.colors and self.property("padiColorsSet"):
            return
        self.colors = colors
        self.setProperty("padiColorsSet", True)
        palette = self.palette()
        palette.setColor(self.backgroundRole(), QColor(colors.background))
        self.setPalette(palette)
        for label, color in ((self.title_label, colors.text), (self.legend_label, colors.text),
                             (self.source_label, colors.muted)):
            label.setStyleSheet(f"color: {color}; background: {colors.background};")
        self.plot.setBackground(colors.background)
        for name in ("left", "bottom"):
            axis = self.plot.getPlotItem().getAxis(name)
            axis.setPen(pg.mkPen(colors.muted))
            axis.setTextPen(pg.mkPen(colors.text))
        for chart in (self.circle, self.key_figure):
            chart.colors = colors
            chart.update()
        if self.spec is not None:
            self.show_chart(self.spec)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's name
        """Follow a change of theme (the application palette) while shown."""
        super().changeEvent(event)
        if event.type() in (QEvent.Type.ApplicationPaletteChange, QEvent.Type.PaletteChange) and not self.paper:
            self._apply_colors()

    def show_chart(self, spec: ChartSpec | None) -> None:
        self.spec = spec
        self.plot.clear()
        item = self.plot.getPlotItem()
        item.setTitle(None)
        if spec is None:
            self.title_label.clear()
            self.title_label.hide()
            self.legend_label.clear()
            self.legend_label.hide()
            self.source_label.clear()
            self.circle.set_spec(None)
            self.key_figure.set_spec(None)
            self.stack.setCurrentWidget(self.plot)
            return
        self.title_label.setText(spec.title)
        self.title_label.setVisible(bool(spec.title.strip()))
        if spec.kind is ChartKind.KEY_FIGURE:
            self.key_figure.set_spec(spec)
            self.stack.setCurrentWidget(self.key_figure)
            self.title_label.hide()  # the card shows its own title
        elif spec.kind.is_circular:
            self.circle.set_spec(spec)
            self.stack.setCurrentWidget(self.circle)
        else:
            self._draw_axes(spec)
            self.stack.setCurrentWidget(self.plot)
        several = spec.kind.has_axes and len(spec.series) > 1
        parts = [_legend_html(spec)] if several else []
        if spec.has_missing:  # the key to the mark of a value without data
            parts.append(f'<span style="color:{self.colors.muted}">'
                         + _escape(translate("ChartView", "– : tidak ada data")) + "</span>")
        self.legend_label.setText("<br>".join(parts))
        self.legend_label.setVisible(bool(parts))
        self.source_label.setText(translate("ChartView", "Sumber: {source}").format(source=spec.source)
                                  if spec.source.strip() else "")

    # --- bars and lines ---------------------------------------------------------------------
    def _axes(self, spec: ChartSpec) -> tuple[pg.AxisItem, pg.AxisItem]:
        """(category axis, value axis): bars lying down have their categories at the left."""
        item = self.plot.getPlotItem()
        if spec.is_horizontal:
            return item.getAxis("left"), item.getAxis("bottom")
        return item.getAxis("bottom"), item.getAxis("left")

    def _draw_axes(self, spec: ChartSpec) -> None:
        item = self.plot.getPlotItem()
        horizontal = spec.is_horizontal
        category_axis, value_axis = self._axes(spec)
        for axis in (category_axis, value_axis):
            axis.setTicks(None)
            axis.setTickSpacing()
            axis.setZValue(0)
            axis.setStyle(maxTickLevel=1)
        value_axis.setStyle(maxTickLevel=0 if horizontal else 1)  # grid lines at the labelled values only
        item.getAxis("left").setWidth(None)
        item.getAxis("bottom").setHeight(None)
        item.invertY(horizontal)  # lying bars: the first category on top, as in the table
        unit = spec.unit.strip()
        value_label = spec.y_label if not unit else (f"{spec.y_label} ({unit})" if spec.y_label else unit)
        item.setLabel("bottom" if horizontal else "left", value_label)
        item.setLabel("left" if horizontal else "bottom", "" if horizontal else spec.x_label)
        count = len(spec.categories)
        data = [spec.values(i) for i in range(len(spec.series))]
        low, high = 0.0, 0.0
        if spec.kind is ChartKind.STACKED_BAR:
            self._draw_stacked(spec, data)
            for i in range(count):
                high = max(high, sum(v for row in data if (v := row[i]) is not None and v > 0))
                low = min(low, sum(v for row in data if (v := row[i]) is not None and v < 0))
        else:
            values = [v for row in data for v in row if v is not None]
            low, high = min([0.0, *values]), max([0.0, *values])
            if spec.kind is ChartKind.LINE:
                self._draw_lines(spec, data)
            else:
                self._draw_bars(spec, data)
        span = (high - low) or 1.0
        value_range = (low - (span * 0.04 if low < 0 else 0), high + span * (0.18 if horizontal else 0.12))
        category_range = (-0.6, max(count, 1) - 0.4)
        if horizontal:
            item.setXRange(*value_range, padding=0)
            item.setYRange(*category_range, padding=0)
        else:
            item.setYRange(*value_range, padding=0)
            item.setXRange(*category_range, padding=0)
        # Small counts (items per step, say) get whole-number ticks, never 0,1 … 1,1.
        whole = all(float(v).is_integer() for row in data for v in row if v is not None)
        value_axis.setTickSpacing(*((1, 1) if whole and high - low <= 10 else (None, None)))
        self._update_ticks()
        item.showGrid(x=horizontal, y=not horizontal, alpha=GRID_ALPHA)
        # The axis draws its grid lines; behind the view box they run behind the bars, not across them.
        value_axis.setZValue(-1)

    def _update_ticks(self, *_: object) -> None:
        """Category labels wrapped to the room they have (never cut short), or every n-th when even
        wrapped they would run into each other."""
        spec = self.spec
        if spec is None or not spec.kind.has_axes or not spec.categories:
            return
        axis, _value_axis = self._axes(spec)
        metrics = QFontMetricsF(axis.style.get("tickFont") or self.font())
        line = metrics.height()
        view = self.plot.getPlotItem().vb
        count = len(spec.categories)
        if spec.is_horizontal:
            # The label column takes 38 % of the chart, more (fewer lines per label) when the rows are
            # too low for every label otherwise.
            best: tuple[int, list[str]] | None = None
            for share in (0.38, 0.46, 0.55):
                candidate = _wrapped(spec, metrics, max(60.0, self.width() * share))
                lines = max(t.count("\n") + 1 for t in candidate)
                needed = max(1, math.ceil(lines * line * 1.05 / max(1.0, view.height() / count)))
                if best is None or needed < best[0]:
                    best = (needed, candidate)
                if needed == 1:
                    break
            step, texts = best
            widest = max(metrics.horizontalAdvance(part) for t in texts for part in t.split("\n"))
            axis.setWidth(math.ceil(widest + 14))
        else:
            slot = max(1.0, view.width() / count)
            step, texts = 1, _wrapped(spec, metrics, slot * 0.92, MAX_LABEL_LINES)
            while texts is None:  # too narrow even on three lines: label every n-th category
                step += 1
                texts = _wrapped(spec, metrics, slot * step * 0.92, MAX_LABEL_LINES)
            lines = max(t.count("\n") + 1 for t in texts)
            label = self.plot.getPlotItem().getAxis("bottom").label
            axis.setHeight(math.ceil(lines * line + 12 + (label.boundingRect().height() * 0.8
                                                          if label.isVisible() else 0)))
            # The axis leaves out a label that reaches past its ends: give the outer labels room.
            shown = [i for i in range(count) if i % step == 0]
            a, b = (max(metrics.horizontalAdvance(part) for part in texts[i].split("\n")) / 2 / max(view.width(), 1.0)
                    for i in (shown[0], shown[-1]))  # half the outer labels, as shares of the plot's width
            span = (count - 1) / max(0.2, 1 - a - b)  # the range in which they fit: left + right = (a + b) · span
            self.plot.getPlotItem().setXRange(-max(0.6, a * span + 0.05), count - 1 + max(0.6, b * span + 0.05),
                                              padding=0)
        self.category_ticks = [(i, t if i % step == 0 else "") for i, t in enumerate(texts)]
        axis.setTicks([self.category_ticks])

    def _label(self, text: str, x: float, y: float, anchor: tuple[float, float], color: str | None = None,
               bold: bool = False) -> None:
        label = pg.TextItem(text, anchor=anchor, color=color or self.colors.text)
        font = QFont(self.font())
        font.setPointSizeF(font.pointSizeF() * 0.85)
        font.setBold(bold)
        label.setFont(font)
        label.setPos(x, y)
        self.plot.addItem(label)

    def _mark_missing(self, spec: ChartSpec, place: float) -> None:
        """A value without data: no bar and no point, the NO_VALUE mark at the axis instead."""
        # Just off the axis (the anchor is a share of the mark's own size), bold: a dash on the axis is lost.
        if spec.is_horizontal:
            self._label(formatting.NO_VALUE, 0.0, place, (-0.4, 0.5), self.colors.muted, bold=True)
        else:
            self._label(formatting.NO_VALUE, place, 0.0, (0.5, 1.3), self.colors.muted, bold=True)

    def _draw_bars(self, spec: ChartSpec, data: list[tuple[float | None, ...]]) -> None:
        count = len(data)
        width = 0.8 / max(count, 1)
        for index, row in enumerate(data):
            places = [i - 0.4 + width * (index + 0.5) for i in range(len(row))]
            present = [(place, value) for place, value in zip(places, row, strict=True) if value is not None]
            if present and spec.is_horizontal:
                self.plot.addItem(pg.BarGraphItem(x0=0, y=[p for p, _ in present], width=[v for _, v in present],
                                                  height=width * 0.9, brush=spec.color(index), pen=None))
            elif present:
                self.plot.addItem(pg.BarGraphItem(x=[p for p, _ in present], height=[v for _, v in present],
                                                  width=width * 0.9, brush=spec.color(index), pen=None))
            for place, value in zip(places, row, strict=True):
                if value is None:
                    self._mark_missing(spec, place)
            if spec.data_labels and self._room_for_labels(spec, width):
                for place, value in zip(places, row, strict=True):
                    if value is None:
                        continue
                    if spec.is_horizontal:
                        self._label(formatting.number(value), value, place, (0.0 if value >= 0 else 1.0, 0.5))
                    else:
                        self._label(formatting.number(value), place, value, (0.5, 1.0 if value >= 0 else 0.0))

    def _room_for_labels(self, spec: ChartSpec, thickness: float) -> bool:
        """Whether a lying bar ``thickness`` category units thick is tall enough for its value label."""
        if not spec.is_horizontal:
            return True
        plot_height = max(1.0, self.plot.height() - 60)  # the view box, roughly, before it is laid out
        return plot_height / max(1, len(spec.categories)) * thickness >= QFontMetricsF(self.font()).height() * 0.8

    def _draw_stacked(self, spec: ChartSpec, data: list[tuple[float | None, ...]]) -> None:
        count = len(spec.categories)
        up, down = [0.0] * count, [0.0] * count
        tallest = max((sum(v for row in data if (v := row[i]) is not None and v > 0) for i in range(count)),
                      default=0.0) or 1.0
        for index, row in enumerate(data):
            places, bases, heights = [], [], []
            for i, value in enumerate(row):
                if value is None:  # no part of the stack for a value without data
                    continue
                base = up[i] if value >= 0 else down[i]
                places.append(i)
                bases.append(base)
                heights.append(value)
                if value >= 0:
                    up[i] += value
                else:
                    down[i] += value
            pen = pg.mkPen(self.colors.background, width=1)
            if places and spec.is_horizontal:
                self.plot.addItem(pg.BarGraphItem(x0=bases, y=places, width=heights, height=0.6,
                                                  brush=spec.color(index), pen=pen))
            elif places:
                self.plot.addItem(pg.BarGraphItem(x=places, y0=bases, height=heights, width=0.6,
                                                  brush=spec.color(index), pen=pen))
            if spec.data_labels and len(data) > 1:
                for i, base, value in zip(places, bases, heights, strict=True):
                    if abs(value) >= tallest * 0.07:
                        middle = (base + value / 2, i) if spec.is_horizontal else (i, base + value / 2)
                        self._label(formatting.number(value), *middle, (0.5, 0.5), "#ffffff")
        for i in range(count):
            if all(row[i] is None for row in data):
                self._mark_missing(spec, i)
        if spec.data_labels:
            self._label_stack_totals(spec, data, up)

    def _label_stack_totals(self, spec: ChartSpec, data: list[tuple[float | None, ...]], up: list[float]) -> None:
        """Each stack's total as a label past its end (``up``: where its positive parts end)."""
        for i in range(len(spec.categories)):
            present = [row[i] for row in data if row[i] is not None]
            if present:
                if spec.is_horizontal:
                    self._label(formatting.number(sum(present)), up[i], i, (0.0, 0.5))
                else:
                    self._label(formatting.number(sum(present)), i, up[i], (0.5, 1.0))

    def _draw_lines(self, spec: ChartSpec, data: list[tuple[float | None, ...]]) -> None:
        for i in sorted({j for _, j in spec.missing}):  # the line breaks there (connect="finite")
            self._mark_missing(spec, i)
        symbols = ("o", "s", "d", "t")
        for index, row in enumerate(data):
            color = spec.color(index)
            ys = [v if v is not None else math.nan for v in row]
            self.plot.plot(list(range(len(ys))), ys, pen=pg.mkPen(color, width=2.5), symbol=symbols[index % 4],
                           symbolBrush=color, symbolPen=None, symbolSize=7, connect="finite")
            if not spec.data_labels:
                continue
            present = [i for i, v in enumerate(row) if v is not None]
            shown = present if len(data) == 1 else present[-1:]  # several lines: only the last value
            for i in shown:
                self._label(formatting.number(row[i]), i, row[i], (0.5, 1.3), color)  # type: ignore[arg-type]


def _legend_html(spec: ChartSpec) -> str:
    parts = [f'<span style="color:{spec.color(i)}">■</span>&nbsp;{_escape(s.name)}'
             for i, s in enumerate(spec.series)]
    return "&nbsp;&nbsp;&nbsp;&nbsp;".join(parts)


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def _wrapped(spec: ChartSpec, metrics: QFontMetricsF, room: float, max_lines: int | None = None) -> list[str] | None:
    """Each category label wrapped (the domain's rule) so that every line is at most ``room`` pixels
    wide, on at most ``max_lines`` lines; None when no wrapping fits. Without ``max_lines`` the
    narrowest wrapping is returned when none fits (a label is never shortened)."""
    longest = max((len(c) for c in spec.categories), default=0)
    for chars in range(max(LABEL_WRAP, longest), 3, -1):  # the widest lines that fit: the fewest lines
        texts = [wrap_label(c, chars) for c in spec.categories]
        if max_lines and any(len(t) > max_lines for t in texts):
            return None
        if all(metrics.horizontalAdvance(part) <= room for t in texts for part in t):
            return ["\n".join(t) for t in texts]
    return None if max_lines else ["\n".join(wrap_label(c, 4)) for c in spec.categories]


class _PaintedChart(QWidget):
    """A chart drawn with QPainter on white; ``spec`` is what it shows, None for nothing."""

    min_height = 140

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.spec: ChartSpec | None = None
        self.colors = PAPER
        self.setMinimumHeight(self.min_height)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)

    def set_spec(self, spec: ChartSpec | None) -> None:
        self.spec = spec
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.fillRect(self.rect(), QColor(self.colors.background))
        if self.spec is not None:
            self._paint(painter, self.spec)

    def _paint(self, painter: QPainter, spec: ChartSpec) -> None:
        raise NotImplementedError


class CircleChart(_PaintedChart):
    """A pie or donut drawn with QPainter (pyqtgraph has none), with a legend of values and shares."""

    min_height = 160

    def _paint(self, painter: QPainter, spec: ChartSpec) -> None:
        values = [v if v is not None and v > 0 else 0.0 for v in spec.values(0)] if spec.series else []
        total = sum(values)
        if total <= 0:
            painter.setPen(QColor(self.colors.muted))
            painter.drawText(self.rect(), Qt.AlignmentFlag.AlignCenter,
                             translate("ChartView", "Tidak ada data untuk grafik ini."))
            return
        width, height = self.width(), self.height()
        diameter = max(40.0, min(height - 16.0, width * 0.48))
        circle = QRectF(8, (height - diameter) / 2, diameter, diameter)
        angle = 90.0
        for index, value in enumerate(values):
            sweep = value / total * 360
            painter.setBrush(QBrush(QColor(spec.color(index))))
            painter.setPen(QPen(QColor(self.colors.background), 1.5))
            painter.drawPie(circle, round(angle * 16), round(-sweep * 16))
            angle -= sweep
        base = QFont(self.font())
        if spec.kind is ChartKind.DONUT:
            self._paint_hole(painter, spec, circle, total, base)
        if spec.data_labels:  # shares inside slices big enough to hold them
            self._paint_shares(painter, spec, values, circle, base)
        self._paint_legend(painter, spec, values, circle, base)

    def _paint_hole(self, painter: QPainter, spec: ChartSpec, circle: QRectF, total: float, base: QFont) -> None:
        """A donut's hole, with the total in it."""
        center, diameter = circle.center(), circle.width()
        hole = diameter * 0.55
        painter.setBrush(QBrush(QColor(self.colors.background)))
        painter.setPen(Qt.PenStyle.NoPen)
        painter.drawEllipse(center, hole / 2, hole / 2)
        big = QFont(base)
        big.setBold(True)
        big.setPointSizeF(max(7.0, diameter / 18))
        text = figure_text(total, spec.unit)
        while QFontMetricsF(big).horizontalAdvance(text) > hole * 0.9 and big.pointSizeF() > 6:
            big.setPointSizeF(big.pointSizeF() - 0.5)
        painter.setFont(big)
        painter.setPen(QColor(self.colors.text))
        line = QFontMetricsF(big).height()
        painter.drawText(QRectF(center.x() - hole / 2, center.y() - line, hole, line),
                         Qt.AlignmentFlag.AlignCenter, text)
        painter.setFont(base)
        painter.setPen(QColor(self.colors.muted))
        painter.drawText(QRectF(center.x() - hole / 2, center.y(), hole, QFontMetricsF(base).height()),
                         Qt.AlignmentFlag.AlignCenter, translate("ChartView", "Total"))

    def _paint_shares(self, painter: QPainter, spec: ChartSpec, values: list[float], circle: QRectF,
                      base: QFont) -> None:
        """Each slice's share inside it, when the slice is big enough to hold it."""
        center, diameter, total = circle.center(), circle.width(), sum(values)
        ring = 0.775 if spec.kind is ChartKind.DONUT else 0.62
        small = QFont(base)
        small.setPointSizeF(max(6.0, min(base.pointSizeF(), diameter / 26)))
        metrics = QFontMetricsF(small)
        painter.setFont(small)
        painter.setPen(QColor("white"))
        angle = 90.0
        for value in values:
            sweep = value / total * 360
            middle = math.radians(angle - sweep / 2)
            angle -= sweep
            text = formatting.percent(value / total * 100)
            arc = math.radians(sweep) * diameter / 2 * ring
            if value / total < 0.04 or metrics.horizontalAdvance(text) > arc * 0.9:
                continue
            point = QPointF(center.x() + math.cos(middle) * diameter / 2 * ring,
                            center.y() - math.sin(middle) * diameter / 2 * ring)
            box = QRectF(point.x() - 60, point.y() - metrics.height() / 2, 120, metrics.height())
            painter.drawText(box, Qt.AlignmentFlag.AlignCenter, text)

    def _paint_legend(self, painter: QPainter, spec: ChartSpec, values: list[float], circle: QRectF,
                      base: QFont) -> None:
        """The legend right of the circle: colour, category, value (share)."""
        width, center, total = self.width(), circle.center(), sum(values)
        painter.setFont(base)
        metrics = QFontMetricsF(base)
        row = metrics.height() * 1.35
        names = list(spec.categories)
        x0 = circle.right() + 20
        y = center.y() - row * len(names) / 2
        entries = [formatting.NO_VALUE if raw is None else f"{formatting.number(v)} ({formatting.percent(v / total * 100)})"
                   for raw, v in zip(spec.values(0), values, strict=True)]
        value_width = max(metrics.horizontalAdvance(e) for e in entries) if spec.data_labels else 0.0
        name_room = max(30.0, width - x0 - metrics.height() - 8 - (value_width + 12 if spec.data_labels else 0))
        name_width = min(name_room, max(metrics.horizontalAdvance(n) for n in names))
        box = metrics.height() * 0.7
        for index, (name, entry) in enumerate(zip(names, entries, strict=True)):
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(QBrush(QColor(spec.color(index))))
            painter.drawRect(QRectF(x0, y + (row - box) / 2, box, box))
            painter.setPen(QColor(self.colors.text))
            text_x = x0 + box + 6
            painter.drawText(QRectF(text_x, y, name_room, row), Qt.AlignmentFlag.AlignVCenter,
                             metrics.elidedText(name, Qt.TextElideMode.ElideRight, name_room))
            if spec.data_labels:
                painter.setPen(QColor(self.colors.muted))
                painter.drawText(QRectF(text_x + name_width + 12, y, value_width + 4, row),
                                 Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignRight, entry)
            y += row


class KeyFigureCard(_PaintedChart):
    """A key figure: title, one big number with its unit, subtitle and change, centred on a card."""

    min_height = 140

    def _paint(self, painter: QPainter, spec: ChartSpec) -> None:
        card = QRectF(self.rect()).adjusted(2, 2, -2, -2)
        painter.setPen(QPen(QColor(self.colors.card_border), 1))
        painter.setBrush(QBrush(QColor(self.colors.card_fill)))
        painter.drawRect(card)
        painter.fillRect(QRectF(card.left(), card.top(), max(4.0, card.width() / 120), card.height()),
                         QColor(spec.color(0)))
        base = QFont(self.font())
        scale = max(1.0, min(card.height() / 160, card.width() / 360))
        title_font, small = QFont(base), QFont(base)
        title_font.setBold(True)
        title_font.setPointSizeF(base.pointSizeF() * 1.2 * scale)
        small.setPointSizeF(base.pointSizeF() * scale)
        big = QFont(base)
        big.setBold(True)
        big.setPointSizeF(base.pointSizeF() * 3.6 * scale)
        number = figure_text(spec.key_value, spec.unit)
        room = card.width() - 24
        while QFontMetricsF(big).horizontalAdvance(number) > room and big.pointSizeF() > base.pointSizeF():
            big.setPointSizeF(big.pointSizeF() * 0.92)
        lines = []
        if spec.title.strip():
            lines.append((spec.title, title_font, QColor(self.colors.text)))
        lines.append((number, big, QColor(spec.color(0))))
        if spec.subtitle.strip():
            lines.append((spec.subtitle, small, QColor(self.colors.muted)))
        if spec.change_text.strip():
            lines.append((spec.change_text, small, QColor(self.colors.text)))
        heights = [QFontMetricsF(font).height() * 1.15 for _, font, _ in lines]
        y = card.center().y() - sum(heights) / 2
        for (text, font, color), line_height in zip(lines, heights, strict=True):
            painter.setFont(font)
            painter.setPen(color)
            shown = QFontMetricsF(font).elidedText(text, Qt.TextElideMode.ElideRight, room)
            painter.drawText(QRectF(card.left() + 12, y, room, line_height), Qt.AlignmentFlag.AlignCenter, shown)
            y += line_height
