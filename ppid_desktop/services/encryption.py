"""Putting a data folder's data under encryption, and finishing a conversion a crash interrupted.

A data folder made by this version is encrypted from its first record (the set-up wizard writes
the key file before the database exists). A folder made by an earlier version holds a plain
database and plain stored files; `encrypt_data_folder` converts it without a moment at which the
data exists only half-converted:

1. the database is exported into an encrypted copy beside it (SQLCipher's `sqlcipher_export`),
   which is checked (integrity, and every table holds as many rows as the original);
2. every stored file is encrypted under its new name beside the plain one (the names differ, so
   both coexist), each checked against its SHA-256 while it is read;
3. the key file is written (the commit point: from here on the folder is encrypted);
4. the encrypted copy replaces the plain database, and the plain stored files, drafts and backups
   are replaced by encrypted ones; the key file's `conversion_pending` is then cleared.

A crash before step 3 leaves the plain folder as it was (the partial copies are removed when the
conversion is tried again). A crash after it is finished by `finish_interrupted_encryption`, which
the window and the command line run right after the folder is unlocked.
"""

from __future__ import annotations

import logging
import os
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from ppid_desktop.domain.errors import UserError, describe_os_error
from ppid_desktop.domain.texts import QT_TR_NOOP
from ppid_desktop.storage import connect, crypto
from ppid_desktop.storage.crypto import KdfParams
from ppid_desktop.storage.keyring import KeyRing, is_encrypted
from ppid_desktop.storage.paths import DataPaths

log = logging.getLogger(__name__)


def verify_database_file(path: Path, key_pragma: str | None = None) -> str | None:
    # storage.database loads SQLAlchemy: not at import, the start-up imports this module early.
    from ppid_desktop.storage.database import verify_database_file as verify

    return verify(path, key_pragma)

ENCRYPTED_COPY_SUFFIX = ".terenkripsi.part"
# done, total, what is being done (a marked Indonesian phrase: tr(what)). The steps are the
# database, each stored file and the key file: during FILES_STEP `done` is the file's number and
# `total` the number of files + OTHER_STEPS (ui/encrypt_dialog.status_text words it "3 dari 10").
Progress = Callable[[int, int, str], None]
FILES_STEP = QT_TR_NOOP("Mengenkripsi berkas tersimpan")
OTHER_STEPS = 2  # the database and the key file


class EncryptionCancelled(Exception):
    pass


@dataclass(frozen=True)
class NewKeys:
    """The keys of a folder about to be encrypted: the recovery key to show once, and the data key."""

    recovery_secret: bytes = field(repr=False)

    @staticmethod
    def generate() -> NewKeys:
        return NewKeys(crypto.new_recovery_key())

    @property
    def recovery_text(self) -> str:
        return crypto.format_recovery_key(self.recovery_secret)

    @property
    def data_key(self) -> bytes:
        return crypto.data_key_from_recovery(self.recovery_secret)


def encrypted_copy_of(paths: DataPaths) -> Path:
    return paths.database.with_name(paths.database.name + ENCRYPTED_COPY_SUFFIX)


def _table_counts(connection: connect.Connection) -> dict[str, int]:
    names = [name for (name,) in connection.execute(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND sql NOT LIKE 'CREATE VIRTUAL%'"
    )]
    return {name: connection.execute(f'SELECT count(*) FROM "{name}"').fetchone()[0] for name in names}


def export_encrypted(source: Path, target: Path, data_key: bytes, source_key_pragma: str | None = None) -> None:
    """Write an encrypted copy of the database `source` as `target` and check it. UserError
    (nothing left behind) when the disk is full or the copy does not match."""
    for leftover in (target, Path(f"{target}-wal"), Path(f"{target}-shm"), Path(f"{target}-journal")):
        leftover.unlink(missing_ok=True)
    try:
        plain = connect.connect(source, source_key_pragma)
        try:
            counts = _table_counts(plain)
            plain.execute(f"ATTACH DATABASE ? AS encrypted KEY \"x'{crypto.database_key(data_key).hex()}'\"", (str(target),))
            plain.execute("SELECT sqlcipher_export('encrypted')")
            plain.execute("DETACH DATABASE encrypted")
        finally:
            plain.close()
        key_pragma = crypto.sqlcipher_key_pragma(data_key)
        problem = verify_database_file(target, key_pragma)
        if problem is None:
            copy = connect.connect(target, key_pragma, readonly=True)
            try:
                if _table_counts(copy) != counts:
                    problem = QT_TR_NOOP("jumlah baris berbeda dari aslinya")
            finally:
                copy.close()
        if problem is not None:
            raise UserError(QT_TR_NOOP("Salinan terenkripsi basis data tidak sama dengan aslinya ({problem}). Data tidak diubah; "
                            "jalankan \"ppid-desktop check\" dan hubungi petugas TI."), problem=problem)
    except (OSError, connect.Error) as exc:
        target.unlink(missing_ok=True)
        reason = describe_os_error(exc) if isinstance(exc, OSError) else str(exc)
        raise UserError(QT_TR_NOOP("Basis data tidak dapat dienkripsi ({reason}). Periksa ruang disk (diperlukan ruang sebesar "
                        "basis data), lalu coba lagi. Data tidak diubah."), reason=reason) from exc
    except BaseException:
        target.unlink(missing_ok=True)
        raise


def _plain_stored_files(paths: DataPaths) -> list[Path]:
    """Stored files under their plain names (a SHA-256) that an encrypted folder does not use."""
    if not paths.files.is_dir():
        return []
    return sorted(path for path in paths.files.glob("??/*")
                  if path.is_file() and len(path.name) == 64 and path.parent.name == path.name[:2]
                  and not crypto.is_encrypted_file(path))


def _encrypt_stored_file(plain: Path, unlocked: DataPaths) -> Path | None:
    """Encrypt one plain stored file under its encrypted name. Returns the new file (None when it
    was already there, or when the plain file no longer matches its name). Not FileStore.put: that
    names a file by what it reads, so an altered file would land under another name, possibly an
    existing file's; here the name is given and the content checked against it."""
    import hashlib

    from ppid_desktop.storage.filestore import FileStore

    sha256 = plain.name
    target = FileStore(unlocked).path_of(sha256)
    name = target.name
    if target.exists():
        return None
    partial = target.with_name(f".{name}.enkripsi.part")
    target.parent.mkdir(parents=True, exist_ok=True)
    digest = hashlib.sha256()
    try:
        with open(plain, "rb") as reader, open(partial, "wb") as writer:
            crypto.encrypt_file(unlocked.key, reader, writer, on_chunk=digest.update)  # type: ignore[arg-type]
            writer.flush()
            os.fsync(writer.fileno())
        if digest.hexdigest() != sha256:
            # Altered before the conversion: keep it plain for `ppid-desktop check` to report.
            partial.unlink()
            log.warning("stored file %s does not match its name; left as it is", plain)
            return None
        os.replace(partial, target)
        return target
    except BaseException:
        partial.unlink(missing_ok=True)
        raise


def encrypt_data_folder(paths: DataPaths, keys: NewKeys, admin: tuple[str, str], *, kdf: KdfParams | None = None,
                        progress: Progress | None = None, cancelled: Callable[[], bool] = lambda: False) -> DataPaths:
    """Encrypt a plain data folder (closed: no window or command has it open). Returns the folder
    unlocked with its data key. `admin` is the first account's (username, password), written into
    the key file; the caller adds its row to the database afterwards."""
    if is_encrypted(paths):
        raise UserError(QT_TR_NOOP("Data di folder \"{root}\" sudah terenkripsi."), root=paths.root)
    if not paths.database.exists():
        raise UserError(QT_TR_NOOP("Folder \"{root}\" belum berisi basis data PPID Desktop."), root=paths.root)
    problem = verify_database_file(paths.database)
    if problem is not None:
        raise UserError(QT_TR_NOOP("Basis data tidak lolos pemeriksaan ({problem}), sehingga tidak dienkripsi. Pulihkan dari "
                        "cadangan lebih dahulu (ppid-desktop restore)."), problem=problem)
    unlocked = paths.unlocked(keys.data_key)
    files = _plain_stored_files(paths)
    total = len(files) + OTHER_STEPS

    def step(done: int, what: str) -> None:
        if cancelled():
            raise EncryptionCancelled()
        if progress is not None:
            progress(done, total, what)

    copy, made = encrypted_copy_of(paths), []
    try:
        step(0, QT_TR_NOOP("Mengenkripsi basis data"))
        export_encrypted(paths.database, copy, keys.data_key)
        for done, plain in enumerate(files, start=1):
            step(done, FILES_STEP)  # the count is in done/total
            if (encrypted := _encrypt_stored_file(plain, unlocked)) is not None:
                made.append(encrypted)
        step(total - 1, QT_TR_NOOP("Menyimpan berkas kunci"))
        KeyRing.create(paths, keys.recovery_secret, admin, kdf, converting=True)  # the commit point
    except BaseException:
        # Nothing of this attempt stays: a new attempt has a new key, and so new names.
        copy.unlink(missing_ok=True)
        for encrypted in made:
            encrypted.unlink(missing_ok=True)
        raise
    finish_interrupted_encryption(unlocked)
    if progress is not None:
        progress(total, total, QT_TR_NOOP("Selesai"))
    return unlocked


def finish_interrupted_encryption(unlocked: DataPaths, ring: KeyRing | None = None) -> bool:
    """Complete step 4 of a conversion (see the module notes) if the key file says one is not
    done. Cheap when none is (the usual start: `ring` is the key ring the caller already read);
    returns whether there was anything to do. UserError, with nothing removed and the conversion
    still pending, when the encrypted database cannot be put in place now."""
    from ppid_desktop.services.drafts import seal_plain_drafts
    from ppid_desktop.storage.filestore import FileStore

    ring = ring if ring is not None else KeyRing.load(unlocked)
    if ring is None or not ring.conversion_pending:
        return False
    copy = encrypted_copy_of(unlocked)
    did = False
    if verify_database_file(unlocked.database, unlocked.key_pragma) is not None:
        problem = verify_database_file(copy, unlocked.key_pragma) if copy.exists() else "salinan terenkripsi tidak ada"
        if problem is not None:  # keep everything: a held file (antivirus) may let go at the next start
            raise UserError(QT_TR_NOOP("Enkripsi data yang terputus belum dapat diselesaikan ({problem}). Tutup program lain yang "
                            "mungkin membuka folder data (misalnya antivirus), lalu buka PPID Desktop lagi. Bila tetap "
                            "gagal, hubungi petugas TI; jangan menghapus apa pun di folder data."), problem=problem)
        # The plain database's WAL belongs to it (the export already holds its content):
        # left beside the encrypted file, SQLite would try to apply it.
        for suffix in ("-wal", "-shm"):
            Path(f"{unlocked.database}{suffix}").unlink(missing_ok=True)
        os.replace(copy, unlocked.database)
        log.info("encrypted database put in place of the plain one")
        did = True
    copy.unlink(missing_ok=True)  # a leftover beside a database that is encrypted already
    store = FileStore(unlocked)
    for plain in _plain_stored_files(unlocked):
        _encrypt_stored_file(plain, unlocked)
        if store.path_of(plain.name).exists():
            plain.unlink()
            did = True
    did = _encrypt_backups(unlocked) or did
    did = bool(seal_plain_drafts(unlocked)) or did
    ring.conversion_finished()
    return did


def _encrypt_backups(unlocked: DataPaths) -> bool:
    """Replace each plain backup with an encrypted copy (a backup no key opens stays as it is)."""
    did = False
    for backup in sorted(unlocked.backups.glob("*.sqlite3")) if unlocked.backups.is_dir() else []:
        if verify_database_file(backup, unlocked.key_pragma) is None:
            continue  # already encrypted with this folder's key
        if verify_database_file(backup) is not None:
            continue  # neither plain nor ours: leave it for a person to look at
        partial = backup.with_name(backup.name + ENCRYPTED_COPY_SUFFIX)
        export_encrypted(backup, partial, unlocked.key)  # type: ignore[arg-type]
        os.replace(partial, backup)
        did = True
    return did


SQLITE_HEADER = b"SQLite format 3\x00"


NEW_SETUP_MARKER = "penyiapan-belum-selesai"


def begin_new_setup(paths: DataPaths) -> None:
    """Mark that the database about to be made is a new office's, whose key file the set-up
    wizard writes only at its end: a set-up killed before then leaves an encrypted database no
    key opens, which the next start must discard rather than take for a lost key file."""
    (paths.root / NEW_SETUP_MARKER).write_text(
        "PPID Desktop: penyiapan kantor baru sedang berjalan atau terputus. Jangan dihapus.\n", encoding="utf-8")


def end_new_setup(paths: DataPaths) -> None:
    (paths.root / NEW_SETUP_MARKER).unlink(missing_ok=True)


def folder_state(paths: DataPaths) -> str:
    """"new" (no database yet, or the database of a set-up cut off before its key file was
    written: removed here), "plain" (a database of an earlier version, not encrypted) or
    "encrypted" (a database no key file opens: keys.json is gone). A folder with a key file is
    signed into and never asked about here."""
    if (paths.root / NEW_SETUP_MARKER).exists() and not is_encrypted(paths):
        _set_aside_cut_off_setup(paths)
        end_new_setup(paths)
        return "new"
    try:
        with open(paths.database, "rb") as handle:
            header = handle.read(len(SQLITE_HEADER))
    except FileNotFoundError:
        return "new"
    except OSError as exc:
        raise UserError(QT_TR_NOOP("Basis data \"{database}\" tidak dapat dibaca ({reason}). Periksa izin "
                        "folder data, lalu coba lagi."), database=paths.database, reason=describe_os_error(exc)) from exc
    if not header:
        return "new"
    return "plain" if header == SQLITE_HEADER else "encrypted"


def discard_unfinished_plain_setup(paths: DataPaths) -> bool:
    """Remove a plain database that holds no office and no record (a set-up of an earlier
    version left before its end), so the new set-up starts encrypted. False: it holds data."""
    try:
        connection = connect.connect(paths.database, readonly=True)
        try:
            tables = {name for (name,) in connection.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
            holds = any(connection.execute(f'SELECT 1 FROM "{table}" LIMIT 1').fetchone()
                        for table in ("office", "exempt_record", "officer") if table in tables)
        finally:
            connection.close()
    except connect.Error:
        return False  # not readable as it is: leave it for the damaged-database path
    if holds:
        return False
    remove_database_files(paths)
    log.info("an empty plain database of an unfinished set-up was removed")
    return True


def _set_aside_cut_off_setup(paths: DataPaths) -> None:
    """Move the database of a set-up cut off before its key file to backups/ (never deleted: had
    the mark outlived its set-up and keys.json then been lost, this would be the office's data,
    which its recovery key still opens)."""
    if not paths.database.exists():
        return
    from datetime import datetime

    aside = paths.backups / f"penyiapan-terputus-{datetime.now():%Y%m%d-%H%M%S}.sqlite3"
    paths.backups.mkdir(parents=True, exist_ok=True)
    for suffix in ("-wal", "-shm"):
        Path(f"{paths.database}{suffix}").unlink(missing_ok=True)  # a closed database's: its content is in the file
    os.replace(paths.database, aside)
    log.info("the database of a set-up cut off before its key file was set aside as %s", aside)


def remove_database_files(paths: DataPaths) -> None:
    """Remove the database of a folder that has no key file (a set-up given up before its end)."""
    if is_encrypted(paths):
        raise UserError(QT_TR_NOOP("Basis data folder yang sudah terenkripsi tidak dihapus."))
    for path in (paths.database, Path(f"{paths.database}-wal"), Path(f"{paths.database}-shm")):
        path.unlink(missing_ok=True)
