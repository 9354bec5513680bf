"""Finding the table in a messy sheet: title rows, two-row headers, totals, blank rows and columns, signatures."""

from __future__ import annotations

import datetime as dt

import pytest

from desktop_app.domain.columns import ColumnType
from desktop_app.domain.errors import BadInput
from desktop_app.services.datasets.importing import read_preview
from tests.services.importing.workbooks import rekap_izin, write_xlsx


def codes(problems) -> list[str]:
    return [p.code for p in problems]


def test_header_found_under_letterhead_empty_row_and_merged_title(tmp_path):
    path = write_xlsx(tmp_path / "izin.xlsx", [
        ["PEMERINTAH KOTA TEBING TINGGI"],
        ["REKAPITULASI IZIN TERBIT TAHUN 2025"],
        [],
        ["No", "Jenis Izin", "Jumlah"],
        [1, "PBG", 12],
        [2, "Reklame", 7],
    ], merges=["A1:C1", "A2:C2"], start_row=2)
    preview = read_preview(path)
    assert preview.header_row == 5
    assert [c.name for c in preview.columns] == ["No", "Jenis Izin", "Jumlah"]
    assert preview.rows == (("1", "PBG", 12), ("2", "Reklame", 7))  # "No" numbers the rows: an identifier
    assert preview.source_rows == (6, 7)
    assert ("title_rows_skipped", 2) in [(n.code, n.value) for n in preview.notes]


def test_table_starting_in_a_later_column_keeps_sheet_column_positions(tmp_path):
    path = write_xlsx(tmp_path / "izin.xlsx", [["Kecamatan", "Jumlah"], ["Rambutan", 4], ["Bajenis", 5]],
                      start_row=4, start_column=3)
    preview = read_preview(path)
    assert preview.header_row == 4
    assert [(c.name, c.source_index) for c in preview.columns] == [("Kecamatan", 2), ("Jumlah", 3)]
    assert preview.source_rows == (5, 6)


def test_two_row_header_with_merged_group_label_is_joined(tmp_path):
    path = write_xlsx(tmp_path / "investasi.xlsx", [
        ["REALISASI INVESTASI"],
        ["No", "Sektor", "Jumlah", None, "Keterangan"],
        [None, None, "PMA", "PMDN", None],
        [1, "Perdagangan", 3, 10, "ok"],
        [2, "Jasa", 1, 4, "ok"],
    ], merges=["A1:E1", "C2:D2", "A2:A3", "B2:B3", "E2:E3"])
    preview = read_preview(path)
    assert preview.header_row == 3
    assert [c.name for c in preview.columns] == ["No", "Sektor", "Jumlah PMA", "Jumlah PMDN", "Keterangan"]
    assert preview.rows[0] == ("1", "Perdagangan", 3, 10, "ok")
    assert ("header_joined", 2) in [(n.code, n.row) for n in preview.notes]


def test_two_row_header_without_merge_information_repeated_sub_labels(tmp_path):
    """Like an .ods or a CSV: no merges known, "L"/"P" repeat under two groups."""
    path = write_xlsx(tmp_path / "tk.xlsx", [
        ["Kecamatan", "Izin Baru", None, "Perpanjangan", None],
        [None, "L", "P", "L", "P"],
        ["Rambutan", 1, 2, 3, 4],
        ["Bajenis", 5, 6, 7, 8],
    ])
    preview = read_preview(path)
    assert [c.name for c in preview.columns] == ["Kecamatan", "Izin Baru L", "Izin Baru P", "Perpanjangan L",
                                                 "Perpanjangan P"]


def test_metadata_rows_above_header_are_not_a_two_row_header(tmp_path):
    path = write_xlsx(tmp_path / "meta.xlsx", [
        ["Tahun", 2025],
        ["No", "Nama Usaha", "Jumlah"],
        [1, "Toko A", 5],
        [2, "Toko B", 6],
    ])
    preview = read_preview(path)
    assert preview.header_row == 2
    assert [c.name for c in preview.columns] == ["No", "Nama Usaha", "Jumlah"]


def test_header_row_override_and_row_above_is_joined_when_it_is_a_group_row(tmp_path):
    path = rekap_izin(tmp_path / "rekap.xlsx")
    detected = read_preview(path)
    assert detected.header_row == 6
    again = read_preview(path, header_row=detected.header_row)
    assert again.columns == detected.columns and again.rows == detected.rows

    # A person picks the group row itself: one-row header, the sub-label row becomes data.
    chosen = read_preview(path, header_row=5)
    assert chosen.header_row == 5
    assert [c.name for c in chosen.columns][:4] == ["No", "Kecamatan", "Jumlah Izin", "D"]
    assert chosen.source_rows[0] == 6


@pytest.mark.parametrize("row", [0, 99, -1])
def test_header_row_outside_the_sheet_or_blank_is_refused(tmp_path, row):
    path = write_xlsx(tmp_path / "a.xlsx", [["Judul"], [], ["No", "Nama"], [1, "A"]])
    with pytest.raises(BadInput) as error:
        read_preview(path, header_row=row if row != -1 else 2)
    assert error.value.code == "bad_header_row"


def test_totals_rows_are_left_out_with_a_note_each(tmp_path):
    path = write_xlsx(tmp_path / "t.xlsx", [
        ["No", "Kecamatan", "Jumlah"],
        [1, "Rambutan", 4],
        [2, "Bajenis", 5],
        [None, "Sub Total", 9],
        [3, "Padang Hulu", 1],
        [None, "  sub total : ", 1],
        ["JUMLAH", None, 10],
        [None, "Total Keseluruhan", 10],
    ])
    preview = read_preview(path)
    assert preview.source_rows == (2, 3, 5)
    skipped = [(n.row, n.value) for n in preview.notes if n.code == "total_row_skipped"]
    assert skipped == [(4, "Sub Total"), (6, "sub total :"), (7, "JUMLAH"), (8, "Total Keseluruhan")]


def test_a_row_about_a_total_is_data(tmp_path):
    path = write_xlsx(tmp_path / "t.xlsx", [["Uraian", "Nilai"], ["Jumlah Penduduk", 5], ["Total Izin", 7]])
    assert read_preview(path).rows == (("Jumlah Penduduk", 5), ("Total Izin", 7))


def test_blank_rows_and_a_fully_blank_column_are_dropped_and_counted(tmp_path):
    path = write_xlsx(tmp_path / "b.xlsx", [
        ["No", "Nama", None, "Jumlah"],
        [1, "A", None, 5],
        [],
        [2, "B", None, 6],
        [None, "   ", None, None],
        [3, "C", None, 7],
    ])
    preview = read_preview(path)
    assert [c.name for c in preview.columns] == ["No", "Nama", "Jumlah"]
    assert preview.rows == (("1", "A", 5), ("2", "B", 6), ("3", "C", 7))
    assert preview.source_rows == (2, 4, 6)
    notes = {n.code: n.value for n in preview.notes}
    assert notes["blank_rows_dropped"] == 2
    assert notes["blank_columns_dropped"] == 1


def test_column_numbers_row_under_header_is_left_out(tmp_path):
    path = write_xlsx(tmp_path / "n.xlsx", [
        ["No", "Nama", "Jumlah", "Keterangan"],
        ["(1)", "(2)", "(3)", "(4)"],
        [1, "A", 5, "x"],
        [2, "B", 6, "y"],
    ])
    preview = read_preview(path)
    assert preview.source_rows == (3, 4)
    assert "column_numbers_row_skipped" in codes(preview.notes)
    assert preview.columns[0].type == ColumnType.IDENTIFIER


def test_signature_block_under_the_table_is_left_out(tmp_path):
    path = rekap_izin(tmp_path / "rekap.xlsx")
    preview = read_preview(path)
    assert preview.source_rows == (7, 8, 11, 12, 13, 14)
    footer = [n for n in preview.notes if n.code == "footer_rows_skipped"]
    assert [(n.row, n.value) for n in footer] == [(17, 3)]


def test_unnamed_and_duplicate_columns_get_unique_names(tmp_path):
    path = write_xlsx(tmp_path / "u.xlsx", [
        ["Nama", "Nama", None, "Jumlah"],
        ["A", "x", "catatan", 1],
        ["B", "y", None, 2],
    ])
    preview = read_preview(path)
    assert [c.name for c in preview.columns] == ["Nama", "Nama (2)", "C", "Jumlah"]
    assert {(n.code, n.column) for n in preview.notes} >= {("unnamed_column", "C"), ("duplicate_column_name", "Nama (2)")}


def test_all_text_table_uses_first_wide_row_as_header(tmp_path):
    path = write_xlsx(tmp_path / "t.xlsx", [
        ["DAFTAR PEMOHON"],
        ["Nama", "Alamat", "Kecamatan"],
        ["Budi", "Jl. Sudirman", "Rambutan"],
        ["Sari", "Jl. Ahmad Yani", "Bajenis"],
    ])
    preview = read_preview(path)
    assert preview.header_row == 2
    assert preview.rows[1] == ("Sari", "Jl. Ahmad Yani", "Bajenis")


def test_header_only_sheet_is_empty(tmp_path):
    path = write_xlsx(tmp_path / "h.xlsx", [["No", "Nama", "Jumlah"]])
    with pytest.raises(BadInput) as error:
        read_preview(path)
    assert error.value.code == "empty"


def test_dates_in_header_become_iso_names(tmp_path):
    path = write_xlsx(tmp_path / "d.xlsx", [["Kecamatan", dt.date(2025, 1, 1), 2024.0], ["A", 1, 2], ["B", 3, 4]])
    preview = read_preview(path)
    assert [c.name for c in preview.columns] == ["Kecamatan", "2025-01-01", "2024"]


def test_total_row_label_after_a_dash_cell_and_group_heading_rows(tmp_path):
    path = write_xlsx(tmp_path / "g.xlsx", [
        ["No", "Uraian", "Jumlah"],
        [None, "A. PERIZINAN", None],
        [1, "PBG", 5],
        [2, "SLF", 6],
        ["-", "Jumlah", 11],
    ])
    preview = read_preview(path)
    assert preview.header_row == 1
    assert preview.rows == ((None, "A. PERIZINAN", None), ("1", "PBG", 5), ("2", "SLF", 6))
    assert [(n.row, n.code) for n in preview.notes] == [(5, "total_row_skipped"), (None, "subtotals_kept")]


def test_two_cell_title_above_a_blank_row_is_not_the_header(tmp_path):
    path = write_xlsx(tmp_path / "t.xlsx", [
        ["Lampiran I", "Nomor: 503/12/2025"],
        [],
        ["No", "Nama Usaha", "Kecamatan", "Jumlah Tenaga Kerja"],
        [1, "CV Maju", "Rambutan", 12],
    ])
    assert read_preview(path).header_row == 3
