"""The office's printed letterhead (kop surat) and who signs for the head of office."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

HEAD_TITLE = "Kepala Dinas"
ACTING_HEAD_TITLE = "Plt. Kepala Dinas"


@dataclass(frozen=True)
class Letterhead:
    """The office's kop surat, printed at the top of page 1 of every PDF PADI makes."""

    office_name: str  # "Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu"
    government: str  # "PEMERINTAH KOTA TEBING TINGGI"
    address: str
    phone: str
    fax: str
    email: str
    website: str
    logo_path: Path | None = None  # PNG/JPG; skipped silently when None, missing or unreadable
    short_name: str = ""  # "DPMPTSP", for signature lines
    logo: bytes | None = None  # PNG/JPG bytes; wins over ``logo_path``

    @property
    def logo_source(self) -> bytes | Path | None:
        """The logo as the renderer reads it: its bytes, else its file, else None."""
        return self.logo or self.logo_path


@dataclass(frozen=True)
class Signer:
    """Who signs for the head of office: the head, or the acting head (Plt.) while a delegation is in force."""

    name: str
    rank: str
    nip: str
    acting: bool

    @property
    def title(self) -> str:
        return head_title(self.acting)


def head_title(acting: bool) -> str:
    """How the head of office signs: 'Kepala Dinas', or 'Plt. Kepala Dinas' for the acting head."""
    return ACTING_HEAD_TITLE if acting else HEAD_TITLE

