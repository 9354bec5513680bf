"""The committed forms in desktop_app/gui/forms are exactly what pyside6-uic makes of ui/*.ui today.

pyside6-uic writes no timestamp and no absolute path (the header names the .ui by its base name and
the uic version), so the files are compared byte for byte. A difference means someone edited a .ui
without recompiling, edited a generated form by hand, or uses another PySide6 version: run
``python -m desktop_app.devtools forms``.
"""

from __future__ import annotations

from pathlib import Path

from desktop_app import devtools

FIX = "run `python -m desktop_app.devtools forms` and commit desktop_app/gui/forms"


def test_every_ui_file_has_a_compiled_form() -> None:
    ui_files = devtools.ui_files()
    assert ui_files, f"no Designer files found in {devtools.UI_DIR}"
    missing = [ui.name for ui in ui_files if not (devtools.FORMS_DIR / devtools.form_name(ui)).is_file()]
    assert not missing, f"no compiled form for {', '.join(missing)}; {FIX}"


def test_no_compiled_form_without_its_ui_file() -> None:
    expected = {devtools.form_name(ui) for ui in devtools.ui_files()}
    orphans = sorted(p.name for p in devtools.FORMS_DIR.glob("ui_*.py") if p.name not in expected)
    assert not orphans, f"compiled forms whose ui/*.ui is gone: {', '.join(orphans)}; delete them"


def test_compiled_forms_are_current(tmp_path: Path) -> None:
    generated = devtools.compile_forms(tmp_path)
    assert [p.name for p in generated] == [devtools.form_name(ui) for ui in devtools.ui_files()]
    stale = []
    for fresh in generated:
        committed = devtools.FORMS_DIR / fresh.name
        if not committed.is_file() or committed.read_bytes() != fresh.read_bytes():
            stale.append(fresh.name)
    assert not stale, f"out of date with ui/*.ui: {', '.join(stale)}; {FIX}"
