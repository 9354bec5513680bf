"""Reading a .csv (or .txt/.tsv) export into the same grid a workbook sheet gives.

Encodings: UTF-8 with or without BOM, UTF-16 with BOM (Excel's "Unicode text"), then
Windows-1252 only when the bytes decode cleanly and look like text; anything else is refused
as ``unknown_encoding``. The delimiter is sniffed among ";" (what Indonesian Excel writes),
"," and tab; an Excel "sep=;" first line is honoured.
"""

from __future__ import annotations

import codecs
import csv
import io
import re
from collections import Counter
from pathlib import Path

from desktop_app.domain.errors import BadInput
from desktop_app.services.importing.guards import MAX_CELLS, MAX_COLUMNS, MAX_ROWS
from desktop_app.services.importing.model import Problem
from desktop_app.services.importing.sources import Grid, SheetChoice

DELIMITERS = (";", ",", "\t")
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
_SAMPLE = 65536


def _looks_like_text(text: str) -> bool:
    """Mostly printable: a stray control character (an old DOS end-of-file mark) is tolerated."""
    sample = text[:_SAMPLE]
    if not sample:
        return True
    allowed = max(2, len(sample) // 1000)
    if len(_CONTROL.findall(sample)) > allowed:
        return False
    odd = sum(1 for char in sample if not char.isprintable() and char not in "\r\n\t")
    return odd <= max(allowed, len(sample) // 100)


def decode(raw: bytes) -> tuple[str, str]:
    """The text and the name of the encoding it was written in."""
    if raw.startswith(codecs.BOM_UTF8):
        candidates = [("utf-8-sig", raw)]
    elif raw.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        candidates = [("utf-16", raw)]
    elif b"\x00" in raw:
        raise BadInput("unknown_encoding", "NUL bytes in a text file")
    else:
        candidates = [("utf-8", raw), ("windows-1252", raw)]
    for encoding, data in candidates:
        try:
            text = data.decode(encoding)
        except UnicodeDecodeError:
            continue
        if _looks_like_text(text):
            return text, encoding
    raise BadInput("unknown_encoding", "neither UTF-8 nor Windows-1252 text")


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
