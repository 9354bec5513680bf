"""The program icon: the committed PNG and multi-size ICO are what ``devtools icon`` draws, and Windows can read the ICO."""

from __future__ import annotations

import struct

from PySide6.QtGui import QImage, QImageReader

from desktop_app import devtools


def test_ico_container_lists_every_frame_with_its_size_and_offset():
    frames = [b"png-16", b"png-256!"]
    data = devtools.ico_bytes(frames, [16, 256])
    reserved, kind, count = struct.unpack_from("<HHH", data, 0)
    assert (reserved, kind, count) == (0, 1, 2)
    first = struct.unpack_from("<BBBBHHII", data, 6)
    second = struct.unpack_from("<BBBBHHII", data, 22)
    assert first == (16, 16, 0, 0, 1, 32, 6, 38)
    assert second == (0, 0, 0, 0, 1, 32, 8, 44)  # 256 px is written as 0
    assert data[38:44] == b"png-16" and data[44:] == b"png-256!"


def test_committed_icons_are_current_and_readable(qapp, tmp_path):
    # Compared as pixels with a small tolerance, not bytes: another Qt or zlib may encode the same picture differently.
    fresh = QImage(str(devtools.write_icons(tmp_path)[0]))
    committed = QImage(str(devtools.ICONS_DIR / "padi.png"))
    worst = max(abs(a - b) for x in range(0, 256, 4) for y in range(0, 256, 4)
                for a, b in zip(fresh.pixelColor(x, y).getRgb(), committed.pixelColor(x, y).getRgb(), strict=True))
    assert worst <= 16, "padi.png is stale: run python -m desktop_app.devtools icon"
    png = QImage(str(devtools.ICONS_DIR / "padi.png"))
    assert (png.width(), png.height()) == (256, 256)
    assert png.pixelColor(220, 200).green() > 2 * png.pixelColor(220, 200).red()  # the green square
    assert png.pixelColor(2, 2).alpha() == 0  # rounded corners stay transparent
    reader = QImageReader(str(devtools.ICONS_DIR / "padi.ico"))
    sizes = []
    for index in range(reader.imageCount()):
        reader.jumpToImage(index)
        frame = reader.read()
        assert not frame.isNull()
        sizes.append(frame.width())
    assert sizes == list(devtools.ICON_SIZES)
