"""Perubahan Antar-Revisi: what changed between two revisions of a dataset — metadata, columns, cells, rows."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop_app.domain import formatting
from desktop_app.domain.revisions import RevisionDiff
from desktop_app.gui.dialogs.metadata import field_labels
from desktop_app.gui.messages import state_label
from desktop_app.services.datasets import RevisionInfo

translate = QCoreApplication.translate

OLD_BG, NEW_BG = QColor("#fde2e2"), QColor("#dcf3dc")


def _cell(value: object) -> str:
    if value is None or value == "":
        return translate("RevisionDiff", "(kosong)")
    if isinstance(value, bool):
        return str(value)
    if isinstance(value, (int, float)):
        return formatting.number(value, 0 if float(value).is_integer() else 2)
    if isinstance(value, (list, tuple)):
        return ", ".join(str(v) for v in value)
    return str(value)


class RevisionDiffDialog(QDialog):
    """Two revisions side by side: pick them, read every change in one table."""

    def __init__(self, name: str, revisions: Sequence[RevisionInfo], diff: Callable[[int, int], RevisionDiff],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("revisionDiffDialog")
        self.setWindowTitle(translate("RevisionDiff", "Perubahan Antar-Revisi"))
        self.resize(900, 560)
        self._diff = diff
        heading = QLabel(translate("RevisionDiff", "<b>{name}</b>").format(name=name), self)
        heading.setWordWrap(True)
        self.old_combo, self.new_combo = QComboBox(self), QComboBox(self)
        self.old_combo.setObjectName("diffFrom")
        self.new_combo.setObjectName("diffTo")
        for combo in (self.old_combo, self.new_combo):
            for rev in revisions:
                text = translate("RevisionDiff", "Revisi {n} · {state}").format(n=rev.number,
                                                                             state=state_label(rev.state))
                if rev.serving:
                    text += " · " + translate("RevisionDiff", "tampil di Katalog Data")
                combo.addItem(text, rev.number)
        if len(revisions) >= 2:
            self.old_combo.setCurrentIndex(len(revisions) - 2)
            self.new_combo.setCurrentIndex(len(revisions) - 1)
        picker = QHBoxLayout()
        picker.addWidget(QLabel(translate("RevisionDiff", "Dari:"), self))
        picker.addWidget(self.old_combo, 1)
        picker.addWidget(QLabel(translate("RevisionDiff", "Ke:"), self))
        picker.addWidget(self.new_combo, 1)
        self.summary = QLabel(self)
        self.summary.setObjectName("diffSummary")
        self.summary.setWordWrap(True)
        self.table = QTableWidget(0, 4, self)
        self.table.setObjectName("diffTable")
        self.table.setHorizontalHeaderLabels([translate("RevisionDiff", "Perubahan"), translate("RevisionDiff", "Di mana"),
                                              translate("RevisionDiff", "Sebelum"), translate("RevisionDiff", "Sesudah")])
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addLayout(picker)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 1)
        layout.addWidget(buttons)
        self.old_combo.currentIndexChanged.connect(self._refresh)
        self.new_combo.currentIndexChanged.connect(self._refresh)
        self._refresh()

    def _refresh(self, *_args: object) -> None:
        old, new = self.old_combo.currentData(), self.new_combo.currentData()
        if old is None or new is None:
            return
        diff = self._diff(old, new)
        self.diff = diff
        lines: list[tuple[str, str, object, object]] = []
        labels = field_labels()
        for m in diff.meta:
            lines.append((translate("RevisionDiff", "Metadata"), labels.get(m.field, m.field), m.old, m.new))
        kinds = {"added": translate("RevisionDiff", "Kolom ditambah"),
                 "removed": translate("RevisionDiff", "Kolom dihapus"),
                 "retyped": translate("RevisionDiff", "Tipe kolom diubah")}
        for c in diff.columns:
            lines.append((kinds[c.kind], c.name, c.old_type or None, c.new_type or None))
        for c in diff.cells:
            lines.append((translate("RevisionDiff", "Sel diubah"),
                          f"{' · '.join(c.key)} — {c.column}", c.old, c.new))
        for r in diff.added:
            lines.append((translate("RevisionDiff", "Baris ditambah"), " · ".join(r.key), None,
                          " | ".join(_cell(v) for v in r.values)))
        for r in diff.removed:
            lines.append((translate("RevisionDiff", "Baris dihapus"), " · ".join(r.key),
                          " | ".join(_cell(v) for v in r.values), None))
        self.table.setRowCount(len(lines))
        for row, (kind, where, before, after) in enumerate(lines):
            for col, value in enumerate((kind, where, _cell(before) if before is not None else "",
                                         _cell(after) if after is not None else "")):
                item = QTableWidgetItem(value)
                item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
                if col == 2 and before is not None:
                    item.setBackground(OLD_BG)
                    item.setForeground(QColor("#222222"))
                if col == 3 and after is not None:
                    item.setBackground(NEW_BG)
                    item.setForeground(QColor("#222222"))
                self.table.setItem(row, col, item)
        self.table.resizeColumnsToContents()
        if diff.empty:
            self.summary.setText(translate("RevisionDiff", "Revisi {a} dan revisi {b} sama: tidak ada perubahan.")
                                 .format(a=old, b=new))
        else:
            self.summary.setText(translate(
                "RevisionDiff", "Dari revisi {a} ke revisi {b}: {cells} sel berubah, {added} baris ditambah, "
                                "{removed} baris dihapus, {columns} perubahan kolom, {meta} perubahan metadata. "
                                "Baris dicocokkan menurut: {keys}.").format(
                a=old, b=new, cells=len(diff.cells), added=len(diff.added), removed=len(diff.removed),
                columns=len(diff.columns), meta=len(diff.meta),
                keys=", ".join(diff.key_columns) or translate("RevisionDiff", "urutan baris")))


__all__ = ["RevisionDiffDialog"]
