"""Impor Seri per Lembar: a workbook with one sheet per period becomes one series in one import.

Each sheet whose name gives a period (Jan, Februari 2024, TW I …) is listed, ticked, with that period,
which the person can correct or untick; the other sheets are listed unticked, for a period to be typed
in. Nothing is written until the import is accepted.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop_app.domain.errors import PadiError
from desktop_app.domain.series import series_period
from desktop_app.gui.messages import error_text
from desktop_app.services.datasets import SheetPeriod

translate = QCoreApplication.translate


class SheetPeriodsDialog(QDialog):
    """The sheets and their periods (editable), and the series' name."""

    def __init__(self, file_name: str, sheets: Sequence[SheetPeriod], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("sheetPeriodsDialog")
        self.setWindowTitle(translate("SheetPeriodsDialog", "Impor Seri per Lembar"))
        self.resize(560, 420)
        intro = QLabel(translate("SheetPeriodsDialog", "Setiap lembar menjadi data satu periode seri. Periode dibaca "
                                                       "dari nama lembar; perbaiki bila keliru, atau hilangkan "
                                                       "centang lembar yang tidak diimpor."), self)
        intro.setWordWrap(True)
        self.name_edit = QLineEdit(file_name, self)
        self.name_edit.setObjectName("seriesName")
        self.table = QTableWidget(len(sheets), 2, self)
        self.table.setObjectName("sheetPeriodsTable")
        self.table.setHorizontalHeaderLabels([translate("SheetPeriodsDialog", "Lembar"),
                                              translate("SheetPeriodsDialog", "Periode")])
        for row, sheet in enumerate(sheets):
            name = QTableWidgetItem(sheet.sheet)
            name.setFlags((name.flags() | Qt.ItemFlag.ItemIsUserCheckable) & ~Qt.ItemFlag.ItemIsEditable)
            name.setCheckState(Qt.CheckState.Checked if sheet.period else Qt.CheckState.Unchecked)
            self.table.setItem(row, 0, name)
            self.table.setItem(row, 1, QTableWidgetItem(sheet.period))
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.resizeColumnsToContents()
        self.message = QLabel(self)
        self.message.setObjectName("sheetPeriodsMessage")
        self.message.setWordWrap(True)
        form = QFormLayout()
        form.addRow(translate("SheetPeriodsDialog", "Nama seri:"), self.name_edit)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(translate("SheetPeriodsDialog", "Impor"))
        buttons.accepted.connect(self._on_accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.message)
        layout.addWidget(buttons)

    def chosen(self) -> list[tuple[str, str]]:
        """(sheet, period) of every ticked sheet."""
        out = []
        for row in range(self.table.rowCount()):
            sheet = self.table.item(row, 0)
            if sheet.checkState() == Qt.CheckState.Checked:
                out.append((sheet.text(), self.table.item(row, 1).text().strip()))
        return out

    def name(self) -> str:
        return self.name_edit.text().strip()

    def _on_accept(self) -> None:
        chosen = self.chosen()
        if not chosen:
            self.message.setText(translate("SheetPeriodsDialog", "Centang paling sedikit satu lembar."))
            return
        try:
            periods = [series_period(period) for _, period in chosen]
        except PadiError as err:
            self.message.setText(error_text(err))
            return
        if len({p.kind for p in periods}) > 1 or len(set(periods)) != len(periods):
            self.message.setText(translate("SheetPeriodsDialog", "Periode lembar harus berbeda-beda dan sejenis "
                                                                 "(semua bulan, atau semua triwulan, …)."))
            return
        self.accept()


__all__ = ["SheetPeriodsDialog"]
