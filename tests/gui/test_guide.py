"""The user guide made from the real program: every screenshot taken, the PDF holds them all, and
Bantuan → Panduan Pengguna (F1) shows it; without a finished guide the viewer still shows one."""

from __future__ import annotations

import shutil
import subprocess

import pytest
from PIL import Image, ImageStat
from PySide6.QtCore import Qt

from desktop_app.gui import prompts
from desktop_app.gui.dialogs import guide_dialog
from desktop_app.gui.dialogs.guide_dialog import GuideDialog
from desktop_app.gui.guide_shots import SHOTS, make_shots
from desktop_app.gui.main_window import MainWindow
from desktop_app.services.office.user_guide import (
    GuideInfo,
    chapter_titles,
    guide_markdown,
    guide_source_path,
    parse,
    shot_names,
    write_guide,
)
from tests.conftest import PASSWORD

pytestmark = pytest.mark.skipif(shutil.which("pdfimages") is None, reason="needs poppler-utils")

MARKDOWN = guide_source_path().read_text("utf-8")


@pytest.fixture(scope="module")
def guide(qapp, tmp_path_factory):
    """The real guide, made once: shots from the demo database, then the PDF."""
    out = tmp_path_factory.mktemp("guide")
    written = make_shots(out / "shots")
    pdf = write_guide(guide_markdown(out / "shots"), out / "shots", out / "Panduan-Pengguna-PADI.pdf",
                      GuideInfo(office="Dinas Uji"))
    return out / "shots", written, pdf


def test_every_shot_the_guide_names_is_taken_and_not_blank(guide):
    shots_dir, written, _pdf = guide
    names = shot_names(parse(MARKDOWN))
    assert set(names) == set(SHOTS)  # the script and the text agree
    assert sorted(path.stem for path in written) == sorted(SHOTS)
    for name in names:
        with Image.open(shots_dir / f"{name}.png") as image:
            assert image.width >= 250 and image.height >= 120, name
            stat = ImageStat.Stat(image.convert("L"))
            assert stat.stddev[0] > 10, f"{name} looks blank"
    with Image.open(shots_dir / "dashboard.png") as image:
        assert image.size == (1200, 760)


def test_the_pdf_holds_every_screenshot_and_every_chapter(guide):
    _shots, _written, pdf = guide
    listing = subprocess.run(["pdfimages", "-list", str(pdf)], check=True, capture_output=True, text=True).stdout
    images = [line for line in listing.splitlines()[2:] if line.strip()]
    assert len(images) == len(shot_names(parse(MARKDOWN)))
    text = " ".join(subprocess.run(["pdftotext", str(pdf), "-"], check=True, capture_output=True,
                                   text=True).stdout.split())
    for title in chapter_titles(parse(MARKDOWN)):
        assert title in text
    assert "Gambar layar belum tersedia" not in text
    # The appendix lists the live window's shortcuts, grouped by where they work.
    assert "Lampiran: Pintasan Papan Ketik" in text and "Ctrl+F / Ctrl+K: Cari data atau publikasi" in text
    assert "Tab 8 Arsip • Ctrl+B: Cadangkan Sekarang" in text


def test_help_menu_opens_the_viewer_on_the_guide(qtbot, office, guide, monkeypatch):
    _shots, _written, pdf = guide
    office.accounts.login("staf", PASSWORD)
    window = MainWindow(office, "padi.db")
    qtbot.addWidget(window)
    window.guide_path = pdf
    assert window.guide_action.shortcut().toString() == "F1"
    window.guide_action.trigger()
    dialog = window.guide_dialog
    assert isinstance(dialog, GuideDialog) and dialog.isVisible()
    assert dialog.data == pdf.read_bytes()
    assert dialog.pages.page_count() > 15 and not dialog.note.isVisible()
    saved = pdf.parent / "salinan.pdf"
    monkeypatch.setattr(prompts, "choose_save_file", lambda *args, **kwargs: saved)
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert saved.read_bytes() == pdf.read_bytes()
    printed = []
    monkeypatch.setattr(prompts, "print_preview", lambda parent, paint: printed.append(paint) or True)
    dialog.print_button.click()
    assert len(printed) == 1


def test_without_a_finished_guide_the_viewer_renders_one_with_placeholders(qtbot, monkeypatch):
    monkeypatch.setattr(guide_dialog, "guide_pdf_path", lambda: None)
    dialog = GuideDialog(None, None, "Dinas Uji")
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.data.startswith(b"%PDF") and dialog.pages.page_count() > 15
    assert dialog.note.isVisible()
    assert dialog.make_button.isVisibleTo(dialog) == guide_dialog.can_make_guide()
    monkeypatch.setattr(guide_dialog.sys, "frozen", True, raising=False)
    assert not guide_dialog.can_make_guide()
