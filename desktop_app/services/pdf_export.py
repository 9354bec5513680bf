"""Publication PDF export: letterhead, sections with rich text, tables, charts and images, approval mark,
page footer; ``render_publication_bytes`` is the one entry point for every kind of publication.

This module holds the building blocks and the A4 article layout (web page print version and anything
without a kind); the brochure, booklet and poster layouts are in ``pdf_layouts``.
"""

from __future__ import annotations

import datetime as dt
import functools
import io
import math
import os
import re
import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal
from pathlib import Path
from xml.sax.saxutils import escape

from reportlab.lib.colors import HexColor, white
from reportlab.lib.enums import TA_CENTER, TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
from reportlab.lib.utils import ImageReader
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    CondPageBreak,
    Flowable,
    Frame,
    Image,
    KeepTogether,
    PageTemplate,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from desktop_app.domain import formatting, richtext
from desktop_app.domain.charts import ChartSpec
from desktop_app.domain.tables import TableData
from desktop_app.paths import resource_path
from desktop_app.services.pdf_charts import bar_chart_drawing, chart_drawing, fit_text

FONT = "DejaVuSans"
FONT_BOLD = "DejaVuSans-Bold"
FONT_ITALIC = "DejaVuSans-Oblique"
_FONT_FILES = {FONT: "DejaVuSans.ttf", FONT_BOLD: "DejaVuSans-Bold.ttf", FONT_ITALIC: "DejaVuSans-Oblique.ttf"}

PAGE_WIDTH, PAGE_HEIGHT = A4
MARGIN_X = 2.0 * cm
MARGIN_TOP = 1.8 * cm
MARGIN_BOTTOM = 2.0 * cm
FRAME_WIDTH = PAGE_WIDTH - 2 * MARGIN_X

ACCENT = HexColor("#1f5f8b")
TEXT = HexColor("#1a1a1a")
MUTED = HexColor("#5a5f66")
RULE = HexColor("#b7bec6")
STRIPE = HexColor("#f1f4f7")
TOTAL_FILL = HexColor("#e3ebf2")
DRAFT_RED = HexColor("#b3261e")
DRAFT_WATERMARK = HexColor("#f6d5d2")
SAMPLE_ORANGE = HexColor("#b35c00")

DRAFT_MARK = "DRAF — BELUM DISETUJUI"
SAMPLE_MARK = "DATA CONTOH"


@dataclass(frozen=True)
class Letterhead:
    """The office's kop surat, printed at the top of page 1."""

    office_name: str  # "Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu"
    government: str  # "PEMERINTAH KOTA TEBING TINGGI"
    address: str
    phone: str
    fax: str
    email: str
    website: str
    logo_path: Path | None = None  # PNG/JPG; skipped silently when None, missing or unreadable


@dataclass(frozen=True)
class ApprovalMark:
    """Who approved which version of the content; printed as a boxed block and in every footer."""

    approver_name: str
    approver_title: str  # e.g. "Kepala Dinas" or "Plt. Kepala Dinas"
    approver_nip: str
    approved_at: datetime
    version: int
    content_hash: str  # hex sha256; the first 12 characters are printed as the short hash

    @property
    def short_hash(self) -> str:
        return self.content_hash[:12].lower()


@dataclass(frozen=True)
class Section:
    """One part of the publication: heading, then text, narrative, table, chart and image, whichever are present."""

    heading: str
    text: str = ""  # plain user text; paragraphs separated by blank lines (used when ``body`` is empty)
    table: TableData | None = None
    chart: ChartSpec | None = None
    body: tuple[richtext.Block, ...] = ()  # rich text; wins over ``text``
    narrative: str = ""  # the (edited) automatic narrative of the table
    image: bytes | None = None  # PNG/JPEG bytes from the content itself, never a path or URL
    image_caption: str = ""

    @property
    def blocks(self) -> tuple[richtext.Block, ...]:
        return self.body or richtext.from_plain(self.text)


@dataclass(frozen=True)
class Foreword:
    """A booklet's foreword (Kata Pengantar), signed by the head or the acting head (Plt.)."""

    text: str
    signer_name: str
    signer_title: str  # "Kepala Dinas" or "Plt. Kepala Dinas"
    signer_rank: str = ""
    signer_nip: str = ""


@dataclass(frozen=True)
class PublicationDocument:
    """Everything printed in a publication PDF. All strings are untrusted user text."""

    title: str
    kind_label: str  # e.g. "Brosur", "Buklet", "Halaman Web", "Poster"
    author: str  # "Siti Rahma (Staf)"
    letterhead: Letterhead
    sections: tuple[Section, ...]
    approval: ApprovalMark | None = None  # None: a draft, marked "DRAF — BELUM DISETUJUI" on every page
    sample: bool = False  # True: "DATA CONTOH" in every page footer
    kind: str = ""  # "brosur", "buklet", "web", "poster"; "" is the plain A4 article like "web"
    paper: str = ""  # "A4", "A5" (booklet), "A3", "A2" (poster); "" is the kind's default
    foreword: Foreword | None = None  # booklets only


# --- fonts and styles -------------------------------------------------------------------------


def register_fonts() -> None:
    """Register the DejaVu fonts once, as a family so <b> and <i> in our own markup work."""
    registered = set(pdfmetrics.getRegisteredFontNames())
    for name, filename in _FONT_FILES.items():
        if name not in registered:
            pdfmetrics.registerFont(TTFont(name, str(resource_path("fonts", filename))))
    pdfmetrics.registerFontFamily(FONT, normal=FONT, bold=FONT_BOLD, italic=FONT_ITALIC, boldItalic=FONT_BOLD)


def paragraph_style(name: str, size: float, *, bold: bool = False, leading: float | None = None, **extra) -> ParagraphStyle:
    return ParagraphStyle(name, fontName=FONT_BOLD if bold else FONT, fontSize=size,
                          leading=leading or size * 1.3, textColor=extra.pop("textColor", TEXT), **extra)


def _styles() -> dict[str, ParagraphStyle]:
    return styles(1.0)


@functools.cache
def styles(scale: float = 1.0) -> dict[str, ParagraphStyle]:
    """The publication's paragraph styles; ``scale`` enlarges (poster) or shrinks (brochure panel) all."""
    if scale != 1.0:
        return {name: ParagraphStyle(f"{name}@{scale}", parent=style, fontSize=style.fontSize * scale,
                                     leading=style.leading * scale, spaceBefore=style.spaceBefore * scale,
                                     spaceAfter=style.spaceAfter * scale, leftIndent=style.leftIndent * scale,
                                     bulletIndent=style.bulletIndent * scale)
                for name, style in styles(1.0).items()}
    return {
        "gov": paragraph_style("gov", 12, bold=True, alignment=TA_CENTER, leading=15),
        "office": paragraph_style("office", 13.5, bold=True, alignment=TA_CENTER, leading=16.5),
        "contact": paragraph_style("contact", 8.5, alignment=TA_CENTER, leading=11),
        "kind": paragraph_style("kind", 9, bold=True, textColor=ACCENT, spaceBefore=14),
        "title": paragraph_style("title", 18, bold=True, leading=23, spaceBefore=2, spaceAfter=4),
        "author": paragraph_style("author", 9.5, textColor=MUTED, spaceAfter=6),
        "notice": paragraph_style("notice", 8.5, bold=True, leading=11),
        "heading": paragraph_style("heading", 13, bold=True, textColor=ACCENT, spaceBefore=14, spaceAfter=6,
                          keepWithNext=1),
        "body": paragraph_style("body", 10, leading=14.5, spaceAfter=6),
        "caption": paragraph_style("caption", 9.5, bold=True, spaceBefore=4, spaceAfter=4, keepWithNext=1),
        "note": paragraph_style("note", 7.5, textColor=MUTED, leading=9.5, spaceBefore=3, spaceAfter=8),
        "approval": paragraph_style("approval", 9, alignment=TA_CENTER, leading=12),
        "approval_big": paragraph_style("approval_big", 11, bold=True, alignment=TA_CENTER, textColor=ACCENT,
                               leading=14, spaceAfter=3),
        "h1": paragraph_style("h1", 12, bold=True, textColor=ACCENT, spaceBefore=8, spaceAfter=4, keepWithNext=1),
        "h2": paragraph_style("h2", 10.5, bold=True, spaceBefore=6, spaceAfter=3, keepWithNext=1),
        "bullet": paragraph_style("bullet", 10, leading=14.5, spaceAfter=3, leftIndent=14, bulletIndent=3),
        "narrative": paragraph_style("narrative", 10, leading=14.5, spaceAfter=6, textColor=HexColor("#2b3a46")),
    }


# --- untrusted text ---------------------------------------------------------------------------

_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f\ud800-\udfff]")


def clean_text(text: object) -> str:
    """User text without control characters; newlines normalised to \\n, tabs to spaces."""
    value = str(text).replace("\r\n", "\n").replace("\r", "\n").replace("\t", "    ")
    return _CONTROL.sub("", value)


def escape_markup(text: object) -> str:
    """Untrusted text as Paragraph markup that renders literally; newlines become line breaks."""
    return escape(clean_text(text)).replace("\n", "<br/>")


def _para(text: object, style: str | ParagraphStyle) -> Paragraph:
    return Paragraph(escape_markup(text), _styles()[style] if isinstance(style, str) else style)


def _paragraphs(text: str) -> list[Paragraph]:
    blocks = re.split(r"\n[ \t]*\n", clean_text(text).strip("\n"))
    return [_para(block.strip("\n"), "body") for block in blocks if block.strip()]


def _runs_markup(runs: tuple[richtext.Run, ...]) -> str:
    """Each run escaped first; only our own code adds the <b>/<i> tags around it."""
    return richtext.runs_markup(runs, escape_markup, ("<b>", "</b>"), ("<i>", "</i>"))


def rich_flowables(blocks: tuple[richtext.Block, ...], scale: float = 1.0) -> list[Paragraph]:
    """Rich text blocks as paragraphs: headings, body text, bullets and numbered items."""
    style_of = styles(scale)
    out = []
    for block, number in zip(blocks, richtext.numbering(blocks), strict=True):
        markup = _runs_markup(block.runs)
        if block.style == "bullet":
            out.append(Paragraph(markup, style_of["bullet"], bulletText="•"))
        elif block.style == "number":
            out.append(Paragraph(markup, style_of["bullet"], bulletText=f"{number}."))
        else:
            out.append(Paragraph(markup, style_of["body" if block.style == "p" else block.style]))
    return out


def image_flowable(data: bytes | None, width: float, max_height: float) -> Image | None:
    """PNG/JPEG bytes scaled into ``width`` × ``max_height``, or None when they do not decode."""
    if not data:
        return None
    try:
        pixels_w, pixels_h = ImageReader(io.BytesIO(data)).getSize()
        scale = min(width / pixels_w, max_height / pixels_h)
        return Image(io.BytesIO(data), width=pixels_w * scale, height=pixels_h * scale)
    except Exception:  # a broken picture must never stop the export
        return None


def table_style(commands: list) -> TableStyle:
    """A TableStyle whose cells use our font (reportlab sets Helvetica on every cell otherwise)."""
    return TableStyle([("FONT", (0, 0), (-1, -1), FONT, 8), *commands])


# --- letterhead and title ---------------------------------------------------------------------


class _DoubleRule(Flowable):
    """The thick-over-thin double rule under an Indonesian letterhead (kop surat)."""

    def wrap(self, avail_width, avail_height):
        self.width = avail_width
        return avail_width, 8

    def draw(self):
        self.canv.setStrokeColor(TEXT)
        self.canv.setLineWidth(2.2)
        self.canv.line(0, 6, self.width, 6)
        self.canv.setLineWidth(0.7)
        self.canv.line(0, 2.6, self.width, 2.6)


def logo_flowable(path: Path | None, box: float) -> Image | None:
    """The office logo scaled into a ``box``-point square, or None."""
    return _logo(path, box)


def _logo(path: Path | None, box: float) -> Image | None:
    """The logo scaled into a ``box``-point square, or None when it is missing or unreadable."""
    if path is None:
        return None
    try:
        data = Path(path).read_bytes()
        width, height = ImageReader(io.BytesIO(data)).getSize()
        scale = box / max(width, height)
        return Image(io.BytesIO(data), width=width * scale, height=height * scale)
    except Exception:  # a broken logo must never stop the export
        return None


def letterhead_flowables(head: Letterhead, width: float = FRAME_WIDTH) -> list[Flowable]:
    """The kop surat: logo, government, office name and contacts, over a double rule."""
    logo = _logo(head.logo_path, 2.2 * cm)
    side = 2.6 * cm
    text_width = width - (2 * side if logo is not None else 0)
    office = clean_text(head.office_name).upper()
    # The office name on one line if a slightly smaller size allows it; otherwise wrapped.
    size = next((s for s in (13.5, 13, 12.5, 12, 11.5, 11)
                 if pdfmetrics.stringWidth(office, FONT_BOLD, s) <= text_width - 2), 12.5)
    office_style = ParagraphStyle("office_fit", parent=_styles()["office"], fontSize=size, leading=size * 1.22)
    lines = [_para(head.government.upper(), "gov"), _para(office, office_style)]
    if head.address.strip():
        lines.append(_para(head.address, "contact"))
    contact = [part for part in (("Telp. " + head.phone) if head.phone.strip() else "",
                                 ("Faks. " + head.fax) if head.fax.strip() else "") if part]
    online = [part for part in (("E-mail: " + head.email) if head.email.strip() else "",
                                ("Laman: " + head.website) if head.website.strip() else "") if part]
    contact_style = _styles()["contact"]
    for parts in (contact, online):
        joined = " · ".join(parts)
        if parts and pdfmetrics.stringWidth(joined, FONT, contact_style.fontSize) <= text_width:
            lines.append(_para(joined, contact_style))
        else:  # too long for one line: one item per line rather than a label torn from its value
            lines += [_para(part, contact_style) for part in parts]
    if logo is None:
        table = Table([[lines]], colWidths=[width], splitInRow=1)
    else:
        table = Table([[logo, lines, ""]], colWidths=[side, width - 2 * side, side], splitInRow=1)
    table.setStyle(table_style([("VALIGN", (0, 0), (-1, -1), "MIDDLE"), ("ALIGN", (0, 0), (0, 0), "LEFT"),
                               ("LEFTPADDING", (0, 0), (-1, -1), 0), ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                               ("BOTTOMPADDING", (0, 0), (-1, -1), 4)]))
    return [table, _DoubleRule()]


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


# --- tables -----------------------------------------------------------------------------------


def _cell_text(value: object, numeric: bool) -> str:
    if value is None:
        return formatting.NO_VALUE if numeric else ""  # a figure without data: never blank, never 0
    if isinstance(value, dt.datetime):
        return formatting.datetime(value)
    if isinstance(value, dt.date):
        return formatting.date(value)
    if numeric and isinstance(value, (int, float, Decimal)) and not isinstance(value, bool):
        number = float(value)
        return formatting.number(number) if math.isfinite(number) else ""
    return clean_text(value)


def _column_widths(
    grid: list[list[str]], numeric: set[int], size: float, strict: bool, bold_last: bool,
    frame_width: float = FRAME_WIDTH,
) -> list[float] | None:
    """Column widths at font ``size`` that fit ``frame_width``, or None when they cannot fit.

    Numbers never wrap. When ``strict``, header words do not break and text columns keep room for
    their longest word; otherwise (a last resort for very wide tables) both may break.
    """
    pad = 8.0 if size >= 7 else 4.0

    def width(text: str, font: str = FONT) -> float:
        return pdfmetrics.stringWidth(text, font, size)

    natural, minimum = [], []
    for col in range(len(grid[0])):
        header, body = grid[0][col], [row[col] for row in grid[1:]]
        header_word = max((width(w, FONT_BOLD) for w in header.split()), default=0)
        fonts = [FONT] * len(body)
        if bold_last and fonts:
            fonts[-1] = FONT_BOLD  # the total row
        lines = [(line, font) for t, font in zip(body, fonts, strict=True) for line in t.split("\n")]
        body_line = max((width(line, font) for line, font in lines), default=0)
        natural.append(min(max(width(header, FONT_BOLD), body_line), 220) + pad)
        if col in numeric:
            minimum.append(max(body_line, header_word if strict else 0) + pad + 1)
        elif strict:
            longest_word = max((width(w) for t in body for w in t.split()), default=0)
            minimum.append(min(max(longest_word, header_word, 36), 120) + pad)
        else:
            minimum.append(min(natural[-1], 30 + pad))
    if sum(natural) <= frame_width:
        extra = frame_width - sum(natural)
        return [w + extra * w / sum(natural) for w in natural]
    if sum(minimum) > frame_width:
        return None
    widths = [minimum[c] if c in numeric else 0.0 for c in range(len(natural))]
    free = frame_width - sum(widths)
    flexible = [c for c in range(len(natural)) if c not in numeric]
    # Share the free room among text columns in proportion to natural width, never below a minimum.
    while flexible:
        total = sum(natural[c] for c in flexible)
        short = [c for c in flexible if free * natural[c] / total < minimum[c]]
        if not short:
            for c in flexible:
                widths[c] = free * natural[c] / total
            break
        for c in short:
            widths[c] = minimum[c]
            free -= minimum[c]
            flexible.remove(c)
    if not flexible:
        extra = frame_width - sum(widths)
        widths = [w + extra * w / sum(widths) for w in widths]
    return widths


LONG_TABLE_ROWS = 16
"""Tables with more rows than this split where they fall instead of moving whole to the next page."""


def table_flowables(table: TableData, width: float = FRAME_WIDTH, scale: float = 1.0) -> list[Flowable]:
    columns = max([len(table.headers), *(len(r) for r in table.rows), len(table.total or ())]) or 1
    numeric = {c for c in table.numeric_columns if 0 <= c < columns}

    def cells(row: tuple[object, ...]) -> list[str]:
        padded = tuple(row) + ("",) * (columns - len(row))
        return [_cell_text(v, c in numeric) for c, v in enumerate(padded[:columns])]

    grid = [[clean_text(h) for h in tuple(table.headers) + ("",) * (columns - len(table.headers))]]
    grid += [cells(row) for row in table.rows]
    if table.total is not None:
        grid.append(cells(table.total))
    # Shrink the font step by step until the table fits the frame width.
    attempts = [(size * scale, True) for size in (8.0, 7.5, 7.0, 6.5)]
    attempts += [(size * scale, False) for size in (7.0, 6.5, 6.0, 5.5, 5.0)]
    size, widths = 8.0 * scale, None
    for size, strict in attempts:
        widths = _column_widths(grid, numeric, size, strict, table.total is not None, width)
        if widths is not None:
            break
    if widths is None:  # too wide even so: equal shares, with the font shrunk until the numbers fit
        widths = [width / columns] * columns
        widest = max((pdfmetrics.stringWidth(row[c], FONT_BOLD, 1) for row in grid[1:] for c in numeric), default=0)
        size = max(3.5, min(size, (widths[0] - 5) / widest)) if widest else size

    leading = size * 1.25
    pad = 4.0 if size >= 7 else 2.0
    plain = ParagraphStyle("cell", fontName=FONT, fontSize=size, leading=leading, textColor=TEXT)
    number = ParagraphStyle("num", parent=plain, alignment=TA_RIGHT)
    head = ParagraphStyle("head", parent=plain, fontName=FONT_BOLD, textColor=white, alignment=TA_CENTER)
    total_row = len(grid) - 1 if table.total is not None else None

    def paragraph(text: str, row: int, col: int) -> Paragraph | str:
        bold = row == 0 or row == total_row
        if "\n" not in text and pdfmetrics.stringWidth(text, FONT_BOLD if bold else FONT, size) <= widths[col] - 2 * pad:
            # One line that fits: a plain string cell, drawn as it is (never parsed as markup) and far
            # cheaper to lay out than a Paragraph; font, colour and alignment come from the table style.
            return text
        if row == 0:
            return Paragraph(escape_markup(text), head)
        style = number if col in numeric else plain
        if row == total_row:
            style = ParagraphStyle("total", parent=style, fontName=FONT_BOLD)
        return Paragraph(escape_markup(text), style)

    body = [[paragraph(text, r, c) for c, text in enumerate(row)] for r, row in enumerate(grid)]
    # splitInRow: a row taller than a page (a very long cell text) splits instead of failing.
    flow = Table(body, colWidths=widths, repeatRows=1, hAlign="LEFT", splitInRow=1)
    commands = [
        ("BACKGROUND", (0, 0), (-1, 0), ACCENT),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("GRID", (0, 0), (-1, -1), 0.3, RULE),
        ("LEFTPADDING", (0, 0), (-1, -1), pad), ("RIGHTPADDING", (0, 0), (-1, -1), pad),
        ("TOPPADDING", (0, 0), (-1, -1), 2.5), ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
        # for the plain string cells
        ("FONT", (0, 0), (-1, -1), FONT, size, leading), ("TEXTCOLOR", (0, 0), (-1, -1), TEXT),
        ("FONT", (0, 0), (-1, 0), FONT_BOLD, size, leading), ("TEXTCOLOR", (0, 0), (-1, 0), white),
        ("ALIGN", (0, 0), (-1, 0), "CENTER"),
        *(("ALIGN", (c, 1), (c, -1), "RIGHT") for c in sorted(numeric)),
    ]
    if total_row is not None:
        commands.append(("FONT", (0, total_row), (-1, total_row), FONT_BOLD, size, leading))
    last_body = (total_row if total_row is not None else len(grid)) - 1
    if last_body >= 1:
        commands.append(("ROWBACKGROUNDS", (0, 1), (-1, last_body), [white, STRIPE]))
    if total_row is not None:
        commands += [("BACKGROUND", (0, total_row), (-1, total_row), TOTAL_FILL),
                     ("LINEABOVE", (0, total_row), (-1, total_row), 1.2, TEXT)]
    flow.setStyle(table_style(commands))
    style_of = styles(scale)
    story: list[Flowable] = []
    if table.title.strip():
        if len(grid) > LONG_TABLE_ROWS:
            # A long table starts where it falls (not on a fresh page) as long as the caption and a few
            # rows fit; keepWithNext would glue the caption to the whole table and push both on.
            story += [CondPageBreak(leading * 8 + style_of["caption"].leading * 2),
                      _para(table.title, ParagraphStyle("caption-free", parent=style_of["caption"], keepWithNext=0))]
        else:
            story.append(_para(table.title, style_of["caption"]))
    story.append(flow)
    notes = [f"Satuan: {table.unit}"] if table.unit.strip() else []
    notes += [f"Sumber: {table.source}"] if table.source.strip() else []
    notes += [f"Catatan: {table.note}"] if table.note.strip() else []
    story.append(_para("\n".join(notes), style_of["note"]) if notes else Spacer(1, 8))
    return story


# --- charts, sections, approval ---------------------------------------------------------------


def chart_flowables(spec: ChartSpec, width: float = FRAME_WIDTH, scale: float = 1.0,
                    height: float | None = None) -> list[Flowable]:
    """A chart as vector graphics between its caption and source line; the drawing about ``height``
    points high when given (a layout filling a panel), else as high as its kind needs."""
    style_of = styles(scale)
    parts: list[Flowable] = [_para(spec.title, style_of["caption"])] if spec.title.strip() else []
    parts.append(bar_chart_drawing(spec, width, FONT) if height is None else chart_drawing(spec, width, FONT,
                                                                                           height=height))
    parts.append(_para(f"Sumber: {spec.source}", style_of["note"]) if spec.source.strip() else Spacer(1, 8))
    return parts


_chart = chart_flowables


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


def _draft_letter(path, letter: str, x: float, w: float, h: float) -> None:
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


def footer_rule(canvas: Canvas, page_width: float = PAGE_WIDTH, margin: float = MARGIN_X) -> float:
    """The thin rule above every page footer; returns the baseline the footer text stands on."""
    y = 1.15 * cm
    canvas.setStrokeColor(RULE)
    canvas.setLineWidth(0.5)
    canvas.line(margin, y + 10, page_width - margin, y + 10)
    return y


def page_number(canvas: Canvas, y: float, page: int, pages: int, page_width: float = PAGE_WIDTH,
                margin: float = MARGIN_X) -> None:
    """'Halaman X dari Y' at the right end of the footer."""
    canvas.setFont(FONT, 7.5)
    canvas.setFillColor(MUTED)
    canvas.drawRightString(page_width - margin, y, f"Halaman {page} dari {pages}")


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


PageDecorator = Callable[[Canvas, int, int], None]
"""Draws a page's header and footer, given the canvas, the page number and the page count."""


class NumberedCanvas(Canvas):
    """A canvas that holds its pages back until the end, so each footer can say 'Halaman X dari Y'."""

    def __init__(self, *args, decorate: PageDecorator, **kwargs):
        super().__init__(*args, **kwargs)
        self._decorate = decorate
        self._pages: list[dict] = []

    def showPage(self):  # noqa: N802 - reportlab's name
        self._pages.append(dict(self.__dict__))
        self._startPage()

    def save(self):
        for number, state in enumerate(self._pages, start=1):
            self.__dict__.update(state)
            self._decorate(self, number, len(self._pages))
            super().showPage()
        super().save()


# --- rendering --------------------------------------------------------------------------------


def build_a4_pdf(story: list[Flowable], *, title: str, author: str, subject: str, font_size: float,
                 decorate: PageDecorator, on_page: Callable[[Canvas, BaseDocTemplate], None] | None = None,
                 ) -> bytes:
    """An A4 document in the office layout (margins, one full-width frame) as PDF bytes.

    ``decorate`` draws each page's header and footer once the page count is known; ``on_page`` (if
    given) draws under each page's content. The metadata strings are used as they are. Call
    register_fonts() before building the story: measuring text needs the fonts.
    """
    buffer = io.BytesIO()
    template = BaseDocTemplate(
        buffer, pagesize=A4, leftMargin=MARGIN_X, rightMargin=MARGIN_X, topMargin=MARGIN_TOP,
        bottomMargin=MARGIN_BOTTOM, title=title, author=author, subject=subject, creator="PADI",
        initialFontName=FONT, initialFontSize=font_size,
    )
    # No frame padding: FRAME_WIDTH is exactly the printable width between the margins.
    frame = Frame(MARGIN_X, MARGIN_BOTTOM, FRAME_WIDTH, PAGE_HEIGHT - MARGIN_TOP - MARGIN_BOTTOM,
                  leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0, id="body")
    hooks = {"onPage": on_page} if on_page is not None else {}
    template.addPageTemplates([PageTemplate(id="page", frames=[frame], **hooks)])
    template.build(story, canvasmaker=functools.partial(NumberedCanvas, decorate=decorate))
    return buffer.getvalue()


def write_atomically(data: bytes, out_path: Path) -> None:
    """Write ``data`` to ``out_path`` atomically: a reader never sees a half-written file.

    Never over a database, its companion files or a backup, whatever the caller checked."""
    from desktop_app.services.outputs import refuse_protected

    out_path = Path(out_path)
    refuse_protected(out_path)
    handle = tempfile.NamedTemporaryFile(dir=out_path.parent, prefix=f".{out_path.name}.", suffix=".tmp",
                                         delete=False)
    try:
        with handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(handle.name, out_path)
    except BaseException:
        Path(handle.name).unlink(missing_ok=True)
        raise


def render_publication_bytes(doc: PublicationDocument) -> bytes:
    """The publication as PDF bytes, in the layout of its kind (the preview and the final PDF alike)."""
    register_fonts()
    if doc.kind in ("brosur", "buklet", "poster"):
        from desktop_app.services import pdf_layouts
        return pdf_layouts.render(doc)

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


def render_publication(doc: PublicationDocument, out_path: Path) -> None:
    """Write the publication PDF to ``out_path`` atomically: a reader never sees a half-written file.

    A full or failing disk raises the PadiError of ``write_errors`` (the earlier file stays as it was)."""
    data = render_publication_bytes(doc)
    from desktop_app.services.runtime import reported_write_errors
    with reported_write_errors(out_path):
        write_atomically(data, out_path)
