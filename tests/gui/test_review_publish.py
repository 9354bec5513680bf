"""GUI steps 6–7 offscreen: page-by-page review with pinned notes, the changes since the return, approval
bound to the hash shown, then publish, print, approval sheet, internet package and the distribution register;
with the refusals (self-approval, a version changed after review, export of an unapproved version, return
without a note)."""

from __future__ import annotations

import datetime as dt
import shutil
import subprocess
import threading

import pypdfium2 as pdfium
import pytest
from PySide6.QtCore import Qt
from PySide6.QtPrintSupport import QPrinter
from sqlalchemy import select

from desktop_app.domain.errors import BadInput, NotAllowed
from desktop_app.domain.workflow import PublicationState
from desktop_app.gui import prompts
from desktop_app.gui.stages.publish import PublishTab
from desktop_app.gui.stages.review import ReviewTab
from desktop_app.services.publications.publication_service import SectionDraft, content_hash
from desktop_app.storage.models import PublicationVersion
from tests.services.test_workflow_services import as_user, submitted


def button(tab, label):
    return next(a.button for a in tab.actions_ if a.label == label)


def click(qtbot, tab, label):
    widget = button(tab, label)
    assert widget.isEnabled(), f"{label!r} is disabled: {widget.toolTip()}"
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


def tamper(services, publication_id):
    """Another PC changes the submitted version behind the reviewer's back (content and its hash)."""
    with services.ctx.db.unit_of_work() as s:
        version = s.scalars(select(PublicationVersion).where(PublicationVersion.publication_id == publication_id)
                            .order_by(PublicationVersion.number.desc())).first()
        content = {**version.content, "title": "Judul diubah diam-diam"}
        version.content, version.content_hash = content, content_hash(content)


@pytest.fixture
def errors(monkeypatch):
    shown: list[str] = []
    monkeypatch.setattr(prompts, "error", lambda _parent, _title, text, _details="": shown.append(text))
    return shown


@pytest.fixture
def questions(monkeypatch):
    """Every confirmation asked, answered yes."""
    asked: list[str] = []
    monkeypatch.setattr(prompts, "confirm", lambda _parent, _title, text: asked.append(text) or True)
    return asked


@pytest.fixture
def tabs(qtbot, office):
    review, publish = ReviewTab(office), PublishTab(office)
    for tab in (review, publish):
        qtbot.addWidget(tab)
        tab.resize(1300, 800)
        tab.show()
        tab.sig_changed.connect(review.refresh)  # as the main window does
        tab.sig_changed.connect(publish.refresh)
    return review, publish


def test_the_pages_are_rendered_off_the_gui_thread(qtbot, office, tabs, monkeypatch):
    review, _ = tabs
    submitted(office)
    as_user(office, "kepala")
    threads, render = [], office.publications.preview_pdf

    def recording(publication_id):
        threads.append(threading.current_thread())
        return render(publication_id)

    monkeypatch.setattr(office.publications, "preview_pdf", recording)
    with qtbot.waitSignal(review.pages_ready, timeout=20000):
        review.refresh()
    assert review.pages.page_count() >= 1 and len(threads) == 1
    assert threads[0] is not threading.main_thread()
    review.refresh()  # the same version again: nothing is rendered twice
    assert len(threads) == 1


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="needs poppler-utils")
def test_review_loop_then_everything_step_7_offers(qtbot, office, clock, tmp_path, monkeypatch, errors, tabs,
                                                  questions):
    review, publish = tabs
    as_user(office, "admin")
    sekretaris = next(u for u in office.accounts.users() if u.username == "sekretaris")
    office.accounts.delegate(sekretaris.id, clock.now.date(), clock.now.date() + dt.timedelta(days=7))
    pub = submitted(office, author="sekretaris")  # the acting head (Plt.) composed and submitted it
    output = office.publications.get(pub).sections[0].output_id

    # Self-approval: the Plt. may approve in general, but not what they submitted.
    as_user(office, "sekretaris")
    review.refresh()
    click(qtbot, review, "Setujui")
    assert errors[-1].startswith("Anda tidak dapat menyetujui")
    assert office.publications.get(pub).summary.state == PublicationState.SUBMITTED

    # The head reads the exact PDF page by page; a return needs a note (button and service).
    as_user(office, "kepala")
    with qtbot.waitSignal(review.pages_ready, timeout=20000):  # the PDF is rendered off the GUI thread
        review.refresh()
    assert review.count() == 1 and review.pages.page_count() >= 1
    assert office.publications.get(pub).content_hash[:12] in review.hash_label.text()
    assert not button(review, "Kembalikan").isEnabled()
    review.grab().save(str(tmp_path / "halaman.png"))
    with pytest.raises(BadInput, match="note_required"):
        office.publications.return_for_revision(pub, [])
    review.section_combo.setCurrentIndex(1)  # pinned to section 1 ("Izin")
    qtbot.keyClicks(review.note_edit, "Sebutkan sumber data.")
    qtbot.mouseClick(review.add_note_button, Qt.MouseButton.LeftButton)
    review.note_edit.setPlainText("Periksa judul.")
    qtbot.mouseClick(review.add_note_button, Qt.MouseButton.LeftButton)
    assert review.note_list.count() == 2
    review.note_list.setCurrentRow(1)
    qtbot.mouseClick(review.remove_note_button, Qt.MouseButton.LeftButton)
    clock.advance(minutes=4)
    click(qtbot, review, "Kembalikan")
    detail = office.publications.get(pub)
    assert detail.summary.state == PublicationState.RETURNED
    assert [(n.section_index, n.text) for n in detail.notes] == [(0, "Sebutkan sumber data.")]
    assert review.count() == 0

    # The author revises and resubmits (step 5); the head sees what changed, side by side.
    as_user(office, "sekretaris")
    office.publications.revise(pub, [SectionDraft("Izin", "Teks. Sumber: Bidang Perizinan.", output)])
    office.publications.submit(pub, "Sumber sudah ditambahkan.")

    # Nothing can be exported before approval.
    as_user(office, "staf")
    publish.refresh()
    assert publish.count() == 0 and not button(publish, "Cetak...").isEnabled()
    with pytest.raises(NotAllowed, match="not_approved"):
        office.printing.approved_pdf(pub)

    as_user(office, "kepala")
    review.refresh()
    assert review.views.tabText(1) == "Perubahan (1)"
    changes = review.changes.toHtml()
    assert "Sumber: Bidang Perizinan." in changes and "Sebutkan sumber data." in changes
    assert "Versi 1" in changes and "Versi 2" in changes
    review.views.setCurrentIndex(1)
    review.grab().save(str(tmp_path / "perubahan.png"))

    # A version changed after it was opened is not approved with the hash that was shown.
    tamper(office, pub)
    click(qtbot, review, "Setujui")
    assert errors[-1].startswith("Isi publikasi berubah sejak ditinjau")
    assert office.publications.get(pub).summary.state == PublicationState.SUBMITTED
    review.refresh()  # the head looks again at what is there now, and approves that
    clock.advance(minutes=3)
    click(qtbot, review, "Setujui")
    assert office.publications.get(pub).summary.state == PublicationState.APPROVED

    # Step 7 as the staff.
    as_user(office, "staf")
    publish.refresh()
    assert publish.count() == 1
    out_dir = tmp_path / "terbit"
    out_dir.mkdir()
    monkeypatch.setattr(prompts, "choose_folder", lambda *a, **k: out_dir)
    with qtbot.waitSignal(publish.sig_job_finished, timeout=30000) as finished:
        click(qtbot, publish, "Terbitkan PDF")
    assert finished.args == [True]
    pdf = next(out_dir.glob("*.pdf"))
    text = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True, check=True).stdout
    assert "Judul diubah" in text and "Bonar Sitompul" in text and "Versi 2" in text

    printed = tmp_path / "cetak.pdf"

    def print_to_file(_parent, paint):
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setResolution(96)
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(printed))
        paint(printer)
        return True

    monkeypatch.setattr(prompts, "print_preview", print_to_file)
    click(qtbot, publish, "Cetak...")
    pages = []
    for path in (printed, pdf):
        document = pdfium.PdfDocument(str(path))
        pages.append(len(document))
        document.close()
    assert pages[0] == pages[1] >= 1

    sheet = tmp_path / "lembar.pdf"
    monkeypatch.setattr(prompts, "choose_save_file", lambda *a, **k: sheet)
    click(qtbot, publish, "Lembar Persetujuan")
    text = subprocess.run(["pdftotext", str(sheet), "-"], capture_output=True, text=True, check=True).stdout
    assert "LEMBAR PERSETUJUAN PUBLIKASI" in text and "Bonar Sitompul" in text

    web = tmp_path / "web"
    web.mkdir()
    monkeypatch.setattr(prompts, "choose_folder", lambda *a, **k: web)
    monkeypatch.setattr(prompts, "ask_text", lambda *a, **k: "https://contoh.example/unduh")
    with qtbot.waitSignal(publish.sig_job_finished, timeout=30000) as finished:
        click(qtbot, publish, "Paket Internet")
    assert finished.args == [True], errors
    package = next(web.iterdir())
    assert (package / "index.html").is_file() and (package / "data.json").is_file()

    def fill(dialog):
        dialog.set_channel("cetak")
        dialog.copies_spin.setValue(250)
        dialog.note_edit.setText("Loket pelayanan")
        return True

    monkeypatch.setattr(prompts, "run_dialog", fill)
    click(qtbot, publish, "Catat Distribusi")
    publish.refresh()
    assert publish.register.rowCount() == 1
    assert publish.register.item(0, 1).text() == "Cetak" and publish.register.item(0, 2).text() == "250"
    assert not errors[2:], errors
    publish.grab().save(str(tmp_path / "publikasi.png"))
    actions = [e.action for e in office.activity.entries()]
    for action in ("publication_published", "publication_printed", "approval_sheet_written",
                   "publication_package_written", "publication_distributed"):
        assert action in actions


def test_changes_view_shows_changed_figures_side_by_side(qtbot, tmp_path):
    from PySide6.QtCore import QUrl
    from PySide6.QtGui import QImage, QTextDocument

    from desktop_app.documents.publication import Section
    from desktop_app.gui.stages.review import ChangesBrowser
    from desktop_app.services.publications.version_diff import diff_documents
    from tests.services.test_version_diff import chart, doc, table

    old = doc(Section("Izin", "Naik 5 persen.", table([("NIB", 3), ("PBG", 2)], ("Total", 5)), chart([3, 2])))
    new = doc(Section("Izin", "Naik 7 persen.", table([("NIB", 5), ("PBG", 2)], ("Total", 7)), chart([5, 2])))
    view = ChangesBrowser()
    qtbot.addWidget(view)
    view.resize(1000, 900)
    view.show_diff(diff_documents(old, new, 1, 2))
    assert sorted(view.images) == ["grafik-new-0.png", "grafik-old-0.png"]
    html = view.toHtml()
    assert "grafik-old-0.png" in html and "grafik-new-0.png" in html
    assert "line-through" in html and ">5<" in html and ">7<" in html  # old and new figures
    view.show()
    view.grab().save(str(tmp_path / "perubahan-grafik.png"))
    loaded = view.document().resource(QTextDocument.ResourceType.ImageResource.value, QUrl("grafik-new-0.png"))
    assert isinstance(loaded, QImage) and loaded.width() == 460  # the layout asked the view for the chart


def test_a_decision_asks_once_and_never_lands_on_the_next_item(qtbot, office, errors, tabs, monkeypatch):
    review, _publish = tabs
    first = submitted(office)
    as_user(office, "kasubag")
    output = office.publications.get(first).sections[0].output_id
    second = office.publications.create("Brosur Investasi 2024", "brosur", [SectionDraft("Investasi", "Teks", output)])
    office.publications.submit(second, "Mohon persetujuan")
    as_user(office, "kepala")
    review.refresh()
    assert review.current_item().id == first  # the first one is open on arrival, its pages shown
    detail = office.publications.get(first)
    asked: list[str] = []
    answers = iter([False, True])
    monkeypatch.setattr(prompts, "confirm", lambda _parent, _title, text: asked.append(text) or next(answers))

    click(qtbot, review, "Setujui")  # declined: nothing happens
    assert office.publications.get(first).summary.state == PublicationState.SUBMITTED
    assert "'Brosur'" in asked[0] and "versi 1" in asked[0] and detail.content_hash[:12] in asked[0]
    click(qtbot, review, "Setujui")
    assert office.publications.get(first).summary.state == PublicationState.APPROVED
    assert len(asked) == 2  # once per click, nothing asks twice

    # The second click of a double-click finds nothing selected and Setujui disabled.
    assert review.current_item() is None and review.count() == 1
    assert not button(review, "Setujui").isEnabled() and not button(review, "Kembalikan").isEnabled()
    assert "Pilih publikasi" in review.ui.detailLabel.text()
    qtbot.mouseClick(button(review, "Setujui"), Qt.MouseButton.LeftButton)
    review.refresh()  # any later refresh keeps it so
    assert review.current_item() is None and len(asked) == 2
    assert office.publications.get(second).summary.state == PublicationState.SUBMITTED

    # The head opens the next one and returns it; the question names it.
    review.select(second)
    assert button(review, "Setujui").isEnabled()
    review.note_edit.setPlainText("Sebutkan sumber data.")
    qtbot.mouseClick(review.add_note_button, Qt.MouseButton.LeftButton)
    monkeypatch.setattr(prompts, "confirm", lambda _parent, _title, text: asked.append(text) or False)
    click(qtbot, review, "Kembalikan")
    assert asked[-1].startswith("Kembalikan 'Brosur Investasi 2024' ke penyusun")
    assert office.publications.get(second).summary.state == PublicationState.SUBMITTED
    assert review.note_list.count() == 1  # the note written is kept for the next try
    assert not errors
