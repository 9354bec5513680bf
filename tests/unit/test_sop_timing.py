"""SOP timing from hand-made log events: lead time in office time, repeats, and the rules of work time (start,
pause on switching and idle, resume, completion, weekends, return and resubmission, two people at once, old logs
without start entries). Event times and ``now`` are the fake clock."""

from __future__ import annotations

import datetime as dt

import pytest

from desktop_app.domain.errors import BadInput
from desktop_app.domain.sop_timing import (
    LogEvent,
    Outcome,
    holder_figures,
    judge,
    open_sessions,
    step_figures,
    timeline,
    waited_long,
)
from desktop_app.domain.steps import Step, Timeliness
from desktop_app.domain.work_sessions import DEFAULT_WAIT_WARN_DAYS, TimingRules
from desktop_app.domain.working_time import DEFAULT_CALENDAR

CAL = DEFAULT_CALENDAR
T = dt.datetime
H = 3600


MIN = 60
IDS = {"Siti": 4, "Budi": 5, "Bonar": 7}


def ev(at: dt.datetime, action: str, actor: str = "Siti", **detail) -> LogEvent:
    return LogEvent(at, action, actor, "Staf", "publication" if action.startswith("pub") else "dataset", 1,
                    detail=detail, actor_id=IDS.get(actor))


def work(at: dt.datetime, action: str, actor: str = "Siti", step: int | None = None, **detail) -> LogEvent:
    """A work_started / work_paused / work_resumed entry (``action`` without the 'work_' prefix)."""
    return LogEvent(at, f"work_{action}", actor, "", "dataset", 1, detail=detail, actor_id=IDS.get(actor),
                    step=step)


def test_dataset_steps_one_to_four_with_office_time():
    events = [
        ev(T(2026, 11, 24, 8, 0), "dataset_created"),
        ev(T(2026, 11, 24, 8, 8), "dataset_start_check"),
        ev(T(2026, 11, 24, 8, 20), "dataset_validate", "Budi"),
        ev(T(2026, 11, 27, 16, 0), "dataset_process"),   # Tue 08:20 -> Fri 16:00
        ev(T(2026, 11, 30, 7, 33), "dataset_present"),   # Fri 16:00 -> Mon 07:33: 30 + 3 min
    ]
    line = timeline(events, CAL, T(2026, 12, 1, 9, 0))
    steps = [(r.step, r.seconds, r.outcome, r.actor) for r in line.runs]
    assert steps == [
        (Step.PREPARE, 8 * 60, Outcome.DONE, "Siti"),
        (Step.VALIDATE, 12 * 60, Outcome.VALIDATED, "Budi"),
        (Step.PROCESS, CAL.working_seconds(T(2026, 11, 24, 8, 20), T(2026, 11, 27, 16, 0)), Outcome.DONE, "Siti"),
        (Step.PRESENT, 33 * 60, Outcome.PRESENTED, "Siti"),
    ]
    # no start entries (a log written before work was recorded): lead time only, never late ...
    assert [r.timeliness for r in line.runs] == [None, None, Timeliness.ON_TIME, None]
    assert not any(r.late for r in line.runs) and [r.wait_seconds for r in line.runs] == [None] * 4
    # ... except step 3, whose ten working days are a lead-time standard
    assert line.runs[2].standard_seconds == 75 * H  # 10 working days of 7.5 h
    assert line.runs[2].lead_standard and line.runs[2].judged and not line.runs[0].judged
    assert line.current is None and line.awaiting_backup


def test_a_return_in_step_2_starts_new_rounds_of_steps_1_and_2():
    events = [
        ev(T(2026, 11, 24, 8, 0), "dataset_created"),
        ev(T(2026, 11, 24, 8, 5), "dataset_start_check"),
        ev(T(2026, 11, 24, 8, 9), "dataset_return", "Budi"),
        ev(T(2026, 11, 24, 9, 0), "dataset_start_check"),
        ev(T(2026, 11, 24, 9, 6), "dataset_validate", "Budi"),
    ]
    line = timeline(events, CAL, T(2026, 11, 24, 10, 0))
    assert [(r.step, r.round, r.seconds, r.outcome) for r in line.runs] == [
        (Step.PREPARE, 1, 300, Outcome.DONE), (Step.VALIDATE, 1, 240, Outcome.RETURNED),
        (Step.PREPARE, 2, 51 * 60, Outcome.DONE), (Step.VALIDATE, 2, 360, Outcome.VALIDATED),
        (Step.PROCESS, 1, 54 * 60, ""),
    ]
    assert line.current.step == Step.PROCESS and line.current.open


def test_returned_publication_time_with_author_is_not_the_heads():
    events = [
        ev(T(2026, 11, 24, 8, 0), "publication_created"),
        ev(T(2026, 11, 24, 8, 2), "publication_submitted", "Budi"),
        ev(T(2026, 11, 24, 8, 10), "publication_returned", "Bonar"),
        ev(T(2026, 11, 25, 10, 0), "publication_revised", **{"from": "returned"}),
        ev(T(2026, 11, 25, 10, 30), "publication_submitted", "Budi"),
        ev(T(2026, 11, 25, 10, 39), "publication_approved", "Bonar"),
        ev(T(2026, 11, 25, 10, 43), "publication_published"),
        ev(T(2026, 11, 26, 9, 0), "publication_published"),  # printed again: not a new occurrence
    ]
    line = timeline(events, CAL, T(2026, 11, 26, 10, 0))
    assert [(r.step, r.round, r.outcome, r.actor) for r in line.runs] == [
        (Step.SUBMIT, 1, Outcome.SUBMITTED, "Budi"), (Step.REVIEW, 1, Outcome.RETURNED, "Bonar"),
        (Step.SUBMIT, 2, Outcome.SUBMITTED, "Budi"), (Step.REVIEW, 2, Outcome.APPROVED, "Bonar"),
        (Step.PUBLISH, 1, Outcome.PUBLISHED, "Siti"),
    ]
    review = line.of_step(Step.REVIEW)
    assert [r.seconds for r in review] == [480, 540]  # the head's clock restarts at the resubmission
    assert not any(r.judged for r in review)  # no start entries: lead time only
    # Tue 08:10 -> Wed 10:30 waiting with the author: step 5, round 2
    assert line.of_step(Step.SUBMIT)[1].seconds == CAL.working_seconds(T(2026, 11, 24, 8, 10),
                                                                       T(2026, 11, 25, 10, 30))


def test_step_8_is_the_first_backup_after_the_last_step():
    events = [ev(T(2026, 11, 24, 8, 0), "publication_created"),
              ev(T(2026, 11, 24, 8, 2), "publication_submitted"),
              ev(T(2026, 11, 24, 8, 5), "publication_approved", "Bonar"),
              ev(T(2026, 11, 24, 8, 8), "publication_published")]
    early = LogEvent(T(2026, 11, 24, 8, 1), "backup_made", "Admin", duration_seconds=30)
    backup = LogEvent(T(2026, 11, 24, 9, 1, 30), "backup_made", "Admin", duration_seconds=90)
    later = LogEvent(T(2026, 11, 24, 11, 0), "backup_made", "Admin", duration_seconds=200)
    line = timeline(events, CAL, T(2026, 11, 25, 8, 0), backups=[later, backup, early])
    archive = line.of_step(Step.ARCHIVE)
    assert len(archive) == 1 and archive[0].seconds == 90 and archive[0].actor == "Admin"
    assert archive[0].on_time and not line.awaiting_backup
    assert archive[0].work_seconds == 90 and archive[0].wait_seconds == 0  # the backup is its own work


def test_revising_an_approved_publication_restarts_step_5():
    events = [ev(T(2026, 11, 24, 8, 0), "publication_created"),
              ev(T(2026, 11, 24, 8, 2), "publication_submitted"),
              ev(T(2026, 11, 24, 8, 5), "publication_approved", "Bonar"),
              ev(T(2026, 11, 24, 9, 0), "publication_revised", **{"from": "approved"})]
    line = timeline(events, CAL, T(2026, 11, 24, 9, 2))
    assert [r.step for r in line.runs] == [Step.SUBMIT, Step.REVIEW, Step.SUBMIT]
    assert line.current.round == 2 and line.current.seconds == 120
    assert line.current.work_seconds == 0 and line.current.wait_seconds == 120  # nobody opened it yet
    assert line.current.timeliness == Timeliness.ON_TIME
    assert judge(144, 180) == Timeliness.NEARLY_LATE and judge(143, 180) == Timeliness.ON_TIME


def test_an_open_step_is_nearly_late_then_late_as_the_work_clock_moves():
    events = [ev(T(2026, 11, 24, 15, 50), "dataset_created"), work(T(2026, 11, 24, 15, 55), "started", step=1)]
    assert timeline(events, CAL, T(2026, 11, 24, 16, 2)).current.timeliness == Timeliness.ON_TIME
    assert timeline(events, CAL, T(2026, 11, 25, 7, 30)).current.timeliness == Timeliness.ON_TIME  # night
    assert timeline(events, CAL, T(2026, 11, 25, 7, 33)).current.timeliness == Timeliness.NEARLY_LATE
    current = timeline(events, CAL, T(2026, 11, 25, 7, 36)).current
    assert current.timeliness == Timeliness.LATE and current.running
    assert current.work_seconds == 11 * MIN and current.wait_seconds == 5 * MIN


def test_an_open_step_nobody_works_on_only_waits():
    events = [ev(T(2026, 11, 24, 8, 0), "dataset_created")]
    current = timeline(events, CAL, T(2026, 11, 26, 8, 0)).current
    assert current.seconds == 15 * H and current.work_seconds == 0 and current.wait_seconds == 15 * H
    assert current.timeliness == Timeliness.ON_TIME and not current.running


def test_missing_start_falls_back_to_the_entry_duration():
    events = [LogEvent(T(2026, 11, 24, 9, 0), "dataset_process", "Siti", duration_seconds=3600)]
    run = timeline(events, CAL, T(2026, 11, 24, 10, 0)).runs[0]
    assert run.step == Step.PROCESS and run.start == T(2026, 11, 24, 8, 0) and run.seconds == 3600


def test_step_figures_count_median_longest_on_time():
    events = [
        ev(T(2026, 11, 24, 8, 0), "dataset_created"), work(T(2026, 11, 24, 8, 1), "started"),
        ev(T(2026, 11, 24, 8, 5), "dataset_start_check"),
        work(T(2026, 11, 24, 8, 6), "started"), ev(T(2026, 11, 24, 8, 9), "dataset_return"),
        work(T(2026, 11, 24, 8, 12), "resumed"), work(T(2026, 11, 24, 8, 20), "paused"),  # 8 min of rework
        work(T(2026, 11, 24, 8, 25), "resumed"),  # ... and 4 more: 12 min, late
        ev(T(2026, 11, 24, 8, 29), "dataset_start_check"),
        ev(T(2026, 11, 24, 8, 50), "dataset_validate"),  # step 2, round 2: no start entry
    ]
    runs = timeline(events, CAL, T(2026, 11, 24, 9, 0)).runs
    figures = step_figures(runs, CAL, {Step.PREPARE: 15 * MIN})
    prepare = figures[Step.PREPARE]
    assert (prepare.count, prepare.judged, prepare.on_time, prepare.late) == (2, 2, 1, 1)
    assert prepare.median_seconds == (300 + 1200) / 2  # lead time
    assert prepare.median_work_seconds == (4 * MIN + 12 * MIN) / 2
    assert prepare.median_wait_seconds == (60 + 8 * MIN) / 2 and prepare.longest_work_seconds == 12 * MIN
    assert prepare.waited_long == 0
    validate = figures[Step.VALIDATE]
    assert (validate.count, validate.judged, validate.unrecorded, validate.on_time) == (2, 1, 1, 1)
    assert validate.longest_seconds == 21 * 60 and validate.on_time_share == 1.0
    assert figures[Step.PROCESS].count == 0 and figures[Step.PROCESS].on_time_share is None
    assert step_figures(runs, CAL, {Step.VALIDATE: 60})[Step.VALIDATE].waited_long == 0  # 1 min waited: not over
    assert step_figures(runs, CAL, {Step.PREPARE: 60})[Step.PREPARE].waited_long == 1  # round 2 waited 8 min


def test_first_check_run_and_first_output_are_the_moves():
    events = [
        ev(T(2026, 11, 24, 8, 0), "dataset_created"),
        ev(T(2026, 11, 24, 8, 4), "checks_run"),      # draft -> checking
        ev(T(2026, 11, 24, 8, 6), "checks_run"),      # again while checking: no move
        ev(T(2026, 11, 24, 8, 9), "dataset_validate"),
        ev(T(2026, 11, 24, 9, 0), "output_saved"),    # validated -> processed
        ev(T(2026, 11, 24, 9, 30), "output_saved"),   # another output: no move
    ]
    line = timeline(events, CAL, T(2026, 11, 24, 10, 0))
    assert [(r.step, r.seconds) for r in line.runs] == [
        (Step.PREPARE, 240), (Step.VALIDATE, 300), (Step.PROCESS, 51 * 60), (Step.PRESENT, 3600)]
    assert line.current.step == Step.PRESENT


def test_duration_text_in_office_days():
    from desktop_app.domain.sop_timing import duration_text
    day = CAL.working_day_seconds
    assert duration_text(None, day) == "" and duration_text(480, day) == "8 mnt"
    assert duration_text(2 * H + 300, day) == "2 jam 5 mnt" and duration_text(3 * H, day) == "3 jam"
    assert duration_text(75 * H, day) == "10 hari kerja" and duration_text(17 * H, day) == "2 hari kerja 2 jam"


# --- work time ---------------------------------------------------------------------------------
def test_opening_the_item_starts_the_clock_and_completion_stops_it():
    events = [ev(T(2026, 11, 24, 8, 0), "dataset_created"),
              work(T(2026, 11, 24, 9, 0), "started", step=1),
              ev(T(2026, 11, 24, 9, 7), "dataset_start_check")]
    run = timeline(events, CAL, T(2026, 11, 24, 10, 0)).runs[0]
    assert (run.seconds, run.work_seconds, run.wait_seconds) == (67 * MIN, 7 * MIN, 60 * MIN)
    assert run.timeliness == Timeliness.ON_TIME and run.on_time and not run.running
    assert [(s.actor, s.start, s.end) for s in run.work] == [("Siti", T(2026, 11, 24, 9, 0), T(2026, 11, 24, 9, 7))]


def test_switching_away_pauses_and_coming_back_resumes():
    events = [ev(T(2026, 11, 24, 8, 0), "dataset_created"),
              work(T(2026, 11, 24, 9, 0), "started"), work(T(2026, 11, 24, 9, 4), "paused", reason="switched"),
              work(T(2026, 11, 24, 9, 30), "resumed"), ev(T(2026, 11, 24, 9, 33), "dataset_start_check")]
    run = timeline(events, CAL, T(2026, 11, 24, 10, 0)).runs[0]
    assert run.work_seconds == 7 * MIN and run.wait_seconds == 86 * MIN
    assert [(s.start.minute, s.end.minute) for s in run.work] == [(0, 4), (30, 33)]


def test_an_idle_pause_counts_from_the_last_input_it_names():
    created, started = T(2026, 11, 24, 8, 0), T(2026, 11, 24, 9, 0)
    events = [ev(created, "dataset_created"), work(started, "started"),
              work(T(2026, 11, 24, 9, 10), "paused", reason="idle", **{"from": "2026-11-24T09:03:00"})]
    step, book = open_sessions(events, CAL, T(2026, 11, 24, 9, 30))
    assert step == Step.PREPARE and book.spans[0].seconds == 3 * MIN and not book.is_running(4)
    # the moment named is never before the session began, nor after the entry itself
    early = events[:2] + [work(T(2026, 11, 24, 9, 10), "paused", **{"from": "2026-11-24T08:00:00"})]
    late = events[:2] + [work(T(2026, 11, 24, 9, 10), "paused", **{"from": "2026-11-24T11:00:00"})]
    bad = events[:2] + [work(T(2026, 11, 24, 9, 10), "paused", **{"from": "kemarin"})]
    assert timeline(early, CAL, T(2026, 11, 24, 9, 30)).current.work_seconds == 0
    assert timeline(late, CAL, T(2026, 11, 24, 9, 30)).current.work_seconds == 10 * MIN
    assert timeline(bad, CAL, T(2026, 11, 24, 9, 30)).current.work_seconds == 10 * MIN


def test_repeated_starts_and_pauses_without_a_session_change_nothing():
    events = [ev(T(2026, 11, 24, 8, 0), "dataset_created"),
              work(T(2026, 11, 24, 8, 30), "paused"),  # nothing running: ignored
              work(T(2026, 11, 24, 9, 0), "started"), work(T(2026, 11, 24, 9, 2), "started"),  # already running
              work(T(2026, 11, 24, 9, 5), "paused"), work(T(2026, 11, 24, 9, 6), "paused"),
              ev(T(2026, 11, 24, 9, 10), "dataset_start_check")]
    assert timeline(events, CAL, T(2026, 11, 24, 10, 0)).runs[0].work_seconds == 5 * MIN


def test_work_written_for_another_step_is_not_counted():
    events = [ev(T(2026, 11, 24, 8, 0), "dataset_created"),
              work(T(2026, 11, 24, 9, 0), "started", step=2),  # a stale window thought it was in step 2
              ev(T(2026, 11, 24, 9, 10), "dataset_start_check")]
    assert timeline(events, CAL, T(2026, 11, 24, 10, 0)).runs[0].work_seconds is None


def test_office_hours_across_a_weekend():
    # Friday 27 Nov 2026 ends at 16:30; the session left running over the weekend counts 5 + 5 minutes
    events = [ev(T(2026, 11, 27, 15, 0), "dataset_created"), work(T(2026, 11, 27, 16, 25), "started"),
              ev(T(2026, 11, 30, 7, 35), "dataset_start_check")]
    run = timeline(events, CAL, T(2026, 11, 30, 8, 0)).runs[0]
    assert run.work_seconds == 10 * MIN and run.seconds == 95 * MIN and run.wait_seconds == 85 * MIN
    assert run.on_time and run.timeliness == Timeliness.NEARLY_LATE


def test_a_return_and_resubmission_are_judged_round_by_round():
    d = dt.date(2026, 11, 24)

    def at(hour: int, minute: int, day: int = 0) -> dt.datetime:
        return dt.datetime.combine(d + dt.timedelta(days=day), dt.time(hour, minute))

    events = [
        ev(at(8, 0), "publication_created", "Budi"), work(at(8, 1), "started", "Budi", step=5),
        ev(at(8, 3), "publication_submitted", "Budi"),
        work(at(10, 0), "started", "Bonar", step=6), work(at(10, 5), "paused", "Bonar"),
        work(at(13, 0), "resumed", "Bonar"), ev(at(13, 6), "publication_returned", "Bonar"),  # 11 min: late
        work(at(9, 0, 1), "started", "Budi", step=5),
        ev(at(9, 1, 1), "publication_revised", "Budi", **{"from": "returned"}),
        ev(at(9, 2, 1), "publication_submitted", "Budi"),
        work(at(9, 30, 1), "started", "Bonar", step=6), ev(at(9, 34, 1), "publication_approved", "Bonar"),
    ]
    line = timeline(events, CAL, at(10, 0, 1))
    rows = [(r.step, r.round, r.work_seconds, r.timeliness, r.actor) for r in line.runs if not r.open]
    assert rows == [
        (Step.SUBMIT, 1, 2 * MIN, Timeliness.ON_TIME, "Budi"),
        (Step.REVIEW, 1, 11 * MIN, Timeliness.LATE, "Bonar"),
        (Step.SUBMIT, 2, 2 * MIN, Timeliness.ON_TIME, "Budi"),
        (Step.REVIEW, 2, 4 * MIN, Timeliness.ON_TIME, "Bonar"),
    ]
    first_review, rework = line.of_step(Step.REVIEW)[0], line.of_step(Step.SUBMIT)[1]
    assert first_review.wait_seconds == CAL.working_seconds(at(8, 3), at(13, 6)) - 11 * MIN
    # the head's waiting queue and the author's rework queue are apart: after the return it waits with Budi
    assert rework.wait_seconds == CAL.working_seconds(at(13, 6), at(9, 2, 1)) - 2 * MIN
    assert line.current.step == Step.PUBLISH and line.current.work_seconds == 0


def test_two_people_in_the_same_step_count_once_and_each_their_own():
    events = [ev(T(2026, 11, 24, 8, 0), "dataset_created"), ev(T(2026, 11, 24, 8, 30), "dataset_start_check"),
              work(T(2026, 11, 24, 9, 0), "started", "Siti"), work(T(2026, 11, 24, 9, 4), "started", "Budi"),
              work(T(2026, 11, 24, 9, 6), "paused", "Siti"), ev(T(2026, 11, 24, 9, 9), "dataset_validate", "Budi")]
    run = timeline(events, CAL, T(2026, 11, 24, 10, 0)).of_step(Step.VALIDATE)[0]
    assert run.work_seconds == 9 * MIN and run.on_time  # 09:00-09:09: the overlap counts once
    assert run.work_of(4) == 6 * MIN and run.work_of(5) == 5 * MIN and run.worked_by(4) and not run.worked_by(7)
    assert run.wait_seconds == 30 * MIN


def test_revising_an_approved_publication_abandons_the_step_7_sessions():
    events = [ev(T(2026, 11, 24, 8, 0), "publication_created"), ev(T(2026, 11, 24, 8, 2), "publication_submitted"),
              ev(T(2026, 11, 24, 8, 5), "publication_approved", "Bonar"),
              work(T(2026, 11, 24, 8, 10), "started"),
              ev(T(2026, 11, 24, 9, 0), "publication_revised", **{"from": "approved"})]
    current = timeline(events, CAL, T(2026, 11, 24, 9, 5)).current
    assert current.step == Step.SUBMIT and current.work_seconds == 0 and current.work == ()


def test_old_logs_without_start_entries_are_never_late():
    events = [ev(T(2026, 11, 24, 8, 0), "publication_created"),
              ev(T(2026, 11, 24, 8, 2), "publication_submitted", "Budi"),
              ev(T(2026, 11, 26, 15, 0), "publication_approved", "Bonar"),  # 2.5 days in the head's queue
              ev(T(2026, 11, 27, 8, 0), "publication_published")]
    line = timeline(events, CAL, T(2026, 11, 30, 8, 0))
    assert [(r.step, r.judged, r.late, r.timeliness) for r in line.runs] == [
        (Step.SUBMIT, False, False, None), (Step.REVIEW, False, False, None), (Step.PUBLISH, False, False, None)]
    figures = step_figures(line.runs, CAL)
    assert figures[Step.REVIEW].unrecorded == 1 and figures[Step.REVIEW].late == 0
    assert figures[Step.REVIEW].median_seconds > 0 and figures[Step.REVIEW].median_work_seconds is None


def test_waiting_is_flagged_against_its_own_limit_and_per_holder():
    rules = TimingRules()
    limits = rules.wait_limits(CAL)
    events = [ev(T(2026, 11, 24, 8, 0), "publication_created", "Budi"),
              work(T(2026, 11, 24, 8, 0), "started", "Budi"), ev(T(2026, 11, 24, 8, 2), "publication_submitted", "Budi"),
              work(T(2026, 11, 27, 9, 0), "started", "Bonar"), ev(T(2026, 11, 27, 9, 5), "publication_approved", "Bonar")]
    line = timeline(events, CAL, T(2026, 11, 27, 10, 0))
    review = line.of_step(Step.REVIEW)[0]
    assert review.on_time and waited_long(review, limits)  # waited 3 days for the head: flagged, not late
    assert not waited_long(line.of_step(Step.SUBMIT)[0], limits)
    holders = holder_figures(line.runs, limits)
    assert [(h.actor, h.count, h.waited_long, h.median_work_seconds) for h in holders] == [
        ("Bonar", 1, 1, 5 * MIN), ("Budi", 1, 0, 2 * MIN)]
    assert holders[0].total_wait_seconds == review.wait_seconds


def test_timing_rules_are_plain_data_and_refuse_nonsense():
    rules = TimingRules({**DEFAULT_WAIT_WARN_DAYS, Step.REVIEW: 1}, idle_minutes=7)
    assert TimingRules.from_dict(rules.to_dict()) == rules
    assert TimingRules.from_dict({}) == TimingRules()
    assert rules.wait_limit_seconds(Step.REVIEW, CAL) == CAL.working_day_seconds
    assert rules.wait_limit_seconds(Step.ARCHIVE, CAL) is None
    for bad in ({"idle_minutes": 0}, {"idle_minutes": "x"}, {"wait_warn_days": {"6": 0}},
                {"wait_warn_days": {"9": 2}}, {"wait_warn_days": {"2": 61}}):
        with pytest.raises(BadInput, match="bad_timing_rules"):
            TimingRules.from_dict(bad)
