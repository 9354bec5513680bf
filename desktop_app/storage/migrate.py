"""Alembic migrations run on open: upgrade older databases, refuse ones from a newer PADI."""

from __future__ import annotations

from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy.engine import Engine

from desktop_app.domain.errors import PadiError

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


def upgrade(engine: Engine) -> None:
    """Bring the schema to the newest revision this program knows."""
    config = _config()
    script = ScriptDirectory.from_config(config)
    current = current_revision(engine)
    if current is not None:
        try:
            script.get_revision(current)
        except Exception as exc:  # alembic raises several types for an unknown revision
            raise SchemaTooNew("schema_too_new", current) from exc
        if current == script.get_current_head():
            return
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, "head")
