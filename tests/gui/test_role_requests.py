"""Maker-checker on accounts in Pengaturan: the administrator asks for a Kepala or Sekretaris role or the
administrator flag, the Kepala Dinas confirms or rejects it; a Staf's report is their own."""

from __future__ import annotations

import os

import pytest
from PySide6.QtCore import Qt

from desktop_app.domain.roles import Role
from desktop_app.gui import prompts
from tests.conftest import PASSWORD
from tests.gui.windows import shown_main_window

SHOTS = os.environ.get("PADI_SHOTS")  # a folder to grab the screens into, when looking at them


def grab(window, name: str) -> None:
    if SHOTS:
        window.grab().save(os.path.join(SHOTS, name))


@pytest.fixture
def after_setup(office):
    """The office once its Kepala Dinas has logged in: first-run setup is over."""
    office.accounts.login("kepala", PASSWORD)
    office.accounts.logout()
    return office


def select_user(window, username):
    users = window.settings.users
    for row in range(users.count()):
        if f"— {username}" in users.item(row).text():
            users.setCurrentRow(row)
            return
    raise AssertionError(username)


def role_of(office, username):
    user = next(u for u in office.accounts.users() if u.username == username)
    return user.role, user.is_admin


def test_the_kepala_confirms_a_role_the_administrator_asked_for(qtbot, after_setup, monkeypatch):
    office = after_setup
    office.accounts.login("admin", PASSWORD)
    window = shown_main_window(qtbot, office)
    window.tabs.setCurrentWidget(window.settings)
    settings = window.settings
    assert settings.requests_box.isHidden()
    select_user(window, "staf")

    def ask_sekretaris(dialog):
        dialog.role.setCurrentIndex(dialog.role.findData(Role.SEKRETARIS.value))
        return True

    monkeypatch.setattr(prompts, "run_dialog", ask_sekretaris)
    qtbot.mouseClick(settings.change_role, Qt.MouseButton.LeftButton)
    assert role_of(office, "staf") == (Role.STAF, False)  # not yet: it waits for the Kepala
    assert window.statusBar().currentMessage() == "Perubahan peran menunggu konfirmasi Kepala Dinas."
    assert not settings.requests_box.isHidden() and settings.role_requests.count() == 1
    assert "Staf → Sekretaris" in settings.role_requests.item(0).text()
    assert any("menunggu konfirmasi peran" in settings.users.item(i).text() for i in range(settings.users.count()))
    assert not settings.confirm_role.isEnabled() and "Hanya Kepala Dinas" in settings.confirm_role.toolTip()
    grab(window, "out-guard-role-pending-admin.png")
    office.accounts.logout()

    office.accounts.login("kepala", PASSWORD)
    window.refresh()
    assert settings.confirm_role.isEnabled() and settings.reject_role.isEnabled()
    grab(window, "out-guard-role-pending-kepala.png")
    qtbot.mouseClick(settings.confirm_role, Qt.MouseButton.LeftButton)
    assert role_of(office, "staf") == (Role.SEKRETARIS, False)
    assert settings.requests_box.isHidden()
    entry = office.activity.entries(limit=1)[0]
    assert (entry.action, entry.object_label) == ("role_change_confirmed", "staf")


def test_the_kepala_rejects_and_a_new_account_waits_as_staf(qtbot, after_setup, monkeypatch):
    office = after_setup
    office.accounts.login("admin", PASSWORD)
    window = shown_main_window(qtbot, office)
    window.tabs.setCurrentWidget(window.settings)

    def new_head(dialog):
        dialog.username.setText("kepala2")
        dialog.full_name.setText("Kepala Tiruan")
        dialog.role.setCurrentIndex(dialog.role.findData(Role.KEPALA.value))
        dialog.admin.setChecked(True)
        dialog.password.setText("sandi-kepala-2")
        return True

    monkeypatch.setattr(prompts, "run_dialog", new_head)
    qtbot.mouseClick(window.settings.add_user, Qt.MouseButton.LeftButton)
    assert role_of(office, "kepala2") == (Role.STAF, False)
    assert "menunggu konfirmasi Kepala Dinas" in window.statusBar().currentMessage()
    office.accounts.logout()
    office.accounts.login("kepala", PASSWORD)
    window.refresh()
    qtbot.mouseClick(window.settings.reject_role, Qt.MouseButton.LeftButton)
    assert role_of(office, "kepala2") == (Role.STAF, False)
    assert office.activity.entries(limit=1)[0].action == "role_change_rejected"


def test_a_staf_report_dialog_offers_only_themselves(qtbot, office, monkeypatch):
    office.accounts.login("staf", PASSWORD)
    window = shown_main_window(qtbot, office)
    seen = []

    def look(dialog):
        seen.append([dialog.employee.itemText(i) for i in range(dialog.employee.count())])
        return False

    monkeypatch.setattr(prompts, "run_dialog", look)
    qtbot.mouseClick(window.dashboard.report_button, Qt.MouseButton.LeftButton)
    assert seen == [["Siti Rahma (Staf)"]]
