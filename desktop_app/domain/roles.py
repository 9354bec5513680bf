"""Roles of the office, the actions of the procedure, and the default permission matrix."""

from __future__ import annotations

import enum
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from desktop_app.domain.errors import BadInput


class Role(str, enum.Enum):
    """A position in the office, as the SOP names them."""

    KEPALA = "kepala"
    SEKRETARIS = "sekretaris"
    KASUBAG = "kasubag"
    STAF = "staf"

    @property
    def label(self) -> str:
        return ROLE_LABELS[self]


ROLE_LABELS = {
    Role.KEPALA: "Kepala Dinas",
    Role.SEKRETARIS: "Sekretaris",
    Role.KASUBAG: "Kasubag Program",
    Role.STAF: "Staf",
}


class Action(str, enum.Enum):
    """Something a user can do; every service call checks one of these."""

    EDIT_DATASET = "edit_dataset"          # step 1: create, type rows, edit metadata
    CHECK_DATASET = "check_dataset"        # step 2: run checks, log confirmations
    VALIDATE_DATASET = "validate_dataset"  # step 2: mark validated or return to draft
    ACCEPT_CHECK_FAILURES = "accept_check_failures"  # step 2: let a dataset pass despite check errors, with a reason
    PROCESS_DATASET = "process_dataset"    # step 3: tabulate, chart, save outputs
    PRESENT_DATASET = "present_dataset"    # step 4: put in the catalogue
    COMPOSE_PUBLICATION = "compose_publication"  # step 5: draft and revise
    SUBMIT_PUBLICATION = "submit_publication"    # step 5: submit to the head
    APPROVE_PUBLICATION = "approve_publication"  # step 6: approve or return
    PUBLISH_PUBLICATION = "publish_publication"  # step 7: export, print, web package
    BACKUP = "backup"                      # step 8
    RESTORE = "restore"                    # step 8, replaces the database
    MANAGE_USERS = "manage_users"
    EDIT_OFFICE = "edit_office"
    DELEGATE = "delegate"                  # appoint an acting head (Plt.)
    PLAN_AGENDA = "plan_agenda"            # step 1: programmes/activities, assign agenda work to anyone


_ALL_STAFF_WORK = {
    Action.EDIT_DATASET, Action.CHECK_DATASET, Action.VALIDATE_DATASET, Action.PROCESS_DATASET,
    Action.PRESENT_DATASET, Action.PUBLISH_PUBLICATION, Action.BACKUP,
}

DEFAULT_MATRIX: Mapping[Role, frozenset[Action]] = {
    Role.STAF: frozenset(_ALL_STAFF_WORK | {Action.COMPOSE_PUBLICATION}),
    Role.KASUBAG: frozenset(_ALL_STAFF_WORK | {
        Action.ACCEPT_CHECK_FAILURES, Action.COMPOSE_PUBLICATION, Action.SUBMIT_PUBLICATION, Action.PLAN_AGENDA,
    }),
    Role.SEKRETARIS: frozenset({
        Action.CHECK_DATASET, Action.VALIDATE_DATASET, Action.ACCEPT_CHECK_FAILURES, Action.COMPOSE_PUBLICATION,
        Action.SUBMIT_PUBLICATION, Action.BACKUP, Action.PLAN_AGENDA,
    }),
    Role.KEPALA: frozenset({Action.APPROVE_PUBLICATION, Action.BACKUP, Action.DELEGATE, Action.PLAN_AGENDA}),
}

ADMIN_ACTIONS = frozenset({Action.MANAGE_USERS, Action.EDIT_OFFICE, Action.RESTORE, Action.BACKUP})

# Actions only the administrator flag gives; no role gets them through the matrix.
ADMIN_ONLY = frozenset({Action.MANAGE_USERS, Action.EDIT_OFFICE, Action.RESTORE})
# Who approves (step 6): the head of office, or whoever holds the head's grants as Plt. by delegation.
APPROVER = Role.KEPALA


class FixedRule(str, enum.Enum):
    """Rules of the matrix that no setting weakens (maker-checker and who holds the office)."""

    ADMIN_ONLY = "admin_only"              # users, office profile and restore: the administrator flag only
    HEAD_APPROVES = "head_approves"        # only the head (or the Plt.) approves or returns publications
    HEAD_DELEGATES = "head_delegates"      # only the head (or an administrator) appoints a Plt.
    APPROVER_DOES_NOT_MAKE = "approver_does_not_make"  # the approving role neither composes nor submits
    NOT_OWN_WORK = "not_own_work"          # nobody approves what they composed or submitted (checked per person)


def fixed_cell(role: Role, action: Action) -> tuple[bool, FixedRule] | None:
    """Whether ``role`` must (True) or must not (False) take ``action`` whatever the office sets, and the
    rule that says so; None when the office may choose."""
    if action in ADMIN_ONLY:
        return False, FixedRule.ADMIN_ONLY
    if action is Action.APPROVE_PUBLICATION:
        return role is APPROVER, FixedRule.HEAD_APPROVES
    if action is Action.DELEGATE:
        return role is APPROVER, FixedRule.HEAD_DELEGATES
    if role is APPROVER and action in (Action.COMPOSE_PUBLICATION, Action.SUBMIT_PUBLICATION):
        return False, FixedRule.APPROVER_DOES_NOT_MAKE
    return None

@dataclass(frozen=True)
class Actor:
    """Who is acting: enough to decide permissions without touching storage."""

    user_id: int
    username: str
    full_name: str
    role: Role
    is_admin: bool = False
    acting_head: bool = False  # holds a delegation (Plt.) in force now

    @property
    def display(self) -> str:
        """'Siti Rahma (Staf)'."""
        return f"{self.full_name} ({self.title})"

    @property
    def title(self) -> str:
        """Role label, 'Plt. Kepala Dinas' while a delegation is in force."""
        return "Plt. Kepala Dinas" if self.acting_head and self.role != Role.KEPALA else self.role.label


class PermissionMatrix:
    """Which role may take which action; the office may change it in Settings, except the cells
    :func:`fixed_cell` fixes: whatever a stored setting says, those hold."""

    def __init__(self, grants: Mapping[Role, Iterable[Action]] | None = None) -> None:
        source = DEFAULT_MATRIX if grants is None else grants
        self._grants = {role: frozenset(_with_fixed(role, source.get(role, ()))) for role in Role}

    @staticmethod
    def check(grants: Mapping[Role, Iterable[Action]]) -> None:
        """BadInput('permission_fixed', 'role:action') when ``grants`` contradict a fixed cell."""
        for role in Role:
            given = set(grants.get(role, ()))
            for action in Action:
                fixed = fixed_cell(role, action)
                if fixed is not None and fixed[0] != (action in given):
                    raise BadInput("permission_fixed", f"{role.value}:{action.value}")

    def __eq__(self, other: object) -> bool:
        return isinstance(other, PermissionMatrix) and other._grants == self._grants

    def __hash__(self) -> int:
        return hash(tuple(sorted((r.value, tuple(sorted(a.value for a in g))) for r, g in self._grants.items())))

    def grants(self, role: Role) -> frozenset[Action]:
        return self._grants[role]

    def allows(self, actor: Actor, action: Action) -> bool:
        """Whether the actor may take the action, counting the admin flag and an acting head."""
        if action in self._grants[actor.role]:
            return True
        if actor.is_admin and action in ADMIN_ACTIONS:
            return True
        return actor.acting_head and action in self._grants[Role.KEPALA]

    def to_dict(self) -> dict[str, list[str]]:
        return {role.value: sorted(a.value for a in self._grants[role]) for role in Role}

    @classmethod
    def from_dict(cls, data: Mapping[str, Iterable[str]]) -> PermissionMatrix:
        """The matrix of stored data; an unknown role or action is BadInput('bad_permissions')."""
        try:
            return cls({Role(r): [Action(a) for a in acts] for r, acts in data.items()})
        except (ValueError, TypeError, AttributeError) as err:
            raise BadInput("bad_permissions", str(err)[:200]) from None


def _with_fixed(role: Role, actions: Iterable[Action]) -> set[Action]:
    chosen = set(actions)
    for action in Action:
        fixed = fixed_cell(role, action)
        if fixed is not None:
            (chosen.add if fixed[0] else chosen.discard)(action)
    return chosen
