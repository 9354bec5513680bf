"""Outgoing letters: the office's letter-number format and who signs a letter.

A letter number is a running number per year written in the office's format, e.g.
"000.5/0012/DPMPTSP/2026": the format holds ``{nomor}`` (the running number, four digits) and
``{tahun}`` (the year), and may hold ``{bulan}`` (the month in Roman numerals, "XI") and
``{kantor}`` (the office's short code, "DPMPTSP"). A letter of the office is signed by the head
(Kepala Dinas), by the acting head (Plt.) while a delegation is in force, or on the head's behalf
("a.n.") by the Sekretaris, never by the staff member who prints it.
"""

from __future__ import annotations

import datetime as dt
import enum
import re
import string
from dataclasses import dataclass

from desktop_app.domain.errors import BadInput

DEFAULT_FORMAT = "000.5/{nomor}/{kantor}/{tahun}"
PLACEHOLDERS = frozenset({"nomor", "tahun", "bulan", "kantor"})
REQUIRED = ("nomor", "tahun")
MAX_FORMAT_LENGTH = 80
ROMAN_MONTHS = ("I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII")
_CONTROL = re.compile(r"[\x00-\x1f\x7f]")


def check_format(fmt: str) -> str:
    """The format, trimmed, or BadInput('bad_letter_format', why) when it cannot number letters."""
    fmt = fmt.strip()
    if not fmt or len(fmt) > MAX_FORMAT_LENGTH or _CONTROL.search(fmt):
        raise BadInput("bad_letter_format", "length")
    try:
        parsed = list(string.Formatter().parse(fmt))
    except ValueError:
        raise BadInput("bad_letter_format", "braces") from None
    names = []
    for _, name, spec, conversion in parsed:
        if name is None:
            continue
        if name not in PLACEHOLDERS or spec or conversion:
            raise BadInput("bad_letter_format", f"{{{name}}}")
        names.append(name)
    for name in REQUIRED:
        if name not in names:
            raise BadInput("bad_letter_format", f"{{{name}}}")
    return fmt


def office_code(short_name: str) -> str:
    """The office's code in letter numbers: the first word of its short name ("DPMPTSP Kota Tebing
    Tinggi" -> "DPMPTSP"), without characters that would break a number."""
    words = re.sub(r"[/\s]+", " ", short_name).split()
    return words[0].upper() if words else "DINAS"


def letter_number(fmt: str, sequence: int, date: dt.date, short_name: str) -> str:
    """The number of the ``sequence``-th letter of ``date``'s year in format ``fmt``."""
    if sequence < 1:
        raise BadInput("bad_letter_sequence", str(sequence))
    return check_format(fmt).format(nomor=f"{sequence:04d}", tahun=f"{date.year:04d}",
                                    bulan=ROMAN_MONTHS[date.month - 1], kantor=office_code(short_name))


class SignerRole(str, enum.Enum):
    """Who signs a letter of the office."""

    HEAD = "kepala"              # the head of office, or the Plt. while a delegation is in force
    SECRETARY = "sekretaris"     # "a.n." (on behalf of) the head, by the Sekretaris


@dataclass(frozen=True)
class LetterSigner:
    """The signature block of a letter: the title lines above the name, then name, rank and NIP."""

    role: SignerRole
    title_lines: tuple[str, ...]  # e.g. ("a.n. Kepala DPMPTSP Kota Tebing Tinggi", "Sekretaris")
    name: str
    nip: str = ""
    rank: str = ""
    acting: bool = False  # a Plt. signs for the head

    @property
    def title(self) -> str:
        """The title lines on one line, as the register shows them."""
        return " — ".join(self.title_lines)


def head_signer(office_short_name: str, name: str, nip: str, rank: str, acting: bool) -> LetterSigner:
    """The head of office signs (or the Plt., ``acting``)."""
    head = f"Kepala {office_short_name.strip()}".strip()
    return LetterSigner(SignerRole.HEAD, (f"Plt. {head}" if acting else head,), name, nip, rank, acting)


def secretary_signer(office_short_name: str, name: str, nip: str, rank: str) -> LetterSigner:
    """The Sekretaris signs on behalf of the head: "a.n. Kepala …" above "Sekretaris"."""
    head = f"Kepala {office_short_name.strip()}".strip()
    return LetterSigner(SignerRole.SECRETARY, (f"a.n. {head}", "Sekretaris"), name, nip, rank)
