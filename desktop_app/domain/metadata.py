"""Satu Data Indonesia metadata of a dataset: the fields, which are needed, and how complete it is."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, fields

ACCESS_LEVELS = ("public", "restricted", "non-public")


@dataclass(frozen=True)
class DatasetMeta:
    """Descriptive metadata of a dataset, following the Satu Data Indonesia fields."""

    name: str
    group: str = ""
    description: str = ""
    unit: str = ""
    frequency: str = ""
    period: str = ""
    source: str = ""
    producer: str = ""
    keywords: tuple[str, ...] = ()
    concept: str = ""
    definition: str = ""
    measure: str = ""
    classification: str = ""
    method: str = ""
    area_code: str = ""
    custodian: str = ""
    contact: str = ""
    access_level: str = "public"
    licence: str = ""
    release_date: dt.date | None = None
    modified_date: dt.date | None = None


# The fields a dataset needs before it is complete enough to publish in a data catalogue.
REQUIRED_FIELDS: tuple[str, ...] = (
    "name", "group", "description", "unit", "frequency", "period", "source", "producer", "keywords",
    "concept", "definition", "measure", "classification", "method", "area_code", "custodian", "contact",
    "access_level", "licence", "release_date", "modified_date",
)


@dataclass(frozen=True)
class Completeness:
    filled: int
    total: int
    missing: tuple[str, ...]

    @property
    def percent(self) -> int:
        return round(100 * self.filled / self.total) if self.total else 100


def completeness(meta: DatasetMeta) -> Completeness:
    """How many of the required metadata fields are filled, and which are missing."""
    missing = tuple(name for name in REQUIRED_FIELDS if not getattr(meta, name))
    return Completeness(len(REQUIRED_FIELDS) - len(missing), len(REQUIRED_FIELDS), missing)


FIELD_NAMES = tuple(f.name for f in fields(DatasetMeta))
