"""Light and dark appearance: the "Tema tampilan" of this PC (QSettings "ui/theme": system, light or dark).

:func:`apply_theme` sets the application's palette (and the Fusion style whenever dark is in effect,
because the native Windows style ignores dark palettes); with "system" it follows the system's colour
scheme as it changes. The helpers below keep the few fixed colours of the GUI (red for late, amber
for nearly late, ...) readable on both: :func:`readable` lightens a colour on a dark background,
:func:`readable_html` does the same inside rich text, :func:`is_dark` tells which is in effect.
"""

from __future__ import annotations

import re

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication, QStyleFactory

SYSTEM, LIGHT, DARK = "system", "light", "dark"
CHOICES = (SYSTEM, LIGHT, DARK)
SETTING = "ui/theme"

_state: dict[str, object] = {"choice": SYSTEM, "platform_style": None, "connected": False, "busy": False}

# The dark palette: (role, normal colour, disabled colour or None for the same).
_DARK = (
    (QPalette.ColorRole.Window, "#2d2d30", "#2d2d30"),
    (QPalette.ColorRole.WindowText, "#e8e8e8", "#7f7f7f"),
    (QPalette.ColorRole.Base, "#1e1e1e", "#262626"),
    (QPalette.ColorRole.AlternateBase, "#2a2a2d", "#2a2a2d"),
    (QPalette.ColorRole.ToolTipBase, "#3c3c40", "#3c3c40"),
    (QPalette.ColorRole.ToolTipText, "#f0f0f0", "#9a9a9a"),
    (QPalette.ColorRole.PlaceholderText, "#9a9a9a", "#606060"),
    (QPalette.ColorRole.Text, "#e8e8e8", "#7f7f7f"),
    (QPalette.ColorRole.Button, "#3a3a3e", "#333336"),
    (QPalette.ColorRole.ButtonText, "#e8e8e8", "#7f7f7f"),
    (QPalette.ColorRole.BrightText, "#ff7b7b", "#ff7b7b"),
    (QPalette.ColorRole.Light, "#55555a", "#55555a"),
    (QPalette.ColorRole.Midlight, "#46464a", "#46464a"),
    (QPalette.ColorRole.Mid, "#38383b", "#38383b"),
    (QPalette.ColorRole.Dark, "#1a1a1c", "#1a1a1c"),
    (QPalette.ColorRole.Shadow, "#000000", "#000000"),
    (QPalette.ColorRole.Highlight, "#2f6fb0", "#4a4a4e"),
    (QPalette.ColorRole.HighlightedText, "#ffffff", "#a0a0a0"),
    (QPalette.ColorRole.Link, "#6cb4ff", "#5a7fa6"),
    (QPalette.ColorRole.LinkVisited, "#c49bff", "#8a74a8"),
)


def dark_palette() -> QPalette:
    """A complete dark palette (active, inactive and disabled groups)."""
    palette = QPalette()
    for role, normal, disabled in _DARK:
        for group in (QPalette.ColorGroup.Active, QPalette.ColorGroup.Inactive):
            palette.setColor(group, role, QColor(normal))
        palette.setColor(QPalette.ColorGroup.Disabled, role, QColor(disabled))
    return palette


def light_palette() -> QPalette:
    """Fusion's light palette: for windows that keep a light design whatever the theme (the info board)."""
    style = QStyleFactory.create("Fusion")
    return style.standardPalette()


def system_is_dark() -> bool:
    """Whether the system's colour scheme is dark (Qt 6.5 and later know it; unknown counts as light)."""
    hints = QGuiApplication.styleHints()
    scheme = getattr(hints, "colorScheme", None)
    return scheme is not None and scheme() == Qt.ColorScheme.Dark


def effective(choice: str) -> str:
    """LIGHT or DARK: what ``choice`` means on this PC now."""
    if choice in (LIGHT, DARK):
        return choice
    return DARK if system_is_dark() else LIGHT


def apply_theme(app: QApplication, choice: str | None) -> str:
    """Give the application the palette (and style) of ``choice``; returns LIGHT or DARK as now in effect."""
    choice = choice if choice in CHOICES else SYSTEM
    _state["choice"] = choice
    if _state["platform_style"] is None:
        _state["platform_style"] = app.style().name()
    _follow_system(app)
    _state["busy"] = True
    try:
        hints = QGuiApplication.styleHints()
        if hasattr(hints, "setColorScheme"):  # Qt 6.8: the platform theme (title bars too) follows the choice
            hints.setColorScheme({LIGHT: Qt.ColorScheme.Light, DARK: Qt.ColorScheme.Dark}.get(
                choice, Qt.ColorScheme.Unknown))
        mode = effective(choice)
        if mode == DARK:
            if app.style().name().lower() != "fusion":
                app.setStyle("Fusion")
            app.setPalette(dark_palette())
        else:
            platform = str(_state["platform_style"])
            if app.style().name().lower() != platform.lower():
                app.setStyle(platform)
            app.setPalette(light_palette() if system_is_dark() else QPalette())
    finally:
        _state["busy"] = False
    return mode


def _follow_system(app: QApplication) -> None:
    hints = QGuiApplication.styleHints()
    if _state["connected"] or not hasattr(hints, "colorSchemeChanged"):
        return
    _state["connected"] = True

    def changed(*_: object) -> None:
        if not _state["busy"] and _state["choice"] == SYSTEM:
            apply_theme(app, SYSTEM)

    hints.colorSchemeChanged.connect(changed)


def is_dark(widget_or_palette: QObject | QPalette | None = None) -> bool:
    """Whether the window colour of the widget (or palette, or application) is dark."""
    if isinstance(widget_or_palette, QPalette):
        palette = widget_or_palette
    elif widget_or_palette is not None and hasattr(widget_or_palette, "palette"):
        palette = widget_or_palette.palette()
    else:
        palette = QGuiApplication.palette()
    return palette.color(QPalette.ColorRole.Window).lightness() < 128


def _luminance(color: QColor) -> float:
    def channel(value: float) -> float:
        return value / 12.92 if value <= 0.03928 else ((value + 0.055) / 1.055) ** 2.4
    return 0.2126 * channel(color.redF()) + 0.7152 * channel(color.greenF()) + 0.0722 * channel(color.blueF())


def contrast(a: QColor, b: QColor) -> float:
    """The WCAG contrast ratio of two colours (1 to 21)."""
    high, low = sorted((_luminance(a), _luminance(b)), reverse=True)
    return (high + 0.05) / (low + 0.05)


def readable(color: str | QColor, background: QColor | None = None) -> QColor:
    """``color`` for text on ``background`` (the application's base colour if None): unchanged on a light
    background, lightened on a dark one until it reads (contrast 4.5:1)."""
    color = QColor(color)
    background = background or QGuiApplication.palette().color(QPalette.ColorRole.Base)
    if background.lightness() >= 128:
        return color
    hue, saturation, lightness, alpha = color.getHsl()
    while contrast(color, background) < 4.5 and lightness < 245:
        lightness = min(245, lightness + 12)
        color = QColor.fromHsl(max(hue, 0), saturation, lightness, alpha)
    return color


_HTML_COLOUR = re.compile(r"(?<![-\w])color\s*:\s*(#[0-9a-fA-F]{6}|#[0-9a-fA-F]{3})")


def readable_html(html: str, background: QColor | None = None) -> str:
    """Rich text whose ``color:#rrggbb`` styles are made readable on ``background`` (see :func:`readable`)."""
    background = background or QGuiApplication.palette().color(QPalette.ColorRole.Window)
    if background.lightness() >= 128:
        return html
    return _HTML_COLOUR.sub(lambda m: "color:" + readable(m.group(1), background).name(), html)


def error_style() -> str:
    """The style sheet of a red error line, readable on the current theme."""
    return "color: {};".format(readable("#b23a48", QGuiApplication.palette().color(QPalette.ColorRole.Window)).name())
