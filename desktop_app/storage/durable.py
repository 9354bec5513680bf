"""Durability of file-system changes: a create or rename inside a folder is on disk once the folder is synced.

One helper for every writer (atomic outputs, the anchor, backups, staged publishing, restore).
"""

from __future__ import annotations

import contextlib
import os
from pathlib import Path


def sync_folder(folder: Path) -> None:
    """fsync ``folder`` so a create or rename in it survives a power cut; a no-op where the system cannot
    open a folder (Windows) or the folder is gone."""
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        with contextlib.suppress(OSError):
            os.fsync(fd)
    finally:
        os.close(fd)
