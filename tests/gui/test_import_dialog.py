"""Import through the preview dialog: fix a bad cell, accept, then check, confirm and validate."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLineEdit

from desktop_app.domain.columns import ColumnSpec, ColumnType
from desktop_app.domain.metadata import DatasetMeta
from desktop_app.gui import prompts
from desktop_app.gui.main_window import MainWindow
from tests.conftest import PASSWORD
from tests.services.test_imports import messy_workbook


def click(qtbot, tab, label):
    button = next(a.button for a in tab.actions_ if a.label == label)
    assert button.isEnabled(), button.toolTip()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def test_import_fix_accept_check_confirm_validate(qtbot, office, tmp_path, monkeypatch):
    office.accounts.login("staf", PASSWORD)
    window = MainWindow(office, "padi.db")
    qtbot.addWidget(window)
    window.refresh()
    window.show()
    prepare, validate = window.stages[0], window.stages[1]
    window.tabs.setCurrentWidget(prepare)
    book = messy_workbook(tmp_path / "rekap-izin.xlsx")
    monkeypatch.setattr(prompts, "choose_file", lambda *a, **k: book)
    seen = {}

    def fix_and_accept(dialog):
        dialog.show()  # what exec() would do, without blocking the test
        seen["summary"] = dialog.summary.text()
        seen["problems"] = [dialog.problems.item(i).text() for i in range(dialog.problems.count())]
        # Double-click the problem: the grid jumps to the bad cell; type the right number there.
        dialog._on_problems_item_double_clicked(dialog.problems.item(0))
        grid = dialog.grid
        assert (grid.currentRow(), grid.currentColumn()) == (1, 2)
        grid.editItem(grid.item(1, 2))
        editor = next(e for e in grid.viewport().findChildren(QLineEdit) if e.isVisible())
        editor.selectAll()
        qtbot.keyClicks(editor, "200")
        grid.commit_open_editor()
        dialog.name_edit.setText("Izin Triwulan III")
        assert dialog.bad_rows() == 0
        return True

    monkeypatch.setattr(prompts, "run_dialog", fix_and_accept)
    with qtbot.waitSignals([prepare.sig_job_finished, prepare.sig_job_finished], timeout=30000):
        click(qtbot, prepare, "Impor dari Excel…")
    assert "1 baris masih berisi sel" in seen["summary"]
    assert any("baris 6" in p and "kolom Jumlah" in p for p in seen["problems"])
    assert any("baris jumlah/total dilewati" in p for p in seen["problems"])
    dataset_id = office.datasets.find("Izin Triwulan III")
    assert office.datasets.get(dataset_id).rows[1] == (2, "PBG", 200)
    assert prepare.current_item().id == dataset_id

    click(qtbot, prepare, "Kirim ke Pemeriksaan")
    window.tabs.setCurrentWidget(validate)
    assert "lulus" in validate.ui.detailLabel.text()

    def confirm(dialog):
        dialog.ui.sourceEdit.setText("Bidang Perizinan")
        return True

    monkeypatch.setattr(prompts, "run_dialog", confirm)
    click(qtbot, validate, "Catat Konfirmasi Data")
    click(qtbot, validate, "Tandai Tervalidasi")
    assert office.datasets.get(dataset_id).summary.state.value == "validated"
    actions = [e.action for e in office.activity.entries()]
    assert {"dataset_imported", "checks_run", "confirmation_logged", "dataset_validate"} <= set(actions)


def test_a_taken_name_is_said_in_the_dialog_which_keeps_every_choice(qtbot, office, tmp_path, monkeypatch):
    office.accounts.login("staf", PASSWORD)
    office.datasets.create(DatasetMeta("Izin Triwulan III"), (ColumnSpec("Jenis"),), [("NIB",)])
    window = MainWindow(office, "padi.db")
    qtbot.addWidget(window)
    window.refresh()
    prepare = window.stages[0]
    book = messy_workbook(tmp_path / "rekap-izin.xlsx")
    monkeypatch.setattr(prompts, "choose_file", lambda *a, **k: book)
    monkeypatch.setattr(prompts, "error", lambda *a, **k: pytest.fail(f"no message box: {a[2]}"))
    seen: dict[str, object] = {}

    def choose_then_accept(dialog):
        dialog.show()
        types = dialog.types.cellWidget(0, 1)  # "No": read it as text
        types.setCurrentIndex(types.findData(ColumnType.TEXT.value))
        dialog.skip_bad.setChecked(True)
        dialog.name_edit.setText("izin triwulan iii")  # taken (names are compared without case)
        ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
        qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
        seen["open"] = dialog.isVisible() and dialog.result() != QDialog.DialogCode.Accepted
        seen["error"] = dialog.target_error.text() if dialog.target_error.isVisible() else ""
        seen["kept"] = (dialog.sheet.currentText(), dialog.types.cellWidget(0, 1).currentData(),
                        dialog.skip_bad.isChecked(), dialog.preview.columns[0].type)
        dialog.grab().save(str(tmp_path / "nama-dipakai.png"))
        dialog.name_edit.setText("Izin Triwulan III (impor)")
        seen["cleared"] = not dialog.target_error.isVisible()
        qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
        return dialog.result() == QDialog.DialogCode.Accepted

    monkeypatch.setattr(prompts, "run_dialog", choose_then_accept)
    with qtbot.waitSignals([prepare.sig_job_finished, prepare.sig_job_finished], timeout=30000):
        click(qtbot, prepare, "Impor dari Excel…")
    assert seen["open"] and "sudah dipakai" in seen["error"]
    assert seen["kept"] == ("Rekap", ColumnType.TEXT.value, True, ColumnType.TEXT)
    assert seen["cleared"]
    imported = office.datasets.get(office.datasets.find("Izin Triwulan III (impor)"))
    assert imported.columns[0].type == ColumnType.TEXT and imported.summary.rows == 9  # the bad row skipped
