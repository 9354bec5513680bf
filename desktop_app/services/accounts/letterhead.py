"""The office's letterhead (kop surat) from its profile, for every PDF PADI prints, and its logo as a file."""

from __future__ import annotations

import hashlib
import os
import tempfile
from pathlib import Path
from typing import TYPE_CHECKING

from desktop_app.storage.models import Office

if TYPE_CHECKING:
    from desktop_app.services import pdf_export


def letterhead_of(office: Office) -> pdf_export.Letterhead:
    """The kop surat of the office profile, for every PDF PADI prints (publications, letters, sheets)."""
    from desktop_app.services import pdf_export  # reportlab is loaded only when a PDF is made

    return pdf_export.Letterhead(
        office_name=office.name, government=office.government, address=office.address, phone=office.phone,
        fax=office.fax, email=office.email, website=office.website, logo_path=logo_file(office.logo))


def logo_file(logo: bytes | None) -> Path | None:
    """The office logo as a file the PDF renderer can read (named by its hash, written once)."""
    if not logo:
        return None
    suffix = ".png" if logo.startswith(b"\x89PNG") else ".jpg"
    path = Path(tempfile.gettempdir()) / f"padi-logo-{hashlib.sha256(logo).hexdigest()[:16]}{suffix}"
    if not path.exists():
        partial = path.with_name(path.name + ".part")
        partial.write_bytes(logo)
        os.replace(partial, path)
    return path
