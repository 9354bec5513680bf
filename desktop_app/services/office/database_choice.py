"""Pengaturan → Basis Data: where this PC's PADI keeps the office - a local file or the office's server.

The GUI saves only the choice (a file path, or a server URL without password) in this PC's settings.
The server password is typed into the form and, if the user wants, kept in the system keyring; it
never goes into a settings file. "Uji Koneksi" looks at the server read-only; moving the office there
is ``migrate_here`` (a verified copy, see services.office_transfer), run as a job with progress.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from desktop_app.domain.errors import BadInput, NotAllowed
from desktop_app.domain.roles import Action
from desktop_app.services.archive import MigrationResult, migrate_office
from desktop_app.services.runtime import ServiceContext
from desktop_app.storage.location import DEFAULT_PORT, SSL_MODES, is_server, parse
from desktop_app.storage.location import remember_password as _remember
from desktop_app.storage.location import server_url as _server_url
from desktop_app.storage.server import inspect

SSL_CHOICES = SSL_MODES
DEFAULT_DATABASE = "padi"
DEFAULT_USER = "padi"


@dataclass(frozen=True)
class DatabaseChoice:
    """The form's fields for a saved choice (``server`` False: a local file at ``path``)."""

    server: bool
    path: str = ""
    host: str = ""
    port: int = DEFAULT_PORT
    database: str = DEFAULT_DATABASE
    user: str = DEFAULT_USER
    sslmode: str = "prefer"


def choice_of(saved: str, default_path: Path) -> DatabaseChoice:
    """The form's fields for what this PC's settings hold ("" → the local file in the data folder)."""
    if saved and is_server(saved):
        try:
            url = parse(saved).url
        except BadInput:
            return DatabaseChoice(False, str(default_path))
        assert url is not None
        return DatabaseChoice(True, str(default_path), url.host or "", url.port or DEFAULT_PORT,
                              url.database or DEFAULT_DATABASE, url.username or DEFAULT_USER,
                              str(url.query.get("sslmode", "prefer")))
    return DatabaseChoice(False, saved or str(default_path))


def server_target(host: str, port: int, database: str, user: str, sslmode: str = "prefer") -> str:
    """The URL the fields describe (checked: BadInput ``db_url_invalid`` when something is missing)."""
    if not host.strip() or not database.strip() or not user.strip() or any(c in host + database + user for c in "/@ ?#"):
        raise BadInput("db_url_invalid", f"{user}@{host}:{port}/{database}")
    target = _server_url(host.strip(), port, database.strip(), user.strip(), sslmode if sslmode != "prefer" else "")
    parse(target)
    return target


@dataclass(frozen=True)
class ConnectionReport:
    """What "Uji Koneksi" found: "padi" (an office is there), "empty" (ready for one) or "foreign"."""

    kind: str
    server_version: str
    superuser: bool
    office_rows: int = 0


def try_connection(target: str, password: str | None) -> ConnectionReport:
    """Connect read-only; ServerUnavailable (``server_unreachable``, ``server_login_failed``,
    ``server_no_database``) when that fails."""
    facts = inspect(parse(target).with_password(password))
    return ConnectionReport(facts.kind, facts.server_version, facts.superuser)


def remember_password(target: str, password: str) -> bool:
    """Keep the password in the system keyring (Windows Credential Manager); False when there is none."""
    return _remember(parse(target), password)


def migrate_here(ctx: ServiceContext, target: str, password: str | None,
                 progress: Callable[[int, int], None] | None = None) -> MigrationResult:
    """Copy the office this window has open to ``target`` (new file, or an empty server database), verified.

    Only someone allowed to restore backups may move the office (NotAllowed ``permission``).
    """
    actor = ctx.require_actor()
    with ctx.db.reading() as s:
        if not ctx.permissions(s).allows(actor, Action.RESTORE):
            raise NotAllowed("permission", Action.RESTORE.value)
    return migrate_office(ctx.db.location, parse(target).with_password(password), actor=actor, progress=progress)


__all__ = ["SSL_CHOICES", "ConnectionReport", "DatabaseChoice", "choice_of", "migrate_here", "remember_password",
           "server_target", "try_connection"]
