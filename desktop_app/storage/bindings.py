"""The states that matter, bound to the activity log, and the comparison `padi check` makes.

Every change PADI makes to a state that matters is written into the hashed payload of an activity-log
entry, ``detail["bound"]``: ``{"user:3": {"role": ["staf", "kepala"]}, ...}`` - per object, per facet,
the value PADI found before the change and the value it wrote. Replaying the log from the start gives
the value each facet must have now; a table that disagrees was changed outside PADI.

The objects and facets:

- ``user:ID`` - username, full name, role, admin flag, active flag, a hash of the password hash;
- ``delegation:ID`` - who acts as head, from when to when, revoked;
- ``dataset:ID`` - name, state, version, and ``rows``: a hash of its rows (in position order), bound
  when the dataset becomes validated (its rows cannot change after that) or, validated, gets a new version;
- ``publication:ID`` - title, state, author; ``vN`` the content hash of version N and ``vN.by`` who
  made and submitted it; ``decision.ID`` each approval or return with the content hash it covers;
- ``setting:KEY`` - a hash of the permission matrix and of the list of forced password changes.

Changes are collected from the ORM session as they are flushed (``before_flush``/``after_flush``) and
taken into the next log entry of the same unit of work (:func:`take`); a unit of work that changes a
state after its last entry gets one more entry (the database's commit hook). A database made by an
earlier PADI gets one ``state_baseline`` entry recording every state as found when it is first opened
(its marker row is set by migration 0007); a baseline after entries that already bind states is not
accepted.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop_app.storage.models import (
    Dataset,
    Decision,
    Delegation,
    Publication,
    PublicationVersion,
    Setting,
    User,
)

BOUND = "bound"  # the key of the bindings in an entry's detail
BASELINE_ACTION = "state_baseline"
RECORDED_ACTION = "state_recorded"
MARKER_KEY = "log_bindings"  # settings row: {"baseline": "pending" | <entry id> | null}
PENDING_BASELINE = "pending"
FROZEN_DATASET_STATES = frozenset({"validated", "processed", "presented"})
BOUND_SETTINGS = frozenset({"permissions", "password_change_required"})
ROWS = "rows"
_PENDING = "padi_bindings"  # session.info key of the changes not yet written into an entry
_ROW_BATCH = 10_000


def digest(value: Any) -> str:
    """SHA-256 of the canonical JSON of a value."""
    canonical = json.dumps(value, sort_keys=True, ensure_ascii=False, separators=(",", ":"), default=str)
    return hashlib.sha256(canonical.encode("utf-8")).hexdigest()


def _secret(text: str | None) -> str | None:
    return None if text is None else hashlib.sha256(text.encode("utf-8")).hexdigest()


def _iso(value: dt.date | None) -> str | None:
    return value.isoformat() if value is not None else None


# --- facets of one object (an ORM object or a row of a core select: both have the attributes) ---------
def _user_facets(u: Any) -> dict[str, Any]:
    return {"username": u.username, "name": u.full_name, "role": u.role, "admin": bool(u.is_admin),
            "active": bool(u.active), "password": _secret(u.password_hash)}


def _delegation_facets(d: Any) -> dict[str, Any]:
    return {"delegate": d.delegate_id, "start": _iso(d.start), "end": _iso(d.end), "revoked": bool(d.revoked),
            "by": d.created_by}


def _dataset_facets(d: Any) -> dict[str, Any]:
    return {"name": d.name, "state": d.state, "version": d.version}


def _publication_facets(p: Any) -> dict[str, Any]:
    return {"title": p.title, "state": p.state, "author": p.author_id}


def _version_facets(v: Any) -> dict[str, Any]:
    return {f"v{v.number}": v.content_hash, f"v{v.number}.by": [v.created_by, v.submitted_by]}


def _decision_facets(d: Any) -> dict[str, Any]:
    return {f"decision.{d.id}": {"version_id": d.version_id, "decision": d.decision, "hash": d.content_hash,
                                 "by": d.decided_by, "acting": bool(d.acting)}}


def _setting_facets(s: Any) -> dict[str, Any]:
    return {"value": digest(s.value)}


_FACETS = {User: _user_facets, Delegation: _delegation_facets, Dataset: _dataset_facets,
           Publication: _publication_facets, PublicationVersion: _version_facets, Decision: _decision_facets,
           Setting: _setting_facets}


def _bound_model(obj: object) -> type | None:
    model = type(obj)
    if model not in _FACETS:
        return None
    if model is Setting and obj.key not in BOUND_SETTINGS:  # type: ignore[attr-defined]
        return None
    return model


def _key(session: Session, model: type, obj: Any) -> str | None:
    if model is User:
        return f"user:{obj.id}"
    if model is Delegation:
        return f"delegation:{obj.id}"
    if model is Dataset:
        return f"dataset:{obj.id}"
    if model is Publication:
        return f"publication:{obj.id}"
    if model is PublicationVersion:
        return f"publication:{obj.publication_id}" if obj.publication_id is not None else None
    if model is Decision:
        publication_id = session.connection().execute(
            select(PublicationVersion.publication_id).where(PublicationVersion.id == obj.version_id)).scalar()
        return f"publication:{publication_id}" if publication_id is not None else None
    if model is Setting:
        return f"setting:{obj.key}"
    return None


def _stored_row(session: Session, model: type, obj: Any) -> Any:
    """The object's row as the database holds it before this flush (None for a row not written yet)."""
    table = model.__table__  # type: ignore[attr-defined]
    primary = "key" if model is Setting else "id"
    ident = getattr(obj, primary)
    if ident is None:
        return None
    return session.connection().execute(select(table).where(table.c[primary] == ident)).first()


# --- collecting the changes of a unit of work ----------------------------------------------------------
def _record(session: Session, key: str, before: dict[str, Any], after: dict[str, Any]) -> None:
    pending = session.info.setdefault(_PENDING, {}).setdefault(key, {})
    for facet in before.keys() | after.keys():
        if facet in pending:
            pending[facet][1] = after.get(facet)
        else:
            pending[facet] = [before.get(facet), after.get(facet)]


def before_flush(session: Session, _flush_context: object, _instances: object) -> None:
    """Note the facets of changed and deleted objects: the stored value before, the value being written."""
    deleted = set(session.deleted)
    for obj in list(session.dirty) + list(deleted):
        model = _bound_model(obj)
        if model is None or (obj not in deleted and not session.is_modified(obj, include_collections=False)):
            continue
        stored = _stored_row(session, model, obj)
        if stored is None:
            continue
        key = _key(session, model, stored)
        if key is not None:
            _record(session, key, _FACETS[model](stored), {} if obj in deleted else _FACETS[model](obj))


def after_flush(session: Session, _flush_context: object) -> None:
    """Note the facets of new objects (their ids and foreign keys are known once flushed)."""
    for obj in session.new:
        model = _bound_model(obj)
        if model is None:
            continue
        key = _key(session, model, obj)
        if key is not None:
            _record(session, key, {}, _FACETS[model](obj))


def has_changes(session: Session) -> bool:
    """Whether this unit of work changed a bound state that no entry has taken yet."""
    return any(before != after for facets in session.info.get(_PENDING, {}).values()
               for before, after in facets.values())


def take(session: Session) -> dict[str, dict[str, list[Any]]]:
    """The changes not yet written into an entry (flush first), for the entry being appended; clears them.

    A dataset that becomes validated gets the hash of its rows bound too.
    """
    pending = session.info.pop(_PENDING, {})
    taken: dict[str, dict[str, list[Any]]] = {}
    for key, facets in pending.items():
        changed = {facet: [before, after] for facet, (before, after) in facets.items() if before != after}
        if key.startswith("dataset:") and _rows_become_fixed(facets, changed):
            changed[ROWS] = [None, rows_hash(session, int(key.split(":", 1)[1]))]
        if changed:
            taken[key] = changed
    return taken


def _rows_become_fixed(facets: dict[str, list[Any]], changed: dict[str, list[Any]]) -> bool:
    """A dataset becomes validated, or a validated dataset gets a new version (new rows): bind its rows."""
    state = facets.get("state", [None, None])[1]
    if state not in FROZEN_DATASET_STATES:
        return False
    entered = "state" in changed and changed["state"][0] not in FROZEN_DATASET_STATES
    return entered or "version" in changed


def forget(session: Session) -> None:
    """Drop collected changes (the unit of work was rolled back)."""
    session.info.pop(_PENDING, None)


# The same text on both engines (the JSON of a row is stored as written, never normalised); a NULL put
# there by hand hashes as the control character SOH (PostgreSQL's text cannot hold NUL).
_ROWS_TEXT = {
    "sqlite": ('SELECT ifnull(position || char(9) || "values", char(1)) || char(10) FROM dataset_rows '
               'WHERE dataset_id = ? ORDER BY position, id'),
    "postgresql": ('SELECT coalesce(position::text || chr(9) || "values"::text, chr(1)) || chr(10) '
                   'FROM dataset_rows WHERE dataset_id = %s ORDER BY position, id'),
}


def rows_hash(session: Session, dataset_id: int) -> str:
    """SHA-256 over a dataset's rows as stored ("position<TAB>values<LF>" each), in position order, read in
    batches (never all at once) through the driver's own cursor, in the session's transaction: a million
    rows take about half a second."""
    digest_ = hashlib.sha256()
    connection = session.connection()
    cursor = connection.connection.dbapi_connection.cursor()  # type: ignore[union-attr]
    try:
        cursor.execute(_ROWS_TEXT[connection.dialect.name], (dataset_id,))
        while batch := cursor.fetchmany(_ROW_BATCH):
            digest_.update("".join([line for (line,) in batch]).encode("utf-8"))
    finally:
        cursor.close()
    return digest_.hexdigest()


# --- the states as the tables hold them ----------------------------------------------------------------
def current_states(session: Session, *, rows: bool) -> dict[str, dict[str, Any]]:
    """Every bound object's facets as stored now; ``rows``: hash the rows of validated datasets too."""
    states: dict[str, dict[str, Any]] = {}
    for model, prefix in ((User, "user"), (Delegation, "delegation"), (Dataset, "dataset"),
                          (Publication, "publication")):
        columns = _columns(model)
        for row in session.execute(select(*columns).order_by(model.id)):  # type: ignore[attr-defined]
            states[f"{prefix}:{row.id}"] = _FACETS[model](row)
    for row in session.execute(select(*_columns(PublicationVersion)).order_by(PublicationVersion.id)):
        states.setdefault(f"publication:{row.publication_id}", {}).update(_version_facets(row))
    for row in session.execute(select(*_columns(Decision), PublicationVersion.publication_id)
                               .join(PublicationVersion, Decision.version_id == PublicationVersion.id)
                               .order_by(Decision.id)):
        states.setdefault(f"publication:{row.publication_id}", {}).update(_decision_facets(row))
    for row in session.execute(select(Setting.key, Setting.value).where(Setting.key.in_(BOUND_SETTINGS))):
        states[f"setting:{row.key}"] = _setting_facets(row)
    if rows:
        for key, facets in states.items():
            if key.startswith("dataset:") and facets.get("state") in FROZEN_DATASET_STATES:
                facets[ROWS] = rows_hash(session, int(key.split(":", 1)[1]))
    return states


_NEEDED = {
    User: ("id", "username", "full_name", "role", "is_admin", "active", "password_hash"),
    Delegation: ("id", "delegate_id", "start", "end", "revoked", "created_by"),
    Dataset: ("id", "name", "state", "version"),
    Publication: ("id", "title", "state", "author_id"),
    PublicationVersion: ("id", "publication_id", "number", "content_hash", "created_by", "submitted_by"),
    Decision: ("id", "version_id", "decision", "content_hash", "decided_by", "acting"),
}


def _columns(model: type) -> list[Any]:
    """Only the columns the facets need (never a publication's content or a dataset's rows)."""
    return [getattr(model, name) for name in _NEEDED[model]]


def baseline(session: Session) -> dict[str, dict[str, list[Any]]]:
    """The bindings of a baseline entry: every state as found, including the rows of validated datasets."""
    return {key: {facet: [None, value] for facet, value in facets.items()}
            for key, facets in current_states(session, rows=True).items()}


# --- replaying the log and comparing ------------------------------------------------------------------
@dataclass(frozen=True)
class StateFinding:
    """A state no log entry backs.

    ``code``: ``unbacked`` (the table differs from the log), ``not_in_log`` (an object the log never
    recorded), ``missing`` (an object the log recorded is gone), ``rows_changed`` (the rows of a
    validated dataset differ from those bound when it was validated), ``diverged`` (at ``entry_id``
    PADI changed a state the log did not back: it had been changed outside PADI before), or
    ``baseline_invalid`` (a second, late baseline). ``expected`` is the log's value, ``actual`` the
    table's (for ``diverged``: the value PADI found then).
    """

    code: str
    key: str
    facet: str = ""
    expected: Any = None
    actual: Any = None
    label: str = ""
    entry_id: int | None = None

    @property
    def kind(self) -> str:
        return self.key.split(":", 1)[0]

    @property
    def object_id(self) -> str:
        return self.key.split(":", 1)[1] if ":" in self.key else ""


class Replay:
    """Feed it the log's entries in order (:meth:`visit`); it keeps the value each facet must have."""

    def __init__(self) -> None:
        self.expected: dict[str, dict[str, Any]] = {}
        self.findings: list[StateFinding] = []
        self.bound_entries = 0
        self.baseline_id: int | None = None

    def visit(self, entry_id: int, action: str, detail: Any) -> None:
        bound = detail.get(BOUND) if isinstance(detail, dict) else None
        if not isinstance(bound, dict) or not bound:
            return
        if action == BASELINE_ACTION:
            if self.bound_entries:
                self.findings.append(StateFinding("baseline_invalid", "", entry_id=entry_id))
                return
            self.baseline_id = entry_id
        self.bound_entries += 1
        for key, facets in bound.items():
            expected = self.expected.setdefault(key, {})
            if not isinstance(facets, dict):
                continue
            for facet, change in facets.items():
                before, after = (list(change) + [None, None])[:2] if isinstance(change, list) else (None, change)
                if facet != ROWS and expected.get(facet) != before:
                    self.findings.append(StateFinding("diverged", key, facet, expected.get(facet), before,
                                                      _label(key, expected), entry_id))
                if after is None:
                    expected.pop(facet, None)
                else:
                    expected[facet] = after
            if not expected:
                del self.expected[key]


def _label(key: str, facets: dict[str, Any]) -> str:
    for name in ("username", "name", "title"):
        if facets.get(name):
            return str(facets[name])
    return key.split(":", 1)[1] if ":" in key else key


def compare(expected: dict[str, dict[str, Any]], current: dict[str, dict[str, Any]],
            *, rows: bool) -> list[StateFinding]:
    """Name every state of ``current`` (the tables) that ``expected`` (the log) does not back."""
    findings: list[StateFinding] = []
    for key in sorted(expected.keys() | current.keys(), key=_sort_key):
        have, want = current.get(key), expected.get(key)
        if want is None:
            findings.append(StateFinding("not_in_log", key, actual=have, label=_label(key, have or {})))
            continue
        if have is None:
            findings.append(StateFinding("missing", key, expected=want, label=_label(key, want)))
            continue
        label = _label(key, have)
        for facet in sorted(want.keys() | have.keys(), key=lambda f: (f != "state", f)):
            if facet == ROWS:
                continue
            if want.get(facet) != have.get(facet):
                findings.append(StateFinding("unbacked", key, facet, want.get(facet), have.get(facet), label))
        # Rows are compared where the log says the dataset is validated (a forged state is named above).
        if rows and ROWS in have and want.get("state") in FROZEN_DATASET_STATES and have[ROWS] != want.get(ROWS):
            findings.append(StateFinding("rows_changed", key, ROWS, want.get(ROWS), have[ROWS], label))
    return findings


_KIND_ORDER = {"publication": 0, "dataset": 1, "user": 2, "delegation": 3, "setting": 4}


def _sort_key(key: str) -> tuple[int, int, str]:
    kind, _, ident = key.partition(":")
    return _KIND_ORDER.get(kind, 9), int(ident) if ident.isdigit() else 0, ident
