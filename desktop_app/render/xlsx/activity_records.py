"""The activity records (Catatan Aktivitas) as a workbook: title, filter and chain state, the table."""

from __future__ import annotations

import io

from openpyxl import Workbook

from desktop_app.documents.activity import TITLE, ActivityRecordsDocument
from desktop_app.render.xlsx.cells import set_widths, write_table


def workbook_bytes(doc: ActivityRecordsDocument) -> bytes:
    """The records as XLSX bytes."""
    wb = Workbook()
    ws = wb.active
    ws.title = "Catatan Aktivitas"
    ws["A1"] = TITLE
    ws["A2"] = doc.description
    ws["A3"] = doc.chain_text
    write_table(ws, doc.table, 5)
    ws.freeze_panes = "A6"
    set_widths(ws, (7, 22, 28, 18, 9, 44, 36, 22))
    buffer = io.BytesIO()
    wb.save(buffer)
    return buffer.getvalue()
