"""SOP timing: work recorded as it happens (start, pause, resume), the activity log read for people
with each entry's time against the standard, and the tables of the timing report and control sheet.

Names load on first use (the command line starts without loading every use case).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from desktop_app.faces import lazy_names

if TYPE_CHECKING:
    from desktop_app.documents.timing_tables import (
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
    from desktop_app.services.timing.activity_log import ActivityService
    from desktop_app.services.timing.activity_records import ActivityRecords, LogFilter, LogRecord
    from desktop_app.services.timing.timing_service import DashboardFigures, PerformanceService, WatchItem
    from desktop_app.services.timing.work_sessions import WorkService

_WHERE = {
    "ActivityService": ("desktop_app.services.timing.activity_log", "ActivityService"),
    "CONTROL_TITLE": ("desktop_app.documents.timing_tables", "CONTROL_TITLE"),
    "DATASET_STEPS": ("desktop_app.documents.timing_tables", "DATASET_STEPS"),
    "METHOD_TITLE": ("desktop_app.documents.timing_tables", "METHOD_TITLE"),
    "OUTCOMES": ("desktop_app.documents.timing_tables", "OUTCOMES"),
    "PUBLICATION_STEPS": ("desktop_app.documents.timing_tables", "PUBLICATION_STEPS"),
    "TITLE": ("desktop_app.documents.timing_tables", "TITLE"),
    "UNRECORDED": ("desktop_app.documents.timing_tables", "UNRECORDED"),
    "WorkService": ("desktop_app.services.timing.work_sessions", "WorkService"),
    "control_rows": ("desktop_app.documents.timing_tables", "control_rows"),
    "count_chart": ("desktop_app.documents.timing_tables", "count_chart"),
    "holder_table": ("desktop_app.documents.timing_tables", "holder_table"),
    "method_paragraphs": ("desktop_app.documents.timing_tables", "method_paragraphs"),
    "period_text": ("desktop_app.documents.timing_tables", "period_text"),
    "report_lists": ("desktop_app.documents.timing_tables", "report_lists"),
    "session_rows": ("desktop_app.documents.timing_tables", "session_rows"),
    "share_chart": ("desktop_app.documents.timing_tables", "share_chart"),
    "step_table": ("desktop_app.documents.timing_tables", "step_table"),
    "summary_rows": ("desktop_app.documents.timing_tables", "summary_rows"),
    "time_against_standard": ("desktop_app.documents.timing_tables", "time_against_standard"),
    "ActivityRecords": ("desktop_app.services.timing.activity_records", "ActivityRecords"),
    "DashboardFigures": ("desktop_app.services.timing.timing_service", "DashboardFigures"),
    "LogFilter": ("desktop_app.services.timing.activity_records", "LogFilter"),
    "LogRecord": ("desktop_app.services.timing.activity_records", "LogRecord"),
    "PerformanceService": ("desktop_app.services.timing.timing_service", "PerformanceService"),
    "WatchItem": ("desktop_app.services.timing.timing_service", "WatchItem"),
}
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
    "ActivityRecords",
    "DashboardFigures",
    "LogFilter",
    "LogRecord",
    "PerformanceService",
    "WatchItem",
]


__getattr__ = lazy_names(__name__, _WHERE)
