"""Initial schema: office, SOP templates, units, officers, records, legal grounds, search.

Revision ID: 0001
Revises: 
Create Date: 2026-11-22 02:47:30.141961
"""

from alembic import op
import sqlalchemy as sa


revision = '0001'
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('sop_template',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('code', sa.String(length=100), nullable=False),
    sa.Column('revision', sa.String(length=100), nullable=False),
    sa.Column('title', sa.String(length=500), nullable=False),
    sa.Column('sha256', sa.String(length=64), nullable=False),
    sa.Column('source_text', sa.Text(), nullable=False),
    sa.Column('adopted_at', sa.DateTime(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_sop_template')),
    sa.UniqueConstraint('sha256', name=op.f('uq_sop_template_sha256'))
    )
    op.create_table('unit',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('name', sa.String(length=200), nullable=False),
    sa.Column('code', sa.String(length=50), nullable=False),
    sa.Column('active', sa.Boolean(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_unit')),
    sa.UniqueConstraint('name', name=op.f('uq_unit_name'))
    )
    op.create_table('office',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('kop_lines', sa.Text(), nullable=False),
    sa.Column('name', sa.String(length=300), nullable=False),
    sa.Column('address', sa.Text(), nullable=False),
    sa.Column('telephone', sa.String(length=100), nullable=False),
    sa.Column('email', sa.String(length=200), nullable=False),
    sa.Column('website', sa.String(length=200), nullable=False),
    sa.Column('city', sa.String(length=100), nullable=False),
    sa.Column('logo_path', sa.Text(), nullable=False),
    sa.Column('paper', sa.String(length=10), nullable=False),
    sa.Column('sop_template_id', sa.Integer(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.ForeignKeyConstraint(['sop_template_id'], ['sop_template.id'], name=op.f('fk_office_sop_template_id_sop_template')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_office'))
    )
    op.create_table('officer',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('name', sa.String(length=200), nullable=False),
    sa.Column('id_kind', sa.String(length=10), nullable=False),
    sa.Column('employee_id', sa.String(length=20), nullable=False),
    sa.Column('pangkat', sa.String(length=10), nullable=False),
    sa.Column('jabatan', sa.String(length=300), nullable=False),
    sa.Column('unit_id', sa.Integer(), nullable=True),
    sa.Column('active', sa.Boolean(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.ForeignKeyConstraint(['unit_id'], ['unit.id'], name=op.f('fk_officer_unit_id_unit')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_officer'))
    )
    with op.batch_alter_table('officer', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_officer_employee_id'), ['employee_id'], unique=False)

    op.create_table('exempt_record',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('uid', sa.String(length=36), nullable=False),
    sa.Column('register_number', sa.String(length=100), nullable=False),
    sa.Column('title', sa.String(length=500), nullable=False),
    sa.Column('summary', sa.Text(), nullable=False),
    sa.Column('unit_id', sa.Integer(), nullable=False),
    sa.Column('consequence_opened', sa.Text(), nullable=False),
    sa.Column('consequence_closed', sa.Text(), nullable=False),
    sa.Column('period_start', sa.Date(), nullable=True),
    sa.Column('period_end', sa.Date(), nullable=True),
    sa.Column('period_condition', sa.Text(), nullable=False),
    sa.Column('form', sa.String(length=20), nullable=False),
    sa.Column('storage_location', sa.Text(), nullable=False),
    sa.Column('classification', sa.String(length=20), nullable=False),
    sa.Column('remarks', sa.Text(), nullable=False),
    sa.Column('status', sa.String(length=20), nullable=False),
    sa.Column('stage_code', sa.String(length=100), nullable=False),
    sa.Column('stage_entered_at', sa.DateTime(), nullable=False),
    sa.Column('sop_template_id', sa.Integer(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('created_by_id', sa.Integer(), nullable=True),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('updated_by_id', sa.Integer(), nullable=True),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['created_by_id'], ['officer.id'], name=op.f('fk_exempt_record_created_by_id_officer')),
    sa.ForeignKeyConstraint(['sop_template_id'], ['sop_template.id'], name=op.f('fk_exempt_record_sop_template_id_sop_template')),
    sa.ForeignKeyConstraint(['unit_id'], ['unit.id'], name=op.f('fk_exempt_record_unit_id_unit')),
    sa.ForeignKeyConstraint(['updated_by_id'], ['officer.id'], name=op.f('fk_exempt_record_updated_by_id_officer')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_exempt_record')),
    sa.UniqueConstraint('uid', name=op.f('uq_exempt_record_uid'))
    )
    with op.batch_alter_table('exempt_record', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_exempt_record_period_end'), ['period_end'], unique=False)
        batch_op.create_index(batch_op.f('ix_exempt_record_register_number'), ['register_number'], unique=False)
        batch_op.create_index('ix_exempt_record_stage_title', ['stage_code', 'title'], unique=False)
        batch_op.create_index(batch_op.f('ix_exempt_record_status'), ['status'], unique=False)
        batch_op.create_index(batch_op.f('ix_exempt_record_title'), ['title'], unique=False)
        batch_op.create_index(batch_op.f('ix_exempt_record_unit_id'), ['unit_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_exempt_record_updated_at'), ['updated_at'], unique=False)

    op.create_table('officer_role',
    sa.Column('officer_id', sa.Integer(), nullable=False),
    sa.Column('role_code', sa.String(length=50), nullable=False),
    sa.ForeignKeyConstraint(['officer_id'], ['officer.id'], name=op.f('fk_officer_role_officer_id_officer'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('officer_id', 'role_code', name=op.f('pk_officer_role'))
    )
    op.create_table('legal_ground',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('record_id', sa.Integer(), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('huruf', sa.String(length=1), nullable=True),
    sa.Column('angka', sa.Integer(), nullable=True),
    sa.Column('other', sa.Text(), nullable=False),
    sa.ForeignKeyConstraint(['record_id'], ['exempt_record.id'], name=op.f('fk_legal_ground_record_id_exempt_record'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_legal_ground'))
    )
    with op.batch_alter_table('legal_ground', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_legal_ground_record_id'), ['record_id'], unique=False)

    if op.get_bind().dialect.name == "sqlite":
        _create_sqlite_search_index()


# The search seam's SQLite side (see ppid_desktop/storage/search.py): an FTS5 trigram index
# kept in step with exempt_record by triggers. A later batch migration that recreates
# exempt_record drops these triggers and must create them again and 'rebuild' the index.
FTS_COLUMNS = "title, register_number, summary"


def _create_sqlite_search_index() -> None:
    op.execute(
        "CREATE VIRTUAL TABLE exempt_record_fts USING fts5("
        f"{FTS_COLUMNS}, content='exempt_record', content_rowid='id', tokenize='trigram')"
    )
    new_values = "new.id, new.title, new.register_number, new.summary"
    old_values = "'delete', old.id, old.title, old.register_number, old.summary"
    op.execute(
        "CREATE TRIGGER exempt_record_fts_ai AFTER INSERT ON exempt_record BEGIN "
        f"INSERT INTO exempt_record_fts(rowid, {FTS_COLUMNS}) VALUES ({new_values}); END"
    )
    op.execute(
        "CREATE TRIGGER exempt_record_fts_ad AFTER DELETE ON exempt_record BEGIN "
        f"INSERT INTO exempt_record_fts(exempt_record_fts, rowid, {FTS_COLUMNS}) VALUES ({old_values}); END"
    )
    op.execute(
        "CREATE TRIGGER exempt_record_fts_au AFTER UPDATE OF title, register_number, summary "
        "ON exempt_record BEGIN "
        f"INSERT INTO exempt_record_fts(exempt_record_fts, rowid, {FTS_COLUMNS}) VALUES ({old_values}); "
        f"INSERT INTO exempt_record_fts(rowid, {FTS_COLUMNS}) VALUES ({new_values}); END"
    )


def downgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        for trigger in ("ai", "ad", "au"):
            op.execute(f"DROP TRIGGER IF EXISTS exempt_record_fts_{trigger}")
        op.execute("DROP TABLE IF EXISTS exempt_record_fts")
    with op.batch_alter_table('legal_ground', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_legal_ground_record_id'))

    op.drop_table('legal_ground')
    op.drop_table('officer_role')
    with op.batch_alter_table('exempt_record', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_exempt_record_updated_at'))
        batch_op.drop_index(batch_op.f('ix_exempt_record_unit_id'))
        batch_op.drop_index(batch_op.f('ix_exempt_record_title'))
        batch_op.drop_index(batch_op.f('ix_exempt_record_status'))
        batch_op.drop_index('ix_exempt_record_stage_title')
        batch_op.drop_index(batch_op.f('ix_exempt_record_register_number'))
        batch_op.drop_index(batch_op.f('ix_exempt_record_period_end'))

    op.drop_table('exempt_record')
    with op.batch_alter_table('officer', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_officer_employee_id'))

    op.drop_table('officer')
    op.drop_table('office')
    op.drop_table('unit')
    op.drop_table('sop_template')
