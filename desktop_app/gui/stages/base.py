"""The common shape of every stage tab: item list with chips and times, toolbar, details, work area."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QColor, QIcon, QKeySequence, QPixmap
from PySide6.QtWidgets import QListWidgetItem, QPushButton, QSizePolicy, QWidget

from desktop_app.domain.errors import Cancelled, PadiError
from desktop_app.domain.roles import Action
from desktop_app.domain.steps import STEPS, Step, Timeliness, timeliness
from desktop_app.domain.workflow import DatasetState, PublicationState
from desktop_app.gui import prompts, theme
from desktop_app.gui.forms.ui_stage_tab import Ui_StageTab
from desktop_app.gui.jobs import Job, Report
from desktop_app.gui.labels import duration_label
from desktop_app.gui.messages import STATE_COLORS, error_text, refusal_reason, state_label
from desktop_app.gui.widgets.flow_layout import FlowLayout
from desktop_app.services.services import Services

translate = QCoreApplication.translate

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

    step: Step = Step.PREPARE
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
        self.ui.stepLabel.setText(
            translate("StageTab", "<b>Langkah {n} — {name}.</b> {desc}. Waktu baku: {std}.").format(
                n=int(self.step), name=self.tab_title(), desc=self.step_description(),
                std=duration_label(info.standard_time.total_seconds())))
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
        self.ui.itemList.currentRowChanged.connect(self._on_item_list_current_row_changed)
        self.ui.searchEdit.textChanged.connect(self._fill_list)

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
        try:
            work()
        except PadiError as err:
            prompts.error(self, translate("StageTab", "Tidak dapat dilanjutkan"), error_text(err), err.detail)
            return False
        self.sig_changed.emit()
        if done_message:
            self.sig_status.emit(done_message)
        return True

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
        for stage_action in self.actions_:
            allowed = self.services.ctx.may(stage_action.action)
            enabled = allowed and (item is not None or not stage_action.needs_item)
            stage_action.button.setEnabled(enabled)
            stage_action.button.setToolTip("" if allowed else refusal_reason(stage_action.action))

    def _on_control_sheet_clicked(self) -> None:
        item = self.current_item()
        if item is None:
            return
        kind = "dataset" if isinstance(item.state, DatasetState) else "publication"
        path = prompts.choose_save_file(self, translate("StageTab", "Simpan Lembar Kendali SOP"),
                                        translate("StageTab", "PDF (*.pdf)"), f"Lembar Kendali - {item.title}.pdf")
        if path is not None and self.run(
                lambda: self.services.performance.export_control_sheet(kind, item.id, path.with_suffix(".pdf"))):
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
        now = self.services.ctx.now()
        standard = STEPS[self.step].standard_time
        selected_row = 0
        found = False
        for row, item in enumerate(self._visible_items()):
            elapsed = max(now - item.since, dt.timedelta())
            std = STEPS[item.step].standard_time if item.step else standard
            text = translate("StageTab", "{title}\n{state} · {who} · {spent} / {std}").format(
                title=item.title, state=state_label(item.state), who=item.responsible,
                spent=duration_label(elapsed.total_seconds()), std=duration_label(std.total_seconds()))
            note = self.item_note(item)
            if note:
                first = note.splitlines()[0]
                text += "\n✎ " + (first if len(first) <= NOTE_PREVIEW else first[:NOTE_PREVIEW - 1] + "…")
            entry = QListWidgetItem(chip_icon(item.state), text)
            entry.setData(Qt.ItemDataRole.UserRole, item.id)
            mark = timeliness(item.step, elapsed)
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
