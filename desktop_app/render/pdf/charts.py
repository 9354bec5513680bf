"""Vector charts for the publication PDF and SVG export: a ChartSpec drawn as a reportlab Drawing.

:func:`chart_drawing` draws every kind (grouped and stacked bars, lines, pie, donut, key figure);
:func:`bar_chart_drawing` is kept for callers that only know bars and hands other kinds on.
"""

from __future__ import annotations

import dataclasses
import math
import re
from dataclasses import dataclass

from reportlab.graphics.charts.barcharts import HorizontalBarChart, VerticalBarChart
from reportlab.graphics.charts.doughnut import Doughnut
from reportlab.graphics.charts.linecharts import HorizontalLineChart
from reportlab.graphics.charts.piecharts import Pie
from reportlab.graphics.charts.textlabels import NA_Label
from reportlab.graphics.shapes import Drawing, Group, Rect, String
from reportlab.graphics.widgets.markers import makeMarker
from reportlab.lib.colors import HexColor
from reportlab.lib.utils import simpleSplit
from reportlab.pdfbase.pdfmetrics import getRegisteredFontNames, stringWidth

from desktop_app.domain import formatting
from desktop_app.domain.charts import (
    LABEL_WRAP,
    MAX_LABEL_LINES,
    MISSING_NOTE,
    ChartKind,
    ChartSpec,
    figure_text,
    wrap_label,
)

# Font sizes (points) of the parts of a chart.
TICK_SIZE = 7.0
CATEGORY_SIZE = 7.0
DATA_LABEL_SIZE = 6.0
AXIS_TITLE_SIZE = 7.5
LEGEND_SIZE = 7.5

PLOT_HEIGHT = 170.0
MIN_LABEL_SIZE = 4.5
MAX_ROTATED_LABEL = 110.0  # longest line of a rotated category label, in points, before it wraps
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
    horizontal lines, or rotated labels (wrapped when very long, never shortened).
    """
    room = slot * 0.92
    for smaller in (size, size - 0.5, size - 1):
        if all(stringWidth(label, font, smaller) <= room for label in labels):
            return CategoryLabels("single", labels, smaller * 1.2 + 4, smaller)
    wrapped = [simpleSplit(label, font, size, room) for label in labels]
    if all(len(lines) <= MAX_LABEL_LINES and all(stringWidth(ln, font, size) <= room for ln in lines)
           for lines in wrapped):
        lines = max(len(w) for w in wrapped)
        return CategoryLabels("wrapped", tuple("\n".join(w) for w in wrapped), lines * size * 1.2 + 4, size)
    # Rotated: parallel labels one slot apart; at 45° their distance is slot·sin 45°. When even 90°
    # labels at a small size are too close, only every n-th category is labelled.
    angle, step = 45.0, 1
    if slot * math.sin(math.radians(45)) < size * 1.15:
        angle, size = 90.0, max(MIN_LABEL_SIZE, min(size, slot / 1.15))
        step = max(1, math.ceil(size * 1.15 / slot))
    # Never shortened (two labels that begin alike must stay two labels): a long one is wrapped onto
    # as many lines as fit between its neighbours, else it stays one long line.
    chars = max(8, int(MAX_ROTATED_LABEL / max(stringWidth("n", font, size), 0.1)))
    max_lines = max(1, int(slot * step * math.sin(math.radians(angle)) / (size * 2.5)))  # room to spare
    texts = tuple("\n".join(_wrap_to_lines(label, max_lines, chars)) if i % step == 0 else ""
                  for i, label in enumerate(labels))
    widest = max(stringWidth(line, font, size) for t in texts for line in t.split("\n"))
    lines = max(t.count("\n") + 1 for t in texts)
    reach = math.sin(math.radians(angle)) * widest + math.cos(math.radians(angle)) * size * 1.2 * lines
    return CategoryLabels("rotated", texts, reach + 6, size, angle)


def _wrap_to_lines(label: str, max_lines: int, chars: int) -> tuple[str, ...]:
    """``label`` wrapped at ``chars`` characters or more, on at most ``max_lines`` lines."""
    if max_lines <= 1:
        return (label,)
    chars = max(chars, math.ceil(len(label) / max_lines))
    lines = wrap_label(label, chars)
    while len(lines) > max_lines:
        chars += 2
        lines = wrap_label(label, chars)
    return lines


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


def _bold(font: str) -> str:
    """The bold face of ``font`` when one is registered (DejaVuSans-Bold), else ``font`` itself."""
    bold = f"{font}-Bold"
    return bold if bold in getRegisteredFontNames() else font


def _axis_title(spec: ChartSpec) -> str:
    title = one_line(spec.y_label)
    if spec.unit.strip():
        unit = one_line(spec.unit)
        title = f"{title} ({unit})" if title else unit
    return title


def _draw_legend(drawing: Drawing, rows: list[list[tuple[int, str, float]]], top: float, width: float,
                 font: str, color_of) -> None:  # noqa: ANN001 - a callable index -> hex colour
    for row_no, row in enumerate(rows):
        y = top - 12 * (row_no + 1)
        x = (width - sum(item for _, _, item in row) + 14) / 2
        for index, name, item in row:
            drawing.add(Rect(x, y, 8, 8, fillColor=HexColor(color_of(index)), strokeColor=None))
            drawing.add(String(x + 12, y + 1, name, fontName=font, fontSize=LEGEND_SIZE, fillColor=TEXT_COLOR))
            x += item


MARK_SIZE = 8.0  # the NO_VALUE mark where a value has no data
NOTE_HEIGHT = LEGEND_SIZE * 1.2 + 6  # the line under a chart with a value without data: MISSING_NOTE


def chart_drawing(spec: ChartSpec, width: float, font: str = "DejaVuSans", *,
                  height: float | None = None) -> Drawing:
    """Draw ``spec`` (any kind) ``width`` points wide; fonts must be registered.

    Without ``height`` the drawing takes the height its kind needs (a 170 pt plot); with it, the
    plot grows or shrinks so that the whole drawing is about ``height`` points high. A value without
    data is a gap marked NO_VALUE (no bar, a break in the line), with MISSING_NOTE under the chart.
    """
    if not spec.has_missing:
        return _drawing(spec, width, font, height)
    inner = _drawing(spec, width, font, None if height is None else max(40.0, height - NOTE_HEIGHT))
    drawing = Drawing(width, inner.height + NOTE_HEIGHT, initialFontName=font)
    placed = Group(*inner.contents)
    placed.translate(0, NOTE_HEIGHT)
    drawing.add(placed)
    drawing.add(String(width / 2, 3, MISSING_NOTE, fontName=font, fontSize=LEGEND_SIZE, textAnchor="middle",
                       fillColor=AXIS_COLOR))
    return drawing


def _no_value_label(font: str, anchor: str) -> NA_Label:
    """The mark reportlab puts where a bar has no value (NO_VALUE at the axis)."""
    label = NA_Label()
    label.text = formatting.NO_VALUE
    label.fontName = _bold(font)  # a thin dash on the axis is easily lost
    label.fontSize = MARK_SIZE
    label.fillColor = AXIS_COLOR
    label.boxAnchor = anchor
    label.nudge = 2
    return label


def _drawing(spec: ChartSpec, width: float, font: str, height: float | None) -> Drawing:
    if spec.kind is ChartKind.KEY_FIGURE:
        return _key_figure_drawing(spec, width, font, height)
    if not spec.categories or not spec.series:
        return _message_drawing(width, "Tidak ada data untuk grafik ini.", font)
    if spec.kind.is_circular:
        return _circular_drawing(spec, width, font, height)
    if spec.is_horizontal:
        return _horizontal_drawing(spec, width, font, height)
    if spec.kind in (ChartKind.BAR, ChartKind.STACKED_BAR, ChartKind.LINE):
        return _axis_drawing(spec, width, font, height)
    return _message_drawing(width, f"Jenis grafik tidak didukung: {spec.kind}", font)


def bar_chart_drawing(spec: ChartSpec, width: float, font: str = "DejaVuSans") -> Drawing:
    """Draw ``spec`` ``width`` points wide; bars as before, other kinds through :func:`chart_drawing`."""
    return chart_drawing(spec, width, font)


@dataclass(frozen=True)
class _Bars:
    """How wide each bar (or line slot) is and what the data labels over them say."""

    width: float
    range_data: list[list[float | None]]  # what the value axis must hold
    top_texts: list[str]
    totals: list[float | None]  # a stack's total per category (stacked bars only)
    positive: list[float]  # a stack's positive part per category (stacked bars only)


@dataclass(frozen=True)
class _AxisLayout:
    """Where the plot sits in the drawing and what its axes show."""

    left: float
    bottom: float
    plot_width: float
    plot_height: float
    low: float
    high: float
    step: float
    decimals: int
    labels: CategoryLabels
    legend_rows: list[list[tuple[int, str, float]]]
    legend_height: float
    show_labels: bool
    rotate_labels: bool


BAR_UNITS = 10.0  # a bar's width in reportlab's bar units; the gap between groups is in the same units


def _bars(kind: ChartKind, data: list[list[float | None]], count: int, slot: float) -> _Bars:
    """Step 1: the width of a bar in a category ``slot`` and the values its labels show."""
    per_group = len(data)
    group_gap = 7.0 if per_group > 1 else 6.0
    if kind is ChartKind.STACKED_BAR:
        positive = [sum(v for row in data if (v := row[i]) is not None and v > 0) for i in range(count)]
        negative = [sum(v for row in data if (v := row[i]) is not None and v < 0) for i in range(count)]
        totals = [sum(v for row in data if (v := row[i]) is not None) if any(r[i] is not None for r in data)
                  else None for i in range(count)]
        top_texts = [formatting.number(t) if t is not None else "" for t in totals] if per_group > 1 else []
        if per_group == 1:
            top_texts = [formatting.number(v) if v is not None else "" for v in data[0]]
        return _Bars(slot * BAR_UNITS / (BAR_UNITS + group_gap), [list(positive), list(negative)], top_texts,
                     totals, positive)
    top_texts = [formatting.number(v) if v is not None else "" for row in data for v in row]
    if kind is ChartKind.LINE:
        return _Bars(slot * 0.8, data, top_texts, [], [])
    return _Bars(slot * BAR_UNITS / (per_group * BAR_UNITS + group_gap), data, top_texts, [], [])


def _axis_layout(spec: ChartSpec, categories: tuple[str, ...], data: list[list[float | None]], width: float,
                 font: str, height: float | None) -> tuple[_AxisLayout, _Bars]:
    """Step 2: the value range and ticks, the room for the labels, legend and axis titles, the plot's place."""
    kind, count, per_group = spec.kind, len(categories), len(data)
    axis_title, x_title = _axis_title(spec), one_line(spec.x_label)
    # First guess of the plot width, to decide how value labels are set and how much headroom they need.
    left_guess = 40 + (14 if axis_title else 0)
    slot = (width - left_guess - 8) / count
    bars = _bars(kind, data, count, slot)
    widest_label = max((stringWidth(t, font, DATA_LABEL_SIZE) for t in bars.top_texts), default=0)
    show_labels = spec.data_labels and bars.width >= DATA_LABEL_SIZE * 0.9
    rotate_labels = show_labels and kind is not ChartKind.LINE and widest_label > bars.width * 1.1
    if kind is ChartKind.LINE and show_labels and widest_label > slot * 0.95:
        show_labels = False  # labels of neighbouring points would run into each other
    label_room = (widest_label + 4 if rotate_labels else DATA_LABEL_SIZE * 1.2 + 3) if show_labels else 4

    rows, legend_height = _legend(spec, width, font) if per_group > 1 else ([], 0.0)
    x_title_height = AXIS_TITLE_SIZE * 1.2 + 4 if x_title else 0.0
    plot_height = PLOT_HEIGHT
    if height is not None:  # the category labels are guessed at one line; corrected below
        plot_height = max(60.0, height - 8 - legend_height - x_title_height - (CATEGORY_SIZE * 1.2 + 8))
    low, high, step = _value_range(bars.range_data, label_room / plot_height)
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
    bottom = legend_height + x_title_height + labels.height + 4
    if height is not None:
        plot_height = max(60.0, height - 8 - bottom)
    return _AxisLayout(left, bottom, plot_width, plot_height, low, high, step, decimals, labels, rows,
                       legend_height, show_labels, rotate_labels), bars


def _style_series(chart: HorizontalLineChart | VerticalBarChart, spec: ChartSpec, data: list[list[float | None]],
                  runs: list[tuple[int, list[float | None]]], font: str) -> None:
    """Step 3: each series' colour; lines with a marker per point, bars with the gaps between groups."""
    if spec.kind is ChartKind.LINE:
        # reportlab joins the points on either side of a missing one: each run of values is a line of its own.
        chart.data = [row for _, row in runs] or data
        for line_no, (index, _row) in enumerate(runs or list(enumerate(data))):
            chart.lines[line_no].strokeColor = HexColor(spec.color(index))
            chart.lines[line_no].strokeWidth = 1.6
            marker = makeMarker(("FilledCircle", "FilledSquare", "FilledDiamond", "FilledTriangle")[index % 4])
            marker.size = 4
            marker.fillColor = HexColor(spec.color(index))
            marker.strokeColor = None
            chart.lines[line_no].symbol = marker
        return
    chart.barWidth, chart.groupSpacing, chart.barSpacing = BAR_UNITS, (7.0 if len(data) > 1 else 6.0), 0.6
    for index in range(len(data)):
        chart.bars[index].fillColor = HexColor(spec.color(index))
        chart.bars[index].strokeColor = HexColor("#ffffff") if spec.kind is ChartKind.STACKED_BAR else None
        chart.bars[index].strokeWidth = 0.5
    if spec.kind is ChartKind.STACKED_BAR:
        chart.categoryAxis.style = "stacked"
        chart.categoryNALabel = _no_value_label(font, "s")  # a category without any value
    else:
        chart.naLabel = _no_value_label(font, "s")


def _style_axes(chart: HorizontalLineChart | VerticalBarChart, layout: _AxisLayout, font: str) -> None:
    """Step 4: the value axis as a light grid with its ticks, the category axis with its labels."""
    decimals, labels = layout.decimals, layout.labels
    chart.valueAxis.valueMin, chart.valueAxis.valueMax, chart.valueAxis.valueStep = layout.low, layout.high, layout.step
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
    if layout.low < 0:
        chart.categoryAxis.labelAxisMode = "low"  # labels under the plot, not over negative bars
    if labels.mode == "rotated":
        chart.categoryAxis.labels.angle = labels.angle
        chart.categoryAxis.labels.boxAnchor = "ne" if labels.angle == 45 else "e"
        chart.categoryAxis.labels.dx, chart.categoryAxis.labels.dy = 0, -3
    else:
        chart.categoryAxis.labels.boxAnchor = "n"
        chart.categoryAxis.labels.textAnchor = "middle"
        chart.categoryAxis.labels.dy = -4


def _data_labels(chart: HorizontalLineChart | VerticalBarChart, kind: ChartKind, data: list[list[float | None]],
                 runs: list[tuple[int, list[float | None]]], layout: _AxisLayout, bar_width: float, font: str) -> None:
    """Step 5: the values on the bars or points (a stack's parts inside it, white, when they fit)."""
    per_group = len(data)
    if kind is ChartKind.STACKED_BAR and per_group > 1:
        # Each part labelled inside itself (white) when it is tall and wide enough; the total on top.
        per_unit = layout.plot_height / (layout.high - layout.low)

        def inside(value: float | None) -> str:
            if value is None:
                return ""
            text = formatting.number(value)
            fits = abs(value) * per_unit >= DATA_LABEL_SIZE * 1.5
            return text if fits and stringWidth(text, font, DATA_LABEL_SIZE) <= bar_width * 0.95 else ""

        chart.barLabelFormat = inside
        chart.barLabels.fontName = font
        chart.barLabels.fontSize = DATA_LABEL_SIZE
        chart.barLabels.fillColor = HexColor("#ffffff")
        chart.barLabels.boxTarget = "mid"
        chart.barLabels.boxAnchor = "c"
    elif kind in (ChartKind.BAR, ChartKind.STACKED_BAR):  # a stack of one series: plain bars
        chart.barLabelFormat = formatting.number
        chart.barLabels.fontName = font
        chart.barLabels.fontSize = DATA_LABEL_SIZE
        chart.barLabels.fillColor = TEXT_COLOR
        chart.barLabels.nudge = 2
        # Anchors are in the label's own (unrotated) frame: "w" is the bottom end of a 90° label.
        chart.barLabels.boxAnchor = "w" if layout.rotate_labels else "s"
        chart.barLabels.angle = 90 if layout.rotate_labels else 0
    elif kind is ChartKind.LINE:
        last = {(i, max((j for j, v in enumerate(row) if v is not None), default=-1)) for i, row in enumerate(data)}

        def line_label(text_format_row_col: tuple[int, int]) -> bool:
            return per_group == 1 or text_format_row_col in last

        chart.lineLabelFormat = "values"
        # reportlab counts a line's labels over its points (the missing ones left out).
        chart.lineLabelArray = [[formatting.number(v) if line_label((i, j)) else "" for j, v in enumerate(row)
                                 if v is not None] for i, row in (runs or list(enumerate(data)))]
        chart.lineLabels.fontName = font
        chart.lineLabels.fontSize = DATA_LABEL_SIZE
        chart.lineLabels.fillColor = TEXT_COLOR
        chart.lineLabels.boxAnchor = "s"
        chart.lineLabels.dy = 4


def _marks_and_totals(drawing: Drawing, spec: ChartSpec, layout: _AxisLayout, bars: _Bars, count: int,
                      font: str) -> None:
    """Step 6: a line's mark for a point without a value, and a stack's total over it."""
    left, bottom, low, high = layout.left, layout.bottom, layout.low, layout.high
    if spec.kind is ChartKind.LINE:  # a point without a value: the mark at the axis, under the break in the line
        base = bottom + (min(max(0.0, low), high) - low) * layout.plot_height / (high - low) + 2
        for j in sorted({j for _, j in spec.missing}):
            drawing.add(String(left + layout.plot_width / count * (j + 0.5), base, formatting.NO_VALUE,
                               fontName=_bold(font), fontSize=MARK_SIZE, textAnchor="middle", fillColor=AXIS_COLOR))
    if layout.show_labels and spec.kind is ChartKind.STACKED_BAR and len(spec.series) > 1:
        per_unit = layout.plot_height / (high - low)
        for i, total in enumerate(bars.totals):
            if total is None:
                continue
            x = left + layout.plot_width / count * (i + 0.5)
            y = bottom + (max(bars.positive[i], 0.0) - low) * per_unit + 2
            text = formatting.number(total)
            if layout.rotate_labels:
                group = Group(String(0, 0, text, fontName=font, fontSize=DATA_LABEL_SIZE, fillColor=TEXT_COLOR))
                group.transform = (0, 1, -1, 0, x + DATA_LABEL_SIZE * 0.35, y)
                drawing.add(group)
            else:
                drawing.add(String(x, y, text, fontName=font, fontSize=DATA_LABEL_SIZE, textAnchor="middle",
                                   fillColor=TEXT_COLOR))


def _axis_titles(drawing: Drawing, spec: ChartSpec, layout: _AxisLayout, font: str) -> None:
    """Step 7: the value axis's title up its side, the categories' title under them."""
    axis_title, x_title = _axis_title(spec), one_line(spec.x_label)
    if axis_title:
        title = fit_text(axis_title, font, AXIS_TITLE_SIZE, layout.plot_height)
        rotated = Group(String(0, 0, title, fontName=font, fontSize=AXIS_TITLE_SIZE, textAnchor="middle",
                               fillColor=TEXT_COLOR))
        rotated.transform = (0, 1, -1, 0, AXIS_TITLE_SIZE + 1, layout.bottom + layout.plot_height / 2)
        drawing.add(rotated)
    if x_title:
        drawing.add(String(layout.left + layout.plot_width / 2, layout.legend_height + 4,
                           fit_text(x_title, font, AXIS_TITLE_SIZE, layout.plot_width),
                           fontName=font, fontSize=AXIS_TITLE_SIZE, textAnchor="middle", fillColor=TEXT_COLOR))


def _axis_drawing(spec: ChartSpec, width: float, font: str, height: float | None) -> Drawing:
    """Grouped bars, stacked bars or lines over categories, with a value axis and a legend."""
    kind = spec.kind
    categories = tuple(one_line(c) for c in spec.categories)
    data = [list(spec.values(i)) for i in range(len(spec.series))]
    layout, bars = _axis_layout(spec, categories, data, width, font, height)
    drawing = Drawing(width, layout.bottom + layout.plot_height + 8, initialFontName=font)
    chart = HorizontalLineChart() if kind is ChartKind.LINE else VerticalBarChart()
    chart.x, chart.y, chart.width, chart.height = layout.left, layout.bottom, layout.plot_width, layout.plot_height
    chart.data = data
    runs = _runs(data) if kind is ChartKind.LINE else []
    _style_series(chart, spec, data, runs, font)
    _style_axes(chart, layout, font)
    if layout.show_labels:
        _data_labels(chart, kind, data, runs, layout, bars.width, font)
    drawing.add(chart)
    _marks_and_totals(drawing, spec, layout, bars, len(categories), font)
    _axis_titles(drawing, spec, layout, font)
    _draw_legend(drawing, layout.legend_rows, layout.legend_height, width, font, spec.color)
    return drawing


def _runs(data: list[list[float | None]]) -> list[tuple[int, list[float | None]]]:
    """Each series' runs of consecutive values: (series, its values in the run, None elsewhere)."""
    runs = []
    for index, row in enumerate(data):
        start = None
        for j, value in enumerate([*row, None]):
            if value is not None and start is None:
                start = j
            elif value is None and start is not None:
                runs.append((index, [v if start <= k < j else None for k, v in enumerate(row)]))
                start = None
    return runs


def horizontal_labels(spec: ChartSpec, room: float, font: str, size: float = CATEGORY_SIZE) -> tuple[str, ...]:
    """The category labels of horizontal bars, each wrapped (by the domain's rule) to lines at most
    ``room`` points wide; every character is kept."""
    for chars in range(LABEL_WRAP, 3, -2):
        texts = tuple("\n".join(lines) for lines in spec.category_lines(chars))
        if all(stringWidth(line, font, size) <= room for t in texts for line in t.split("\n")):
            return texts
    return tuple("\n".join(lines) for lines in spec.category_lines(4))


def _style_lying_axes(chart: HorizontalBarChart, texts: tuple[str, ...], size: float,
                      scale: tuple[float, float, float], font: str) -> None:
    """The category labels at the left (first category on top, as in the table), the values along the bottom
    with a light grid and no axis line."""
    low, high, step = scale
    decimals = _decimals(step)
    axis = chart.categoryAxis
    axis.categoryNames = list(texts)
    axis.reverseDirection = 1
    axis.strokeColor = AXIS_COLOR
    axis.visibleTicks = False
    axis.labels.fontName, axis.labels.fontSize, axis.labels.leading = font, size, size * 1.2
    axis.labels.fillColor = TEXT_COLOR
    axis.labels.boxAnchor, axis.labels.textAnchor, axis.labels.dx = "e", "end", -4
    if low < 0:
        axis.labelAxisMode = "low"
    values = chart.valueAxis
    values.valueMin, values.valueMax, values.valueStep = low, high, step
    values.labelTextFormat = lambda v: formatting.number(v, decimals)
    values.labels.fontName, values.labels.fontSize, values.labels.fillColor = font, TICK_SIZE, TEXT_COLOR
    values.labels.dy = -3
    values.visibleGrid, values.gridStrokeColor, values.gridStrokeWidth = True, GRID_COLOR, 0.5
    values.visibleAxis = values.visibleTicks = False


def _stack_totals(drawing: Drawing, data: list[list[float | None]], chart: HorizontalBarChart, slot: float,
                  span: tuple[float, float], font: str) -> None:
    """The total of each lying stack written just past its positive end (a category with no value gets none)."""
    low, high = span
    per_unit = chart.width / (high - low)
    for i in range(len(data[0]) if data else 0):
        present = [row[i] for row in data if row[i] is not None]
        if not present:
            continue
        ends = sum(v for v in present if v > 0)
        y = chart.y + chart.height - slot * (i + 0.5) - DATA_LABEL_SIZE * 0.35
        drawing.add(String(chart.x + (ends - low) * per_unit + 3, y, formatting.number(sum(present)), fontName=font,
                           fontSize=DATA_LABEL_SIZE, fillColor=TEXT_COLOR))


def _horizontal_drawing(spec: ChartSpec, width: float, font: str, height: float | None) -> Drawing:
    """Bars lying down (grouped or stacked): the wrapped category labels at the left, values along the bottom."""
    stacked = spec.kind is ChartKind.STACKED_BAR
    categories = tuple(one_line(c) for c in spec.categories)
    spec = dataclasses.replace(spec, categories=categories)
    count = len(categories)
    data = [list(spec.values(i)) for i in range(len(spec.series))]
    per_group = len(data)
    size = CATEGORY_SIZE
    texts = horizontal_labels(spec, width * 0.38, font, size)
    label_width = max(stringWidth(line, font, size) for t in texts for line in t.split("\n"))
    lines = max(t.count("\n") + 1 for t in texts)
    bar = 7.0  # thickness of one bar, points
    slot = max(lines * size * 1.2 + 5, (1 if stacked else per_group) * bar + 5)

    if stacked:
        range_data: list[list[float | None]] = [
            [sum(v for row in data if (v := row[i]) is not None and v > 0) for i in range(count)],
            [sum(v for row in data if (v := row[i]) is not None and v < 0) for i in range(count)]]
        end_texts = [formatting.number(sum(v for row in data if (v := row[i]) is not None))
                     for i in range(count) if any(row[i] is not None for row in data)]
    else:
        range_data = data
        end_texts = [formatting.number(v) for row in data for v in row if v is not None]
    show_labels = spec.data_labels
    label_room = (max((stringWidth(t, font, DATA_LABEL_SIZE) for t in end_texts), default=0) + 6) if show_labels else 4
    axis_title = _axis_title(spec)
    rows, legend_height = _legend(spec, width, font) if per_group > 1 else ([], 0.0)
    bottom = legend_height + (AXIS_TITLE_SIZE * 1.2 + 6 if axis_title else 0) + TICK_SIZE * 1.2 + 6
    left = label_width + 8
    plot_width = max(40.0, width - left - 10)
    if height is not None:  # fill the height given (thicker bars), or shrink the labels to fit it
        room = height - bottom - 6
        if room / count >= slot:
            slot = min(room / count, slot * 3)
        else:
            size = max(MIN_LABEL_SIZE, size * room / (count * slot))
            slot = max(room / count, lines * size * 1.2 + 2)
    plot_height = slot * count
    low, high, step = _value_range(range_data, label_room / plot_width)
    drawing = Drawing(width, bottom + plot_height + 6, initialFontName=font)

    chart = HorizontalBarChart()
    chart.x, chart.y, chart.width, chart.height = left, bottom, plot_width, plot_height
    # Grouped bars are drawn bottom-up within a category; reversed, the first series is on top, as in the legend.
    order = list(range(per_group)) if stacked else list(reversed(range(per_group)))
    chart.data = [data[i] for i in order]
    chart.barWidth, chart.groupSpacing, chart.barSpacing = 10.0, (7.0 if per_group > 1 else 6.0), 0.6
    for index, series in enumerate(order):
        chart.bars[index].fillColor = HexColor(spec.color(series))
        chart.bars[index].strokeColor = HexColor("#ffffff") if stacked else None
        chart.bars[index].strokeWidth = 0.5
    if stacked:
        chart.categoryAxis.style = "stacked"
        chart.categoryNALabel = _no_value_label(font, "w")
    else:
        chart.naLabel = _no_value_label(font, "w")
    _style_lying_axes(chart, texts, size, (low, high, step), font)
    if show_labels and not (stacked and per_group > 1):
        chart.barLabelFormat = lambda v: formatting.number(v) if v is not None else ""
        chart.barLabels.fontName = font
        chart.barLabels.fontSize = DATA_LABEL_SIZE
        chart.barLabels.fillColor = TEXT_COLOR
        chart.barLabels.boxAnchor = "w"  # flips to "e" for a negative bar
        chart.barLabels.nudge = 3
    drawing.add(chart)
    if show_labels and stacked and per_group > 1:  # the total at the end of each stack
        _stack_totals(drawing, data, chart, slot, (low, high), font)
    if axis_title:
        drawing.add(String(left + plot_width / 2, legend_height + 4, fit_text(axis_title, font, AXIS_TITLE_SIZE,
                                                                              plot_width),
                           fontName=font, fontSize=AXIS_TITLE_SIZE, textAnchor="middle", fillColor=TEXT_COLOR))
    _draw_legend(drawing, rows, legend_height, width, font, spec.color)
    return drawing


def _slice_shares(drawing: Drawing, kind: ChartKind, values: list[float], shares: list[float],
                  circle: tuple[float, float, float], font: str) -> None:
    """Each slice's share printed inside it, where the slice is big enough to hold the text."""
    cx, cy, diameter = circle
    total = sum(values)
    ring = 0.775 if kind is ChartKind.DONUT else 0.62
    angle = 90.0
    for value, share in zip(values, shares, strict=True):
        sweep = value / total * 360
        middle = math.radians(angle - sweep / 2)
        angle -= sweep
        text = formatting.percent(share)
        size = max(MIN_LABEL_SIZE, min(9.0, diameter / 22))
        arc = math.radians(sweep) * diameter / 2 * ring
        if share < 4 or stringWidth(text, font, size) > arc * 0.9:
            continue
        x = cx + math.cos(middle) * diameter / 2 * ring
        y = cy + math.sin(middle) * diameter / 2 * ring - size * 0.35
        drawing.add(String(x, y, text, fontName=font, fontSize=size, textAnchor="middle",
                           fillColor=HexColor("#ffffff")))


def _slice_legend(drawing: Drawing, spec: ChartSpec, names: list[str], entries: list[str],
                  anchor: tuple[float, float], font: str) -> None:
    """Beside the circle: colour, name and value (share) per slice, centred on the circle's middle, the
    names shortened to the room left."""
    x0, cy = anchor
    width, total_height = drawing.width, drawing.height
    legend_size = LEGEND_SIZE
    room = width - x0 - 4
    fits = max(legend_size * 1.4, (total_height - 8) / max(len(names), 1))
    row = min(legend_size * 1.6, fits)
    if row < legend_size * 1.2:
        legend_size = max(MIN_LABEL_SIZE, row / 1.25)
    y = cy + len(names) * row / 2 - row
    value_width = max((stringWidth(e, font, legend_size) for e in entries), default=0)
    name_width = max(stringWidth(n, font, legend_size) for n in names)
    value_right = min(width - 4, x0 + legend_size + 5 + name_width + 14 + value_width)
    for index, (name, entry) in enumerate(zip(names, entries, strict=True)):
        drawing.add(Rect(x0, y + 0.5, legend_size, legend_size, fillColor=HexColor(spec.color(index)),
                         strokeColor=None))
        name_room = room - legend_size - 6 - (value_width + 8 if entry else 0)
        drawing.add(String(x0 + legend_size + 5, y + 1, fit_text(name, font, legend_size, max(name_room, 20)),
                           fontName=font, fontSize=legend_size, fillColor=TEXT_COLOR))
        if entry:
            drawing.add(String(value_right, y + 1, entry, fontName=font, fontSize=legend_size, textAnchor="end",
                               fillColor=AXIS_COLOR))
        y -= row


def _circular_drawing(spec: ChartSpec, width: float, font: str, height: float | None) -> Drawing:
    """A pie or donut on the left, and beside it a legend with each slice's value and share."""
    values = [v if v is not None and v > 0 else 0.0 for v in spec.values(0)]
    total = sum(values)
    if total <= 0:
        return _message_drawing(width, "Tidak ada data untuk grafik ini.", font)
    names = [one_line(c) for c in spec.categories]
    shares = [v / total * 100 for v in values]
    entries = [("" if not spec.data_labels else formatting.NO_VALUE if raw is None
                else f"{formatting.number(v)} ({formatting.percent(p)})")
               for raw, v, p in zip(spec.values(0), values, shares, strict=True)]
    legend_size = LEGEND_SIZE
    row = legend_size * 1.6
    legend_height = len(names) * row
    diameter = min(PLOT_HEIGHT if height is None else height - 16, width * 0.45)
    if height is None:
        diameter = max(diameter, min(legend_height, width * 0.45))
    diameter = max(diameter, 40.0)
    total_height = max(diameter, legend_height) + 16 if height is None else height
    drawing = Drawing(width, total_height, initialFontName=font)
    cx, cy = 8 + diameter / 2, total_height / 2

    chart = Doughnut() if spec.kind is ChartKind.DONUT else Pie()
    chart.x, chart.y, chart.width, chart.height = cx - diameter / 2, cy - diameter / 2, diameter, diameter
    chart.data = [v if v > 0 else 1e-12 for v in values]  # a zero slice would shift later colours
    chart.labels = None
    chart.startAngle = 90
    chart.direction = "clockwise"
    if spec.kind is ChartKind.DONUT:
        chart.innerRadiusFraction = 0.55
    else:
        chart.sameRadii = True
    for index in range(len(values)):
        chart.slices[index].fillColor = HexColor(spec.color(index))
        chart.slices[index].strokeColor = HexColor("#ffffff")
        chart.slices[index].strokeWidth = 1
    drawing.add(chart)

    if spec.data_labels:
        _slice_shares(drawing, spec.kind, values, shares, (cx, cy, diameter), font)
    if spec.kind is ChartKind.DONUT:
        size, text, room = max(7.0, min(16.0, diameter / 9)), figure_text(total, spec.unit), diameter * 0.48
        while size > 6 and stringWidth(text, _bold(font), size) > room:
            size -= 0.5
        text = fit_text(text, _bold(font), size, room)
        drawing.add(String(cx, cy - size * 0.1, text, fontName=_bold(font), fontSize=size, textAnchor="middle",
                           fillColor=TEXT_COLOR))
        drawing.add(String(cx, cy - size * 0.1 - LEGEND_SIZE * 1.4, "Total", fontName=font,
                           fontSize=LEGEND_SIZE, textAnchor="middle", fillColor=AXIS_COLOR))

    _slice_legend(drawing, spec, names, entries, (8 + diameter + 18, cy), font)
    return drawing


def _key_figure_drawing(spec: ChartSpec, width: float, font: str, height: float | None) -> Drawing:
    """A card: the title, one big number with its unit, a subtitle and the change."""
    bold = _bold(font)
    total_height = 120.0 if height is None else height
    scale = max(0.6, min(total_height / 120.0, width / 220.0))
    drawing = Drawing(width, total_height, initialFontName=font)
    drawing.add(Rect(0, 0, width, total_height, fillColor=HexColor("#f4f7fa"), strokeColor=GRID_COLOR,
                     strokeWidth=0.5))
    drawing.add(Rect(0, 0, 4 * scale, total_height, fillColor=HexColor(spec.color(0)), strokeColor=None))
    big = 34 * scale
    text = figure_text(spec.key_value, spec.unit)
    while big > 10 and stringWidth(text, bold, big) > width - 24:
        big -= 1
    small = 9 * scale
    lines: list[tuple[str, str, float, object]] = []
    if spec.title.strip():  # wrapped onto up to three lines rather than cut short
        title_lines = simpleSplit(one_line(spec.title), bold, small * 1.1, width - 24)
        if len(title_lines) > 3:
            title_lines = [*title_lines[:2], fit_text(" ".join(title_lines[2:]), bold, small * 1.1, width - 24)]
        lines += [(line, bold, small * 1.1, TEXT_COLOR) for line in title_lines]
    lines.append((text, bold, big, HexColor(spec.color(0))))
    if spec.subtitle.strip():
        lines.append((fit_text(one_line(spec.subtitle), font, small, width - 24), font, small, AXIS_COLOR))
    if spec.change_text.strip():
        lines.append((fit_text(one_line(spec.change_text), font, small, width - 24), font, small, TEXT_COLOR))
    block = sum(size * 1.3 for _, _, size, _ in lines)
    y = total_height / 2 + block / 2
    for text_line, face, size, color in lines:
        y -= size * 1.3
        drawing.add(String(width / 2, y + size * 0.25, text_line, fontName=face, fontSize=size,
                           textAnchor="middle", fillColor=color))
    return drawing
