"""Pengaturan → Basis Data on a real server: "Uji Koneksi", and moving the office there as a guided job."""

from __future__ import annotations

import os

import pytest
from PySide6.QtCore import QSettings, Qt

from desktop_app.gui import prompts
from desktop_app.gui.database_settings import DATABASE_SETTING
from desktop_app.services.office.bundle import Services
from desktop_app.storage.transfer import prove
from tests.conftest import PASSWORD
from tests.gui.windows import shown_main_window

SHOT = os.environ.get("PADI_SCREENSHOT_DIR")  # where to save a picture of the page, when set


@pytest.fixture
def db_engine() -> str:
    return "sqlite"  # the window's own office is a local file here; the server is where it moves


@pytest.fixture
def settings_page(qtbot, office, server):
    office.accounts.login("admin", PASSWORD)
    window = shown_main_window(qtbot, office)
    window.tabs.setCurrentWidget(window.settings)
    box = window.settings.database
    box.server_radio.setChecked(True)
    box.host_edit.setText(server.host)
    box.port_spin.setValue(server.port)
    box.user_edit.setText(server.user)
    box.password_edit.setText(server.password)
    yield window, box
    QSettings().remove(DATABASE_SETTING)


def test_test_connection_tells_what_the_server_holds(qtbot, settings_page, server, monkeypatch):
    window, box = settings_page
    monkeypatch.delenv("PADI_DB_PASSWORD", raising=False)  # the typed password is the one used
    empty = server.create()
    box.database_edit.setText(empty)
    qtbot.mouseClick(box.test_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "Koneksi berhasil" in box.result_label.text(), timeout=15_000)
    assert "kosong" in box.result_label.text()
    if SHOT:
        window.grab().save(os.path.join(SHOT, "postgres-settings-database.png"))
    box.password_edit.setText("salah")
    qtbot.mouseClick(box.test_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "menolak masuk" in box.result_label.text(), timeout=15_000)
    server.drop(empty)


def test_the_office_moves_to_the_server_as_a_verified_job(qtbot, settings_page, server, office, monkeypatch):
    window, box = settings_page
    target = server.create()
    box.database_edit.setText(target)
    monkeypatch.setattr(prompts, "confirm", lambda *a, **k: True)
    assert box.migrate_button.isEnabled()
    qtbot.mouseClick(box.migrate_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "dipindahkan" in box.result_label.text() or "#b00020" in box.result_label.text(),
                    timeout=60_000)
    assert "dipindahkan dan diperiksa" in box.result_label.text(), box.result_label.text()
    assert QSettings().value(DATABASE_SETTING) == server.url(target)
    moved = Services.open(server.url(target), create=False)
    try:
        with moved.ctx.db.reading() as there, office.ctx.db.reading() as here:
            copied, source = prove(there.connection()), prove(here.connection())
        assert {k: v for k, v in copied.tables.items() if k != "activity_log"} == {
            k: v for k, v in source.tables.items() if k != "activity_log"}
        entries = moved.activity.entries(limit=5)
        assert entries[0].action == "office_migrated" and moved.activity.verify_chain().ok
    finally:
        moved.close()
        server.drop(target)
