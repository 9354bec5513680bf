"""The common shape of every stage tab: item list with chips and times, toolbar, details, work area.

Each item in the list shows its work time against the standard and, apart, how long it has waited
(``PerformanceService.open_runs``; step 3: its lead time against ten working days). Under the list, the
work bar says whether the logged-in person's work on the shown item is being recorded, with Mulai /
Jeda; it appears once a ``gui.work_tracker.WorkTracker`` follows the tab.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QColor, QIcon, QKeySequence, QPixmap
from PySide6.QtWidgets import QHBoxLayout, QLabel, QListWidgetItem, QPushButton, QSizePolicy, QWidget

from desktop_app.domain.errors import Cancelled, PadiError
from desktop_app.domain.roles import Action
from desktop_app.domain.sop_timing import LEAD_TIME_STEPS, StepRun
from desktop_app.domain.steps import STEPS, Step, Timeliness
from desktop_app.domain.workflow import DatasetState, PublicationState
from desktop_app.gui import prompts, theme
from desktop_app.gui.forms.ui_stage_tab import Ui_StageTab
from desktop_app.gui.jobs import Job, Report
from desktop_app.gui.labels import duration_label
from desktop_app.gui.messages import STATE_COLORS, error_text, refusal_reason, state_label
from desktop_app.gui.widgets.flow_layout import FlowLayout
from desktop_app.services.office import Services

translate = QCoreApplication.translate
# Refusals after which a dialog opens again with its content: the office's server was away or busy.
RETRY_WITH_DIALOG = ("server_unreachable", "server_commit_unknown", "database_busy")

LATE_BG = QColor("#fde2e2")
NEARLY_LATE_BG = QColor("#fff1d6")
LATE_BG_DARK = QColor("#5c2b30")  # the same marks on the dark theme, where light text must stay readable
NEARLY_LATE_BG_DARK = QColor("#574417")
NOTE_PREVIEW = 60  # characters of an item's note shown in the list (all of it in the tooltip)


@dataclass(frozen=True)
class ListItem:
    """One row of the stage list."""

    id: int
    title: str
    state: DatasetState | PublicationState
    responsible: str
    since: dt.datetime
    step: Step


@dataclass
class StageAction:
    """A toolbar button: label, the permission it needs, what it does."""

    label: str
    action: Action
    handler: Callable[[], None]
    primary: bool = False
    needs_item: bool = True
    shortcut: str = ""
    button: QPushButton | None = None


def chip_icon(state: DatasetState | PublicationState) -> QIcon:
    pixmap = QPixmap(12, 12)
    pixmap.fill(QColor(STATE_COLORS[state.value]))
    return QIcon(pixmap)


class StageTab(QWidget):
    """Base of the eight stage tabs; subclasses fill the list, the details and the actions."""

    sig_changed = Signal()
    """Data changed: every tab and the dashboard refresh."""
    sig_status = Signal(str)
    """A short confirmation for the status bar."""
    sig_job_finished = Signal(bool)
    """Long work started from this tab ended (True: succeeded)."""
    sig_focus_changed = Signal()
    """The item shown changed (the work tracker follows it)."""
    sig_work_request = Signal(str)
    """Work on the shown item: "start" or "pause" (the Mulai / Jeda button), "check" (an action began it)."""

    step: Step = Step.PREPARE
    object_type: str = ""  # "dataset" or "publication": what the list holds (timed by the activity log)
    reselect_after_removal: bool = True
    """When the selected item leaves the list (it moved on), select the first one; False: select none
    until the user picks one (a decision must never land on an item the user has not opened)."""

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self._none_on_purpose = False
        self.ui = Ui_StageTab()
        self.ui.setupUi(self)
        info = STEPS[self.step]
        calendar_day = services.performance.calendar().working_day_seconds
        standard = duration_label(services.performance.calendar().standard_seconds(info.standard_time), calendar_day)
        if self.step in LEAD_TIME_STEPS:
            rule = translate("StageTab", "Waktu baku: {std} waktu tempuh (SOP menghitung hari, bukan menit kerja).")
        elif self.step == Step.ARCHIVE:
            rule = translate("StageTab", "Waktu baku: {std}.")
        else:
            rule = translate("StageTab", "Waktu baku: {std} waktu kerja.")
        self.ui.stepLabel.setText(
            translate("StageTab", "<b>Langkah {n} — {name}.</b> {desc}. {rule}").format(
                n=int(self.step), name=self.tab_title(), desc=self.step_description(), rule=rule.format(std=standard)))
        self.ui.stepLabel.setToolTip(
            translate("StageTab", "Langkah 3 dinilai dari waktu tempuh: sejak data tervalidasi sampai keluaran pertama "
                                  "disimpan.") if self.step in LEAD_TIME_STEPS else
            translate("StageTab", "Lamanya pencadangan, dari mulai sampai terverifikasi.") if self.step == Step.ARCHIVE
            else translate("StageTab", "Waktu kerja: selama item terbuka untuk dikerjakan di tab ini oleh pelaksana "
                                       "langkahnya. Waktu tunggu dihitung terpisah dan tidak membuat langkah terlambat."))
        self.ui.mainLayout.setStretch(2, 1)
        # A wrapped label asks for the height it needs at a narrow width; at the real width it needs far
        # less, so let the layout shrink it (the window must fit a 1366 × 768 laptop at 125 %).
        self.ui.detailLabel.setMinimumHeight(self.fontMetrics().height() * 3)
        self.ui.splitter.setStretchFactor(1, 3)
        self.ui.splitter.setSizes([340, 860])
        self.actions_: list[StageAction] = self.build_actions()
        # The action buttons wrap to a second row rather than widen the window (English, 125 %/150 %).
        self.action_bar = QWidget(self)
        self.action_bar.setObjectName("actionBar")
        action_flow = FlowLayout(self.action_bar)
        size_policy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        size_policy.setHeightForWidth(True)
        self.action_bar.setSizePolicy(size_policy)
        self.ui.toolbarLayout.addWidget(self.action_bar, 1)
        for stage_action in self.actions_:
            button = QPushButton(stage_action.label, self.action_bar)
            button.setObjectName(f"action_{stage_action.action.value}_{action_flow.count()}")
            if stage_action.primary:
                button.setDefault(True)
                button.setStyleSheet("font-weight: bold;")
            if stage_action.shortcut:
                button.setShortcut(QKeySequence(stage_action.shortcut))
            button.clicked.connect(lambda _=False, a=stage_action: self._trigger(a))
            stage_action.button = button
            action_flow.addWidget(button)
        # Every item's Lembar Kendali SOP (its steps against the standard times), printable as PDF.
        self.control_sheet_button = QPushButton(translate("StageTab", "Lembar Kendali SOP…"), self)
        self.control_sheet_button.setObjectName("controlSheetButton")
        self.control_sheet_button.clicked.connect(self._on_control_sheet_clicked)
        self.control_sheet_button.setVisible(self.step != Step.ARCHIVE)
        self.ui.toolbarLayout.addWidget(self.control_sheet_button, 0, Qt.AlignmentFlag.AlignTop)
        self._items: list[ListItem] = []
        self._runs: dict[int, StepRun] = {}
        self._day_seconds = calendar_day
        self._build_work_bar()
        self.ui.itemList.currentRowChanged.connect(self._on_item_list_current_row_changed)
        self.ui.searchEdit.textChanged.connect(self._fill_list)

    def _build_work_bar(self) -> None:
        """Under the list: whether the person's work on the shown item is recorded, with Mulai / Jeda."""
        self.work_bar = QWidget(self)
        self.work_bar.setObjectName("workBar")
        row = QHBoxLayout(self.work_bar)
        row.setContentsMargins(0, 0, 0, 0)
        self.work_label = QLabel(self.work_bar)
        self.work_label.setObjectName("workLabel")
        self.work_label.setWordWrap(True)
        self.work_button = QPushButton(self.work_bar)
        self.work_button.setObjectName("workButton")
        self.work_button.clicked.connect(self._on_work_button_clicked)
        row.addWidget(self.work_label, 1)
        row.addWidget(self.work_button)
        self.ui.listLayout.addWidget(self.work_bar)
        self.work_bar.hide()

    def show_work_state(self, running: bool | None) -> None:
        """The work bar for the shown item: True recording, False paused, None not recorded for this person."""
        self.work_bar.setVisible(running is not None)
        if running is None:
            return
        self.work_button.setText(translate("StageTab", "Jeda") if running else translate("StageTab", "Mulai"))
        self.work_button.setToolTip(
            translate("StageTab", "Hentikan sementara pencatatan waktu kerja Anda pada item ini.") if running else
            translate("StageTab", "Catat waktu kerja Anda pada item ini mulai sekarang."))
        self.work_label.setText(
            translate("StageTab", "Waktu kerja Anda pada item ini sedang dicatat.") if running else
            translate("StageTab", "Jeda: waktu kerja Anda pada item ini tidak dicatat."))
        self.work_button.setProperty("padiRunning", running)

    def _on_work_button_clicked(self) -> None:
        self.sig_work_request.emit("pause" if self.work_button.property("padiRunning") else "start")

    # --- for subclasses --------------------------------------------------------------------
    def tab_title(self) -> str:
        raise NotImplementedError

    def step_description(self) -> str:
        raise NotImplementedError

    def build_actions(self) -> list[StageAction]:
        return []

    def load_items(self) -> list[ListItem]:
        return []

    def show_item(self, item: ListItem | None) -> None:
        """Fill the detail and work area for the selected item (None: nothing selected)."""

    def item_note(self, item: ListItem) -> str:
        """A note the list shows under an item (marked ✎, whole in its tooltip); "" for none."""
        return ""

    # --- shared behaviour ------------------------------------------------------------------
    def current_item(self) -> ListItem | None:
        row = self.ui.itemList.currentRow()
        visible = self._visible_items()
        return visible[row] if 0 <= row < len(visible) else None

    def waiting_items(self) -> list[ListItem]:
        """The items still waiting for this step's work (what the tab title counts)."""
        return list(self._items)

    def count(self) -> int:
        return len(self.waiting_items())

    def refresh(self) -> None:
        """Reload the items from the services, keeping the selection where possible."""
        current = self.current_item()
        self._items = self.load_items()
        self._runs = self.services.performance.open_runs(self.object_type, (self.step,)) if self.object_type else {}
        self._day_seconds = self.services.performance.calendar().working_day_seconds
        self._fill_list(select_id=current.id if current else None)

    def select(self, item_id: int) -> None:
        if all(item.id != item_id for item in self._visible_items()) and any(i.id == item_id for i in self._items):
            self.ui.searchEdit.clear()  # the list's filter hides the item asked for
        for row, item in enumerate(self._visible_items()):
            if item.id == item_id:
                self.ui.itemList.setCurrentRow(row)
                return

    def run(self, work: Callable[[], object], done_message: str = "") -> bool:
        """Run a service call; show a clear message on refusal; refresh everything on success."""
        self.last_error = ""
        try:
            work()
        except PadiError as err:
            self.last_error = err.code
            prompts.error(self, translate("StageTab", "Tidak dapat dilanjutkan"), error_text(err), err.detail)
            return False
        self.sig_changed.emit()
        if done_message:
            self.sig_status.emit(done_message)
        return True

    def until_saved(self, dialog: QWidget, save: Callable[[], bool]) -> bool:
        """Show ``dialog`` and ``save()`` what it holds; while saving fails because the office's server is away
        (or busy), the message is shown and the same dialog opens again with everything typed in it."""
        while prompts.run_dialog(dialog):
            if save():
                return True
            if getattr(self, "last_error", "") not in RETRY_WITH_DIALOG:
                return False
        return False

    def start_job(self, title: str, work: Callable[[Report], object], on_done: Callable[[object], None],
                  *, changes_data: bool = True) -> Job:
        """Run long work off the GUI thread with a progress dialog; errors become clear messages.

        ``changes_data``: the work writes to the database, so every tab refreshes afterwards.
        """

        def failed(exc: BaseException) -> None:
            if isinstance(exc, Cancelled):
                self.sig_status.emit(translate("StageTab", "Dibatalkan; tidak ada yang diubah."))
            elif isinstance(exc, PadiError):
                prompts.error(self, translate("StageTab", "Tidak dapat dilanjutkan"), error_text(exc), exc.detail)
            else:
                prompts.error(self, translate("StageTab", "Terjadi kesalahan"),
                              translate("StageTab", "Pekerjaan gagal karena kesalahan tak terduga."), repr(exc))
            self.sig_changed.emit()

        def done(result: object) -> None:
            on_done(result)
            if changes_data:
                self.sig_changed.emit()

        job = Job(self, title, work, done, failed)
        job.sig_finished.connect(self.sig_job_finished.emit)
        return job

    def update_actions(self) -> None:
        item = self.current_item()
        self.control_sheet_button.setEnabled(item is not None)
        self.control_sheet_button.setToolTip("" if item else translate("StageTab", "Pilih item terlebih dahulu."))
        matrix = None  # read once, and only when some action is refused
        for stage_action in self.actions_:
            allowed = self.services.ctx.may(stage_action.action)
            enabled = allowed and (item is not None or not stage_action.needs_item)
            stage_action.button.setEnabled(enabled)
            if not allowed and matrix is None:
                matrix = self.services.accounts.permission_matrix()
            stage_action.button.setToolTip("" if allowed else refusal_reason(stage_action.action, matrix))

    def _on_control_sheet_clicked(self) -> None:
        item = self.current_item()
        if item is None:
            return
        kind = "dataset" if isinstance(item.state, DatasetState) else "publication"
        path = prompts.choose_output_file(self, self.services, translate("StageTab", "Simpan Lembar Kendali SOP"),
                                          translate("StageTab", "PDF (*.pdf)"), f"Lembar Kendali - {item.title}.pdf",
                                          (".pdf",))
        if path is not None and self.run(
                lambda: self.services.performance.export_control_sheet(kind, item.id, path)):
            self.sig_status.emit(translate("StageTab", "Lembar Kendali SOP disimpan: {file}").format(file=path.name))

    def _trigger(self, stage_action: StageAction) -> None:
        if stage_action.button is not None and stage_action.button.isEnabled():
            stage_action.handler()

    def _visible_items(self) -> list[ListItem]:
        needle = self.ui.searchEdit.text().strip().lower()
        return [i for i in self._items if needle in i.title.lower() or needle in i.responsible.lower()]

    def _fill_list(self, *_args: object, select_id: int | None = None) -> None:
        widget = self.ui.itemList
        widget.blockSignals(True)
        widget.clear()
        selected_row = 0
        found = False
        for row, item in enumerate(self._visible_items()):
            run = self._runs.get(item.id)
            text = item_text(item, run, self._day_seconds)
            note = self.item_note(item)
            if note:
                first = note.splitlines()[0]
                text += "\n✎ " + (first if len(first) <= NOTE_PREVIEW else first[:NOTE_PREVIEW - 1] + "…")
            entry = QListWidgetItem(chip_icon(item.state), text)
            entry.setData(Qt.ItemDataRole.UserRole, item.id)
            mark = run.timeliness if run is not None else None
            tips = []
            if mark == Timeliness.LATE:
                entry.setBackground(LATE_BG_DARK if theme.is_dark() else LATE_BG)
                tips.append(translate("StageTab", "Terlambat: melewati waktu baku."))
            elif mark == Timeliness.NEARLY_LATE:
                entry.setBackground(NEARLY_LATE_BG_DARK if theme.is_dark() else NEARLY_LATE_BG)
                tips.append(translate("StageTab", "Hampir terlambat."))
            if note:
                tips.append(note)
            entry.setToolTip("\n\n".join(tips))
            widget.addItem(entry)
            if item.id == select_id:
                selected_row, found = row, True
        widget.blockSignals(False)
        gone = select_id is not None and not found
        # Kept until the user picks an item, or until the list is empty (the next arrival opens as on a first visit).
        self._none_on_purpose = not self.reselect_after_removal and widget.count() > 0 and (
            gone or (select_id is None and self._none_on_purpose))
        if widget.count() and not self._none_on_purpose:
            widget.setCurrentRow(selected_row)
        self._on_item_list_current_row_changed(widget.currentRow())

    def _on_item_list_current_row_changed(self, _row: int) -> None:
        self.show_item(self.current_item())
        self.update_actions()
        self.sig_focus_changed.emit()


def item_text(item: ListItem, run: StepRun | None, day_seconds: float) -> str:
    """The list line of an item: title, state, who, and its time in the step it is in."""
    head = translate("StageTab", "{title}\n{state} · {who}").format(
        title=item.title, state=state_label(item.state), who=item.responsible)
    if run is None:
        return head
    std = duration_label(run.standard_seconds, day_seconds)
    if run.lead_standard:
        return head + "\n" + translate("StageTab", "{spent} / {std} waktu tempuh").format(
            spent=duration_label(run.seconds, day_seconds), std=std)
    text = head + "\n" + translate("StageTab", "kerja {spent} / {std}").format(
        spent=duration_label(run.work_seconds or 0, day_seconds), std=std)
    if run.wait_seconds and run.wait_seconds >= 60:
        text += " · " + translate("StageTab", "tunggu {wait}").format(wait=duration_label(run.wait_seconds, day_seconds))
    return text
