"""Developer tools run from a checkout; not used at run time (the frozen program never imports this).

* ``python -m desktop_app.devtools forms`` compiles the Qt Designer files ``ui/*.ui`` into
  ``desktop_app/gui/forms/ui_*.py`` with ``pyside6-uic --from-imports``.
* ``python -m desktop_app.devtools translations`` runs ``pyside6-lupdate`` over the GUI sources
  (every ``.py`` under ``desktop_app/gui`` and every ``ui/*.ui``) into
  ``resources/translations/padi_en.ts`` and ``pyside6-lrelease`` into ``padi_en.qm``, then lists
  the strings that still need an English translation (fill them in Qt Linguist or in the XML,
  then run the command again so the ``.qm`` is rebuilt).

The Qt tools are looked up next to ``sys.executable`` (the virtual environment's ``bin`` or
``Scripts`` folder) first, then on ``PATH``.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from collections.abc import Sequence
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
UI_DIR = ROOT / "ui"
GUI_DIR = ROOT / "desktop_app" / "gui"
FORMS_DIR = GUI_DIR / "forms"
TRANSLATIONS_DIR = ROOT / "resources" / "translations"
TS_PATH = TRANSLATIONS_DIR / "padi_en.ts"
QM_PATH = TRANSLATIONS_DIR / "padi_en.qm"


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
    """What lupdate reads: every ``.py`` under ``desktop_app/gui`` (recursively) and every ``ui/*.ui``."""
    py_files = sorted(p for p in GUI_DIR.rglob("*.py") if "__pycache__" not in p.parts)
    return py_files + ui_files()


def lupdate(ts_path: Path = TS_PATH) -> None:
    """Refresh ``ts_path`` from the sources, keeping existing translations and dropping obsolete ones."""
    ts_path = Path(ts_path)
    ts_path.parent.mkdir(parents=True, exist_ok=True)
    sources = [str(p.relative_to(ROOT)) for p in translation_sources()]
    _run([find_tool("pyside6-lupdate"), "-silent", "-no-obsolete",
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


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m desktop_app.devtools", description=__doc__.splitlines()[0])
    parser.add_argument("command", choices=["forms", "translations"],
                        help="forms: compile ui/*.ui; translations: lupdate + lrelease the English translation")
    args = parser.parse_args(argv)
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
