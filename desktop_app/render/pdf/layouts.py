"""Page layouts of the brochure, booklet and poster, built from the article's parts and the PDF kit.

``publication.render_publication_bytes`` hands a document here by its kind, so the preview and the
published PDF always come from the same code:

- brochure (brosur): A4 landscape, two pages of three panels folded in three (fold marks); the outside
  page holds the cover panel (right), the back panel with the office contacts (middle) and the first
  content panel (left flap); the content flows on across the three inside panels. The text is as large
  as lets everything fit the two pages; the parts of the sections (text, table, chart, picture) are
  spread over the four content panels so that none is left empty while another is full, a chart
  grows to fill the room left in its panel, and when the content leaves room to spare, each table's
  total stands out as a key figure. Content too long for that flows panel after panel.
- booklet (buklet): A5 or A4, a cover, the foreword signed by the head (or Plt.), a table of contents
  (filled in at the end of the single build, since every page is held back until the page count is
  known), the sections, and a back cover with the office address and contacts.
- poster: A3 or A2, one page: letterhead, big title, key figures, the sections in two columns.
"""

from __future__ import annotations

import dataclasses
import functools
import io
import math
from collections.abc import Callable
from dataclasses import dataclass, field

from reportlab.graphics.shapes import Drawing
from reportlab.lib.colors import HexColor, white
from reportlab.lib.enums import TA_CENTER, TA_LEFT
from reportlab.lib.pagesizes import A2, A3, A4, A5, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    Flowable,
    Frame,
    FrameBreak,
    KeepTogether,
    NextPageTemplate,
    PageBreak,
    PageTemplate,
    Paragraph,
    Spacer,
    Table,
)

from desktop_app.documents.publication import PublicationDocument, Section
from desktop_app.domain import formatting, richtext
from desktop_app.domain.charts import ChartKind, ChartSpec, chart_of
from desktop_app.domain.errors import BadInput
from desktop_app.render.pdf.article import approval_flowable, decorate_page, draft_watermark, notice_flowables, section_flowables
from desktop_app.render.pdf.charts import chart_drawing, fit_text
from desktop_app.render.pdf.kit import (
    ACCENT,
    FONT,
    FONT_BOLD,
    MUTED,
    TEXT,
    NumberedCanvas,
    chart_flowables,
    clean_text,
    escape_markup,
    letterhead_flowables,
    logo_flowable,
    rich_flowables,
    styles,
    table_style,
)

PAPER = {"A5": A5, "A4": A4, "A3": A3, "A2": A2}
COVER_BAND = HexColor("#e8eff5")


def render(doc: PublicationDocument) -> bytes:
    """The PDF of a brochure, booklet or poster."""
    if doc.kind == "brosur":
        return _brochure(doc)
    if doc.kind == "buklet":
        return _booklet(doc)
    return _poster(doc)


# --- shared -----------------------------------------------------------------------------------


def _style(name: str, scale: float, **changes) -> ParagraphStyle:
    base = styles(scale)[name]
    return ParagraphStyle(f"{name}-{id(changes)}", parent=base, **changes)


def _p(text: object, style: ParagraphStyle) -> Paragraph:
    return Paragraph(escape_markup(text), style)


def _build(doc: PublicationDocument, size: tuple[float, float], templates: list[PageTemplate], story: list[Flowable],
           decorate: Callable[[Canvas, int, int], None],
           after_flowable: Callable[[Flowable, int], None] | None = None) -> tuple[bytes, int]:
    """Build once; returns the PDF bytes and its page count."""
    buffer = io.BytesIO()
    pages = [0]

    def counted(canvas: Canvas, page: int, total: int) -> None:
        pages[0] = total
        decorate(canvas, page, total)

    class Template(BaseDocTemplate):
        def afterFlowable(self, flowable: Flowable) -> None:  # noqa: N802 - reportlab's name
            if after_flowable is not None:
                after_flowable(flowable, self.page)

    template = Template(buffer, pagesize=size, title=clean_text(doc.title), author=clean_text(doc.author),
                        subject=clean_text(doc.kind_label), creator="PADI", initialFontName=FONT, initialFontSize=10)
    template.addPageTemplates(templates)
    template.build(story, canvasmaker=functools.partial(NumberedCanvas, decorate=counted))
    return buffer.getvalue(), pages[0]


def _frame(x: float, y: float, width: float, height: float, frame_id: str) -> Frame:
    return Frame(x, y, width, height, leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0, id=frame_id)


def _under_content(doc: PublicationDocument, size: tuple[float, float],
                   extra: Callable[[Canvas], None] | None = None) -> Callable[[Canvas, BaseDocTemplate], None]:
    def on_page(canvas: Canvas, _template: BaseDocTemplate) -> None:
        if extra is not None:
            extra(canvas)
        if doc.approval is None:
            draft_watermark(canvas, size)
    return on_page


def _contact_lines(doc: PublicationDocument) -> list[str]:
    head = doc.letterhead
    lines = [head.address] if head.address.strip() else []
    labelled = (("Telp.", head.phone), ("Faks.", head.fax), ("E-mail:", head.email), ("Laman:", head.website))
    return lines + [f"{label} {value}" for label, value in labelled if value.strip()]


def _sections(doc: PublicationDocument, width: float, scale: float,
              hook: Callable[[Paragraph], None] | None = None, figure_width: float | None = None) -> list[Flowable]:
    story: list[Flowable] = []
    for section in doc.sections:
        story += section_flowables(section, width, scale, hook, figure_width)
    return story


def _fitting(build: Callable[[float], tuple[bytes, int]], scales: tuple[float, ...], pages: int) -> bytes:
    """The first build (largest text) that fits in ``pages`` pages; the smallest one otherwise."""
    data = b""
    for scale in scales:
        data, count = build(scale)
        if count <= pages:
            break
    return data


# --- brochure ---------------------------------------------------------------------------------

BROCHURE_SCALES = (1.0, 0.92, 0.85, 0.78, 0.7, 0.62, 0.55)
CONTENT_PANELS = 4  # the flap on the outside page and the three inside panels
KEY_FIGURE_HEIGHT = 3.4 * cm
CHART_GROWTH = 2.4  # a chart grows to at most this many times its natural height to fill its panel
PLANNED_TABLE_ROWS = 40  # a longer table cannot stay in one panel: such content flows instead of being planned


def _fold_marks(size: tuple[float, float]) -> Callable[[Canvas], None]:
    def draw(canvas: Canvas) -> None:
        width, height = size
        canvas.saveState()
        canvas.setStrokeColor(MUTED)
        canvas.setLineWidth(0.4)
        canvas.setDash(3, 2)
        for x in (width / 3, 2 * width / 3):
            canvas.line(x, height, x, height - 0.6 * cm)
            canvas.line(x, 0, x, 0.6 * cm)
        canvas.restoreState()
    return draw


@dataclass
class _Unit:
    """A part of the content that stays in one panel: flowables, or a chart drawn as tall as its panel allows."""

    flowables: list[Flowable]
    height: float  # at the natural size
    chart: ChartSpec | None = None
    grow: float = 0.0  # how much taller the chart may become
    key_figure: bool = False  # the chart is a key-figure card (no caption or source line of its own)


def _measure(flowables: list[Flowable], width: float, room: float) -> float:
    """The height ``flowables`` take stacked in a frame ``width`` wide (measured on a scratch canvas)."""
    canvas = Canvas(io.BytesIO())
    total = 0.0
    flat: list[Flowable] = []
    for flowable in flowables:  # a KeepTogether answers "too tall" on purpose; its parts are measured
        flat += flowable._content if isinstance(flowable, KeepTogether) else [flowable]  # noqa: SLF001
    for index, flowable in enumerate(flat):
        _w, h = flowable.wrapOn(canvas, width, room)
        total += h + (flowable.getSpaceBefore() if index else 0) + flowable.getSpaceAfter()
    return total


def _brochure_units(doc: PublicationDocument, width: float, room: float, scale: float,
                    key_figures: bool) -> list[_Unit] | None:
    """The content as units that each stay in one panel; None when one is taller than a panel."""
    if any(s.table is not None and len(s.table.rows) > PLANNED_TABLE_ROWS for s in doc.sections):
        return None  # a long table flows over the panels: nothing to plan
    units: list[_Unit] = []
    for section in doc.sections:
        parts = dataclasses.replace(section, chart=None, image=None, image_caption="")
        pending: list[Flowable] = []  # a heading that waits for the unit it introduces
        flow = section_flowables(parts, width, scale)
        blocks: list[list[Flowable]] = [[f] for f in flow]
        if section.heading.strip() and len(blocks) == 1 and not parts.blocks and parts.table is None \
                and not parts.narrative.strip():
            pending, blocks = blocks[0], []  # a heading alone: it goes with the chart or the picture
        table = section.table
        if key_figures and table is not None and table.total is not None and table.numeric_columns:
            try:
                card = chart_of(table, ChartKind.KEY_FIGURE)
            except BadInput:
                card = None
            if card is not None and card.key_value is not None:
                blocks.insert(min(1, len(blocks)), [card])  # type: ignore[list-item] - drawn below
        for block in blocks:
            if isinstance(block[0], ChartSpec):  # a key figure card: it may grow to fill its panel
                units.append(_Unit([Spacer(1, 6)], KEY_FIGURE_HEIGHT + 6, block[0], room - KEY_FIGURE_HEIGHT,
                                   key_figure=True))
                continue
            units.append(_Unit(block, _measure(block, width, room)))
            if units[-1].height > room:
                return None
        if section.chart is not None:
            natural = _measure(pending + chart_flowables(section.chart, width, scale), width, room)
            drawing = chart_flowables(section.chart, width, scale)
            plot = next(f for f in drawing if isinstance(f, Drawing)).height
            units.append(_Unit(pending, natural, section.chart, plot * (CHART_GROWTH - 1)))
            pending = []
        if section.image is not None:
            image = section_flowables(Section("", image=section.image, image_caption=section.image_caption),
                                      width, scale)
            units.append(_Unit(pending + image, _measure(pending + image, width, room)))
            pending = []
        if pending:
            units.append(_Unit(pending, _measure(pending, width, room)))
    if any(unit.height > room for unit in units):
        return None
    return units


def _plan(units: list[_Unit], panels: int, room: float) -> list[int] | None:
    """Where each panel's units end, so that the panels are filled as evenly as the units allow.

    Units keep their order; a panel's units must fit it. Among the ways that fit, the one leaving the
    least empty space in the panels (counting what charts grow into, squared so that one empty panel
    weighs more than several half-full ones) wins. None when the units do not fit the panels."""
    count = len(units)
    prefix = [0.0]
    for unit in units:
        prefix.append(prefix[-1] + unit.height)

    def emptiness(start: int, end: int) -> float | None:
        used = prefix[end] - prefix[start]
        if used > room:
            return None
        grow = sum(u.grow for u in units[start:end])
        return max(0.0, room - used - grow) ** 2

    best: dict[tuple[int, int], tuple[float, list[int]] | None] = {}

    def solve(start: int, left: int) -> tuple[float, list[int]] | None:
        if (start, left) in best:
            return best[(start, left)]
        if start == count:
            result: tuple[float, list[int]] | None = (room ** 2 * left, [])
        elif left == 0:
            result = None
        else:
            result = None
            for end in range(start + 1, count + 1):
                cost = emptiness(start, end)
                if cost is None:
                    break
                rest = solve(end, left - 1)
                if rest is not None and (result is None or cost + rest[0] < result[0]):
                    result = (cost + rest[0], [end, *rest[1]])
        best[(start, left)] = result
        return result

    found = solve(0, panels)
    return found[1] if found is not None else None


def _planned_story(units: list[_Unit], ends: list[int], width: float, room: float, scale: float) -> list[Flowable]:
    """The units panel by panel, each chart as tall as the room its panel leaves (within its growth)."""
    story: list[Flowable] = []
    start = 0
    for number, end in enumerate(ends):
        group = units[start:end]
        spare = room - sum(u.height for u in group) - 2  # a little slack against rounding
        charts = [u for u in group if u.chart is not None]
        for unit in group:
            if unit.chart is None:
                story += unit.flowables
                continue
            extra = max(0.0, min(unit.grow, spare / len(charts)))
            if unit.key_figure:
                story += [chart_drawing(unit.chart, width, FONT, height=KEY_FIGURE_HEIGHT + extra), *unit.flowables]
                continue
            drawing_height = next(f for f in chart_flowables(unit.chart, width, scale)
                                  if isinstance(f, Drawing)).height + extra
            story += unit.flowables + chart_flowables(unit.chart, width, scale, height=drawing_height)
        if number < len(ends) - 1:
            story.append(FrameBreak())
        start = end
    return story


def _brochure(doc: PublicationDocument) -> bytes:
    size = landscape(A4)
    width, height = size
    pad, top, bottom = 0.8 * cm, 1.0 * cm, 1.7 * cm
    panel = width / 3
    inner = panel - 2 * pad
    room = height - top - bottom

    def frames(order: tuple[int, ...], prefix: str) -> list[Frame]:
        return [_frame(i * panel + pad, bottom, inner, room, f"{prefix}{i}") for i in order]

    on_page = _under_content(doc, size, _fold_marks(size))
    templates = [PageTemplate("outside", frames((2, 1, 0), "out"), onPage=on_page),
                 PageTemplate("inside", frames((0, 1, 2), "in"), onPage=on_page)]

    def build(content: list[Flowable]) -> tuple[bytes, int]:
        story: list[Flowable] = [NextPageTemplate("inside")]
        story += _brochure_cover(doc, inner)
        story.append(FrameBreak())
        story += _back_panel(doc, inner, 0.9)
        story.append(FrameBreak())
        story += content
        story += [PageBreak(), Spacer(1, 1)] if not content else []
        return _build(doc, size, templates, story, functools.partial(
            _decorate, doc=doc, size=size, margin=pad, running_header=False))

    for scale in BROCHURE_SCALES:  # the largest text whose content can be spread over the panels
        for key_figures in (True, False):
            units = _brochure_units(doc, inner, room, scale, key_figures)
            if units is None:
                break
            if sum(u.height for u in units) > room * CONTENT_PANELS:
                break  # more than the panels hold at this size
            if key_figures and sum(u.height for u in units) > room * (CONTENT_PANELS - 1):
                continue  # room to spare only: the key figures must not push content off the brochure
            ends = _plan(units, CONTENT_PANELS, room)
            if ends is None:
                continue
            data, pages = build(_planned_story(units, ends, inner, room, scale))
            if pages == 2:
                return data
    # Content too long to plan (a table taller than a panel, or more than four panels' worth): it
    # flows panel after panel, the text shrinking step by step until it fits the two pages.
    data = b""
    for scale in BROCHURE_SCALES:
        content = _sections(doc, inner, scale, figure_width=inner * min(1.0, scale / 0.85))
        data, pages = build(content)
        if pages <= 2:
            break
    return data


def _decorate(canvas: Canvas, page: int, pages: int, *, doc: PublicationDocument, size: tuple[float, float],
              margin: float, running_header: bool | None = None) -> None:
    decorate_page(canvas, page, pages, doc, size=size, margin=margin, running_header=running_header)


def _brochure_cover(doc: PublicationDocument, width: float) -> list[Flowable]:
    head = doc.letterhead
    center = {"alignment": TA_CENTER}
    story: list[Flowable] = [Spacer(1, 0.6 * cm)]
    logo = logo_flowable(head.logo_source, 3.2 * cm)
    if logo is not None:
        logo.hAlign = "CENTER"
        story += [logo, Spacer(1, 0.4 * cm)]
    story += [_p(head.government.upper(), _style("gov", 0.85, **center)),
              _p(clean_text(head.office_name).upper(), _style("office", 0.8, **center)),
              Spacer(1, 2.2 * cm),
              _p(doc.kind_label.upper(), _style("kind", 1.1, **center)),
              _p(doc.title, _style("title", 1.25, **center))]
    if doc.author.strip():
        story.append(_p(f"Penyusun: {doc.author}", _style("author", 0.9, **center)))
    story.append(Spacer(1, 0.8 * cm))
    return story + notice_flowables(doc, width, 0.85)


def _back_panel(doc: PublicationDocument, width: float, scale: float, approval: bool = True) -> list[Flowable]:
    """The office contacts (brochure back panel, booklet back cover) and the approval mark if asked."""
    head = doc.letterhead
    story: list[Flowable] = [_p("Hubungi Kami", _style("heading", scale)),
                             _p(head.office_name, _style("body", scale, fontName=FONT_BOLD)),
                             _p(head.government, _style("body", scale))]
    story += [_p(line, _style("body", scale, spaceAfter=2)) for line in _contact_lines(doc)]
    if approval and doc.approval is not None:
        story += [Spacer(1, 0.5 * cm), approval_flowable(doc.approval, min(width, 7.5 * cm))]
    return story


# --- booklet ----------------------------------------------------------------------------------


@dataclass
class _Contents:
    """Table of contents filled in as the headings are laid out; drawn when the pages are decorated."""

    entries: list[str]
    heading_ids: dict[int, int] = field(default_factory=dict)  # id(paragraph) -> entry index
    pages: dict[int, int] = field(default_factory=dict)  # entry index -> page number
    lines: dict[int, tuple[int, float, float, float]] = field(default_factory=dict)  # index -> page, x, y, width

    def hook(self, paragraph: Paragraph) -> None:
        self.heading_ids[id(paragraph)] = len(self.heading_ids)

    def after(self, flowable: Flowable, page: int) -> None:
        index = self.heading_ids.get(id(flowable))
        if index is not None and index not in self.pages:
            self.pages[index] = page

    def draw(self, canvas: Canvas, page: int, size: float) -> None:
        for index, (line_page, x, y, width) in self.lines.items():
            if line_page != page:
                continue
            number = str(self.pages.get(index, ""))
            canvas.setFillColor(TEXT)
            canvas.setFont(FONT_BOLD, size)
            number_width = pdfmetrics.stringWidth(number, FONT_BOLD, size)
            canvas.drawRightString(x + width, y, number)
            canvas.setFont(FONT, size)
            title = fit_text(self.entries[index], FONT, size, width - number_width - 30)
            canvas.drawString(x, y, title)
            dots_from = x + pdfmetrics.stringWidth(title, FONT, size) + 4
            dot = pdfmetrics.stringWidth(". ", FONT, size)
            count = max(0, int((x + width - number_width - 4 - dots_from) / dot))
            canvas.setFillColor(MUTED)
            canvas.drawString(dots_from, y, ". " * count)


class _ContentsLine(Flowable):
    """Room for one line of the table of contents; remembers where it landed."""

    def __init__(self, contents: _Contents, index: int, size: float) -> None:
        super().__init__()
        self.contents, self.index, self.size = contents, index, size

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        self.width = avail_width
        return avail_width, self.size * 1.9

    def draw(self):
        x, y = self.canv.absolutePosition(0, self.size * 0.55)
        self.contents.lines[self.index] = (self.canv._doctemplate.page, x, y, self.width)


def _booklet(doc: PublicationDocument) -> bytes:
    paper = doc.paper if doc.paper in ("A5", "A4") else "A5"
    size = PAPER[paper]
    width, height = size
    margin = 1.6 * cm if paper == "A5" else 2.0 * cm
    scale = 0.9 if paper == "A5" else 1.0
    frame_width = width - 2 * margin
    body_frame = _frame(margin, 1.9 * cm, frame_width, height - 1.9 * cm - 1.7 * cm, "body")

    def band(canvas: Canvas) -> None:
        canvas.saveState()
        canvas.setFillColor(COVER_BAND)
        canvas.rect(0, 0, width, height * 0.42, stroke=0, fill=1)
        canvas.setFillColor(ACCENT)
        canvas.rect(0, height * 0.42, width, 0.25 * cm, stroke=0, fill=1)
        canvas.restoreState()

    templates = [PageTemplate("cover", [_frame(margin, 1.9 * cm, frame_width, height - 3.5 * cm, "cover")],
                              onPage=_under_content(doc, size, band)),
                 PageTemplate("body", [body_frame], onPage=_under_content(doc, size)),
                 PageTemplate("back", [_frame(margin, 1.9 * cm, frame_width, height - 3.5 * cm, "back")],
                              onPage=_under_content(doc, size, band))]
    headings = [s.heading for s in doc.sections if s.heading.strip()]
    contents = _Contents([clean_text(h).replace("\n", " ") for h in headings])
    toc_size = 10 * scale
    story: list[Flowable] = [NextPageTemplate("body")]
    story += _booklet_cover(doc, frame_width)
    story.append(PageBreak())
    if doc.foreword is not None:
        story += _foreword(doc, frame_width, scale)
        story.append(PageBreak())
    if headings:
        story.append(_p("Daftar Isi", _style("title", scale * 0.9)))
        story += [_ContentsLine(contents, i, toc_size) for i in range(len(headings))]
        story.append(PageBreak())
    story += _sections(doc, frame_width, scale, contents.hook)
    if doc.approval is not None:
        story.append(approval_flowable(doc.approval, min(frame_width, 7.5 * cm)))
    story += [NextPageTemplate("back"), PageBreak()]
    logo = logo_flowable(doc.letterhead.logo_source, 2.2 * cm)
    if logo is not None:
        logo.hAlign = "CENTER"
        story += [Spacer(1, height * 0.2), logo]
    story += [Spacer(1, height * 0.58 - 1.9 * cm - (height * 0.2 + logo.drawHeight if logo is not None else 0))]
    story += _back_panel(doc, frame_width, scale, approval=False)

    def decorate(canvas: Canvas, page: int, pages: int) -> None:
        decorate_page(canvas, page, pages, doc, size=size, margin=margin,
                      running_header=1 < page < pages)
        canvas.saveState()
        contents.draw(canvas, page, toc_size)
        canvas.restoreState()

    data, _pages = _build(doc, size, templates, story, decorate, contents.after)
    return data


def _booklet_cover(doc: PublicationDocument, width: float) -> list[Flowable]:
    head = doc.letterhead
    center = {"alignment": TA_CENTER}
    story: list[Flowable] = []
    logo = logo_flowable(head.logo_source, 2.8 * cm)
    if logo is not None:
        logo.hAlign = "CENTER"
        story += [logo, Spacer(1, 0.3 * cm)]
    story += [_p(head.government.upper(), _style("gov", 0.9, **center)),
              _p(clean_text(head.office_name).upper(), _style("office", 0.85, **center)),
              Spacer(1, 2.5 * cm),
              _p(doc.kind_label.upper(), _style("kind", 1.2, **center)),
              _p(doc.title, _style("title", 1.45, **center))]
    if doc.author.strip():
        story.append(_p(f"Penyusun: {doc.author}", _style("author", 1.0, **center)))
    if doc.approval is not None:
        story.append(_p(f"Diterbitkan {formatting.date(doc.approval.approved_at.date())}",
                        _style("author", 1.0, **center)))
    story.append(Spacer(1, 0.6 * cm))
    return story + notice_flowables(doc, width)


def _foreword(doc: PublicationDocument, width: float, scale: float) -> list[Flowable]:
    foreword = doc.foreword
    assert foreword is not None
    story: list[Flowable] = [_p("Kata Pengantar", _style("title", scale * 0.9))]
    story += rich_flowables(richtext.from_plain(foreword.text), scale)
    signature = [_p(f"{foreword.signer_title},", _style("body", scale, alignment=TA_LEFT)),
                 Spacer(1, 1.6 * cm),
                 _p(foreword.signer_name, _style("body", scale, fontName=FONT_BOLD, spaceAfter=0))]
    if foreword.signer_rank.strip():
        signature.append(_p(foreword.signer_rank, _style("body", scale, spaceAfter=0)))
    if foreword.signer_nip.strip():
        signature.append(_p(f"NIP. {foreword.signer_nip}", _style("body", scale, spaceAfter=0)))
    block = Table([["", signature]], colWidths=[width * 0.45, width * 0.55], splitInRow=1)
    block.setStyle(table_style([("LEFTPADDING", (0, 0), (-1, -1), 0), ("VALIGN", (0, 0), (-1, -1), "TOP")]))
    return story + [Spacer(1, 0.6 * cm), block]


# --- poster -----------------------------------------------------------------------------------

POSTER_SCALE = {"A3": 1.35, "A2": 1.9}


def _key_figures(doc: PublicationDocument, width: float, scale: float) -> list[Flowable]:
    """Big numbers: the grand total of every section's table, up to four in a row."""
    tiles = []
    for section in doc.sections:
        table = section.table
        if table is None or table.total is None or not table.numeric_columns:
            continue
        column = table.numeric_columns[0]
        value = table.total[column] if column < len(table.total) else None
        if not isinstance(value, (int, float)) or isinstance(value, bool) or not math.isfinite(value):
            continue
        number = formatting.number(value, 0 if float(value).is_integer() else 2)
        label = " ".join(part for part in (table.title, f"({table.unit})" if table.unit.strip() else "") if part)
        tiles.append([_p(number, _style("title", scale * 1.6, alignment=TA_CENTER, textColor=white)),
                      _p(label, _style("body", scale, alignment=TA_CENTER, textColor=white))])
    if not tiles:
        return []
    tiles = tiles[:4]
    gap = 0.4 * cm * scale
    tile_width = (width - gap * (len(tiles) - 1)) / len(tiles)
    row: list = []
    widths: list[float] = []
    for index, tile in enumerate(tiles):
        if index:
            row.append("")
            widths.append(gap)
        row.append(tile)
        widths.append(tile_width)
    grid = Table([row], colWidths=widths)
    commands = [("VALIGN", (0, 0), (-1, -1), "MIDDLE"), ("TOPPADDING", (0, 0), (-1, -1), 8 * scale),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 8 * scale)]
    commands += [("BACKGROUND", (2 * i, 0), (2 * i, 0), ACCENT) for i in range(len(tiles))]
    grid.setStyle(table_style(commands))
    return [grid, Spacer(1, 0.5 * cm * scale)]


def _poster(doc: PublicationDocument) -> bytes:
    paper = doc.paper if doc.paper in ("A3", "A2") else "A3"
    size = PAPER[paper]
    width, height = size
    base = POSTER_SCALE[paper]
    margin = 1.5 * cm * base
    frame_width = width - 2 * margin
    bottom = 1.9 * cm

    def build(shrink: float) -> tuple[bytes, int]:
        scale = base * shrink
        head: list[Flowable] = letterhead_flowables(doc.letterhead, frame_width)
        head += [_p(doc.kind_label.upper(), _style("kind", scale)),
                 _p(doc.title, _style("title", scale * 1.6, spaceAfter=6 * scale))]
        if doc.author.strip():
            head.append(_p(f"Penyusun: {doc.author}", _style("author", scale)))
        head += notice_flowables(doc, frame_width, scale)
        head += _key_figures(doc, frame_width, scale)
        head_height = sum(f.wrap(frame_width, height)[1] + f.getSpaceBefore() + f.getSpaceAfter() for f in head) + 4
        top = height - margin
        gap = 1.0 * cm * base
        column = (frame_width - gap) / 2
        below = top - head_height
        frames = [_frame(margin, below, frame_width, head_height, "head"),
                  _frame(margin, bottom, column, below - bottom - 0.3 * cm, "left"),
                  _frame(margin + column + gap, bottom, column, below - bottom - 0.3 * cm, "right")]
        more = [_frame(margin, bottom, column, top - bottom, "left2"),
                _frame(margin + column + gap, bottom, column, top - bottom, "right2")]
        on_page = _under_content(doc, size)
        templates = [PageTemplate("first", frames, onPage=on_page), PageTemplate("next", more, onPage=on_page)]
        story: list[Flowable] = [NextPageTemplate("next"), *head, FrameBreak()]
        story += _sections(doc, column, scale, figure_width=column * min(1.0, shrink * 1.1))
        if doc.approval is not None:
            story.append(approval_flowable(doc.approval, min(column, 7.5 * cm * scale)))
        return _build(doc, size, templates, story, functools.partial(
            _decorate, doc=doc, size=size, margin=margin, running_header=False))

    return _fitting(build, (1.0, 0.85, 0.72, 0.6, 0.5), 1)


__all__ = ["render", "PAPER"]
