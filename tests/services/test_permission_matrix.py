"""The permission matrix the administrator edits: stored through a service, logged old and new,
and never able to weaken maker-checker or who approves."""

from __future__ import annotations

import pytest

from desktop_app.domain.errors import BadInput, NotAllowed
from desktop_app.domain.roles import DEFAULT_MATRIX, Action, PermissionMatrix, Role
from tests.conftest import PASSWORD
from tests.services.test_workflow_services import as_user


def _grants(**changes: set[Action]) -> dict[Role, set[Action]]:
    grants = {role: set(DEFAULT_MATRIX[role]) for role in Role}
    for role, actions in changes.items():
        grants[Role(role)] = actions
    return grants


def test_the_administrator_changes_the_matrix_and_the_log_keeps_old_and_new(office):
    office.accounts.login("admin", PASSWORD)
    grants = _grants(sekretaris=set(DEFAULT_MATRIX[Role.SEKRETARIS]) | {Action.PUBLISH_PUBLICATION})
    assert office.accounts.set_permissions(grants) is True
    assert office.accounts.permission_matrix() == PermissionMatrix(grants)
    entry = office.activity.entries(limit=1)[0]
    assert entry.action == "permissions_changed" and entry.object_label == "permissions"
    assert "publish_publication" not in entry.detail["old"]["sekretaris"]
    assert "publish_publication" in entry.detail["new"]["sekretaris"]
    assert entry.detail["old"] == PermissionMatrix().to_dict()
    assert office.accounts.set_permissions(grants) is False  # unchanged: nothing written
    assert office.activity.entries(limit=1)[0].id == entry.id
    as_user(office, "sekretaris")
    assert office.ctx.may(Action.PUBLISH_PUBLICATION)


@pytest.mark.parametrize(("role", "action", "grant"), [
    ("staf", Action.APPROVE_PUBLICATION, True),      # only the head approves
    ("kepala", Action.APPROVE_PUBLICATION, False),   # and the head always may
    ("kepala", Action.SUBMIT_PUBLICATION, True),     # who approves does not submit
    ("kasubag", Action.MANAGE_USERS, True),          # users stay with the administrator
    ("sekretaris", Action.DELEGATE, True),           # only the head appoints a Plt.
])
def test_no_edit_weakens_a_fixed_rule(office, role, action, grant):
    office.accounts.login("admin", PASSWORD)
    current = set(DEFAULT_MATRIX[Role(role)])
    grants = _grants(**{role: current | {action} if grant else current - {action}})
    with pytest.raises(BadInput, match="permission_fixed"):
        office.accounts.set_permissions(grants)
    assert office.accounts.permission_matrix() == PermissionMatrix()
    assert office.activity.entries(limit=1)[0].action != "permissions_changed"


def test_only_the_administrator_edits_and_every_role_must_be_given(office):
    as_user(office, "kepala")
    with pytest.raises(NotAllowed, match="permission"):
        office.accounts.set_permissions(_grants())
    refused = office.activity.entries(limit=1)[0]
    assert refused.action == "refused" and refused.detail["attempt"] == "permissions_changed"
    office.accounts.login("admin", PASSWORD)
    with pytest.raises(BadInput, match="bad_permissions"):
        office.accounts.set_permissions({Role.STAF: set(DEFAULT_MATRIX[Role.STAF])})
