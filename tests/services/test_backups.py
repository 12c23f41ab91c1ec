"""Backups of the database: verified copies, rotated, and a restore that can be undone."""

from __future__ import annotations

from ppid_desktop.storage.connect import driver as sqlite3  # the app's SQLite: two SQLite libraries on one file break each other's locks
from datetime import datetime, timedelta

import pytest

from ppid_desktop.domain.errors import UserError
from ppid_desktop.services import backups
from ppid_desktop.services.backups import daily_backup_due, list_backups, restore_backup, take_backup, take_daily_backup_if_due
from ppid_desktop.services.records import list_records
from ppid_desktop.storage.database import open_database
from tests.conftest import make_record


def titles_in(path, key_pragma: str | None = None) -> list[str]:
    connection = sqlite3.connect(path)
    try:
        if key_pragma:
            connection.execute(key_pragma)
        return sorted(row[0] for row in connection.execute("SELECT title FROM exempt_record"))
    finally:
        connection.close()


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


# -- the window's restore check, and the copy on the shared drive --------------------------------

import errno  # noqa: E402
import os  # noqa: E402
from pathlib import Path  # noqa: E402

from ppid_desktop.services.backups import (  # noqa: E402
    SHARE_FOLDER,
    SHARE_KEEP,
    check_backup,
    copy_newest_backup_to_share,
    copy_to_share_if_enabled,
)
from ppid_desktop.services.handover_settings import (  # noqa: E402
    ShareSettings,
    backup_copy_enabled,
    get_share_settings,
    save_share_settings,
    set_backup_copy,
)

OFFICE_FOLDER = "BIRO KESEJAHTERAAN RAKYAT"  # the office of tests/conftest.py's set_up_office


@pytest.fixture
def share(secure_db, tmp_path) -> Path:
    """A shared-drive folder configured as this laptop's outbox."""
    folder = tmp_path / "drive bersama" / "Serah Terima"
    folder.mkdir(parents=True)
    save_share_settings(secure_db.paths, ShareSettings(folder, None))
    return folder


def share_files(share: Path) -> list[str]:
    folder = share / SHARE_FOLDER / OFFICE_FOLDER
    return sorted(p.name for p in folder.iterdir()) if folder.is_dir() else []


def test_check_backup_refuses_a_damaged_copy_before_anything_is_closed(office_db) -> None:
    good = take_backup(office_db.paths, "manual", datetime(2026, 11, 30, 8, 0))
    check_backup(office_db.paths, good)  # no complaint
    good.write_bytes(b"rusak" * 500)
    with pytest.raises(UserError, match="rusak atau bukan basis data PPID Desktop; tidak ada yang diubah"):
        check_backup(office_db.paths, good)


def test_the_newest_backup_is_copied_to_the_share_under_the_office_and_verified(secure_db, share) -> None:
    make_record(secure_db, "Rekam medis pegawai")
    take_backup(secure_db.paths, "harian", datetime(2026, 11, 29, 8, 0))
    newest = take_backup(secure_db.paths, "manual", datetime(2026, 11, 30, 8, 0))

    copy = copy_newest_backup_to_share(secure_db.paths)

    assert copy.copied and copy.source.path == newest
    assert copy.path == share / SHARE_FOLDER / OFFICE_FOLDER / newest.name
    assert copy.path.read_bytes() == newest.read_bytes()
    assert titles_in(copy.path, secure_db.paths.key_pragma) == ["Rekam medis pegawai"]
    assert share_files(share) == [newest.name]  # no partial file beside it
    again = copy_newest_backup_to_share(secure_db.paths)
    assert not again.copied and again.path == copy.path  # the same file: nothing written twice


def test_the_share_keeps_the_newest_seven_of_ours_and_nothing_else_is_touched(secure_db, share) -> None:
    folder = share / SHARE_FOLDER / OFFICE_FOLDER
    folder.mkdir(parents=True)
    (folder / "catatan petugas TI.txt").write_text("jangan dihapus")
    (folder / "harian-lama.sqlite3").write_text("bukan nama kami")
    old_partial = folder / ".harian-20200101-080000.sqlite3.partial"
    old_partial.write_bytes(b"sisa salinan yang terputus")
    long_ago = datetime(2020, 1, 1).timestamp()
    os.utime(old_partial, (long_ago, long_ago))
    start = datetime(2026, 11, 1, 8, 0)
    made = [take_backup(secure_db.paths, "harian", start + timedelta(days=day)) for day in range(SHARE_KEEP + 2)]
    removed = [copy_newest_backup_to_share(secure_db.paths, backup).removed for backup in made]

    assert removed[-1] == 1 and sum(removed) == 2
    assert share_files(share) == sorted([b.name for b in made[-SHARE_KEEP:]] + ["catatan petugas TI.txt", "harian-lama.sqlite3"])


def test_an_existing_different_file_on_the_share_is_never_overwritten(secure_db, share) -> None:
    newest = take_backup(secure_db.paths, "manual", datetime(2026, 11, 30, 8, 0))
    folder = share / SHARE_FOLDER / OFFICE_FOLDER
    folder.mkdir(parents=True)
    (folder / newest.name).write_bytes(b"milik laptop lain")
    with pytest.raises(UserError, match="berbeda isinya; berkas itu tidak ditimpa"):
        copy_newest_backup_to_share(secure_db.paths)
    assert (folder / newest.name).read_bytes() == b"milik laptop lain"


def test_a_share_that_is_gone_is_explained_and_nothing_is_created(secure_db, share) -> None:
    take_backup(secure_db.paths, "manual")
    share.rmdir()
    with pytest.raises(UserError, match="tidak terjangkau, sehingga cadangan tidak disalin"):
        copy_newest_backup_to_share(secure_db.paths)
    assert not share.exists()


def test_a_share_where_our_folder_cannot_be_made_is_explained(secure_db, share) -> None:
    take_backup(secure_db.paths, "manual")
    (share / SHARE_FOLDER).write_text("sebuah berkas, bukan folder")
    with pytest.raises(UserError, match="Cadangan tidak dapat disalin ke folder bersama .*cadangan tetap tersimpan di laptop ini"):
        copy_newest_backup_to_share(secure_db.paths)


def _failing_writes(monkeypatch, share: Path, error: int) -> None:
    """The OS refuses files written on the share (a read-only share), as it would answer."""
    real_open = open

    def refusing_open(file, mode="r", *args, **kwargs):
        if "w" in mode and str(file).startswith(str(share)):
            raise OSError(error, os.strerror(error), str(file))
        return real_open(file, mode, *args, **kwargs)

    from ppid_desktop.services import handover_bag

    for module in (backups, handover_bag):  # the copy is written by handover_bag.hash_file
        monkeypatch.setattr(module, "open", refusing_open, raising=False)


def test_a_read_only_share_is_explained_and_leaves_nothing(secure_db, share, monkeypatch) -> None:
    take_backup(secure_db.paths, "manual")
    _failing_writes(monkeypatch, share, errno.EROFS)
    with pytest.raises(UserError, match="tidak dapat ditulisi \\(disk hanya dapat dibaca\\).*Minta izin tulis"):
        copy_newest_backup_to_share(secure_db.paths)
    assert share_files(share) == []


def test_a_share_that_fills_up_mid_copy_leaves_no_partial_file(secure_db, share, monkeypatch) -> None:
    source = take_backup(secure_db.paths, "manual")
    before = source.read_bytes()
    seen: list[list[str]] = []

    def full_disk(fd: int) -> None:
        seen.append(share_files(share))  # the partial file exists at this moment...
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(backups.os, "fsync", full_disk)
    with pytest.raises(UserError, match="penuh, sehingga cadangan tidak disalin"):
        copy_newest_backup_to_share(secure_db.paths)
    assert seen == [[f".{source.name}.partial"]]
    assert share_files(share) == []  # ...and is gone afterwards
    assert source.read_bytes() == before


def test_a_copy_that_reads_back_different_is_removed_not_renamed(secure_db, share, monkeypatch) -> None:
    source = take_backup(secure_db.paths, "manual")
    real_fsync = os.fsync

    def flaky_network(fd: int) -> None:  # the bytes that reach the share are not the bytes sent
        os.lseek(fd, 100, os.SEEK_SET)
        os.write(fd, b"\0" * 16)
        real_fsync(fd)

    monkeypatch.setattr(backups.os, "fsync", flaky_network)
    with pytest.raises(UserError, match="berbeda dari aslinya .* sehingga dihapus"):
        copy_newest_backup_to_share(secure_db.paths)
    assert share_files(share) == []
    assert source.is_file()


def test_a_copy_not_allowed_is_refused_before_anything_is_written(secure_db, share, monkeypatch) -> None:
    take_backup(secure_db.paths, "manual")
    monkeypatch.setattr(backups, "share_copy_allowed", lambda paths: False)
    with pytest.raises(UserError, match="tidak terenkripsi"):
        copy_newest_backup_to_share(secure_db.paths)
    assert not (share / SHARE_FOLDER).exists()


def test_without_a_share_folder_the_copy_says_where_to_set_one(secure_db) -> None:
    take_backup(secure_db.paths, "manual")
    with pytest.raises(UserError, match="folder bersama belum diatur"):
        copy_newest_backup_to_share(secure_db.paths)


def test_the_daily_copy_setting_is_off_by_default_and_survives_a_change_of_folders(secure_db, share, tmp_path) -> None:
    paths = secure_db.paths
    take_backup(paths, "harian")
    assert not backup_copy_enabled(paths)
    assert copy_to_share_if_enabled(paths) is None and share_files(share) == []
    set_backup_copy(paths, True)
    other = tmp_path / "drive lain"
    other.mkdir()
    save_share_settings(paths, ShareSettings(other, None))  # as `package share --outbox` does
    assert backup_copy_enabled(paths) and get_share_settings(paths).outbox_folder == other
    copied = copy_to_share_if_enabled(paths)
    assert copied is not None and copied.path.parent == other / SHARE_FOLDER / OFFICE_FOLDER
    save_share_settings(paths, ShareSettings(other, None), copy_backups=False)
    assert not backup_copy_enabled(paths)


def test_the_copy_cannot_be_switched_on_without_a_share_folder(data_paths) -> None:
    with pytest.raises(UserError, match="folder bersama belum diatur"):
        set_backup_copy(data_paths, True)
    with pytest.raises(UserError, match="folder bersama belum diatur"):
        save_share_settings(data_paths, ShareSettings(None, None), copy_backups=True)
    assert not backup_copy_enabled(data_paths)


def test_a_folder_whose_data_is_not_encrypted_never_copies_its_database_to_the_share(office_db, tmp_path) -> None:
    folder = tmp_path / "drive bersama"
    folder.mkdir()
    save_share_settings(office_db.paths, ShareSettings(folder, None))
    take_backup(office_db.paths, "manual")
    with pytest.raises(UserError):
        copy_newest_backup_to_share(office_db.paths)
    assert list(folder.iterdir()) == []


def test_the_copy_on_the_share_reveals_nothing_without_the_key(secure_db, share) -> None:
    make_record(secure_db, "Rekam medis pegawai")
    take_backup(secure_db.paths, "manual")
    copy = copy_newest_backup_to_share(secure_db.paths)
    content = copy.path.read_bytes()
    assert b"SQLite format 3" not in content and "Rekam medis".encode() not in content

