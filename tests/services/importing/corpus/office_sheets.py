"""A small builder of office-shaped workbooks for the corpus tests: letterhead and title above the table,
a header (one or two rows, merged where offices merge), data, subtotal rows, a signature block.

Each ``Sheet`` says what the file holds (``table``) and is written with openpyxl; the tests compare
what PADI imports with the truth they built it from.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

import openpyxl

Row = Sequence[object]

LETTERHEAD: tuple[Row, ...] = (
    ("PEMERINTAH KOTA TEBING TINGGI",),
    ("DINAS PENANAMAN MODAL DAN PELAYANAN TERPADU SATU PINTU",),
)
SIGNATURE: tuple[Row, ...] = (
    (),
    (None, None, None, "Tebing Tinggi, 31 Desember 2024"),
    (None, None, None, "Kepala Dinas"),
    (None, None, None, "NIP. 197001011998031001"),
)


@dataclass
class Sheet:
    """One worksheet: ``title`` lines above the table, ``header`` rows, ``table`` rows, ``signature`` below.

    ``merges`` are cell ranges relative to the first header row ("A1:A2" merges the first column of a
    two-row header); ``letterhead`` puts the office's name above the title.
    """

    header: Sequence[Row]
    table: Sequence[Row]
    title: Sequence[str] = ()
    name: str = "Data"
    merges: Sequence[str] = ()
    letterhead: bool = True
    signature: bool = True
    number_formats: dict[int, str] = field(default_factory=dict)  # 1-based column -> format of its data cells

    def rows(self) -> list[Row]:
        above = [*(LETTERHEAD if self.letterhead else ()), *((t,) for t in self.title), ()]
        return [*above, *self.header, *self.table, *(SIGNATURE if self.signature else ())]

    @property
    def header_row(self) -> int:
        """The 1-based sheet row of the first header row."""
        return (len(LETTERHEAD) if self.letterhead else 0) + len(self.title) + 2


def _shift(cell_range: str, rows: int) -> str:
    def move(ref: str) -> str:
        letters = "".join(c for c in ref if c.isalpha())
        return f"{letters}{int(ref[len(letters):]) + rows}"

    return ":".join(move(ref) for ref in cell_range.split(":"))


def write(path: Path, *sheets: Sheet) -> Path:
    """The workbook of ``sheets`` at ``path`` (the first sheet is the active one)."""
    workbook = openpyxl.Workbook()
    workbook.remove(workbook.active)
    for sheet in sheets:
        ws = workbook.create_sheet(sheet.name)
        for r, row in enumerate(sheet.rows(), start=1):
            for c, value in enumerate(row, start=1):
                if value is not None:
                    cell = ws.cell(row=r, column=c, value=value)
                    if r > sheet.header_row + len(sheet.header) - 1 and c in sheet.number_formats:
                        cell.number_format = sheet.number_formats[c]
        width = max((len(row) for row in sheet.header), default=1)
        for line in range(1, sheet.header_row - 1):
            ws.merge_cells(start_row=line, start_column=1, end_row=line, end_column=width)
        for cell_range in sheet.merges:
            ws.merge_cells(_shift(cell_range, sheet.header_row - 1))
    workbook.save(path)
    return path
