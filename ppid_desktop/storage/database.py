"""Opening the database: pragmas, the migration run with a backup first, friendly errors.

Start-up order (STYLE.md): paths -> logging -> excepthook -> backup if the schema is
behind -> Alembic upgrade on one connection -> dispose -> the application's engine.
"""

from __future__ import annotations

import logging
import os
import shutil
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from sqlalchemy import Engine, create_engine, event, text
from sqlalchemy.exc import DatabaseError, OperationalError
from sqlalchemy.orm import Session, sessionmaker

from ppid_desktop.domain.errors import UserError, describe_os_error
from ppid_desktop.domain.texts import QT_TR_NOOP
from ppid_desktop.storage import audit_chain, connect
from ppid_desktop.storage.paths import DataPaths, refuse_network_data_dir
from ppid_desktop.storage.revision import BUSY_TIMEOUT_MS, SCHEMA_HEAD, stored_revision

log = logging.getLogger(__name__)

MIGRATIONS_DIR = Path(__file__).with_name("migrations")
PAGE_CACHE_KIB = 32 * 1024


def _set_sqlite_pragmas(dbapi_connection: connect.Connection, _record: object) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
    cursor.execute("PRAGMA journal_mode=WAL")
    # FULL: a transaction the clerk was told is saved survives a power cut.
    cursor.execute("PRAGMA synchronous=FULL")
    # SQLCipher decrypts a page each time it enters the page cache; SQLite's default cache (2 MB)
    # made sorted searches over 100,000 records re-read and re-decrypt the same pages, 3-4x slower
    # than unencrypted (bench/bench_search.py). Pages are allocated only as they are used.
    cursor.execute(f"PRAGMA cache_size=-{PAGE_CACHE_KIB}")
    cursor.close()


def make_engine(database_file: Path, key_pragma: str | None = None) -> Engine:
    """An engine whose every connection comes from storage/connect.py (the key applied first)."""
    engine = create_engine(
        f"sqlite:///{database_file}", module=connect.driver, future=True,
        creator=lambda: connect.connect(database_file, key_pragma, check_same_thread=False),
    )
    event.listen(engine, "connect", _set_sqlite_pragmas)
    return engine


def alembic_config():  # type: ignore[no-untyped-def]  # alembic.config.Config, imported late
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    return config


def head_revision() -> str:
    return SCHEMA_HEAD


def translate_db_error(exc: Exception, database_file: Path, key_pragma: str | None = None) -> UserError:
    """An Indonesian message, with what to do, for the ways opening a database fails."""
    message = str(getattr(exc, "orig", exc)).lower()
    if "locked" in message or "busy" in message:
        return UserError(
            QT_TR_NOOP("Basis data \"{file}\" sedang dikunci oleh program lain (mungkin PPID Desktop "
                       "masih terbuka di jendela lain). Tutup program tersebut, lalu coba lagi."),
            file=database_file,
        )
    if "not a database" in message and key_pragma is not None:
        return UserError(
            QT_TR_NOOP("Basis data \"{file}\" tidak dapat dibuka dengan kunci folder data ini: berkasnya rusak, "
                       "atau berasal dari folder data lain. Jangan menghapusnya; pulihkan dari salinan cadangan di folder "
                       "\"backups\" atau hubungi petugas TI."),
            file=database_file,
        )
    if "not a database" in message or "malformed" in message or "corrupt" in message:
        return UserError(
            QT_TR_NOOP("Berkas basis data \"{file}\" rusak atau bukan basis data PPID Desktop. Jangan "
                       "menghapusnya; pulihkan dari salinan cadangan di folder \"backups\" atau hubungi petugas TI."),
            file=database_file,
        )
    if "disk" in message and ("full" in message or "i/o" in message):
        return UserError(
            QT_TR_NOOP("Disk penuh atau tidak dapat ditulisi, sehingga perubahan tidak disimpan. Kosongkan ruang "
                       "disk, lalu coba lagi. Data yang sudah tersimpan tetap aman.")
        )
    if "readonly" in message or "read-only" in message or "unable to open" in message:
        return UserError(
            QT_TR_NOOP("Basis data \"{file}\" tidak dapat dibuka untuk ditulisi. Periksa izin folder "
                       "data atau pilih folder lain dengan --data-dir."),
            file=database_file,
        )
    return UserError(QT_TR_NOOP("Basis data tidak dapat dibuka: {reason}. Hubungi petugas TI."),
                     reason=str(getattr(exc, "orig", exc)))


def backup_database(source: Path, destination: Path, key_pragma: str | None = None) -> Path:
    """A consistent copy through SQLite's online backup API (not a copy of a live file),
    encrypted with the same key as the source, verified with an integrity check before it takes
    its name. Raises UserError (Indonesian)."""
    partial = destination.with_suffix(destination.suffix + ".part")
    try:
        destination.parent.mkdir(parents=True, exist_ok=True)
        src = connect.connect(source, key_pragma, readonly=True)
        try:
            dst = connect.connect(partial, key_pragma)
            try:
                src.backup(dst)
                ok = dst.execute("PRAGMA integrity_check").fetchone()[0]
            finally:
                dst.close()
        finally:
            src.close()
        if ok != "ok":
            raise UserError(QT_TR_NOOP("Salinan cadangan basis data gagal diverifikasi ({result}). Basis data tidak diubah; "
                                       "jalankan \"ppid-desktop check\"."), result=str(ok))
        partial.replace(destination)
    except (OSError, connect.Error) as exc:
        _remove_quietly(partial)
        raise UserError(
            QT_TR_NOOP("Cadangan basis data tidak dapat dibuat di \"{folder}\" ({reason}). "
                       "Periksa ruang disk dan izin folder cadangan, lalu coba lagi; basis data tidak diubah."),
            folder=destination.parent, reason=describe_os_error(exc) if isinstance(exc, OSError) else str(exc),
        ) from exc
    except BaseException:
        _remove_quietly(partial)
        raise
    return destination


def _remove_quietly(path: Path) -> None:
    try:
        path.unlink(missing_ok=True)
    except OSError:  # its folder is gone or not a folder: nothing was left there
        pass


def verify_database_file(path: Path, key_pragma: str | None = None) -> str | None:
    """None when `path` is a database this key opens and it passes its integrity check, else why not."""
    try:
        connection = connect.connect(path, key_pragma, readonly=True)
        try:
            result = connection.execute("PRAGMA integrity_check").fetchone()[0]
            connection.execute("SELECT count(*) FROM alembic_version").fetchone()
        finally:
            connection.close()
    except connect.Error as exc:
        return str(exc)
    return None if result == "ok" else str(result)


def replace_database_file(backup: Path, database_file: Path) -> None:
    """Put `backup` in place of the (closed) database: copied beside it under a temporary name,
    flushed, then renamed over it; the old WAL and shared-memory files go first, since they
    belong to the old file. Raises OSError."""
    partial = database_file.with_name(database_file.name + ".pulih.part")
    try:
        with open(backup, "rb") as reader, open(partial, "wb") as writer:
            shutil.copyfileobj(reader, writer, 1024 * 1024)
            writer.flush()
            os.fsync(writer.fileno())
        for suffix in ("-wal", "-shm"):
            Path(str(database_file) + suffix).unlink(missing_ok=True)
        os.replace(partial, database_file)
    finally:
        partial.unlink(missing_ok=True)


def migrate(paths: DataPaths) -> str | None:
    """Bring the schema to head. Returns the path of the backup taken first, if any."""
    database_file = paths.database
    existed = database_file.exists() and database_file.stat().st_size > 0
    try:
        if stored_revision(database_file, paths.key_pragma) == SCHEMA_HEAD:
            return None  # the common case: no Alembic import at all
    except connect.DatabaseError as exc:
        raise translate_db_error(exc, database_file, paths.key_pragma) from exc
    from alembic import command
    from alembic.runtime.migration import MigrationContext
    from alembic.script import ScriptDirectory

    engine = make_engine(database_file, paths.key_pragma)
    backup: str | None = None
    try:
        with engine.connect() as connection:
            current = MigrationContext.configure(connection).get_current_revision()
            head = head_revision()
            if current == head:
                return None
            script = ScriptDirectory.from_config(alembic_config())
            if current is not None and current not in {rev.revision for rev in script.walk_revisions()}:
                raise UserError(
                    QT_TR_NOOP("Basis data ini dibuat oleh versi PPID Desktop yang lebih baru. Pasang versi "
                               "terbaru PPID Desktop; data tidak diubah.")
                )
            if existed:
                stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
                target = paths.backups / f"sebelum-migrasi-{current or 'awal'}-{stamp}.sqlite3"
                backup = str(backup_database(database_file, target, paths.key_pragma))
                log.info("database backed up to %s before migrating %s -> %s", backup, current, head)
            # Batch migrations recreate tables; with foreign keys on, that would cascade.
            connection.exec_driver_sql("PRAGMA foreign_keys=OFF")
            config = alembic_config()
            config.attributes["connection"] = connection
            command.upgrade(config, "head")
            connection.commit()
            problems = connection.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
            if problems:
                raise UserError(QT_TR_NOOP("Migrasi basis data menghasilkan rujukan yang rusak: {problems}. Pulihkan dari {backup}."),
                                problems=str(problems[:3]), backup=str(backup))
            log.info("database migrated %s -> %s", current, head)
    except (OperationalError, DatabaseError) as exc:
        raise translate_db_error(exc, database_file, paths.key_pragma) from exc
    finally:
        engine.dispose()  # the pooled connection still has foreign_keys=OFF
    return backup


@dataclass
class Database:
    """The open database of one data folder."""

    paths: DataPaths
    engine: Engine
    session_factory: sessionmaker[Session]

    @contextmanager
    def session(self) -> Iterator[Session]:
        """A unit of work: committed on success, rolled back on any error."""
        session = self.session_factory()
        try:
            yield session
            if session.info.get(audit_chain.PENDING):  # seal the audit entries this transaction wrote
                session.flush()
                audit_chain.seal(session.connection())
            session.commit()
        except (OperationalError, DatabaseError) as exc:
            session.rollback()
            raise translate_db_error(exc, self.paths.database, self.paths.key_pragma) from exc
        except BaseException:
            session.rollback()
            raise
        finally:
            session.close()

    def integrity_problems(self) -> list[str]:
        with self.engine.connect() as connection:
            rows = connection.execute(text("PRAGMA integrity_check")).fetchall()
            problems = [row[0] for row in rows if row[0] != "ok"]
            problems += [f"rujukan rusak: {tuple(row)}" for row in connection.execute(text("PRAGMA foreign_key_check"))]
        return problems

    def close(self) -> None:
        self.engine.dispose()


def open_database(paths: DataPaths) -> Database:
    """Check the folder, migrate (with a backup first) and open. Raises UserError."""
    refuse_network_data_dir(paths)
    paths.ensure()
    migrate(paths)
    engine = make_engine(paths.database, paths.key_pragma)
    try:
        with engine.connect() as connection:
            connection.execute(text("SELECT 1"))
    except (OperationalError, DatabaseError) as exc:
        engine.dispose()
        raise translate_db_error(exc, paths.database, paths.key_pragma) from exc
    return Database(paths, engine, sessionmaker(engine, expire_on_commit=False))
