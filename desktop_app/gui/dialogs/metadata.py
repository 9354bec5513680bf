"""The metadata editor of a dataset: the Satu Data Indonesia fields with a completeness meter."""

from __future__ import annotations

import dataclasses
import datetime as dt

from PySide6.QtCore import QCoreApplication, QDate
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QPlainTextEdit,
    QProgressBar,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from desktop_app.domain.metadata import ACCESS_LEVELS, DatasetMeta, completeness
from desktop_app.services.datasets import areas

translate = QCoreApplication.translate


def field_labels() -> dict[str, str]:
    """People's names of the metadata fields (also used to list what is missing)."""
    return {
        "name": translate("Metadata", "Judul"), "group": translate("Metadata", "Kelompok"),
        "description": translate("Metadata", "Deskripsi"), "unit": translate("Metadata", "Satuan"),
        "frequency": translate("Metadata", "Frekuensi"), "period": translate("Metadata", "Periode"),
        "source": translate("Metadata", "Sumber"), "producer": translate("Metadata", "Produsen data"),
        "keywords": translate("Metadata", "Kata kunci"), "concept": translate("Metadata", "Konsep"),
        "definition": translate("Metadata", "Definisi"), "measure": translate("Metadata", "Ukuran"),
        "classification": translate("Metadata", "Klasifikasi"), "method": translate("Metadata", "Cara pengumpulan"),
        "area_code": translate("Metadata", "Kode wilayah"), "custodian": translate("Metadata", "Walidata"),
        "contact": translate("Metadata", "Kontak"), "access_level": translate("Metadata", "Tingkat akses"),
        "licence": translate("Metadata", "Lisensi"), "release_date": translate("Metadata", "Tanggal rilis"),
        "modified_date": translate("Metadata", "Tanggal pembaruan"),
    }


def access_labels() -> dict[str, str]:
    return {"public": translate("Metadata", "Publik"), "restricted": translate("Metadata", "Terbatas"),
            "non-public": translate("Metadata", "Tidak publik")}


MULTILINE = ("description", "concept", "definition", "method")
FREQUENCIES = ("bulanan", "triwulanan", "semesteran", "tahunan", "tidak tetap")


class _OptionalDate(QWidget):
    """A date that may be left empty."""

    def __init__(self, value: dt.date | None, parent: QWidget) -> None:
        super().__init__(parent)
        self.check = QCheckBox(self)
        self.edit = QDateEdit(self)
        self.edit.setCalendarPopup(True)
        today = value or dt.date.today()
        self.edit.setDate(QDate(today.year, today.month, today.day))
        self.check.setChecked(value is not None)
        self.edit.setEnabled(value is not None)
        self.check.toggled.connect(self.edit.setEnabled)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.check)
        layout.addWidget(self.edit, 1)

    def value(self) -> dt.date | None:
        if not self.check.isChecked():
            return None
        d = self.edit.date()
        return dt.date(d.year(), d.month(), d.day())


class MetadataDialog(QDialog):
    """Edit every metadata field; the meter shows how complete the description is."""

    def __init__(self, meta: DatasetMeta, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("Metadata", "Metadata Kumpulan Data"))
        self.meta = meta
        self.meter = QProgressBar(self)
        self.meter.setObjectName("completenessMeter")
        form_host = QWidget(self)
        form = QFormLayout(form_host)
        self.widgets: dict[str, QWidget] = {}
        labels = field_labels()
        for name in labels:
            value = getattr(meta, name)
            if name in MULTILINE:
                widget = QPlainTextEdit(value, form_host)
                widget.setFixedHeight(widget.fontMetrics().lineSpacing() * 4)
                widget.textChanged.connect(self._update_meter)
            elif name == "access_level":
                widget = QComboBox(form_host)
                for code in ACCESS_LEVELS:
                    widget.addItem(access_labels()[code], code)
                widget.setCurrentIndex(max(widget.findData(value), 0))
            elif name in ("frequency", "area_code"):
                widget = QComboBox(form_host)
                widget.setEditable(True)
                if name == "frequency":
                    widget.addItems(FREQUENCIES)
                else:
                    for area in areas():
                        widget.addItem(f"{area.code} {area.name}", area.code)
                widget.setCurrentText(value)
                widget.currentTextChanged.connect(self._update_meter)
            elif name in ("release_date", "modified_date"):
                widget = _OptionalDate(value, form_host)
                widget.check.toggled.connect(self._update_meter)
            else:
                text = ", ".join(value) if name == "keywords" else value
                widget = QLineEdit(text, form_host)
                widget.textChanged.connect(self._update_meter)
            self.widgets[name] = widget
            form.addRow(labels[name], widget)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setWidget(form_host)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.meter)
        layout.addWidget(scroll, 1)
        layout.addWidget(buttons)
        self.resize(620, 640)
        self._update_meter()

    def value(self) -> DatasetMeta:
        values: dict[str, object] = {}
        for name, widget in self.widgets.items():
            if isinstance(widget, QPlainTextEdit):
                values[name] = widget.toPlainText().strip()
            elif isinstance(widget, _OptionalDate):
                values[name] = widget.value()
            elif isinstance(widget, QComboBox):
                values[name] = widget.currentData() if name == "access_level" else _code(widget.currentText(), name)
            else:
                values[name] = widget.text().strip()
        values["keywords"] = tuple(k.strip() for k in str(values["keywords"]).split(",") if k.strip())
        return dataclasses.replace(self.meta, **values)

    def _update_meter(self, *_args: object) -> None:
        state = completeness(self.value())
        self.meter.setMaximum(state.total)
        self.meter.setValue(state.filled)
        self.meter.setFormat(translate("Metadata", "Kelengkapan metadata: %v dari %m"))
        labels = field_labels()
        self.meter.setToolTip(translate("Metadata", "Belum diisi: {fields}").format(
            fields=", ".join(labels[n] for n in state.missing)) if state.missing else "")


def _code(text: str, name: str) -> str:
    """The area code from 'kode nama' (the combo shows both), or the text as typed."""
    text = text.strip()
    return text.split(" ", 1)[0] if name == "area_code" and text[:1].isdigit() else text
