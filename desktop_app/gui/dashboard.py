"""The Dashboard: where every item stands, what is late or nearly late against the standard times (on work
time), what has waited longer than its warning (waiting shown apart, never "late"), this month's work and
waiting time and on-time share per step, the age of the last verified backup, and the performance report."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop_app.documents.timing import HEAD_QUEUE
from desktop_app.domain.charts import ChartKind, ChartSpec, Series
from desktop_app.domain.errors import PadiError
from desktop_app.domain.roles import Role
from desktop_app.domain.steps import Step
from desktop_app.gui import prompts, theme
from desktop_app.gui.dialogs.report_dialog import ReportDialog
from desktop_app.gui.labels import duration_label, role_label, step_name
from desktop_app.gui.messages import error_text
from desktop_app.gui.widgets.chart_view import ChartView
from desktop_app.services.office import Services
from desktop_app.services.timing import DashboardFigures, WatchItem

translate = QCoreApplication.translate
RED, AMBER, BLUE = "#b23a48", "#a86200", "#1f5f8b"


class DashboardTab(QWidget):
    """Counts per stage with charts, the late and nearly-late lists, the head's inbox, backup age."""

    sig_open_object = Signal(str, int)
    """Show this object (type, id) in the stage tab that holds it."""

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.figures: DashboardFigures | None = None
        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        self.greeting = QLabel(self)
        self.greeting.setWordWrap(True)
        top.addWidget(self.greeting, 1)
        self.report_button = QPushButton(translate("Dashboard", "Laporan Pelaksanaan…"), self)
        self.report_button.setObjectName("reportButton")
        self.report_button.clicked.connect(self.open_report)
        top.addWidget(self.report_button, 0, Qt.AlignmentFlag.AlignTop)
        layout.addLayout(top)

        row = QHBoxLayout()
        box = QGroupBox(translate("Dashboard", "Item per langkah SOP"), self)
        self.grid = QGridLayout(box)
        self.step_labels: dict[Step, QLabel] = {}
        self.work_labels: dict[Step, QLabel] = {}
        self.wait_labels: dict[Step, QLabel] = {}
        heads = ("", translate("Dashboard", "Item"), translate("Dashboard", "Waktu kerja*"),
                 translate("Dashboard", "Waktu tunggu*"))
        for col, text in enumerate(heads):
            self.grid.addWidget(QLabel(f"<b>{escape(text)}</b>", box), 0, col)
        for index, step in enumerate(Step, start=1):
            self.grid.addWidget(QLabel(f"{int(step)}. {step_name(step)}", box), index, 0)
            for col, (store, name) in enumerate(((self.step_labels, "dashboardStep"), (self.work_labels, "dashboardWork"),
                                                 (self.wait_labels, "dashboardWait")), start=1):
                label = QLabel(box)
                label.setObjectName(f"{name}{int(step)}")
                store[step] = label
                self.grid.addWidget(label, index, col)
        note = QLabel(translate("Dashboard", "* median langkah yang selesai bulan ini; waktu kerja dibanding "
                                             "Waktu Baku (langkah 3: waktu tempuh)."), box)
        note.setWordWrap(True)
        note.setObjectName("dashboardTimingNote")
        self.grid.addWidget(note, len(Step) + 1, 0, 1, len(heads))
        row.addWidget(box)
        self.stage_chart = ChartView(self)
        self.stage_chart.setObjectName("stageChart")
        row.addWidget(self.stage_chart, 1)
        self.share_chart = ChartView(self)
        self.share_chart.setObjectName("shareChart")
        row.addWidget(self.share_chart, 1)
        layout.addLayout(row, 1)

        lists = QHBoxLayout()
        self.late_list = self._watch_list(translate("Dashboard", "Terlambat"), "lateList", lists)
        self.nearly_list = self._watch_list(translate("Dashboard", "Hampir terlambat (≥ 80% Waktu Baku)"),
                                            "nearlyLateList", lists)
        self.waiting_list = self._watch_list(translate("Dashboard", "Menunggu melewati batas (bukan terlambat)"),
                                             "waitingList", lists)
        layout.addLayout(lists)
        self.inbox = QLabel(self)
        self.inbox.setObjectName("dashboardInbox")
        self.backup = QLabel(self)
        self.backup.setObjectName("dashboardBackup")
        self.backup.setWordWrap(True)
        layout.addWidget(self.inbox)
        layout.addWidget(self.backup)

    def _watch_list(self, title: str, name: str, row: QHBoxLayout) -> QListWidget:
        box = QGroupBox(title, self)
        inner = QVBoxLayout(box)
        widget = QListWidget(box)
        widget.setObjectName(name)
        widget.setMaximumHeight(130)
        widget.setWordWrap(True)  # long dataset titles wrap rather than hide the times
        widget.itemDoubleClicked.connect(
            lambda item: self.sig_open_object.emit(*item.data(Qt.ItemDataRole.UserRole)))
        inner.addWidget(widget)
        row.addWidget(box, 1)
        return widget

    def refresh(self) -> None:
        """Reload every figure from the activity log (its source) and the backups."""
        actor = self.services.ctx.actor
        self.greeting.setText(translate("Dashboard", "<h2>Selamat datang, {name}</h2>").format(
            name=escape(actor.display) if actor else ""))
        figures = self.figures = self.services.performance.dashboard()
        late_by_step = {step: 0 for step in Step}
        nearly_by_step = {step: 0 for step in Step}
        for item in figures.late:
            late_by_step[item.run.step] += 1
        for item in figures.nearly_late:
            nearly_by_step[item.run.step] += 1
        for step, label in self.step_labels.items():
            text = translate("Dashboard", "{n} item").format(n=figures.per_step[step])
            if late_by_step[step]:
                text += " · " + translate("Dashboard", "<span style='color:#b23a48'>{n} terlambat</span>").format(
                    n=late_by_step[step])
            if nearly_by_step[step]:
                text += " · " + translate("Dashboard", "<span style='color:#a86200'>{n} hampir terlambat</span>"
                                          ).format(n=nearly_by_step[step])
            label.setText(theme.readable_html(text))
        self._show_month_times(figures)
        categories = tuple(str(int(step)) for step in Step)
        self.stage_chart.show_chart(ChartSpec(
            ChartKind.BAR, translate("Dashboard", "Item per langkah"), categories,
            (Series(translate("Dashboard", "Item"), tuple(float(figures.per_step[s]) for s in Step)),),
            x_label=translate("Dashboard", "Langkah SOP")))
        shares = tuple(figures.month_runs[s].on_time_share * 100 if figures.month_runs[s].on_time_share is not None
                       else None for s in Step)
        self.share_chart.show_chart(ChartSpec(
            ChartKind.BAR, translate("Dashboard", "Tepat waktu bulan ini (%)") if any(v is not None for v in shares)
            else translate("Dashboard", "Tepat waktu bulan ini: belum ada langkah yang selesai"), categories,
            (Series(translate("Dashboard", "% tepat waktu"), shares),) if any(v is not None for v in shares) else (),
            x_label=translate("Dashboard", "Langkah SOP"), unit="%"))
        self._fill(self.late_list, figures.late, RED, translate("Dashboard", "Tidak ada item yang terlambat."))
        self._fill(self.nearly_list, figures.nearly_late, AMBER,
                   translate("Dashboard", "Tidak ada item yang hampir terlambat."))
        self._fill_waiting(figures)
        inbox = self.services.publications.inbox_count()
        self.inbox.setText(translate("Dashboard", "<b>Menunggu persetujuan Kepala Dinas: {n}</b>").format(n=inbox))
        self._show_backup(figures)

    def _fill(self, widget: QListWidget, items: tuple[WatchItem, ...], color: str, empty: str) -> None:
        widget.clear()
        day = self.services.performance.calendar().working_day_seconds
        for watch in items:
            run = watch.run
            if run.lead_standard:
                spent = translate("Dashboard", "{spent} / {std} waktu tempuh").format(
                    spent=duration_label(run.seconds, day), std=duration_label(run.standard_seconds, day))
            else:
                spent = translate("Dashboard", "kerja {spent} / {std}").format(
                    spent=duration_label(run.work_seconds or 0, day), std=duration_label(run.standard_seconds, day))
            text = translate("Dashboard", "{label} — langkah {n} {step}: {spent}").format(
                label=watch.label, n=int(run.step), step=step_name(run.step), spent=spent)
            self._add(widget, watch, text, color)
        if not items:
            self._placeholder(widget, empty)

    def _fill_waiting(self, figures: DashboardFigures) -> None:
        widget = self.waiting_list
        widget.clear()
        day = self.services.performance.calendar().working_day_seconds
        for watch in figures.waiting:
            run = watch.run
            limit = figures.wait_limits.get(run.step) or 0
            text = translate("Dashboard", "{label} — langkah {n} {step}: menunggu {wait} ({holder})").format(
                label=watch.label, n=int(run.step), step=step_name(run.step),
                wait=duration_label(run.wait_seconds, day),
                holder=role_label(Role.KEPALA) if watch.holder == HEAD_QUEUE else watch.holder or "–")
            item = self._add(widget, watch, text, BLUE)
            item.setToolTip(translate("Dashboard", "Menunggu lebih dari {n} hari kerja. Waktu tunggu tidak membuat "
                                                   "langkah terlambat. Klik dua kali untuk membuka.")
                            .format(n=round(limit / day) if day else 0))
        if not figures.waiting:
            self._placeholder(widget, translate("Dashboard", "Tidak ada item yang menunggu melewati batas."))

    def _add(self, widget: QListWidget, watch: WatchItem, text: str, color: str) -> QListWidgetItem:
        item = QListWidgetItem(text)
        item.setData(Qt.ItemDataRole.UserRole, (watch.object_type, watch.object_id))
        item.setToolTip(translate("Dashboard", "Klik dua kali untuk membuka."))
        item.setForeground(theme.readable(QColor(color)))
        widget.addItem(item)
        return item

    @staticmethod
    def _placeholder(widget: QListWidget, text: str) -> None:
        placeholder = QListWidgetItem(text)
        placeholder.setFlags(Qt.ItemFlag.NoItemFlags)
        widget.addItem(placeholder)

    def _show_month_times(self, figures: DashboardFigures) -> None:
        """Per step, this month's median work time against the standard and median waiting time, apart."""
        day = self.services.performance.calendar().working_day_seconds
        for step in Step:
            f = figures.month_runs[step]
            std = duration_label(f.standard_seconds, day)
            if f.lead_standard:
                work = translate("Dashboard", "{spent} / {std} tempuh").format(
                    spent=duration_label(f.median_seconds, day) or "–", std=std)
            else:
                work = f"{duration_label(f.median_work_seconds, day) or '–'} / {std}"
            if f.unrecorded and not f.lead_standard:
                work += " · " + translate("Dashboard", "{n} tanpa catatan mulai").format(n=f.unrecorded)
            self.work_labels[step].setText(work)
            wait = duration_label(f.median_wait_seconds, day) or "–"
            if f.waited_long:
                wait += " · " + translate("Dashboard", "<span style='color:#1f5f8b'>{n} melewati batas</span>").format(
                    n=f.waited_long)
            self.wait_labels[step].setText(theme.readable_html(wait))

    def _show_backup(self, figures: DashboardFigures) -> None:
        if figures.backup_days is None:
            self.backup.setText(translate("Dashboard", "<span style='color:#b23a48'><b>Belum pernah dicadangkan.</b> "
                                                       "Buka tab 8 Arsip.</span>"))
        elif figures.backup_warning:
            self.backup.setText(translate(
                "Dashboard", "<span style='color:#b23a48'><b>Cadangan terverifikasi terakhir: {days} hari yang lalu</b> "
                             "(batas {limit} hari). Buat cadangan di tab 8 Arsip.</span>").format(
                days=figures.backup_days, limit=figures.backup_warn_days))
        else:
            self.backup.setText(translate("Dashboard", "Cadangan terverifikasi terakhir: {days} hari yang lalu.")
                                .format(days=figures.backup_days))
        self.backup.setText(theme.readable_html(self.backup.text()))

    def open_report(self) -> None:
        """Ask for the period, employee and format, then where to save the report."""
        everyone = self.services.performance.may_report_office()
        actor = self.services.ctx.actor
        employees = [(u.username, u.display) for u in self.services.accounts.users()
                     if u.active and (everyone or (actor is not None and u.id == actor.user_id))]
        dialog = ReportDialog(self.services.ctx.now().date(), employees, self, everyone=everyone)
        if not prompts.run_dialog(dialog):
            return
        start, end, employee, fmt = dialog.value()
        filters = translate("Dashboard", "PDF (*.pdf)") if fmt == "pdf" else \
            translate("Dashboard", "Buku kerja Excel (*.xlsx)")
        suffix = "xlsx" if fmt == "kinerja" else fmt
        name = (f"e-Kinerja {employee} {start.isoformat()} {end.isoformat()}.xlsx" if fmt == "kinerja"
                else f"Laporan Pelaksanaan {start.isoformat()} {end.isoformat()}.{fmt}")
        path = prompts.choose_output_file(self, self.services, translate("Dashboard", "Simpan Laporan Pelaksanaan"),
                                          filters, name, (f".{suffix}",))
        if path is None:
            return
        try:
            if fmt == "kinerja":
                written = self.services.performance.export_kinerja(start, end, employee, path)
            else:
                written = self.services.performance.export_report(start, end, path, employee)
        except PadiError as err:
            prompts.error(self, translate("Dashboard", "Laporan Pelaksanaan"), error_text(err), err.detail)
            return
        prompts.status(self, translate("Dashboard", "Laporan Pelaksanaan disimpan: {file}").format(file=written.name))
