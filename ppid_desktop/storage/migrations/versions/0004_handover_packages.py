"""Handover packages: the outbox of packages built here, import receipts and refusals at the PPID.

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-30 02:00:00.000000
"""

from alembic import op
import sqlalchemy as sa


revision = '0004'
down_revision = '0003'
branch_labels = None
depends_on = None


def upgrade() -> None:
    # New tables only: exempt_record and its FTS triggers are untouched.
    op.create_table('outbox_package',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('uid', sa.String(length=36), nullable=False),
    sa.Column('name', sa.String(length=200), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('created_by_id', sa.Integer(), nullable=True),
    sa.Column('record_count', sa.Integer(), nullable=False),
    sa.Column('file_count', sa.Integer(), nullable=False),
    sa.Column('size', sa.Integer(), nullable=False),
    sa.Column('digest', sa.String(length=64), nullable=False),
    sa.Column('state', sa.String(length=20), nullable=False),
    sa.Column('share_folder', sa.Text(), nullable=False),
    sa.Column('attempts', sa.Integer(), nullable=False),
    sa.Column('last_error', sa.Text(), nullable=False),
    sa.Column('last_attempt_at', sa.DateTime(), nullable=True),
    sa.Column('delivered_at', sa.DateTime(), nullable=True),
    sa.Column('delivered_path', sa.Text(), nullable=False),
    sa.ForeignKeyConstraint(['created_by_id'], ['officer.id'], name=op.f('fk_outbox_package_created_by_id_officer')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_outbox_package')),
    sa.UniqueConstraint('name', name=op.f('uq_outbox_package_name')),
    sa.UniqueConstraint('uid', name=op.f('uq_outbox_package_uid'))
    )
    with op.batch_alter_table('outbox_package', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_outbox_package_state'), ['state'], unique=False)

    op.create_table('import_receipt',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('digest', sa.String(length=64), nullable=False),
    sa.Column('package_uid', sa.String(length=36), nullable=False),
    sa.Column('package_name', sa.String(length=300), nullable=False),
    sa.Column('source_path', sa.Text(), nullable=False),
    sa.Column('sender_office', sa.String(length=300), nullable=False),
    sa.Column('sender_unit', sa.String(length=200), nullable=False),
    sa.Column('sender_officer', sa.String(length=200), nullable=False),
    sa.Column('imported_at', sa.DateTime(), nullable=False),
    sa.Column('officer_id', sa.Integer(), nullable=True),
    sa.Column('record_count', sa.Integer(), nullable=False),
    sa.Column('records_added', sa.Integer(), nullable=False),
    sa.Column('files_added', sa.Integer(), nullable=False),
    sa.Column('receipt_pdf', sa.Text(), nullable=False),
    sa.ForeignKeyConstraint(['officer_id'], ['officer.id'], name=op.f('fk_import_receipt_officer_id_officer')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_import_receipt')),
    sa.UniqueConstraint('digest', name=op.f('uq_import_receipt_digest'))
    )
    with op.batch_alter_table('import_receipt', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_import_receipt_package_uid'), ['package_uid'], unique=False)

    op.create_table('package_refusal',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('package_name', sa.String(length=300), nullable=False),
    sa.Column('digest', sa.String(length=64), nullable=False),
    sa.Column('source_path', sa.Text(), nullable=False),
    sa.Column('refused_at', sa.DateTime(), nullable=False),
    sa.Column('officer_id', sa.Integer(), nullable=True),
    sa.Column('reason', sa.Text(), nullable=False),
    sa.ForeignKeyConstraint(['officer_id'], ['officer.id'], name=op.f('fk_package_refusal_officer_id_officer')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_package_refusal'))
    )
    with op.batch_alter_table('package_refusal', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_package_refusal_package_name'), ['package_name'], unique=False)


def downgrade() -> None:
    with op.batch_alter_table('package_refusal', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_package_refusal_package_name'))
    op.drop_table('package_refusal')
    with op.batch_alter_table('import_receipt', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_import_receipt_package_uid'))
    op.drop_table('import_receipt')
    with op.batch_alter_table('outbox_package', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_outbox_package_state'))
    op.drop_table('outbox_package')
