"""What the report workbooks share: their styles (dark-blue header, thin borders), a styled table and
column widths; with the cell rules of ``domain.cells`` (text that looks like a formula neutralised)."""

from __future__ import annotations

from typing import Any

from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter

from desktop_app.domain.cells import FORMULA_PREFIXES, is_number, neutralise, row_cells
from desktop_app.domain.tables import TableData

__all__ = ["FORMULA_PREFIXES", "cell_value", "is_number", "neutralise", "row_cells", "set_widths", "styles",
           "write_table"]

HEADER_FILL = "1F4E79"


def styles() -> dict[str, Any]:
    """The report workbooks' fonts, fills, borders and alignment."""
    thin = Side(style="thin", color="8C8C8C")
    return {"border": Border(left=thin, right=thin, top=thin, bottom=thin),
            "head_font": Font(bold=True, color="FFFFFF"),
            "head_fill": PatternFill("solid", start_color=HEADER_FILL, end_color=HEADER_FILL),
            "head_align": Alignment(wrap_text=True, vertical="center", horizontal="center"),
            "bold": Font(bold=True), "title": Font(bold=True, size=14), "muted": Font(italic=True, color="5A5F66")}


def cell_value(value: object) -> object:
    return neutralise(value) if isinstance(value, str) else value


def write_table(ws, table: TableData, top: int) -> int:  # noqa: ANN001 - an openpyxl worksheet
    """Write a styled table with its header at row ``top``; returns the row after it."""
    st = styles()
    for j, header in enumerate(table.headers, start=1):
        cell = ws.cell(row=top, column=j, value=neutralise(header))
        cell.font, cell.fill, cell.alignment, cell.border = st["head_font"], st["head_fill"], st["head_align"], st["border"]
    row = top
    for row, values in enumerate(table.rows + ((table.total,) if table.total else ()), start=top + 1):
        for j, value in enumerate(values, start=1):
            cell = ws.cell(row=row, column=j, value=cell_value(value))
            cell.border = st["border"]
            if table.total and row == top + len(table.rows) + 1:
                cell.font = st["bold"]
    return row + 1


def set_widths(ws, widths: tuple[int, ...]) -> None:  # noqa: ANN001 - an openpyxl worksheet
    for j, width in enumerate(widths, start=1):
        ws.column_dimensions[get_column_letter(j)].width = width
