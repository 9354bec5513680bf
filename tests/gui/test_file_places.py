"""File dialogs start in the folder last used for the same purpose, else a flash disk (files coming in,
backups) or Documents, never the program folder; every file dialog of prompts goes through it."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, QStandardPaths
from PySide6.QtWidgets import QFileDialog

from desktop_app.gui import drives, file_places, prompts
from desktop_app.gui.file_places import Purpose, start_folder


@pytest.fixture
def places(tmp_path, monkeypatch):
    """No folder remembered, no flash disk, Documents in the test's folder."""
    settings = QSettings()
    for purpose in Purpose:
        settings.remove(f"folders/{purpose.value}")
    documents = tmp_path / "Documents"
    documents.mkdir()
    monkeypatch.setattr(QStandardPaths, "writableLocation", lambda _location: str(documents))
    monkeypatch.setattr(drives, "mounted_drives", lambda: [])
    yield documents
    for purpose in Purpose:
        settings.remove(f"folders/{purpose.value}")


def test_first_use_starts_in_documents_or_the_flash_disk(places, tmp_path, monkeypatch):
    assert {start_folder(p) for p in Purpose} == {places}
    stick = tmp_path / "FLASHDISK"
    stick.mkdir()
    monkeypatch.setattr(drives, "mounted_drives",
                        lambda: [drives.Drive(stick, "FLASHDISK", 1, 2, True), drives.Drive(tmp_path, "C", 1, 2, False)])
    assert start_folder(Purpose.IMPORT) == stick and start_folder(Purpose.BACKUP) == stick
    assert start_folder(Purpose.EXPORT) == places  # what PADI writes goes to Documents unless chosen


def test_each_purpose_remembers_its_own_folder(places, tmp_path):
    incoming, outgoing = tmp_path / "kiriman", tmp_path / "keluaran"
    incoming.mkdir()
    outgoing.mkdir()
    file_places.remember(Purpose.IMPORT, incoming / "rekap.xlsx")
    file_places.remember(Purpose.EXPORT, outgoing)
    assert (start_folder(Purpose.IMPORT), start_folder(Purpose.EXPORT), start_folder(Purpose.BACKUP)) == (
        incoming, outgoing, places)
    outgoing.rmdir()  # gone (a stick pulled out): back to Documents
    assert start_folder(Purpose.EXPORT) == places


@pytest.mark.real_prompts
def test_every_dialog_of_prompts_starts_there_and_remembers(places, tmp_path, monkeypatch):
    asked: list[str] = []
    inbox = tmp_path / "kiriman"
    inbox.mkdir()
    chosen = inbox / "rekap.xlsx"
    monkeypatch.setattr(QFileDialog, "getOpenFileName",
                        lambda _parent, _title, start, _filters: asked.append(start) or (str(chosen), ""))
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        lambda _parent, _title, start, _filters: asked.append(start) or (str(places / "x.pdf"), ""))
    monkeypatch.setattr(QFileDialog, "getExistingDirectory",
                        lambda _parent, _title, start: asked.append(start) or str(inbox))
    assert prompts.choose_file(None, "Impor", "*.xlsx") == chosen
    assert prompts.choose_file(None, "Impor lagi", "*.xlsx") == chosen
    assert prompts.choose_save_file(None, "Simpan", "*.pdf", "Laporan: Izin/2025.pdf") == places / "x.pdf"
    assert prompts.choose_folder(None, "Cadangan", purpose=Purpose.BACKUP) == inbox
    assert prompts.choose_folder(None, "Cadangan lagi", "", Purpose.BACKUP) == inbox
    suggested = places / prompts.safe_suggestion("Laporan: Izin/2025.pdf")
    assert asked == [str(places), str(inbox), str(suggested), str(places), str(inbox)]
    assert all(Path(start).is_absolute() for start in asked)  # never the program's working folder
