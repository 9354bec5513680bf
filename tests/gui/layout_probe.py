"""Child process of test_layout_scaling: the logged-in main window on a demo database at one language,
scale factor (QT_SCALE_FACTOR, set by the parent before Qt starts), theme and window size.

It visits every tab (and every inner tab), the login window and the main dialogs (compose, backup
options, metadata, new dataset), saves a grab of each to the output folder and prints one JSON
object: {"findings": [...], "shots": [...]} with the clipped texts desktop_app.gui.layout_check found,
and any window or dialog larger than the (offscreen) screen of that size.

    python tests/gui/layout_probe.py --lang en --theme dark --size 1093x614 --out /tmp/shots
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("XDG_CONFIG_HOME", tempfile.mkdtemp(prefix="padi-probe-config-"))
sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from PySide6.QtCore import QCoreApplication  # noqa: E402
from PySide6.QtWidgets import QDialog, QTabWidget, QWidget  # noqa: E402

from desktop_app import app as padi_app  # noqa: E402
from desktop_app.gui import layout_check, prompts, theme, window_geometry  # noqa: E402

DEMO_PASSWORD = "padi-demo"


def settle(msecs: int = 40) -> None:
    end = time.monotonic() + msecs / 1000
    while time.monotonic() < end:
        QCoreApplication.processEvents()
        time.sleep(0.005)


class Probe:
    def __init__(self, out: Path) -> None:
        self.out = out
        self.findings: list[dict[str, object]] = []
        self.shots: list[str] = []

    def look(self, name: str, widget: QWidget) -> None:
        settle()
        path = self.out / f"{len(self.shots):02d}-{name}.png"
        widget.grab().save(str(path))
        self.shots.append(str(path))
        for finding in layout_check.clipped_text(widget):
            self.findings.append({"screen": name, **finding.as_dict()})

    def tabs(self, prefix: str, tabs: QTabWidget) -> None:
        """Every page of ``tabs`` and of the tab widgets inside it."""
        for index in range(tabs.count()):
            if not tabs.isTabEnabled(index):
                continue
            tabs.setCurrentIndex(index)
            name = f"{prefix}{index}"
            settle()
            self.look(name, tabs.window())
            for inner in tabs.widget(index).findChildren(QTabWidget):
                if inner.isVisible() and inner is not tabs:
                    self.tabs(f"{name}.", inner)

    def dialog(self, name: str, dialog: QDialog, width: int, height: int) -> None:
        prompts.fit_to_screen(dialog)  # as prompts.run_dialog does before showing it
        dialog.show()
        settle(80)
        if dialog.width() > width or dialog.height() > height:
            self.findings.append({"screen": name, "kind": "dialog larger than the screen", "path": type(dialog).__name__,
                                  "text": f"{dialog.width()}x{dialog.height()}", "needed": dialog.width(),
                                  "available": width})
        self.look(name, dialog)
        dialog.reject()
        dialog.deleteLater()


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--lang", default="id")
    parser.add_argument("--theme", default="light")
    parser.add_argument("--size", default="1200x760")
    parser.add_argument("--user", default="admin")
    parser.add_argument("--out", type=Path, required=True)
    args = parser.parse_args()
    width, height = (int(part) for part in args.size.split("x"))
    args.out.mkdir(parents=True, exist_ok=True)
    # An offscreen screen of that many logical pixels at this scale factor, so dialogs size to it as on a PC.
    scale = float(os.environ.get("QT_SCALE_FACTOR", "1"))
    screen = args.out / "screen.json"
    screen.write_text(json.dumps({"screens": [{"name": "probe", "x": 0, "y": 0, "width": round(width * scale),
                                               "height": round(height * scale), "logicalDpi": 96, "dpr": 1}]}))
    os.environ["QT_QPA_PLATFORM"] = f"offscreen:configfile={screen}"

    app = padi_app.make_application(["padi"])
    padi_app.install_translator(app, args.lang)
    theme.apply_theme(app, args.theme)
    from desktop_app.gui.dialogs.backup_options import BackupOptionsDialog
    from desktop_app.gui.dialogs.compose import ComposeDialog
    from desktop_app.gui.dialogs.metadata import MetadataDialog
    from desktop_app.gui.login_dialog import LoginDialog
    from desktop_app.gui.main_window import MainWindow
    from desktop_app.gui.stages.dataset_tab import DatasetStageTab

    probe = Probe(args.out)
    with tempfile.TemporaryDirectory(prefix="padi-probe-") as work:
        services = padi_app.open_services(Path(work) / "padi-demo.db", demo=True)
        try:
            login = LoginDialog(services, True)
            probe.dialog("login", login, width, height)
            services.accounts.logout()
            services.accounts.login(args.user, DEMO_PASSWORD)
            window = MainWindow(services, str(Path(work) / "padi-demo.db"))
            window.refresh()
            window_geometry.restore(window)  # placed as app.py places it: maximised on a screen this small
            window.show()
            settle(150)
            frame, screen = window.frameGeometry(), window.screen().availableGeometry()
            if not screen.adjusted(-1, -1, 1, 1).contains(frame):  # 1 px of rounding at 125 %
                probe.findings.append({"screen": "main window", "kind": "window larger than the screen allows",
                                       "path": "MainWindow", "text": f"{frame.width()}x{frame.height()}",
                                       "needed": frame.width(), "available": screen.width()})
            # The texts are checked with the window's inside exactly the size given, as always.
            window.showNormal()
            window.resize(width, height)
            for tab in window.stages:
                items = tab._items  # noqa: SLF001 - the probe selects the first item to show its details
                if items:
                    tab.select(items[0].id)
            probe.tabs("tab", window.tabs)
            probe.dialog("compose", ComposeDialog(services, parent=window), width, height)
            probe.dialog("backup_options", BackupOptionsDialog("E:\\", window), width, height)
            prepare = window.stages[0]
            if isinstance(prepare, DatasetStageTab) and prepare._detail is not None:  # noqa: SLF001
                probe.dialog("metadata", MetadataDialog(prepare._detail.meta, window), width, height)  # noqa: SLF001
            window.tabs.setCurrentWidget(window.settings)
            probe.look("settings", window)
            window.hide()
        finally:
            services.close()
    print(json.dumps({"findings": probe.findings, "shots": probe.shots}, ensure_ascii=False))
    sys.stdout.flush()
    os._exit(0)  # skip the interpreter's teardown of Qt and pyqtgraph objects (see tests/conftest.py)


if __name__ == "__main__":
    sys.exit(main())
