"""Accounts on a shared PC: password rules, administrator reset, rehashing, logged refusals, maker-checker."""

from __future__ import annotations

import pytest
from argon2 import PasswordHasher
from sqlalchemy import select

from desktop_app.domain.errors import BadInput, NotAllowed
from desktop_app.domain.roles import Action, PermissionMatrix, Role
from desktop_app.domain.workflow import PublicationState
from desktop_app.services.accounts.account_service import OfficeProfile
from desktop_app.services.office.bundle import Services
from desktop_app.services.publications.publication_service import NoteDraft
from desktop_app.storage.models import Setting, User
from tests.conftest import PASSWORD
from tests.services.test_workflow_services import as_user, submitted

pytestmark = pytest.mark.engines  # on SQLite and on PostgreSQL (tests/engines.py)


def user_id(services, username):
    return next(u.id for u in services.accounts.users() if u.username == username)


def entries(services, action):
    return [e for e in services.activity.entries() if e.action == action]


@pytest.mark.parametrize(("password", "code"), [
    ("pendek", "password_too_short"), ("12345678901", "password_only_digits"), ("budi.baru", None),
    ("BUDI.BARU", None), ("zzzzzzzzzz", "password_one_character"), ("password1", "password_too_common"),
])
def test_rules_apply_when_creating_a_user(office, password, code):
    as_user(office, "admin")
    if code is None:
        office.accounts.create_user("budi.baru2", "Budi", password, Role.STAF)
        return
    with pytest.raises(BadInput) as err:
        office.accounts.create_user("budi.baru2", "Budi", password, Role.STAF)
    assert err.value.code == code
    assert "budi.baru2" not in [u.username for u in office.accounts.users()]


def test_password_equal_to_the_user_name_is_refused_everywhere(tmp_path, office):
    fresh = Services.open(tmp_path / "baru.db")
    with pytest.raises(BadInput, match="password_is_username"):
        fresh.accounts.setup(OfficeProfile(name="Dinas"), "Operator1", "Operator", "operator1")
    assert fresh.accounts.needs_setup()
    fresh.close()
    as_user(office, "admin")
    with pytest.raises(BadInput, match="password_is_username"):
        office.accounts.reset_password(user_id(office, "sekretaris"), "Sekretaris")
    as_user(office, "sekretaris")
    with pytest.raises(BadInput, match="password_is_username"):
        office.accounts.change_password(PASSWORD, "sekretaris")
    with pytest.raises(BadInput, match="password_unchanged"):
        office.accounts.change_password(PASSWORD, PASSWORD)


def test_administrator_reset_is_logged_lifts_lockout_and_forces_a_change(office):
    for _ in range(5):
        with pytest.raises(NotAllowed):
            office.accounts.login("staf", "salah-sandi")
    as_user(office, "admin")
    office.accounts.reset_password(user_id(office, "staf"), "sementara-77")
    reset = entries(office, "password_reset")
    assert len(reset) == 1 and reset[0].object_label == "staf" and reset[0].actor == "Admin Kantor"
    assert reset[0].detail == {"must_change": True}
    assert not office.accounts.must_change_password()  # the administrator is not affected
    office.accounts.logout()
    with pytest.raises(NotAllowed, match="bad_credentials"):
        office.accounts.login("staf", PASSWORD)  # the old password is gone
    office.accounts.login("staf", "sementara-77")  # no longer locked
    assert office.accounts.must_change_password()
    office.accounts.change_password("sementara-77", "sandi-pilihan-siti")
    assert not office.accounts.must_change_password()
    assert office.activity.verify_chain().ok


def test_only_an_administrator_resets_and_the_refusal_is_logged(office):
    as_user(office, "kasubag")
    with pytest.raises(NotAllowed, match="permission"):
        office.accounts.reset_password(user_id(office, "staf"), "sementara-77")
    refused = entries(office, "refused")
    assert len(refused) == 1
    assert refused[0].actor == "Budi Santoso"
    assert refused[0].detail == {"code": "permission", "detail": Action.MANAGE_USERS.value,
                                 "action": Action.MANAGE_USERS.value, "attempt": "password_reset"}
    office.accounts.logout()
    office.accounts.login("staf", PASSWORD)  # unchanged


@pytest.mark.real_password_hashing
def test_hash_is_renewed_at_login_when_parameters_changed(office):
    weak = PasswordHasher(time_cost=1, memory_cost=1024, parallelism=1).hash(PASSWORD)
    with office.ctx.db.unit_of_work() as s:
        s.scalar(select(User).where(User.username == "staf")).password_hash = weak
    as_user(office, "staf")
    with office.ctx.db.reading() as s:
        renewed = s.scalar(select(User.password_hash).where(User.username == "staf"))
    assert renewed != weak and renewed.startswith("$argon2id$")
    assert not PasswordHasher().check_needs_rehash(renewed)
    assert entries(office, "login")[0].detail == {"rehashed": True}
    as_user(office, "staf")
    assert entries(office, "login")[0].detail == {}  # no second rehash


def test_every_refusal_is_logged_even_though_its_change_rolled_back(office):
    pub = submitted(office)
    as_user(office, "staf")
    with pytest.raises(NotAllowed, match="permission"):
        office.publications.approve(pub, office.publications.get(pub).content_hash)
    as_user(office, "kepala")
    office.publications.approve(pub, office.publications.get(pub).content_hash)
    with pytest.raises(NotAllowed, match="state"):
        office.publications.approve(pub, office.publications.get(pub).content_hash)
    codes = [(e.actor, e.detail["code"]) for e in entries(office, "refused")]
    assert codes[:2] == [("Bonar Sitompul", "state"), ("Siti Rahma", "permission")]
    assert codes[2:] == [("Siti Rahma", "not_confirmed")]  # validating too early, in submitted()
    assert office.activity.verify_chain().ok


def test_no_stored_matrix_lets_anyone_but_the_head_approve_and_maker_checker_still_holds(office, clock):
    pub = submitted(office, author="kasubag")
    grants = {role: set(PermissionMatrix().grants(role)) | {Action.APPROVE_PUBLICATION} for role in Role}
    with office.ctx.db.unit_of_work() as s:  # written behind the service's back: the fixed rules still win
        s.merge(Setting(key="permissions", value={r.value: sorted(a.value for a in g) for r, g in grants.items()}))
    for username in ("kasubag", "staf"):
        as_user(office, username)
        assert not office.ctx.may(Action.APPROVE_PUBLICATION)
        with pytest.raises(NotAllowed, match="permission"):
            office.publications.approve(pub, office.publications.get(pub).content_hash)
    as_user(office, "kepala")  # the head appoints the author's Sekretaris as Plt.; a Plt. is no exception
    sekretaris = next(u.id for u in office.accounts.users() if u.username == "sekretaris")
    office.accounts.delegate(sekretaris, clock.now.date(), clock.now.date())
    as_user(office, "sekretaris")
    draft = office.publications.create("Buklet", "buklet", office.publications.get(pub).sections)
    office.publications.submit(draft, "Mohon persetujuan")
    with pytest.raises(NotAllowed, match="maker_checker"):
        office.publications.approve(draft, office.publications.get(draft).content_hash)
    with pytest.raises(NotAllowed, match="maker_checker"):
        office.publications.return_for_revision(draft, [NoteDraft("Perbaiki judul")])
    assert office.publications.get(draft).summary.state == PublicationState.SUBMITTED
    office.publications.approve(pub, office.publications.get(pub).content_hash)  # someone else's: allowed


def test_unlocking_a_locked_session_counts_failures_toward_lockout(office, clock):
    as_user(office, "staf")
    office.accounts.lock_session()
    for _ in range(4):
        with pytest.raises(NotAllowed, match="bad_credentials"):
            office.accounts.unlock("salah-sandi")
    with pytest.raises(NotAllowed, match="locked"):
        office.accounts.unlock("salah-sandi")
    with pytest.raises(NotAllowed, match="locked"):
        office.accounts.unlock(PASSWORD)
    clock.advance(minutes=15, seconds=1)
    assert office.accounts.unlock(PASSWORD).username == "staf"
    actions = [e.action for e in office.activity.entries()][:8]
    assert actions[0] == "session_unlocked" and "account_locked" in actions
    assert entries(office, "session_locked")[0].object_label == "staf"


def test_idle_lock_minutes_is_an_office_setting_that_cannot_be_switched_off(office):
    assert office.accounts.idle_lock_minutes() == 10
    as_user(office, "admin")
    office.accounts.set_idle_lock_minutes(5)
    assert office.accounts.idle_lock_minutes() == 5
    for minutes in (0, -1, 121):
        with pytest.raises(BadInput, match="bad_idle_minutes"):
            office.accounts.set_idle_lock_minutes(minutes)
    as_user(office, "staf")
    with pytest.raises(NotAllowed, match="permission"):
        office.accounts.set_idle_lock_minutes(60)
    assert office.accounts.idle_lock_minutes() == 5
    assert entries(office, "idle_lock_set")[0].detail == {"minutes": 5}
