"""Accounts: first-run setup, the office profile and its letterhead, users and roles, login with
lockout, role requests and the acting head.

Names load on first use (the command line starts without loading every use case).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from desktop_app.faces import lazy_names

if TYPE_CHECKING:
    from desktop_app.services.accounts.account_service import (
        AccountService,
        OfficeProfile,
        UserInfo,
        actor_of,
        password_matches,
    )
    from desktop_app.services.accounts.letterhead import letterhead_of, logo_file, signer_on

_WHERE = {
    "AccountService": ("desktop_app.services.accounts.account_service", "AccountService"),
    "OfficeProfile": ("desktop_app.services.accounts.account_service", "OfficeProfile"),
    "UserInfo": ("desktop_app.services.accounts.account_service", "UserInfo"),
    "actor_of": ("desktop_app.services.accounts.account_service", "actor_of"),
    "letterhead_of": ("desktop_app.services.accounts.letterhead", "letterhead_of"),
    "logo_file": ("desktop_app.services.accounts.letterhead", "logo_file"),
    "password_matches": ("desktop_app.services.accounts.account_service", "password_matches"),
    "signer_on": ("desktop_app.services.accounts.letterhead", "signer_on"),
}
__all__ = [
    "AccountService",
    "OfficeProfile",
    "UserInfo",
    "actor_of",
    "letterhead_of",
    "logo_file",
    "password_matches",
    "signer_on",
]


__getattr__ = lazy_names(__name__, _WHERE)
