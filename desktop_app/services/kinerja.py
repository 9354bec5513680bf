"""Material for e-Kinerja: one employee's SOP activities in a period (a month, usually), day by day, as XLSX.

Each row is what the employee did on one item on one day: the date, the SOP step and its description,
the item, the output (the step's outcome on the day they completed it, otherwise "Dikerjakan"), and
their own work time that day (office time of their sessions, ``domain.work_sessions``). A step they
completed without a start entry has no known work time ("tanpa catatan mulai"). Verified backups are
one row each (step 8 is timed by the backup itself). The rows can be copied into the daily records
of the e-Kinerja application; a second sheet sums them per day.
"""

from __future__ import annotations

import datetime as dt
import io
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from desktop_app.domain import formatting
from desktop_app.domain.sop_timing import StepRun, duration_text
from desktop_app.domain.steps import STEPS, Step
from desktop_app.domain.working_time import DAY, WorkCalendar

TITLE = "Bahan e-Kinerja: Kegiatan SOP Pengelolaan Data dan Informasi"
WORKING = "Dikerjakan"
KINDS = {"dataset": "Kumpulan Data", "publication": "Publikasi"}


@dataclass(frozen=True)
class KinerjaRow:
    day: dt.date
    step: Step
    item: str
    kind: str  # "dataset", "publication" or "backup"
    output: str
    work_seconds: float | None  # None: completed without a start entry
    note: str = ""


@dataclass(frozen=True)
class KinerjaSheet:
    """One employee's activities in [start, end]."""

    employee: str
    username: str
    nip: str
    rank: str
    role: str
    office: str
    start: dt.date
    end: dt.date
    made_at: dt.datetime
    rows: tuple[KinerjaRow, ...]
    day_seconds: float
    sample: bool = False

    @property
    def work_seconds(self) -> float:
        return sum(r.work_seconds or 0 for r in self.rows)

    def per_day(self) -> list[tuple[dt.date, int, float]]:
        """(date, activities, work seconds) for each day with an activity."""
        days: dict[dt.date, list[KinerjaRow]] = defaultdict(list)
        for row in self.rows:
            days[row.day].append(row)
        return [(day, len(rows), sum(r.work_seconds or 0 for r in rows)) for day, rows in sorted(days.items())]


def kinerja_rows(items: Iterable[tuple[str, str, StepRun]], user_id: int, lo: dt.datetime, hi: dt.datetime,
                 calendar: WorkCalendar, now: dt.datetime, outcomes: dict[str, str]) -> list[KinerjaRow]:
    """The employee's rows from (object type, label, occurrence) triples, for moments in [lo, hi)."""
    rows: list[KinerjaRow] = []
    backups: set[int | None] = set()
    for kind, label, run in items:
        if run.step == Step.ARCHIVE:
            if run.actor_id == user_id and run.end is not None and lo <= run.end < hi \
                    and run.end_entry_id not in backups:
                backups.add(run.end_entry_id)
                rows.append(KinerjaRow(run.end.date(), Step.ARCHIVE, "Cadangan terverifikasi", "backup",
                                       outcomes.get(run.outcome, run.outcome), run.work_seconds))
            continue
        per_day: dict[dt.date, float] = defaultdict(float)
        own = [span for span in run.work if span.actor_id == user_id]
        for span in own:
            a, b = max(span.start, lo), min(span.end or now, hi)
            day = a.date()
            while a < b and day <= b.date():
                seconds = calendar.working_seconds(max(a, dt.datetime.combine(day, dt.time.min)),
                                                   min(b, dt.datetime.combine(day + DAY, dt.time.min)))
                if seconds > 0:
                    per_day[day] += seconds
                day += DAY
        completed = run.end.date() if (run.end is not None and run.actor_id == user_id
                                       and lo <= run.end < hi) else None
        for day in sorted(set(per_day) | ({completed} if completed else set())):
            done = day == completed
            seconds = per_day.get(day, 0.0) if own else None
            note = "tanpa catatan mulai" if seconds is None else ("" if done or run.end is not None else "berjalan")
            rows.append(KinerjaRow(day, run.step, label, kind, outcomes.get(run.outcome, run.outcome) if done
                                   else WORKING, seconds, note))
    return sorted(rows, key=lambda r: (r.day, int(r.step), r.item))


def _minutes(seconds: float | None) -> int | None:
    return None if seconds is None else int(round(seconds / 60))


def workbook_bytes(sheet: KinerjaSheet) -> bytes:
    """The XLSX: sheet "Kegiatan" (one row per item and day) and sheet "Per Hari" (sums)."""
    from openpyxl import Workbook

    from desktop_app.domain.tables import TableData
    from desktop_app.services.exporting import neutralise
    from desktop_app.services.performance_xlsx import _styles, set_widths, write_table

    st = _styles()
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
            ("Jumlah waktu kerja", f"{_minutes(sheet.work_seconds)} menit "
                                   f"({duration_text(sheet.work_seconds, sheet.day_seconds)})")]
    for row, (label, value) in enumerate(head, start=3):
        ws.cell(row=row, column=1, value=label).font = st["bold"]
        ws.cell(row=row, column=2, value=neutralise(value))
    top = 3 + len(head) + (2 if sheet.sample else 1)
    if sheet.sample:
        ws.cell(row=top - 2, column=1, value="DATA CONTOH").font = st["muted"]
    rows = tuple((i + 1, r.day, f"{int(r.step)}. {STEPS[r.step].tab_name}", STEPS[r.step].description,
                  r.item if r.kind == "backup" else f"{KINDS.get(r.kind, r.kind)}: {r.item}", r.output,
                  _minutes(r.work_seconds), duration_text(r.work_seconds, sheet.day_seconds) if r.work_seconds
                  is not None else "", r.note) for i, r in enumerate(sheet.rows))
    total = ("Jumlah", "", "", "", "", "", _minutes(sheet.work_seconds), "", "")
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
    day_rows = tuple((day, count, _minutes(seconds)) for day, count, seconds in sheet.per_day())
    write_table(days, TableData("", ("Tanggal", "Kegiatan", "Waktu kerja (menit)"), day_rows), 3)
    for r in range(4, 4 + len(day_rows)):
        days.cell(row=r, column=1).number_format = "DD/MM/YYYY"
    set_widths(days, (14, 12, 20))
    buffer = io.BytesIO()
    wb.save(buffer)
    return buffer.getvalue()


def write_kinerja(sheet: KinerjaSheet, out_path: Path) -> None:
    """Write the workbook atomically."""
    from desktop_app.services.pdf_export import write_atomically

    write_atomically(workbook_bytes(sheet), Path(out_path))
