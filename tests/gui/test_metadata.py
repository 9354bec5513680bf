"""Metadata of a dataset: the editor fills the Satu Data Indonesia fields and the meter follows."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt

from desktop_app.domain.columns import ColumnSpec, ColumnType
from desktop_app.domain.metadata import DatasetMeta, completeness
from desktop_app.gui import prompts
from desktop_app.gui.dialogs.metadata import MetadataDialog
from desktop_app.gui.main_window import MainWindow
from tests.conftest import PASSWORD


def test_completeness_counts_missing_fields():
    bare = completeness(DatasetMeta("Izin"))
    assert bare.filled == 2 and "definition" in bare.missing  # name and access level
    full = DatasetMeta("Izin", "Perizinan", "d", "izin", "bulanan", "2025", "OSS", "DPMPTSP", ("izin",), "k", "d",
                       "jumlah", "jenis", "rekap", "12.76", "DPMPTSP", "telp", "public", "CC BY 4.0",
                       dt.date(2025, 1, 1), dt.date(2025, 2, 1))
    assert completeness(full).percent == 100


def test_metadata_dialog_round_trip(qtbot):
    dialog = MetadataDialog(DatasetMeta("Izin", keywords=("izin", "oss")))
    qtbot.addWidget(dialog)
    assert dialog.meter.value() == 3
    dialog.widgets["definition"].setPlainText("Jumlah izin terbit.")
    dialog.widgets["area_code"].setCurrentIndex(dialog.widgets["area_code"].findData("12.76.01"))
    dialog.widgets["release_date"].check.setChecked(True)
    meta = dialog.value()
    assert meta.definition == "Jumlah izin terbit." and meta.area_code == "12.76.01"
    assert meta.keywords == ("izin", "oss") and meta.release_date is not None
    assert dialog.meter.value() == 6


def test_prepare_tab_saves_metadata(qtbot, office, monkeypatch):
    office.accounts.login("staf", PASSWORD)
    dataset = office.datasets.create(DatasetMeta("Izin"), (ColumnSpec("Jenis"), ColumnSpec("Jumlah", ColumnType.INTEGER)),
                                     [("NIB", 3)])
    window = MainWindow(office, "padi.db")
    qtbot.addWidget(window)
    window.refresh()
    prepare = window.stages[0]

    def fill(dialog):
        dialog.widgets["source"].setText("Sistem OSS-RBA")
        dialog.widgets["custodian"].setText("DPMPTSP")
        return True

    monkeypatch.setattr(prompts, "run_dialog", fill)
    button = next(a.button for a in prepare.actions_ if a.label == "Metadata")
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    meta = office.datasets.get(dataset).meta
    assert meta.source == "Sistem OSS-RBA" and meta.custodian == "DPMPTSP"
    assert prepare.meter.value() == 4
    assert "Definisi" in prepare.meter.toolTip()


def test_new_dataset_with_kecamatan_code_list(qtbot):
    from desktop_app.gui.dialogs.new_dataset import NewDatasetDialog
    dialog = NewDatasetDialog()
    qtbot.addWidget(dialog)
    dialog.name_edit.setText("NIB per Kecamatan")
    dialog.set_columns([("Kode Kecamatan", ColumnType.CATEGORY), ("Jumlah", ColumnType.INTEGER)])
    codes = dialog.columns_table.cellWidget(0, 2)
    codes.setCurrentIndex(codes.findData("kecamatan"))
    _meta, columns = dialog.result_values()
    assert columns[0].codes == ("12.76.01", "12.76.02", "12.76.03", "12.76.04", "12.76.05")
    assert columns[1].codes == ()
