"""User accounts (one per officer) and the office's idle lock in minutes.

Revision ID: 0006
Revises: 0005
Create Date: 2026-11-30 04:00:00.000000
"""

from alembic import op
import sqlalchemy as sa


revision = '0006'
down_revision = '0005'
branch_labels = None
depends_on = None


def upgrade() -> None:
    # A new table and ADD COLUMN: no table is rebuilt, so the FTS and audit triggers stay in place.
    op.create_table('user_account',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('officer_id', sa.Integer(), nullable=False),
    sa.Column('username', sa.String(length=32), nullable=False),
    sa.Column('active', sa.Boolean(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('password_changed_at', sa.DateTime(), nullable=False),
    sa.Column('last_sign_in_at', sa.DateTime(), nullable=True),
    sa.ForeignKeyConstraint(['officer_id'], ['officer.id'], name=op.f('fk_user_account_officer_id_officer')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_user_account')),
    sa.UniqueConstraint('officer_id', name=op.f('uq_user_account_officer_id')),
    sa.UniqueConstraint('username', name=op.f('uq_user_account_username'))
    )
    op.add_column('office', sa.Column('idle_lock_minutes', sa.Integer(), server_default='10', nullable=False))


def downgrade() -> None:
    with op.batch_alter_table('office', schema=None) as batch_op:
        batch_op.drop_column('idle_lock_minutes')
    op.drop_table('user_account')
