"""The import preview: choose sheet and header row, check column types, fix or skip bad cells, accept.

A sheet with columns named by periods (Jan … Des, TW I … IV, Semester I–II, years) is offered
"Ubah kolom periode menjadi baris", with the year its headings lack. Nothing is written while this
dialog is open; the caller commits the accepted result.
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

from desktop_app.domain import formatting
from desktop_app.domain.columns import ColumnSpec, ColumnType
from desktop_app.domain.errors import PadiError
from desktop_app.gui import prompts
from desktop_app.gui.dialogs.new_dataset import type_labels
from desktop_app.gui.messages import error_text
from desktop_app.gui.widgets.data_grid import DataGrid
from desktop_app.services.datasets import (
    DatasetSummary,
    ImportPreview,
    NumberReading,
    Problem,
    bad_cells,
    find_period_columns,
    undecided_columns,
    unresolved_rows,
)

translate = QCoreApplication.translate

Reader = Callable[..., ImportPreview]
UNKNOWN_YEAR = 1899  # the year box's "(isi tahun)": no year known yet
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
        "subtotals_kept": translate("ImportDialog", "baris subtotal disimpan untuk diperiksa pada langkah 2"),
        "subtotal_without_rows": translate("ImportDialog", "baris yang dijumlahkan subtotal tidak ditemukan"),
        "unpivoted": translate("ImportDialog", "kolom periode diubah menjadi baris"),
        "unpivot_total_dropped": translate(
            "ImportDialog", "kolom jumlah di seberang periode diperiksa lalu dilewati; baris tidak sesuai"),
        "unpivot_empty_periods": translate("ImportDialog", "kolom periode yang kosong seluruhnya dilewati"),
        "ambiguous_decimal": translate("ImportDialog", "tanda desimal belum jelas; pilih di 'Cara baca angka'"),
        "invisible_marks_removed": translate("ImportDialog", "tanda tak terlihat (lebar nol, arah teks) dibuang dari sel"),
        "formula_computed": translate("ImportDialog", "dihitung dari rumus"),
        "json_columns_declared": translate("ImportDialog", "kolom dan tipenya dari ekspor JSON PADI"),
        "json_records": translate("ImportDialog", "daftar objek JSON: kunci menjadi kolom"),
        "formula_not_computed": translate("ImportDialog", "rumus tidak dapat dihitung; isi nilainya atau lewati barisnya"),
    }
    if problem.code in ("subtotal_mismatch", "unpivot_total_mismatch") and isinstance(problem.value, dict):
        words = mismatch_text(problem.code, problem.value)
        return f"{problem.sheet}, {translate('ImportDialog', 'baris {row}').format(row=problem.row)}, " \
               f"{translate('ImportDialog', 'kolom {column}').format(column=problem.column)}: {words}"
    words = texts.get(problem.code, problem.code)
    where = []
    if problem.row is not None:
        where.append(translate("ImportDialog", "baris {row}").format(row=problem.row))
    if problem.column:
        where.append(translate("ImportDialog", "kolom {column}").format(column=problem.column))
    value = f" ({problem.value})" if problem.value not in (None, "") else ""
    return f"{problem.sheet}, {', '.join(where)}: {words}{value}" if where else f"{problem.sheet}: {words}{value}"


def mismatch_text(code: str, value: dict) -> str:
    """A subtotal (or a total across periods) that does not add up, with both numbers."""
    stated, expected = formatting.number(value.get("stated", 0)), formatting.number(value.get("expected", 0))
    if code == "subtotal_mismatch":
        return translate("ImportDialog", "subtotal “{label}” tertulis {stated}, penjumlahan baris {first}–{last} = "
                                         "{expected}").format(label=value.get("label", ""), stated=stated,
                                                              expected=expected, first=value.get("first", "?"),
                                                              last=value.get("last", "?"))
    return translate("ImportDialog", "jumlah tertulis {stated}, penjumlahan kolom periodenya {expected}").format(
        stated=stated, expected=expected)


def mark_rule(decimal: str) -> str:
    """The rule a decimal mark sets, in words."""
    if decimal == ",":
        return translate("ImportDialog", "koma = desimal, titik = pemisah ribuan")
    return translate("ImportDialog", "titik = desimal, koma = pemisah ribuan")


def reading_text(reading: NumberReading) -> str:
    """How a column's numbers are read, and why: the words shown beside its type."""
    if reading.decimal is None:
        return translate("ImportDialog", "belum jelas ({example}): pilih tanda desimal").format(example=reading.example)
    if reading.reason == "column":
        return translate("ImportDialog", "{rule}: kolom ini memuat {example}").format(
            rule=mark_rule(reading.decimal), example=reading.example)
    if reading.reason == "file":
        if reading.decimal == ",":
            return translate("ImportDialog", "titik = pemisah ribuan: berkas memakai koma desimal")
        return translate("ImportDialog", "koma = pemisah ribuan: berkas memakai titik desimal")
    if reading.reason == "habit":
        return translate("ImportDialog", "titik = pemisah ribuan: CSV berpemisah titik koma memakai koma desimal")
    return translate("ImportDialog", "{rule} (dipilih)").format(rule=mark_rule(reading.decimal))


class ImportDialog(QDialog):
    """Shows what will be imported; the user corrects it until nothing is left unresolved."""

    def __init__(self, preview: ImportPreview, read: Reader, drafts: list[DatasetSummary],
                 parent: QWidget | None = None, *, check_target: TargetCheck | None = None) -> None:
        super().__init__(parent)
        self.check_target = check_target
        self.setWindowTitle(translate("ImportDialog", "Impor Lembar Kerja — {name}").format(name=preview.file.name))
        self.read = read
        self.preview = preview
        top = self._sheet_row()
        periods = self._periods_row()
        self._marks: dict[str, str] = {}  # decimal marks the user picked, by column
        self.types = QTableWidget(0, 3, self)
        self.types.setHorizontalHeaderLabels([translate("ImportDialog", "Kolom"), translate("ImportDialog", "Tipe"),
                                              translate("ImportDialog", "Cara baca angka")])
        self.types.horizontalHeader().setStretchLastSection(True)
        self.grid = DataGrid(self)
        self.grid.setObjectName("importGrid")
        self.grid.dataset.dataChanged.connect(self._update_summary)
        self.problems = QListWidget(self)
        self.problems.setObjectName("importProblems")
        self.problems.itemDoubleClicked.connect(self._on_problems_item_double_clicked)
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        target_box = self._target_box(preview.file.stem, drafts)
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
        splitter.setSizes([560, 540])  # room for the reading of each column beside its type
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(periods)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.summary)
        layout.addWidget(target_box)
        layout.addWidget(self.skip_bad)
        layout.addWidget(self.buttons)
        self.resize(1100, 720)
        self._show(preview)

    def _sheet_row(self) -> QHBoxLayout:
        """Which sheet, its header row, and Baca Ulang."""
        self.sheet = QComboBox(self)
        self.sheet.currentIndexChanged.connect(self._on_sheet_current_index_changed)
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
        return top

    def _periods_row(self) -> QHBoxLayout:
        """Period columns turned into rows, and the year of period headings without one."""
        self.unpivot = QCheckBox(translate("ImportDialog", "Ubah kolom periode menjadi baris"), self)
        self.unpivot.setObjectName("unpivotCheck")
        self.unpivot.setToolTip(translate(
            "ImportDialog", "Kolom bulan, triwulan, semester atau tahun menjadi satu kolom periode dan satu kolom "
                            "nilai; kolom jumlah di seberang periode diperiksa lalu dilewati."))
        self.year_label = QLabel(translate("ImportDialog", "Tahun"), self)
        self.year = QSpinBox(self)
        self.year.setObjectName("unpivotYear")
        self.year.setRange(UNKNOWN_YEAR, 2100)
        self.year.setSpecialValueText(translate("ImportDialog", "(isi tahun)"))
        self.year.setToolTip(translate("ImportDialog", "Tahun kolom periode yang judulnya tanpa tahun (Jan, TW I, …)"))
        self.period_info = QLabel(self)
        self.unpivot.toggled.connect(self._on_reload_clicked)
        self.year.editingFinished.connect(self._on_year_editing_finished)
        periods = QHBoxLayout()
        periods.addWidget(self.unpivot)
        periods.addWidget(self.year_label)
        periods.addWidget(self.year)
        periods.addWidget(self.period_info, 1)
        return periods

    def _target_box(self, name: str, drafts: list[DatasetSummary]) -> QGroupBox:
        """Where the rows go: a new dataset named ``name`` or one of the ``drafts``; what refuses it shows here."""
        target_box = QGroupBox(translate("ImportDialog", "Simpan ke"), self)
        target_form = QFormLayout(target_box)
        self.new_radio = QRadioButton(translate("ImportDialog", "Kumpulan Data baru"), target_box)
        self.name_edit = QLineEdit(name, target_box)
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
        return target_box

    # --- what the caller reads after acceptance ------------------------------------------------
    def columns(self) -> list[ColumnSpec]:
        return [ColumnSpec(c.name, c.type, required=False) for c in self.preview.columns]

    def final_rows(self) -> list[list[object]]:
        return self.grid.rows()

    def skipped(self) -> list[int]:
        return self._bad_row_indices() if self.skip_bad.isChecked() else []

    def _bad_row_indices(self) -> list[int]:
        """Rows with a cell not of its column's type, or still holding an error or an uncomputed formula."""
        columns = self.columns()
        rows = self.final_rows()
        bad = {i for i, row in enumerate(rows) if bad_cells(columns, row)}
        return sorted(bad.union(unresolved_rows(self.preview, rows)))

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
        self._show_periods(preview)
        labels = type_labels()
        self._drop_choice_widgets()
        self.types.setRowCount(len(preview.columns))
        for row, column in enumerate(preview.columns):
            self.types.setItem(row, 0, _readonly(column.name))
            combo = QComboBox(self.types)
            for ctype, label in labels.items():
                combo.addItem(label, ctype.value)
            combo.setCurrentIndex(combo.findData(column.type.value))
            combo.currentIndexChanged.connect(self._on_reload_clicked)
            self.types.setCellWidget(row, 1, combo)
            choice = self._mark_choice(column.name, column.reading)
            if choice is None:
                self.types.setItem(row, 2, _readonly(""))
            else:
                self.types.setCellWidget(row, 2, choice)
        self.types.resizeColumnsToContents()
        self.grid.set_data(self.columns(), preview.rows, True)
        self.problems.clear()
        for problem in preview.problems:
            item = QListWidgetItem("⚠ " + problem_text(problem))
            item.setToolTip(item.text())
            item.setData(Qt.ItemDataRole.UserRole, problem)
            self.problems.addItem(item)
        for note in preview.notes:
            # A subtotal or a total across periods that does not add up is worth a look, though it blocks nothing.
            item = QListWidgetItem(("⚠ " if note.code.endswith("mismatch") else "ℹ ") + problem_text(note))
            item.setToolTip(item.text())
            item.setData(Qt.ItemDataRole.UserRole, note)
            self.problems.addItem(item)
        self._update_summary()

    def _drop_choice_widgets(self) -> None:
        """Take the previous reading's combo boxes out of the table before new ones go in.

        The table only schedules a replaced cell widget for deletion; until the dialog's event loop gets
        to it (never, while the signal of one of those very boxes is being handled) it stays painted over
        the new one. Hiding it now is what the person sees.
        """
        for row in range(self.types.rowCount()):
            for col in (1, 2):
                widget = self.types.cellWidget(row, col)
                if widget is not None:
                    widget.hide()
                    self.types.removeCellWidget(row, col)

    def _show_periods(self, preview: ImportPreview) -> None:
        """The offer to turn period columns into rows, when the sheet has them (or they were turned)."""
        turned = preview.unpivoted
        found = find_period_columns(preview) if turned is None else None
        offered = turned is not None or found is not None
        for widget in (self.unpivot, self.year_label, self.year, self.period_info):
            widget.setVisible(offered)
        self.unpivot.blockSignals(True)
        self.unpivot.setChecked(turned is not None)
        self.unpivot.blockSignals(False)
        year = turned.year if turned is not None else (found.year if found is not None else None)
        self.year.setValue(year or UNKNOWN_YEAR)
        self.year.setEnabled(turned is not None and turned.year_from != "headings"
                             or found is not None and found.needs_year)
        if turned is not None:
            self.period_info.setText(translate(
                "ImportDialog", "{count} kolom periode menjadi kolom “{period}” dan “{value}”.").format(
                count=len(turned.columns), period=turned.period_column, value=turned.value_column))
        elif found is not None:
            names = [preview.columns[i].name for i in found.columns]
            self.period_info.setText(translate("ImportDialog", "Kolom periode dikenali: {names}").format(
                names=", ".join(names[:4]) + (" …" if len(names) > 4 else "")))
        else:
            self.period_info.clear()

    def _unpivot_options(self) -> dict[str, object]:
        if not self.unpivot.isChecked():
            return {}
        year = self.year.value()
        return {"unpivot": True, "year": year if year != UNKNOWN_YEAR else None}

    def _on_year_editing_finished(self) -> None:
        turned = self.preview.unpivoted
        if self.unpivot.isChecked() and (turned is None or turned.year != self.year.value()):
            self._on_reload_clicked()

    def _mark_choice(self, name: str, reading: NumberReading | None) -> QWidget | None:
        """The reading of a column's numbers, with the other mark to pick (None: nothing to read)."""
        if reading is None:
            return None
        combo = QComboBox(self.types)
        combo.setObjectName(f"decimal:{name}")
        if reading.decimal is None:
            combo.addItem("⚠ " + reading_text(reading), "")
        for mark in (",", "."):
            combo.addItem(reading_text(reading) if mark == reading.decimal else mark_rule(mark), mark)
        combo.setCurrentIndex(combo.findData(reading.decimal or ""))
        combo.setToolTip(reading_text(reading))
        combo.currentIndexChanged.connect(lambda _index, n=name, c=combo: self._on_mark_changed(n, c.currentData()))
        return combo

    def mark_choice(self, name: str) -> QComboBox | None:
        """The decimal-mark choice shown for a column, if its numbers have one."""
        for row in range(self.types.rowCount()):
            if self.types.item(row, 0).text() == name:
                widget = self.types.cellWidget(row, 2)
                return widget if isinstance(widget, QComboBox) else None
        return None

    def _on_mark_changed(self, name: str, mark: str) -> None:
        if mark:
            self._marks[name] = mark
            self._reload()

    def _on_sheet_current_index_changed(self, _index: int) -> None:
        """Another sheet picked: read it at once (its own header row), so what is shown is what is imported."""
        if self.sheet.currentText() and self.sheet.currentText() != self.preview.sheet:
            self._reload()

    def _on_reload_clicked(self, *_args: object) -> None:
        self._reload()

    def _shows_chosen_layout(self) -> bool:
        return (self.sheet.currentText() == self.preview.sheet and self.header_row.value() == self.preview.header_row
                and self.unpivot.isChecked() == (self.preview.unpivoted is not None))

    def _reload(self) -> bool:
        """Read the file again as the controls say; False (and the preview unchanged) when it was refused."""
        column_types = {}
        for row in range(self.types.rowCount()):
            combo: QComboBox = self.types.cellWidget(row, 1)
            column_types[self.types.item(row, 0).text()] = ColumnType(combo.currentData())
        same_sheet = self.sheet.currentText() == self.preview.sheet
        same_layout = self._shows_chosen_layout()
        if not same_layout:
            self._marks.clear()
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            # Another sheet has its own header row: let it be found again.
            preview = self.read(sheet=self.sheet.currentText(),
                                header_row=self.header_row.value() if same_sheet else None,
                                column_types=column_types if same_layout else None,
                                decimal_marks=dict(self._marks) or None, **self._unpivot_options())
        except PadiError as err:
            QGuiApplication.restoreOverrideCursor()
            self._show(self.preview)  # the controls back to what is shown
            prompts.error(self, translate("ImportDialog", "Impor"), error_text(err), err.detail)
            return False
        QGuiApplication.restoreOverrideCursor()
        self._show(preview)
        return True

    def _on_problems_item_double_clicked(self, item: QListWidgetItem) -> None:
        problem: Problem = item.data(Qt.ItemDataRole.UserRole)
        if problem.row is None or problem.row not in self.preview.source_rows:
            return
        row = self.preview.source_rows.index(problem.row)
        names = [c.name for c in self.preview.columns]
        column = names.index(problem.column) if problem.column in names else 0
        self.grid.setCurrentCell(row, column)

    def bad_rows(self) -> int:
        return len(self._bad_row_indices())

    def _update_summary(self, *_args: object) -> None:
        bad = self.bad_rows()
        text = translate("ImportDialog", "{rows} baris siap diimpor ke {columns} kolom.").format(
            rows=len(self.preview.rows), columns=len(self.preview.columns))
        if bad:
            text += " " + translate("ImportDialog", "{bad} baris masih berisi sel yang tidak sesuai tipenya: "
                                                    "perbaiki selnya atau centang 'Lewati'.").format(bad=bad)
        undecided = undecided_columns(self.preview)
        if undecided:
            text += " " + translate("ImportDialog", "Tanda desimal kolom {columns} belum jelas: pilih di "
                                                    "'Cara baca angka'.").format(columns=", ".join(undecided))
        self.summary.setText(text)

    def _on_accept(self) -> None:
        if not self._shows_chosen_layout():
            # A sheet or header row chosen but not read yet: read it and let the user see it first.
            self._reload()
            return
        self._update_summary()
        undecided = undecided_columns(self.preview)
        if undecided:
            prompts.error(self, translate("ImportDialog", "Impor"),
                          translate("ImportDialog", "Angka di kolom '{column}' dapat dibaca dua cara. Pilih tanda "
                                                    "desimalnya di 'Cara baca angka'.").format(column=undecided[0]))
            return
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
