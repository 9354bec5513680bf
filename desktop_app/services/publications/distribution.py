"""Step 7 distribution register: where each approved publication went (print, website, board, ...).

Only a version with a valid approval (approved or published, its hash unchanged) can be recorded,
and each entry keeps the version number and content hash, so the register says exactly which
content went out. One activity-log entry (step 7, "publication_distributed") per record.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from sqlalchemy import select

from desktop_app.domain.errors import BadInput, NotAllowed
from desktop_app.domain.roles import Action
from desktop_app.domain.steps import Step
from desktop_app.services.publications.publication_service import PublicationService
from desktop_app.services.runtime import ServiceContext, attempt
from desktop_app.storage.models import Distribution, Publication, User

CHANNELS = {
    "cetak": "Cetak",
    "situs_web": "Situs web",
    "papan_pengumuman": "Papan pengumuman",
    "media_sosial": "Media sosial",
    "dikirim": "Dikirim ke",
}

_URL = re.compile(r"^https?://\S+$", re.IGNORECASE)


@dataclass(frozen=True)
class NewDistribution:
    """What the staff fill in: the channel and its particulars."""

    channel: str
    distributed_on: dt.date
    copies: int | None = None  # printed copies (channel "cetak")
    url: str = ""  # website or social-media post
    recipient: str = ""  # who it was sent to (channel "dikirim")
    note: str = ""


@dataclass(frozen=True)
class DistributionEntry:
    id: int
    version: int
    content_hash: str
    channel: str
    channel_label: str
    copies: int | None
    url: str
    recipient: str
    note: str
    distributed_on: dt.date
    recorded_by: str
    recorded_at: dt.datetime


def check_entry(entry: NewDistribution, today: dt.date) -> None:
    """The rules of one register line; BadInput with a code naming what is wrong."""
    if entry.channel not in CHANNELS:
        raise BadInput("bad_channel", entry.channel)
    if entry.distributed_on > today:
        raise BadInput("date_in_future", entry.distributed_on.isoformat())
    if entry.channel == "cetak" and (entry.copies is None or entry.copies < 1):
        raise BadInput("copies_required")
    if entry.channel != "cetak" and entry.copies is not None:
        raise BadInput("copies_only_for_print")
    if entry.channel in ("situs_web", "media_sosial") and not _URL.match(entry.url.strip()):
        raise BadInput("url_required", entry.url)
    if entry.url.strip() and not _URL.match(entry.url.strip()):
        raise BadInput("url_required", entry.url)
    if entry.channel == "dikirim" and not entry.recipient.strip():
        raise BadInput("recipient_required")


class DistributionService:
    """Record and list distributions of approved publications."""

    def __init__(self, ctx: ServiceContext, publications: PublicationService) -> None:
        self.ctx = ctx
        self.publications = publications

    @attempt("publication_distributed", "publication")
    def record(self, publication_id: int, entry: NewDistribution) -> int:
        """Add a line to the register for the approved version; NotAllowed when none is approved."""
        check_entry(entry, self.ctx.now().date())
        with self.ctx.db.unit_of_work() as s:
            actor = self.ctx.require(s, Action.PUBLISH_PUBLICATION)
            pub = s.get(Publication, publication_id)
            if pub is None:
                raise BadInput("unknown_publication", str(publication_id))
            version = pub.versions[-1]
            # The same rule the PDF export follows: an approval of exactly this content.
            if self.publications._valid_approval(s, pub, version) is None:  # noqa: SLF001
                raise NotAllowed("not_approved", pub.state)
            row = Distribution(
                publication_id=pub.id, version=version.number, content_hash=version.content_hash,
                channel=entry.channel, copies=entry.copies, url=entry.url.strip(),
                recipient=entry.recipient.strip(), note=entry.note.strip(), distributed_on=entry.distributed_on,
                recorded_by=actor.user_id, recorded_at=self.ctx.now())
            s.add(row)
            s.flush()
            self.ctx.log(s, "publication_distributed", step=Step.PUBLISH, object_type="publication",
                         object_id=pub.id, object_label=pub.title,
                         detail={"version": version.number, "hash": version.content_hash, "channel": entry.channel,
                                 "copies": entry.copies, "url": row.url, "recipient": row.recipient,
                                 "date": entry.distributed_on.isoformat()})
            return row.id

    def list(self, publication_id: int) -> list[DistributionEntry]:
        """The register of one publication, oldest first."""
        with self.ctx.db.reading() as s:
            rows = s.execute(select(Distribution, User.full_name).join(User, Distribution.recorded_by == User.id)
                             .where(Distribution.publication_id == publication_id)
                             .order_by(Distribution.distributed_on, Distribution.id))
            return [DistributionEntry(d.id, d.version, d.content_hash, d.channel, CHANNELS.get(d.channel, d.channel),
                                      d.copies, d.url, d.recipient, d.note, d.distributed_on, name, d.recorded_at)
                    for d, name in rows]
