"""A chart as a file: SVG through reportlab's renderer, and the ready sizes for images.

The SVG is the same vector drawing as in the publication PDF (:func:`pdf_charts.chart_drawing`),
with the title above and the source line below, scaled to the chosen size. PNG images are made in
the GUI layer (``desktop_app.gui.chart_images``) with the on-screen drawing, in the same sizes.
"""

from __future__ import annotations

from pathlib import Path

from reportlab.graphics import renderSVG
from reportlab.graphics.shapes import Drawing, Group, Rect, String
from reportlab.lib.colors import HexColor
from reportlab.lib.pagesizes import A3, A4, landscape

from desktop_app.domain.charts import ChartKind, ChartSpec
from desktop_app.domain.errors import BadInput
from desktop_app.services.pdf_charts import TEXT_COLOR, chart_drawing, fit_text, one_line

PRINT_DPI = 150


def _pixels(size: tuple[float, float], dpi: int = PRINT_DPI) -> tuple[int, int]:
    return round(size[0] / 72 * dpi), round(size[1] / 72 * dpi)


# Ready sizes in pixels: a square for social media, A4 and A3 landscape at 150 dpi for print.
SIZES: dict[str, tuple[int, int]] = {
    "sosial": (1080, 1080),
    "a4": _pixels(landscape(A4)),  # 1754 × 1240
    "a3": _pixels(landscape(A3)),  # 2480 × 1754
}
SIZE_LABELS = {"sosial": "Media sosial (1080 × 1080)", "a4": "A4 mendatar (150 dpi)",
               "a3": "A3 mendatar (150 dpi)"}

BASE_WIDTH = 560.0  # the chart is laid out this many points wide, then scaled to the target size
TITLE_SIZE = 12.0
SOURCE_SIZE = 7.5
MUTED = HexColor("#555555")


def size_of(size: str | tuple[int, int]) -> tuple[int, int]:
    """A ready size by its key ("sosial", "a4", "a3") or a (width, height) in pixels."""
    if isinstance(size, str):
        if size not in SIZES:
            raise BadInput("unknown_chart_size", size)
        return SIZES[size]
    width, height = int(size[0]), int(size[1])
    if width < 50 or height < 50:
        raise BadInput("chart_size_too_small", f"{width}x{height}")
    return width, height


def standalone_drawing(spec: ChartSpec, size: str | tuple[int, int] = "sosial",
                       font: str = "DejaVuSans") -> Drawing:
    """The chart with its title and source line on a white page of ``size`` (pixels = SVG units)."""
    from desktop_app.services.pdf_export import FONT_BOLD, register_fonts

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


def export_svg(spec: ChartSpec, path: Path | str, size: str | tuple[int, int] = "sosial") -> Path:
    """Write the chart as an SVG file of ``size`` (a key of SIZES or pixels)."""
    target = Path(path)
    if not target.parent.is_dir():
        raise BadInput("no_such_folder", str(target.parent))
    drawing = standalone_drawing(spec, size)
    renderSVG.drawToFile(drawing, str(target))
    return target


__all__ = ["SIZES", "SIZE_LABELS", "export_svg", "size_of", "standalone_drawing"]
