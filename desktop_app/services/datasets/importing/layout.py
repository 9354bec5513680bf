"""Finding the table inside a sheet: where the header is, what the columns are called, which rows are data.

Government workbooks put a letterhead and a title above the table, sometimes a two-row header
("Jumlah" merged over "PMA" | "PMDN"), a row of column numbers "(1) (2) (3)" under the header,
subtotal and total rows inside and under the data, and a signature block at the bottom. This
module finds the header row, joins a two-row header, and picks out the data rows, noting every
row and column it leaves out. Subtotal and total rows (also "Sub Total Semester I", "Jumlah
Kecamatan ...") are left out of the data but kept, with where they sat, as ``Layout.totals``.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from functools import reduce
from itertools import compress, count, repeat
from operator import iadd, itemgetter, not_
from typing import NamedTuple

from desktop_app.domain.errors import BadInput
from desktop_app.domain.subtotals import fold, is_total_label, split_label
from desktop_app.services.datasets.importing.model import Problem
from desktop_app.services.datasets.importing.sources import Grid
from desktop_app.services.datasets.importing.values import DASHES, excel_letter, parse_date, parse_number

TOTAL_LABELS = frozenset({"jumlah", "total", "sub total", "subtotal", "sub jumlah", "jumlah total", "grand total",
                          "total keseluruhan", "jumlah keseluruhan", "jumlah seluruhnya", "total jumlah"})
HEADER_SCAN_ROWS = 60  # the header is looked for among the sheet's first rows
FOOTER_MAX_ROWS = 15
FOLLOWING_TEXT_ROWS = 5

EMPTY, TEXT, NUMBER, YEAR, DATE = range(5)
_LABEL_KINDS = (TEXT, YEAR)
_VALUE_KINDS = (NUMBER, YEAR, DATE)
_COLUMN_NUMBER = re.compile(r"\(?(\d{1,3})\)?\.?")


class Census(NamedTuple):
    """What a column's cells are: their types (possibly a superset), its text cells counted (exactly),
    and whether every cell is known to be a whole float (a number column of counts, amounts, ...)."""

    types: set[type]
    texts: Counter
    whole_floats: bool = False


class TotalRow(NamedTuple):
    """A subtotal or total row left out of the data: where it was, its label, and its cells."""

    source_row: int  # 1-based sheet row
    label: str
    position: int  # how many kept data rows lie above it
    cells: list[object]  # the raw cells of the kept columns


@dataclass
class Layout:
    """Where the table is: header row(s), named columns, and the data rows kept."""

    header_row: int  # 1-based sheet row of the (last) header row
    names: list[str]  # one per kept column
    columns: list[int]  # grid column index of each kept column
    values: list[list[object]]  # the raw cells of each kept column, one per kept data row
    source_rows: list[int]  # 1-based sheet row of each kept row
    notes: list[Problem] = field(default_factory=list)
    census: list[Census] | None = None  # per kept column, what ``_census`` found (types, texts, whole floats)
    totals: list[TotalRow] = field(default_factory=list)  # the subtotal and total rows, in order
    titles: list[str] = field(default_factory=list)  # the texts of the title rows above the header


def cell_kind(value: object) -> int:
    """What a cell looks like for header detection: empty, text, a number, a year or a date."""
    kind = type(value)
    if kind is str:
        text = value.strip()
        if not text or text in DASHES:
            return EMPTY
        if text[0].isdigit() or text[0] in "-(+Rr":
            number = parse_number(text)
            if number is not None:
                if len(text) == 4 and isinstance(number.value, int) and 1900 <= number.value <= 2100:
                    return YEAR
                return NUMBER
        if len(text) <= 40 and parse_date(text):
            return DATE
        return TEXT
    if kind is float or kind is int:
        return YEAR if float(value).is_integer() and 1900 <= value <= 2100 else NUMBER
    if kind is bool:
        return TEXT
    if value is None:
        return EMPTY
    if hasattr(value, "year"):
        return DATE
    return TEXT


def header_text(value: object) -> str:
    """A header cell as a column name: whitespace collapsed, whole numbers without ".0"."""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if hasattr(value, "isoformat"):
        return value.isoformat()
    text = " ".join(str(value).split())
    if text[:2] in ("'=", "'+", "'-", "'@"):  # a name an export kept from being a formula
        text = text[1:]
    return "" if text in DASHES else text


_TOTAL_FIRST = frozenset("JjTtSsGg")
_SKIP_FIRST = frozenset(" \t\u00a0") | frozenset(d[0] for d in DASHES)


def _total_label(row: list[object], groups: _GroupValues) -> str | None:
    """The row's first text cell, when it names a total ("Jumlah", "Sub Total Semester I", ...)."""
    for value in row:
        if type(value) is str and value:
            first = value[0]
            if first not in _TOTAL_FIRST and first not in _SKIP_FIRST:
                return None
            text = value.strip()
            if not text or text in DASHES:
                continue
            if len(text) > 60 or text[0] not in _TOTAL_FIRST:
                return None
            return text if _is_total(text, groups) else None
    return None


class _GroupValues:
    """The folded texts of the body's cells, counted only when a total label's suffix must be looked up."""

    def __init__(self, distinct: list[list[str]]) -> None:
        self._distinct = distinct
        self._values: set[str] | None = None

    def get(self) -> set[str]:
        if self._values is None:
            self._values = {fold(t) for texts in self._distinct for t in texts if len(t) <= 60}
        return self._values


def _is_total(text: str, groups: _GroupValues) -> bool:
    if _label_of(text) in TOTAL_LABELS:
        return True
    parts = split_label(text)
    if parts is None:
        return False
    return not parts[1] or is_total_label(text) or is_total_label(text, groups.get())


def _is_blank(row: list[object], width: int) -> bool:
    empties = row.count("")
    if empties == width:
        return True
    if empties < width - 3:
        return False
    return all(value == "" or (type(value) is str and (not value.strip() or value.strip() in DASHES)) for value in row)


class _Rows:
    """Row kinds for the rows where the header may be, computed once."""

    def __init__(self, grid: Grid) -> None:
        self.grid = grid
        self.kinds = [[cell_kind(v) for v in row] for row in grid.rows[:HEADER_SCAN_ROWS]]

    def nonempty(self, index: int) -> int:
        if index < len(self.kinds):
            return sum(1 for k in self.kinds[index] if k != EMPTY)
        return sum(1 for v in self.grid.rows[index] if cell_kind(v) != EMPTY)

    def is_candidate(self, index: int) -> bool:
        kinds = self.kinds[index]
        filled = [k for k in kinds if k != EMPTY]
        labels = sum(1 for k in filled if k in _LABEL_KINDS)
        return len(filled) >= 2 and TEXT in filled and labels * 3 >= len(filled) * 2

    def has_values(self, index: int) -> bool:
        if index < len(self.kinds):
            return any(k in _VALUE_KINDS for k in self.kinds[index])
        return any(cell_kind(v) in _VALUE_KINDS for v in self.grid.rows[index])

    def next_filled(self, index: int) -> int | None:
        rows = self.grid.rows
        for j in range(index + 1, len(rows)):
            if not _is_blank(rows[j], len(rows[j])):
                return j
        return None


def _spans(grid: Grid, upper: int) -> dict[int, int]:
    """Grid column -> grid column holding the text of the horizontal merge it belongs to (upper row)."""
    absolute_row = upper + grid.row_offset
    spans: dict[int, int] = {}
    for (r0, c0), (r1, c1) in grid.merges:
        if r0 <= absolute_row <= r1 and c1 > c0:
            first = c0 - grid.col_offset
            for column in range(max(first + 1, 0), c1 - grid.col_offset + 1):
                spans[column] = first
    return spans


def _filled_upper(grid: Grid, upper: int, lower: int) -> list[str] | None:
    """The upper header row carried across its merged spans, or None when it is not a group row.

    Without merge information (ODS, CSV) a blank upper cell over a sub-label takes the label
    to its left when that column has a sub-label too ("Jumlah" over "PMA" | "PMDN").
    """
    top = [header_text(v) for v in grid.rows[upper]]
    bottom = [header_text(v) for v in grid.rows[lower]]
    if not all(cell_kind(v) in (EMPTY, TEXT, YEAR) for v in grid.rows[lower]) or not any(bottom):
        return None
    if sum(1 for t in top if t) < 1:
        return None
    spans = _spans(grid, upper)
    filled = list(top)
    spanned = False
    for column, text in enumerate(top):
        if text:
            continue
        source = spans.get(column)
        if source is None and bottom[column]:
            left = column - 1
            while left >= 0 and not top[left] and bottom[left]:
                left -= 1
            if left >= 0 and top[left] and bottom[left]:
                source = left
        if source is not None and bottom[column] and 0 <= source < len(top) and top[source]:
            filled[column] = top[source]
            spanned = True
    # Every sub-label must sit under a group label.
    if any(bottom[c] and not filled[c] for c in range(len(top))):
        return None
    vertical = any(top[c] and not bottom[c] for c in range(len(top)))
    merged = any(column in spans for column in range(len(top)) if bottom[column])
    repeated = len({b for b in bottom if b}) < sum(1 for b in bottom if b)
    if spanned and (vertical or merged or repeated):
        return filled
    return None


def _text_rows_then_values(rows: _Rows, index: int, following: int) -> bool:
    """A mostly-text table: the candidate is followed by text rows no wider than it, then by values.

    Keeps "Tahun | 2025" above a wider header from being taken for the header.
    """
    widest = 0
    row: int | None = following
    for _ in range(FOLLOWING_TEXT_ROWS):
        if row is None:
            return False
        if rows.has_values(row):
            return widest > 0 and rows.nonempty(index) >= 0.75 * widest
        widest = max(widest, rows.nonempty(row))
        row = rows.next_filled(row)
    return False


def _detect(rows: _Rows) -> tuple[int, int | None]:
    """(last header row, upper header row or None) as grid indexes."""
    count = len(rows.kinds)
    for index in range(count):
        if not rows.is_candidate(index):
            continue
        following = rows.next_filled(index)
        if following is None:
            break
        after = rows.next_filled(following)
        if (following == index + 1 and after is not None and rows.has_values(after)
                and _filled_upper(rows.grid, index, following) is not None):
            return following, index
        if rows.has_values(following) or _text_rows_then_values(rows, index, following):
            return index, None
    # No header followed by values (an all-text table): the first row about as wide as the table.
    widest = max((rows.nonempty(i) for i in range(count)), default=0)
    for index in range(count):
        if rows.is_candidate(index) and rows.nonempty(index) * 2 >= widest:
            return index, None
    for index in range(count):
        if rows.nonempty(index):
            return index, None
    raise BadInput("empty", "no header row")


def find_table(grid: Grid, header_row: int | None, tick: Callable[[int], None]) -> Layout:
    """The table of the grid; ``header_row`` (1-based sheet row) overrides the detection."""
    rows = _Rows(grid)
    width = grid.width
    sheet = grid.sheet
    if header_row is None:
        last, upper = _detect(rows)
    else:
        last = header_row - 1 - grid.row_offset
        if not 0 <= last < len(grid.rows) or _is_blank(grid.rows[last], width):
            raise BadInput("bad_header_row", str(header_row))
        upper = None
        above = last - 1
        if above >= 0 and not _is_blank(grid.rows[above], width) and _filled_upper(grid, above, last) is not None:
            upper = above
    notes: list[Problem] = []
    top = upper if upper is not None else last
    title_texts = [" ".join(header_text(v) for v in grid.rows[i] if header_text(v)) for i in range(top)
                   if not _is_blank(grid.rows[i], width)]
    titles = len(title_texts)
    if titles:
        notes.append(Problem(sheet, None, None, "title_rows_skipped", titles))
    names = [header_text(v) for v in grid.rows[last]]
    if upper is not None:
        group = _filled_upper(grid, upper, last) or []
        names = [f"{g} {n}" if g and n else (n or g) for g, n in zip(group, names, strict=True)]
        notes.append(Problem(sheet, upper + grid.row_offset + 1, None, "header_joined"))

    base = last + grid.row_offset + 2  # 1-based sheet row of the first row under the header
    body = grid.rows[last + 1:]
    columns = _columns_of(body, width)
    tick(len(body) // 2)
    census = [_census(column) for column in columns]
    distinct = [list(c.texts) for c in census]
    blank = _blank_rows(body, columns, distinct, width)
    totals = _total_rows(body, columns, distinct, blank)
    for index, label in totals:
        notes.append(Problem(sheet, index + base, None, "total_row_skipped", label))
    keep = bytearray(b"\x01") * len(body)
    dropped = blank.union(index for index, _ in totals)
    for index in dropped:
        keep[index] = 0
    # Body indexes of the rows kept, in order (a range while they are all together).
    kept: Sequence[int] = list(compress(range(len(body)), keep)) if dropped else range(len(body))
    if kept and kept[0] == 0 and _is_column_numbers(body[0]):
        notes.append(Problem(sheet, base, None, "column_numbers_row_skipped"))
        keep[0] = 0
        kept = kept[1:]
    named = sum(1 for n in names if n)
    footer = _footer_start(body, kept, named)
    if footer is not None:
        notes.append(Problem(sheet, kept[footer] + base, None, "footer_rows_skipped", len(kept) - footer))
        for index in kept[footer:]:
            keep[index] = 0
        kept = kept[:footer]
    if blank:
        notes.append(Problem(sheet, None, None, "blank_rows_dropped", len(blank)))
    tick(len(body))
    total_rows = [(index, label, bisect_left(kept, index)) for index, label in totals]

    if len(kept) < len(body):
        census = _census_without(census, body, keep, len(kept))
        columns = [list(compress(column, keep)) for column in columns]
        if census is None:
            census = [_census(column) for column in columns]
    kept_columns, kept_names = _keep_columns(grid, names, columns, census, notes)
    if isinstance(kept, range):
        source = list(range(base + kept.start, base + kept.stop))
    else:
        source = list(map(base.__add__, kept))
    found = [TotalRow(index + base, label, position, [_at(body[index], c) for c in kept_columns])
             for index, label, position in total_rows]
    return Layout(last + grid.row_offset + 1, kept_names, kept_columns, [columns[c] for c in kept_columns],
                  source, notes, [census[c] for c in kept_columns], found, title_texts)


def _at(row: list[object], column: int) -> object:
    return row[column] if column < len(row) else ""


_BLANK_TEXTS = frozenset({""}) | DASHES


def _columns_of(rows: list[list[object]], width: int) -> list[list[object]]:
    """The rows' cells column by column: every row laid end to end, then every width-th cell."""
    flat: list[object] = reduce(iadd, rows, [])  # list += list, row after row: the quickest way in C
    if len(flat) == len(rows) * width:  # a whole rectangle, as the readers give
        return [flat[c::width] for c in range(width)]
    return [list(map(itemgetter(c), rows)) for c in range(width)]


def _census(column: list[object]) -> Census:
    """The types of a column's cells and its text cells counted (numbers and dates are never blank or a label)."""
    if column and type(column[0]) is str and type(column[-1]) is str and type(column[len(column) // 2]) is str:
        texts = Counter(column)  # most likely all text: its distinct values tell, no pass over the types needed
        if set(map(type, texts)) == {str}:
            return Census({str}, texts)
    elif column and type(column[0]) is float:
        try:  # most likely all numbers: one pass tells they are floats, and whole ones (the common case)
            if all(map(float.is_integer, column)):
                return Census({float}, Counter(), whole_floats=True)
        except TypeError:  # not a float after all
            pass
    types = set(map(type, column))
    if str not in types:
        return Census(types, Counter())
    if len(types) == 1:
        return Census(types, Counter(column))
    return Census(types, Counter(compress(column, map(isinstance, column, repeat(str)))))


def _census_without(census: list[Census], body: list[list[object]], keep: bytearray, kept: int) -> list[Census] | None:
    """The census of the kept rows, from the body's by taking the left-out rows' text cells away.

    The types stay a superset. None when so many rows were left out that counting again is cheaper.
    """
    if (len(body) - kept) * 4 > len(body):
        return None
    result = [Census(c.types, Counter(c.texts), c.whole_floats) for c in census]
    for index in compress(range(len(body)), map(not_, keep)):
        for (_, texts, _), value in zip(result, body[index], strict=True):
            if type(value) is str:
                texts[value] -= 1
                if not texts[value]:
                    del texts[value]
    return result


def _blank_rows(body: list[list[object]], columns: list[list[object]], distinct: list[list[str]],
                width: int) -> set[int]:
    """Body indexes of the blank rows (every cell empty, whitespace or a dash).

    Only rows whose every cell is one of its column's blank texts can be blank, so a single
    column without any rules them all out; the others are checked cell by cell as before.
    """
    blank_sets = []
    for texts in distinct:
        blank_texts = set(compress(texts, map(_BLANK_TEXTS.__contains__, map(str.strip, texts))))
        if not blank_texts:
            return set()
        blank_sets.append(blank_texts)
    cells_blank = [map(texts.__contains__, column) for texts, column in zip(blank_sets, columns, strict=True)]
    every = map(all, zip(*cells_blank, strict=True))
    result = set()
    for index in compress(count(), every):
        row = body[index]
        empties = row.count("")
        if empties == width or (empties >= width - 3 and _is_blank(row, width)):
            result.add(index)
    return result


def _total_rows(body: list[list[object]], columns: list[list[object]], distinct: list[list[str]],
                blank: set[int]) -> list[tuple[int, str]]:
    """(body index, label) of each total row, in order.

    A total row holds a total label ("Jumlah", "Sub Total Semester I", "Jumlah Kecamatan Padang Hulu",
    ...) in its first text cell: only rows holding one of the labels found among the columns' distinct
    texts are looked at. When more than half the rows would be totals with a suffix ("Jumlah Penduduk",
    "Jumlah UMKM", ... in a table of indicators), those are data after all.
    """
    groups = _GroupValues(distinct)
    candidates: set[int] = set()
    for texts, column in zip(distinct, columns, strict=True):
        if not texts:
            continue
        stripped = list(map(str.strip, texts))
        starts = map(_TOTAL_FIRST.__contains__, map(itemgetter(slice(0, 1)), stripped))
        maybe = compress(zip(texts, stripped, strict=True), starts)
        labels = {text for text, clean in maybe if len(clean) <= 60 and _is_total(clean, groups)}
        if labels:
            candidates.update(compress(count(), map(labels.__contains__, column)))
    found = []
    for index in sorted(candidates):
        if index in blank:
            continue
        label = _total_label(body[index], groups)
        if label is not None:
            found.append((index, label))
    suffixed = [item for item in found if _label_of(item[1]) not in TOTAL_LABELS]
    if suffixed and len(suffixed) * 2 > len(body) - len(blank):
        found = [item for item in found if _label_of(item[1]) in TOTAL_LABELS]
    return found


def _label_of(text: str) -> str:
    return " ".join(text.lower().split()).strip(":.= ")


def _is_column_numbers(row: list[object]) -> bool:
    """A row "1 2 3 4 ..." or "(1) (2) (3) ..." under the header numbers the columns."""
    numbers = []
    for value in row:
        if value == "":
            continue
        if isinstance(value, float | int) and not isinstance(value, bool) and float(value).is_integer():
            numbers.append(int(value))
            continue
        match = _COLUMN_NUMBER.fullmatch(str(value).strip())
        if not match:
            return False
        numbers.append(int(match[1]))
    return len(numbers) >= 3 and numbers == list(range(1, len(numbers) + 1))


def _footer_start(body: list[list[object]], kept: Sequence[int], named: int) -> int | None:
    """Position in ``kept`` of the first row of a signature/notes block under the table, if there is one.

    It is a short run of sparse rows at the end, cut off from the table by a blank or total row.
    """
    if named < 3 or len(kept) < 2:
        return None
    sparse_limit = max(1, named // 3)
    end = len(kept)
    start = end
    while start > 0 and end - start < FOOTER_MAX_ROWS:
        row = body[kept[start - 1]]
        if len(row) - row.count("") > sparse_limit:
            break
        start -= 1
    if start == end or start == 0 or end - start >= FOOTER_MAX_ROWS:
        return None
    if kept[start] - kept[start - 1] < 2:
        return None
    return start


def _keep_columns(grid: Grid, names: list[str], transposed: list[list[object]], census: list[Census],
                  notes: list[Problem]) -> tuple[list[int], list[str]]:
    """Columns with a name or any data, uniquely named; unnamed ones take their sheet letter."""
    sheet = grid.sheet
    # No data: every cell is text (the text count says so) and every distinct text is blank.
    empty_data = [sum(texts.values()) == len(column) and all(not text.strip() for text in texts)
                  for column, (_, texts, _) in zip(transposed, census, strict=True)]
    kept = [c for c in range(len(names)) if names[c] or not empty_data[c]]
    dropped = len(names) - len(kept)
    if dropped:
        notes.append(Problem(sheet, None, None, "blank_columns_dropped", dropped))
    result: list[str] = []
    taken: set[str] = set()
    for column in kept:
        letter = excel_letter(column + grid.col_offset)
        name = names[column]
        if not name:
            name = letter
            notes.append(Problem(sheet, None, letter, "unnamed_column"))
        if name.casefold() in taken:
            original, number = name, 2
            while f"{original} ({number})".casefold() in taken:
                number += 1
            name = f"{original} ({number})"
            notes.append(Problem(sheet, None, name, "duplicate_column_name", original))
        taken.add(name.casefold())
        result.append(name)
    return kept, result
