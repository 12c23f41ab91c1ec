"""Users who upgrade never lose data: databases made by earlier releases open with everything intact.

Add one fixture per release that changes the schema (see tests/fixtures/make_schema_*.py).
"""

from __future__ import annotations

import shutil
from ppid_desktop.storage.connect import driver as sqlite3  # the app's SQLite: two SQLite libraries on one file break each other's locks
from datetime import date
from pathlib import Path

import pytest

from ppid_desktop.services.office import list_officers, list_units
from ppid_desktop.services.records import get_record, list_records
from ppid_desktop.storage.database import head_revision, open_database
from ppid_desktop.storage.paths import DataPaths

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"


@pytest.fixture
def old_database(tmp_path: Path):
    def copy(name: str) -> DataPaths:
        paths = DataPaths(tmp_path / "data")
        paths.ensure()
        shutil.copyfile(FIXTURES / name, paths.database)
        return paths

    return copy


def test_schema_0001_upgrades_to_head_with_every_record_intact(old_database) -> None:
    paths = old_database("schema-0001.sqlite3")
    db = open_database(paths)
    try:
        with db.engine.connect() as connection:
            assert connection.exec_driver_sql("SELECT version_num FROM alembic_version").scalar() == head_revision()
        rows = list_records(db)
        assert [r.register_number for r in rows] == ["DIK/KESRA/2024/001", "DIK/KESRA/2024/002", "DIK/KESRA/2024/003"]
        first = get_record(db, rows[0].id)
        assert first.draft.summary == "Nama, NIK dan rekening penerima."
        assert [g.label for g in first.draft.legal_grounds] == ["Pasal 17 huruf h angka 2", "UU 27/2022 Pasal 4"]
        assert get_record(db, rows[1].id).draft.period_condition == "Sampai memperoleh persetujuan dari yang bersangkutan"
        assert {u.name for u in list_units(db)} == {"Bagian Kesejahteraan Sosial", "Subbagian Tata Usaha"}
        assert len(list_officers(db)) == 2
        assert db.integrity_problems() == []
    finally:
        db.close()
    backups = list(paths.backups.glob("sebelum-migrasi-0001-*.sqlite3"))
    if head_revision() != "0001":
        assert len(backups) == 1
        with sqlite3.connect(backups[0]) as copy:
            assert copy.execute("SELECT version_num FROM alembic_version").fetchone() == ("0001",)


def test_upgraded_records_stay_searchable_and_get_an_open_stage_visit(old_database) -> None:
    from ppid_desktop.services.records import query_record_ids

    db = open_database(old_database("schema-0001.sqlite3"))
    try:
        assert len(query_record_ids(db, "bantuan sosial")) == 1  # the FTS triggers survived the rebuild
        with db.engine.connect() as connection:
            open_visits = connection.exec_driver_sql(
                "SELECT COUNT(*) FROM stage_visit WHERE completed_at IS NULL AND stage_code = 'produksi'"
            ).scalar()
            created = connection.exec_driver_sql("SELECT COUNT(*) FROM audit_entry WHERE action = 'create'").scalar()
        assert (open_visits, created) == (3, 3)
    finally:
        db.close()


def test_the_audit_trail_refuses_update_and_delete_in_the_database(old_database) -> None:
    db = open_database(old_database("schema-0001.sqlite3"))
    try:
        with db.engine.connect() as connection:
            for statement in ("UPDATE audit_entry SET summary = 'diubah'", "DELETE FROM audit_entry"):
                with pytest.raises(Exception, match="append-only"):
                    connection.exec_driver_sql(statement)
    finally:
        db.close()


def test_schema_0002_upgrades_to_head_with_its_workflow_intact_and_default_margins(old_database) -> None:
    from ppid_desktop.services.audit import history
    from ppid_desktop.services.office import get_office_settings
    from ppid_desktop.services.records import query_record_ids
    from ppid_desktop.services.workflow import record_workflow

    paths = old_database("schema-0002.sqlite3")
    with sqlite3.connect(paths.database) as before:
        counts = {
            table: before.execute(f"SELECT COUNT(*) FROM {table}").fetchone()[0]
            for table in ("exempt_record", "stage_visit", "syarat_check", "attachment", "audit_entry", "holiday")
        }
    assert counts == {"exempt_record": 3, "stage_visit": 4, "syarat_check": 2, "attachment": 1, "audit_entry": 7, "holiday": 1}
    db = open_database(paths)
    try:
        with db.engine.connect() as connection:
            assert connection.exec_driver_sql("SELECT version_num FROM alembic_version").scalar() == head_revision()
            after = {table: connection.exec_driver_sql(f"SELECT COUNT(*) FROM {table}").scalar() for table in counts}
            triggers = {row[0] for row in connection.exec_driver_sql("SELECT name FROM sqlite_master WHERE type = 'trigger'")}
        assert after == counts
        assert {"exempt_record_fts_ai", "exempt_record_fts_ad", "exempt_record_fts_au",
                "audit_entry_no_update", "audit_entry_no_delete"} <= triggers
        rows = list_records(db)
        assert [r.register_number for r in rows] == ["DIK/KESRA/2025/001", "DIK/KESRA/2025/002", "DIK/KESRA/2025/003"]
        assert get_record(db, rows[0].id).draft.summary == "Nama, NIK dan rekening penerima."
        assert len(query_record_ids(db, "bantuan sosial")) == 1
        first = record_workflow(db, rows[0].id)
        done = [v for v in first.visits if v.completed_at is not None]
        assert len(done) == 1 and done[0].notes == "Sudah lengkap." and done[0].working_minutes is not None
        assert len(first.attachments) == 1
        assert len(record_workflow(db, rows[1].id).checked) == 1
        assert [e.action for e in history(db, rows[0].id)].count("complete") == 1
        settings = get_office_settings(db)
        assert settings.margins == (20, 20, 20, 20)
        assert settings.holidays == [(date(2025, 12, 25), "Hari Raya Natal")]
        assert settings.work_days == frozenset({0, 1, 2, 3, 4})
        assert db.integrity_problems() == []
    finally:
        db.close()
    assert len(list(paths.backups.glob("sebelum-migrasi-0002-*.sqlite3"))) == 1


def test_schema_0003_upgrades_to_head_with_its_records_margins_and_an_empty_outbox(old_database) -> None:
    from ppid_desktop.services.handover_outbox import outbox_entries
    from ppid_desktop.services.office import get_office_settings
    from ppid_desktop.services.workflow import record_workflow

    paths = old_database("schema-0003.sqlite3")
    tables = ("exempt_record", "stage_visit", "syarat_check", "attachment", "audit_entry", "holiday")
    with sqlite3.connect(paths.database) as before:
        counts = {table: before.execute(f"SELECT COUNT(*) FROM {table}").fetchone()[0] for table in tables}
    assert counts == {"exempt_record": 3, "stage_visit": 4, "syarat_check": 2, "attachment": 1, "audit_entry": 7, "holiday": 1}
    db = open_database(paths)
    try:
        with db.engine.connect() as connection:
            assert connection.exec_driver_sql("SELECT version_num FROM alembic_version").scalar() == head_revision()
            assert {table: connection.exec_driver_sql(f"SELECT COUNT(*) FROM {table}").scalar() for table in tables} == counts
            for table in ("outbox_package", "import_receipt", "package_refusal"):
                assert connection.exec_driver_sql(f"SELECT COUNT(*) FROM {table}").scalar() == 0
        rows = list_records(db)
        assert [r.register_number for r in rows] == ["DIK/KESRA/2025/001", "DIK/KESRA/2025/002", "DIK/KESRA/2025/003"]
        assert len(record_workflow(db, rows[0].id).attachments) == 1
        assert get_office_settings(db).margins[:1] == (25,)
        assert outbox_entries(db) == []
        assert db.integrity_problems() == []
    finally:
        db.close()
    assert len(list(paths.backups.glob("sebelum-migrasi-0003-*.sqlite3"))) == 1


@pytest.mark.parametrize("fixture", ["schema-0002.sqlite3", "schema-0003.sqlite3"])  # 0001 had no audit trail
def test_the_existing_audit_trail_is_sealed_into_a_chain_by_the_upgrade(old_database, fixture) -> None:
    from ppid_desktop.services.fixity import audit_section

    paths = old_database(fixture)
    with sqlite3.connect(paths.database) as before:
        entries = before.execute("SELECT id, action, summary FROM audit_entry ORDER BY id").fetchall()
    db = open_database(paths)
    try:
        with db.engine.connect() as connection:
            after = connection.exec_driver_sql("SELECT id, action, summary FROM audit_entry ORDER BY id").fetchall()
            unsealed = connection.exec_driver_sql("SELECT count(*) FROM audit_entry WHERE entry_hash = ''").scalar()
        assert [tuple(row) for row in after] == entries and unsealed == 0
        section = audit_section(db)
        assert section.ok and f"{len(entries)} catatan" in section.checked
    finally:
        db.close()
