"""Step 1 — Persiapan: create a dataset with typed columns and type its rows into a grid.

Also: a period's data added to a series (Tambah Data Periode), a workbook with a sheet per period
imported as one series, the draft's columns corrected, drafts deleted to the Sampah and restored,
the unit's programmes and activities, and the changes between revisions.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QHBoxLayout, QLineEdit, QProgressBar, QPushButton, QTabWidget, QVBoxLayout, QWidget

from desktop_app.domain.columns import ColumnSpec
from desktop_app.domain.errors import PadiError
from desktop_app.domain.metadata import completeness
from desktop_app.domain.periods import Grain, parse_period
from desktop_app.domain.roles import Action
from desktop_app.domain.series import series_period
from desktop_app.domain.steps import Step
from desktop_app.domain.workflow import DatasetState
from desktop_app.gui import prompts
from desktop_app.gui.dialogs.columns import ColumnsDialog
from desktop_app.gui.dialogs.import_preview import ImportDialog
from desktop_app.gui.dialogs.metadata import MetadataDialog, field_labels
from desktop_app.gui.dialogs.new_dataset import NewDatasetDialog
from desktop_app.gui.dialogs.programmes import ProgrammesDialog
from desktop_app.gui.dialogs.sheet_periods import SheetPeriodsDialog
from desktop_app.gui.dialogs.trash import TrashDialog
from desktop_app.gui.jobs import Report
from desktop_app.gui.messages import error_text
from desktop_app.gui.stages.base import ListItem, StageAction
from desktop_app.gui.stages.dataset_tab import DatasetStageTab
from desktop_app.gui.widgets.agenda_view import AgendaView
from desktop_app.gui.widgets.data_grid import DataGrid
from desktop_app.gui.widgets.dataset_rows import DatasetRowsView
from desktop_app.services.datasets import DatasetSummary, ImportPart, ImportPreview, ImportResult, bad_rows

translate = QCoreApplication.translate


class PrepareTab(DatasetStageTab):
    sig_open_dataset = Signal(int)
    """An agenda entry asked to open its dataset (its id)."""

    step = Step.PREPARE
    states = (DatasetState.DRAFT,)

    def tab_title(self) -> str:
        return translate("PrepareTab", "Persiapan")

    def step_description(self) -> str:
        return translate("PrepareTab", "Menyiapkan data dan informasi, program dan kegiatan unit")

    def build_actions(self) -> list[StageAction]:
        return [
            StageAction(translate("PrepareTab", "Kumpulan Data Baru"), Action.EDIT_DATASET, self._on_new,
                        needs_item=False, shortcut="Ctrl+N"),
            StageAction(translate("PrepareTab", "Impor dari Excel…"), Action.EDIT_DATASET, self._on_import,
                        needs_item=False, shortcut="Ctrl+I"),
            StageAction(translate("PrepareTab", "Impor Seri per Lembar…"), Action.EDIT_DATASET,
                        self._on_import_series, needs_item=False),
            StageAction(translate("PrepareTab", "Tambah Data Periode…"), Action.EDIT_DATASET, self._on_add_period),
            StageAction(translate("PrepareTab", "Metadata"), Action.EDIT_DATASET, self._on_metadata),
            StageAction(translate("PrepareTab", "Kolom…"), Action.EDIT_DATASET, self._on_columns),
            StageAction(translate("PrepareTab", "Simpan"), Action.EDIT_DATASET, self._on_save, shortcut="Ctrl+S"),
            StageAction(translate("PrepareTab", "Perubahan Antar-Revisi"), Action.EDIT_DATASET,
                        self.show_revision_diff),
            StageAction(translate("PrepareTab", "Hapus…"), Action.CHECK_DATASET, self._on_delete),
            StageAction(translate("PrepareTab", "Sampah…"), Action.CHECK_DATASET, self._on_trash, needs_item=False),
            StageAction(translate("PrepareTab", "Program dan Kegiatan…"), Action.PLAN_AGENDA, self._on_programmes,
                        needs_item=False),
            StageAction(translate("PrepareTab", "Kirim ke Pemeriksaan"), Action.CHECK_DATASET, self._on_check,
                        primary=True),
        ]

    def __init__(self, services, parent=None) -> None:  # noqa: ANN001
        super().__init__(services, parent)
        self.grid = DataGrid(self)
        self.grid.setObjectName("prepareGrid")
        row_buttons = QHBoxLayout()
        self.add_row_button = QPushButton(translate("PrepareTab", "Tambah Baris"), self)
        self.remove_row_button = QPushButton(translate("PrepareTab", "Hapus Baris"), self)
        self.add_row_button.clicked.connect(self.grid.add_row)
        self.grid.sig_message.connect(self.sig_status.emit)
        self.remove_row_button.clicked.connect(self.grid.remove_selected_rows)
        row_buttons.addWidget(self.add_row_button)
        row_buttons.addWidget(self.remove_row_button)
        self.filter_edit = QLineEdit(self)
        self.filter_edit.setPlaceholderText(translate("PrepareTab", "Saring baris…"))
        self.filter_edit.setClearButtonEnabled(True)
        self.filter_edit.textChanged.connect(self.grid.set_filter)
        row_buttons.addWidget(self.filter_edit)
        row_buttons.addStretch(1)
        self.meter = QProgressBar(self)
        self.meter.setObjectName("prepareCompleteness")
        self.meter.setMaximumWidth(320)
        row_buttons.addWidget(self.meter)
        data_page = QWidget(self)
        data_layout = QVBoxLayout(data_page)
        data_layout.setContentsMargins(0, 0, 0, 0)
        data_layout.addLayout(row_buttons)
        self.rows_view = DatasetRowsView(self.grid, services.datasets.rows_page, data_page)
        data_layout.addWidget(self.rows_view)
        self.agenda = AgendaView(services, self)
        self.agenda.sig_open_dataset.connect(self.sig_open_dataset.emit)
        self.agenda.sig_changed.connect(self.sig_changed.emit)
        self.agenda.sig_status.connect(self.sig_status.emit)
        self.work_tabs = QTabWidget(self)
        self.work_tabs.addTab(data_page, translate("PrepareTab", "Kumpulan Data"))
        self.work_tabs.addTab(self.agenda, translate("PrepareTab", "Agenda Kerja"))
        self.ui.workLayout.addWidget(self.work_tabs)
        self._detail = None

    def refresh(self) -> None:
        super().refresh()
        self.agenda.refresh()

    def show_item(self, item: ListItem | None) -> None:
        editable = item is not None and self.services.ctx.may(Action.EDIT_DATASET)
        if item is None:
            self._detail = None
            self.ui.detailLabel.setText(translate("PrepareTab", "Belum ada Kumpulan Data draf. Buat yang baru."))
            self.rows_view.show_detail(None, False)
            self._enable_row_editing(False)
            return
        self._detail = self.services.datasets.get(item.id, row_limit=self.rows_view.row_limit)
        text = self.describe(self._detail)
        if not self._detail.rows_complete:
            text += "<br><i>" + translate(
                "PrepareTab", "Kumpulan Data besar: baris ditampilkan per halaman dan hanya bisa diubah lewat "
                              "impor; metadata tetap bisa disunting.") + "</i>"
        self.ui.detailLabel.setText(text)
        self.rows_view.show_detail(self._detail, editable)
        self._enable_row_editing(editable and self._detail.rows_complete)
        self._show_completeness()

    def _enable_row_editing(self, enabled: bool) -> None:
        for widget in (self.add_row_button, self.remove_row_button, self.filter_edit):
            widget.setEnabled(enabled)

    def _edited_rows(self) -> list[list[object]] | None:
        """The grid's rows to save, or None when the rows are shown in pages (they are not edited here)."""
        return None if self.rows_view.paged else self.grid.rows()

    def _show_completeness(self) -> None:
        state = completeness(self._detail.meta)
        self.meter.setMaximum(state.total)
        self.meter.setValue(state.filled)
        self.meter.setFormat(translate("PrepareTab", "Metadata %v/%m"))
        self.meter.setMinimumWidth(self.meter.fontMetrics().horizontalAdvance(self.meter.text()) + 24)  # never cut
        labels = field_labels()
        self.meter.setToolTip(translate("PrepareTab", "Belum diisi: {fields}").format(
            fields=", ".join(labels[n] for n in state.missing)) if state.missing else "")

    def _on_new(self) -> None:
        dialog = NewDatasetDialog(self)
        if not prompts.run_dialog(dialog):
            return
        meta, columns = dialog.result_values()
        created: list[int] = []
        if self.run(lambda: created.append(self.services.datasets.create(meta, columns)),
                    translate("PrepareTab", "Kumpulan Data dibuat. Ketik barisnya lalu simpan.")):
            self.refresh()
            self.select(created[0])

    def save(self) -> bool:
        if self._detail is None:
            return False
        detail = self._detail
        rows = self._edited_rows()
        return self.run(lambda: self.services.datasets.update(detail.summary.id, detail.meta, rows,
                                                              base_version=detail.summary.row_version),
                        translate("PrepareTab", "Kumpulan Data disimpan."))

    def _on_save(self) -> None:
        self.save()

    def _on_import(self) -> None:
        path = prompts.choose_file(self, translate("PrepareTab", "Impor lembar kerja"),
                                   translate("PrepareTab", "Lembar kerja (*.xlsx *.xlsm *.xls *.ods *.csv *.json)"))
        if path is None:
            return
        imports = self.services.imports

        def read(report: Report, **options: object) -> ImportPreview:
            message = translate("PrepareTab", "Membaca {name} …").format(name=path.name)
            return imports.preview(path, progress=lambda done, total: report(done, total, message), **options)

        def show(preview: ImportPreview) -> None:
            drafts = self.services.datasets.list([DatasetState.DRAFT])
            dialog = ImportDialog(preview, lambda **options: imports.preview(path, **options), drafts, self,
                                  check_target=imports.check_target)
            if prompts.run_dialog(dialog):
                self._commit_import(dialog)

        self.start_job(translate("PrepareTab", "Impor dari Excel"), read, show)

    def _commit_import(self, dialog: ImportDialog, period: str | None = None) -> None:
        preview, rows, skip = dialog.preview, dialog.final_rows(), dialog.skipped()
        name, target = dialog.target()

        def work(report: Report) -> ImportResult:
            message = translate("PrepareTab", "Menyimpan baris ke Kumpulan Data …")
            return self.services.imports.commit(preview, rows=rows, skip=skip, dataset_name=name, target_id=target,
                                                progress=lambda done, total: report(done, total, message),
                                                period=period)

        def done(result: ImportResult) -> None:
            self.refresh()
            self.select(result.dataset_id)
            self.sig_status.emit(translate("PrepareTab", "{rows} baris diimpor ke '{name}', {skipped} dilewati.")
                                 .format(rows=result.rows, name=result.dataset, skipped=result.skipped))

        self.start_job(translate("PrepareTab", "Impor dari Excel"), work, done)

    def _on_metadata(self) -> None:
        if self._detail is None:
            return
        dialog = MetadataDialog(self._detail.meta, self)
        detail, rows = self._detail, self._edited_rows()
        self.until_saved(dialog, lambda: self.run(
            lambda: self.services.datasets.update(detail.summary.id, dialog.value(), rows,
                                                  base_version=detail.summary.row_version),
            translate("PrepareTab", "Metadata disimpan.")))

    def _on_check(self) -> None:
        item = self.current_item()
        if item is None or not self.save():
            return
        self.run(lambda: self.services.datasets.check(item.id),
                 translate("PrepareTab", "Dikirim ke tab 2 Validasi; pemeriksaan otomatis sudah dijalankan."))

    # --- series, corrections, the Sampah, programmes ------------------------------------------------
    def _summary(self, dataset_id: int) -> DatasetSummary | None:
        return next((d for d in self.services.datasets.list() if d.id == dataset_id), None)

    def update_actions(self) -> None:
        super().update_actions()
        item = self.current_item()
        summary = self._summary(item.id) if item is not None else None
        add_period = self._button(translate("PrepareTab", "Tambah Data Periode…"))
        if add_period is not None and add_period.isEnabled() and (summary is None or not summary.series):
            add_period.setEnabled(False)
            add_period.setToolTip(translate("PrepareTab", "Hanya untuk seri per periode (Kumpulan Data dengan "
                                                          "frekuensi dan kolom periode)."))
        for label in (translate("PrepareTab", "Kolom…"), translate("PrepareTab", "Hapus…")):
            widget = self._button(label)
            if widget is not None and widget.isEnabled() and (summary is None or summary.state != DatasetState.DRAFT):
                widget.setEnabled(False)
                widget.setToolTip(translate("PrepareTab", "Periode baru seri yang sudah tervalidasi diubah lewat "
                                                          "tabel; kolom dan penghapusan hanya untuk draf revisi."))
        diff = self._button(translate("PrepareTab", "Perubahan Antar-Revisi"))
        if diff is not None and diff.isEnabled() and (summary is None or summary.revision < 2):
            diff.setEnabled(False)
            diff.setToolTip(translate("PrepareTab", "Kumpulan Data ini baru memiliki satu revisi."))

    def _button(self, label: str):  # QPushButton | None
        return next((a.button for a in self.actions_ if a.label == label), None)

    def _on_add_period(self) -> None:
        """Tambah Data Periode: one period's data from a spreadsheet into the selected series."""
        item = self.current_item()
        summary = self._summary(item.id) if item is not None else None
        if summary is None or not summary.series:
            return
        periods = self.services.series.periods(summary.id)
        suggestion = ""
        if periods:
            last = parse_period(periods[-1].period)
            suggestion = last.next().text if last is not None else ""
        text = prompts.ask_text(self, translate("PrepareTab", "Tambah Data Periode"), translate(
            "PrepareTab", "Periode data yang ditambahkan ke '{name}' (mis. 2024-04, 2024-Q2, 2024-S1, 2024):").format(
            name=summary.name), suggestion)
        if text is None:
            return
        try:
            period = series_period(text, Grain(summary.series))
        except PadiError as err:
            prompts.error(self, translate("PrepareTab", "Tambah Data Periode"), error_text(err), err.detail)
            return
        path = prompts.choose_file(self, translate("PrepareTab", "Data periode {period}").format(period=period.label),
                                   translate("PrepareTab", "Lembar kerja (*.xlsx *.xlsm *.xls *.ods *.csv)"))
        if path is None:
            return
        imports = self.services.imports

        def read(report: Report, **options: object) -> ImportPreview:
            message = translate("PrepareTab", "Membaca {name} …").format(name=path.name)
            return imports.preview(path, progress=lambda done, total: report(done, total, message), **options)

        def show(preview: ImportPreview) -> None:
            dialog = ImportDialog(preview, lambda **options: imports.preview(path, **options), [summary], self)
            dialog.setWindowTitle(translate("PrepareTab", "Tambah Data Periode {period} — {name}").format(
                period=period.label, name=summary.name))
            dialog.existing_radio.setChecked(True)
            dialog.new_radio.setEnabled(False)
            dialog.name_edit.setEnabled(False)
            if prompts.run_dialog(dialog):
                self._commit_import(dialog, period.text)

        self.start_job(translate("PrepareTab", "Tambah Data Periode"), read, show)

    def _on_import_series(self) -> None:
        """Impor Seri per Lembar: a workbook with a sheet per period becomes one series."""
        path = prompts.choose_file(self, translate("PrepareTab", "Impor seri: satu lembar per periode"),
                                   translate("PrepareTab", "Buku kerja (*.xlsx *.xlsm *.xls *.ods)"))
        if path is None:
            return
        found: list = []
        if not self.run(lambda: found.extend(self.services.imports.sheet_periods(path, every_sheet=True))):
            return
        dialog = SheetPeriodsDialog(path.stem, found, self)
        if not prompts.run_dialog(dialog):
            return
        chosen, name = dialog.chosen(), dialog.name()
        imports = self.services.imports

        def work(report: Report) -> ImportResult:
            parts = []
            for index, (sheet, period) in enumerate(chosen):
                report(index, len(chosen), translate("PrepareTab", "Membaca lembar {sheet} …").format(sheet=sheet))
                preview = imports.preview(path, sheet=sheet)
                bad = bad_rows([ColumnSpec(c.name, c.type) for c in preview.columns], preview.rows)
                parts.append(ImportPart(preview, skip=bad, period=period))
            report(0, 0, translate("PrepareTab", "Menyimpan seri …"))
            return imports.commit_parts(parts, dataset_name=name)

        def done(result: ImportResult) -> None:
            self.refresh()
            self.select(result.dataset_id)
            self.sig_status.emit(translate("PrepareTab", "Seri '{name}' dibuat: {rows} baris, {periods} periode, "
                                                         "{skipped} baris bermasalah dilewati.").format(
                name=result.dataset, rows=result.rows, periods=len(result.periods), skipped=result.skipped))

        self.start_job(translate("PrepareTab", "Impor Seri per Lembar"), work, done)

    def _on_columns(self) -> None:
        item = self.current_item()
        if item is None or not self.save():
            return
        dialog = ColumnsDialog(self.services, item.id, self)
        prompts.run_dialog(dialog)
        if dialog.changed:
            self.sig_changed.emit()
        dialog.deleteLater()

    def _on_delete(self) -> None:
        item = self.current_item()
        if item is None:
            return
        reason = prompts.ask_text(self, translate("PrepareTab", "Hapus Draf"), translate(
            "PrepareTab", "Hapus '{name}' ke Sampah? Draf dapat dipulihkan selama 30 hari.\n\nAlasan:").format(
            name=item.title))
        if reason is not None:
            self.run(lambda: self.services.datasets.delete(item.id, reason),
                     translate("PrepareTab", "Draf dipindah ke Sampah (dapat dipulihkan 30 hari)."))

    def _on_trash(self) -> None:
        self.services.datasets.purge_trash()
        dialog = TrashDialog(self.services, self)
        prompts.run_dialog(dialog)
        if dialog.restored:
            self.sig_changed.emit()
            self.select(dialog.restored[-1])
        dialog.deleteLater()

    def _on_programmes(self) -> None:
        dialog = ProgrammesDialog(self.services, self)
        prompts.run_dialog(dialog)
        self.sig_changed.emit()
        dialog.deleteLater()

