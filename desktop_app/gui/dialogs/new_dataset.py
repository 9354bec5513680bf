"""Dialog for a new dataset: name and metadata, and its typed columns."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop_app.domain.columns import ColumnSpec, ColumnType
from desktop_app.services.datasets import DatasetMeta, areas

translate = QCoreApplication.translate


def type_labels() -> dict[ColumnType, str]:
    return {
        ColumnType.TEXT: translate("ColumnTypes", "Teks"),
        ColumnType.INTEGER: translate("ColumnTypes", "Bilangan bulat"),
        ColumnType.DECIMAL: translate("ColumnTypes", "Desimal"),
        ColumnType.PERCENT: translate("ColumnTypes", "Persen"),
        ColumnType.MONEY: translate("ColumnTypes", "Rupiah"),
        ColumnType.DATE: translate("ColumnTypes", "Tanggal"),
        ColumnType.PERIOD: translate("ColumnTypes", "Periode"),
        ColumnType.CATEGORY: translate("ColumnTypes", "Kategori"),
        ColumnType.IDENTIFIER: translate("ColumnTypes", "Kode/Nomor"),
    }


def code_list_labels() -> dict[str, str]:
    """The built-in code lists a category column can use."""
    return {
        "": translate("NewDatasetDialog", "(bebas)"),
        "kecamatan": translate("NewDatasetDialog", "Kode kecamatan Kota Tebing Tinggi (Kemendagri)"),
        "kelurahan": translate("NewDatasetDialog", "Kode kelurahan Kota Tebing Tinggi (Kemendagri)"),
    }


def code_list_codes(key: str) -> tuple[str, ...]:
    return tuple(area.code for area in areas() if key and area.level == key)


class NewDatasetDialog(QDialog):
    """Asks for the dataset's name, group, unit, source and columns."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("NewDatasetDialog", "Kumpulan Data Baru"))
        self.name_edit = QLineEdit(self)
        self.group_edit = QLineEdit(self)
        self.unit_edit = QLineEdit(self)
        self.period_edit = QLineEdit(self)
        self.source_edit = QLineEdit(self)
        form = QFormLayout()
        form.addRow(translate("NewDatasetDialog", "&Nama"), self.name_edit)
        form.addRow(translate("NewDatasetDialog", "&Kelompok"), self.group_edit)
        form.addRow(translate("NewDatasetDialog", "&Satuan"), self.unit_edit)
        form.addRow(translate("NewDatasetDialog", "&Periode"), self.period_edit)
        form.addRow(translate("NewDatasetDialog", "S&umber"), self.source_edit)
        self.columns_table = QTableWidget(0, 3, self)
        self.columns_table.setHorizontalHeaderLabels(
            [translate("NewDatasetDialog", "Nama Kolom"), translate("NewDatasetDialog", "Tipe"),
             translate("NewDatasetDialog", "Daftar kode (untuk Kategori)")])
        self.columns_table.horizontalHeader().setStretchLastSection(True)
        add = QPushButton(translate("NewDatasetDialog", "Tambah Kolom"), self)
        add.clicked.connect(lambda: self.add_column("", ColumnType.TEXT))
        remove = QPushButton(translate("NewDatasetDialog", "Hapus Kolom"), self)
        remove.clicked.connect(lambda: self.columns_table.removeRow(self.columns_table.currentRow()))
        buttons_row = QHBoxLayout()
        buttons_row.addWidget(add)
        buttons_row.addWidget(remove)
        buttons_row.addStretch(1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.columns_table)
        layout.addLayout(buttons_row)
        layout.addWidget(buttons)
        self.add_column(translate("NewDatasetDialog", "Uraian"), ColumnType.TEXT)
        self.add_column(translate("NewDatasetDialog", "Jumlah"), ColumnType.INTEGER)
        self.resize(720, 480)

    def add_column(self, name: str, column_type: ColumnType) -> None:
        row = self.columns_table.rowCount()
        self.columns_table.insertRow(row)
        self.columns_table.setItem(row, 0, QTableWidgetItem(name))
        combo = QComboBox(self.columns_table)
        for ctype, label in type_labels().items():
            combo.addItem(label, ctype.value)
        combo.setCurrentIndex(combo.findData(column_type.value))
        self.columns_table.setCellWidget(row, 1, combo)
        code_lists = QComboBox(self.columns_table)
        for key, label in code_list_labels().items():
            code_lists.addItem(label, key)
        self.columns_table.setCellWidget(row, 2, code_lists)

    def set_columns(self, columns: list[tuple[str, ColumnType]]) -> None:
        self.columns_table.setRowCount(0)
        for name, ctype in columns:
            self.add_column(name, ctype)

    def result_values(self) -> tuple[DatasetMeta, list[ColumnSpec]]:
        columns = []
        for row in range(self.columns_table.rowCount()):
            item = self.columns_table.item(row, 0)
            combo: QComboBox = self.columns_table.cellWidget(row, 1)
            code_list: QComboBox = self.columns_table.cellWidget(row, 2)
            ctype = ColumnType(combo.currentData())
            codes = code_list_codes(code_list.currentData()) if ctype == ColumnType.CATEGORY else ()
            columns.append(ColumnSpec(item.text().strip() if item else "", ctype, codes=codes))
        meta = DatasetMeta(name=self.name_edit.text().strip(), group=self.group_edit.text().strip(),
                           unit=self.unit_edit.text().strip(), period=self.period_edit.text().strip(),
                           source=self.source_edit.text().strip())
        return meta, columns
