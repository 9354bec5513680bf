"""Lembar Persetujuan as PDF: the letterhead, the publication's fields, the decision history, the
approval statement and the signature block of the head or acting head (Plt.), with an empty box for
the wet signature and stamp. Letterhead, fonts, escaping and page footer are the PDF kit's, so the
sheet and the publication look like one office."""

from __future__ import annotations

import functools

from reportlab.lib.enums import TA_CENTER
from reportlab.lib.units import cm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable, KeepTogether, Paragraph, Spacer, Table

from desktop_app.documents.letters import ApprovalSheet, DecisionRow
from desktop_app.domain import formatting
from desktop_app.render.pdf.charts import fit_text
from desktop_app.render.pdf.kit import (
    FONT,
    FRAME_WIDTH,
    MARGIN_X,
    MUTED,
    RULE,
    STRIPE,
    build_a4_pdf,
    clean_text,
    escape_markup,
    footer_rule,
    letterhead_flowables,
    page_number,
    paragraph_style,
    place_of,
    register_fonts,
    table_style,
)

TITLE = "LEMBAR PERSETUJUAN PUBLIKASI"
DECISION_WORDS = {"approved": "Disetujui", "returned": "Dikembalikan"}
SIGNATURE_WIDTH = 7.4 * cm


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
