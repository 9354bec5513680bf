"""SOP timing: work recorded as it happens (start, pause, resume), the activity log read for people
with each entry's time against the standard, and the tables of the timing report and control sheet."""

from __future__ import annotations

from desktop_app.services.timing.activity_log import ActivityService
from desktop_app.services.timing.report_tables import (
    CONTROL_TITLE,
    DATASET_STEPS,
    METHOD_TITLE,
    OUTCOMES,
    PUBLICATION_STEPS,
    TITLE,
    UNRECORDED,
    control_rows,
    count_chart,
    holder_table,
    method_paragraphs,
    period_text,
    report_lists,
    session_rows,
    share_chart,
    step_table,
    summary_rows,
    time_against_standard,
)
from desktop_app.services.timing.work_sessions import WorkService

__all__ = [
    "ActivityService",
    "CONTROL_TITLE",
    "DATASET_STEPS",
    "METHOD_TITLE",
    "OUTCOMES",
    "PUBLICATION_STEPS",
    "TITLE",
    "UNRECORDED",
    "WorkService",
    "control_rows",
    "count_chart",
    "holder_table",
    "method_paragraphs",
    "period_text",
    "report_lists",
    "session_rows",
    "share_chart",
    "step_table",
    "summary_rows",
    "time_against_standard",
]
