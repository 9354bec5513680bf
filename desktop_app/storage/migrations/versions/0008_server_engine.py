"""Edit versions of datasets and publications; on a server, the activity log refused to PADI's own role.

Revision ID: 0008
Revises: 0007
Create Date: 2026-12-12

``row_version`` counts the changes of a dataset or publication row, so that a save prepared on the
version one PC loaded is refused when another PC saved in between (no lost update).

PostgreSQL only: the role that runs PADI loses UPDATE, DELETE and TRUNCATE on the activity log (the
triggers of 0001 refuse them too), so the log is append-only by grants as well as by triggers.
"""
from alembic import op
import sqlalchemy as sa


revision = '0008'
down_revision = '0007'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column('datasets', sa.Column('row_version', sa.Integer(), server_default='1', nullable=False))
    op.add_column('publications', sa.Column('row_version', sa.Integer(), server_default='1', nullable=False))
    if op.get_bind().dialect.name == "postgresql":
        op.execute("REVOKE UPDATE, DELETE, TRUNCATE ON activity_log FROM PUBLIC")
        op.execute("REVOKE UPDATE, DELETE, TRUNCATE ON activity_log FROM CURRENT_USER")


def downgrade() -> None:
    raise NotImplementedError("PADI databases are only ever upgraded; restore a backup instead.")
