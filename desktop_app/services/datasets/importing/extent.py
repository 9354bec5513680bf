"""How far a worksheet's cells that hold something reach, read from its XML before any reader allocates them.

A spreadsheet reader allocates rows x columns between the outermost cells holding a value, so a
sheet is judged by those cells: not by its declared ``<dimension>`` (some writers declare
A1:XFD1048576 over a few rows), and not by rows or cells that only carry formatting (a
self-closing ``<row .../>`` or ``<c r="J1048576" s="3"/>``: "formatting down to the last row").

``SheetExtent`` reads the stream in windows, cheaply: the widest column so far is known exactly,
and from it the most rows the sheet may have (``row_limit``); one search per window looks for a
reference that is not plainly inside both (``_outside``), which in an ordinary sheet finds nothing
and runs at close to memchr speed. A window holding such a reference is read cell tag by cell tag,
counting only cells that hold something. Whatever that cannot settle - a reference in a tag cut by
the window's edges, rows or cells without a reference, more rows than allowed, the widest column
growing after windows were cleared against a larger limit - asks for ``exact_extent``: the member
read again whole tag by whole tag (and, for cells without references, position by position).
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterator

from desktop_app.domain.errors import BadInput
from desktop_app.services.datasets.importing.values import column_index, excel_letter

MAX_CELLS = 5_000_000  # rows x columns of one sheet, between its outermost cells holding a value
MAX_ROWS = 2_000_000
MAX_COLUMNS = 1_000
MAX_TAG = 65536  # bytes of one tag; longer is no spreadsheet
OVERLAP = 64  # bytes a window shares with the next one

# A cell reference in any tag (r="B12", r='B12', with or without $), and a row reference (r="12").
_REFERENCE = re.compile(rb"""\sr\s*=\s*["']\$?([A-Za-z]{0,4})\$?(\d{0,12})["']""")
# A whole cell tag holding something (not self-closing), with its reference: as writers write it
# ("<c r=..."), and in any form XML allows (a namespace prefix, another space after the name).
_REST_OF_TAG = rb"""(?>[^>]*?\br\s*=\s*["']\$?([A-Za-z]{1,4})\$?(\d{1,12})["'])[^>/]*+(?:/(?!>)[^>/]*+)*+>"""
_VALUED_CELL = re.compile(rb"<c " + _REST_OF_TAG)
_VALUED_CELL_ANY_FORM = re.compile(rb"<(?:[\w.-]+:)?c\s" + _REST_OF_TAG)
_OTHER_FORMS = (b":c", b"<c\t", b"<c\n", b"<c\r")
# Tags without a reference: the reader puts them after the previous row or cell.
_UNREFERENCED = re.compile(rb"""<(?:[\w.-]+:)?(?:c|row)(?:\s(?![^>]*\br\s*=)[^>]*|/)?>""")
_ROW_OR_CELL = re.compile(rb"<(?:[\w.-]+:)?(row|c)(\s[^>]*|/)?>")
# Reference forms the fast search (' r="') does not see: quoted with ', after a tab or a line break.
# They are looked for only in windows holding one of those bytes (a memchr away).
_ODD_REFERENCE = re.compile(rb"""[\t\n\r]r\s*=|\sr\s*=\s*'""")
_ODD_BYTES = (b"'", b"\t", b"\n", b"\r")


class SheetExtent:
    """Largest row and column among a sheet's cells holding something (see the module docstring)."""

    def __init__(self) -> None:
        self.rows = 0  # largest row of a cell holding something, read exactly
        self.columns = 0  # widest such column, read exactly
        self.row_tags = 0  # a bound on the "<row" tags (the "w"s of the stream)
        self.cleared = 0  # largest row limit a window was cleared against without being read exactly
        self.unsure = False  # something a window could not settle
        self.windows = 0

    def update(self, window: bytes, chunk: bytes, carried: int = OVERLAP) -> None:
        """Account for ``window``; its last ``carried`` bytes start the next window and may wait for it."""
        self.row_tags += chunk.count(b"w")  # every "<row" holds one, and counting one byte is quick
        start = 0
        if not self.windows:  # the XML declaration may use ' and end with a line break
            start = window.find(b"?>") + 2 if window.startswith(b"<?xml") else 0
        self.windows += 1
        for odd in _ODD_BYTES:
            if window.find(odd, start) >= 0:
                if _ODD_REFERENCE.search(window, start):
                    self.unsure = True
                break
        self._raise_to_last_cell(window)
        match = _outside(self.columns).search(window)
        if match is None or match.start() >= len(window) - carried:
            # Nothing outside, or only a reference cut off at the window's end (the next window has it whole).
            self.cleared = max(self.cleared, row_limit(self.columns))
        else:
            self._cells(window, carried)

    def finish(self, tail: bytes) -> None:
        """The end of the stream: the last bytes had no next window to wait for."""
        if tail:
            self.update(tail, b"", carried=0)

    def _raise_to_last_cell(self, window: bytes) -> None:
        """Widen to the last cell holding something of the window's last whole row (it is real, so this
        stays exact): the end of a row is where its widest column is."""
        end = window.rfind(b"</row>")
        if end < 0:
            end = len(window)
        for _ in range(4):  # the very last one may be cut off, or only formatted
            start = window.rfind(b"<c ", 0, end)
            if start < 0:
                return
            match = _VALUED_CELL.match(window, start)  # "<c " found: the usual form
            if match is not None:
                self._add(match[1], match[2])
                return
            end = start

    def _cells(self, window: bytes, carried: int) -> None:
        """Read the window's whole cell tags; references the window cuts off leave it unsure."""
        first, last = window.find(b"<"), window.rfind(b">")
        if first < 0 or last < 0:
            self.unsure = True
            return
        self._add_all(_valued_cells(window, first, last + 1))
        if _UNREFERENCED.search(window, first, last + 1):
            self.unsure = True
        # The edges: a tag begun before the window, or one the next window finishes (it shares ``carried``).
        outside = _outside(self.columns)
        if outside.search(window[:first]) or outside.search(window[last + 1:len(window) - carried]):
            self.unsure = True

    def _add_all(self, cells: list[tuple[bytes, bytes]]) -> None:
        if cells:
            letters, digits = map(set, zip(*cells, strict=True))
            for column in letters:
                self._add(column, b"0")
            self.rows = max(self.rows, max(map(int, digits)))

    def _add(self, letters: bytes, digits: bytes) -> None:
        if len(letters) > 3:
            raise BadInput("too_large", "column reference beyond XFD")
        column = column_index(letters.decode())
        if column > 16384:
            raise BadInput("too_large", "column reference beyond XFD")
        self.columns = max(self.columns, column)
        self.rows = max(self.rows, int(digits))

    def needs_rescan(self) -> bool:
        """Whether the windows leave it open (see the module docstring)."""
        if self.too_large():
            return False
        most = _most_rows(self.columns)
        return self.unsure or self.cleared > most or self.row_tags > most

    def too_large(self) -> bool:
        return self.columns > MAX_COLUMNS or self.rows > _most_rows(self.columns)

    def check(self, name: str) -> None:
        """Refuse the sheet if too large (after ``needs_rescan`` was answered)."""
        if self.too_large():
            raise BadInput("too_large", f"{name}: {self.rows} rows x {self.columns} columns")


def exact_extent(chunks: Iterator[bytes], again: Iterator[bytes] | None = None) -> SheetExtent:
    """The extent read whole tag by whole tag; cells without a reference are placed as a reader places them.

    ``again`` streams the member once more, should cells or rows without a reference need placing.
    """
    extent = SheetExtent()
    positional = False
    for window in _whole_tags(chunks):
        extent._add_all(_valued_cells(window))
        if not positional and _UNREFERENCED.search(window):
            positional = True
        if extent.too_large():
            return extent
    if positional and again is not None:
        _place(extent, _whole_tags(again))
    return extent


def _valued_cells(window: bytes, start: int = 0, end: int = -1) -> list[tuple[bytes, bytes]]:
    """(letters, digits) of the references of the whole cell tags holding something in window[start:end]."""
    end = len(window) if end < 0 else end
    if any(form in window for form in _OTHER_FORMS):
        return _VALUED_CELL_ANY_FORM.findall(window, start, end)
    return _VALUED_CELL.findall(window, start, end)


def _place(extent: SheetExtent, windows: Iterator[bytes]) -> None:
    """Rows and cells at the positions a reader gives them: after the previous one unless they say where."""
    row = column = 0
    for window in windows:
        for tag, attributes in _ROW_OR_CELL.findall(window):
            reference = _REFERENCE.search(attributes or b"")
            if tag == b"row":
                row = int(reference[2]) if reference and reference[2] else row + 1
                column = 0
                continue
            if reference and reference[1] and reference[2]:
                column, row = column_index(reference[1].decode()), int(reference[2])
            else:
                column += 1
            if not (attributes or b"").endswith(b"/"):
                extent.columns = max(extent.columns, column)
                extent.rows = max(extent.rows, row)
        if extent.too_large():
            return


def _whole_tags(chunks: Iterator[bytes]) -> Iterator[bytes]:
    """The stream in windows that end after a whole tag (the rest waits for the next window)."""
    pending = b""
    for chunk in chunks:
        window = pending + chunk
        end = window.rfind(b">") + 1
        pending = window[end:]
        if len(pending) > MAX_TAG:
            raise BadInput("too_large", "a tag longer than any spreadsheet writes")
        if end:
            yield window[:end]
    if pending:
        yield pending


def _most_rows(columns: int) -> int:
    """The most rows a sheet this wide may have (MAX_ROWS, and MAX_CELLS in all)."""
    return min(MAX_ROWS, MAX_CELLS // max(columns, 1))


def row_limit(columns: int) -> int:
    """``_most_rows`` rounded down to a number whose digits a possessive regex can bound (d99..9 or dd99..9)."""
    most = _most_rows(columns)
    text = str(most + 1)
    one = int(text[0]) * 10 ** (len(text) - 1) - 1
    if one * 4 >= most * 3 or len(text) < 2:
        return one
    return int(text[:2]) * 10 ** (len(text) - 2) - 1


def _letters_at_most(letters: str) -> str:
    """A regex for column letters of the same length as ``letters`` naming a column no further right."""
    first, rest = letters[0], letters[1:]
    if not rest:
        return f"[A-{first}]"
    alternatives = [f"{first}(?:{_letters_at_most(rest)})"]
    if first > "A":
        alternatives.insert(0, f"[A-{chr(ord(first) - 1)}][A-Z]{{{len(rest)}}}")
    return "|".join(alternatives)


def _digits_at_most(limit: int) -> str:
    """A regex for a whole run of digits (followed by anything but a digit) no larger than ``limit``.

    ``limit`` is one or two significant digits followed by nines, as ``row_limit`` gives.
    """
    text = str(limit + 1)
    rest = len(text) - 1
    if int(text) == int(text[0]) * 10 ** rest:  # d followed by zeros: (d-1) and nines
        return f"[0-{int(text[0]) - 1}]?+\\d{{0,{rest}}}+"
    first, second = int(text[0]), int(text[1])
    alternatives = []
    if first > 0:
        alternatives.append(f"[0-{first - 1}]\\d{{{rest}}}")
    if second > 0:
        alternatives.append(f"{first}[0-{second - 1}]\\d{{{rest - 1}}}")
    alternatives.append(f"\\d{{0,{rest}}}")
    return "(?>" + "|".join(alternatives) + ")"


@functools.lru_cache(maxsize=64)
def _outside(columns: int) -> re.Pattern[bytes]:
    """A reference (cell or row) not plainly within ``columns`` columns and ``row_limit(columns)`` rows.

    Starts with the literal every reference starts with, then a single possessive path that an
    ordinary reference walks through without backtracking.
    """
    if columns <= 0:
        letters = ""
    elif columns <= 26:
        letters = f"[A-{excel_letter(columns - 1)}]?+"
    else:
        widest = excel_letter(columns - 1)
        shorter = f"|[A-Z]{{1,{len(widest) - 1}}}"
        letters = f"(?>{_letters_at_most(widest)}{shorter})?+"
    pattern = f' r="(?!{letters}{_digits_at_most(row_limit(columns))}")'
    return re.compile(pattern.encode())
