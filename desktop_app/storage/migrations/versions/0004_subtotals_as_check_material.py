"""Subtotal rows of imported files, kept as material for the checks of step 2.

Revision ID: 0004
Revises: 0003
Create Date: 2026-12-10

A plain ADD COLUMN with a default: existing datasets have no subtotals.
"""
from alembic import op
import sqlalchemy as sa


revision = '0004'
down_revision = '0003'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column('datasets', sa.Column('subtotals', sa.JSON(), server_default='[]', nullable=False))


def downgrade() -> None:
    raise NotImplementedError("PADI databases are only ever upgraded; restore a backup instead.")
