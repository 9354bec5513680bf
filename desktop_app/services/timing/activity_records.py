"""The Catatan Aktivitas as report material: the log filtered by user, step, object, period and text,
and written out as XLSX or PDF (Pencatatan dan Pendataan of the SOP).

Export is read-only on the log apart from its own entry ("activity_exported"). The caller gives the
words for each entry's action (the GUI's translated labels, which also name what a refusal refused),
so the file speaks the user's language.

An entry that completed a step occurrence carries that occurrence (``LogRecord.run``, from
``PerformanceService.runs_by_entry``), so the log shows the same work time against the same standard
(as office time: step 3's ten days are ten working days) as the report and the control sheet.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import select

from desktop_app.documents.activity import TITLE, ActivityRecordsDocument
from desktop_app.documents.timing_tables import UNRECORDED, time_against_standard
from desktop_app.domain import formatting
from desktop_app.domain.errors import BadInput
from desktop_app.domain.sop_timing import StepRun
from desktop_app.domain.tables import TableData
from desktop_app.services.accounts import letterhead_of
from desktop_app.services.datasets import report_target
from desktop_app.services.runtime import ServiceContext, record_output, write_atomically
from desktop_app.services.timing.timing_service import PerformanceService
from desktop_app.storage import activity_log
from desktop_app.storage.models import LogEntry, Office


@dataclass(frozen=True)
class LogFilter:
    """Which entries to show; empty fields do not filter."""

    actor_id: int | None = None
    step: int | None = None
    object_type: str = ""
    start: dt.date | None = None
    end: dt.date | None = None
    text: str = ""
    limit: int = 2000


@dataclass(frozen=True)
class LogRecord:
    id: int
    at: dt.datetime
    actor: str
    role: str
    step: int | None
    object_type: str
    object_id: int | None
    object_label: str
    action: str
    duration_seconds: float | None
    standard_seconds: float | None
    detail: dict = dataclasses.field(default_factory=dict)  # the entry's payload (a refusal: code, attempt)
    run: StepRun | None = None  # the step occurrence this entry completed, if it completed one

    @property
    def late(self) -> bool:
        return self.run is not None and self.run.late


class ActivityRecords:
    """Filtered reading and export of the activity log."""

    def __init__(self, ctx: ServiceContext, performance: PerformanceService | None = None) -> None:
        self.ctx = ctx
        self.performance = performance or PerformanceService(ctx)

    def entries(self, where: LogFilter = LogFilter()) -> list[LogRecord]:
        """Newest first, at most ``where.limit``."""
        if where.start and where.end and where.end < where.start:
            raise BadInput("bad_period", f"{where.start} > {where.end}")
        query = select(LogEntry).order_by(LogEntry.id.desc()).limit(where.limit)
        if where.actor_id is not None:
            query = query.where(LogEntry.actor_id == where.actor_id)
        if where.step is not None:
            query = query.where(LogEntry.step == where.step)
        if where.object_type:
            query = query.where(LogEntry.object_type == where.object_type)
        if where.start is not None:
            query = query.where(LogEntry.at >= dt.datetime.combine(where.start, dt.time.min))
        if where.end is not None:
            query = query.where(LogEntry.at < dt.datetime.combine(where.end + dt.timedelta(days=1), dt.time.min))
        if where.text.strip():
            like = f"%{where.text.strip()}%"
            query = query.where(LogEntry.actor_name.ilike(like) | LogEntry.object_label.ilike(like)
                                | LogEntry.action.ilike(like))
        with self.ctx.db.reading() as s:
            records = [LogRecord(e.id, e.at, e.actor_name, e.actor_role, e.step, e.object_type, e.object_id,
                                 e.object_label, e.action, e.duration_seconds, e.standard_seconds, dict(e.detail or {}))
                       for e in s.scalars(query)]
        runs = self.performance.runs_by_entry() if records else {}
        return [dataclasses.replace(r, run=runs[r.id]) if r.id in runs else r for r in records]

    def actors(self) -> list[tuple[int, str]]:
        """Everyone who appears in the log (id, name), by name."""
        with self.ctx.db.reading() as s:
            rows = s.execute(select(LogEntry.actor_id, LogEntry.actor_name).where(LogEntry.actor_id.is_not(None))
                             .distinct())
            names = {actor_id: name for actor_id, name in rows}
        return sorted(names.items(), key=lambda x: x[1].casefold())

    def table(self, records: list[LogRecord], action_text: Callable[[LogRecord], str],
              object_text: Callable[[LogRecord], str] = lambda r: r.object_label) -> TableData:
        day = self.performance.calendar().working_day_seconds
        rows = tuple((r.id, formatting.datetime(r.at), r.actor, r.role, r.step or "", object_text(r),
                      action_text(r),
                      "" if r.run is None else time_against_standard(r.run, day)
                      + ("" if r.run.judged else f" ({UNRECORDED.lower()})"))
                     for r in records)
        return TableData(TITLE, ("No.", "Waktu", "Pengguna", "Peran", "Langkah", "Objek", "Tindakan",
                                 "Waktu Kerja / Waktu Baku"), rows, numeric_columns=(0,))

    def export(self, where: LogFilter, out_path: Path, action_text: Callable[[LogRecord], str] = lambda r: r.action,
               description: str = "", object_text: Callable[[LogRecord], str] = lambda r: r.object_label) -> Path:
        """Write the filtered entries (oldest first) as .xlsx or .pdf, with the chain's state; logged.
        ``action_text`` and ``object_text`` give the words of an entry's action and object (default: as stored)."""
        out_path, suffix = report_target(out_path, (".pdf", ".xlsx"), ctx=self.ctx)
        self.ctx.require_actor()
        records = list(reversed(self.entries(dataclasses.replace(where, limit=100_000))))
        with self.ctx.db.reading() as s:
            chain = activity_log.verify(s)
            letterhead = letterhead_of(s.get(Office, 1))
        chain_text = (f"Rantai catatan utuh: {chain.entries} entri terverifikasi." if chain.ok else
                      f"PERINGATAN: entri #{chain.first_bad_id} telah diubah atau dihapus.")
        doc = ActivityRecordsDocument(letterhead, self.table(records, action_text, object_text), description, chain_text)
        if suffix == ".pdf":
            from desktop_app.render.pdf.activity_records import render_pdf  # reportlab only for a PDF
            write_atomically(render_pdf(doc), out_path)
        else:
            from desktop_app.render.xlsx.activity_records import workbook_bytes  # openpyxl only for XLSX
            write_atomically(workbook_bytes(doc), out_path)
        with self.ctx.db.unit_of_work() as s:
            self.ctx.log(s, "activity_exported", object_type="report", object_label=out_path.name,
                         detail={"entries": len(records), "format": suffix[1:]})
            record_output(self.ctx, out_path, "activity_log", s)
        return out_path
