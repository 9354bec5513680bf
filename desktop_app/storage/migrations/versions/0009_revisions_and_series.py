"""Revisions, series by period, delete and withdraw, programmes with year and responsible person.

Revision ID: 0009
Revises: 0008
Create Date: 2027-01-05

Every existing dataset becomes revision 1 of itself (its current revision, in its state; no period:
not a series), so it behaves as before. Outputs, check runs and confirmations record revision 1.
Plain ADD COLUMN and CREATE TABLE statements only: a batch (copy-and-rename) migration of
``datasets`` would drop the parent table under its ON DELETE CASCADE children.
"""
from alembic import op
import sqlalchemy as sa


revision = '0009'
down_revision = '0008'
branch_labels = None
depends_on = None


def _add_user_reference(table: str, column: str) -> None:
    # SQLite allows a REFERENCES clause in ADD COLUMN when the default is NULL; Alembic does not emit it.
    op.execute(f"ALTER TABLE {table} ADD COLUMN {column} INTEGER REFERENCES users (id)")


def upgrade() -> None:
    op.add_column('datasets', sa.Column('series_grain', sa.String(length=10), server_default='', nullable=False))
    op.add_column('datasets', sa.Column('withdrawn_at', sa.DateTime(), nullable=True))
    _add_user_reference('datasets', 'withdrawn_by')
    op.add_column('datasets', sa.Column('withdrawn_reason', sa.Text(), server_default='', nullable=False))
    op.add_column('datasets', sa.Column('deleted_at', sa.DateTime(), nullable=True))
    _add_user_reference('datasets', 'deleted_by')
    op.add_column('datasets', sa.Column('deleted_reason', sa.Text(), server_default='', nullable=False))
    for table in ('outputs', 'check_runs', 'confirmations'):
        op.add_column(table, sa.Column('revision', sa.Integer(), server_default='1', nullable=False))
    for table in ('programmes', 'activities'):
        op.add_column(table, sa.Column('year', sa.Integer(), nullable=True))
        _add_user_reference(table, 'responsible_id')

    op.create_table(
        'dataset_revisions',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('dataset_id', sa.Integer(), nullable=False),
        sa.Column('number', sa.Integer(), nullable=False),
        sa.Column('state', sa.String(length=20), nullable=False),
        sa.Column('reason', sa.Text(), nullable=False),
        sa.Column('created_by', sa.Integer(), nullable=False),
        sa.Column('created_at', sa.DateTime(), nullable=False),
        sa.Column('validated_at', sa.DateTime(), nullable=True),
        sa.Column('frozen', sa.Boolean(), nullable=False),
        sa.Column('meta', sa.JSON(), nullable=False),
        sa.Column('columns', sa.JSON(), nullable=False),
        sa.Column('settings', sa.JSON(), nullable=False),
        sa.Column('rows', sa.Integer(), nullable=False),
        sa.Column('deleted_at', sa.DateTime(), nullable=True),
        sa.Column('deleted_by', sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(['dataset_id'], ['datasets.id'], ondelete='CASCADE'),
        sa.ForeignKeyConstraint(['created_by'], ['users.id']),
        sa.ForeignKeyConstraint(['deleted_by'], ['users.id']),
        sa.PrimaryKeyConstraint('id'),
        sa.UniqueConstraint('dataset_id', 'number'),
    )
    op.create_table(
        'revision_rows',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('revision_id', sa.Integer(), nullable=False),
        sa.Column('position', sa.Integer(), nullable=False),
        sa.Column('values', sa.JSON(), nullable=False),
        sa.ForeignKeyConstraint(['revision_id'], ['dataset_revisions.id'], ondelete='CASCADE'),
        sa.PrimaryKeyConstraint('id'),
    )
    op.create_index('ix_revision_rows_revision_position', 'revision_rows', ['revision_id', 'position'])
    op.create_table(
        'dataset_periods',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('dataset_id', sa.Integer(), nullable=False),
        sa.Column('revision', sa.Integer(), nullable=False),
        sa.Column('period', sa.String(length=10), nullable=False),
        sa.Column('state', sa.String(length=20), nullable=False),
        sa.Column('rows', sa.Integer(), nullable=False),
        sa.Column('added_by', sa.Integer(), nullable=False),
        sa.Column('added_at', sa.DateTime(), nullable=False),
        sa.Column('stage_since', sa.DateTime(), nullable=False),
        sa.Column('validated_at', sa.DateTime(), nullable=True),
        sa.Column('batch', sa.String(length=10), nullable=False),
        sa.ForeignKeyConstraint(['dataset_id'], ['datasets.id'], ondelete='CASCADE'),
        sa.ForeignKeyConstraint(['added_by'], ['users.id']),
        sa.PrimaryKeyConstraint('id'),
        sa.UniqueConstraint('dataset_id', 'revision', 'period'),
    )

    # Every dataset is revision 1 of itself: current (not frozen), in its own state, without a reason.
    datasets = sa.table('datasets', sa.column('id', sa.Integer()), sa.column('version', sa.Integer()),
                        sa.column('state', sa.String()), sa.column('author_id', sa.Integer()),
                        sa.column('created_at', sa.DateTime()))
    revisions = sa.table('dataset_revisions', *(sa.column(name) for name in (
        'dataset_id', 'number', 'state', 'reason', 'created_by', 'created_at', 'frozen', 'meta', 'columns',
        'settings', 'rows')))
    op.execute(revisions.insert().from_select(
        ['dataset_id', 'number', 'state', 'reason', 'created_by', 'created_at', 'frozen', 'meta', 'columns',
         'settings', 'rows'],
        sa.select(datasets.c.id, datasets.c.version, datasets.c.state, sa.literal(''), datasets.c.author_id,
                  datasets.c.created_at, sa.false(), sa.literal({}, sa.JSON()), sa.literal([], sa.JSON()),
                  sa.literal({}, sa.JSON()), sa.literal(0))))


def downgrade() -> None:
    raise NotImplementedError("PADI databases are only ever upgraded; restore a backup instead.")
