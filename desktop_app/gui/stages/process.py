"""Step 3 — Pengolahan: a pivot (rows × columns × values) with its chart and narrative, saved as an output.

The chart chooser picks the kind, the value columns drawn as series (one per quarter, say: grouped
bars or a line each) and the direction of the bars; the choice is saved with the output, so a
publication draws the same chart."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QGridLayout,
    QLabel,
    QLineEdit,
    QMenu,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from desktop_app.domain import formatting
from desktop_app.domain.charts import ChartChoice, ChartKind, ChartSpec
from desktop_app.domain.columns import ColumnType
from desktop_app.domain.errors import PadiError
from desktop_app.domain.pivot import PivotAggregate, PivotResult, PivotSpec
from desktop_app.domain.pivot_charts import pivot_chart, value_columns
from desktop_app.domain.roles import Action
from desktop_app.domain.steps import Step
from desktop_app.domain.workflow import DatasetState
from desktop_app.gui import prompts
from desktop_app.gui.dialogs.recap import RecapDialog
from desktop_app.gui.jobs import Report
from desktop_app.gui.labels import aggregate_label
from desktop_app.gui.messages import error_text
from desktop_app.gui.stages.base import ListItem, StageAction
from desktop_app.gui.stages.dataset_tab import DatasetStageTab
from desktop_app.gui.widgets.chart_view import ChartView

translate = QCoreApplication.translate

NONE = ""
BACKGROUND_ROWS = 50_000  # larger datasets are tabulated in the job worker so the window never freezes


def grain_labels() -> dict[str, str]:
    return {NONE: translate("ProcessTab", "Apa adanya"), "month": translate("ProcessTab", "Bulan"),
            "quarter": translate("ProcessTab", "Triwulan"), "semester": translate("ProcessTab", "Semester"),
            "year": translate("ProcessTab", "Tahun")}


def chart_labels() -> dict[ChartKind, str]:
    return {ChartKind.BAR: translate("ProcessTab", "Batang"), ChartKind.STACKED_BAR: translate("ProcessTab", "Batang bertumpuk"),
            ChartKind.LINE: translate("ProcessTab", "Garis"), ChartKind.PIE: translate("ProcessTab", "Pai"),
            ChartKind.DONUT: translate("ProcessTab", "Donat"), ChartKind.KEY_FIGURE: translate("ProcessTab", "Angka kunci")}


class ProcessTab(DatasetStageTab):
    step = Step.PROCESS
    states = (DatasetState.VALIDATED, DatasetState.PROCESSED)
    sig_open_dataset = Signal(int)  # a recap made here opens in the tab that holds it (1 Persiapan)

    def tab_title(self) -> str:
        return translate("ProcessTab", "Pengolahan")

    def step_description(self) -> str:
        return translate("ProcessTab", "Rekapitulasi, kompilasi, tabulasi dan grafik sesuai kelompoknya")

    def build_actions(self) -> list[StageAction]:
        return [
            StageAction(translate("ProcessTab", "Rekapitulasi…"), Action.EDIT_DATASET, self._on_recap,
                        needs_item=False),
            StageAction(translate("ProcessTab", "Ekspor Tabel…"), Action.PROCESS_DATASET, self._on_export_table),
            StageAction(translate("ProcessTab", "Ekspor Grafik…"), Action.PROCESS_DATASET, self._on_export_chart),
            StageAction(translate("ProcessTab", "Perbarui Keluaran"), Action.PROCESS_DATASET, self._on_update_outputs),
            StageAction(translate("ProcessTab", "Buat Revisi…"), Action.EDIT_DATASET, self.make_revision),
            StageAction(translate("ProcessTab", "Simpan Keluaran"), Action.PROCESS_DATASET, self._on_save, primary=True,
                        shortcut="Ctrl+S"),
        ]

    def __init__(self, services, parent=None) -> None:  # noqa: ANN001
        super().__init__(services, parent)
        self.ui.workLayout.addLayout(self._controls())
        self.ui.workLayout.addWidget(self._results(), 1)
        self.pivot_result: PivotResult | None = None
        self._period_column = ""
        self._auto_narrative = ""  # the narrative as computed, to tell whether the user edited it
        self.result = None  # the TableData shown (kept for callers that read the plain table)
        self._rows = 0
        self._money_columns: set[str] = set()

    def _controls(self) -> QGridLayout:
        """What to tabulate (rows, columns, value, function, period grain, filter, period range, options)
        and how to chart it, with the Hitung button."""
        self.group_combo = QComboBox(self)
        self.cols_combo = QComboBox(self)
        self.value_combo = QComboBox(self)
        self.agg_combo = QComboBox(self)
        for agg in PivotAggregate:
            self.agg_combo.addItem(aggregate_label(agg), agg.value)
        self.grain_combo = QComboBox(self)
        for key, label in grain_labels().items():
            self.grain_combo.addItem(label, key)
        self.filter_column = QComboBox(self)
        self.filter_value = QLineEdit(self)
        self.filter_value.setPlaceholderText(translate("ProcessTab", "nilai yang disaring"))
        self.subtotals = QCheckBox(translate("ProcessTab", "Subtotal"), self)
        self.change = QCheckBox(translate("ProcessTab", "Perubahan dari periode sebelumnya"), self)
        self.ytd = QCheckBox(translate("ProcessTab", "Kumulatif tahun berjalan"), self)
        self.ytd.setObjectName("ytdCheck")
        self.period_from = QLineEdit(self)
        self.period_from.setObjectName("periodFrom")
        self.period_from.setPlaceholderText(translate("ProcessTab", "mis. 2024-01"))
        self.period_to = QLineEdit(self)
        self.period_to.setObjectName("periodTo")
        self.period_to.setPlaceholderText(translate("ProcessTab", "mis. 2024-12"))
        self.chart_kind = QComboBox(self)
        for kind, label in chart_labels().items():
            self.chart_kind.addItem(label, kind.value)
        self.chart_kind.currentIndexChanged.connect(self._show_chart)
        self.chart_direction = QComboBox(self)
        self.chart_direction.setObjectName("chartDirection")
        for label, value in ((translate("ProcessTab", "Arah otomatis"), None),
                             (translate("ProcessTab", "Batang tegak"), False),
                             (translate("ProcessTab", "Batang mendatar"), True)):
            self.chart_direction.addItem(label, value)
        self.chart_direction.setToolTip(translate("ProcessTab", "Otomatis: batang mendatar bila label kategorinya "
                                                                "panjang, agar label terbaca utuh."))
        self.chart_direction.currentIndexChanged.connect(self._show_chart)
        self.chart_series = QToolButton(self)
        self.chart_series.setObjectName("chartSeries")
        self.chart_series.setText(translate("ProcessTab", "Kolom grafik"))
        self.chart_series.setToolTip(translate("ProcessTab", "Kolom nilai yang digambar: satu batang atau satu garis "
                                                             "per kolom (misalnya per triwulan)."))
        self.chart_series.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.chart_series.setMenu(QMenu(self.chart_series))
        self.compute_button = QPushButton(translate("ProcessTab", "Hitung"), self)
        self.compute_button.clicked.connect(self.compute)
        controls = QGridLayout()
        pairs = ((translate("ProcessTab", "Baris"), self.group_combo), (translate("ProcessTab", "Kolom"), self.cols_combo),
                 (translate("ProcessTab", "Nilai"), self.value_combo), (translate("ProcessTab", "Fungsi"), self.agg_combo),
                 (translate("ProcessTab", "Periode per"), self.grain_combo),
                 (translate("ProcessTab", "Saring kolom"), self.filter_column),
                 (translate("ProcessTab", "sama dengan"), self.filter_value),
                 (translate("ProcessTab", "Grafik"), self.chart_kind))
        for index, (label, widget) in enumerate(pairs):
            controls.addWidget(QLabel(label, self), index // 4, (index % 4) * 2)
            controls.addWidget(widget, index // 4, (index % 4) * 2 + 1)
        controls.addWidget(self.subtotals, 2, 0, 1, 2)
        controls.addWidget(self.change, 2, 2, 1, 3)
        controls.addWidget(self.chart_series, 2, 5)
        controls.addWidget(self.chart_direction, 2, 6)
        controls.addWidget(self.compute_button, 2, 7)
        controls.addWidget(self.ytd, 3, 0, 1, 2)
        controls.addWidget(QLabel(translate("ProcessTab", "Periode dari"), self), 3, 2)
        controls.addWidget(self.period_from, 3, 3)
        controls.addWidget(QLabel(translate("ProcessTab", "s.d."), self), 3, 4)
        controls.addWidget(self.period_to, 3, 5)
        return controls

    def _results(self) -> QSplitter:
        """The table (with its note) beside the chart, over the narrative."""
        self.table = QTableWidget(self)
        self.table.setObjectName("tabulationTable")
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.chart = ChartView(self)
        self.narrative = QPlainTextEdit(self)
        self.narrative.setObjectName("narrativeEdit")
        self.narrative.setPlaceholderText(translate("ProcessTab", "Narasi otomatis (dapat diubah)"))
        self.table_note = QLabel(self)  # what the figures leave out: a series' missing periods
        self.table_note.setObjectName("tableNote")
        self.table_note.setWordWrap(True)
        self.table_note.hide()
        table_box = QWidget(self)
        table_layout = QVBoxLayout(table_box)
        table_layout.setContentsMargins(0, 0, 0, 0)
        table_layout.addWidget(self.table, 1)
        table_layout.addWidget(self.table_note)
        lower = QSplitter(Qt.Orientation.Horizontal, self)
        lower.addWidget(table_box)
        lower.addWidget(self.chart)
        lower.setSizes([420, 560])
        right = QSplitter(Qt.Orientation.Vertical, self)
        right.addWidget(lower)
        right.addWidget(self.narrative)
        right.setSizes([420, 110])
        return right

    # --- selection -------------------------------------------------------------------------------
    def show_item(self, item: ListItem | None) -> None:
        for combo in (self.group_combo, self.cols_combo, self.value_combo, self.filter_column):
            combo.clear()
        self.pivot_result = self.result = None
        self.table.clear()
        self.table.setRowCount(0)
        self.table_note.clear()
        self.table_note.hide()
        self.chart.show_chart(None)
        self.narrative.clear()
        if item is None:
            self.ui.detailLabel.setText(translate("ProcessTab", "Tidak ada Kumpulan Data tervalidasi untuk diolah."))
            return
        detail = self.services.datasets.get(item.id, row_limit=0)
        self._rows = detail.summary.rows
        text = self.describe(detail)
        if detail.outputs:
            text += "<br>" + translate("ProcessTab", "Keluaran tersimpan: {names}").format(
                names=", ".join(o.name for o in detail.outputs))
        self.ui.detailLabel.setText(text)
        self.cols_combo.addItem(translate("ProcessTab", "(tanpa)"), NONE)
        self.value_combo.addItem(translate("ProcessTab", "(banyaknya baris)"), NONE)
        self.filter_column.addItem(translate("ProcessTab", "(tanpa)"), NONE)
        self._money_columns = {c.name for c in detail.columns if c.type == ColumnType.MONEY}
        for column in detail.columns:
            if column.type.numeric:
                self.value_combo.addItem(column.name, column.name)
            else:
                self.group_combo.addItem(column.name, column.name)
                self.cols_combo.addItem(column.name, column.name)
                self.filter_column.addItem(column.name, column.name)
        # Row numbers and codes group nothing worth a first look: the default group is another column.
        categorical = [c.name for c in detail.columns if not c.type.numeric and c.type != ColumnType.IDENTIFIER] \
            or [c.name for c in detail.columns if not c.type.numeric]
        if len(categorical) > 1:
            self.group_combo.setCurrentText(categorical[1])
        elif categorical:
            self.group_combo.setCurrentText(categorical[0])
        if self.value_combo.count() > 1:
            self.value_combo.setCurrentIndex(1)
        periods = [c.name for c in detail.columns if c.type == ColumnType.PERIOD]
        self._period_column = periods[0] if periods else ""
        for widget in (self.period_from, self.period_to, self.ytd):
            widget.setEnabled(bool(periods))
        if detail.summary.series and periods:  # a series: by period, as a line over the periods
            self.group_combo.setCurrentText(periods[0])
            self.chart_kind.setCurrentIndex(max(0, self.chart_kind.findData(ChartKind.LINE.value)))
        self.compute()

    def spec(self) -> PivotSpec:
        filters: tuple = ()
        if self.filter_column.currentData() and self.filter_value.text().strip():
            filters = ((self.filter_column.currentData(), "=", self.filter_value.text().strip()),)
        if self._period_column:  # the period filter of a series: from .. to
            for op, edit in ((">=", self.period_from), ("<=", self.period_to)):
                if edit.text().strip():
                    filters += ((self._period_column, op, edit.text().strip()),)
        return PivotSpec(rows=(self.group_combo.currentText(),), cols=self.cols_combo.currentData() or None,
                         value=self.value_combo.currentData() or None, agg=self.agg_combo.currentData(),
                         period_grain=self.grain_combo.currentData() or None, filters=filters,
                         subtotals=self.subtotals.isChecked(), change=self.change.isChecked(),
                         ytd=self.ytd.isChecked())

    # --- computing -------------------------------------------------------------------------------
    def compute(self) -> None:
        item = self.current_item()
        if item is None or not self.group_combo.count():
            return
        spec = self.spec()
        if self._rows > BACKGROUND_ROWS:
            def work(report: Report) -> tuple[PivotResult, str]:
                report(0, 0, translate("ProcessTab", "Menghitung tabulasi atas {n} baris …").format(
                    n=formatting.number(self._rows)))
                return self._tabulate(item.id, spec)

            self.start_job(translate("ProcessTab", "Tabulasi"), work, lambda out: self._show(*out), changes_data=False)
            return
        try:
            self._show(*self._tabulate(item.id, spec))
        except PadiError as err:
            prompts.error(self, translate("ProcessTab", "Tabulasi"), error_text(err), err.detail)

    def _tabulate(self, dataset_id: int, spec: PivotSpec) -> tuple[PivotResult, str]:
        result = self.services.tabulation.pivot(dataset_id, spec)
        return result, self.services.tabulation.narrative(dataset_id, spec, unit=self._value_unit(spec))

    def _value_unit(self, spec: PivotSpec) -> str:
        """The unit the values are in: rupiah for money, % for shares, otherwise none said."""
        if spec.agg == PivotAggregate.SHARE:
            return "%"
        money = {self.value_combo.itemData(i) for i in range(self.value_combo.count())
                 if self.value_combo.itemData(i) in self._money_columns}
        return "rupiah" if spec.value in money and spec.agg != PivotAggregate.COUNT else ""

    def _show(self, result: PivotResult, narrative: str) -> None:
        self.pivot_result, self.result = result, result.table
        table = result.table
        rows = list(table.rows) + ([table.total] if table.total else [])
        kinds = list(result.row_kinds) + (["total"] if table.total else [])
        self.table.clear()
        self.table.setColumnCount(len(table.headers))
        self.table.setHorizontalHeaderLabels([str(h) for h in table.headers])
        self.table.setRowCount(len(rows))
        figures = set(table.numeric_columns)
        for r, row in enumerate(rows):
            for c, value in enumerate(row):
                numeric = c in figures and (value is None or isinstance(value, (int, float))) \
                    and not isinstance(value, bool)
                cell = QTableWidgetItem(formatting.figure(value) if numeric else ("" if value is None else str(value)))
                if numeric:
                    cell.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                if numeric and value is None:
                    cell.setToolTip(translate("ProcessTab", "Tidak ada nilai (tidak ada data)"))
                if r < len(kinds) and kinds[r] in ("subtotal", "total"):
                    font = cell.font()
                    font.setBold(True)
                    cell.setFont(font)
                self.table.setItem(r, c, cell)
        self.table.resizeColumnsToContents()
        self.table_note.setText(table.note)
        self.table_note.setVisible(bool(table.note))
        self._auto_narrative = narrative
        self.narrative.setPlainText(narrative)
        self._fill_series(result)
        self._show_chart()

    def chart_choice(self) -> ChartChoice:
        """The chart as chosen: kind, the ticked value columns (none when all are ticked), direction."""
        actions = self.chart_series.menu().actions()
        ticked = tuple(a.data() for a in actions if a.isChecked())
        return ChartChoice(ChartKind(self.chart_kind.currentData()), () if len(ticked) == len(actions) else ticked,
                           self.chart_direction.currentData())

    def chart_spec(self) -> ChartSpec | None:
        """The chart of the data rows and the chosen value columns (no subtotal rows, no total or change columns)."""
        if self.result is None or self.pivot_result is None or not self.result.rows:
            return None
        return pivot_chart(self.pivot_result, self.chart_choice(), unit=self._value_unit(self.pivot_result.spec))

    def _fill_series(self, result: PivotResult) -> None:
        """One tickable entry per value column of the new table; the ticks of columns still there are kept."""
        menu = self.chart_series.menu()
        before = {a.data(): a.isChecked() for a in menu.actions()}
        menu.clear()
        columns = value_columns(result)
        for column in columns:
            action = menu.addAction(str(column))
            action.setData(column)
            action.setCheckable(True)
            action.setChecked(before.get(column, True))
            action.toggled.connect(self._show_chart)
        if columns and not any(a.isChecked() for a in menu.actions()):
            menu.actions()[0].setChecked(True)
        self.chart_series.setEnabled(len(columns) > 1)

    def _show_chart(self, *_args: object) -> None:
        try:
            self.chart.show_chart(self.chart_spec())
        except PadiError as err:
            self.chart.show_chart(None)
            self.sig_status.emit(error_text(err))

    # --- actions ---------------------------------------------------------------------------------
    def _on_save(self) -> None:
        item = self.current_item()
        spec = self.spec()
        name = prompts.ask_text(self, translate("ProcessTab", "Simpan Keluaran"),
                                translate("ProcessTab", "Nama Keluaran:"), f"{item.title} menurut {spec.rows[0]}")
        edited = self.narrative.toPlainText().strip()
        narrative = edited if edited != self._auto_narrative.strip() else ""  # unedited: stays automatic
        if name is not None:
            chart = self.chart_choice()
            self.run(lambda: self.services.tabulation.save_pivot_output(item.id, name, spec, narrative=narrative,
                                                                        chart=chart),
                     translate("ProcessTab", "Keluaran disimpan; siap disajikan di tab 4 Penyajian."))

    def _on_update_outputs(self) -> None:
        """Perbarui Keluaran: the outputs made from an earlier revision move to the one serving now."""
        item = self.current_item()
        if item is None:
            return
        outdated = [o for o in self.services.datasets.get(item.id, row_limit=0).outputs if o.outdated]
        if not outdated:
            prompts.info(self, translate("ProcessTab", "Perbarui Keluaran"),
                         translate("ProcessTab", "Semua keluaran sudah memakai revisi data terbaru."))
            return
        names = ", ".join(o.name for o in outdated)
        if not prompts.confirm(self, translate("ProcessTab", "Perbarui Keluaran"), translate(
                "ProcessTab", "Data sudah direvisi. Perbarui keluaran berikut ke revisi terbaru?\n{names}").format(
                names=names)):
            return

        def update() -> None:
            for output in outdated:
                self.services.datasets.update_output(output.id)

        self.run(update, translate("ProcessTab", "Keluaran diperbarui ke revisi terbaru."))

    def _on_recap(self) -> None:
        current = self.current_item()
        dialog = RecapDialog(self.services.datasets.list(), self)
        if current is not None:
            dialog.set_chosen([current.id])
        if not prompts.run_dialog(dialog):
            return
        ids, name, source_column = dialog.value()
        created: list[int] = []
        if self.run(lambda: created.append(self.services.tabulation.recap(ids, name, source_column=source_column)),
                    translate("ProcessTab", "Rekapitulasi dibuat sebagai Kumpulan Data draf di tab 1 Persiapan.")):
            self.sig_open_dataset.emit(created[0])

    def _on_export_table(self) -> None:
        if self.result is None:
            return
        path = prompts.choose_output_file(self, self.services, translate("ProcessTab", "Ekspor Tabel"),
                                          translate("ProcessTab", "Excel (*.xlsx);;CSV (*.csv)"),
                                          f"{self.result.title}.xlsx", (".xlsx", ".csv"))
        if path is None:
            return
        from desktop_app.services.datasets import export_table
        fmt = path.suffix.lower().lstrip(".")
        table, chart, outputs = self.result, self.chart_spec(), self.services.outputs

        def work(_report: Report) -> object:
            written = export_table(table, fmt, path, chart=chart)
            outputs.record(written.path, "table")
            return written

        self.start_job(translate("ProcessTab", "Ekspor Tabel"), work,
                       lambda result: self.sig_status.emit(
                           translate("ProcessTab", "Tabel diekspor: {path}").format(path=result.path)),
                       changes_data=False)

    def _on_export_chart(self) -> None:
        spec = self.chart_spec()
        if spec is None:
            return
        path = prompts.choose_output_file(
            self, self.services, translate("ProcessTab", "Ekspor Grafik"),
            translate("ProcessTab", "Gambar PNG (*.png);;Vektor SVG (*.svg)"),
            f"{spec.title}.png", (".png", ".svg"))
        if path is None:
            return
        if path.suffix.lower() == ".svg":
            from desktop_app.services.datasets import export_svg
            done = export_svg(spec, path, "a4")
        else:
            from desktop_app.gui.chart_images import export_png
            size = prompts.choose_item(self, translate("ProcessTab", "Ukuran gambar"),
                                       translate("ProcessTab", "Ukuran:"),
                                       {"sosial": translate("ProcessTab", "Media sosial 1080×1080"),
                                        "a4": translate("ProcessTab", "Cetak A4"), "a3": translate("ProcessTab", "Cetak A3")})
            if size is None:
                return
            done = export_png(spec, path, size)
        self.services.outputs.record(done, "chart")
        self.sig_status.emit(translate("ProcessTab", "Grafik diekspor: {path}").format(path=done))
