"""The PDF primitives every PADI document shares: fonts, colours, paragraph styles, untrusted text,
the letterhead, tables, charts, page footers and the A4 page with 'Halaman X dari Y'.

The publication layouts (``article``, ``layouts``) and every letter, sheet and report are built from these.
"""

from __future__ import annotations

import datetime as dt
import functools
import io
import math
import re
from collections.abc import Callable
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
    PageTemplate,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from desktop_app.documents.letterhead import Letterhead
from desktop_app.domain import formatting, richtext
from desktop_app.domain.charts import ChartSpec
from desktop_app.domain.tables import TableData
from desktop_app.paths import resource_path
from desktop_app.render.pdf.charts import bar_chart_drawing, chart_drawing

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

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        self.width = avail_width
        return avail_width, 8

    def draw(self):
        self.canv.setStrokeColor(TEXT)
        self.canv.setLineWidth(2.2)
        self.canv.line(0, 6, self.width, 6)
        self.canv.setLineWidth(0.7)
        self.canv.line(0, 2.6, self.width, 2.6)


def logo_flowable(source: bytes | Path | None, box: float) -> Image | None:
    """The office logo (its bytes or its file) scaled into a ``box``-point square, or None."""
    return _logo(source, box)


def _logo(source: bytes | Path | None, box: float) -> Image | None:
    """The logo scaled into a ``box``-point square, or None when it is missing or unreadable."""
    if not source:
        return None
    try:
        data = source if isinstance(source, bytes) else Path(source).read_bytes()
        width, height = ImageReader(io.BytesIO(data)).getSize()
        scale = box / max(width, height)
        return Image(io.BytesIO(data), width=width * scale, height=height * scale)
    except Exception:  # a broken logo must never stop the export
        return None


def letterhead_flowables(head: Letterhead, width: float = FRAME_WIDTH) -> list[Flowable]:
    """The kop surat: logo, government, office name and contacts, over a double rule."""
    logo = _logo(head.logo_source, 2.2 * cm)
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


DEFAULT_PLACE = "Tebing Tinggi"


def place_of(government: str) -> str:
    """The city a letter is dated in, from the letterhead's government line.

    'PEMERINTAH KOTA TEBING TINGGI' -> 'Tebing Tinggi'; empty or unusual text -> 'Tebing Tinggi'.
    """
    text = re.sub(r"^\s*PEMERINTAH\s+(KOTA|KABUPATEN|PROVINSI)\s+", "", clean_text(government).strip(), flags=re.I)
    text = " ".join(text.split())
    return text.title() if text and text.upper() != clean_text(government).strip().upper() else DEFAULT_PLACE


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

