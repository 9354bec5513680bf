"""Help → Tentang PADI: version, folders, versions, and the licences of the bundled libraries."""

from __future__ import annotations

import platform

import pytest
from PySide6.QtCore import QSettings, Qt, qVersion

from desktop_app import __version__
from desktop_app.gui import prompts
from desktop_app.gui.dialogs import about_dialog
from desktop_app.gui.dialogs.about_dialog import AboutDialog
from desktop_app.services.runtime import licences
from tests.gui.test_shortcuts import menu_action


@pytest.fixture
def dialog(qtbot, tmp_path):
    dlg = AboutDialog(tmp_path / "kantor.db")
    qtbot.addWidget(dlg)
    return dlg


def test_help_menu_opens_the_about_dialog(qtbot, office, monkeypatch, tmp_path):
    from desktop_app.gui.main_window import MainWindow
    from tests.services.test_workflow_services import as_user
    as_user(office, "staf")
    window = MainWindow(office, "padi.db")
    qtbot.addWidget(window)
    shown = []
    monkeypatch.setattr(prompts, "run_dialog", lambda dlg: shown.append(dlg) or False)
    menu_action(window, "Tentang PADI").trigger()
    assert isinstance(shown[0], AboutDialog)
    assert shown[0].fields["database"].text() == str(office.ctx.db.path)


def test_program_folders_and_versions(qtbot, dialog, tmp_path):
    fields = {key: label.text() for key, label in dialog.fields.items()}
    assert fields["version"] == __version__
    assert fields["database"] == str(tmp_path / "kantor.db")
    assert fields["data_folder"] == str(about_dialog.default_db_path().parent)
    assert fields["settings"] == QSettings().fileName()
    assert (fields["python"], fields["qt"]) == (platform.python_version(), qVersion())
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.grab().save(str(tmp_path / "about.png"))


def test_open_data_folder_goes_to_the_data_folder_or_the_database_folder(qtbot, dialog, monkeypatch, tmp_path):
    opened = []
    monkeypatch.setattr(about_dialog, "open_folder", lambda path: opened.append(path) or True)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.data_folder = tmp_path / "data"
    qtbot.mouseClick(dialog.open_folder_button, Qt.MouseButton.LeftButton)  # not made yet: the database's folder
    dialog.data_folder.mkdir()
    qtbot.mouseClick(dialog.open_folder_button, Qt.MouseButton.LeftButton)
    assert opened == [tmp_path, tmp_path / "data"]


def test_a_folder_that_cannot_be_opened_says_so(qtbot, dialog, monkeypatch):
    errors = []
    monkeypatch.setattr(about_dialog, "open_folder", lambda path: False)
    monkeypatch.setattr(prompts, "error", lambda parent, title, text, details="": errors.append(title))
    dialog.open_data_folder()
    assert errors == ["Folder tidak dapat dibuka"]


def table_rows(dialog) -> dict[str, tuple[str, str]]:
    table = dialog.table
    return {table.item(r, 0).text(): (table.item(r, 1).text(), table.item(r, 2).text()) for r in range(table.rowCount())}


def test_licence_table_and_texts(qtbot, dialog, tmp_path):
    rows = table_rows(dialog)
    assert rows["SQLAlchemy"][1] == "MIT"
    assert "LGPL-3.0-only" in rows["PySide6_Essentials"][1]
    assert {"Mako", "MarkupSafe", "numpy", "cffi", "pycparser", "pypdfium2", "DejaVu Sans"} <= set(rows)
    assert "pytest" not in rows
    dialog.select_library("sqlalchemy")
    assert "Permission is hereby granted" in dialog.text.toPlainText()
    dialog.select_library("PySide6-Essentials")
    assert "LGPLv3" in dialog.text.toPlainText()
    dialog.select_library("DejaVu Sans")
    assert "Bitstream Vera" in dialog.text.toPlainText()
    dialog.tabs.setCurrentIndex(1)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.grab().save(str(tmp_path / "about-licences.png"))


def test_a_library_without_metadata_reads_unknown(qtbot, monkeypatch, tmp_path):
    real = licences._distribution
    monkeypatch.setattr(licences, "_distribution",
                        lambda name: None if licences.normalise(name) == "platformdirs" else real(name))
    dlg = AboutDialog(tmp_path / "padi.db")
    qtbot.addWidget(dlg)
    assert table_rows(dlg)["platformdirs"] == ("tidak diketahui", "tidak diketahui")
    dlg.select_library("platformdirs")
    assert "tidak ditemukan" in dlg.text.toPlainText()
