"""Maker-checker on accounts: which role changes wait for the Kepala Dinas's confirmation."""

from __future__ import annotations

from desktop_app.domain.roles import Role

# Roles that decide (the head approves publications; the secretary submits them and stands in as Plt.).
HEAD_CONFIRMS_ROLES = frozenset({Role.KEPALA, Role.SEKRETARIS})


def needs_head_confirmation(old: tuple[Role, bool] | None, new: tuple[Role, bool]) -> bool:
    """Whether changing an account from ``old`` (role, administrator flag; None for a new account) to
    ``new`` needs the Kepala Dinas's confirmation: giving the Kepala or Sekretaris role, giving the
    administrator flag, or taking the Kepala role away. Everything else (a new Staf, Kasubag to Staf,
    removing the administrator flag) the administrator does alone.

    Without this, one administrator could create a second Kepala account and approve their own work.
    """
    old_role, old_admin = old if old is not None else (None, False)
    new_role, new_admin = new
    if new_role in HEAD_CONFIRMS_ROLES and new_role != old_role:
        return True
    if new_admin and not old_admin:
        return True
    return old_role == Role.KEPALA and new_role != Role.KEPALA


__all__ = ["HEAD_CONFIRMS_ROLES", "needs_head_confirmation"]
