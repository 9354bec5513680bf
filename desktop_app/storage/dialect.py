"""The few places where SQLite and PostgreSQL differ, kept in storage so that services never see them."""

from __future__ import annotations

from typing import Any, TypeVar

from sqlalchemy import String
from sqlalchemy.engine import Connection
from sqlalchemy.ext.compiler import compiles
from sqlalchemy.orm import Session

_T = TypeVar("_T")

# session.info key: the hashes of the log entries a unit of work appended (to tell, after a COMMIT whose
# answer was lost, whether it reached the server).
LOG_HASHES = "padi_log_hashes"
# session.info key of the sessions ``Database.reading`` makes (they never lock rows).
READ_ONLY_SESSION = "padi_read_only"
# The advisory lock that serialises appends to the activity log on a server (one chain, many writers).
LOG_LOCK_KEY = 0x50414449  # "PADI"
# The channel other PCs listen on for changes (payload: the new log head's id).
CHANGES_CHANNEL = "padi_changes"


@compiles(String, "postgresql")
def _unbounded_varchar(element: String, compiler: Any, **kw: Any) -> str:
    # SQLite never enforces a VARCHAR's length; PostgreSQL would refuse a longer text. The lengths of the
    # models document intent, so on a server every String is an unbounded VARCHAR: both engines accept
    # the same data.
    return "VARCHAR"


def name_of(bind: Session | Connection) -> str:
    """"sqlite" or "postgresql"."""
    return bind.get_bind().dialect.name if isinstance(bind, Session) else bind.dialect.name


def on_server(bind: Session | Connection) -> bool:
    return name_of(bind) == "postgresql"


def driver_sql(connection: Connection, statement: str) -> str:
    """A statement written with ``?`` placeholders in the driver's own parameter style."""
    return statement.replace("?", "%s") if connection.dialect.paramstyle in ("format", "pyformat") else statement


def get_for_change(session: Session, model: type[_T], ident: object) -> _T | None:
    """``session.get`` of a row the unit of work is about to change, locked until it ends (SELECT ... FOR UPDATE).

    On a server, a second PC deciding on the same row waits here and then reads the first one's result
    (so it cannot decide again); SQLite writers are already serialised. In a read-only session: a plain get.
    """
    if session.info.get(READ_ONLY_SESSION) or not on_server(session):
        return session.get(model, ident)
    return session.get(model, ident, with_for_update=True, populate_existing=True)


__all__ = ["get_for_change", "CHANGES_CHANNEL", "LOG_HASHES", "LOG_LOCK_KEY", "driver_sql", "name_of", "on_server"]
