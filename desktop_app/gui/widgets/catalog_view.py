"""The saved outputs of a catalogue entry: choose one, see its chart and its table."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget

from desktop_app.domain import formatting
from desktop_app.domain.tables import TableData
from desktop_app.domain.tabulation import bar_chart_of
from desktop_app.gui.widgets.chart_view import ChartView

translate = QCoreApplication.translate


class CatalogOutputsView(QWidget):
    """A chooser of outputs (id, name), the chosen one's chart and its table (with the total row)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.output_combo = QComboBox(self)
        self.chart = ChartView(self)
        self.table = QTableWidget(self)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.setMaximumHeight(180)
        self.empty_label = QLabel(translate("CatalogOutputsView", "Belum ada Keluaran tersimpan."), self)
        self.note_label = QLabel(self)  # what the figures leave out: a series' missing periods
        self.note_label.setWordWrap(True)
        self.note_label.hide()
        top = QHBoxLayout()
        top.addWidget(QLabel(translate("CatalogOutputsView", "Keluaran:"), self))
        top.addWidget(self.output_combo, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.empty_label)
        layout.addWidget(self.chart, 1)
        layout.addWidget(self.table)
        layout.addWidget(self.note_label)
        self._load: Callable[[int], TableData] | None = None
        self.current_table: TableData | None = None
        self.output_combo.currentIndexChanged.connect(self._on_output_combo_current_index_changed)

    def set_outputs(self, outputs: Sequence[tuple[int, str]], load: Callable[[int], TableData]) -> None:
        """Show these outputs; ``load(output_id)`` computes an output's table."""
        self._load = load
        self.output_combo.blockSignals(True)
        self.output_combo.clear()
        for output_id, name in outputs:
            self.output_combo.addItem(name, output_id)
        self.output_combo.blockSignals(False)
        self.empty_label.setVisible(not outputs)
        self.output_combo.setEnabled(bool(outputs))
        self._on_output_combo_current_index_changed(self.output_combo.currentIndex())

    def _on_output_combo_current_index_changed(self, index: int) -> None:
        output_id = self.output_combo.itemData(index) if index >= 0 else None
        table = self._load(output_id) if output_id is not None and self._load else None
        self.current_table = table
        self.chart.show_chart(bar_chart_of(table) if table else None)
        self.table.clear()
        self.note_label.setText(table.note if table else "")
        self.note_label.setVisible(bool(table and table.note))
        if table is None:
            self.table.setRowCount(0)
            self.table.setColumnCount(0)
            return
        rows = list(table.rows) + ([table.total] if table.total is not None else [])
        self.table.setColumnCount(len(table.headers))
        self.table.setHorizontalHeaderLabels(list(table.headers))
        self.table.setRowCount(len(rows))
        figures = set(table.numeric_columns)
        for i, row in enumerate(rows):
            for j, value in enumerate(row):
                if isinstance(value, (int, float)) and not isinstance(value, bool):
                    text = formatting.number(value)
                elif value is None:
                    text = formatting.NO_VALUE if j in figures else ""  # a figure without data: never blank or 0
                else:
                    text = str(value)
                self.table.setItem(i, j, QTableWidgetItem(text))
        self.table.resizeColumnsToContents()
