"""Datasets through steps 1–4: create and edit (1), check and confirm (2), tabulate (3), present (4)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import delete, func, select
from sqlalchemy.orm import Session
from sqlalchemy.orm.attributes import flag_modified

from desktop_app.domain.charts import ChartChoice, ChartSpec, chart_of
from desktop_app.domain.checks import Finding, Severity, has_errors, run_checks
from desktop_app.domain.columns import ColumnSpec, ColumnType, identifier_text
from desktop_app.domain.errors import BadInput, NotAllowed
from desktop_app.domain.metadata import ACCESS_LEVELS, FIELD_NAMES, DatasetMeta
from desktop_app.domain.names import check_dataset_name
from desktop_app.domain.pivot import PivotSpec, pivot
from desktop_app.domain.pivot_charts import pivot_chart
from desktop_app.domain.roles import Action, Role
from desktop_app.domain.steps import Step
from desktop_app.domain.subtotals import Subtotal, follow_rows
from desktop_app.domain.tables import TableData
from desktop_app.domain.tabulation import Aggregate, GroupTotalSpec, group_total
from desktop_app.domain.workflow import DatasetState, Move, find_transition
from desktop_app.services import letters
from desktop_app.services.context import ServiceContext, attempt
from desktop_app.services.exporting import report_target
from desktop_app.services.letters import LetterRecord
from desktop_app.services.outputs import record_output
from desktop_app.storage.dialect import get_for_change
from desktop_app.storage.models import (
    CheckRun,
    Confirmation,
    Dataset,
    DatasetColumn,
    DatasetRow,
    LogEntry,
    Office,
    Output,
    User,
)

CHANNELS = ("telepon", "surat", "email", "whatsapp", "rapat")
OUTCOMES = ("sesuai", "diperbaiki", "menunggu")
MAX_ATTACHMENT_BYTES = 10 * 1024 * 1024
LETTER_MAX_ROWS = 60  # rows of data printed in a confirmation letter's attachment
ACCEPTED = "check_failures_accepted"  # the log action that records an acceptance and the check run it covers
_META_COLUMNS = {"name": "name", "group": "group_name"}  # DatasetMeta field -> Dataset column, where they differ


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
    row_version: int = 0  # what a save passes back as ``base_version`` (changes by any PC are caught)


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


def _columns(ds: Dataset) -> tuple[ColumnSpec, ...]:
    return tuple(ColumnSpec(c.name, ColumnType(c.type), c.unit, c.required, tuple(c.codes)) for c in ds.columns)


def _rows(s: Session, dataset_id: int) -> tuple[tuple[object, ...], ...]:
    values = s.scalars(select(DatasetRow.values).where(DatasetRow.dataset_id == dataset_id)
                       .order_by(DatasetRow.position))
    return tuple(tuple(v) for v in values)


def _meta(ds: Dataset) -> DatasetMeta:
    values = {name: getattr(ds, _META_COLUMNS.get(name, name)) for name in FIELD_NAMES}
    values["keywords"] = tuple(values["keywords"] or ())
    return DatasetMeta(**values)


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
        with self.ctx.db.reading() as s:
            counts = dict(s.execute(select(DatasetRow.dataset_id, func.count()).group_by(DatasetRow.dataset_id)).all())
            query = select(Dataset, User.full_name, User.role).join(User, Dataset.author_id == User.id)
            if states:
                query = query.where(Dataset.state.in_([st.value for st in states]))
            return [self._summary(ds, name, role, counts.get(ds.id, 0))
                    for ds, name, role in s.execute(query.order_by(Dataset.name))]

    def get(self, dataset_id: int, *, row_limit: int | None = None) -> DatasetDetail:
        """A dataset's metadata, columns, checks, confirmations, outputs and rows.

        ``row_limit``: read the rows only when there are at most this many; otherwise ``rows`` is empty,
        ``rows_complete`` False, and a view reads them through ``rows_page``.
        """
        from desktop_app.storage.row_pages import count_rows

        with self.ctx.db.reading() as s:
            ds = self._load(s, dataset_id)
            author = s.get(User, ds.author_id)
            count = count_rows(s, ds.id)
            complete = row_limit is None or count <= row_limit
            rows = _rows(s, ds.id) if complete else ()
            summary = self._summary(ds, author.full_name, author.role, count)
            run = s.scalars(select(CheckRun).where(CheckRun.dataset_id == ds.id)
                            .order_by(CheckRun.id.desc()).limit(1)).first()
            confirmations = tuple(
                ConfirmationInfo(c.source, c.channel, c.contact_person, c.confirmed_on, c.outcome, c.note,
                                 name, c.recorded_at, c.attachment_name or "")
                for c, name in s.execute(select(Confirmation, User.full_name)
                                         .join(User, Confirmation.recorded_by == User.id)
                                         .where(Confirmation.dataset_id == ds.id).order_by(Confirmation.id)))
            return DatasetDetail(summary, _meta(ds), _columns(ds), rows,
                                 _report(run) if run else None, confirmations, self._outputs(s, ds.id), complete,
                                 _subtotals(ds))

    def find(self, name: str) -> int:
        """The id of the dataset with this name (case-insensitive), or BadInput."""
        with self.ctx.db.reading() as s:
            found = s.scalar(select(Dataset.id).where(func.lower(Dataset.name) == name.strip().lower()))
            if found is None:
                raise BadInput("unknown_dataset", name)
            return found

    def outputs(self, dataset_id: int | None = None) -> list[OutputInfo]:
        with self.ctx.db.reading() as s:
            return list(self._outputs(s, dataset_id))

    # --- step 1 ----------------------------------------------------------------------------
    @attempt("dataset_created")
    def create(self, meta: DatasetMeta, columns: Sequence[ColumnSpec],
               rows: Sequence[Sequence[object]] = (), *, sample: bool = False) -> int:
        """Create a draft dataset with typed columns and rows."""
        if not meta.name.strip():
            raise BadInput("dataset_name_required")
        _validate_columns(columns)
        normalised = _normalise_rows(columns, rows)
        with self.ctx.db.unit_of_work() as s:
            actor = self.ctx.require(s, Action.EDIT_DATASET)
            if s.scalar(select(Dataset.id).where(func.lower(Dataset.name) == meta.name.strip().lower())):
                raise BadInput("dataset_name_taken", meta.name)
            now = self.ctx.now()
            ds = Dataset(author_id=actor.user_id, state=DatasetState.DRAFT.value, is_sample=sample,
                         created_at=now, updated_at=now, stage_since=now)
            _apply_meta(ds, meta)
            ds.columns = [DatasetColumn(position=i, name=c.name.strip(), type=c.type.value, unit=c.unit,
                                        required=c.required, codes=list(c.codes)) for i, c in enumerate(columns)]
            s.add(ds)
            s.flush()
            s.add_all(DatasetRow(dataset_id=ds.id, position=i, values=r) for i, r in enumerate(normalised))
            self.ctx.log(s, "dataset_created", step=Step.PREPARE, object_type="dataset", object_id=ds.id,
                         object_label=ds.name, detail={"rows": len(normalised), "columns": len(columns)},
                         since=now)
            return ds.id

    @attempt("dataset_saved", "dataset")
    def update(self, dataset_id: int, meta: DatasetMeta, rows: Sequence[Sequence[object]] | None, *,
               base_version: int | None = None) -> None:
        """Save edited metadata and rows of a draft; ``rows`` None keeps the stored rows (a large dataset
        shown read-only in pages changes only its metadata). ``base_version``: the ``row_version`` the
        edits were made on; NotAllowed ``changed_elsewhere`` when another PC saved the dataset since."""
        with self.ctx.db.unit_of_work() as s:
            self.ctx.require(s, Action.EDIT_DATASET)
            ds = self._load(s, dataset_id)
            self.ctx.require_version(s, ds, base_version, "dataset")
            if ds.state != DatasetState.DRAFT.value:
                raise NotAllowed("state", f"edit in {ds.state}")
            if rows is None:
                _apply_meta(ds, meta)
                ds.updated_at = self.ctx.now()
                flag_modified(ds, "updated_at")  # a new row_version even within the same second
                self.ctx.log(s, "dataset_saved", step=Step.PREPARE, object_type="dataset", object_id=ds.id,
                             object_label=ds.name, detail={"rows": "unchanged"}, since=ds.stage_since)
                return
            columns = _columns(ds)
            normalised = _normalise_rows(columns, rows)
            stored = [list(r) for r in _rows(s, ds.id)]
            if stored != normalised:
                _void_acceptance(ds)  # accepted errors were errors of other data
                if ds.subtotals:  # rows added, deleted or edited: the ranges follow them
                    ds.subtotals = [t.to_json() for t in follow_rows(_subtotals(ds), stored, normalised)]
            _apply_meta(ds, meta)
            ds.updated_at = self.ctx.now()
            flag_modified(ds, "updated_at")  # a new row_version even when only the rows change
            s.execute(delete(DatasetRow).where(DatasetRow.dataset_id == ds.id))
            s.add_all(DatasetRow(dataset_id=ds.id, position=i, values=r) for i, r in enumerate(normalised))
            self.ctx.log(s, "dataset_saved", step=Step.PREPARE, object_type="dataset", object_id=ds.id,
                         object_label=ds.name, detail={"rows": len(normalised)}, since=ds.stage_since)

    # --- step 2 ----------------------------------------------------------------------------
    @attempt("checks_run", "dataset")
    def check(self, dataset_id: int) -> CheckReport:
        """Run the automatic checks with the dataset's settings; a draft moves into checking.

        A new check run voids an acceptance of the previous run's errors (it covered those findings).
        """
        with self.ctx.db.unit_of_work() as s:
            actor = self.ctx.require(s, Action.CHECK_DATASET)
            ds = self._load(s, dataset_id)
            if ds.state == DatasetState.DRAFT.value:
                self._move(s, ds, Move.START_CHECK, log=False)
            elif ds.state != DatasetState.CHECKING.value:
                raise NotAllowed("state", f"check in {ds.state}")
            now = self.ctx.now()
            findings = run_checks(_columns(ds), _rows(s, ds.id), key_columns=tuple(ds.key_columns or ()),
                                  change_threshold=ds.change_threshold, subtotals=_subtotals(ds))
            errors = sum(1 for f in findings if f.severity.value == "error")
            run = CheckRun(dataset_id=ds.id, run_at=now, run_by=actor.user_id, errors=errors,
                           warnings=len(findings) - errors, findings=[_finding_json(f) for f in findings])
            s.add(run)
            _void_acceptance(ds)
            self.ctx.log(s, "checks_run", step=Step.VALIDATE, object_type="dataset", object_id=ds.id,
                         object_label=ds.name, detail={"errors": errors, "warnings": len(findings) - errors},
                         since=ds.stage_since)
            return _report(run)

    def check_settings(self, dataset_id: int) -> CheckSettings:
        """The key columns and change threshold of the checks, and who accepted the last run's errors."""
        with self.ctx.db.unit_of_work() as s:
            ds = self._load(s, dataset_id)
            accepted_by = ""
            run = _last_run(s, ds.id)
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
            if ds.state not in (DatasetState.DRAFT.value, DatasetState.CHECKING.value):
                raise NotAllowed("state", f"check settings in {ds.state}")
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
                         object_label=ds.name, since=ds.stage_since,
                         detail={"key_columns": ds.key_columns, "change_threshold": ds.change_threshold})

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
            if ds.state != DatasetState.CHECKING.value:
                raise NotAllowed("state", f"accept in {ds.state}")
            run = _last_run(s, ds.id)
            if run is None or not run.errors:
                raise NotAllowed("no_errors_to_accept")
            if run.run_at < ds.updated_at:
                raise NotAllowed("checks_outdated")
            ds.accepted_by = actor.user_id
            ds.accepted_reason = reason.strip()
            self.ctx.log(s, ACCEPTED, step=Step.VALIDATE, object_type="dataset", object_id=ds.id,
                         object_label=ds.name, since=ds.stage_since,
                         detail={"check_run_id": run.id, "errors": run.errors, "reason": reason.strip()})

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
            if ds.state != DatasetState.CHECKING.value:
                raise NotAllowed("state", f"confirm in {ds.state}")
            s.add(Confirmation(dataset_id=ds.id, source=confirmation.source.strip(), channel=confirmation.channel,
                               contact_person=confirmation.contact_person, confirmed_on=confirmation.confirmed_on,
                               outcome=confirmation.outcome, note=confirmation.note,
                               attachment=confirmation.attachment, attachment_name=confirmation.attachment_name,
                               recorded_by=actor.user_id, recorded_at=self.ctx.now()))
            detail = {"source": confirmation.source, "channel": confirmation.channel, "outcome": confirmation.outcome}
            if confirmation.attachment is not None:
                detail["attachment"] = confirmation.attachment_name
            self.ctx.log(s, "confirmation_logged", step=Step.VALIDATE, object_type="dataset", object_id=ds.id,
                         object_label=ds.name, since=ds.stage_since, detail=detail)

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
        from desktop_app.services.confirmation_letter import render_confirmation_letter
        from desktop_app.services.publications import letterhead_of

        if not addressee.strip():
            raise BadInput("addressee_required")
        out_path, _suffix = report_target(out_path, ctx=self.ctx)
        with self.ctx.db.unit_of_work() as s:
            self.ctx.require(s, Action.CHECK_DATASET)
            ds = self._load(s, dataset_id)
            if ds.state not in (DatasetState.DRAFT.value, DatasetState.CHECKING.value):
                raise NotAllowed("state", f"confirmation letter in {ds.state}")
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
                render_confirmation_letter(
                    letterhead_of(office), number=letter.number, date=today, addressee=addressee.strip(),
                    addressee_place=addressee_place.strip(), dataset_title=ds.name, table=table,
                    signer_name=signed_by.name, signer_title="\n".join(signed_by.title_lines),
                    signer_nip=signed_by.nip, signer_rank=signed_by.rank,
                    omitted_rows=len(rows) - len(shown), out_path=out_path)
            except OSError as err:
                raise BadInput("letter_write_failed", str(err)) from err
            self.ctx.log(s, "confirmation_letter", step=Step.VALIDATE, object_type="dataset", object_id=ds.id,
                         object_label=ds.name, since=ds.stage_since,
                         detail={"number": letter.number, "addressee": addressee.strip(), "file": out_path.name,
                                 "signer": signed_by.role.value, "signer_name": signed_by.name,
                                 "letter_id": letter.id})
            record_output(self.ctx, out_path, "letter", s)
            return letters.record_of(letter)

    @attempt("dataset_validate", "dataset")
    def validate(self, dataset_id: int) -> None:
        """Mark validated: the last checks passed (or their errors were accepted) and the source confirmed the data."""
        with self.ctx.db.unit_of_work() as s:
            self.ctx.require(s, Action.VALIDATE_DATASET)
            ds = self._load(s, dataset_id)
            run = _last_run(s, ds.id)
            if run is None:
                raise NotAllowed("checks_not_passed")
            accepted = bool(run.errors) and _acceptance_covers(s, ds, run)
            if run.errors and not accepted:
                raise NotAllowed("checks_not_passed")
            if run.run_at < ds.updated_at:
                raise NotAllowed("checks_outdated")
            confirmed = s.scalar(select(func.count(Confirmation.id)).where(
                Confirmation.dataset_id == ds.id, Confirmation.outcome != "menunggu",
                Confirmation.recorded_at >= ds.stage_since))
            if not confirmed:
                raise NotAllowed("not_confirmed")
            self._move(s, ds, Move.VALIDATE,
                       detail={"accepted_errors": run.errors, "accepted_by": ds.accepted_by} if accepted else None)

    @attempt("dataset_return", "dataset")
    def return_to_draft(self, dataset_id: int, reason: str) -> None:
        if not reason.strip():
            raise BadInput("reason_required")
        with self.ctx.db.unit_of_work() as s:
            self.ctx.require(s, Action.VALIDATE_DATASET)
            self._move(s, self._load(s, dataset_id), Move.RETURN, detail={"reason": reason})

    # --- step 3 ----------------------------------------------------------------------------
    def tabulate(self, dataset_id: int, spec: GroupTotalSpec) -> TableData:
        """A grouped total over the dataset (read only)."""
        with self.ctx.db.reading() as s:
            ds = self._load(s, dataset_id)
            title = f"{ds.name} menurut {spec.group_column}"
            return group_total(title, _columns(ds), _rows(s, ds.id), spec, unit=ds.unit, source=ds.source)

    @attempt("output_saved", "dataset")
    def save_output(self, dataset_id: int, name: str, spec: GroupTotalSpec) -> int:
        """Save a tabulation as a named output; a validated dataset becomes processed."""
        if not name.strip():
            raise BadInput("output_name_required")
        with self.ctx.db.unit_of_work() as s:
            actor = self.ctx.require(s, Action.PROCESS_DATASET)
            ds = self._load(s, dataset_id)
            if ds.state not in (DatasetState.VALIDATED.value, DatasetState.PROCESSED.value,
                                DatasetState.PRESENTED.value):
                raise NotAllowed("state", f"process in {ds.state}")
            group_total(name, _columns(ds), (), spec)  # validates the column names and types
            since = ds.stage_since
            output = Output(dataset_id=ds.id, name=name.strip(), kind="group_total",
                            spec={"group": spec.group_column, "value": spec.value_column,
                                  "aggregate": spec.aggregate.value},
                            created_by=actor.user_id, created_at=self.ctx.now())
            s.add(output)
            s.flush()
            if ds.state == DatasetState.VALIDATED.value:
                self._move(s, ds, Move.PROCESS, log=False)
            self.ctx.log(s, "output_saved", step=Step.PROCESS, object_type="dataset", object_id=ds.id,
                         object_label=ds.name, since=since, detail={"output_id": output.id, "name": output.name})
            return output.id

    def output_table(self, output_id: int) -> TableData:
        """The current table of a saved output (it follows the data)."""
        with self.ctx.db.reading() as s:
            return output_table(s, output_id)

    # --- step 4 ----------------------------------------------------------------------------
    @attempt("dataset_present", "dataset")
    def present(self, dataset_id: int) -> None:
        """Put a processed dataset in the data catalogue."""
        with self.ctx.db.unit_of_work() as s:
            self.ctx.require(s, Action.PRESENT_DATASET)
            self._move(s, self._load(s, dataset_id), Move.PRESENT)

    # --- internals -------------------------------------------------------------------------
    def _load(self, s: Session, dataset_id: int) -> Dataset:
        ds = get_for_change(s, Dataset, dataset_id)  # locked for the unit of work when it changes it
        if ds is None:
            raise BadInput("unknown_dataset", str(dataset_id))
        return ds

    def _move(self, s: Session, ds: Dataset, move: Move, *, log: bool = True, detail: dict | None = None) -> None:
        transition = find_transition(DatasetState(ds.state), move)
        since = ds.stage_since
        ds.state = transition.target.value
        ds.stage_since = self.ctx.now()
        if log:
            self.ctx.log(s, f"dataset_{move.value}", step=transition.step, object_type="dataset",
                         object_id=ds.id, object_label=ds.name, since=since,
                         detail={"from": transition.source.value, "to": transition.target.value, **(detail or {})})

    def _summary(self, ds: Dataset, author: str, role: str, rows: int) -> DatasetSummary:
        return DatasetSummary(ds.id, ds.name, ds.group_name, DatasetState(ds.state),
                              f"{author} ({Role(role).label})", rows, ds.stage_since, ds.updated_at, ds.is_sample,
                              ds.row_version)

    def _outputs(self, s: Session, dataset_id: int | None) -> tuple[OutputInfo, ...]:
        query = select(Output).order_by(Output.id)
        if dataset_id is not None:
            query = query.where(Output.dataset_id == dataset_id)
        return tuple(OutputInfo(o.id, o.dataset_id, o.name, _spec(o), o.created_at, o.kind) for o in s.scalars(query))

    # --- paged reading (large datasets; read only, not logged) -------------------------------
    def columns(self, dataset_id: int) -> tuple[ColumnSpec, ...]:
        """The dataset's typed columns, without reading its rows (``get`` reads them all)."""
        with self.ctx.db.reading() as s:
            return _columns(self._load(s, dataset_id))

    def row_count(self, dataset_id: int) -> int:
        """How many rows the dataset has."""
        from desktop_app.storage.row_pages import count_rows

        with self.ctx.db.reading() as s:
            return count_rows(s, self._load(s, dataset_id).id)

    def rows_page(self, dataset_id: int, offset: int, limit: int, *, total: int | None = None) -> list[list]:
        """Rows ``offset`` .. ``offset + limit - 1`` in the dataset's order (fewer at the end).

        ``total``: the row count when the caller already has it (from ``row_count``), saving a count
        per page. Unknown ids read as empty (a grid may ask for a page of a dataset deleted meanwhile).
        """
        from desktop_app.storage.row_pages import fetch_page

        with self.ctx.db.reading() as s:
            return fetch_page(s, dataset_id, offset, limit, total=total)


def output_table(s: Session, output_id: int) -> TableData:
    """The table of a saved output, computed inside the caller's unit of work."""
    output = s.get(Output, output_id)
    if output is None:
        raise BadInput("unknown_output", str(output_id))
    ds = s.get(Dataset, output.dataset_id)
    if output.kind == "pivot" and "pivot" in output.spec:
        spec = PivotSpec.from_json(output.spec["pivot"])
        return pivot(_columns(ds), _rows(s, ds.id), spec, title=output.name, unit=ds.unit, source=ds.source).table
    return group_total(output.name, _columns(ds), _rows(s, ds.id), _spec(output), unit=ds.unit, source=ds.source)


def output_chart(s: Session, output_id: int) -> ChartSpec:
    """The chart of a saved output as its author chose it (kind, value columns, direction), on today's data."""
    output = s.get(Output, output_id)
    if output is None:
        raise BadInput("unknown_output", str(output_id))
    ds = s.get(Dataset, output.dataset_id)
    choice = ChartChoice.from_json(output.spec.get("chart"))
    if output.kind == "pivot" and "pivot" in output.spec:
        spec = PivotSpec.from_json(output.spec["pivot"])
        result = pivot(_columns(ds), _rows(s, ds.id), spec, title=output.name, unit=ds.unit, source=ds.source)
        chart = pivot_chart(result, choice)
        return chart or ChartSpec(choice.kind, output.name, (), (), unit=ds.unit, source=ds.source)
    table = group_total(output.name, _columns(ds), _rows(s, ds.id), _spec(output), unit=ds.unit, source=ds.source)
    return chart_of(table, choice.kind, [c for c in choice.columns if c in table.headers[1:]] or None,
                    horizontal=choice.horizontal)


def _spec(output: Output) -> GroupTotalSpec:
    return GroupTotalSpec(output.spec["group"], output.spec["value"], Aggregate(output.spec["aggregate"]))


def _apply_meta(ds: Dataset, meta: DatasetMeta) -> None:
    check_dataset_name(meta.name)
    if meta.access_level not in ACCESS_LEVELS:
        raise BadInput("bad_access_level", meta.access_level)
    for name in FIELD_NAMES:
        value = getattr(meta, name)
        setattr(ds, _META_COLUMNS.get(name, name), value.strip() if isinstance(value, str) else value)
    ds.keywords = [k.strip() for k in meta.keywords if k.strip()]


def _last_run(s: Session, dataset_id: int) -> CheckRun | None:
    return s.scalars(select(CheckRun).where(CheckRun.dataset_id == dataset_id)
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
