"""Print margins as office settings (millimetres, 20 by default).

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-29 09:00:00.000000
"""

from alembic import op
import sqlalchemy as sa


revision = '0003'
down_revision = '0002'
branch_labels = None
depends_on = None

MARGINS = ('margin_top_mm', 'margin_bottom_mm', 'margin_left_mm', 'margin_right_mm')


def upgrade() -> None:
    # Only `office` is rebuilt: exempt_record and its FTS triggers are untouched.
    with op.batch_alter_table('office', schema=None) as batch_op:
        for name in MARGINS:
            batch_op.add_column(sa.Column(name, sa.Integer(), server_default='20', nullable=False))


def downgrade() -> None:
    with op.batch_alter_table('office', schema=None) as batch_op:
        for name in reversed(MARGINS):
            batch_op.drop_column(name)
