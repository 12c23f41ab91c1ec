"""Indexes that let a stage tab's list, sorted by a column, read only its first page.

Revision ID: 0007
Revises: 0006
Create Date: 2026-11-30 05:00:00.000000
"""

from alembic import op


revision = '0007'
down_revision = '0006'
branch_labels = None
depends_on = None

# (name, columns). SQLite appends the rowid (the record id) to every index entry, so each one
# gives (stage, column, id) order: a stage tab sorted by that column walks it and stops after the
# first page (services/records.py _id_query). `stage_code` alone serves the "Tahap" column and a
# stage tab in its default order, newest first. Title already has ix_exempt_record_stage_title.
INDEXES = (
    ('ix_exempt_record_stage', ['stage_code']),
    ('ix_exempt_record_stage_register', ['stage_code', 'register_number']),
    ('ix_exempt_record_stage_unit', ['stage_code', 'unit_id']),
    ('ix_exempt_record_stage_period', ['stage_code', 'period_end']),
    ('ix_exempt_record_stage_status', ['stage_code', 'status']),
    ('ix_exempt_record_stage_updated', ['stage_code', 'updated_at']),
)


def upgrade() -> None:
    # CREATE INDEX only: no table is rebuilt, so the FTS and audit triggers stay in place.
    for name, columns in INDEXES:
        op.create_index(name, 'exempt_record', columns, unique=False)


def downgrade() -> None:
    for name, _columns in reversed(INDEXES):
        op.drop_index(name, table_name='exempt_record')
