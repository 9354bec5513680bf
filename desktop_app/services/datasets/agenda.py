"""Step 1 — the unit's programmes and activities (Program / Kegiatan) and the work agenda (Agenda Kerja).

Who may do what:

* ``Action.PLAN_AGENDA`` (Kasubag Program, Sekretaris, Kepala Dinas or Plt. by default) plans: adds
  programmes and activities, and adds, changes, assigns, closes or links any agenda entry.
* ``Action.EDIT_DATASET`` (Staf, Kasubag Program) is enough for one's own work: an entry assigned to
  oneself or to nobody may be added, changed, marked done and linked to a dataset, but not assigned
  to somebody else.

Reading needs no permission. Each public change is one unit of work and one activity-log entry
(step 1, object type ``"agenda"``; the action names say whether a programme, an activity or an entry
changed). Statuses are computed with the service clock, so they move as time passes.
"""

from __future__ import annotations

import datetime as dt
import enum
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from desktop_app.domain.errors import BadInput, NotAllowed
from desktop_app.domain.roles import Action, Actor, Role
from desktop_app.domain.steps import Step
from desktop_app.services.runtime import ServiceContext
from desktop_app.storage.models import Activity, AgendaEntry, Dataset, Programme, User

DUE_SOON_DAYS = 3
"""An open entry due within this many days from today (inclusive) is "due soon"."""

OBJECT_TYPE = "agenda"


class AgendaStatus(str, enum.Enum):
    """Where an agenda entry stands today; compares equal to its string value."""

    DONE = "done"
    OVERDUE = "overdue"
    DUE_SOON = "due_soon"
    OPEN = "open"


def agenda_status(due: dt.date, done: bool, today: dt.date) -> AgendaStatus:
    """done; overdue (due before today); due soon (due today .. today + 3 days); otherwise open."""
    if done:
        return AgendaStatus.DONE
    if due < today:
        return AgendaStatus.OVERDUE
    if due <= today + dt.timedelta(days=DUE_SOON_DAYS):
        return AgendaStatus.DUE_SOON
    return AgendaStatus.OPEN


@dataclass(frozen=True)
class ActivityInfo:
    id: int
    code: str
    name: str

    @property
    def label(self) -> str:
        """'1.01 Penyusunan data' (just the name when there is no code)."""
        return _label(self.code, self.name)


@dataclass(frozen=True)
class ProgrammeInfo:
    id: int
    code: str
    name: str
    activities: tuple[ActivityInfo, ...]

    @property
    def label(self) -> str:
        return _label(self.code, self.name)


@dataclass(frozen=True)
class AgendaItem:
    id: int
    title: str
    due: dt.date
    assignee: str            # 'Siti Rahma (Staf)', or '' when nobody is assigned
    assignee_id: int | None
    activity: str            # 'code name' of the activity, or ''
    activity_id: int | None
    dataset_id: int | None
    dataset_name: str        # '' when no dataset is linked
    done: bool
    status: AgendaStatus


def _label(code: str, name: str) -> str:
    return f"{code} {name}".strip()


def _date(value: object) -> dt.date:
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    raise BadInput("bad_date", repr(value))


class AgendaService:
    """Programmes, activities and the work agenda of the unit; each public change is one log entry."""

    def __init__(self, ctx: ServiceContext) -> None:
        self.ctx = ctx

    # --- reading ---------------------------------------------------------------------------
    def today(self) -> dt.date:
        """Today by the service clock (what the statuses are computed against)."""
        return self.ctx.now().date()

    def programmes(self) -> list[ProgrammeInfo]:
        """Every programme with its activities, ordered by code then name."""
        with self.ctx.db.unit_of_work() as s:
            activities: dict[int, list[ActivityInfo]] = {}
            for a in s.scalars(select(Activity).order_by(Activity.code, Activity.name, Activity.id)):
                activities.setdefault(a.programme_id, []).append(ActivityInfo(a.id, a.code, a.name))
            return [ProgrammeInfo(p.id, p.code, p.name, tuple(activities.get(p.id, ())))
                    for p in s.scalars(select(Programme).order_by(Programme.code, Programme.name, Programme.id))]

    def entries(self, start: dt.date | None = None, end: dt.date | None = None,
                assignee_id: int | None = None, include_done: bool = True) -> list[AgendaItem]:
        """Agenda entries due between ``start`` and ``end`` (both inclusive, either open), by due date."""
        with self.ctx.db.unit_of_work() as s:
            query = (select(AgendaEntry, User, Activity, Dataset.name)
                     .outerjoin(User, AgendaEntry.assignee_id == User.id)
                     .outerjoin(Activity, AgendaEntry.activity_id == Activity.id)
                     .outerjoin(Dataset, AgendaEntry.dataset_id == Dataset.id))
            if start is not None:
                query = query.where(AgendaEntry.due >= _date(start))
            if end is not None:
                query = query.where(AgendaEntry.due <= _date(end))
            if assignee_id is not None:
                query = query.where(AgendaEntry.assignee_id == assignee_id)
            if not include_done:
                query = query.where(AgendaEntry.done.is_(False))
            today = self.today()
            return [self._item(e, u, a, name, today)
                    for e, u, a, name in s.execute(query.order_by(AgendaEntry.due, AgendaEntry.id))]

    def entry(self, entry_id: int) -> AgendaItem:
        with self.ctx.db.unit_of_work() as s:
            e = self._load(s, entry_id)
            user = s.get(User, e.assignee_id) if e.assignee_id is not None else None
            activity = s.get(Activity, e.activity_id) if e.activity_id is not None else None
            dataset = s.get(Dataset, e.dataset_id) if e.dataset_id is not None else None
            return self._item(e, user, activity, dataset.name if dataset else None, self.today())

    def may_plan(self) -> bool:
        """Whether the logged-in user may plan: programmes, activities, assigning anybody."""
        return self.ctx.may(Action.PLAN_AGENDA)

    def may_add(self) -> bool:
        """Whether the logged-in user may add agenda entries at all (for themselves at least)."""
        return self.ctx.may(Action.PLAN_AGENDA) or self.ctx.may(Action.EDIT_DATASET)

    def may_change(self, item: AgendaItem) -> bool:
        """Whether the logged-in user may change, close or link this entry (for enabling buttons)."""
        actor = self.ctx.actor
        if actor is None:
            return False
        with self.ctx.db.unit_of_work() as s:
            matrix = self.ctx.permissions(s)
            return matrix.allows(actor, Action.PLAN_AGENDA) or (
                matrix.allows(actor, Action.EDIT_DATASET) and item.assignee_id in (None, actor.user_id))

    # --- programmes and activities ---------------------------------------------------------
    def add_programme(self, code: str, name: str) -> int:
        code, name = code.strip(), name.strip()
        if not name:
            raise BadInput("programme_name_required")
        with self.ctx.db.unit_of_work() as s:
            self.ctx.require(s, Action.PLAN_AGENDA)
            if code and s.scalar(select(Programme.id).where(func.lower(Programme.code) == code.lower())):
                raise BadInput("programme_code_taken", code)
            programme = Programme(code=code, name=name)
            s.add(programme)
            s.flush()
            self.ctx.log(s, "programme_added", step=Step.PREPARE, object_type=OBJECT_TYPE,
                         object_id=programme.id, object_label=_label(code, name),
                         detail={"kind": "programme", "code": code})
            return programme.id

    def add_activity(self, programme_id: int, code: str, name: str) -> int:
        code, name = code.strip(), name.strip()
        if not name:
            raise BadInput("activity_name_required")
        with self.ctx.db.unit_of_work() as s:
            self.ctx.require(s, Action.PLAN_AGENDA)
            if s.get(Programme, programme_id) is None:
                raise BadInput("unknown_programme", str(programme_id))
            if code and s.scalar(select(Activity.id).where(Activity.programme_id == programme_id,
                                                           func.lower(Activity.code) == code.lower())):
                raise BadInput("activity_code_taken", code)
            activity = Activity(programme_id=programme_id, code=code, name=name)
            s.add(activity)
            s.flush()
            self.ctx.log(s, "activity_added", step=Step.PREPARE, object_type=OBJECT_TYPE,
                         object_id=activity.id, object_label=_label(code, name),
                         detail={"kind": "activity", "programme_id": programme_id, "code": code})
            return activity.id

    # --- agenda entries --------------------------------------------------------------------
    def add_entry(self, title: str, due: dt.date, assignee_id: int | None = None,
                  activity_id: int | None = None, dataset_id: int | None = None) -> int:
        """Add an entry; assigning it to somebody else needs PLAN_AGENDA."""
        title, due = self._check_fields(title, due)
        with self.ctx.db.unit_of_work() as s:
            self._require_for(s, assignee_id)
            self._check_refs(s, assignee_id, activity_id, dataset_id)
            entry = AgendaEntry(title=title, due=due, assignee_id=assignee_id, activity_id=activity_id,
                                dataset_id=dataset_id, done=False)
            s.add(entry)
            s.flush()
            self.ctx.log(s, "agenda_added", step=Step.PREPARE, object_type=OBJECT_TYPE, object_id=entry.id,
                         object_label=title,
                         detail={"due": due.isoformat(), "assignee_id": assignee_id,
                                 "activity_id": activity_id, "dataset_id": dataset_id})
            return entry.id

    def update_entry(self, entry_id: int, title: str, due: dt.date, assignee_id: int | None = None,
                     activity_id: int | None = None, dataset_id: int | None = None) -> None:
        """Replace an entry's title, due date, assignee, activity and dataset (the done mark stays)."""
        title, due = self._check_fields(title, due)
        with self.ctx.db.unit_of_work() as s:
            entry = self._load(s, entry_id)
            self._require_for(s, entry.assignee_id)
            if assignee_id != entry.assignee_id:
                self._require_for(s, assignee_id)
            self._check_refs(s, assignee_id if assignee_id != entry.assignee_id else None,
                             activity_id, dataset_id)
            before = {"title": entry.title, "due": entry.due.isoformat(), "assignee_id": entry.assignee_id,
                      "activity_id": entry.activity_id, "dataset_id": entry.dataset_id}
            entry.title, entry.due, entry.assignee_id = title, due, assignee_id
            entry.activity_id, entry.dataset_id = activity_id, dataset_id
            after = {"title": title, "due": due.isoformat(), "assignee_id": assignee_id,
                     "activity_id": activity_id, "dataset_id": dataset_id}
            changed = {k: [before[k], after[k]] for k in after if before[k] != after[k]}
            self.ctx.log(s, "agenda_updated", step=Step.PREPARE, object_type=OBJECT_TYPE, object_id=entry.id,
                         object_label=title, detail={"changed": changed})

    def set_done(self, entry_id: int, done: bool) -> None:
        """Mark an entry done, or open it again."""
        with self.ctx.db.unit_of_work() as s:
            entry = self._load(s, entry_id)
            self._require_for(s, entry.assignee_id)
            if entry.done == bool(done):
                return  # nothing changes, nothing to log
            entry.done = bool(done)
            status = agenda_status(entry.due, False, self.today())
            self.ctx.log(s, "agenda_done" if done else "agenda_reopened", step=Step.PREPARE,
                         object_type=OBJECT_TYPE, object_id=entry.id, object_label=entry.title,
                         detail={"due": entry.due.isoformat(), "late": status == AgendaStatus.OVERDUE})

    def link_dataset(self, entry_id: int, dataset_id: int | None) -> None:
        """Link the dataset that answers this entry (None removes the link)."""
        with self.ctx.db.unit_of_work() as s:
            entry = self._load(s, entry_id)
            self._require_for(s, entry.assignee_id)
            self._check_refs(s, None, None, dataset_id)
            entry.dataset_id = dataset_id
            self.ctx.log(s, "agenda_dataset_linked" if dataset_id is not None else "agenda_dataset_unlinked",
                         step=Step.PREPARE, object_type=OBJECT_TYPE, object_id=entry.id,
                         object_label=entry.title, detail={"dataset_id": dataset_id})

    # --- internals -------------------------------------------------------------------------
    def _check_fields(self, title: str, due: object) -> tuple[str, dt.date]:
        title = (title or "").strip()
        if not title:
            raise BadInput("title_required")
        return title, _date(due)

    def _require_for(self, s: Session, assignee_id: int | None) -> Actor:
        """The actor, if they may touch an entry assigned to ``assignee_id``; NotAllowed otherwise."""
        actor = self.ctx.require_actor()
        matrix = self.ctx.permissions(s)
        if matrix.allows(actor, Action.PLAN_AGENDA):
            return actor
        if not matrix.allows(actor, Action.EDIT_DATASET):
            raise NotAllowed("permission", Action.EDIT_DATASET.value)
        if assignee_id not in (None, actor.user_id):
            raise NotAllowed("permission", Action.PLAN_AGENDA.value)
        return actor

    def _check_refs(self, s: Session, assignee_id: int | None, activity_id: int | None,
                    dataset_id: int | None) -> None:
        if assignee_id is not None:
            user = s.get(User, assignee_id)
            if user is None:
                raise BadInput("unknown_user", str(assignee_id))
            if not user.active:
                raise BadInput("inactive_user", user.username)
        if activity_id is not None and s.get(Activity, activity_id) is None:
            raise BadInput("unknown_activity", str(activity_id))
        if dataset_id is not None and s.get(Dataset, dataset_id) is None:
            raise BadInput("unknown_dataset", str(dataset_id))

    def _load(self, s: Session, entry_id: int) -> AgendaEntry:
        entry = s.get(AgendaEntry, entry_id)
        if entry is None:
            raise BadInput("unknown_agenda_entry", str(entry_id))
        return entry

    def _item(self, e: AgendaEntry, user: User | None, activity: Activity | None, dataset_name: str | None,
              today: dt.date) -> AgendaItem:
        assignee = f"{user.full_name} ({Role(user.role).label})" if user is not None else ""
        return AgendaItem(
            id=e.id, title=e.title, due=e.due, assignee=assignee, assignee_id=e.assignee_id,
            activity=_label(activity.code, activity.name) if activity is not None else "",
            activity_id=e.activity_id, dataset_id=e.dataset_id, dataset_name=dataset_name or "",
            done=e.done, status=agenda_status(e.due, e.done, today))
