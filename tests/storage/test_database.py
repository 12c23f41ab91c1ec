"""The database opens, migrates with a backup first, and explains its failures in Indonesian."""

from __future__ import annotations

from ppid_desktop.storage.connect import driver as sqlite3  # the app's SQLite: two SQLite libraries on one file break each other's locks
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import text

from ppid_desktop.domain.errors import UserError
from ppid_desktop.storage.database import head_revision, migrate, open_database
from ppid_desktop.storage.models import Base
from ppid_desktop.storage.paths import DataPaths, is_network_path, refuse_network_data_dir, resolve_data_dir
from ppid_desktop.storage.search import is_search_index_name


def test_models_and_migrations_agree(db) -> None:
    def include_name(name, type_, _parents):
        return not (type_ == "table" and is_search_index_name(name))

    with db.engine.connect() as connection:
        context = MigrationContext.configure(connection, opts={"compare_type": True, "include_name": include_name})
        diff = compare_metadata(context, Base.metadata)
    assert diff == []


def test_fresh_database_is_at_head_with_wal_and_foreign_keys(db) -> None:
    with db.engine.connect() as connection:
        assert connection.execute(text("SELECT version_num FROM alembic_version")).scalar() == head_revision()
        assert connection.execute(text("PRAGMA journal_mode")).scalar() == "wal"
        assert connection.execute(text("PRAGMA foreign_keys")).scalar() == 1
        with pytest.raises(Exception, match="FOREIGN KEY"):
            connection.execute(text("INSERT INTO officer_role (officer_id, role_code) VALUES (999, 'ppid')"))


def test_no_backup_for_a_new_database_and_none_when_already_current(data_paths: DataPaths) -> None:
    open_database(data_paths).close()
    assert list(data_paths.backups.iterdir()) == []
    assert migrate(data_paths) is None


def test_an_outdated_database_is_backed_up_before_migrating(data_paths: DataPaths) -> None:
    open_database(data_paths).close()
    with sqlite3.connect(data_paths.database) as connection:
        connection.execute("INSERT INTO unit (name, code, active, created_at) VALUES ('Bagian Umum', '', 1, '2024-01-01 00:00:00')")
        connection.execute("UPDATE alembic_version SET version_num = 'older'")
    # 'older' is not a known revision: this database claims to be newer than the app.
    with pytest.raises(UserError, match="versi PPID Desktop yang lebih baru"):
        migrate(data_paths)
    with sqlite3.connect(data_paths.database) as connection:
        # Schema present but never stamped: drop every table, keep one of the user's own.
        connection.execute("DROP TABLE exempt_record_fts")
        connection.execute("PRAGMA foreign_keys=OFF")
        tables = [name for (name,) in connection.execute("SELECT name FROM sqlite_master WHERE type='table' AND name NOT LIKE 'sqlite_%'")]
        for table in tables:
            connection.execute(f"DROP TABLE {table}")
        connection.execute("CREATE TABLE keep_me (x)")
        connection.execute("INSERT INTO keep_me VALUES ('data lama')")
    backup = migrate(data_paths)
    assert backup is not None and Path(backup).exists()
    with sqlite3.connect(backup) as copy:
        assert copy.execute("SELECT x FROM keep_me").fetchall() == [("data lama",)]
    with sqlite3.connect(data_paths.database) as connection:
        assert connection.execute("SELECT x FROM keep_me").fetchall() == [("data lama",)]


def test_garbage_file_is_refused_with_advice_and_left_untouched(data_paths: DataPaths) -> None:
    data_paths.ensure()
    data_paths.database.write_bytes(b"this is not a database" * 100)
    with pytest.raises(UserError, match="rusak atau bukan basis data"):
        open_database(data_paths)
    assert data_paths.database.read_bytes() == b"this is not a database" * 100


def test_locked_database_gives_a_clear_message(office_db, monkeypatch) -> None:
    import ppid_desktop.storage.database as database

    from ppid_desktop.services.office import add_unit, list_units
    from ppid_desktop.domain.office import UnitDraft

    monkeypatch.setattr(database, "BUSY_TIMEOUT_MS", 50)
    office_db.engine.dispose()
    blocker = sqlite3.connect(office_db.paths.database)
    blocker.execute("BEGIN EXCLUSIVE")
    try:
        with pytest.raises(UserError, match="sedang dikunci"):
            add_unit(office_db, UnitDraft("Bagian Baru"))
    finally:
        blocker.rollback()
        blocker.close()
    assert "Bagian Baru" not in [u.name for u in list_units(office_db)]


MOUNTS = """\
/dev/sda1 / ext4 rw 0 0
//fileserver/ppid /mnt/share cifs rw 0 0
server:/export /srv/nfs nfs4 rw 0 0
/dev/sdb1 /mnt/share/local ext4 rw 0 0
"""


@pytest.mark.parametrize(
    ("path", "network"),
    [
        ("/home/clerk/data", False),
        ("/mnt/share/ppid", True),
        ("/srv/nfs/x", True),
        ("/mnt/share/local/data", False),  # a local disk mounted inside the share's folder
        ("/mnt/shared", False),  # a prefix of a mount point name is not inside it
    ],
)
def test_network_mounts_are_recognised(path: str, network: bool) -> None:
    assert is_network_path(Path(path), MOUNTS) is network


def test_unc_paths_are_network_paths() -> None:
    assert is_network_path(Path("//server/share/ppid"))
    assert is_network_path(Path(r"\\server\share\ppid"))


def test_data_folder_on_a_share_is_refused_in_indonesian() -> None:
    with pytest.raises(UserError, match="drive jaringan"):
        refuse_network_data_dir(DataPaths(Path("/mnt/share/ppid")), MOUNTS)


def test_data_dir_comes_from_flag_then_environment(monkeypatch, tmp_path: Path) -> None:
    monkeypatch.setenv("PPID_DESKTOP_DATA_DIR", str(tmp_path / "env"))
    assert resolve_data_dir(None).root == tmp_path / "env"
    assert resolve_data_dir(tmp_path / "flag").root == tmp_path / "flag"
    monkeypatch.delenv("PPID_DESKTOP_DATA_DIR")
    assert "PPID Desktop" in str(resolve_data_dir(None).root)


def test_schema_head_constant_matches_the_newest_migration() -> None:
    from alembic.script import ScriptDirectory

    from ppid_desktop.storage.database import SCHEMA_HEAD, alembic_config

    assert ScriptDirectory.from_config(alembic_config()).get_current_head() == SCHEMA_HEAD


def test_a_data_folder_that_is_a_file_is_refused_in_plain_words(tmp_path) -> None:
    from ppid_desktop.domain.errors import UserError
    from ppid_desktop.storage.paths import DataPaths

    a_file = tmp_path / "catatan.txt"
    a_file.write_text("bukan folder")
    with pytest.raises(UserError, match="adalah sebuah berkas, bukan folder"):
        DataPaths(a_file).ensure()
    assert a_file.read_text() == "bukan folder"
