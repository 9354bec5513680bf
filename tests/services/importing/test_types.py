"""Column types inferred from Indonesian-written values, type overrides, and cells that do not fit."""

from __future__ import annotations

import datetime as dt

import pytest

from desktop_app.domain.checks import DATE_PATTERN, PERIOD_PATTERN
from desktop_app.domain.columns import ColumnType
from desktop_app.domain.errors import BadInput
from desktop_app.services.datasets.importing import Problem, read_preview
from tests.services.importing.workbooks import rekap_izin, write_xlsx


def test_rekap_values_and_types(tmp_path):
    preview = read_preview(rekap_izin(tmp_path / "rekap.xlsx"))
    assert preview.types == {
        "No": ColumnType.IDENTIFIER,
        "Kecamatan": ColumnType.TEXT,
        "Jumlah Izin PMA": ColumnType.INTEGER,
        "Jumlah Izin PMDN": ColumnType.INTEGER,
        "Nilai Investasi (Rp)": ColumnType.MONEY,
        "Tanggal Terbit": ColumnType.DATE,
        "Periode": ColumnType.PERIOD,
        "Capaian (%)": ColumnType.PERCENT,
        "Keterangan": ColumnType.CATEGORY,
    }
    assert preview.column("Jumlah Izin PMDN") == [12, 1234, 7, -3, 2500, 15]
    assert preview.column("Nilai Investasi (Rp)") == [1500000000, 2750000, 1250000, 500000, 1500000, 900000]
    assert preview.column("Tanggal Terbit") == ["2025-01-15", "2025-03-12", "2025-04-03", "2025-08-31", "2025-08-01",
                                                "2025-09-01"]
    assert preview.column("Periode") == ["2025-01", "2025-03", "2025-Q2", "2025-Q3", "2025-S2", "2025-Q4"]
    assert preview.column("Capaian (%)") == [85.5, 90.0, 100.0, 12.25, None, 75.0]
    assert preview.column("Keterangan") == ["baru", None, "perpanjangan", "baru", "perpanjangan", "baru"]
    assert all(DATE_PATTERN.match(v) for v in preview.column("Tanggal Terbit"))
    assert all(PERIOD_PATTERN.match(v) for v in preview.column("Periode"))
    assert preview.problems == ()
    assert "date_serials_converted" in [n.code for n in preview.notes]


def test_bad_cell_in_number_column_is_one_problem_with_source_row_and_column(tmp_path):
    path = write_xlsx(tmp_path / "bad.xlsx", [
        ["REKAP"],
        [],
        ["No", "Jenis Izin", "Jumlah"],
        *[[i, f"Izin {i}", i * 10] for i in range(1, 11)],
        [11, "Izin 11", "dua ratus"],
        [12, "Izin 12", "1.200"],
    ])
    preview = read_preview(path, decimal=",")
    assert preview.types["Jumlah"] == ColumnType.INTEGER
    assert preview.problems == (Problem("Data", 14, "Jumlah", "bad_number", "dua ratus"),)
    assert preview.column("Jumlah")[-2:] == ["dua ratus", 1200]


def test_override_column_type_reparses_and_recomputes_problems(tmp_path):
    path = write_xlsx(tmp_path / "o.xlsx", [
        ["Kode", "Tahun", "Jumlah"],
        ["0012", 2023, "5"],
        ["0013", 2024, "6,5"],
        ["0014", 2025, "7"],
    ])
    preview = read_preview(path)
    assert preview.types == {"Kode": ColumnType.IDENTIFIER, "Tahun": ColumnType.PERIOD, "Jumlah": ColumnType.DECIMAL}
    assert preview.column("Kode") == ["0012", "0013", "0014"]
    assert preview.column("Tahun") == ["2023", "2024", "2025"]
    assert preview.problems == ()

    changed = read_preview(path, column_types={"Kode": ColumnType.INTEGER, "Tahun": ColumnType.INTEGER,
                                               "Jumlah": ColumnType.INTEGER})
    assert changed.types == {"Kode": ColumnType.INTEGER, "Tahun": ColumnType.INTEGER, "Jumlah": ColumnType.INTEGER}
    assert changed.column("Kode") == [12, 13, 14]
    assert changed.column("Tahun") == [2023, 2024, 2025]
    assert changed.column("Jumlah") == [5, 6.5, 7]
    assert changed.problems == (Problem("Data", 3, "Jumlah", "not_an_integer", "6,5"),)

    as_dates = read_preview(path, column_types={"Jumlah": "date"})
    assert [p.code for p in as_dates.problems] == ["bad_date"] * 3
    assert as_dates.column("Jumlah") == ["5", "6,5", "7"]


def test_override_of_unknown_column_or_type_is_refused(tmp_path):
    path = write_xlsx(tmp_path / "o.xlsx", [["Nama", "Jumlah"], ["A", 1], ["B", 2]])
    with pytest.raises(BadInput) as error:
        read_preview(path, column_types={"Tidak Ada": ColumnType.TEXT})
    assert error.value.code == "unknown_column"
    with pytest.raises(BadInput) as error:
        read_preview(path, column_types={"Jumlah": "angka"})
    assert error.value.code == "bad_column_type"


def test_excel_dates_and_text_dates_and_months_and_quarters(tmp_path):
    path = write_xlsx(tmp_path / "d.xlsx", [
        ["Tanggal Permohonan", "Bulan", "Triwulan", "Waktu Terbit"],
        [dt.date(2024, 3, 12), "Maret 2024", "Triwulan I 2024", dt.datetime(2024, 3, 12, 9, 30)],
        ["13 Maret 2024", "Apr 2024", "TW II 2024", dt.datetime(2024, 3, 13, 10, 0)],
        ["14/03/2024", "Mei 2024", "Q3 2024", dt.datetime(2024, 3, 14, 11, 0)],
        ["15-03-2024", "Juni 2024", "Triwulan IV 2024", dt.datetime(2024, 3, 15, 12, 0)],
    ], date_format="DD/MM/YYYY")
    preview = read_preview(path)
    assert preview.types == {"Tanggal Permohonan": ColumnType.DATE, "Bulan": ColumnType.PERIOD,
                             "Triwulan": ColumnType.PERIOD, "Waktu Terbit": ColumnType.DATE}
    assert preview.column("Tanggal Permohonan") == ["2024-03-12", "2024-03-13", "2024-03-14", "2024-03-15"]
    assert preview.column("Bulan") == ["2024-03", "2024-04", "2024-05", "2024-06"]
    assert preview.column("Triwulan") == ["2024-Q1", "2024-Q2", "2024-Q3", "2024-Q4"]
    assert preview.column("Waktu Terbit") == ["2024-03-12", "2024-03-13", "2024-03-14", "2024-03-15"]


def test_month_cells_stored_as_first_of_month_dates_in_a_period_column(tmp_path):
    path = write_xlsx(tmp_path / "m.xlsx", [["Bulan", "Jumlah"], [dt.date(2024, 1, 1), 3], [dt.date(2024, 2, 1), 4]],
                      date_format="MMM-YY")
    preview = read_preview(path)
    assert preview.types["Bulan"] == ColumnType.PERIOD
    assert preview.column("Bulan") == ["2024-01", "2024-02"]


def test_percent_money_and_decimal_columns(tmp_path):
    path = write_xlsx(tmp_path / "p.xlsx", [
        ["Uraian", "Realisasi", "Capaian", "Rasio", "Nilai Kontrak", "Luas (m2)"],
        ["A", "Rp 1.500.000", "15%", 0.155, 1_000_000, "12,5"],
        ["B", "Rp 2.000.000,50", "7,5%", 0.2, 2_500_000, "1.250,75"],
        ["C", "-", "100%", 1, 3_000_000, "3"],
    ])
    preview = read_preview(path, column_types={"Rasio": ColumnType.PERCENT})
    assert preview.types == {"Uraian": ColumnType.TEXT, "Realisasi": ColumnType.MONEY, "Capaian": ColumnType.PERCENT,
                             "Rasio": ColumnType.PERCENT, "Nilai Kontrak": ColumnType.MONEY,
                             "Luas (m2)": ColumnType.DECIMAL}
    assert preview.column("Realisasi") == [1500000, 2000000.5, None]
    assert preview.column("Capaian") == [15.0, 7.5, 100.0]
    assert preview.column("Rasio") == [15.5, 20.0, 100.0]
    assert ("percent_scaled", "Rasio") in [(n.code, n.column) for n in preview.notes]
    assert preview.column("Luas (m2)") == [12.5, 1250.75, 3.0]


def test_category_needs_few_distinct_values(tmp_path):
    kecamatan = ["Rambutan", "Bajenis", "Padang Hulu"]
    rows = [[f"Pemohon {i}", kecamatan[i % 3], f"Jl. Nomor {i}"] for i in range(12)]
    path = write_xlsx(tmp_path / "c.xlsx", [["Nama", "Kecamatan", "Alamat"], *rows])
    preview = read_preview(path)
    assert preview.types == {"Nama": ColumnType.TEXT, "Kecamatan": ColumnType.CATEGORY, "Alamat": ColumnType.TEXT}


def test_identifiers_stay_text(tmp_path):
    path = write_xlsx(tmp_path / "i.xlsx", [
        ["NIB", "No. HP", "Jumlah"],
        ["9120001234567", "081234567890", 1],
        ["9120001234568", "081298765432", 2],
    ])
    preview = read_preview(path)
    assert preview.types["NIB"] == ColumnType.IDENTIFIER and preview.types["No. HP"] == ColumnType.IDENTIFIER
    assert preview.column("No. HP") == ["081234567890", "081298765432"]
    assert preview.column("NIB") == ["9120001234567", "9120001234568"]


def test_ninety_percent_rule_with_excel_errors(tmp_path):
    """Error text (CSV exports keep it; calamine gives xlsx error cells as empty) is a problem of its own."""
    lines = ["No;Rata-rata"] + [f"{i};{i},5" for i in range(1, 10)] + ["10;#DIV/0!"]
    path = tmp_path / "e.csv"
    path.write_text("\n".join(lines), encoding="utf-8")
    preview = read_preview(path)
    assert preview.types["Rata-rata"] == ColumnType.DECIMAL
    assert [(p.row, p.code, p.value) for p in preview.problems] == [(11, "excel_error", "#DIV/0!")]


def test_mostly_text_column_with_a_few_numbers_stays_text(tmp_path):
    rows = [["A", "baik"], ["B", "baik"], ["C", 3], ["D", "rusak"], ["E", "baik"]]
    path = write_xlsx(tmp_path / "t.xlsx", [["Nama", "Kondisi"], *rows])
    preview = read_preview(path)
    assert preview.types["Kondisi"] == ColumnType.CATEGORY
    assert preview.column("Kondisi") == ["baik", "baik", "3", "rusak", "baik"]
    assert preview.problems == ()


def test_english_formatted_column_reads_thousands_commas(tmp_path):
    path = tmp_path / "en.csv"
    path.write_text('Item;Amount\nA;"1,234,567"\nB;1.234\nC;"12,000"\n', encoding="utf-8")
    preview = read_preview(path)
    assert preview.types["Amount"] == ColumnType.DECIMAL
    assert preview.column("Amount") == [1234567.0, 1.234, 12000.0]


def test_excel_sep_line_in_csv(tmp_path):
    path = tmp_path / "sep.csv"
    path.write_text("sep=,\nNama,Jumlah\nA,\"12,5\"\nB,3\n", encoding="utf-8")
    preview = read_preview(path)
    assert preview.header_row == 2 and preview.source_rows == (3, 4)
    assert preview.column("Jumlah") == [12.5, 3.0]


def test_long_digit_strings_beside_amounts_are_amounts_not_codes(tmp_path):
    """A CSV writes Rp 100 billion as 100000000000: among other amounts it is one, not a 12-digit identifier."""
    path = tmp_path / "investasi.csv"
    path.write_text("Usaha,Nilai Investasi (Rp),NIK Pemilik\nA,0,1271010101010001\nB,2500000,1271010101010002\n"
                    "C,100000000000,1271010101010003\n", encoding="utf-8")
    preview = read_preview(path)
    assert preview.types["Nilai Investasi (Rp)"] == ColumnType.MONEY
    assert preview.column("Nilai Investasi (Rp)") == [0, 2_500_000, 100_000_000_000]
    assert preview.types["NIK Pemilik"] == ColumnType.IDENTIFIER  # a code, kept as written
    assert preview.column("NIK Pemilik")[0] == "1271010101010001"
