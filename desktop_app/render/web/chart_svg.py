"""A chart as SVG through reportlab's renderer: a standalone picture of a ready size (a file), or inline
in a web page.

The SVG is the same vector drawing as in the publication PDF (:func:`render.pdf.charts.chart_drawing`),
with the title above and the source line below, scaled to the chosen size (``documents.chart_sizes``).
PNG images are made in the GUI layer (``desktop_app.gui.chart_images``) with the on-screen drawing.
"""

from __future__ import annotations

import re
from html import escape

from reportlab.graphics import renderSVG
from reportlab.graphics.shapes import Drawing, Group, Rect, String
from reportlab.lib.colors import HexColor

from desktop_app.documents.chart_sizes import size_of
from desktop_app.domain.charts import ChartKind, ChartSpec
from desktop_app.render.pdf.charts import TEXT_COLOR, chart_drawing, fit_text, one_line
from desktop_app.render.pdf.kit import FONT, FONT_BOLD, register_fonts

BASE_WIDTH = 560.0  # the chart is laid out this many points wide, then scaled to the target size
TITLE_SIZE = 12.0
SOURCE_SIZE = 7.5
MUTED = HexColor("#555555")


def standalone_drawing(spec: ChartSpec, size: str | tuple[int, int] = "sosial",
                       font: str = "DejaVuSans") -> Drawing:
    """The chart with its title and source line on a white page of ``size`` (pixels = SVG units)."""
    register_fonts()
    width, height = size_of(size)
    scale = width / BASE_WIDTH
    base_height = height / scale
    margin = 16.0
    inner = BASE_WIDTH - 2 * margin
    title = one_line(spec.title) if spec.kind is not ChartKind.KEY_FIGURE else ""
    top = margin + (TITLE_SIZE * 1.6 if title else 0)
    source = f"Sumber: {one_line(spec.source)}" if spec.source.strip() else ""
    foot = margin + (SOURCE_SIZE * 1.8 if source else 0)
    room = base_height - top - foot
    chart = chart_drawing(spec, inner, font, height=room)
    content = Group()
    content.add(Rect(0, 0, BASE_WIDTH, base_height, fillColor=HexColor("#ffffff"), strokeColor=None))
    if title:
        content.add(String(BASE_WIDTH / 2, base_height - margin - TITLE_SIZE,
                           fit_text(title, FONT_BOLD, TITLE_SIZE, inner), fontName=FONT_BOLD,
                           fontSize=TITLE_SIZE, textAnchor="middle", fillColor=TEXT_COLOR))
    placed = Group(*chart.contents)
    placed.translate(margin, foot + max(0.0, (room - chart.height) / 2))
    content.add(placed)
    if source:
        content.add(String(margin, margin, fit_text(source, font, SOURCE_SIZE, inner), fontName=font,
                           fontSize=SOURCE_SIZE, fillColor=MUTED))
    content.scale(scale, scale)
    drawing = Drawing(width, height, initialFontName=font)
    drawing.add(content)
    return drawing


def svg_bytes(spec: ChartSpec, size: str | tuple[int, int] = "sosial") -> bytes:
    """The chart as an SVG file's bytes, of ``size`` (a key of SIZES or pixels)."""
    return renderSVG.drawToString(standalone_drawing(spec, size)).encode("utf-8")


CHART_WIDTH = 640  # points (= CSS pixels) of a chart inline in a web page


def spec_svg(spec: ChartSpec, number: int, title: str = "") -> str:
    """Any chart as inline SVG, drawn by the PDF's chart code; ``number`` keeps ids unique on a page."""
    register_fonts()
    title = title or spec.title
    drawing = chart_drawing(spec, CHART_WIDTH, FONT)
    svg = renderSVG.drawToString(drawing)
    svg = svg[svg.index("<svg"):]
    svg = re.sub(r'\s+xmlns(:\w+)?="[^"]*"', "", svg)  # HTML needs no namespace; keeps the page URL-free
    svg = svg.replace('id="clip"', f'id="clip-{number}"').replace("url(#clip)", f"url(#clip-{number})")
    svg = svg.replace('id="group"', f'id="grafik-{number}"')
    svg = svg.replace("<title>...</title>", f"<title>{escape(title)}</title>", 1)
    svg = svg.replace("<desc>...</desc>", "", 1)
    return svg.replace("<svg ", f'<svg role="img" aria-label="{escape(title)}" ', 1)
