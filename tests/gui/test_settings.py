"""Pengaturan: the administrator edits the office (logo on the letterhead), adds a user, appoints a Plt."""

from __future__ import annotations

import os
import shutil
import subprocess

import pytest
from PySide6.QtCore import QBuffer, QIODevice, QPoint, Qt
from PySide6.QtGui import QColor, QImage

from desktop_app.domain.errors import BadInput
from desktop_app.domain.roles import DEFAULT_MATRIX, Action, Role
from desktop_app.gui import prompts
from desktop_app.gui.main_window import MainWindow
from desktop_app.services.accounts.account_service import OfficeProfile
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
    from desktop_app.documents import publication as pdf_export
    from desktop_app.services.accounts import logo_file as _logo_file
    from desktop_app.services.publications import printing
    path = _logo_file(office.accounts.office().logo)
    doc = pdf_export.PublicationDocument(
        title="Uji", kind_label="Brosur", author="A", sections=(pdf_export.Section("Bagian", "Teks"),),
        letterhead=pdf_export.Letterhead(office_name="Dinas", government="PEMKOT", address="", phone="", fax="",
                                         email="", website="", logo_path=path))
    out = tmp_path / "uji.pdf"
    printing.render_publication(doc, out)
    images = subprocess.run(["pdfimages", "-list", str(out)], capture_output=True, text=True).stdout
    assert len(images.strip().splitlines()) == 3  # two header lines and one image


def _click_cell(qtbot, editor, role, action) -> None:
    """Tick or untick a cell the way a person does: a click on its check box."""
    table = editor.table
    rect = table.visualItemRect(editor.cell(role, action))
    box = rect.topLeft() + QPoint(11, rect.height() // 2)  # the check indicator sits at the cell's left
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=box)


def test_admin_edits_the_permission_matrix_and_fixed_rules_stay_locked(qtbot, window, office, monkeypatch):
    settings = window.settings
    editor = settings.permissions
    settings.resize(1200, 1400)
    editor.table.scrollToItem(editor.cell(Role.SEKRETARIS, Action.PUBLISH_PUBLICATION))
    assert editor.save_button.isEnabled()
    fixed = editor.cell(Role.STAF, Action.APPROVE_PUBLICATION)
    assert not fixed.flags() & Qt.ItemFlag.ItemIsUserCheckable and fixed.text() == "tetap"
    assert "Hanya Kepala Dinas" in fixed.toolTip()
    _click_cell(qtbot, editor, Role.STAF, Action.APPROVE_PUBLICATION)  # a locked cell does not move
    assert editor.cell(Role.STAF, Action.APPROVE_PUBLICATION).checkState() == Qt.CheckState.Unchecked
    assert editor.cell(Role.KEPALA, Action.SUBMIT_PUBLICATION).text() == "tetap"
    assert "yang ia susun atau ajukan sendiri" in editor.note.text()

    _click_cell(qtbot, editor, Role.SEKRETARIS, Action.PUBLISH_PUBLICATION)
    assert editor.cell(Role.SEKRETARIS, Action.PUBLISH_PUBLICATION).checkState() == Qt.CheckState.Checked
    qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
    assert Action.PUBLISH_PUBLICATION in office.accounts.permission_matrix().grants(Role.SEKRETARIS)
    entry = office.activity.entries(limit=1)[0]
    assert entry.action == "permissions_changed"
    assert "publish_publication" in entry.detail["new"]["sekretaris"]
    assert "publish_publication" not in entry.detail["old"]["sekretaris"]
    if os.environ.get("PADI_SHOTS"):
        editor.grab().save("/tmp/walk-output/settings-permissions.png")

    qtbot.mouseClick(editor.default_button, Qt.MouseButton.LeftButton)  # back to PADI's defaults, then saved
    qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
    assert office.accounts.permission_matrix().grants(Role.SEKRETARIS) == DEFAULT_MATRIX[Role.SEKRETARIS]


def test_staff_see_the_matrix_but_cannot_change_it(qtbot, office):
    office.accounts.login("staf", PASSWORD)
    win = MainWindow(office, "padi.db")
    qtbot.addWidget(win)
    win.refresh()
    editor = win.settings.permissions
    assert not editor.save_button.isEnabled()
    assert editor.save_button.toolTip() == "Hanya administrator yang mengelola pengguna."
    cell = editor.cell(Role.STAF, Action.EDIT_DATASET)
    assert cell.checkState() == Qt.CheckState.Checked and not cell.flags() & Qt.ItemFlag.ItemIsUserCheckable


def test_a_disabled_button_names_who_may_after_the_matrix_changed(qtbot, office):
    from desktop_app.domain.roles import PermissionMatrix
    from desktop_app.gui.messages import refusal_reason

    office.accounts.login("admin", PASSWORD)
    grants = {role: set(DEFAULT_MATRIX[role]) for role in Role}
    grants[Role.SEKRETARIS].add(Action.PUBLISH_PUBLICATION)
    office.accounts.set_permissions(grants)
    matrix = office.accounts.permission_matrix()
    assert refusal_reason(Action.PUBLISH_PUBLICATION, matrix) == (
        "Hanya Sekretaris, Kasubag Program atau Staf yang diizinkan: Terbitkan, cetak dan distribusikan publikasi.")
    assert refusal_reason(Action.APPROVE_PUBLICATION, matrix) == refusal_reason(Action.APPROVE_PUBLICATION)
    assert refusal_reason(Action.PUBLISH_PUBLICATION, PermissionMatrix()) == refusal_reason(Action.PUBLISH_PUBLICATION)
    office.accounts.logout()
    office.accounts.login("kepala", PASSWORD)
    win = MainWindow(office, "padi.db")
    qtbot.addWidget(win)
    win.refresh()
    publish = win.stages[6]
    button = next(a.button for a in publish.actions_ if a.action == Action.PUBLISH_PUBLICATION)
    assert button.toolTip().startswith("Hanya Sekretaris, Kasubag Program atau Staf")


def test_admin_sets_the_letter_number_format_and_sees_the_register(qtbot, window, office, monkeypatch, tmp_path):
    from desktop_app.services.datasets.dataset_service import DatasetMeta
    from tests.services.test_workflow_services import COLUMNS

    box = window.settings.letters
    assert box.format_edit.text() == "000.5/{nomor}/{kantor}/{tahun}"
    assert "Surat berikutnya: 000.5/0001/DPMPTSP/2026." in box.hint.text()
    errors = []
    monkeypatch.setattr(prompts, "error", lambda *args, **kwargs: errors.append(args[2]))
    box.format_edit.setText("000.5/{nomor}/DPMPTSP")  # no year
    qtbot.mouseClick(box.save_button, Qt.MouseButton.LeftButton)
    assert errors and "{tahun}" in errors[0]
    assert office.letters.number_format() == "000.5/{nomor}/{kantor}/{tahun}"
    box.format_edit.setText("000.5/{nomor}/DPMPTSP/{tahun}")
    qtbot.mouseClick(box.save_button, Qt.MouseButton.LeftButton)
    assert office.letters.number_format() == "000.5/{nomor}/DPMPTSP/{tahun}"

    office.accounts.logout()
    office.accounts.login("staf", PASSWORD)
    dataset = office.datasets.create(DatasetMeta("Izin Terbit", source="OSS"), COLUMNS, [("NIB", 3)])
    office.datasets.confirmation_letter(dataset, "Operator OSS", "Tebing Tinggi", tmp_path / "surat.pdf",
                                        signer="sekretaris")
    window.refresh()
    assert not box.save_button.isEnabled() and box.format_edit.isReadOnly()
    row = [box.table.item(0, col).text() for col in range(box.table.columnCount())]
    assert row == ["000.5/0001/DPMPTSP/2026", "24 November 2026", "Izin Terbit", "Operator OSS",
                   "Nurlela Harahap (a.n. Kepala DPMPTSP Kota Tebing Tinggi — Sekretaris)"]
    if os.environ.get("PADI_SHOTS"):
        box.grab().save("/tmp/walk-output/settings-letters.png")


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
