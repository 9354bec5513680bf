"""Refusing hostile or broken files before any spreadsheet reader sees them.

Decides what a file really is from its bytes (not its name) and refuses, with ``BadInput``:
encrypted workbooks, zip bombs, XML with a DOCTYPE/ENTITY (billion laughs, external entities),
sheets declaring or holding absurd dimensions, and anything that is not a spreadsheet.
Every XML member of an .xlsx/.ods is streamed once through a size-capped reader; the prolog
goes through defusedxml (DTDs forbidden) and every chunk is searched for markup declarations.
A sheet is judged by the cells that hold something (``extent``), not by its declared dimension
nor by rows and cells that only carry formatting down to the last row.
"""

from __future__ import annotations

import contextlib
import lzma
import mmap
import re
import zipfile
import zlib
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path
from xml.etree.ElementTree import ParseError

from defusedxml import DefusedXmlException
from defusedxml.ElementTree import XMLParser

from desktop_app.domain.errors import BadInput
from desktop_app.services.datasets.importing.cfb import SIGNATURE as CFB_SIGNATURE
from desktop_app.services.datasets.importing.cfb import CfbError, stream_names
from desktop_app.services.datasets.importing.extent import MAX_CELLS, MAX_COLUMNS, MAX_ROWS, SheetExtent, exact_extent

MAX_UNCOMPRESSED = 200 * 1024 * 1024  # bytes, the whole zip once inflated (and the largest CSV)
MAX_RATIO = 100  # inflated / compressed size of one member
RATIO_FLOOR = 1024 * 1024  # members smaller than this inflated cannot hurt whatever their ratio
MAX_MEMBERS = 10_000

CSV_SUFFIXES = frozenset({".csv", ".txt", ".tsv"})
JSON_SUFFIXES = frozenset({".json"})
ODS_MIMETYPES = (b"application/vnd.oasis.opendocument.spreadsheet",)

_CHUNK = 1024 * 1024
_OVERLAP = 64

__all__ = ["MAX_CELLS", "MAX_COLUMNS", "MAX_ROWS", "MAX_UNCOMPRESSED", "Inspection", "inspect", "inspect_file"]
_DECLARATION = re.compile(rb"<!(?i:doctype|entity|element|attlist)")


_ODS_ROWS_REPEATED = re.compile(rb'number-rows-repeated="(\d+)"')
_ODS_COLUMNS_REPEATED = re.compile(rb'number-columns-repeated="(\d+)"')
_XML_SUFFIXES = (".xml", ".rels", ".vml")
# Members under xl/ that are not sheets (sheets are under xl/worksheets/, but relationships may
# point anywhere, so everything else is scanned as a possible sheet).
_NOT_SHEETS = ("xl/theme/", "xl/styles", "xl/sharedStrings", "xl/_rels/", "xl/workbook", "xl/externalLinks/",
               "xl/drawings/", "xl/charts/", "xl/tables/", "xl/pivot", "xl/comments", "xl/threadedComments/",
               "xl/persons/", "xl/media/", "xl/printerSettings/", "xl/ctrlProps/", "xl/richData/", "xl/calcChain",
               "xl/connections", "xl/queryTables/", "xl/customXml", "xl/metadata")


@dataclass(frozen=True)
class Inspection:
    """What the file is, and the sheet members of an .xlsx whose formulas or error cells need reading."""

    kind: str
    formula_members: frozenset[str] = frozenset()


def inspect(path: Path) -> str:
    """What the file is - "xlsx", "ods", "xls", "csv" or "json" - after refusing anything unsafe."""
    return inspect_file(path).kind


def inspect_file(path: Path) -> Inspection:
    """``inspect``, and which sheets hold formulas or cached errors (a reader shows both as empty cells)."""
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
        return Inspection(_inspect_compound(path, size))
    if path.suffix.lower() in CSV_SUFFIXES | JSON_SUFFIXES:
        if size > MAX_UNCOMPRESSED:
            raise BadInput("too_large", f"{size} bytes of text")
        return Inspection("json" if path.suffix.lower() in JSON_SUFFIXES else "csv")
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


def _inspect_zip(path: Path) -> Inspection:
    try:
        with zipfile.ZipFile(path) as archive:
            infos = archive.infolist()
            _check_sizes(infos)
            kind = _zip_kind(archive, infos)
            formulas = _scan_members(archive, infos, kind)
    except zipfile.BadZipFile as exc:
        raise BadInput("not_a_spreadsheet", f"broken zip: {exc}") from exc
    except (OSError, EOFError, ValueError, NotImplementedError, RuntimeError, zlib.error, lzma.LZMAError) as exc:
        raise BadInput("not_a_spreadsheet", f"unreadable zip: {exc}") from exc
    return Inspection(kind, frozenset(formulas))


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


def _scan_members(archive: zipfile.ZipFile, infos: list[zipfile.ZipInfo], kind: str) -> list[str]:
    """Stream every XML member: actual size, DTD/entities, the extent of sheet cells holding something.

    Returns the sheet members holding a formula ("<f") or, maybe, a cached error (a "#" then t="e").
    """
    total = 0
    formulas: list[str] = []
    for info in infos:
        name = info.filename
        if info.is_dir() or not (name.lower().endswith(_XML_SUFFIXES)):
            continue
        is_sheet = kind == "xlsx" and name.startswith("xl/") and not name.startswith(_NOT_SHEETS)
        extent = SheetExtent() if is_sheet else None
        ods = _OdsExtent() if kind == "ods" and name == "content.xml" else None
        parser: XMLParser | None = XMLParser(target=_PrologTarget(), forbid_dtd=True, forbid_entities=True,
                                              forbid_external=True)
        tail = b""
        with archive.open(info) as member, contextlib.closing(_read_ahead(member, info.file_size)) as chunks:
            for chunk in chunks:
                total += len(chunk)
                if total > MAX_UNCOMPRESSED:
                    raise BadInput("too_large", f"more than {MAX_UNCOMPRESSED} bytes uncompressed")
                if parser is not None:
                    parser = _feed_prolog(parser, chunk, name)
                window = tail + chunk
                # "!" alone is a memchr away; "<!" only needs looking for where one occurs.
                if b"!" in window and b"<!" in window and _DECLARATION.search(window):
                    raise BadInput("xml_attack", f"{name}: markup declaration (DOCTYPE/ENTITY)")
                if extent is not None:
                    extent.update(window, chunk)
                    if formulas[-1:] != [name] and (_holds_formula(window)
                                                    or b"#" in window and b't="e"' in window):
                        formulas.append(name)
                if ods is not None:
                    ods.update(window, chunk, len(tail))
                tail = window[-_OVERLAP:]
        if extent is not None:
            extent.finish(tail)
            if extent.needs_rescan():
                extent = exact_extent(_chunks(archive, info), _chunks(archive, info))
            extent.check(name)
    return formulas


def _read_ahead(member: zipfile.ZipExtFile, size: int) -> Iterator[bytes]:
    """The member's chunks; a large member's next chunk is inflated meanwhile on a second thread.

    Inflating (zlib) and checksumming let go of the interpreter while the chunk before is searched,
    so on two cores reading a large sheet costs little more than searching it. The reads stay one
    after the other, so the member is read exactly as it would be on one thread.
    """
    if size <= 4 * _CHUNK:
        while chunk := member.read(_CHUNK):
            yield chunk
        return
    with ThreadPoolExecutor(max_workers=1, thread_name_prefix="padi-inflate") as pool:
        pending = pool.submit(member.read, _CHUNK)
        while chunk := pending.result():
            pending = pool.submit(member.read, _CHUNK)
            yield chunk


def _holds_formula(window: bytes) -> bool:
    """Whether the window holds a formula element ("<f", or "<x:f" with a namespace prefix).

    Each "f" is looked at where there are few of them (a memchr away: cell data seldom holds one);
    where there are many, the tag is searched for at once.
    """
    find = window.find
    position = find(b"f")
    for _ in range(4096):
        if position < 0:
            return False
        before = window[position - 1:position]
        if before == b"<" or before == b":" and window[position + 1:position + 2] in (b">", b" ", b"/"):
            return True
        position = find(b"f", position + 1)
    return b"<f" in window or b":f>" in window or b":f " in window


def _chunks(archive: zipfile.ZipFile, info: zipfile.ZipInfo) -> Iterator[bytes]:
    """A member streamed again (its size and content were checked already)."""
    with archive.open(info) as member:
        while chunk := member.read(_CHUNK):
            yield chunk


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
