"""The import preview: choose sheet and header row, check column types, fix or skip bad cells, accept.

Nothing is written while this dialog is open; the caller commits the accepted result.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop_app.domain.columns import ColumnSpec, ColumnType
from desktop_app.domain.errors import PadiError
from desktop_app.gui import prompts
from desktop_app.gui.dialogs.new_dataset import type_labels
from desktop_app.gui.messages import error_text
from desktop_app.gui.widgets.data_grid import DataGrid
from desktop_app.services.datasets import DatasetSummary
from desktop_app.services.importing import ImportPreview, Problem
from desktop_app.services.imports import bad_cells

translate = QCoreApplication.translate

Reader = Callable[..., ImportPreview]
TargetCheck = Callable[[list[ColumnSpec], "str | None", "int | None"], None]
"""(columns, new dataset name, draft id) -> None, or a PadiError saying why the rows cannot go there."""


def problem_text(problem: Problem) -> str:
    """A problem or note of the import in words."""
    texts = {
        "bad_number": translate("ImportDialog", "bukan angka"),
        "not_an_integer": translate("ImportDialog", "bukan bilangan bulat"),
        "bad_date": translate("ImportDialog", "tanggal tidak dikenali"),
        "bad_period": translate("ImportDialog", "periode tidak dikenali"),
        "excel_error": translate("ImportDialog", "sel berisi galat rumus Excel"),
        "total_row_skipped": translate("ImportDialog", "baris jumlah/total dilewati"),
        "blank_rows_dropped": translate("ImportDialog", "baris kosong dibuang"),
        "blank_columns_dropped": translate("ImportDialog", "kolom kosong dibuang"),
        "title_rows_skipped": translate("ImportDialog", "baris judul di atas tabel dilewati"),
        "header_joined": translate("ImportDialog", "judul kolom dua baris digabung"),
        "hidden_sheet_skipped": translate("ImportDialog", "lembar tersembunyi dilewati"),
        "hidden_sheet_chosen": translate("ImportDialog", "lembar tersembunyi dipilih"),
        "empty_sheet_skipped": translate("ImportDialog", "lembar kosong dilewati"),
        "column_numbers_row_skipped": translate("ImportDialog", "baris nomor kolom (1, 2, 3, …) dilewati"),
        "footer_rows_skipped": translate("ImportDialog", "baris tanda tangan di bawah tabel dilewati"),
        "unnamed_column": translate("ImportDialog", "kolom tanpa judul diberi nama"),
        "duplicate_column_name": translate("ImportDialog", "judul kolom kembar diberi nomor"),
        "percent_scaled": translate("ImportDialog", "persen Excel (0,155) diubah menjadi 15,5"),
        "date_serials_converted": translate("ImportDialog", "nomor tanggal Excel diubah menjadi tanggal"),
        "csv_encoding": translate("ImportDialog", "pengodean teks CSV"),
        "csv_delimiter": translate("ImportDialog", "pemisah kolom CSV"),
    }
    words = texts.get(problem.code, problem.code)
    where = []
    if problem.row is not None:
        where.append(translate("ImportDialog", "baris {row}").format(row=problem.row))
    if problem.column:
        where.append(translate("ImportDialog", "kolom {column}").format(column=problem.column))
    value = f" ({problem.value})" if problem.value not in (None, "") else ""
    return f"{problem.sheet}, {', '.join(where)}: {words}{value}" if where else f"{problem.sheet}: {words}{value}"


class ImportDialog(QDialog):
    """Shows what will be imported; the user corrects it until nothing is left unresolved."""

    def __init__(self, preview: ImportPreview, read: Reader, drafts: list[DatasetSummary],
                 parent: QWidget | None = None, *, check_target: TargetCheck | None = None) -> None:
        super().__init__(parent)
        self.check_target = check_target
        self.setWindowTitle(translate("ImportDialog", "Impor Lembar Kerja — {name}").format(name=preview.file.name))
        self.read = read
        self.preview = preview
        self.sheet = QComboBox(self)
        self.header_row = QSpinBox(self)
        self.header_row.setRange(1, 1_048_576)
        reload_button = QPushButton(translate("ImportDialog", "Baca Ulang"), self)
        reload_button.clicked.connect(self._on_reload_clicked)
        top = QHBoxLayout()
        top.addWidget(QLabel(translate("ImportDialog", "Lembar"), self))
        top.addWidget(self.sheet, 1)
        top.addWidget(QLabel(translate("ImportDialog", "Baris judul kolom"), self))
        top.addWidget(self.header_row)
        top.addWidget(reload_button)
        self.types = QTableWidget(0, 2, self)
        self.types.setHorizontalHeaderLabels([translate("ImportDialog", "Kolom"), translate("ImportDialog", "Tipe")])
        self.types.horizontalHeader().setStretchLastSection(True)
        self.grid = DataGrid(self)
        self.grid.setObjectName("importGrid")
        self.grid.dataset.dataChanged.connect(self._update_summary)
        self.problems = QListWidget(self)
        self.problems.setObjectName("importProblems")
        self.problems.itemDoubleClicked.connect(self._on_problems_item_double_clicked)
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        target_box = QGroupBox(translate("ImportDialog", "Simpan ke"), self)
        target_form = QFormLayout(target_box)
        self.new_radio = QRadioButton(translate("ImportDialog", "Kumpulan Data baru"), target_box)
        self.name_edit = QLineEdit(preview.file.stem, target_box)
        self.existing_radio = QRadioButton(translate("ImportDialog", "Tambahkan ke draf"), target_box)
        self.existing = QComboBox(target_box)
        for draft in drafts:
            self.existing.addItem(draft.name, draft.id)
        self.existing_radio.setEnabled(bool(drafts))
        self.new_radio.setChecked(True)
        target_form.addRow(self.new_radio, self.name_edit)
        target_form.addRow(self.existing_radio, self.existing)
        # Where the rows cannot go is said here, and the dialog stays open with every choice kept.
        self.target_error = QLabel(target_box)
        self.target_error.setObjectName("importTargetError")
        self.target_error.setWordWrap(True)
        self.target_error.setStyleSheet("color: #c62828; font-weight: bold;")
        self.target_error.hide()
        target_form.addRow(self.target_error)
        for signal in (self.name_edit.textChanged, self.existing.currentIndexChanged, self.new_radio.toggled):
            signal.connect(self.target_error.hide)
        self.skip_bad = QCheckBox(translate("ImportDialog", "Lewati baris yang masih bermasalah (dicatat)"), self)
        self.skip_bad.toggled.connect(self._update_summary)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel,
                                        self)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(translate("ImportDialog", "Impor"))
        self.buttons.accepted.connect(self._on_accept)
        self.buttons.rejected.connect(self.reject)
        left = QWidget(self)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(QLabel(translate("ImportDialog", "Tipe kolom (dapat diubah)"), left))
        left_layout.addWidget(self.types)
        left_layout.addWidget(QLabel(translate("ImportDialog", "Masalah dan catatan (klik dua kali untuk ke sel)"),
                                     left))
        left_layout.addWidget(self.problems)
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(left)
        splitter.addWidget(self.grid)
        splitter.setStretchFactor(1, 3)
        splitter.setSizes([420, 680])
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.summary)
        layout.addWidget(target_box)
        layout.addWidget(self.skip_bad)
        layout.addWidget(self.buttons)
        self.resize(1100, 720)
        self._show(preview)

    # --- what the caller reads after acceptance ------------------------------------------------
    def columns(self) -> list[ColumnSpec]:
        return [ColumnSpec(c.name, c.type, required=False) for c in self.preview.columns]

    def final_rows(self) -> list[list[object]]:
        return self.grid.rows()

    def skipped(self) -> list[int]:
        columns = self.columns()
        return [i for i, row in enumerate(self.final_rows()) if bad_cells(columns, row)] \
            if self.skip_bad.isChecked() else []

    def target(self) -> tuple[str | None, int | None]:
        """(new dataset name, None) or (None, draft dataset id)."""
        if self.existing_radio.isChecked():
            return None, self.existing.currentData()
        return self.name_edit.text().strip(), None

    # --- behaviour -------------------------------------------------------------------------------
    def _show(self, preview: ImportPreview) -> None:
        self.preview = preview
        self.sheet.blockSignals(True)
        self.sheet.clear()
        self.sheet.addItems(list(preview.sheets))
        self.sheet.setCurrentText(preview.sheet)
        self.sheet.blockSignals(False)
        self.header_row.setValue(preview.header_row)
        labels = type_labels()
        self.types.setRowCount(len(preview.columns))
        for row, column in enumerate(preview.columns):
            self.types.setItem(row, 0, _readonly(column.name))
            combo = QComboBox(self.types)
            for ctype, label in labels.items():
                combo.addItem(label, ctype.value)
            combo.setCurrentIndex(combo.findData(column.type.value))
            combo.currentIndexChanged.connect(self._on_reload_clicked)
            self.types.setCellWidget(row, 1, combo)
        self.types.resizeColumnsToContents()
        self.grid.set_data(self.columns(), preview.rows, True)
        self.problems.clear()
        for problem in preview.problems:
            item = QListWidgetItem("⚠ " + problem_text(problem))
            item.setToolTip(item.text())
            item.setData(Qt.ItemDataRole.UserRole, problem)
            self.problems.addItem(item)
        for note in preview.notes:
            item = QListWidgetItem("ℹ " + problem_text(note))
            item.setToolTip(item.text())
            item.setData(Qt.ItemDataRole.UserRole, note)
            self.problems.addItem(item)
        self._update_summary()

    def _on_reload_clicked(self, *_args: object) -> None:
        column_types = {}
        for row in range(self.types.rowCount()):
            combo: QComboBox = self.types.cellWidget(row, 1)
            column_types[self.types.item(row, 0).text()] = ColumnType(combo.currentData())
        same_layout = (self.sheet.currentText() == self.preview.sheet
                       and self.header_row.value() == self.preview.header_row)
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            preview = self.read(sheet=self.sheet.currentText(), header_row=self.header_row.value(),
                                column_types=column_types if same_layout else None)
        except PadiError as err:
            prompts.error(self, translate("ImportDialog", "Impor"), error_text(err), err.detail)
            return
        finally:
            QGuiApplication.restoreOverrideCursor()
        self._show(preview)

    def _on_problems_item_double_clicked(self, item: QListWidgetItem) -> None:
        problem: Problem = item.data(Qt.ItemDataRole.UserRole)
        if problem.row is None or problem.row not in self.preview.source_rows:
            return
        row = self.preview.source_rows.index(problem.row)
        names = [c.name for c in self.preview.columns]
        column = names.index(problem.column) if problem.column in names else 0
        self.grid.setCurrentCell(row, column)

    def bad_rows(self) -> int:
        columns = self.columns()
        return sum(1 for row in self.final_rows() if bad_cells(columns, row))

    def _update_summary(self, *_args: object) -> None:
        bad = self.bad_rows()
        text = translate("ImportDialog", "{rows} baris siap diimpor ke {columns} kolom.").format(
            rows=len(self.preview.rows), columns=len(self.preview.columns))
        if bad:
            text += " " + translate("ImportDialog", "{bad} baris masih berisi sel yang tidak sesuai tipenya: "
                                                    "perbaiki selnya atau centang 'Lewati'.").format(bad=bad)
        self.summary.setText(text)

    def _on_accept(self) -> None:
        self._update_summary()
        if self.bad_rows() and not self.skip_bad.isChecked():
            prompts.error(self, translate("ImportDialog", "Impor"),
                          translate("ImportDialog", "Masih ada sel yang tidak sesuai tipenya. Perbaiki selnya, "
                                                    "atau centang 'Lewati baris yang masih bermasalah'."))
            return
        if self.check_target is not None:
            name, target = self.target()
            try:
                self.check_target(self.columns(), name, target)
            except PadiError as err:
                self.target_error.setText(error_text(err))
                self.target_error.show()
                (self.name_edit if target is None else self.existing).setFocus()
                return
        self.accept()


def _readonly(text: str) -> QTableWidgetItem:
    item = QTableWidgetItem(text)
    item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
    return item
