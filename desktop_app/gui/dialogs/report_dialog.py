"""The dialog that asks for the performance report's period, employee and format."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication, QDate
from PySide6.QtWidgets import QComboBox, QDateEdit, QDialog, QDialogButtonBox, QFormLayout, QWidget

translate = QCoreApplication.translate


class ReportDialog(QDialog):
    """Laporan Pelaksanaan: from, to, one employee or everyone, PDF or XLSX."""

    def __init__(self, today: dt.date, employees: list[tuple[str, str]], parent: QWidget | None = None) -> None:
        """``employees``: (username, name shown)."""
        super().__init__(parent)
        self.setWindowTitle(translate("ReportDialog", "Laporan Pelaksanaan Pengelolaan Data dan Informasi"))
        form = QFormLayout(self)
        self.start = QDateEdit(QDate(today.year, today.month, 1), self)
        self.end = QDateEdit(QDate(today.year, today.month, today.day), self)
        for edit, name in ((self.start, "reportFrom"), (self.end, "reportTo")):
            edit.setObjectName(name)
            edit.setCalendarPopup(True)
        self.employee = QComboBox(self)
        self.employee.setObjectName("reportEmployee")
        self.employee.addItem(translate("ReportDialog", "Seluruh pegawai"), "")
        for username, shown in employees:
            self.employee.addItem(shown, username)
        self.format = QComboBox(self)
        self.format.setObjectName("reportFormat")
        self.format.addItem("PDF", "pdf")
        self.format.addItem(translate("ReportDialog", "Buku kerja Excel (XLSX)"), "xlsx")
        form.addRow(translate("ReportDialog", "Dari tanggal"), self.start)
        form.addRow(translate("ReportDialog", "Sampai tanggal"), self.end)
        form.addRow(translate("ReportDialog", "Pegawai"), self.employee)
        form.addRow(translate("ReportDialog", "Format"), self.format)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def value(self) -> tuple[dt.date, dt.date, str, str]:
        """(from, to, employee username or "", "pdf" | "xlsx")."""
        return (self.start.date().toPython(), self.end.date().toPython(), self.employee.currentData(),
                self.format.currentData())
