"""Kolom: correct a draft's columns — rename, change the type, move, add, remove.

Each button is one logged correction, done at once (``services.corrections``); a type change lists the
cells that do not fit the new type (kept as they were, to fix in the grid; step 2 points at them too).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop_app.domain.columns import ColumnSpec, ColumnType
from desktop_app.domain.errors import PadiError
from desktop_app.gui import prompts
from desktop_app.gui.dialogs.new_dataset import type_labels
from desktop_app.gui.messages import error_text
from desktop_app.services.office import Services

translate = QCoreApplication.translate
MAX_PROBLEMS_SHOWN = 20


class ColumnsDialog(QDialog):
    """The columns of one draft with the corrections as buttons."""

    def __init__(self, services: Services, dataset_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("columnsDialog")
        self.setWindowTitle(translate("ColumnsDialog", "Kolom Kumpulan Data"))
        self.resize(560, 420)
        self.services, self.dataset_id = services, dataset_id
        self.changed = False
        intro = QLabel(translate("ColumnsDialog", "Setiap perubahan langsung disimpan dan dicatat. Sel yang tidak "
                                                  "sesuai tipe baru tetap seperti semula dan ditandai untuk diperbaiki."),
                       self)
        intro.setWordWrap(True)
        self.list = QListWidget(self)
        self.list.setObjectName("columnsList")
        self.message = QLabel(self)
        self.message.setObjectName("columnsMessage")
        self.message.setWordWrap(True)
        buttons = QHBoxLayout()
        self.buttons: dict[str, QPushButton] = {}
        for key, label, handler in (
                ("rename", translate("ColumnsDialog", "Ubah Nama…"), self._on_rename),
                ("retype", translate("ColumnsDialog", "Ubah Tipe…"), self._on_retype),
                ("up", translate("ColumnsDialog", "Naik"), lambda: self._on_move(-1)),
                ("down", translate("ColumnsDialog", "Turun"), lambda: self._on_move(1)),
                ("add", translate("ColumnsDialog", "Tambah…"), self._on_add),
                ("remove", translate("ColumnsDialog", "Hapus"), self._on_remove)):
            button = QPushButton(label, self)
            button.setObjectName(f"column_{key}")
            button.clicked.connect(handler)
            buttons.addWidget(button)
            self.buttons[key] = button
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.list, 1)
        layout.addLayout(buttons)
        layout.addWidget(self.message)
        layout.addWidget(close)
        self._load()

    def columns(self) -> tuple[ColumnSpec, ...]:
        return self.services.datasets.columns(self.dataset_id)

    def _load(self, select: str | None = None) -> None:
        labels = type_labels()
        current = select or self._selected()
        self.list.clear()
        for column in self.columns():
            item = QListWidgetItem(f"{column.name} · {labels[column.type]}", self.list)
            item.setData(Qt.ItemDataRole.UserRole, column.name)
            if column.name == current:
                self.list.setCurrentItem(item)
        if self.list.currentRow() < 0 and self.list.count():
            self.list.setCurrentRow(0)

    def _selected(self) -> str | None:
        item = self.list.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item is not None else None

    def _do(self, work: Callable[[], object], done: str, select: str | None = None) -> object:
        try:
            result = work()
        except PadiError as err:
            self.message.setText(error_text(err))
            return None
        self.changed = True
        self.message.setText(done)
        self._load(select)
        return result

    def _on_rename(self) -> None:
        name = self._selected()
        if name is None:
            return
        new = prompts.ask_text(self, translate("ColumnsDialog", "Ubah Nama Kolom"),
                               translate("ColumnsDialog", "Nama baru kolom '{name}':").format(name=name), name)
        if new is not None:
            self._do(lambda: self.services.corrections.rename(self.dataset_id, name, new),
                     translate("ColumnsDialog", "Nama kolom diubah."), new.strip())

    def _on_retype(self) -> None:
        name = self._selected()
        if name is None:
            return
        labels = type_labels()
        chosen = prompts.choose_item(self, translate("ColumnsDialog", "Ubah Tipe Kolom"),
                                     translate("ColumnsDialog", "Tipe baru kolom '{name}':").format(name=name),
                                     {t.value: labels[t] for t in ColumnType})
        if chosen is None:
            return
        problems = self._do(lambda: self.services.corrections.retype(self.dataset_id, name, ColumnType(chosen)),
                            translate("ColumnsDialog", "Tipe kolom diubah."), name)
        if problems:
            rows = ", ".join(str(p.row + 1) for p in problems[:MAX_PROBLEMS_SHOWN])
            more = len(problems) - MAX_PROBLEMS_SHOWN
            text = translate("ColumnsDialog", "Tipe kolom diubah. {count} sel tidak sesuai tipe baru dan dibiarkan "
                                              "seperti semula (baris {rows}); perbaiki di tabel.").format(
                count=len(problems), rows=rows + (f" … (+{more})" if more > 0 else ""))
            self.message.setText(text)

    def _on_move(self, step: int) -> None:
        name = self._selected()
        if name is None:
            return
        position = self.list.currentRow() + step
        if 0 <= position < self.list.count():
            self._do(lambda: self.services.corrections.move(self.dataset_id, name, position),
                     translate("ColumnsDialog", "Kolom dipindah."), name)

    def _on_add(self) -> None:
        name = prompts.ask_text(self, translate("ColumnsDialog", "Tambah Kolom"),
                                translate("ColumnsDialog", "Nama kolom baru (diletakkan sesudah kolom terpilih):"))
        if name is None:
            return
        position = self.list.currentRow() + 1 if self.list.currentRow() >= 0 else None
        self._do(lambda: self.services.corrections.add(self.dataset_id, ColumnSpec(name, ColumnType.TEXT, required=False),
                                                       position),
                 translate("ColumnsDialog", "Kolom ditambah (tipe Teks; ubah tipenya bila perlu)."), name.strip())

    def _on_remove(self) -> None:
        name = self._selected()
        if name is None or not prompts.confirm(
                self, translate("ColumnsDialog", "Hapus Kolom"),
                translate("ColumnsDialog", "Hapus kolom '{name}' beserta isinya dari draf ini?").format(name=name)):
            return
        self._do(lambda: self.services.corrections.remove(self.dataset_id, name),
                 translate("ColumnsDialog", "Kolom dihapus."))


__all__ = ["ColumnsDialog"]
