"""Step 3 — Pengolahan: a grouped total with its bar chart, saved as a named output."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QPushButton, QTableWidget, QTableWidgetItem

from desktop_app.domain import formatting
from desktop_app.domain.errors import PadiError
from desktop_app.domain.roles import Action
from desktop_app.domain.steps import Step
from desktop_app.domain.tables import TableData
from desktop_app.domain.tabulation import Aggregate, GroupTotalSpec, bar_chart_of
from desktop_app.domain.workflow import DatasetState
from desktop_app.gui import prompts
from desktop_app.gui.labels import aggregate_label
from desktop_app.gui.messages import error_text
from desktop_app.gui.stages.base import ListItem, StageAction
from desktop_app.gui.stages.dataset_tab import DatasetStageTab
from desktop_app.gui.widgets.chart_view import ChartView

translate = QCoreApplication.translate


class ProcessTab(DatasetStageTab):
    step = Step.PROCESS
    states = (DatasetState.VALIDATED, DatasetState.PROCESSED)

    def tab_title(self) -> str:
        return translate("ProcessTab", "Pengolahan")

    def step_description(self) -> str:
        return translate("ProcessTab", "Rekapitulasi, kompilasi, tabulasi dan grafik sesuai kelompoknya")

    def build_actions(self) -> list[StageAction]:
        return [StageAction(translate("ProcessTab", "Simpan Keluaran"), Action.PROCESS_DATASET, self._on_save,
                            primary=True)]

    def __init__(self, services, parent=None) -> None:  # noqa: ANN001
        super().__init__(services, parent)
        controls = QHBoxLayout()
        self.group_combo = QComboBox(self)
        self.value_combo = QComboBox(self)
        self.agg_combo = QComboBox(self)
        for agg in Aggregate:
            self.agg_combo.addItem(aggregate_label(agg), agg.value)
        self.compute_button = QPushButton(translate("ProcessTab", "Hitung"), self)
        self.compute_button.clicked.connect(self.compute)
        for label, widget in ((translate("ProcessTab", "Kelompokkan menurut"), self.group_combo),
                              (translate("ProcessTab", "Nilai"), self.value_combo),
                              (translate("ProcessTab", "Fungsi"), self.agg_combo)):
            controls.addWidget(QLabel(label, self))
            controls.addWidget(widget)
        controls.addWidget(self.compute_button)
        controls.addStretch(1)
        self.ui.workLayout.addLayout(controls)
        self.table = QTableWidget(self)
        self.table.setObjectName("tabulationTable")
        self.chart = ChartView(self)
        self.ui.workLayout.addWidget(self.table, 1)
        self.ui.workLayout.addWidget(self.chart, 2)
        self.result: TableData | None = None

    def show_item(self, item: ListItem | None) -> None:
        self.group_combo.clear()
        self.value_combo.clear()
        self.result = None
        self.table.clear()
        self.table.setRowCount(0)
        self.chart.show_chart(None)
        if item is None:
            self.ui.detailLabel.setText(translate("ProcessTab", "Tidak ada Kumpulan Data tervalidasi untuk diolah."))
            return
        detail = self.services.datasets.get(item.id)
        text = self.describe(detail)
        if detail.outputs:
            text += "<br>" + translate("ProcessTab", "Keluaran tersimpan: {names}").format(
                names=", ".join(o.name for o in detail.outputs))
        self.ui.detailLabel.setText(text)
        for column in detail.columns:
            self.group_combo.addItem(column.name)
            if column.type.numeric:
                self.value_combo.addItem(column.name)
        categorical = [c.name for c in detail.columns if not c.type.numeric]
        if len(categorical) > 1:
            self.group_combo.setCurrentText(categorical[1])
        self.compute()

    def spec(self) -> GroupTotalSpec:
        return GroupTotalSpec(self.group_combo.currentText(), self.value_combo.currentText(),
                              Aggregate(self.agg_combo.currentData()))

    def compute(self) -> None:
        item = self.current_item()
        if item is None or not self.value_combo.count():
            return
        try:
            self.result = self.services.datasets.tabulate(item.id, self.spec())
        except PadiError as err:
            prompts.error(self, translate("ProcessTab", "Tabulasi"), error_text(err), err.detail)
            return
        rows = list(self.result.rows) + ([self.result.total] if self.result.total else [])
        self.table.clear()
        self.table.setColumnCount(len(self.result.headers))
        self.table.setHorizontalHeaderLabels(list(self.result.headers))
        self.table.setRowCount(len(rows))
        for r, row in enumerate(rows):
            for c, value in enumerate(row):
                numeric = isinstance(value, (int, float))
                cell = QTableWidgetItem(formatting.number(value) if numeric else str(value))
                if numeric:
                    cell.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                if r == len(rows) - 1 and self.result.total:
                    font = cell.font()
                    font.setBold(True)
                    cell.setFont(font)
                self.table.setItem(r, c, cell)
        self.table.resizeColumnsToContents()
        self.chart.show_chart(bar_chart_of(self.result))

    def _on_save(self) -> None:
        item = self.current_item()
        spec = self.spec()
        name = prompts.ask_text(self, translate("ProcessTab", "Simpan Keluaran"),
                                translate("ProcessTab", "Nama Keluaran:"),
                                f"{item.title} menurut {spec.group_column}")
        if name is not None:
            self.run(lambda: self.services.datasets.save_output(item.id, name, spec),
                     translate("ProcessTab", "Keluaran disimpan; siap disajikan di tab 4 Penyajian."))
