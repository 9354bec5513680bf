"""Letter-number register (outgoing letters, a running number per year).

Revision ID: 0005
Revises: 0004
Create Date: 2026-12-08

A plain CREATE TABLE: nothing existing changes.
"""
from alembic import op
import sqlalchemy as sa


revision = '0005'
down_revision = '0004'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        'letters',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('year', sa.Integer(), nullable=False),
        sa.Column('sequence', sa.Integer(), nullable=False),
        sa.Column('number', sa.String(length=120), nullable=False),
        sa.Column('kind', sa.String(length=30), nullable=False),
        sa.Column('issued_on', sa.Date(), nullable=False),
        sa.Column('dataset_id', sa.Integer(), nullable=True),
        sa.Column('subject', sa.String(length=300), nullable=False),
        sa.Column('addressee', sa.String(length=300), nullable=False),
        sa.Column('signer_role', sa.String(length=20), nullable=False),
        sa.Column('signer_name', sa.String(length=200), nullable=False),
        sa.Column('signer_nip', sa.String(length=30), nullable=False),
        sa.Column('signer_title', sa.String(length=300), nullable=False),
        sa.Column('created_by', sa.Integer(), nullable=False),
        sa.Column('created_at', sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(['dataset_id'], ['datasets.id'], ondelete='SET NULL'),
        sa.ForeignKeyConstraint(['created_by'], ['users.id']),
        sa.PrimaryKeyConstraint('id'),
        sa.UniqueConstraint('year', 'sequence'),
        sa.UniqueConstraint('number'),
    )


def downgrade() -> None:
    raise NotImplementedError("PADI databases are only ever upgraded; restore a backup instead.")
