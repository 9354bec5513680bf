"""The Konfirmasi Data dialog (drawn in ui/confirmation_dialog.ui): source, channel, person, outcome."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication, QDate
from PySide6.QtWidgets import QDialog, QWidget

from desktop_app.gui.forms.ui_confirmation_dialog import Ui_ConfirmationDialog
from desktop_app.gui.labels import channel_label, outcome_label
from desktop_app.services.datasets import CHANNELS, OUTCOMES, NewConfirmation

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
        self.ui.buttonBox.accepted.connect(self.accept)
        self.ui.buttonBox.rejected.connect(self.reject)

    def value(self) -> NewConfirmation:
        date = self.ui.dateEdit.date()
        return NewConfirmation(
            source=self.ui.sourceEdit.text().strip(), channel=self.ui.channelCombo.currentData(),
            confirmed_on=dt.date(date.year(), date.month(), date.day()),
            outcome=self.ui.outcomeCombo.currentData(), contact_person=self.ui.personEdit.text().strip(),
            note=self.ui.noteEdit.toPlainText().strip())
