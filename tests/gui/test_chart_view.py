"""The on-screen chart: every kind draws; PNG export in the ready sizes."""

import os

import pytest
from PySide6.QtGui import QImage

from desktop_app.domain.charts import ChartKind, ChartSpec, Series, chart_of
from desktop_app.domain.tables import TableData
from desktop_app.gui.chart_images import export_png
from desktop_app.gui.widgets.chart_view import ChartView

TABLE = TableData(
    title="Izin per kecamatan", headers=("Kecamatan", "Berusaha", "Non-Berusaha"),
    rows=(("Kota Baru", 420, 30), ("Jelutung", 150, 8), ("Telanaipura", 310, 12)),
    total=("Total", 880, 50), unit="izin", source="OSS", numeric_columns=(1, 2),
)


@pytest.fixture
def app():
    from PySide6.QtWidgets import QApplication

    return QApplication.instance() or QApplication([])


@pytest.mark.parametrize("kind", list(ChartKind))
def test_every_kind_shows(app, kind):
    view = ChartView()
    view.resize(600, 400)
    spec = chart_of(TABLE, kind)
    view.show_chart(spec)
    assert view.spec is spec
    assert view.source_label.text() == "Sumber: OSS"
    if kind is ChartKind.KEY_FIGURE:
        assert view.stack.currentWidget() is view.key_figure
    elif kind.is_circular:
        assert view.stack.currentWidget() is view.circle
    else:
        assert view.stack.currentWidget() is view.plot
        assert view.legend_label.isVisibleTo(view)  # two series
    image = view.grab().toImage()
    assert not image.isNull()
    view.show_chart(None)
    assert view.spec is None and view.source_label.text() == ""


def test_data_labels_are_indonesian(app):
    view = ChartView()
    spec = ChartSpec(ChartKind.BAR, "t", ("a", "b"), (Series("s", (1234567.0, 12.5)),))
    view.show_chart(spec)
    texts = [item.textItem.toPlainText() for item in view.plot.getPlotItem().items if hasattr(item, "textItem")]
    assert "1.234.567" in texts and "12,50" in texts


@pytest.mark.parametrize(("key", "size"), [("sosial", (1080, 1080)), ("a4", (1754, 1240)), ("a3", (2480, 1754))])
def test_png_in_ready_sizes(app, tmp_path, key, size):
    path = export_png(chart_of(TABLE, ChartKind.STACKED_BAR), tmp_path / f"{key}.png", key)
    image = QImage(str(path))
    assert (image.width(), image.height()) == size


def test_png_of_pie_and_key_figure(app, tmp_path):
    for kind in (ChartKind.DONUT, ChartKind.KEY_FIGURE):
        path = export_png(chart_of(TABLE, kind), tmp_path / f"{kind.value}.png", (800, 600))
        assert QImage(str(path)).size().width() == 800


def test_grid_lines_run_behind_the_bars(app):
    from PySide6.QtCore import QPointF

    view = ChartView()
    view.resize(600, 400)
    table = TableData(title="Izin", headers=("Kecamatan", "Izin"), rows=(("Kota Baru", 420), ("Rambutan", 150)),
                      unit="izin", source="OSS", numeric_columns=(1,))
    view.show_chart(chart_of(table, ChartKind.BAR))
    view.show()
    app.processEvents()
    image = view.plot.grab().toImage()
    box = view.plot.getPlotItem().getViewBox()
    top, bottom = (view.plot.mapFromScene(box.mapViewToScene(QPointF(0, y))) for y in (400, 20))
    # Every pixel down the middle of the 420 bar has the bar's colour: no grid line (at 100, 200, ...) crosses it.
    colours = {image.pixelColor(top.x(), y).name() for y in range(top.y(), bottom.y())}
    assert len(colours) == 1, colours


def test_small_counts_get_whole_number_ticks(app):
    view = ChartView()
    table = TableData(title="Item per langkah", headers=("Langkah", "Item"), rows=(("1", 1), ("2", 0), ("3", 1)),
                      unit="", source="", numeric_columns=(1,))
    view.show_chart(chart_of(table, ChartKind.BAR))
    axis = view.plot.getPlotItem().getAxis("left")
    ticks = [t for _spacing, values in axis.tickValues(0, 1.12, 400) for t in values]
    assert ticks and all(float(t).is_integer() for t in ticks)
    view.show_chart(chart_of(TABLE, ChartKind.BAR))  # large values: pyqtgraph's own spacing again
    assert [t for _s, values in axis.tickValues(0, 500, 400) for t in values if not float(t).is_integer() or t % 10]\
        == []


# --- long labels that begin alike stay apart (the screen third of the three renderers) ---------
ALIKE = ("Persetujuan Bangunan Gedung untuk Usaha Mikro (PBG-UM)",
         "Persetujuan Bangunan Gedung untuk Usaha Kecil (PBG-UK)", "Sertifikat Standar", "Sertifikat Laik Fungsi")
QUARTERS = tuple(Series(f"Triwulan {q}", (40.0 * i, 35.0 * i, 120.0 * i, 9.0 * i))
                 for i, q in enumerate(("I", "II", "III"), 1))


def _axis_strings(view: ChartView, name: str) -> list[str]:
    """The strings the axis was given for its ticks, each one's lines joined back with spaces."""
    levels = view.plot.getPlotItem().getAxis(name)._tickLevels  # noqa: SLF001 - what the axis draws
    return [" ".join(text.split()) for _value, text in levels[0]]


@pytest.mark.parametrize(("kind", "series", "horizontal", "axis"), [
    (ChartKind.BAR, QUARTERS[:1], None, "left"), (ChartKind.BAR, QUARTERS, None, "left"),
    (ChartKind.STACKED_BAR, QUARTERS, None, "left"), (ChartKind.LINE, QUARTERS[:2], None, "bottom"),
    (ChartKind.BAR, QUARTERS[:1], False, "bottom")])
@pytest.mark.parametrize("size", [(420, 320), (900, 420)])
def test_labels_that_begin_alike_stay_whole_on_screen(qtbot, kind, series, horizontal, axis, size):
    view = ChartView()
    qtbot.addWidget(view)
    view.resize(*size)
    view.show()
    view.show_chart(ChartSpec(kind, "Izin", ALIKE, series, "Jenis Izin", "Jumlah", "izin", horizontal=horizontal))
    qtbot.waitUntil(lambda: view.plot.getPlotItem().vb.width() > 100)
    view._update_ticks()  # noqa: SLF001 - as the view box's resize does
    shown = [text for text in _axis_strings(view, axis) if text]
    assert shown and all(text in ALIKE for text in shown)  # whole labels, never "Persetujuan Bangu…"
    assert len(set(shown)) == len(shown)
    if axis == "left":  # lying bars: every label has its row
        assert shown == list(ALIKE)
        assert view.plot.getPlotItem().getAxis("left").minimumWidth() > 60
    if len(series) > 1:
        assert all(s.name in view.legend_label.text() for s in series)
    if os.environ.get("PADI_SHOTS"):
        from PySide6.QtWidgets import QApplication

        QApplication.processEvents()
        view.grab().save(f"/tmp/walk-output/chart-{kind.value}-{len(series)}-{horizontal}-{size[0]}.png")


# --- a value without data (a series' missing month) is a marked gap, never a bar or a point at 0 ------
GAP_CATEGORIES = ("Jan 2024", "Feb 2024", "Mar 2024")


def _gap_spec(kind, horizontal=None, series=1):
    values = ((42.0, float("nan"), 49.0), (12.0, float("nan"), 14.0))[:series]
    return ChartSpec(kind, "Izin per bulan", GAP_CATEGORIES,
                     tuple(Series(name, v) for name, v in zip(("NIB", "PBG"), values, strict=False)),
                     unit="izin", source="OSS", horizontal=horizontal)


def _texts(view):
    return [(item.textItem.toPlainText(), item.pos()) for item in view.plot.getPlotItem().items
            if hasattr(item, "textItem")]


@pytest.mark.parametrize(("kind", "horizontal", "series"), [
    (ChartKind.BAR, None, 1), (ChartKind.BAR, True, 1), (ChartKind.BAR, None, 2), (ChartKind.STACKED_BAR, None, 2),
    (ChartKind.LINE, None, 1), (ChartKind.LINE, None, 2)])
def test_a_value_without_data_is_a_marked_gap_on_screen(app, kind, horizontal, series):
    import pyqtgraph as pg

    view = ChartView()
    view.resize(600, 400)
    view.show_chart(_gap_spec(kind, horizontal, series))
    texts = _texts(view)
    marks = [pos for text, pos in texts if text == "–"]
    assert marks, texts
    along = [(pos.y() if horizontal else pos.x()) for pos in marks]
    assert all(0.5 < place < 1.5 for place in along)  # at February, on the axis
    assert all((pos.x() if horizontal else pos.y()) == 0 for pos in marks)
    assert "0" not in [text for text, _ in texts]
    items = view.plot.getPlotItem().items
    for bars in (i for i in items if isinstance(i, pg.BarGraphItem)):
        places = bars.opts["y"] if horizontal else bars.opts["x"]
        sizes = bars.opts["width"] if horizontal else bars.opts["height"]
        assert all(size != 0 for place, size in zip(places, sizes, strict=True) if 0.5 < place < 1.5)
    for line in (i for i in items if isinstance(i, pg.PlotDataItem)):
        assert line.opts["connect"] == "finite" and str(line.yData[1]) == "nan"  # the line breaks
    assert "tidak ada data" in view.legend_label.text() and view.legend_label.isVisibleTo(view)
    assert not view.grab().toImage().isNull()


def test_a_full_bar_chart_has_no_gap_note(app):
    view = ChartView()
    view.show_chart(chart_of(TABLE, ChartKind.BAR, ["Berusaha"]))
    assert "tidak ada data" not in view.legend_label.text() and not view.legend_label.isVisibleTo(view)


@pytest.mark.parametrize("kind", [ChartKind.PIE, ChartKind.KEY_FIGURE])
def test_a_pie_and_a_key_figure_without_data_say_so(app, kind):
    view = ChartView()
    view.resize(600, 400)
    spec = _gap_spec(kind) if kind is ChartKind.PIE else ChartSpec(
        kind, "Izin Februari 2024", ("Total",), (Series("Jumlah", (float("nan"),)),), unit="izin")
    view.show_chart(spec)
    assert "tidak ada data" in view.legend_label.text() and view.legend_label.isVisibleTo(view)
    assert not view.grab().toImage().isNull()


def test_the_catalogue_shows_a_missing_month_as_no_value_with_its_note(app):
    from desktop_app.gui.widgets.catalog_view import CatalogOutputsView

    table = TableData("Izin per bulan", ("Bulan", "Jumlah"),
                      (("Januari 2024", 42), ("Februari 2024", None), ("Maret 2024", 49)), total=("Total", 91),
                      unit="izin", numeric_columns=(1,),
                      note="Tidak ada data untuk Februari 2024 (ditandai –); total hanya mencakup periode yang ada "
                           "datanya.")
    view = CatalogOutputsView()
    view.set_outputs([(7, "Izin per bulan")], lambda _output: table)
    assert [view.table.item(r, 1).text() for r in range(4)] == ["42", "–", "49", "91"]
    assert view.note_label.isVisibleTo(view) and view.note_label.text() == table.note
    assert view.chart.spec.values(0) == (42, None, 49) and "tidak ada data" in view.chart.legend_label.text()
