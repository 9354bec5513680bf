"""Import through the preview dialog: fix a bad cell, accept, then check, confirm and validate."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QDialog, QDialogButtonBox, QLineEdit, QWidget

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
        # "1.250" alone does not say whether it is 1250 or 1.25: the preview asks, and refuses to import meanwhile.
        assert "kolom Jumlah: tanda desimal belum jelas" in dialog.problems.item(0).text()
        mark = dialog.mark_choice("Jumlah")
        assert mark.currentData() == "" and "1.250" in mark.currentText()
        seen["open_summary"] = dialog.summary.text()
        mark.setCurrentIndex(mark.findData(","))  # the user picks the decimal comma: the column is read again
        assert dialog.grid.item(0, 2).text() in ("1.250", "1250")
        assert "(dipilih)" in dialog.mark_choice("Jumlah").currentText()
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
    assert "Tanda desimal kolom Jumlah belum jelas" in seen["open_summary"]
    assert "1 baris masih berisi sel" in seen["summary"] and "belum jelas" not in seen["summary"]
    assert any("baris 6" in p and "kolom Jumlah" in p for p in seen["problems"])
    assert any("baris jumlah/total dilewati" in p for p in seen["problems"])
    dataset_id = office.datasets.find("Izin Triwulan III")
    assert office.datasets.get(dataset_id).rows[1] == ("2", "PBG", 200)
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


def month_workbook(path):
    """A workbook of one sheet per month, each with the same table and different numbers."""
    from tests.services.importing.workbooks import write_xlsx

    january = [["Kecamatan", "Jumlah Izin"], ["Padang Hulu", 3], ["Rambutan", 5]]
    february = [["Kecamatan", "Jumlah Izin"], ["Padang Hulu", 11], ["Rambutan", 13], ["Bajenis", 17]]
    return write_xlsx(path, january, title="Januari", extra_sheets=[("Februari", february, "visible")])


def test_choosing_another_sheet_refreshes_the_preview_and_imports_that_sheet(qtbot, office, tmp_path, monkeypatch):
    office.accounts.login("staf", PASSWORD)
    window = MainWindow(office, "padi.db")
    qtbot.addWidget(window)
    window.refresh()
    prepare = window.stages[0]
    window.tabs.setCurrentWidget(prepare)
    book = month_workbook(tmp_path / "izin-2025.xlsx")
    monkeypatch.setattr(prompts, "choose_file", lambda *a, **k: book)
    seen = {}

    def pick_february(dialog):
        dialog.show()
        assert dialog.preview.sheet == "Januari" and dialog.grid.rowCount() == 2
        dialog.sheet.setCurrentIndex(dialog.sheet.findText("Februari"))  # as the user picks it in "Lembar"
        seen["sheet"], seen["rows"] = dialog.preview.sheet, dialog.grid.rowCount()
        seen["shown"] = [dialog.grid.item(r, 1).text() for r in range(dialog.grid.rowCount())]
        dialog.name_edit.setText("Izin Februari")
        dialog._on_accept()
        return dialog.result() == dialog.DialogCode.Accepted

    monkeypatch.setattr(prompts, "run_dialog", pick_february)
    with qtbot.waitSignals([prepare.sig_job_finished, prepare.sig_job_finished], timeout=30000):
        click(qtbot, prepare, "Impor dari Excel…")
    assert (seen["sheet"], seen["rows"]) == ("Februari", 3)
    assert seen["shown"] == ["11", "13", "17"]
    dataset = office.datasets.get(office.datasets.find("Izin Februari"))
    assert list(dataset.rows) == [("Padang Hulu", 11), ("Rambutan", 13), ("Bajenis", 17)]
    imported = next(e for e in office.activity.entries() if e.action == "dataset_imported")
    assert imported.detail["sheet"] == "Februari"


def test_import_refuses_to_accept_a_layout_that_is_not_the_one_shown(qtbot, office, tmp_path, monkeypatch):
    """Header row changed but not read again: "Impor" reads it first and leaves the dialog open."""
    from desktop_app.gui.dialogs.import_preview import ImportDialog
    from desktop_app.services.datasets.importing import read_preview

    book = month_workbook(tmp_path / "izin.xlsx")
    dialog = ImportDialog(read_preview(book), lambda **options: read_preview(book, **options), [])
    qtbot.addWidget(dialog)
    dialog.header_row.setValue(2)
    dialog._on_accept()
    assert dialog.result() != dialog.DialogCode.Accepted
    assert dialog.preview.header_row == 2


def start_import(qtbot, office, tmp_path, monkeypatch, book, on_dialog):
    office.accounts.login("staf", PASSWORD)
    window = MainWindow(office, "padi.db")
    qtbot.addWidget(window)
    window.refresh()
    window.show()
    prepare = window.stages[0]
    window.tabs.setCurrentWidget(prepare)
    monkeypatch.setattr(prompts, "choose_file", lambda *a, **k: book)
    monkeypatch.setattr(prompts, "run_dialog", on_dialog)
    with qtbot.waitSignals([prepare.sig_job_finished, prepare.sig_job_finished], timeout=30000):
        click(qtbot, prepare, "Impor dari Excel…")
    return window


def test_period_columns_turned_into_rows_with_the_year_asked_for(qtbot, office, tmp_path, monkeypatch):
    from tests.services.importing.test_unpivot import months_workbook

    book = months_workbook(tmp_path / "izin-bulanan.xlsx", title="REKAP IZIN TERBIT PER BULAN")
    errors = []
    monkeypatch.setattr(prompts, "error", lambda parent, title, text, details="": errors.append(text))
    seen = {}

    def turn_and_accept(dialog):
        dialog.show()
        assert dialog.unpivot.isVisible() and not dialog.unpivot.isChecked()
        assert "Jan, Feb, Mar, Apr" in dialog.period_info.text()
        assert dialog.year.isEnabled() and dialog.year.text() == "(isi tahun)"
        dialog.unpivot.setChecked(True)  # no year in the title, sheet or file name: asked for
        assert errors and "Tahun" in errors[-1] and not dialog.unpivot.isChecked()
        assert len(dialog.preview.rows) == 2
        dialog.year.setValue(2024)
        dialog.unpivot.setChecked(True)
        assert dialog.preview.unpivoted is not None and len(dialog.preview.rows) == 24
        assert [dialog.types.item(r, 0).text() for r in range(dialog.types.rowCount())] == [
            "No", "Kecamatan", "Bulan", "Nilai"]
        seen["problems"] = [dialog.problems.item(i).text() for i in range(dialog.problems.count())]
        dialog.name_edit.setText("Izin per Bulan 2024")
        return True

    start_import(qtbot, office, tmp_path, monkeypatch, book, turn_and_accept)
    assert any("kolom periode diubah menjadi baris" in p for p in seen["problems"])
    assert any("kolom Jumlah" in p and "diperiksa lalu dilewati" in p for p in seen["problems"])
    detail = office.datasets.get(office.datasets.find("Izin per Bulan 2024"))
    assert [c.name for c in detail.columns] == ["No", "Kecamatan", "Bulan", "Nilai"]
    assert detail.rows[0] == ("1", "Padang Hulu", "2024-01", 1) and len(detail.rows) == 24
    assert len(detail.subtotals) == 15


def test_a_code_typed_as_a_number_is_fixed_in_the_preview_and_imported_as_text(qtbot, office, tmp_path, monkeypatch):
    from desktop_app.domain.columns import ColumnType
    from tests.services.importing.workbooks import write_xlsx

    book = write_xlsx(tmp_path / "usaha.xlsx", [["KLU", "Uraian", "Jumlah"], [47111, "Perdagangan eceran", 12],
                                                [46100, "Perdagangan besar", 3], [10710, "Roti", 5]])

    def pick_code_type(dialog):
        dialog.show()
        combo = dialog.types.cellWidget(0, 1)
        assert combo.currentData() == "integer"
        labels = [combo.itemText(i) for i in range(combo.count())]
        assert "Kode/Nomor" in labels
        combo.setCurrentIndex(combo.findData(ColumnType.IDENTIFIER.value))  # the preview is read again
        assert dialog.preview.types["KLU"] == ColumnType.IDENTIFIER
        assert dialog.preview.column("KLU") == ["47111", "46100", "10710"]
        dialog.name_edit.setText("Usaha per KLU")
        return True

    start_import(qtbot, office, tmp_path, monkeypatch, book, pick_code_type)
    detail = office.datasets.get(office.datasets.find("Usaha per KLU"))
    assert detail.columns[0].type == ColumnType.IDENTIFIER
    assert [r[0] for r in detail.rows] == ["47111", "46100", "10710"]


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
        marks = dialog.mark_choice("Jumlah")  # "1.250" reads two ways: the person says how
        marks.setCurrentIndex(marks.findData(","))
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


def test_a_changed_choice_leaves_no_stale_widget_drawn_over_the_column_table(qtbot, office, tmp_path, monkeypatch):
    # Choosing how "Jumlah" is read (or a column's type) re-reads the preview and rebuilds the table's choices:
    # the old combo boxes must vanish at once, not stay painted over the new ones until the dialog closes.
    book = messy_workbook(tmp_path / "rekap-izin.xlsx")
    seen: dict[str, object] = {}

    def choose(dialog):
        dialog.show()
        marks = dialog.mark_choice("Jumlah")
        marks.setCurrentIndex(marks.findData(","))
        types = dialog.types.cellWidget(1, 1)
        types.setCurrentIndex(types.findData(ColumnType.TEXT.value))
        current = {dialog.types.cellWidget(r, c) for r in range(dialog.types.rowCount()) for c in (1, 2)}
        drawn = [w for w in dialog.types.viewport().findChildren(QWidget)
                 if w.isVisible() and w.parent() is dialog.types.viewport() and w not in current]
        seen["stale"] = [w.currentText() if isinstance(w, QComboBox) else type(w).__name__ for w in drawn]
        return False

    office.accounts.login("staf", PASSWORD)
    window = MainWindow(office, "padi.db")
    qtbot.addWidget(window)
    window.refresh()
    prepare = window.stages[0]
    monkeypatch.setattr(prompts, "choose_file", lambda *a, **k: book)
    monkeypatch.setattr(prompts, "run_dialog", choose)
    with qtbot.waitSignal(prepare.sig_job_finished, timeout=30000):
        click(qtbot, prepare, "Impor dari Excel…")
    assert seen["stale"] == []
