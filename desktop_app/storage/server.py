"""Looking at a PostgreSQL database before using it: reachable? a PADI office, empty, or something else?"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import text
from sqlalchemy.exc import DBAPIError

from desktop_app.storage.database import ServerUnavailable, make_engine, refusal_code
from desktop_app.storage.location import Location


@dataclass(frozen=True)
class ServerFacts:
    """What ``inspect`` found: the kind of database ("padi", "empty" or "foreign"), its schema revision,
    the server's version and whether the role PADI connects as is a superuser."""

    kind: str
    revision: str | None
    server_version: str
    superuser: bool


def inspect(location: Location) -> ServerFacts:
    """Read-only look at a server database; ServerUnavailable when it cannot be reached or logged into."""
    engine = make_engine(location)
    try:
        with engine.connect() as connection:
            version = str(connection.execute(text("SHOW server_version")).scalar())
            superuser = bool(connection.execute(
                text("SELECT rolsuper FROM pg_roles WHERE rolname = current_user")).scalar())
            tables = set(connection.execute(text(
                "SELECT table_name FROM information_schema.tables WHERE table_schema = current_schema()")).scalars())
            revision = None
            if "alembic_version" in tables:
                revision = connection.execute(text("SELECT version_num FROM alembic_version")).scalar()
            connection.rollback()
    except DBAPIError as exc:
        raise ServerUnavailable(refusal_code(exc), str(getattr(exc, "orig", exc))[:300]) from exc
    finally:
        engine.dispose()
    if revision is not None:
        kind = "padi"
    else:
        kind = "empty" if not tables else "foreign"
    return ServerFacts(kind, revision, version, superuser)


__all__ = ["ServerFacts", "inspect", "refusal_code"]
