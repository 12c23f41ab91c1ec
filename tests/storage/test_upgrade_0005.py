"""Databases of the 0005 release (audit chain, handover outbox) gain accounts and the idle lock."""

from __future__ import annotations

import shutil
from ppid_desktop.storage.connect import driver as sqlite3  # the app's SQLite: two SQLite libraries on one file break each other's locks
from pathlib import Path

from ppid_desktop.services.accounts import has_accounts, idle_lock_minutes, officers_without_account
from ppid_desktop.services.fixity import audit_section
from ppid_desktop.services.handover_outbox import outbox_entries
from ppid_desktop.services.office import get_office_settings
from ppid_desktop.services.records import list_records
from ppid_desktop.services.workflow import record_workflow
from ppid_desktop.storage.database import head_revision, open_database
from ppid_desktop.storage.paths import DataPaths

FIXTURE = Path(__file__).resolve().parents[1] / "fixtures" / "schema-0005.sqlite3"
TABLES = ("exempt_record", "stage_visit", "syarat_check", "attachment", "audit_entry", "holiday", "outbox_package")


def test_schema_0005_upgrades_with_its_records_trail_and_outbox_intact_and_no_accounts_yet(tmp_path: Path) -> None:
    paths = DataPaths(tmp_path / "data")
    paths.ensure()
    shutil.copyfile(FIXTURE, paths.database)
    with sqlite3.connect(paths.database) as before:
        counts = {table: before.execute(f"SELECT COUNT(*) FROM {table}").fetchone()[0] for table in TABLES}
    assert counts == {"exempt_record": 3, "stage_visit": 5, "syarat_check": 3, "attachment": 2, "audit_entry": 10, "holiday": 1, "outbox_package": 1}
    db = open_database(paths)
    try:
        with db.engine.connect() as connection:
            assert connection.exec_driver_sql("SELECT version_num FROM alembic_version").scalar() == head_revision()
            assert {t: connection.exec_driver_sql(f"SELECT COUNT(*) FROM {t}").scalar() for t in TABLES} == counts
            triggers = {row[0] for row in connection.exec_driver_sql("SELECT name FROM sqlite_master WHERE type = 'trigger'")}
        assert {"exempt_record_fts_ai", "audit_entry_no_update", "audit_entry_no_delete"} <= triggers
        rows = list_records(db)
        assert sorted(r.register_number for r in rows) == ["DIK/KESRA/2026/001", "DIK/KESRA/2026/002", "DIK/KESRA/2026/003"]
        handed = next(r for r in rows if r.register_number.endswith("003"))
        assert record_workflow(db, handed.id).stage.code == "terima"
        assert len(outbox_entries(db)) == 1
        assert get_office_settings(db).margins[0] == 25
        section = audit_section(db)
        assert section.ok and "10 catatan" in section.checked
        # New in 0006: no account yet (set-up makes the first Admin), the idle lock at its default.
        assert not has_accounts(db) and len(officers_without_account(db)) == 2
        assert idle_lock_minutes(db) == 10
        assert db.integrity_problems() == []
    finally:
        db.close()
    assert len(list(paths.backups.glob("sebelum-migrasi-0005-*.sqlite3"))) == 1
