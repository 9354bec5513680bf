"""The Agenda Kerja of step 1: what data is due when and who does it, as a list or on a calendar."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QDate, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont, QIcon, QPixmap, QResizeEvent, QTextCharFormat
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QCalendarWidget,
    QCheckBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QStackedWidget,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop_app.domain import formatting
from desktop_app.domain.errors import NotAllowed, PadiError
from desktop_app.gui import prompts
from desktop_app.gui.dialogs.agenda_entry import AgendaDraft, AgendaEntryDialog
from desktop_app.gui.labels import role_label
from desktop_app.gui.messages import error_text
from desktop_app.gui.widget_policy import ui_locale
from desktop_app.gui.widgets.flow_layout import flow_row
from desktop_app.services.datasets import AgendaItem, AgendaStatus
from desktop_app.services.office import Services

translate = QCoreApplication.translate

STATUS_COLORS = {
    AgendaStatus.OVERDUE: "#b23a48",   # red, as "returned" and "late"
    AgendaStatus.DUE_SOON: "#c77c02",  # amber, as "nearly late"
    AgendaStatus.OPEN: "#1f6fb2",      # blue
    AgendaStatus.DONE: "#2e7d32",      # green
}
_WORST_FIRST = (AgendaStatus.OVERDUE, AgendaStatus.DUE_SOON, AgendaStatus.OPEN, AgendaStatus.DONE)

COLUMNS = ("due", "title", "assignee", "activity", "dataset", "status")


def status_label(status: AgendaStatus) -> str:
    """The word of a status chip (never the colour alone)."""
    return {
        AgendaStatus.DONE: translate("AgendaView", "Selesai"),
        AgendaStatus.OVERDUE: translate("AgendaView", "Terlambat"),
        AgendaStatus.DUE_SOON: translate("AgendaView", "Segera jatuh tempo"),
        AgendaStatus.OPEN: translate("AgendaView", "Terbuka"),
    }[AgendaStatus(status)]


def status_tint(status: AgendaStatus, share: float = 0.2) -> QColor:
    """A pale background in the status colour (the colour mixed into white)."""
    colour = QColor(STATUS_COLORS[AgendaStatus(status)])
    return QColor(*(round(255 - (255 - part) * share) for part in (colour.red(), colour.green(), colour.blue())))


def status_icon(status: AgendaStatus) -> QIcon:
    pixmap = QPixmap(12, 12)
    pixmap.fill(QColor(STATUS_COLORS[AgendaStatus(status)]))
    return QIcon(pixmap)


def agenda_error_text(err: PadiError) -> str:
    """A sentence for the agenda's own error codes; the shared ones come from gui.messages."""
    if isinstance(err, NotAllowed) and err.code == "permission" and err.detail == "plan_agenda":
        return translate("AgendaView", "Hanya Kasubag Program, Sekretaris atau Kepala Dinas yang dapat "
                                       "menugaskan agenda kepada orang lain atau mengubah agenda orang lain.")
    texts = {
        "unknown_user": translate("AgendaView", "Penanggung jawab tidak ditemukan. Muat ulang lalu pilih lagi."),
        "inactive_user": translate("AgendaView", "Akun penanggung jawab sudah nonaktif. Pilih orang lain."),
        "unknown_activity": translate("AgendaView", "Kegiatan tidak ditemukan. Muat ulang lalu pilih lagi."),
        "unknown_dataset": translate("AgendaView", "Kumpulan Data tidak ditemukan. Muat ulang lalu pilih lagi."),
        "unknown_agenda_entry": translate("AgendaView", "Agenda ini sudah tidak ada. Daftar dimuat ulang."),
        "bad_date": translate("AgendaView", "Tanggal jatuh tempo tidak dikenal."),
    }
    return texts.get(err.code) or error_text(err)


class AgendaTable(QTableWidget):
    """The agenda's table; refits its columns to its width."""

    def fit_columns(self) -> None:
        """Title, person and dataset get what they need up to a share of the width; the activity the rest."""
        header = self.horizontalHeader()
        rest = max(self.maximumViewportSize().width() - header.sectionSize(0) - header.sectionSize(5), 400)
        shares = {1: 0.34, 2: 0.22, 4: 0.2}
        wanted = {col: max(self.sizeHintForColumn(col), header.sectionSizeHint(col)) for col in (1, 2, 3, 4)}
        roomy = sum(wanted[c] for c in shares) + min(wanted[3], int(rest * 0.24)) <= rest
        for col, share in shares.items():
            header.resizeSection(col, max(wanted[col] if roomy else min(wanted[col], int(rest * share)), 80))

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 (Qt's name)
        super().resizeEvent(event)
        self.fit_columns()


class AgendaView(QWidget):
    """The Agenda Kerja (work agenda) of SOP step 1, for the Persiapan tab or a tab of its own.

    Two views, switched by the "Daftar" / "Kalender" buttons: a list of every entry (due date,
    title, person, activity, dataset, a status chip with colour and word), and a month calendar
    where days with entries are bold and coloured by their most urgent status (overdue red),
    with the entries of the chosen day listed below it. Buttons: "Agenda Baru", "Ubah",
    "Tandai Selesai" (or "Tandai Belum Selesai") and "Buka Kumpulan Data"; a double-click opens
    the linked dataset, or the entry itself when none is linked. Modal dialogs go through
    ``desktop_app.gui.prompts``.

    Embedding::

        view = AgendaView(services, parent)          # services: the Services bundle
        layout.addWidget(view)
        view.sig_open_dataset.connect(show_dataset)  # dataset id -> select it in its stage tab
        view.sig_changed.connect(main_window.refresh)
        view.sig_status.connect(status_bar_message)
        # and in the host's own refresh (login, switch user, data changed elsewhere):
        view.refresh()

    ``refresh()`` reloads from ``services.agenda.entries()`` and updates the buttons for the
    logged-in user; call it whenever the user or the data may have changed.
    """

    sig_open_dataset = Signal(int)
    """The user opened an entry's linked dataset (its id)."""
    sig_changed = Signal()
    """The agenda changed: the host refreshes what depends on it."""
    sig_status = Signal(str)
    """A short confirmation for the status bar."""

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self._items: dict[int, AgendaItem] = {}
        self._users: dict[int, str] = {}

        top = self._toolbar()
        list_page = self._list_page()
        calendar_page = self._calendar_page()

        self.stack = QStackedWidget(self)
        self.stack.addWidget(list_page)
        self.stack.addWidget(calendar_page)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.stack, 1)

        self.view_group.idClicked.connect(self._on_view_chosen)
        self.show_done_check.toggled.connect(lambda _on: self.refresh())
        self.mine_check.toggled.connect(lambda _on: self.refresh())
        self.calendar.selectionChanged.connect(self._fill_day)
        self.new_button.clicked.connect(self._on_new)
        self.edit_button.clicked.connect(self._on_edit)
        self.done_button.clicked.connect(self._on_done)
        self.open_button.clicked.connect(self._on_open_dataset)
        today = self.services.agenda.today()
        self.calendar.setSelectedDate(QDate(today.year, today.month, today.day))
        self.refresh()

    def _toolbar(self) -> QHBoxLayout:
        """The list or calendar switch, the filters, and the entry buttons."""
        self.list_button = QPushButton(translate("AgendaView", "Daftar"), self)
        self.calendar_button = QPushButton(translate("AgendaView", "Kalender"), self)
        self.view_group = QButtonGroup(self)
        self.view_group.setExclusive(True)
        for index, button in enumerate((self.list_button, self.calendar_button)):
            button.setCheckable(True)
            self.view_group.addButton(button, index)
        self.list_button.setChecked(True)
        self.show_done_check = QCheckBox(translate("AgendaView", "Tampilkan yang selesai"), self)
        self.show_done_check.setChecked(True)
        self.mine_check = QCheckBox(translate("AgendaView", "Hanya agenda saya"), self)

        self.new_button = QPushButton(translate("AgendaView", "Agenda Baru"), self)
        self.edit_button = QPushButton(translate("AgendaView", "Ubah"), self)
        self.done_button = QPushButton(translate("AgendaView", "Tandai Selesai"), self)
        self.open_button = QPushButton(translate("AgendaView", "Buka Kumpulan Data"), self)
        for name, button in (("agendaNew", self.new_button), ("agendaEdit", self.edit_button),
                             ("agendaDone", self.done_button), ("agendaOpenDataset", self.open_button),
                             ("agendaListView", self.list_button), ("agendaCalendarView", self.calendar_button)):
            button.setObjectName(name)
        self.open_button.setToolTip(translate("AgendaView", "Buka Kumpulan Data yang terhubung dengan agenda ini."))

        top = QHBoxLayout()
        top.setSpacing(0)
        top.addWidget(self.list_button)
        top.addWidget(self.calendar_button)
        top.addSpacing(16)
        top.addWidget(self.show_done_check)
        top.addSpacing(8)
        top.addWidget(self.mine_check)
        top.addSpacing(12)
        # The four buttons wrap under each other rather than widen the window (English, 125 %/150 %).
        top.addWidget(flow_row(self, (self.new_button, self.edit_button, self.done_button, self.open_button)), 1,
                      Qt.AlignmentFlag.AlignTop)
        return top

    def _list_page(self) -> QWidget:
        """The list view: every entry, and a summary under it."""
        self.table = self._make_table("agendaTable")
        self.summary_label = QLabel(self)
        self.summary_label.setObjectName("agendaSummary")
        list_page = QWidget(self)
        list_layout = QVBoxLayout(list_page)
        list_layout.setContentsMargins(0, 0, 0, 0)
        list_layout.addWidget(self.table, 1)
        list_layout.addWidget(self.summary_label)
        return list_page

    def _calendar_page(self) -> QWidget:
        """The calendar view: the month, a legend in words, and the chosen day's entries below."""
        self.calendar = QCalendarWidget(self)
        self.calendar.setObjectName("agendaCalendar")
        self.calendar.setLocale(ui_locale())
        self.calendar.setFirstDayOfWeek(Qt.DayOfWeek.Monday)
        self.calendar.setGridVisible(True)
        self.calendar.setVerticalHeaderFormat(QCalendarWidget.VerticalHeaderFormat.NoVerticalHeader)
        plain = QTextCharFormat()
        plain.setForeground(QBrush(self.palette().text().color()))
        for day in (Qt.DayOfWeek.Saturday, Qt.DayOfWeek.Sunday):
            self.calendar.setWeekdayTextFormat(day, plain)  # weekends are not red: red means overdue
        self.legend_label = QLabel(self._legend(), self)
        self.legend_label.setWordWrap(True)
        self.day_label = QLabel(self)
        self.day_label.setObjectName("agendaDayLabel")
        self.day_table = self._make_table("agendaDayTable")
        calendar_page = QWidget(self)
        calendar_layout = QVBoxLayout(calendar_page)
        calendar_layout.setContentsMargins(0, 0, 0, 0)
        calendar_row = QHBoxLayout()
        calendar_row.addWidget(self.calendar, 3)
        calendar_row.addSpacing(12)
        calendar_row.addWidget(self.legend_label, 2, Qt.AlignmentFlag.AlignTop)
        calendar_layout.addLayout(calendar_row, 3)
        calendar_layout.addWidget(self.day_label)
        calendar_layout.addWidget(self.day_table, 2)
        return calendar_page

    # --- public ----------------------------------------------------------------------------
    def refresh(self) -> None:
        """Reload the entries from ``services.agenda.entries()`` and update the buttons."""
        current = self.current_item()
        actor = self.services.ctx.actor
        self._users = {u.id: f"{u.full_name} ({role_label(u.role)})" for u in self.services.accounts.users()}
        items = self.services.agenda.entries(
            include_done=self.show_done_check.isChecked(),
            assignee_id=actor.user_id if actor is not None and self.mine_check.isChecked() else None)
        self._items = {item.id: item for item in items}
        self._fill(self.table, items, select_id=current.id if current else None)
        self._mark_calendar(items)
        self._fill_day(select_id=current.id if current else None)
        counts = {status: sum(1 for i in items if i.status == status) for status in _WORST_FIRST}
        self.summary_label.setText(translate(
            "AgendaView", "{overdue} terlambat · {soon} segera jatuh tempo · {open} terbuka · {done} selesai").format(
            overdue=counts[AgendaStatus.OVERDUE], soon=counts[AgendaStatus.DUE_SOON],
            open=counts[AgendaStatus.OPEN], done=counts[AgendaStatus.DONE]))
        self._update_buttons()

    def current_item(self) -> AgendaItem | None:
        """The entry selected in the visible view (list, or the calendar's day list)."""
        table = self._current_table()
        row = table.currentRow()
        if row < 0 or table.item(row, 0) is None or not table.item(row, 0).isSelected():
            return None
        return self._items.get(table.item(row, 0).data(Qt.ItemDataRole.UserRole))

    def select(self, entry_id: int) -> None:
        table = self._current_table()
        for row in range(table.rowCount()):
            if table.item(row, 0).data(Qt.ItemDataRole.UserRole) == entry_id:
                table.selectRow(row)
                return

    def show_calendar(self, on: bool = True) -> None:
        (self.calendar_button if on else self.list_button).setChecked(True)
        self._on_view_chosen(1 if on else 0)

    # --- building --------------------------------------------------------------------------
    def _make_table(self, name: str) -> AgendaTable:
        table = AgendaTable(0, len(COLUMNS), self)
        table.setObjectName(name)
        table.setHorizontalHeaderLabels([
            translate("AgendaView", "Jatuh Tempo"), translate("AgendaView", "Agenda"),
            translate("AgendaView", "Penanggung Jawab"), translate("AgendaView", "Kegiatan"),
            translate("AgendaView", "Kumpulan Data"), translate("AgendaView", "Status")])
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.setAlternatingRowColors(True)
        table.setWordWrap(False)
        table.verticalHeader().setVisible(False)
        header = table.horizontalHeader()
        header.setHighlightSections(False)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(5, QHeaderView.ResizeMode.ResizeToContents)
        table.itemSelectionChanged.connect(self._update_buttons)
        table.cellDoubleClicked.connect(lambda _row, _col: self._on_activated())
        return table

    def _fill(self, table: QTableWidget, items: list[AgendaItem], select_id: int | None = None) -> None:
        table.blockSignals(True)
        table.clearSelection()
        table.setRowCount(len(items))
        selected_row = -1
        for row, item in enumerate(items):
            assignee = self._users.get(item.assignee_id, item.assignee) if item.assignee_id else ""
            texts = (formatting.date(item.due), item.title,
                     assignee or translate("AgendaView", "(belum ditentukan)"), item.activity,
                     item.dataset_name or translate("AgendaView", "(belum ada)"), status_label(item.status))
            for col, text in enumerate(texts):
                cell = QTableWidgetItem(text)
                cell.setToolTip(text)
                table.setItem(row, col, cell)
            table.item(row, 0).setData(Qt.ItemDataRole.UserRole, item.id)
            for col, missing in ((2, not assignee), (4, not item.dataset_name)):
                if missing:
                    table.item(row, col).setForeground(QBrush(QColor("#7f7f7f")))
            chip = table.item(row, 5)
            colour = QColor(STATUS_COLORS[item.status])
            chip.setIcon(status_icon(item.status))
            chip.setBackground(QBrush(status_tint(item.status)))
            chip.setForeground(QBrush(colour.darker(130)))
            font = chip.font()
            font.setBold(True)
            chip.setFont(font)
            if item.done:
                for col in range(1, 5):
                    table.item(row, col).setForeground(QBrush(QColor("#7f7f7f")))
            if item.id == select_id:
                selected_row = row
        table.blockSignals(False)
        table.fit_columns()
        if selected_row >= 0:
            table.selectRow(selected_row)

    def _mark_calendar(self, items: list[AgendaItem]) -> None:
        self.calendar.setDateTextFormat(QDate(), QTextCharFormat())  # clears every date's format
        worst: dict[dt.date, AgendaStatus] = {}
        for item in items:
            known = worst.get(item.due)
            if known is None or _WORST_FIRST.index(item.status) < _WORST_FIRST.index(known):
                worst[item.due] = item.status
        for day, status in worst.items():
            fmt = QTextCharFormat()
            fmt.setFontWeight(QFont.Weight.Bold)
            fmt.setForeground(QBrush(QColor(STATUS_COLORS[status])))
            fmt.setBackground(QBrush(status_tint(status, 0.25)))
            if status == AgendaStatus.OVERDUE:
                fmt.setFontUnderline(True)  # not colour alone
            self.calendar.setDateTextFormat(QDate(day.year, day.month, day.day), fmt)

    def _legend(self) -> str:
        parts = [translate("AgendaView", "Tanggal bertanda tebal memiliki agenda. Warna mengikuti agenda "
                                         "yang paling mendesak:")]
        for status in _WORST_FIRST:
            parts.append(f'<span style="color:{STATUS_COLORS[status]}; font-weight:bold;">&#9632;</span> '
                         f"{status_label(status)}")
        parts.append(translate("AgendaView", "Pilih tanggal untuk melihat agendanya di bawah kalender."))
        return "<br>".join(parts)

    # --- reacting --------------------------------------------------------------------------
    def _current_table(self) -> QTableWidget:
        return self.day_table if self.stack.currentIndex() == 1 else self.table

    def _selected_day(self) -> dt.date:
        q = self.calendar.selectedDate()
        return dt.date(q.year(), q.month(), q.day())

    def _fill_day(self, select_id: int | None = None) -> None:
        day = self._selected_day()
        items = [i for i in self._items.values() if i.due == day]
        items.sort(key=lambda i: i.id)
        self.day_label.setText(translate("AgendaView", "Agenda jatuh tempo {date}: {n}").format(
            date=formatting.date(day), n=len(items)))
        wanted = select_id if isinstance(select_id, int) else None
        if wanted not in {i.id for i in items}:
            wanted = items[0].id if items else None  # the day's first entry, ready for the buttons
        self._fill(self.day_table, items, select_id=wanted)
        self._update_buttons()

    def _on_view_chosen(self, index: int) -> None:
        current = self.current_item()
        self.stack.setCurrentIndex(index)
        if current is not None:
            if index == 1:
                self.calendar.setSelectedDate(QDate(current.due.year, current.due.month, current.due.day))
            self.select(current.id)
        self._update_buttons()

    def _update_buttons(self) -> None:
        agenda = self.services.agenda
        item = self.current_item()
        may_add = agenda.may_add()
        self.new_button.setEnabled(may_add)
        self.new_button.setToolTip("" if may_add else translate(
            "AgendaView", "Peran Anda tidak diizinkan mengisi Agenda Kerja."))
        may_change = item is not None and agenda.may_change(item)
        reason = "" if item is None or may_change else translate(
            "AgendaView", "Hanya penanggung jawabnya, Kasubag Program, Sekretaris atau Kepala Dinas yang dapat "
                          "mengubah agenda ini.")
        for button in (self.edit_button, self.done_button):
            button.setEnabled(may_change)
            button.setToolTip(reason)
        self.done_button.setText(translate("AgendaView", "Tandai Belum Selesai") if item is not None and item.done
                                 else translate("AgendaView", "Tandai Selesai"))
        self.open_button.setEnabled(item is not None and item.dataset_id is not None)

    def _run(self, work: Callable[[], object], done_message: str) -> bool:
        try:
            work()
        except PadiError as err:
            prompts.error(self, translate("AgendaView", "Tidak dapat dilanjutkan"), agenda_error_text(err), err.detail)
            self.refresh()
            return False
        self.refresh()
        self.sig_changed.emit()
        self.sig_status.emit(done_message)
        prompts.status(self, done_message)
        return True

    def _dialog(self, entry: AgendaItem | None = None) -> AgendaEntryDialog:
        agenda, actor = self.services.agenda, self.services.ctx.actor
        people = [(u.id, f"{u.full_name} ({role_label(u.role)})") for u in self.services.accounts.users()
                  if u.active and (agenda.may_plan() or (actor is not None and u.id == actor.user_id))]
        datasets = [(d.id, d.name) for d in self.services.datasets.list()]
        return AgendaEntryDialog(people, agenda.programmes(), datasets, agenda.today(), entry, self)

    def _on_new(self) -> None:
        dialog = self._dialog()
        actor = self.services.ctx.actor
        if actor is not None and not self.services.agenda.may_plan():
            dialog.assignee_combo.setCurrentIndex(max(dialog.assignee_combo.findData(actor.user_id), 0))
        if not prompts.run_dialog(dialog):
            return
        draft: AgendaDraft = dialog.value()
        created: list[int] = []
        if self._run(lambda: created.append(self.services.agenda.add_entry(
                draft.title, draft.due, draft.assignee_id, draft.activity_id, draft.dataset_id)),
                translate("AgendaView", "Agenda dicatat.")):
            self._show_entry(created[0])

    def _on_edit(self) -> None:
        item = self.current_item()
        if item is None:
            return
        dialog = self._dialog(item)
        if not prompts.run_dialog(dialog):
            return
        draft = dialog.value()
        if self._run(lambda: self.services.agenda.update_entry(
                item.id, draft.title, draft.due, draft.assignee_id, draft.activity_id, draft.dataset_id),
                translate("AgendaView", "Agenda diubah.")):
            self._show_entry(item.id)

    def _on_done(self) -> None:
        item = self.current_item()
        if item is None:
            return
        message = (translate("AgendaView", "Agenda dibuka kembali.") if item.done
                   else translate("AgendaView", "Agenda ditandai selesai."))
        if self._run(lambda: self.services.agenda.set_done(item.id, not item.done), message):
            self._show_entry(item.id)

    def _on_open_dataset(self) -> None:
        item = self.current_item()
        if item is not None and item.dataset_id is not None:
            self.sig_open_dataset.emit(item.dataset_id)

    def _on_activated(self) -> None:
        """Double-click: open the linked dataset, or the entry itself when none is linked."""
        item = self.current_item()
        if item is None:
            return
        if item.dataset_id is not None:
            self.sig_open_dataset.emit(item.dataset_id)
        elif self.edit_button.isEnabled():
            self._on_edit()

    def _show_entry(self, entry_id: int) -> None:
        item = self._items.get(entry_id)
        if item is not None and self.stack.currentIndex() == 1:
            self.calendar.setSelectedDate(QDate(item.due.year, item.due.month, item.due.day))
        self.select(entry_id)
