"""Pengolahan on the demo data: a pivot with columns, every chart kind, narrative, exports, background run."""

from __future__ import annotations

import openpyxl
import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QImage

from desktop_app.domain.charts import ChartKind
from desktop_app.gui import prompts
from desktop_app.gui.main_window import MainWindow
from desktop_app.gui.stages import process as process_module
from desktop_app.services.office.bundle import Services
from desktop_app.services.office.demo import DEMO_PASSWORD, seed_demo


@pytest.fixture
def tab(qtbot, tmp_path):
    services = Services.open(tmp_path / "demo.db")
    seed_demo(services)
    services.accounts.login("staf", DEMO_PASSWORD)
    window = MainWindow(services, "demo.db")
    qtbot.addWidget(window)
    window.refresh()
    window.show()
    process = window.stages[2]
    window.tabs.setCurrentWidget(process)
    yield process
    services.close()


def build_investment_pivot(qtbot, tab):
    assert tab.current_item().title.startswith("Realisasi Investasi")
    tab.group_combo.setCurrentText("Sektor")
    tab.cols_combo.setCurrentIndex(tab.cols_combo.findData("Status"))
    tab.value_combo.setCurrentIndex(tab.value_combo.findData("Jumlah Proyek"))
    qtbot.mouseClick(tab.compute_button, Qt.MouseButton.LeftButton)


def test_pivot_with_columns_and_every_chart_kind(qtbot, tab, tmp_path):
    build_investment_pivot(qtbot, tab)
    headers = [tab.table.horizontalHeaderItem(i).text() for i in range(tab.table.columnCount())]
    assert headers[:3] == ["Sektor", "PMA", "PMDN"] and headers[-1] == "Total"
    assert tab.table.item(tab.table.rowCount() - 1, len(headers) - 1).text() == "362"
    assert "Jumlah" in tab.narrative.toPlainText()
    for kind in ChartKind:
        tab.chart_kind.setCurrentIndex(tab.chart_kind.findData(kind.value))
        assert tab.chart.spec is not None and tab.chart.spec.kind == kind
        tab.chart.grab().save(str(tmp_path / f"chart-{kind.value}.png"))


def test_save_output_and_exports(qtbot, tab, tmp_path, monkeypatch):
    build_investment_pivot(qtbot, tab)
    monkeypatch.setattr(prompts, "ask_text", lambda *a, **k: "Proyek per sektor dan status")
    before = len(tab.services.datasets.outputs())
    qtbot.mouseClick(next(a.button for a in tab.actions_ if a.label == "Simpan Keluaran"), Qt.MouseButton.LeftButton)
    assert len(tab.services.datasets.outputs()) == before + 1
    tab.select(tab.services.datasets.find("Realisasi Investasi PMA dan PMDN per Sektor per Triwulan Tahun 2025"))
    build_investment_pivot(qtbot, tab)

    monkeypatch.setattr(prompts, "choose_save_file", lambda *a, **k: tmp_path / "proyek.xlsx")
    with qtbot.waitSignal(tab.sig_job_finished, timeout=20000) as finished:
        qtbot.mouseClick(next(a.button for a in tab.actions_ if a.label == "Ekspor Tabel…"), Qt.MouseButton.LeftButton)
    assert finished.args == [True]
    sheet = openpyxl.load_workbook(tmp_path / "proyek.xlsx").active
    assert sheet.cell(1, 1).value == "Sektor" and sheet._charts

    monkeypatch.setattr(prompts, "choose_save_file", lambda *a, **k: tmp_path / "grafik.png")
    monkeypatch.setattr(prompts, "choose_item", lambda *a, **k: "sosial")
    qtbot.mouseClick(next(a.button for a in tab.actions_ if a.label == "Ekspor Grafik…"), Qt.MouseButton.LeftButton)
    assert QImage(str(tmp_path / "grafik.png")).size().toTuple() == (1080, 1080)


def test_large_tabulation_runs_in_the_background(qtbot, tab, monkeypatch):
    monkeypatch.setattr(process_module, "BACKGROUND_ROWS", 0)
    tab.group_combo.setCurrentText("Sektor")
    with qtbot.waitSignal(tab.sig_job_finished, timeout=20000) as finished:
        qtbot.mouseClick(tab.compute_button, Qt.MouseButton.LeftButton)
    assert finished.args == [True] and tab.result is not None and len(tab.result.rows) == 8



def test_an_edited_narrative_is_saved_with_the_output(qtbot, tab, monkeypatch):
    build_investment_pivot(qtbot, tab)
    edited = tab.narrative.toPlainText() + " Kenaikan terutama dari sektor perdagangan."
    tab.narrative.setPlainText(edited)
    monkeypatch.setattr(prompts, "ask_text", lambda *a, **k: "Proyek per sektor (narasi disunting)")
    qtbot.mouseClick(next(a.button for a in tab.actions_ if a.label == "Simpan Keluaran"), Qt.MouseButton.LeftButton)
    output = next(o for o in tab.services.datasets.outputs() if o.name == "Proyek per sektor (narasi disunting)")
    assert tab.services.tabulation.output_narrative(output.id) == edited


def test_recap_of_two_datasets_opens_the_new_draft(qtbot, tab, monkeypatch):
    from desktop_app.domain.columns import ColumnSpec, ColumnType
    from desktop_app.services.datasets.dataset_service import DatasetMeta

    columns = (ColumnSpec("Jenis Izin"), ColumnSpec("Jumlah", ColumnType.INTEGER))
    datasets = tab.services.datasets
    jan = datasets.create(DatasetMeta("Izin Terbit Januari 2026", unit="izin"), columns, [("NIB", 40), ("PBG", 3)])
    feb = datasets.create(DatasetMeta("Izin Terbit Februari 2026", unit="izin"), columns, [("NIB", 52)])
    tab.window().refresh()

    def tick_both(dialog):
        dialog.set_chosen([jan, feb])
        dialog.name_edit.setText("Izin Terbit Januari-Februari 2026")
        dialog.grab().save("/tmp/recap-dialog.png")
        return dialog.buttons.button(dialog.buttons.StandardButton.Ok).isEnabled()

    monkeypatch.setattr(prompts, "run_dialog", tick_both)
    qtbot.mouseClick(next(a.button for a in tab.actions_ if a.label == "Rekapitulasi…"), Qt.MouseButton.LeftButton)
    window = tab.window()
    prepare = window.stages[0]
    assert window.tabs.currentWidget() is prepare
    assert prepare.current_item().title == "Izin Terbit Januari-Februari 2026"
    assert [r for r in datasets.get(prepare.current_item().id).rows] == [
        ("Izin Terbit Januari 2026", "NIB", 40), ("Izin Terbit Januari 2026", "PBG", 3),
        ("Izin Terbit Februari 2026", "NIB", 52)]


def test_row_numbers_and_codes_are_never_offered_as_the_value(qtbot, tmp_path):
    import datetime as dt

    from desktop_app.domain.columns import ColumnSpec, ColumnType
    from desktop_app.domain.roles import Role
    from desktop_app.services.datasets.dataset_service import DatasetMeta, NewConfirmation
    from tests.conftest import OFFICE, PASSWORD

    services = Services.open(tmp_path / "padi.db")
    services.accounts.setup(OFFICE, "staf", "Siti Rahma", PASSWORD, Role.STAF)
    services.accounts.login("staf", PASSWORD)
    columns = (ColumnSpec("No", ColumnType.IDENTIFIER), ColumnSpec("KBLI", ColumnType.IDENTIFIER),
               ColumnSpec("Kecamatan", ColumnType.TEXT), ColumnSpec("Jumlah Usaha", ColumnType.INTEGER))
    ds = services.datasets.create(DatasetMeta("Usaha per KBLI", source="OSS-RBA"), columns,
                                  [(1, 47111, "Bajenis", 12), (2, 10710, "Rambutan", 3)])
    services.datasets.check(ds)
    services.datasets.confirm(ds, NewConfirmation("OSS-RBA", "telepon", dt.date(2026, 11, 20)))
    services.datasets.validate(ds)
    window = MainWindow(services, "padi.db")
    qtbot.addWidget(window)
    window.refresh()
    process = window.stages[2]
    window.tabs.setCurrentWidget(process)
    process.select(ds)
    values = [process.value_combo.itemData(i) for i in range(process.value_combo.count())]
    assert values[1:] == ["Jumlah Usaha"] and process.value_combo.currentData() == "Jumlah Usaha"
    assert process.group_combo.currentText() == "Kecamatan"
    process.group_combo.setCurrentText("KBLI")
    process.compute()
    labels = [process.table.item(r, 0).text() for r in range(process.table.rowCount())]
    assert "47111" in labels and "47.111" not in labels
    services.close()
def test_the_chart_chooser_draws_a_line_per_quarter_and_the_output_keeps_the_choice(qtbot, tab, monkeypatch):
    assert tab.current_item().title.startswith("Realisasi Investasi")
    tab.group_combo.setCurrentText("Sektor")
    tab.cols_combo.setCurrentIndex(tab.cols_combo.findData("Triwulan"))
    tab.value_combo.setCurrentIndex(tab.value_combo.findData("Jumlah Proyek"))
    qtbot.mouseClick(tab.compute_button, Qt.MouseButton.LeftButton)
    quarters = [a.data() for a in tab.chart_series.menu().actions()]
    assert len(quarters) == 4 and tab.chart_series.isEnabled()  # one entry per quarter, no "Total"
    assert [s.name for s in tab.chart.spec.series] == quarters  # grouped bars, a colour per quarter
    assert tab.chart.spec.is_horizontal  # sector names are long: the bars lie down, labels whole
    assert [t for _i, t in tab.chart.category_ticks if t]  # the labels are on the axis
    tab.chart_kind.setCurrentIndex(tab.chart_kind.findData(ChartKind.LINE.value))
    assert tab.chart.spec.kind is ChartKind.LINE and len(tab.chart.spec.series) == 4
    for action in tab.chart_series.menu().actions()[1:3]:
        action.trigger()  # untick the second and third quarter
    assert [s.name for s in tab.chart.spec.series] == [quarters[0], quarters[3]]
    tab.chart_kind.setCurrentIndex(tab.chart_kind.findData(ChartKind.BAR.value))
    tab.chart_direction.setCurrentIndex(tab.chart_direction.findData(False))
    assert not tab.chart.spec.is_horizontal
    choice = tab.chart_choice()
    assert (choice.kind, choice.columns, choice.horizontal) == (ChartKind.BAR, (quarters[0], quarters[3]), False)

    monkeypatch.setattr(prompts, "ask_text", lambda *a, **k: "Proyek per sektor per triwulan")
    qtbot.mouseClick(next(a.button for a in tab.actions_ if a.label == "Simpan Keluaran"), Qt.MouseButton.LeftButton)
    output = tab.services.datasets.outputs()[-1]
    from desktop_app.services.datasets.dataset_service import output_chart
    with tab.services.ctx.db.reading() as s:
        saved = output_chart(s, output.id)
    assert [s.name for s in saved.series] == [quarters[0], quarters[3]] and saved.horizontal is False


def test_a_series_with_a_missing_month_shows_no_value_and_a_gap(qtbot, tab, tmp_path):
    from tests.services.test_series import add_month, validate

    services = tab.services
    ds = add_month(services, tmp_path, "2024-01", name="Izin Uji Bulanan").dataset_id
    add_month(services, tmp_path, "2024-03", name="Izin Uji Bulanan")  # February never arrives
    validate(services, ds)
    tab.window().refresh()
    tab.select(ds)
    tab.change.setChecked(True)
    tab.ytd.setChecked(True)
    qtbot.mouseClick(tab.compute_button, Qt.MouseButton.LeftButton)
    rows = {tab.table.item(r, 0).text(): [tab.table.item(r, c).text() for c in range(1, tab.table.columnCount())]
            for r in range(tab.table.rowCount())}
    assert rows["Februari 2024"] == ["–", "–", "–", "–"]  # no value, no change, no year to date: never 0
    assert rows["Maret 2024"][0] == "49" and rows["Maret 2024"][1:] == ["–", "–", "–"]
    assert rows["Total"][0] == "91"
    assert tab.table_note.isVisibleTo(tab) and "Februari 2024" in tab.table_note.text()
    assert tab.chart.spec.kind is ChartKind.LINE and tab.chart.spec.missing == ((0, 1),)
    assert "tidak ada data" in tab.chart.legend_label.text()
    assert "Februari 2024" in tab.narrative.toPlainText() and "0 izin" not in tab.narrative.toPlainText()
    tab.window().grab().save("/tmp/gaps-process-tab.png")
    tab.chart_kind.setCurrentIndex(tab.chart_kind.findData(ChartKind.BAR.value))
    tab.chart.grab().save("/tmp/gaps-process-bars.png")
