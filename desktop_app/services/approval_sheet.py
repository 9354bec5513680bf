"""Lembar Persetujuan: an A4 sheet recording the head's approval, to print and bind into a publication.

On the office letterhead: the publication (title, kind, version, short and full content hash),
who composed and submitted it and when, the cover note, the whole decision history (each review
with the head's work time against the 10-minute standard and, apart, how long the version waited
in the head's queue, as the Laporan Pelaksanaan counts them from the activity log: a return ends
one review and a resubmission starts a new one), the approval statement, and a signature block for
the head or acting head (Plt.) with name, rank and NIP and an empty box for the wet signature and stamp.

Only a version with a valid approval gets a sheet. Letterhead, fonts, escaping and page footer
are those of the publication PDF (``pdf_export``), so both look like one office.
"""

from __future__ import annotations

import datetime as dt
import functools
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from reportlab.lib.enums import TA_CENTER
from reportlab.lib.units import cm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable, KeepTogether, Paragraph, Spacer, Table
from sqlalchemy import func, select

from desktop_app.domain import formatting
from desktop_app.domain.errors import NotAllowed
from desktop_app.domain.steps import STEPS, Step
from desktop_app.services.confirmation_letter import place_of
from desktop_app.services.exporting import report_target
from desktop_app.services.outputs import record_output
from desktop_app.services.pdf_charts import fit_text
from desktop_app.services.pdf_export import (
    FONT,
    FRAME_WIDTH,
    MARGIN_X,
    MUTED,
    RULE,
    STRIPE,
    Letterhead,
    build_a4_pdf,
    clean_text,
    escape_markup,
    footer_rule,
    letterhead_flowables,
    page_number,
    paragraph_style,
    register_fonts,
    table_style,
    write_atomically,
)
from desktop_app.services.runtime import attempt
from desktop_app.storage.models import Decision, Publication, PublicationVersion, ReviewNote, User

if TYPE_CHECKING:
    from desktop_app.services.office import Services

TITLE = "LEMBAR PERSETUJUAN PUBLIKASI"
DECISION_WORDS = {"approved": "Disetujui", "returned": "Dikembalikan"}
SIGNATURE_WIDTH = 7.4 * cm


@dataclass(frozen=True)
class DecisionRow:
    version: int
    decision: str  # "approved" / "returned"
    decided_by: str
    title: str
    decided_at: dt.datetime
    review_seconds: float | None  # from that version's submission to the decision
    content_hash: str
    notes: int
    work_seconds: float | None = None  # the head's work time (office time); None: no start entry
    wait_seconds: float | None = None  # office time it waited in the head's queue


@dataclass(frozen=True)
class ApprovalSheet:
    """Everything printed on the sheet; all strings are untrusted user text."""

    letterhead: Letterhead
    title: str
    kind_label: str
    version: int
    content_hash: str
    author: str
    submitted_by: str
    submitted_at: dt.datetime | None
    cover_note: str
    decisions: tuple[DecisionRow, ...]
    approver_name: str
    approver_rank: str
    approver_nip: str
    acting: bool
    approved_at: dt.datetime
    standard_seconds: float

    @property
    def approver_title(self) -> str:
        return "Plt. Kepala Dinas" if self.acting else "Kepala Dinas"


# --- gathering ---------------------------------------------------------------------------------
def approval_sheet(services: Services, publication_id: int) -> ApprovalSheet:
    """The sheet of the approved version; NotAllowed('not_approved') when it has no valid approval."""
    ctx = services.ctx
    doc = services.publications.approved_document(publication_id)
    mark = doc.approval
    # the k-th decision ended the k-th review occurrence of the log's timeline
    reviews = [r for r in services.performance.object_timing("publication", publication_id).runs
               if r.step == Step.REVIEW and not r.open]
    with ctx.db.reading() as s:
        pub = s.get(Publication, publication_id)
        version = pub.versions[-1]
        if version.content_hash != mark.content_hash:
            raise NotAllowed("content_changed", version.content_hash)
        names = {u.id: u for u in s.scalars(select(User))}
        versions = {v.id: v for v in pub.versions}
        rows = []
        approval: Decision | None = None
        for d in s.scalars(select(Decision).where(Decision.version_id.in_(versions)).order_by(Decision.id)):
            v: PublicationVersion = versions[d.version_id]
            seconds = (d.decided_at - v.submitted_at).total_seconds() if v.submitted_at else None
            notes = s.scalar(select(func.count(ReviewNote.id)).where(ReviewNote.version_id == v.id)) or 0
            who = names[d.decided_by]
            run = reviews[len(rows)] if len(rows) < len(reviews) else None
            rows.append(DecisionRow(v.number, d.decision, who.full_name,
                                    "Plt. Kepala Dinas" if d.acting else "Kepala Dinas", d.decided_at, seconds,
                                    d.content_hash, notes, run.work_seconds if run else None,
                                    run.wait_seconds if run else None))
            if v.id == version.id and d.decision == "approved":
                approval = d
        approver = names[approval.decided_by]
        submitter = names.get(version.submitted_by) if version.submitted_by else None
        return ApprovalSheet(
            letterhead=doc.letterhead, title=doc.title, kind_label=doc.kind_label, version=version.number,
            content_hash=version.content_hash, author=doc.author,
            submitted_by=submitter.full_name if submitter else "", submitted_at=version.submitted_at,
            cover_note=version.cover_note or "", decisions=tuple(rows), approver_name=approver.full_name,
            approver_rank=approver.rank or "", approver_nip=approver.nip or "", acting=approval.acting,
            approved_at=approval.decided_at, standard_seconds=STEPS[Step.REVIEW].standard_time.total_seconds())


# --- drawing -----------------------------------------------------------------------------------
@functools.cache
def _styles() -> dict:
    return {
        "title": paragraph_style("sheet_title", 13, bold=True, alignment=TA_CENTER, leading=17, spaceBefore=12,
                                 spaceAfter=10),
        "label": paragraph_style("sheet_label", 9.5, leading=12.5),
        "value": paragraph_style("sheet_value", 9.5, leading=12.5),
        "hash": paragraph_style("sheet_hash", 8, leading=10.5),
        "heading": paragraph_style("sheet_heading", 10.5, bold=True, spaceBefore=12, spaceAfter=5),
        "cell": paragraph_style("sheet_cell", 8, leading=10),
        "cell_bold": paragraph_style("sheet_cell_bold", 8, bold=True, leading=10),
        "body": paragraph_style("sheet_body", 10, leading=14.5, spaceBefore=10, spaceAfter=4),
        "plain": paragraph_style("sheet_plain", 10, leading=13.5),
        "name": paragraph_style("sheet_name", 10, bold=True, leading=13.5),
        "note": paragraph_style("sheet_note", 7.5, leading=9.5, textColor=MUTED, spaceBefore=3),
    }


def _p(markup: str, style: str) -> Paragraph:
    """A paragraph from markup we built (user text inside it already escaped)."""
    return Paragraph(markup, _styles()[style])


def _fields(sheet: ApprovalSheet) -> Table:
    submitted = sheet.submitted_by
    if sheet.submitted_at is not None:
        submitted = f"{submitted}, {formatting.datetime(sheet.submitted_at)}"
    rows = [
        ("Judul publikasi", f"<b>{escape_markup(sheet.title)}</b>"),
        ("Jenis", escape_markup(sheet.kind_label)),
        ("Versi", str(sheet.version)),
        ("Sidik isi (singkat)", escape_markup(sheet.content_hash[:12].lower())),
        ("Sidik isi (SHA-256)", f'<font size="8">{escape_markup(sheet.content_hash.lower())}</font>'),
        ("Disusun oleh", escape_markup(sheet.author)),
        ("Diajukan oleh", escape_markup(submitted or "-")),
        ("Catatan pengajuan", escape_markup(sheet.cover_note.strip() or "-")),
    ]
    label_width = 4.0 * cm
    body = [[_p(escape_markup(label), "label"), _p(":", "label"), _p(value, "value")] for label, value in rows]
    table = Table(body, colWidths=[label_width, 0.4 * cm, FRAME_WIDTH - label_width - 0.4 * cm], hAlign="LEFT")
    table.setStyle(table_style([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0),
                                 ("RIGHTPADDING", (0, 0), (-1, -1), 0), ("TOPPADDING", (0, 0), (-1, -1), 1),
                                 ("BOTTOMPADDING", (0, 0), (-1, -1), 2)]))
    return table


def _review_time(row: DecisionRow, standard: float) -> str:
    """'kerja 5 mnt · tunggu 2 jam', late only on the work time; without a start entry: not judged."""
    if row.work_seconds is None:
        waited = formatting.duration(row.review_seconds) if row.review_seconds is not None else "-"
        return f"{waited} (tanpa catatan mulai)"
    text = "kerja " + formatting.duration(row.work_seconds) + (" (terlambat)" if row.work_seconds > standard else "")
    return text + " · tunggu " + formatting.duration(row.wait_seconds or 0)


def _history(sheet: ApprovalSheet) -> list[Flowable]:
    header = ["Versi", "Keputusan", "Oleh", "Waktu", "Lama tinjau", "Sidik isi"]
    body = [[_p(h, "cell_bold") for h in header]]
    for row in sheet.decisions:
        word = escape_markup(DECISION_WORDS.get(row.decision, row.decision))
        if row.decision == "returned":
            word += f"<br/>({row.notes} catatan)"
        body.append([_p(str(row.version), "cell"), _p(word, "cell"),
                     _p(escape_markup(f"{row.decided_by} ({row.title})"), "cell"),
                     _p(escape_markup(formatting.datetime(row.decided_at)), "cell"),
                     _p(escape_markup(_review_time(row, sheet.standard_seconds)), "cell"),
                     _p(escape_markup(row.content_hash[:12].lower()), "cell")])
    widths = [1.4 * cm, 3.9 * cm, 3.4 * cm, 3.1 * cm, 2.4 * cm]
    widths.append(FRAME_WIDTH - sum(widths))
    table = Table(body, colWidths=widths, repeatRows=1, hAlign="LEFT")
    table.setStyle(table_style([("GRID", (0, 0), (-1, -1), 0.4, RULE), ("BACKGROUND", (0, 0), (-1, 0), STRIPE),
                                 ("VALIGN", (0, 0), (-1, -1), "TOP")]))
    standard = formatting.duration(sheet.standard_seconds)
    return [_p("Riwayat Keputusan", "heading"), table,
            _p(f"Waktu baku peninjauan {escape_markup(standard)} waktu kerja per pengajuan: waktu ketika Kepala Dinas "
               "membuka versi itu untuk ditinjau, sampai keputusan (jam kantor). Waktu tunggu (versi menunggu dalam "
               "antrean sejak diajukan) dicatat terpisah dan tidak membuat peninjauan terlambat. Pengembalian "
               "mengakhiri satu peninjauan dan pengajuan ulang memulai peninjauan baru.", "note")]


def _statement(sheet: ApprovalSheet) -> Flowable:
    return _p(
        f"Publikasi tersebut di atas, <b>versi {sheet.version}</b> dengan sidik isi "
        f"<b>{escape_markup(sheet.content_hash[:12].lower())}</b>, telah diperiksa dan <b>DISETUJUI</b> untuk "
        "diterbitkan. Persetujuan ini hanya berlaku bagi isi dengan sidik tersebut; setiap perubahan isi "
        "membatalkannya.", "body")


def _signature(sheet: ApprovalSheet) -> Flowable:
    place = place_of(sheet.letterhead.government)
    lines: list[Flowable] = [
        _p(escape_markup(f"{place}, {formatting.date(sheet.approved_at)}"), "plain"),
        _p(escape_markup(sheet.approver_title) + ",", "plain"),
    ]
    box = Table([[""]], colWidths=[SIGNATURE_WIDTH], rowHeights=[2.4 * cm])
    box.setStyle(table_style([("BOX", (0, 0), (-1, -1), 0.6, RULE)]))
    lines += [Spacer(1, 4), box, Spacer(1, 4), _p("<u>" + escape_markup(sheet.approver_name) + "</u>", "name")]
    if sheet.approver_rank.strip():
        lines.append(_p(escape_markup(sheet.approver_rank), "plain"))
    if sheet.approver_nip.strip():
        lines.append(_p("NIP. " + escape_markup(sheet.approver_nip), "plain"))
    block = Table([[lines]], colWidths=[SIGNATURE_WIDTH], hAlign="RIGHT")
    block.setStyle(table_style([("LEFTPADDING", (0, 0), (-1, -1), 0), ("RIGHTPADDING", (0, 0), (-1, -1), 0)]))
    return KeepTogether([Spacer(1, 16), block])


def _footer(canvas: Canvas, page: int, pages: int, sheet: ApprovalSheet) -> None:
    canvas.saveState()
    y = footer_rule(canvas)
    canvas.setFont(FONT, 7.5)
    canvas.setFillColor(MUTED)
    label = f"Lembar Persetujuan · {clean_text(sheet.title)} · Versi {sheet.version} · {sheet.content_hash[:12]}"
    canvas.drawString(MARGIN_X, y, fit_text(label.replace("\n", " "), FONT, 7.5, FRAME_WIDTH * 0.75))
    page_number(canvas, y, page, pages)
    canvas.restoreState()


def render_approval_sheet_bytes(sheet: ApprovalSheet) -> bytes:
    """The sheet as PDF bytes. Every string is untrusted user text and is printed literally."""
    register_fonts()
    story = letterhead_flowables(sheet.letterhead)
    story += [_p(TITLE, "title"), _fields(sheet)]
    story += _history(sheet)
    story += [_statement(sheet), _signature(sheet)]
    return build_a4_pdf(story, title=f"Lembar Persetujuan — {clean_text(sheet.title)}",
                        author=clean_text(sheet.approver_name), subject="Lembar Persetujuan", font_size=10,
                        decorate=functools.partial(_footer, sheet=sheet))


def approval_sheet_pdf(services: Services, publication_id: int) -> bytes:
    """The Lembar Persetujuan of the approved version as PDF bytes (refused when not approved)."""
    return render_approval_sheet_bytes(approval_sheet(services, publication_id))


@attempt("approval_sheet_written", "publication")
def write_approval_sheet(services: Services, publication_id: int, out_path: Path) -> Path:
    """Write the sheet to ``out_path`` atomically; one activity-log entry (step 7)."""
    out_path, _suffix = report_target(out_path, ctx=services.ctx)
    sheet = approval_sheet(services, publication_id)
    write_atomically(render_approval_sheet_bytes(sheet), out_path)
    with services.ctx.db.unit_of_work() as s:
        services.ctx.log(s, "approval_sheet_written", step=Step.PUBLISH, object_type="publication",
                         object_id=publication_id, object_label=sheet.title,
                         detail={"version": sheet.version, "hash": sheet.content_hash, "file": out_path.name})
        record_output(services.ctx, out_path, "approval_sheet", s)
    return out_path
