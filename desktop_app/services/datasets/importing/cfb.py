"""Just enough of the OLE2 compound file format (CFB) to list the stream names of a file.

Old Excel files (.xls) are compound files with a "Workbook" (or "Book") stream; a workbook
saved with a password to open - whatever its name says, .xlsx or .xls - is a compound file
with "EncryptionInfo" and "EncryptedPackage" streams. Reading the directory tells the two
apart without handing an encrypted file to the spreadsheet reader.
"""

from __future__ import annotations

import struct
from typing import BinaryIO

SIGNATURE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"

_END_OF_CHAIN = 0xFFFFFFFE
_FREE = 0xFFFFFFFF
_MAX_SECTOR = 0xFFFFFFFA
_MAX_DIRECTORY_SECTORS = 4096
_MAX_FAT_SECTORS = 65536


class CfbError(Exception):
    """The compound file's structure could not be followed."""


def stream_names(handle: BinaryIO, size: int) -> list[str]:
    """Names of every entry (storages and streams) in the compound file's directory."""
    handle.seek(0)
    header = handle.read(512)
    if len(header) < 512 or header[:8] != SIGNATURE:
        raise CfbError("no compound file header")
    sector_shift = struct.unpack_from("<H", header, 0x1E)[0]
    if sector_shift not in (9, 12):
        raise CfbError(f"sector shift {sector_shift}")
    sector_size = 1 << sector_shift
    fat_count, first_directory = struct.unpack_from("<II", header, 0x2C)
    first_difat, difat_count = struct.unpack_from("<II", header, 0x44)
    if fat_count > _MAX_FAT_SECTORS:
        raise CfbError("FAT too large")

    def read_sector(number: int) -> bytes:
        offset = (number + 1) * sector_size
        if number > _MAX_SECTOR or offset >= size:
            raise CfbError(f"sector {number} outside the file")
        handle.seek(offset)
        data = handle.read(sector_size)
        if not data:
            raise CfbError(f"sector {number} empty")
        return data.ljust(sector_size, b"\0")

    fat_sectors = [n for n in struct.unpack_from("<109I", header, 0x4C) if n <= _MAX_SECTOR]
    next_difat, seen = first_difat, 0
    while next_difat <= _MAX_SECTOR and seen < difat_count and len(fat_sectors) < fat_count:
        entries = struct.unpack(f"<{sector_size // 4}I", read_sector(next_difat))
        fat_sectors.extend(n for n in entries[:-1] if n <= _MAX_SECTOR)
        next_difat, seen = entries[-1], seen + 1
    fat: list[int] = []
    for number in fat_sectors[:fat_count]:
        fat.extend(struct.unpack(f"<{sector_size // 4}I", read_sector(number)))

    names: list[str] = []
    sector, visited = first_directory, set()
    while sector not in (_END_OF_CHAIN, _FREE):
        if sector in visited or len(visited) >= _MAX_DIRECTORY_SECTORS or sector >= len(fat):
            raise CfbError("broken directory chain")
        visited.add(sector)
        data = read_sector(sector)
        for start in range(0, sector_size, 128):
            entry = data[start:start + 128]
            length = struct.unpack_from("<H", entry, 0x40)[0]
            kind = entry[0x42]
            if kind and 2 <= length <= 64:
                names.append(entry[:length - 2].decode("utf-16-le", errors="replace"))
        sector = fat[sector]
    if not names:
        raise CfbError("empty directory")
    return names
