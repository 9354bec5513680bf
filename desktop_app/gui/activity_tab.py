"""The Catatan Aktivitas tab: every action with actor, step, object and time against the standard."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QLabel, QLineEdit, QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget

from desktop_app.domain import formatting
from desktop_app.gui.messages import action_label
from desktop_app.services.services import Services

translate = QCoreApplication.translate


class ActivityTab(QWidget):
    """The newest entries of the hash-chained log, searchable, with the chain's state."""

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.chain_label = QLabel(self)
        self.chain_label.setObjectName("chainLabel")
        self.search = QLineEdit(self)
        self.search.setPlaceholderText(translate("ActivityTab", "Cari pengguna, objek atau tindakan…"))
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self.refresh)
        self.table = QTableWidget(self)
        self.table.setObjectName("activityTable")
        headers = [translate("ActivityTab", "Waktu"), translate("ActivityTab", "Pengguna"),
                   translate("ActivityTab", "Peran"), translate("ActivityTab", "Langkah"),
                   translate("ActivityTab", "Objek"), translate("ActivityTab", "Tindakan"),
                   translate("ActivityTab", "Durasi / Waktu Baku")]
        self.table.setColumnCount(len(headers))
        self.table.setHorizontalHeaderLabels(headers)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        layout = QVBoxLayout(self)
        layout.addWidget(self.chain_label)
        layout.addWidget(self.search)
        layout.addWidget(self.table)

    def refresh(self) -> None:
        report = self.services.activity.verify_chain()
        if report.ok:
            self.chain_label.setText(translate("ActivityTab", "<span style='color:#2e7d32'>✔ Rantai catatan utuh: "
                                                              "{n} entri terverifikasi.</span>").format(n=report.entries))
        else:
            self.chain_label.setText(translate("ActivityTab", "<span style='color:#b23a48'><b>✘ Catatan aktivitas "
                                                              "#{id} telah diubah atau dihapus.</b></span>")
                                     .format(id=report.first_bad_id))
        entries = self.services.activity.entries(text=self.search.text())
        self.table.setRowCount(len(entries))
        for row, entry in enumerate(entries):
            duration = ""
            if entry.duration_seconds is not None and entry.standard_seconds is not None:
                duration = f"{formatting.duration(entry.duration_seconds)} / {formatting.duration(entry.standard_seconds)}"
            values = [formatting.datetime(entry.at), entry.actor, entry.role,
                      str(entry.step or ""), entry.object_label, action_label(entry.action), duration]
            for col, value in enumerate(values):
                item = QTableWidgetItem(value)
                if col == 6 and entry.late:
                    item.setForeground(QColor("#b23a48"))
                if col == 3:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
                self.table.setItem(row, col, item)
        self.table.resizeColumnsToContents()
