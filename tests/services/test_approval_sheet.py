"""Services: the Lembar Persetujuan (approved versions only; title, hashes, history, signer in the PDF text)."""

from __future__ import annotations

import subprocess

import pytest

from desktop_app.domain.errors import NotAllowed
from desktop_app.services.publications.publication_service import NoteDraft, SectionDraft
from tests.services.test_workflow_services import as_user, submitted


def pdftotext(path) -> str:
    return subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True,
                          check=True).stdout


def returned_then_approved(office, clock) -> int:
    pub = submitted(office)  # by kasubag, cover note "Mohon persetujuan"
    as_user(office, "kepala")
    office.work.start("publication", pub)  # the head opens it in Persetujuan
    clock.advance(minutes=4)
    office.publications.return_for_revision(pub, [NoteDraft("Perbaiki judul", 0), NoteDraft("Sumber?", None)])
    as_user(office, "kasubag")
    office.publications.revise(pub, [SectionDraft("Izin <b>&</b>", "Teks diperbaiki")])
    office.publications.submit(pub, "Sudah diperbaiki <i>sesuai</i> catatan")
    clock.advance(minutes=30)  # in the head's queue: waiting, not reviewing
    as_user(office, "kepala")
    office.work.start("publication", pub)
    clock.advance(minutes=12)
    office.publications.approve(pub, office.publications.get(pub).content_hash)
    as_user(office, "staf")
    return pub


def test_sheet_carries_publication_history_and_signer(office, clock, tmp_path):
    pub = returned_then_approved(office, clock)
    sheet = office.approval_sheets.sheet(pub)
    assert [(d.version, d.decision, d.notes) for d in sheet.decisions] == [(1, "returned", 2), (2, "approved", 0)]
    assert [d.review_seconds for d in sheet.decisions] == [240, 42 * 60]  # from its own submission to the decision
    assert [(d.work_seconds, d.wait_seconds) for d in sheet.decisions] == [(240, 0), (720, 30 * 60)]
    path = office.approval_sheets.write(pub, tmp_path / "lembar.pdf")
    text = pdftotext(path)
    detail = office.publications.get(pub)
    for expected in ("LEMBAR PERSETUJUAN PUBLIKASI", "Brosur", detail.content_hash, detail.content_hash[:12],
                     "Sudah diperbaiki <i>sesuai</i> catatan", "Dikembalikan", "(2 catatan)", "Disetujui",
                     "Bonar Sitompul", "NIP. 197001011998031001", "Kepala Dinas", "(terlambat)", "tunggu",
                     "Halaman 1 dari 1", "DISETUJUI"):
        assert expected in text, expected
    assert "Plt." not in text
    assert [e.action for e in office.activity.entries()].count("approval_sheet_written") == 1


def test_only_an_approved_version_has_a_sheet(office, clock):
    pub = submitted(office)
    as_user(office, "staf")
    with pytest.raises(NotAllowed, match="not_approved"):
        office.approval_sheets.pdf(pub)
    as_user(office, "kepala")
    office.publications.approve(pub, office.publications.get(pub).content_hash)
    as_user(office, "kasubag")
    office.publications.revise(pub, [SectionDraft("Izin", "Diubah")])
    as_user(office, "staf")
    with pytest.raises(NotAllowed, match="not_approved"):
        office.approval_sheets.pdf(pub)


def test_acting_head_signs_as_plt(office, clock, tmp_path):
    import datetime as dt
    as_user(office, "admin")
    sekretaris = next(u for u in office.accounts.users() if u.username == "sekretaris")
    office.accounts.delegate(sekretaris.id, clock.now.date(), clock.now.date() + dt.timedelta(days=3))
    pub = submitted(office)
    as_user(office, "sekretaris")
    office.publications.approve(pub, office.publications.get(pub).content_hash)
    as_user(office, "staf")
    sheet = office.approval_sheets.sheet(pub)
    assert sheet.acting and sheet.approver_name == "Nurlela Harahap"
    text = pdftotext(office.approval_sheets.write(pub, tmp_path / "lembar.pdf"))
    assert "Plt. Kepala Dinas," in text and "Nurlela Harahap" in text
