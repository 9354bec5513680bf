"""Datasets through steps 1–4: create and edit (1), check and confirm (2), tabulate (3), present (4).

A dataset works on its current revision (``domain.revisions`` describes revisions and series); a
series past step 2 takes its new periods through steps 1-2 as a batch (``services.series``) while the
revision stays in step 3 or 4. Drafts are deleted to the Sampah (``services.trash``), and a dataset
in the catalogue can be withdrawn and put back.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import delete, func, select
from sqlalchemy.orm import Session
from sqlalchemy.orm.attributes import flag_modified

from desktop_app.documents.letters import ConfirmationLetter
from desktop_app.domain.charts import ChartChoice, ChartSpec, chart_of
from desktop_app.domain.checks import Finding, Severity, has_errors, run_checks
from desktop_app.domain.columns import ColumnSpec, ColumnType, identifier_text
from desktop_app.domain.confirmations import CHANNELS, OUTCOMES
from desktop_app.domain.errors import BadInput, NotAllowed
from desktop_app.domain.metadata import DatasetMeta
from desktop_app.domain.periods import Grain, Period, grain_of, parse_period
from desktop_app.domain.pivot import PivotSpec, pivot
from desktop_app.domain.pivot_charts import pivot_chart
from desktop_app.domain.revisions import SERVING_STATES, is_outdated
from desktop_app.domain.roles import Action, Actor, Role
from desktop_app.domain.series import PeriodState
from desktop_app.domain.steps import Step
from desktop_app.domain.subtotals import Subtotal, follow_rows
from desktop_app.domain.tables import TableData
from desktop_app.domain.tabulation import Aggregate, GroupTotalSpec, group_total
from desktop_app.domain.workflow import DATASET_STEP, DatasetState, Move, find_transition
from desktop_app.services.accounts import letterhead_of
from desktop_app.services.datasets import letters, revisions, series, trash
from desktop_app.services.datasets.dataset_fields import apply_meta as _apply_meta
from desktop_app.services.datasets.dataset_fields import columns_of as _columns
from desktop_app.services.datasets.dataset_fields import meta_of as _meta
from desktop_app.services.datasets.dataset_fields import rows_of as _rows
from desktop_app.services.datasets.exporting import report_target
from desktop_app.services.datasets.letters import LetterRecord
from desktop_app.services.runtime import ServiceContext, attempt, record_output, write_atomically
from desktop_app.storage.dialect import get_for_change
from desktop_app.storage.models import (
    CheckRun,
    Confirmation,
    Dataset,
    DatasetColumn,
    DatasetPeriod,
    DatasetRow,
    LogEntry,
    Office,
    Output,
    User,
)
from desktop_app.storage.row_pages import count_rows, fetch_page

MAX_ATTACHMENT_BYTES = 10 * 1024 * 1024
LETTER_MAX_ROWS = 60  # rows of data printed in a confirmation letter's attachment
ACCEPTED = "check_failures_accepted"  # the log action that records an acceptance and the check run it covers


@dataclass(frozen=True)
class DatasetSummary:
    id: int
    name: str
    group: str
    state: DatasetState
    author: str
    rows: int
    stage_since: dt.datetime
    updated_at: dt.datetime
    is_sample: bool
    revision: int = 1  # the number of the current revision
    series: str = ""  # the grain of a series ("month", ...); "" when it is not one
    batch_state: DatasetState | None = None  # a series past step 2 with new periods in draft or checking
    withdrawn: bool = False  # withdrawn from the data catalogue
    row_version: int = 0  # what a save passes back as ``base_version`` (changes by any PC are caught)

    def in_state(self, states: Sequence[DatasetState]) -> bool:
        """Whether a stage that lists these states shows it (its revision's state or its open batch's)."""
        return self.state in states or (self.batch_state is not None and self.batch_state in states)

    @property
    def work_state(self) -> DatasetState:
        """The state steps 1-2 see: the open batch's while a series has one, else the revision's."""
        return self.batch_state or self.state


@dataclass(frozen=True)
class DatasetDetail:
    summary: DatasetSummary
    meta: DatasetMeta
    columns: tuple[ColumnSpec, ...]
    rows: tuple[tuple[object, ...], ...]
    last_check: CheckReport | None
    confirmations: tuple[ConfirmationInfo, ...]
    outputs: tuple[OutputInfo, ...]
    rows_complete: bool = True  # False: over the caller's row limit, ``rows`` is empty (read them in pages)
    subtotals: tuple[Subtotal, ...] = ()  # subtotal rows of the imported file, checked in step 2
    served_revision: int | None = None  # the revision serving the catalogue and publications
    shown_revision: int | None = None  # the revision these metadata, columns and rows are of (None: current)


@dataclass(frozen=True)
class CheckReport:
    run_at: dt.datetime
    findings: tuple[Finding, ...]

    @property
    def passed(self) -> bool:
        return not has_errors(self.findings)


@dataclass(frozen=True)
class ConfirmationInfo:
    source: str
    channel: str
    contact_person: str
    confirmed_on: dt.date
    outcome: str
    note: str
    recorded_by: str
    recorded_at: dt.datetime
    attachment_name: str = ""  # "" when no scan is attached


@dataclass(frozen=True)
class CheckSettings:
    """How a dataset is checked in step 2, and whether the errors of its last check were accepted."""

    key_columns: tuple[str, ...]
    change_threshold: float | None  # percent; None: changes between periods are not checked
    accepted_by: str = ""  # "Budi Santoso (Kasubag Program)" while an acceptance covers the last check run
    accepted_reason: str = ""

    @property
    def accepted(self) -> bool:
        return bool(self.accepted_by)


@dataclass(frozen=True)
class OutputInfo:
    id: int
    dataset_id: int
    name: str
    spec: GroupTotalSpec
    created_at: dt.datetime
    kind: str = "group_total"
    revision: int = 1  # the dataset revision it reads
    outdated: bool = False  # a newer revision serves: "Data sudah direvisi", offer an update


@dataclass(frozen=True)
class NewConfirmation:
    source: str
    channel: str
    confirmed_on: dt.date
    outcome: str = "sesuai"
    contact_person: str = ""
    note: str = ""
    attachment: bytes | None = None
    attachment_name: str = ""


def _validate_columns(columns: Sequence[ColumnSpec]) -> None:
    names = [c.name.strip() for c in columns]
    if not names or any(not n for n in names):
        raise BadInput("column_name_required")
    if len(set(n.lower() for n in names)) != len(names):
        raise BadInput("duplicate_column")


def _normalise_rows(columns: Sequence[ColumnSpec], rows: Sequence[Sequence[object]]) -> list[list[object]]:
    """Rows as wide as the columns; identifiers as the text they are (47111 given as a number is "47111")."""
    width = len(columns)
    identifiers = [i for i, c in enumerate(columns) if c.type == ColumnType.IDENTIFIER]
    out = []
    for row in rows:
        if len(row) > width:
            raise BadInput("row_too_wide", str(len(row)))
        cells = list(row) + [None] * (width - len(row))
        for i in identifiers:
            cells[i] = identifier_text(cells[i])
        out.append(cells)
    return out


def _subtotals(ds: Dataset) -> tuple[Subtotal, ...]:
    return tuple(Subtotal.from_json(item) for item in ds.subtotals or ())


class DatasetService:
    """Use cases of datasets; each public call is one unit of work and one log entry."""

    def __init__(self, ctx: ServiceContext) -> None:
        self.ctx = ctx

    # --- reading ---------------------------------------------------------------------------
    def list(self, states: Sequence[DatasetState] | None = None) -> list[DatasetSummary]:
        """The datasets (not those in the Sampah), by name; ``states``: those a stage in these states lists
        (a series past step 2 is listed in steps 1-2 too while it has new periods there)."""
        with self.ctx.db.reading() as s:
            counts = dict(s.execute(select(DatasetRow.dataset_id, func.count()).group_by(DatasetRow.dataset_id)).all())
            batches = _open_batches(s)
            query = (select(Dataset, User.full_name, User.role).join(User, Dataset.author_id == User.id)
                     .where(Dataset.deleted_at.is_(None)))
            found = [self._summary(ds, name, role, counts.get(ds.id, 0), batches.get(ds.id))
                     for ds, name, role in s.execute(query.order_by(Dataset.name))]
            return [d for d in found if d.in_state(states)] if states else found

    def get(self, dataset_id: int, *, row_limit: int | None = None) -> DatasetDetail:
        """A dataset's metadata, columns, checks, confirmations, outputs and rows.

        ``row_limit``: read the rows only when there are at most this many; otherwise ``rows`` is empty,
        ``rows_complete`` False, and a view reads them through ``rows_page``.
        """
        with self.ctx.db.reading() as s:
            ds = self._load(s, dataset_id)
            author = s.get(User, ds.author_id)
            count = count_rows(s, ds.id)
            complete = row_limit is None or count <= row_limit
            rows = _rows(s, ds.id) if complete else ()
            summary = self._summary(ds, author.full_name, author.role, count, series.batch_state(s, ds))
            run = _last_run(s, ds)
            confirmations = _confirmations(s, ds.id, ds.version)
            return DatasetDetail(summary, _meta(ds), _columns(ds), rows,
                                 _report(run) if run else None, confirmations, self._outputs(s, ds.id), complete,
                                 _subtotals(ds), revisions.served_number(s, ds))

    def served(self, dataset_id: int) -> DatasetDetail:
        """The revision that serves the catalogue and publications (a series: its validated periods), as a
        detail; the current revision when none passed step 2 yet."""
        with self.ctx.db.reading() as s:
            ds = self._load(s, dataset_id)
            author = s.get(User, ds.author_id)
            shown = revisions.served_view(s, ds) or revisions.view(s, ds)
            summary = self._summary(ds, author.full_name, author.role, len(shown.rows), series.batch_state(s, ds))
            confirmations = _confirmations(s, ds.id, shown.number)
            return DatasetDetail(summary, shown.meta, shown.columns, shown.rows, None, confirmations,
                                 tuple(o for o in self._outputs(s, ds.id)), True, shown.subtotals,
                                 revisions.served_number(s, ds), shown.number)

    def find(self, name: str) -> int:
        """The id of the dataset with this name (case-insensitive), or BadInput."""
        with self.ctx.db.reading() as s:
            found = s.scalar(select(Dataset.id).where(func.lower(Dataset.name) == name.strip().lower(),
                                                      Dataset.deleted_at.is_(None)))
            if found is None:
                raise BadInput("unknown_dataset", name)
            return found

    def outputs(self, dataset_id: int | None = None) -> list[OutputInfo]:
        with self.ctx.db.reading() as s:
            return list(self._outputs(s, dataset_id))

    # --- step 1 ----------------------------------------------------------------------------
    @attempt("dataset_created")
    def create(self, meta: DatasetMeta, columns: Sequence[ColumnSpec],
               rows: Sequence[Sequence[object]] = (), *, sample: bool = False,
               series_grain: Grain | str | None = None) -> int:
        """Create a draft dataset with typed columns and rows (revision 1).

        ``series_grain``: a series of months, quarters, semesters or years; its first PERIOD column holds
        each row's period, every one of that grain, and each period present becomes a draft period.
        """
        if not meta.name.strip():
            raise BadInput("dataset_name_required")
        _validate_columns(columns)
        normalised = _normalise_rows(columns, rows)
        kind = grain_of(series_grain)
        with self.ctx.db.unit_of_work() as s:
            actor = self.ctx.require(s, Action.EDIT_DATASET)
            check_name_free(s, meta.name)
            now = self.ctx.now()
            ds = Dataset(author_id=actor.user_id, state=DatasetState.DRAFT.value, is_sample=sample,
                         created_at=now, updated_at=now, stage_since=now, version=1,
                         series_grain=kind.value if kind else "")
            _apply_meta(ds, meta)
            ds.columns = [DatasetColumn(position=i, name=c.name.strip(), type=c.type.value, unit=c.unit,
                                        required=c.required, codes=list(c.codes)) for i, c in enumerate(columns)]
            if kind is not None:
                series.check_rows_of_series(ds, _columns(ds), normalised)
            s.add(ds)
            s.flush()
            s.add_all(DatasetRow(dataset_id=ds.id, position=i, values=r) for i, r in enumerate(normalised))
            revisions.current_row(s, ds)
            series.recount(s, ds, normalised, _columns(ds), actor.user_id, now)
            detail = {"rows": len(normalised), "columns": len(columns), "state": ds.state, "revision": 1}
            if kind is not None:
                detail["series"] = kind.value
                detail["periods"] = [p.period for p in series.periods(s, ds)]
            self.ctx.log(s, "dataset_created", step=Step.PREPARE, object_type="dataset", object_id=ds.id,
                         object_label=ds.name, detail=detail, since=now)
            return ds.id

    @attempt("dataset_saved", "dataset")
    def update(self, dataset_id: int, meta: DatasetMeta, rows: Sequence[Sequence[object]] | None, *,
               base_version: int | None = None) -> None:
        """Save edited metadata and rows of a draft; ``rows`` None keeps the stored rows (a large dataset
        shown read-only in pages changes only its metadata). ``base_version``: the ``row_version`` the
        edits were made on; NotAllowed ``changed_elsewhere`` when another PC saved the dataset since.

        Metadata alone may be edited in any state (the source corrected in the catalogue): past step 1 that
        edit is logged as a metadata revision ("metadata_revised", each changed field with its old and new
        value). Rows change only in a draft; in a series past step 2, only the rows of its draft periods
        (a validated period changes through a new revision: NotAllowed("period_validated")).
        """
        with self.ctx.db.unit_of_work() as s:
            actor = self.ctx.require(s, Action.EDIT_DATASET)
            ds = self._load(s, dataset_id)
            self.ctx.require_version(s, ds, base_version, "dataset")
            if meta.name.strip().lower() != ds.name.lower():
                check_name_free(s, meta.name)
            batch = series.batch_state(s, ds)
            drafting = ds.state == DatasetState.DRAFT.value or batch == PeriodState.DRAFT
            if rows is None and not drafting:
                self._revise_meta(s, ds, meta)
                return
            if not drafting:
                raise NotAllowed("state", f"edit in {ds.state}")
            if rows is None:
                _apply_meta(ds, meta)
                ds.updated_at = self.ctx.now()
                flag_modified(ds, "updated_at")  # a new row_version even within the same second
                self.ctx.log(s, "dataset_saved", step=Step.PREPARE, object_type="dataset", object_id=ds.id,
                             object_label=ds.name, since=self._work_since(s, ds),
                             detail={"rows": "unchanged", **self._where(s, ds)})
                return
            columns = _columns(ds)
            normalised = _normalise_rows(columns, rows)
            stored = [list(r) for r in _rows(s, ds.id)]
            if ds.series_grain:
                series.check_rows_of_series(ds, columns, normalised)
                if batch is not None:
                    _keep_validated_rows(columns, stored, normalised, series.validated_periods(s, ds))
            if stored != normalised:
                _void_acceptance(ds)  # accepted errors were errors of other data
                if ds.subtotals:  # rows added, deleted or edited: the ranges follow them
                    ds.subtotals = [t.to_json() for t in follow_rows(_subtotals(ds), stored, normalised)]
            _apply_meta(ds, meta)
            ds.updated_at = self.ctx.now()
            flag_modified(ds, "updated_at")  # a new row_version even when only the rows change
            s.execute(delete(DatasetRow).where(DatasetRow.dataset_id == ds.id))
            s.add_all(DatasetRow(dataset_id=ds.id, position=i, values=r) for i, r in enumerate(normalised))
            series.recount(s, ds, normalised, columns, actor.user_id, self.ctx.now())
            self.ctx.log(s, "dataset_saved", step=Step.PREPARE, object_type="dataset", object_id=ds.id,
                         object_label=ds.name, detail={"rows": len(normalised), **self._where(s, ds)},
                         since=self._work_since(s, ds))

    def _revise_meta(self, s: Session, ds: Dataset, meta: DatasetMeta) -> None:
        """Metadata edited past step 1: applied in place (it changes no number) and logged field by field."""
        before = revisions.meta_json(_meta(ds))
        _apply_meta(ds, meta)
        after = revisions.meta_json(_meta(ds))
        changes = {k: [before[k], after[k]] for k in after if before.get(k) != after[k]}
        if not changes:
            return
        self.ctx.log(s, "metadata_revised", step=DATASET_STEP[DatasetState(ds.state)], object_type="dataset",
                     object_id=ds.id, object_label=ds.name,
                     detail={"changes": changes, "revision": ds.version, "state": ds.state})

    # --- step 2 ----------------------------------------------------------------------------
    @attempt("checks_run", "dataset")
    def check(self, dataset_id: int) -> CheckReport:
        """Run the automatic checks with the dataset's settings; a draft moves into checking.

        A new check run voids an acceptance of the previous run's errors (it covered those findings).
        A series past step 2 checks its open batch: the rows of its new periods (with the period before
        them, for the change between periods), and its draft periods move into checking.
        """
        with self.ctx.db.unit_of_work() as s:
            actor = self.ctx.require(s, Action.CHECK_DATASET)
            ds = self._load(s, dataset_id)
            batch = series.batch_state(s, ds)
            moved: dict = {}
            if batch is not None:
                since = series.batch_since(s, ds)
                if batch == PeriodState.DRAFT:
                    series.move_periods(s, ds, PeriodState.CHECKING, self.ctx.now())
                    moved = {"state": DatasetState.CHECKING.value}
            elif ds.state == DatasetState.DRAFT.value:
                since = ds.stage_since
                self._move(s, ds, Move.START_CHECK, log=False)
                moved = {"state": DatasetState.CHECKING.value}
            elif ds.state != DatasetState.CHECKING.value:
                raise NotAllowed("state", f"check in {ds.state}")
            else:
                since = ds.stage_since
            now = self.ctx.now()
            columns, rows = _columns(ds), _rows(s, ds.id)
            if batch is not None:
                findings = _batch_findings(s, ds, columns, rows)
            else:
                findings = run_checks(columns, rows, key_columns=tuple(ds.key_columns or ()),
                                      change_threshold=ds.change_threshold, subtotals=_subtotals(ds))
            errors = sum(1 for f in findings if f.severity.value == "error")
            run = CheckRun(dataset_id=ds.id, run_at=now, run_by=actor.user_id, errors=errors,
                           warnings=len(findings) - errors, findings=[_finding_json(f) for f in findings],
                           revision=ds.version)
            s.add(run)
            _void_acceptance(ds)
            self.ctx.log(s, "checks_run", step=Step.VALIDATE, object_type="dataset", object_id=ds.id,
                         object_label=ds.name, since=since,
                         detail={"errors": errors, "warnings": len(findings) - errors, **moved,
                                 **self._where(s, ds)})
            return _report(run)

    def check_settings(self, dataset_id: int) -> CheckSettings:
        """The key columns and change threshold of the checks, and who accepted the last run's errors."""
        with self.ctx.db.unit_of_work() as s:
            ds = self._load(s, dataset_id)
            accepted_by = ""
            run = _last_run(s, ds)
            if run is not None and _acceptance_covers(s, ds, run):
                user = s.get(User, ds.accepted_by)
                accepted_by = f"{user.full_name} ({Role(user.role).label})"
            return CheckSettings(tuple(ds.key_columns or ()), ds.change_threshold, accepted_by,
                                 ds.accepted_reason if accepted_by else "")

    @attempt("check_settings_saved", "dataset")
    def set_check_settings(self, dataset_id: int, key_columns: Sequence[str], change_threshold: float | None) -> None:
        """Which columns together identify a row (repeats are errors), and the percent change between
        periods worth a warning (None: not checked). The last check run is then out of date."""
        if change_threshold is not None and not 0 < change_threshold <= 10_000:
            raise BadInput("bad_threshold", str(change_threshold))
        with self.ctx.db.unit_of_work() as s:
            self.ctx.require(s, Action.CHECK_DATASET)
            ds = self._load(s, dataset_id)
            self._require_steps_1_2(s, ds, "check settings")
            names = [c.name for c in ds.columns]
            keys = []
            for name in key_columns:
                if name not in names:
                    raise BadInput("unknown_column", name)
                if name not in keys:
                    keys.append(name)
            ds.key_columns = sorted(keys, key=names.index)
            ds.change_threshold = float(change_threshold) if change_threshold is not None else None
            ds.updated_at = self.ctx.now()
            _void_acceptance(ds)
            self.ctx.log(s, "check_settings_saved", step=Step.VALIDATE, object_type="dataset", object_id=ds.id,
                         object_label=ds.name, since=self._work_since(s, ds),
                         detail={"key_columns": ds.key_columns, "change_threshold": ds.change_threshold,
                                 **self._where(s, ds)})

    @attempt("check_failures_accepted", "dataset")
    def accept_failures(self, dataset_id: int, reason: str) -> None:
        """Let the dataset be validated although its last check found errors, for a stated reason.

        The acceptance covers exactly the last check run: its id goes into the log entry, and a later
        check run (or a change of the rows or of the check settings) voids it.
        """
        if not reason.strip():
            raise BadInput("reason_required")
        with self.ctx.db.unit_of_work() as s:
            actor = self.ctx.require(s, Action.ACCEPT_CHECK_FAILURES)
            ds = self._load(s, dataset_id)
            if self._work_state(s, ds) != DatasetState.CHECKING:
                raise NotAllowed("state", f"accept in {ds.state}")
            if actor.user_id == self._preparer(s, ds):
                raise NotAllowed("maker_checker_data", f"user {actor.user_id} prepared revision {ds.version}")
            run = _last_run(s, ds)
            if run is None or not run.errors:
                raise NotAllowed("no_errors_to_accept")
            if run.run_at < ds.updated_at:
                raise NotAllowed("checks_outdated")
            ds.accepted_by = actor.user_id
            ds.accepted_reason = reason.strip()
            self.ctx.log(s, ACCEPTED, step=Step.VALIDATE, object_type="dataset", object_id=ds.id,
                         object_label=ds.name, since=self._work_since(s, ds),
                         detail={"check_run_id": run.id, "errors": run.errors, "reason": reason.strip(),
                                 **self._where(s, ds)})

    @attempt("confirmation_logged", "dataset")
    def confirm(self, dataset_id: int, confirmation: NewConfirmation) -> None:
        """Record a confirmation of the data with its source."""
        if not confirmation.source.strip():
            raise BadInput("source_required")
        if confirmation.channel not in CHANNELS:
            raise BadInput("bad_channel", confirmation.channel)
        if confirmation.outcome not in OUTCOMES:
            raise BadInput("bad_outcome", confirmation.outcome)
        if confirmation.attachment is not None and len(confirmation.attachment) > MAX_ATTACHMENT_BYTES:
            raise BadInput("attachment_too_large", str(len(confirmation.attachment)))
        with self.ctx.db.unit_of_work() as s:
            actor = self.ctx.require(s, Action.CHECK_DATASET)
            ds = self._load(s, dataset_id)
            if self._work_state(s, ds) != DatasetState.CHECKING:
                raise NotAllowed("state", f"confirm in {ds.state}")
            s.add(Confirmation(dataset_id=ds.id, source=confirmation.source.strip(), channel=confirmation.channel,
                               contact_person=confirmation.contact_person, confirmed_on=confirmation.confirmed_on,
                               outcome=confirmation.outcome, note=confirmation.note,
                               attachment=confirmation.attachment, attachment_name=confirmation.attachment_name,
                               recorded_by=actor.user_id, recorded_at=self.ctx.now(), revision=ds.version))
            detail = {"source": confirmation.source, "channel": confirmation.channel, "outcome": confirmation.outcome,
                      **self._where(s, ds)}
            if confirmation.attachment is not None:
                detail["attachment"] = confirmation.attachment_name
            self.ctx.log(s, "confirmation_logged", step=Step.VALIDATE, object_type="dataset", object_id=ds.id,
                         object_label=ds.name, since=self._work_since(s, ds), detail=detail)

    def confirmation_attachment(self, dataset_id: int, index: int) -> tuple[str, bytes]:
        """The file name and bytes of the scan attached to the dataset's ``index``-th confirmation (0-based,
        in the order of ``get().confirmations``)."""
        with self.ctx.db.unit_of_work() as s:
            self._load(s, dataset_id)
            found = s.scalars(select(Confirmation).where(Confirmation.dataset_id == dataset_id)
                              .order_by(Confirmation.id).offset(max(index, 0)).limit(1)).first()
            if index < 0 or found is None:
                raise BadInput("unknown_confirmation", str(index))
            if found.attachment is None:
                raise BadInput("no_attachment", str(index))
            return found.attachment_name or "lampiran", bytes(found.attachment)

    @attempt("confirmation_letter", "dataset")
    def confirmation_letter(self, dataset_id: int, addressee: str, addressee_place: str, out_path: Path, *,
                            signer: str = "kepala") -> LetterRecord:
        """Write the Surat Permohonan Konfirmasi Data for the dataset and enter it in the letter register.

        The letter takes the next number of the year in the office's format and is signed by the head
        (or the Plt. while a delegation is in force), or with ``signer="sekretaris"`` by the Sekretaris
        on the head's behalf ("a.n.") — never by the member of staff who prints it."""
        from desktop_app.render.pdf.confirmation_letter import render_confirmation_letter_bytes  # reportlab only here

        if not addressee.strip():
            raise BadInput("addressee_required")
        out_path, _suffix = report_target(out_path, ctx=self.ctx)
        with self.ctx.db.unit_of_work() as s:
            self.ctx.require(s, Action.CHECK_DATASET)
            ds = self._load(s, dataset_id)
            self._require_steps_1_2(s, ds, "confirmation letter")
            today = self.ctx.now().date()
            signed_by = letters.signer_of(s, signer, today)
            office = s.get(Office, 1)
            columns = _columns(ds)
            rows = _rows(s, ds.id)
            shown = rows[:LETTER_MAX_ROWS]
            table = TableData(
                title=ds.name,
                headers=("No.", *(f"{c.name} ({c.unit})" if c.unit.strip() else c.name for c in columns)),
                rows=tuple((i + 1, *row) for i, row in enumerate(shown)),
                unit=ds.unit, source=ds.source,
                numeric_columns=tuple(i + 1 for i, c in enumerate(columns) if c.type.numeric))
            letter = letters.issue(s, self.ctx, kind=letters.CONFIRMATION, on=today, subject=ds.name,
                                   dataset_id=ds.id, addressee=addressee.strip(), signer=signed_by)
            try:
                write_atomically(render_confirmation_letter_bytes(ConfirmationLetter(
                    letterhead_of(office), number=letter.number, date=today, addressee=addressee.strip(),
                    addressee_place=addressee_place.strip(), dataset_title=ds.name, table=table,
                    signer_name=signed_by.name, signer_title="\n".join(signed_by.title_lines),
                    signer_nip=signed_by.nip, signer_rank=signed_by.rank,
                    omitted_rows=len(rows) - len(shown))), out_path)
            except OSError as err:
                raise BadInput("letter_write_failed", str(err)) from err
            self.ctx.log(s, "confirmation_letter", step=Step.VALIDATE, object_type="dataset", object_id=ds.id,
                         object_label=ds.name, since=self._work_since(s, ds),
                         detail={"number": letter.number, "addressee": addressee.strip(), "file": out_path.name,
                                 "signer": signed_by.role.value, "signer_name": signed_by.name,
                                 "letter_id": letter.id, **self._where(s, ds)})
            record_output(self.ctx, out_path, "letter", s)
            return letters.record_of(letter)

    @attempt("dataset_validate", "dataset")
    def validate(self, dataset_id: int) -> None:
        """Mark validated: the last checks passed (or their errors were accepted) and the source confirmed the data.

        A series past step 2 validates its open batch (its new periods); the revision stays where it is.
        """
        with self.ctx.db.unit_of_work() as s:
            self.ctx.require(s, Action.VALIDATE_DATASET)
            ds = self._load(s, dataset_id)
            batch = series.batch_state(s, ds)
            if batch is not None and batch != PeriodState.CHECKING:
                raise NotAllowed("state", "validate a draft batch")
            if batch is None:  # the state answers first, whatever the checks or confirmations say
                find_transition(DatasetState(ds.state), Move.VALIDATE)
            run = _last_run(s, ds)
            if run is None:
                raise NotAllowed("checks_not_passed")
            accepted = bool(run.errors) and _acceptance_covers(s, ds, run)
            if run.errors and not accepted:
                raise NotAllowed("checks_not_passed")
            if run.run_at < ds.updated_at:
                raise NotAllowed("checks_outdated")
            since = series.batch_since(s, ds) if batch is not None else ds.stage_since
            confirmed = s.scalar(select(func.count(Confirmation.id)).where(
                Confirmation.dataset_id == ds.id, Confirmation.outcome != "menunggu",
                Confirmation.revision == ds.version, Confirmation.recorded_at >= since))
            if not confirmed:
                raise NotAllowed("not_confirmed")
            extra = {"accepted_errors": run.errors, "accepted_by": ds.accepted_by} if accepted else {}
            if batch is not None:
                self._move_batch(s, ds, PeriodState.VALIDATED, "periods_validated", extra)
                return
            self._move(s, ds, Move.VALIDATE, detail=extra or None)

    @attempt("dataset_return", "dataset")
    def return_to_draft(self, dataset_id: int, reason: str) -> None:
        if not reason.strip():
            raise BadInput("reason_required")
        with self.ctx.db.unit_of_work() as s:
            self.ctx.require(s, Action.VALIDATE_DATASET)
            ds = self._load(s, dataset_id)
            batch = series.batch_state(s, ds)
            if batch == PeriodState.CHECKING:
                self._move_batch(s, ds, PeriodState.DRAFT, "periods_returned", {"reason": reason})
                return
            self._move(s, ds, Move.RETURN, detail={"reason": reason})

    # --- step 3 ----------------------------------------------------------------------------
    def tabulate(self, dataset_id: int, spec: GroupTotalSpec) -> TableData:
        """A grouped total over the dataset's served rows (read only)."""
        with self.ctx.db.reading() as s:
            ds = self._load(s, dataset_id)
            shown = revisions.view(s, ds, served_rows=True)
            title = f"{ds.name} menurut {spec.group_column}"
            return group_total(title, shown.columns, shown.rows, spec, unit=ds.unit, source=ds.source)

    @attempt("output_saved", "dataset")
    def save_output(self, dataset_id: int, name: str, spec: GroupTotalSpec) -> int:
        """Save a tabulation as a named output of the current revision; a validated dataset becomes processed."""
        if not name.strip():
            raise BadInput("output_name_required")
        with self.ctx.db.unit_of_work() as s:
            actor = self.ctx.require(s, Action.PROCESS_DATASET)
            ds = self._load(s, dataset_id)
            if ds.state not in (DatasetState.VALIDATED.value, DatasetState.PROCESSED.value,
                                DatasetState.PRESENTED.value):
                raise NotAllowed("state", f"process in {ds.state}")
            group_total(name, _columns(ds), (), spec)  # validates the column names and types
            output = Output(dataset_id=ds.id, name=name.strip(), kind="group_total",
                            spec={"group": spec.group_column, "value": spec.value_column,
                                  "aggregate": spec.aggregate.value},
                            created_by=actor.user_id, created_at=self.ctx.now(), revision=ds.version)
            s.add(output)
            s.flush()
            self.output_saved(s, ds, output)
            return output.id

    def output_saved(self, s: Session, ds: Dataset, output: Output, *, action: str = "output_saved",
                     detail: dict | None = None) -> None:
        """The log entry of an output saved (or brought to a newer revision); a validated dataset becomes
        processed (its step 3 ends)."""
        since = ds.stage_since
        moved = {}
        if ds.state == DatasetState.VALIDATED.value:
            self._move(s, ds, Move.PROCESS, log=False)
            moved = {"state": ds.state}
        self.ctx.log(s, action, step=Step.PROCESS, object_type="dataset", object_id=ds.id,
                     object_label=ds.name, since=since,
                     detail={"output_id": output.id, "name": output.name, **(detail or {}), **moved,
                             "revision": ds.version})

    def output_table(self, output_id: int) -> TableData:
        """The current table of a saved output (it follows the data of the revision it was built on)."""
        with self.ctx.db.reading() as s:
            return output_table(s, output_id)

    def update_output(self, output_id: int) -> int:
        """Bring an output flagged "Data sudah direvisi" to the revision that serves now; returns its number.

        Step 3 work on the new revision: a validated revision becomes processed. NotAllowed("state") when
        no newer revision serves; BadInput when the output's columns are gone from it.
        """
        with self.ctx.db.unit_of_work() as s:
            self.ctx.require(s, Action.PROCESS_DATASET)
            output = s.get(Output, output_id)
            if output is None:
                raise BadInput("unknown_output", str(output_id))
            ds = self._load(s, output.dataset_id)
            served = revisions.served_number(s, ds)
            if not is_outdated(output.revision, served):
                raise NotAllowed("state", "output up to date")
            old = output.revision
            output.revision = served  # type: ignore[assignment]
            s.flush()
            output_table(s, output.id)  # BadInput when a column it uses is gone
            self.output_saved(s, ds, output, action="output_updated", detail={"from_revision": old})
            return served  # type: ignore[return-value]

    # --- step 4 ----------------------------------------------------------------------------
    @attempt("dataset_present", "dataset")
    def present(self, dataset_id: int) -> None:
        """Put a processed dataset in the data catalogue."""
        with self.ctx.db.unit_of_work() as s:
            self.ctx.require(s, Action.PRESENT_DATASET)
            self._move(s, self._load(s, dataset_id), Move.PRESENT)

    def withdraw(self, dataset_id: int, reason: str) -> None:
        """Take a dataset out of the data catalogue, for a stated reason (it can be put back)."""
        if not reason.strip():
            raise BadInput("reason_required")
        with self.ctx.db.unit_of_work() as s:
            actor = self.ctx.require(s, Action.PRESENT_DATASET)
            ds = self._load(s, dataset_id)
            if ds.withdrawn_at is not None or not in_catalogue(s, ds):
                raise NotAllowed("state", f"withdraw in {ds.state}")
            ds.withdrawn_at, ds.withdrawn_by, ds.withdrawn_reason = self.ctx.now(), actor.user_id, reason.strip()
            self.ctx.log(s, "dataset_withdrawn", step=Step.PRESENT, object_type="dataset", object_id=ds.id,
                         object_label=ds.name,
                         detail={"reason": reason.strip(), "state": "withdrawn", "revision": ds.version,
                                 "served_revision": revisions.served_number(s, ds)})

    def reinstate(self, dataset_id: int) -> None:
        """Put a withdrawn dataset back in the data catalogue."""
        with self.ctx.db.unit_of_work() as s:
            self.ctx.require(s, Action.PRESENT_DATASET)
            ds = self._load(s, dataset_id)
            if ds.withdrawn_at is None:
                raise NotAllowed("state", "not withdrawn")
            ds.withdrawn_at, ds.withdrawn_by, ds.withdrawn_reason = None, None, ""
            self.ctx.log(s, "dataset_reinstated", step=Step.PRESENT, object_type="dataset", object_id=ds.id,
                         object_label=ds.name,
                         detail={"state": "presented", "revision": ds.version,
                                 "served_revision": revisions.served_number(s, ds)})

    # --- deleting drafts (the Sampah) --------------------------------------------------------
    def delete(self, dataset_id: int, reason: str) -> None:
        """Delete a draft to the Sampah (restorable for ``TRASH_DAYS``): the whole dataset while it is
        revision 1, else the draft revision (the previous revision becomes current again).

        Its author may, and the Kasubag Program or Sekretaris (NotAllowed("permission") for others);
        NotAllowed("state") for anything but a draft.
        """
        if not reason.strip():
            raise BadInput("reason_required")
        with self.ctx.db.unit_of_work() as s:
            actor = self.ctx.require_actor()
            ds = self._load(s, dataset_id)
            self._require_deleter(s, ds, actor)
            if ds.state != DatasetState.DRAFT.value:
                raise NotAllowed("state", f"delete in {ds.state}")
            now = self.ctx.now()
            number = ds.version
            if number == 1:
                ds.deleted_at, ds.deleted_by, ds.deleted_reason = now, actor.user_id, reason.strip()
            else:
                trash.discard_revision(s, ds, actor.user_id, now, reason.strip())
            self.ctx.log(s, "dataset_deleted", step=Step.PREPARE, object_type="dataset", object_id=ds.id,
                         object_label=ds.name,
                         detail={"reason": reason.strip(), "state": "deleted", "revision": number,
                                 "whole": number == 1, "current_revision": ds.version})

    def trash(self) -> list[trash.TrashItem]:
        """What is in the Sampah, newest first (items older than ``TRASH_DAYS`` are no longer listed)."""
        with self.ctx.db.reading() as s:
            return trash.items(s, self.ctx.now())

    def restore(self, dataset_id: int, revision: int | None = None) -> None:
        """Take a deleted draft (the dataset, or its draft ``revision``) back out of the Sampah."""
        with self.ctx.db.unit_of_work() as s:
            actor = self.ctx.require_actor()
            ds = s.get(Dataset, dataset_id)
            if ds is None:
                raise BadInput("unknown_dataset", str(dataset_id))
            self._require_deleter(s, ds, actor)
            now = self.ctx.now()
            number = trash.restore(s, ds, revision, now)
            self.ctx.log(s, "dataset_restored", step=Step.PREPARE, object_type="dataset", object_id=ds.id,
                         object_label=ds.name, since=now,
                         detail={"state": ds.state, "revision": number})

    def purge_trash(self) -> int:
        """Remove for good what has been in the Sampah longer than ``TRASH_DAYS``; how many items."""
        with self.ctx.db.unit_of_work() as s:
            removed = trash.purge(s, self.ctx.now())
            if removed:
                self.ctx.log(s, "trash_purged", detail={"items": removed})
            return len(removed)

    def _require_deleter(self, s: Session, ds: Dataset, actor: Actor) -> None:
        """Its author (who may edit datasets), or the Kasubag Program or Sekretaris."""
        if actor.role in (Role.KASUBAG, Role.SEKRETARIS):
            return
        if actor.user_id == self._preparer(s, ds) and self.ctx.permissions(s).allows(actor, Action.EDIT_DATASET):
            return
        raise NotAllowed("permission", "delete a draft of someone else")

    # --- internals -------------------------------------------------------------------------
    def _load(self, s: Session, dataset_id: int) -> Dataset:
        ds = get_for_change(s, Dataset, dataset_id)  # locked for the unit of work when it changes it
        if ds is None or ds.deleted_at is not None:
            raise BadInput("unknown_dataset", str(dataset_id))
        return ds

    def _move(self, s: Session, ds: Dataset, move: Move, *, log: bool = True, detail: dict | None = None) -> None:
        """Move the current revision; its periods (a series) move with it through steps 1-2."""
        transition = find_transition(DatasetState(ds.state), move)
        since = ds.stage_since
        now = self.ctx.now()
        ds.state = transition.target.value
        ds.stage_since = now
        rev = revisions.current_row(s, ds)
        rev.state = ds.state
        if transition.target == DatasetState.VALIDATED:
            rev.validated_at = now
        moved = []
        if ds.series_grain and move in (Move.START_CHECK, Move.VALIDATE, Move.RETURN):
            moved = series.move_periods(s, ds, PeriodState(ds.state), now)
        if log:
            extra = {"periods": moved} if moved else {}
            self.ctx.log(s, f"dataset_{move.value}", step=transition.step, object_type="dataset",
                         object_id=ds.id, object_label=ds.name, since=since,
                         detail={"from": transition.source.value, "to": transition.target.value,
                                 "state": transition.target.value, "revision": ds.version, **extra, **(detail or {})})

    def _move_batch(self, s: Session, ds: Dataset, target: PeriodState, action: str, detail: dict) -> None:
        """Move a series' open batch (steps 1-2 of new periods) and log it under the batch's key."""
        since, key = series.batch_since(s, ds), series.batch_key(s, ds)
        moved = series.move_periods(s, ds, target, self.ctx.now())
        self.ctx.log(s, action, step=Step.VALIDATE, object_type="dataset", object_id=ds.id, object_label=ds.name,
                     since=since, detail={"periods": moved, "batch": key, "state": target.value,
                                          "revision": ds.version, **detail})

    def _work_state(self, s: Session, ds: Dataset) -> DatasetState:
        batch = series.batch_state(s, ds)
        return DatasetState(batch.value) if batch is not None else DatasetState(ds.state)

    def _require_steps_1_2(self, s: Session, ds: Dataset, what: str) -> None:
        if self._work_state(s, ds) not in (DatasetState.DRAFT, DatasetState.CHECKING):
            raise NotAllowed("state", f"{what} in {ds.state}")

    def _work_since(self, s: Session, ds: Dataset) -> dt.datetime:
        return series.batch_since(s, ds) if series.batch_mode(s, ds) else ds.stage_since

    def _where(self, s: Session, ds: Dataset) -> dict:
        """The revision (and a series' open batch) a log entry of steps 1-2 is about."""
        out: dict = {"revision": ds.version}
        if series.batch_mode(s, ds):
            out["batch"] = series.batch_key(s, ds)
            out["periods"] = [p.period for p in series.open_batch(s, ds)]
        return out

    def _preparer(self, s: Session, ds: Dataset) -> int:
        """Who prepared the current revision: the dataset's author, or whoever made the revision."""
        return revisions.current_row(s, ds).created_by if ds.version > 1 else ds.author_id

    def _summary(self, ds: Dataset, author: str, role: str, rows: int,
                 batch: PeriodState | None = None) -> DatasetSummary:
        return DatasetSummary(ds.id, ds.name, ds.group_name, DatasetState(ds.state),
                              f"{author} ({Role(role).label})", rows, ds.stage_since, ds.updated_at, ds.is_sample,
                              ds.version, ds.series_grain or "", DatasetState(batch.value) if batch else None,
                              ds.withdrawn_at is not None, ds.row_version)

    def _outputs(self, s: Session, dataset_id: int | None) -> tuple[OutputInfo, ...]:
        query = select(Output, Dataset).join(Dataset, Output.dataset_id == Dataset.id).order_by(Output.id)
        if dataset_id is not None:
            query = query.where(Output.dataset_id == dataset_id)
        served: dict[int, int | None] = {}
        out = []
        for o, ds in s.execute(query):
            if ds.id not in served:
                served[ds.id] = revisions.served_number(s, ds)
            out.append(OutputInfo(o.id, o.dataset_id, o.name, _spec(o), o.created_at, o.kind, o.revision,
                                  is_outdated(o.revision, served[ds.id])))
        return tuple(out)

    # --- paged reading (large datasets; read only, not logged) -------------------------------
    def columns(self, dataset_id: int) -> tuple[ColumnSpec, ...]:
        """The dataset's typed columns, without reading its rows (``get`` reads them all)."""
        with self.ctx.db.reading() as s:
            return _columns(self._load(s, dataset_id))

    def row_count(self, dataset_id: int) -> int:
        """How many rows the dataset has."""
        with self.ctx.db.reading() as s:
            return count_rows(s, self._load(s, dataset_id).id)

    def rows_page(self, dataset_id: int, offset: int, limit: int, *, total: int | None = None) -> list[list]:
        """Rows ``offset`` .. ``offset + limit - 1`` in the dataset's order (fewer at the end).

        ``total``: the row count when the caller already has it (from ``row_count``), saving a count
        per page. Unknown ids read as empty (a grid may ask for a page of a dataset deleted meanwhile).
        """
        with self.ctx.db.reading() as s:
            return fetch_page(s, dataset_id, offset, limit, total=total)


def output_table(s: Session, output_id: int) -> TableData:
    """The table of a saved output, computed inside the caller's unit of work from the revision it was
    built on (of a series' current revision, its validated periods)."""
    output, ds, shown = _output_view(s, output_id)
    unit, source = shown.meta.unit, shown.meta.source
    if output.kind == "pivot" and "pivot" in output.spec:
        spec = PivotSpec.from_json(output.spec["pivot"])
        return pivot(shown.columns, shown.rows, spec, title=output.name, unit=unit, source=source,
                     missing_periods=series.missing_periods(ds)).table
    return group_total(output.name, shown.columns, shown.rows, _spec(output), unit=unit, source=source)


def _output_view(s: Session, output_id: int) -> tuple[Output, Dataset, revisions.RevisionView]:
    """A saved output, its dataset and the rows it is computed from: the revision it was built on (of a
    series' current revision, its validated periods), for its table and its chart alike."""
    output = s.get(Output, output_id)
    if output is None:
        raise BadInput("unknown_output", str(output_id))
    ds = s.get(Dataset, output.dataset_id)
    return output, ds, revisions.view(s, ds, output.revision, served_rows=True)


def check_name_free(s: Session, name: str) -> None:
    """BadInput when another dataset has the name (ignoring case), in the Sampah too."""
    taken = s.scalar(select(Dataset).where(func.lower(Dataset.name) == name.strip().lower()))
    if taken is not None:
        raise BadInput("dataset_in_trash" if taken.deleted_at is not None else "dataset_name_taken", name.strip())


def in_catalogue(s: Session, ds: Dataset) -> bool:
    """Whether the dataset is in the data catalogue: presented once (in any revision), a revision serves,
    and it was not withdrawn."""
    if ds.withdrawn_at is not None or ds.deleted_at is not None:
        return False
    states = dict(revisions.revision_states(s, ds))
    return DatasetState.PRESENTED.value in states.values() and revisions.served_number(s, ds) is not None


def _open_batches(s: Session) -> dict[int, PeriodState]:
    """Dataset id -> the state of the open batch of each series past step 2 that has one."""
    found: dict[int, PeriodState] = {}
    query = (select(DatasetPeriod.dataset_id, DatasetPeriod.state).join(Dataset, Dataset.id == DatasetPeriod.dataset_id)
             .where(DatasetPeriod.revision == Dataset.version, Dataset.series_grain != "",
                    Dataset.state.in_([st.value for st in SERVING_STATES]),
                    DatasetPeriod.state.in_([PeriodState.DRAFT.value, PeriodState.CHECKING.value])))
    for dataset_id, state in s.execute(query):
        if found.get(dataset_id) != PeriodState.CHECKING:
            found[dataset_id] = PeriodState(state)
    return found


def _keep_validated_rows(columns: Sequence[ColumnSpec], stored: Sequence[Sequence[object]],
                         edited: Sequence[Sequence[object]], validated: set[str]) -> None:
    """NotAllowed("period_validated") when an edit of a series' draft periods touches a validated period's rows."""
    index = series.period_index(columns)
    if index is None:
        return

    def of_validated(rows: Sequence[Sequence[object]]) -> list[list[object]]:
        out = []
        for row in rows:
            period = series.row_period(row, index)
            if period is not None and period.text in validated:
                out.append(list(row))
        return out

    before, after = of_validated(stored), of_validated(edited)
    if before != after:
        changed = {series.row_period(r, index).text for r in before + after  # type: ignore[union-attr]
                   if (r in before) != (r in after)} or validated
        raise NotAllowed("period_validated", ", ".join(sorted(changed)))


def _batch_findings(s: Session, ds: Dataset, columns: Sequence[ColumnSpec],
                    rows: Sequence[Sequence[object]]) -> list[Finding]:
    """The checks of a series' open batch: its rows, with the last validated period before it (so the
    change between periods is checked across); findings point at rows of the whole revision."""
    index = series.period_index(columns)
    open_texts = {p.period for p in series.open_batch(s, ds)}
    opened = sorted(p for p in (parse_period(t) for t in open_texts) if p is not None)
    validated = sorted(p for p in (parse_period(t) for t in series.validated_periods(s, ds)) if p is not None)
    before = [p for p in validated if opened and p < opened[0]]
    context = {before[-1].text} if before else set()
    chosen = [i for i, row in enumerate(rows)
              if index is not None and (series.row_period(row, index) or Period(1, Grain.YEAR)).text
              in open_texts | context]
    batch_rows = [rows[i] for i in chosen]
    found = run_checks(columns, batch_rows, key_columns=tuple(ds.key_columns or ()),
                       change_threshold=ds.change_threshold)
    out = []
    for f in found:
        if f.row is not None:
            row = batch_rows[f.row]
            if (series.row_period(row, index) or Period(1, Grain.YEAR)).text in context:  # type: ignore[arg-type]
                continue
            f = Finding(f.code, f.severity, chosen[f.row], f.column, f.value)
        out.append(f)
    return out


def output_chart(s: Session, output_id: int) -> ChartSpec:
    """The chart of a saved output as its author chose it (kind, value columns, direction), on the data of its
    table (``output_table``)."""
    output, ds, shown = _output_view(s, output_id)
    unit, source = shown.meta.unit, shown.meta.source
    choice = ChartChoice.from_json(output.spec.get("chart"))
    if output.kind == "pivot" and "pivot" in output.spec:
        spec = PivotSpec.from_json(output.spec["pivot"])
        result = pivot(shown.columns, shown.rows, spec, title=output.name, unit=unit, source=source,
                       missing_periods=series.missing_periods(ds))
        chart = pivot_chart(result, choice)
        return chart or ChartSpec(choice.kind, output.name, (), (), unit=unit, source=source)
    table = group_total(output.name, shown.columns, shown.rows, _spec(output), unit=unit, source=source)
    return chart_of(table, choice.kind, [c for c in choice.columns if c in table.headers[1:]] or None,
                    horizontal=choice.horizontal)


def _spec(output: Output) -> GroupTotalSpec:
    return GroupTotalSpec(output.spec["group"], output.spec["value"], Aggregate(output.spec["aggregate"]))


def _confirmations(s: Session, dataset_id: int, revision: int) -> tuple[ConfirmationInfo, ...]:
    """The confirmations recorded for one revision of a dataset, oldest first, with who recorded them."""
    return tuple(
        ConfirmationInfo(c.source, c.channel, c.contact_person, c.confirmed_on, c.outcome, c.note,
                         name, c.recorded_at, c.attachment_name or "")
        for c, name in s.execute(select(Confirmation, User.full_name)
                                 .join(User, Confirmation.recorded_by == User.id)
                                 .where(Confirmation.dataset_id == dataset_id, Confirmation.revision == revision)
                                 .order_by(Confirmation.id)))


def _last_run(s: Session, ds: Dataset) -> CheckRun | None:
    """The newest check run of the current revision."""
    return s.scalars(select(CheckRun).where(CheckRun.dataset_id == ds.id, CheckRun.revision == ds.version)
                     .order_by(CheckRun.id.desc()).limit(1)).first()


def _void_acceptance(ds: Dataset) -> None:
    ds.accepted_by = None
    ds.accepted_reason = ""


def _acceptance_covers(s: Session, ds: Dataset, run: CheckRun) -> bool:
    """Whether the dataset's acceptance of check errors is for exactly this check run.

    The acceptance names its check run in the (append-only, hash-chained) activity log; ``accepted_by``
    is cleared whenever a new run, new rows or new check settings make it stale.
    """
    if ds.accepted_by is None:
        return False
    detail = s.scalar(select(LogEntry.detail).where(
        LogEntry.action == ACCEPTED, LogEntry.object_type == "dataset", LogEntry.object_id == ds.id)
        .order_by(LogEntry.id.desc()).limit(1))
    return bool(detail) and detail.get("check_run_id") == run.id


def _finding_json(f: Finding) -> dict:
    value = f.value if isinstance(f.value, (int, float, str, dict)) or f.value is None else str(f.value)
    return {"code": f.code, "severity": f.severity.value, "row": f.row, "column": f.column, "value": value}


def _report(run: CheckRun) -> CheckReport:
    return CheckReport(run.run_at, tuple(Finding(f["code"], Severity(f["severity"]), f["row"], f["column"],
                                                 f["value"]) for f in run.findings))
