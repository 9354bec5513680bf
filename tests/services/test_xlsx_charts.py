"""Native Excel charts: present in the workbook, and LibreOffice turns the file into a PDF."""

import shutil
import subprocess

import pytest
from openpyxl import Workbook, load_workbook

from desktop_app.domain.charts import ChartKind, ChartSpec, Series, chart_of
from desktop_app.domain.tables import TableData
from desktop_app.render.xlsx.charts import add_native_chart
from desktop_app.services.datasets.exporting import export_table

TABLE = TableData(
    title="Izin per kecamatan", headers=("Kecamatan", "Berusaha", "Non-Berusaha"),
    rows=(("Kota Baru", 420, 30), ("=1+1", 150, 8), ("Telanaipura", 310, 12)),
    total=("Total", 880, 50), unit="izin", source="OSS", numeric_columns=(1, 2),
)


@pytest.mark.parametrize("kind", [ChartKind.BAR, ChartKind.STACKED_BAR, ChartKind.LINE, ChartKind.PIE,
                                  ChartKind.DONUT])
def test_each_kind_is_a_native_chart(tmp_path, kind):
    wb = Workbook()
    ws = wb.active
    add_native_chart(ws, chart_of(TABLE, kind), "E2", data_origin="E22")
    path = tmp_path / "c.xlsx"
    wb.save(path)
    sheet = load_workbook(path).active
    assert len(sheet._charts) == 1
    assert sheet["E23"].value == "Kota Baru" and sheet["E24"].value == "'=1+1"  # never a formula
    assert sheet["F23"].value == 420


def test_stacked_and_grouped_bars_differ():
    wb = Workbook()
    grouped = add_native_chart(wb.active, chart_of(TABLE, ChartKind.BAR), "E2", "E22")
    stacked = add_native_chart(wb.active, chart_of(TABLE, ChartKind.STACKED_BAR), "E40", "E60")
    assert grouped.grouping == "clustered" and stacked.grouping == "stacked"
    assert stacked.series[0].dLbls.showVal
    assert grouped.y_axis.title is not None


def test_key_figure_is_a_big_number_cell():
    wb = Workbook()
    ws = wb.active
    card = ChartSpec(ChartKind.KEY_FIGURE, "Izin 2024", ("2024",), (Series("Izin", (12345.0,)),), unit="izin",
                     subtitle="Semua jenis")
    cell = add_native_chart(ws, card, "B2")
    assert not ws._charts
    assert cell.value == 12345.0 and cell.font.b and cell.font.sz == 28
    assert ws["B2"].value == "Izin 2024" and ws["B4"].value == "Semua jenis"


def test_export_table_with_a_chart(tmp_path):
    result = export_table(TABLE, "xlsx", tmp_path / "t.xlsx", chart=chart_of(TABLE, ChartKind.BAR))
    sheet = load_workbook(result.path)["Data"]
    assert len(sheet._charts) == 1
    assert sheet["A1"].value == "Kecamatan"
    plain = export_table(TABLE, "xlsx", tmp_path / "plain.xlsx")
    assert not load_workbook(plain.path)["Data"]._charts


@pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice is not installed")
def test_libreoffice_converts_the_workbook_to_pdf(tmp_path):
    wb = Workbook()
    ws = wb.active
    for i, kind in enumerate(ChartKind):
        add_native_chart(ws, chart_of(TABLE, kind), f"A{1 + 20 * i}", data_origin=f"K{1 + 20 * i}")
    path = tmp_path / "charts.xlsx"
    wb.save(path)
    done = subprocess.run(
        ["soffice", f"-env:UserInstallation=file://{tmp_path}/lo", "--headless", "--convert-to", "pdf",
         "--outdir", str(tmp_path), str(path)],
        capture_output=True, timeout=180, check=False,
    )
    pdf = tmp_path / "charts.pdf"
    assert done.returncode == 0 and pdf.exists() and pdf.read_bytes().startswith(b"%PDF")


# --- long labels that begin alike stay apart (the Excel third of the three renderers) ---------
ALIKE = ("Persetujuan Bangunan Gedung untuk Usaha Mikro (PBG-UM)",
         "Persetujuan Bangunan Gedung untuk Usaha Kecil (PBG-UK)", "Sertifikat Standar", "Sertifikat Laik Fungsi")


def _chart_xml(path):
    """The first chart of the workbook as openpyxl reads its XML (a ChartSpace)."""
    import zipfile

    from openpyxl.chart.chartspace import ChartSpace
    from openpyxl.xml.functions import fromstring

    with zipfile.ZipFile(path) as archive:
        name = sorted(n for n in archive.namelist() if n.startswith("xl/charts/chart"))[0]
        return ChartSpace.from_tree(fromstring(archive.read(name)))


def _cells(workbook, ref: str) -> list:
    sheet_name, cells = ref.rsplit("!", 1)
    sheet = workbook[sheet_name.strip("'")]
    cells = cells.replace("$", "")
    if ":" not in cells:
        return [sheet[cells].value]
    return [c.value for row in sheet[cells] for c in row]


def test_labels_that_begin_alike_stay_whole_in_the_workbook(tmp_path):
    quarters = tuple(Series(f"Triwulan {q}", (40.0 * i, 35.0 * i, 120.0 * i, 9.0 * i))
                     for i, q in enumerate(("I", "II", "III"), 1))
    wb = Workbook()
    add_native_chart(wb.active, ChartSpec(ChartKind.BAR, "Izin per triwulan", ALIKE, quarters, "Jenis Izin"),
                     "A1", data_origin="K1")
    path = tmp_path / "izin.xlsx"
    wb.save(path)
    space = _chart_xml(path)
    bars = space.chart.plotArea._charts[0]
    assert bars.barDir == "bar" and bars.grouping == "clustered"  # long labels: the bars lie down
    category_axis = next(a for a in space.chart.plotArea._axes if a.tagname == "catAx")
    assert category_axis.scaling.orientation == "maxMin"  # the first category on top
    assert len(bars.ser) == 3  # one series per value column (quarter)
    workbook = load_workbook(path)
    assert [_cells(workbook, s.tx.strRef.f)[0] for s in bars.ser] == ["Triwulan I", "Triwulan II", "Triwulan III"]
    labels = _cells(workbook, bars.ser[0].cat.strRef.f if bars.ser[0].cat.strRef else bars.ser[0].cat.numRef.f)
    assert labels == list(ALIKE) and len(set(labels)) == 4
    short = tmp_path / "pendek.xlsx"
    wb = Workbook()
    add_native_chart(wb.active, ChartSpec(ChartKind.BAR, "Izin", ("NIB", "PBG"), quarters[:1]), "A1", "K1")
    wb.save(short)
    assert _chart_xml(short).chart.plotArea._charts[0].barDir == "col"  # short labels stand


# --- a value without data (a series' missing month) is an empty cell and a gap, never 0 -------------
GAP = TableData("Izin per bulan", ("Bulan", "Jumlah"), (("Jan 2024", 42), ("Feb 2024", None), ("Mar 2024", 49)),
                total=("Total", 91), unit="izin", source="OSS", numeric_columns=(1,),
                note="Tidak ada data untuk Februari 2024 (ditandai –); total hanya mencakup periode yang ada datanya.")


@pytest.mark.parametrize("kind", [ChartKind.BAR, ChartKind.LINE, ChartKind.STACKED_BAR])
def test_a_value_without_data_is_an_empty_cell_and_a_gap_in_the_chart(tmp_path, kind):
    result = export_table(GAP, "xlsx", tmp_path / "gap.xlsx", chart=chart_of(GAP, kind))
    book = load_workbook(result.path)
    sheet = book["Data"]
    assert [sheet.cell(row=r, column=2).value for r in range(2, 6)] == [42, None, 49, 91]  # the table: empty
    chart = _chart_xml(result.path).chart
    assert chart.dispBlanksAs == "gap"  # Excel and LibreOffice draw no bar and break the line
    values = _cells(book, chart.plotArea._charts[0].series[0].val.numRef.f)
    assert values == [42, None, 49]  # the chart's data block: empty, never 0
    texts = [c.value for row in sheet.iter_rows() for c in row if isinstance(c.value, str)]
    assert "Sel kosong: tidak ada data" in texts
    meta = {row[0].value: row[1].value for row in book["Metadata"].iter_rows(min_row=2)}
    assert meta["Catatan"] == GAP.note


def test_a_key_figure_without_data_is_a_dash_not_0():
    wb = Workbook()
    card = ChartSpec(ChartKind.KEY_FIGURE, "Izin Februari 2024", ("Total",), (Series("Izin", (float("nan"),)),),
                     unit="izin")
    cell = add_native_chart(wb.active, card, "B2")
    assert cell.value == "–"
