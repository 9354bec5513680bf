"""The "Catat Distribusi" dialog: one line of a publication's distribution register (step 7).

The channel decides which fields apply: printed copies for "Cetak", a link for the website and
social media, the recipient for "Dikirim ke". The services check the same rules again.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication, QDate
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from desktop_app.services.publications import NewDistribution

translate = QCoreApplication.translate


def channel_labels() -> dict[str, str]:
    return {
        "cetak": translate("DistributionDialog", "Cetak"),
        "situs_web": translate("DistributionDialog", "Situs web"),
        "papan_pengumuman": translate("DistributionDialog", "Papan pengumuman"),
        "media_sosial": translate("DistributionDialog", "Media sosial"),
        "dikirim": translate("DistributionDialog", "Dikirim ke"),
    }


class DistributionDialog(QDialog):
    """Collects a NewDistribution; ``today`` is the latest date allowed."""

    def __init__(self, title: str, today: dt.date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("DistributionDialog", "Catat Distribusi — {title}").format(title=title))
        self.channel_combo = QComboBox(self)
        for key, label in channel_labels().items():
            self.channel_combo.addItem(label, key)
        self.date_edit = QDateEdit(self)
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setMaximumDate(QDate(today.year, today.month, today.day))
        self.date_edit.setDate(QDate(today.year, today.month, today.day))
        self.copies_spin = QSpinBox(self)
        self.copies_spin.setRange(1, 1_000_000)
        self.copies_spin.setValue(100)
        self.url_edit = QLineEdit(self)
        self.url_edit.setPlaceholderText("https://…")
        self.recipient_edit = QLineEdit(self)
        self.recipient_edit.setPlaceholderText(translate("DistributionDialog", "contoh: Bappeda Kota Tebing Tinggi"))
        self.note_edit = QLineEdit(self)
        form = QFormLayout()
        form.addRow(translate("DistributionDialog", "Saluran"), self.channel_combo)
        form.addRow(translate("DistributionDialog", "Tanggal"), self.date_edit)
        form.addRow(translate("DistributionDialog", "Jumlah eksemplar"), self.copies_spin)
        form.addRow(translate("DistributionDialog", "Alamat tautan"), self.url_edit)
        form.addRow(translate("DistributionDialog", "Dikirim kepada"), self.recipient_edit)
        form.addRow(translate("DistributionDialog", "Keterangan"), self.note_edit)
        self.form = form
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.channel_combo.currentIndexChanged.connect(self._on_channel_changed)
        self._on_channel_changed()

    def set_channel(self, key: str) -> None:
        self.channel_combo.setCurrentIndex(self.channel_combo.findData(key))

    def _on_channel_changed(self, *_args: object) -> None:
        channel = self.channel_combo.currentData()
        for widget, shown in ((self.copies_spin, channel == "cetak"),
                              (self.url_edit, channel in ("situs_web", "media_sosial")),
                              (self.recipient_edit, channel == "dikirim")):
            self.form.setRowVisible(widget, shown)

    def values(self) -> NewDistribution:
        channel = self.channel_combo.currentData()
        date = self.date_edit.date()
        return NewDistribution(
            channel=channel, distributed_on=dt.date(date.year(), date.month(), date.day()),
            copies=self.copies_spin.value() if channel == "cetak" else None,
            url=self.url_edit.text().strip() if channel in ("situs_web", "media_sosial") else "",
            recipient=self.recipient_edit.text().strip() if channel == "dikirim" else "",
            note=self.note_edit.text().strip())
