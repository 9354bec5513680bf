"""Satu Data Indonesia metadata of datasets, step 2 decisions, confirmation attachments.

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-24

Plain ADD COLUMN statements on purpose: a batch (copy-and-rename) migration of
``datasets`` would drop the parent table under ON DELETE CASCADE children.
"""
from alembic import op
import sqlalchemy as sa


revision = '0002'
down_revision = '0001'
branch_labels = None
depends_on = None

TEXT_COLUMNS = {
    'concept': sa.Text(), 'definition': sa.Text(), 'measure': sa.String(length=200),
    'classification': sa.String(length=200), 'method': sa.Text(), 'area_code': sa.String(length=20),
    'custodian': sa.String(length=300), 'contact': sa.String(length=300), 'licence': sa.String(length=200),
    'accepted_reason': sa.Text(),
}


def upgrade() -> None:
    op.add_column('confirmations', sa.Column('attachment', sa.LargeBinary(), nullable=True))
    op.add_column('confirmations', sa.Column('attachment_name', sa.String(length=300), server_default='',
                                             nullable=False))
    for name, type_ in TEXT_COLUMNS.items():
        op.add_column('datasets', sa.Column(name, type_, server_default='', nullable=False))
    op.add_column('datasets', sa.Column('access_level', sa.String(length=20), server_default='public',
                                        nullable=False))
    op.add_column('datasets', sa.Column('release_date', sa.Date(), nullable=True))
    op.add_column('datasets', sa.Column('modified_date', sa.Date(), nullable=True))
    op.add_column('datasets', sa.Column('key_columns', sa.JSON(), server_default='[]', nullable=False))
    op.add_column('datasets', sa.Column('change_threshold', sa.Double(), nullable=True))
    # SQLite allows a REFERENCES clause in ADD COLUMN when the default is NULL; Alembic does not emit it.
    op.execute("ALTER TABLE datasets ADD COLUMN accepted_by INTEGER REFERENCES users (id)")


def downgrade() -> None:
    raise NotImplementedError("PADI databases are only ever upgraded; restore a backup instead.")
