"""The parts of a publication (notices, title, sections, approval mark, draft watermark, running header
and footer) and the plain A4 article layout (the web page's print version and anything without a kind).
The brochure, booklet and poster layouts in ``layouts`` are made of the same parts."""

from __future__ import annotations

import functools
import re
from collections.abc import Callable

from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
from reportlab.pdfgen.canvas import Canvas
from reportlab.pdfgen.pathobject import PDFPathObject
from reportlab.platypus import (
    BaseDocTemplate,
    Flowable,
    KeepTogether,
    Paragraph,
    Spacer,
    Table,
)

from desktop_app.documents.publication import ApprovalMark, PublicationDocument, Section
from desktop_app.domain import formatting
from desktop_app.render.pdf.charts import fit_text
from desktop_app.render.pdf.kit import (
    ACCENT,
    DRAFT_MARK,
    DRAFT_RED,
    DRAFT_WATERMARK,
    FONT,
    FONT_BOLD,
    FRAME_WIDTH,
    LONG_TABLE_ROWS,
    MARGIN_X,
    MUTED,
    RULE,
    SAMPLE_MARK,
    SAMPLE_ORANGE,
    _para,
    _styles,
    build_a4_pdf,
    chart_flowables,
    clean_text,
    footer_rule,
    image_flowable,
    letterhead_flowables,
    page_number,
    rich_flowables,
    styles,
    table_flowables,
    table_style,
)


def notice_flowables(doc: PublicationDocument, width: float = FRAME_WIDTH, scale: float = 1.0) -> list[Flowable]:
    """The boxed DRAF and DATA CONTOH notices, when they apply."""
    notices = []
    if doc.approval is None:
        notices.append((DRAFT_RED, f"{DRAFT_MARK}: dokumen ini belum disetujui dan belum boleh diterbitkan."))
    if doc.sample:
        notices.append((SAMPLE_ORANGE, f"{SAMPLE_MARK}: angka dalam dokumen ini contoh, bukan data resmi."))
    story: list[Flowable] = []
    for color, text in notices:
        box = Table([[_para(text, ParagraphStyle("n", parent=styles(scale)["notice"], textColor=color))]],
                    colWidths=[width], splitInRow=1)
        box.setStyle(table_style([("BOX", (0, 0), (-1, -1), 0.8, color), ("TOPPADDING", (0, 0), (-1, -1), 4),
                                 ("BOTTOMPADDING", (0, 0), (-1, -1), 5)]))
        story += [box, Spacer(1, 4)]
    return story


def _title_block(doc: PublicationDocument) -> list[Flowable]:
    story: list[Flowable] = [_para(doc.kind_label.upper(), "kind"), _para(doc.title, "title")]
    if doc.author.strip():
        story.append(_para(f"Penyusun: {doc.author}", "author"))
    notices = []
    if doc.approval is None:
        notices.append((DRAFT_RED, f"{DRAFT_MARK}: dokumen ini belum disetujui dan belum boleh diterbitkan."))
    if doc.sample:
        notices.append((SAMPLE_ORANGE, f"{SAMPLE_MARK}: angka dalam dokumen ini contoh, bukan data resmi."))
    for color, text in notices:
        box = Table([[_para(text, ParagraphStyle("n", parent=_styles()["notice"], textColor=color))]],
                    colWidths=[FRAME_WIDTH], splitInRow=1)
        box.setStyle(table_style([("BOX", (0, 0), (-1, -1), 0.8, color), ("TOPPADDING", (0, 0), (-1, -1), 4),
                                 ("BOTTOMPADDING", (0, 0), (-1, -1), 5)]))
        story += [box, Spacer(1, 4)]
    return story



def section_flowables(section: Section, width: float = FRAME_WIDTH, scale: float = 1.0,
                      heading_hook: Callable[[Paragraph], None] | None = None,
                      figure_width: float | None = None) -> list[Flowable]:
    """A section's heading, rich text, narrative, table, chart and image, in that order.
    ``heading_hook`` sees the heading paragraph (the booklet uses it for the table of contents);
    charts and images are ``figure_width`` wide (default: the full ``width``)."""
    style_of = styles(scale)
    figure = min(figure_width or width, width)
    blocks: list[list[Flowable]] = []
    pending: list[Flowable] = []  # rich-text headings wait for the block they introduce
    for block, paragraph in zip(section.blocks, rich_flowables(section.blocks, scale), strict=True):
        pending.append(paragraph)
        if block.style not in ("h1", "h2"):
            blocks.append(pending)
            pending = []
    if pending:
        blocks.append(pending)
    if section.narrative.strip():
        blocks += [[_para(part, style_of["narrative"])] for part in re.split(r"\n[ \t]*\n", section.narrative.strip())]
    long_table = None
    if section.table is not None:
        blocks.append(table_flowables(section.table, width, scale))
        if len(section.table.rows) + 1 > LONG_TABLE_ROWS:
            long_table = blocks[-1]  # split where it falls; its caption keeps with it (keepWithNext)
    if section.chart is not None:
        blocks.append(chart_flowables(section.chart, figure, scale))
    picture = image_flowable(section.image, figure, figure * 0.5)
    if picture is not None:
        blocks.append([picture, _para(section.image_caption, style_of["note"]) if section.image_caption.strip()
                       else Spacer(1, 8)])
    if section.heading.strip():
        # The heading travels with the first block, so it is never left alone at the foot of a page.
        heading = _para(section.heading, style_of["heading"])
        if heading_hook is not None:
            heading_hook(heading)
        blocks = [[heading, *blocks[0]], *blocks[1:]] if blocks else [[heading]]
    story: list[Flowable] = []
    for block in blocks:
        if len(block) == 1 or (long_table is not None and block[-len(long_table):] == long_table):
            story += block
        else:
            story.append(KeepTogether(block))
    return story


def _section(section: Section) -> list[Flowable]:
    return section_flowables(section)


def approval_flowable(mark: ApprovalMark, box_width: float = 7.5 * cm) -> Flowable:
    """The boxed approval mark: approved by, title, NIP, date, version and short hash."""
    return _approval(mark, box_width)


def _approval(mark: ApprovalMark, box_width: float = 7.5 * cm) -> Flowable:
    lines = [
        _para("DISETUJUI", "approval_big"),
        _para(mark.approver_title, "approval"),
        Spacer(1, 6),
        _para(mark.approver_name, ParagraphStyle("name", parent=_styles()["approval"], fontName=FONT_BOLD)),
        _para(f"NIP. {mark.approver_nip}", "approval"),
        Spacer(1, 4),
        _para(formatting.datetime(mark.approved_at), "approval"),
        _para(f"Versi {mark.version}   ·   Hash {mark.short_hash}", "approval"),
    ]
    box = Table([[lines]], colWidths=[box_width], hAlign="RIGHT", splitInRow=1)
    box.setStyle(table_style([("BOX", (0, 0), (-1, -1), 1, ACCENT), ("TOPPADDING", (0, 0), (-1, -1), 8),
                             ("BOTTOMPADDING", (0, 0), (-1, -1), 8)]))
    return KeepTogether([Spacer(1, 18), box])


# --- page furniture ---------------------------------------------------------------------------


def draft_watermark(canvas: Canvas, size: tuple[float, float] = A4) -> None:
    """The diagonal 'DRAF' under the content of a page of ``size``."""
    _watermark(canvas, size)


def _draft_letter(path: PDFPathObject, letter: str, x: float, w: float, h: float) -> None:
    """One letter of the word DRAF as strokes (a path, not text, so text extraction stays clean)."""
    if letter == "D":
        path.moveTo(x, 0)
        path.lineTo(x, h)
        path.lineTo(x + 0.4 * w, h)
        path.curveTo(x + 1.05 * w, h, x + 1.05 * w, 0, x + 0.4 * w, 0)
        path.close()
    elif letter == "R":
        path.moveTo(x, 0)
        path.lineTo(x, h)
        path.lineTo(x + 0.5 * w, h)
        path.curveTo(x + 1.0 * w, h, x + 1.0 * w, 0.48 * h, x + 0.5 * w, 0.48 * h)
        path.lineTo(x, 0.48 * h)
        path.moveTo(x + 0.45 * w, 0.48 * h)
        path.lineTo(x + w, 0)
    elif letter == "A":
        path.moveTo(x, 0)
        path.lineTo(x + 0.5 * w, h)
        path.lineTo(x + w, 0)
        path.moveTo(x + 0.2 * w, 0.36 * h)
        path.lineTo(x + 0.8 * w, 0.36 * h)
    elif letter == "F":
        path.moveTo(x, 0)
        path.lineTo(x, h)
        path.lineTo(x + 0.9 * w, h)
        path.moveTo(x, 0.52 * h)
        path.lineTo(x + 0.72 * w, 0.52 * h)


def _watermark(canvas: Canvas, size: tuple[float, float] = A4) -> None:
    """A large diagonal 'DRAF' drawn in light strokes under the page content."""
    height, width, gap = 120.0, 80.0, 34.0
    total = 4 * width + 3 * gap
    canvas.saveState()
    canvas.translate(size[0] / 2, size[1] / 2)
    grow = min(size) / min(A4)
    canvas.scale(grow, grow)
    canvas.rotate(55 if size[1] >= size[0] else 25)
    canvas.translate(-total / 2, -height / 2)
    canvas.setStrokeColor(DRAFT_WATERMARK)
    canvas.setLineWidth(16)
    canvas.setLineCap(1)
    canvas.setLineJoin(1)
    path = canvas.beginPath()
    for index, letter in enumerate("DRAF"):
        _draft_letter(path, letter, index * (width + gap), width, height)
    canvas.drawPath(path, stroke=1, fill=0)
    canvas.restoreState()



def decorate_page(canvas: Canvas, page: int, pages: int, doc: PublicationDocument, *,
                  size: tuple[float, float] = A4, margin: float = MARGIN_X, running_header: bool | None = None) -> None:
    """Running header (after page 1 unless told) and footer with the draft or approval mark, sample mark
    and 'Halaman X dari Y', on a page of any ``size``."""
    PAGE_WIDTH, PAGE_HEIGHT = size  # noqa: N806 - the same names as the A4 constants
    MARGIN_X = margin  # noqa: N806
    FRAME_WIDTH = PAGE_WIDTH - 2 * margin  # noqa: N806
    canvas.saveState()
    if running_header if running_header is not None else page > 1:
        y = PAGE_HEIGHT - 1.15 * cm
        canvas.setFont(FONT, 7.5)
        canvas.setFillColor(MUTED)
        half = FRAME_WIDTH / 2 - 8
        office = fit_text(clean_text(doc.letterhead.office_name).replace("\n", " "), FONT, 7.5, half)
        title = fit_text(clean_text(doc.title).replace("\n", " "), FONT, 7.5, half)
        canvas.drawString(MARGIN_X, y, office)
        canvas.drawRightString(PAGE_WIDTH - MARGIN_X, y, title)
        canvas.setStrokeColor(RULE)
        canvas.setLineWidth(0.5)
        canvas.line(MARGIN_X, y - 4, PAGE_WIDTH - MARGIN_X, y - 4)
    y = footer_rule(canvas, PAGE_WIDTH, MARGIN_X)
    if doc.approval is None:
        canvas.setFont(FONT_BOLD, 7.5)
        canvas.setFillColor(DRAFT_RED)
        canvas.drawString(MARGIN_X, y, DRAFT_MARK)
    else:
        canvas.setFont(FONT, 7.5)
        canvas.setFillColor(MUTED)
        canvas.drawString(MARGIN_X, y, f"Versi {doc.approval.version} · {doc.approval.short_hash}")
    if doc.sample:
        canvas.setFont(FONT_BOLD, 7.5)
        canvas.setFillColor(SAMPLE_ORANGE)
        canvas.drawCentredString(PAGE_WIDTH / 2, y, SAMPLE_MARK)
    page_number(canvas, y, page, pages, PAGE_WIDTH, MARGIN_X)
    canvas.restoreState()


def _decorate_page(canvas: Canvas, page: int, pages: int, doc: PublicationDocument) -> None:
    decorate_page(canvas, page, pages, doc)




def render_article(doc: PublicationDocument) -> bytes:
    """The publication as an A4 article."""
    def on_page(canvas: Canvas, _template: BaseDocTemplate) -> None:
        if doc.approval is None:
            _watermark(canvas)

    story = letterhead_flowables(doc.letterhead) + _title_block(doc)
    for section in doc.sections:
        story += _section(section)
    if doc.approval is not None:
        story.append(_approval(doc.approval))
    return build_a4_pdf(story, title=clean_text(doc.title), author=clean_text(doc.author),
                        subject=clean_text(doc.kind_label), font_size=10,
                        decorate=functools.partial(_decorate_page, doc=doc), on_page=on_page)
