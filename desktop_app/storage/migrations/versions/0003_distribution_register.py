"""Distribution register of published versions (step 7).

Revision ID: 0003
Revises: 0002
Create Date: 2026-12-02

A plain CREATE TABLE: nothing existing changes.
"""
from alembic import op
import sqlalchemy as sa


revision = '0003'
down_revision = '0002'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        'distributions',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('publication_id', sa.Integer(), nullable=False),
        sa.Column('version', sa.Integer(), nullable=False),
        sa.Column('content_hash', sa.String(length=64), nullable=False),
        sa.Column('channel', sa.String(length=20), nullable=False),
        sa.Column('copies', sa.Integer(), nullable=True),
        sa.Column('url', sa.String(length=500), server_default='', nullable=False),
        sa.Column('recipient', sa.String(length=300), server_default='', nullable=False),
        sa.Column('note', sa.Text(), server_default='', nullable=False),
        sa.Column('distributed_on', sa.Date(), nullable=False),
        sa.Column('recorded_by', sa.Integer(), nullable=False),
        sa.Column('recorded_at', sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(['publication_id'], ['publications.id'], ondelete='CASCADE'),
        sa.ForeignKeyConstraint(['recorded_by'], ['users.id']),
        sa.PrimaryKeyConstraint('id'),
    )
    op.create_index('ix_distributions_publication', 'distributions', ['publication_id'])


def downgrade() -> None:
    raise NotImplementedError("PADI databases are only ever upgraded; restore a backup instead.")
