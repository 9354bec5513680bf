"""SOP performance from the activity log: control sheets, dashboard figures, the performance report, and the
e-Kinerja material of one employee.

All timing follows ``domain.sop_timing`` (work time and waiting time in office time of
``domain.working_time``); the office calendar, the backup-age warning and the timing rules (idle minutes,
waiting warnings per step) live in the settings table ("work_calendar", "backup_warn_days",
"timing_rules") and fall back to the defaults when absent. Only an administrator (the EDIT_OFFICE
permission) changes them.
"""

from __future__ import annotations

import datetime as dt
import threading
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop_app.documents.kinerja import KinerjaSheet, kinerja_rows
from desktop_app.documents.letters import ControlSheet
from desktop_app.documents.timing import Listed, ObjectTiming, PerformanceReport
from desktop_app.documents.timing_tables import OUTCOMES
from desktop_app.domain.errors import BadInput, NotAllowed
from desktop_app.domain.periods import parse_period
from desktop_app.domain.roles import Action, Role
from desktop_app.domain.sop_timing import (
    BACKUP_ACTION,
    TIMING_ACTIONS,
    LogEvent,
    StepFigures,
    StepRun,
    by_timeline,
    holder_figures,
    step_figures,
    timeline,
    waited_long,
)
from desktop_app.domain.steps import Step, Timeliness
from desktop_app.domain.work_sessions import DEFAULT_RULES, TimingRules
from desktop_app.domain.working_time import DEFAULT_CALENDAR, WorkCalendar
from desktop_app.services.accounts import letterhead_of, signer_on
from desktop_app.services.datasets import report_target
from desktop_app.services.runtime import ServiceContext, record_output, write_atomically
from desktop_app.storage import activity_log
from desktop_app.storage.models import Dataset, LogEntry, Office, Publication, Setting, User

CALENDAR_KEY = "work_calendar"
BACKUP_WARN_KEY = "backup_warn_days"
RULES_KEY = "timing_rules"
DEFAULT_BACKUP_WARN_DAYS = 7
OBJECT_TYPES = ("dataset", "publication")


@dataclass(frozen=True)
class WatchItem:
    """An item whose current step is late or nearly late, or has waited longer than its warning."""

    object_type: str
    object_id: int
    label: str
    run: StepRun
    holder: str = ""  # whose queue it waits in


@dataclass(frozen=True)
class DashboardFigures:
    per_step: dict[Step, int]  # items whose current step is this one (step 8: waiting for a backup)
    late: tuple[WatchItem, ...]
    nearly_late: tuple[WatchItem, ...]
    month_runs: dict[Step, StepFigures]  # occurrences finished this month
    backup_days: int | None  # whole days since the last verified backup; None: never
    backup_warn_days: int
    waiting: tuple[WatchItem, ...] = ()  # current steps waiting longer than their warning, longest first
    wait_limits: dict[Step, float | None] = field(default_factory=dict)
    working: tuple[WatchItem, ...] = ()  # items someone is working on right now

    @property
    def backup_warning(self) -> bool:
        return self.backup_days is None or self.backup_days >= self.backup_warn_days


def _event(e: LogEntry) -> LogEvent:
    return LogEvent(e.at, e.action, e.actor_name, e.actor_role, e.object_type, e.object_id,
                    e.duration_seconds, dict(e.detail or {}), e.actor_id, e.step, e.id)


class PerformanceService:
    """Timing of every item against the SOP's standard times, and the reports built on it."""

    def __init__(self, ctx: ServiceContext) -> None:
        self.ctx = ctx
        # The log is append-only: the events read for timing stay valid until its head moves.
        self._events_cache: tuple[tuple[int, str], dict[tuple[str, int], list[LogEvent]]] | None = None
        # ... and the timings computed from them hold for one moment (a refresh of every tab asks several times)
        self._timings_cache: tuple[tuple[tuple[int, str], dt.datetime], list[ObjectTiming]] | None = None
        self._cache_lock = threading.Lock()

    # --- settings ----------------------------------------------------------------------------
    def calendar(self) -> WorkCalendar:
        with self.ctx.db.reading() as s:
            return self._calendar(s)

    def backup_warn_days(self) -> int:
        with self.ctx.db.reading() as s:
            return self._warn_days(s)

    def timing_rules(self) -> TimingRules:
        """Idle minutes after which work pauses, and the waiting warning (working days) per step."""
        with self.ctx.db.reading() as s:
            return self._rules(s)

    def set_timing_rules(self, rules: TimingRules) -> None:
        """Store the timing rules; administrators only."""
        with self.ctx.db.unit_of_work() as s:
            self.ctx.require(s, Action.EDIT_OFFICE)
            _put(s, RULES_KEY, rules.to_dict())
            self.ctx.log(s, "timing_rules_saved", object_type="settings", object_label=RULES_KEY,
                         detail=rules.to_dict())

    def set_calendar(self, calendar: WorkCalendar, backup_warn_days: int | None = None) -> None:
        """Store the office calendar (and the backup warning); administrators only."""
        if backup_warn_days is not None and not 1 <= backup_warn_days <= 365:
            raise BadInput("bad_backup_warn_days", str(backup_warn_days))
        with self.ctx.db.unit_of_work() as s:
            self.ctx.require(s, Action.EDIT_OFFICE)
            _put(s, CALENDAR_KEY, calendar.to_dict())
            if backup_warn_days is not None:
                _put(s, BACKUP_WARN_KEY, {"days": backup_warn_days})
            self.ctx.log(s, "work_calendar_saved", object_type="settings", object_label=CALENDAR_KEY,
                         detail={"holidays": len(calendar.holidays), "backup_warn_days": backup_warn_days})

    # --- timing ------------------------------------------------------------------------------
    def object_timing(self, object_type: str, object_id: int) -> ObjectTiming:
        """The step occurrences of one dataset or publication (BadInput for an unknown one)."""
        with self.ctx.db.reading() as s:
            label, state, sample, author = _object(s, object_type, object_id)
            events = by_timeline(_event(e) for e in s.scalars(
                select(LogEntry).where(LogEntry.object_type == object_type, LogEntry.object_id == object_id,
                                       LogEntry.action.in_(TIMING_ACTIONS)).order_by(LogEntry.id)))[""]
            backups = self._backups(s)
            calendar = self._calendar(s)
            line = timeline(events, calendar, self.ctx.now(), backups)
            return ObjectTiming(object_type, object_id, label, state, line, sample, calendar.working_day_seconds,
                                author, self._rules(s).wait_limits(calendar))

    def timings(self) -> list[ObjectTiming]:
        """Every dataset and publication with its step occurrences."""
        with self.ctx.db.reading() as s:
            return self._timings(s)

    def open_runs(self, object_type: str, steps: Sequence[Step] = ()) -> dict[int, StepRun]:
        """The open step occurrence of every dataset (or publication) that is in a step now, by id.

        ``steps``: only occurrences of these steps (a series may be in step 4 with new periods in step 1:
        the tab of step 1 shows the periods' occurrence, the tab of step 4 none).
        """
        with self.ctx.db.reading() as s:
            found: dict[int, StepRun] = {}
            for t in self._timings(s):
                current = t.timeline.current
                if t.object_type != object_type or current is None or (steps and current.step not in steps):
                    continue
                found.setdefault(t.object_id, current)
            return found

    def runs_by_entry(self) -> dict[int, StepRun]:
        """Every finished step occurrence of a dataset or publication, by the log entry that completed it."""
        with self.ctx.db.reading() as s:
            return {r.end_entry_id: r for t in self._timings(s) for r in t.runs
                    if r.end_entry_id is not None and r.step != Step.ARCHIVE}

    def dashboard(self) -> DashboardFigures:
        now = self.ctx.now()
        with self.ctx.db.reading() as s:
            calendar = self._calendar(s)
            items = self._timings(s)
            last = s.scalar(select(LogEntry.at).where(LogEntry.action == BACKUP_ACTION)
                            .order_by(LogEntry.id.desc()).limit(1))
            warn = self._warn_days(s)
            limits = self._rules(s).wait_limits(calendar)
        per_step = {step: 0 for step in Step}
        late, nearly, waiting, working = [], [], [], []
        month_start = dt.datetime(now.year, now.month, 1)
        month_runs: list[StepRun] = []
        for item in items:
            current = item.timeline.current
            if current is not None:
                per_step[current.step] += 1
                watch = WatchItem(item.object_type, item.object_id, item.label, current, item.holder)
                status = current.timeliness
                if status == Timeliness.LATE:
                    late.append(watch)
                elif status == Timeliness.NEARLY_LATE:
                    nearly.append(watch)
                if waited_long(current, limits):
                    waiting.append(watch)
                if current.running:
                    working.append(watch)
            elif item.timeline.awaiting_backup:
                per_step[Step.ARCHIVE] += 1
            month_runs += [r for r in item.runs if r.end is not None and r.end >= month_start]

        def by_share(w: WatchItem) -> float:
            return -(w.run.measured_seconds or 0) / w.run.standard_seconds

        return DashboardFigures(per_step, tuple(sorted(late, key=by_share)), tuple(sorted(nearly, key=by_share)),
                                step_figures(month_runs, calendar, limits),
                                None if last is None else (now.date() - last.date()).days, warn,
                                tuple(sorted(waiting, key=lambda w: -(w.run.wait_seconds or 0))), limits,
                                tuple(sorted(working, key=lambda w: w.label.casefold())))

    # --- the performance report --------------------------------------------------------------
    def may_report_office(self) -> bool:
        """Whether the logged-in user may print the Laporan Pelaksanaan of the whole office or of someone
        else: a Staf prints their own only (an acting head, Plt., stands for the head)."""
        actor = self.ctx.actor
        return actor is not None and (actor.role != Role.STAF or actor.acting_head)

    def report(self, start: dt.date, end: dt.date, employee: str = "") -> PerformanceReport:
        """Figures of the period [start, end] (whole days), for the office or one employee (name or username).

        A Staf gets their own report only (NotAllowed ``report_self_only`` otherwise)."""
        if end < start:
            raise BadInput("bad_period", f"{start} > {end}")
        actor = self.ctx.require_actor()
        lo = dt.datetime.combine(start, dt.time.min)
        hi = dt.datetime.max if end >= dt.date.max else dt.datetime.combine(end + dt.timedelta(days=1), dt.time.min)
        with self.ctx.db.reading() as s:
            user_id = _employee(s, employee) if employee.strip() else None
            if user_id != actor.user_id and not self.may_report_office():
                raise NotAllowed("report_self_only", employee or "-")
            employee_name = s.get(User, user_id).full_name if user_id is not None else ""
            calendar = self._calendar(s)
            rules = self._rules(s)
            runs, labels = [], set()
            for item in self._timings(s):
                for run in item.runs:
                    if run.end is not None and lo <= run.end < hi and (user_id is None or run.actor_id == user_id):
                        runs.append(run)
                        labels.add((item.object_type, item.object_id))
            query = select(LogEntry).where(LogEntry.at >= lo, LogEntry.at < hi).order_by(LogEntry.id)
            if user_id is not None:
                query = query.where(LogEntry.actor_id == user_id)
            entries = list(s.scalars(query))
            lists: dict[str, list[Listed]] = defaultdict(list)
            for e in entries:
                if e.action == "confirmation_logged":
                    d = e.detail or {}
                    remark = " · ".join(str(d.get(k, "")) for k in ("source", "channel", "outcome") if d.get(k))
                    lists[e.action].append(Listed(e.at, e.object_label, e.actor_name, remark))
                elif e.action == BACKUP_ACTION:
                    size = (e.detail or {}).get("size")
                    lists[e.action].append(Listed(e.at, e.object_label, e.actor_name,
                                                  f"{size / 1_048_576:.1f} MB".replace(".", ",") if size else ""))
                elif e.action == "dataset_revised":
                    d = e.detail or {}
                    lists[e.action].append(Listed(e.at, e.object_label, e.actor_name,
                                                  f"revisi {d.get('revision', '')}: {d.get('reason', '')}"))
                elif e.action in ("periods_validated", "dataset_validate") and (e.detail or {}).get("periods"):
                    periods = ", ".join(str(p) for p in e.detail["periods"])
                    lists["periods"].append(Listed(e.at, e.object_label, e.actor_name,
                                                   f"{periods} (revisi {e.detail.get('revision', '')})"))
                elif e.action in ("publication_approved", "publication_returned", "publication_published"):
                    acting = "Plt." if (e.detail or {}).get("acting") else ""
                    lists[e.action].append(Listed(e.at, e.object_label, e.actor_name,
                                                  acting or f"versi {(e.detail or {}).get('version', '')}"))
            office = s.get(Office, 1)
            letterhead = letterhead_of(office)
            signer = signer_on(s, self.ctx.now().date(), office)
            limits = rules.wait_limits(calendar)
            return PerformanceReport(
                start, end, employee_name, self.ctx.now(), letterhead, signer, step_figures(runs, calendar, limits),
                len(entries), len(labels), tuple(lists["publication_approved"]),
                tuple(lists["publication_returned"]), tuple(lists["publication_published"]),
                tuple(lists["confirmation_logged"]), tuple(lists[BACKUP_ACTION]), office.is_sample,
                calendar.working_day_seconds, tuple(holder_figures(runs, limits)), calendar, rules,
                activity_log.chain_head(s), tuple(lists["dataset_revised"]), tuple(lists["periods"]))

    def export_report(self, start: dt.date, end: dt.date, out_path: Path, employee: str = "", *,
                      overwrite: bool = True) -> Path:
        """Write the report as PDF or XLSX (by the file's extension) and log it. The target follows the output
        rules (``report_target``; PADI's own earlier file is replaced only when ``overwrite``)."""
        out_path, suffix = report_target(out_path, (".pdf", ".xlsx"), ctx=self.ctx, overwrite=overwrite)
        report = self.report(start, end, employee)
        if suffix == ".pdf":
            from desktop_app.render.pdf.timing_report import render_report_bytes  # reportlab only for a PDF
            write_atomically(render_report_bytes(report), out_path)
        else:
            from desktop_app.render.xlsx.timing_report import report_workbook_bytes  # openpyxl only for XLSX
            write_atomically(report_workbook_bytes(report), out_path)
        with self.ctx.db.unit_of_work() as s:
            self.ctx.log(s, "report_exported", object_type="report", object_label=out_path.name,
                         detail={"from": start.isoformat(), "to": end.isoformat(), "employee": report.employee,
                                 "format": suffix[1:]})
            record_output(self.ctx, out_path, "report", s)
        return out_path

    # --- e-Kinerja ----------------------------------------------------------------------------
    def kinerja(self, start: dt.date, end: dt.date, employee: str) -> KinerjaSheet:
        """One employee's SOP activities in [start, end], day by day (BadInput 'employee_required' without one)."""
        if not employee.strip():
            raise BadInput("employee_required")
        if end < start:
            raise BadInput("bad_period", f"{start} > {end}")
        actor = self.ctx.require_actor()
        lo, hi = dt.datetime.combine(start, dt.time.min), dt.datetime.combine(end + dt.timedelta(days=1), dt.time.min)
        with self.ctx.db.reading() as s:
            user = s.get(User, _employee(s, employee))
            if user.id != actor.user_id and not self.may_report_office():
                raise NotAllowed("report_self_only", employee)
            calendar = self._calendar(s)
            office = s.get(Office, 1)
            items = [(t.object_type, t.label, run) for t in self._timings(s) for run in t.runs]
            rows = kinerja_rows(items, user.id, lo, hi, calendar, self.ctx.now(), OUTCOMES)
            return KinerjaSheet(user.full_name, user.username, user.nip, user.rank, _role_title(user),
                                office.name, start, end, self.ctx.now(), tuple(rows), calendar.working_day_seconds,
                                office.is_sample)

    def export_kinerja(self, start: dt.date, end: dt.date, employee: str, out_path: Path, *,
                       overwrite: bool = True) -> Path:
        """Write the e-Kinerja material of one employee as XLSX and log it. The target follows the output
        rules (``report_target``; PADI's own earlier file is replaced only when ``overwrite``)."""
        out_path, _suffix = report_target(out_path, (".xlsx",), ctx=self.ctx, overwrite=overwrite)
        sheet = self.kinerja(start, end, employee)
        from desktop_app.render.xlsx.kinerja import workbook_bytes  # openpyxl only when a workbook is made
        write_atomically(workbook_bytes(sheet), out_path)
        with self.ctx.db.unit_of_work() as s:
            self.ctx.log(s, "kinerja_exported", object_type="report", object_label=out_path.name,
                         detail={"from": start.isoformat(), "to": end.isoformat(), "employee": sheet.employee,
                                 "activities": len(sheet.rows), "work_seconds": round(sheet.work_seconds)})
            record_output(self.ctx, out_path, "report", s)
        return out_path

    def export_control_sheet(self, object_type: str, object_id: int, out_path: Path) -> Path:
        """Write the Lembar Kendali SOP of one item as PDF and log it."""
        out_path, _suffix = report_target(out_path, ctx=self.ctx)
        self.ctx.require_actor()
        timing = self.object_timing(object_type, object_id)
        with self.ctx.db.reading() as s:
            office = s.get(Office, 1)
            letterhead = letterhead_of(office)
        from desktop_app.render.pdf.control_sheet import render_control_sheet_bytes  # reportlab only for a PDF
        write_atomically(render_control_sheet_bytes(ControlSheet(letterhead, timing, self.ctx.now())), out_path)
        with self.ctx.db.unit_of_work() as s:
            self.ctx.log(s, "control_sheet_exported", object_type=object_type, object_id=object_id,
                         object_label=timing.label, detail={"file": out_path.name})
            record_output(self.ctx, out_path, "control_sheet", s)
        return out_path

    # --- internals ---------------------------------------------------------------------------
    def _calendar(self, s: Session) -> WorkCalendar:
        row = s.get(Setting, CALENDAR_KEY)
        return WorkCalendar.from_dict(row.value) if row else DEFAULT_CALENDAR

    def _warn_days(self, s: Session) -> int:
        row = s.get(Setting, BACKUP_WARN_KEY)
        return int(row.value.get("days", DEFAULT_BACKUP_WARN_DAYS)) if row else DEFAULT_BACKUP_WARN_DAYS

    def _rules(self, s: Session) -> TimingRules:
        row = s.get(Setting, RULES_KEY)
        return TimingRules.from_dict(row.value) if row else DEFAULT_RULES

    def _backups(self, s: Session) -> list[LogEvent]:
        return [_event(e) for e in s.scalars(select(LogEntry).where(LogEntry.action == BACKUP_ACTION))]

    def _timings(self, s: Session) -> list[ObjectTiming]:
        now = self.ctx.now()
        # Every change of a setting, state or name writes the log, so its head and the moment are the key.
        key = (activity_log.chain_head(s), now)
        with self._cache_lock:
            if self._timings_cache is not None and self._timings_cache[0] == key:
                return self._timings_cache[1]
        calendar, backups = self._calendar(s), self._backups(s)
        limits = self._rules(s).wait_limits(calendar)
        events = self._timing_events(s)
        users = dict(s.execute(select(User.id, User.full_name)).all())
        names = {("dataset", d.id): (d.name, d.state, d.is_sample, users.get(d.author_id, ""))
                 for d in s.scalars(select(Dataset))}
        names |= {("publication", p.id): (p.title, p.state, p.is_sample, users.get(p.author_id, ""))
                  for p in s.scalars(select(Publication))}
        result = [ObjectTiming(kind, oid, _batch_label(names[(kind, oid)][0], batch), names[(kind, oid)][1],
                               timeline(evs, calendar, now, backups), names[(kind, oid)][2],
                               calendar.working_day_seconds, names[(kind, oid)][3], limits, batch)
                  for (kind, oid), lines in events.items() if (kind, oid) in names
                  for batch, evs in by_timeline(lines).items()]
        with self._cache_lock:
            self._timings_cache = (key, result)
        return result

    def _timing_events(self, s: Session) -> dict[tuple[str, int], list[LogEvent]]:
        """The timing entries of every dataset and publication, read again only when the log has grown."""
        head = activity_log.chain_head(s)
        with self._cache_lock:
            if self._events_cache is not None and self._events_cache[0] == head:
                return self._events_cache[1]
        events: dict[tuple[str, int], list[LogEvent]] = defaultdict(list)
        for e in s.scalars(select(LogEntry).where(LogEntry.action.in_(TIMING_ACTIONS),
                                                  LogEntry.object_type.in_(OBJECT_TYPES)).order_by(LogEntry.id)):
            events[(e.object_type, e.object_id)].append(_event(e))
        events = dict(events)
        with self._cache_lock:
            self._events_cache = (head, events)
        return events


def _batch_label(label: str, batch: str) -> str:
    """'Izin Terbit (periode April 2024)' for a batch of new periods; the object's own label otherwise."""
    if not batch:
        return label
    period = parse_period(batch)
    return f"{label} (periode {period.label if period else batch})"


def _put(s: Session, key: str, value: dict) -> None:
    row = s.get(Setting, key)
    if row is None:
        s.add(Setting(key=key, value=value))
    else:
        row.value = value


def _object(s: Session, object_type: str, object_id: int) -> tuple[str, str, bool, str]:
    """Label, state, sample flag and author's name of a dataset or publication."""
    if object_type == "dataset":
        ds = s.get(Dataset, object_id)
        if ds is not None:
            return ds.name, ds.state, ds.is_sample, _user_name(s, ds.author_id)
        raise BadInput("unknown_dataset", str(object_id))
    if object_type == "publication":
        pub = s.get(Publication, object_id)
        if pub is not None:
            return pub.title, pub.state, pub.is_sample, _user_name(s, pub.author_id)
        raise BadInput("unknown_publication", str(object_id))
    raise BadInput("bad_object_type", object_type)


def _user_name(s: Session, user_id: int | None) -> str:
    user = s.get(User, user_id) if user_id is not None else None
    return user.full_name if user is not None else ""


def _employee(s: Session, name: str) -> int:
    wanted = name.strip().casefold()
    for user in s.scalars(select(User).order_by(User.id)):
        if wanted in (user.username.casefold(), user.full_name.casefold()):
            return user.id
    raise BadInput("unknown_employee", name)


def _role_title(user: User) -> str:
    try:
        return Role(user.role).label
    except ValueError:
        return str(user.role)
