"""Where a file dialog starts: the folder last used for the same purpose, else a plugged-in flash disk
(for files coming in and backups), else Documents — never the program folder, which is where a dialog
with no start folder opens on Windows.

Every file dialog goes through ``prompts`` (choose_file, choose_save_file, choose_folder), which asks
``start_folder`` and tells ``remember`` what was chosen.
"""

from __future__ import annotations

from enum import StrEnum
from pathlib import Path

from PySide6.QtCore import QSettings, QStandardPaths

from desktop_app.gui import drives


class Purpose(StrEnum):
    """Why a file dialog is open; each remembers its own last folder."""

    IMPORT = "import"  # files read in: spreadsheets, scanned letters, images, the logo
    EXPORT = "export"  # files written out: PDFs, workbooks, the catalogue and internet package
    BACKUP = "backup"  # backups made, and backups to restore


def _key(purpose: Purpose) -> str:
    return f"folders/{purpose.value}"


def start_folder(purpose: Purpose) -> Path:
    """The folder a dialog for ``purpose`` opens in."""
    remembered = str(QSettings().value(_key(purpose), "") or "")
    if remembered and Path(remembered).is_dir():
        return Path(remembered)
    if purpose in (Purpose.IMPORT, Purpose.BACKUP):
        removable = next((d.path for d in drives.mounted_drives() if d.removable and d.path.is_dir()), None)
        if removable is not None:
            return removable
    documents = Path(QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation))
    return documents if documents.is_dir() else Path.home()


def remember(purpose: Purpose, chosen: Path) -> None:
    """Keep the folder of what was chosen (a file's folder, or the folder itself) for the next time."""
    folder = chosen if chosen.is_dir() else chosen.parent
    QSettings().setValue(_key(purpose), str(folder))
