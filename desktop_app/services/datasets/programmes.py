"""Step 1 — the unit's programmes and activities (Program dan Kegiatan): an editor, an import from a
spreadsheet, and the datasets linked to an activity.

A programme has a code (Permendagri 90/2019 nomenclature, e.g. "2.18.06"), a name, a budget year and
the person responsible; so has each of its activities ("2.18.06.2.01"). Planning them needs
``Action.PLAN_AGENDA`` (Kasubag Program, Sekretaris, Kepala Dinas); linking a dataset to an activity
needs ``Action.EDIT_DATASET``. Each change is one unit of work and one log entry (step 1, object type
"agenda", as the agenda's own entries). Adding the first programmes and activities is
``AgendaService.add_programme / add_activity``; this module edits, removes, imports and links.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from desktop_app.domain.errors import BadInput, NotAllowed
from desktop_app.domain.roles import Action, Role
from desktop_app.domain.steps import Step
from desktop_app.services.datasets.agenda import OBJECT_TYPE
from desktop_app.services.runtime import ServiceContext
from desktop_app.storage.models import Activity, AgendaEntry, Dataset, Programme, User

YEARS = range(2000, 2101)
# Headings the import recognises (lower case), for each field.
HEADINGS = {
    "code": ("kode", "kode rekening", "nomor", "no. rekening", "code"),
    "name": ("nama", "program/kegiatan", "program / kegiatan", "uraian", "nama program/kegiatan", "kegiatan",
             "program", "name"),
    "year": ("tahun", "tahun anggaran", "ta", "year"),
    "responsible": ("penanggung jawab", "pj", "pejabat", "responsible"),
}


@dataclass(frozen=True)
class ActivityRecord:
    id: int
    programme_id: int
    code: str
    name: str
    year: int | None
    responsible: str  # "Budi Santoso (Kasubag Program)", or ""
    responsible_id: int | None
    datasets: tuple[str, ...]  # names of the datasets linked to it
    agenda_entries: int

    @property
    def label(self) -> str:
        return f"{self.code} {self.name}".strip()


@dataclass(frozen=True)
class ProgrammeRecord:
    id: int
    code: str
    name: str
    year: int | None
    responsible: str
    responsible_id: int | None
    activities: tuple[ActivityRecord, ...]

    @property
    def label(self) -> str:
        return f"{self.code} {self.name}".strip()


@dataclass(frozen=True)
class ImportSummary:
    programmes_added: int
    activities_added: int
    updated: int


class ProgrammeService:
    """The editor of programmes and activities, their import, and linking datasets to activities."""

    def __init__(self, ctx: ServiceContext) -> None:
        self.ctx = ctx

    # --- reading ---------------------------------------------------------------------------
    def list(self) -> list[ProgrammeRecord]:
        """Every programme with its activities (code order), the people responsible and what is linked."""
        with self.ctx.db.reading() as s:
            people = {u.id: f"{u.full_name} ({Role(u.role).label})" for u in s.scalars(select(User))}
            linked: dict[int, list[str]] = {}
            for activity_id, name in s.execute(select(Dataset.activity_id, Dataset.name)
                                               .where(Dataset.activity_id.is_not(None), Dataset.deleted_at.is_(None))
                                               .order_by(Dataset.name)):
                linked.setdefault(activity_id, []).append(name)
            entries = dict(s.execute(select(AgendaEntry.activity_id, func.count()).group_by(AgendaEntry.activity_id)).all())
            activities: dict[int, list[ActivityRecord]] = {}
            for a in s.scalars(select(Activity).order_by(Activity.code, Activity.name, Activity.id)):
                activities.setdefault(a.programme_id, []).append(ActivityRecord(
                    a.id, a.programme_id, a.code, a.name, a.year, people.get(a.responsible_id, ""), a.responsible_id,
                    tuple(linked.get(a.id, ())), entries.get(a.id, 0)))
            return [ProgrammeRecord(p.id, p.code, p.name, p.year, people.get(p.responsible_id, ""), p.responsible_id,
                                    tuple(activities.get(p.id, ())))
                    for p in s.scalars(select(Programme).order_by(Programme.code, Programme.name, Programme.id))]

    # --- editing ---------------------------------------------------------------------------
    def add_programme(self, code: str, name: str, year: int | None = None, responsible_id: int | None = None) -> int:
        with self.ctx.db.unit_of_work() as s:
            self.ctx.require(s, Action.PLAN_AGENDA)
            programme = Programme(code="", name="")
            s.add(programme)
            self._fill(s, programme, code, name, year, responsible_id)
            s.flush()
            self._log(s, "programme_added", programme, "programme")
            return programme.id

    def update_programme(self, programme_id: int, code: str, name: str, year: int | None = None,
                         responsible_id: int | None = None) -> None:
        with self.ctx.db.unit_of_work() as s:
            self.ctx.require(s, Action.PLAN_AGENDA)
            programme = _get(s, Programme, programme_id, "unknown_programme")
            self._fill(s, programme, code, name, year, responsible_id)
            self._log(s, "programme_updated", programme, "programme")

    def remove_programme(self, programme_id: int) -> None:
        """Remove a programme without activities (NotAllowed("programme_in_use") otherwise)."""
        with self.ctx.db.unit_of_work() as s:
            self.ctx.require(s, Action.PLAN_AGENDA)
            programme = _get(s, Programme, programme_id, "unknown_programme")
            if s.scalar(select(func.count(Activity.id)).where(Activity.programme_id == programme.id)):
                raise NotAllowed("programme_in_use", programme.code)
            self._log(s, "programme_removed", programme, "programme")
            s.delete(programme)

    def add_activity(self, programme_id: int, code: str, name: str, year: int | None = None,
                     responsible_id: int | None = None) -> int:
        with self.ctx.db.unit_of_work() as s:
            self.ctx.require(s, Action.PLAN_AGENDA)
            _get(s, Programme, programme_id, "unknown_programme")
            activity = Activity(programme_id=programme_id, code="", name="")
            s.add(activity)
            self._fill(s, activity, code, name, year, responsible_id)
            s.flush()
            self._log(s, "activity_added", activity, "activity")
            return activity.id

    def update_activity(self, activity_id: int, code: str, name: str, year: int | None = None,
                        responsible_id: int | None = None) -> None:
        with self.ctx.db.unit_of_work() as s:
            self.ctx.require(s, Action.PLAN_AGENDA)
            activity = _get(s, Activity, activity_id, "unknown_activity")
            self._fill(s, activity, code, name, year, responsible_id)
            self._log(s, "activity_updated", activity, "activity")

    def remove_activity(self, activity_id: int) -> None:
        """Remove an activity no dataset or agenda entry refers to (NotAllowed("activity_in_use") otherwise)."""
        with self.ctx.db.unit_of_work() as s:
            self.ctx.require(s, Action.PLAN_AGENDA)
            activity = _get(s, Activity, activity_id, "unknown_activity")
            used = (s.scalar(select(func.count(Dataset.id)).where(Dataset.activity_id == activity.id))
                    or s.scalar(select(func.count(AgendaEntry.id)).where(AgendaEntry.activity_id == activity.id)))
            if used:
                raise NotAllowed("activity_in_use", activity.code)
            self._log(s, "activity_removed", activity, "activity")
            s.delete(activity)

    def link_dataset(self, dataset_id: int, activity_id: int | None) -> None:
        """The activity a dataset serves (None: none); logged on the dataset."""
        with self.ctx.db.unit_of_work() as s:
            self.ctx.require(s, Action.EDIT_DATASET)
            ds = s.get(Dataset, dataset_id)
            if ds is None or ds.deleted_at is not None:
                raise BadInput("unknown_dataset", str(dataset_id))
            activity = _get(s, Activity, activity_id, "unknown_activity") if activity_id is not None else None
            ds.activity_id = activity_id
            self.ctx.log(s, "dataset_activity_linked", step=Step.PREPARE, object_type="dataset", object_id=ds.id,
                         object_label=ds.name,
                         detail={"activity_id": activity_id, "activity": activity.code if activity else None})

    # --- import ------------------------------------------------------------------------------
    def import_file(self, path: Path) -> ImportSummary:
        """Programmes and activities from a spreadsheet's first sheet (columns Kode, Nama, Tahun, Penanggung
        Jawab), all or nothing. A code under another row's code ("2.18.06.2.01" under "2.18.06") is an
        activity of it; codes already present are updated. One log entry."""
        from desktop_app.services.datasets.importing import read_preview

        self.ctx.require_actor()
        preview = read_preview(Path(path))
        index = _heading_index([c.name for c in preview.columns])
        if "code" not in index or "name" not in index:
            raise BadInput("programme_columns_missing", ", ".join(c.name for c in preview.columns))
        rows = []
        for number, row in zip(preview.source_rows, preview.rows, strict=True):
            code = _text(row[index["code"]])
            name = _text(row[index["name"]])
            if not code and not name:
                continue
            if not code or not name:
                raise BadInput("programme_row_incomplete", str(number))
            year = _year(row[index["year"]], number) if "year" in index else None
            person = _text(row[index["responsible"]]) if "responsible" in index else ""
            rows.append((number, code, name, year, person))
        if not rows:
            raise BadInput("empty")
        with self.ctx.db.unit_of_work() as s:
            self.ctx.require(s, Action.PLAN_AGENDA)
            people = {k: u.id for u in s.scalars(select(User)) for k in (u.username.lower(), u.full_name.lower())}
            programmes = {p.code: p for p in s.scalars(select(Programme)) if p.code}
            activities = {(a.programme_id, a.code): a for a in s.scalars(select(Activity)) if a.code}
            codes = {code for _, code, *_ in rows}
            added_p = added_a = updated = 0
            for number, code, name, year, person in sorted(rows, key=lambda r: (r[1].count("."), r[1])):
                responsible = None
                if person:
                    responsible = people.get(person.lower())
                    if responsible is None:
                        raise BadInput("unknown_user", f"{person} ({number})")
                parent = _parent(code, set(programmes) | codes)
                if parent is None:
                    programme = programmes.get(code)
                    if programme is None:
                        programme = Programme(code=code, name=name, year=year, responsible_id=responsible)
                        s.add(programme)
                        s.flush()
                        programmes[code] = programme
                        added_p += 1
                    else:
                        programme.name, programme.year, programme.responsible_id = name, year, responsible
                        updated += 1
                    continue
                owner = programmes.get(parent)
                if owner is None:  # its parent is an activity: put it under that activity's programme
                    raise BadInput("programme_row_incomplete", str(number))
                activity = activities.get((owner.id, code))
                if activity is None:
                    s.add(Activity(programme_id=owner.id, code=code, name=name, year=year, responsible_id=responsible))
                    added_a += 1
                else:
                    activity.name, activity.year, activity.responsible_id = name, year, responsible
                    updated += 1
            self.ctx.log(s, "programmes_imported", step=Step.PREPARE, object_type=OBJECT_TYPE,
                         object_label=Path(path).name,
                         detail={"file": Path(path).name, "programmes": added_p, "activities": added_a,
                                 "updated": updated})
            return ImportSummary(added_p, added_a, updated)

    # --- internals -------------------------------------------------------------------------
    def _fill(self, s: Session, item: Programme | Activity, code: str, name: str, year: int | None,
              responsible_id: int | None) -> None:
        code, name = code.strip(), name.strip()
        kind = "programme" if isinstance(item, Programme) else "activity"
        if not name:
            raise BadInput(f"{kind}_name_required")
        if year is not None and year not in YEARS:
            raise BadInput("bad_year", str(year))
        if responsible_id is not None and s.get(User, responsible_id) is None:
            raise BadInput("unknown_user", str(responsible_id))
        model = type(item)
        query = select(model.id).where(func.lower(model.code) == code.lower(), model.id != item.id)
        if isinstance(item, Activity):
            query = query.where(Activity.programme_id == item.programme_id)
        if code and s.scalar(query):
            raise BadInput(f"{kind}_code_taken", code)
        item.code, item.name, item.year, item.responsible_id = code, name, year, responsible_id

    def _log(self, s: Session, action: str, item: Programme | Activity, kind: str) -> None:
        detail = {"kind": kind, "code": item.code, "year": item.year, "responsible_id": item.responsible_id}
        if isinstance(item, Activity):
            detail["programme_id"] = item.programme_id
        self.ctx.log(s, action, step=Step.PREPARE, object_type=OBJECT_TYPE, object_id=item.id,
                     object_label=f"{item.code} {item.name}".strip(), detail=detail)


def _get(s: Session, model, item_id: int, code: str):  # noqa: ANN001
    found = s.get(model, item_id)
    if found is None:
        raise BadInput(code, str(item_id))
    return found


def _heading_index(names: list[str]) -> dict[str, int]:
    found: dict[str, int] = {}
    for i, name in enumerate(names):
        folded = " ".join(str(name).lower().split())
        for field, words in HEADINGS.items():
            if field not in found and folded in words:
                found[field] = i
    return found


def _text(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value).strip()


def _year(value: object, number: int) -> int | None:
    text = _text(value)
    if not text:
        return None
    if not text.isdigit() or int(text) not in YEARS:
        raise BadInput("bad_year", f"{text} ({number})")
    return int(text)


def _parent(code: str, codes: set[str]) -> str | None:
    """The longest other code that ``code`` extends ("2.18.06" for "2.18.06.2.01"), or None."""
    candidates = [c for c in codes if c != code and code.startswith(c + ".")]
    return max(candidates, key=len) if candidates else None


__all__ = ["ActivityRecord", "ImportSummary", "ProgrammeRecord", "ProgrammeService"]
