"""The health of the office's database, as `padi check` and the check at every start see it.

SQLite: ``integrity_check`` + ``foreign_key_check`` (``padi check``) or ``quick_check`` (every start).
PostgreSQL keeps its own pages and foreign keys whole; what PADI checks there is what makes its log
trustworthy: the append-only triggers are in place and enabled, the role PADI connects as cannot
change the log (no superuser, no UPDATE or DELETE on it).
"""

from __future__ import annotations

from sqlalchemy import text
from sqlalchemy.orm import Session

from desktop_app.storage.snapshot import check_database_file

_TRIGGERS = ("activity_log_no_update", "activity_log_no_delete", "activity_log_no_truncate")


def database_problems(db, session: Session | None = None, *, quick: bool = False) -> list[str]:  # noqa: ANN001 (Database)
    """The problems found (empty: healthy). ``quick``: the cheaper check of every start."""
    if not db.is_server:
        if quick:
            assert session is not None
            rows = [str(r) for r in session.execute(text("PRAGMA quick_check")).scalars()]
            return [f"integrity: {r}" for r in rows if r != "ok"]
        return check_database_file(db.path)
    if session is None:
        with db.reading() as s:
            return server_problems(s, quick=quick)
    return server_problems(session, quick=quick)


def server_problems(session: Session, *, quick: bool = False) -> list[str]:
    """The log's guards (triggers); unless ``quick`` (the start of the GUI), also the role's rights."""
    problems: list[str] = []
    enabled = dict(session.execute(text(
        "SELECT tgname, tgenabled FROM pg_trigger WHERE tgrelid = 'activity_log'::regclass AND NOT tgisinternal")).all())
    for name in _TRIGGERS:
        if name not in enabled:
            problems.append(f"activity log: trigger {name} is missing")
        elif enabled[name] == "D":
            problems.append(f"activity log: trigger {name} is disabled")
    if quick:
        return problems
    superuser = session.execute(text("SELECT rolsuper FROM pg_roles WHERE rolname = current_user")).scalar()
    if superuser:
        problems.append("connected as a superuser role: connect PADI as its own application role")
    for privilege in ("UPDATE", "DELETE", "TRUNCATE"):
        if session.execute(text("SELECT has_table_privilege('activity_log', :p)"), {"p": privilege}).scalar():
            problems.append(f"activity log: the application role has {privilege} on it")
    return problems


__all__ = ["database_problems", "server_problems"]
