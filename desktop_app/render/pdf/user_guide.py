"""The user guide (Panduan Pengguna) as an A4 PDF: a cover page, a table of contents with page numbers,
chapters on new pages, numbered figures (the screenshots, or a framed placeholder naming a missing one),
"Halaman X dari Y" footers and PDF bookmarks (outline) for chapters and sections. The markdown subset is
parsed in ``documents.guide``."""

from __future__ import annotations

import io
from pathlib import Path
from xml.sax.saxutils import escape

from reportlab.lib.colors import HexColor
from reportlab.lib.enums import TA_CENTER
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    Flowable,
    Frame,
    Image,
    KeepTogether,
    ListFlowable,
    ListItem,
    PageBreak,
    PageTemplate,
    Paragraph,
    Spacer,
)
from reportlab.platypus.tableofcontents import TableOfContents

from desktop_app.documents.guide import GUIDE_TITLE, Block, Bullets, GuideInfo, Heading, Para, Shot, Steps, inline_markup, parse
from desktop_app.domain import formatting
from desktop_app.render.pdf.kit import (
    ACCENT,
    FONT,
    FONT_BOLD,
    FRAME_WIDTH,
    MARGIN_BOTTOM,
    MARGIN_TOP,
    MARGIN_X,
    MUTED,
    PAGE_HEIGHT,
    PAGE_WIDTH,
    RULE,
    footer_rule,
    paragraph_style,
    register_fonts,
)

MAX_FIGURE_HEIGHT = 11.5 * cm
POINTS_PER_PIXEL = 0.40  # screenshots share one scale (a 1200 px window fills the text width)


# --- rendering ------------------------------------------------------------------------------------


def _styles() -> dict[str, ParagraphStyle]:
    return {
        "cover_title": paragraph_style("g_cover_title", 28, bold=True, textColor=ACCENT, alignment=TA_CENTER,
                                       leading=34, spaceAfter=10),
        "cover_sub": paragraph_style("g_cover_sub", 14, alignment=TA_CENTER, leading=18, spaceAfter=6),
        "cover_meta": paragraph_style("g_cover_meta", 11, alignment=TA_CENTER, leading=15, textColor=MUTED),
        "toc_title": paragraph_style("g_toc_title", 18, bold=True, textColor=ACCENT, spaceAfter=14),
        "h1": paragraph_style("g_h1", 18, bold=True, textColor=ACCENT, leading=23, spaceAfter=12, keepWithNext=1),
        "h2": paragraph_style("g_h2", 13, bold=True, textColor=ACCENT, leading=17, spaceBefore=10, spaceAfter=5,
                              keepWithNext=1),
        "body": paragraph_style("g_body", 10.5, leading=15, spaceAfter=6),
        "item": paragraph_style("g_item", 10.5, leading=15),
        "caption": paragraph_style("g_caption", 9, textColor=MUTED, alignment=TA_CENTER, spaceBefore=3,
                                   spaceAfter=10),
        "toc1": paragraph_style("g_toc1", 11, bold=True, leading=17, leftIndent=0, spaceBefore=3),
        "toc2": paragraph_style("g_toc2", 10, leading=14, leftIndent=18),
    }


class _Placeholder(Flowable):
    """A framed grey box standing in for a screenshot that is not there (yet)."""

    def __init__(self, name: str, width: float, height: float = 5 * cm) -> None:
        super().__init__()
        self.name = name
        self.width = width
        self.height = height

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        return self.width, self.height

    def draw(self):
        canvas = self.canv
        canvas.setFillColor(HexColor("#eef1f4"))
        canvas.setStrokeColor(RULE)
        canvas.setDash(4, 3)
        canvas.rect(0, 0, self.width, self.height, fill=1, stroke=1)
        canvas.setDash()
        canvas.setFillColor(MUTED)
        canvas.setFont(FONT_BOLD, 11)
        canvas.drawCentredString(self.width / 2, self.height / 2 + 4, "Gambar layar belum tersedia")
        canvas.setFont(FONT, 9.5)
        canvas.drawCentredString(self.width / 2, self.height / 2 - 12, f"shot:{self.name}")


class _Anchor(Flowable):
    """Zero-size mark carrying a heading for the table of contents and the PDF outline."""

    def __init__(self, level: int, text: str, key: str) -> None:
        super().__init__()
        self.level, self.text, self.key = level, text, key

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        return 0, 0

    def draw(self):
        pass


def _figure(shot: Shot, number: int, shots_dir: Path | None, style: ParagraphStyle) -> Flowable:
    path = shots_dir / f"{shot.name}.png" if shots_dir is not None else None
    picture: Flowable
    if path is not None and path.is_file():
        image = Image(str(path))
        pixel_w, pixel_h = image.imageWidth, image.imageHeight
        scale = min(POINTS_PER_PIXEL, FRAME_WIDTH / pixel_w, MAX_FIGURE_HEIGHT / pixel_h)
        image.drawWidth, image.drawHeight = pixel_w * scale, pixel_h * scale
        picture = _Framed(image)
    else:
        picture = _Placeholder(shot.name, FRAME_WIDTH * 0.8)
    caption = Paragraph(f"<b>Gambar {number}.</b> {inline_markup(shot.caption)}", style)
    return KeepTogether([picture, caption])


class _Framed(Flowable):
    """An image with a thin grey frame, centred (screenshots have white edges that melt into paper)."""

    def __init__(self, image: Image) -> None:
        super().__init__()
        self.image = image
        self.hAlign = "CENTER"

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        self.width, self.height = self.image.drawWidth, self.image.drawHeight
        return self.width, self.height

    def draw(self):
        self.image.drawOn(self.canv, 0, 0)
        self.canv.setStrokeColor(RULE)
        self.canv.setLineWidth(0.6)
        self.canv.rect(0, 0, self.width, self.height, fill=0, stroke=1)


def _list(items: tuple[str, ...], numbered: bool, style: ParagraphStyle) -> ListFlowable:
    entries = [ListItem(Paragraph(inline_markup(item), style), spaceAfter=2) for item in items]
    if numbered:
        return ListFlowable(entries, bulletType="1", bulletFormat="%s.", leftIndent=18, bulletFontName=FONT,
                            bulletFontSize=style.fontSize, spaceAfter=6)
    return ListFlowable(entries, bulletType="bullet", start="•", leftIndent=16, bulletFontName=FONT,
                        bulletFontSize=style.fontSize, spaceAfter=6)


def _story(blocks: list[Block], shots_dir: Path | None, info: GuideInfo, st: dict[str, ParagraphStyle],
           toc: TableOfContents) -> list[Flowable]:
    story: list[Flowable] = [
        Spacer(1, 6 * cm),
        Paragraph(GUIDE_TITLE, st["cover_title"]),
        Paragraph("Pengelolaan Data dan Informasi", st["cover_sub"]),
        Paragraph("menurut SOP Pelaksanaan Pengelolaan Data dan Informasi", st["cover_sub"]),
        Spacer(1, 2.5 * cm),
    ]
    if info.office:
        story.append(Paragraph(escape(info.office), st["cover_sub"]))
    meta = f"Versi program {info.version}" if info.version else ""
    story += [Spacer(1, 0.8 * cm), Paragraph(escape(meta), st["cover_meta"]),
              Paragraph(escape(formatting.date(info.date)), st["cover_meta"]), PageBreak(),
              Paragraph("Daftar Isi", st["toc_title"]), toc]
    chapter = section = figure = 0
    for block in blocks:
        if isinstance(block, Heading):
            if block.level == 1:
                chapter, section = chapter + 1, 0
                number = f"{chapter}."
                story.append(PageBreak())
            else:
                section += 1
                number = f"{chapter}.{section}" if chapter else str(section)
            text = f"{number} {block.text}"
            key = f"h{chapter}-{section}"
            story.append(_Anchor(block.level, text, key))
            story.append(Paragraph(inline_markup(text), st["h1" if block.level == 1 else "h2"]))
        elif isinstance(block, Para):
            story.append(Paragraph(inline_markup(block.text), st["body"]))
        elif isinstance(block, Bullets | Steps):
            story.append(_list(block.items, isinstance(block, Steps), st["item"]))
        elif isinstance(block, Shot):
            figure += 1
            story.append(_figure(block, figure, shots_dir, st["caption"]))
    return story


class _GuideDoc(BaseDocTemplate):
    def __init__(self, buffer: io.BytesIO, info: GuideInfo, total_pages: int) -> None:
        super().__init__(buffer, pagesize=(PAGE_WIDTH, PAGE_HEIGHT), leftMargin=MARGIN_X, rightMargin=MARGIN_X,
                         topMargin=MARGIN_TOP, bottomMargin=MARGIN_BOTTOM, title=GUIDE_TITLE, author="PADI",
                         subject=info.office or GUIDE_TITLE, creator="PADI", initialFontName=FONT)
        frame = Frame(MARGIN_X, MARGIN_BOTTOM, FRAME_WIDTH, PAGE_HEIGHT - MARGIN_TOP - MARGIN_BOTTOM,
                      leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0, id="body")
        self.addPageTemplates([PageTemplate(id="page", frames=[frame], onPage=self._footer)])
        self.total_pages = total_pages
        self.footer_total = total_pages
        self.version = info.version

    def _footer(self, canvas: Canvas, _doc: BaseDocTemplate) -> None:
        page = canvas.getPageNumber()
        if page == 1:
            return
        y = footer_rule(canvas)
        canvas.setFont(FONT, 8)
        canvas.setFillColor(MUTED)
        canvas.drawString(MARGIN_X, y, GUIDE_TITLE + (f" · versi {self.version}" if self.version else ""))
        text = f"Halaman {page} dari {self.footer_total}" if self.footer_total else f"Halaman {page}"
        canvas.drawRightString(PAGE_WIDTH - MARGIN_X, y, text)

    def build(self, *args, **kwargs):
        """One pass of multiBuild; the next pass's footers know this pass's page count."""
        self.footer_total = self.total_pages
        super().build(*args, **kwargs)
        self.total_pages = self.page

    def afterFlowable(self, flowable: Flowable) -> None:  # noqa: N802 - reportlab's name
        if isinstance(flowable, _Anchor):
            self.canv.bookmarkPage(flowable.key)
            self.canv.addOutlineEntry(flowable.text, flowable.key, level=flowable.level - 1,
                                      closed=flowable.level > 1)
            self.notify("TOCEntry", (flowable.level - 1, flowable.text, self.page, flowable.key))


def render_guide(markdown: str, shots_dir: Path | None, info: GuideInfo | None = None) -> bytes:
    """The guide as PDF bytes; screenshots are read from ``shots_dir`` (None: placeholders only)."""
    register_fonts()
    info = info or GuideInfo()
    blocks = parse(markdown)
    st = _styles()
    total = 0
    data = b""
    # multiBuild repeats a build until the contents' page numbers settle; each pass's footers say
    # "dari Y" with the page count of the pass before. Only when the last pass still had it wrong
    # (a single pass, or the count changed) is the whole run repeated with the count known.
    for _attempt in range(3):
        toc = TableOfContents(levelStyles=[st["toc1"], st["toc2"]], dotsMinLevel=0)
        buffer = io.BytesIO()
        doc = _GuideDoc(buffer, info, total)
        doc.multiBuild(_story(blocks, shots_dir, info, st, toc))
        data = buffer.getvalue()
        if doc.footer_total == doc.page:
            break
        total = doc.page
    return data
