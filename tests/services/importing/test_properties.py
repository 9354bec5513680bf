"""Properties: any dataset exported and imported again is unchanged; numbers written in any convention are
read back exactly, or the reading is left open for the person - never a different number.

CSV and XLSX carry no column types, so the datasets drawn for them are ones whose cells say their
type (text that reads as text, a decimal column with a fraction in it, money and percent columns
named so) and whose first row is filled (the header is found by what lies under it); JSON keeps
the declared types and the header, so any text goes there.
"""

from __future__ import annotations

import csv
import datetime as dt
import tempfile
from decimal import Decimal
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from desktop_app.domain.columns import ColumnSpec, ColumnType
from desktop_app.domain.errors import BadInput
from desktop_app.services.datasets import exporting
from desktop_app.services.datasets.importing import read_preview

SETTINGS = settings(max_examples=40, deadline=None)

# --- datasets --------------------------------------------------------------------------------------
WORDS = st.text(alphabet="abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789&/.,()'\"", min_size=1,
                max_size=12)
# Text that reads as text: a word first (never a month, a day or a total label), or a formula-like start.
TEXTS = st.builds(lambda prefix, word, rest: f"{prefix}{word}{rest}",
                  st.sampled_from(["Usaha ", "Toko ", "=", "+", "-", "@", "Kios-", "CV "]),
                  st.text(alphabet="abcdefghijklmnopqrstuvwxyz", min_size=1, max_size=6), st.just("") | WORDS)
PLACES = ("Rambutan", "Bajenis", "Padang Hulu", "Padang Hilir", "Tebing Tinggi Kota")


def _column(kind: ColumnType, count: int) -> st.SearchStrategy[list[object]]:
    """``count`` values of one column of the given type, each column saying its type by its cells."""
    # The first row is filled: a first data row of text only would look like a second header row.
    maybe = lambda values: st.builds(lambda first, rest: [first, *rest], values,  # noqa: E731
                                     st.lists(values | st.none(), min_size=count - 1, max_size=count - 1))
    if kind == ColumnType.INTEGER:
        return maybe(st.integers(-10**9, 10**9))
    if kind == ColumnType.MONEY:
        return maybe(st.integers(0, 10**12))
    if kind == ColumnType.DECIMAL:
        decimals = st.one_of([st.decimals(-10**6, 10**6, places=places) for places in (1, 2, 3, 4)]).map(float)
        return maybe(decimals).filter(lambda cells: any(c is not None and not c.is_integer() for c in cells))
    if kind == ColumnType.PERCENT:
        return maybe(st.decimals(0, 200, places=2).map(float)).filter(
            lambda cells: any(c is not None and c > 1 and not c.is_integer() for c in cells))
    if kind == ColumnType.DATE:
        return maybe(st.dates(dt.date(1990, 1, 1), dt.date(2040, 12, 31)).map(dt.date.isoformat))
    if kind == ColumnType.PERIOD:
        return maybe(st.builds(lambda year, month: f"{year}-{month:02d}", st.integers(2000, 2035), st.integers(1, 12)))
    if kind == ColumnType.CATEGORY:
        return st.lists(st.sampled_from(PLACES[:2]), min_size=count, max_size=count)
    return st.lists(TEXTS, min_size=count, max_size=count, unique=True)


NAMES = {ColumnType.TEXT: "Nama Usaha", ColumnType.CATEGORY: "Kecamatan", ColumnType.INTEGER: "Jumlah Izin",
         ColumnType.DECIMAL: "Luas", ColumnType.MONEY: "Nilai Investasi (Rp)", ColumnType.PERCENT: "Capaian (%)",
         ColumnType.DATE: "Tanggal Terbit", ColumnType.PERIOD: "Periode"}


@st.composite
def datasets(draw, any_text: bool = False) -> tuple[tuple[ColumnSpec, ...], list[tuple[object, ...]]]:
    count = draw(st.integers(4, 8))
    kinds = [ColumnType.TEXT, *draw(st.lists(st.sampled_from(list(NAMES)[1:]), min_size=1, max_size=5)),
             ColumnType.INTEGER]
    columns, cells = [], []
    for position, kind in enumerate(kinds):
        columns.append(ColumnSpec(f"{NAMES[kind]} {position + 1}", kind))
        if any_text and kind == ColumnType.TEXT:
            values = draw(st.lists(st.text(min_size=1, max_size=20).map(str.strip).filter(bool), min_size=count,
                                   max_size=count))
        else:
            values = draw(_column(kind, count))
        cells.append(values)
    return tuple(columns), [tuple(row) for row in zip(*cells, strict=True)]


def _imported(fmt: str, columns: tuple[ColumnSpec, ...], rows: list[tuple[object, ...]]):
    with tempfile.TemporaryDirectory() as folder:
        path = exporting.write(fmt, columns, rows, Path(folder) / f"data.{fmt}", title="Uji")
        return read_preview(path)


@SETTINGS
@given(datasets(), st.sampled_from(["csv", "xlsx", "json"]))
def test_any_dataset_comes_back_unchanged_from_csv_xlsx_and_json(dataset, fmt):
    columns, rows = dataset
    preview = _imported(fmt, columns, rows)
    assert preview.types == {c.name: c.type for c in columns}
    assert [list(row) for row in preview.rows] == [list(row) for row in rows]
    assert preview.problems == ()


@SETTINGS
@given(datasets(any_text=True))
def test_any_text_comes_back_unchanged_from_json(dataset):
    columns, rows = dataset
    preview = _imported("json", columns, rows)
    assert preview.types == {c.name: c.type for c in columns}
    assert [list(row) for row in preview.rows] == [list(row) for row in rows]


# --- numbers written in each convention ------------------------------------------------------------
CONVENTIONS = {  # decimal mark -> the thousands separators written with it
    ".": ["", ",", " ", "\u00a0", "\u202f", "'"],
    ",": ["", ".", " ", "\u00a0", "\u202f"],
}
DELIMITERS = {".": [",", "\t"], ",": [";", "\t"]}  # as spreadsheets of each locale write CSV


def written(value: Decimal, mark: str, separator: str) -> str:
    """``value`` as a person of that convention writes it: 1.234.567,5 / 1,234,567.5 / 1 234 567,5 ..."""
    sign = "-" if value < 0 else ""
    whole, _, fraction = f"{abs(value):f}".partition(".")
    if separator:
        groups = []
        while len(whole) > 3:
            whole, groups = whole[:-3], [whole[-3:], *groups]
        whole = separator.join([whole, *groups])
    return sign + whole + (mark + fraction if fraction else "")


NUMBERS = st.one_of([st.decimals(-10**7, 10**7, places=0), st.decimals(-10**7, 10**7, places=1),
                     st.decimals(-10**4, 10**4, places=2), st.decimals(-10**4, 10**4, places=3),
                     st.decimals(-100, 100, places=4)])


@SETTINGS
@given(st.sampled_from(list(CONVENTIONS)), st.data())
def test_numbers_in_any_convention_read_back_exactly_or_the_reading_stays_open(mark, data):
    delimiter = data.draw(st.sampled_from(DELIMITERS[mark]))
    width = data.draw(st.integers(1, 3))
    separators = [data.draw(st.sampled_from(CONVENTIONS[mark])) for _ in range(width)]
    count = data.draw(st.integers(1, 6))
    values = [[data.draw(NUMBERS) for _ in range(width)] for _ in range(count)]
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "angka.csv"
        with open(path, "w", encoding="utf-8", newline="") as handle:
            writer = csv.writer(handle, delimiter=delimiter)
            writer.writerow(["Wilayah", *(f"Nilai {c + 1}" for c in range(width))])
            for number, row in enumerate(values):
                writer.writerow([f"Wilayah {number}", *(written(v, mark, s) for v, s in zip(row, separators,
                                                                                           strict=True))])
        try:
            preview = read_preview(path)
        except BadInput as refusal:  # e.g. nothing under the header at all
            assert refusal.code == "empty"
            return
    for c in range(width):
        name = f"Nilai {c + 1}"
        column = next(col for col in preview.columns if col.name == name)
        if column.reading is not None and column.reading.open:
            continue  # the person is asked; nothing is saved meanwhile
        for row, cell in zip(values, preview.column(name), strict=True):
            assert cell is not None
            assert Decimal(str(cell)) == row[c], (written(row[c], mark, separators[c]), cell, column.reading)
