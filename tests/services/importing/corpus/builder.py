"""Office-shaped files built from a known truth, for import tests that check exact values.

A ``Case`` pairs a way to write a file (``build(folder) -> path``) with what importing it must give
(``Expected``: column names and types, the rows exactly, the problems, or the refusal). The files
look like the ones other units send: letterheads and a logo above the table, merged two-row
headers, numbers written the Indonesian or the English way, no-break spaces, formulas with and
without cached values, declared dimensions that lie, formatting down to the last row, several
sheets. Helpers:

- ``workbook(path, sheets)`` writes an .xlsx with openpyxl (``Sheet``: rows, merges, a logo, hidden);
- ``rewrite(path, member, change)`` edits one XML member of an .xlsx afterwards (what openpyxl cannot
  write: a lying dimension, cached values, error cells, rows formatted to the end);
- ``text_file(path, lines, ...)`` writes a CSV in a given encoding and delimiter;
- ``convert(paths, "xls"|"ods")`` makes LibreOffice copies (``soffice`` headless, one run for all).

Add a case by appending to a list of ``Case`` (see ``cases.py``); the corpus test imports each file
and compares. Keep builders small: a case is its truth plus the few lines that write it.
"""

from __future__ import annotations

import io
import re
import shutil
import subprocess
import zipfile
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

import openpyxl

from desktop_app.domain.columns import ColumnType

LETTERHEAD = ("PEMERINTAH KOTA TEBING TINGGI", "DINAS PENANAMAN MODAL DAN PELAYANAN TERPADU SATU PINTU")


@dataclass
class Expected:
    """What importing a file must give. ``rows`` exactly (typed values); ``problems`` as (row, column, code)."""

    columns: dict[str, ColumnType] = field(default_factory=dict)  # name -> type, in order
    rows: list[tuple[object, ...]] = field(default_factory=list)
    problems: list[tuple[int | None, str | None, str]] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)  # note codes that must be among the notes
    refused: str | None = None  # the BadInput code, when the file must be refused
    options: dict[str, object] = field(default_factory=dict)  # read_preview keyword arguments


@dataclass
class Case:
    """One corpus file: its name, how to write it into a folder, and what it must import as."""

    name: str
    build: Callable[[Path], Path]
    expected: Expected
    needs: str | None = None  # "soffice" when LibreOffice makes the file

    def __str__(self) -> str:
        return self.name


@dataclass
class Sheet:
    """One worksheet: ``rows`` of cells (None = empty, "=..." = a formula), from ``start_row``."""

    title: str
    rows: Sequence[Sequence[object]]
    merges: Sequence[str] = ()
    logo: bool = False
    hidden: bool = False
    number_formats: dict[str, str] = field(default_factory=dict)  # column letter -> format for its cells


def workbook(path: Path, sheets: Sequence[Sheet]) -> Path:
    """An .xlsx with the given sheets, in order."""
    book = openpyxl.Workbook()
    book.remove(book.active)
    for spec in sheets:
        sheet = book.create_sheet(spec.title)
        for r, row in enumerate(spec.rows, start=1):
            for c, value in enumerate(row, start=1):
                if value is not None:
                    cell = sheet.cell(row=r, column=c, value=value)
                    letter = openpyxl.utils.get_column_letter(c)
                    if letter in spec.number_formats:
                        cell.number_format = spec.number_formats[letter]
        for cell_range in spec.merges:
            sheet.merge_cells(cell_range)
        if spec.logo:
            sheet.add_image(_logo(), "A1")
        if spec.hidden:
            sheet.sheet_state = "hidden"
    book.save(path)
    return path


def _logo() -> object:
    """A small emblem, as letterheads carry one (a PNG image anchored at A1)."""
    from openpyxl.drawing.image import Image as SheetImage
    from PIL import Image, ImageDraw

    picture = Image.new("RGB", (64, 64), "white")
    ImageDraw.Draw(picture).ellipse((4, 4, 60, 60), fill=(31, 78, 121))
    data = io.BytesIO()
    picture.save(data, "PNG")
    data.seek(0)
    return SheetImage(data)


def rewrite(path: Path, member: str, change: Callable[[bytes], bytes], target: Path | None = None) -> Path:
    """The .xlsx with one member's bytes replaced by ``change(old)`` (in place, or into ``target``)."""
    target = target or path
    data = {info.filename: (info, zipfile.ZipFile(path).read(info.filename)) for info in zipfile.ZipFile(path).infolist()}
    with zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, (info, content) in data.items():
            archive.writestr(info, change(content) if name == member else content)
    return target


SHEET1 = "xl/worksheets/sheet1.xml"


def as_saved_by_a_spreadsheet(xml: bytes) -> bytes:
    """workbook.xml without openpyxl's request to recalculate on opening (a saved workbook has none)."""
    return re.sub(rb"<calcPr[^>]*/>", b"", xml)


def text_file(path: Path, lines: Sequence[Sequence[str]], *, delimiter: str = ";", encoding: str = "utf-8",
              newline: str = "\r\n") -> Path:
    """A CSV as spreadsheet programs write one (fields quoted only where they must be)."""
    import csv

    buffer = io.StringIO()
    csv.writer(buffer, delimiter=delimiter, lineterminator=newline).writerows(lines)
    path.write_bytes(buffer.getvalue().encode(encoding))
    return path


def soffice() -> str | None:
    """LibreOffice's command, when installed."""
    return shutil.which("soffice") or shutil.which("libreoffice")


def convert(sources: Sequence[Path], to: str, folder: Path) -> list[Path]:
    """LibreOffice copies of ``sources`` as ``to`` ("xls", "ods", "xlsx") in ``folder``, in one run."""
    program = soffice()
    if program is None:
        raise RuntimeError("LibreOffice (soffice) is not installed")
    folder.mkdir(parents=True, exist_ok=True)
    profile = (folder / "lo-profile").resolve().as_uri()
    subprocess.run([program, f"-env:UserInstallation={profile}", "--headless", "--convert-to", to, "--outdir",
                    str(folder), *map(str, sources)], check=True, capture_output=True, timeout=300)
    return [folder / f"{source.stem}.{to}" for source in sources]
