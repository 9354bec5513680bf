"""Columns that name or number things instead of measuring them: row numbers, codes and years.

"No" holding 1, 2, 3 …, a KBLI or NIB code, a Kemendagri area code, a postal code, a year: none of
them is ever added up. The import types such a column IDENTIFIER (a text, see ``ColumnType``); the
checks of step 2 also leave out of every total a numeric column that is plainly one of them, so
data typed before the IDENTIFIER type existed is not blocked by a row number summed into a total.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

ROW_NUMBER_NAMES = frozenset({"no", "nomor", "no urut", "nomor urut", "nr", "urut", "#", "no #"})
CODE_WORDS = frozenset({"kode", "kd", "kbli", "nib", "nik", "npwp", "nip", "nrp", "nuptk", "nisn", "kodepos",
                        "postal", "postcode", "zip", "id", "rekening", "rek", "telepon", "telp", "tlp", "hp", "wa",
                        "whatsapp", "register", "registrasi"})
_NUMBER_WORDS = frozenset({"no", "nomor", "nr"})
YEAR_WORDS = frozenset({"tahun", "thn", "th", "year", "ta"})
# Words that make a column a measure whatever else it names: "Jumlah NIB", "Total NIK terdaftar".
MEASURE_WORDS = frozenset({"jumlah", "total", "banyak", "banyaknya", "nilai", "rata", "realisasi", "target",
                           "capaian", "persentase", "persen", "count", "sum", "amount", "subtotal"})
_WORDS = re.compile(r"[a-z0-9#]+")


def fold_name(name: str) -> str:
    """A header as compared: lower case, ".", ":" and "-" as spaces, whitespace collapsed."""
    return " ".join(re.sub(r"[.:\-_/]", " ", str(name).lower()).split())


def name_words(name: str) -> list[str]:
    return _WORDS.findall(str(name).lower())


def is_row_number_name(name: str) -> bool:
    """"No", "No.", "Nomor", "No Urut", "Nomor Urut", "#"."""
    return fold_name(name) in ROW_NUMBER_NAMES


def is_code_name(name: str) -> bool:
    """A header naming a code: "KBLI", "Kode Wilayah", "NIB", "Kode Pos", "No. HP", "Nomor Izin" — not "Jumlah NIB"."""
    words = name_words(name)
    if not words or set(words) & MEASURE_WORDS or is_row_number_name(name):
        return False
    return bool(set(words) & CODE_WORDS) or (words[0] in _NUMBER_WORDS and len(words) > 1)


def is_year_name(name: str) -> bool:
    words = set(name_words(name))
    return bool(words & YEAR_WORDS) and not words & MEASURE_WORDS


def _whole(value: object) -> int | None:
    """A whole number from a number cell or from digits stored as text ("7" in an identifier column)."""
    if isinstance(value, str):
        text = value.strip()
        return int(text) if text.isdigit() and len(text) < 10 else None
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        return None
    return int(value) if float(value).is_integer() else None


def is_row_numbers(values: Iterable[object]) -> bool:
    """1, 2, 3 … (numbering may start again at 1, as it does per group); empty cells are passed over."""
    previous = 0
    seen = False
    for value in values:
        if value is None or value == "":
            continue
        number = _whole(value)
        if number is None or (number != previous + 1 and number != 1):
            return False
        previous, seen = number, True
    return seen


def is_years(values: Iterable[object]) -> bool:
    numbers = [_whole(v) for v in values if v is not None and v != ""]
    return bool(numbers) and all(n is not None and 1900 <= n <= 2100 for n in numbers)


def is_identifier_column(name: str, values: Iterable[object]) -> bool:
    """Whether a column typed as a number is plainly a row number, a code or a year (never a measure)."""
    if is_row_number_name(name):
        return is_row_numbers(values)
    if is_code_name(name):
        return True
    return is_year_name(name) and is_years(values)
