"""The performance report as an Excel workbook: a summary sheet with the per-step table and native
charts, waiting per person, one sheet per list (approvals, returns, publications, confirmations,
backups), and a sheet "Cara Penghitungan" saying how the times are counted.

Styled like the dataset exports (exporting.py): dark-blue header, thin borders, text that looks
like a formula neutralised.
"""

from __future__ import annotations

import io

from openpyxl import Workbook
from openpyxl.styles import Alignment

from desktop_app.documents.timing import PerformanceReport
from desktop_app.documents.timing_tables import (
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
from desktop_app.render.xlsx.cells import cell_value, neutralise, set_widths, styles, write_table
from desktop_app.render.xlsx.charts import add_native_chart

SHEET_NAMES = ("Disetujui", "Dikembalikan", "Diterbitkan", "Konfirmasi", "Cadangan", "Revisi", "Periode Seri")
METHOD_SHEET = "Cara Penghitungan"


def report_workbook_bytes(report: PerformanceReport) -> bytes:
    """The timing report as XLSX bytes."""
    st = styles()
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
        ws.cell(row=row, column=2, value=cell_value(value))
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
