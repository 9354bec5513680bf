"""Tema tampilan: light, dark and system palettes, the setting in Pengaturan, and charts that follow it
on screen while exported chart images stay on white."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication, QWidget

from desktop_app.domain.charts import ChartKind, ChartSpec, Series
from desktop_app.gui import theme
from desktop_app.gui.chart_images import render_image
from desktop_app.gui.main_window import MainWindow
from desktop_app.gui.widgets.chart_view import ChartView
from tests.conftest import PASSWORD

Role = QPalette.ColorRole
Group = QPalette.ColorGroup


@pytest.fixture(autouse=True)
def light_again(qapp):
    """Every test leaves the application light, as the other GUI tests expect it."""
    yield
    theme.apply_theme(qapp, theme.LIGHT)
    QSettings().remove(theme.SETTING)


def window_color() -> QColor:
    return QGuiApplication.palette().color(Role.Window)


def test_dark_palette_is_complete_and_readable():
    palette = theme.dark_palette()
    for role, background in ((Role.WindowText, Role.Window), (Role.Text, Role.Base), (Role.ButtonText, Role.Button),
                             (Role.ToolTipText, Role.ToolTipBase), (Role.HighlightedText, Role.Highlight),
                             (Role.Link, Role.Base)):
        assert theme.contrast(palette.color(Group.Active, role), palette.color(Group.Active, background)) >= 4.5, role
    assert theme.contrast(palette.color(Role.PlaceholderText), palette.color(Role.Base)) >= 3
    # Disabled text is visibly dimmer than enabled text, yet not invisible.
    enabled, disabled = palette.color(Group.Active, Role.Text), palette.color(Group.Disabled, Role.Text)
    assert disabled.lightness() < enabled.lightness()
    assert theme.contrast(disabled, palette.color(Group.Disabled, Role.Base)) >= 2.5


def test_apply_light_and_dark(qapp):
    assert theme.apply_theme(qapp, theme.DARK) == theme.DARK
    assert window_color().lightness() < 80
    assert qapp.style().name().lower() == "fusion"
    assert theme.is_dark()
    assert theme.apply_theme(qapp, theme.LIGHT) == theme.LIGHT
    assert window_color().lightness() > 200
    assert not theme.is_dark()


def test_system_follows_the_colour_scheme(qapp, monkeypatch):
    monkeypatch.setattr(theme, "system_is_dark", lambda: True)
    assert theme.apply_theme(qapp, theme.SYSTEM) == theme.DARK
    assert theme.is_dark()
    monkeypatch.setattr(theme, "system_is_dark", lambda: False)
    assert theme.apply_theme(qapp, "nonsense") == theme.LIGHT
    assert not theme.is_dark()


def test_readable_lightens_red_only_on_dark():
    red = QColor("#b23a48")
    assert theme.readable(red, QColor("white")) == red
    dark_base = theme.dark_palette().color(Role.Base)
    lighter = theme.readable(red, dark_base)
    assert theme.contrast(lighter, dark_base) >= 4.5
    assert lighter.hslHue() == pytest.approx(red.hslHue(), abs=2)  # still red
    html = "<span style='color:#b23a48'>2 terlambat</span>"
    assert theme.readable_html(html, QColor("white")) == html
    assert theme.readable_html(html, dark_base) == f"<span style='color:{lighter.name()}'>2 terlambat</span>"


def test_settings_tab_switches_the_theme_live_and_remembers_it(qtbot, office, qapp):
    office.accounts.login("staf", PASSWORD)
    window = MainWindow(office, "padi.db")
    qtbot.addWidget(window)
    window.refresh()
    combo = window.settings.theme
    assert [combo.itemData(i) for i in range(combo.count())] == [theme.SYSTEM, theme.LIGHT, theme.DARK]
    with qtbot.waitSignal(window.settings.sig_changed):
        combo.setCurrentIndex(combo.findData(theme.DARK))
    assert QSettings().value(theme.SETTING) == theme.DARK
    assert window_color().lightness() < 80
    qtbot.waitUntil(lambda: window.palette().color(Role.Window).lightness() < 80)
    combo.setCurrentIndex(combo.findData(theme.LIGHT))
    assert QSettings().value(theme.SETTING) == theme.LIGHT
    qtbot.waitUntil(lambda: window.palette().color(Role.Window).lightness() > 200)


def _spec() -> ChartSpec:
    return ChartSpec(kind=ChartKind.BAR, title="Izin terbit", categories=("Jan", "Feb", "Mar"),
                     series=(Series("2026", (3.0, 5.0, 4.0)),), source="DPMPTSP")


def _corner(image) -> QColor:
    return image.pixelColor(3, 3)


def test_chart_follows_the_theme_on_screen_but_exports_on_white(qtbot, qapp):
    view = ChartView()
    qtbot.addWidget(view)
    view.resize(480, 320)
    view.show_chart(_spec())
    view.show()
    assert _corner(view.grab().toImage()).lightness() > 240
    theme.apply_theme(qapp, theme.DARK)
    qtbot.waitUntil(lambda: view.colors.background != "#ffffff")
    grabbed = view.grab().toImage()
    assert _corner(grabbed).lightness() < 60
    plot_grab = view.plot.grab().toImage()
    assert plot_grab.pixelColor(plot_grab.width() // 2, 5).lightness() < 60  # the pyqtgraph canvas too
    exported = render_image(_spec(), (600, 400))
    assert exported.pixelColor(3, 3) == QColor("white")
    assert QApplication.instance() is qapp


def test_chart_in_a_light_window_stays_light_on_the_dark_theme(qtbot, qapp):
    """The info board (a wall screen) keeps its light design, charts included."""
    board = QWidget()
    board.setPalette(theme.light_palette())
    qtbot.addWidget(board)
    theme.apply_theme(qapp, theme.DARK)
    view = ChartView(board)
    view.show_chart(_spec())
    board.show()
    assert view.colors.background == "#ffffff"
    plain = ChartView()
    qtbot.addWidget(plain)
    assert plain.colors.background != "#ffffff"

