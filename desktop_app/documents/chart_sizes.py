"""The ready sizes of a chart saved as a picture (SVG here, PNG in the GUI): a square for social media,
A4 and A3 landscape at 150 dpi for print."""

from __future__ import annotations

from desktop_app.domain.errors import BadInput

A4_LANDSCAPE = (841.8897637795277, 595.2755905511812)  # points, as reportlab's landscape(A4)
A3_LANDSCAPE = (1190.5511811023623, 841.8897637795277)  # points, as reportlab's landscape(A3)
PRINT_DPI = 150


def _pixels(size: tuple[float, float], dpi: int = PRINT_DPI) -> tuple[int, int]:
    return round(size[0] / 72 * dpi), round(size[1] / 72 * dpi)


# Ready sizes in pixels: a square for social media, A4 and A3 landscape at 150 dpi for print.
SIZES: dict[str, tuple[int, int]] = {
    "sosial": (1080, 1080),
    "a4": _pixels(A4_LANDSCAPE),  # 1754 × 1240
    "a3": _pixels(A3_LANDSCAPE),  # 2480 × 1754
}
SIZE_LABELS = {"sosial": "Media sosial (1080 × 1080)", "a4": "A4 mendatar (150 dpi)",
               "a3": "A3 mendatar (150 dpi)"}


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
