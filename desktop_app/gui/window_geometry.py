"""Where the main window opens: as it was left last time, on a screen that is there now, never larger
than that screen.

A 1366 × 768 laptop leaves about 1366 × 728 for windows (less at 125 % or 150 % scaling); the
window's own size of 1200 × 760 plus its title bar did not fit, so the status bar was cut off.
``place`` decides from plain rectangles (tested without a window); ``restore`` and ``save`` keep the
size, position and maximised state in the user's settings.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QMargins, QPoint, QRect, QSettings, QSize, Qt
from PySide6.QtWidgets import QWidget

GEOMETRY_SETTING = "window/main_geometry"
MAXIMISED_SETTING = "window/main_maximised"
DEFAULT_SIZE = QSize(1200, 760)
FRAME_ALLOWANCE = QMargins(8, 32, 8, 8)
"""The title bar and borders around the window, before it is shown (Windows 10/11 at 100 %)."""


def place(saved: QRect | None, maximised: bool, screens: Sequence[QRect],
          default: QSize = DEFAULT_SIZE, frame: QMargins = FRAME_ALLOWANCE) -> tuple[QRect, bool]:
    """The window's normal geometry (inside its frame) and whether it opens maximised.

    ``saved``: the geometry it had when last closed (None: first start); ``screens``: the available
    geometry of each screen, the primary first. A saved place off every screen moves onto the primary
    one; a window (with its frame) larger than its screen opens maximised, its normal size shrunk to fit.
    """
    size = saved.size() if saved is not None and saved.isValid() else default
    screen = _screen_of(saved, screens)
    room = screen.marginsRemoved(frame)
    too_big = size.width() > room.width() or size.height() > room.height()
    size = size.boundedTo(room.size())
    if saved is not None and _inside_any(QRect(saved.topLeft(), size).marginsAdded(frame), screens):
        top_left = saved.topLeft()
    else:
        top_left = room.center() - QPoint(size.width() // 2, size.height() // 2)
        top_left = QPoint(max(top_left.x(), room.left()), max(top_left.y(), room.top()))
    return QRect(top_left, size), maximised or too_big


def _screen_of(saved: QRect | None, screens: Sequence[QRect]) -> QRect:
    """The screen holding most of the saved rectangle, else the primary screen."""
    if saved is not None:
        best = max(screens, key=lambda s: _area(s.intersected(saved)))
        if _area(best.intersected(saved)) > 0:
            return best
    return screens[0]


def _inside_any(rect: QRect, screens: Sequence[QRect]) -> bool:
    return any(screen.contains(rect) for screen in screens)


def _area(rect: QRect) -> int:
    return max(rect.width(), 0) * max(rect.height(), 0)


def restore(window: QWidget) -> None:
    """Size and place ``window`` before it is first shown (it opens maximised when it must)."""
    settings = QSettings()
    saved = settings.value(GEOMETRY_SETTING)
    saved = saved if isinstance(saved, QRect) and saved.isValid() else None
    maximised = str(settings.value(MAXIMISED_SETTING, "false")).lower() == "true"
    primary = window.screen()
    screens = [primary.availableGeometry()] + [
        s.availableGeometry() for s in primary.virtualSiblings() if s is not primary]
    geometry, maximised = place(saved, maximised, screens, QSize(window.width(), window.height()))
    window.setGeometry(geometry)
    if maximised:
        window.setWindowState(window.windowState() | Qt.WindowState.WindowMaximized)


def save(window: QWidget) -> None:
    """Remember the window's normal geometry and whether it is maximised, for the next start."""
    settings = QSettings()
    settings.setValue(GEOMETRY_SETTING, window.normalGeometry())
    settings.setValue(MAXIMISED_SETTING, window.isMaximized())
