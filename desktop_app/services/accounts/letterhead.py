"""The office as every PDF prints it: its letterhead, and who signs for the head of office today.

The one "who signs today" rule of PADI (publications' approval and foreword, letters, the timing
report): the head of office, or the acting head (Plt.) while a delegation is in force on that day.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import os
import tempfile
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop_app.documents.letterhead import Letterhead, Signer
from desktop_app.domain.roles import Role
from desktop_app.storage.models import Delegation, Office, User

if TYPE_CHECKING:
    from desktop_app.services.accounts import OfficeProfile


def letterhead_of(office: Office | OfficeProfile) -> Letterhead:
    """The printed letterhead of the office (its stored row, or the profile the settings show): the one
    place an office becomes a letterhead."""
    return Letterhead(office_name=office.name, government=office.government, address=office.address,
                      phone=office.phone, fax=office.fax, email=office.email, website=office.website,
                      short_name=office.short_name, logo=office.logo)


def signer_on(s: Session, day: dt.date, office: Office | None = None) -> Signer:
    """Who signs for the head on ``day``: the delegate of the newest delegation in force that day
    (not revoked, ``start <= day <= end``) as the acting head; else the head of the office profile.
    A delegation to a user who is a Kepala (or no longer exists) makes nobody acting: the head signs
    in their own name, never as 'Plt.' of themselves."""
    delegation = s.scalars(select(Delegation).where(Delegation.start <= day, Delegation.end >= day,
                                                    Delegation.revoked.is_(False))
                           .order_by(Delegation.id.desc()).limit(1)).first()
    if delegation is not None:
        user = s.get(User, delegation.delegate_id)
        if user is not None and user.role != Role.KEPALA.value:
            return Signer(user.full_name, user.rank, user.nip, True)
    office = office if office is not None else s.get(Office, 1)
    return Signer(office.head_name, office.head_rank, office.head_nip, False)


def logo_file(logo: bytes | None) -> Path | None:
    """The office logo as a file (named by its hash, written once), for a letterhead given a ``logo_path``."""
    if not logo:
        return None
    suffix = ".png" if logo.startswith(b"\x89PNG") else ".jpg"
    path = Path(tempfile.gettempdir()) / f"padi-logo-{hashlib.sha256(logo).hexdigest()[:16]}{suffix}"
    if not path.exists():
        partial = path.with_name(path.name + ".part")
        partial.write_bytes(logo)
        os.replace(partial, path)
    return path
