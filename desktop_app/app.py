"""Composition root: paths, database and services, translators, and the windows. Only this wires layers."""

from __future__ import annotations

import contextlib
import gc
import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QLocale, QSettings, QTimer, QTranslator
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QStyleFactory, QWidget

from desktop_app.paths import default_db_path, resource_path

if TYPE_CHECKING:
    from desktop_app.services.office import Services

STARTUP_PROBE = "PADI_STARTUP_PROBE"  # benchmark: quit as soon as the login window is shown
RESTART_AFTER_RESTORE = -8  # _run_main_window's code when a restored database must be reopened
RESET_DEMO = -9  # _run_main_window's code after "Mulai ulang data contoh": new sample data, then log in again
QT_INDONESIAN = "qt_id.qm"  # Qt's own button and menu words in Indonesian (resources/translations/qt_id.ts)
# Smoke test of a built bundle (tests/bundle): with --demo only, log in as this demo user with this
# password through the login window (the normal accounts service checks it), show the main window,
# save a grab of it to PADI_SMOKE_SCREENSHOT (PNG), print {"screenshot", "title", "tabs"} as JSON and
# exit 0. Ignored without --demo, so it never opens a real database: the demo database is made with the
# published demo password, and nothing is logged in that the login window would refuse.
SMOKE_USER = "PADI_SMOKE_USER"
SMOKE_PASSWORD = "PADI_SMOKE_PASSWORD"
SMOKE_SCREENSHOT = "PADI_SMOKE_SCREENSHOT"


def make_application(argv: list[str] | None = None) -> QApplication:
    app = QApplication.instance() or QApplication(argv or sys.argv[:1])
    app.setOrganizationName("PADI")
    app.setApplicationName("PADI")
    if sys.platform != "win32" and "Fusion" in QStyleFactory.keys():
        app.setStyle("Fusion")
    app.setWindowIcon(QIcon(str(resource_path("icons", "padi.png"))))
    from desktop_app.gui import widget_policy
    widget_policy.install(app)
    return app


def install_translator(app: QCoreApplication, lang: str | None) -> str:
    """Load English if chosen (Indonesian is the source language and needs no file)."""
    lang = lang or str(QSettings().value("ui/language", "id"))
    if lang != "en":
        # Qt ships no Indonesian for its own words (OK, Cancel, Yes, No, Show Details, context menus).
        qt_words = QTranslator(app)
        if qt_words.load(str(resource_path("translations", QT_INDONESIAN))):
            app.installTranslator(qt_words)
    if lang == "en":
        translator = QTranslator(app)
        if translator.load(str(resource_path("translations", "padi_en.qm"))):
            app.installTranslator(translator)
        QLocale.setDefault(QLocale(QLocale.Language.English))
    return lang


def database_file(db_path: Path | str | None, demo: bool) -> Path | str:
    """The database the GUI opens: the chosen one (--db, else Pengaturan → Basis Data), or the user's (or
    demo) database in the data folder. A server's URL is returned as it is."""
    from desktop_app.gui.database_settings import DATABASE_SETTING  # a file path or a server URL, never a password
    from desktop_app.storage.location import is_server

    if db_path:
        return str(db_path) if is_server(str(db_path)) else Path(db_path)
    if demo:
        return default_db_path().with_name("padi-demo.db")
    chosen = str(QSettings().value(DATABASE_SETTING, "") or "")
    if chosen:
        return chosen if is_server(chosen) else Path(chosen)
    return default_db_path()


def open_services(db_path: Path | str | None, demo: bool, fresh_demo: bool = False) -> Services:
    """Open the chosen database (a file or a server); the demo database is made on first use and kept
    afterwards (``fresh_demo``: "Mulai ulang data contoh" replaces it by new sample data)."""
    from desktop_app.services.office import Services
    target = database_file(db_path, demo)
    if demo and isinstance(target, Path):
        from desktop_app.services.office import open_demo
        return open_demo(target, fresh=fresh_demo)
    return Services.open(database_file(db_path, False))


def run_gui(db_path: Path | str | None, lang: str | None, demo: bool, fresh_demo: bool = False) -> int:
    """Open the GUI: the login window first, the database as soon as it is on screen, then the main window.

    ``fresh_demo``: replace the demo database by new sample data before opening it."""
    app = make_application()
    install_translator(app, lang)
    from desktop_app.gui import theme
    theme.apply_theme(app, str(QSettings().value(theme.SETTING, theme.SYSTEM)))
    from desktop_app.gui.login_dialog import LoginDialog
    login = LoginDialog(None, demo)
    if os.environ.get(STARTUP_PROBE):
        QTimer.singleShot(0, app.quit)
        login.show()
        return app.exec()
    opened: list[Services] = []
    held: list[object] = []  # the QLockFile of this window's database, kept until the end
    sessions = contextlib.ExitStack()  # and this process's place among those who have it open
    smoke = _smoke_settings(demo)
    smoke_failed: list[bool] = []

    def open_database() -> None:
        from desktop_app.domain.errors import PadiError
        from desktop_app.gui import prompts, single_instance
        from desktop_app.gui.messages import error_text
        try:
            target = database_file(db_path, demo)
            if isinstance(target, Path):  # a server is made for several PADI windows at once
                held.append(single_instance.acquire(target))
                from desktop_app.services.runtime import Holder, instance_session
                sessions.enter_context(instance_session(target, Holder.me("PADI")))
            services = open_services(db_path, demo, fresh_demo)
        except PadiError as err:
            prompts.error(login, "PADI", error_text(err), err.detail)
            login.reject()
            return
        opened.append(services)
        if not _passes_start_check(login, services):
            login.reject()
            return
        if services.accounts.needs_setup():
            from desktop_app.gui.dialogs.setup import SetupDialog
            if not SetupDialog(services, login).exec():
                login.reject()
                return
        login.attach(services)
        if smoke and not _smoke_login(login, smoke[0], smoke[1]):
            smoke_failed.append(True)
            login.reject()

    QTimer.singleShot(0, open_database)
    try:
        accepted = login.exec()
        if not opened:
            return 1 if accepted else 0
        services = opened[0]
        try:
            if not accepted:
                return 1 if smoke_failed else 0
            code = _run_main_window(app, services, demo, smoke[2] if smoke else None)
            # Free the window's widget tree now, while Qt and the interpreter are whole, rather than in
            # the interpreter's final collection (and before a restore reopens the database).
            gc.collect()
            if code not in (RESTART_AFTER_RESTORE, RESET_DEMO):
                return code
        finally:
            services.close()
    finally:
        sessions.close()
        for lock in held:
            if lock is not None:
                lock.unlock()
    if code == RESET_DEMO:
        return run_gui(database_file(db_path, demo), lang, demo=True, fresh_demo=True)
    # A backup was restored into the same file: open it afresh and log in again (never re-seed a demo).
    return run_gui(database_file(db_path, demo), lang, demo=False)


def _passes_start_check(parent: QWidget, services: Services) -> bool:
    """The quick check of `padi check` at every start. A damaged file, a broken log chain or a log its anchor
    does not accept stops PADI with a message; states no log entry backs, or a missing anchor, are shown as a
    warning and PADI opens (publishing and printing refuse meanwhile)."""
    from desktop_app.gui import prompts
    from desktop_app.gui.messages import integrity_text, start_warning_text
    from desktop_app.services.runtime import integrity_summary, quick_check
    report = quick_check(services.ctx)
    chain, anchor = report.chain, report.anchor
    anchor_name = Path(anchor.path).name if anchor is not None else ""
    if report.database_problems or report.log_damaged:
        noted = next((n.entry_id for n in report.anchor_notes if n.kind == "mismatch"), None)
        text = integrity_text(
            not report.database_problems, chain.first_bad_id, chain.reason,
            anchor_problem=anchor.problem if anchor is not None and chain.ok else "",
            anchor_id=anchor.anchor_head_id if anchor is not None else None,
            log_id=anchor.log_head_id if anchor is not None else None, anchor_name=anchor_name, noted_at=noted)
        details = ("\n".join(report.database_problems) or
                   (f"log entry {chain.first_bad_id}: {chain.reason}" if not chain.ok else integrity_summary(report)))
        prompts.error(parent, "PADI", text, details)
        return False
    if report.states or report.warnings:
        prompts.error(parent, "PADI", start_warning_text(list(report.states), anchor.status if anchor else "",
                                                         anchor_name), integrity_summary(report))
    return True


def _smoke_settings(demo: bool) -> tuple[str, str, Path] | None:
    """User, password and screenshot path of a bundle smoke run; None unless --demo and all three are set."""
    values = [os.environ.get(name, "") for name in (SMOKE_USER, SMOKE_PASSWORD, SMOKE_SCREENSHOT)]
    if not demo or not all(values):
        return None
    return values[0], values[1], Path(values[2])


def _smoke_login(login: QWidget, username: str, password: str) -> bool:
    """Type the smoke user's name and password into the login window and press Masuk; True if it let them in."""
    from PySide6.QtWidgets import QDialog
    login.ui.usernameEdit.setText(username)
    login.ui.passwordEdit.setText(password)
    login.try_login()
    if login.result() == QDialog.DialogCode.Accepted:
        return True
    print(f"smoke login failed: {login.ui.errorLabel.text()}", file=sys.stderr or sys.__stderr__)
    return False


def _smoke_finish(app: QApplication, window: QWidget, screenshot: Path) -> None:
    """Save a grab of the shown main window, report what it shows, and end the event loop."""
    import json

    from desktop_app.gui import jobs
    jobs.wait_for_all()
    app.processEvents()  # results of finished work arrive as queued signals
    screenshot.parent.mkdir(parents=True, exist_ok=True)
    saved = window.grab().save(str(screenshot), "PNG")
    tabs = [window.tabs.tabText(i) for i in range(window.tabs.count())]
    if sys.stdout is not None:  # a windowed Windows program has no console
        print(json.dumps({"screenshot": str(screenshot), "title": window.windowTitle(), "tabs": tabs},
                         ensure_ascii=False), flush=True)
    app.exit(0 if saved else 1)


def _run_main_window(app: QApplication, services: Services, demo: bool, smoke_screenshot: Path | None = None) -> int:
    from desktop_app.gui.login_dialog import LoginDialog
    from desktop_app.gui.main_window import MainWindow
    window = MainWindow(services, services.ctx.db.location.display())

    def switch_user() -> None:
        window.hide()
        services.accounts.logout()
        if LoginDialog(services, demo).exec():
            window.refresh()
            window.show()
        else:
            window.close()

    window.sig_switch_user.connect(switch_user)
    restarted: list[bool] = []
    window.sig_restart.connect(lambda: restarted.append(True))
    reset: list[bool] = []
    window.sig_reset_demo.connect(lambda: reset.append(True))
    from desktop_app.gui.idle_lock import IdleLock
    window.idle_lock = IdleLock(window, services.accounts, switch_user=switch_user)
    from desktop_app.gui.work_tracker import WorkTracker
    window.work_tracker = WorkTracker(window, services, idle_lock=window.idle_lock)  # work time in the log
    window.refresh()
    from desktop_app.gui import window_geometry
    window_geometry.restore(window)
    window.show()
    window.start_live_updates()  # other PCs' work appears within seconds; the status bar shows a server away
    if smoke_screenshot is not None:
        QTimer.singleShot(0, lambda: _smoke_finish(app, window, smoke_screenshot))
    code = app.exec()
    window_geometry.save(window)
    from desktop_app.gui import jobs
    jobs.wait_for_all()
    if restarted:  # the restored database already logged who restored it
        return RESTART_AFTER_RESTORE
    if reset:
        return RESET_DEMO
    services.accounts.logout()
    return code
