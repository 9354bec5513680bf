"""Vector bar charts for the publication PDF: a ChartSpec drawn as a reportlab Drawing."""

from __future__ import annotations

import math
import re
from dataclasses import dataclass

from reportlab.graphics.charts.barcharts import VerticalBarChart
from reportlab.graphics.shapes import Drawing, Group, Rect, String
from reportlab.lib.colors import HexColor
from reportlab.lib.utils import simpleSplit
from reportlab.pdfbase.pdfmetrics import stringWidth

from desktop_app.domain import formatting
from desktop_app.domain.charts import ChartKind, ChartSpec

# Font sizes (points) of the parts of a chart.
TICK_SIZE = 7.0
CATEGORY_SIZE = 7.0
DATA_LABEL_SIZE = 6.0
AXIS_TITLE_SIZE = 7.5
LEGEND_SIZE = 7.5

PLOT_HEIGHT = 170.0
MIN_LABEL_SIZE = 4.5
MAX_ROTATED_LABEL = 110.0  # longest rotated category label, in points, before it is shortened
ELLIPSIS = "…"
_CONTROL = re.compile(r"[\x00-\x1f\x7f\ud800-\udfff]")
TEXT_COLOR = HexColor("#222222")
GRID_COLOR = HexColor("#d9dde2")
AXIS_COLOR = HexColor("#555555")


@dataclass(frozen=True)
class CategoryLabels:
    """How category labels are set under the bars: 'single', 'wrapped' (up to three lines) or 'rotated'."""

    mode: str
    texts: tuple[str, ...]
    height: float  # vertical room the labels need below the axis
    size: float = CATEGORY_SIZE  # font size
    angle: float = 0  # 45 or 90 when rotated


def one_line(text: object) -> str:
    """Chart text on one line: control characters and line breaks become spaces, runs collapse."""
    return " ".join(_CONTROL.sub(" ", str(text)).split())


def fit_text(text: str, font: str, size: float, width: float) -> str:
    """Shorten text with an ellipsis so that it is at most ``width`` points wide."""
    if stringWidth(text, font, size) <= width:
        return text
    low, high = 0, len(text)  # binary search for the longest prefix that fits with the ellipsis
    while low < high:
        middle = (low + high + 1) // 2
        if stringWidth(text[:middle] + ELLIPSIS, font, size) <= width:
            low = middle
        else:
            high = middle - 1
    return text[:low].rstrip() + ELLIPSIS


def category_label_layout(
    labels: tuple[str, ...], slot: float, font: str, size: float = CATEGORY_SIZE
) -> CategoryLabels:
    """Choose a label layout so that neighbouring category labels never overlap.

    In order of preference: one horizontal line (the font may shrink a little), up to three
    horizontal lines, or rotated labels (shortened with an ellipsis when very long).
    """
    room = slot * 0.92
    for smaller in (size, size - 0.5, size - 1):
        if all(stringWidth(label, font, smaller) <= room for label in labels):
            return CategoryLabels("single", labels, smaller * 1.2 + 4, smaller)
    wrapped = [simpleSplit(label, font, size, room) for label in labels]
    if all(len(lines) <= 3 and all(stringWidth(ln, font, size) <= room for ln in lines) for lines in wrapped):
        lines = max(len(w) for w in wrapped)
        return CategoryLabels("wrapped", tuple("\n".join(w) for w in wrapped), lines * size * 1.2 + 4, size)
    # Rotated: parallel labels one slot apart; at 45° their distance is slot·sin 45°. When even 90°
    # labels at a small size are too close, only every n-th category is labelled.
    angle, step = 45.0, 1
    if slot * math.sin(math.radians(45)) < size * 1.15:
        angle, size = 90.0, max(MIN_LABEL_SIZE, min(size, slot / 1.15))
        step = max(1, math.ceil(size * 1.15 / slot))
    texts = tuple(fit_text(label, font, size, MAX_ROTATED_LABEL) if i % step == 0 else ""
                  for i, label in enumerate(labels))
    widest = max(stringWidth(t, font, size) for t in texts)
    reach = math.sin(math.radians(angle)) * widest + math.cos(math.radians(angle)) * size
    return CategoryLabels("rotated", texts, reach + 6, size, angle)


def nice_step(span: float, ticks: int = 5) -> float:
    """A round tick step (1, 2, 2.5 or 5 times a power of ten) giving about ``ticks`` intervals."""
    if span <= 0:
        return 1.0
    raw = span / ticks
    magnitude = 10 ** math.floor(math.log10(raw))
    for factor in (1, 2, 2.5, 5, 10):
        if factor * magnitude >= raw:
            return factor * magnitude
    return 10 * magnitude


def _decimals(step: float) -> int:
    for decimals in range(3):
        if abs(step * 10**decimals - round(step * 10**decimals)) < 1e-9:
            return decimals
    return 2


def _clean(value: object) -> float | None:
    try:
        number = float(value)  # type: ignore[arg-type]
    except (TypeError, ValueError):
        return None
    return number if math.isfinite(number) else None


def _value_range(data: list[list[float | None]], headroom: float) -> tuple[float, float, float]:
    """(min, max, step) of the value axis, with ``headroom`` (a share of the plot) free above the bars."""
    values = [v for row in data for v in row if v is not None]
    low = min([0.0, *values])
    high = max([0.0, *values])
    top = high + (high - low) * headroom / max(1e-9, 1 - headroom)
    if top == low:
        top = low + 1
    step = nice_step(top - low)
    return math.floor(low / step) * step, math.ceil(top / step) * step, step


def _message_drawing(width: float, text: str, font: str) -> Drawing:
    drawing = Drawing(width, 40, initialFontName=font)
    drawing.add(Rect(0, 0, width, 40, strokeColor=GRID_COLOR, fillColor=None))
    drawing.add(String(width / 2, 16, text, fontName=font, fontSize=8, textAnchor="middle", fillColor=AXIS_COLOR))
    return drawing


def _legend(spec: ChartSpec, width: float, font: str) -> tuple[list[list[tuple[int, str, float]]], float]:
    """Series names packed into centred rows: ([[(index, name, item width)]], total height)."""
    rows: list[list[tuple[int, str, float]]] = [[]]
    used = 0.0
    for index, series in enumerate(spec.series):
        name = fit_text(one_line(series.name), font, LEGEND_SIZE, width / 2)
        item = 8 + 4 + stringWidth(name, font, LEGEND_SIZE) + 14
        if rows[-1] and used + item > width:
            rows.append([])
            used = 0.0
        rows[-1].append((index, name, item))
        used += item
    return rows, len(rows) * 12 + 6


def bar_chart_drawing(spec: ChartSpec, width: float, font: str = "DejaVuSans") -> Drawing:
    """Draw ``spec`` as a grouped vertical bar chart ``width`` points wide (fonts must be registered)."""
    categories = tuple(one_line(c) for c in spec.categories)
    if spec.kind is not ChartKind.BAR:
        return _message_drawing(width, f"Jenis grafik tidak didukung: {spec.kind}", font)
    if not categories or not spec.series:
        return _message_drawing(width, "Tidak ada data untuk grafik ini.", font)
    count = len(categories)
    data = [[_clean(v) for v in (tuple(s.values) + (None,) * count)[:count]] for s in spec.series]

    axis_title, x_title = one_line(spec.y_label), one_line(spec.x_label)
    if spec.unit.strip():
        unit = one_line(spec.unit)
        axis_title = f"{axis_title} ({unit})" if axis_title else unit

    # First guess of the plot width, to decide how bar labels are set and how much headroom they need.
    left_guess = 40 + (14 if axis_title else 0)
    slot = (width - left_guess - 8) / count
    per_group = len(spec.series)
    bar_units, group_gap = 10.0, (7.0 if per_group > 1 else 6.0)
    bar_width = slot * bar_units / (per_group * bar_units + group_gap)
    label_text = [[formatting.number(v) if v is not None else "" for v in row] for row in data]
    widest_label = max((stringWidth(t, font, DATA_LABEL_SIZE) for row in label_text for t in row), default=0)
    show_labels = spec.data_labels and bar_width >= DATA_LABEL_SIZE * 0.9
    rotate_labels = show_labels and widest_label > bar_width * 1.1
    label_room = (widest_label + 4 if rotate_labels else DATA_LABEL_SIZE * 1.2 + 3) if show_labels else 4
    low, high, step = _value_range(data, label_room / PLOT_HEIGHT)
    decimals = _decimals(step)
    ticks = [low + i * step for i in range(round((high - low) / step) + 1)]
    tick_width = max(stringWidth(formatting.number(t, decimals), font, TICK_SIZE) for t in ticks)

    left = tick_width + 8 + (14 if axis_title else 0)
    plot_width = width - left - 8
    labels = category_label_layout(categories, plot_width / count, font)
    if labels.mode == "rotated":
        # A rotated first label reaches left of its category; keep it inside the drawing.
        reach = stringWidth(labels.texts[0], font, labels.size) * math.cos(math.radians(labels.angle))
        if reach > left + plot_width / count / 2:
            left = reach - plot_width / count / 2 + 2
            plot_width = width - left - 8
    rows, legend_height = _legend(spec, width, font) if per_group > 1 else ([], 0.0)
    x_title_height = AXIS_TITLE_SIZE * 1.2 + 4 if x_title else 0.0
    bottom = legend_height + x_title_height + labels.height + 4
    drawing = Drawing(width, bottom + PLOT_HEIGHT + 8, initialFontName=font)

    chart = VerticalBarChart()
    chart.x, chart.y, chart.width, chart.height = left, bottom, plot_width, PLOT_HEIGHT
    chart.data = data
    chart.barWidth, chart.groupSpacing, chart.barSpacing = bar_units, group_gap, 0.6
    for index in range(per_group):
        chart.bars[index].fillColor = HexColor(spec.color(index))
        chart.bars[index].strokeColor = None
    chart.valueAxis.valueMin, chart.valueAxis.valueMax, chart.valueAxis.valueStep = low, high, step
    chart.valueAxis.labelTextFormat = lambda v: formatting.number(v, decimals)
    chart.valueAxis.labels.fontName = font
    chart.valueAxis.labels.fontSize = TICK_SIZE
    chart.valueAxis.labels.fillColor = TEXT_COLOR
    chart.valueAxis.strokeColor = AXIS_COLOR
    chart.valueAxis.visibleGrid = True
    chart.valueAxis.gridStrokeColor = GRID_COLOR
    chart.valueAxis.gridStrokeWidth = 0.5
    chart.valueAxis.visibleAxis = False
    chart.valueAxis.visibleTicks = False
    chart.valueAxis.labels.dx = -3
    chart.categoryAxis.categoryNames = list(labels.texts)
    chart.categoryAxis.strokeColor = AXIS_COLOR
    chart.categoryAxis.visibleTicks = False
    chart.categoryAxis.labels.fontName = font
    chart.categoryAxis.labels.fontSize = labels.size
    chart.categoryAxis.labels.fillColor = TEXT_COLOR
    if low < 0:
        chart.categoryAxis.labelAxisMode = "low"  # labels under the plot, not over negative bars
    if labels.mode == "rotated":
        chart.categoryAxis.labels.angle = labels.angle
        chart.categoryAxis.labels.boxAnchor = "ne" if labels.angle == 45 else "e"
        chart.categoryAxis.labels.dx, chart.categoryAxis.labels.dy = 0, -3
    else:
        chart.categoryAxis.labels.boxAnchor = "n"
        chart.categoryAxis.labels.textAnchor = "middle"
        chart.categoryAxis.labels.dy = -4
    if show_labels:
        chart.barLabelFormat = formatting.number
        chart.barLabels.fontName = font
        chart.barLabels.fontSize = DATA_LABEL_SIZE
        chart.barLabels.fillColor = TEXT_COLOR
        chart.barLabels.nudge = 2
        # Anchors are in the label's own (unrotated) frame: "w" is the bottom end of a 90° label.
        chart.barLabels.boxAnchor = "w" if rotate_labels else "s"
        chart.barLabels.angle = 90 if rotate_labels else 0
    drawing.add(chart)

    if axis_title:
        title = fit_text(axis_title, font, AXIS_TITLE_SIZE, PLOT_HEIGHT)
        rotated = Group(String(0, 0, title, fontName=font, fontSize=AXIS_TITLE_SIZE, textAnchor="middle",
                               fillColor=TEXT_COLOR))
        rotated.transform = (0, 1, -1, 0, AXIS_TITLE_SIZE + 1, bottom + PLOT_HEIGHT / 2)
        drawing.add(rotated)
    if x_title:
        drawing.add(String(left + plot_width / 2, legend_height + 4,
                           fit_text(x_title, font, AXIS_TITLE_SIZE, plot_width),
                           fontName=font, fontSize=AXIS_TITLE_SIZE, textAnchor="middle", fillColor=TEXT_COLOR))
    for row_no, row in enumerate(rows):
        y = legend_height - 12 * (row_no + 1)
        x = (width - sum(item for _, _, item in row) + 14) / 2
        for index, name, item in row:
            drawing.add(Rect(x, y, 8, 8, fillColor=HexColor(spec.color(index)), strokeColor=None))
            drawing.add(String(x + 12, y + 1, name, fontName=font, fontSize=LEGEND_SIZE, fillColor=TEXT_COLOR))
            x += item
    return drawing
