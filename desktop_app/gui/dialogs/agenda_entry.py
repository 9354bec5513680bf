"""The Agenda Kerja entry dialog: title, due date, the person assigned, the activity and the dataset."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QDate, Qt
from PySide6.QtGui import QStandardItemModel
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from desktop_app.services.datasets import AgendaItem, ProgrammeInfo

translate = QCoreApplication.translate


@dataclass(frozen=True)
class AgendaDraft:
    """What the dialog collected; the arguments of ``AgendaService.add_entry`` / ``update_entry``."""

    title: str
    due: dt.date
    assignee_id: int | None
    activity_id: int | None
    dataset_id: int | None


class AgendaEntryDialog(QDialog):
    """A new agenda entry, or changes to one (``entry``).

    ``people`` and ``datasets`` are (id, label) pairs; people the user may not assign are simply not
    offered (a Staf only sees themselves). The first choice of each combo is "none".
    """

    def __init__(self, people: Sequence[tuple[int, str]], programmes: Sequence[ProgrammeInfo],
                 datasets: Sequence[tuple[int, str]], today: dt.date, entry: AgendaItem | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("AgendaEntryDialog", "Agenda Baru") if entry is None
                            else translate("AgendaEntryDialog", "Ubah Agenda"))
        self.title_edit = QLineEdit(self)
        self.title_edit.setPlaceholderText(translate("AgendaEntryDialog", "contoh: Rekap izin terbit bulan November"))
        self.due_edit = QDateEdit(self)
        self.due_edit.setCalendarPopup(True)
        self.assignee_combo = QComboBox(self)
        self.assignee_combo.addItem(translate("AgendaEntryDialog", "(belum ditentukan)"), None)
        for user_id, label in people:
            self.assignee_combo.addItem(label, user_id)
        self.activity_combo = QComboBox(self)
        self.activity_combo.addItem(translate("AgendaEntryDialog", "(tanpa kegiatan)"), None)
        model = self.activity_combo.model()
        for programme in programmes:
            # The programme is a heading that cannot be chosen; its activities are listed under it.
            self.activity_combo.addItem(programme.label, None)
            if isinstance(model, QStandardItemModel):
                model.item(self.activity_combo.count() - 1).setEnabled(False)
            for activity in programme.activities:
                self.activity_combo.addItem("    " + activity.label, activity.id)
                self.activity_combo.setItemData(self.activity_combo.count() - 1, programme.label,
                                                Qt.ItemDataRole.ToolTipRole)
        self.dataset_combo = QComboBox(self)
        self.dataset_combo.addItem(translate("AgendaEntryDialog", "(belum ada)"), None)
        for dataset_id, name in datasets:
            self.dataset_combo.addItem(name, dataset_id)
        for combo in (self.assignee_combo, self.activity_combo, self.dataset_combo):
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(30)

        form = QFormLayout()
        form.addRow(translate("AgendaEntryDialog", "&Judul"), self.title_edit)
        form.addRow(translate("AgendaEntryDialog", "Jatuh &tempo"), self.due_edit)
        form.addRow(translate("AgendaEntryDialog", "&Penanggung jawab"), self.assignee_combo)
        form.addRow(translate("AgendaEntryDialog", "&Kegiatan"), self.activity_combo)
        form.addRow(translate("AgendaEntryDialog", "Kumpulan &Data"), self.dataset_combo)
        hint = QLabel(translate("AgendaEntryDialog",
                                "Kumpulan Data dapat dihubungkan nanti, setelah dibuat di tab 1 Persiapan."), self)
        hint.setWordWrap(True)
        hint.setEnabled(False)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(hint)
        layout.addWidget(self.buttons)

        if entry is None:
            self._set_due(today + dt.timedelta(days=7))
        else:
            self.title_edit.setText(entry.title)
            self._set_due(entry.due)
            _select(self.assignee_combo, entry.assignee_id, entry.assignee)
            _select(self.activity_combo, entry.activity_id, entry.activity)
            _select(self.dataset_combo, entry.dataset_id, entry.dataset_name)
        self.title_edit.textChanged.connect(self._update_ok)
        self._update_ok()
        self.resize(max(self.sizeHint().width(), 560), self.sizeHint().height())

    def _set_due(self, day: dt.date) -> None:
        self.due_edit.setDate(QDate(day.year, day.month, day.day))

    def _update_ok(self) -> None:
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(bool(self.title_edit.text().strip()))

    def value(self) -> AgendaDraft:
        due = self.due_edit.date()
        return AgendaDraft(
            title=self.title_edit.text().strip(), due=dt.date(due.year(), due.month(), due.day()),
            assignee_id=self.assignee_combo.currentData(), activity_id=self.activity_combo.currentData(),
            dataset_id=self.dataset_combo.currentData())


def _select(combo: QComboBox, value: int | None, label: str) -> None:
    """Choose the item carrying ``value``; one the list does not offer (an inactive person) is added."""
    if value is None:
        combo.setCurrentIndex(0)
        return
    index = combo.findData(value)
    if index < 0:
        combo.addItem(label, value)
        index = combo.count() - 1
    combo.setCurrentIndex(index)
