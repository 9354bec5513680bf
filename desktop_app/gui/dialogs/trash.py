"""Sampah: deleted drafts, kept 30 days and restorable (whole datasets, or a draft revision)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop_app.domain import formatting
from desktop_app.domain.errors import PadiError
from desktop_app.gui.messages import error_text
from desktop_app.services.office import Services

translate = QCoreApplication.translate


class TrashDialog(QDialog):
    """The Sampah's items, newest first, with Pulihkan."""

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("trashDialog")
        self.setWindowTitle(translate("TrashDialog", "Sampah"))
        self.resize(640, 380)
        self.services = services
        self.restored: list[int] = []
        intro = QLabel(translate("TrashDialog", "Draf yang dihapus disimpan di sini selama 30 hari dan dapat "
                                                "dipulihkan; sesudah itu dihapus permanen."), self)
        intro.setWordWrap(True)
        self.list = QListWidget(self)
        self.list.setObjectName("trashList")
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.restore_button = QPushButton(translate("TrashDialog", "Pulihkan"), self)
        self.restore_button.setObjectName("trashRestore")
        self.restore_button.clicked.connect(self._on_restore)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.restore_button)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        self._load()

    def _load(self) -> None:
        self.list.clear()
        for item in self.services.datasets.trash():
            what = translate("TrashDialog", "seluruh Kumpulan Data") if item.whole else \
                translate("TrashDialog", "draf revisi {n}").format(n=item.revision)
            text = translate("TrashDialog", "{name} ({what})\nDihapus {when} oleh {who}: {reason} · sampai {until}").format(
                name=item.name, what=what, when=formatting.date(item.deleted_at.date()), who=item.deleted_by or "-",
                reason=item.reason or "-", until=formatting.date(item.expires_on))
            entry = QListWidgetItem(text, self.list)
            entry.setData(Qt.ItemDataRole.UserRole, (item.dataset_id, None if item.whole else item.revision))
        if self.list.count():
            self.list.setCurrentRow(0)
        else:
            self.message.setText(translate("TrashDialog", "Sampah kosong."))
        self.restore_button.setEnabled(self.list.count() > 0)

    def _on_restore(self) -> None:
        entry = self.list.currentItem()
        if entry is None:
            return
        dataset_id, revision = entry.data(Qt.ItemDataRole.UserRole)
        try:
            self.services.datasets.restore(dataset_id, revision)
        except PadiError as err:
            self.message.setText(error_text(err))
            return
        self.restored.append(dataset_id)
        self._load()
        self.message.setText(translate("TrashDialog", "Dipulihkan; draf kembali di tab 1 Persiapan."))


__all__ = ["TrashDialog"]
