"""Databases of earlier releases gain the stage-tab sort indexes (migration 0007) with their data intact."""

from __future__ import annotations

import shutil
from pathlib import Path

from ppid_desktop.services.records import list_records, query_record_ids
from ppid_desktop.storage.connect import driver as sqlite3  # the app's SQLite, never Python's own
from ppid_desktop.storage.database import head_revision, open_database
from ppid_desktop.storage.paths import DataPaths

FIXTURE = Path(__file__).resolve().parents[1] / "fixtures" / "schema-0005.sqlite3"  # the newest fixture
TABLES = ("exempt_record", "stage_visit", "syarat_check", "attachment", "audit_entry", "holiday", "outbox_package")
NEW_INDEXES = {
    "ix_exempt_record_stage": ["stage_code"],
    "ix_exempt_record_stage_register": ["stage_code", "register_number"],
    "ix_exempt_record_stage_unit": ["stage_code", "unit_id"],
    "ix_exempt_record_stage_period": ["stage_code", "period_end"],
    "ix_exempt_record_stage_status": ["stage_code", "status"],
    "ix_exempt_record_stage_updated": ["stage_code", "updated_at"],
}


def index_columns(connection, name: str) -> list[str]:
    return [row[2] for row in connection.execute(f"PRAGMA index_info({name})")]


def test_an_upgraded_database_gets_the_sort_indexes_and_keeps_every_row(tmp_path: Path) -> None:
    paths = DataPaths(tmp_path / "data")
    paths.ensure()
    shutil.copyfile(FIXTURE, paths.database)
    with sqlite3.connect(paths.database) as before:
        counts = {table: before.execute(f"SELECT COUNT(*) FROM {table}").fetchone()[0] for table in TABLES}
        assert all(not index_columns(before, name) for name in NEW_INDEXES)
    db = open_database(paths)
    try:
        assert head_revision() == "0007"
        newest_first = query_record_ids(db, stage_code="produksi", sort="updated_at")
        by_title = query_record_ids(db, "rekam", stage_code="produksi", sort="title", descending=False)
        handed_over = query_record_ids(db, stage_code="terima", sort="unit")
        titles = sorted(row.title for row in list_records(db))
        assert db.integrity_problems() == []
    finally:
        db.close()
    connection = sqlite3.connect(paths.database)
    try:
        assert connection.execute("SELECT version_num FROM alembic_version").fetchone() == ("0007",)
        assert {table: connection.execute(f"SELECT COUNT(*) FROM {table}").fetchone()[0] for table in TABLES} == counts
        assert {name: index_columns(connection, name) for name in NEW_INDEXES} == NEW_INDEXES
        triggers = {row[0] for row in connection.execute("SELECT name FROM sqlite_master WHERE type = 'trigger'")}
    finally:
        connection.close()
    assert {"exempt_record_fts_ai", "exempt_record_fts_au", "audit_entry_no_update", "audit_entry_no_delete"} <= triggers
    assert titles == ["Data pribadi penerima bantuan sosial", "Dokumen lelang sebelum pengumuman", "Rekam medis pegawai"]
    assert (newest_first, by_title, handed_over) == ([2, 1], [2], [3])
