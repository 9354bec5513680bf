"""Lembar Kendali SOP: the control sheet of one dataset or publication, as an A4 PDF.

The eight steps as a table (every occurrence of a repeated step on its own line) with the actor,
arrival, end, work time against the standard time, waiting time apart, the verdict, the outcome, and
an empty column for each officer's initials (paraf), as the printed SOP control sheets have. Below it,
every work session (who had the item open for work, from when to when): what explains a late step.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import functools
from pathlib import Path

from reportlab.platypus import Flowable, Paragraph, Spacer, Table

from desktop_app.domain import formatting
from desktop_app.services.pdf_export import (
    FRAME_WIDTH,
    MUTED,
    build_a4_pdf,
    clean_text,
    escape_markup,
    letterhead_flowables,
    paragraph_style,
    register_fonts,
    table_flowables,
    table_style,
    write_atomically,
)
from desktop_app.services.performance import LetterheadData, ObjectTiming
from desktop_app.services.performance_pdf import page_footer, pdf_letterhead
from desktop_app.services.timing import CONTROL_TITLE, DATASET_STEPS, PUBLICATION_STEPS, control_rows, session_rows

KINDS = {"dataset": "Kumpulan Data", "publication": "Publikasi"}
STATES = {"draft": "Draf", "checking": "Diperiksa", "validated": "Tervalidasi", "processed": "Diolah",
          "presented": "Disajikan", "submitted": "Diajukan", "returned": "Dikembalikan", "approved": "Disetujui",
          "published": "Diterbitkan"}


@functools.cache
def _styles() -> dict:
    return {"title": paragraph_style("ctl_title", 13, bold=True, alignment=1, spaceBefore=8, spaceAfter=8),
            "plain": paragraph_style("ctl_plain", 9.5, leading=12.5),
            "bold": paragraph_style("ctl_bold", 9.5, bold=True, leading=12.5),
            "note": paragraph_style("ctl_note", 8, leading=10.5, textColor=MUTED, spaceBefore=4)}


def _p(text: str, style: str) -> Paragraph:
    return Paragraph(escape_markup(text), _styles()[style])


def _fields(timing: ObjectTiming, printed: dt.datetime) -> Table:
    rows = [("Jenis", KINDS.get(timing.object_type, timing.object_type)), ("Judul", timing.label),
            ("Nomor", f"{timing.object_type[:3].upper()}-{timing.object_id:04d}"),
            ("Tahap sekarang", STATES.get(timing.state, timing.state)), ("Dicetak", formatting.datetime(printed))]
    table = Table([[_p(a, "plain"), _p(":", "plain"), _p(b, "bold")] for a, b in rows],
                  colWidths=[3.2 * 28.35, 0.4 * 28.35, FRAME_WIDTH - 3.6 * 28.35], hAlign="LEFT")
    table.setStyle(table_style([("LEFTPADDING", (0, 0), (-1, -1), 0), ("TOPPADDING", (0, 0), (-1, -1), 1),
                                 ("BOTTOMPADDING", (0, 0), (-1, -1), 1)]))
    return table


def render_control_sheet_bytes(timing: ObjectTiming, letterhead: LetterheadData, printed: dt.datetime) -> bytes:
    register_fonts()
    story: list[Flowable] = letterhead_flowables(pdf_letterhead(letterhead))
    story += [_p(CONTROL_TITLE.upper(), "title"), _fields(timing, printed), Spacer(1, 10)]
    steps = DATASET_STEPS if timing.object_type == "dataset" else PUBLICATION_STEPS
    story += table_flowables(dataclasses.replace(
        control_rows(timing.runs, timing.day_seconds, steps, timing.wait_limits), title=""))
    story.append(_p("Waktu kerja: item terbuka untuk dikerjakan oleh pelaksana langkahnya (mulai, jeda dan lanjut "
                    "tercatat di Catatan Aktivitas); waktu tunggu: sisa waktu sejak item tiba sampai langkah selesai, "
                    "yang tidak membuat langkah terlambat. Langkah 3 dinilai dari waktu tempuh (10 hari kerja). "
                    "Semua waktu dalam jam kantor (tanpa istirahat, akhir pekan dan hari libur). Hampir terlambat: "
                    "80% Waktu Baku terpakai. Tanpa catatan mulai: langkah selesai tanpa catatan mulai, tidak dinilai. "
                    "Pengembalian memulai putaran baru langkah yang bersangkutan (ke-2, ke-3, …). "
                    "Kumpulan Data melalui langkah 1–4 dan 8, Publikasi langkah 5–8.",
                    "note"))
    sessions = session_rows(timing.runs, timing.day_seconds, steps)
    story.append(_p("Rincian waktu kerja", "bold"))
    if sessions.rows:
        story += table_flowables(dataclasses.replace(sessions, title=""))
    else:
        story.append(_p("Belum ada catatan mulai untuk item ini.", "note"))
    if timing.timeline.awaiting_backup:
        story.append(_p("Langkah 8 menunggu pencadangan berikutnya.", "note"))
    return build_a4_pdf(story, title=f"{CONTROL_TITLE} — {clean_text(timing.label)}", author="PADI",
                        subject=CONTROL_TITLE, font_size=9.5, decorate=page_footer(f"{CONTROL_TITLE} · {timing.label}"))


def render_control_sheet(timing: ObjectTiming, letterhead: LetterheadData, printed: dt.datetime,
                         out_path: Path) -> None:
    """Write the control sheet PDF atomically."""
    write_atomically(render_control_sheet_bytes(timing, letterhead, printed), Path(out_path))
