"""Accounts: first-run setup, the office profile and its letterhead, users and roles, login with
lockout, role requests and the acting head."""

from __future__ import annotations

from desktop_app.services.accounts.account_service import (
    AccountService,
    OfficeProfile,
    UserInfo,
    actor_of,
    password_matches,
)
from desktop_app.services.accounts.letterhead import letterhead_of, logo_file

__all__ = [
    "AccountService",
    "OfficeProfile",
    "UserInfo",
    "actor_of",
    "letterhead_of",
    "logo_file",
    "password_matches",
]
