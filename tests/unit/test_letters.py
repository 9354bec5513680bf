"""Domain: letter numbers in the office's format, a running number per year, and who signs."""

from __future__ import annotations

import datetime as dt

import pytest

from desktop_app.domain.errors import BadInput
from desktop_app.domain.letters import (
    DEFAULT_FORMAT,
    SignerRole,
    check_format,
    head_signer,
    letter_number,
    office_code,
    secretary_signer,
)


def test_numbers_in_the_office_format():
    assert letter_number(DEFAULT_FORMAT, 12, dt.date(2026, 3, 5), "DPMPTSP Kota Tebing Tinggi") == \
        "000.5/0012/DPMPTSP/2026"
    assert letter_number("050/{nomor}/{kantor}/{bulan}/{tahun}", 7, dt.date(2026, 11, 24), "DPMPTSP") == \
        "050/0007/DPMPTSP/XI/2026"
    assert office_code("") == "DINAS" and office_code("  dpm/ptsp kota") == "DPM"


@pytest.mark.parametrize("fmt", ["", "000.5/{nomor}", "000.5/{tahun}", "{nomor}/{tahun}/{rahasia}",
                                 "{nomor:05d}/{tahun}", "{nomor}/{tahun}}", "{nomor}/{tahun}/" + "x" * 80,
                                 "{nomor}\n{tahun}", "{}/{nomor}/{tahun}"])
def test_a_format_that_cannot_number_letters_is_refused(fmt):
    with pytest.raises(BadInput, match="bad_letter_format"):
        check_format(fmt)


def test_signers_are_the_head_the_acting_head_or_the_secretary_on_behalf():
    head = head_signer("DPMPTSP Kota Tebing Tinggi", "Ir. Kepala", "1970", "Pembina", acting=False)
    assert head.title_lines == ("Kepala DPMPTSP Kota Tebing Tinggi",) and head.role is SignerRole.HEAD
    acting = head_signer("DPMPTSP Kota Tebing Tinggi", "Plt", "1971", "", acting=True)
    assert acting.title_lines == ("Plt. Kepala DPMPTSP Kota Tebing Tinggi",) and acting.acting
    on_behalf = secretary_signer("DPMPTSP Kota Tebing Tinggi", "Nurlela", "1972", "Pembina")
    assert on_behalf.title_lines == ("a.n. Kepala DPMPTSP Kota Tebing Tinggi", "Sekretaris")
    assert on_behalf.title == "a.n. Kepala DPMPTSP Kota Tebing Tinggi — Sekretaris"
