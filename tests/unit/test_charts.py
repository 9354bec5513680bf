"""Chart specifications: kinds, validation, chart_of from a table, formatted key figures."""

import math

import pytest

from desktop_app.domain.charts import PALETTE, ChartKind, ChartSpec, Series, chart_of, figure_text
from desktop_app.domain.errors import BadInput
from desktop_app.domain.tables import TableData
from desktop_app.domain.tabulation import bar_chart_of

TABLE = TableData(
    title="Izin per kecamatan", headers=("Kecamatan", "Berusaha", "Non-Berusaha"),
    rows=(("Kota Baru", 420, 30), ("Jelutung", 150.5, None), ("Telanaipura", 310, 12)),
    total=("Total", 880.5, 42), unit="izin", source="OSS", numeric_columns=(1, 2),
)


def test_every_kind_exists_and_old_specs_still_build():
    assert {k.value for k in ChartKind} == {"bar", "stacked_bar", "line", "pie", "donut", "key_figure"}
    old = ChartSpec(ChartKind.BAR, "t", ("a",), (Series("s", (1.0,)),), "x", "y", "u", "src", False)
    assert old.subtitle == "" and old.change_text == "" and old.color(7) == PALETTE[1]
    assert ChartSpec("line", "t", (), ()).kind is ChartKind.LINE


def test_chart_of_builds_series_from_the_numeric_columns_without_the_total():
    spec = chart_of(TABLE, ChartKind.STACKED_BAR)
    assert spec.categories == ("Kota Baru", "Jelutung", "Telanaipura")
    assert [s.name for s in spec.series] == ["Berusaha", "Non-Berusaha"]
    assert spec.values(1) == (30.0, None, 12.0)
    assert spec.x_label == "Kecamatan" and spec.unit == "izin" and spec.source == "OSS"
    one = chart_of(TABLE, "line", value_columns=["Non-Berusaha"])
    assert len(one.series) == 1 and one.y_label == "Non-Berusaha"
    assert chart_of(TABLE, ChartKind.PIE).series[0].name == "Berusaha"
    with pytest.raises(BadInput):
        chart_of(TABLE, ChartKind.BAR, value_columns=["Nope"])
    with pytest.raises(BadInput):
        chart_of(TABLE, ChartKind.BAR, value_columns=[0])


def test_key_figure_takes_the_total_and_formats_it():
    card = chart_of(TABLE, ChartKind.KEY_FIGURE)
    assert card.key_value == 880.5
    assert figure_text(card.key_value, card.unit) == "880,5 izin"
    assert figure_text(1500000, "Rp") == "Rp 1.500.000"
    assert figure_text(12.5, "%") == "12,5%"
    assert figure_text(None) == "–"
    assert ChartSpec(ChartKind.KEY_FIGURE, "x", (), ()).key_value is None


def test_pie_takes_one_series_of_non_negative_values():
    with pytest.raises(BadInput):
        ChartSpec(ChartKind.PIE, "p", ("a", "b"), (Series("s", (1.0, -2.0)),))
    with pytest.raises(BadInput):
        ChartSpec(ChartKind.DONUT, "p", ("a",), (Series("s", (1.0,)), Series("t", (2.0,))))
    ok = ChartSpec(ChartKind.PIE, "p", ("a", "b"), (Series("s", (1.0, math.nan)),))
    assert ok.values(0) == (1.0, None)


def test_bar_chart_of_still_works():
    table = TableData("t", ("Jenis", "Jumlah"), (("NIB", 7.0), ("PBG", 1.0)), total=("Total", 8.0))
    chart = bar_chart_of(table)
    assert chart.kind is ChartKind.BAR and chart.series[0].values == (7.0, 1.0)
