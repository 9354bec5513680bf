"""Every modal question the GUI asks goes through here, so tests can answer without a dialog."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QPageSize
from PySide6.QtPrintSupport import QPrinter, QPrintPreviewDialog
from PySide6.QtWidgets import QFileDialog, QInputDialog, QLineEdit, QMessageBox, QWidget

from desktop_app.domain.errors import PadiError
from desktop_app.domain.filenames import safe_filename
from desktop_app.gui.file_places import Purpose, remember, start_folder
from desktop_app.gui.messages import error_text

if TYPE_CHECKING:
    from desktop_app.services.office import Services

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


def ask_choice(parent: QWidget | None, title: str, text: str, choices: dict[str, str]) -> str | None:
    """Ask a question with one button per choice (key → button label, the first is the default);
    the key chosen, or None when the dialog was closed (Esc)."""
    box = QMessageBox(QMessageBox.Icon.Question, title, text, QMessageBox.StandardButton.NoButton, parent)
    buttons = {box.addButton(label, QMessageBox.ButtonRole.AcceptRole): key for key, label in choices.items()}
    cancel = box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(next(iter(buttons)))
    box.setEscapeButton(cancel)
    box.exec()
    return buttons.get(box.clickedButton())


def ask_text(parent: QWidget | None, title: str, label: str, default: str = "",
             multiline: bool = False) -> str | None:
    if multiline:
        text, ok = QInputDialog.getMultiLineText(parent, title, label, default)
    else:
        text, ok = QInputDialog.getText(parent, title, label, text=default)
    return text if ok else None


def ask_secret(parent: QWidget | None, title: str, label: str) -> str | None:
    """Ask for a passphrase without showing it; None when cancelled."""
    text, ok = QInputDialog.getText(parent, title, label, QLineEdit.EchoMode.Password)
    return text if ok else None


def choose_folder(parent: QWidget | None, title: str, start: str = "", purpose: Purpose = Purpose.EXPORT) -> Path | None:
    """A folder; the dialog opens in ``start`` or the last folder of this purpose (see file_places)."""
    folder = QFileDialog.getExistingDirectory(parent, title, _start(start, purpose))
    if not folder:
        return None
    remember(purpose, Path(folder))
    return Path(folder)


def _start(start: str, purpose: Purpose) -> str:
    """The folder to open in: ``start`` when it is there, else the last folder used for ``purpose``."""
    return start if start and Path(start).exists() else str(start_folder(purpose))


def run_dialog(dialog: QWidget) -> bool:
    """Show a form dialog modally; tests replace this to fill and accept it without blocking."""
    fit_to_screen(dialog)
    return bool(dialog.exec())


def fit_to_screen(dialog: QWidget) -> None:
    """Shrink a dialog sized for a big screen to the screen it opens on (a laptop at 125 % or 150 %)."""
    screen = dialog.screen().availableGeometry()
    width, height = min(dialog.width(), screen.width() - 40), min(dialog.height(), screen.height() - 60)
    if (width, height) != (dialog.width(), dialog.height()):
        dialog.resize(max(width, dialog.minimumSizeHint().width()), max(height, dialog.minimumSizeHint().height()))


def choose_file(parent: QWidget | None, title: str, filters: str, start: str = "",
                purpose: Purpose = Purpose.IMPORT) -> Path | None:
    """A file to read; the dialog opens in ``start`` or the last folder of this purpose (see file_places)."""
    path, _ = QFileDialog.getOpenFileName(parent, title, _start(start, purpose), filters)
    if not path:
        return None
    remember(purpose, Path(path))
    return Path(path)


def status(widget: QWidget, message: str) -> None:
    """Show a confirmation in the window's status bar (or nowhere when there is none)."""
    window = widget.window()
    bar = getattr(window, "statusBar", None)
    if callable(bar):
        bar().showMessage(message, 8000)


def choose_save_file(parent: QWidget | None, title: str, filters: str, suggested: str = "",
                     purpose: Purpose = Purpose.EXPORT) -> Path | None:
    """Ask where to save a file (``suggested``: a file name or full path to start from); None when cancelled.

    The suggested name usually comes from a title, so it is made a safe file name first; a bare name
    goes into the last folder used for this purpose (see file_places).
    """
    suggestion = safe_suggestion(suggested)
    if not Path(suggestion).is_absolute():
        suggestion = str(start_folder(purpose) / suggestion) if suggestion else str(start_folder(purpose))
    path, _ = QFileDialog.getSaveFileName(parent, title, suggestion, filters)
    if not path:
        return None
    remember(purpose, Path(path))
    return Path(path)


def choose_output_file(parent: QWidget | None, services: Services | None, title: str, filters: str,
                       suggested: str = "", suffixes: tuple[str, ...] = ()) -> Path | None:
    """Ask where to save an output, and apply PADI's output rules (services/runtime/outputs.py) to the answer: the
    one place every save dialog goes through. None when cancelled or refused.

    A name without one of ``suffixes`` gets the first one added. The database, its companion files, a
    backup (as picked, or with the suffix), or an existing file PADI did not write are refused with a
    message. PADI's own earlier
    output is replaced after the overwrite question: the save dialog's own, or ours when the suffix
    was added (the dialog then asked about another name). Without ``services`` (no database open) no
    existing file counts as PADI's.
    """
    chosen = choose_save_file(parent, title, filters, suggested)
    if chosen is None:
        return None
    path = chosen
    if suffixes and path.suffix.lower() not in suffixes:
        path = path.with_name(path.name + suffixes[0])
    try:
        if services is not None:
            services.outputs.refuse_protected(chosen)  # the name picked, before a suffix was added
            services.outputs.check(path, overwrite=True)
        else:
            from desktop_app.services.runtime import check_output, refuse_protected
            refuse_protected(chosen)
            check_output(None, path, overwrite=True)
    except PadiError as err:
        error(parent, title, error_text(err), err.detail)
        return None
    if path != chosen and path.exists() and not confirm(parent, title, translate(
            "Prompts", "'{name}' sudah ada (keluaran PADI sebelumnya). Ganti dengan yang baru?").format(name=path.name)):
        return None
    return path


def safe_suggestion(suggested: str) -> str:
    """A suggested save path whose file name is safe; a folder is kept only when absolute."""
    if not suggested:
        return ""
    path = Path(suggested)
    if path.is_absolute():
        return str(path.parent / safe_filename(path.name))
    return safe_filename(suggested)


def choose_item(parent: QWidget | None, title: str, label: str, items: dict[str, str]) -> str | None:
    """Pick one of ``items`` (key → label shown); the key, or None when cancelled."""
    labels = list(items.values())
    chosen, ok = QInputDialog.getItem(parent, title, label, labels, 0, False)
    if not ok:
        return None
    return next(key for key, text in items.items() if text == chosen)


def print_preview(parent: QWidget | None, paint: Callable[[QPrinter], None]) -> bool:
    """Qt's print preview (and from it the print dialog); ``paint`` draws the pages on the printer.

    True when the user printed. Tests replace this and call ``paint`` on a PDF-file printer.
    """
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    dialog = QPrintPreviewDialog(printer, parent)
    dialog.paintRequested.connect(paint)
    return bool(dialog.exec())
