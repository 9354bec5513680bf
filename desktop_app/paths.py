"""Where PADI finds its bundled resources, in a checkout and in a frozen (PyInstaller) bundle."""

from __future__ import annotations

import sys
from pathlib import Path


def resource_root() -> Path:
    """The ``resources/`` folder: next to the package in a checkout, inside the bundle when frozen."""
    frozen_base = getattr(sys, "_MEIPASS", None)
    if frozen_base:
        return Path(frozen_base) / "resources"
    return Path(__file__).resolve().parent.parent / "resources"


def resource_path(*parts: str) -> Path:
    """A file under ``resources/``."""
    return resource_root().joinpath(*parts)


def default_db_path() -> Path:
    """Where the office's database lives when no ``--db`` is given (per-user data folder).

    Only computes the path; the folder is created by whoever creates the database.
    """
    from platformdirs import user_data_dir

    return Path(user_data_dir("PADI", appauthor=False)) / "padi.db"
