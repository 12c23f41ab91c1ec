"""Backups of the database: verified copies, rotated, and a restore that can be undone."""

from __future__ import annotations

import sqlite3
from datetime import datetime, timedelta

import pytest

from ppid_desktop.domain.errors import UserError
from ppid_desktop.services import backups
from ppid_desktop.services.backups import daily_backup_due, list_backups, restore_backup, take_backup, take_daily_backup_if_due
from ppid_desktop.services.records import list_records
from ppid_desktop.storage.database import open_database
from tests.conftest import make_record


def titles_in(path) -> list[str]:
    with sqlite3.connect(path) as connection:
        return sorted(row[0] for row in connection.execute("SELECT title FROM exempt_record"))


def test_a_backup_is_a_complete_copy_that_lists_newest_first(office_db) -> None:
    make_record(office_db, "Rekam medis pegawai")
    first = take_backup(office_db.paths, "manual", datetime(2026, 11, 30, 8, 0, 0))
    make_record(office_db, "Dokumen lelang")
    second = take_backup(office_db.paths, "manual", datetime(2026, 11, 30, 9, 0, 0))

    assert titles_in(first) == ["Rekam medis pegawai"]
    assert titles_in(second) == ["Dokumen lelang", "Rekam medis pegawai"]
    assert [b.path for b in list_backups(office_db.paths)] == [second, first]
    assert list_backups(office_db.paths)[0].label == "Dibuat manual"


def test_old_copies_beyond_the_quota_go_once_a_new_one_is_safe(office_db, monkeypatch) -> None:
    monkeypatch.setitem(backups.KEEP, "sebelum-impor", 2)
    start = datetime(2026, 11, 30, 8, 0, 0)
    made = [take_backup(office_db.paths, "sebelum-impor", start + timedelta(minutes=i)) for i in range(4)]
    manual = take_backup(office_db.paths, "manual", start)
    kept = [b.path for b in list_backups(office_db.paths)]
    assert kept == [made[3], made[2], manual]


def test_one_daily_backup_a_day(office_db) -> None:
    morning = datetime(2026, 11, 30, 7, 30)
    assert daily_backup_due(office_db.paths, morning)
    assert take_daily_backup_if_due(office_db.paths, morning) is not None
    assert take_daily_backup_if_due(office_db.paths, morning + timedelta(hours=5)) is None
    assert take_daily_backup_if_due(office_db.paths, morning + timedelta(days=1)) is not None


def test_a_backup_folder_that_cannot_be_written_is_explained_and_changes_nothing(office_db) -> None:
    make_record(office_db, "Rekam medis pegawai")
    if office_db.paths.backups.exists():
        office_db.paths.backups.rmdir()
    office_db.paths.backups.write_text("bukan folder")  # as if the backup place were unusable
    with pytest.raises(UserError, match="Cadangan basis data tidak dapat dibuat"):
        take_backup(office_db.paths, "manual")
    assert [r.title for r in list_records(office_db)] == ["Rekam medis pegawai"]


def test_restore_puts_the_copy_back_and_keeps_the_database_as_it_was(office_db) -> None:
    make_record(office_db, "Rekam medis pegawai")
    copy = take_backup(office_db.paths, "manual")
    make_record(office_db, "Dibuat sesudah cadangan")
    paths = office_db.paths
    office_db.close()

    kept = restore_backup(paths, copy)

    assert titles_in(paths.database) == ["Rekam medis pegawai"]
    assert kept is not None and titles_in(kept) == ["Dibuat sesudah cadangan", "Rekam medis pegawai"]
    db = open_database(paths)  # the restored database opens and works
    try:
        assert [r.title for r in list_records(db)] == ["Rekam medis pegawai"]
    finally:
        db.close()


def test_a_damaged_backup_is_refused_and_nothing_changes(office_db, tmp_path) -> None:
    make_record(office_db, "Rekam medis pegawai")
    paths = office_db.paths
    office_db.close()
    damaged = tmp_path / "rusak.sqlite3"
    damaged.write_bytes(b"bukan basis data" * 100)
    before = paths.database.read_bytes()

    with pytest.raises(UserError, match="rusak atau bukan basis data PPID Desktop"):
        restore_backup(paths, damaged)
    assert paths.database.read_bytes() == before


def test_a_damaged_database_is_set_aside_before_the_restore(office_db) -> None:
    copy = take_backup(office_db.paths, "manual")
    paths = office_db.paths
    office_db.close()
    paths.database.write_bytes(b"rusak" * 1000)
    for suffix in ("-wal", "-shm"):
        (paths.database.parent / (paths.database.name + suffix)).unlink(missing_ok=True)

    kept = restore_backup(paths, copy)

    assert kept is not None and kept.read_bytes() == b"rusak" * 1000
    assert any(b.kind == "rusak" for b in list_backups(paths))
    assert titles_in(paths.database) == []


def test_the_newest_good_backup_skips_damaged_copies(office_db) -> None:
    from ppid_desktop.services.backups import database_is_damaged, newest_good_backup

    good = take_backup(office_db.paths, "harian", datetime(2026, 11, 29, 8, 0))
    bad = take_backup(office_db.paths, "manual", datetime(2026, 11, 30, 8, 0))
    bad.write_bytes(b"rusak" * 500)
    assert newest_good_backup(office_db.paths).path == good
    assert not database_is_damaged(office_db.paths)
