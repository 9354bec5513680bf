"""States bound to the activity log: mark a database whose log does not bind them yet.

Revision ID: 0007
Revises: 0006
Create Date: 2026-12-08

No schema change. A database written by an earlier PADI has log entries that do not carry the
states they changed; the marker row makes PADI write one ``state_baseline`` entry recording every
state as found, right after this migration (``Database.open``), in its own transaction. A new,
empty database needs none. The revision also keeps an earlier PADI (which would write entries
without bindings) from opening a database this one has written.
"""
from alembic import op
import sqlalchemy as sa


revision = '0007'
down_revision = '0006'
branch_labels = None
depends_on = None


def upgrade() -> None:
    connection = op.get_bind()
    has_log = connection.execute(sa.text("SELECT 1 FROM activity_log LIMIT 1")).first() is not None
    value = '{"baseline": "pending"}' if has_log else '{"baseline": null}'
    # Delete, then insert: the same SQL on SQLite and PostgreSQL (no INSERT OR REPLACE / ON CONFLICT).
    connection.execute(sa.text("DELETE FROM settings WHERE key = 'log_bindings'"))
    connection.execute(sa.text("INSERT INTO settings (key, value) VALUES ('log_bindings', :value)"),
                       {"value": value})


def downgrade() -> None:
    op.execute("DELETE FROM settings WHERE key = 'log_bindings'")
