"""Services: the step 7 distribution register (approved versions only, checked lines, logged)."""

from __future__ import annotations

import datetime as dt

import pytest

from desktop_app.domain.errors import BadInput, NotAllowed
from desktop_app.services.publications.distribution import NewDistribution
from desktop_app.services.publications.publication_service import SectionDraft
from tests.services.test_workflow_services import as_user, submitted

pytestmark = pytest.mark.engines  # on SQLite and on PostgreSQL (tests/engines.py)

TODAY = dt.date(2026, 11, 24)


def approved(office) -> int:
    pub = submitted(office)
    as_user(office, "kepala")
    office.publications.approve(pub, office.publications.get(pub).content_hash)
    as_user(office, "staf")
    return pub


def test_records_lines_of_the_approved_version_and_logs_them(office):
    pub = approved(office)
    first = office.distribution.record(pub, NewDistribution("cetak", TODAY, copies=150, note="Loket layanan"))
    office.distribution.record(pub, NewDistribution("situs_web", TODAY - dt.timedelta(days=1),
                                                    url="https://dpmptsp.example/brosur"))
    office.distribution.record(pub, NewDistribution("dikirim", TODAY, recipient="Bappeda Kota"))
    entries = office.distribution.list(pub)
    assert [e.channel for e in entries] == ["situs_web", "cetak", "dikirim"]  # by date
    printed = next(e for e in entries if e.id == first)
    detail = office.publications.get(pub)
    assert (printed.copies, printed.version, printed.content_hash) == (150, 1, detail.content_hash)
    assert printed.recorded_by == "Siti Rahma" and printed.channel_label == "Cetak"
    logged = [e for e in office.activity.entries() if e.action == "publication_distributed"]
    assert len(logged) == 3 and {e.step for e in logged} == {7}


def test_unapproved_or_changed_publication_is_refused(office):
    pub = submitted(office)
    as_user(office, "staf")
    with pytest.raises(NotAllowed, match="not_approved"):
        office.distribution.record(pub, NewDistribution("cetak", TODAY, copies=10))
    as_user(office, "kepala")
    office.publications.approve(pub, office.publications.get(pub).content_hash)
    as_user(office, "kasubag")
    office.publications.revise(pub, [SectionDraft("Izin", "Teks baru")])  # voids the approval
    as_user(office, "staf")
    with pytest.raises(NotAllowed, match="not_approved"):
        office.distribution.record(pub, NewDistribution("cetak", TODAY, copies=10))
    assert office.distribution.list(pub) == []


@pytest.mark.parametrize(("entry", "code"), [
    (NewDistribution("cetak", TODAY), "copies_required"),
    (NewDistribution("cetak", TODAY, copies=0), "copies_required"),
    (NewDistribution("papan_pengumuman", TODAY, copies=3), "copies_only_for_print"),
    (NewDistribution("situs_web", TODAY, url="dpmptsp.example"), "url_required"),
    (NewDistribution("media_sosial", TODAY, url="javascript:alert(1)"), "url_required"),
    (NewDistribution("dikirim", TODAY, recipient="  "), "recipient_required"),
    (NewDistribution("merpati", TODAY), "bad_channel"),
    (NewDistribution("papan_pengumuman", TODAY + dt.timedelta(days=1)), "date_in_future"),
])
def test_bad_lines_are_refused(office, entry, code):
    pub = approved(office)
    with pytest.raises(BadInput, match=code):
        office.distribution.record(pub, entry)


def test_staff_without_publish_permission_is_refused(office):
    pub = approved(office)
    as_user(office, "kepala")
    with pytest.raises(NotAllowed, match="permission"):
        office.distribution.record(pub, NewDistribution("papan_pengumuman", TODAY))
