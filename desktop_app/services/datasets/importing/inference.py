"""Deciding each column's type from its values and header, and converting its cells to that type.

A column is INTEGER, DECIMAL, MONEY, PERCENT, DATE or PERIOD when at least 90% of its non-empty
cells read as that type; otherwise CATEGORY (few distinct texts) or TEXT. A row-number column
("No" holding whole numbers) and a code column ("KBLI", "NIB", "Kode Wilayah", "No. HP" holding
numbers or codes) is an IDENTIFIER: its cells are kept as the text they are, never summed. Cells that do not fit
the column's type keep their text and become problems. Work is done once per distinct value,
which keeps a 100,000-row column cheap.
"""

from __future__ import annotations

import datetime as dt
import math
import re
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from itertools import compress, repeat
from operator import and_, ge, le, lt, not_

from desktop_app.domain.columns import ColumnType
from desktop_app.domain.identifiers import is_code_name, is_row_number_name
from desktop_app.services.datasets.importing.model import ColumnCells
from desktop_app.services.datasets.importing.values import (
    DASHES,
    DAY_NAMES,
    EXCEL_ERRORS,
    MONTHS,
    SERIAL_MAX,
    SERIAL_MIN,
    date_from_serial,
    is_code_like,
    iso_of,
    parse_date,
    parse_number,
    parse_period,
)

SHARE = 0.9  # of the non-empty cells that must read as the type
# How CSV exports keep formula-like text from being run: an apostrophe in front (taken off on import).
NEUTRALISED = ("'=", "'+", "'-", "'@", "'\t", "'\r")
CATEGORY_MAX_DISTINCT = 30
CATEGORY_MAX_SHARE = 0.5

EMPTY, ERROR, NUMBER, DATE, PERIOD, CODE, TEXT = range(7)

_PERIOD_WORDS = frozenset({"triwulan", "trw", "tw", "kuartal", "kwartal", "quarter", "q", "semester", "smt", "sem",
                           "s", "tahun", "th", "thn", "ta"}) | frozenset(MONTHS)
_LEADING_WORD = re.compile(r"[A-Za-z']+")
_TOKENS = re.compile(r"[a-z0-9%]+")
_NUMBER_START = frozenset("0123456789-+(.,\u2212\u2013")

_CODE_SHAPE = re.compile(r"\d+(?:[.\-/ ]\d+)+")  # "12.76.01", "12.76.01.1001", "0621-555-010"
_ORDINAL = re.compile(r"\d{1,6}\.")  # "1.", "2." in a "No." column: a row number as written, not a quantity
_MONEY_WORDS = frozenset({"rp", "rupiah", "idr"})
_PERCENT_WORDS = frozenset({"%", "persen", "persentase", "prosentase", "percent", "percentage"})
_DATE_WORDS = frozenset({"tanggal", "tgl", "date"})
_PERIOD_HINTS = frozenset({"tahun", "thn", "periode", "bulan", "year", "period", "month", "masa", "triwulan",
                           "semester"})


def header_words(name: str) -> set[str]:
    """Lower-case words of a header ("Nilai Investasi (Rp)" -> {"nilai", "investasi", "rp"})."""
    lower = name.lower()
    words = set(_TOKENS.findall(lower))
    if "%" in lower:
        words.add("%")
    return words


def classify_text(text: str, decimal_mark: str) -> tuple[int, object]:
    """What a text cell holds: (kind, parsed value)."""
    s = text.strip()
    if not s or s in DASHES:
        return EMPTY, None
    first = s[0]
    if first == "#" and s.upper() in EXCEL_ERRORS:
        return ERROR, s
    if first == "'" and s.startswith(NEUTRALISED):
        return TEXT, s[1:]  # text an export kept from being a formula ("'=x", "'+62 ..."): text, as it was
    if first in _NUMBER_START or (first in "Rr" and s[:2].lower() == "rp"):
        return _classify_numeric(s, decimal_mark)
    if first.isalpha():
        return _classify_words(s)
    return TEXT, s


def _classify_numeric(s: str, decimal_mark: str) -> tuple[int, object]:
    """What a stripped text that starts like a number holds: a code, a number, a date, a period or text."""
    if is_code_like(s) or _ORDINAL.fullmatch(s):
        return CODE, s
    number = parse_number(s, decimal_mark)
    if number is not None:
        return NUMBER, number
    if s[0].isdigit():
        date = parse_date(s)
        if date is not None:
            return DATE, date
        period = parse_period(s)
        if period is not None:
            return PERIOD, period
    return TEXT, s


def _classify_words(s: str) -> tuple[int, object]:
    """What a stripped text that starts with a letter holds: a date after a day's name, a period, or text."""
    word = s.partition(" ")[0].lower()
    if not word.isalpha():
        match = _LEADING_WORD.match(s)
        word = match.group().lower() if match else ""
    if word in DAY_NAMES:
        date = parse_date(s)
        if date is not None:
            return DATE, date
    elif word in _PERIOD_WORDS or (word[:1] in ("q", "s") and word[1:].isdigit()):
        period = parse_period(s)
        if period is not None:
            return PERIOD, period
    return TEXT, s


def display_text(value: object) -> str:
    """A cell as the text a person sees: whole numbers without ".0", dates in ISO."""
    if type(value) is str:
        return value.strip()
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, dt.date):
        return iso_of(value)
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    return str(value)



def _unbool(values: Sequence[object]) -> list[object]:
    return ["TRUE" if v is True else "FALSE" if v is False else v for v in values]


@dataclass
class Profile:
    """What one column holds, counted over its distinct values weighted by how often they occur.

    A column holding only text and numbers (what nearly every column is) keeps its number cells
    as they are, in order, in ``native_values``: its counts are then taken over that list at C
    speed instead of one distinct value at a time, and the few counts only some column types
    need (serials, years, unit fractions) are taken the first time they are asked for.
    """

    counts: Counter  # every cell, or only the text cells when ``native_values`` is kept
    decimal_mark: str = ","
    booleans: bool = False
    natives: list[float | int] = field(default_factory=list)  # distinct numbers (without native_values)
    moments: list[dt.date] = field(default_factory=list)  # distinct date/datetime cells
    texts: dict[str, tuple[int, object]] = field(default_factory=dict)  # distinct text -> (kind, parsed)
    others: list[object] = field(default_factory=list)  # time, timedelta, None
    nonempty: int = 0
    errors: int = 0
    numbers: int = 0
    fractional: int = 0
    money: int = 0
    percent: int = 0
    text_years: int = 0  # text cells reading as a whole number 1900..2100
    dates: int = 0
    periods: int = 0
    codes: int = 0
    long_codes: int = 0  # codes that are only long digit strings (no leading zero): maybe large amounts
    words: int = 0
    native_numbers: int = 0
    native_fractional: int = 0
    native_dates: int = 0
    first_of_month: int = 0
    distinct_texts: int = 0
    native_values: list[float | int] | None = None  # every number cell in order (text and numbers only)
    text_mask: list[bool] | None = None  # with native_values, when text and numbers mix: True for text
    text_values: list[str] | None = None  # with text_mask: the text cells in order
    native_types: set[type] = field(default_factory=set)  # with native_values: int, float or both
    converted: ColumnCells | None = None  # left by ``convert``: what the typed cells are, when it knows
    _native_counts: dict[str, int] = field(default_factory=dict, repr=False)

    @property
    def serials(self) -> int:
        """Number cells in the range of plausible Excel date serials."""
        return self._native_count("serials")

    @property
    def unit_fractions(self) -> int:
        """Number cells within [0, 1]."""
        return self._native_count("unit_fractions")

    @property
    def years(self) -> int:
        """Cells holding a whole number 1900..2100, as a number or as text."""
        return self.text_years + self._native_count("years")

    def _native_count(self, name: str) -> int:
        result = self._native_counts.get(name)
        if result is None:
            result = self._native_counts[name] = _NATIVE_COUNTS[name](self)
        return result

    def _weighted(self, keep: Callable[[float | int], bool]) -> int:
        """Cells among the distinct ``natives`` that ``keep`` accepts (columns without native_values)."""
        weight = self.counts.__getitem__
        return sum(weight(v) for v in self.natives if keep(v))


def _between(values: list[float | int], low: float, high: float) -> int:
    """How many of ``values`` lie within [low, high], counted at C speed."""
    return sum(map(le, repeat(low), values)) - sum(map(lt, repeat(high), values))


def _whole_years(values: list[float | int]) -> int:
    inside = list(compress(values, map(and_, map(le, repeat(1900), values), map(ge, repeat(2100), values))))
    floats = list(compress(inside, map(isinstance, inside, repeat(float))))
    return len(inside) - len(floats) + sum(map(float.is_integer, floats))


def _serial_count(p: Profile) -> int:
    if p.native_values is not None:
        return _between(p.native_values, SERIAL_MIN, SERIAL_MAX)
    return p._weighted(lambda v: SERIAL_MIN <= v <= SERIAL_MAX)


def _unit_fraction_count(p: Profile) -> int:
    if p.native_values is not None:
        return _between(p.native_values, 0, 1)
    return p._weighted(lambda v: 0 <= v <= 1)


def _native_year_count(p: Profile) -> int:
    if p.native_values is not None:
        return _whole_years(p.native_values)
    return p._weighted(lambda v: 1900 <= v <= 2100 and v == int(v))


_NATIVE_COUNTS: dict[str, Callable[[Profile], int]] = {
    "serials": _serial_count, "unit_fractions": _unit_fraction_count, "years": _native_year_count}
_TEXT_AND_NUMBERS = frozenset({str, int, float})


def profile(values: Sequence[object], census: tuple[set[type], Counter, bool] | None = None,
            decimal_mark: str = ",") -> Profile:
    """Count what the column's cells are; every distinct value is looked at once.

    ``census`` - the types the cells may have (a superset), the text cells counted (exactly) and
    whether every cell is a whole float - saves counting again what the caller already counted.
    ``decimal_mark`` is the column's decimal mark (decided for the whole column, see ``marks``).
    """
    whole = False
    if census is None:
        types = set(map(type, values))
        texts = None
    else:
        types, texts, whole = census
        text_cells = sum(texts.values())
        if text_cells == len(values):
            types = {str} if values else set()
        elif not text_cells:
            types = types - {str}
    if types <= _TEXT_AND_NUMBERS:
        return _profile_text_and_numbers(values, types, texts, whole, decimal_mark)
    counts = Counter(values)
    booleans = any(type(v) is bool for v in counts)
    if booleans:  # True == 1 == 1.0 as dict keys: keep booleans apart, as their text
        counts = Counter(_unbool(values))
    p = Profile(counts, booleans=booleans)
    strings: list[str] = []
    for value in counts:
        kind = type(value)
        if kind is str:
            strings.append(value)
        elif kind is float or kind is int:
            p.natives.append(value)
        elif isinstance(value, dt.date):
            p.moments.append(value)
        else:
            p.others.append(value)
    weight = counts.__getitem__

    def total(items: Iterable[object]) -> int:
        return sum(map(weight, items))

    if p.natives:
        natives = p.natives
        p.native_numbers = total(natives)
        p.native_fractional = total(v for v in natives if v != int(v))
        p.nonempty += p.native_numbers
        p.numbers += p.native_numbers
        p.fractional += p.native_fractional
    if p.moments:
        p.native_dates = total(p.moments)
        p.first_of_month = total(v for v in p.moments if v.day == 1)
        p.nonempty += p.native_dates
        p.dates += p.native_dates
    if p.others:
        p.words += total(v for v in p.others if v is not None)
        p.nonempty += p.words
    if strings:
        _profile_texts(p, strings, weight, decimal_mark)
    return p


def _profile_text_and_numbers(values: Sequence[object], types: set[type], texts: Counter | None,
                              whole: bool = False, decimal_mark: str = ",") -> Profile:
    """The profile of a column of text and numbers only, its number cells counted in bulk."""
    mask: list[bool] | None = None
    if str not in types:
        natives, strings = values, []
    elif len(types) == 1:
        natives, strings = [], values
    else:
        mask = list(map(isinstance, values, repeat(str)))
        strings = list(compress(values, mask))
        natives = list(compress(values, map(not_, mask)))
    counts = Counter(strings) if texts is None else texts
    p = Profile(counts, native_values=list(natives), text_mask=mask, text_values=strings if mask is not None else None)
    if natives:
        p.native_numbers = len(natives)
        p.native_types = types & {int, float}
        if float in types and not whole:
            floats = natives if int not in types else list(compress(natives, map(isinstance, natives, repeat(float))))
            if not all(map(float.is_integer, floats)):  # stops at the first fraction; whole columns need no count
                p.native_fractional = len(floats) - sum(map(float.is_integer, floats))
        p.nonempty += p.native_numbers
        p.numbers += p.native_numbers
        p.fractional += p.native_fractional
    if counts:
        _profile_texts(p, list(counts), counts.__getitem__, decimal_mark)
    return p


def _profile_texts(p: Profile, strings: list[str], weight: Callable[[object], int], mark: str) -> None:
    p.decimal_mark = mark
    texts: set[str] = set()
    classified = p.texts
    for value in strings:
        kind, parsed = classified[value] = classify_text(value, mark)
        if kind == EMPTY:
            continue
        n = weight(value)
        p.nonempty += n
        if kind == NUMBER:
            p.numbers += n
            number = parsed.value  # type: ignore[union-attr]
            if number != int(number):
                p.fractional += n
            elif 1900 <= number <= 2100:
                p.text_years += n
            if parsed.money:  # type: ignore[union-attr]
                p.money += n
            if parsed.percent:  # type: ignore[union-attr]
                p.percent += n
        elif kind == DATE:
            p.dates += n
        elif kind == PERIOD:
            p.periods += n
        elif kind == ERROR:
            p.errors += n
        else:
            if kind == CODE or (parsed[:1].isdigit() and _CODE_SHAPE.fullmatch(parsed)):  # type: ignore[index,arg-type]
                p.codes += n
                if not str(parsed).startswith("0") and not _ORDINAL.fullmatch(str(parsed)):
                    p.long_codes += n
            p.words += n
            if len(texts) <= CATEGORY_MAX_DISTINCT:
                texts.add(" ".join(str(parsed).split()).casefold())
    p.distinct_texts = len(texts)


def infer(p: Profile, name: str) -> ColumnType:
    """The column's type from its profile and its header."""
    words = header_words(name)
    counted = p.nonempty - p.errors
    if counted <= 0:
        return ColumnType.TEXT
    need = SHARE * counted
    if is_code_name(name) and p.numbers + p.codes >= need:
        return ColumnType.IDENTIFIER
    if is_row_number_name(name) and p.numbers + p.codes >= need and not p.fractional:
        return ColumnType.IDENTIFIER
    numbers = p.numbers
    if p.long_codes and p.long_codes == p.codes and (p.numbers or words & _MONEY_WORDS):
        numbers += p.long_codes  # 100000000000 beside other amounts (a CSV's Rp 100 billion) is an amount
    if numbers >= need:
        if words & _DATE_WORDS and p.native_numbers == p.numbers == p.serials:
            return ColumnType.DATE
        if words & _PERIOD_HINTS and p.years == p.numbers:
            return ColumnType.PERIOD
        if p.money or words & _MONEY_WORDS or ("nilai" in words and p.fractional == 0):
            return ColumnType.MONEY
        if p.percent or words & _PERCENT_WORDS:
            return ColumnType.PERCENT
        return ColumnType.DECIMAL if p.fractional else ColumnType.INTEGER
    if p.dates and p.dates + p.serials >= need:  # a date column with a few dates stored as bare serials
        if words & _PERIOD_HINTS and not words & _DATE_WORDS and p.native_dates == p.dates == p.first_of_month:
            return ColumnType.PERIOD
        return ColumnType.DATE
    if p.periods and p.periods + p.years >= need:
        return ColumnType.PERIOD
    if p.dates + p.periods >= need:
        return ColumnType.DATE if p.dates >= p.periods else ColumnType.PERIOD
    if p.distinct_texts <= CATEGORY_MAX_DISTINCT and p.distinct_texts <= CATEGORY_MAX_SHARE * counted:
        return ColumnType.CATEGORY
    return ColumnType.TEXT


def scale_percent(p: Profile) -> bool:
    """Whether the column's stored numbers are fractions (Excel keeps 15% as 0.15) to show as 0-100."""
    return (p.native_numbers > 0 and p.unit_fractions == p.native_numbers and p.native_fractional > 0
            and p.numbers == p.native_numbers)


_NUMERIC = frozenset({ColumnType.INTEGER, ColumnType.DECIMAL, ColumnType.MONEY, ColumnType.PERCENT})


def _convert_natives(natives: list[float | int], column_type: ColumnType, scaled: bool,
                     mapping: dict[object, object], bad: dict[object, str]) -> None:
    """Numbers as the spreadsheet stored them, converted in bulk."""
    if column_type in (ColumnType.INTEGER, ColumnType.MONEY):
        for value in natives:
            if value == int(value):
                mapping[value] = int(value)
            else:
                mapping[value] = value
                if column_type == ColumnType.INTEGER:
                    bad[value] = "not_an_integer"
    elif column_type == ColumnType.DECIMAL:
        mapping.update(zip(natives, map(float, natives), strict=True))
    elif column_type == ColumnType.PERCENT:
        if scaled:
            mapping.update({v: round(v * 100, 10) for v in natives})
        else:
            mapping.update(zip(natives, map(float, natives), strict=True))
    elif column_type == ColumnType.DATE:
        for value in natives:
            iso = date_from_serial(value)
            mapping[value] = iso if iso is not None else display_text(value)
            if iso is None:
                bad[value] = "bad_date"
    elif column_type == ColumnType.PERIOD:
        for value in natives:
            if value == int(value) and 1900 <= value <= 2100:
                mapping[value] = str(int(value))
            else:
                mapping[value] = display_text(value)
                bad[value] = "bad_period"
    else:
        mapping.update({v: display_text(v) for v in natives})


def _convert_moment(value: dt.date, column_type: ColumnType) -> tuple[object, str | None]:
    if column_type == ColumnType.DATE:
        return iso_of(value), None
    if column_type == ColumnType.PERIOD:
        return f"{value.year:04d}-{value.month:02d}", None
    if column_type in _NUMERIC:
        return iso_of(value), "bad_number"
    return iso_of(value), None


def _convert_text(value: str, kind: int, parsed: object, column_type: ColumnType, mark: str) -> tuple[object, str | None]:
    """(typed value, problem code or None) of one distinct text cell."""
    if kind == EMPTY:
        return None, None
    if kind == ERROR:
        return parsed, "excel_error"
    if column_type in _NUMERIC:
        number = parsed if kind == NUMBER else parse_number(value, mark) if kind == CODE else None
        if number is None:
            return value.strip(), "bad_number"
        amount = number.value  # type: ignore[union-attr]
        if column_type == ColumnType.INTEGER:
            if amount == int(amount):
                return int(amount), None
            return amount, "not_an_integer"
        if column_type == ColumnType.MONEY:
            return (int(amount) if amount == int(amount) else amount), None
        return float(amount), None
    if column_type == ColumnType.DATE:
        return (parsed, None) if kind == DATE else (value.strip(), "bad_date")
    if column_type == ColumnType.PERIOD:
        if kind == PERIOD:
            return parsed, None
        period = parse_period(value)
        if period is not None:
            return period, None
        if kind == NUMBER and parsed.value == int(parsed.value) and 1900 <= parsed.value <= 2100:  # type: ignore[union-attr]
            return str(int(parsed.value)), None  # type: ignore[union-attr]
        return value.strip(), "bad_period"
    text = parsed if kind == TEXT and type(parsed) is str else value.strip()
    if column_type == ColumnType.CATEGORY:
        return " ".join(text.split()), None
    return text, None


def convert(values: Sequence[object], p: Profile, column_type: ColumnType) -> tuple[list[object], dict[object, str]]:
    """The column's typed values, and the distinct source values that did not fit (value -> problem code)."""
    if p.native_values is not None:
        return _convert_text_and_numbers(values, p, column_type)
    mapping: dict[object, object] = {}
    bad: dict[object, str] = {}
    if p.natives:
        _convert_natives(p.natives, column_type, column_type == ColumnType.PERCENT and scale_percent(p), mapping, bad)
    _convert_texts(p, column_type, mapping, bad)
    for moment in p.moments:
        typed, code = _convert_moment(moment, column_type)
        mapping[moment] = typed
        if code is not None:
            bad[moment] = code
    for other in p.others:
        mapping[other] = None if other is None else display_text(other)
        if other is not None and column_type in _NUMERIC | {ColumnType.DATE, ColumnType.PERIOD}:
            bad[other] = "bad_date" if column_type == ColumnType.DATE else (
                "bad_period" if column_type == ColumnType.PERIOD else "bad_number")
    if p.booleans:
        values = _unbool(values)
    return list(map(mapping.__getitem__, values)), bad


def _convert_texts(p: Profile, column_type: ColumnType, mapping: dict[object, object], bad: dict[object, str]) -> None:
    mark = p.decimal_mark
    for value, (kind, parsed) in p.texts.items():
        typed, code = _convert_text(value, kind, parsed, column_type, mark)
        if typed == value and type(typed) is str:
            typed = value  # the same text: keep the one object (equal either way)
        mapping[value] = typed
        if code is not None:
            bad[value] = code


def _native_converter(p: Profile, column_type: ColumnType) -> tuple[Callable[[float | int], object], type] | None:
    """One C-level conversion for every number cell, and the type it gives, when the column type allows one.

    Whole numbers become ints (``math.trunc``: ``int`` of a whole float, twice as fast as ``int``),
    decimals floats; no cell can be a problem then.
    """
    if column_type in (ColumnType.INTEGER, ColumnType.MONEY) and p.native_fractional == 0:
        return math.trunc, int
    if column_type == ColumnType.DECIMAL or (column_type == ColumnType.PERCENT and not scale_percent(p)):
        return float, float
    return None


def _convert_text_and_numbers(values: Sequence[object], p: Profile,
                              column_type: ColumnType) -> tuple[list[object], dict[object, str]]:
    """``convert`` for a column of text and numbers: number cells converted in bulk, text once per distinct value.

    Also leaves in ``p.converted`` what the typed cells are (``ColumnCells``), known here without
    looking at every cell again.
    """
    bad: dict[object, str] = {}
    texts: dict[object, object] = {}
    _convert_texts(p, column_type, texts, bad)
    natives = p.native_values or []
    typed_natives: Iterable[object] = ()
    outputs: list[object] = list(texts.values())  # every distinct typed value but the bulk-converted numbers
    bulk_types: set[type] = set()
    finite = True
    if natives:
        bulk = _native_converter(p, column_type)
        if bulk is not None:
            converter, result = bulk
            typed_natives = natives if p.native_types == {result} else map(converter, natives)
            bulk_types.add(result)
            if result is float and p.native_fractional:  # NaN and infinity count as fractional
                finite = _all_finite(natives)
        else:
            mapping: dict[object, object] = {}
            _convert_natives(list(dict.fromkeys(natives)), column_type,
                             column_type == ColumnType.PERCENT and scale_percent(p), mapping, bad)
            typed_natives = map(mapping.__getitem__, natives)
            outputs.extend(mapping.values())
    p.converted = cells_of(outputs, bulk_types, finite)
    if p.text_mask is None:
        if natives:
            return list(typed_natives), bad
        if all(typed is value for value, typed in texts.items()):
            return list(values), bad  # every text is already as it is stored (a category, a canonical period)
        return list(map(texts.__getitem__, values)), bad
    # Text and numbers mixed: take from one stream or the other, cell by cell, in order.
    streams = (iter(typed_natives), map(texts.__getitem__, p.text_values or ()))
    return list(map(next, map(streams.__getitem__, p.text_mask))), bad


_NEEDS_ESCAPE = re.compile(r'[\x00-\x1f"\\]')


def _all_finite(numbers: Iterable[object]) -> bool:
    try:
        return all(map(math.isfinite, numbers))  # type: ignore[arg-type]
    except OverflowError:  # an int too large for a float
        return False


def cells_of(values: Sequence[object], types: Iterable[type] = (), finite: bool = True) -> ColumnCells:
    """What typed cells are (``values``, plus cells of ``types`` whose finiteness is ``finite``)."""
    kinds = frozenset(map(type, values)).union(types)
    if float in kinds and finite:
        floats = values if kinds == {float} else compress(values, map(isinstance, values, repeat(float)))
        finite = _all_finite(floats)
    plain = True
    if str in kinds:
        texts = set(compress(values, map(isinstance, values, repeat(str))))
        plain = _NEEDS_ESCAPE.search("".join(texts)) is None  # type: ignore[arg-type]
    return ColumnCells(kinds, finite, plain)
