"""Text decoding: strict UTF-8 first whatever it holds, Windows-1252 only when UTF-8 fails, mixed files refused,
invisible marks taken out of values with a note."""

from __future__ import annotations

import pytest

from desktop_app.domain.columns import ColumnType
from desktop_app.domain.errors import BadInput
from desktop_app.services.datasets.importing import read_preview
from desktop_app.services.datasets.importing.csv_source import decode
from tests.services.importing.workbooks import write_xlsx


def notes(preview):
    return {(n.code, n.column): n.value for n in preview.notes}


def test_utf8_with_no_break_space_thousands_is_utf8(tmp_path):
    """LibreOffice in an Indonesian locale writes 1 661 with a no-break space: that was refused as "not UTF-8"."""
    rows = "".join(f"Kelurahan {i};{i}\u00a0{i:03d}\n" for i in range(1, 60))
    path = tmp_path / "nbsp.csv"
    path.write_bytes(("Wilayah;Jumlah\n" + rows + "Bandar Utama;1\u202f661\n").encode("utf-8"))
    preview = read_preview(path)
    assert notes(preview)[("csv_encoding", None)] == "utf-8"
    assert preview.types["Jumlah"] == ColumnType.INTEGER
    assert preview.column("Jumlah")[:2] == [1001, 2002] and preview.column("Jumlah")[-1] == 1661


def test_zero_width_and_bidi_marks_are_removed_with_a_note(tmp_path):
    """They made the file "not text" and it was decoded as Windows-1252 (Padang\u00e2\u20ac\u2039Hulu)."""
    path = tmp_path / "zw.csv"
    path.write_bytes("Kecamatan;Jumlah\nPadang\u200bHulu;1\u200b2\n\u200fRambutan\u200e;7\nBajenis\u2060;\ufeff3\n"
                     .encode("utf-8"))
    preview = read_preview(path)
    assert notes(preview)[("csv_encoding", None)] == "utf-8"
    assert preview.rows == (("PadangHulu", 12), ("Rambutan", 7), ("Bajenis", 3))
    assert notes(preview)[("invisible_marks_removed", None)] == 6


def test_invisible_marks_in_a_workbook_are_removed_with_a_note(tmp_path):
    path = write_xlsx(tmp_path / "zw.xlsx", [["Kecamatan", "Jumlah"], ["Padang\u200b Hulu", "1\u200b250"],
                                             ["Rambutan\u202c", 7]])
    preview = read_preview(path)
    assert preview.rows == (("Padang Hulu", 1250), ("Rambutan", 7))
    assert notes(preview)[("invisible_marks_removed", "Kecamatan")] == 2
    assert notes(preview)[("invisible_marks_removed", "Jumlah")] == 1


def test_windows_1252_only_when_utf8_fails(tmp_path):
    assert decode("Café;12\n".encode("cp1252")) == ("Café;12\n", "windows-1252")
    assert decode("Café;12\n".encode()) == ("Café;12\n", "utf-8")
    # Bytes that are valid UTF-8 are read as UTF-8 even where Windows-1252 would also decode them.
    assert decode("Ñ\u00a0€ – ’\n".encode("utf-8"))[1] == "utf-8"


def test_a_file_mixing_utf8_and_windows_1252_lines_is_refused_naming_the_first_bad_line(tmp_path):
    path = tmp_path / "campur.csv"
    path.write_bytes("Nama;Kota\nAndré;Médan\n".encode() + "Zoë;Tebing\n".encode()
                     + "Café Mawar;Tebing\n".encode("cp1252") + "Señor;Binjai\n".encode())
    with pytest.raises(BadInput) as refusal:
        read_preview(path)
    assert refusal.value.code == "mixed_encoding" and refusal.value.detail == "4"


def test_control_characters_still_refuse_a_file_that_is_valid_utf8():
    with pytest.raises(BadInput, match="unknown_encoding"):
        decode(b"No;Nama\x01\x02\x03\x04\n1;A\x05\x06\n")
