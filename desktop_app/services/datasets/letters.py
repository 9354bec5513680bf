"""The letter-number register: the office's number format, the next number, who signs, what was sent.

Every outgoing letter PADI writes (today the Surat Permohonan Konfirmasi Data of step 2) takes the
next running number of its year inside the unit of work that writes it, and is recorded with its
date, dataset, addressee and signer; a letter that fails to be written takes no number.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from desktop_app.domain.errors import BadInput
from desktop_app.domain.letters import (
    DEFAULT_FORMAT,
    LetterSigner,
    SignerRole,
    check_format,
    head_signer,
    letter_number,
    secretary_signer,
)
from desktop_app.domain.roles import Action, Role
from desktop_app.services.accounts import signer_on
from desktop_app.services.runtime import ServiceContext, attempt
from desktop_app.storage.models import Letter, Office, Setting, User

FORMAT_KEY = "letter_number_format"  # settings row: {"format": "000.5/{nomor}/{kantor}/{tahun}"}
CONFIRMATION = "konfirmasi_data"


@dataclass(frozen=True)
class LetterRecord:
    """One entry of the register."""

    id: int
    number: str
    issued_on: dt.date
    kind: str
    subject: str
    dataset_id: int | None
    addressee: str
    signer_role: SignerRole
    signer_name: str
    signer_title: str


class LetterService:
    """Reading the register and the signers; the number format is set by whoever edits the office."""

    def __init__(self, ctx: ServiceContext) -> None:
        self.ctx = ctx

    def number_format(self) -> str:
        with self.ctx.db.reading() as s:
            return _format(s)

    @attempt("letter_format_set")
    def set_number_format(self, fmt: str) -> None:
        """Store the office's letter-number format (it must hold {nomor} and {tahun}); logged."""
        fmt = check_format(fmt)
        with self.ctx.db.unit_of_work() as s:
            self.ctx.require(s, Action.EDIT_OFFICE)
            old = _format(s)
            if old == fmt:
                return
            s.merge(Setting(key=FORMAT_KEY, value={"format": fmt}))
            self.ctx.log(s, "letter_format_set", object_type="setting", object_label=FORMAT_KEY,
                         detail={"old": old, "new": fmt})

    def next_number(self, on: dt.date | None = None) -> str:
        """The number the next letter of ``on``'s year (default today) will take, as a preview."""
        on = on or self.ctx.now().date()
        with self.ctx.db.reading() as s:
            return _number(s, on, next_sequence(s, on.year))

    def signers(self) -> list[LetterSigner]:
        """Who can sign a letter today: the head (or Plt.), and the Sekretaris on the head's behalf."""
        today = self.ctx.now().date()
        with self.ctx.db.reading() as s:
            found = []
            for role in SignerRole:
                try:
                    found.append(signer_of(s, role, today))
                except BadInput:
                    continue
            return found

    def register(self, year: int | None = None) -> list[LetterRecord]:
        """The letters of ``year`` (default: every year), newest first."""
        query = select(Letter).order_by(Letter.year.desc(), Letter.sequence.desc())
        if year is not None:
            query = query.where(Letter.year == year)
        with self.ctx.db.reading() as s:
            return [_record(letter) for letter in s.scalars(query)]


def next_sequence(s: Session, year: int) -> int:
    return (s.scalar(select(func.max(Letter.sequence)).where(Letter.year == year)) or 0) + 1


def signer_of(s: Session, role: SignerRole | str, today: dt.date) -> LetterSigner:
    """The signer of a letter written today; BadInput('no_signer', role) when there is nobody to sign."""
    try:
        role = SignerRole(role)
    except ValueError:
        raise BadInput("no_signer", str(role)) from None
    office = s.get(Office, 1)
    short_name = office.short_name or office.name
    if role is SignerRole.HEAD:
        head = signer_on(s, today)
        if not head.name.strip():
            raise BadInput("no_signer", role.value)
        return head_signer(short_name, head.name, head.nip, head.rank, head.acting)
    secretary = s.scalars(select(User).where(User.role == Role.SEKRETARIS.value, User.active.is_(True))
                          .order_by(User.id)).first()
    if secretary is None:
        raise BadInput("no_signer", role.value)
    return secretary_signer(short_name, secretary.full_name, secretary.nip, secretary.rank)


def issue(s: Session, ctx: ServiceContext, *, kind: str, on: dt.date, subject: str, dataset_id: int | None,
          addressee: str, signer: LetterSigner) -> Letter:
    """Take the next number of ``on``'s year and record the letter, inside the caller's unit of work."""
    sequence = next_sequence(s, on.year)
    letter = Letter(year=on.year, sequence=sequence, number=_number(s, on, sequence), kind=kind, issued_on=on,
                    dataset_id=dataset_id, subject=subject[:300], addressee=addressee[:300],
                    signer_role=signer.role.value, signer_name=signer.name, signer_nip=signer.nip,
                    signer_title=signer.title[:300], created_by=ctx.require_actor().user_id, created_at=ctx.now())
    s.add(letter)
    s.flush()
    return letter


def record_of(letter: Letter) -> LetterRecord:
    return _record(letter)


def _format(s: Session) -> str:
    row = s.get(Setting, FORMAT_KEY)
    return str(row.value.get("format") or DEFAULT_FORMAT) if row else DEFAULT_FORMAT


def _number(s: Session, on: dt.date, sequence: int) -> str:
    office = s.get(Office, 1)
    return letter_number(_format(s), sequence, on, (office.short_name or office.name) if office else "")


def _record(letter: Letter) -> LetterRecord:
    return LetterRecord(letter.id, letter.number, letter.issued_on, letter.kind, letter.subject, letter.dataset_id,
                        letter.addressee, SignerRole(letter.signer_role), letter.signer_name, letter.signer_title)
