"""The Konfirmasi Data dialog (drawn in ui/confirmation_dialog.ui): source, channel, person, outcome,
and a scanned letter attached from a file (the attach row is added in code)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QDate
from PySide6.QtWidgets import QDialog, QHBoxLayout, QLabel, QPushButton, QWidget

from desktop_app.gui import prompts
from desktop_app.gui.forms.ui_confirmation_dialog import Ui_ConfirmationDialog
from desktop_app.gui.labels import channel_label, outcome_label
from desktop_app.services.datasets import CHANNELS, MAX_ATTACHMENT_BYTES, OUTCOMES, NewConfirmation

translate = QCoreApplication.translate


class ConfirmationDialog(QDialog):
    """Records that the data was confirmed with its source."""

    def __init__(self, dataset_name: str, default_source: str, today: dt.date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_ConfirmationDialog()
        self.ui.setupUi(self)
        self.ui.datasetLabel.setText(translate("ConfirmationDialog", "Kumpulan Data: {name}").format(name=dataset_name))
        self.ui.sourceEdit.setText(default_source)
        for code in CHANNELS:
            self.ui.channelCombo.addItem(channel_label(code), code)
        for code in OUTCOMES:
            self.ui.outcomeCombo.addItem(outcome_label(code), code)
        self.ui.dateEdit.setDate(QDate(today.year, today.month, today.day))
        self.attachment: bytes | None = None
        self.attachment_name = ""
        self.attach_button = QPushButton(translate("ConfirmationDialog", "Lampirkan berkas…"), self)
        self.attach_button.setObjectName("attachButton")
        self.attach_button.setToolTip(translate("ConfirmationDialog", "Surat balasan hasil pindaian: PDF, JPG atau PNG."))
        self.attach_button.clicked.connect(self.choose_attachment)
        self.attachment_label = QLabel(translate("ConfirmationDialog", "Belum ada lampiran."), self)
        self.attachment_label.setObjectName("attachmentLabel")
        row = QHBoxLayout()
        row.addWidget(self.attach_button)
        row.addWidget(self.attachment_label, 1)
        self.ui.formLayout.addRow(translate("ConfirmationDialog", "Lampiran:"), row)
        self.ui.buttonBox.accepted.connect(self.accept)
        self.ui.buttonBox.rejected.connect(self.reject)

    def choose_attachment(self) -> None:
        path = prompts.choose_file(self, translate("ConfirmationDialog", "Lampirkan surat hasil pindaian"),
                                   translate("ConfirmationDialog", "Surat (*.pdf *.jpg *.jpeg *.png)"))
        if path is not None:
            self.attach(path)

    def attach(self, path: Path) -> bool:
        """Read the chosen file; a file that is too large or unreadable is refused here, with the reason."""
        try:
            size = path.stat().st_size
            data = path.read_bytes() if size <= MAX_ATTACHMENT_BYTES else None
        except OSError as err:
            prompts.error(self, translate("ConfirmationDialog", "Lampiran"),
                          translate("ConfirmationDialog", "Berkas tidak dapat dibaca."), str(err))
            return False
        if data is None:
            prompts.error(self, translate("ConfirmationDialog", "Lampiran"),
                          translate("ConfirmationDialog", "Berkas lampiran terlalu besar (maksimal 10 MB)."))
            return False
        self.attachment, self.attachment_name = data, path.name
        self.attachment_label.setText(path.name)
        return True

    def value(self) -> NewConfirmation:
        date = self.ui.dateEdit.date()
        return NewConfirmation(
            source=self.ui.sourceEdit.text().strip(), channel=self.ui.channelCombo.currentData(),
            confirmed_on=dt.date(date.year(), date.month(), date.day()),
            outcome=self.ui.outcomeCombo.currentData(), contact_person=self.ui.personEdit.text().strip(),
            note=self.ui.noteEdit.toPlainText().strip(), attachment=self.attachment,
            attachment_name=self.attachment_name)
