"""No clipped or overflowing text in either language, at 100 %, 125 % and 150 % scaling, light and dark.

QT_SCALE_FACTOR must be set before the QApplication exists, so each combination runs in a child
process (tests/gui/layout_probe.py) that builds the logged-in main window on the demo database,
visits every tab and the main dialogs, saves grabs and prints what desktop_app.gui.layout_check
found. Screen sizes: 1200 × 760 (the window's own size) and 1093 × 614, what a 1366 × 768 laptop at
125 % leaves in logical pixels; the window is placed on them as at a real start (window_geometry), so
one larger than its screen is a finding. The grabs stay
in pytest's temporary folder for a look.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtWidgets import QDialog, QLabel, QPushButton, QVBoxLayout, QWidget

from desktop_app.gui import layout_check, prompts

PROBE = Path(__file__).with_name("layout_probe.py")
LAPTOP = "1093x614"
COMBINATIONS = [
    *[(lang, scale, "light", LAPTOP) for lang in ("id", "en") for scale in ("1", "1.25", "1.5")],
    *[(lang, "1.5", "dark", LAPTOP) for lang in ("id", "en")],
    *[(lang, "1", "dark", "1200x760") for lang in ("id", "en")],
]
# With eleven tabs the tab bar scrolls at the laptop's smallest size (every tab stays reachable with
# the arrows and Alt+0…9); anything else is a failure.
TOLERATED_AT_LAPTOP = {"tab off screen (the tab bar scrolls)"}


def test_checker_finds_a_clipped_label_and_button(qtbot):
    host = QWidget()
    qtbot.addWidget(host)
    layout = QVBoxLayout(host)
    label = QLabel("Perubahan dari periode sebelumnya", host)
    label.setFixedWidth(60)
    button = QPushButton("Atur Ulang Kata Sandi", host)
    button.setFixedWidth(60)
    wrapped = QLabel("Bahasa baru berlaku saat PADI dibuka kembali. " * 3, host)
    wrapped.setWordWrap(True)
    wrapped.setFixedSize(120, 20)
    fits = QLabel("OK", host)
    for widget in (label, button, wrapped, fits):
        layout.addWidget(widget)
    host.show()
    qtbot.waitExposed(host)
    found = {(f.kind, f.text[:20]) for f in layout_check.clipped_text(host)}
    assert found == {("label", "Perubahan dari perio"), ("QPushButton", "Atur Ulang Kata Sand"),
                     ("wrapped label (height)", "Bahasa baru berlaku ")}
    label.setFixedWidth(400)
    button.setFixedWidth(400)
    wrapped.setFixedSize(400, 200)
    host.resize(500, 400)
    qtbot.waitUntil(lambda: layout_check.clipped_text(host) == [])


def test_dialogs_shrink_to_the_screen(qtbot):
    dialog = QDialog()
    qtbot.addWidget(dialog)
    dialog.resize(5000, 4000)
    prompts.fit_to_screen(dialog)
    screen = dialog.screen().availableGeometry()
    assert dialog.width() <= screen.width() and dialog.height() <= screen.height()
    dialog.resize(300, 200)
    prompts.fit_to_screen(dialog)
    assert (dialog.width(), dialog.height()) == (300, 200)  # a dialog that fits keeps its size


@pytest.fixture(scope="module")
def probes(tmp_path_factory: pytest.TempPathFactory) -> dict[tuple[str, str, str, str], dict]:
    """Every combination's findings; two children at a time."""
    out = tmp_path_factory.mktemp("layout")
    results: dict[tuple[str, str, str, str], dict] = {}
    pending = list(COMBINATIONS)
    while pending:
        batch, pending = pending[:2], pending[2:]
        running = []
        for lang, scale, theme, size in batch:
            env = {**os.environ, "QT_SCALE_FACTOR": scale, "QT_QPA_PLATFORM": "offscreen"}
            shots = out / f"{lang}-{scale}-{theme}-{size}"
            running.append(((lang, scale, theme, size), subprocess.Popen(
                [sys.executable, str(PROBE), "--lang", lang, "--theme", theme, "--size", size, "--out", str(shots)],
                env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)))
        for key, process in running:
            stdout, stderr = process.communicate(timeout=300)
            assert process.returncode == 0, f"{key}: probe failed:\n{stderr[-3000:]}"
            results[key] = json.loads(stdout.strip().splitlines()[-1])
    return results


@pytest.mark.parametrize("combination", COMBINATIONS, ids=["-".join(c) for c in COMBINATIONS])
def test_no_clipped_text(probes, combination):
    result = probes[combination]
    assert len(result["shots"]) >= 15  # every tab, inner tab and dialog was visited
    tolerated = TOLERATED_AT_LAPTOP if combination[3] == LAPTOP else set()
    findings = [f for f in result["findings"] if f["kind"] not in tolerated]
    assert not findings, "clipped text:\n" + "\n".join(
        f"  [{f['screen']}] {f['kind']} {f['path']}: {f['text']!r} needs {f['needed']} px, has {f['available']}"
        for f in findings)
