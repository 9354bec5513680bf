"""SOP timing from hand-made log events: durations in office time, repeats, nearly late and late."""

from __future__ import annotations

import datetime as dt

from desktop_app.domain.sop_timing import LogEvent, Outcome, judge, step_figures, timeline
from desktop_app.domain.steps import Step, Timeliness
from desktop_app.domain.working_time import DEFAULT_CALENDAR

CAL = DEFAULT_CALENDAR
T = dt.datetime
H = 3600


def ev(at: dt.datetime, action: str, actor: str = "Siti", **detail) -> LogEvent:
    return LogEvent(at, action, actor, "Staf", "publication" if action.startswith("pub") else "dataset", 1,
                    detail=detail)


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
    assert [r.timeliness for r in line.runs] == [Timeliness.NEARLY_LATE, Timeliness.LATE,
                                                  Timeliness.ON_TIME, Timeliness.LATE]
    assert line.runs[2].standard_seconds == 75 * H  # 10 working days of 7.5 h
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
    assert all(r.on_time for r in review)
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


def test_revising_an_approved_publication_restarts_step_5():
    events = [ev(T(2026, 11, 24, 8, 0), "publication_created"),
              ev(T(2026, 11, 24, 8, 2), "publication_submitted"),
              ev(T(2026, 11, 24, 8, 5), "publication_approved", "Bonar"),
              ev(T(2026, 11, 24, 9, 0), "publication_revised", **{"from": "approved"})]
    line = timeline(events, CAL, T(2026, 11, 24, 9, 2))
    assert [r.step for r in line.runs] == [Step.SUBMIT, Step.REVIEW, Step.SUBMIT]
    assert line.current.round == 2 and line.current.seconds == 120
    assert line.current.timeliness == Timeliness.ON_TIME  # 2 of 3 minutes: 80% is 144 s
    assert judge(144, 180) == Timeliness.NEARLY_LATE and judge(143, 180) == Timeliness.ON_TIME


def test_an_open_step_is_nearly_late_then_late_as_the_clock_moves():
    events = [ev(T(2026, 11, 24, 15, 55), "dataset_created")]
    assert timeline(events, CAL, T(2026, 11, 24, 16, 2)).current.timeliness == Timeliness.ON_TIME
    assert timeline(events, CAL, T(2026, 11, 25, 7, 30)).current.timeliness == Timeliness.ON_TIME  # night
    assert timeline(events, CAL, T(2026, 11, 25, 7, 33)).current.timeliness == Timeliness.NEARLY_LATE
    assert timeline(events, CAL, T(2026, 11, 25, 7, 36)).current.timeliness == Timeliness.LATE


def test_missing_start_falls_back_to_the_entry_duration():
    events = [LogEvent(T(2026, 11, 24, 9, 0), "dataset_process", "Siti", duration_seconds=3600)]
    run = timeline(events, CAL, T(2026, 11, 24, 10, 0)).runs[0]
    assert run.step == Step.PROCESS and run.start == T(2026, 11, 24, 8, 0) and run.seconds == 3600


def test_step_figures_count_median_longest_on_time():
    events = [
        ev(T(2026, 11, 24, 8, 0), "dataset_created"), ev(T(2026, 11, 24, 8, 5), "dataset_start_check"),
        ev(T(2026, 11, 24, 8, 9), "dataset_return"), ev(T(2026, 11, 24, 8, 29), "dataset_start_check"),
        ev(T(2026, 11, 24, 8, 50), "dataset_validate"),
    ]
    runs = timeline(events, CAL, T(2026, 11, 24, 9, 0)).runs
    figures = step_figures(runs, CAL)
    assert figures[Step.PREPARE].count == 2 and figures[Step.PREPARE].on_time == 1
    assert figures[Step.PREPARE].median_seconds == (300 + 1200) / 2
    assert figures[Step.VALIDATE].longest_seconds == 21 * 60 and figures[Step.VALIDATE].on_time_share == 0.5
    assert figures[Step.PROCESS].count == 0 and figures[Step.PROCESS].on_time_share is None


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
