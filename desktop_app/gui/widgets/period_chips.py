"""The periods of a series as a row of chips: each period the series should have, with its state in colour
and in words (missing, draft, checking, validated), so a gap is visible at a glance."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QScrollArea, QSizePolicy, QWidget

from desktop_app.domain import formatting
from desktop_app.domain.periods import Grain, Period
from desktop_app.domain.series import Chip, PeriodState

translate = QCoreApplication.translate

# Background and text colour of each state (draft grey, checking blue, validated teal; a gap stands out).
CHIP_COLORS = {
    PeriodState.MISSING: ("#fde2e2", "#8a1c24"),
    PeriodState.DRAFT: ("#e6e6e6", "#333333"),
    PeriodState.CHECKING: ("#d6e6f5", "#174f80"),
    PeriodState.VALIDATED: ("#d3efee", "#0c5c5c"),
}


def chip_state_label(state: PeriodState) -> str:
    return {
        PeriodState.MISSING: translate("PeriodChips", "belum ada"),
        PeriodState.DRAFT: translate("PeriodChips", "draf"),
        PeriodState.CHECKING: translate("PeriodChips", "diperiksa"),
        PeriodState.VALIDATED: translate("PeriodChips", "tervalidasi"),
    }[state]


def short_label(period: Period) -> str:
    """'Jan 2025', 'TW I 2025', 'Smt II 2025', '2025'."""
    if period.kind == Grain.MONTH:
        return f"{formatting.MONTHS_ID[period.index - 1][:3]} {period.year}"
    if period.kind == Grain.QUARTER:
        return f"TW {('I', 'II', 'III', 'IV')[period.index - 1]} {period.year}"
    if period.kind == Grain.SEMESTER:
        return f"Smt {('I', 'II')[period.index - 1]} {period.year}"
    return str(period.year)


class PeriodChips(QWidget):
    """One line: a title and one chip per period (scrolling sideways when there are many); hidden for a
    dataset that is not a series. A validated period reads "Jan 2025 ✓"; the others name their state
    ("Feb 2025 · belum ada"), so what needs attention stands out in words as well as in colour."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("periodChips")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.title = QLabel(self)
        self.title.setObjectName("periodChipsTitle")
        layout.addWidget(self.title)
        self.scroll = QScrollArea(self)
        self.scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll.setWidgetResizable(True)
        self.scroll.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.row = QWidget(self.scroll)
        self.flow = QHBoxLayout(self.row)
        self.flow.setContentsMargins(0, 0, 0, 0)
        self.flow.addStretch(1)
        self.scroll.setWidget(self.row)
        layout.addWidget(self.scroll, 1)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        self.chips: list[QLabel] = []
        self.hide()

    def show_chips(self, chips: Sequence[Chip]) -> None:
        for label in self.chips:
            self.flow.removeWidget(label)
            label.hide()
            label.deleteLater()
        self.chips = []
        if not chips:
            self.hide()
            return
        missing = sum(1 for c in chips if c.state == PeriodState.MISSING)
        title = translate("PeriodChips", "<b>Periode seri</b> ({count} periode")
        title = title.format(count=len(chips))
        if missing:
            title += translate("PeriodChips", ", {missing} belum ada datanya").format(missing=missing)
        self.title.setText(title + "):")
        for chip in chips:
            background, foreground = CHIP_COLORS[chip.state]
            text = f"{short_label(chip.period)} ✓" if chip.state == PeriodState.VALIDATED else \
                f"{short_label(chip.period)} · {chip_state_label(chip.state)}"
            label = QLabel(text, self.row)
            label.setObjectName(f"chip_{chip.period.text}")
            label.setProperty("padiState", chip.state.value)
            border = "2px dashed #b23a48" if chip.state == PeriodState.MISSING else f"1px solid {foreground}"
            label.setStyleSheet(f"QLabel {{ background: {background}; color: {foreground}; border: {border}; "
                                "border-radius: 6px; padding: 1px 6px; }")
            rows = translate("PeriodChips", "{rows} baris").format(rows=formatting.number(chip.rows)) \
                if chip.state != PeriodState.MISSING else translate("PeriodChips", "belum ada data")
            label.setToolTip(f"{chip.period.label}: {chip_state_label(chip.state)} · {rows}")
            self.flow.insertWidget(self.flow.count() - 1, label)
            self.chips.append(label)
        self.show()
        self._fit()

    def resizeEvent(self, event) -> None:  # noqa: ANN001, N802 - Qt's name
        super().resizeEvent(event)
        self._fit()

    def _fit(self) -> None:
        """One row of chips high, plus the scroll bar only when the chips do not fit the width."""
        if not self.chips:
            return
        height = max(c.sizeHint().height() for c in self.chips)
        overflow = self.row.sizeHint().width() > self.scroll.viewport().width()
        bar = self.scroll.horizontalScrollBar().sizeHint().height() if overflow else 0
        self.scroll.setFixedHeight(height + bar + 2)


__all__ = ["CHIP_COLORS", "PeriodChips", "chip_state_label", "short_label"]
