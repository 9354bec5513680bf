"""Revisions of a dataset: what passed step 2 is never edited in place; a correction is a new revision.

The data model of datasets, revisions and periods (storage: ``storage.models``; use cases:
``services.datasets``, ``services.revisions``, ``services.series``):

- A **dataset** is the stable identity: its id and name (unique), group, and for a series its grain.
  It always holds its **current revision** (the newest one): the state, metadata, typed columns,
  rows, check settings and subtotals that steps 1–4 work on, exactly as a dataset did before
  revisions existed. A dataset that was never revised has one revision, number 1, and behaves as
  before.
- Every revision has a number (1, 2, ...), a state (``draft → checking → validated → processed →
  presented``, steps 1–4), a reason (why it was made; empty for the first), who made it and when.
- **Buat Revisi** (with a reason) is allowed once the current revision passed step 2 (validated,
  processed or presented). The current revision is then **frozen**: its metadata, columns, settings
  and rows are copied aside (``dataset_revisions`` and ``revision_rows``) and never change again; the
  dataset carries on as revision n+1, a draft copy of it (subtotals and column types included), that
  goes through steps 1–4 again (a new round of step 1).
- The **served revision** is the newest revision that passed step 2. It is what the catalogue, the
  outputs and the publications read. While revision n+1 is a draft or being checked, revision n keeps
  serving; once n+1 is validated it serves instead. A dataset that has been presented once stays in
  the catalogue (showing its served revision) until it is withdrawn.
- Outputs and publication versions **record the revision** they were built on. When a newer revision
  serves, they are flagged ("Data sudah direvisi") and offered an update: an output moves to the
  served revision; a publication gets a new version built on it, which must be approved again.
- A **series** (``domain.series``) carries its periods within the current revision: every period has
  its own state (draft, checking, validated); the periods not yet validated form the open batch that
  goes through steps 1–2 together, while the revision itself stays where it is in steps 3–4. While the
  revision has never been validated, the revision and its batch move together. The served rows of a
  series are the rows of its validated periods only. A revision copies every period as a draft.
- A draft revision can be deleted (to the Sampah for 30 days, restorable), and a dataset in the
  catalogue withdrawn from it with a reason (and put back). Every change of a state writes a log
  entry whose detail names the new state and the revision.

Pure rules here (which revision serves, what a revision may become, the diff between two
revisions); no storage, no Qt.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass

from desktop_app.domain.columns import ColumnSpec
from desktop_app.domain.errors import NotAllowed
from desktop_app.domain.workflow import DatasetState

SERVING_STATES = frozenset({DatasetState.VALIDATED, DatasetState.PROCESSED, DatasetState.PRESENTED})
"""States of a revision that passed step 2: it may serve the catalogue and publications."""

TRASH_DAYS = 30
"""How long a deleted draft stays in the Sampah before it is removed for good."""


def served_revision(revisions: Iterable[tuple[int, DatasetState | str]]) -> int | None:
    """The number of the newest revision that passed step 2, or None when none has."""
    serving = [number for number, state in revisions if DatasetState(state) in SERVING_STATES]
    return max(serving) if serving else None


def check_revisable(state: DatasetState | str) -> None:
    """A new revision is made of a revision that passed step 2; a draft or a revision being checked is
    corrected in place (NotAllowed("state") otherwise)."""
    if DatasetState(state) not in SERVING_STATES:
        raise NotAllowed("state", f"revise in {DatasetState(state).value}")


def is_outdated(built_on: int, served: int | None) -> bool:
    """Whether something built on revision ``built_on`` is behind the served revision ("Data sudah direvisi")."""
    return served is not None and built_on < served


# --- the diff between two revisions ----------------------------------------------------------------
@dataclass(frozen=True)
class MetaChange:
    field: str
    old: object
    new: object


@dataclass(frozen=True)
class ColumnChange:
    """A column only in one of the revisions ("added", "removed"), or of another type ("retyped")."""

    kind: str
    name: str
    old_type: str = ""
    new_type: str = ""


@dataclass(frozen=True)
class CellChange:
    """One cell that differs in a row both revisions have: the row's key, 0-based rows in each revision."""

    key: tuple[str, ...]
    column: str
    old: object
    new: object
    old_row: int
    new_row: int


@dataclass(frozen=True)
class RowChange:
    """A row only in one of the revisions: its key, its 0-based row there and its cells."""

    key: tuple[str, ...]
    row: int
    values: tuple[object, ...]


@dataclass(frozen=True)
class RevisionDiff:
    """What changed from revision ``old`` to revision ``new``: metadata, columns, cells and rows."""

    old: int
    new: int
    key_columns: tuple[str, ...]  # what the rows were matched by (empty: by their position)
    meta: tuple[MetaChange, ...]
    columns: tuple[ColumnChange, ...]
    cells: tuple[CellChange, ...]
    added: tuple[RowChange, ...]
    removed: tuple[RowChange, ...]

    @property
    def empty(self) -> bool:
        return not (self.meta or self.columns or self.cells or self.added or self.removed)


def _text(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value).strip()


def _same(a: object, b: object) -> bool:
    if isinstance(a, bool) or isinstance(b, bool):
        return a == b and type(a) is type(b)
    if isinstance(a, (int, float)) and isinstance(b, (int, float)):
        return float(a) == float(b)
    if a in (None, "") and b in (None, ""):
        return True
    return a == b


def match_columns(old: Sequence[ColumnSpec], new: Sequence[ColumnSpec]) -> dict[int, int]:
    """Old column index -> new column index, by name (ignoring case and spaces around)."""
    by_name = {c.name.strip().casefold(): j for j, c in enumerate(new)}
    return {i: by_name[c.name.strip().casefold()] for i, c in enumerate(old) if c.name.strip().casefold() in by_name}


def key_columns_for(old: Sequence[ColumnSpec], new: Sequence[ColumnSpec], wanted: Sequence[str] = ()) -> list[str]:
    """The columns rows are matched by: the dataset's key columns when both revisions have them, else
    every column both have that is not a measure (periods, categories, texts, codes)."""
    common = match_columns(old, new)
    names = {old[i].name.strip().casefold(): old[i].name for i in common}
    chosen = [names[w.strip().casefold()] for w in wanted if w.strip().casefold() in names]
    if chosen and len(chosen) == len(wanted):
        return chosen
    return [old[i].name for i in common if not old[i].type.numeric]


def diff_revisions(old_number: int, new_number: int,
                   old_meta: Mapping[str, object], old_columns: Sequence[ColumnSpec],
                   old_rows: Sequence[Sequence[object]],
                   new_meta: Mapping[str, object], new_columns: Sequence[ColumnSpec],
                   new_rows: Sequence[Sequence[object]], *, key_columns: Sequence[str] = ()) -> RevisionDiff:
    """The changes from one revision to another.

    Rows are matched by ``key_columns_for`` (the n-th row with a key matches the n-th row with the same
    key in the other revision); with no such column, by position. Cells are compared in the columns
    both revisions have; a number equals the same number however typed (5 and 5.0).
    """
    meta = tuple(MetaChange(name, old_meta.get(name), new_meta.get(name))
                 for name in dict.fromkeys([*old_meta, *new_meta])
                 if _text(old_meta.get(name)) != _text(new_meta.get(name)))
    mapping = match_columns(old_columns, new_columns)
    columns: list[ColumnChange] = []
    for i, c in enumerate(old_columns):
        if i not in mapping:
            columns.append(ColumnChange("removed", c.name, old_type=c.type.value))
        elif new_columns[mapping[i]].type != c.type:
            columns.append(ColumnChange("retyped", c.name, c.type.value, new_columns[mapping[i]].type.value))
    matched_new = set(mapping.values())
    columns += [ColumnChange("added", c.name, new_type=c.type.value)
                for j, c in enumerate(new_columns) if j not in matched_new]

    keys = key_columns_for(old_columns, new_columns, key_columns)
    old_key_idx = [next(i for i, c in enumerate(old_columns) if c.name == k) for k in keys]
    new_key_idx = [mapping[i] for i in old_key_idx]

    def keyed(rows: Sequence[Sequence[object]], index: Sequence[int]) -> dict[tuple[str, ...], int]:
        out: dict[tuple[str, ...], int] = {}
        seen: dict[tuple[str, ...], int] = {}
        for r, row in enumerate(rows):
            if index:
                base = tuple(_text(row[i] if i < len(row) else None) for i in index)
            else:
                base = (str(r + 1),)
            seen[base] = seen.get(base, 0) + 1
            out[base if seen[base] == 1 else (*base, f"#{seen[base]}")] = r
        return out

    old_keyed, new_keyed = keyed(old_rows, old_key_idx), keyed(new_rows, new_key_idx)
    cells: list[CellChange] = []
    for key, r in old_keyed.items():
        s = new_keyed.get(key)
        if s is None:
            continue
        old_row, new_row = old_rows[r], new_rows[s]
        for i, j in mapping.items():
            a = old_row[i] if i < len(old_row) else None
            b = new_row[j] if j < len(new_row) else None
            if not _same(a, b):
                cells.append(CellChange(key, new_columns[j].name, a, b, r, s))
    removed = tuple(RowChange(k, r, tuple(old_rows[r])) for k, r in old_keyed.items() if k not in new_keyed)
    added = tuple(RowChange(k, s, tuple(new_rows[s])) for k, s in new_keyed.items() if k not in old_keyed)
    return RevisionDiff(old_number, new_number, tuple(keys), meta, tuple(columns), tuple(cells), added, removed)


__all__ = ["SERVING_STATES", "TRASH_DAYS", "CellChange", "ColumnChange", "MetaChange", "RevisionDiff", "RowChange",
           "check_revisable", "diff_revisions", "is_outdated", "key_columns_for", "match_columns",
           "served_revision"]
