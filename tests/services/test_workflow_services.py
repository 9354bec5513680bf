"""Services: login lockout, permissions, maker-checker with an acting head, hash-bound approval."""

from __future__ import annotations

import datetime as dt

import pytest

from desktop_app.domain.columns import ColumnSpec, ColumnType
from desktop_app.domain.errors import BadInput, NotAllowed
from desktop_app.domain.tabulation import GroupTotalSpec
from desktop_app.domain.workflow import PublicationState
from desktop_app.services.datasets.dataset_service import DatasetMeta, NewConfirmation
from desktop_app.services.publications.publication_service import NoteDraft, SectionDraft
from tests.conftest import PASSWORD

pytestmark = pytest.mark.engines  # on SQLite and on PostgreSQL (tests/engines.py)

COLUMNS = (ColumnSpec("Jenis", ColumnType.TEXT), ColumnSpec("Jumlah", ColumnType.INTEGER))


def as_user(services, username):
    services.accounts.logout()
    return services.accounts.login(username, PASSWORD)


def processed_output(services) -> int:
    as_user(services, "staf")
    ds = services.datasets.create(DatasetMeta("Izin", source="OSS"), COLUMNS, [("NIB", 3), ("PBG", 2)])
    services.datasets.check(ds)
    with pytest.raises(NotAllowed, match="not_confirmed"):
        services.datasets.validate(ds)
    services.datasets.confirm(ds, NewConfirmation("OSS", "telepon", dt.date(2026, 11, 24)))
    services.datasets.validate(ds)
    return services.datasets.save_output(ds, "Izin per jenis", GroupTotalSpec("Jenis", "Jumlah"))


@pytest.mark.parametrize("gap", [0, 1], ids=["same second", "a second later"])
def test_validating_a_validated_dataset_again_is_refused_for_its_state(office, clock, gap):
    """The state decides first: the answer must not depend on when the confirmation was recorded."""
    as_user(office, "staf")
    ds = office.datasets.create(DatasetMeta("Izin", source="OSS"), COLUMNS, [("NIB", 3)])
    office.datasets.check(ds)
    office.datasets.confirm(ds, NewConfirmation("OSS", "telepon", dt.date(2026, 11, 24)))
    clock.advance(seconds=gap)
    office.datasets.validate(ds)
    with pytest.raises(NotAllowed, match="^state"):
        office.datasets.validate(ds)


def submitted(services, author="kasubag") -> int:
    output = processed_output(services)
    as_user(services, author)
    pub = services.publications.create("Brosur", "brosur", [SectionDraft("Izin", "Teks", output)])
    services.publications.submit(pub, "Mohon persetujuan")
    return pub


def test_lockout_after_five_failures_for_fifteen_minutes(office, clock):
    for _ in range(4):
        with pytest.raises(NotAllowed, match="bad_credentials"):
            office.accounts.login("staf", "salah-sandi")
    with pytest.raises(NotAllowed, match="locked"):
        office.accounts.login("staf", "salah-sandi")
    with pytest.raises(NotAllowed, match="locked"):
        office.accounts.login("staf", PASSWORD)
    clock.advance(minutes=15, seconds=1)
    assert office.accounts.login("staf", PASSWORD).username == "staf"
    actions = [e.action for e in office.activity.entries()]
    assert "account_locked" in actions and actions.count("login_failed") == 4


def test_passwords_are_argon2id_hashes(office):
    from sqlalchemy import text
    with office.ctx.db.unit_of_work() as s:
        hashes = s.execute(text("SELECT password_hash FROM users")).scalars().all()
    assert all(h.startswith("$argon2id$") for h in hashes)


def test_switch_user_without_restart(office):
    assert as_user(office, "staf").username == "staf"
    assert as_user(office, "kepala").title == "Kepala Dinas"
    assert office.ctx.actor.username == "kepala"


def test_staff_cannot_approve_or_submit(office):
    pub = submitted(office)
    as_user(office, "staf")
    with pytest.raises(NotAllowed, match="permission"):
        office.publications.approve(pub, office.publications.get(pub).content_hash)
    assert office.publications.get(pub).summary.state == PublicationState.SUBMITTED


def test_acting_head_cannot_approve_own_submission(office, clock):
    as_user(office, "admin")
    sekretaris = next(u for u in office.accounts.users() if u.username == "sekretaris")
    office.accounts.delegate(sekretaris.id, clock.now.date(), clock.now.date() + dt.timedelta(days=7))
    pub = submitted(office, author="sekretaris")
    actor = as_user(office, "sekretaris")
    assert actor.acting_head and actor.title == "Plt. Kepala Dinas"
    with pytest.raises(NotAllowed, match="maker_checker"):
        office.publications.approve(pub, office.publications.get(pub).content_hash)
    as_user(office, "kepala")
    office.publications.approve(pub, office.publications.get(pub).content_hash)
    assert office.publications.get(pub).summary.state == PublicationState.APPROVED


def test_acting_head_approves_others_submission_and_is_marked_plt(office, clock):
    as_user(office, "admin")
    sekretaris = next(u for u in office.accounts.users() if u.username == "sekretaris")
    office.accounts.delegate(sekretaris.id, clock.now.date(), clock.now.date())
    pub = submitted(office)
    as_user(office, "sekretaris")
    office.publications.approve(pub, office.publications.get(pub).content_hash)
    assert office.publications.get(pub).decisions[-1].title == "Plt. Kepala Dinas"
    clock.advance(days=1)
    assert not as_user(office, "sekretaris").acting_head


def test_return_needs_a_note_and_approval_is_bound_to_the_hash(office, tmp_path):
    pub = submitted(office)
    as_user(office, "kepala")
    with pytest.raises(BadInput, match="note_required"):
        office.publications.return_for_revision(pub, [NoteDraft("   ")])
    with pytest.raises(NotAllowed, match="content_changed"):
        office.publications.approve(pub, "0" * 64)
    office.publications.return_for_revision(pub, [NoteDraft("Perbaiki judul", 0)])
    as_user(office, "kasubag")
    output = office.datasets.outputs()[0].id
    office.publications.revise(pub, [SectionDraft("Izin", "Teks baru", output)])
    detail = office.publications.get(pub)
    assert detail.summary.version == 2 and detail.notes[0].text == "Perbaiki judul"
    office.publications.submit(pub)
    as_user(office, "kepala")
    office.publications.approve(pub, office.publications.get(pub).content_hash)
    # Any change after approval voids it: the new version is a draft and cannot be published.
    as_user(office, "kasubag")
    office.publications.revise(pub, [SectionDraft("Izin", "Diubah setelah disetujui", output)])
    as_user(office, "staf")
    with pytest.raises(NotAllowed, match="not_approved"):
        office.publications.publish(pub, tmp_path)
    assert list(tmp_path.glob("*.pdf")) == []


def test_unapproved_publication_cannot_be_published(office, tmp_path):
    pub = submitted(office)
    as_user(office, "staf")
    out = tmp_path / "terbit"
    out.mkdir()
    with pytest.raises(NotAllowed, match="not_approved"):
        office.publications.publish(pub, out)
    assert list(out.iterdir()) == []


def test_approved_snapshot_does_not_follow_later_data_changes(office, tmp_path):
    pub = submitted(office)
    as_user(office, "kepala")
    reviewed = office.publications.get(pub).content_hash
    office.publications.approve(pub, reviewed)
    assert office.publications.document(pub).sections[0].table.rows == (("NIB", 3.0), ("PBG", 2.0))
    as_user(office, "staf")
    result = office.publications.publish(pub, tmp_path)
    assert result.content_hash == reviewed and result.pdf_path.read_bytes().startswith(b"%PDF")
    assert office.publications.get(pub).summary.state == PublicationState.PUBLISHED


def test_every_change_is_logged_with_step_and_standard(office):
    submitted(office)
    entries = office.activity.entries()
    submit = next(e for e in entries if e.action == "publication_submitted")
    assert submit.step == 5 and submit.standard_seconds == 180 and submit.actor == "Budi Santoso"
    assert office.activity.verify_chain().ok
