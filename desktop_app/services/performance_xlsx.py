"""The performance report as an Excel workbook: a summary sheet with the per-step table and native
charts, waiting per person, one sheet per list (approvals, returns, publications, confirmations,
backups), and a sheet "Cara Penghitungan" saying how the times are counted.

Styled like the dataset exports (exporting.py): dark-blue header, thin borders, text that looks
like a formula neutralised, written atomically.
"""

from __future__ import annotations

from pathlib import Path

from desktop_app.domain.tables import TableData
from desktop_app.services.exporting import neutralise
from desktop_app.services.pdf_export import write_atomically
from desktop_app.services.performance import PerformanceReport
from desktop_app.services.timing import (
    METHOD_TITLE,
    TITLE,
    count_chart,
    holder_table,
    method_paragraphs,
    period_text,
    report_lists,
    share_chart,
    step_table,
    summary_rows,
)

HEADER_FILL = "1F4E79"
SHEET_NAMES = ("Disetujui", "Dikembalikan", "Diterbitkan", "Konfirmasi", "Cadangan", "Revisi", "Periode Seri")
METHOD_SHEET = "Cara Penghitungan"


def _styles():  # noqa: ANN202 - openpyxl objects, imported lazily
    from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

    thin = Side(style="thin", color="8C8C8C")
    return {"border": Border(left=thin, right=thin, top=thin, bottom=thin),
            "head_font": Font(bold=True, color="FFFFFF"),
            "head_fill": PatternFill("solid", start_color=HEADER_FILL, end_color=HEADER_FILL),
            "head_align": Alignment(wrap_text=True, vertical="center", horizontal="center"),
            "bold": Font(bold=True), "title": Font(bold=True, size=14), "muted": Font(italic=True, color="5A5F66")}


def _value(value: object) -> object:
    return neutralise(value) if isinstance(value, str) else value


def write_table(ws, table: TableData, top: int) -> int:  # noqa: ANN001 - an openpyxl worksheet
    """Write a styled table with its header at row ``top``; returns the row after it."""
    st = _styles()
    for j, header in enumerate(table.headers, start=1):
        cell = ws.cell(row=top, column=j, value=neutralise(header))
        cell.font, cell.fill, cell.alignment, cell.border = st["head_font"], st["head_fill"], st["head_align"], st["border"]
    row = top
    for row, values in enumerate(table.rows + ((table.total,) if table.total else ()), start=top + 1):
        for j, value in enumerate(values, start=1):
            cell = ws.cell(row=row, column=j, value=_value(value))
            cell.border = st["border"]
            if table.total and row == top + len(table.rows) + 1:
                cell.font = st["bold"]
    return row + 1


def set_widths(ws, widths: tuple[int, ...]) -> None:  # noqa: ANN001
    from openpyxl.utils import get_column_letter

    for j, width in enumerate(widths, start=1):
        ws.column_dimensions[get_column_letter(j)].width = width


def report_workbook_bytes(report: PerformanceReport) -> bytes:
    import io

    from openpyxl import Workbook
    from openpyxl.styles import Alignment

    from desktop_app.services.xlsx_charts import add_native_chart

    st = _styles()
    wb = Workbook()
    wb.properties.title, wb.properties.creator = TITLE, "PADI"
    ws = wb.active
    ws.title = "Ringkasan"
    ws["A1"] = neutralise(report.letterhead.office_name)
    ws["A1"].font = st["bold"]
    ws["A2"] = TITLE
    ws["A2"].font = st["title"]
    ws["A3"] = f"Periode {period_text(report)}" + (f" · {report.employee}" if report.employee else "")
    if report.sample:
        ws["A4"] = "DATA CONTOH"
        ws["A4"].font = st["muted"]
    row = 6
    for label, value in summary_rows(report):
        ws.cell(row=row, column=1, value=label).font = st["bold"]
        ws.cell(row=row, column=2, value=_value(value))
        row += 1
    row += 1
    ws.cell(row=row, column=1, value="Pelaksanaan per langkah SOP").font = st["bold"]
    table_top = row + 1
    row = write_table(ws, step_table(report), table_top)
    ws.cell(row=row, column=1, value="Tepat waktu dinilai dari waktu kerja, langkah 3 dari waktu tempuh; waktu "
                                     "tunggu = waktu tempuh dikurangi waktu kerja. Jam kantor tanpa istirahat, "
                                     f"akhir pekan dan hari libur. Lihat lembar {METHOD_SHEET}.").font = st["muted"]
    holders = holder_table(report)
    ws.cell(row=row + 2, column=1, value=holders.title).font = st["bold"]
    row = write_table(ws, holders, row + 3)
    ws.cell(row=row + 1, column=1, value=f"{report.signer.title}: {report.signer.name}").font = st["bold"]
    ws.cell(row=row + 2, column=1, value=f"NIP. {report.signer.nip}" + (f" · {report.signer.rank}"
                                                                        if report.signer.rank else ""))
    set_widths(ws, (34, 22, 10, 12, 11, 14, 10, 16, 16, 16))
    ws.page_setup.orientation = "landscape"
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.page_setup.fitToHeight = 0
    add_native_chart(ws, count_chart(report), f"L{table_top}", data_origin="X1")
    add_native_chart(ws, share_chart(report), f"L{table_top + 20}", data_origin="AC1")
    for name, table in zip(SHEET_NAMES, report_lists(report), strict=True):
        sheet = wb.create_sheet(name)
        sheet["A1"] = table.title
        sheet["A1"].font = st["bold"]
        end = write_table(sheet, table, 3)
        if not table.rows:
            sheet.cell(row=end, column=1, value="Tidak ada pada periode ini.").font = st["muted"]
        sheet.freeze_panes = "A4"
        set_widths(sheet, (6, 22, 46, 30, 40))
    method = wb.create_sheet(METHOD_SHEET)
    method["A1"] = METHOD_TITLE
    method["A1"].font = st["title"]
    row = 3
    for heading, text in method_paragraphs(report.calendar, report.rules, report.day_seconds):
        method.cell(row=row, column=1, value=heading).font = st["bold"]
        cell = method.cell(row=row + 1, column=1, value=text)
        cell.alignment = Alignment(wrap_text=True, vertical="top")
        method.row_dimensions[row + 1].height = 15 * (len(text) // 110 + 1)
        row += 3
    set_widths(method, (120,))
    buffer = io.BytesIO()
    wb.save(buffer)
    return buffer.getvalue()


def write_report(report: PerformanceReport, out_path: Path) -> None:
    """Write the workbook atomically."""
    write_atomically(report_workbook_bytes(report), Path(out_path))
