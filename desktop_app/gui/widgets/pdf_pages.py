"""Shows the pages of a PDF on screen, drawn by PDFium from the very bytes that would be printed.

Used for the composer's live preview and the head's page-by-page review: what is looked at is the
exact PDF, not a second drawing of it. ``render_pages`` rasterises every page; ``PdfPagesView`` shows
one page at a time with previous/next buttons and an optional zoom-to-width.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable, Iterator

import pypdfium2 as pdfium
from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QImage, QPixmap, QResizeEvent
from PySide6.QtWidgets import (
    QLabel,
    QScrollArea,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from desktop_app.gui.widgets.flow_layout import flow_row

translate = QCoreApplication.translate

POINTS_PER_INCH = 72.0


def _to_image(page: pdfium.PdfPage, scale: float) -> QImage:
    bitmap = page.render(scale=scale, rev_byteorder=True, prefer_bgrx=True, fill_color=(255, 255, 255, 255))
    try:
        image = QImage(bitmap.buffer, bitmap.width, bitmap.height, bitmap.stride, QImage.Format.Format_RGBX8888)
        return image.copy()  # detach from PDFium's buffer, which is freed with the bitmap
    finally:
        bitmap.close()


@contextlib.contextmanager
def _opened(pdf: bytes) -> Iterator[pdfium.PdfDocument]:
    """A PDFium document that is closed again at once. No document outlives its use: PDFium objects
    left for the interpreter to close at exit have crashed it while finalising."""
    document = pdfium.PdfDocument(pdf)
    try:
        yield document
    finally:
        document.close()


def _page_image(document: pdfium.PdfDocument, index: int, scale: Callable[[pdfium.PdfPage], float]) -> QImage:
    page = document[index]
    try:
        return _to_image(page, scale(page))
    finally:
        page.close()


def render_pages(pdf: bytes, dpi: float) -> list[QImage]:
    """Every page of ``pdf`` as an image at ``dpi`` dots per inch."""
    with _opened(pdf) as document:
        return [_page_image(document, i, lambda _page: dpi / POINTS_PER_INCH) for i in range(len(document))]


class PdfPagesView(QWidget):
    """One page of a PDF at a time, with page navigation and zoom-to-width; empty until ``set_pdf``."""

    page_changed = Signal(int)

    FIXED_DPI = 96.0

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._data = b""
        self._count = 0
        self._current = 0
        self.previous_button = QToolButton(self)
        self.previous_button.setText(translate("PdfPagesView", "◀ Sebelumnya"))
        self.previous_button.setToolTip(translate("PdfPagesView", "Halaman sebelumnya (PgUp)"))
        self.previous_button.setShortcut(Qt.Key.Key_PageUp)
        self.previous_button.clicked.connect(lambda: self.go_to(self._current - 1))
        self.next_button = QToolButton(self)
        self.next_button.setText(translate("PdfPagesView", "Berikutnya ▶"))
        self.next_button.setToolTip(translate("PdfPagesView", "Halaman berikutnya (PgDown)"))
        self.next_button.setShortcut(Qt.Key.Key_PageDown)
        self.next_button.clicked.connect(lambda: self.go_to(self._current + 1))
        self.page_label = QLabel(self)
        self.fit_width_button = QToolButton(self)
        self.fit_width_button.setText(translate("PdfPagesView", "Pas Lebar"))
        self.fit_width_button.setToolTip(translate("PdfPagesView", "Perbesar halaman selebar tampilan"))
        self.fit_width_button.setCheckable(True)
        self.fit_width_button.setChecked(True)
        self.fit_width_button.toggled.connect(lambda _on: self._show())
        # Wraps in a narrow column (the compose dialog's preview on a laptop at 125 %) instead of widening it.
        bar = flow_row(self, (self.previous_button, self.page_label, self.next_button, self.fit_width_button))
        self.image_label = QLabel(self)
        self.image_label.setAlignment(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
        self.image_label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Ignored)
        self.scroll = QScrollArea(self)
        self.scroll.setWidget(self.image_label)
        self.scroll.setWidgetResizable(False)
        self.scroll.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        self.scroll.setStyleSheet("QScrollArea { background: #8a8a8a; }")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(bar)
        layout.addWidget(self.scroll, 1)
        self._show()

    def set_pdf(self, data: bytes) -> None:
        """Show ``data`` (a PDF); keeps the current page when the new PDF still has it."""
        self._data = bytes(data)
        self._count = 0
        if self._data:
            with _opened(self._data) as document:
                self._count = len(document)
        self._current = min(self._current, max(self.page_count() - 1, 0))
        self._show()

    def page_count(self) -> int:
        return self._count

    def current_page(self) -> int:
        return self._current

    def go_to(self, index: int) -> None:
        if not self.page_count():
            return
        index = max(0, min(index, self.page_count() - 1))
        if index != self._current:
            self._current = index
            self._show()
            self.page_changed.emit(index)

    def current_image(self) -> QImage:
        pixmap = self.image_label.pixmap()
        return pixmap.toImage() if pixmap is not None else QImage()

    def _scale(self, page: pdfium.PdfPage) -> float:
        if self.fit_width_button.isChecked():
            width = self.scroll.viewport().width() - 16
            return max(width, 100) / page.get_width()
        return self.FIXED_DPI / POINTS_PER_INCH

    def _show(self) -> None:
        count = self.page_count()
        self.previous_button.setEnabled(self._current > 0)
        self.next_button.setEnabled(self._current + 1 < count)
        if not count:
            self.page_label.setText(translate("PdfPagesView", "Tidak ada halaman"))
            self.image_label.clear()
            self.image_label.resize(0, 0)
            return
        self.page_label.setText(translate("PdfPagesView", "Halaman {page} dari {count}").format(
            page=self._current + 1, count=count))
        with _opened(self._data) as document:  # reopened per page shown: cheap, and nothing stays open
            image = _page_image(document, self._current, self._scale)
        self.image_label.setPixmap(QPixmap.fromImage(image))
        self.image_label.resize(image.size())

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802
        super().resizeEvent(event)
        if self.fit_width_button.isChecked() and self.page_count():
            self._show()
