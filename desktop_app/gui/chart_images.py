"""A chart as a PNG image in the ready sizes, drawn with the on-screen ChartView off screen.

The view is laid out at a comfortable size (its short side 600 pixels) and painted scaled up to
the target, so text keeps its proportions at 1080 × 1080 as well as at A3 (2480 × 1754).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QPoint, Qt
from PySide6.QtGui import QColor, QImage, QPainter
from PySide6.QtWidgets import QApplication

from desktop_app.domain.charts import ChartSpec
from desktop_app.domain.errors import BadInput
from desktop_app.gui.widgets.chart_view import ChartView
from desktop_app.services.datasets import SIZES, size_of

LAYOUT_SHORT_SIDE = 600  # the chart is laid out with its short side this many pixels, then scaled


def render_image(spec: ChartSpec, size: str | tuple[int, int] = "sosial") -> QImage:
    """The chart drawn on a white image of ``size`` (a key of SIZES or pixels)."""
    width, height = size_of(size)
    scale = max(1.0, min(width, height) / LAYOUT_SHORT_SIDE)
    logical_w, logical_h = round(width / scale), round(height / scale)
    view = ChartView(paper=True)
    view.setAttribute(Qt.WidgetAttribute.WA_DontShowOnScreen, True)
    try:
        view.resize(logical_w, logical_h)
        view.show_chart(spec)
        view.show()
        QCoreApplication.sendPostedEvents()
        QApplication.processEvents()
        view.plot.getPlotItem().vb.updateViewRange()
        QApplication.processEvents()
        image = QImage(width, height, QImage.Format.Format_ARGB32)
        image.fill(QColor("white"))
        painter = QPainter(image)
        try:
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
            painter.scale(width / logical_w, height / logical_h)
            view.render(painter, QPoint(0, 0))
        finally:
            painter.end()
    finally:
        view.close()
        view.deleteLater()
    return image


def export_png(spec: ChartSpec, path: Path | str, size_key: str | tuple[int, int] = "sosial") -> Path:
    """Write the chart as a PNG of a ready size ("sosial", "a4", "a3") or of (width, height) pixels."""
    target = Path(path)
    if not target.parent.is_dir():
        raise BadInput("no_such_folder", str(target.parent))
    if not render_image(spec, size_key).save(str(target), "PNG"):
        raise BadInput("image_not_written", str(target))
    return target


__all__ = ["SIZES", "export_png", "render_image"]
