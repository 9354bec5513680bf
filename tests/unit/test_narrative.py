"""The automatic Indonesian narrative of a pivot table."""

from __future__ import annotations

from desktop_app.domain.columns import ColumnSpec, ColumnType
from desktop_app.domain.narrative import narrate
from desktop_app.domain.pivot import PivotSpec, pivot

QUARTERS = (ColumnSpec("Triwulan", ColumnType.PERIOD), ColumnSpec("Jumlah", ColumnType.INTEGER))
GROUPS = (ColumnSpec("Jenis", ColumnType.TEXT), ColumnSpec("Jumlah", ColumnType.INTEGER))


def by_period(rows, agg="sum"):
    return pivot(QUARTERS, rows, PivotSpec(rows=("Triwulan",), value="Jumlah", agg=agg, change=True))


def by_group(rows, agg="sum"):
    return pivot(GROUPS, rows, PivotSpec(rows=("Jenis",), value="Jumlah", agg=agg))


def test_rise_against_the_previous_quarter():
    text = narrate(by_period([("2024-Q2", 367), ("2024-Q3", 412)]), subject="izin terbit", unit="izin")
    assert text.startswith("Jumlah izin terbit pada Triwulan III 2024 sebanyak 412 izin, naik 12,3% dibanding "
                           "triwulan sebelumnya (367 izin).")
    assert "Selama Triwulan II 2024 sampai dengan Triwulan III 2024, jumlah izin terbit secara keseluruhan " \
           "sebanyak 779 izin." in text
    assert "Triwulan tertinggi adalah Triwulan III 2024 (412 izin, 52,9% dari total), sedangkan yang terendah " \
           "adalah Triwulan II 2024 (367 izin, 47,1% dari total)." in text


def test_fall_is_turun_with_a_positive_percentage():
    text = narrate(by_period([("2024-Q1", 100), ("2024-Q2", 96)]), subject="izin terbit", unit="izin")
    assert "sebanyak 96 izin, turun 4,0% dibanding triwulan sebelumnya (100 izin)." in text


def test_no_change_is_tetap():
    text = narrate(by_period([("2024-Q1", 50), ("2024-Q2", 50)]), subject="izin terbit", unit="izin")
    assert "sebanyak 50 izin, tetap dibanding triwulan sebelumnya (50 izin)." in text
    assert "Semua triwulan bernilai sama, yaitu 50 izin." in text


def test_missing_previous_period():
    text = narrate(by_period([("2024-Q3", 1234567)]), subject="nilai investasi", unit="rupiah")
    assert text == ("Jumlah nilai investasi pada Triwulan III 2024 sebanyak 1.234.567 rupiah. "
                    "Data triwulan sebelumnya tidak tersedia sebagai pembanding.")


def test_rise_from_zero_says_how_much():
    text = narrate(by_period([("2024-Q1", 0), ("2024-Q2", 5)]), subject="izin terbit", unit="izin")
    assert "sebanyak 5 izin, naik 5 izin dibanding triwulan sebelumnya (0 izin)." in text


def test_a_gap_counts_as_zero_in_the_previous_quarter():
    text = narrate(by_period([("2024-Q1", 7), ("2024-Q3", 9)]), subject="izin terbit", unit="izin")
    assert "pada Triwulan III 2024 sebanyak 9 izin, naik 9 izin dibanding triwulan sebelumnya (0 izin)." in text


def test_groups_highest_and_lowest_with_shares():
    text = narrate(by_group([("NIB", 300), ("PBG", 20), ("SIP", 80)]), subject="izin terbit", unit="izin")
    assert text == ("Jumlah izin terbit seluruhnya sebanyak 400 izin. Kelompok tertinggi adalah NIB (300 izin, "
                    "75,0% dari total), sedangkan yang terendah adalah PBG (20 izin, 5,0% dari total).")


def test_single_group():
    text = narrate(by_group([("NIB", 12)]), subject="izin terbit", unit="izin")
    assert text == "Jumlah izin terbit seluruhnya sebanyak 12 izin. Seluruhnya berasal dari NIB."


def test_all_zeros():
    text = narrate(by_group([("NIB", 0), ("PBG", 0)]), subject="izin terbit", unit="izin")
    assert text == "Jumlah izin terbit seluruhnya sebanyak 0 izin. Tidak ada kelompok yang mencatat nilai."


def test_ties_go_to_the_first_group_and_text_is_deterministic():
    result = by_group([("NIB", 5), ("PBG", 9), ("SIP", 9), ("SLF", 1), ("IMB", 1)])
    text = narrate(result, subject="izin terbit", unit="izin")
    assert "tertinggi adalah PBG (9 izin" in text and "terendah adalah SLF (1 izin" in text
    assert narrate(result, subject="izin terbit", unit="izin") == text


def test_average_uses_sebesar_and_decimal_commas_without_shares():
    result = by_group([("A", 3), ("A", 4), ("B", 2)], agg="avg")
    text = narrate(result, subject="nilai IKM", unit="")
    assert text == ("Rata-rata nilai IKM seluruhnya sebesar 3. Kelompok tertinggi adalah A (3,5), sedangkan "
                    "yang terendah adalah B (2).")


def test_share_table():
    text = narrate(by_group([("NIB", 3), ("PBG", 1)], agg="share"), subject="izin", unit="izin")
    assert text == "Kelompok tertinggi adalah NIB (75,0%), sedangkan yang terendah adalah PBG (25,0%)."


def test_empty_table():
    assert narrate(by_group([]), subject="izin terbit", unit="izin") == "Belum ada data untuk jumlah izin terbit."


def test_months_use_bulan():
    columns = (ColumnSpec("Bulan", ColumnType.PERIOD), ColumnSpec("Jumlah", ColumnType.INTEGER))
    result = pivot(columns, [("2024-12", 80), ("2025-01", 60)], PivotSpec(rows=("Bulan",), value="Jumlah"))
    text = narrate(result, subject="izin terbit", unit="izin")
    assert text.startswith("Jumlah izin terbit pada Januari 2025 sebanyak 60 izin, turun 25,0% dibanding bulan "
                           "sebelumnya (80 izin).")


# --- a series with a missing period: never compared with, never 0 ---------------------------------
def series(rows, **kwargs):
    return pivot(QUARTERS, rows, PivotSpec(rows=("Triwulan",), value="Jumlah", change=True, **kwargs),
                 missing_periods="unknown")


def test_a_missing_quarter_of_a_series_is_not_compared_and_is_named():
    text = narrate(series([("2024-Q1", 7), ("2024-Q3", 9)]), subject="izin terbit", unit="izin")
    assert text == ("Jumlah izin terbit pada Triwulan III 2024 sebanyak 9 izin. "
                    "Data triwulan sebelumnya tidak tersedia sebagai pembanding. "
                    "Selama Triwulan I 2024 sampai dengan Triwulan III 2024, jumlah izin terbit secara keseluruhan "
                    "sebanyak 16 izin. Tidak ada data untuk Triwulan II 2024, sehingga angka keseluruhan hanya "
                    "mencakup periode yang ada datanya. Triwulan tertinggi adalah Triwulan III 2024 (9 izin, 56,2% "
                    "dari total), sedangkan yang terendah adalah Triwulan I 2024 (7 izin, 43,8% dari total).")


def test_a_fall_to_a_missing_quarter_is_never_turun_100_persen():
    text = narrate(series([("2024-Q1", 7), ("2024-Q2", 5), ("2024-Q4", 9)]), subject="izin terbit", unit="izin")
    assert "turun" not in text and "100" not in text and "0 izin" not in text
    assert "Tidak ada data untuk Triwulan III 2024" in text


def test_a_table_by_group_of_a_series_with_a_gap_says_the_total_misses_it():
    columns = (ColumnSpec("Triwulan", ColumnType.PERIOD), ColumnSpec("Jenis", ColumnType.TEXT),
               ColumnSpec("Jumlah", ColumnType.INTEGER))
    rows = [("2024-Q1", "NIB", 3), ("2024-Q3", "NIB", 4), ("2024-Q3", "PBG", 1)]
    result = pivot(columns, rows, PivotSpec(rows=("Jenis",), value="Jumlah"), missing_periods="unknown")
    text = narrate(result, subject="izin terbit", unit="izin")
    assert text.startswith("Jumlah izin terbit seluruhnya sebanyak 8 izin. Tidak ada data untuk Triwulan II 2024, "
                           "sehingga angka keseluruhan hanya mencakup periode yang ada datanya.")


def test_a_quarter_missing_a_month_is_not_compared_with():
    columns = (ColumnSpec("Bulan", ColumnType.PERIOD), ColumnSpec("Jumlah", ColumnType.INTEGER))
    rows = [("2024-01", 30), ("2024-03", 61), ("2024-04", 30), ("2024-05", 30), ("2024-06", 31)]  # no February
    result = pivot(columns, rows, PivotSpec(rows=("Bulan",), value="Jumlah", period_grain="quarter"),
                   missing_periods="unknown")
    text = narrate(result, subject="izin terbit", unit="izin")
    assert text.startswith("Jumlah izin terbit pada Triwulan II 2024 sebanyak 91 izin. Data triwulan sebelumnya "
                           "tidak lengkap, sehingga tidak dibandingkan.")
    assert "tetap" not in text and "Tidak ada data untuk Februari 2024" in text
    latest_incomplete = pivot(columns, [*rows, ("2024-07", 5), ("2024-09", 6)],
                              PivotSpec(rows=("Bulan",), value="Jumlah", period_grain="quarter"),
                              missing_periods="unknown")
    text = narrate(latest_incomplete, subject="izin terbit", unit="izin")
    assert "Data Triwulan III 2024 tidak lengkap, sehingga tidak dibandingkan." in text
