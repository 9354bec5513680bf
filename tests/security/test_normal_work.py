"""Normal work keeps `padi check` clean, and every state it changes is bound by the entry of its own work."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import text

from desktop_app.domain.columns import ColumnSpec, ColumnType
from desktop_app.domain.roles import Role
from desktop_app.domain.tabulation import GroupTotalSpec
from desktop_app.services.datasets.dataset_service import DatasetMeta, NewConfirmation
from desktop_app.services.publications.publication_service import NoteDraft, SectionDraft
from desktop_app.services.runtime import integrity
from desktop_app.storage import bindings
from tests.conftest import PASSWORD

COLUMNS = (ColumnSpec("Jenis", ColumnType.TEXT), ColumnSpec("Jumlah", ColumnType.INTEGER))


def as_user(services, username, password=PASSWORD):
    services.accounts.logout()
    return services.accounts.login(username, password)


def actions(services, action):
    with services.ctx.db.reading() as s:
        return s.execute(text("SELECT count(*) FROM activity_log WHERE action = :a"), {"a": action}).scalar()


def test_the_whole_sop_and_account_work_keep_the_check_clean(office, clock, tmp_path):
    sv = office
    as_user(sv, "admin")
    sv.accounts.create_user("budi", "Budi", PASSWORD, Role.STAF)
    budi = next(u.id for u in sv.accounts.users() if u.username == "budi")
    sv.accounts.reset_password(budi, "sandi-sementara-1")
    sv.accounts.set_active(budi, False)
    sv.accounts.set_active(budi, True)
    kasubag = next(u.id for u in sv.accounts.users() if u.username == "kasubag")
    sv.accounts.delegate(kasubag, dt.date(2026, 12, 1), dt.date(2026, 12, 3))
    as_user(sv, "budi", "sandi-sementara-1")
    sv.accounts.change_password("sandi-sementara-1", "sandi-baru-budi-2")

    as_user(sv, "staf")
    ds = sv.datasets.create(DatasetMeta("Izin", source="OSS"), COLUMNS, [("NIB", 3), ("PBG", 2)])
    sv.datasets.update(ds, DatasetMeta("Izin Terbit", source="OSS"), [("NIB", 4), ("PBG", 2)])
    sv.datasets.check(ds)
    sv.datasets.return_to_draft(ds, "angka salah")
    sv.datasets.check(ds)
    sv.datasets.confirm(ds, NewConfirmation("OSS", "telepon", dt.date(2026, 11, 24)))
    sv.datasets.validate(ds)
    output = sv.datasets.save_output(ds, "Izin per jenis", GroupTotalSpec("Jenis", "Jumlah"))
    sv.datasets.present(ds)

    as_user(sv, "kasubag")
    pub = sv.publications.create("Brosur", "brosur", [SectionDraft("Izin", "Teks", output)])
    sv.publications.revise(pub, [SectionDraft("Izin", "Teks yang lebih baik", output)])
    sv.publications.submit(pub, "Mohon persetujuan")
    as_user(sv, "kepala")
    sv.publications.return_for_revision(pub, [NoteDraft("Perbaiki judul")])
    as_user(sv, "kasubag")
    sv.publications.revise(pub, [SectionDraft("Izin", "Teks akhir", output)], "Brosur Izin")
    sv.publications.submit(pub)
    as_user(sv, "kepala")
    sv.publications.approve(pub, sv.publications.get(pub).content_hash)
    as_user(sv, "staf")
    sv.publications.publish(pub, tmp_path)
    sv.accounts.logout()

    report = integrity.check(sv.ctx)
    assert report.ok and report.warnings == () and report.states == (), integrity.summary(report)
    assert report.rows_checked == 1 and report.anchor.status == "ok"
    assert actions(sv, bindings.RECORDED_ACTION) == 0  # every change was bound by the entry of its own work
    assert actions(sv, "anchor_created") == actions(sv, "anchor_mismatch") == 0


def test_a_state_changed_after_the_last_entry_gets_an_entry_of_its_own(office):
    """Should a unit of work change a bound state after its last entry (or without one), the commit binds it."""
    from desktop_app.storage.models import User

    with office.ctx.db.unit_of_work() as s:
        s.get(User, 2).full_name = "Siti Rahma, S.E."
    assert actions(office, bindings.RECORDED_ACTION) == 1
    assert integrity.check(office.ctx).ok


def test_a_rolled_back_unit_of_work_leaves_log_and_anchor_in_agreement(office):
    from desktop_app.storage.models import User

    with pytest.raises(RuntimeError), office.ctx.db.unit_of_work() as s:
        s.get(User, 2).role = "kepala"
        office.ctx.log(s, "user_changed", object_type="user", object_id=2)
        raise RuntimeError("abandoned")
    report = integrity.check(office.ctx)
    assert report.ok and report.states == ()
