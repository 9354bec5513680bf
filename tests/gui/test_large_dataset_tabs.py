"""GUI: a dataset over the grid's row limit is shown in pages (read only) in Persiapan, Validasi and
Penyajian; saving it keeps every row, and a finding still leads to its cell."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt

from desktop_app.domain.columns import ColumnSpec, ColumnType
from desktop_app.domain.tabulation import GroupTotalSpec
from desktop_app.gui.main_window import MainWindow
from desktop_app.services.datasets.dataset_service import DatasetMeta, NewConfirmation
from tests.conftest import PASSWORD

COLUMNS = (ColumnSpec("Bulan", ColumnType.PERIOD), ColumnSpec("Jenis"), ColumnSpec("Jumlah", ColumnType.INTEGER))
ROWS = [(f"{2020 + i // 12}-{i % 12 + 1:02d}", "NIB", i) for i in range(40)]
ROWS[30] = ("2020-01", "NIB", 30)  # repeats the key of row 1
LIMIT = 10


@pytest.fixture
def window(qtbot, office):
    office.accounts.login("staf", PASSWORD)
    ds = office.datasets.create(DatasetMeta("Izin Terbit Bulanan", unit="izin"), COLUMNS, ROWS)
    office.datasets.set_check_settings(ds, ["Bulan", "Jenis"], None)
    win = MainWindow(office, "padi.db")
    qtbot.addWidget(win)
    for tab in (win.stages[0], win.stages[1], win.stages[3]):
        tab.rows_view.row_limit = LIMIT
    win.resize(1400, 900)
    win.refresh()
    win.show()
    return win


def shown_rows(tab):
    view = tab.rows_view
    assert view.paged, "the rows should be read in pages"
    model = view.big.model()
    return [[model.data(model.index(r, c)) for c in range(model.columnCount())] for r in range(model.rowCount())]


def test_a_large_draft_is_paged_read_only_and_saving_keeps_its_rows(qtbot, window):
    prepare = window.stages[0]
    prepare.select(prepare.current_item().id)
    assert prepare.rows_view.big.paged_model.cached_pages() == [0]  # only the first page was read
    assert shown_rows(prepare)[39] == ["2023-04", "NIB", "39"]
    assert not prepare.add_row_button.isEnabled() and not prepare.remove_row_button.isEnabled()
    assert "hanya bisa diubah lewat impor" in prepare.ui.detailLabel.text()
    assert prepare.save()
    ds = prepare.current_item().id
    assert len(window.services.datasets.get(ds).rows) == 40

    prepare.rows_view.row_limit = 100  # a small dataset: the editable grid again
    prepare.show_item(prepare.current_item())
    assert not prepare.rows_view.paged and prepare.grid.rowCount() == 40 and prepare.add_row_button.isEnabled()


def test_validation_findings_lead_to_cells_of_the_paged_table(qtbot, window):
    ds = window.stages[0].current_item().id
    window.services.datasets.check(ds)
    window.refresh()
    validate = window.stages[1]
    window.tabs.setCurrentWidget(validate)
    validate.select(ds)
    assert len(shown_rows(validate)) == 40
    entry = next(validate.findings.item(i) for i in range(validate.findings.count())
                 if "Baris 31" in validate.findings.item(i).text())
    validate.go_to_finding(entry)
    current = validate.rows_view.big.currentIndex()
    assert (current.row(), current.column()) == (30, 0)


def test_presentation_shows_a_large_dataset_in_pages(qtbot, window):
    services = window.services
    ds = window.stages[0].current_item().id
    services.datasets.set_check_settings(ds, [], None)
    services.datasets.check(ds)
    services.datasets.confirm(ds, NewConfirmation("Bidang Perizinan", "telepon", dt.date(2026, 11, 24)))
    services.accounts.logout()
    services.accounts.login("kasubag", PASSWORD)
    services.datasets.validate(ds)
    services.datasets.save_output(ds, "Izin per jenis", GroupTotalSpec("Jenis", "Jumlah"))
    window.refresh()
    present = window.stages[3]
    present.select(ds)
    assert shown_rows(present)[0] == ["2020-01", "NIB", "0"]
    present.rows_view.big.setFocus()
    qtbot.keyClick(present.rows_view.big, Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)
    assert present.rows_view.big.currentIndex().row() == 39
