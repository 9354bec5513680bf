"""Refusing hostile or broken files before any spreadsheet reader sees them.

Decides what a file really is from its bytes (not its name) and refuses, with ``BadInput``:
encrypted workbooks, zip bombs, XML with a DOCTYPE/ENTITY (billion laughs, external entities),
sheets declaring or holding absurd dimensions, and anything that is not a spreadsheet.
Every XML member of an .xlsx/.ods is streamed once through a size-capped reader; the prolog
goes through defusedxml (DTDs forbidden) and every chunk is searched for markup declarations.
Every cell and row reference of a sheet is checked against the limits (``_SheetExtent``): at
close to memchr speed while they are plainly within them, reference by reference otherwise.
"""

from __future__ import annotations

import functools
import lzma
import mmap
import re
import zipfile
import zlib
from pathlib import Path
from xml.etree.ElementTree import ParseError

from defusedxml import DefusedXmlException
from defusedxml.ElementTree import XMLParser

from desktop_app.domain.errors import BadInput
from desktop_app.services.importing.cfb import SIGNATURE as CFB_SIGNATURE
from desktop_app.services.importing.cfb import CfbError, stream_names
from desktop_app.services.importing.values import column_index, excel_letter

MAX_UNCOMPRESSED = 200 * 1024 * 1024  # bytes, the whole zip once inflated (and the largest CSV)
MAX_RATIO = 100  # inflated / compressed size of one member
RATIO_FLOOR = 1024 * 1024  # members smaller than this inflated cannot hurt whatever their ratio
MAX_MEMBERS = 10_000
MAX_CELLS = 5_000_000  # rows x columns of one sheet, declared or present
MAX_ROWS = 2_000_000
MAX_COLUMNS = 1_000

CSV_SUFFIXES = frozenset({".csv", ".txt", ".tsv"})
ODS_MIMETYPES = (b"application/vnd.oasis.opendocument.spreadsheet",)

_CHUNK = 1024 * 1024
_OVERLAP = 64
_DECLARATION = re.compile(rb"<!(?i:doctype|entity|element|attlist)")
_DIMENSION = re.compile(rb'<(?:[\w.-]+:)?dimension\s+ref="\$?([A-Za-z]{1,3})\$?(\d{1,7})(?::\$?([A-Za-z]{1,3})\$?(\d{1,7}))?"')
# The row number of a cell reference (r="B12") or of a row (r="12", wherever it stands in the tag).
_REFERENCE_ROW = re.compile(rb' r="[A-Z]{0,3}(\d{1,12})"')
_LAST_REFERENCE = re.compile(rb' r="([A-Z]{0,3})(\d{1,12})"')
_BEYOND: dict[int, re.Pattern[bytes]] = {}


def _columns_beyond(columns: int) -> re.Pattern[bytes]:
    """Cell references whose column lies after the first ``columns`` ones."""
    pattern = _BEYOND.get(columns)
    if pattern is None:
        if columns < 26:
            alternatives = rb"[A-Z]{2,}|[%c-Z]" % (65 + columns)
        elif columns < 702:
            alternatives = rb"[A-Z]{3,}|[A-Z]{2}"  # two-letter ones are filtered by max()
        else:
            alternatives = rb"[A-Z]{3,}"
        pattern = _BEYOND[columns] = re.compile(rb' r="(' + alternatives + rb')\d')
    return pattern


_ODS_ROWS_REPEATED = re.compile(rb'number-rows-repeated="(\d+)"')
_ODS_COLUMNS_REPEATED = re.compile(rb'number-columns-repeated="(\d+)"')
_XML_SUFFIXES = (".xml", ".rels", ".vml")
# Members under xl/ that are not sheets (sheets are under xl/worksheets/, but relationships may
# point anywhere, so everything else is scanned as a possible sheet).
_NOT_SHEETS = ("xl/theme/", "xl/styles", "xl/sharedStrings", "xl/_rels/", "xl/workbook", "xl/externalLinks/",
               "xl/drawings/", "xl/charts/", "xl/tables/", "xl/pivot", "xl/comments", "xl/threadedComments/",
               "xl/persons/", "xl/media/", "xl/printerSettings/", "xl/ctrlProps/", "xl/richData/", "xl/calcChain",
               "xl/connections", "xl/queryTables/", "xl/customXml", "xl/metadata")


def inspect(path: Path) -> str:
    """What the file is - "xlsx", "ods", "xls" or "csv" - after refusing anything unsafe."""
    try:
        if not path.is_file():
            raise BadInput("file_missing", str(path))
        size = path.stat().st_size
        with path.open("rb") as handle:
            head = handle.read(8)
    except OSError as exc:
        raise BadInput("file_missing", f"{path}: {exc}") from exc
    if head.startswith(b"PK\x03\x04") or head.startswith(b"PK\x05\x06"):
        return _inspect_zip(path)
    if head == CFB_SIGNATURE:
        return _inspect_compound(path, size)
    if path.suffix.lower() in CSV_SUFFIXES:
        if size > MAX_UNCOMPRESSED:
            raise BadInput("too_large", f"{size} bytes of text")
        return "csv"
    raise BadInput("not_a_spreadsheet", f"{path.name}: starts with {head[:8]!r}")


def _inspect_compound(path: Path, size: int) -> str:
    """An OLE2 file: encrypted workbook, a real .xls, or some other Office file."""
    if size > MAX_UNCOMPRESSED:
        raise BadInput("too_large", f"{size} bytes")
    try:
        with path.open("rb") as handle:
            names = stream_names(handle, size)
    except CfbError:
        names = None
    except OSError as exc:
        raise BadInput("file_missing", str(exc)) from exc
    if names is None:
        # The directory could not be followed: look for the stream name anywhere, then let the
        # spreadsheet reader decide (a broken file fails there as not_a_spreadsheet).
        try:
            with path.open("rb") as handle, mmap.mmap(handle.fileno(), 0, access=mmap.ACCESS_READ) as data:
                found = data.find("EncryptionInfo".encode("utf-16-le")) >= 0
        except (OSError, ValueError) as exc:
            raise BadInput("not_a_spreadsheet", f"unreadable compound file: {exc}") from exc
        if found:
            raise BadInput("encrypted", "EncryptionInfo stream")
        return "xls"
    if "EncryptionInfo" in names or "EncryptedPackage" in names:
        raise BadInput("encrypted", "EncryptionInfo stream")
    if not {"Workbook", "Book"} & {name.strip() for name in names}:
        raise BadInput("not_a_spreadsheet", "compound file without a workbook stream")
    return "xls"


def _inspect_zip(path: Path) -> str:
    try:
        with zipfile.ZipFile(path) as archive:
            infos = archive.infolist()
            _check_sizes(infos)
            kind = _zip_kind(archive, infos)
            _scan_members(archive, infos, kind)
    except zipfile.BadZipFile as exc:
        raise BadInput("not_a_spreadsheet", f"broken zip: {exc}") from exc
    except (OSError, EOFError, ValueError, NotImplementedError, RuntimeError, zlib.error, lzma.LZMAError) as exc:
        raise BadInput("not_a_spreadsheet", f"unreadable zip: {exc}") from exc
    return kind


def _zip_kind(archive: zipfile.ZipFile, infos: list[zipfile.ZipInfo]) -> str:
    names = {info.filename for info in infos}
    if any(info.flag_bits & 0x1 for info in infos):
        raise BadInput("encrypted", "zip members are encrypted")
    if "xl/workbook.xml" in names:
        return "xlsx"
    if "xl/workbook.bin" in names:
        raise BadInput("not_a_spreadsheet", "binary workbook (.xlsb) is not supported")
    if "content.xml" in names:
        mimetype = b""
        if "mimetype" in names and archive.getinfo("mimetype").file_size < 200:
            mimetype = archive.read("mimetype").strip()
        if mimetype.startswith(ODS_MIMETYPES):
            return "ods"
    raise BadInput("not_a_spreadsheet", "zip without a workbook")


def _check_sizes(infos: list[zipfile.ZipInfo]) -> None:
    """Declared sizes: the whole archive inflated, and each member's compression ratio."""
    if len(infos) > MAX_MEMBERS:
        raise BadInput("too_large", f"{len(infos)} zip members")
    total = 0
    for info in infos:
        total += info.file_size
        if total > MAX_UNCOMPRESSED:
            raise BadInput("too_large", f"more than {MAX_UNCOMPRESSED} bytes uncompressed")
        if info.file_size > RATIO_FLOOR and info.file_size > MAX_RATIO * max(info.compress_size, 1):
            raise BadInput("too_large", f"{info.filename}: compression ratio over {MAX_RATIO}")


class _RootReached(Exception):
    """Raised by the prolog parser's target at the first element: the prolog was clean."""


class _PrologTarget:
    def start(self, tag: str, attrib: dict) -> None:
        raise _RootReached

    def end(self, tag: str) -> None:
        return None

    def data(self, data: str) -> None:
        return None

    def close(self) -> None:
        return None


class _SheetExtent:
    """Largest row and column a sheet XML holds, from its cell references (and row count).

    Every reference in the stream is accounted for, but cheaply. The widest column so far is
    known exactly, and from it the most rows the sheet may have (``row_limit``): one search per
    window looks for a reference that is not plainly inside both (``_outside``), which in an
    ordinary sheet finds nothing and runs at close to memchr speed. A window holding such a
    reference - a wider column, a row past the limit, anything odd - is read reference by
    reference as before. Rows without a reference count too (``row_tags``); outside the exact
    read they are bounded by the "w"s of the stream (every "<row" holds one, and counting one
    byte is twice as fast). Should that bound, or the widest column growing after windows were
    cleared against a larger row limit, leave the answer open, ``needs_rescan`` asks for the
    member to be read again reference by reference, rows counted exactly.
    """

    def __init__(self, exact: bool = False) -> None:
        self.rows = 0  # largest row number read exactly
        self.row_tags = 0  # "<row" tags (exact read) or a bound on them (the "w"s)
        self.columns = 0  # widest column: exact, every reference is within it or was read exactly
        self.cleared = 0  # largest row limit a window was cleared against without being read exactly
        self.exact = exact

    def update(self, window: bytes, chunk: bytes, carried: int = _OVERLAP) -> None:
        """Account for ``window``; its last ``carried`` bytes start the next window and may wait for it."""
        if self.exact:
            # The tags within the chunk, and one cut in two by the chunk's start.
            seam = len(window) - len(chunk)
            self.row_tags += chunk.count(b"<row") + window[max(seam - 3, 0):seam + 3].count(b"<row")
            self._exact(window)
            return
        self.row_tags += chunk.count(b"w")
        self._raise_to_last_reference(window)
        match = _outside(self.columns).search(window)
        if match is None or match.start() >= len(window) - carried:
            # Nothing outside, or only a reference cut off at the window's end (the next window has it whole).
            self.cleared = max(self.cleared, row_limit(self.columns))
        else:
            self._exact(window)

    def finish(self, tail: bytes) -> None:
        """The end of the stream: the last bytes had no next window to wait for."""
        if not self.exact and tail:
            self.update(tail, b"", carried=0)

    def _raise_to_last_reference(self, window: bytes) -> None:
        """Widen to the column of the window's last cell reference (it is real, so this stays exact)."""
        end = len(window)
        for _ in range(4):  # the very last one may be cut off at the chunk's end
            start = window.rfind(b' r="', 0, end)
            if start < 0:
                return
            match = _LAST_REFERENCE.match(window, start)
            if match is not None:
                self.rows = max(self.rows, int(match[2]))
                if match[1]:
                    self.columns = max(self.columns, column_index(match[1].decode()))
                return
            end = start

    def _exact(self, window: bytes) -> None:
        numbers = set(_REFERENCE_ROW.findall(window))
        if numbers:
            self.rows = max(self.rows, max(map(int, numbers)))
        # Columns: only references beyond the widest seen so far are looked at.
        letters = set(_columns_beyond(self.columns).findall(window))
        if letters:
            if max(map(len, letters)) > 3:
                raise BadInput("too_large", "column reference beyond XFD")
            self.columns = max(self.columns, *(column_index(x.decode()) for x in letters))

    def needs_rescan(self) -> bool:
        """Whether the fast read leaves it open: a window cleared against more rows than the final
        widest column allows, or more "w"s than rows allowed (some may be "<row" tags)."""
        if self.exact or self.too_large():
            return False
        most = _most_rows(self.columns)
        return self.cleared > most or self.row_tags > most

    def too_large(self) -> bool:
        rows = max(self.rows, self.row_tags) if self.exact else self.rows
        return self.columns > MAX_COLUMNS or rows > _most_rows(self.columns)

    def check(self, name: str) -> None:
        """Refuse the sheet if too large (after ``needs_rescan`` was answered)."""
        if self.too_large():
            rows = max(self.rows, self.row_tags) if self.exact else self.rows
            raise BadInput("too_large", f"{name}: {rows} rows x {self.columns} columns")


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


def _check_dimension(name: str, first: bytes) -> None:
    match = _DIMENSION.search(first[:65536])
    if not match:
        return
    first_col, first_row = column_index(match[1].decode()), int(match[2])
    last_col, last_row = (column_index(match[3].decode()), int(match[4])) if match[3] else (first_col, first_row)
    cells = (abs(last_row - first_row) + 1) * (abs(last_col - first_col) + 1)
    if cells > MAX_CELLS:
        raise BadInput("too_large", f"{name}: declared dimension {match[0].decode(errors='replace')}")


class _OdsExtent:
    """Rows and cells an .ods content.xml holds once calamine expands its repeated rows and cells.

    LibreOffice writes runs of identical rows or cells once with a repeat count; empty runs (the
    rest of the sheet) are harmless, runs holding values are expanded in memory.
    """

    def __init__(self) -> None:
        self.rows = 0
        self.cells = 0

    def update(self, window: bytes, chunk: bytes, tail: int) -> None:
        self.rows += chunk.count(b"<table:table-row")
        self.cells += chunk.count(b"<table:table-cell") + chunk.count(b"<table:covered-table-cell")
        for match in _ODS_COLUMNS_REPEATED.finditer(window):
            if match.end() <= tail:
                continue  # seen in the previous window
            element = window[window.rfind(b"<", 0, match.start()):window.find(b">", match.end()) + 1]
            if b"value-type" in element or not element.endswith(b"/>"):
                repeat = int(match[1])
                if repeat > MAX_COLUMNS:
                    raise BadInput("too_large", f"a cell with content repeated {repeat} times")
                self.cells += repeat - 1
        for match in _ODS_ROWS_REPEATED.finditer(window):
            if match.end() <= tail:
                continue
            end = window.find(b"table:table-row>", match.end())
            body = window[match.end():end if end >= 0 else len(window)]
            if b"value-type" not in body:
                continue
            repeat = int(match[1])
            self.rows += repeat - 1
            self.cells += (repeat - 1) * _row_width(body)
        self.check()

    def check(self) -> None:
        if self.rows > MAX_ROWS or self.cells > MAX_CELLS:
            raise BadInput("too_large", f"content.xml: {self.rows} rows, {self.cells} cells")


_ODS_CELL = re.compile(rb"<table:(?:covered-)?table-cell\b([^>]*?)(/?)>")
_ODS_REPEAT = re.compile(rb'number-columns-repeated="(\d+)"')


def _row_width(body: bytes) -> int:
    """Columns up to the last cell holding a value in one row's XML."""
    position = last = 0
    for attributes, closed in _ODS_CELL.findall(body):
        repeat_match = _ODS_REPEAT.search(attributes)
        repeat = int(repeat_match[1]) if repeat_match else 1
        position += repeat
        if b"value-type" in attributes or not closed:
            last = position
    return last


def _scan_members(archive: zipfile.ZipFile, infos: list[zipfile.ZipInfo], kind: str) -> None:
    """Stream every XML member: actual size, DTD/entities, declared and present sheet dimensions."""
    total = 0
    for info in infos:
        name = info.filename
        if info.is_dir() or not (name.lower().endswith(_XML_SUFFIXES)):
            continue
        is_sheet = kind == "xlsx" and name.startswith("xl/") and not name.startswith(_NOT_SHEETS)
        extent = _SheetExtent() if is_sheet else None
        ods = _OdsExtent() if kind == "ods" and name == "content.xml" else None
        parser: XMLParser | None = XMLParser(target=_PrologTarget(), forbid_dtd=True, forbid_entities=True,
                                              forbid_external=True)
        tail = b""
        first = True
        with archive.open(info) as member:
            while True:
                chunk = member.read(_CHUNK)
                if not chunk:
                    break
                total += len(chunk)
                if total > MAX_UNCOMPRESSED:
                    raise BadInput("too_large", f"more than {MAX_UNCOMPRESSED} bytes uncompressed")
                if parser is not None:
                    parser = _feed_prolog(parser, chunk, name)
                window = tail + chunk
                # "!" alone is a memchr away; "<!" only needs looking for where one occurs.
                if b"!" in window and b"<!" in window and _DECLARATION.search(window):
                    raise BadInput("xml_attack", f"{name}: markup declaration (DOCTYPE/ENTITY)")
                if first and is_sheet:
                    _check_dimension(name, chunk)
                if extent is not None:
                    extent.update(window, chunk)
                if ods is not None:
                    ods.update(window, chunk, len(tail))
                tail = window[-_OVERLAP:]
                first = False
        if extent is not None:
            extent.finish(tail)
            if extent.needs_rescan():
                extent = _exact_extent(archive, info)
            extent.check(name)


def _exact_extent(archive: zipfile.ZipFile, info: zipfile.ZipInfo) -> _SheetExtent:
    """The sheet's extent read reference by reference (its size and content were checked already)."""
    extent = _SheetExtent(exact=True)
    tail = b""
    with archive.open(info) as member:
        while chunk := member.read(_CHUNK):
            window = tail + chunk
            extent.update(window, chunk)
            tail = window[-_OVERLAP:]
    return extent


def _feed_prolog(parser: XMLParser, chunk: bytes, name: str) -> XMLParser | None:
    """Feed the member's start to defusedxml until its root element; None once the prolog is done."""
    try:
        parser.feed(chunk)
    except _RootReached:
        return None
    except DefusedXmlException as exc:
        raise BadInput("xml_attack", f"{name}: {type(exc).__name__}") from exc
    except ParseError:
        return None  # not well-formed: the spreadsheet reader will refuse it
    return parser
