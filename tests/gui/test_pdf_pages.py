"""The PDF page view: PDFium draws the real pages; navigation, zoom to width and the page signal."""

import io

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from reportlab.lib.pagesizes import A4, landscape
from reportlab.pdfgen import canvas

from desktop_app.gui.widgets.pdf_pages import PdfPagesView, render_pages


def _pdf(pages: int = 3) -> bytes:
    """Page 1 portrait with a black square top-left; later pages landscape."""
    out = io.BytesIO()
    c = canvas.Canvas(out, pagesize=A4)
    for number in range(pages):
        if number:
            c.setPageSize(landscape(A4))
        c.setFillColorRGB(0, 0, 0)
        c.rect(0, c._pagesize[1] - 72, 72, 72, fill=1, stroke=0)
        c.drawString(100, 100, f"Halaman {number + 1}")
        c.showPage()
    c.save()
    return out.getvalue()


def test_render_pages_draws_each_page_at_the_asked_resolution(qapp):
    images = render_pages(_pdf(), dpi=36)
    assert len(images) == 3
    assert (images[0].width(), images[0].height()) == (round(A4[0] / 2), round(A4[1] / 2))
    assert images[1].width() > images[1].height()  # landscape page
    assert images[0].pixelColor(5, 5) == QColor(0, 0, 0)  # the black square top-left
    assert images[0].pixelColor(images[0].width() - 5, images[0].height() - 5) == QColor(255, 255, 255)


def test_view_navigates_and_signals_the_page(qtbot):
    view = PdfPagesView()
    qtbot.addWidget(view)
    view.resize(500, 700)
    view.show()
    assert view.page_count() == 0 and not view.next_button.isEnabled()
    view.set_pdf(_pdf())
    assert view.page_count() == 3 and view.current_page() == 0
    assert not view.previous_button.isEnabled()
    with qtbot.waitSignal(view.page_changed) as signal:
        qtbot.mouseClick(view.next_button, Qt.MouseButton.LeftButton)
    assert signal.args == [1] and view.current_page() == 1
    assert "2 dari 3" in view.page_label.text()
    view.go_to(99)
    assert view.current_page() == 2 and not view.next_button.isEnabled()
    view.set_pdf(_pdf(pages=1))  # a shorter PDF keeps the view on a page that exists
    assert view.current_page() == 0 and view.page_count() == 1


def test_zoom_to_width_follows_the_view_and_can_be_turned_off(qtbot):
    view = PdfPagesView()
    qtbot.addWidget(view)
    view.resize(400, 600)
    view.show()
    view.set_pdf(_pdf(pages=1))
    fitted = view.current_image().width()
    assert abs(fitted - (view.scroll.viewport().width() - 16)) <= 1
    view.resize(700, 600)
    qtbot.waitUntil(lambda: view.current_image().width() > fitted)
    view.fit_width_button.setChecked(False)
    assert view.current_image().width() == round(A4[0] * 96 / 72)
    assert not view.grab().isNull()
