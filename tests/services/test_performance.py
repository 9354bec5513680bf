"""Performance service with a fake clock: work time and waiting time from the log's start, pause and resume
entries, dashboard figures, report totals equal to the log, the timing rules, and the e-Kinerja material."""

from __future__ import annotations

import datetime as dt

import pytest

from desktop_app.domain.errors import BadInput, NotAllowed
from desktop_app.domain.steps import Step, Timeliness
from desktop_app.domain.tabulation import GroupTotalSpec
from desktop_app.domain.working_time import DEFAULT_CALENDAR, Holiday, WorkCalendar
from desktop_app.services.datasets.dataset_service import DatasetMeta, NewConfirmation
from desktop_app.services.publications.publication_service import NoteDraft, SectionDraft
from tests.services.test_workflow_services import COLUMNS, as_user

pytestmark = pytest.mark.engines  # on SQLite and on PostgreSQL (tests/engines.py)


def _dataset(office, clock, name="Izin") -> int:
    as_user(office, "staf")
    ds = office.datasets.create(DatasetMeta(name, source="OSS"), COLUMNS, [("NIB", 3), ("PBG", 2)])
    assert office.work.start("dataset", ds) == "work_started"  # the grid opened
    clock.advance(minutes=4)
    office.datasets.check(ds)
    assert office.work.start("dataset", ds, via="check") == "work_started"  # step 2: a new occurrence
    clock.advance(minutes=3)
    office.datasets.confirm(ds, NewConfirmation("OSS", "telepon", clock.now.date()))
    clock.advance(minutes=6)  # 9 minutes of work in step 2: nearly late but on time
    office.datasets.validate(ds)
    return ds


def _reviewed_publication(office, clock) -> int:
    """Created, submitted, returned once, resubmitted, approved and published."""
    ds = _dataset(office, clock)
    clock.advance(hours=2)
    output = office.datasets.save_output(ds, "Izin per jenis", GroupTotalSpec("Jenis", "Jumlah"))
    as_user(office, "kasubag")
    pub = office.publications.create("Brosur Izin", "web", [SectionDraft("Izin", "Teks", output)])
    office.work.start("publication", pub)
    clock.advance(minutes=2)
    office.publications.submit(pub)
    clock.advance(minutes=30)  # in the head's queue
    as_user(office, "kepala")
    office.work.start("publication", pub)
    clock.advance(minutes=12)  # the head works 12 minutes: late
    office.publications.return_for_revision(pub, [NoteDraft("Perbaiki", 0)])
    as_user(office, "kasubag")
    clock.advance(hours=3)
    office.work.start("publication", pub)
    office.publications.revise(pub, [SectionDraft("Izin", "Teks baru", output)])
    clock.advance(minutes=1)
    office.publications.submit(pub)
    as_user(office, "kepala")
    office.work.start("publication", pub)
    clock.advance(minutes=5)
    office.publications.approve(pub, office.publications.get(pub).content_hash)
    return pub


def test_dataset_timing_in_office_time(office, clock):
    ds = _dataset(office, clock)
    clock.advance(hours=10)  # Tue 08:13 -> 18:13: 08:13-16:00 less the 1 h break = 6 h 47 min
    timing = office.performance.object_timing("dataset", ds)
    assert [(r.step, r.seconds, r.work_seconds, r.outcome) for r in timing.runs] == [
        (Step.PREPARE, 240, 240, "done"), (Step.VALIDATE, 540, 540, "validated"),
        (Step.PROCESS, 6 * 3600 + 47 * 60, 0, "")]
    assert timing.runs[1].timeliness == Timeliness.NEARLY_LATE and timing.runs[1].on_time
    assert timing.runs[0].actor == "Siti Rahma" and timing.label == "Izin"
    with pytest.raises(BadInput, match="unknown_dataset"):
        office.performance.object_timing("dataset", 999)


def test_returned_publication_counts_two_review_rounds(office, clock):
    pub = _reviewed_publication(office, clock)
    timing = office.performance.object_timing("publication", pub)
    review = [r for r in timing.runs if r.step == Step.REVIEW]
    assert [(r.round, r.seconds, r.work_seconds, r.outcome, r.on_time) for r in review] == [
        (1, 42 * 60, 720, "returned", False), (2, 300, 300, "approved", True)]
    assert review[0].wait_seconds == 30 * 60 and review[0].actor == "Bonar Sitompul"  # the head's queue, apart
    submit = [r for r in timing.runs if r.step == Step.SUBMIT]
    # the author's rework after the return: 10:57 -> 13:58 less the 12:00-13:00 break, of which 1 min worked
    assert [(r.seconds, r.work_seconds) for r in submit] == [(120, 120), (2 * 3600 + 60, 60)]
    assert submit[1].wait_seconds == 2 * 3600


def test_dashboard_late_nearly_late_and_backup_age(office, clock, tmp_path):
    late_ds = _dataset(office, clock, "Terlambat")
    draft = office.datasets.create(DatasetMeta("Draf Baru", source="OSS"), COLUMNS, [("NIB", 1)])
    office.work.start("dataset", draft)
    clock.advance(minutes=8)  # the new draft: 8 of 10 minutes of work in step 1 -> nearly late
    figures = office.performance.dashboard()
    assert figures.per_step[Step.PREPARE] == 1 and figures.per_step[Step.PROCESS] == 1
    assert [w.label for w in figures.nearly_late] == ["Draf Baru"] and figures.late == ()
    assert [w.label for w in figures.working] == ["Draf Baru"]
    assert figures.backup_days is None and figures.backup_warning
    clock.advance(minutes=3)
    assert [w.label for w in office.performance.dashboard().late] == ["Draf Baru"]
    office.work.pause("dataset", draft)
    clock.advance(hours=3)  # paused: the clock of work stands still, only waiting grows
    assert [w.run.work_seconds for w in office.performance.dashboard().late] == [11 * 60]
    # this month's on-time share per step: step 1 on time (4 min), step 2 on time (9 min)
    month = figures.month_runs
    assert month[Step.PREPARE].count == 1 and month[Step.PREPARE].on_time_share == 1.0
    assert month[Step.VALIDATE].on_time_share == 1.0
    as_user(office, "admin")
    office.archive.backup(tmp_path)
    clock.advance(days=8)
    figures = office.performance.dashboard()
    assert figures.backup_days == 8 and figures.backup_warning and figures.backup_warn_days == 7
    office.performance.set_calendar(DEFAULT_CALENDAR, backup_warn_days=10)
    assert not office.performance.dashboard().backup_warning
    assert late_ds


def test_report_totals_equal_the_log(office, clock, tmp_path):
    pub = _reviewed_publication(office, clock)
    as_user(office, "staf")
    office.publications.publish(pub, tmp_path)
    clock.advance(minutes=1)
    office.archive.backup(tmp_path)
    as_user(office, "kasubag")  # the office's report (a Staf prints only their own)
    day = clock.now.date()
    report = office.performance.report(day - dt.timedelta(days=1), day)
    log = office.activity.entries(limit=10_000)
    count = {a: sum(1 for e in log if e.action == a) for a in
             ("publication_approved", "publication_returned", "publication_published", "confirmation_logged",
              "backup_made", "publication_submitted")}
    assert len(report.approved) == count["publication_approved"] == 1
    assert len(report.returned) == count["publication_returned"] == 1
    assert len(report.published) == count["publication_published"] == 1
    assert len(report.confirmations) == count["confirmation_logged"] == 1
    assert len(report.backups) == count["backup_made"] == 1
    assert report.figures[Step.REVIEW].count == count["publication_approved"] + count["publication_returned"]
    assert report.figures[Step.SUBMIT].count == count["publication_submitted"] == 2
    assert report.figures[Step.REVIEW].on_time == 1 and report.figures[Step.REVIEW].longest_work_seconds == 720
    assert report.figures[Step.REVIEW].median_wait_seconds == 15 * 60  # (30 min + 0) / 2
    # published without opening it for work (a command line would do that): lead time only, not judged
    assert report.unrecorded == 1 and report.figures[Step.PUBLISH].unrecorded == 1
    assert report.judged == report.finished - 1
    assert {h.actor: h.count for h in report.holders}["Bonar Sitompul"] == 2
    # step 8: the publication (published) got its backup; the dataset was never presented
    assert report.figures[Step.ARCHIVE].count == 1
    assert report.actions == len([e for e in log if e.at.date() >= day - dt.timedelta(days=1)])
    assert report.signer.title == "Kepala Dinas"
    # one employee: only the steps the head ended
    head = office.performance.report(day - dt.timedelta(days=1), day, employee="kepala")
    assert head.employee == "Bonar Sitompul"
    assert {s for s, f in head.figures.items() if f.count} == {Step.REVIEW}
    with pytest.raises(BadInput, match="unknown_employee"):
        office.performance.report(day, day, employee="nobody")
    with pytest.raises(BadInput, match="bad_period"):
        office.performance.report(day, day - dt.timedelta(days=1))


def test_acting_head_signs_as_plt(office, clock):
    as_user(office, "admin")
    sekretaris = next(u for u in office.accounts.users() if u.username == "sekretaris")
    office.accounts.delegate(sekretaris.id, clock.now.date(), clock.now.date())
    as_user(office, "kasubag")  # the office's report (a Staf prints only their own)
    signer = office.performance.report(clock.now.date(), clock.now.date()).signer
    assert (signer.name, signer.title) == ("Nurlela Harahap", "Plt. Kepala Dinas")
    clock.advance(days=1)
    assert office.performance.report(clock.now.date(), clock.now.date()).signer.title == "Kepala Dinas"


def test_calendar_is_stored_and_only_admins_change_it(office, clock):
    assert office.performance.calendar() == DEFAULT_CALENDAR
    as_user(office, "staf")
    with pytest.raises(NotAllowed, match="permission"):
        office.performance.set_calendar(DEFAULT_CALENDAR)
    as_user(office, "admin")
    closed_today = WorkCalendar(holidays=(Holiday(clock.now.date(), "Libur daerah"),))
    office.performance.set_calendar(closed_today)
    assert office.performance.calendar() == closed_today
    with pytest.raises(BadInput, match="bad_backup_warn_days"):
        office.performance.set_calendar(closed_today, backup_warn_days=0)
    ds = _dataset(office, clock)  # all on a holiday: no office time spent
    runs = office.performance.object_timing("dataset", ds).runs
    assert [r.seconds for r in runs] == [0, 0, 0] and [r.work_seconds for r in runs] == [0, 0, 0]
    assert office.activity.entries(limit=50)[-1].action != "work_calendar_saved"
    assert any(e.action == "work_calendar_saved" for e in office.activity.entries(limit=50))


@pytest.mark.skipif(__import__("shutil").which("pdftotext") is None, reason="pdftotext is not installed")
def test_control_sheet_pdf_lists_every_round_with_a_paraf_column(office, clock, tmp_path):
    import subprocess

    pub = _reviewed_publication(office, clock)
    as_user(office, "kasubag")
    path = office.performance.export_control_sheet("publication", pub, tmp_path / "kendali.pdf")
    text = subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True).stdout.replace("\xa0", " ")
    for part in ("LEMBAR KENDALI SOP", "Brosur Izin", "Paraf", "Pelaksana", "Waktu Baku", "(ke-2)", "Dikembalikan",
                 "Disetujui", "Terlambat", "12 mnt /", "7. Publikasi", "8. Arsip", "Tunggu", "30 mnt",
                 "Rincian waktu kerja", "Bonar Sitompul"):
        assert part in text, part
    assert "1. Persiapan" not in text  # a publication goes through steps 5-8 only
    assert office.activity.entries(limit=1)[0].action == "control_sheet_exported"
    with pytest.raises(BadInput, match="bad_object_type"):
        office.performance.export_control_sheet("user", 1, tmp_path / "x.pdf")
