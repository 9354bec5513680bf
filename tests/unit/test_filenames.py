"""safe_filename: one safe file name from any title."""

from __future__ import annotations

import pytest

from desktop_app.domain.filenames import MAX_NAME_BYTES, safe_filename


@pytest.mark.parametrize(("text", "expected"), [
    ("Izin Terbit 2025.xlsx", "Izin Terbit 2025.xlsx"),
    ("../../etc/passwd", "etc passwd"),
    ("..\\..\\Windows\\win.ini", "Windows win.ini"),
    ("a/b\\c.pdf", "a b c.pdf"),
    ("Laporan..pdf", "Laporan.pdf"),
    ("..", "berkas"),
    ("   ", "berkas"),
    (".bashrc", "bashrc"),
    ("Judul. . .", "Judul"),
    ("Judul \t\n\x00\x1f akhir", "Judul akhir"),
    ('Rekap: "Izin" <baru>? * | ok', "Rekap Izin baru ok"),
    ("CON", "_CON"),
    ("con.txt", "_con.txt"),
    ("Nul.tar.gz", "_Nul.tar.gz"),
    ("COM1.pdf", "_COM1.pdf"),
    ("LPT9", "_LPT9"),
    ("aux .xlsx", "_aux.xlsx"),
    ("CONSOLE.pdf", "CONSOLE.pdf"),
    ("COM10.pdf", "COM10.pdf"),
    ("Data Izin Usaha Perdagangan (SIUP) Kecamatan Padang Hulu", "Data Izin Usaha Perdagangan (SIUP) Kecamatan Padang Hulu"),
])
def test_safe_filename(text: str, expected: str) -> None:
    assert safe_filename(text) == expected


def test_fallback_is_made_safe_too() -> None:
    assert safe_filename("///", fallback="Surat/CON") == "Surat CON"
    assert safe_filename("", fallback="PRN") == "_PRN"


def test_long_names_are_cut_keeping_the_extension() -> None:
    name = safe_filename("Izin " * 100 + ".xlsx")
    assert len(name) <= 120 and name.endswith(".xlsx") and not name.endswith(" .xlsx")
    wide = safe_filename("ü" * 300 + ".pdf", max_chars=300)
    assert len(wide.encode("utf-8")) <= MAX_NAME_BYTES and wide.endswith(".pdf")


@pytest.mark.parametrize("text", ["../x", "a/../../b", "CON", "x" * 500, "a\x00b", " . ", "C:\\x", "//server/share"])
def test_result_is_always_one_plain_name(text: str) -> None:
    name = safe_filename(text)
    assert name and "/" not in name and "\\" not in name and ".." not in name and ":" not in name
    assert name.split(".")[0].upper() not in {"CON", "PRN", "AUX", "NUL"}
    assert not name.endswith((".", " ")) and not name.startswith(".")
