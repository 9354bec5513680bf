"""Letters and sheets as plain documents: the approval sheet (Lembar Persetujuan) with its decision
history, and the facts of an encrypted backup's recovery sheet (Lembar Pemulihan)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from desktop_app.documents.letterhead import ACTING_HEAD_TITLE, HEAD_TITLE, Letterhead


@dataclass(frozen=True)
class DecisionRow:
    version: int
    decision: str  # "approved" / "returned"
    decided_by: str
    title: str
    decided_at: dt.datetime
    review_seconds: float | None  # from that version's submission to the decision
    content_hash: str
    notes: int
    work_seconds: float | None = None  # the head's work time (office time); None: no start entry
    wait_seconds: float | None = None  # office time it waited in the head's queue


@dataclass(frozen=True)
class ApprovalSheet:
    """Everything printed on the sheet; all strings are untrusted user text."""

    letterhead: Letterhead
    title: str
    kind_label: str
    version: int
    content_hash: str
    author: str
    submitted_by: str
    submitted_at: dt.datetime | None
    cover_note: str
    decisions: tuple[DecisionRow, ...]
    approver_name: str
    approver_rank: str
    approver_nip: str
    acting: bool
    approved_at: dt.datetime
    standard_seconds: float

    @property
    def approver_title(self) -> str:
        return ACTING_HEAD_TITLE if self.acting else HEAD_TITLE


@dataclass(frozen=True)
class RecoveryFacts:
    """What the sheet records about one encrypted backup."""

    file_name: str
    sha256: str
    size: int
    created_at: dt.datetime
    made_by: str              # "Siti Rahma (Staf)"
    passphrase_kept_at: str   # where the passphrase is kept, in the user's words ("" = left blank to write)
