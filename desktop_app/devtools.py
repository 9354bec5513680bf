"""Developer tools run from a checkout; not used at run time (the frozen program never imports this).

* ``python -m desktop_app.devtools forms`` compiles the Qt Designer files ``ui/*.ui`` into
  ``desktop_app/gui/forms/ui_*.py`` with ``pyside6-uic --from-imports``.
* ``python -m desktop_app.devtools translations`` runs ``pyside6-lupdate`` over the GUI sources
  (every ``.py`` under ``desktop_app/gui`` and every ``ui/*.ui``) into
  ``resources/translations/padi_en.ts`` and ``pyside6-lrelease`` into ``padi_en.qm``, then lists
  the strings that still need an English translation (fill them in Qt Linguist or in the XML,
  then run the command again so the ``.qm`` is rebuilt). It also compiles ``qt_id.ts`` (Qt's own
  button and menu words in Indonesian, kept by hand) into ``qt_id.qm``.
* ``python -m desktop_app.devtools guide [--out DIR]`` takes the user guide's screenshots from the real
  program on a fresh demo database (offscreen when there is no display) and writes
  ``DIR/Panduan-Pengguna-PADI.pdf`` (default ``build/guide``), from ``resources/guide/panduan.md``.
* ``python -m desktop_app.devtools icon`` draws the program icon with QPainter (a rice stalk on the
  office green) into ``resources/icons/padi.png`` (256 px) and ``resources/icons/padi.ico``
  (16, 24, 32, 48, 64, 128 and 256 px, PNG-compressed frames). Both are committed source assets;
  run it again only to change the design.

The Qt tools are looked up next to ``sys.executable`` (the virtual environment's ``bin`` or
``Scripts`` folder) first, then on ``PATH``.
"""

from __future__ import annotations

import argparse
import shutil
import struct
import subprocess
import sys
import xml.etree.ElementTree as ET
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from PySide6.QtGui import QImage

ROOT = Path(__file__).resolve().parent.parent
UI_DIR = ROOT / "ui"
GUI_DIR = ROOT / "desktop_app" / "gui"
FORMS_DIR = GUI_DIR / "forms"
TRANSLATIONS_DIR = ROOT / "resources" / "translations"
TS_PATH = TRANSLATIONS_DIR / "padi_en.ts"
QM_PATH = TRANSLATIONS_DIR / "padi_en.qm"
# Qt's own words (standard buttons, text context menus, print preview) in Indonesian: Qt ships no
# Indonesian, so this small file is kept by hand (English source, Indonesian translation).
QT_ID_TS_PATH = TRANSLATIONS_DIR / "qt_id.ts"
QT_ID_QM_PATH = TRANSLATIONS_DIR / "qt_id.qm"
ICONS_DIR = ROOT / "resources" / "icons"
ICON_SIZES = (16, 24, 32, 48, 64, 128, 256)


def find_tool(name: str) -> str:
    """The path of a PySide6 command-line tool (``pyside6-uic`` ...): beside the interpreter, else on PATH."""
    found = shutil.which(name, path=str(Path(sys.executable).parent)) or shutil.which(name)
    if not found:
        raise FileNotFoundError(f"{name} not found next to {sys.executable} or on PATH "
                                "(pip install PySide6-Essentials)")
    return found


def _run(args: Sequence[str]) -> None:
    subprocess.run(list(args), check=True, cwd=ROOT)


def ui_files() -> list[Path]:
    """The Qt Designer files, sorted."""
    return sorted(UI_DIR.glob("*.ui"))


def form_name(ui_file: Path) -> str:
    """The compiled form's file name for a ``.ui`` file: ``stage_tab.ui`` -> ``ui_stage_tab.py``."""
    return f"ui_{ui_file.stem}.py"


def compile_forms(out_dir: Path | None = None) -> list[Path]:
    """Compile every ``ui/*.ui`` with ``pyside6-uic --from-imports``; return the written files.

    ``out_dir`` defaults to ``desktop_app/gui/forms`` (the committed forms).
    """
    out_dir = Path(out_dir) if out_dir is not None else FORMS_DIR
    out_dir.mkdir(parents=True, exist_ok=True)
    uic = find_tool("pyside6-uic")
    written = []
    for ui_file in ui_files():
        target = out_dir / form_name(ui_file)
        # Relative input path: uic names the .ui in the generated header, so keep it machine-independent.
        _run([uic, "--from-imports", str(ui_file.relative_to(ROOT)), "-o", str(target)])
        written.append(target)
    return written


def translation_sources() -> list[Path]:
    """What lupdate reads: every ``.py`` under ``desktop_app/gui`` (recursively), the message catalogue
    (``desktop_app/messages.py``, its sentences marked with ``QT_TRANSLATE_NOOP``) and every ``ui/*.ui``."""
    py_files = sorted(p for p in GUI_DIR.rglob("*.py") if "__pycache__" not in p.parts)
    return [*py_files, GUI_DIR.parent / "messages.py", *ui_files()]


def lupdate(ts_path: Path = TS_PATH) -> None:
    """Refresh ``ts_path`` from the sources, keeping existing translations and dropping obsolete ones."""
    ts_path = Path(ts_path)
    ts_path.parent.mkdir(parents=True, exist_ok=True)
    sources = [str(p.relative_to(ROOT)) for p in translation_sources()]
    # No source locations: the file then changes only where a text does, so parallel work merges.
    _run([find_tool("pyside6-lupdate"), "-silent", "-no-obsolete", "-locations", "none",
          "-source-language", "id_ID", "-target-language", "en_GB",
          *sources, "-ts", str(ts_path.resolve())])


def lrelease(ts_path: Path = TS_PATH, qm_path: Path = QM_PATH) -> None:
    """Compile ``ts_path`` into the binary ``qm_path`` the program loads."""
    _run([find_tool("pyside6-lrelease"), "-silent", str(Path(ts_path).resolve()),
          "-qm", str(Path(qm_path).resolve())])


def update_translations() -> None:
    """lupdate the English ``.ts`` from the GUI sources and forms, then lrelease it into the ``.qm``."""
    lupdate(TS_PATH)
    lrelease(TS_PATH, QM_PATH)
    lrelease(QT_ID_TS_PATH, QT_ID_QM_PATH)


def unfinished_translations(ts_path: Path = TS_PATH) -> list[tuple[str, str]]:
    """(context, source) of every message whose translation is empty or marked ``type="unfinished"``.

    Obsolete and vanished messages (no longer in the sources) are not counted.
    """
    tree = ET.parse(ts_path)
    missing = []
    for context in tree.getroot().iter("context"):
        context_name = context.findtext("name", default="")
        for message in context.iter("message"):
            source = message.findtext("source", default="")
            translation = message.find("translation")
            if translation is None:
                missing.append((context_name, source))
                continue
            kind = translation.get("type", "")
            if kind in ("obsolete", "vanished"):
                continue
            forms = translation.findall("numerusform") if message.get("numerus") == "yes" else [translation]
            texts = ["".join(form.itertext()) for form in forms]
            if kind == "unfinished" or not texts or any(not text for text in texts):
                missing.append((context_name, source))
    return missing


def draw_icon(size: int) -> QImage:
    """The PADI mark at ``size`` pixels: a golden rice stalk with a leaf on a rounded green square.

    Drawn as vectors on a 256-unit canvas for every size, so small frames stay sharp.
    """
    from PySide6.QtCore import QPointF, QRectF, Qt
    from PySide6.QtGui import QBrush, QColor, QImage, QLinearGradient, QPainter, QPainterPath, QPen

    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.scale(size / 256, size / 256)
    background = QLinearGradient(0, 0, 0, 256)
    background.setColorAt(0, QColor("#43a047"))
    background.setColorAt(1, QColor("#1b5e20"))
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(QBrush(background))
    painter.drawRoundedRect(QRectF(8, 8, 240, 240), 52, 52)

    leaf = QPainterPath(QPointF(118, 226))
    leaf.cubicTo(QPointF(70, 200), QPointF(40, 150), QPointF(44, 92))
    leaf.cubicTo(QPointF(84, 124), QPointF(116, 170), QPointF(126, 222))
    painter.setBrush(QColor("#c8e6c9"))
    painter.drawPath(leaf)

    stem = QPainterPath(QPointF(124, 230))
    stem.cubicTo(QPointF(132, 160), QPointF(148, 100), QPointF(184, 62))
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.setPen(QPen(QColor("#fff8e1"), 11, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap))
    painter.drawPath(stem)

    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(QColor("#ffd54f"))
    for t, side in ((0.36, -1), (0.48, 1), (0.60, -1), (0.72, 1), (0.84, -1), (0.94, 1), (1.0, 0)):
        point = stem.pointAtPercent(t)
        angle = stem.angleAtPercent(t)  # degrees, counter-clockwise
        painter.save()
        painter.translate(point)
        painter.rotate(-angle + 90 - side * 38)  # grains lean out from the stem, alternately left and right
        painter.drawEllipse(QRectF(-11, -40, 22, 40))
        painter.restore()
    painter.end()
    return image


def _png_bytes(image: QImage) -> bytes:
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    buffer.close()
    return bytes(data.data())


def ico_bytes(frames: Sequence[bytes], sizes: Sequence[int]) -> bytes:
    """An ICO container of PNG-compressed frames (Windows Vista and later read PNG frames of any size)."""
    header = struct.pack("<HHH", 0, 1, len(frames))
    offset = len(header) + 16 * len(frames)
    entries = b""
    for png, size in zip(frames, sizes, strict=True):
        side = 0 if size >= 256 else size  # 0 means 256 in the one-byte width and height fields
        entries += struct.pack("<BBBBHHII", side, side, 0, 0, 1, 32, len(png), offset)
        offset += len(png)
    return header + entries + b"".join(frames)


def write_icons(out_dir: Path = ICONS_DIR) -> list[Path]:
    """Draw the icon and write ``padi.png`` (256 px) and the multi-size ``padi.ico``; return both paths."""
    import os
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtGui import QGuiApplication
    _app = QGuiApplication.instance() or QGuiApplication([])  # noqa: F841 - QPainter needs an application
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    frames = [_png_bytes(draw_icon(size)) for size in ICON_SIZES]
    png_path, ico_path = out_dir / "padi.png", out_dir / "padi.ico"
    png_path.write_bytes(frames[-1])
    ico_path.write_bytes(ico_bytes(frames, ICON_SIZES))
    return [png_path, ico_path]


GUIDE_DIR = ROOT / "build" / "guide"


def make_guide(out_dir: Path = GUIDE_DIR) -> Path:
    """Screenshots into ``out_dir/shots``, then the guide PDF; fails when a referenced shot is missing."""
    import gc
    import os
    import tempfile
    import time

    if sys.platform.startswith("linux") and not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from desktop_app import __version__
    from desktop_app.app import install_translator, make_application
    from desktop_app.gui.guide_shots import isolate_settings, make_shots
    from desktop_app.services.office import GUIDE_FILE_NAME, GuideInfo, demo_office, guide_markdown, missing_shots, write_guide

    started = time.monotonic()
    out_dir = Path(out_dir)
    shots_dir = out_dir / "shots"
    with tempfile.TemporaryDirectory(prefix="padi-guide-settings-") as settings_dir:
        isolate_settings(Path(settings_dir))
        app = make_application(sys.argv[:1])
        install_translator(app, "id")  # Qt's own words (Ya, Batal) in Indonesian, as users see them
        app.setStyle("Fusion")  # the same look on every machine that makes the guide
        make_shots(shots_dir)
        gc.collect()
    markdown = guide_markdown(shots_dir)
    missing = missing_shots(markdown, shots_dir)
    if missing:
        raise RuntimeError(f"screenshots missing: {', '.join(missing)}")
    office = demo_office()
    path = write_guide(markdown, shots_dir, out_dir / GUIDE_FILE_NAME,
                       GuideInfo(office=office.office_name, version=__version__))
    print(f"{path} ({time.monotonic() - started:.1f} s)")
    return path


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m desktop_app.devtools", description=__doc__.splitlines()[0])
    parser.add_argument("command", choices=["forms", "translations", "icon", "guide"],
                        help="forms: compile ui/*.ui; translations: lupdate + lrelease the English translation; "
                             "icon: draw resources/icons/padi.png and padi.ico; "
                             "guide: screenshots + the user guide PDF")
    parser.add_argument("--out", type=Path, default=GUIDE_DIR, help="guide: output folder (default build/guide)")
    args = parser.parse_args(argv)
    if args.command == "guide":
        make_guide(args.out)
        return 0
    if args.command == "icon":
        for path in write_icons():
            print(path.relative_to(ROOT))
        return 0
    if args.command == "forms":
        for path in compile_forms():
            print(path.relative_to(ROOT))
        return 0
    update_translations()
    missing = unfinished_translations(TS_PATH)
    print(f"{TS_PATH.relative_to(ROOT)}: {len(missing)} unfinished")
    for context_name, source in missing:
        print(f"  [{context_name}] {source!r}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
