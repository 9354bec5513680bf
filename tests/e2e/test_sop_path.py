"""The whole SOP through the real widgets, offscreen: steps 1–8 with a return-and-resubmit loop."""

from __future__ import annotations

import shutil
import subprocess

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QLineEdit

from desktop_app.gui import prompts
from desktop_app.gui.login_dialog import LoginDialog
from desktop_app.gui.main_window import MainWindow
from desktop_app.services.archive.backup_format import verify_backup
from tests.conftest import OFFICE, PASSWORD

pytestmark = [pytest.mark.e2e, pytest.mark.engines]  # on SQLite and on PostgreSQL (tests/engines.py)


def button(tab, label):
    for stage_action in tab.actions_:
        if stage_action.label == label:
            return stage_action.button
    raise AssertionError(f"no button {label!r}")


def click(qtbot, tab, label):
    widget = button(tab, label)
    assert widget.isEnabled(), f"{label!r} is disabled: {widget.toolTip()}"
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


def switch_user(qtbot, window, username):
    window.services.accounts.logout()
    dialog = LoginDialog(window.services, demo=False)
    qtbot.addWidget(dialog)
    qtbot.keyClicks(dialog.ui.usernameEdit, username)
    qtbot.keyClicks(dialog.ui.passwordEdit, PASSWORD)
    dialog.try_login()
    assert dialog.result() == LoginDialog.DialogCode.Accepted, dialog.ui.errorLabel.text()
    window.refresh()


def type_cell(qtbot, grid, row, col, text):
    grid.setCurrentCell(row, col)  # with AllEditTriggers this opens the editor, as a click would
    if grid.state() != grid.State.EditingState:
        grid.editItem(grid.item(row, col))
    editors = [e for e in grid.viewport().findChildren(QLineEdit) if e.isVisible()]
    assert len(editors) == 1
    qtbot.keyClicks(editors[0], text)  # left open: the next cell or Simpan commits it


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="needs poppler-utils")
def test_whole_sop_through_the_gui(qtbot, office, clock, tmp_path, monkeypatch):
    services = office
    services.accounts.login("staf", PASSWORD)
    window = MainWindow(services, services.ctx.db.location.display())
    qtbot.addWidget(window)
    window.refresh()
    window.show()
    prepare, validate, process, present, submit, review, publish, archive = window.stages

    # Step 1: a new dataset, rows typed into the grid.
    def fill_new_dataset(dialog):
        dialog.name_edit.setText("Izin Terbit Triwulan III 2026")
        dialog.group_edit.setText("Perizinan")
        dialog.unit_edit.setText("izin")
        dialog.source_edit.setText("Bidang Pelayanan Perizinan")
        return True

    monkeypatch.setattr(prompts, "run_dialog", fill_new_dataset)
    window.tabs.setCurrentWidget(prepare)
    click(qtbot, prepare, "Kumpulan Data Baru")
    assert prepare.count() == 1
    grid = prepare.grid
    for row, (kind, count) in enumerate((("NIB", "1.250"), ("PBG", "85"), ("NIB", "310"))):
        qtbot.mouseClick(prepare.add_row_button, Qt.MouseButton.LeftButton)
        type_cell(qtbot, grid, row, 0, kind)
        type_cell(qtbot, grid, row, 1, count)
    clock.advance(minutes=6)
    click(qtbot, prepare, "Kirim ke Pemeriksaan")
    assert prepare.count() == 0 and validate.count() == 1

    # Step 2: checks passed; one confirmation with its source; validated.
    window.tabs.setCurrentWidget(validate)
    assert "lulus" in validate.ui.detailLabel.text()

    def fill_confirmation(dialog):
        dialog.ui.personEdit.setText("Pak Rudi, operator OSS")
        dialog.ui.noteEdit.setPlainText("Dicocokkan dengan rekap OSS.")
        return True

    monkeypatch.setattr(prompts, "run_dialog", fill_confirmation)
    click(qtbot, validate, "Catat Konfirmasi Data")
    assert "Bidang Pelayanan Perizinan" in validate.ui.detailLabel.text()
    click(qtbot, validate, "Tandai Tervalidasi")
    assert process.count() == 1

    # Step 3: grouped total and a bar chart, saved as an output.
    window.tabs.setCurrentWidget(process)
    process.group_combo.setCurrentText("Uraian")
    qtbot.mouseClick(process.compute_button, Qt.MouseButton.LeftButton)
    assert process.result.rows == (("NIB", 1560.0), ("PBG", 85.0))
    assert process.chart.spec is not None and process.chart.spec.categories == ("NIB", "PBG")
    assert process.table.item(2, 1).text() == "1.645"
    monkeypatch.setattr(prompts, "ask_text", lambda *a, **k: "Izin per jenis")
    click(qtbot, process, "Simpan Keluaran")
    assert present.count() == 1

    # Step 4: the catalogue shows the office's phone and fax.
    window.tabs.setCurrentWidget(present)
    assert OFFICE.phone in present.ui.detailLabel.text() and OFFICE.fax in present.ui.detailLabel.text()
    click(qtbot, present, "Sajikan di Katalog Data")
    assert present.count() == 0

    # Step 5: the Kasubag composes from the output and submits.
    switch_user(qtbot, window, "kasubag")
    output_id = services.datasets.outputs()[0].id

    def fill_compose(dialog):
        dialog.title_edit.setText("Brosur Perizinan Triwulan III 2026")
        dialog.heading_edit.setText("Izin Terbit")
        dialog.text_edit.setPlainText("Izin terbit menurut jenis <b>& lainnya</b>.")
        dialog.output_combo.setCurrentIndex(dialog.output_combo.findData(output_id))
        return True

    monkeypatch.setattr(prompts, "run_dialog", fill_compose)
    click(qtbot, submit, "Publikasi Baru")
    monkeypatch.setattr(prompts, "ask_text", lambda *a, **k: "Mohon persetujuan.")
    click(qtbot, submit, "Ajukan ke Kepala")
    assert review.count() == 1
    assert not button(review, "Setujui").isEnabled()
    assert "Kepala Dinas" in button(review, "Setujui").toolTip()

    # Step 6: the head returns it with a note ...
    switch_user(qtbot, window, "kepala")
    assert "Menunggu persetujuan Kepala Dinas: 1" in window.dashboard.inbox.text()
    clock.advance(minutes=4)
    assert not button(review, "Kembalikan").isEnabled()  # a return needs a note first
    review.note_edit.setPlainText("Sebutkan sumber data.")
    qtbot.mouseClick(review.add_note_button, Qt.MouseButton.LeftButton)
    monkeypatch.setattr(prompts, "confirm", lambda *a: True)  # "Kembalikan '…' ke penyusun?", "Setujui '…'?"
    click(qtbot, review, "Kembalikan")
    assert review.count() == 0 and submit.count() == 1

    # ... the Kasubag revises and resubmits ...
    switch_user(qtbot, window, "kasubag")

    def revise(dialog):
        assert any("Sebutkan sumber data." in label.text() for label in dialog.findChildren(QLabel))
        dialog.text_edit.setPlainText("Izin terbit menurut jenis. Sumber: Bidang Pelayanan Perizinan.")
        return True

    monkeypatch.setattr(prompts, "run_dialog", revise)
    click(qtbot, submit, "Perbaiki")
    monkeypatch.setattr(prompts, "ask_text", lambda *a, **k: "Sudah diperbaiki.")
    click(qtbot, submit, "Ajukan ke Kepala")

    # ... and the head approves version 2.
    switch_user(qtbot, window, "kepala")
    clock.advance(minutes=5)
    click(qtbot, review, "Setujui")
    assert publish.count() == 1

    # Step 7: the approved version goes out as a PDF.
    switch_user(qtbot, window, "staf")
    out_dir = tmp_path / "terbit"
    out_dir.mkdir()
    monkeypatch.setattr(prompts, "choose_folder", lambda *a, **k: out_dir)
    with qtbot.waitSignal(publish.sig_job_finished, timeout=30000) as finished:
        click(qtbot, publish, "Terbitkan PDF")
    assert finished.args == [True]
    pdfs = list(out_dir.glob("*.pdf"))
    assert len(pdfs) == 1
    # The brochure is three panels a side, so read the text in reading order, with its lines joined.
    text = " ".join(subprocess.run(["pdftotext", str(pdfs[0]), "-"], capture_output=True, text=True,
                                   check=True).stdout.split())
    detail = services.publications.get(services.publications.list()[0].id)
    assert "Brosur Perizinan Triwulan III 2026" in text
    assert OFFICE.phone in text and OFFICE.fax in text
    assert "Bonar Sitompul" in text and "Versi 2" in text and detail.content_hash[:12] in text
    assert "1.560" in text and "Sumber: Bidang Pelayanan Perizinan" in text

    # Step 8: a verified backup on the "flash disk".
    usb = tmp_path / "usb"
    usb.mkdir()
    monkeypatch.setattr(prompts, "choose_folder", lambda *a, **k: usb)
    with qtbot.waitSignal(archive.sig_job_finished, timeout=30000) as finished:
        click(qtbot, archive, "Cadangkan Sekarang")
    assert finished.args == [True]
    backups = list(usb.glob("padi-cadangan-*.zip"))
    assert len(backups) == 1 and verify_backup(backups[0]).ok
    assert "Cadangan terakhir" in window.backup_label.text()

    # Every action is in the log with its step, actor and time against the standard.
    entries = services.activity.entries(limit=1000)
    steps = {e.step for e in entries if e.step}
    assert steps == set(range(1, 9))
    approved = next(e for e in entries if e.action == "publication_approved")
    assert approved.actor == "Bonar Sitompul" and approved.standard_seconds == 600
    assert approved.duration_seconds == 300
    assert services.activity.verify_chain().ok
    assert "utuh" in window.activity.chain_label.text()

    # Every state the SOP changed is backed by the log, and the anchor beside the database agrees.
    from desktop_app.services.runtime import integrity
    report = integrity.check(services.ctx)
    anchored = "not_checked" if services.ctx.db.is_server else "ok"  # a server office has no file beside it
    assert report.ok and report.warnings == () and report.anchor.status == anchored, integrity.summary(report)
    assert report.rows_checked >= 1
