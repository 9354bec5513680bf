"""Agenda Kerja service: programmes and activities, entries, statuses on the fake clock, permissions, log."""

from __future__ import annotations

import datetime as dt

import pytest

from desktop_app.domain.columns import ColumnSpec, ColumnType
from desktop_app.domain.errors import BadInput, NotAllowed
from desktop_app.services.datasets.agenda import AgendaStatus, agenda_status
from desktop_app.services.datasets.dataset_service import DatasetMeta
from tests.conftest import PASSWORD

pytestmark = pytest.mark.engines  # on SQLite and on PostgreSQL (tests/engines.py)

TODAY = dt.date(2026, 11, 24)  # the fake clock's start


def as_user(services, username):
    services.accounts.logout()
    return services.accounts.login(username, PASSWORD)


def user_id(services, username):
    return next(u.id for u in services.accounts.users() if u.username == username)


def agenda_log(services):
    """(action, step, object_type, object_label, actor, detail) of the agenda's log entries, oldest first."""
    return [(e.action, e.step, e.object_type, e.object_label, e.actor, e.detail)
            for e in reversed(services.activity.entries()) if e.object_type == "agenda"]


@pytest.fixture
def planned(office):
    """Kasubag has set up one programme with two activities."""
    as_user(office, "kasubag")
    programme = office.agenda.add_programme("1.01", "Program Penunjang Urusan Pemerintahan Daerah")
    a1 = office.agenda.add_activity(programme, "1.01.02", "Penyusunan Data dan Informasi Perizinan")
    a2 = office.agenda.add_activity(programme, "1.01.01", "Perencanaan dan Evaluasi Kinerja")
    return office, programme, a1, a2


def test_status_rules():
    assert agenda_status(TODAY, True, TODAY) == AgendaStatus.DONE
    assert agenda_status(TODAY - dt.timedelta(days=1), False, TODAY) == "overdue"
    assert agenda_status(TODAY, False, TODAY) == "due_soon"
    assert agenda_status(TODAY + dt.timedelta(days=3), False, TODAY) == "due_soon"
    assert agenda_status(TODAY + dt.timedelta(days=4), False, TODAY) == "open"


def test_programmes_with_activities_sorted_by_code(planned):
    office, programme, a1, a2 = planned
    [info] = office.agenda.programmes()
    assert (info.id, info.code, info.label) == (programme, "1.01", "1.01 Program Penunjang Urusan Pemerintahan Daerah")
    assert [a.id for a in info.activities] == [a2, a1]
    assert info.activities[1].label == "1.01.02 Penyusunan Data dan Informasi Perizinan"


def test_programme_and_activity_validation(planned):
    office, programme, _a1, _a2 = planned
    with pytest.raises(BadInput, match="programme_name_required"):
        office.agenda.add_programme("2.01", "  ")
    with pytest.raises(BadInput, match="programme_code_taken"):
        office.agenda.add_programme("1.01", "Lain")
    with pytest.raises(BadInput, match="unknown_programme"):
        office.agenda.add_activity(999, "9", "Kegiatan")
    with pytest.raises(BadInput, match="activity_code_taken"):
        office.agenda.add_activity(programme, "1.01.01", "Lain")
    with pytest.raises(BadInput, match="activity_name_required"):
        office.agenda.add_activity(programme, "1.01.09", "")
    as_user(office, "staf")
    with pytest.raises(NotAllowed, match="plan_agenda"):
        office.agenda.add_programme("2.01", "Program Lain")
    with pytest.raises(NotAllowed, match="plan_agenda"):
        office.agenda.add_activity(programme, "1.01.09", "Kegiatan Lain")
    assert len(office.agenda.programmes()) == 1


def test_entries_with_labels_and_statuses_that_follow_the_clock(planned, clock):
    office, _programme, activity, _a2 = planned
    staf = user_id(office, "staf")
    entry = office.agenda.add_entry("Rekap izin November", TODAY + dt.timedelta(days=5), staf, activity)
    [item] = office.agenda.entries()
    assert item.id == entry
    assert item.title == "Rekap izin November"
    assert item.assignee == "Siti Rahma (Staf)"
    assert item.assignee_id == staf
    assert item.activity == "1.01.02 Penyusunan Data dan Informasi Perizinan"
    assert (item.dataset_id, item.dataset_name, item.done) == (None, "", False)
    assert item.status == AgendaStatus.OPEN

    clock.advance(days=2)
    assert office.agenda.entries()[0].status == "due_soon"
    clock.advance(days=3)  # due today
    assert office.agenda.entries()[0].status == "due_soon"
    clock.advance(days=1)
    assert office.agenda.entries()[0].status == "overdue"
    office.agenda.set_done(entry, True)
    assert office.agenda.entries()[0].status == "done"
    office.agenda.set_done(entry, False)
    assert office.agenda.entries()[0].status == "overdue"


def test_entries_filters(planned):
    office, *_ = planned
    staf, kasubag = user_id(office, "staf"), user_id(office, "kasubag")
    a = office.agenda.add_entry("A", TODAY, staf)
    b = office.agenda.add_entry("B", TODAY + dt.timedelta(days=10), kasubag)
    c = office.agenda.add_entry("C", TODAY - dt.timedelta(days=2), None)
    office.agenda.set_done(c, True)
    assert [i.id for i in office.agenda.entries()] == [c, a, b]  # by due date
    assert [i.id for i in office.agenda.entries(start=TODAY)] == [a, b]
    assert [i.id for i in office.agenda.entries(end=TODAY)] == [c, a]
    assert [i.id for i in office.agenda.entries(start=TODAY, end=TODAY)] == [a]
    assert [i.id for i in office.agenda.entries(assignee_id=kasubag)] == [b]
    assert [i.id for i in office.agenda.entries(include_done=False)] == [a, b]
    assert office.agenda.entry(c).assignee == ""


def test_update_and_link_dataset(planned):
    office, _programme, a1, a2 = planned
    entry = office.agenda.add_entry("Rekap", TODAY, None, a1)
    as_user(office, "staf")
    dataset = office.datasets.create(DatasetMeta("Izin Terbit November 2026"),
                                     (ColumnSpec("Jenis", ColumnType.TEXT),), [("NIB",)])
    office.agenda.link_dataset(entry, dataset)
    item = office.agenda.entry(entry)
    assert (item.dataset_id, item.dataset_name) == (dataset, "Izin Terbit November 2026")
    staf = user_id(office, "staf")
    office.agenda.update_entry(entry, "Rekap izin", TODAY + dt.timedelta(days=7), staf, a2, dataset)
    item = office.agenda.entry(entry)
    assert (item.title, item.due, item.assignee_id, item.activity_id) == (
        "Rekap izin", TODAY + dt.timedelta(days=7), staf, a2)
    office.agenda.link_dataset(entry, None)
    assert office.agenda.entry(entry).dataset_name == ""


def test_bad_input_changes_nothing(planned):
    office, _programme, a1, _a2 = planned
    with pytest.raises(BadInput, match="title_required"):
        office.agenda.add_entry("   ", TODAY)
    with pytest.raises(BadInput, match="unknown_user"):
        office.agenda.add_entry("X", TODAY, 999)
    with pytest.raises(BadInput, match="unknown_activity"):
        office.agenda.add_entry("X", TODAY, None, 999)
    with pytest.raises(BadInput, match="unknown_dataset"):
        office.agenda.add_entry("X", TODAY, None, a1, 999)
    with pytest.raises(BadInput, match="bad_date"):
        office.agenda.add_entry("X", "2026-11-30")
    entry = office.agenda.add_entry("X", TODAY)
    with pytest.raises(BadInput, match="unknown_dataset"):
        office.agenda.link_dataset(entry, 999)
    with pytest.raises(BadInput, match="title_required"):
        office.agenda.update_entry(entry, "", TODAY)
    with pytest.raises(BadInput, match="unknown_agenda_entry"):
        office.agenda.set_done(999, True)
    assert [(i.title, i.dataset_id) for i in office.agenda.entries()] == [("X", None)]


def test_inactive_user_cannot_be_assigned(office):
    as_user(office, "admin")
    office.accounts.set_active(user_id(office, "sekretaris"), False)
    as_user(office, "kasubag")
    with pytest.raises(BadInput, match="inactive_user"):
        office.agenda.add_entry("X", TODAY, user_id(office, "sekretaris"))


def test_staff_plans_only_their_own_work(planned):
    office, _programme, a1, _a2 = planned
    staf, kasubag = user_id(office, "staf"), user_id(office, "kasubag")
    for_kasubag = office.agenda.add_entry("Tugas Kasubag", TODAY, kasubag)
    for_staf = office.agenda.add_entry("Tugas Staf", TODAY, staf, a1)
    as_user(office, "staf")
    assert office.agenda.may_add() and not office.agenda.may_plan()
    own = office.agenda.add_entry("Catatan saya", TODAY, staf)
    unassigned = office.agenda.add_entry("Tanpa penanggung jawab", TODAY, None)
    with pytest.raises(NotAllowed, match="plan_agenda"):
        office.agenda.add_entry("Untuk orang lain", TODAY, kasubag)
    office.agenda.set_done(for_staf, True)  # work assigned to them by the Kasubag
    office.agenda.update_entry(own, "Catatan saya (ubah)", TODAY, staf)
    office.agenda.update_entry(unassigned, "Saya ambil", TODAY, staf)
    with pytest.raises(NotAllowed, match="plan_agenda"):
        office.agenda.update_entry(own, "Oper", TODAY, kasubag)
    with pytest.raises(NotAllowed, match="plan_agenda"):
        office.agenda.set_done(for_kasubag, True)
    with pytest.raises(NotAllowed, match="plan_agenda"):
        office.agenda.link_dataset(for_kasubag, None)
    items = {i.id: i for i in office.agenda.entries()}
    assert office.agenda.may_change(items[for_staf]) and not office.agenda.may_change(items[for_kasubag])
    assert items[for_staf].done and not items[for_kasubag].done
    assert items[unassigned].assignee_id == staf


@pytest.mark.parametrize("username", ["sekretaris", "kepala"])
def test_supervisors_assign_work(office, username):
    as_user(office, username)
    assert office.agenda.may_plan()
    entry = office.agenda.add_entry("Data IKM Semester II", TODAY, user_id(office, "staf"))
    office.agenda.set_done(entry, True)
    assert office.agenda.entries()[0].done


def test_not_logged_in_is_refused(planned):
    office, *_ = planned
    office.accounts.logout()
    with pytest.raises(NotAllowed, match="not_logged_in"):
        office.agenda.add_entry("X", TODAY)
    assert not office.agenda.may_add()


def test_every_change_is_logged_in_step_1(planned, clock):
    office, programme, a1, _a2 = planned
    entry = office.agenda.add_entry("Rekap izin", TODAY, None, a1)
    office.agenda.update_entry(entry, "Rekap izin terbit", TODAY, None, a1)
    office.agenda.set_done(entry, True)
    office.agenda.set_done(entry, True)  # no change, no entry
    office.agenda.set_done(entry, False)
    office.agenda.link_dataset(entry, None)
    log = agenda_log(office)
    assert [row[0] for row in log] == [
        "programme_added", "activity_added", "activity_added", "agenda_added", "agenda_updated",
        "agenda_done", "agenda_reopened", "agenda_dataset_unlinked"]
    assert {row[1] for row in log} == {1}
    assert {row[2] for row in log} == {"agenda"}
    assert {row[4] for row in log} == {"Budi Santoso"}
    assert log[0][3] == "1.01 Program Penunjang Urusan Pemerintahan Daerah"
    assert log[3][3] == "Rekap izin"
    assert log[4][3] == "Rekap izin terbit"
    assert log[4][5]["changed"] == {"title": ["Rekap izin", "Rekap izin terbit"]}
    assert office.activity.verify_chain().ok


def test_refused_and_bad_calls_are_not_logged(planned):
    office, *_ = planned
    before = len(agenda_log(office))
    with pytest.raises(BadInput):
        office.agenda.add_entry("", TODAY)
    with pytest.raises(BadInput):
        office.agenda.add_entry("X", TODAY, 999)
    as_user(office, "staf")
    with pytest.raises(NotAllowed):
        office.agenda.add_entry("X", TODAY, user_id(office, "kasubag"))
    assert len(agenda_log(office)) == before
    assert office.agenda.entries() == []
