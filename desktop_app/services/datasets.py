"""Datasets through steps 1–4: create and edit (1), check and confirm (2), tabulate (3), present (4)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy import delete, func, select
from sqlalchemy.orm import Session

from desktop_app.domain.checks import Finding, Severity, has_errors, run_checks
from desktop_app.domain.columns import ColumnSpec, ColumnType
from desktop_app.domain.errors import BadInput, NotAllowed
from desktop_app.domain.metadata import ACCESS_LEVELS, FIELD_NAMES, DatasetMeta
from desktop_app.domain.roles import Action, Role
from desktop_app.domain.steps import Step
from desktop_app.domain.tables import TableData
from desktop_app.domain.tabulation import Aggregate, GroupTotalSpec, group_total
from desktop_app.domain.workflow import DatasetState, Move, find_transition
from desktop_app.services.context import ServiceContext
from desktop_app.storage.models import (
    CheckRun,
    Confirmation,
    Dataset,
    DatasetColumn,
    DatasetRow,
    Output,
    User,
)

CHANNELS = ("telepon", "surat", "email", "whatsapp", "rapat")
OUTCOMES = ("sesuai", "diperbaiki", "menunggu")
MAX_ATTACHMENT_BYTES = 10 * 1024 * 1024
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


@dataclass(frozen=True)
class DatasetDetail:
    summary: DatasetSummary
    meta: DatasetMeta
    columns: tuple[ColumnSpec, ...]
    rows: tuple[tuple[object, ...], ...]
    last_check: CheckReport | None
    confirmations: tuple[ConfirmationInfo, ...]
    outputs: tuple[OutputInfo, ...]


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


@dataclass(frozen=True)
class OutputInfo:
    id: int
    dataset_id: int
    name: str
    spec: GroupTotalSpec
    created_at: dt.datetime


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
    width = len(columns)
    out = []
    for row in rows:
        if len(row) > width:
            raise BadInput("row_too_wide", str(len(row)))
        out.append(list(row) + [None] * (width - len(row)))
    return out


class DatasetService:
    """Use cases of datasets; each public call is one unit of work and one log entry."""

    def __init__(self, ctx: ServiceContext) -> None:
        self.ctx = ctx

    # --- reading ---------------------------------------------------------------------------
    def list(self, states: Sequence[DatasetState] | None = None) -> list[DatasetSummary]:
        with self.ctx.db.unit_of_work() as s:
            counts = dict(s.execute(select(DatasetRow.dataset_id, func.count()).group_by(DatasetRow.dataset_id)).all())
            query = select(Dataset, User.full_name, User.role).join(User, Dataset.author_id == User.id)
            if states:
                query = query.where(Dataset.state.in_([st.value for st in states]))
            return [self._summary(ds, name, role, counts.get(ds.id, 0))
                    for ds, name, role in s.execute(query.order_by(Dataset.name))]

    def get(self, dataset_id: int) -> DatasetDetail:
        with self.ctx.db.unit_of_work() as s:
            ds = self._load(s, dataset_id)
            author = s.get(User, ds.author_id)
            rows = _rows(s, ds.id)
            summary = self._summary(ds, author.full_name, author.role, len(rows))
            run = s.scalars(select(CheckRun).where(CheckRun.dataset_id == ds.id)
                            .order_by(CheckRun.id.desc()).limit(1)).first()
            confirmations = tuple(
                ConfirmationInfo(c.source, c.channel, c.contact_person, c.confirmed_on, c.outcome, c.note,
                                 name, c.recorded_at)
                for c, name in s.execute(select(Confirmation, User.full_name)
                                         .join(User, Confirmation.recorded_by == User.id)
                                         .where(Confirmation.dataset_id == ds.id).order_by(Confirmation.id)))
            return DatasetDetail(summary, _meta(ds), _columns(ds), rows,
                                 _report(run) if run else None, confirmations, self._outputs(s, ds.id))

    def find(self, name: str) -> int:
        """The id of the dataset with this name (case-insensitive), or BadInput."""
        with self.ctx.db.unit_of_work() as s:
            found = s.scalar(select(Dataset.id).where(func.lower(Dataset.name) == name.strip().lower()))
            if found is None:
                raise BadInput("unknown_dataset", name)
            return found

    def outputs(self, dataset_id: int | None = None) -> list[OutputInfo]:
        with self.ctx.db.unit_of_work() as s:
            return list(self._outputs(s, dataset_id))

    # --- step 1 ----------------------------------------------------------------------------
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

    def update(self, dataset_id: int, meta: DatasetMeta, rows: Sequence[Sequence[object]]) -> None:
        """Save edited metadata and rows of a draft."""
        with self.ctx.db.unit_of_work() as s:
            self.ctx.require(s, Action.EDIT_DATASET)
            ds = self._load(s, dataset_id)
            if ds.state != DatasetState.DRAFT.value:
                raise NotAllowed("state", f"edit in {ds.state}")
            columns = _columns(ds)
            normalised = _normalise_rows(columns, rows)
            _apply_meta(ds, meta)
            ds.updated_at = self.ctx.now()
            s.execute(delete(DatasetRow).where(DatasetRow.dataset_id == ds.id))
            s.add_all(DatasetRow(dataset_id=ds.id, position=i, values=r) for i, r in enumerate(normalised))
            self.ctx.log(s, "dataset_saved", step=Step.PREPARE, object_type="dataset", object_id=ds.id,
                         object_label=ds.name, detail={"rows": len(normalised)}, since=ds.stage_since)

    # --- step 2 ----------------------------------------------------------------------------
    def check(self, dataset_id: int) -> CheckReport:
        """Run the built-in checks; a draft moves into checking."""
        with self.ctx.db.unit_of_work() as s:
            actor = self.ctx.require(s, Action.CHECK_DATASET)
            ds = self._load(s, dataset_id)
            if ds.state == DatasetState.DRAFT.value:
                self._move(s, ds, Move.START_CHECK, log=False)
            elif ds.state != DatasetState.CHECKING.value:
                raise NotAllowed("state", f"check in {ds.state}")
            now = self.ctx.now()
            findings = run_checks(_columns(ds), _rows(s, ds.id))
            errors = sum(1 for f in findings if f.severity.value == "error")
            run = CheckRun(dataset_id=ds.id, run_at=now, run_by=actor.user_id, errors=errors,
                           warnings=len(findings) - errors, findings=[_finding_json(f) for f in findings])
            s.add(run)
            self.ctx.log(s, "checks_run", step=Step.VALIDATE, object_type="dataset", object_id=ds.id,
                         object_label=ds.name, detail={"errors": errors, "warnings": len(findings) - errors},
                         since=ds.stage_since)
            return _report(run)

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
            self.ctx.log(s, "confirmation_logged", step=Step.VALIDATE, object_type="dataset", object_id=ds.id,
                         object_label=ds.name, since=ds.stage_since,
                         detail={"source": confirmation.source, "channel": confirmation.channel,
                                 "outcome": confirmation.outcome})

    def validate(self, dataset_id: int) -> None:
        """Mark validated: the last checks passed and the source confirmed the data."""
        with self.ctx.db.unit_of_work() as s:
            self.ctx.require(s, Action.VALIDATE_DATASET)
            ds = self._load(s, dataset_id)
            run = s.scalars(select(CheckRun).where(CheckRun.dataset_id == ds.id)
                            .order_by(CheckRun.id.desc()).limit(1)).first()
            if run is None or run.errors:
                raise NotAllowed("checks_not_passed")
            if run.run_at < ds.updated_at:
                raise NotAllowed("checks_outdated")
            confirmed = s.scalar(select(func.count(Confirmation.id)).where(
                Confirmation.dataset_id == ds.id, Confirmation.outcome != "menunggu",
                Confirmation.recorded_at >= ds.stage_since))
            if not confirmed:
                raise NotAllowed("not_confirmed")
            self._move(s, ds, Move.VALIDATE)

    def return_to_draft(self, dataset_id: int, reason: str) -> None:
        if not reason.strip():
            raise BadInput("reason_required")
        with self.ctx.db.unit_of_work() as s:
            self.ctx.require(s, Action.VALIDATE_DATASET)
            self._move(s, self._load(s, dataset_id), Move.RETURN, detail={"reason": reason})

    # --- step 3 ----------------------------------------------------------------------------
    def tabulate(self, dataset_id: int, spec: GroupTotalSpec) -> TableData:
        """A grouped total over the dataset (read only)."""
        with self.ctx.db.unit_of_work() as s:
            ds = self._load(s, dataset_id)
            title = f"{ds.name} menurut {spec.group_column}"
            return group_total(title, _columns(ds), _rows(s, ds.id), spec, unit=ds.unit, source=ds.source)

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
        with self.ctx.db.unit_of_work() as s:
            return output_table(s, output_id)

    # --- step 4 ----------------------------------------------------------------------------
    def present(self, dataset_id: int) -> None:
        """Put a processed dataset in the data catalogue."""
        with self.ctx.db.unit_of_work() as s:
            self.ctx.require(s, Action.PRESENT_DATASET)
            self._move(s, self._load(s, dataset_id), Move.PRESENT)

    # --- internals -------------------------------------------------------------------------
    def _load(self, s: Session, dataset_id: int) -> Dataset:
        ds = s.get(Dataset, dataset_id)
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
                              f"{author} ({Role(role).label})", rows, ds.stage_since, ds.updated_at, ds.is_sample)

    def _outputs(self, s: Session, dataset_id: int | None) -> tuple[OutputInfo, ...]:
        query = select(Output).order_by(Output.id)
        if dataset_id is not None:
            query = query.where(Output.dataset_id == dataset_id)
        return tuple(OutputInfo(o.id, o.dataset_id, o.name, _spec(o), o.created_at) for o in s.scalars(query))


def output_table(s: Session, output_id: int) -> TableData:
    """The table of a saved output, computed inside the caller's unit of work."""
    output = s.get(Output, output_id)
    if output is None:
        raise BadInput("unknown_output", str(output_id))
    ds = s.get(Dataset, output.dataset_id)
    return group_total(output.name, _columns(ds), _rows(s, ds.id), _spec(output), unit=ds.unit, source=ds.source)


def _spec(output: Output) -> GroupTotalSpec:
    return GroupTotalSpec(output.spec["group"], output.spec["value"], Aggregate(output.spec["aggregate"]))


def _apply_meta(ds: Dataset, meta: DatasetMeta) -> None:
    if meta.access_level not in ACCESS_LEVELS:
        raise BadInput("bad_access_level", meta.access_level)
    for name in FIELD_NAMES:
        value = getattr(meta, name)
        setattr(ds, _META_COLUMNS.get(name, name), value.strip() if isinstance(value, str) else value)
    ds.keywords = [k.strip() for k in meta.keywords if k.strip()]


def _finding_json(f: Finding) -> dict:
    value = f.value if isinstance(f.value, (int, float, str)) or f.value is None else str(f.value)
    return {"code": f.code, "severity": f.severity.value, "row": f.row, "column": f.column, "value": value}


def _report(run: CheckRun) -> CheckReport:
    return CheckReport(run.run_at, tuple(Finding(f["code"], Severity(f["severity"]), f["row"], f["column"],
                                                 f["value"]) for f in run.findings))
