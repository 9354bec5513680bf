"""Chart specifications: kinds, validation, chart_of from a table, formatted key figures."""

import math

import pytest

from desktop_app.domain.charts import (
    PALETTE,
    ChartChoice,
    ChartKind,
    ChartSpec,
    Series,
    chart_of,
    figure_text,
    wrap_label,
)
from desktop_app.domain.columns import ColumnSpec, ColumnType
from desktop_app.domain.errors import BadInput
from desktop_app.domain.pivot import PivotSpec, pivot
from desktop_app.domain.pivot_charts import pivot_chart, value_columns
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


# --- long labels: one rule for the three renderers --------------------------------------------
LONG = ("Sertifikat Standar", "Sertifikat Laik Fungsi (SLF)", "Persetujuan Bangunan Gedung (PBG)", "NIB")


def test_long_labels_turn_bars_horizontal_and_short_ones_stand():
    bars = ChartSpec(ChartKind.BAR, "t", LONG, (Series("Jumlah", (1.0, 2.0, 3.0, 4.0)),))
    assert bars.is_horizontal and ChartSpec(ChartKind.STACKED_BAR, "t", LONG, ()).is_horizontal
    assert not ChartSpec(ChartKind.BAR, "t", ("NIB", "PBG", "SLF"), ()).is_horizontal
    assert not ChartSpec(ChartKind.LINE, "t", LONG, ()).is_horizontal  # a line keeps its order left to right
    assert not ChartSpec(ChartKind.BAR, "t", LONG, (), horizontal=False).is_horizontal  # a person's choice wins
    assert ChartSpec(ChartKind.BAR, "t", ("NIB",), (), horizontal=True).is_horizontal
    assert chart_of(TABLE, ChartKind.BAR, horizontal=True).horizontal is True


@pytest.mark.parametrize("label", [*LONG, "Perizinanberusahaberbasisrisikountukusahamikro", "", "  a   b  "])
def test_a_wrapped_label_keeps_every_character_and_two_alike_labels_stay_apart(label):
    lines = wrap_label(label, 10)
    assert all(len(line) <= 10 for line in lines)
    assert "".join(lines).replace(" ", "") == label.replace(" ", "")
    spec = ChartSpec(ChartKind.BAR, "t", LONG, ())
    wrapped = [" ".join(lines) for lines in spec.category_lines(8)]
    assert len(set(wrapped)) == len(LONG) and wrapped[:2] != [wrapped[0]] * 2


def test_a_chart_choice_is_stored_as_json_and_read_back():
    choice = ChartChoice(ChartKind.LINE, ("Triwulan I", "Triwulan II"), horizontal=None)
    assert ChartChoice.from_json(choice.to_json()) == choice
    assert ChartChoice.from_json(None) == ChartChoice()
    with pytest.raises(BadInput, match="bad_chart_choice"):
        ChartChoice.from_json({"kind": "piring"})
    with pytest.raises(BadInput, match="bad_chart_choice"):
        ChartChoice.from_json({"horizontal": "ya"})


def test_a_pivot_by_quarter_charts_one_series_per_quarter_without_totals_or_subtotals():
    columns = (ColumnSpec("Triwulan", ColumnType.TEXT), ColumnSpec("Sektor", ColumnType.TEXT),
               ColumnSpec("Jenis Izin", ColumnType.TEXT), ColumnSpec("Jumlah", ColumnType.INTEGER))
    rows = [(q, sektor, jenis, n) for q, n0 in (("TW I", 1), ("TW II", 2), ("TW III", 3))
            for sektor, jenis, n in (("Jasa", "Sertifikat Standar", 10 * n0), ("Jasa", "Sertifikat Laik Fungsi", n0),
                                     ("Industri", "NIB", 5 * n0))]
    result = pivot(columns, rows, PivotSpec(rows=("Sektor", "Jenis Izin"), cols="Triwulan", value="Jumlah",
                                            subtotals=True), title="Izin per triwulan")
    assert value_columns(result) == ("TW I", "TW II", "TW III")
    grouped = pivot_chart(result, ChartChoice(ChartKind.BAR))
    assert [s.name for s in grouped.series] == ["TW I", "TW II", "TW III"]
    assert "Jasa · Sertifikat Standar" in grouped.categories and len(grouped.categories) == 3  # no subtotal rows
    assert grouped.is_horizontal
    lines = pivot_chart(result, ChartChoice(ChartKind.LINE, ("TW II", "TW III", "gone")))
    assert [s.name for s in lines.series] == ["TW II", "TW III"] and lines.y_label == result.value_label
    assert pivot_chart(result, ChartChoice(ChartKind.BAR, ("gone",))).series[0].name == "TW I"  # falls back to all
