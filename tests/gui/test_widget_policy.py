"""The application-wide input policy: the wheel changes a field only when it has the focus, and date
fields show "7 Des 2026" (Indonesian) or "7 Dec 2026" (English)."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QCoreApplication, QDate, QPoint, QPointF, Qt, QTranslator
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import QApplication, QComboBox, QDateEdit, QScrollArea, QSpinBox, QVBoxLayout, QWidget

from desktop_app import devtools
from desktop_app.domain.metadata import DatasetMeta
from desktop_app.gui import widget_policy
from desktop_app.gui.dialogs.confirmation import ConfirmationDialog
from desktop_app.gui.dialogs.metadata import MetadataDialog
from desktop_app.gui.dialogs.report_dialog import ReportDialog


@pytest.fixture
def policy(qapp):
    installed = widget_policy.install(qapp)
    yield installed
    widget_policy.uninstall(qapp)


def wheel(widget: QWidget, notches: int = -1) -> QWheelEvent:
    """One turn of the mouse wheel over the middle of ``widget`` (negative: towards the user).

    A wheel event a test sends is not spontaneous, so Qt does not hand it on to the parent by itself;
    an event left not accepted is what the real wheel passes on to the scroll area.
    """
    centre = QPointF(widget.rect().center())
    event = QWheelEvent(centre, QPointF(widget.mapToGlobal(centre.toPoint())), QPoint(0, 0),
                        QPoint(0, 120 * notches), Qt.MouseButton.NoButton, Qt.KeyboardModifier.NoModifier,
                        Qt.ScrollPhase.NoScrollPhase, False)
    QApplication.sendEvent(widget, event)
    return event


def test_the_wheel_passes_an_unfocused_combo_on_to_the_scroll_area(qtbot, policy):
    dialog = MetadataDialog(DatasetMeta("Izin", area_code="12.76.01"))
    qtbot.addWidget(dialog)
    dialog.resize(600, 300)  # the form scrolls
    dialog.show()
    qtbot.waitExposed(dialog)
    combo: QComboBox = dialog.widgets["area_code"]
    assert dialog.findChild(QScrollArea).verticalScrollBar().maximum() > 0
    combo.setCurrentIndex(combo.findData("12.76.01"))
    combo.clearFocus()
    before_area = combo.currentText()
    event = wheel(combo)
    assert combo.currentText() == before_area and dialog.value().area_code == "12.76.01"  # the kelurahan stays
    assert not event.isAccepted()  # left for the scroll area around the form
    assert combo.focusPolicy() == Qt.FocusPolicy.StrongFocus  # so the wheel cannot give it the focus either

    combo.setFocus()
    qtbot.waitUntil(combo.hasFocus)
    assert wheel(combo).isAccepted()
    assert combo.currentText() != before_area  # a field the user is in still takes the wheel


def test_spin_boxes_and_date_fields_ignore_the_wheel_without_focus(qtbot, policy):
    host = QWidget()
    qtbot.addWidget(host)
    layout = QVBoxLayout(host)
    spin, date = QSpinBox(host), QDateEdit(QDate(2026, 12, 7), host)
    spin.setValue(5)
    for widget in (spin, date):
        layout.addWidget(widget)
    host.show()
    qtbot.waitExposed(host)
    host.setFocus()
    wheel(spin, 1)
    wheel(date, 1)
    assert spin.value() == 5 and date.date() == QDate(2026, 12, 7)


def test_without_the_policy_the_wheel_changes_an_unfocused_combo(qtbot):
    """What the office saw before: the check above can fail."""
    combo = QComboBox()
    qtbot.addWidget(combo)
    combo.addItems(["12.76.01", "12.76.02"])
    combo.show()
    qtbot.waitExposed(combo)
    wheel(combo)
    assert combo.currentIndex() == 1


def test_date_fields_show_the_short_indonesian_form(qtbot, policy):
    meta = MetadataDialog(DatasetMeta("Izin", release_date=dt.date(2026, 12, 7)))
    report = ReportDialog(dt.date(2026, 12, 7), [])
    confirmation = ConfirmationDialog("Izin", "OSS", dt.date(2026, 12, 7))
    for dialog in (meta, report, confirmation):
        qtbot.addWidget(dialog)
        dialog.show()
    assert meta.widgets["release_date"].edit.text() == "7 Des 2026"
    assert report.end.text() == "7 Des 2026"
    assert confirmation.ui.dateEdit.text() == "7 Des 2026"


def test_date_fields_show_the_short_english_form(qtbot, policy):
    translator = QTranslator()
    assert translator.load(str(devtools.QM_PATH))
    QCoreApplication.installTranslator(translator)
    try:
        report = ReportDialog(dt.date(2026, 12, 7), [])
        qtbot.addWidget(report)
        report.show()
        assert report.end.text() == "7 Dec 2026"
        assert report.end.calendarWidget().locale().language() == report.end.locale().language()
    finally:
        QCoreApplication.removeTranslator(translator)
