"""GUI, step 2 (Validasi): findings in words that lead to their cells, accepting errors, settings, the letter."""

from __future__ import annotations

import os
import shutil
import subprocess

import pytest
from PySide6.QtCore import Qt

from desktop_app.domain.columns import ColumnSpec, ColumnType
from desktop_app.gui import prompts
from desktop_app.gui.main_window import MainWindow
from desktop_app.gui.stages.validate import CheckSettingsDialog, LetterDialog
from desktop_app.services.datasets.dataset_service import DatasetMeta
from tests.conftest import PASSWORD

COLUMNS = (
    ColumnSpec("Bulan", ColumnType.PERIOD),
    ColumnSpec("Jenis", ColumnType.CATEGORY, codes=("NIB", "PBG")),
    ColumnSpec("Laki-laki", ColumnType.INTEGER, unit="orang"),
    ColumnSpec("Perempuan", ColumnType.INTEGER, unit="orang"),
    ColumnSpec("Jumlah", ColumnType.INTEGER, unit="orang"),
)
# Row 3 repeats the key (Bulan, Jenis) of row 1, and its Jumlah is not Laki-laki + Perempuan.
ROWS = [("2025-01", "NIB", 1200, 34, 1234), ("2025-01", "PBG", 40, 45, 85), ("2025-01", "NIB", 300, 10, 300)]
# Then 30 clean months, July 2022 to December 2024, so the grid has to scroll.
ROWS += [(f"{2022 + (6 + i) // 12}-{(6 + i) % 12 + 1:02d}", "PBG", 20 + i, 5, 25 + i) for i in range(30)]


def button(tab, label):
    return next(a.button for a in tab.actions_ if a.label == label)


def click(qtbot, tab, label):
    widget = button(tab, label)
    assert widget.isEnabled(), f"{label!r} is disabled: {widget.toolTip()}"
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


def switch_user(window, username):
    window.services.accounts.logout()
    window.services.accounts.login(username, PASSWORD)
    window.refresh()


def finding_items(tab):
    return [tab.findings.item(i) for i in range(tab.findings.count())]


@pytest.fixture
def window(qtbot, office, clock):
    office.accounts.login("staf", PASSWORD)
    ds = office.datasets.create(DatasetMeta("Pemohon Izin Menurut Jenis Kelamin", source="Bidang Pelayanan Perizinan",
                                            unit="orang"), COLUMNS, ROWS)
    office.datasets.set_check_settings(ds, ["Bulan", "Jenis"], None)
    office.datasets.check(ds)
    win = MainWindow(office, "padi.db")
    qtbot.addWidget(win)
    win.resize(1500, 950)
    win.refresh()
    win.show()
    win.tabs.setCurrentWidget(win.stages[1])
    return win


def test_findings_in_words_lead_to_their_cells_and_kasubag_accepts(qtbot, window, monkeypatch, tmp_path):
    validate, process = window.stages[1], window.stages[2]
    assert validate.count() == 1
    texts = [i.text() for i in finding_items(validate)]
    assert "Kesalahan · Baris 3, Bulan: kunci baris sama dengan baris 1" in texts
    assert "Kesalahan · Baris 3, Jumlah: jumlah tidak sama dengan penjumlahan bagian-bagiannya (seharusnya 310)" in texts
    assert "Kolom kunci: Bulan, Jenis" in validate.ui.detailLabel.text()
    assert "menemukan 2 kesalahan" in validate.ui.detailLabel.text()
    assert validate.grid.rowCount() == len(ROWS)

    # Double-click a finding: its cell is selected in the read-only grid.
    total = next(i for i in finding_items(validate) if "Jumlah:" in i.text())
    rect = validate.findings.visualItemRect(total)
    qtbot.waitExposed(window)
    qtbot.mouseClick(validate.findings.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert validate.grid.currentRow() == -1  # a single click only selects the finding
    qtbot.mouseDClick(validate.findings.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert (validate.grid.currentRow(), validate.grid.currentColumn()) == (2, 4)
    assert validate.grid.item(2, 4).text() == "300"

    # Staff may not accept the errors: the button says who may.
    accept = button(validate, "Terima Kesalahan")
    assert not accept.isEnabled()
    assert accept.toolTip() == "Hanya Kasubag Program atau Sekretaris yang dapat menerima kesalahan pemeriksaan."

    # A confirmation with the scanned reply attached.
    scan = tmp_path / "balasan-bidang.pdf"
    scan.write_bytes(b"%PDF-1.4 balasan")
    monkeypatch.setattr(prompts, "choose_file", lambda *a, **k: scan)

    def fill_confirmation(dialog):
        qtbot.mouseClick(dialog.attach_button, Qt.MouseButton.LeftButton)
        assert dialog.attachment_label.text() == "balasan-bidang.pdf"
        dialog.ui.personEdit.setText("Pak Rudi")
        return True

    monkeypatch.setattr(prompts, "run_dialog", fill_confirmation)
    click(qtbot, validate, "Catat Konfirmasi Data")
    assert "balasan-bidang.pdf" in validate.ui.detailLabel.text()
    assert window.services.datasets.confirmation_attachment(validate.current_item().id, 0)[1] == scan.read_bytes()

    qtbot.wait(50)  # let the layout take the new detail text
    validate.grab().save("/tmp/validate.png")

    # Validating with errors is refused with a clear message.
    refusals = []
    monkeypatch.setattr(prompts, "error", lambda parent, title, text, details="": refusals.append(text))
    click(qtbot, validate, "Tandai Tervalidasi")
    assert refusals and "masih menemukan kesalahan" in refusals[0] and process.count() == 0

    # The Kasubag accepts with a reason, and validates.
    switch_user(window, "kasubag")
    monkeypatch.setattr(prompts, "ask_text", lambda *a, **k: "Sumber memang mencatat dua pengajuan NIB.")
    click(qtbot, validate, "Terima Kesalahan")
    assert "diterima oleh Budi Santoso (Kasubag Program)" in validate.ui.detailLabel.text()
    assert "Sumber memang mencatat" in validate.ui.detailLabel.text()
    assert not button(validate, "Terima Kesalahan").isEnabled()
    qtbot.wait(50)  # let the layout take the new detail text
    validate.grab().save("/tmp/validate_accepted.png")
    click(qtbot, validate, "Tandai Tervalidasi")
    assert validate.count() == 0 and process.count() == 1


def test_check_settings_dialog_and_letter(qtbot, window, monkeypatch, tmp_path):
    validate = window.stages[1]
    dataset_id = validate.current_item().id

    def set_keys(dialog):
        assert isinstance(dialog, CheckSettingsDialog)
        dialog.set_keys({"Bulan", "Jenis", "Laki-laki"})
        dialog.threshold.setValue(30)
        return True

    monkeypatch.setattr(prompts, "run_dialog", set_keys)
    click(qtbot, validate, "Pengaturan Pemeriksaan")
    settings = window.services.datasets.check_settings(dataset_id)
    assert settings.key_columns == ("Bulan", "Jenis", "Laki-laki") and settings.change_threshold == 30
    texts = [i.text() for i in finding_items(validate)]
    assert not any("kunci baris" in t for t in texts)  # the re-run used the new key
    assert "Ambang perubahan: 30,0%" in validate.ui.detailLabel.text()
    change = next(i for i in finding_items(validate) if i.text().startswith("Peringatan · Kumpulan Data, Jumlah:"))
    assert "perubahan dari periode sebelumnya melebihi ambang batas (2025-01: +" in change.text()
    validate.go_to_finding(change)  # a finding about a whole column selects that column
    assert validate.grid.selectionModel().isColumnSelected(4)

    if shutil.which("pdftotext") is None:
        pytest.skip("needs poppler-utils")

    def fill_letter(dialog):
        assert isinstance(dialog, LetterDialog)
        assert dialog.addressee_edit.text() == "Bidang Pelayanan Perizinan"
        assert dialog.number_label.text() == "000.5/0001/DPMPTSP/2026"  # from the register, not typed
        assert dialog.signer_combo.count() == 2  # the head, or the Sekretaris on the head's behalf
        dialog.signer_combo.setCurrentIndex(dialog.signer_combo.findData("sekretaris"))
        dialog.addressee_edit.setText("Kepala Bidang Pelayanan Perizinan")
        if os.environ.get("PADI_SHOTS"):
            dialog.grab().save("/tmp/walk-output/letter-dialog.png")
        return True

    out = tmp_path / "surat"
    monkeypatch.setattr(prompts, "run_dialog", fill_letter)
    monkeypatch.setattr(prompts, "choose_save_file", lambda *a, **k: out)
    with qtbot.waitSignal(validate.sig_job_finished, timeout=30000) as finished:
        click(qtbot, validate, "Surat Permohonan Konfirmasi")
    assert finished.args == [True]
    pdf = tmp_path / "surat.pdf"
    text = subprocess.run(["pdftotext", str(pdf), "-"], check=True, capture_output=True, text=True).stdout
    flat = " ".join(text.split())
    assert "000.5/0001/DPMPTSP/2026" in flat and "Permohonan Konfirmasi Data" in flat and "1.234" in flat
    assert "a.n. Kepala DPMPTSP Kota Tebing Tinggi Sekretaris, Nurlela Harahap" in flat
    assert window.services.activity.entries()[0].action == "confirmation_letter"
    assert "000.5/0001/DPMPTSP/2026" in window.statusBar().currentMessage()
    assert [r.signer_name for r in window.services.letters.register()] == ["Nurlela Harahap"]


def test_a_subtotal_of_the_source_file_that_does_not_add_up_is_a_finding(qtbot, office, tmp_path):
    from tests.services.test_subtotal_checks import recap

    office.accounts.login("staf", PASSWORD)
    preview = office.imports.preview(recap(tmp_path / "rekap.xlsx", first_subtotal=(8, 25, 33)))
    dataset = office.imports.commit(preview, dataset_name="Rekap Izin 2024").dataset_id
    office.datasets.check(dataset)
    win = MainWindow(office, "padi.db")
    qtbot.addWidget(win)
    win.resize(1500, 950)
    win.refresh()
    win.show()
    validate = win.stages[1]
    win.tabs.setCurrentWidget(validate)
    validate.select(dataset)
    texts = [i.text() for i in finding_items(validate)]
    assert texts == [
        "Kesalahan · Baris 3, PMDN: subtotal “Sub Total Semester I” (baris 7 berkas sumber) tertulis 25, "
        "penjumlahan baris 1–3 = 23",
        "Kesalahan · Baris 3, Jumlah: subtotal “Sub Total Semester I” (baris 7 berkas sumber) tertulis 33, "
        "penjumlahan baris 1–3 = 31"]
    assert "Subtotal berkas sumber: 3 baris" in validate.ui.detailLabel.text()
    validate.go_to_finding(finding_items(validate)[0])
    assert (validate.grid.currentRow(), validate.grid.currentColumn()) == (2, 3)
    # The No column is an identifier: shown as it is, not summed into anything.
    assert validate.grid.item(0, 0).text() == "1"
