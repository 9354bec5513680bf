"""Reference codes shipped with PADI: the Kemendagri area codes of Kota Tebing Tinggi (12.76)."""

from __future__ import annotations

import csv
from dataclasses import dataclass
from functools import cache

from desktop_app.paths import resource_path


@dataclass(frozen=True)
class Area:
    code: str
    level: str
    name: str
    parent: str


@cache
def areas() -> tuple[Area, ...]:
    """Province, city, its kecamatan and kelurahan, in the order of the reference file."""
    with resource_path("reference", "wilayah-kota-tebing-tinggi.csv").open(encoding="utf-8", newline="") as fh:
        return tuple(Area(r["kode"], r["tingkat"], r["nama"], r["kode_induk"]) for r in csv.DictReader(fh))
