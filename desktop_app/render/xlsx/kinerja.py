"""The e-Kinerja material of one employee as an XLSX workbook: "Kegiatan" (one row per item and day)
and "Per Hari" (sums)."""

from __future__ import annotations

import io

from openpyxl import Workbook

from desktop_app.documents.kinerja import KINDS, TITLE, KinerjaSheet, minutes
from desktop_app.domain import formatting
from desktop_app.domain.sop_timing import duration_text
from desktop_app.domain.steps import STEPS
from desktop_app.domain.tables import TableData
from desktop_app.render.xlsx.cells import neutralise, set_widths, styles, write_table


def workbook_bytes(sheet: KinerjaSheet) -> bytes:
    """The XLSX: sheet "Kegiatan" (one row per item and day) and sheet "Per Hari" (sums)."""
    st = styles()
    wb = Workbook()
    wb.properties.title, wb.properties.creator = TITLE, "PADI"
    ws = wb.active
    ws.title = "Kegiatan"
    ws["A1"] = neutralise(sheet.office)
    ws["A1"].font = st["bold"]
    ws["A2"] = TITLE
    ws["A2"].font = st["title"]
    head = [("Nama", sheet.employee), ("NIP", sheet.nip or "-"), ("Pangkat/golongan", sheet.rank or "-"),
            ("Jabatan/peran", sheet.role),
            ("Periode", f"{formatting.date(sheet.start)} s.d. {formatting.date(sheet.end)}"),
            ("Jumlah waktu kerja", f"{minutes(sheet.work_seconds)} menit "
                                   f"({duration_text(sheet.work_seconds, sheet.day_seconds)})")]
    for row, (label, value) in enumerate(head, start=3):
        ws.cell(row=row, column=1, value=label).font = st["bold"]
        ws.cell(row=row, column=2, value=neutralise(value))
    top = 3 + len(head) + (2 if sheet.sample else 1)
    if sheet.sample:
        ws.cell(row=top - 2, column=1, value="DATA CONTOH").font = st["muted"]
    rows = tuple((i + 1, r.day, f"{int(r.step)}. {STEPS[r.step].tab_name}", STEPS[r.step].description,
                  r.item if r.kind == "backup" else f"{KINDS.get(r.kind, r.kind)}: {r.item}", r.output,
                  minutes(r.work_seconds), duration_text(r.work_seconds, sheet.day_seconds) if r.work_seconds
                  is not None else "", r.note) for i, r in enumerate(sheet.rows))
    total = ("Jumlah", "", "", "", "", "", minutes(sheet.work_seconds), "", "")
    table = TableData("", ("No.", "Tanggal", "Langkah SOP", "Uraian kegiatan (SOP)", "Objek", "Output",
                           "Waktu kerja (menit)", "Waktu kerja", "Keterangan"), rows, total if rows else None)
    end = write_table(ws, table, top)
    for r in range(top + 1, top + 1 + len(rows)):
        ws.cell(row=r, column=2).number_format = "DD/MM/YYYY"
    note = ("Waktu kerja: jam kantor ketika item terbuka untuk dikerjakan oleh pegawai ini (dicatat mulai, jeda "
            "dan lanjut di Catatan Aktivitas), tanpa waktu tunggu. Tanpa catatan mulai: langkah diselesaikan tanpa "
            "catatan mulai; waktunya tidak diketahui.")
    ws.cell(row=end + 1, column=1, value=note).font = st["muted"]
    if not rows:
        ws.cell(row=end, column=1, value="Tidak ada kegiatan pada periode ini.").font = st["muted"]
    ws.freeze_panes = ws.cell(row=top + 1, column=1)
    set_widths(ws, (6, 13, 16, 48, 44, 18, 12, 16, 20))
    days = wb.create_sheet("Per Hari")
    days["A1"] = "Ringkasan per hari"
    days["A1"].font = st["bold"]
    day_rows = tuple((day, count, minutes(seconds)) for day, count, seconds in sheet.per_day())
    write_table(days, TableData("", ("Tanggal", "Kegiatan", "Waktu kerja (menit)"), day_rows), 3)
    for r in range(4, 4 + len(day_rows)):
        days.cell(row=r, column=1).number_format = "DD/MM/YYYY"
    set_widths(days, (14, 12, 20))
    buffer = io.BytesIO()
    wb.save(buffer)
    return buffer.getvalue()
