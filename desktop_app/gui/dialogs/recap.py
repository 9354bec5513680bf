"""Dialog for a recapitulation (step 3): tick datasets with the same columns, name the new draft."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop_app.domain import formatting
from desktop_app.gui.messages import state_label
from desktop_app.services.datasets import DatasetSummary

translate = QCoreApplication.translate


class RecapDialog(QDialog):
    """Which datasets to stack (at least two), the new dataset's name and its source column."""

    def __init__(self, datasets: Sequence[DatasetSummary], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("RecapDialog", "Rekapitulasi"))
        self.resize(720, 460)
        intro = QLabel(translate(
            "RecapDialog", "Gabungkan Kumpulan Data yang kolomnya sama (mis. dua belas lembar bulanan menjadi "
                           "satu tahun, atau laporan beberapa perangkat daerah menjadi satu tabel). Baris disusun "
                           "menurut urutan Anda mencentang. Hasilnya Kumpulan Data draf baru di tab 1 Persiapan; "
                           "sumber tiap baris dicatat di satu kolom."), self)
        intro.setWordWrap(True)
        self.list = QListWidget(self)
        self.list.setObjectName("recapList")
        for summary in datasets:
            entry = QListWidgetItem(translate("RecapDialog", "{name} · {state} · {rows} baris").format(
                name=summary.name, state=state_label(summary.state), rows=formatting.number(summary.rows)), self.list)
            entry.setData(Qt.ItemDataRole.UserRole, summary.id)
            entry.setFlags(entry.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            entry.setCheckState(Qt.CheckState.Unchecked)
        self.name_edit = QLineEdit(self)
        self.name_edit.setObjectName("recapName")
        self.source_edit = QLineEdit(translate("RecapDialog", "Sumber"), self)
        self.source_edit.setObjectName("recapSourceColumn")
        form = QFormLayout()
        form.addRow(translate("RecapDialog", "Nama Kumpulan Data baru:"), self.name_edit)
        form.addRow(translate("RecapDialog", "Kolom sumber:"), self.source_edit)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel,
                                        self)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(translate("RecapDialog", "Buat Rekapitulasi"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.list, 1)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        self._order: list[int] = []
        self.list.itemChanged.connect(self._on_ticked)
        self.name_edit.textChanged.connect(self._update)
        self._update()

    def chosen(self) -> list[int]:
        """The ids of the ticked datasets in the order they were ticked (the rows stack in that order)."""
        return list(self._order)

    def set_chosen(self, ids: Sequence[int]) -> None:
        entries = {self.list.item(i).data(Qt.ItemDataRole.UserRole): self.list.item(i) for i in range(self.list.count())}
        for entry in entries.values():
            entry.setCheckState(Qt.CheckState.Unchecked)
        for dataset_id in ids:
            if dataset_id in entries:
                entries[dataset_id].setCheckState(Qt.CheckState.Checked)

    def value(self) -> tuple[list[int], str, str]:
        return self.chosen(), self.name_edit.text().strip(), self.source_edit.text().strip()

    def _on_ticked(self, entry: QListWidgetItem) -> None:
        dataset_id = entry.data(Qt.ItemDataRole.UserRole)
        if entry.checkState() == Qt.CheckState.Checked and dataset_id not in self._order:
            self._order.append(dataset_id)
        elif entry.checkState() != Qt.CheckState.Checked and dataset_id in self._order:
            self._order.remove(dataset_id)
        self._update()

    def _update(self, *_: object) -> None:
        ok = len(self.chosen()) >= 2 and bool(self.name_edit.text().strip())
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(ok)
