"""A ChartSpec as a native Excel chart (openpyxl): bars (grouped or stacked, standing or lying down when
their labels are long), lines, pie, donut.

The chart's data is written to a small block of cells on the sheet (categories in the first
column, one column per series) and the chart refers to it, so it stays live in Excel and
LibreOffice. A key figure is not a chart: it becomes a styled big-number cell with its title.
"""

from __future__ import annotations

from typing import Any

from openpyxl.chart import BarChart, DoughnutChart, LineChart, PieChart, Reference
from openpyxl.chart.label import DataLabelList
from openpyxl.chart.series import DataPoint
from openpyxl.styles import Alignment, Font
from openpyxl.utils import get_column_letter
from openpyxl.utils.cell import column_index_from_string, coordinate_from_string

from desktop_app.domain.charts import ChartKind, ChartSpec, figure_text
from desktop_app.domain.formatting import NO_VALUE
from desktop_app.render.xlsx.cells import neutralise

NUMBER_FORMAT = "#,##0"
MISSING_CELL_NOTE = "Sel kosong: tidak ada data"
DECIMAL_FORMAT = "#,##0.0#"
CHART_WIDTH_CM = 16.0
CHART_HEIGHT_CM = 9.0


def _hex(color: str) -> str:
    return color.lstrip("#").upper()


def _origin(cell: str) -> tuple[int, int]:
    """('B', 3) -> (row 3, column 2)."""
    letters, row = coordinate_from_string(cell)
    return row, column_index_from_string(letters)


def write_chart_data(ws: Any, spec: ChartSpec, data_origin: str) -> tuple[int, int, int, int]:
    """Write categories and series from ``data_origin`` down and right; (first row, first col, last row, last col)."""
    row0, col0 = _origin(data_origin)
    _text(ws.cell(row=row0, column=col0), spec.x_label or "Kategori").font = Font(bold=True)
    for j, series in enumerate(spec.series, start=1):
        _text(ws.cell(row=row0, column=col0 + j), series.name).font = Font(bold=True)
    for i, category in enumerate(spec.categories, start=1):
        _text(ws.cell(row=row0 + i, column=col0), str(category))
        for j in range(len(spec.series)):
            value = spec.values(j)[i - 1]
            cell = ws.cell(row=row0 + i, column=col0 + j + 1, value=value)
            cell.number_format = NUMBER_FORMAT if value is None or float(value).is_integer() else DECIMAL_FORMAT
    widths = [max([len(spec.x_label or "Kategori"), *(len(str(c)) for c in spec.categories)])]
    for j, series in enumerate(spec.series):
        numbers = [len(f"{v:,.2f}") for v in spec.values(j) if v is not None]
        widths.append(max([len(series.name) // 2, *numbers]))
    for offset, width in enumerate(widths):
        letter = _column_letter(col0 + offset)
        current = ws.column_dimensions[letter].width or 8
        ws.column_dimensions[letter].width = max(current, min(40, width + 2))
    notes = [f"Sumber: {spec.source}"] if spec.source.strip() else []
    notes += [MISSING_CELL_NOTE] if spec.has_missing else []  # its cell is left empty: the chart leaves a gap
    for offset, text in enumerate(notes, start=1):
        _text(ws.cell(row=row0 + len(spec.categories) + offset, column=col0), text).font = Font(size=9, color="555555")
    return row0, col0, row0 + len(spec.categories), col0 + len(spec.series)


def _text(cell: Any, text: str) -> Any:
    """A text cell that is never a formula (user text such as '=1+1' gets a leading apostrophe)."""
    cell.value = neutralise(text)
    cell.data_type = "s"
    return cell


def _axis_title(spec: ChartSpec) -> str:
    unit = spec.unit.strip()
    if not unit:
        return spec.y_label
    return f"{spec.y_label} ({unit})" if spec.y_label else unit


def _labels(number_format: str = NUMBER_FORMAT, *, percent: bool = False) -> DataLabelList:
    labels = DataLabelList()
    labels.showVal = not percent
    labels.showPercent = percent
    labels.showSerName = False
    labels.showCatName = False
    labels.showLegendKey = False
    labels.numFmt = "0.0%" if percent else number_format
    return labels


def add_native_chart(ws: Any, spec: ChartSpec, anchor: str, data_origin: str | None = None) -> Any:  # noqa: C901 - split in the renderer move
    """Add ``spec`` to worksheet ``ws`` with its top-left corner at cell ``anchor``.

    The chart's data goes to a block of cells starting at ``data_origin`` (default: row 1, two
    columns right of the sheet's used range), with the source line under it. Returns the openpyxl
    chart, or the big-number cell for a key figure (which has no chart).
    """
    if spec.kind is ChartKind.KEY_FIGURE:
        return _key_figure(ws, spec, anchor)
    if data_origin is None:
        data_origin = f"{_column_letter(ws.max_column + 2)}1"
    row0, col0, row1, col1 = write_chart_data(ws, spec, data_origin)
    categories = Reference(ws, min_col=col0, min_row=row0 + 1, max_row=row1)
    data = Reference(ws, min_col=col0 + 1, max_col=max(col1, col0 + 1), min_row=row0, max_row=row1)

    chart: Any
    if spec.kind in (ChartKind.BAR, ChartKind.STACKED_BAR):
        chart = BarChart()
        chart.type = "bar" if spec.is_horizontal else "col"  # long labels: bars lie down (the domain's rule)
        if spec.kind is ChartKind.STACKED_BAR:
            chart.grouping = "stacked"
            chart.overlap = 100
        else:
            chart.grouping = "clustered"
        chart.gapWidth = 60
    elif spec.kind is ChartKind.LINE:
        chart = LineChart()
    elif spec.kind is ChartKind.DONUT:
        chart = DoughnutChart(holeSize=55)
    else:
        chart = PieChart()
    chart.add_data(data, titles_from_data=True)
    chart.set_categories(categories)
    chart.title = spec.title or None
    chart.display_blanks = "gap"  # an empty cell (no data) is no bar and a break in the line, never 0
    chart.width, chart.height = CHART_WIDTH_CM, CHART_HEIGHT_CM
    if spec.is_horizontal:  # a row per category, each tall enough for a wrapped label
        lines = max((len(lines) for lines in spec.category_lines()), default=1)
        chart.height = max(CHART_HEIGHT_CM, 3.5 + len(spec.categories) * (0.45 + 0.35 * lines))
    chart.style = 2

    if spec.kind.is_circular:
        series = chart.series[0]
        for index in range(len(spec.categories)):
            point = DataPoint(idx=index)
            point.graphicalProperties.solidFill = _hex(spec.color(index))
            point.graphicalProperties.line.solidFill = "FFFFFF"
            series.dPt.append(point)
        if spec.data_labels:
            series.dLbls = _labels(percent=True)
        chart.legend.position = "r"
    else:
        for index, series in enumerate(chart.series):
            color = _hex(spec.color(index))
            if spec.kind is ChartKind.LINE:
                series.graphicalProperties.line.solidFill = color
                series.graphicalProperties.line.width = 28575  # 2.25 pt
                series.marker.symbol = ("circle", "square", "diamond", "triangle")[index % 4]
                series.marker.size = 6
                series.marker.graphicalProperties.solidFill = color
                series.marker.graphicalProperties.line.solidFill = color
                series.smooth = False
            else:
                series.graphicalProperties.solidFill = color
                series.graphicalProperties.line.solidFill = color
            if spec.data_labels:
                series.dLbls = _labels()
                series.dLbls.position = ("ctr" if spec.kind is ChartKind.STACKED_BAR
                                         else "t" if spec.kind is ChartKind.LINE else "outEnd")
        chart.x_axis.title = spec.x_label or None
        chart.y_axis.title = _axis_title(spec) or None
        chart.y_axis.numFmt = NUMBER_FORMAT
        chart.x_axis.delete = False
        chart.y_axis.delete = False
        if spec.is_horizontal:  # the first category on top, as in the table; the value axis stays below
            chart.x_axis.scaling.orientation = "maxMin"
            chart.y_axis.crosses = "max"
        chart.legend.position = "b"
        if len(spec.series) == 1:
            chart.legend = None
    ws.add_chart(chart, anchor)
    return chart


def _column_letter(index: int) -> str:
    return get_column_letter(index)


def _key_figure(ws: Any, spec: ChartSpec, anchor: str) -> Any:
    """Title, the big number (a real number with a format), subtitle and change in cells under ``anchor``."""
    row, col = _origin(anchor)
    color = _hex(spec.color(0))
    if spec.title.strip():
        title = _text(ws.cell(row=row, column=col), spec.title)
        title.font = Font(bold=True, size=12)
        row += 1
    value = spec.key_value
    cell = ws.cell(row=row, column=col, value=value)
    unit = spec.unit.strip()
    if value is None:  # no data: the mark of a missing value, never an empty card or a 0
        _text(cell, NO_VALUE)
    elif unit.lower() in ("rp", "rupiah"):
        cell.number_format = '"Rp" #,##0'
    elif unit in ("%", "persen"):
        cell.number_format = '#,##0.0"%"'
    else:
        base = NUMBER_FORMAT if value is None or float(value).is_integer() else DECIMAL_FORMAT
        cell.number_format = f'{base}" {unit}"' if unit and '"' not in unit else base
    cell.font = Font(bold=True, size=28, color=color)
    cell.alignment = Alignment(horizontal="left", vertical="center")
    ws.row_dimensions[row].height = 40
    width = ws.column_dimensions[_column_letter(col)].width or 8
    ws.column_dimensions[_column_letter(col)].width = max(width, len(figure_text(value, spec.unit)) * 2.6)
    number_cell = cell
    for text, font in ((spec.subtitle, Font(color="555555")), (spec.change_text, Font(italic=True))):
        if text.strip():
            row += 1
            _text(ws.cell(row=row, column=col), text).font = font
    if spec.source.strip():
        _text(ws.cell(row=row + 1, column=col), f"Sumber: {spec.source}").font = Font(size=9, color="555555")
    return number_cell


__all__ = ["add_native_chart", "write_chart_data"]
