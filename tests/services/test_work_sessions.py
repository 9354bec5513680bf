"""Work sessions recorded through the service with a fake clock: start, pause and resume entries only when
something changes, only for the people who do the step; pauses at logout, lock and after a crash; the timing
rules; the e-Kinerja material; and old logs without start entries."""

from __future__ import annotations

import datetime as dt

import pytest
from openpyxl import load_workbook

from desktop_app.domain.errors import BadInput, NotAllowed
from desktop_app.domain.steps import Step
from desktop_app.domain.work_sessions import DEFAULT_WAIT_WARN_DAYS, TimingRules
from desktop_app.services.datasets.dataset_service import DatasetMeta, NewConfirmation
from desktop_app.services.office.bundle import Services
from desktop_app.services.runtime import integrity
from tests.services.test_workflow_services import COLUMNS, as_user, submitted

WORK = ("work_started", "work_paused", "work_resumed")


def work_log(services) -> list[tuple[str, str, dict]]:
    """(action, actor, detail) of the work entries, oldest first."""
    return [(e.action, e.actor, e.detail) for e in reversed(services.activity.entries(limit=1000)) if e.action in WORK]


def test_entries_only_when_something_changes(office, clock):
    as_user(office, "staf")
    ds = office.datasets.create(DatasetMeta("Izin", source="OSS"), COLUMNS, [("NIB", 3)])
    assert office.work.start("dataset", ds) == "work_started"
    assert office.work.start("dataset", ds) == ""  # already running
    assert office.work.is_running("dataset", ds) and office.work.may_work("dataset", ds)
    clock.advance(minutes=2)
    assert office.work.pause("dataset", ds)
    assert not office.work.pause("dataset", ds)  # nothing running
    clock.advance(minutes=5)
    assert office.work.start("dataset", ds) == "work_resumed"
    assert [(a, d.get("reason")) for a, _, d in work_log(office)] == [
        ("work_started", None), ("work_paused", "switched"), ("work_resumed", None)]
    entry = office.activity.entries(limit=1)[0]
    assert entry.step == 1 and entry.object_label == "Izin"
    # nothing for an unknown item, an item in no step, or nobody logged in
    assert office.work.start("dataset", 999) == "" and office.work.start("user", 1) == ""
    office.accounts.logout()
    assert office.work.start("dataset", ds) == "" and not office.work.pause("dataset", ds)


def test_only_the_people_who_do_the_step_are_timed(office, clock):
    pub = submitted(office)  # in step 6
    as_user(office, "staf")  # may not approve: selecting it in Persetujuan records nothing, and no refusal
    before = len(office.activity.entries(limit=1000))
    assert office.work.start("publication", pub) == "" and not office.work.may_work("publication", pub)
    assert len(office.activity.entries(limit=1000)) == before
    as_user(office, "kepala")
    assert office.work.start("publication", pub) == "work_started"
    assert office.activity.entries(limit=1)[0].step == int(Step.REVIEW)


def test_a_pause_is_dated_to_when_the_work_stopped(office, clock):
    as_user(office, "staf")
    ds = office.datasets.create(DatasetMeta("Izin", source="OSS"), COLUMNS, [("NIB", 3)])
    office.work.start("dataset", ds)
    clock.advance(minutes=3)
    left = clock.now
    clock.advance(minutes=6)  # idle: the pause is written now, counted from the last input
    office.work.pause("dataset", ds, reason="idle", stopped_at=left)
    assert work_log(office)[-1][2] == {"reason": "idle", "from": left.isoformat()}
    assert office.performance.object_timing("dataset", ds).timeline.current.work_seconds == 180
    office.work.start("dataset", ds)
    clock.advance(minutes=1)
    office.work.pause("dataset", ds, stopped_at=clock.now + dt.timedelta(hours=1))  # never in the future
    assert "from" not in work_log(office)[-1][2]
    assert office.performance.object_timing("dataset", ds).timeline.current.work_seconds == 240


def test_logout_and_lock_pause_what_this_program_started(office, clock):
    as_user(office, "staf")
    ds = office.datasets.create(DatasetMeta("Izin", source="OSS"), COLUMNS, [("NIB", 3)])
    office.work.start("dataset", ds)
    clock.advance(minutes=4)
    office.accounts.lock_session(idle_seconds=120)  # locked after 2 minutes without input
    assert work_log(office)[-1][2] == {"reason": "locked", "from": (clock.now - dt.timedelta(minutes=2)).isoformat()}
    office.accounts.unlock("rahasia-123")
    office.work.start("dataset", ds)
    clock.advance(minutes=1)
    office.accounts.logout()
    actions = [e.action for e in office.activity.entries(limit=2)]
    assert actions == ["logout", "work_paused"]
    assert office.performance.object_timing("dataset", ds).timeline.current.work_seconds == 3 * 60


def test_a_second_program_logging_out_leaves_the_first_ones_session_alone(office, clock):
    as_user(office, "staf")
    ds = office.datasets.create(DatasetMeta("Izin", source="OSS"), COLUMNS, [("NIB", 3)])
    office.work.start("dataset", ds)
    other = Services.open(office.ctx.db.path, clock=clock)  # e.g. `padi report --user staf` meanwhile
    try:
        other.accounts.login("staf", "rahasia-123")
        other.accounts.logout()
    finally:
        other.close()
    assert office.work.is_running("dataset", ds)


def test_sessions_left_running_by_a_crash_end_at_the_last_entry_before_the_next_login(office, clock):
    as_user(office, "staf")
    ds = office.datasets.create(DatasetMeta("Izin", source="OSS"), COLUMNS, [("NIB", 3)])
    office.work.start("dataset", ds)
    clock.advance(minutes=4)
    office.datasets.update(ds, office.datasets.get(ds).meta, [["NIB", 4]])  # the last thing written
    last = clock.now
    office.ctx.actor = None  # the program died: no logout, no pause
    clock.advance(hours=3)
    office.accounts.login("staf", "rahasia-123")
    assert office.work.close_unclosed() == 1
    assert work_log(office)[-1][2] == {"reason": "unclosed", "from": last.isoformat()}
    assert office.performance.object_timing("dataset", ds).timeline.current.work_seconds == 4 * 60
    assert office.work.close_unclosed() == 0


def test_the_log_stays_verifiable_and_the_report_reads_the_same_log(office, clock):
    as_user(office, "staf")
    ds = office.datasets.create(DatasetMeta("Izin", source="OSS"), COLUMNS, [("NIB", 3)])
    office.work.start("dataset", ds)
    clock.advance(minutes=6)
    office.work.pause("dataset", ds)
    clock.advance(hours=2)
    office.work.start("dataset", ds)
    clock.advance(minutes=2)
    office.datasets.check(ds)
    assert integrity.check(office.ctx).ok
    report = office.performance.report(clock.now.date(), clock.now.date(), "staf")  # a Staf: their own
    prepare = report.figures[Step.PREPARE]
    assert (prepare.count, prepare.on_time, prepare.median_work_seconds, prepare.median_wait_seconds) == (
        1, 1, 8 * 60, 2 * 3600)


def test_timing_rules_are_stored_logged_and_only_admins_change_them(office):
    assert office.performance.timing_rules() == TimingRules()
    as_user(office, "staf")
    with pytest.raises(NotAllowed, match="permission"):
        office.performance.set_timing_rules(TimingRules(idle_minutes=9))
    as_user(office, "admin")
    rules = TimingRules({**DEFAULT_WAIT_WARN_DAYS, Step.REVIEW: 1}, idle_minutes=9)
    office.performance.set_timing_rules(rules)
    assert office.performance.timing_rules() == rules
    assert office.activity.entries(limit=1)[0].action == "timing_rules_saved"


def test_waiting_longer_than_the_warning_is_flagged_not_late(office, clock):
    as_user(office, "admin")
    office.performance.set_timing_rules(TimingRules({**DEFAULT_WAIT_WARN_DAYS, Step.REVIEW: 1}))
    pub = submitted(office)
    clock.advance(days=2)  # Tue 08:00 -> Thu 08:00: two working days in the head's queue
    figures = office.performance.dashboard()
    assert [(w.label, w.holder) for w in figures.waiting] == [("Brosur", "Kepala Dinas")]
    assert figures.late == () and figures.nearly_late == ()
    as_user(office, "kepala")
    office.work.start("publication", pub)
    clock.advance(minutes=4)
    office.publications.approve(pub, office.publications.get(pub).content_hash)
    figures = office.performance.dashboard()
    review = figures.month_runs[Step.REVIEW]
    assert (review.count, review.on_time, review.waited_long, review.median_work_seconds) == (1, 1, 1, 240)


def test_kinerja_lists_each_persons_own_work_day_by_day(office, clock, tmp_path):
    as_user(office, "staf")
    ds = office.datasets.create(DatasetMeta("Izin", source="OSS"), COLUMNS, [("NIB", 3)])
    office.work.start("dataset", ds)
    clock.advance(minutes=15)  # Tue 08:00-08:15
    office.work.pause("dataset", ds)
    clock.advance(days=1)
    office.work.start("dataset", ds)
    clock.advance(minutes=5)  # Wed 08:15-08:20, then sent to step 2
    office.datasets.check(ds)
    office.work.start("dataset", ds, via="check")
    clock.advance(minutes=2)
    office.datasets.confirm(ds, NewConfirmation("OSS", "telepon", clock.now.date()))
    as_user(office, "kasubag")  # the staf's session pauses at the logout
    office.work.start("dataset", ds)
    clock.advance(minutes=3)
    office.datasets.validate(ds)
    sheet = office.performance.kinerja(dt.date(2026, 11, 1), dt.date(2026, 11, 30), "staf")
    assert [(r.day.day, int(r.step), r.output, r.work_seconds) for r in sheet.rows] == [
        (24, 1, "Dikerjakan", 15 * 60), (25, 1, "Selesai", 5 * 60), (25, 2, "Dikerjakan", 2 * 60)]
    assert sheet.work_seconds == 22 * 60 and sheet.per_day()[1] == (dt.date(2026, 11, 25), 2, 7 * 60)
    head = office.performance.kinerja(dt.date(2026, 11, 1), dt.date(2026, 11, 30), "Budi Santoso")
    assert [(int(r.step), r.output, r.work_seconds) for r in head.rows] == [(2, "Tervalidasi", 3 * 60)]
    path = office.performance.export_kinerja(dt.date(2026, 11, 1), dt.date(2026, 11, 30), "staf",
                                             tmp_path / "kinerja.xlsx")
    wb = load_workbook(path)
    assert wb.sheetnames == ["Kegiatan", "Per Hari"]
    ws = wb["Kegiatan"]
    assert ws["B3"].value == "Siti Rahma" and "22 menit" in ws["B8"].value
    values = [[c.value for c in row] for row in ws.iter_rows()]
    header = next(i for i, row in enumerate(values) if row[0] == "No.")
    assert values[header][1:7] == ["Tanggal", "Langkah SOP", "Uraian kegiatan (SOP)", "Objek", "Output",
                                   "Waktu kerja (menit)"]
    assert values[header + 1][1] == dt.datetime(2026, 11, 24) and values[header + 1][6] == 15
    assert values[header + 4][0] == "Jumlah" and values[header + 4][6] == 22
    assert office.activity.entries(limit=1)[0].action == "kinerja_exported"
    with pytest.raises(BadInput, match="employee_required"):
        office.performance.kinerja(dt.date(2026, 11, 1), dt.date(2026, 11, 30), "")
    with pytest.raises(BadInput, match="bad_format"):
        office.performance.export_kinerja(dt.date(2026, 11, 1), dt.date(2026, 11, 30), "staf", tmp_path / "k.pdf")


def test_an_old_log_without_start_entries_is_shown_with_lead_time_only(office, clock):
    pub = submitted(office)  # everything done without opening anything: as a log from before this change
    clock.advance(days=1)
    as_user(office, "kepala")
    office.publications.approve(pub, office.publications.get(pub).content_hash)
    report = office.performance.report(clock.now.date() - dt.timedelta(days=2), clock.now.date())
    review = report.figures[Step.REVIEW]
    assert (review.count, review.judged, review.on_time, review.late, review.unrecorded) == (1, 0, 0, 0, 1)
    assert review.median_seconds > 0 and review.median_work_seconds is None
    assert report.figures[Step.PROCESS].judged == report.figures[Step.PROCESS].count  # step 3: lead time
    assert office.performance.dashboard().late == ()
