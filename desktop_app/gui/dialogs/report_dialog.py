"""The dialog that asks for the performance report's period, employee and format (or the e-Kinerja material
of one employee: their SOP activities day by day, as XLSX)."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication, QDate
from PySide6.QtWidgets import QComboBox, QDateEdit, QDialog, QDialogButtonBox, QFormLayout, QLabel, QWidget

translate = QCoreApplication.translate


class ReportDialog(QDialog):
    """Laporan Pelaksanaan: from, to, one employee or everyone, PDF or XLSX; or e-Kinerja (one employee)."""

    def __init__(self, today: dt.date, employees: list[tuple[str, str]], parent: QWidget | None = None, *,
                 everyone: bool = True) -> None:
        """``employees``: (username, name shown); ``everyone``: the whole office may be chosen (a Staf
        prints their own report only)."""
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
        if everyone:
            self.employee.addItem(translate("ReportDialog", "Seluruh pegawai"), "")
        for username, shown in employees:
            self.employee.addItem(shown, username)
        self.format = QComboBox(self)
        self.format.setObjectName("reportFormat")
        self.format.addItem("PDF", "pdf")
        self.format.addItem(translate("ReportDialog", "Buku kerja Excel (XLSX)"), "xlsx")
        self.format.addItem(translate("ReportDialog", "Bahan e-Kinerja per pegawai (XLSX)"), "kinerja")
        self.hint = QLabel(self)
        self.hint.setObjectName("reportHint")
        self.hint.setWordWrap(True)
        form.addRow(translate("ReportDialog", "Dari tanggal"), self.start)
        form.addRow(translate("ReportDialog", "Sampai tanggal"), self.end)
        form.addRow(translate("ReportDialog", "Pegawai"), self.employee)
        form.addRow(translate("ReportDialog", "Format"), self.format)
        form.addRow(self.hint)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel,
                                        self)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        form.addRow(self.buttons)
        self.format.currentIndexChanged.connect(self._update)
        self.employee.currentIndexChanged.connect(self._update)
        self._update()

    def _update(self) -> None:
        """e-Kinerja material is per employee: OK stays disabled until one is chosen."""
        kinerja = self.format.currentData() == "kinerja"
        missing = kinerja and not self.employee.currentData()
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(not missing)
        self.hint.setText(
            translate("ReportDialog", "Kegiatan SOP pegawai itu per hari (tanggal, langkah, item, output, waktu "
                                      "kerja) untuk disalin ke e-Kinerja. Pilih pegawainya.") if kinerja else "")

    def value(self) -> tuple[dt.date, dt.date, str, str]:
        """(from, to, employee username or "", "pdf" | "xlsx" | "kinerja")."""
        return (self.start.date().toPython(), self.end.date().toPython(), self.employee.currentData(),
                self.format.currentData())
