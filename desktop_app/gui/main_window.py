"""The main window: a thin shell of tabs from the stage registry, menus and the status bar."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import QLabel, QMainWindow, QTabWidget, QToolButton, QWidget

from desktop_app.domain import formatting
from desktop_app.gui import prompts
from desktop_app.gui.activity_tab import ActivityTab
from desktop_app.gui.dashboard import DashboardTab
from desktop_app.gui.dialogs.about_dialog import AboutDialog
from desktop_app.gui.dialogs.shortcuts_dialog import ShortcutsDialog
from desktop_app.gui.search_box import SearchBox
from desktop_app.gui.settings_tab import SettingsTab
from desktop_app.gui.stages.archive import ArchiveTab
from desktop_app.gui.stages.base import StageTab
from desktop_app.gui.stages.dataset_tab import DatasetStageTab
from desktop_app.gui.stages.prepare import PrepareTab
from desktop_app.gui.stages.present import PresentTab
from desktop_app.gui.stages.process import ProcessTab
from desktop_app.gui.stages.publication_tab import PublicationStageTab
from desktop_app.gui.stages.publish import PublishTab
from desktop_app.gui.stages.review import ReviewTab
from desktop_app.gui.stages.submit import SubmitTab
from desktop_app.gui.stages.validate import ValidateTab
from desktop_app.services.office import Services

translate = QCoreApplication.translate
LIVE_TICK_MS = 1000  # how often the window looks at what the background watcher saw (no database work)

STAGE_TABS: tuple[type[StageTab], ...] = (
    PrepareTab, ValidateTab, ProcessTab, PresentTab, SubmitTab, ReviewTab, PublishTab, ArchiveTab,
)


class MainWindow(QMainWindow):
    """Dashboard, the eight stage tabs, the activity log and settings."""

    sig_switch_user = Signal()
    """Keluar Akun: the user logged out; the login window comes back for the next person."""
    sig_restart = Signal()
    """A backup was restored over the database: close, reopen it and log in again."""
    sig_reset_demo = Signal()
    """Mulai ulang data contoh: close, replace the demo database by new sample data and log in again."""

    def __init__(self, services: Services, db_label: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.setWindowTitle(translate("MainWindow", "PADI — Pengelolaan Data dan Informasi"))
        self.tabs = QTabWidget(self)
        self.setCentralWidget(self.tabs)
        self.dashboard = DashboardTab(services, self)
        self.tabs.addTab(self.dashboard, translate("MainWindow", "Dasbor"))
        self.stages: list[StageTab] = []
        for tab_class in STAGE_TABS:
            tab = tab_class(services, self)
            tab.sig_changed.connect(self.refresh)
            tab.sig_status.connect(self._on_status)
            self.stages.append(tab)
            self.tabs.addTab(tab, "")
        for tab in self.stages:
            if hasattr(tab, "sig_open_dataset"):
                tab.sig_open_dataset.connect(self.open_dataset)
        self.archive = next(tab for tab in self.stages if isinstance(tab, ArchiveTab))
        self.archive.sig_restored.connect(self._on_restored)
        self._restarting = False
        self.activity = ActivityTab(services, self)
        self.tabs.addTab(self.activity, translate("MainWindow", "Catatan Aktivitas"))
        self.activity.sig_open_object.connect(self.open_object)
        self.dashboard.sig_open_object.connect(self.open_object)
        self.settings = SettingsTab(services, self)
        self.settings.sig_changed.connect(self.refresh)
        self.tabs.addTab(self.settings, translate("MainWindow", "Pengaturan"))
        self.user_label = QLabel(self)
        self.backup_label = QLabel(self)
        self.statusBar().addPermanentWidget(self.user_label)
        self.statusBar().addPermanentWidget(QLabel(translate("MainWindow", "Basis data: {db}").format(db=db_label)))
        self.statusBar().addPermanentWidget(self.backup_label)
        self.server_label = QLabel(self)  # an office server: connected, or away (PADI keeps trying)
        self.server_label.setVisible(False)
        self.statusBar().addPermanentWidget(self.server_label)
        self.live_timer = QTimer(self)
        self.live_timer.setInterval(LIVE_TICK_MS)
        self.live_timer.timeout.connect(self.check_live)
        self._server_online = True
        self.guide_path: Path | None = None  # the guide PDF to show; None: the bundled or built one
        self.guide_dialog: QWidget | None = None
        self._build_menus()
        self._build_search()
        self._build_tab_overflow()
        self.resize(1200, 760)  # the size on a first start; window_geometry fits it to the screen

    def _build_search(self) -> None:
        """The search box in the menu bar's corner, focused from anywhere with Ctrl+F (or Ctrl+K)."""
        steps = {tab.step: tab for tab in self.stages}
        self.search_box = SearchBox(self.services, lambda step: steps[step].tab_title(), self)
        self.search_box.sig_open.connect(self.open_object)
        self.menuBar().setCornerWidget(self.search_box, Qt.Corner.TopRightCorner)
        self.search_action = QAction(translate("MainWindow", "Cari data atau publikasi"), self)
        self.search_action.setShortcuts([QKeySequence("Ctrl+F"), QKeySequence("Ctrl+K")])
        self.search_action.triggered.connect(self.focus_search)
        self.addAction(self.search_action)

    def _build_tab_overflow(self) -> None:
        """Tab names are never cut short ("Persetu…"): on a narrow screen the tab bar scrolls, and a button
        at its end lists every tab by name (the Langkah menu)."""
        bar = self.tabs.tabBar()
        bar.setElideMode(Qt.TextElideMode.ElideNone)
        bar.setUsesScrollButtons(True)
        self.all_tabs_button = QToolButton(self.tabs)
        self.all_tabs_button.setObjectName("allTabsButton")
        self.all_tabs_button.setArrowType(Qt.ArrowType.DownArrow)
        self.all_tabs_button.setAutoRaise(True)
        self.all_tabs_button.setToolTip(translate("MainWindow", "Semua tab"))
        self.all_tabs_button.setMenu(self._go_menu)
        self.all_tabs_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.tabs.setCornerWidget(self.all_tabs_button, Qt.Corner.TopRightCorner)
        self.all_tabs_button.hide()
        self.tabs.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if watched is self.tabs and event.type() == QEvent.Type.Resize:
            self._update_tab_overflow()
        return super().eventFilter(watched, event)

    def _update_tab_overflow(self) -> None:
        """Show the all-tabs button only while the tab bar is wider than the window."""
        self.all_tabs_button.setVisible(self.tabs.tabBar().sizeHint().width() > self.tabs.width())

    def focus_search(self) -> None:
        self.search_box.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search_box.selectAll()

    def _build_menus(self) -> None:
        file_menu = self.menuBar().addMenu(translate("MainWindow", "&Berkas"))
        self.logout_action = QAction(translate("MainWindow", "Keluar &Akun"), self)
        self.logout_action.setShortcut(QKeySequence("Ctrl+L"))
        self.logout_action.setStatusTip(translate("MainWindow", "Keluar dari akun ini; jendela Masuk muncul untuk "
                                                                "pengguna berikutnya."))
        self.logout_action.triggered.connect(self.sig_switch_user.emit)
        file_menu.addAction(self.logout_action)
        report = QAction(translate("MainWindow", "&Laporan Pelaksanaan…"), self)
        report.triggered.connect(self.dashboard.open_report)
        file_menu.addAction(report)
        reload_action = QAction(translate("MainWindow", "&Muat Ulang"), self)
        reload_action.setShortcut(QKeySequence("F5"))
        reload_action.triggered.connect(self._on_reload)
        file_menu.addAction(reload_action)
        self.reset_demo_action = QAction(translate("MainWindow", "Mulai &ulang data contoh…"), self)
        self.reset_demo_action.triggered.connect(self._on_reset_demo)
        self.reset_demo_action.setVisible(False)  # only on the sample office (see refresh)
        file_menu.addAction(self.reset_demo_action)
        file_menu.addSeparator()
        self.quit_action = QAction(translate("MainWindow", "&Tutup PADI"), self)
        self.quit_action.setShortcut(QKeySequence("Ctrl+Q"))  # StandardKey.Quit is empty on Windows
        self.quit_action.setStatusTip(translate("MainWindow", "Menutup program PADI."))
        self.quit_action.triggered.connect(self.close)
        file_menu.addAction(self.quit_action)
        go_menu = self.menuBar().addMenu(translate("MainWindow", "&Langkah"))
        for index in range(self.tabs.count()):
            action = QAction(self)
            action.setShortcut(QKeySequence(f"Alt+{index}") if index < 10 else QKeySequence())
            action.triggered.connect(lambda _=False, i=index: self.tabs.setCurrentIndex(i))
            go_menu.addAction(action)
        self._go_menu = go_menu
        help_menu = self.menuBar().addMenu(translate("MainWindow", "Ba&ntuan"))
        self.guide_action = QAction(translate("MainWindow", "Pan&duan Pengguna"), self)
        self.guide_action.setShortcut(QKeySequence("F1"))
        self.guide_action.triggered.connect(self.open_guide)
        help_menu.addAction(self.guide_action)
        shortcuts = QAction(translate("MainWindow", "&Pintasan Papan Ketik"), self)
        shortcuts.setShortcut(QKeySequence("Ctrl+/"))
        shortcuts.triggered.connect(self._on_shortcuts)
        help_menu.addAction(shortcuts)
        about = QAction(translate("MainWindow", "Tentang PADI"), self)
        about.triggered.connect(self._on_about)
        help_menu.addAction(about)

    def refresh(self, keep: QWidget | None = None) -> None:
        """Reload every tab (but ``keep``) and the counts after any change."""
        for index, tab in enumerate(self.stages, start=1):
            if tab is not keep:
                tab.refresh()
            title = f"{int(tab.step)} {tab.tab_title()}"
            self.tabs.setTabText(index, f"{title} ({tab.count()})" if tab.count() else title)
        self.dashboard.refresh()
        self.activity.refresh()
        self.settings.refresh()
        for action, index in zip(self._go_menu.actions(), range(self.tabs.count()), strict=True):
            action.setText(self.tabs.tabText(index))
        self._update_tab_overflow()
        actor = self.services.ctx.actor
        self.user_label.setText(actor.display if actor else "")
        self.reset_demo_action.setVisible(actor is not None and self.services.accounts.office().is_sample)
        last = self.services.archive.last_verified()
        self.backup_label.setText(
            translate("MainWindow", "Cadangan terakhir: {when}").format(when=formatting.datetime(last.created_at))
            if last else translate("MainWindow", "Belum ada cadangan"))

    def start_live_updates(self) -> None:
        """Follow what other PCs do (and whether the server answers) while the window is open."""
        self.services.live.start()
        self.server_label.setVisible(self.services.live.on_server)
        self.live_timer.start()
        self.check_live()

    def check_live(self) -> None:
        """The status bar says whether the server answers; the tabs and Dasbor follow others' changes."""
        live = self.services.live
        if live.on_server:
            online = live.online
            if online:
                self.server_label.setText(translate("MainWindow", "Server: terhubung"))
                self.server_label.setStyleSheet("")
            else:
                self.server_label.setText(translate(
                    "MainWindow", "Server basis data tidak terjangkau — mencoba lagi; pekerjaan di layar tetap ada"))
                self.server_label.setStyleSheet("color: #b00020; font-weight: bold;")
            came_back = online and not self._server_online
            self._server_online = online
            if not online:
                return
            if came_back:
                self._on_status(translate("MainWindow", "Server basis data terhubung kembali."))
        try:
            changed = live.changed()
        except Exception:  # noqa: BLE001 - the server went away between two ticks; the watcher reports it
            return
        if changed:
            self.refresh_from_elsewhere()

    def refresh_from_elsewhere(self) -> None:
        """Reload after a change made elsewhere; the Persiapan tab is left alone while it is shown (its grid may
        hold typing not saved yet: F5 or switching tabs reloads it)."""
        current = self.tabs.currentWidget()
        self.refresh(keep=current if isinstance(current, PrepareTab) else None)

    def open_dataset(self, dataset_id: int) -> None:
        """Show a dataset in the stage tab that holds it now."""
        for tab in self.stages:
            if any(item.id == dataset_id for item in tab._items) and isinstance(tab, DatasetStageTab):  # noqa: SLF001
                self.tabs.setCurrentWidget(tab)
                tab.select(dataset_id)
                if tab is self.stages[0]:
                    tab.work_tabs.setCurrentIndex(0)
                return
        self._on_status(translate("MainWindow", "Kumpulan Data itu sudah tidak ada pada tahap mana pun."))

    def open_object(self, object_type: str, object_id: int) -> None:
        """Show a dataset or a publication (from the activity log) in the stage tab that holds it."""
        if object_type == "dataset":
            self.open_dataset(object_id)
            return
        for tab in self.stages:
            if isinstance(tab, PublicationStageTab) and any(item.id == object_id for item in tab._items):  # noqa: SLF001
                self.tabs.setCurrentWidget(tab)
                tab.select(object_id)
                return
        self._on_status(translate("MainWindow", "Publikasi itu tidak ada pada tahap mana pun."))

    def _on_restored(self) -> None:
        self._restarting = True
        self.sig_restart.emit()
        self.close()

    def _on_reset_demo(self) -> None:
        """Mulai ulang data contoh: after one question naming what is lost, start again on new sample data."""
        if not prompts.confirm(self, translate("MainWindow", "Mulai ulang data contoh"), translate(
                "MainWindow", "Ganti basis data contoh dengan data contoh yang baru?\n\nSemua yang dikerjakan di "
                              "dalamnya hilang: Kumpulan Data dan impor, Keluaran, publikasi, Agenda Kerja, "
                              "pengguna dan kata sandi yang diubah, catatan cadangan, dan Catatan Aktivitas. "
                              "Berkas cadangan yang sudah tersimpan di flash disk tidak dihapus.\n\n"
                              "PADI lalu meminta Anda masuk lagi (kata sandi padi-demo).")):
            return
        self._restarting = True
        self.sig_reset_demo.emit()
        self.close()

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt's name
        """Tutup PADI: honour the office's "back up on exit" (asked first); the window closes once that
        backup ended."""
        if not self._restarting and not self.archive.may_quit(self.close):
            event.ignore()
            return
        super().closeEvent(event)

    def open_guide(self) -> None:
        """Bantuan → Panduan Pengguna (F1): the guide viewer, beside the window (not modal)."""
        from desktop_app.gui.dialogs.guide_dialog import GuideDialog
        if self.guide_dialog is None:
            office = self.services.accounts.office()
            self.guide_dialog = GuideDialog(self, self.guide_path, office.short_name or office.name, self.services)
        self.guide_dialog.show()
        self.guide_dialog.raise_()
        self.guide_dialog.activateWindow()

    def _on_reload(self) -> None:
        self.refresh()
        self._on_status(translate("MainWindow", "Semua tab dimuat ulang."))

    def _on_status(self, message: str) -> None:
        self.statusBar().showMessage(message, 8000)

    def _on_about(self) -> None:
        db = self.services.ctx.db
        prompts.run_dialog(AboutDialog(Path(db.path) if db.path else db.location.display(), self))

    def _on_shortcuts(self) -> None:
        prompts.run_dialog(ShortcutsDialog(self))
