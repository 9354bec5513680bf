"""Charts drawn with reportlab (every kind, PDF via bar_chart_drawing) and exported as SVG."""

import xml.etree.ElementTree as ET

import pytest
from reportlab.graphics.shapes import Drawing

from desktop_app.domain.charts import ChartKind, ChartSpec, Series
from desktop_app.domain.errors import BadInput
from desktop_app.render.pdf.charts import bar_chart_drawing, chart_drawing
from desktop_app.render.pdf.kit import FONT, register_fonts
from desktop_app.services.datasets.chart_export import SIZES, export_svg, size_of

CATS = ("Januari", "Februari", "Maret", "April")
TWO = (Series("Berusaha", (400.0, 437.0, 474.0, 511.0)), Series("Non-Berusaha", (130.0, 139.0, 148.0, 157.0)))


def spec(kind: ChartKind) -> ChartSpec:
    if kind is ChartKind.KEY_FIGURE:
        return ChartSpec(kind, "Izin 2024", ("2024",), (Series("Izin", (12345.0,)),), unit="izin",
                         subtitle="Semua jenis", change_text="naik 12,5%", source="OSS")
    series = TWO[:1] if kind.is_circular else TWO
    return ChartSpec(kind, "Izin per bulan", CATS, series, x_label="Bulan", y_label="Jumlah", unit="izin",
                     source="OSS")


def _strings(drawing: Drawing) -> list[str]:
    found = []

    def walk(node):
        text = getattr(node, "text", None)
        if isinstance(text, str):
            found.append(text)
        for child in getattr(node, "contents", []) or []:
            walk(child)
    for node in drawing.getContents():
        walk(node)
        if hasattr(node, "draw") and not hasattr(node, "contents"):
            try:
                walk(node.draw())
            except Exception:  # noqa: BLE001 - a widget that cannot draw alone is skipped
                pass
    return found


@pytest.mark.parametrize("kind", list(ChartKind))
def test_every_kind_draws_and_pdf_gets_it_through_bar_chart_drawing(kind):
    register_fonts()
    drawing = chart_drawing(spec(kind), 450, FONT)
    assert drawing.width == 450 and drawing.height > 30
    assert bar_chart_drawing(spec(kind), 450, FONT).height == drawing.height
    tall = chart_drawing(spec(kind), 450, FONT, height=400)
    assert tall.height == pytest.approx(400, abs=1) or kind in (ChartKind.BAR, ChartKind.STACKED_BAR,
                                                               ChartKind.LINE)


def test_key_figure_and_donut_show_indonesian_numbers():
    register_fonts()
    assert "12.345 izin" in _strings(chart_drawing(spec(ChartKind.KEY_FIGURE), 400, FONT))
    donut = _strings(chart_drawing(spec(ChartKind.DONUT), 400, FONT))
    assert "1.822 izin" in donut and any("400 (22,0%)" in s for s in donut)


def test_empty_pie_draws_a_message():
    register_fonts()
    empty = ChartSpec(ChartKind.PIE, "Kosong", ("a",), (Series("s", (0.0,)),))
    assert "Tidak ada data untuk grafik ini." in _strings(chart_drawing(empty, 300, FONT))


def test_sizes():
    assert SIZES["sosial"] == (1080, 1080)
    assert SIZES["a4"] == (1754, 1240)
    assert SIZES["a3"] == (2480, 1754)
    with pytest.raises(BadInput):
        size_of("a5")


@pytest.mark.parametrize("kind", list(ChartKind))
def test_svg_parses_and_has_the_size(tmp_path, kind):
    path = export_svg(spec(kind), tmp_path / f"{kind.value}.svg", "a4")
    root = ET.parse(path).getroot()
    assert root.tag.endswith("svg")
    assert float(root.get("width").rstrip("px")) == 1754
    assert float(root.get("height").rstrip("px")) == 1240
    text = path.read_text(encoding="utf-8")
    if kind is not ChartKind.KEY_FIGURE:
        assert "Izin per bulan" in text and "Sumber: OSS" in text


def test_svg_into_a_missing_folder_is_refused(tmp_path):
    with pytest.raises(BadInput):
        export_svg(spec(ChartKind.BAR), tmp_path / "nope" / "x.svg")


# --- long labels that begin alike stay apart (the PDF third of the three renderers) ----------
ALIKE = ("Persetujuan Bangunan Gedung untuk Usaha Mikro (PBG-UM)",
         "Persetujuan Bangunan Gedung untuk Usaha Kecil (PBG-UK)", "Sertifikat Standar", "Sertifikat Laik Fungsi")
QUARTERS = tuple(Series(f"Triwulan {q}", (40.0 * i, 35.0 * i, 120.0 * i, 9.0 * i)) for i, q in
                 enumerate(("I", "II", "III"), 1))


def _pdf_words(drawing: Drawing, tmp_path) -> str:
    """The text pdftotext reads from a PDF holding the drawing, with runs of white space made one."""
    import shutil
    import subprocess

    from reportlab.graphics import renderPDF

    if shutil.which("pdftotext") is None:
        pytest.skip("needs poppler-utils")
    path = tmp_path / "chart.pdf"
    renderPDF.drawToFile(drawing, str(path))
    return " ".join(subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True,
                                   check=True).stdout.split())


@pytest.mark.parametrize(("kind", "series", "horizontal"), [
    (ChartKind.BAR, QUARTERS[:1], None), (ChartKind.BAR, QUARTERS, None), (ChartKind.STACKED_BAR, QUARTERS, None),
    (ChartKind.BAR, QUARTERS[:1], False), (ChartKind.LINE, QUARTERS[:2], None)])
@pytest.mark.parametrize("width", [230.0, 480.0])  # a brochure panel, a page
def test_labels_that_begin_alike_stay_whole_in_the_pdf(tmp_path, kind, series, horizontal, width):
    register_fonts()
    chart = ChartSpec(kind, "Izin", ALIKE, series, "Jenis Izin", "Jumlah", "izin", horizontal=horizontal)
    drawing = chart_drawing(chart, width, FONT)
    plot = next(node for node in drawing.contents if hasattr(node, "categoryAxis"))
    names = [" ".join(str(name).split()) for name in plot.categoryAxis.categoryNames]
    assert names == list(ALIKE)  # wrapped perhaps, never shortened
    text = _pdf_words(drawing, tmp_path)
    assert "…" not in text
    if plot.categoryAxis.labels.angle == 0:  # pdftotext reads level text only
        for label in ALIKE:
            assert label in text, (label, text)
    if len(series) > 1:
        assert all(s.name in text for s in series)  # a legend names every value column


def test_long_labels_lay_the_bars_down_in_the_pdf():
    register_fonts()
    from reportlab.graphics.charts.barcharts import HorizontalBarChart, VerticalBarChart

    lying = chart_drawing(ChartSpec(ChartKind.BAR, "Izin", ALIKE, QUARTERS[:1]), 300, FONT)
    standing = chart_drawing(ChartSpec(ChartKind.BAR, "Izin", CATS, QUARTERS[:1]), 300, FONT)
    assert any(isinstance(node, HorizontalBarChart) for node in lying.contents)
    assert any(isinstance(node, VerticalBarChart) for node in standing.contents)
    tall = chart_drawing(ChartSpec(ChartKind.BAR, "Izin", ALIKE, QUARTERS[:1]), 300, FONT, height=400)
    assert tall.height > lying.height  # given more room, the bars fill it
