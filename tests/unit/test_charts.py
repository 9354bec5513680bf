"""Chart specifications: kinds, validation, chart_of from a table, formatted key figures."""

import math

import pytest

from desktop_app.domain.charts import (
    MISSING_NOTE,
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
from desktop_app.domain.formatting import NO_VALUE
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


# --- a value without data is a gap, never a 0 -------------------------------------------------------
SERIES_GAP = TableData("Izin per bulan", ("Bulan", "Jumlah"),
                       (("Januari 2024", 42), ("Februari 2024", None), ("Maret 2024", 49)),
                       total=("Total", 91), unit="izin", numeric_columns=(1,))


def test_a_value_without_data_stays_a_gap_in_every_kind():
    for kind in ChartKind:
        if kind is ChartKind.KEY_FIGURE:
            continue
        spec = chart_of(SERIES_GAP, kind)
        assert spec.values(0) == (42, None, 49)
        assert spec.missing == ((0, 1),) and spec.has_missing
    assert bar_chart_of(SERIES_GAP).values(0) == (42, None, 49)  # the catalogue's and the info board's bars
    assert not chart_of(TABLE, ChartKind.BAR, ["Berusaha"]).has_missing
    assert chart_of(TABLE, ChartKind.BAR).missing == ((1, 1),)
    assert MISSING_NOTE.startswith(NO_VALUE)


def test_a_key_figure_without_data_shows_no_value_not_0():
    no_total = TableData("t", ("Bulan", "Jumlah"), (("Februari 2024", None),), numeric_columns=(1,))
    card = chart_of(no_total, ChartKind.KEY_FIGURE)
    assert card.key_value is None and card.has_missing
    assert figure_text(card.key_value, "izin") == "–"
    with_total = chart_of(SERIES_GAP, ChartKind.KEY_FIGURE)
    assert with_total.key_value == 91 and not with_total.has_missing


def test_the_chart_of_a_series_with_a_gap_leaves_the_month_empty():
    columns = (ColumnSpec("Bulan", ColumnType.PERIOD), ColumnSpec("Jenis", ColumnType.TEXT),
               ColumnSpec("Jumlah", ColumnType.INTEGER))
    rows = [("2024-01", "NIB", 30), ("2024-01", "PBG", 12), ("2024-03", "NIB", 35), ("2024-03", "PBG", 14)]
    down = pivot(columns, rows, PivotSpec(rows=("Bulan",), value="Jumlah", change=True, ytd=True),
                 missing_periods="unknown")
    chart = pivot_chart(down, ChartChoice(ChartKind.LINE))
    assert chart.categories == ("Januari 2024", "Februari 2024", "Maret 2024") and len(chart.series) == 1
    assert chart.values(0) == (42, None, 49) and chart.missing == ((0, 1),)
    across = pivot(columns, rows, PivotSpec(rows=("Jenis",), cols="Bulan", value="Jumlah"), missing_periods="unknown")
    bars = pivot_chart(across, ChartChoice(ChartKind.BAR))
    assert [s.name for s in bars.series] == ["Januari 2024", "Februari 2024", "Maret 2024"]
    assert bars.values(1) == (None, None) and bars.missing == ((1, 0), (1, 1))
