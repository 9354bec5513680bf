"""Finds clipped text in a shown widget tree: labels, buttons, check boxes, group titles, tabs, combos,
progress bars.

:func:`clipped_text` walks the visible widgets under a window and returns one :class:`Finding` per
text that does not fit the room its widget has (a label without word wrap wider than its contents
rectangle, a button narrower than its text and icon, an elided tab title, a tab bar that has to
scroll, ...). Texts elided on purpose (ending in "…", or with the whole text in the tooltip) are not
findings. Used by the scaling test (tests/gui/test_layout_scaling.py) in both languages, at 100 %,
125 % and 150 % and in the light and dark themes.
"""

from __future__ import annotations

import re
from dataclasses import asdict, dataclass

from PySide6.QtCore import Qt
from PySide6.QtGui import QFontMetrics, QTextDocument
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractScrollArea,
    QCheckBox,
    QComboBox,
    QGroupBox,
    QLabel,
    QProgressBar,
    QPushButton,
    QRadioButton,
    QStyle,
    QTabBar,
    QToolButton,
    QWidget,
)

SLACK = 1  # pixels of rounding forgiven


@dataclass(frozen=True)
class Finding:
    """One text that does not fit: what, where, how wide it needs to be and how wide it is."""

    kind: str
    path: str
    text: str
    needed: int
    available: int

    def as_dict(self) -> dict[str, object]:
        return asdict(self)


def _path(widget: QWidget) -> str:
    parts = []
    while widget is not None:
        parts.append(widget.objectName() or type(widget).__name__)
        widget = widget.parentWidget()
    return "/".join(reversed(parts[:6]))


def _plain(text: str) -> str:
    return re.sub(r"&(.)", r"\1", text)  # "&Simpan" draws as "Simpan" (and "&&" as "&")


def _elided_on_purpose(widget: QWidget, text: str) -> bool:
    """Shortened by the program with the whole text in the tooltip (as "Laporan Kepala Dinas 2026 T…")."""
    return "…" in text and widget.toolTip().startswith(text.split("…")[0].rstrip())


def _label_width(label: QLabel) -> tuple[int, int]:
    """(width the longest line needs, height all lines need) at the label's font."""
    text = label.text()
    rich = label.textFormat() == Qt.TextFormat.RichText or (
        label.textFormat() == Qt.TextFormat.AutoText and re.search(r"</?[a-zA-Z]", text) is not None)
    if rich:
        document = QTextDocument()
        document.setDefaultFont(label.font())
        document.setDocumentMargin(0)
        document.setHtml(text)
        return round(document.idealWidth()), round(document.size().height())
    metrics = QFontMetrics(label.font())
    lines = (_plain(text) if label.buddy() is not None else text).split("\n")
    return max(metrics.horizontalAdvance(line) for line in lines), metrics.height() * len(lines)


def _check_label(label: QLabel) -> Finding | None:
    text = label.text()
    if not text.strip() or label.pixmap() is not None and not label.pixmap().isNull():
        return None
    if label.wordWrap():  # wraps to any width; cut off only when given less height than its lines need
        needed = label.heightForWidth(label.width())
        if needed > label.height() + SLACK:
            return Finding("wrapped label (height)", _path(label), text, needed, label.height())
        return None
    if _elided_on_purpose(label, text):
        return None
    needed, _height = _label_width(label)
    room = label.contentsRect().width() - 2 * max(label.margin(), 0) - max(label.indent(), 0)
    if needed > room + SLACK:
        return Finding("label", _path(label), text, needed, room)
    return None


def _check_button(button: QAbstractButton) -> Finding | None:
    text = _plain(button.text())
    if not text.strip() or _elided_on_purpose(button, text):
        return None
    metrics = QFontMetrics(button.font())
    needed = metrics.horizontalAdvance(text)
    if not button.icon().isNull():
        needed += button.iconSize().width() + 4
    style = button.style()
    if isinstance(button, QCheckBox | QRadioButton):
        indicator = QStyle.PixelMetric.PM_IndicatorWidth if isinstance(button, QCheckBox) else \
            QStyle.PixelMetric.PM_ExclusiveIndicatorWidth
        spacing = QStyle.PixelMetric.PM_CheckBoxLabelSpacing if isinstance(button, QCheckBox) else \
            QStyle.PixelMetric.PM_RadioButtonLabelSpacing
        needed += style.pixelMetric(indicator, None, button) + style.pixelMetric(spacing, None, button)
        room = button.width()
    elif isinstance(button, QPushButton | QToolButton):
        room = button.width() - 2 * style.pixelMetric(QStyle.PixelMetric.PM_ButtonMargin, None, button) // 2 - 4
        if isinstance(button, QPushButton) and button.menu() is not None:
            needed += style.pixelMetric(QStyle.PixelMetric.PM_MenuButtonIndicator, None, button)
    else:
        return None
    if needed > room + SLACK:
        return Finding(type(button).__name__, _path(button), text, needed, room)
    return None


def _check_group(box: QGroupBox) -> Finding | None:
    title = _plain(box.title())
    if not title.strip():
        return None
    needed = QFontMetrics(box.font()).horizontalAdvance(title) + 16
    if box.isCheckable():
        needed += box.style().pixelMetric(QStyle.PixelMetric.PM_IndicatorWidth, None, box) + 4
    if needed > box.width() + SLACK:
        return Finding("group title", _path(box), title, needed, box.width())
    return None


def _check_tabs(bar: QTabBar) -> list[Finding]:
    findings = []
    metrics = QFontMetrics(bar.font())
    for index in range(bar.count()):
        if not bar.isTabVisible(index):
            continue
        text = _plain(bar.tabText(index))
        rect = bar.tabRect(index)
        needed = metrics.horizontalAdvance(text) + (bar.iconSize().width() + 4 if not bar.tabIcon(index).isNull() else 0)
        # Tabs are laid out from the size hint of their text; a narrower tab has an elided title.
        room = rect.width() - 2 * bar.style().pixelMetric(QStyle.PixelMetric.PM_TabBarTabHSpace, None, bar) // 2
        if needed > room + SLACK and bar.shape() in (QTabBar.Shape.RoundedNorth, QTabBar.Shape.RoundedSouth):
            findings.append(Finding("tab", _path(bar), text, needed, room))
        if rect.right() > bar.width() or rect.left() < 0:
            findings.append(Finding("tab off screen (the tab bar scrolls)", _path(bar), text, rect.right(),
                                    bar.width()))
    return findings


def _check_combo(combo: QComboBox) -> Finding | None:
    text = combo.currentText()
    if not text.strip() or combo.isEditable() or _elided_on_purpose(combo, text):
        return None
    metrics = QFontMetrics(combo.font())
    arrow = combo.style().pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent, None, combo)
    needed = metrics.horizontalAdvance(text) + arrow + 8
    if needed > combo.width() + SLACK:
        return Finding("combo", _path(combo), text, needed, combo.width())
    return None


def _check_progress(bar: QProgressBar) -> Finding | None:
    text = bar.text()
    if not bar.isTextVisible() or not text.strip():
        return None
    needed = QFontMetrics(bar.font()).horizontalAdvance(text) + 8
    if needed > bar.width() + SLACK:
        return Finding("progress bar", _path(bar), text, needed, bar.width())
    return None


def _scrolls_sideways(widget: QWidget) -> bool:
    """Whether the widget sits in a scroll area that shows a horizontal scroll bar (cut off on purpose)."""
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, QAbstractScrollArea) and parent.horizontalScrollBar().isVisible():
            return True
        parent = parent.parentWidget()
    return False


def _cut_by_container(widget: QWidget) -> Finding | None:
    """A widget its parents show only in part, side to side, with no scroll bar to reach the rest."""
    visible = widget.visibleRegion().boundingRect()
    if visible.isEmpty() or visible.width() >= widget.width() - SLACK or _scrolls_sideways(widget):
        return None
    text = widget.text() if hasattr(widget, "text") and callable(widget.text) else ""
    text = text or (widget.currentText() if isinstance(widget, QComboBox) else "")
    return Finding("cut off by its container", _path(widget), _plain(str(text)), widget.width(), visible.width())


def clipped_text(root: QWidget) -> list[Finding]:
    """Every text under ``root`` (shown) that its widget cuts off; empty when everything fits."""
    findings: list[Finding] = []
    widgets = [root, *root.findChildren(QWidget)]
    for widget in widgets:
        if not widget.isVisible() or widget.width() <= 0:
            continue
        if isinstance(widget, QLabel):
            found = _check_label(widget)
        elif isinstance(widget, QAbstractButton):
            found = _check_button(widget)
        elif isinstance(widget, QGroupBox):
            found = _check_group(widget)
        elif isinstance(widget, QComboBox):
            found = _check_combo(widget)
        elif isinstance(widget, QProgressBar):
            found = _check_progress(widget)
        elif isinstance(widget, QTabBar):
            findings.extend(_check_tabs(widget))
            continue
        else:
            continue
        if found is None and not isinstance(widget, QGroupBox):
            found = _cut_by_container(widget)
        if found is not None:
            findings.append(found)
    return findings
