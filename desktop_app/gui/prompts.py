"""Every modal question the GUI asks goes through here, so tests can answer without a dialog."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QInputDialog, QMessageBox, QWidget

translate = QCoreApplication.translate


def info(parent: QWidget | None, title: str, text: str) -> None:
    QMessageBox.information(parent, title, text)


def error(parent: QWidget | None, title: str, text: str, details: str = "") -> None:
    box = QMessageBox(QMessageBox.Icon.Warning, title, text, QMessageBox.StandardButton.Ok, parent)
    if details:
        box.setDetailedText(details)
    box.exec()


def confirm(parent: QWidget | None, title: str, text: str) -> bool:
    answer = QMessageBox.question(parent, title, text)
    return answer == QMessageBox.StandardButton.Yes


def ask_text(parent: QWidget | None, title: str, label: str, default: str = "",
             multiline: bool = False) -> str | None:
    if multiline:
        text, ok = QInputDialog.getMultiLineText(parent, title, label, default)
    else:
        text, ok = QInputDialog.getText(parent, title, label, text=default)
    return text if ok else None


def choose_folder(parent: QWidget | None, title: str, start: str = "") -> Path | None:
    folder = QFileDialog.getExistingDirectory(parent, title, start)
    return Path(folder) if folder else None


def run_dialog(dialog: QWidget) -> bool:
    """Show a form dialog modally; tests replace this to fill and accept it without blocking."""
    return bool(dialog.exec())


def choose_file(parent: QWidget | None, title: str, filters: str, start: str = "") -> Path | None:
    path, _ = QFileDialog.getOpenFileName(parent, title, start, filters)
    return Path(path) if path else None


def status(widget: QWidget, message: str) -> None:
    """Show a confirmation in the window's status bar (or nowhere when there is none)."""
    window = widget.window()
    bar = getattr(window, "statusBar", None)
    if callable(bar):
        bar().showMessage(message, 8000)


def choose_save_file(parent: QWidget | None, title: str, filters: str, suggested: str = "") -> Path | None:
    """Ask where to save a file (``suggested``: a file name or full path to start from); None when cancelled."""
    path, _ = QFileDialog.getSaveFileName(parent, title, suggested, filters)
    return Path(path) if path else None


def choose_item(parent: QWidget | None, title: str, label: str, items: dict[str, str]) -> str | None:
    """Pick one of ``items`` (key → label shown); the key, or None when cancelled."""
    labels = list(items.values())
    chosen, ok = QInputDialog.getItem(parent, title, label, labels, 0, False)
    if not ok:
        return None
    return next(key for key, text in items.items() if text == chosen)
