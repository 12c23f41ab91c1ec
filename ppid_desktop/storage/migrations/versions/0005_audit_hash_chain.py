"""Audit trail hash chain: prev_hash and entry_hash on every entry; existing entries sealed.

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-30 03:20:00.000000
"""

from alembic import op
import sqlalchemy as sa

from ppid_desktop.storage.audit_chain import seal


revision = '0005'
down_revision = '0004'
branch_labels = None
depends_on = None

# Only sealing may update an entry: an unsealed row gets its two hashes, nothing else changes.
SEAL_ONLY = (
    "CREATE TRIGGER audit_entry_no_update BEFORE UPDATE ON audit_entry "
    "WHEN OLD.entry_hash != '' OR NEW.id IS NOT OLD.id OR NEW.record_id IS NOT OLD.record_id "
    "OR NEW.occurred_at IS NOT OLD.occurred_at OR NEW.officer_id IS NOT OLD.officer_id "
    "OR NEW.action IS NOT OLD.action OR NEW.summary IS NOT OLD.summary OR NEW.changes IS NOT OLD.changes "
    "BEGIN SELECT RAISE(ABORT, 'audit_entry is append-only'); END"
)
NO_UPDATE = (
    "CREATE TRIGGER audit_entry_no_update BEFORE UPDATE ON audit_entry BEGIN "
    "SELECT RAISE(ABORT, 'audit_entry is append-only'); END"
)


def upgrade() -> None:
    # ADD COLUMN, not a batch rebuild: the append-only triggers of 0002 stay in place.
    op.add_column('audit_entry', sa.Column('prev_hash', sa.String(length=64), server_default='', nullable=False))
    op.add_column('audit_entry', sa.Column('entry_hash', sa.String(length=64), server_default='', nullable=False))
    op.execute("DROP TRIGGER IF EXISTS audit_entry_no_update")
    op.execute(SEAL_ONLY)
    seal(op.get_bind())


def downgrade() -> None:
    op.execute("DROP TRIGGER IF EXISTS audit_entry_no_update")
    with op.batch_alter_table('audit_entry', schema=None) as batch_op:
        batch_op.drop_column('entry_hash')
        batch_op.drop_column('prev_hash')
    op.execute("DROP TRIGGER IF EXISTS audit_entry_no_delete")  # the batch rebuild dropped it; make both again
    op.execute(NO_UPDATE)
    op.execute(
        "CREATE TRIGGER audit_entry_no_delete BEFORE DELETE ON audit_entry BEGIN "
        "SELECT RAISE(ABORT, 'audit_entry is append-only'); END"
    )
