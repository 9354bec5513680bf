"""Safe file names from user text (titles, names): one file in the chosen folder, on Windows and Linux alike."""

from __future__ import annotations

import re
import unicodedata
from pathlib import PurePath

from desktop_app.domain.errors import BadInput

MAX_NAME_CHARS = 120
MAX_NAME_BYTES = 240  # below the 255-byte limit of common file systems, with room for ".partial"

_RESERVED = frozenset({"CON", "PRN", "AUX", "NUL", *(f"COM{i}" for i in range(1, 10)),
                       *(f"LPT{i}" for i in range(1, 10))})
# Path separators, characters Windows forbids, and control characters become a space.
_FORBIDDEN = re.compile(r'[\\/:*?"<>|\x00-\x1f\x7f]')
_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f]")
MAX_COMPONENT_BYTES = 255  # one path component on NTFS, ext4, FAT32 (long names) and exFAT


def check_path(path: str | PurePath) -> None:
    """A path a person typed must be usable before anything opens it: BadInput ``bad_file_name`` for control
    characters (invisible, and forbidden on Windows) and ``name_too_long`` for a component longer than
    file systems allow (the detail is that component)."""
    text = str(path)
    if _CONTROL.search(text):
        raise BadInput("bad_file_name", text)
    for part in PurePath(path).parts:
        if len(part.encode("utf-8", "surrogatepass")) > MAX_COMPONENT_BYTES:
            raise BadInput("name_too_long", part)


def safe_filename(text: str, fallback: str = "berkas", max_chars: int = MAX_NAME_CHARS) -> str:
    """A single file name made from ``text``: no separators, no ``..``, no reserved or hidden names.

    The extension (the part after the last dot) is kept when the name has to be shortened.
    ``fallback`` is used (made safe the same way) when nothing usable is left.
    """
    name = unicodedata.normalize("NFC", text)
    name = _FORBIDDEN.sub(" ", name)
    name = re.sub(r"\.{2,}", ".", name)  # no "..": neither a parent folder nor an empty extension
    name = re.sub(r"\s+", " ", name).strip(" .")  # Windows drops trailing dots/spaces; leading dot hides
    if not name:
        return safe_filename(fallback, "berkas", max_chars) if fallback else "berkas"
    stem, dot, ext = name.rpartition(".")
    if not dot or not stem or len(ext) > 10 or " " in ext:
        stem, ext = name, ""
    if stem.split(".")[0].rstrip(" ").upper() in _RESERVED:
        stem = "_" + stem
    return _shorten(stem, f".{ext}" if ext else "", max_chars)


def _shorten(stem: str, suffix: str, max_chars: int) -> str:
    stem = stem[: max(1, max_chars - len(suffix))]
    while len((stem + suffix).encode("utf-8")) > MAX_NAME_BYTES and len(stem) > 1:
        stem = stem[:-1]
    return stem.rstrip(" .") + suffix if stem.rstrip(" .") else "_" + suffix


__all__ = ["MAX_COMPONENT_BYTES", "MAX_NAME_BYTES", "MAX_NAME_CHARS", "check_path", "safe_filename"]


def slug(text: str, limit: int = 48, fallback: str = "data") -> str:
    """A file-name-safe ASCII piece of a title: 'Izin Terbit 2025' -> 'izin-terbit-2025' (the one slug of
    every file and folder name PADI makes from a title); ``fallback`` when nothing of the title is left."""
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    cleaned = re.sub(r"[^a-z0-9]+", "-", ascii_text.lower()).strip("-")
    return safe_filename(cleaned[:limit].rstrip("-"), fallback)  # 'con', 'lpt1'… are reserved on Windows
