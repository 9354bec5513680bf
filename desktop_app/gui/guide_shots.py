"""Screenshots for the user guide, taken from the real program on a fresh demo database.

``make_shots(out_dir)`` seeds a demo database in a temporary folder, opens the real main window
(offscreen when there is no display) at a fixed size, logs in as the role each screen is meant for,
selects tabs and items, opens dialogs without blocking (``show()``, grab, close) and writes
``<name>.png`` per shot. The names are the ``shot:`` names used in ``resources/guide/panduan.md``;
``SHOTS`` lists them. Run it through ``python -m desktop_app.devtools guide``.
"""

from __future__ import annotations

import contextlib
import tempfile
import time
from collections.abc import Callable, Iterator
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSettings, QSize
from PySide6.QtWidgets import QApplication, QDialog, QWidget

from desktop_app.gui import prompts
from desktop_app.gui.stages.base import StageTab
from desktop_app.services.office import SHORTCUTS_APPENDIX

WINDOW_SIZE = QSize(1200, 760)
DEMO_PASSWORD = "padi-demo"

SHOTS: tuple[str, ...] = (
    "login", "setup", "settings", "delegation", "dashboard", "prepare", "agenda", "new_dataset",
    "validate", "confirmation", "process", "present", "compose", "submit", "review", "publish",
    "distribution", "backup_options", "archive", "activity", "idle_lock",
)


def isolate_settings(folder: Path) -> None:
    """Keep QSettings of a shot run away from the user's own (language, last folders)."""
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(folder))


def _settle(msecs: int = 60) -> None:
    end = time.monotonic() + msecs / 1000
    while time.monotonic() < end:
        QCoreApplication.processEvents()
        time.sleep(0.005)


def _wait_until(condition: Callable[[], bool], timeout: float = 30.0) -> None:
    end = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > end:
            raise TimeoutError("guide shot: waited too long")
        QCoreApplication.processEvents()
        time.sleep(0.01)


class _Shooter:
    def __init__(self, out_dir: Path, work_dir: Path) -> None:
        from desktop_app.gui.main_window import MainWindow
        from desktop_app.services.office import Services, seed_demo

        self.out_dir = out_dir
        self.work_dir = work_dir
        self.services = Services.open(work_dir / "padi-demo.db")
        seed_demo(self.services)
        self.login("staf")
        self.window = MainWindow(self.services, "padi-demo.db")
        self.window.setFixedSize(WINDOW_SIZE)
        self.window.refresh()
        self.window.show()
        self.written: list[Path] = []

    # --- helpers ----------------------------------------------------------------------------
    def login(self, username: str) -> None:
        self.services.accounts.logout()
        self.services.accounts.login(username, DEMO_PASSWORD)
        if hasattr(self, "window"):
            self.window.refresh()

    def save(self, name: str, widget: QWidget) -> None:
        _settle()
        path = self.out_dir / f"{name}.png"
        if not widget.grab().save(str(path)):
            raise OSError(f"could not write {path}")
        self.written.append(path)

    def tab(self, index: int) -> QWidget:
        self.window.tabs.setCurrentIndex(index)
        _settle()
        return self.window.tabs.currentWidget()

    def stage(self, step: int) -> StageTab:
        tab = self.tab(step)
        assert isinstance(tab, StageTab)
        return tab

    def click(self, tab: StageTab, label: str) -> None:
        for stage_action in tab.actions_:
            if stage_action.label == label:
                stage_action.button.click()
                return
        raise LookupError(f"no button {label!r}")

    @contextlib.contextmanager
    def dialogs(self, name: str, fill: Callable[[QDialog], None] | None = None) -> Iterator[None]:
        """While inside, a dialog the program would run modally is shown, filled, grabbed and cancelled."""
        original = prompts.run_dialog

        def grab(dialog: QDialog) -> bool:
            dialog.show()
            _settle()
            if fill is not None:
                fill(dialog)
            self.save(name, dialog)
            dialog.close()
            return False

        prompts.run_dialog = grab
        try:
            yield
        finally:
            prompts.run_dialog = original

    def dialog(self, name: str, dialog: QDialog) -> None:
        dialog.show()
        self.save(name, dialog)
        dialog.close()
        dialog.deleteLater()

    # --- the shots, in the order of the guide ---------------------------------------------------
    def run(self) -> list[Path]:
        self._start_shots()
        self._dataset_shots()
        self._publication_shots()
        self._archive_shots()
        self._idle_lock()
        write_shortcut_appendix(self.window, self.out_dir / SHORTCUTS_APPENDIX)
        return self.written

    def _start_shots(self) -> None:
        """Logging in, the first setup, the settings with a Plt. appointed, and the dashboard."""
        from desktop_app.gui.dialogs.setup import SetupDialog
        from desktop_app.gui.login_dialog import LoginDialog

        login = LoginDialog(self.services, demo=True)
        login.ui.usernameEdit.setText("staf")
        login.ui.passwordEdit.setText(DEMO_PASSWORD)
        self.dialog("login", login)
        self.dialog("setup", SetupDialog(self.services))

        self.login("admin")
        self.tab(self.window.tabs.indexOf(self.window.settings))
        self.save("settings", self.window)
        self.login("kepala")
        with self.dialogs("delegation"):
            self.window.settings.delegate.click()
        self.tab(0)
        self.save("dashboard", self.window)

    def _dataset_shots(self) -> None:
        """Steps 1-4 as the staf sees them, with the new-dataset and confirmation dialogs."""
        self.login("staf")
        prepare = self.stage(1)
        prepare.work_tabs.setCurrentIndex(0)
        self.save("prepare", self.window)
        prepare.work_tabs.setCurrentIndex(1)
        self.save("agenda", self.window)
        prepare.work_tabs.setCurrentIndex(0)

        def fill_new(dialog: QDialog) -> None:
            dialog.name_edit.setText("Jumlah Izin Terbit per Jenis Izin Triwulan I 2026")
            dialog.group_edit.setText("Perizinan")
            dialog.unit_edit.setText("izin")
            dialog.source_edit.setText("Bidang Pelayanan Perizinan")

        with self.dialogs("new_dataset", fill_new):
            self.click(prepare, "Kumpulan Data Baru")

        validate = self.stage(2)
        self.save("validate", self.window)

        def fill_confirmation(dialog: QDialog) -> None:
            dialog.ui.personEdit.setText("Bapak Rudi, operator OSS")
            dialog.ui.noteEdit.setPlainText("Jumlah NIB dicocokkan dengan rekap OSS per kecamatan.")

        with self.dialogs("confirmation", fill_confirmation):
            self.click(validate, "Catat Konfirmasi Data")

        process = self.stage(3)
        if process.group_combo.count() > 1:
            process.group_combo.setCurrentIndex(1)
        process.compute_button.click()
        self.save("process", self.window)
        self.stage(4)
        self.save("present", self.window)

    def _publication_shots(self) -> None:
        """Steps 5-7: composing, reviewing and publishing, with the composer and distribution dialogs."""
        self.login("kasubag")
        submit = self.stage(5)

        def fill_compose(dialog: QDialog) -> None:
            dialog.title_edit.setText("Brosur Realisasi Investasi Triwulan 2025")
            dialog.kind_combo.setCurrentIndex(max(dialog.kind_combo.findData("brosur"), 0))
            editor = dialog.editor
            editor.heading_edit.setText("Realisasi Investasi per Sektor")
            editor.text_edit.editor.setPlainText("Realisasi investasi tahun 2025 menurut sektor usaha.")
            if editor.output_combo.count() > 1:
                editor.output_combo.setCurrentIndex(1)
            dialog.resize(1200, 760)
            ready: list[bool] = []
            dialog.preview_ready.connect(lambda: ready.append(True))
            dialog.render_preview()
            _wait_until(lambda: bool(ready) and dialog.preview.page_count() > 0)

        with self.dialogs("compose", fill_compose):
            self.click(submit, "Publikasi Baru")
        self.save("submit", self.window)

        self.login("kepala")
        review = self.stage(6)
        if review.count():
            _wait_until(lambda: review.current_item() is None or review.pages.page_count() > 0)  # rendered off the GUI thread
            review.note_edit.setPlainText("Tambahkan sumber data di bawah tabel.")
        self.save("review", self.window)
        review.note_edit.clear()

        self.login("staf")
        publish = self.stage(7)
        self.save("publish", self.window)
        with self.dialogs("distribution"):
            self.click(publish, "Catat Distribusi")

    def _archive_shots(self) -> None:
        """Step 8 (the backup options and a backup to a flash disk) and the activity log."""
        from desktop_app.gui.dialogs.backup_options import BackupOptionsDialog

        self.login("admin")
        archive = self.stage(8)
        target = self.work_dir / "FLASHDISK"
        target.mkdir(exist_ok=True)
        options = BackupOptionsDialog(str(target), self.window)
        options.encrypt_check.setChecked(True)
        self.dialog("backup_options", options)
        archive._set_target(target)  # noqa: SLF001 - as if the flash disk were picked in the list
        archive._fill_targets()  # noqa: SLF001
        self._backup(archive, target)
        self.window.refresh()
        self.save("archive", self.window)

        self.tab(self.window.tabs.indexOf(self.window.activity))
        self.save("activity", self.window)

    def _backup(self, archive: QWidget, target: Path) -> None:
        from desktop_app.gui.dialogs.backup_options import BackupChoice
        finished: list[bool] = []
        archive.backup_to(target, BackupChoice(None, "", False), then=lambda: finished.append(True))
        _wait_until(lambda: bool(finished), timeout=60)

    def _idle_lock(self) -> None:
        from desktop_app.gui.idle_lock import IdleLock
        lock = IdleLock(self.window, self.services.accounts, switch_user=lambda: None)
        self.tab(0)
        lock.lock()
        self.save("idle_lock", self.window)
        lock.release()

    def close(self) -> None:
        self.window.hide()
        self.window.setParent(None)
        self.window.deleteLater()
        _settle()
        self.services.accounts.logout()
        self.services.close()


def write_shortcut_appendix(window: QWidget, path: Path) -> None:
    """The guide's last chapter: every keyboard shortcut of the live window, grouped by where it works
    (the same list as Bantuan → Pintasan Papan Ketik), in the guide's markdown."""
    from desktop_app.gui.dialogs.shortcuts_dialog import ShortcutsDialog
    dialog = ShortcutsDialog(window)
    lines = ["# Lampiran: Pintasan Papan Ketik", "",
             "Tombol pintas yang berlaku di PADI, menurut tempat berlakunya. Daftar yang sama ada di menu "
             "**Bantuan → Pintasan Papan Ketik**.", ""]
    place = None
    for group, action, keys in dialog.rows():
        if group != place:
            lines += ["", f"## {group}", ""]
            place = group
        lines.append(f"- **{keys}**: {action}")
    dialog.deleteLater()
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


def make_shots(out_dir: Path) -> list[Path]:
    """Write every shot of ``SHOTS`` into ``out_dir`` as PNG; returns the written files.

    Needs a QApplication (one is made if there is none). The demo database lives in a temporary
    folder that is removed again.
    """
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    if QApplication.instance() is None:
        QApplication([])
    with tempfile.TemporaryDirectory(prefix="padi-guide-") as work:
        shooter = _Shooter(out_dir, Path(work))
        try:
            written = shooter.run()
        finally:
            shooter.close()
            from desktop_app.gui import jobs
            jobs.wait_for_all()
    return written
