"""A dataset or table as a workbook for people: styled header, number formats, real dates, a filter,
a Metadata sheet, and optionally a native chart right of the data."""

from __future__ import annotations

import datetime as dt
import io
import re
from collections.abc import Mapping, Sequence
from decimal import Decimal
from typing import Any

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter

from desktop_app.domain.charts import ChartSpec
from desktop_app.domain.columns import ColumnSpec, ColumnType, identifier_text
from desktop_app.render.xlsx.cells import FORMULA_PREFIXES, is_number, row_cells
from desktop_app.render.xlsx.charts import add_native_chart

NUMBER_FORMATS: dict[ColumnType, str] = {
    ColumnType.INTEGER: "#,##0",
    ColumnType.DECIMAL: "#,##0.00",
    ColumnType.MONEY: '"Rp" #,##0',
    ColumnType.PERCENT: '0.0"%"',  # values are 0-100, not fractions
    ColumnType.DATE: "dd/mm/yyyy",
}

MAX_COLUMN_WIDTH = 50
MIN_COLUMN_WIDTH = 8
_ISO_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
# Characters XML 1.0 (and so XLSX) cannot hold; tab, LF and CR are allowed.
_ILLEGAL_XML = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f]")


def _as_date(value: object) -> object:
    """An ISO date text as a date; anything else unchanged."""
    if isinstance(value, dt.datetime):
        return value
    if isinstance(value, dt.date):
        return value
    if isinstance(value, str) and _ISO_DATE.match(value.strip()):
        try:
            return dt.date.fromisoformat(value.strip())
        except ValueError:
            return value
    return value


def _sheet_title(name: str, fallback: str = "Data") -> str:
    cleaned = re.sub(r"[\[\]:*?/\\]", " ", name).strip().strip("'")[:31]
    return cleaned or fallback


def _display_width(value: object, column_type: ColumnType) -> int:
    if value is None:
        return 0
    if isinstance(value, (dt.date, dt.datetime)):
        return 10
    if is_number(value):
        decimals = 2 if column_type == ColumnType.DECIMAL else (1 if column_type == ColumnType.PERCENT else 0)
        text = f"{float(value):,.{decimals}f}"
        return len(text) + (3 if column_type == ColumnType.MONEY else 0) + (1 if decimals == 1 else 0)
    return max((len(line) for line in str(value).splitlines()), default=0)


def _set_text(cell: Any, text: str) -> None:
    """A string cell that is never a formula; formula-like text gets Excel's quote-prefix flag, no apostrophe."""
    cleaned = _ILLEGAL_XML.sub("", text)
    cell.value = cleaned
    cell.data_type = "s"  # openpyxl would otherwise take a leading '=' for a formula
    if cleaned.startswith(FORMULA_PREFIXES):
        cell.quotePrefix = True  # Excel keeps it text even when someone edits the cell


def workbook_bytes(columns: Sequence[ColumnSpec], rows: Sequence[Sequence[object]], *,
                   title: str, meta: Mapping[str, str] | None = None, sheet_name: str = "Data",
                   chart: ChartSpec | None = None) -> bytes:
    """The workbook of :func:`workbook` as XLSX bytes."""
    buffer = io.BytesIO()
    workbook(columns, rows, title=title, meta=meta, sheet_name=sheet_name, chart=chart).save(buffer)
    return buffer.getvalue()


def _write_cell(cell: Any, spec: ColumnSpec, value: object) -> None:
    """One data cell: its value as the column's type says, with the number format that shows it."""
    if spec.type == ColumnType.DATE:
        value = _as_date(value)
    if spec.type == ColumnType.IDENTIFIER:  # a code is text, in Excel too: no 47.111, no lost zero
        if value is not None:
            _set_text(cell, value if isinstance(value, str) else str(identifier_text(value)))
        cell.number_format = "@"
    elif isinstance(value, str):
        _set_text(cell, value)
    elif value is None or is_number(value) or isinstance(value, (dt.date, dt.datetime)):
        cell.value = float(value) if isinstance(value, Decimal) else value
        if spec.type in NUMBER_FORMATS:  # empty cells too, for whoever types in them later
            cell.number_format = NUMBER_FORMATS[spec.type]
        elif isinstance(value, (dt.date, dt.datetime)):
            cell.number_format = NUMBER_FORMATS[ColumnType.DATE]
    else:
        _set_text(cell, str(value))


def workbook(columns: Sequence[ColumnSpec], rows: Sequence[Sequence[object]], *,
             title: str, meta: Mapping[str, str] | None = None, sheet_name: str = "Data",
             chart: ChartSpec | None = None) -> Workbook:
    """A workbook for people: styled header, number formats, real dates, filter, a Metadata sheet.

    With ``chart``, a native Excel chart (or, for a key figure, a big-number cell) is placed right
    of the data, its own small data block under it (see ``charts.add_native_chart``).
    """
    width = len(columns)
    wb = Workbook()
    wb.properties.title = title
    wb.properties.creator = "PADI"
    wb.properties.lastModifiedBy = "PADI"

    thin = Side(style="thin", color="8C8C8C")
    border = Border(left=thin, right=thin, top=thin, bottom=thin)
    header_font = Font(bold=True, color="FFFFFF")
    header_fill = PatternFill("solid", start_color="1F4E79", end_color="1F4E79")
    header_align = Alignment(wrap_text=True, vertical="center", horizontal="center")

    ws = wb.active
    ws.title = _sheet_title(sheet_name)
    widths = [len(c.name) for c in columns]
    for j, spec in enumerate(columns, start=1):
        cell = ws.cell(row=1, column=j)
        _set_text(cell, spec.name)
        cell.font, cell.fill, cell.alignment, cell.border = header_font, header_fill, header_align, border

    count = 0
    for i, row in enumerate(rows, start=2):
        count += 1
        for j, (spec, value) in enumerate(zip(columns, row_cells(row, width), strict=True), start=1):
            cell = ws.cell(row=i, column=j)
            _write_cell(cell, spec, value)
            widths[j - 1] = max(widths[j - 1], _display_width(cell.value, spec.type))

    for j, w in enumerate(widths, start=1):
        ws.column_dimensions[get_column_letter(j)].width = min(MAX_COLUMN_WIDTH, max(MIN_COLUMN_WIDTH, w + 2))
    ws.freeze_panes = "A2"
    if width:
        ws.auto_filter.ref = f"A1:{get_column_letter(width)}{count + 1}"
    if chart is not None:
        chart_column = get_column_letter(width + 2)
        add_native_chart(ws, chart, f"{chart_column}2", data_origin=f"{chart_column}22")

    info = wb.create_sheet("Metadata")  # openpyxl renames it should the data sheet be called so
    for j, label in enumerate(("Keterangan", "Isi"), start=1):
        cell = info.cell(row=1, column=j, value=label)
        cell.font, cell.fill, cell.alignment, cell.border = header_font, header_fill, header_align, border
    for i, (field, value) in enumerate((meta or {}).items(), start=2):
        key_cell = info.cell(row=i, column=1)
        _set_text(key_cell, str(field))
        key_cell.font = Font(bold=True)
        key_cell.alignment = Alignment(vertical="top")
        value_cell = info.cell(row=i, column=2)
        _set_text(value_cell, "" if value is None else str(value))
        value_cell.alignment = Alignment(wrap_text=True, vertical="top")
    info.column_dimensions["A"].width = 18
    info.column_dimensions["B"].width = 80
    info.freeze_panes = "A2"

    return wb
