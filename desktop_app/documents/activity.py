"""The activity records (Catatan Aktivitas) as printed: the filtered log entries as a table, with what
was filtered and the state of the hash chain."""

from __future__ import annotations

from dataclasses import dataclass

from desktop_app.documents.letterhead import Letterhead
from desktop_app.domain.tables import TableData

TITLE = "Catatan Aktivitas"


@dataclass(frozen=True)
class ActivityRecordsDocument:
    letterhead: Letterhead
    table: TableData
    description: str  # the filter in words ("" when none)
    chain_text: str  # "Rantai catatan utuh: …" or the warning of a broken chain
