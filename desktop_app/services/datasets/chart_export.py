"""A chart as a file: an SVG of one of the ready sizes (``documents.chart_sizes``), written atomically.

PNG images are made in the GUI layer (``desktop_app.gui.chart_images``) with the on-screen drawing,
in the same sizes.
"""

from __future__ import annotations

from pathlib import Path

from desktop_app.documents.chart_sizes import SIZE_LABELS, SIZES, size_of
from desktop_app.domain.charts import ChartSpec
from desktop_app.domain.errors import BadInput
from desktop_app.services.runtime import write_atomically


def export_svg(spec: ChartSpec, path: Path | str, size: str | tuple[int, int] = "sosial") -> Path:
    """Write the chart as an SVG file of ``size`` (a key of SIZES or pixels)."""
    from desktop_app.render.web.chart_svg import svg_bytes  # reportlab only when a chart is saved

    target = Path(path)
    if not target.parent.is_dir():
        raise BadInput("no_such_folder", str(target.parent))
    return write_atomically(svg_bytes(spec, size), target)


__all__ = ["SIZES", "SIZE_LABELS", "export_svg", "size_of"]
