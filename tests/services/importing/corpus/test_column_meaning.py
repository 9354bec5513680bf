"""Corpus: office-shaped workbooks about what columns and rows MEAN, each imported with exact values.

Recaps with a No column and a Jumlah column, codes (KBLI, NIB, Kemendagri area codes, postal codes,
phone numbers), subtotals with suffixes (one of them wrong), a table of indicators whose rows start
with "Jumlah", and wide months, quarters, semesters and years with and without a total column, the
year in the title, the sheet name or the file name.
"""

from __future__ import annotations

import pytest

from desktop_app.domain.checks import run_checks
from desktop_app.domain.columns import ColumnSpec, ColumnType
from desktop_app.services.datasets.importing import read_preview
from desktop_app.services.datasets.importing.unpivot import unpivot
from tests.services.importing.corpus.office_sheets import Sheet, write

ID, T, P, M, D, N = (ColumnType.IDENTIFIER, ColumnType.TEXT, ColumnType.PERIOD, ColumnType.MONEY,
                     ColumnType.DECIMAL, ColumnType.INTEGER)
KECAMATAN = ["Padang Hulu", "Rambutan", "Bajenis", "Padang Hilir", "Tebing Tinggi Kota"]
MONTHS_ID = ["Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus", "September", "Oktober",
             "November", "Desember"]


def specs(preview):
    """The columns as an import makes them (nothing required)."""
    return [ColumnSpec(c.name, c.type, required=False) for c in preview.columns]


def step_2(preview):
    """What the checks of step 2 find in the imported rows, with the file's subtotals."""
    return [(f.code, f.row, f.column) for f in run_checks(specs(preview), preview.rows, subtotals=preview.subtotals)]


def skipped_totals(preview):
    return [n.value for n in preview.notes if n.code == "total_row_skipped"]


# --- 1-5: row numbers and codes ----------------------------------------------------------------------


def test_01_recap_with_no_and_jumlah_columns(tmp_path):
    men, women = [120, 95, 60, 88, 140], [130, 90, 75, 80, 151]
    table = [[n + 1, k, a, b, a + b] for n, (k, a, b) in enumerate(zip(KECAMATAN, men, women, strict=True))]
    table.append([None, "JUMLAH", sum(men), sum(women), sum(men) + sum(women)])
    path = write(tmp_path / "pemohon.xlsx", Sheet(
        header=[["No", "Kecamatan", "Laki-laki", "Perempuan", "Jumlah"]], table=table,
        title=["JUMLAH PEMOHON IZIN MENURUT JENIS KELAMIN TAHUN 2024"]))
    preview = read_preview(path)
    assert list(preview.types.values()) == [ID, T, N, N, N]
    assert preview.rows == tuple((str(n + 1), k, a, b, a + b)
                                 for n, (k, a, b) in enumerate(zip(KECAMATAN, men, women, strict=True)))
    assert skipped_totals(preview) == ["JUMLAH"]
    assert [(t.label, t.first, t.end, dict(t.values)) for t in preview.subtotals] == [
        ("JUMLAH", 0, 5, {"Laki-laki": 503, "Perempuan": 526, "Jumlah": 1029})]
    assert step_2(preview) == []


def test_02_no_dot_header_a_column_numbers_row_and_a_percent_total(tmp_path):
    kinds = [("NIB", 610), ("PBG", 45), ("SLF", 12), ("Reklame", 33)]
    table = [["(1)", "(2)", "(3)", "(4)"], *[[f"{n + 1}.", k, v, None] for n, (k, v) in enumerate(kinds)],
             [None, "Jumlah", 700, "100%"]]
    path = write(tmp_path / "jenis.xlsx", Sheet(header=[["No.", "Jenis Izin", "Jumlah Izin", "Persentase (%)"]],
                                                table=table, title=["IZIN TERBIT MENURUT JENIS 2024"]))
    preview = read_preview(path)
    assert preview.types["No."] == ID and preview.column("No.") == ["1.", "2.", "3.", "4."]  # kept as written
    assert preview.column("Jumlah Izin") == [610, 45, 12, 33]
    assert [dict(t.values) for t in preview.subtotals] == [{"Jumlah Izin": 700}]
    assert step_2(preview) == []


def test_03_nib_and_kbli_codes_are_identifiers_with_their_zeros(tmp_path):
    table = [[1, "9120012345678", 47111, "Toko Sinar Jaya", "Rambutan", "Rp 150.000.000"],
             [2, "9120012345679", "01111", "UD Tani Makmur", "Bajenis", "Rp 2.500.000.000"],
             [3, "0220012345670", 10710, "Roti Mawar", "Padang Hulu", "Rp 75.500.000"]]
    path = write(tmp_path / "usaha.xlsx", Sheet(
        header=[["No", "NIB", "KBLI", "Nama Usaha", "Kecamatan", "Nilai Investasi (Rp)"]], table=table,
        title=["DAFTAR PELAKU USAHA BARU TRIWULAN I 2024"]))
    preview = read_preview(path)
    assert list(preview.types.values()) == [ID, ID, ID, T, T, M]
    assert preview.column("NIB") == ["9120012345678", "9120012345679", "0220012345670"]
    assert preview.column("KBLI") == ["47111", "01111", "10710"]
    assert preview.column("Nilai Investasi (Rp)") == [150_000_000, 2_500_000_000, 75_500_000]


def test_04_kemendagri_area_codes_and_a_count_named_jumlah(tmp_path):
    areas = [("12.76.01.1001", "Tebing Tinggi Lama", 6120, 1530), ("12.76.01.1002", "Rambung", 5890, 1472),
             ("12.76.02.1001", "Bandar Sakti", 7004, 1751)]
    table = [[code, name, people, kk] for code, name, people, kk in areas]
    table.append([None, "Jumlah", 19014, 4753])
    path = write(tmp_path / "penduduk.xlsx", Sheet(
        header=[["Kode Wilayah", "Kelurahan", "Jumlah Penduduk", "Jumlah KK"]], table=table,
        title=["JUMLAH PENDUDUK MENURUT KELURAHAN 2024"]))
    preview = read_preview(path)
    assert list(preview.types.values()) == [ID, T, N, N]
    assert preview.rows == tuple(tuple(a) for a in areas)
    assert step_2(preview) == []


def test_05_postal_codes_and_phone_numbers(tmp_path):
    table = [[1, "Kantor Camat Rambutan", "Jl. Gunung Leuser", 20631, "0621-21234", 14],
             [2, "Kantor Camat Bajenis", "Jl. Kartini", 20612, "0621-22345", 11],
             [None, "Jumlah", None, None, None, 25]]
    path = write(tmp_path / "kantor.xlsx", Sheet(
        header=[["No", "Nama Kantor", "Alamat", "Kode Pos", "No. Telp", "Jumlah Pegawai"]], table=table))
    preview = read_preview(path)
    assert list(preview.types.values()) == [ID, T, T, ID, ID, N]
    assert preview.column("Kode Pos") == ["20631", "20612"]
    assert preview.column("No. Telp") == ["0621-21234", "0621-22345"]
    assert [dict(t.values) for t in preview.subtotals] == [{"Jumlah Pegawai": 25}]
    assert step_2(preview) == []


# --- 6-9: subtotals ----------------------------------------------------------------------------------


def test_06_semester_subtotals_with_a_suffix_and_a_grand_total(tmp_path):
    new, renewed = [5, 7, 6, 9, 4, 8, 10, 6, 7, 5, 9, 12], [2, 1, 3, 0, 2, 1, 4, 2, 2, 3, 1, 2]
    months = [[n % 6 + 1, f"{MONTHS_ID[n]} 2024", new[n], renewed[n], new[n] + renewed[n]] for n in range(12)]
    first, second = (sum(new[:6]), sum(renewed[:6])), (sum(new[6:]), sum(renewed[6:]))
    table = [*months[:6], [None, "Sub Total Semester I", *first, sum(first)],
             *months[6:], [None, "Sub Total Semester II", *second, sum(second)],
             [None, "Jumlah", sum(new), sum(renewed), sum(new) + sum(renewed)]]
    path = write(tmp_path / "bulanan.xlsx", Sheet(
        header=[["No", "Bulan", "Izin Baru", "Perpanjangan", "Jumlah"]], table=table,
        title=["REKAPITULASI IZIN PER BULAN TAHUN 2024"]))
    preview = read_preview(path)
    assert list(preview.types.values()) == [ID, P, N, N, N]
    assert preview.column("Bulan") == [f"2024-{m:02d}" for m in range(1, 13)]
    assert preview.column("No") == [str(n % 6 + 1) for n in range(12)]
    assert skipped_totals(preview) == ["Sub Total Semester I", "Sub Total Semester II", "Jumlah"]
    assert [(t.first, t.end) for t in preview.subtotals] == [(0, 6), (6, 12), (0, 12)]
    assert step_2(preview) == []


def test_07_kecamatan_subtotals_naming_their_group_with_merged_group_cells(tmp_path):
    groups = {"Padang Hulu": [("Tualang", 12, 3), ("Persiakan", 8, 2), ("Lubuk Baru", 5, 1)],
              "Rambutan": [("Mekar Sentosa", 9, 4), ("Sri Padang", 7, 0)]}
    table, merges, row = [], [], 2  # table rows start at relative row 2 (under the one header row)
    for kecamatan, villages in groups.items():
        for n, (village, umk, umkm) in enumerate(villages):
            table.append([kecamatan if n == 0 else None, village, umk, umkm, umk + umkm])
        merges.append(f"A{row}:A{row + len(villages) - 1}")
        a, b = sum(v[1] for v in villages), sum(v[2] for v in villages)
        table.append([f"Jumlah Kecamatan {kecamatan}", None, a, b, a + b])
        merges.append(f"A{row + len(villages)}:B{row + len(villages)}")
        row += len(villages) + 1
    table.append(["JUMLAH", None, 41, 10, 51])
    path = write(tmp_path / "umkm.xlsx", Sheet(
        header=[["Kecamatan", "Kelurahan", "Usaha Mikro", "Usaha Kecil", "Jumlah"]], table=table, merges=merges,
        title=["JUMLAH UMKM MENURUT KELURAHAN 2024"]))
    preview = read_preview(path)
    assert preview.column("Kecamatan") == ["Padang Hulu", None, None, "Rambutan", None]
    assert preview.column("Jumlah") == [15, 10, 6, 13, 7]
    assert skipped_totals(preview) == ["Jumlah Kecamatan Padang Hulu", "Jumlah Kecamatan Rambutan", "JUMLAH"]
    assert [t.keys for t in preview.subtotals[:2]] == [(("Kecamatan", ("padang hulu",)),),
                                                       (("Kecamatan", ("rambutan",)),)]
    assert step_2(preview) == []


def test_08_a_wrong_total_tw_i_is_one_finding_with_both_numbers(tmp_path):
    tw1 = [["1", "Perdagangan", 4, 10, 14], ["2", "Jasa", 5, 10, 15]]
    tw2 = [["1", "Perdagangan", 2, 6, 8], ["2", "Industri", 1, 3, 4]]
    table = [*tw1, [None, "Total TW I", 10, 20, 29], *tw2, [None, "Total TW II", 3, 9, 12], [None, "Total", 12, 29, 41]]
    path = write(tmp_path / "investasi.xlsx", Sheet(
        header=[["No", "Sektor", "PMA", "PMDN", "Jumlah"]], table=table,
        title=["JUMLAH PROYEK PENANAMAN MODAL SEMESTER I 2024"]))
    preview = read_preview(path)
    assert skipped_totals(preview) == ["Total TW I", "Total TW II", "Total"]
    assert len(preview.rows) == 4
    found = run_checks(specs(preview), preview.rows, subtotals=preview.subtotals)
    assert [(f.code, f.row, f.column, f.value["stated"], f.value["expected"], f.value["source_row"])
            for f in found] == [("subtotal_mismatch", 1, "PMA", 10, 9, 8)]
    [note] = [n for n in preview.notes if n.code == "subtotal_mismatch"]
    assert (note.row, note.column) == (8, "PMA")


def test_09_indicator_rows_that_start_with_jumlah_are_data(tmp_path):
    table = [[1, "Jumlah Penduduk", "jiwa", 172_838], [2, "Jumlah UMKM", "unit", 9_412],
             [3, "Jumlah Izin Terbit", "izin", 1_204], [4, "Realisasi Investasi", "Rp", 1_250_000_000]]
    path = write(tmp_path / "indikator.xlsx", Sheet(header=[["No", "Indikator", "Satuan", "Capaian 2024"]],
                                                    table=table, title=["INDIKATOR KINERJA 2024"]))
    preview = read_preview(path)
    assert skipped_totals(preview) == [] and preview.subtotals == ()
    assert preview.column("Indikator") == ["Jumlah Penduduk", "Jumlah UMKM", "Jumlah Izin Terbit", "Realisasi Investasi"]
    assert preview.column("Capaian 2024") == [172_838, 9_412, 1_204, 1_250_000_000]


# --- 10-14: wide periods -----------------------------------------------------------------------------

PERMITS = {"Padang Hulu": [3, 1, 4, 1, 5, 9, 2, 6, 5, 3, 5, 8], "Rambutan": [2, 7, 1, 8, 2, 8, 1, 8, 2, 8, 4, 5]}


def test_10_twelve_months_with_a_jumlah_column_and_row_and_the_year_in_the_title(tmp_path):
    table = [[n + 1, k, *v, sum(v)] for n, (k, v) in enumerate(PERMITS.items())]
    by_month = [a + b for a, b in zip(*PERMITS.values(), strict=True)]
    table.append([None, "Jumlah", *by_month, sum(by_month)])
    path = write(tmp_path / "izin.xlsx", Sheet(header=[["No", "Kecamatan", *MONTHS_ID, "Jumlah"]], table=table,
                                               title=["REKAPITULASI IZIN TERBIT MENURUT KECAMATAN TAHUN 2024"]))
    turned = unpivot(read_preview(path))
    assert list(turned.types.values()) == [ID, T, P, N]
    assert turned.rows == tuple((str(n + 1), k, f"2024-{m + 1:02d}", v[m])
                                for n, (k, v) in enumerate(PERMITS.items()) for m in range(12))
    assert (turned.unpivoted.year, turned.unpivoted.year_from, turned.unpivoted.total_columns) == (
        2024, "title", ("Jumlah",))
    assert step_2(turned) == []


def test_11_quarters_without_a_total_and_the_year_in_the_sheet_name(tmp_path):
    kinds = {"NIB": [410, 388, 402, 455], "PBG": [12, 15, 9, 20], "SLF": [3, 2, 4, 1]}
    path = write(tmp_path / "izin-triwulan.xlsx", Sheet(
        header=[["Jenis Izin", "TW I", "TW II", "TW III", "TW IV"]], table=[[k, *v] for k, v in kinds.items()],
        title=["REKAP IZIN PER TRIWULAN"], name="Izin 2023"))
    turned = unpivot(read_preview(path))
    assert [c.name for c in turned.columns] == ["Jenis Izin", "Triwulan", "Nilai"]
    assert turned.rows == tuple((k, f"2023-Q{q + 1}", v[q]) for k, v in kinds.items() for q in range(4))
    assert (turned.unpivoted.year_from, turned.unpivoted.total_columns) == ("sheet", ())


def test_12_semesters_with_a_wrong_total_column_reported_and_checked_in_step_2(tmp_path):
    table = [["Persyaratan", 82.5, 85.0, 167.5], ["Waktu Pelayanan", 78.25, 80.5, 158.75],
             ["Biaya/Tarif", 90.0, 91.5, 180.0]]  # 90 + 91,5 = 181,5
    path = write(tmp_path / "ikm-2024.xlsx", Sheet(header=[["Unsur Pelayanan", "Semester I", "Semester II", "Total"]],
                                                    table=table, title=["NILAI IKM PER SEMESTER"]))
    turned = unpivot(read_preview(path))
    assert list(turned.types.values()) == [T, P, D]
    assert turned.rows[:2] == (("Persyaratan", "2024-S1", 82.5), ("Persyaratan", "2024-S2", 85.0))
    assert turned.unpivoted.year_from == "file"
    [note] = [n for n in turned.notes if n.code == "unpivot_total_mismatch"]
    assert (note.column, note.value) == ("Total", {"stated": 180, "expected": 181.5})
    found = run_checks(specs(turned), turned.rows, subtotals=turned.subtotals)
    assert [(f.code, f.row, f.column, f.value["stated"], f.value["expected"]) for f in found] == [
        ("subtotal_mismatch", 5, "Nilai", 180, 181.5)]


def test_13_years_under_a_merged_group_heading_name_the_value_column(tmp_path):
    sectors = {"Perdagangan": [1_500_000_000, 2_250_000_000, 3_000_000_000],
               "Industri": [750_000_000, 0, 1_125_000_000]}
    path = write(tmp_path / "realisasi.xlsx", Sheet(
        header=[["No", "Sektor", "Realisasi Investasi (Rp)", None, None], [None, None, 2021, 2022, 2023]],
        table=[[n + 1, k, *v] for n, (k, v) in enumerate(sectors.items())], merges=["C1:E1", "A1:A2", "B1:B2"],
        title=["REALISASI INVESTASI 2021-2023"]))
    turned = unpivot(read_preview(path))
    assert [(c.name, c.type) for c in turned.columns] == [("No", ID), ("Sektor", T), ("Tahun", P),
                                                          ("Realisasi Investasi (Rp)", M)]
    assert turned.rows == tuple((str(n + 1), k, str(2021 + y), v[y]) for n, (k, v) in enumerate(sectors.items())
                                for y in range(3))
    assert turned.unpivoted.year_from == "headings"


def test_14_english_month_abbreviations_with_the_year_in_the_file_name(tmp_path):
    english = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
    path = write(tmp_path / "permits-2025.xlsx", Sheet(
        header=[["District", *english]], table=[[k, *v] for k, v in PERMITS.items()], title=["ISSUED PERMITS"],
        letterhead=False))
    turned = unpivot(read_preview(path))
    assert [c.name for c in turned.columns] == ["District", "Bulan", "Nilai"]
    assert [r[1] for r in turned.rows[:12]] == [f"2025-{m:02d}" for m in range(1, 13)]
    assert turned.rows[4] == ("Padang Hulu", "2025-05", 5) and turned.rows[19] == ("Rambutan", "2025-08", 8)
    assert turned.unpivoted.year_from == "file"


@pytest.mark.parametrize("heading", ["Jan", "Januari", "January"])
def test_15_a_sheet_of_period_columns_without_any_year_is_not_guessed(tmp_path, heading):
    from desktop_app.domain.errors import BadInput

    path = write(tmp_path / "bulanan.xlsx", Sheet(header=[["Uraian", heading, "Februari"]], table=[["A", 1, 2]],
                                                  letterhead=False, signature=False))
    with pytest.raises(BadInput) as error:
        unpivot(read_preview(path))
    assert error.value.code == "unpivot_year_needed"
