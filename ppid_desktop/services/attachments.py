"""Attached files as the clerk sees them: list with who and when, open a copy, save a copy.

The stored file itself (storage/filestore.py) is never handed out: a program opening it could
change it in place, and in an encrypted data folder it is not readable anyway. "Buka salinan"
gives a read-only copy under the original name in a folder of its own under the system's
temporary folder; "Simpan salinan" writes a copy where the clerk chooses. Both read the stored
file through the store (decrypted and authenticated block by block where the folder is
encrypted), write it under a temporary name, flush it to disk, check the SHA-256 and size of what
landed on disk against the attachment row, and only then rename: a copy that is not
byte-identical never appears under its final name, and a stored file that was altered, cut short
or swapped for another is refused, not passed on.
"""

from __future__ import annotations

import errno
import hashlib
import os
import shutil
import stat
import tempfile
import time
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from sqlalchemy import select

from ppid_desktop.domain.errors import UserError, describe_os_error
from ppid_desktop.domain.texts import QT_TR_NOOP
from ppid_desktop.domain.winnames import safe_component
from ppid_desktop.storage.database import Database
from ppid_desktop.storage.filestore import FileStore, StoredFileDamaged
from ppid_desktop.storage.models import Attachment, Officer
from ppid_desktop.storage.paths import DataPaths

CHUNK = 1024 * 1024
OPENED_COPIES_FOLDER = "ppid-desktop-salinan"
# Copies opened for reading are left for the program that shows them; older ones are cleared.
OPENED_COPY_LIFETIME_SECONDS = 24 * 60 * 60
_FULL = {errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC)}


@dataclass(frozen=True)
class AttachmentInfo:
    id: int
    record_id: int
    stage_code: str
    original_name: str
    size: int
    media_type: str
    sha256: str
    added_at: datetime
    added_by: str  # the officer's name, "" when unknown (imported, or attached before set-up)


def list_attachments(db: Database, record_id: int) -> list[AttachmentInfo]:
    """The record's attached files, oldest first."""
    with db.session() as session:
        rows = session.execute(
            select(Attachment, Officer.name)
            .outerjoin(Officer, Officer.id == Attachment.added_by_id)
            .where(Attachment.record_id == record_id)
            .order_by(Attachment.id)
        ).all()
        return [_info(row, name) for row, name in rows]


def attachment_info(db: Database, attachment_id: int) -> AttachmentInfo:
    with db.session() as session:
        found = session.execute(
            select(Attachment, Officer.name)
            .outerjoin(Officer, Officer.id == Attachment.added_by_id)
            .where(Attachment.id == attachment_id)
        ).first()
        if found is None:
            raise UserError(QT_TR_NOOP("Lampiran tidak ditemukan; mungkin daftar sudah berubah. Muat ulang daftar, lalu coba lagi."))
        return _info(found[0], found[1])


def _info(row: Attachment, officer_name: str | None) -> AttachmentInfo:
    return AttachmentInfo(
        row.id, row.record_id, row.stage_code, row.original_name, row.size, row.media_type,
        row.sha256, row.added_at, officer_name or "",
    )


def attachment_copy(db: Database, paths: DataPaths, attachment_id: int, target: Path, *, overwrite: bool = False) -> Path:
    """Save a verified copy of the attachment as ``target`` (a file path). Returns ``target``.

    Refuses to replace an existing file unless ``overwrite`` (the save dialog has already asked).
    """
    info = attachment_info(db, attachment_id)
    target = Path(target).expanduser().absolute()
    if target.is_dir():
        raise UserError(QT_TR_NOOP("\"{target}\" adalah folder. Tuliskan nama berkas, misalnya \"{example}\"."), target=target, example=target / info.original_name)
    if target.exists() and not overwrite:
        raise UserError(QT_TR_NOOP("Berkas \"{target}\" sudah ada. Pilih nama lain."), target=target)
    _copy_verified(FileStore(paths), info, target)
    return target


def open_copy(db: Database, paths: DataPaths, attachment_id: int, temp_root: Path | None = None) -> Path:
    """A read-only copy under the original name (made safe for Windows), for opening in its program.

    Each call gets a folder of its own, so a copy still open in Word does not block the next one.
    Copies older than a day in ``temp_root`` are removed first (best effort).
    """
    info = attachment_info(db, attachment_id)
    root = temp_root if temp_root is not None else Path(tempfile.gettempdir()) / OPENED_COPIES_FOLDER
    remove_old_copies(root)
    folder = root / uuid.uuid4().hex[:12]
    try:
        folder.mkdir(parents=True)
    except OSError as exc:
        raise _write_error(folder, exc) from exc
    target = folder / safe_component(info.original_name)
    _copy_verified(FileStore(paths), info, target)
    target.chmod(stat.S_IREAD | stat.S_IRGRP | stat.S_IROTH)
    return target


def _copy_verified(store: FileStore, info: AttachmentInfo, target: Path) -> None:
    source = store.path_of(info.sha256)
    partial = target.with_name(f".{target.name[:60]}.{uuid.uuid4().hex[:8]}.part")
    try:
        with open(partial, "xb") as writer:
            for block in store.chunks(info.sha256):
                writer.write(block)
            writer.flush()
            os.fsync(writer.fileno())
        with open(partial, "rb") as written:
            digest, size = _hash(written.readinto)
        if digest != info.sha256 or size != info.size:
            raise _altered(info)
        os.replace(partial, target)
    except StoredFileDamaged as exc:
        partial.unlink(missing_ok=True)
        raise _altered(info) from exc
    except FileNotFoundError as exc:
        partial.unlink(missing_ok=True)
        if exc.filename == str(source):
            raise UserError(
                QT_TR_NOOP("Berkas tersimpan \"{original_name}\" tidak ditemukan di folder data. Jalankan "
                "\"ppid-desktop check\" untuk memeriksa penyimpanan, lalu pulihkan berkas itu dari cadangan."), original_name=info.original_name
            ) from exc
        raise _write_error(target, exc) from exc
    except OSError as exc:
        partial.unlink(missing_ok=True)
        raise _write_error(target, exc) from exc
    except BaseException:
        partial.unlink(missing_ok=True)
        raise


def _altered(info: AttachmentInfo) -> UserError:
    return UserError(
        QT_TR_NOOP("Berkas tersimpan \"{original_name}\" tidak lagi sama dengan saat dilampirkan (telah berubah atau "
        "rusak), sehingga salinannya tidak dibuat. Jalankan \"ppid-desktop check\" untuk memeriksa penyimpanan, "
        "lalu pulihkan berkas itu dari cadangan."), original_name=info.original_name
    )


def _stream(read_into: Callable[[bytearray], int | None], write: Callable[[memoryview], object]) -> None:
    buffer = bytearray(CHUNK)
    view = memoryview(buffer)
    while count := read_into(buffer):
        write(view[:count])


def _hash(read_into: Callable[[bytearray], int | None]) -> tuple[str, int]:
    digest = hashlib.sha256()
    size = 0

    def update(chunk: memoryview) -> None:
        nonlocal size
        digest.update(chunk)
        size += len(chunk)

    _stream(read_into, update)
    return digest.hexdigest(), size


def _write_error(target: Path, exc: OSError) -> UserError:
    if exc.errno in _FULL:
        return UserError(
            QT_TR_NOOP("Disk penuh: salinan \"{name}\" tidak dapat ditulis ke \"{parent}\". "
            "Kosongkan ruang disk atau pilih folder lain, lalu coba lagi."), name=target.name, parent=target.parent
        )
    return UserError(QT_TR_NOOP("Salinan \"{target}\" tidak dapat ditulis ({reason}). Pilih folder lain, lalu coba lagi."), target=target, reason=describe_os_error(exc))


def remove_old_copies(root: Path) -> None:
    try:
        folders = list(root.iterdir())
    except OSError:
        return
    limit = time.time() - OPENED_COPY_LIFETIME_SECONDS
    for folder in folders:
        try:
            if folder.is_dir() and folder.stat().st_mtime < limit:
                for child in folder.iterdir():
                    child.chmod(stat.S_IWRITE | stat.S_IREAD)  # Windows refuses to delete read-only files
                shutil.rmtree(folder)
        except OSError:
            continue  # still open in a program on Windows; try again next time
