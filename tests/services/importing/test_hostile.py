"""Hostile and broken files: each is refused with BadInput and the right code, quickly, without a crash."""

from __future__ import annotations

import os
import re
import shutil
import struct
import time
import zipfile
from pathlib import Path

import pytest

from desktop_app.domain.errors import BadInput
from desktop_app.services.datasets.importing import read_preview
from tests.services.importing.workbooks import write_xlsx

FIXTURES = Path(__file__).resolve().parents[2] / "fixtures" / "import"


def refused(path: Path, **kwargs) -> str:
    """The BadInput code reading ``path`` raises; fails if it takes a second or more."""
    started = time.perf_counter()
    with pytest.raises(BadInput) as error:
        read_preview(path, **kwargs)
    assert time.perf_counter() - started < 1.0
    return error.value.code


def small_workbook(tmp_path: Path, name: str = "plain.xlsx") -> Path:
    return write_xlsx(tmp_path / name, [["No", "Nama", "Jumlah"], [1, "A", 5], [2, "B", 6]])


def rewrite_member(source: Path, target: Path, member: str, change) -> Path:
    """A copy of the zip with one member's bytes replaced by ``change(old_bytes)``."""
    with zipfile.ZipFile(source) as old, zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as new:
        for info in old.infolist():
            data = old.read(info.filename)
            new.writestr(info, change(data) if info.filename == member else data)
    return target


SHEET = "xl/worksheets/sheet1.xml"
LAUGHS = (b'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
          b'<!DOCTYPE worksheet [<!ENTITY lol "lol"><!ENTITY lol1 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">'
          b'<!ENTITY lol2 "&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;">]>\n')


def declare_size(path: Path, member: str, size: int) -> Path:
    """The zip with ``member``'s uncompressed size changed in its local and central headers."""
    data = bytearray(path.read_bytes())
    name = member.encode()
    for signature, size_at, name_at, length_at in ((b"PK\x01\x02", 24, 46, 28), (b"PK\x03\x04", 22, 30, 26)):
        offset = data.find(signature)
        while offset >= 0:
            length = struct.unpack_from("<H", data, offset + length_at)[0]
            if data[offset + name_at:offset + name_at + length] == name:
                struct.pack_into("<I", data, offset + size_at, size)
            offset = data.find(signature, offset + 4)
    path.write_bytes(bytes(data))
    return path


def with_doctype(xml: bytes) -> bytes:
    """The member with a billion-laughs DOCTYPE between its XML declaration and its root."""
    if xml.startswith(b"<?xml"):
        xml = xml[xml.index(b"?>") + 2:].lstrip()
    return LAUGHS + xml


def fake_cfb(names: list[str]) -> bytes:
    """A minimal OLE2 compound file: header, one FAT sector, one directory sector holding ``names``."""
    header = bytearray(512)
    header[0:8] = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
    struct.pack_into("<HHHHH", header, 0x18, 0x3E, 3, 0xFFFE, 9, 6)
    struct.pack_into("<IIIIIIIII", header, 0x28, 0, 1, 1, 0, 4096, 0xFFFFFFFE, 0, 0xFFFFFFFE, 0)
    difat = [0] + [0xFFFFFFFF] * 108
    struct.pack_into("<109I", header, 0x4C, *difat)
    fat = struct.pack("<128I", 0xFFFFFFFD, 0xFFFFFFFE, *([0xFFFFFFFF] * 126))
    directory = bytearray(512)
    for index, (name, kind) in enumerate([("Root Entry", 5), *((n, 2) for n in names)][:4]):
        encoded = name.encode("utf-16-le") + b"\0\0"
        entry = bytearray(128)
        entry[:len(encoded)] = encoded
        struct.pack_into("<HB", entry, 0x40, len(encoded), kind)
        directory[index * 128:(index + 1) * 128] = entry
    return bytes(header) + fat + bytes(directory)


def test_text_renamed_xlsx(tmp_path):
    path = tmp_path / "laporan.xlsx"
    path.write_text("Ini bukan spreadsheet\nhanya teks\n", encoding="utf-8")
    assert refused(path) == "not_a_spreadsheet"


@pytest.mark.parametrize("content", [
    "No;Nama\n1;A\n",
    "<html><body><table><tr><td>No</td></tr></table></body></html>",
])
def test_csv_or_html_saved_as_xls_or_xlsx(tmp_path, content):
    for suffix in (".xls", ".xlsx", ".ods"):
        path = tmp_path / f"ekspor{suffix}"
        path.write_text(content, encoding="utf-8")
        assert refused(path) == "not_a_spreadsheet"


def test_random_bytes_xlsx(tmp_path):
    path = tmp_path / "acak.xlsx"
    path.write_bytes(os.urandom(4096))
    assert refused(path) == "not_a_spreadsheet"


def test_zip_that_is_not_a_workbook(tmp_path):
    path = tmp_path / "arsip.xlsx"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("readme.txt", "halo")
        archive.writestr("word/document.xml", "<w:document/>")
    assert refused(path) == "not_a_spreadsheet"


def test_binary_workbook_xlsb_is_not_supported(tmp_path):
    path = tmp_path / "biner.xlsb"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        archive.writestr("xl/workbook.bin", b"\x00\x01")
    assert refused(path) == "not_a_spreadsheet"


def test_truncated_workbook(tmp_path):
    data = small_workbook(tmp_path).read_bytes()
    path = tmp_path / "terpotong.xlsx"
    path.write_bytes(data[: len(data) // 2])
    assert refused(path) == "not_a_spreadsheet"


def test_zip_bomb_of_300_mb_of_zeros(tmp_path):
    path = shutil.copy(small_workbook(tmp_path), tmp_path / "bom.xlsx")
    chunk = bytes(4 * 1024 * 1024)
    with zipfile.ZipFile(path, "a", zipfile.ZIP_DEFLATED, compresslevel=1) as archive:
        with archive.open("xl/media/nol.bin", "w", force_zip64=True) as member:
            for _ in range(75):
                member.write(chunk)
    assert Path(path).stat().st_size < 3_000_000
    assert refused(Path(path)) == "too_large"


def test_member_declaring_a_huge_size(tmp_path):
    path = declare_size(small_workbook(tmp_path, "besar.xlsx"), SHEET, 250 * 1024 * 1024)
    assert refused(path) == "too_large"


def test_member_with_a_compression_ratio_over_100(tmp_path):
    path = shutil.copy(small_workbook(tmp_path), tmp_path / "rasio.xlsx")
    with zipfile.ZipFile(path, "a", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("xl/media/image1.png", bytes(3 * 1024 * 1024))
    assert refused(Path(path)) == "too_large"


def test_absurd_declared_dimension_is_not_believed(tmp_path):
    """Issue 13, item 7: some writers declare A1:XFD1048576 over a few rows; the cells present are judged."""
    def declare(xml: bytes) -> bytes:
        xml = re.sub(rb'<dimension ref="[^"]*"\s*/>', b"", xml)
        return xml.replace(b"<sheetData>", b'<dimension ref="A1:XFD1048576"/><sheetData>', 1)

    path = rewrite_member(small_workbook(tmp_path), tmp_path / "dimensi.xlsx", SHEET, declare)
    assert b"XFD1048576" in zipfile.ZipFile(path).read(SHEET)
    assert read_preview(path).rows == (("1", "A", 5), ("2", "B", 6))  # "No" is the row number, an identifier


@pytest.mark.parametrize("reference", ['\nr="ALL99999"', "\tr='ALL99999'", ' r = "ALL99999"', ' r="$ALL$99999"'])
def test_far_cells_written_oddly_are_refused_too(tmp_path, reference):
    def far_cell(xml: bytes) -> bytes:
        extra = f'<row r="99999"><c{reference} t="n"><v>1</v></c></row>'.encode()
        return xml.replace(b"</sheetData>", extra + b"</sheetData>")

    path = rewrite_member(small_workbook(tmp_path), tmp_path / "aneh.xlsx", SHEET, far_cell)
    assert refused(path) == "too_large"


@pytest.mark.parametrize(("cell", "row"), [("ALL99999", 3), ("ALM2", 2), ("A2000001", 2000001), ("XFE1", 1)])
def test_cells_far_apart_are_refused_before_the_reader_allocates_them(tmp_path, cell, row):
    """calamine allocates rows x columns between the outermost cells; a crafted pair would exhaust memory."""
    def far_cell(xml: bytes) -> bytes:
        xml = re.sub(rb'<dimension ref="[^"]*"\s*/>', b"", xml)
        extra = f'<row r="{row}"><c r="{cell}" t="n"><v>1</v></c></row>'.encode()
        return xml.replace(b"</sheetData>", extra + b"</sheetData>")

    path = rewrite_member(small_workbook(tmp_path), tmp_path / "jauh.xlsx", SHEET, far_cell)
    assert refused(path) == "too_large"


@pytest.mark.parametrize("member", [SHEET, "xl/workbook.xml", "[Content_Types].xml", "xl/styles.xml"])
def test_billion_laughs_doctype_in_any_xml_member(tmp_path, member):
    path = rewrite_member(small_workbook(tmp_path), tmp_path / "tawa.xlsx", member, with_doctype)
    assert refused(path) == "xml_attack"


def test_doctype_in_a_utf16_member_is_caught_by_the_xml_parser(tmp_path):
    """No ASCII "<!DOCTYPE" bytes to search for: defusedxml reading the prolog refuses it."""
    def utf16(xml: bytes) -> bytes:
        text = with_doctype(xml).decode("utf-8").replace('encoding="UTF-8"', 'encoding="UTF-16"')
        return text.encode("utf-16")

    path = rewrite_member(small_workbook(tmp_path), tmp_path / "utf16.xlsx", "xl/workbook.xml", utf16)
    assert b"<!DOCTYPE" not in zipfile.ZipFile(path).read("xl/workbook.xml")
    assert refused(path) == "xml_attack"


def test_entity_declaration_after_the_prolog(tmp_path):
    path = rewrite_member(small_workbook(tmp_path), tmp_path / "entitas.xlsx", SHEET,
                          lambda xml: xml.replace(b"<sheetData>", b'<!ENTITY x SYSTEM "file:///etc/passwd"><sheetData>'))
    assert refused(path) == "xml_attack"


def test_doctype_in_ods_content(tmp_path):
    path = rewrite_member(FIXTURES / "rekap_izin.ods", tmp_path / "tawa.ods", "content.xml", with_doctype)
    assert refused(path) == "xml_attack"


def test_ods_row_with_content_repeated_a_million_times(tmp_path):
    def repeat(xml: bytes) -> bytes:
        start = xml.index(b"<table:table-row")
        bomb = (b'<table:table-row table:number-rows-repeated="1000000"><table:table-cell office:value-type="float" '
                b'office:value="1" table:number-columns-repeated="100"><text:p>1</text:p></table:table-cell>'
                b"</table:table-row>")
        return xml[:start] + bomb + xml[start:]

    path = rewrite_member(FIXTURES / "rekap_izin.ods", tmp_path / "ulang.ods", "content.xml", repeat)
    assert refused(path) == "too_large"


@pytest.mark.parametrize("name", ["terkunci.xlsx", "terkunci.xls"])
def test_encrypted_workbook_whatever_its_name(tmp_path, name):
    path = shutil.copy(FIXTURES / "encrypted.xlsx", tmp_path / name)
    assert refused(Path(path)) == "encrypted"


def test_fabricated_compound_files(tmp_path):
    encrypted = tmp_path / "buatan.xlsx"
    encrypted.write_bytes(fake_cfb(["EncryptionInfo", "EncryptedPackage"]))
    assert refused(encrypted) == "encrypted"

    document = tmp_path / "surat.xls"
    document.write_bytes(fake_cfb(["WordDocument"]))
    assert refused(document) == "not_a_spreadsheet"

    broken = tmp_path / "rusak.xls"  # directory chain unreadable: the name is still found
    broken.write_bytes(fake_cfb(["EncryptionInfo"])[:512] + b"\xff" * 512 + "EncryptionInfo".encode("utf-16-le"))
    assert refused(broken) == "encrypted"

    garbage = tmp_path / "sampah.xls"
    garbage.write_bytes(fake_cfb(["Workbook"]) + os.urandom(1024))
    assert refused(garbage) == "not_a_spreadsheet"


def test_empty_workbook_and_empty_files(tmp_path):
    path = write_xlsx(tmp_path / "kosong.xlsx", [])
    assert refused(path) == "empty"

    blank_values = write_xlsx(tmp_path / "spasi.xlsx", [["  ", None], [None, "   "]])
    assert refused(blank_values) == "empty"

    zero = tmp_path / "nol.xlsx"
    zero.write_bytes(b"")
    assert refused(zero) == "not_a_spreadsheet"

    csv_empty = tmp_path / "kosong.csv"
    csv_empty.write_bytes(b"\xef\xbb\xbf\r\n\r\n")
    assert refused(csv_empty) == "empty"


def test_binary_file_named_csv(tmp_path):
    path = tmp_path / "gambar.csv"
    path.write_bytes(b"\x89PNG\r\n\x1a\n" + os.urandom(2048))
    assert refused(path) == "unknown_encoding"

    control = tmp_path / "kontrol.csv"
    control.write_bytes(b"No;Nama\x01\x02\x03\x04\n1;A\x05\x06\n")
    assert refused(control) == "unknown_encoding"


def test_missing_file_and_directory(tmp_path):
    assert refused(tmp_path / "tidak_ada.xlsx") == "file_missing"
    assert refused(tmp_path) == "file_missing"


def test_unknown_suffix_with_text_is_refused(tmp_path):
    path = tmp_path / "data.dat"
    path.write_text("No;Nama\n1;A\n", encoding="utf-8")
    assert refused(path) == "not_a_spreadsheet"


def test_member_declaring_a_smaller_size_than_it_inflates_to(tmp_path):
    path = declare_size(small_workbook(tmp_path, "bohong.xlsx"), SHEET, 100)
    assert refused(path) == "not_a_spreadsheet"
