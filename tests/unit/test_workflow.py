"""Domain: every allowed and every refused transition, maker-checker, delegation, permissions."""

import datetime as dt
import itertools
import random

import pytest

from desktop_app.domain.delegation import DelegationPeriod, is_acting_head
from desktop_app.domain.errors import BadInput, NotAllowed
from desktop_app.domain.roles import DEFAULT_MATRIX, Action, Actor, FixedRule, PermissionMatrix, Role, fixed_cell
from desktop_app.domain.steps import STEPS, Step, Timeliness, standard_time, timeliness
from desktop_app.domain.workflow import (
    DatasetState as D,
)
from desktop_app.domain.workflow import (
    Move,
    allowed_moves,
    check_maker_checker,
    find_transition,
)
from desktop_app.domain.workflow import (
    PublicationState as P,
)

ALLOWED_DATASET = {
    (D.DRAFT, Move.START_CHECK): D.CHECKING,
    (D.CHECKING, Move.VALIDATE): D.VALIDATED,
    (D.CHECKING, Move.RETURN): D.DRAFT,
    (D.VALIDATED, Move.PROCESS): D.PROCESSED,
    (D.PROCESSED, Move.PRESENT): D.PRESENTED,
}
ALLOWED_PUBLICATION = {
    (P.DRAFT, Move.SUBMIT): P.SUBMITTED,
    (P.SUBMITTED, Move.APPROVE): P.APPROVED,
    (P.SUBMITTED, Move.RETURN): P.RETURNED,
    (P.RETURNED, Move.REVISE): P.DRAFT,
    (P.APPROVED, Move.REVISE): P.DRAFT,
    (P.APPROVED, Move.PUBLISH): P.PUBLISHED,
    (P.PUBLISHED, Move.PUBLISH): P.PUBLISHED,
    (P.PUBLISHED, Move.REVISE): P.DRAFT,  # revised data: a new version, approved again
}


@pytest.mark.parametrize(("state", "move"), list(itertools.product(D, Move)))
def test_every_dataset_transition(state, move):
    if (state, move) in ALLOWED_DATASET:
        assert find_transition(state, move).target == ALLOWED_DATASET[(state, move)]
    else:
        with pytest.raises(NotAllowed) as err:
            find_transition(state, move)
        assert err.value.code == "state"


@pytest.mark.parametrize(("state", "move"), list(itertools.product(P, Move)))
def test_every_publication_transition(state, move):
    if (state, move) in ALLOWED_PUBLICATION:
        assert find_transition(state, move).target == ALLOWED_PUBLICATION[(state, move)]
    else:
        with pytest.raises(NotAllowed):
            find_transition(state, move)


def test_allowed_moves_follow_the_table():
    assert allowed_moves(P.SUBMITTED) == (Move.APPROVE, Move.RETURN)
    assert allowed_moves(D.PRESENTED) == ()


def actor(role, **kw):
    return Actor(user_id=1, username="u", full_name="U", role=role, **kw)


@pytest.mark.parametrize(("role", "action"), list(itertools.product(Role, Action)))
def test_default_matrix(role, action):
    matrix = PermissionMatrix()
    assert matrix.allows(actor(role), action) == (action in DEFAULT_MATRIX[role])


def test_sop_roles_in_default_matrix():
    m = PermissionMatrix()
    assert not m.allows(actor(Role.STAF), Action.APPROVE_PUBLICATION)
    assert not m.allows(actor(Role.STAF), Action.SUBMIT_PUBLICATION)
    assert m.allows(actor(Role.KASUBAG), Action.SUBMIT_PUBLICATION)
    assert m.allows(actor(Role.SEKRETARIS), Action.SUBMIT_PUBLICATION)
    assert m.allows(actor(Role.KEPALA), Action.APPROVE_PUBLICATION)
    assert m.allows(actor(Role.STAF), Action.EDIT_DATASET)
    assert not m.allows(actor(Role.KEPALA), Action.EDIT_DATASET)


def test_admin_flag_and_acting_head():
    m = PermissionMatrix()
    assert not m.allows(actor(Role.STAF), Action.MANAGE_USERS)
    assert m.allows(actor(Role.STAF, is_admin=True), Action.MANAGE_USERS)
    assert m.allows(actor(Role.SEKRETARIS, acting_head=True), Action.APPROVE_PUBLICATION)
    assert actor(Role.SEKRETARIS, acting_head=True).title == "Plt. Kepala Dinas"


def test_matrix_round_trips():
    m = PermissionMatrix()
    assert PermissionMatrix.from_dict(m.to_dict()).to_dict() == m.to_dict()


@pytest.mark.parametrize(("approver", "author", "submitter", "ok"), [
    (1, 2, 3, True), (2, 2, 3, False), (3, 2, 3, False), (1, 1, None, False), (1, 2, None, True),
])
def test_maker_checker(approver, author, submitter, ok):
    if ok:
        check_maker_checker(approver, author, submitter)
    else:
        with pytest.raises(NotAllowed, match="maker_checker"):
            check_maker_checker(approver, author, submitter)


def test_delegation_in_force_only_in_range_and_not_revoked():
    d = DelegationPeriod(7, dt.date(2026, 11, 1), dt.date(2026, 11, 30))
    assert is_acting_head(7, [d], dt.date(2026, 11, 24))
    assert not is_acting_head(7, [d], dt.date(2026, 12, 1))
    assert not is_acting_head(8, [d], dt.date(2026, 11, 24))
    revoked = DelegationPeriod(7, dt.date(2026, 11, 1), dt.date(2026, 11, 30), revoked=True)
    assert not is_acting_head(7, [revoked], dt.date(2026, 11, 24))
    with pytest.raises(BadInput):
        DelegationPeriod(7, dt.date(2026, 11, 30), dt.date(2026, 11, 1))


def test_standard_times_of_the_sop():
    minutes = [standard_time(s).total_seconds() / 60 for s in Step]
    assert minutes == [10, 10, 10 * 24 * 60, 5, 3, 10, 5, 2]
    assert [s for s in Step if STEPS[s].repeats] == [Step.PREPARE, Step.VALIDATE, Step.REVIEW]


@pytest.mark.parametrize(("minutes", "expected"), [
    (5, Timeliness.ON_TIME), (8, Timeliness.NEARLY_LATE), (10, Timeliness.NEARLY_LATE), (11, Timeliness.LATE),
])
def test_timeliness(minutes, expected):
    assert timeliness(Step.REVIEW, dt.timedelta(minutes=minutes)) == expected


def _some_matrices():
    """Everything granted, nothing granted, and random grants (seeded, so a failure repeats)."""
    chance = random.Random(17)
    yield {role: set(Action) for role in Role}
    yield {}
    for _ in range(40):
        yield {role: {a for a in Action if chance.random() < 0.5} for role in Role if chance.random() < 0.9}


@pytest.mark.parametrize("grants", list(_some_matrices()))
def test_no_matrix_weakens_the_fixed_rules(grants):
    matrix = PermissionMatrix(grants)
    for role, action in itertools.product(Role, Action):
        fixed = fixed_cell(role, action)
        if fixed is not None:
            assert matrix.allows(actor(role), action) == fixed[0], (role, action)
    assert not matrix.allows(actor(Role.STAF), Action.APPROVE_PUBLICATION)
    assert matrix.allows(actor(Role.SEKRETARIS, acting_head=True), Action.APPROVE_PUBLICATION)  # the Plt.
    assert not matrix.allows(actor(Role.KASUBAG), Action.MANAGE_USERS)


def test_fixed_cells_are_the_maker_checker_and_office_rules():
    assert fixed_cell(Role.STAF, Action.APPROVE_PUBLICATION) == (False, FixedRule.HEAD_APPROVES)
    assert fixed_cell(Role.KEPALA, Action.APPROVE_PUBLICATION) == (True, FixedRule.HEAD_APPROVES)
    assert fixed_cell(Role.KEPALA, Action.SUBMIT_PUBLICATION) == (False, FixedRule.APPROVER_DOES_NOT_MAKE)
    assert fixed_cell(Role.SEKRETARIS, Action.DELEGATE) == (False, FixedRule.HEAD_DELEGATES)
    assert fixed_cell(Role.KASUBAG, Action.RESTORE) == (False, FixedRule.ADMIN_ONLY)
    assert fixed_cell(Role.SEKRETARIS, Action.SUBMIT_PUBLICATION) is None  # the office chooses
    PermissionMatrix.check(DEFAULT_MATRIX)
    widened = {**DEFAULT_MATRIX, Role.STAF: DEFAULT_MATRIX[Role.STAF] | {Action.APPROVE_PUBLICATION}}
    with pytest.raises(BadInput, match="permission_fixed"):
        PermissionMatrix.check(widened)
    with pytest.raises(BadInput, match="bad_permissions"):
        PermissionMatrix.from_dict({"staf": ["terbang"]})
