"""Choosing the sheet (hidden ones skipped), and .xls/.ods/.csv reading the same as .xlsx."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from desktop_app.domain.columns import ColumnType
from desktop_app.domain.errors import BadInput
from desktop_app.services.datasets.importing import ImportCancelled, read_preview
from tests.services.importing.workbooks import rekap_izin, write_xlsx

FIXTURES = Path(__file__).resolve().parents[2] / "fixtures" / "import"


def test_hidden_sheet_is_skipped_by_default_and_read_when_chosen(tmp_path):
    path = write_xlsx(tmp_path / "h.xlsx", [["Nama", "Jumlah"], ["A", 1], ["B", 2]], title="Terlihat", extra_sheets=[
        ("Rahasia", [["Kode", "Nilai"], ["x", 10], ["y", 20]], "hidden")])
    preview = read_preview(path)
    assert preview.sheets == ("Terlihat", "Rahasia")
    assert preview.sheet == "Terlihat"
    assert ("Rahasia", "hidden_sheet_skipped") in [(n.sheet, n.code) for n in preview.notes]

    hidden = read_preview(path, sheet="Rahasia")
    assert hidden.sheet == "Rahasia"
    assert hidden.rows == (("x", 10), ("y", 20))
    assert ("Rahasia", "hidden_sheet_chosen") in [(n.sheet, n.code) for n in hidden.notes]


def test_first_visible_sheet_with_data_is_taken(tmp_path):
    path = write_xlsx(tmp_path / "e.xlsx", [], title="Kosong", extra_sheets=[
        ("Tersembunyi", [["A", "B"], [1, 2]], "hidden"), ("Isi", [["Nama", "Jumlah"], ["A", 1]], "visible")])
    preview = read_preview(path)
    assert preview.sheet == "Isi"
    assert {(n.sheet, n.code) for n in preview.notes} >= {("Kosong", "empty_sheet_skipped"),
                                                          ("Tersembunyi", "hidden_sheet_skipped")}


def test_unknown_sheet_is_refused(tmp_path):
    path = write_xlsx(tmp_path / "u.xlsx", [["Nama", "Jumlah"], ["A", 1]])
    with pytest.raises(BadInput) as error:
        read_preview(path, sheet="Lembar9")
    assert error.value.code == "unknown_sheet"


def test_only_hidden_sheets_with_data_is_empty(tmp_path):
    path = write_xlsx(tmp_path / "o.xlsx", [], title="Kosong", extra_sheets=[("Data", [["A", "B"], [1, 2]], "hidden")])
    with pytest.raises(BadInput) as error:
        read_preview(path)
    assert error.value.code == "empty"


@pytest.mark.parametrize("fixture", ["rekap_izin.xls", "rekap_izin.ods"])
def test_xls_and_ods_read_the_same_as_the_xlsx_source(tmp_path, fixture):
    expected = read_preview(rekap_izin(tmp_path / "rekap_izin.xlsx"))
    source = FIXTURES / fixture
    assert source.stat().st_size < 50_000
    actual = read_preview(source)
    assert actual.sheets == expected.sheets == ("Rekap", "Catatan")
    assert actual.header_row == expected.header_row == 6
    assert actual.columns == expected.columns
    assert actual.rows == expected.rows
    assert actual.source_rows == expected.source_rows
    assert actual.problems == expected.problems
    assert actual.notes == expected.notes
    assert read_preview(source, sheet="Catatan").rows == read_preview(tmp_path / "rekap_izin.xlsx", sheet="Catatan").rows


def test_xlsm_and_misnamed_extensions_are_read_by_content(tmp_path):
    path = rekap_izin(tmp_path / "rekap.xlsx")
    as_xlsm = shutil.copy(path, tmp_path / "rekap.xlsm")
    as_xls = shutil.copy(FIXTURES / "rekap_izin.xls", tmp_path / "rekap_lama.xlsx")
    assert read_preview(Path(as_xlsm)).rows == read_preview(path).rows
    assert read_preview(Path(as_xls)).rows == read_preview(path).rows


def test_csv_utf8_with_bom_and_semicolons(tmp_path):
    path = tmp_path / "izin.csv"
    text = ("REKAP IZIN;;\r\n;;\r\nNo;Kecamatan;Nilai Investasi\r\n1;Padang Hulu;Rp 1.500.000\r\n"
            "2;Rambutan;Rp 2.750.000,50\r\n;Jumlah;Rp 4.250.000,50\r\n")
    path.write_bytes(text.encode("utf-8-sig"))
    preview = read_preview(path)
    assert preview.sheets == ("izin",) and preview.sheet == "izin"
    assert preview.header_row == 3
    assert preview.types == {"No": ColumnType.IDENTIFIER, "Kecamatan": ColumnType.TEXT,
                             "Nilai Investasi": ColumnType.MONEY}
    assert preview.rows == (("1", "Padang Hulu", 1500000), ("2", "Rambutan", 2750000.5))
    assert preview.source_rows == (4, 5)
    notes = {n.code: n.value for n in preview.notes}
    assert notes["csv_encoding"] == "utf-8-sig" and notes["csv_delimiter"] == ";"
    assert notes["total_row_skipped"] == "Jumlah"


def test_csv_windows_1252_with_rupiah_and_accents(tmp_path):
    path = tmp_path / "kafe.csv"
    text = ('Nama Usaha,Pemilik,Omzet\r\nCaf\u00e9 Mawar,Andr\u00e9,"Rp 12.500.000"\r\n'
            'Toko \u201cMaju\u201d,Siti,"Rp 3.000.000"\r\n')
    path.write_bytes(text.encode("windows-1252"))
    preview = read_preview(path)
    assert preview.rows == (("Caf\u00e9 Mawar", "Andr\u00e9", 12500000), ("Toko \u201cMaju\u201d", "Siti", 3000000))
    assert preview.types["Omzet"] == ColumnType.MONEY
    assert {n.code: n.value for n in preview.notes}["csv_encoding"] == "windows-1252"


def test_csv_tab_delimited_and_utf16(tmp_path):
    path = tmp_path / "ekspor.txt"
    path.write_bytes("Nama\tJumlah\r\nA\t1\r\nB\t2\r\n".encode("utf-16"))
    preview = read_preview(path)
    assert preview.rows == (("A", 1), ("B", 2))
    assert {n.code: n.value for n in preview.notes}["csv_delimiter"] == "\t"


def test_csv_sheet_name_must_match(tmp_path):
    path = tmp_path / "izin.csv"
    path.write_text("Nama,Jumlah\nA,1\n", encoding="utf-8")
    assert read_preview(path, sheet="izin").rows == (("A", 1),)
    with pytest.raises(BadInput) as error:
        read_preview(path, sheet="Sheet1")
    assert error.value.code == "unknown_sheet"


def test_progress_is_reported_and_cancel_stops(tmp_path):
    rows = [["No", "Nama", "Jumlah"]] + [[i, f"Pemohon {i}", i % 7] for i in range(1, 12_001)]
    path = write_xlsx(tmp_path / "besar.xlsx", rows)
    calls: list[tuple[int, int]] = []
    preview = read_preview(path, progress=lambda done, total: calls.append((done, total)))
    assert len(preview.rows) == 12_000
    assert len(calls) >= 3
    assert calls[-1][0] == calls[-1][1]
    assert all(a[0] <= b[0] for a, b in zip(calls, calls[1:], strict=False))

    asked = []

    def cancel_after_a_while() -> bool:
        asked.append(1)
        return len(asked) > 3

    with pytest.raises(ImportCancelled):
        read_preview(path, cancelled=cancel_after_a_while)
    with pytest.raises(ImportCancelled):
        read_preview(path, cancelled=lambda: True)


def test_csv_with_a_dos_end_of_file_mark(tmp_path):
    path = tmp_path / "lama.csv"
    path.write_bytes(b"Nama;Jumlah\r\nA;1\r\nB;2\r\n\x1a")
    assert read_preview(path).rows == (("A", 1), ("B", 2))
