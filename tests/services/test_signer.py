"""One "who signs today" rule for every document (publications, letters, the timing report)."""

from __future__ import annotations

from desktop_app.documents.letterhead import Signer
from desktop_app.domain.filenames import slug
from tests.services.test_workflow_services import as_user


def _delegate_to(office, clock, username: str) -> None:
    as_user(office, "admin")
    user = next(u for u in office.accounts.users() if u.username == username)
    office.accounts.delegate(user.id, clock.now.date(), clock.now.date())


def test_the_acting_head_signs_every_document_as_plt(office, clock):
    _delegate_to(office, clock, "sekretaris")
    as_user(office, "kasubag")
    publication = office.publications.signer()
    report = office.performance.report(clock.now.date(), clock.now.date()).signer
    assert publication == report == Signer("Nurlela Harahap", publication.rank, publication.nip, True)
    assert report.title == "Plt. Kepala Dinas"


def test_a_delegation_to_a_kepala_makes_nobody_acting(office, clock):
    _delegate_to(office, clock, "kepala")
    as_user(office, "kasubag")
    publication = office.publications.signer()
    report = office.performance.report(clock.now.date(), clock.now.date()).signer
    assert publication == report and not publication.acting and publication.title == "Kepala Dinas"


def test_one_slug_for_every_name_made_from_a_title():
    assert slug("Izin Usaha Café — 2025", 60, "publikasi") == "izin-usaha-cafe-2025"
    assert slug("—", 60, "publikasi") == "publikasi"
    assert slug("con") == "_con"  # reserved on Windows
