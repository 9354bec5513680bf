"""The corpus: office-shaped files about reading cells right, each with the exact values it must import as.

Every case writes its file from the truth written beside it; ``DERIVED`` are LibreOffice copies
(.xls, .ods, an .xlsx LibreOffice saved with its cached formula values) of some of them, which
must import exactly as their source.
"""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

from desktop_app.domain.columns import ColumnType as T
from tests.services.importing.corpus.builder import (
    LETTERHEAD,
    SHEET1,
    Case,
    Expected,
    Sheet,
    as_saved_by_a_spreadsheet,
    rewrite,
    text_file,
    workbook,
)

KECAMATAN = ("Padang Hulu", "Rambutan", "Bajenis", "Padang Hilir", "Tebing Tinggi Kota")


# --- workbooks --------------------------------------------------------------------------------------
def _letterhead_logo(folder: Path) -> Path:
    rows = [[LETTERHEAD[0]], [LETTERHEAD[1]], ["REKAPITULASI IZIN TERBIT TAHUN 2025"], [],
            ["Kecamatan", "Jumlah Izin", "Nilai Investasi (Rp)"],
            *([k, n, n * 1_250_000] for k, n in zip(KECAMATAN, (3, 12, 7, 0, 25), strict=True)),
            [], [None, None, "Kepala Dinas"], [None, None, "NIP. 197001011998031001"]]
    return workbook(folder / "kop_logo.xlsx", [Sheet("Rekap", rows, merges=("A1:C1", "A2:C2", "A3:C3"), logo=True)])


LETTERHEAD_LOGO = Expected(
    {"Kecamatan": T.TEXT, "Jumlah Izin": T.INTEGER, "Nilai Investasi (Rp)": T.MONEY},
    [(k, n, n * 1_250_000) for k, n in zip(KECAMATAN, (3, 12, 7, 0, 25), strict=True)],
    notes=["title_rows_skipped", "footer_rows_skipped"])


def _two_row_header(folder: Path) -> Path:
    rows = [["REKAP PMA/PMDN TRIWULAN I 2025"], [],
            ["Kecamatan", "Jumlah Proyek", None, "Investasi (Rp)", None],
            [None, "PMA", "PMDN", "PMA", "PMDN"],
            *([k, i, i * 2, i * 1_000_000, i * 500_000] for i, k in enumerate(KECAMATAN, start=1))]
    return workbook(folder / "judul_dua_baris.xlsx", [Sheet("TW I", rows, merges=("A3:A4", "B3:C3", "D3:E3"))])


TWO_ROW_HEADER = Expected(
    {"Kecamatan": T.TEXT, "Jumlah Proyek PMA": T.INTEGER, "Jumlah Proyek PMDN": T.INTEGER,
     "Investasi (Rp) PMA": T.MONEY, "Investasi (Rp) PMDN": T.MONEY},
    [(k, i, i * 2, i * 1_000_000, i * 500_000) for i, k in enumerate(KECAMATAN, start=1)],
    notes=["header_joined"])


def _text_numbers(folder: Path) -> Path:
    """Numbers typed as text the Indonesian way (text-formatted cells): dots group, commas are decimals."""
    rows = [["Uraian", "Realisasi", "Capaian", "Luas"],
            ["Gedung A", "Rp 1.500.000", "85,5%", "1.250,75"],
            ["Gedung B", "Rp 12.000.000,50", "100%", "12,5"],
            ["Gedung C", "Rp 1,5 juta", "7,25 %", "3"]]
    return workbook(folder / "angka_teks.xlsx", [Sheet("Data", rows)])


TEXT_NUMBERS = Expected(
    {"Uraian": T.TEXT, "Realisasi": T.MONEY, "Capaian": T.PERCENT, "Luas": T.DECIMAL},
    [("Gedung A", 1_500_000, 85.5, 1250.75), ("Gedung B", 12_000_000.5, 100.0, 12.5),
     ("Gedung C", 1_500_000, 7.25, 3.0)])


def _uncached_formulas(folder: Path) -> Path:
    """Written by a script: formulas without values, a total column and an average row."""
    rows = [["Kecamatan", "PMA", "PMDN", "Jumlah", "Porsi PMA (%)"]]
    for r, k in enumerate(KECAMATAN[:4], start=2):
        rows.append([k, r * 5, r * 3, f"=B{r}+C{r}", f"=ROUND(B{r}/D{r}*100,2)"])
    rows.append(["Rata-rata", "=AVERAGE(B2:B5)", "=AVERAGE(C2:C5)", "=SUM(D2:D5)/COUNT(D2:D5)",
                 '=IF(MAX(E2:E5)>60,MIN(E2:E5),0)'])
    return workbook(folder / "rumus_tanpa_nilai.xlsx", [Sheet("Rekap", rows)])


UNCACHED_FORMULAS = Expected(
    {"Kecamatan": T.TEXT, "PMA": T.DECIMAL, "PMDN": T.DECIMAL, "Jumlah": T.INTEGER, "Porsi PMA (%)": T.PERCENT},
    [("Padang Hulu", 10.0, 6.0, 16, 62.5), ("Rambutan", 15.0, 9.0, 24, 62.5),
     ("Bajenis", 20.0, 12.0, 32, 62.5), ("Padang Hilir", 25.0, 15.0, 40, 62.5),
     ("Rata-rata", 17.5, 10.5, 28, 62.5)],
    notes=["formula_computed"])


def _formula_rows_only(folder: Path) -> Path:
    """A summary sheet made only of formulas over a data sheet: every one of its rows was dropped."""
    data = [["Kecamatan", "Izin"], *([k, n] for k, n in zip(KECAMATAN, (4, 9, 2, 7, 11), strict=True))]
    summary = [["Kecamatan", "Izin", "Dua kali"]]
    for r in range(2, 7):
        summary.append([f"=Data!A{r}", f"=Data!B{r}", f"=Data!B{r}*2"])
    return workbook(folder / "baris_rumus.xlsx", [Sheet("Ringkasan", summary), Sheet("Data", data)])


FORMULA_ROWS_ONLY = Expected(
    {"Kecamatan": T.TEXT, "Izin": T.INTEGER, "Dua kali": T.INTEGER},
    [(k, n, n * 2) for k, n in zip(KECAMATAN, (4, 9, 2, 7, 11), strict=True)],
    notes=["formula_computed"])


def _uncomputable(folder: Path) -> Path:
    rows = [["Kecamatan", "Izin", "Target"], ["Padang Hulu", 4, "=B2*2"],
            ["Rambutan", 9, '=WEBSERVICE("https://contoh.go.id/izin")'],
            ["Bajenis", 2, "=B4*TARGET_2025"]]
    return workbook(folder / "rumus_tak_terhitung.xlsx", [Sheet("Data", rows)])


UNCOMPUTABLE = Expected(
    {"Kecamatan": T.TEXT, "Izin": T.INTEGER, "Target": T.INTEGER},
    [("Padang Hulu", 4, 8), ("Rambutan", 9, '=WEBSERVICE("https://contoh.go.id/izin")'), ("Bajenis", 2, "=B4*TARGET_2025")],
    problems=[(3, "Target", "formula_not_computed"), (4, "Target", "formula_not_computed")])


def _cached_errors(folder: Path) -> Path:
    rows = [["Kecamatan", "Izin", "Rasio"], ["Padang Hulu", 4, "=B2/2"], ["Rambutan", 0, "=B3/0"],
            ["Bajenis", 2, "=B4/2"], ["Padang Hilir", 6, "=B5/2"]]
    path = workbook(folder / "galat_tersimpan.xlsx", [Sheet("Data", rows)])
    rewrite(path, "xl/workbook.xml", as_saved_by_a_spreadsheet)

    def cache(xml: bytes) -> bytes:  # the values a spreadsheet program stored, an error among them
        values = {b"2": b"<v>2</v>", b"3": b"<v>#DIV/0!</v>", b"4": b"<v>1</v>", b"5": b"<v>#REF!</v>"}

        def cell(match: re.Match[bytes]) -> bytes:
            value = values[match[1]]
            kind = b' t="e"' if b"#" in value else b""
            return b'<c r="C' + match[1] + b'"' + kind + b"><f>" + match[2] + b"</f>" + value + b"</c>"

        return re.sub(rb'<c r="C(\d)"><f>([^<]*)</f><v\s*/></c>', cell, xml)

    return rewrite(path, SHEET1, cache)


CACHED_ERRORS = Expected(
    {"Kecamatan": T.TEXT, "Izin": T.INTEGER, "Rasio": T.INTEGER},
    [("Padang Hulu", 4, 2), ("Rambutan", 0, "#DIV/0!"), ("Bajenis", 2, 1), ("Padang Hilir", 6, "#REF!")],
    problems=[(3, "Rasio", "excel_error"), (5, "Rasio", "excel_error")])


def _lying_dimension(folder: Path) -> Path:
    rows = [["Kecamatan", "Jumlah"], *([k, i] for i, k in enumerate(KECAMATAN, start=1))]
    path = workbook(folder / "dimensi_bohong.xlsx", [Sheet("Data", rows)])
    return rewrite(path, SHEET1, lambda xml: re.sub(rb'<dimension ref="[^"]*"\s*/>',
                                                     b'<dimension ref="A1:XFD1048576"/>', xml))


LYING_DIMENSION = Expected({"Kecamatan": T.TEXT, "Jumlah": T.INTEGER},
                           [(k, i) for i, k in enumerate(KECAMATAN, start=1)])

FORMATTED_ROWS = 40


def _formatted_to_last_row(folder: Path) -> Path:
    """40 rows of 10 columns, and every row down to 1,048,576 formatted (as 'format to the end' writes it)."""
    header = ["Kecamatan", *(f"Bulan {m}" for m in range(1, 10))]
    rows = [header, *([f"Kelurahan {r}", *(r * m for m in range(1, 10))] for r in range(1, FORMATTED_ROWS + 1))]
    path = workbook(folder / "format_sampai_bawah.xlsx", [Sheet("Data", rows)])

    def to_the_end(xml: bytes) -> bytes:
        tail = b"".join(b'<row r="%d" s="1" customFormat="1" spans="1:10"/>' % n
                        for n in range(FORMATTED_ROWS + 2, 1_048_577))
        xml = re.sub(rb'<dimension ref="[^"]*"\s*/>', b'<dimension ref="A1:J1048576"/>', xml)
        return xml.replace(b"</sheetData>", tail + b"</sheetData>")

    return rewrite(path, SHEET1, to_the_end)


FORMATTED_TO_LAST_ROW = Expected(
    {"Kecamatan": T.TEXT, **{f"Bulan {m}": T.INTEGER for m in range(1, 10)}},
    [(f"Kelurahan {r}", *(r * m for m in range(1, 10))) for r in range(1, FORMATTED_ROWS + 1)])


def _months(folder: Path) -> Path:
    sheets = [Sheet(month, [["Kecamatan", "Izin Terbit"], *([k, (m + 1) * (i + 1)] for i, k in enumerate(KECAMATAN))])
              for m, month in enumerate(("Januari", "Februari", "Maret"))]
    return workbook(folder / "bulanan.xlsx", sheets)


MONTHS = Expected({"Kecamatan": T.TEXT, "Izin Terbit": T.INTEGER},
                  [(k, 2 * (i + 1)) for i, k in enumerate(KECAMATAN)], options={"sheet": "Februari"})


def _hidden_first(folder: Path) -> Path:
    return workbook(folder / "lembar_tersembunyi.xlsx", [
        Sheet("Catatan", [["Catatan", "Isi"], ["1", "draf lama"]], hidden=True),
        Sheet("Data", [["Kecamatan", "Jumlah"], ["Rambutan", 5], ["Bajenis", 8]])])


HIDDEN_FIRST = Expected({"Kecamatan": T.TEXT, "Jumlah": T.INTEGER}, [("Rambutan", 5), ("Bajenis", 8)],
                        notes=["hidden_sheet_skipped"])


def _dates(folder: Path) -> Path:
    rows = [["Pemohon", "Tanggal Masuk", "Tanggal Terbit"],
            ["PT Maju", dt.date(2025, 3, 12), "14 Maret 2025"],
            ["CV Jaya", dt.date(2025, 4, 1), "02/04/2025"],
            ["UD Sentosa", 45900, "Senin, 1 Sep 2025"]]
    return workbook(folder / "tanggal.xlsx", [Sheet("Data", rows, number_formats={"B": "DD/MM/YYYY"})])


DATES = Expected({"Pemohon": T.TEXT, "Tanggal Masuk": T.DATE, "Tanggal Terbit": T.DATE},
                 [("PT Maju", "2025-03-12", "2025-03-14"), ("CV Jaya", "2025-04-01", "2025-04-02"),
                  ("UD Sentosa", "2025-08-31", "2025-09-01")])


def _percent_fractions(folder: Path) -> Path:
    rows = [["Kecamatan", "Realisasi (%)"], ["Rambutan", 0.155], ["Bajenis", 0.9], ["Padang Hulu", 1]]
    return workbook(folder / "persen_pecahan.xlsx", [Sheet("Data", rows, number_formats={"B": "0.0%"})])


PERCENT_FRACTIONS = Expected({"Kecamatan": T.TEXT, "Realisasi (%)": T.PERCENT},
                             [("Rambutan", 15.5), ("Bajenis", 90.0), ("Padang Hulu", 100.0)], notes=["percent_scaled"])


# --- text files ---------------------------------------------------------------------------------------
def _comma_decimals(folder: Path) -> Path:
    return text_file(folder / "koma_desimal.csv", [
        ["Kecamatan", "Capaian (%)", "Jumlah Izin"], ["Padang Hulu", "68,3", "1.661"], ["Rambutan", "71,25", "361"],
        ["Bajenis", "90", "2.004"]])


COMMA_DECIMALS = Expected({"Kecamatan": T.TEXT, "Capaian (%)": T.PERCENT, "Jumlah Izin": T.INTEGER},
                          [("Padang Hulu", 68.3, 1661), ("Rambutan", 71.25, 361), ("Bajenis", 90.0, 2004)])


def _dot_decimals(folder: Path) -> Path:
    return text_file(folder / "titik_desimal.csv", [
        ["Lahan", "Luas (ha)"], ["L1", "0.5"], ["L2", "1.25"], ["L3", "2.125"], ["L4", "10.5"]], delimiter=",")


DOT_DECIMALS = Expected({"Lahan": T.TEXT, "Luas (ha)": T.DECIMAL},
                        [("L1", 0.5), ("L2", 1.25), ("L3", 2.125), ("L4", 10.5)])


def _nbsp_thousands(folder: Path) -> Path:
    """What LibreOffice in an Indonesian locale writes: no-break spaces group thousands."""
    return text_file(folder / "spasi_ribuan.csv", [
        ["Kecamatan", "Penduduk", "Luas (km2)"], ["Padang Hulu", "26\u00a0661", "6,7"],
        ["Rambutan", "34\u00a0120", "10,2"], ["Bajenis", "1\u00a0024\u00a0300", "9,05"]])


NBSP_THOUSANDS = Expected({"Kecamatan": T.TEXT, "Penduduk": T.INTEGER, "Luas (km2)": T.DECIMAL},
                          [("Padang Hulu", 26661, 6.7), ("Rambutan", 34120, 10.2), ("Bajenis", 1024300, 9.05)])


def _narrow_and_apostrophe(folder: Path) -> Path:
    return text_file(folder / "ribuan_lain.csv", [
        ["Item", "Amount", "Share"], ["A", "1\u202f234.5", "0.25"], ["B", "12'500", "0.5"], ["C", "7", "0.125"]],
        delimiter="\t")


NARROW_AND_APOSTROPHE = Expected({"Item": T.TEXT, "Amount": T.DECIMAL, "Share": T.DECIMAL},
                                 [("A", 1234.5, 0.25), ("B", 12500.0, 0.5), ("C", 7.0, 0.125)])


def _invisible_marks(folder: Path) -> Path:
    return text_file(folder / "tanda_tak_terlihat.csv", [
        ["Kecamatan", "Jumlah"], ["Padang\u200b Hulu", "1\u200b250"], ["\u200fRambutan\u200e", "7"],
        ["Bajenis\u2060", "12"]])


INVISIBLE_MARKS = Expected({"Kecamatan": T.TEXT, "Jumlah": T.INTEGER},
                           [("Padang Hulu", 1250), ("Rambutan", 7), ("Bajenis", 12)], notes=["invisible_marks_removed"])


def _windows_1252(folder: Path) -> Path:
    return text_file(folder / "ansi.csv", [["Nama Usaha", "Pemilik", "Omzet"], ["Caf\u00e9 Mawar", "Andr\u00e9",
                                                                                "Rp 12.500.000"],
                                           ["Toko \u201cMaju\u201d", "Siti", "Rp 3.000.000"]],
                     delimiter=",", encoding="cp1252")


WINDOWS_1252 = Expected({"Nama Usaha": T.TEXT, "Pemilik": T.TEXT, "Omzet": T.MONEY},
                        [("Caf\u00e9 Mawar", "Andr\u00e9", 12_500_000), ("Toko \u201cMaju\u201d", "Siti", 3_000_000)])


def _mixed_encoding(folder: Path) -> Path:
    path = folder / "campur.csv"
    path.write_bytes("Nama;Kota\r\nAndr\u00e9;Medan\r\n".encode() + "Caf\u00e9;Binjai\r\n".encode("cp1252"))
    return path


MIXED_ENCODING = Expected(refused="mixed_encoding")


def _ambiguous(folder: Path) -> Path:
    return text_file(folder / "titik_tak_jelas.csv", [["Kecamatan", "Jumlah"], ["Rambutan", "1.250"],
                                                      ["Bajenis", "361"]], delimiter=",")


AMBIGUOUS = Expected({"Kecamatan": T.TEXT, "Jumlah": T.INTEGER}, [("Rambutan", 1250), ("Bajenis", 361)],
                     problems=[(None, "Jumlah", "ambiguous_decimal")])
AMBIGUOUS_CHOSEN = Expected({"Kecamatan": T.TEXT, "Jumlah": T.DECIMAL}, [("Rambutan", 1.25), ("Bajenis", 361.0)],
                            options={"decimal": "."})


def _english_thousands(folder: Path) -> Path:
    return text_file(folder / "english.csv", [["Region", "Permits", "Investment"], ["North", "1,234", "1,500,000.75"],
                                              ["South", "987", "250,000.5"]], delimiter=",")


ENGLISH_THOUSANDS = Expected({"Region": T.TEXT, "Permits": T.INTEGER, "Investment": T.DECIMAL},
                             [("North", 1234, 1_500_000.75), ("South", 987, 250_000.5)])


def _sep_line_bom(folder: Path) -> Path:
    path = folder / "sep_bom.csv"
    path.write_bytes("sep=;\r\nJenis Izin;Jumlah\r\nNIB;1.204\r\nPBG;85\r\n".encode("utf-8-sig"))
    return path


SEP_LINE_BOM = Expected({"Jenis Izin": T.TEXT, "Jumlah": T.INTEGER}, [("NIB", 1204), ("PBG", 85)])


def _utf16_tab(folder: Path) -> Path:
    path = folder / "unicode.txt"
    path.write_bytes("Kecamatan\tJumlah\r\nRambutan\t1\u00a0204\r\nBajenis\t85\r\n".encode("utf-16"))
    return path


UTF16_TAB = Expected({"Kecamatan": T.TEXT, "Jumlah": T.INTEGER}, [("Rambutan", 1204), ("Bajenis", 85)])


CASES = [
    Case("kop_logo.xlsx", _letterhead_logo, LETTERHEAD_LOGO),
    Case("judul_dua_baris.xlsx", _two_row_header, TWO_ROW_HEADER),
    Case("angka_teks.xlsx", _text_numbers, TEXT_NUMBERS),
    Case("rumus_tanpa_nilai.xlsx", _uncached_formulas, UNCACHED_FORMULAS),
    Case("baris_rumus.xlsx", _formula_rows_only, FORMULA_ROWS_ONLY),
    Case("rumus_tak_terhitung.xlsx", _uncomputable, UNCOMPUTABLE),
    Case("galat_tersimpan.xlsx", _cached_errors, CACHED_ERRORS),
    Case("dimensi_bohong.xlsx", _lying_dimension, LYING_DIMENSION),
    Case("format_sampai_bawah.xlsx", _formatted_to_last_row, FORMATTED_TO_LAST_ROW),
    Case("bulanan.xlsx", _months, MONTHS),
    Case("lembar_tersembunyi.xlsx", _hidden_first, HIDDEN_FIRST),
    Case("tanggal.xlsx", _dates, DATES),
    Case("persen_pecahan.xlsx", _percent_fractions, PERCENT_FRACTIONS),
    Case("koma_desimal.csv", _comma_decimals, COMMA_DECIMALS),
    Case("titik_desimal.csv", _dot_decimals, DOT_DECIMALS),
    Case("spasi_ribuan.csv", _nbsp_thousands, NBSP_THOUSANDS),
    Case("ribuan_lain.csv", _narrow_and_apostrophe, NARROW_AND_APOSTROPHE),
    Case("tanda_tak_terlihat.csv", _invisible_marks, INVISIBLE_MARKS),
    Case("ansi.csv", _windows_1252, WINDOWS_1252),
    Case("campur.csv", _mixed_encoding, MIXED_ENCODING),
    Case("titik_tak_jelas.csv", _ambiguous, AMBIGUOUS),
    Case("titik_tak_jelas.csv (--decimal .)", _ambiguous, AMBIGUOUS_CHOSEN),
    Case("english.csv", _english_thousands, ENGLISH_THOUSANDS),
    Case("sep_bom.csv", _sep_line_bom, SEP_LINE_BOM),
    Case("unicode.txt", _utf16_tab, UTF16_TAB),
]

# LibreOffice copies: (case whose file is converted, target format). They must import as their source,
# formulas included (LibreOffice computes them and stores the values).
DERIVED = [
    ("kop_logo.xlsx", "xls"), ("judul_dua_baris.xlsx", "ods"), ("angka_teks.xlsx", "xls"),
    ("rumus_tanpa_nilai.xlsx", "ods"), ("rumus_tanpa_nilai.xlsx", "xlsx"), ("tanggal.xlsx", "ods"),
    ("bulanan.xlsx", "xls"),
]
