"""The letter-number register in Pengaturan: the office's number format and the letters numbered so far."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop_app.domain import formatting
from desktop_app.services.datasets import LetterRecord

translate = QCoreApplication.translate
SHOWN = 200  # newest letters listed; the register itself keeps every one


class LetterRegisterBox(QGroupBox):
    """Format of the nomor surat (editable by whoever edits the office) above the register."""

    sig_save_format = Signal(str)
    """Store this format."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(translate("LetterRegister", "Nomor dan register surat keluar"), parent)
        self.setObjectName("letterRegister")
        self.format_edit = QLineEdit(self)
        self.format_edit.setObjectName("letterFormat")
        self.save_button = QPushButton(translate("LetterRegister", "Simpan Format"), self)
        self.save_button.setObjectName("saveLetterFormat")
        self.save_button.clicked.connect(lambda: self.sig_save_format.emit(self.format_edit.text()))
        self.hint = QLabel(self)
        self.hint.setWordWrap(True)
        row = QHBoxLayout()
        row.addWidget(QLabel(translate("LetterRegister", "Format nomor surat"), self))
        row.addWidget(self.format_edit, 1)
        row.addWidget(self.save_button)
        self.table = QTableWidget(0, 5, self)
        self.table.setObjectName("letterTable")
        self.table.setHorizontalHeaderLabels([
            translate("LetterRegister", "Nomor"), translate("LetterRegister", "Tanggal"),
            translate("LetterRegister", "Perihal (Kumpulan Data)"), translate("LetterRegister", "Kepada"),
            translate("LetterRegister", "Penanda tangan")])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.verticalHeader().hide()
        self.table.setMinimumHeight(120)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(self.hint)
        layout.addWidget(self.table)

    def load(self, fmt: str, next_number: str, letters: list[LetterRecord], editable: bool, refusal: str) -> None:
        self.format_edit.setText(fmt)
        self.format_edit.setReadOnly(not editable)
        self.save_button.setEnabled(editable)
        self.save_button.setToolTip(refusal)
        self.hint.setText(translate(
            "LetterRegister", "{nomor} nomor urut per tahun (4 angka), {tahun} tahun, {bulan} bulan (angka Romawi), "
                              "{kantor} singkatan kantor. Surat berikutnya: {next}.").replace("{next}", next_number))
        shown = letters[:SHOWN]
        self.table.setRowCount(len(shown))
        for row, letter in enumerate(shown):
            values = (letter.number, formatting.date(letter.issued_on), letter.subject, letter.addressee,
                      f"{letter.signer_name} ({letter.signer_title})")
            for col, value in enumerate(values):
                self.table.setItem(row, col, QTableWidgetItem(value))
