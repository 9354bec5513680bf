"""Pengaturan: the administrator edits the office (logo on the letterhead), adds a user, appoints a Plt."""

from __future__ import annotations

import shutil
import subprocess

import pytest
from PySide6.QtCore import QBuffer, QIODevice, Qt
from PySide6.QtGui import QColor, QImage

from desktop_app.domain.errors import BadInput
from desktop_app.gui import prompts
from desktop_app.gui.main_window import MainWindow
from desktop_app.services.accounts import OfficeProfile
from tests.conftest import PASSWORD


def png_bytes() -> bytes:
    image = QImage(64, 64, QImage.Format.Format_RGB32)
    image.fill(QColor("#1f5f8b"))
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    return bytes(buffer.data())


@pytest.fixture
def window(qtbot, office):
    office.accounts.login("admin", PASSWORD)
    win = MainWindow(office, "padi.db")
    qtbot.addWidget(win)
    win.refresh()
    win.tabs.setCurrentWidget(win.settings)
    return win


def test_admin_edits_office_with_logo(qtbot, window, monkeypatch):
    def fill(dialog):
        dialog.edits["phone"].setText("(0621) 999 000")
        assert dialog.set_logo(png_bytes())
        assert not dialog.set_logo(b"bukan gambar")
        return True

    monkeypatch.setattr(prompts, "run_dialog", fill)
    qtbot.mouseClick(window.settings.edit_office, Qt.MouseButton.LeftButton)
    office = window.services.accounts.office()
    assert office.phone == "(0621) 999 000" and office.logo.startswith(b"\x89PNG")
    assert "(0621) 999 000" in window.settings.office_label.text()


def test_logo_is_checked_in_the_service(office):
    office.accounts.login("admin", PASSWORD)
    with pytest.raises(BadInput, match="bad_logo"):
        office.accounts.update_office(OfficeProfile(name="Dinas", logo=b"<svg/>"))


def test_admin_adds_user_and_appoints_acting_head(qtbot, window, monkeypatch, office):
    def fill_user(dialog):
        dialog.username.setText("putri")
        dialog.full_name.setText("Putri Damanik")
        dialog.password.setText("sandi-baru-1")
        return True

    monkeypatch.setattr(prompts, "run_dialog", fill_user)
    qtbot.mouseClick(window.settings.add_user, Qt.MouseButton.LeftButton)
    assert any("Putri Damanik" in window.settings.users.item(i).text() for i in range(window.settings.users.count()))

    def fill_delegation(dialog):
        dialog.user.setCurrentIndex(dialog.user.findText("Nurlela Harahap (Sekretaris)"))
        return True

    monkeypatch.setattr(prompts, "run_dialog", fill_delegation)
    qtbot.mouseClick(window.settings.delegate, Qt.MouseButton.LeftButton)
    assert "Nurlela Harahap" in window.settings.delegations.text()
    office.accounts.logout()
    assert office.accounts.login("sekretaris", PASSWORD).title == "Plt. Kepala Dinas"


def test_staff_cannot_administer(qtbot, office):
    office.accounts.login("staf", PASSWORD)
    win = MainWindow(office, "padi.db")
    qtbot.addWidget(win)
    win.refresh()
    assert not win.settings.add_user.isEnabled()
    assert win.settings.add_user.toolTip() == "Hanya administrator yang mengelola pengguna."


@pytest.mark.skipif(shutil.which("pdfimages") is None, reason="needs poppler-utils")
def test_logo_is_drawn_on_the_letterhead(office, tmp_path):
    office.accounts.login("admin", PASSWORD)
    profile = office.accounts.office()
    from dataclasses import replace
    office.accounts.update_office(replace(profile, logo=png_bytes()))
    from desktop_app.services import pdf_export
    from desktop_app.services.publications import _logo_file
    path = _logo_file(office.accounts.office().logo)
    doc = pdf_export.PublicationDocument(
        title="Uji", kind_label="Brosur", author="A", sections=(pdf_export.Section("Bagian", "Teks"),),
        letterhead=pdf_export.Letterhead(office_name="Dinas", government="PEMKOT", address="", phone="", fax="",
                                         email="", website="", logo_path=path))
    out = tmp_path / "uji.pdf"
    pdf_export.render_publication(doc, out)
    images = subprocess.run(["pdfimages", "-list", str(out)], capture_output=True, text=True).stdout
    assert len(images.strip().splitlines()) == 3  # two header lines and one image


def test_database_choice_is_saved_for_this_pc_without_the_password(qtbot, window):
    from PySide6.QtCore import QSettings

    from desktop_app.gui.database_settings import DATABASE_SETTING
    box = window.settings.database
    assert box.local_radio.isChecked() and not box.server_form.isVisibleTo(box)
    assert "padi.db" in box.in_use.text()
    box.server_radio.setChecked(True)
    assert box.server_form.isVisibleTo(box) and box.test_button.isEnabled()
    box.host_edit.setText("")
    qtbot.mouseClick(box.save_button, Qt.MouseButton.LeftButton)
    assert "tidak lengkap" in box.result_label.text()  # nothing saved from an incomplete form
    assert not QSettings().value(DATABASE_SETTING)
    box.host_edit.setText("192.168.1.10")
    box.port_spin.setValue(5433)
    box.database_edit.setText("padi_kantor")
    box.user_edit.setText("padi_app")
    box.password_edit.setText("rahasia-server")
    box.ssl_combo.setCurrentIndex(box.ssl_combo.findData("require"))
    qtbot.mouseClick(box.save_button, Qt.MouseButton.LeftButton)
    saved = QSettings().value(DATABASE_SETTING)
    assert saved == "postgresql://padi_app@192.168.1.10:5433/padi_kantor?sslmode=require"
    QSettings().sync()
    assert "rahasia-server" not in open(QSettings().fileName(), encoding="utf-8").read()
    box.load()  # the form shows the saved choice again
    assert (box.server_radio.isChecked(), box.host_edit.text(), box.port_spin.value()) == (True, "192.168.1.10", 5433)
    QSettings().remove(DATABASE_SETTING)
