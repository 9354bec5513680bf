"""The Catatan Aktivitas tab: every action with actor, role, step, object, time and duration against the
standard; filters by user, step, object, period and text; opens the object; prints its Lembar Kendali
SOP; exports what is shown to XLSX or PDF; shows whether the hash chain is intact."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop_app.domain import formatting
from desktop_app.domain.errors import PadiError
from desktop_app.domain.steps import Step
from desktop_app.gui import prompts, theme
from desktop_app.gui.labels import run_time_label, step_name
from desktop_app.gui.messages import entry_action_text, entry_object_text, error_text, refusal_text
from desktop_app.services.office import Services
from desktop_app.services.timing import LogFilter, LogRecord

translate = QCoreApplication.translate
LATE = QColor("#b23a48")
OPENABLE = ("dataset", "publication")
OBJECT_WIDTH = 360  # pixels at most for the Objek and Tindakan columns (the full text is the tooltip)


def _period(key: str, today: dt.date) -> tuple[dt.date | None, dt.date | None]:
    if key == "today":
        return today, today
    if key == "week":
        return today - dt.timedelta(days=6), today
    if key == "month":
        return today.replace(day=1), today
    if key == "year":
        return today.replace(month=1, day=1), today
    return None, None


def record_action_text(record: LogRecord) -> str:
    """The Tindakan of a log record in the user's language (also in the exported XLSX and PDF)."""
    return entry_action_text(record.action, record.detail, entry_object_text(record.object_type, record.object_label))


def record_object_text(record: LogRecord) -> str:
    """The Objek of a log record in the user's language (also in the exported XLSX and PDF)."""
    return entry_object_text(record.object_type, record.object_label)


class ActivityTab(QWidget):
    """The hash-chained log, filtered, with export and the way back to each object."""

    sig_open_object = Signal(str, int)
    """Show this object (type, id) in the stage tab that holds it."""

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.records: list[LogRecord] = []
        self.chain_label = QLabel(self)
        self.chain_label.setObjectName("chainLabel")
        self.user = self._combo("activityUser")
        self.step = self._combo("activityStep")
        self.step.addItem(translate("ActivityTab", "Semua langkah"), None)
        for step in Step:
            self.step.addItem(f"{int(step)}. {step_name(step)}", int(step))
        self.object_type = self._combo("activityObject")
        for label, key in ((translate("ActivityTab", "Semua objek"), ""),
                           (translate("ActivityTab", "Kumpulan Data"), "dataset"),
                           (translate("ActivityTab", "Publikasi"), "publication"),
                           (translate("ActivityTab", "Cadangan"), "backup"),
                           (translate("ActivityTab", "Agenda Kerja"), "agenda"),
                           (translate("ActivityTab", "Pengguna"), "user"),
                           (translate("ActivityTab", "Laporan"), "report")):
            self.object_type.addItem(label, key)
        self.period = self._combo("activityPeriod")
        for label, key in ((translate("ActivityTab", "Semua waktu"), ""),
                           (translate("ActivityTab", "Hari ini"), "today"),
                           (translate("ActivityTab", "7 hari terakhir"), "week"),
                           (translate("ActivityTab", "Bulan ini"), "month"),
                           (translate("ActivityTab", "Tahun ini"), "year")):
            self.period.addItem(label, key)
        self.search = QLineEdit(self)
        self.search.setObjectName("activitySearch")
        self.search.setPlaceholderText(translate("ActivityTab", "Cari pengguna, objek atau tindakan…"))
        self.search.setClearButtonEnabled(True)
        filters = QHBoxLayout()
        for label, widget in ((translate("ActivityTab", "Pengguna"), self.user),
                              (translate("ActivityTab", "Langkah"), self.step),
                              (translate("ActivityTab", "Objek"), self.object_type),
                              (translate("ActivityTab", "Periode"), self.period)):
            filters.addWidget(QLabel(label, self))
            filters.addWidget(widget)
        filters.addWidget(self.search, 1)

        self.open_button = self._button(translate("ActivityTab", "Buka Objek"), "openObject", self._on_open_clicked)
        self.control_button = self._button(translate("ActivityTab", "Lembar Kendali SOP…"), "controlSheet",
                                           self._on_control_sheet_clicked)
        self.xlsx_button = self._button(translate("ActivityTab", "Ekspor XLSX…"), "exportXlsx",
                                        lambda: self._on_export_clicked("xlsx"))
        self.pdf_button = self._button(translate("ActivityTab", "Ekspor PDF…"), "exportPdf",
                                       lambda: self._on_export_clicked("pdf"))
        buttons = QHBoxLayout()
        for button in (self.open_button, self.control_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        self.count_label = QLabel(self)
        buttons.addWidget(self.count_label)
        buttons.addWidget(self.xlsx_button)
        buttons.addWidget(self.pdf_button)

        self.table = QTableWidget(self)
        self.table.setObjectName("activityTable")
        headers = [translate("ActivityTab", "Waktu"), translate("ActivityTab", "Pengguna"),
                   translate("ActivityTab", "Peran"), translate("ActivityTab", "Langkah"),
                   translate("ActivityTab", "Objek"), translate("ActivityTab", "Tindakan"),
                   translate("ActivityTab", "Waktu Kerja / Waktu Baku")]
        self.table.setColumnCount(len(headers))
        self.table.setHorizontalHeaderLabels(headers)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QTableWidget.SelectionMode.SingleSelection)
        self.table.itemSelectionChanged.connect(self._update_buttons)
        self.table.cellDoubleClicked.connect(lambda *_: self._on_open_clicked())
        layout = QVBoxLayout(self)
        layout.addWidget(self.chain_label)
        layout.addLayout(filters)
        layout.addLayout(buttons)
        layout.addWidget(self.table)
        for combo in (self.user, self.step, self.object_type, self.period):
            combo.currentIndexChanged.connect(self.reload)
        self.search.textChanged.connect(self.reload)
        self._update_buttons()

    def _combo(self, name: str) -> QComboBox:
        combo = QComboBox(self)
        combo.setObjectName(name)
        return combo

    def _button(self, text: str, name: str, handler) -> QPushButton:  # noqa: ANN001
        button = QPushButton(text, self)
        button.setObjectName(name)
        button.clicked.connect(handler)
        return button

    # --- data --------------------------------------------------------------------------------
    def refresh(self) -> None:
        """Reload the chain state, the list of users and the entries (after any change)."""
        report = self.services.activity.verify_chain()
        if report.ok:
            self.chain_label.setText(translate("ActivityTab", "<span style='color:#2e7d32'>✔ Rantai catatan utuh: "
                                                              "{n} entri terverifikasi.</span>").format(n=report.entries))
        else:
            self.chain_label.setText(translate("ActivityTab", "<span style='color:#b23a48'><b>✘ Catatan aktivitas "
                                                              "#{id} telah diubah atau dihapus.</b></span>")
                                     .format(id=report.first_bad_id))
        self.chain_label.setText(theme.readable_html(self.chain_label.text()))
        chosen = self.user.currentData()
        self.user.blockSignals(True)
        self.user.clear()
        self.user.addItem(translate("ActivityTab", "Semua pengguna"), None)
        for actor_id, name in self.services.records.actors():
            self.user.addItem(name, actor_id)
        self.user.setCurrentIndex(max(self.user.findData(chosen), 0) if chosen is not None else 0)
        self.user.blockSignals(False)
        self.reload()

    def current_filter(self) -> LogFilter:
        start, end = _period(self.period.currentData() or "", self.services.ctx.now().date())
        return LogFilter(actor_id=self.user.currentData(), step=self.step.currentData(),
                         object_type=self.object_type.currentData() or "", start=start, end=end,
                         text=self.search.text(), limit=1000)

    def reload(self) -> None:
        self.records = self.services.records.entries(self.current_filter())
        self.table.setRowCount(len(self.records))
        day = self.services.performance.calendar().working_day_seconds  # office time, as in the exported log
        for row, entry in enumerate(self.records):
            # the step this entry completed, timed as the report times it (work time against the standard)
            duration = run_time_label(entry.run, day) if entry.run is not None else ""
            values = [formatting.datetime(entry.at), entry.actor, entry.role,
                      str(entry.step or ""), record_object_text(entry), record_action_text(entry), duration]
            for col, value in enumerate(values):
                item = QTableWidgetItem(value)
                if col in (4, 5):  # the whole text, should the column be too narrow for it
                    item.setToolTip(value)
                if col == 5 and entry.action == "refused":
                    item.setToolTip(f"{value}\n{refusal_text(entry.detail)}")
                if col == 6 and entry.late:
                    item.setForeground(theme.readable(LATE))
                if col == 3:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
                self.table.setItem(row, col, item)
        self.table.resizeColumnsToContents()
        for col in (4, 5):  # a long object name must not push the action off a laptop screen
            self.table.setColumnWidth(col, min(self.table.columnWidth(col), OBJECT_WIDTH))
        self.count_label.setText(translate("ActivityTab", "{n} entri").format(n=len(self.records)))
        self._update_buttons()

    def selected(self) -> LogRecord | None:
        row = self.table.currentRow()
        return self.records[row] if 0 <= row < len(self.records) and self.table.selectedItems() else None

    def _update_buttons(self) -> None:
        entry = self.selected()
        openable = entry is not None and entry.object_type in OPENABLE and entry.object_id is not None
        self.open_button.setEnabled(openable)
        self.control_button.setEnabled(openable)
        tip = "" if openable else translate("ActivityTab", "Pilih entri sebuah Kumpulan Data atau Publikasi.")
        self.open_button.setToolTip(tip)
        self.control_button.setToolTip(tip)

    # --- actions -----------------------------------------------------------------------------
    def _on_open_clicked(self) -> None:
        entry = self.selected()
        if entry is not None and entry.object_type in OPENABLE and entry.object_id is not None:
            self.sig_open_object.emit(entry.object_type, entry.object_id)

    def _on_control_sheet_clicked(self) -> None:
        entry = self.selected()
        if entry is None or entry.object_type not in OPENABLE or entry.object_id is None:
            return
        path = prompts.choose_output_file(self, self.services, translate("ActivityTab", "Simpan Lembar Kendali SOP"),
                                          translate("ActivityTab", "PDF (*.pdf)"),
                                          f"Lembar Kendali - {entry.object_label}.pdf", (".pdf",))
        if path is None:
            return
        self._run(lambda: self.services.performance.export_control_sheet(
            entry.object_type, entry.object_id, path),
                  translate("ActivityTab", "Lembar Kendali SOP disimpan: {file}").format(file=path.name))

    def _on_export_clicked(self, fmt: str) -> None:
        filters = translate("ActivityTab", "Buku kerja Excel (*.xlsx)") if fmt == "xlsx" else \
            translate("ActivityTab", "PDF (*.pdf)")
        path = prompts.choose_output_file(self, self.services, translate("ActivityTab", "Ekspor Catatan Aktivitas"),
                                          filters, f"Catatan Aktivitas.{fmt}", (f".{fmt}",))
        if path is None:
            return
        description = " · ".join(combo.currentText() for combo in (self.user, self.step, self.object_type,
                                                                     self.period))
        if self.search.text().strip():
            description += " · " + translate("ActivityTab", "teks \"{text}\"").format(text=self.search.text().strip())
        self._run(lambda: self.services.records.export(self.current_filter(), path,
                                                       record_action_text, description, record_object_text),
                  translate("ActivityTab", "Catatan Aktivitas diekspor: {file}").format(file=path.name))

    def _run(self, work, message: str) -> None:  # noqa: ANN001
        try:
            work()
        except PadiError as err:
            prompts.error(self, translate("ActivityTab", "Catatan Aktivitas"), error_text(err), err.detail)
            return
        prompts.status(self, message)
        self.refresh()
