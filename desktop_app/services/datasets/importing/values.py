"""Reading single cell values the way Indonesian offices write them: numbers, dates and periods.

This is the richer cousin of ``desktop_app.domain.columns.parse_cell``: it follows the same
Indonesian convention (dot groups thousands, comma marks decimals, "Rp" and "%" are decoration)
and adds what imported workbooks contain and typed-in forms do not: "(1.234)" as a negative,
"Rp 1.500.000,-", "1,5 juta", a lone "-" as "no value", English-formatted numbers when a whole
column is written that way, Excel date serials, Indonesian text dates ("12 Maret 2024",
"12/03/2024") and periods ("Maret 2024", "Triwulan III 2024", "Semester I 2024").

Every parser returns ``None`` for text it cannot read; none of them raises.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from desktop_app.domain.periods import MONTH_NAMES

# Cells that mean "no value" in Indonesian tables.
DASHES = frozenset({"-", "--", "---", "\u2013", "\u2014", "\u2012", "\u2212", "_"})

MONTHS = MONTH_NAMES  # the month words of period headings, Indonesian and English

DAY_NAMES = frozenset({"senin", "selasa", "rabu", "kamis", "jumat", "jum'at", "sabtu", "minggu", "ahad",
                       "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"})

ROMAN = {"i": 1, "ii": 2, "iii": 3, "iv": 4, "1": 1, "2": 2, "3": 3, "4": 4}

MULTIPLIERS = {"ribu": 1_000, "rb": 1_000, "juta": 1_000_000, "jt": 1_000_000,
               "miliar": 1_000_000_000, "milyar": 1_000_000_000, "triliun": 1_000_000_000_000}

EXCEL_ERRORS = frozenset({"#DIV/0!", "#N/A", "#NAME?", "#NULL!", "#NUM!", "#REF!", "#VALUE!", "#GETTING_DATA",
                          "#SPILL!", "#CALC!"})

_NUMBER_START = frozenset("0123456789-+(.,\u2212\u2013Rr")
# What may group the thousands of a number besides the other mark: spaces (LibreOffice and French-style
# locales write a no-break or narrow no-break space), a thin space, apostrophes (Swiss style).
GROUP_SPACES = " \u00a0\u202f\u2009'\u2019"
_DIGITS_AND_MARKS = re.compile(f"[0-9][0-9.,{GROUP_SPACES}]*|[.,][0-9]+")
_ASCII_DIGITS = re.compile("[0-9]+")
# A whole part grouped in threes with one and the same mark: "1.234.567", "1 661", "12'345".
_GROUPED = re.compile(f"[1-9][0-9]{{0,2}}([.,{GROUP_SPACES}])[0-9]{{3}}(?:\\1[0-9]{{3}})*")
_GROUP_MARKS = re.compile(f"[.,{GROUP_SPACES}]")

# Characters that show nothing yet make two equal-looking texts differ: zero-width space, joiners and
# non-joiner, left-to-right and right-to-left marks and embeddings, word joiner and invisible
# operators, bidi isolates, Arabic letter mark, a byte order mark inside text, soft hyphen.
INVISIBLE = re.compile("[\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\u061c\ufeff\u00ad]")

# Serial numbers Excel uses for dates between 1954-10-03 and 2119-02-06: outside that
# range a bare number is far more likely a count than a date.
SERIAL_MIN, SERIAL_MAX = 20_000, 80_000
_EXCEL_EPOCH = dt.date(1899, 12, 30)


@dataclass(frozen=True, slots=True)
class Number:
    """A number read from text, with the decoration that told what it is."""

    value: int | float
    money: bool = False
    percent: bool = False


def is_blank_text(text: str) -> bool:
    """Empty, whitespace or a dash that Indonesian tables use for "nothing"."""
    stripped = text.strip()
    return not stripped or stripped in DASHES


def _sign_and_currency(s: str) -> tuple[str, bool, bool]:
    """(the text after the brackets, sign and "Rp" in front of a number, negative, money)."""
    negative = money = False
    if s[0] == "(" and s[-1:] == ")":
        negative, s = True, s[1:-1].strip()
    if s[:1] in ("-", "\u2212", "\u2013") and len(s) > 1:
        negative, s = not negative, s[1:].lstrip()
    elif s[:1] == "+":
        s = s[1:].lstrip()
    if s[:2].lower() == "rp":
        money, s = True, s[2:].lstrip(". \u00a0")
        if s[:1] in ("-", "\u2212") and len(s) > 1:
            negative, s = not negative, s[1:].lstrip()
    return s, negative, money


def parse_number(text: str, decimal_mark: str | None = None) -> Number | None:
    """A number from text such as "1.234.567", "12,5", "Rp 1.500.000,00", "15%", "(1.234)", "1,5 juta".

    ``decimal_mark`` "," or "." reads the text with that decimal mark only: the other mark, spaces
    (plain, no-break, narrow no-break, thin) and apostrophes may only group the whole part in
    threes ("1.234.567", "1 661", "1'234"); anything else is not a number. ``None`` takes the
    Indonesian reading when there is one, else the other: for telling what kind a cell is, never
    for its value (a column's mark is decided from all its cells, see ``marks``).
    """
    s = text.strip()
    if not s or s[0] not in _NUMBER_START:
        return None
    percent = False
    s, negative, money = _sign_and_currency(s)
    if not s:
        return None
    if s.endswith(",-") or s.endswith(".-"):
        s = s[:-2]
    if s.endswith("%"):
        percent, s = True, s[:-1].rstrip()
    multiplier = 1
    if s and s[-1].isalpha():
        head, _, word = s.rpartition(" ")
        word = word.rstrip(".").lower()
        if word in MULTIPLIERS and head:
            multiplier, s = MULTIPLIERS[word], head.rstrip()
        else:
            return None
    if not s or not _DIGITS_AND_MARKS.fullmatch(s):
        return None
    if decimal_mark is None:
        value = _read_digits(s, ",")
        if value is None:
            value = _read_digits(s, ".")
    else:
        value = _read_digits(s, decimal_mark)
    if value is None:
        return None
    if multiplier != 1:
        value = value * multiplier
        if isinstance(value, float) and value.is_integer():
            value = int(value)
    return Number(-value if negative else value, money, percent)


def number_readings(text: str) -> tuple[Number | None, Number | None]:
    """The text read with a decimal comma and with a decimal dot (None where it does not read that way).

    Equal readings (no mark, or only grouping spaces) say nothing about the column's mark; one
    reading alone ("12,5", "0.5", "1.234.567") settles it; two different ones ("1.234") leave it open.
    """
    with_comma = parse_number(text, ",")
    if "." not in text and "," not in text:
        return with_comma, with_comma
    return with_comma, parse_number(text, ".")


def _read_digits(s: str, decimal_mark: str) -> int | float | None:
    """Digits, grouping marks and at most one decimal mark as an int (no decimals) or a float."""
    whole, mark, fraction = s.partition(decimal_mark)
    if mark and (not fraction or not _ASCII_DIGITS.fullmatch(fraction)):
        return None  # a second decimal mark, a grouped fraction, or nothing after the mark
    if not whole:
        return float(f"0.{fraction}") if fraction else None
    if not _ASCII_DIGITS.fullmatch(whole):
        grouped = _GROUPED.fullmatch(whole)
        if grouped is None or grouped[1] == decimal_mark:
            return None
        whole = _GROUP_MARKS.sub("", whole)
    return float(f"{whole}.{fraction}") if fraction else int(whole)


def is_code_like(text: str) -> bool:
    """Digits that are an identifier, not a quantity: "0812..." phone numbers, 13-16 digit NIB/NIK."""
    s = text.strip()
    return s.isdigit() and ((len(s) > 1 and s[0] == "0") or len(s) >= 12)


def date_from_serial(serial: float) -> str | None:
    """An Excel (1900 system) serial number as an ISO date, inside the plausible range only."""
    if not SERIAL_MIN <= serial <= SERIAL_MAX:
        return None
    return (_EXCEL_EPOCH + dt.timedelta(days=int(serial))).isoformat()


def iso_of(value: dt.date | dt.datetime) -> str:
    """The ISO date (no time) of a date or datetime cell."""
    if isinstance(value, dt.datetime):
        value = value.date()
    return value.isoformat()


_TIME_SUFFIX = re.compile(r"\s+(?:pukul\s+)?\d{1,2}[:.]\d{2}(?:[:.]\d{2})?(?:\s*(?:wib|wita|wit))?$", re.IGNORECASE)
_ISO_DATE = re.compile(r"(\d{4})-(\d{1,2})-(\d{1,2})(?:[ T]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?)?")
_NUMERIC_DATE = re.compile(r"(\d{1,2})([/.\-])(\d{1,2})\2(\d{4}|\d{2})")
_TEXT_DATE = re.compile(r"(\d{1,2})[\s\-/.]+([a-z']+)\.?[\s\-/.,]+(\d{4}|\d{2})")


def _year(text: str) -> int:
    year = int(text)
    if len(text) == 2:
        year += 2000 if year < 70 else 1900
    return year


def _iso(year: int, month: int, day: int) -> str | None:
    try:
        return dt.date(year, month, day).isoformat()
    except ValueError:
        return None


def parse_date(text: str) -> str | None:
    """An ISO date from "12 Maret 2024", "Senin, 12 Mar 2024", "12/03/2024", "12-03-24", "2024-03-12"."""
    s = text.strip()
    if not s or len(s) > 48:
        return None
    first = s[0]
    if not first.isdigit():
        if not first.isalpha():
            return None
        word, _, rest = s.partition(" ")
        if word.rstrip(",").lower() not in DAY_NAMES:
            return None
        s = rest.strip()
        if not s or not s[0].isdigit():
            return None
    s = _TIME_SUFFIX.sub("", s)
    match = _ISO_DATE.fullmatch(s)
    if match:
        return _iso(int(match[1]), int(match[2]), int(match[3]))
    match = _NUMERIC_DATE.fullmatch(s)
    if match:
        return _iso(_year(match[4]), int(match[3]), int(match[1]))
    match = _TEXT_DATE.fullmatch(s.lower())
    if match and match[2] in MONTHS:
        return _iso(_year(match[3]), MONTHS[match[2]], int(match[1]))
    return None


_CANONICAL_PERIOD = re.compile(r"\d{4}(-(0[1-9]|1[0-2])|-Q[1-4]|-S[12])?")
_MONTH_YEAR = re.compile(r"([a-z]+)\.?[\s\-/,]+(\d{4}|\d{2})")
_NUMERIC_MONTH_YEAR = re.compile(r"(\d{1,2})[/\-.](\d{4})|(\d{4})[/\-.](\d{1,2})")
_QUARTER = re.compile(
    r"(?:triwulan|trw|tw|kuartal|kwartal|quarter|q)\s*(?:ke\s*-?\s*)?[-.]?\s*(iv|iii|ii|i|[1-4])"
    r"(?:\s*[-/,]?\s*(?:tahun|th\.?|thn\.?|ta\.?)?\s*(\d{4}))")
_QUARTER_YEAR_FIRST = re.compile(r"(\d{4})\s*[-/ ]\s*(?:q|tw|triwulan)\s*[-.]?\s*(iv|iii|ii|i|[1-4])")
_SEMESTER = re.compile(
    r"(?:semester|smt|sem|s)\s*(?:ke\s*-?\s*)?[-.]?\s*(ii|i|[12])"
    r"(?:\s*[-/,]?\s*(?:tahun|th\.?|thn\.?|ta\.?)?\s*(\d{4}))")
_SEMESTER_YEAR_FIRST = re.compile(r"(\d{4})\s*[-/ ]\s*(?:s|smt|semester)\s*[-.]?\s*(ii|i|[12])")
_YEAR_ONLY = re.compile(r"(?:tahun|th\.?|thn\.?|ta\.?|t\.a\.)?\s*(\d{4})")
_PERIOD_WORDS = ("triwulan", "trw", "tw", "kuartal", "kwartal", "quarter", "q", "semester", "smt", "sem", "s",
                 "tahun", "th", "thn", "ta", "t.a.")


def parse_period(text: str) -> str | None:
    """A period as stored ("2024", "2024-03", "2024-Q3", "2024-S1") from how people write one.

    "Maret 2024", "Mar-2024", "03/2024", "Triwulan III 2024", "TW 3 2024", "Q3 2024",
    "Semester I 2024", "Tahun 2024".
    """
    s = text.strip()
    if not s or len(s) > 40:
        return None
    if s[0].isdigit():
        if _CANONICAL_PERIOD.fullmatch(s):
            return s
        lower = s.lower()
        match = _NUMERIC_MONTH_YEAR.fullmatch(lower)
        if match:
            year, month = (int(match[2]), int(match[1])) if match[1] else (int(match[3]), int(match[4]))
            return f"{year:04d}-{month:02d}" if 1 <= month <= 12 else None
        match = _QUARTER_YEAR_FIRST.fullmatch(lower)
        if match:
            return f"{match[1]}-Q{ROMAN[match[2]]}"
        match = _SEMESTER_YEAR_FIRST.fullmatch(lower)
        if match:
            return f"{match[1]}-S{ROMAN[match[2]]}"
        return None
    if not s[0].isalpha():
        return None
    lower = " ".join(s.lower().split())
    first = re.split(r"[\s\-/.,0-9]", lower, maxsplit=1)[0]
    if first in MONTHS:
        match = _MONTH_YEAR.fullmatch(lower)
        if match and match[1] in MONTHS:
            return f"{_year(match[2]):04d}-{MONTHS[match[1]]:02d}"
        return None
    if first not in _PERIOD_WORDS and not (first[:1] in ("q", "s") and first[1:].isdigit()):
        return None
    for pattern, letter in ((_QUARTER, "Q"), (_SEMESTER, "S")):
        match = pattern.fullmatch(lower)
        if match:
            return f"{match[2]}-{letter}{ROMAN[match[1]]}"
    match = _YEAR_ONLY.fullmatch(lower)
    if match:
        return match[1]
    return None


def excel_letter(index: int) -> str:
    """The spreadsheet column letter of a 0-based column index (0 -> "A", 27 -> "AB")."""
    letters = ""
    index += 1
    while index:
        index, rest = divmod(index - 1, 26)
        letters = chr(65 + rest) + letters
    return letters


def column_index(letters: str) -> int:
    """The 1-based column number of a spreadsheet column letter ("A" -> 1, "XFD" -> 16384)."""
    number = 0
    for char in letters.upper():
        number = number * 26 + ord(char) - 64
    return number
