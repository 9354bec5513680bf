"""Reading a .csv (or .txt/.tsv) export into the same grid a workbook sheet gives.

Encodings: a file that decodes as strict UTF-8 (with or without BOM) is UTF-8, whatever
characters it holds (no-break spaces, zero-width marks); UTF-16 with BOM (Excel's "Unicode
text"); Windows-1252 only when UTF-8 fails and the file holds no UTF-8 at all - a file mixing
UTF-8 and Windows-1252 lines is refused as ``mixed_encoding`` naming its first bad line.
Anything else, and binary with control characters, is refused as ``unknown_encoding``.
Zero-width and bidi marks are taken out of the text (a note says how many). The delimiter is
sniffed among ";" (what Indonesian Excel writes), "," and tab; an Excel "sep=;" first line is
honoured.
"""

from __future__ import annotations

import codecs
import csv
import io
import re
from collections import Counter
from pathlib import Path

from desktop_app.domain.errors import BadInput
from desktop_app.services.datasets.importing.guards import MAX_CELLS, MAX_COLUMNS, MAX_ROWS
from desktop_app.services.datasets.importing.model import Problem
from desktop_app.services.datasets.importing.sources import Grid, SheetChoice
from desktop_app.services.datasets.importing.values import INVISIBLE

DELIMITERS = (";", ",", "\t")
# C0 and C1 control characters (tab, line feed and carriage return are text).
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")
# A character of two to four bytes as UTF-8 writes it (overlong forms and surrogates excluded).
_UTF8_SEQUENCE = re.compile(rb"[\xc2-\xdf][\x80-\xbf]|\xe0[\xa0-\xbf][\x80-\xbf]|[\xe1-\xec\xee\xef][\x80-\xbf]{2}"
                            rb"|\xed[\x80-\x9f][\x80-\xbf]|\xf0[\x90-\xbf][\x80-\xbf]{2}|[\xf1-\xf3][\x80-\xbf]{3}"
                            rb"|\xf4[\x80-\x8f][\x80-\xbf]{2}")
_SAMPLE = 65536


def _looks_like_text(text: str) -> bool:
    """No more than a stray control character (an old DOS end-of-file mark): not binary."""
    sample = text[:_SAMPLE]
    return len(_CONTROL.findall(sample)) <= max(2, len(sample) // 1000)


def decode(raw: bytes) -> tuple[str, str]:
    """The text and the name of the encoding it was written in."""
    if raw.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        encoding = "utf-16"
    elif b"\x00" in raw:
        raise BadInput("unknown_encoding", "NUL bytes in a text file")
    else:
        encoding = "utf-8-sig" if raw.startswith(codecs.BOM_UTF8) else "utf-8"
    try:
        text = raw.decode(encoding)
    except UnicodeDecodeError as exc:
        if encoding == "utf-16":
            raise BadInput("unknown_encoding", f"broken UTF-16: {exc}") from exc
        if encoding == "utf-8-sig" or _UTF8_SEQUENCE.search(raw):
            # UTF-8 where it is valid, something else where it is not: no single reading is right.
            line = raw.count(b"\n", 0, exc.start) + 1
            raise BadInput("mixed_encoding", str(line)) from exc
        try:
            text, encoding = raw.decode("windows-1252"), "windows-1252"
        except UnicodeDecodeError:
            raise BadInput("unknown_encoding", "neither UTF-8 nor Windows-1252 text") from exc
    if not _looks_like_text(text):
        raise BadInput("unknown_encoding", f"control characters in {encoding} text")
    return text, encoding


def sniff_delimiter(text: str) -> str:
    """The delimiter giving the most lines with the same number (> 1) of fields."""
    lines = [line for line in text[:_SAMPLE].splitlines()[:50] if line.strip()]
    best, best_score = ",", (0, 0)
    for delimiter in DELIMITERS:
        counts = Counter(len(fields) for fields in csv.reader(lines, delimiter=delimiter))
        if not counts:
            continue
        fields, lines_agreeing = counts.most_common(1)[0]
        score = (lines_agreeing if fields > 1 else 0, fields)
        if score > best_score:
            best, best_score = delimiter, score
    return best


def read_csv(path: Path, sheet: str | None) -> SheetChoice:
    """The file as one sheet named after the file (without its suffix)."""
    name = path.stem
    if sheet is not None and sheet != name:
        raise BadInput("unknown_sheet", sheet)
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise BadInput("file_missing", str(exc)) from exc
    if not raw.strip():
        raise BadInput("empty", f"{path.name}: no text")
    text, encoding = decode(raw)
    del raw
    text = text.rstrip("\x1a")
    notes = [Problem(name, None, None, "csv_encoding", encoding)]
    invisible = len(INVISIBLE.findall(text))
    if invisible:
        text = INVISIBLE.sub("", text)
        notes.append(Problem(name, None, None, "invisible_marks_removed", invisible))
    first_line, _, rest = text.partition("\n")
    if first_line.strip().lower().startswith("sep=") and len(first_line.strip()) == 5:
        delimiter, text, skipped = first_line.strip()[4], rest, 1
    else:
        delimiter, skipped = sniff_delimiter(text), 0
    notes.append(Problem(name, None, None, "csv_delimiter", delimiter))
    rows: list[list[object]] = []
    width = cells = 0
    try:
        for fields in csv.reader(io.StringIO(text, newline=""), delimiter=delimiter):
            rows.append(fields)
            cells += len(fields)
            if len(fields) > width:
                width = len(fields)
            if len(rows) > MAX_ROWS or width > MAX_COLUMNS or cells > MAX_CELLS:
                raise BadInput("too_large", f"{path.name}: more than the limit of rows/columns")
    except csv.Error as exc:
        raise BadInput("not_a_spreadsheet", f"{path.name}: {exc}") from exc
    for row in rows:
        if len(row) < width:
            row.extend([""] * (width - len(row)))
    while rows and all(not str(value).strip() for value in rows[-1]):
        rows.pop()
    if not rows or width == 0:
        raise BadInput("empty", f"{path.name}: no rows")
    # Excel separates CSV fields with ";" exactly where the decimal mark is a comma.
    habit = "," if delimiter == ";" else None
    return SheetChoice((name,), Grid(name, rows, skipped, 0, []), notes, habit)
