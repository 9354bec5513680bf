"""Messy workbooks like the ones other units send, built with openpyxl for the import tests.

``rekap_izin`` is also the source of the committed .xls/.ods fixtures. To regenerate them:

    python -m tests.services.importing.workbooks /tmp/rekap
    soffice --headless --convert-to xls --outdir tests/fixtures/import /tmp/rekap/rekap_izin.xlsx
    soffice --headless --convert-to ods --outdir tests/fixtures/import /tmp/rekap/rekap_izin.xlsx
"""

from __future__ import annotations

import datetime as dt
import sys
from collections.abc import Iterable, Sequence
from pathlib import Path

import openpyxl

Row = Sequence[object]


def write_xlsx(path: Path, rows: Iterable[Row], *, title: str = "Data", merges: Iterable[str] = (),
               start_row: int = 1, start_column: int = 1, extra_sheets: Iterable[tuple[str, Iterable[Row], str]] = (),
               date_format: str | None = None) -> Path:
    """A workbook with one sheet of ``rows`` (None = empty cell) from (start_row, start_column)."""
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    sheet.title = title
    _fill(sheet, rows, start_row, start_column, date_format)
    for cell_range in merges:
        sheet.merge_cells(cell_range)
    for name, extra_rows, state in extra_sheets:
        extra = workbook.create_sheet(name)
        _fill(extra, extra_rows, 1, 1, date_format)
        extra.sheet_state = state
    workbook.save(path)
    return path


def _fill(sheet, rows: Iterable[Row], start_row: int, start_column: int, date_format: str | None) -> None:
    for r, row in enumerate(rows):
        for c, value in enumerate(row):
            if value is not None:
                cell = sheet.cell(row=start_row + r, column=start_column + c, value=value)
                if date_format and isinstance(value, dt.date):
                    cell.number_format = date_format


LETTERHEAD = [
    ["PEMERINTAH KOTA TEBING TINGGI"],
    ["DINAS PENANAMAN MODAL DAN PELAYANAN TERPADU SATU PINTU"],
    ["REKAPITULASI IZIN TERBIT TAHUN 2025"],
    [],
]

REKAP_HEADER = [
    ["No", "Kecamatan", "Jumlah Izin", None, "Nilai Investasi (Rp)", "Tanggal Terbit", "Periode", "Capaian (%)", None,
     "Keterangan"],
    [None, None, "PMA", "PMDN", None, None, None, None, None, None],
]

REKAP_DATA = [
    [1, "Padang Hulu", 3, "12", "Rp 1.500.000.000", dt.date(2025, 1, 15), "Januari 2025", "85,5%", None, "baru"],
    [2, "Rambutan", 5, "1.234", "Rp 2.750.000,00", "12 Maret 2025", "Maret 2025", "90%", None, "-"],
    [None, "Sub Total", 8, 1246, "Rp 4.250.000.000", None, None, None, None, None],
    [],
    [3, "Bajenis", 0, "7", "1.250.000", "03/04/2025", "TW II 2025", "100%", None, "perpanjangan"],
    [4, "Padang Hilir", 2, "(3)", "Rp 500.000,-", 45900, "Triwulan III 2025", "12,25 %", None, "baru"],
    [5, "Tebing Tinggi Kota", 1, "2.500", "Rp 1,5 juta", "1 Agustus 2025", "Semester II 2025", "-", None,
     "perpanjangan"],
    [6, "Rambutan", 4, "15", "Rp 900.000", "Senin, 1 Sep 2025", "Q4 2025", "75%", None, "baru"],
    ["JUMLAH", None, 15, 3768, "Rp 8.402.250.000", None, None, None, None, None],
    [],
    [None, None, None, None, None, None, "Tebing Tinggi, 31 Desember 2025"],
    [None, None, None, None, None, None, "Kepala Dinas"],
    [None, None, None, None, None, None, "NIP. 197001011998031001"],
]

REKAP_MERGES = ["A1:J1", "A2:J2", "A3:J3", "C5:D5", "A5:A6", "B5:B6", "E5:E6", "F5:F6", "G5:G6", "H5:H6", "J5:J6"]


def rekap_izin(path: Path) -> Path:
    """Letterhead, merged title, two-row header, Indonesian values, subtotals, a blank column,
    a signature block, and a hidden sheet of notes."""
    return write_xlsx(
        path, [*LETTERHEAD, *REKAP_HEADER, *REKAP_DATA], title="Rekap", merges=REKAP_MERGES, date_format="DD/MM/YYYY",
        extra_sheets=[("Catatan", [["Catatan", "Isi"], ["1", "data sementara"], ["2", "belum diverifikasi"]], "hidden")])


if __name__ == "__main__":
    target = Path(sys.argv[1] if len(sys.argv) > 1 else ".")
    target.mkdir(parents=True, exist_ok=True)
    print(rekap_izin(target / "rekap_izin.xlsx"))
