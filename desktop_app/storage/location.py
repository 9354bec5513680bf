"""Where the office's database lives: a SQLite file on this PC or a PostgreSQL server on the office network.

``--db`` and the GUI's database setting take either a file path or a URL
``postgresql://user@host:port/name`` (``?sslmode=require`` and the other libpq SSL options may follow).
The password never travels in the URL: it comes from ``PADI_DB_PASSWORD`` or the system keyring
(Windows Credential Manager), under the service ``PADI`` and the name ``user@host:port/name``.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import TYPE_CHECKING

from desktop_app.domain.errors import BadInput

if TYPE_CHECKING:
    from sqlalchemy.engine import URL

PASSWORD_ENV = "PADI_DB_PASSWORD"
KEYRING_SERVICE = "PADI"
DEFAULT_PORT = 5432
SCHEMES = ("postgresql://", "postgres://", "postgresql+psycopg://")
# libpq connection options an office may set in the URL's query (everything else is refused).
QUERY_OPTIONS = ("sslmode", "sslrootcert", "sslcert", "sslkey", "connect_timeout", "application_name")
SSL_MODES = ("disable", "allow", "prefer", "require", "verify-ca", "verify-full")


def is_server(text: str | os.PathLike[str]) -> bool:
    """Whether ``--db`` names a PostgreSQL server rather than a SQLite file."""
    return isinstance(text, str) and text.strip().lower().startswith(SCHEMES)


@dataclass(frozen=True)
class Location:
    """A SQLite file (``path``) or a PostgreSQL database (``url``, never holding a password)."""

    path: Path | None = None
    url: URL | None = None
    # A password typed in this session (Pengaturan → Basis Data); kept in memory only, never shown or saved.
    password: str | None = field(default=None, repr=False, compare=False)

    def with_password(self, password: str | None) -> Location:
        return replace(self, password=password or None)

    @property
    def is_server(self) -> bool:
        return self.url is not None

    @property
    def dialect(self) -> str:
        return "postgresql" if self.url is not None else "sqlite"

    def __str__(self) -> str:
        return self.display()

    def display(self) -> str:
        """What the user reads: the file path, or ``postgresql://user@host:port/name`` (no password)."""
        if self.url is None:
            return str(self.path)
        url = self.url
        return f"postgresql://{url.username or ''}@{url.host or 'localhost'}:{url.port or DEFAULT_PORT}/{url.database}" + (
            "?" + "&".join(f"{k}={v}" for k, v in sorted(url.query.items())) if url.query else "")

    @property
    def keyring_name(self) -> str:
        """The name the password is kept under in the system keyring."""
        url = self.url
        assert url is not None
        return f"{url.username or ''}@{url.host or 'localhost'}:{url.port or DEFAULT_PORT}/{url.database}"


def parse(target: str | os.PathLike[str] | Location) -> Location:
    """A Location from a path or a PostgreSQL URL; BadInput for a URL PADI cannot use."""
    if isinstance(target, Location):
        return target
    if not is_server(target):
        return Location(path=Path(target))
    from sqlalchemy.engine import make_url  # SQLAlchemy only when a server is named (padi --help stays quick)
    from sqlalchemy.exc import ArgumentError

    text = str(target).strip()
    try:
        url = make_url(text)
    except ArgumentError as exc:
        raise BadInput("db_url_invalid", text) from exc
    if url.password is not None:
        raise BadInput("db_password_in_url", url.render_as_string(hide_password=True))
    if not url.database or not url.username:
        raise BadInput("db_url_invalid", text)
    unknown = sorted(set(url.query) - set(QUERY_OPTIONS))
    if unknown:
        raise BadInput("db_url_invalid", ", ".join(unknown))
    if "sslmode" in url.query and url.query["sslmode"] not in SSL_MODES:
        raise BadInput("db_url_invalid", f"sslmode={url.query['sslmode']}")
    return Location(url=url.set(drivername="postgresql+psycopg"))


def server_url(host: str, port: int, database: str, user: str, sslmode: str = "") -> str:
    """The URL of a server's database from the GUI's fields (no password)."""
    query = f"?sslmode={sslmode}" if sslmode else ""
    return f"postgresql://{user}@{host}:{int(port)}/{database}{query}"


def password_for(location: Location) -> str | None:
    """The server password: typed in this session, else ``PADI_DB_PASSWORD``, else the system keyring, else None
    (libpq's own ways then, e.g. a pgpass file)."""
    if location.password:
        return location.password
    password = os.environ.get(PASSWORD_ENV)
    if password:
        return password
    try:
        import keyring
        from keyring.errors import KeyringError
    except ImportError:  # pragma: no cover - keyring is a dependency
        return None
    try:
        return keyring.get_password(KEYRING_SERVICE, location.keyring_name)
    except (KeyringError, RuntimeError, OSError):
        return None


def remember_password(location: Location, password: str) -> bool:
    """Keep the server password in the system keyring (never in a settings file); False when there is none."""
    try:
        import keyring
        from keyring.errors import KeyringError
    except ImportError:  # pragma: no cover
        return False
    try:
        keyring.set_password(KEYRING_SERVICE, location.keyring_name, password)
    except (KeyringError, RuntimeError, OSError):
        return False
    return True


__all__ = ["Location", "PASSWORD_ENV", "is_server", "parse", "password_for", "remember_password", "server_url"]
