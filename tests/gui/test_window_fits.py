"""The main window fits the screen it opens on, comes back where it was left, and never cuts a tab name."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QRect, QSettings, Qt
from PySide6.QtWidgets import QTabBar

from desktop_app.gui import layout_check, window_geometry
from desktop_app.gui.main_window import MainWindow
from desktop_app.gui.window_geometry import DEFAULT_SIZE, FRAME_ALLOWANCE, place
from tests.conftest import PASSWORD

LAPTOP = QRect(0, 0, 1366, 728)  # 1366 × 768 less the Windows taskbar
DESKTOP = QRect(0, 0, 1920, 1040)


def test_a_first_start_on_a_laptop_opens_maximised_and_fits():
    geometry, maximised = place(None, False, [LAPTOP])
    assert maximised
    assert LAPTOP.contains(geometry.marginsAdded(FRAME_ALLOWANCE))  # un-maximised, it fits too


def test_a_first_start_on_a_big_screen_opens_centred_at_its_own_size():
    geometry, maximised = place(None, False, [DESKTOP])
    assert not maximised and geometry.size() == DEFAULT_SIZE
    assert abs(geometry.center().x() - DESKTOP.center().x()) <= 1


def test_the_saved_place_is_kept_and_a_place_off_every_screen_comes_back():
    saved = QRect(300, 120, 1000, 640)
    assert place(saved, False, [DESKTOP]) == (saved, False)
    second = QRect(1920, 0, 1280, 984)
    on_second = QRect(2000, 100, 900, 600)
    assert place(on_second, False, [DESKTOP, second]) == (on_second, False)
    unplugged, maximised = place(on_second, False, [DESKTOP])  # that monitor is gone
    assert DESKTOP.contains(unplugged.marginsAdded(FRAME_ALLOWANCE)) and unplugged.size() == on_second.size()
    assert not maximised


def test_a_size_saved_on_a_big_screen_is_maximised_on_a_small_one():
    geometry, maximised = place(QRect(0, 0, 1900, 1000), False, [LAPTOP])
    assert maximised and LAPTOP.contains(geometry.marginsAdded(FRAME_ALLOWANCE))
    assert place(QRect(10, 40, 800, 500), True, [LAPTOP])[1]  # left maximised: opens maximised


@pytest.fixture
def clean_settings():
    settings = QSettings()
    for key in (window_geometry.GEOMETRY_SETTING, window_geometry.MAXIMISED_SETTING):
        settings.remove(key)
    yield settings
    for key in (window_geometry.GEOMETRY_SETTING, window_geometry.MAXIMISED_SETTING):
        settings.remove(key)


def opened_window(qtbot, office) -> MainWindow:
    window = MainWindow(office, "padi.db")
    qtbot.addWidget(window)
    window.refresh()
    window_geometry.restore(window)  # as app.py does before showing it
    window.show()
    qtbot.waitExposed(window)
    return window


def test_the_window_opens_maximised_on_the_smaller_offscreen_screen(qtbot, office, clean_settings):
    """The test screen (800 × 800) is smaller than the window's own size; the full width check at 1366 × 728
    and 1093 × 614 is the layout probe's (tests/gui/layout_probe.py), where PADI's minimum width fits."""
    office.accounts.login("staf", PASSWORD)
    window = opened_window(qtbot, office)
    screen = window.screen().availableGeometry()
    assert screen.width() < DEFAULT_SIZE.width()
    qtbot.waitUntil(window.isMaximized)
    frame = window.frameGeometry()
    assert frame.top() >= screen.top() and frame.bottom() <= screen.bottom()  # the status bar is on screen
    status = window.statusBar()
    assert status.isVisible() and window.rect().contains(status.geometry())
    assert not [f for f in layout_check.clipped_text(window) if f.kind == "tab"]  # no tab name cut short


def test_size_place_and_maximised_state_are_remembered(qtbot, office, clean_settings, monkeypatch):
    office.accounts.login("staf", PASSWORD)
    first = opened_window(qtbot, office)
    first.showNormal()
    first.setGeometry(QRect(30, 40, 1000, 700))
    qtbot.waitUntil(lambda: not first.isMaximized() and first.geometry() == QRect(30, 40, 1000, 700))
    window_geometry.save(first)
    asked: list[tuple[QRect | None, bool, list[QRect]]] = []
    real_place = window_geometry.place
    monkeypatch.setattr(window_geometry, "place",
                        lambda saved, maximised, screens, *a: asked.append((saved, maximised, screens))
                        or real_place(saved, maximised, screens, *a))
    opened_window(qtbot, office)
    assert asked[0][:2] == (QRect(30, 40, 1000, 700), False)
    assert asked[0][2][0] == first.screen().availableGeometry()
    first.showMaximized()
    qtbot.waitUntil(first.isMaximized)
    window_geometry.save(first)
    assert opened_window(qtbot, office).isMaximized()
    assert asked[1][:2] == (QRect(30, 40, 1000, 700), True)  # the size to come back to when un-maximised


def test_tab_names_are_never_cut_and_the_overflow_lists_them(qtbot, office):
    office.accounts.login("staf", PASSWORD)
    window = MainWindow(office, "padi.db")
    qtbot.addWidget(window)
    window.refresh()
    window.show()
    bar: QTabBar = window.tabs.tabBar()
    assert bar.elideMode() == Qt.TextElideMode.ElideNone  # whatever the style ("Persetu…" on Windows)
    window.resize(940, 614)  # narrower than the tab bar (this office has no counts in its tab names yet)
    qtbot.waitUntil(window.all_tabs_button.isVisible)
    names = [a.text() for a in window.all_tabs_button.menu().actions()]
    assert names == [window.tabs.tabText(i) for i in range(window.tabs.count())]
    assert "6 Persetujuan" in names and "Pengaturan" in names
    window.resize(1800, 760)
    qtbot.waitUntil(lambda: not window.all_tabs_button.isVisible())
