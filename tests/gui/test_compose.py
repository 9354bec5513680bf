"""GUI, step 5: the composer. Every kind is composed through the widgets (bold text, output with
narrative, image, reorder by move buttons and by the list model's drag-and-drop move), the live preview
shows the PDF, and what is saved is what was composed; notes sit next to their section; submit says to whom."""

from __future__ import annotations

import datetime as dt
import io

import pytest
from PIL import Image as PilImage
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QApplication

from desktop_app.domain.richtext import Block, Run
from desktop_app.gui import prompts
from desktop_app.gui.dialogs.compose import ComposeDialog
from desktop_app.gui.stages.submit import SubmitTab
from desktop_app.gui.widgets.rich_text_edit import RichTextEdit
from desktop_app.services.publications.publication_service import LayoutOptions, NoteDraft, SectionDraft
from tests.services.test_workflow_services import as_user, processed_output


def png_file(tmp_path) -> tuple:
    out = io.BytesIO()
    PilImage.new("RGB", (60, 40), (30, 140, 60)).save(out, "PNG")
    path = tmp_path / "foto.png"
    path.write_bytes(out.getvalue())
    return path, out.getvalue()


@pytest.fixture
def composer(qtbot, office):
    output = processed_output(office)
    as_user(office, "kasubag")

    def make(notes=()):
        dialog = ComposeDialog(office, notes)
        qtbot.addWidget(dialog)
        dialog.show()
        return dialog
    return make, output


def select_word(editor: RichTextEdit, word: str) -> None:
    editor.window().activateWindow()
    editor.editor.setFocus()
    QApplication.processEvents()  # the shortcuts need the window active and the focus inside
    text = editor.editor.toPlainText()
    cursor = editor.editor.textCursor()
    cursor.setPosition(text.index(word))
    cursor.setPosition(text.index(word) + len(word), QTextCursor.MoveMode.KeepAnchor)
    editor.editor.setTextCursor(cursor)


def wait_preview(qtbot, dialog) -> None:
    with qtbot.waitSignal(dialog.preview_ready, timeout=20000):
        dialog.render_preview()


def test_rich_text_editor_round_trips_blocks_and_formats_with_buttons_and_keys(qtbot):
    edit = RichTextEdit()
    qtbot.addWidget(edit)
    edit.show()
    blocks = (Block("h1", (Run("Judul"),)), Block("p", (Run("a "), Run("b", bold=True), Run(" c", italic=True))),
              Block("bullet", (Run("satu"),)), Block("bullet", (Run("dua"),)), Block("number", (Run("x"),)),
              Block("h2", (Run("Sub"),)))
    edit.set_blocks(blocks)
    assert edit.blocks() == blocks
    edit.set_blocks(())
    qtbot.keyClicks(edit.editor, "Izin naik tajam")
    select_word(edit, "naik")
    qtbot.mouseClick(edit.buttons["bold"], Qt.MouseButton.LeftButton)
    select_word(edit, "tajam")
    qtbot.keyClick(edit.editor, Qt.Key.Key_I, Qt.KeyboardModifier.ControlModifier)
    assert edit.blocks() == (Block("p", (Run("Izin "), Run("naik", bold=True), Run(" "), Run("tajam", italic=True))),)
    qtbot.mouseClick(edit.buttons["number"], Qt.MouseButton.LeftButton)
    assert edit.blocks()[0].style == "number"
    qtbot.mouseClick(edit.buttons["h2"], Qt.MouseButton.LeftButton)
    # a heading is bold by its style, so bold runs end; italic stays
    assert edit.blocks() == (Block("h2", (Run("Izin naik "), Run("tajam", italic=True))),)
    qtbot.mouseClick(edit.buttons["p"], Qt.MouseButton.LeftButton)
    assert edit.blocks() == (Block("p", (Run("Izin naik "), Run("tajam", italic=True))),)


@pytest.mark.parametrize(("kind", "paper"), [("brosur", "A4"), ("buklet", "A4"), ("web", "A4"), ("poster", "A2")])
def test_compose_every_kind_through_the_widgets(qtbot, composer, office, tmp_path, monkeypatch, kind, paper):
    make, output = composer
    dialog = make()
    dialog.title_edit.setText(f"Publikasi {kind}")
    dialog.kind_combo.setCurrentIndex(dialog.kind_combo.findData(kind))
    dialog.paper_combo.setCurrentIndex(dialog.paper_combo.findData(paper))
    assert dialog.foreword_edit.isVisibleTo(dialog) == (kind == "buklet")
    if kind == "buklet":
        assert "Kepala Dinas — Ir. Kepala Contoh" in dialog.signer_label.text()
        dialog.foreword_edit.setPlainText("Puji syukur.")
    editor = dialog.editor
    # section 1: bold text and an output with its narrative
    editor.heading_edit.setText("Izin Terbit")
    qtbot.keyClicks(editor.text_edit.editor, "Izin naik tajam")
    select_word(editor.text_edit, "naik")
    qtbot.keyClick(editor.text_edit.editor, Qt.Key.Key_B, Qt.KeyboardModifier.ControlModifier)
    editor.output_combo.setCurrentIndex(editor.output_combo.findData(output))
    editor.narrative_check.setChecked(True)
    assert "5" in editor.narrative_edit.toPlainText()  # generated from the data: 3 + 2 izin
    editor.narrative_edit.setPlainText("Jumlah izin 5, disunting.")
    editor.chart_check.setChecked(False)
    # section 2: an image chosen through the file prompt
    path, image = png_file(tmp_path)
    monkeypatch.setattr(prompts, "choose_file", lambda *a, **k: path)
    qtbot.mouseClick(dialog.add_button, Qt.MouseButton.LeftButton)
    editor.heading_edit.setText("Foto")
    qtbot.mouseClick(editor.image_button, Qt.MouseButton.LeftButton)
    editor.caption_edit.setText("Ruang layanan")
    # section 3, moved to the top with the button, then section "Foto" dragged to the end
    qtbot.mouseClick(dialog.add_button, Qt.MouseButton.LeftButton)
    editor.heading_edit.setText("Pembuka")
    qtbot.mouseClick(dialog.up_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(dialog.up_button, Qt.MouseButton.LeftButton)
    assert [dialog.section_list.item(i).text() for i in range(3)] == ["Pembuka", "Izin Terbit", "Foto"]
    model = dialog.section_list.model()
    assert model.moveRow(QModelIndex(), 0, QModelIndex(), 3)  # what an internal drag and drop does
    headings = [s.heading for s in dialog.sections()]
    assert headings == ["Izin Terbit", "Foto", "Pembuka"]

    wait_preview(qtbot, dialog)
    assert dialog.preview.page_count() >= 1, dialog.preview_status.text()
    if kind == "brosur":
        assert dialog.preview.page_count() == 2
    dialog.grab().save(str(tmp_path / f"compose-{kind}.png"))

    title, chosen_kind, sections = dialog.values()
    pub = office.publications.create(title, chosen_kind, sections, layout=dialog.layout_options())
    detail = office.publications.get(pub)
    first, photo, opening = detail.sections
    assert [s.heading for s in detail.sections] == ["Izin Terbit", "Foto", "Pembuka"]
    assert first.body == (Block("p", (Run("Izin "), Run("naik", bold=True), Run(" tajam"))),)
    assert first.output_id == output and first.table and not first.chart
    assert first.narrative_text == "Jumlah izin 5, disunting."
    assert photo.image == image and photo.image_caption == "Ruang layanan" and photo.output_id is None
    assert detail.layout == LayoutOptions(paper, "Puji syukur." if kind == "buklet" else "")
    assert detail.summary.kind == kind


def test_revise_shows_notes_next_to_their_section_and_keeps_the_layout(qtbot, composer, office):
    make, output = composer
    pub = office.publications.create("Buklet", "buklet", [SectionDraft("Satu", "a", output), SectionDraft("Dua", "b")],
                                     layout=LayoutOptions("A4", "Kata"))
    office.publications.submit(pub, "Mohon")
    as_user(office, "kepala")
    office.publications.return_for_revision(pub, [NoteDraft("Tambah sumber", 1), NoteDraft("Judul kurang jelas")])
    as_user(office, "kasubag")
    detail = office.publications.get(pub)
    dialog = make(detail.notes)
    dialog.load(detail.summary.title, detail.summary.kind, detail.sections, detail.layout)
    assert "Judul kurang jelas" in dialog.general_notes.text() and dialog.general_notes.isVisibleTo(dialog)
    assert [dialog.section_list.item(i).text() for i in range(2)] == ["Satu", "✎ Dua"]
    assert not dialog.editor.notes_label.isVisibleTo(dialog)
    dialog.section_list.setCurrentRow(1)
    assert dialog.editor.notes_label.isVisibleTo(dialog) and "Tambah sumber" in dialog.editor.notes_label.text()
    assert dialog.paper_combo.currentData() == "A4" and dialog.foreword_edit.toPlainText() == "Kata"
    assert not dialog.kind_combo.isEnabled()
    dialog.editor.text_edit.setPlainText("b. Sumber: OSS.")
    wait_preview(qtbot, dialog)
    assert not dialog.grab().isNull()
    title, _kind, sections = dialog.values()
    office.publications.revise(pub, sections, title, layout=dialog.layout_options())
    assert office.publications.get(pub).sections[1].text == "b. Sumber: OSS."
    assert office.publications.get(pub).layout == LayoutOptions("A4", "Kata")


def test_preview_tells_why_it_cannot_render(qtbot, composer, monkeypatch, tmp_path):
    make, _output = composer
    dialog = make()
    bad = tmp_path / "bukan.png"
    bad.write_bytes(b"bukan gambar")
    monkeypatch.setattr(prompts, "choose_file", lambda *a, **k: bad)
    dialog.title_edit.setText("X")
    qtbot.mouseClick(dialog.editor.image_button, Qt.MouseButton.LeftButton)
    wait_preview(qtbot, dialog)
    assert "PNG atau JPEG" in dialog.preview_status.text()


def test_submit_says_it_goes_to_the_acting_head_while_a_delegation_is_in_force(qtbot, office, clock, monkeypatch):
    output = processed_output(office)
    as_user(office, "kepala")
    sekretaris = next(u for u in office.accounts.users() if u.username == "sekretaris")
    office.accounts.delegate(sekretaris.id, clock.now.date(), clock.now.date() + dt.timedelta(days=1))
    as_user(office, "kasubag")
    pub = office.publications.create("Brosur", "brosur", [SectionDraft("Izin", "Teks", output)])
    tab = SubmitTab(office)
    qtbot.addWidget(tab)
    tab.refresh()
    tab.select(pub)
    asked = []
    monkeypatch.setattr(prompts, "ask_text", lambda parent, title, label, **k: asked.append(label) or "Mohon")
    next(a.button for a in tab.actions_ if a.label == "Ajukan ke Kepala").click()
    assert "Plt. Kepala Dinas Nurlela Harahap" in asked[0]
    assert office.publications.get(pub).cover_note == "Mohon"


def test_save_refuses_what_the_service_would_refuse_and_keeps_the_dialog_open(qtbot, composer, monkeypatch):
    make, _output = composer
    dialog = make()
    errors = []
    monkeypatch.setattr(prompts, "error", lambda parent, title, text, *a: errors.append(text))
    dialog.accept()
    assert errors == ["Judul wajib diisi."] and dialog.isVisible()
    dialog.title_edit.setText("Poster")
    dialog.editor.set_image(b"\x89PNG\r\n\x1a\nrusak")
    dialog.accept()
    assert "PNG atau JPEG" in errors[-1] and dialog.isVisible()
    dialog.editor.set_image(None)
    dialog.accept()
    assert dialog.result() == ComposeDialog.DialogCode.Accepted and not dialog.isVisible()


def test_new_publication_from_the_submit_tab_saves_the_composed_layout(qtbot, office, monkeypatch):
    output = processed_output(office)
    as_user(office, "kasubag")
    tab = SubmitTab(office)
    qtbot.addWidget(tab)
    tab.refresh()

    def fill(dialog):
        dialog.title_edit.setText("Poster Izin")
        dialog.kind_combo.setCurrentIndex(dialog.kind_combo.findData("poster"))
        dialog.paper_combo.setCurrentIndex(dialog.paper_combo.findData("A2"))
        dialog.heading_edit.setText("Izin")
        dialog.output_combo.setCurrentIndex(dialog.output_combo.findData(output))
        return True

    monkeypatch.setattr(prompts, "run_dialog", fill)
    next(a.button for a in tab.actions_ if a.label == "Publikasi Baru").click()
    pub = office.publications.list()[0]
    assert pub.title == "Poster Izin" and pub.kind == "poster"
    assert office.publications.get(pub.id).layout.paper == "A2"
    assert office.publications.document(pub.id).sections[0].table is not None


def test_the_preview_shows_the_brochure_spread_over_its_inside_panels(qtbot, composer, tmp_path):
    make, output = composer
    dialog = make()
    dialog.resize(1300, 800)
    dialog.title_edit.setText("Brosur Izin 2025")
    dialog.kind_combo.setCurrentIndex(dialog.kind_combo.findData("brosur"))
    editor = dialog.editor
    editor.heading_edit.setText("Ringkasan")
    qtbot.keyClicks(editor.text_edit.editor, "Izin terbit sepanjang tahun 2025.")
    editor.output_combo.setCurrentIndex(editor.output_combo.findData(output))
    assert editor.chart_check.isChecked() and editor.chart_check.text() == "Grafik"
    wait_preview(qtbot, dialog)
    assert dialog.preview.page_count() == 2
    dialog.preview.go_to(1)  # the inside of the brochure
    image = dialog.preview.current_image()
    width, height = image.width(), image.height()

    def inked(x0: int, x1: int) -> int:
        """Dark pixels in a panel's content area (above the page footer), on a coarse grid."""
        return sum(1 for x in range(x0, x1, 3) for y in range(int(height * 0.05), int(height * 0.88), 3)
                   if image.pixelColor(x, y).lightness() < 160)

    panels = [inked(i * width // 3 + 8, (i + 1) * width // 3 - 8) for i in range(3)]
    assert all(count > 20 for count in panels), panels  # text, table or chart in each, none left empty
    if __import__("os").environ.get("PADI_SHOTS"):
        dialog.grab().save("/tmp/walk-output/compose-brochure-preview.png")


def test_the_table_source_is_edited_with_the_publication(qtbot, composer, office):
    make, output = composer
    dialog = make()
    dialog.title_edit.setText("Brosur")
    dialog.heading_edit.setText("Izin")
    source = dialog.editor.source_edit
    assert not source.isEnabled()  # no table, no source line
    dialog.output_combo.setCurrentIndex(dialog.output_combo.findData(output))
    assert source.isEnabled() and source.text() == "OSS"  # the dataset's Sumber metadata, not a file name
    assert dialog.values()[2][0].source is None  # unchanged: it follows the metadata
    source.setText("Bidang Perizinan DPMPTSP")
    wait_preview(qtbot, dialog)
    title, kind, sections = dialog.values()
    assert sections[0].source == "Bidang Perizinan DPMPTSP"
    pub = office.publications.create(title, kind, sections)
    assert office.publications.document(pub).sections[0].table.source == "Bidang Perizinan DPMPTSP"

    detail = office.publications.get(pub)  # revising shows the source as it was saved
    again = make()
    again.load(detail.summary.title, detail.summary.kind, detail.sections, detail.layout)
    assert again.editor.source_edit.text() == "Bidang Perizinan DPMPTSP"
    assert again.values()[2][0].source == "Bidang Perizinan DPMPTSP"


def test_a_returned_publication_shows_the_note_in_the_list_and_the_detail(qtbot, office):
    output = processed_output(office)
    as_user(office, "kasubag")
    pub = office.publications.create("Brosur Investasi 2024", "brosur", [SectionDraft("Izin", "Teks", output)])
    office.publications.submit(pub, "Mohon")
    as_user(office, "kepala")
    office.publications.return_for_revision(pub, [NoteDraft("Tambahkan sumber data pada tabel.", 0),
                                                  NoteDraft("Judul kurang jelas.")])
    as_user(office, "staf")
    tab = SubmitTab(office)
    qtbot.addWidget(tab)
    tab.resize(1200, 700)
    tab.show()
    tab.refresh()
    entry = tab.ui.itemList.item(0)
    assert entry.text().splitlines()[-1].startswith("✎ Catatan Perbaikan: Bagian 1: Tambahkan sumber")  # the marker
    assert "Judul kurang jelas." in entry.toolTip() and "Tambahkan sumber data" in entry.toolTip()
    tab.select(pub)
    detail = tab.ui.detailLabel.text()
    assert "Catatan Perbaikan dari Bonar Sitompul (versi 1)" in detail
    assert "Umum: Judul kurang jelas." in detail  # before Perbaiki is clicked
