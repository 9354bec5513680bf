"""One chart specification, drawn three ways (pyqtgraph on screen, reportlab in PDF, Excel).

Kinds: grouped bars, stacked bars, lines, pie, donut and a key-figure card (one big number).
A spec holds only what a person sees (titles, labels, unit, source, values, one series per value
column); each renderer decides how to lay it out, but the rule for long category labels lives
here, once: bars whose labels are long lie down (horizontal bars, labels at the left, wrapped),
and a label that must take several lines is wrapped at word boundaries — never cut short, so two
labels that begin alike ("Sertifikat Standar", "Sertifikat Laik Fungsi") stay two labels.
"""

from __future__ import annotations

import enum
import math
from collections.abc import Sequence
from dataclasses import dataclass

from desktop_app.domain import formatting
from desktop_app.domain.errors import BadInput
from desktop_app.domain.tables import TableData

# A print-safe palette: distinguishable in greyscale and for common colour blindness.
PALETTE: tuple[str, ...] = ("#1f5f8b", "#e08a1e", "#3a9d5d", "#b23a48", "#6c4f9c", "#7f7f7f")

MISSING_NOTE = f"{formatting.NO_VALUE} : tidak ada data"  # the key to the mark of a value without data
LONG_LABEL = 12  # characters: a bar chart with a longer category label draws its bars horizontally
LABEL_WRAP = 18  # characters per line of a wrapped category label
MAX_LABEL_LINES = 4  # lines of a label under a standing bar or a line point; a longer one turns (PDF)
#                     or only every n-th category is labelled (screen) — never cut short


def wants_horizontal(categories: Sequence[str]) -> bool:
    """Whether bars over these categories lie down: a label too long to stand under a bar."""
    return any(len(" ".join(str(c).split())) > LONG_LABEL for c in categories)


def wrap_label(label: str, width: int = LABEL_WRAP) -> tuple[str, ...]:
    """A category label on lines of at most ``width`` characters, broken between words (a longer
    word is split); every character is kept, so no two labels are ever made alike."""
    width = max(1, width)
    lines: list[str] = []
    line = ""
    for word in " ".join(str(label).split()).split(" "):
        while len(word) > width:
            if line:
                lines.append(line)
                line = ""
            lines.append(word[:width])
            word = word[width:]
        if not line:
            line = word
        elif len(line) + 1 + len(word) <= width:
            line = f"{line} {word}"
        else:
            lines.append(line)
            line = word
    if line or not lines:
        lines.append(line)
    return tuple(lines)


class ChartKind(str, enum.Enum):
    """What sort of chart to draw."""

    BAR = "bar"
    STACKED_BAR = "stacked_bar"
    LINE = "line"
    PIE = "pie"
    DONUT = "donut"
    KEY_FIGURE = "key_figure"

    @property
    def label(self) -> str:
        """The Indonesian name shown to people."""
        return {"bar": "Batang", "stacked_bar": "Batang Bertumpuk", "line": "Garis", "pie": "Lingkaran",
                "donut": "Donat", "key_figure": "Angka Kunci"}[self.value]

    @property
    def is_circular(self) -> bool:
        return self in (ChartKind.PIE, ChartKind.DONUT)

    @property
    def has_axes(self) -> bool:
        return self in (ChartKind.BAR, ChartKind.STACKED_BAR, ChartKind.LINE)


@dataclass(frozen=True)
class Series:
    """One named series of values, one value per category."""

    name: str
    values: tuple[float, ...]


def finite(value: object) -> float | None:
    """A value as a finite float, or None for missing, text, NaN and infinities."""
    if value is None or isinstance(value, bool):
        return None
    try:
        number = float(value)  # type: ignore[arg-type]
    except (TypeError, ValueError):
        return None
    return number if math.isfinite(number) else None


@dataclass(frozen=True)
class ChartSpec:
    """Everything a renderer needs to draw a chart; no renderer-specific detail.

    A key figure shows the first value of the first series, with ``title`` above it and
    ``subtitle`` and ``change_text`` ("naik 12,5% dari 2023") below. A pie or a donut takes one
    series of values that are not negative, one slice per category.
    """

    kind: ChartKind
    title: str
    categories: tuple[str, ...]
    series: tuple[Series, ...]
    x_label: str = ""
    y_label: str = ""
    unit: str = ""
    source: str = ""
    data_labels: bool = True
    subtitle: str = ""
    change_text: str = ""
    horizontal: bool | None = None  # bars lie down; None: decided by the label rule (wants_horizontal)

    def __post_init__(self) -> None:
        if not isinstance(self.kind, ChartKind):
            object.__setattr__(self, "kind", ChartKind(self.kind))
        if self.kind.is_circular:
            if len(self.series) > 1:
                raise BadInput("pie_one_series", str(len(self.series)))
            if self.series and any((v := finite(x)) is not None and v < 0 for x in self.series[0].values):
                raise BadInput("pie_negative_value", self.title)

    def color(self, index: int) -> str:
        return PALETTE[index % len(PALETTE)]

    def values(self, index: int) -> tuple[float | None, ...]:
        """Series ``index`` cleaned and padded (or cut) to one value per category."""
        count = len(self.categories)
        raw = tuple(self.series[index].values) if index < len(self.series) else ()
        return tuple(finite(v) for v in (raw + (None,) * count)[:count])

    @property
    def key_value(self) -> float | None:
        """The number a key-figure card shows: the first value of the first series."""
        if not self.series or not self.series[0].values:
            return None
        return finite(self.series[0].values[0])

    @property
    def missing(self) -> tuple[tuple[int, int], ...]:
        """(series, category) of each value without data (a series' missing period): a renderer draws it
        as a gap with the NO_VALUE mark, never as a bar or a point at 0, and shows MISSING_NOTE."""
        if self.kind is ChartKind.KEY_FIGURE:
            return ((0, 0),) if self.key_value is None else ()
        count = len(self.series[:1]) if self.kind.is_circular else len(self.series)
        return tuple((i, j) for i in range(count) for j, v in enumerate(self.values(i)) if v is None)

    @property
    def has_missing(self) -> bool:
        return bool(self.missing)

    @property
    def is_horizontal(self) -> bool:
        """Whether this chart's bars are drawn horizontally (categories down the left side)."""
        if self.kind not in (ChartKind.BAR, ChartKind.STACKED_BAR):
            return False
        return self.horizontal if self.horizontal is not None else wants_horizontal(self.categories)

    def category_lines(self, width: int = LABEL_WRAP) -> tuple[tuple[str, ...], ...]:
        """Each category label wrapped to lines of at most ``width`` characters."""
        return tuple(wrap_label(c, width) for c in self.categories)

    @property
    def unit_suffix(self) -> str:
        """' izin' for a unit, '' without; percent and rupiah are handled by :func:`format_value`."""
        return f" {self.unit.strip()}" if self.unit.strip() else ""


@dataclass(frozen=True)
class ChartChoice:
    """How a person chose to chart a table (stored with a saved output): the kind, which value
    columns become series (empty: all of them) and whether bars lie down (None: by the label rule)."""

    kind: ChartKind = ChartKind.BAR
    columns: tuple[str, ...] = ()
    horizontal: bool | None = None

    def __post_init__(self) -> None:
        if not isinstance(self.kind, ChartKind):
            object.__setattr__(self, "kind", ChartKind(self.kind))
        object.__setattr__(self, "columns", tuple(str(c) for c in self.columns))

    def to_json(self) -> dict:
        return {"kind": self.kind.value, "columns": list(self.columns), "horizontal": self.horizontal}

    @classmethod
    def from_json(cls, data: dict | None) -> ChartChoice:
        """The choice stored with an output; BadInput('bad_chart_choice') for data of the wrong shape."""
        if not data:
            return cls()
        try:
            horizontal = data.get("horizontal")
            if horizontal is not None and not isinstance(horizontal, bool):
                raise ValueError(horizontal)
            return cls(ChartKind(data.get("kind", "bar")), tuple(data.get("columns") or ()), horizontal)
        except (ValueError, TypeError, AttributeError) as err:
            raise BadInput("bad_chart_choice", str(err)[:200]) from None


def chart_of(table: TableData, kind: ChartKind | str = ChartKind.BAR,
             value_columns: Sequence[int | str] | None = None, horizontal: bool | None = None) -> ChartSpec:
    """A chart of a finished table: categories from its first column, one series per value column.

    ``value_columns`` are column indexes or headers; by default the table's numeric columns (or
    every column but the first). The total row is left out. Pie and donut take the first chosen
    column only; a key figure takes the first value of the first chosen column (or the total,
    when the table has one). ``horizontal`` forces the bars' direction (None: the label rule).
    """
    kind = ChartKind(kind)
    if value_columns is None:
        chosen = [j for j in table.numeric_columns if j != 0] or list(range(1, len(table.headers)))
    else:
        chosen = [_column_index(table, c) for c in value_columns]
    if not chosen:
        raise BadInput("no_value_column", table.title)
    if kind.is_circular:
        chosen = chosen[:1]
    rows = table.rows
    if kind is ChartKind.KEY_FIGURE:
        source_row = table.total if table.total is not None else (rows[0] if rows else None)
        j = chosen[0]
        value = finite(source_row[j]) if source_row is not None and j < len(source_row) else None
        label = str(source_row[0]) if source_row is not None and source_row else ""
        shown = float("nan") if value is None else value  # no value: the card shows NO_VALUE, never 0
        return ChartSpec(kind, table.title, (label,), (Series(table.headers[j], (shown,)),),
                         unit=table.unit, source=table.source, subtitle=table.headers[j])
    categories = tuple(str(r[0]) if r else "" for r in rows)
    series = []
    for j in chosen:
        values = tuple((finite(r[j]) if j < len(r) else None) for r in rows)
        if kind.is_circular:
            values = tuple(max(v, 0.0) if v is not None else None for v in values)
        series.append(Series(table.headers[j], tuple(float("nan") if v is None else v for v in values)))
    y_label = table.headers[chosen[0]] if len(chosen) == 1 else ""
    return ChartSpec(kind, table.title, categories, tuple(series), x_label=table.headers[0] if table.headers else "",
                     y_label=y_label, unit=table.unit, source=table.source, horizontal=horizontal)


def _column_index(table: TableData, column: int | str) -> int:
    if isinstance(column, int):
        if 0 < column < len(table.headers):
            return column
        raise BadInput("unknown_column", str(column))
    for j, header in enumerate(table.headers):
        if header == column and j > 0:
            return j
    raise BadInput("unknown_column", column)


def figure_text(value: float | None, unit: str = "") -> str:
    """A value as people read it, with its unit: '1.234.567 izin', 'Rp 1.500.000', '12,5%'."""
    if value is None:
        return formatting.NO_VALUE
    unit = unit.strip()
    if unit.lower() in ("rp", "rupiah"):
        return formatting.money(value)
    decimals = 0 if float(value).is_integer() else (1 if abs(value) >= 100 or unit == "%" else 2)
    text = formatting.number(value, decimals)
    if unit == "%" or unit.lower() == "persen":
        return f"{text}%"
    return f"{text} {unit}" if unit else text
