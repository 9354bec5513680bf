"""Compose or revise a publication: title, kind, and one section of text with a saved output."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from desktop_app.services.datasets import OutputInfo
from desktop_app.services.publications import KINDS, SectionDraft

translate = QCoreApplication.translate


class ComposeDialog(QDialog):
    """The publication's title, kind and its section (text plus a table and chart from an output)."""

    def __init__(self, outputs: list[OutputInfo], notes: list[str] | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("ComposeDialog", "Susun Publikasi"))
        self.title_edit = QLineEdit(self)
        self.kind_combo = QComboBox(self)
        labels = {"brosur": translate("ComposeDialog", "Brosur"), "buklet": translate("ComposeDialog", "Buklet"),
                  "web": translate("ComposeDialog", "Halaman Web"), "poster": translate("ComposeDialog", "Poster")}
        for kind in KINDS:
            self.kind_combo.addItem(labels[kind], kind)
        self.heading_edit = QLineEdit(self)
        self.text_edit = QPlainTextEdit(self)
        self.output_combo = QComboBox(self)
        self.output_combo.addItem(translate("ComposeDialog", "(tanpa tabel)"), None)
        for output in outputs:
            self.output_combo.addItem(output.name, output.id)
        self.chart_check = QCheckBox(translate("ComposeDialog", "Sertakan grafik batang"), self)
        self.chart_check.setChecked(True)
        form = QFormLayout()
        form.addRow(translate("ComposeDialog", "&Judul"), self.title_edit)
        form.addRow(translate("ComposeDialog", "&Jenis"), self.kind_combo)
        form.addRow(translate("ComposeDialog", "Judul &bagian"), self.heading_edit)
        form.addRow(translate("ComposeDialog", "&Teks"), self.text_edit)
        form.addRow(translate("ComposeDialog", "Tabel dari &Keluaran"), self.output_combo)
        form.addRow("", self.chart_check)
        layout = QVBoxLayout(self)
        if notes:
            box = QLabel("<b>" + translate("ComposeDialog", "Catatan Perbaikan dari Kepala:") + "</b><br>"
                         + "<br>".join(f"• {n}" for n in notes), self)
            box.setWordWrap(True)
            box.setStyleSheet("background:#fde2e2; padding:6px;")
            layout.addWidget(box)
        layout.addLayout(form)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(560, 480)

    def load(self, title: str, kind: str, section: SectionDraft) -> None:
        self.title_edit.setText(title)
        self.kind_combo.setCurrentIndex(self.kind_combo.findData(kind))
        self.kind_combo.setEnabled(False)
        self.heading_edit.setText(section.heading)
        self.text_edit.setPlainText(section.text)
        index = self.output_combo.findData(section.output_id)
        self.output_combo.setCurrentIndex(max(index, 0))
        self.chart_check.setChecked(section.chart)

    def values(self) -> tuple[str, str, list[SectionDraft]]:
        section = SectionDraft(self.heading_edit.text().strip(), self.text_edit.toPlainText(),
                               self.output_combo.currentData(), self.chart_check.isChecked())
        return self.title_edit.text().strip(), self.kind_combo.currentData(), [section]
