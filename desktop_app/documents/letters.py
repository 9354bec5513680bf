"""Letters and sheets as plain documents: the confirmation letter (Surat Permohonan Konfirmasi Data),
the approval sheet (Lembar Persetujuan) with its decision history, the recovery sheet of an encrypted
backup (Lembar Pemulihan) and the control sheet of one item (Lembar Kendali SOP)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from desktop_app.documents.letterhead import Letterhead, head_title
from desktop_app.documents.timing import ObjectTiming
from desktop_app.domain.tables import TableData


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
        return head_title(self.acting)


@dataclass(frozen=True)
class RecoveryFacts:
    """What the sheet records about one encrypted backup."""

    file_name: str
    sha256: str
    size: int
    created_at: dt.datetime
    made_by: str              # "Siti Rahma (Staf)"
    passphrase_kept_at: str   # where the passphrase is kept, in the user's words ("" = left blank to write)


@dataclass(frozen=True)
class RecoverySheet:
    """Lembar Pemulihan: how to restore an encrypted backup (never its passphrase)."""

    letterhead: Letterhead
    facts: RecoveryFacts
    printed_on: dt.date


@dataclass(frozen=True)
class ControlSheet:
    """Lembar Kendali SOP: one dataset's or publication's steps, as printed at ``printed``."""

    letterhead: Letterhead
    timing: ObjectTiming
    printed: dt.datetime


@dataclass(frozen=True)
class ConfirmationLetter:
    """Surat Permohonan Konfirmasi Data (step 2): the letter and its attached table. All strings are user text."""

    letterhead: Letterhead
    number: str
    date: dt.date
    addressee: str
    addressee_place: str
    dataset_title: str
    table: TableData
    signer_name: str
    signer_title: str  # one line per line of the signature's title ("a.n. …\nSekretaris")
    signer_nip: str
    signer_rank: str = ""
    omitted_rows: int = 0  # rows of the dataset left out of the attachment
    place: str = ""  # where the letter is dated; "" takes it from the letterhead's government
