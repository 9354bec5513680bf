"""Alembic migrations run on open: upgrade older databases, refuse ones from a newer PADI."""

from __future__ import annotations

from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import text
from sqlalchemy.engine import Engine

from desktop_app.domain.errors import PadiError
from desktop_app.storage import dialect  # noqa: F401 - registers the PostgreSQL type rules before any DDL

MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"


class SchemaTooNew(PadiError):
    """The database was written by a newer PADI; opening it here could damage it."""

    exit_code = 1


def _config() -> Config:
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    return config


def head_revision() -> str:
    return ScriptDirectory.from_config(_config()).get_current_head() or ""


def current_revision(engine: Engine) -> str | None:
    with engine.connect() as connection:
        return MigrationContext.configure(connection).get_current_revision()


MIGRATION_LOCK_KEY = 0x50414450  # a server: one PC at a time upgrades the schema


def _check_known(script: ScriptDirectory, current: str | None) -> bool:
    """True when the schema is already at the head; SchemaTooNew for a revision this program does not know."""
    if current is None:
        return False
    try:
        script.get_revision(current)
    except Exception as exc:  # alembic raises several types for an unknown revision
        raise SchemaTooNew("schema_too_new", current) from exc
    return current == script.get_current_head()


def upgrade(engine: Engine) -> None:
    """Bring the schema to the newest revision this program knows (in one transaction on a server)."""
    config = _config()
    script = ScriptDirectory.from_config(config)
    if _check_known(script, current_revision(engine)):
        return
    with engine.begin() as connection:
        if connection.dialect.name == "postgresql":
            # Two PCs opening a new office at once: the second waits, then finds the schema made.
            connection.execute(text("SELECT pg_advisory_xact_lock(:k)"), {"k": MIGRATION_LOCK_KEY})
            if _check_known(script, MigrationContext.configure(connection).get_current_revision()):
                return
        config.attributes["connection"] = connection
        command.upgrade(config, "head")
