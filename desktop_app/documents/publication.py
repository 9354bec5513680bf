"""A publication as a plain object: its title, letterhead, sections, approval mark and foreword."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from desktop_app.documents.letterhead import Letterhead
from desktop_app.domain import richtext
from desktop_app.domain.charts import ChartSpec
from desktop_app.domain.tables import TableData

__all__ = ["ApprovalMark", "Foreword", "Letterhead", "PublicationDocument", "Section"]


@dataclass(frozen=True)
class ApprovalMark:
    """Who approved which version of the content; printed as a boxed block and in every footer."""

    approver_name: str
    approver_title: str  # e.g. "Kepala Dinas" or "Plt. Kepala Dinas"
    approver_nip: str
    approved_at: datetime
    version: int
    content_hash: str  # hex sha256; the first 12 characters are printed as the short hash

    @property
    def short_hash(self) -> str:
        return self.content_hash[:12].lower()


@dataclass(frozen=True)
class Section:
    """One part of the publication: heading, then text, narrative, table, chart and image, whichever are present."""

    heading: str
    text: str = ""  # plain user text; paragraphs separated by blank lines (used when ``body`` is empty)
    table: TableData | None = None
    chart: ChartSpec | None = None
    body: tuple[richtext.Block, ...] = ()  # rich text; wins over ``text``
    narrative: str = ""  # the (edited) automatic narrative of the table
    image: bytes | None = None  # PNG/JPEG bytes from the content itself, never a path or URL
    image_caption: str = ""

    @property
    def blocks(self) -> tuple[richtext.Block, ...]:
        return self.body or richtext.from_plain(self.text)


@dataclass(frozen=True)
class Foreword:
    """A booklet's foreword (Kata Pengantar), signed by the head or the acting head (Plt.)."""

    text: str
    signer_name: str
    signer_title: str  # "Kepala Dinas" or "Plt. Kepala Dinas"
    signer_rank: str = ""
    signer_nip: str = ""


@dataclass(frozen=True)
class PublicationDocument:
    """Everything printed in a publication PDF. All strings are untrusted user text."""

    title: str
    kind_label: str  # e.g. "Brosur", "Buklet", "Halaman Web", "Poster"
    author: str  # "Siti Rahma (Staf)"
    letterhead: Letterhead
    sections: tuple[Section, ...]
    approval: ApprovalMark | None = None  # None: a draft, marked "DRAF — BELUM DISETUJUI" on every page
    sample: bool = False  # True: "DATA CONTOH" in every page footer
    kind: str = ""  # "brosur", "buklet", "web", "poster"; "" is the plain A4 article like "web"
    paper: str = ""  # "A4", "A5" (booklet), "A3", "A2" (poster); "" is the kind's default
    foreword: Foreword | None = None  # booklets only

