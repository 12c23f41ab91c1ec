"""Backups of the database: consistent online copies, kept in the data folder's `backups/`.

Taken once a day when the window starts ("harian"), before every import of a handover package
or a spreadsheet ("sebelum-impor"), on demand (`ppid-desktop backup`, "manual"), and before a
restore ("sebelum-pemulihan"). Migrations take their own ("sebelum-migrasi",
storage/database.py). Each copy goes through SQLite's backup API and an integrity check before
it gets its name; the oldest copies of a kind beyond its quota are removed after a new one is
safe. Restoring (`ppid-desktop restore`, Berkas > Cadangan dan pemulihan) checks the chosen copy
first and keeps the current database as a copy of its own, so a restore can itself be undone.

When the clerk switches it on (services/handover_settings.py), the newest backup is also copied
to the shared drive after the daily backup, into `<share>/Cadangan PPID Desktop/<office>/`: written
as `.<name>.partial`, flushed, read back and compared by SHA-256, then renamed; never over an
existing file; the newest SHARE_KEEP of our copies are kept there. Every such copy first asks
`share_copy_allowed`.
"""

from __future__ import annotations

import errno
import logging
import os
import re
import shutil
import threading
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path

from ppid_desktop.domain.errors import UserError, describe_os_error
from ppid_desktop.domain.texts import QT_TR_NOOP
from ppid_desktop.domain.winnames import fits_total_path, safe_component
from ppid_desktop.services.handover_bag import fsync_dir, hash_file
from ppid_desktop.services.handover_settings import NO_BACKUP_FOLDER, backup_copy_enabled, backup_share_folder, get_share_settings
from ppid_desktop.storage.database import backup_database, replace_database_file, verify_database_file
from ppid_desktop.storage.first_paint import read_first_paint
from ppid_desktop.storage.paths import DataPaths

log = logging.getLogger(__name__)

# kind -> how many copies of it are kept (the newest)
KEEP = {"harian": 14, "sebelum-impor": 10, "manual": 20, "sebelum-pemulihan": 5}
KIND_LABELS = {
    "harian": QT_TR_NOOP("Harian"),
    "sebelum-impor": QT_TR_NOOP("Sebelum impor"),
    "manual": QT_TR_NOOP("Dibuat manual"),
    "sebelum-pemulihan": QT_TR_NOOP("Sebelum pemulihan"),
    "sebelum-migrasi": QT_TR_NOOP("Sebelum pembaruan skema"),
    "rusak": QT_TR_NOOP("Basis data rusak yang disisihkan"),
}
_NAME = re.compile(
    r"^(?P<kind>harian|sebelum-impor|manual|sebelum-pemulihan|sebelum-migrasi|rusak)-(?:[0-9a-z]+-)?(?P<stamp>\d{8}-\d{6})\.sqlite3$"
)
STAMP = "%Y%m%d-%H%M%S"
# A restore waits for a backup still being taken (the daily one runs on its own thread), and the
# other way round; re-entrant because a restore takes a backup first.
_DATABASE_LOCK = threading.RLock()


@dataclass(frozen=True)
class BackupInfo:
    path: Path
    kind: str
    taken_at: datetime  # local time, from the name
    size: int

    @property
    def label(self) -> str:
        return KIND_LABELS.get(self.kind, self.kind)


def list_backups(paths: DataPaths) -> list[BackupInfo]:
    """Every backup in the data folder, newest first."""
    found = []
    for path in paths.backups.glob("*.sqlite3") if paths.backups.is_dir() else []:
        match = _NAME.match(path.name)
        if match is None:
            continue
        try:
            found.append(BackupInfo(path, match["kind"], datetime.strptime(match["stamp"], STAMP), path.stat().st_size))
        except (ValueError, OSError):
            continue
    return sorted(found, key=lambda b: (b.taken_at, b.path.name), reverse=True)


def take_backup(paths: DataPaths, kind: str, now: datetime | None = None) -> Path:
    """A verified copy of the database now; older copies of `kind` beyond its quota go. UserError
    (Indonesian, nothing changed) when the folder is full, gone or not writable."""
    if kind not in KEEP:
        raise ValueError(kind)
    if not paths.database.exists():
        raise UserError(QT_TR_NOOP("Belum ada basis data untuk dicadangkan di folder data ini."))
    stamp = (now or datetime.now()).strftime(STAMP)
    with _DATABASE_LOCK:
        target = paths.backups / f"{kind}-{stamp}.sqlite3"
        counter = 2
        while target.exists():  # two in the same second
            target = paths.backups / f"{kind}-{counter}-{stamp}.sqlite3"
            counter += 1
        backup_database(paths.database, target, paths.key_pragma)
        log.info("database backed up (%s) to %s", kind, target)
        _prune(paths, kind)
    return target


def _prune(paths: DataPaths, kind: str) -> None:
    for old in [b for b in list_backups(paths) if b.kind == kind][KEEP[kind]:]:
        try:
            old.path.unlink()
        except OSError as exc:  # a copy too many is no harm; say so in the log
            log.warning("old backup %s could not be removed: %s", old.path, exc)


def daily_backup_due(paths: DataPaths, today: datetime | None = None) -> bool:
    day = (today or datetime.now()).date()
    return paths.database.exists() and not any(b.kind == "harian" and b.taken_at.date() == day for b in list_backups(paths))


def take_daily_backup_if_due(paths: DataPaths, now: datetime | None = None) -> Path | None:
    """The day's backup, once (the window calls this at start, off the GUI thread)."""
    return take_backup(paths, "harian", now) if daily_backup_due(paths, now) else None


def check_backup(paths: DataPaths, backup: Path) -> None:
    """Refuse (UserError) a backup that is missing, damaged or not a PPID Desktop database; the
    window asks this before it closes for a restore, so that a refusal leaves it working."""
    backup = Path(backup)
    if not backup.is_file():
        raise UserError(QT_TR_NOOP("Berkas cadangan \"{backup}\" tidak ditemukan. Lihat daftar dengan \"ppid-desktop backup --list\"."), backup=backup)
    problem = verify_database_file(backup, paths.key_pragma)
    if problem is not None:
        log.warning("backup %s refused: %s", backup, problem)
        raise UserError(QT_TR_NOOP("Berkas cadangan \"{name}\" rusak atau bukan basis data PPID Desktop; tidak ada yang diubah. Pilih cadangan lain."), name=backup.name)


def restore_backup(paths: DataPaths, backup: Path) -> Path | None:
    """Put `backup` in place of the database, which must be closed (the command line runs with
    the window shut; the window closes itself first and ui/app.py starts it again afterwards).
    Returns the copy of the database as it was, when it could be read. Refuses, changing
    nothing, a backup that is damaged or not a PPID Desktop database."""
    with _DATABASE_LOCK:  # a daily backup still running finishes first
        return _restore(paths, Path(backup))


def _restore(paths: DataPaths, backup: Path) -> Path | None:
    check_backup(paths, backup)
    kept: Path | None = None
    if paths.database.exists():
        if verify_database_file(paths.database, paths.key_pragma) is None:
            kept = take_backup(paths, "sebelum-pemulihan")
        else:  # the damaged database is kept as it is, beside the backups, for the IT officer
            kept = paths.backups / f"rusak-{datetime.now().strftime(STAMP)}.sqlite3"
            try:
                paths.backups.mkdir(parents=True, exist_ok=True)
                shutil.copyfile(paths.database, kept)
            except OSError as exc:
                raise UserError(QT_TR_NOOP("Basis data yang rusak tidak dapat disisihkan ({reason}); tidak ada yang diubah."), reason=describe_os_error(exc)) from exc
    try:
        replace_database_file(backup, paths.database)
    except OSError as exc:
        raise UserError(
            QT_TR_NOOP("Basis data tidak dapat dipulihkan ({reason}). Tutup PPID Desktop di laptop ini bila masih "
            "terbuka, periksa ruang disk, lalu coba lagi."), reason=describe_os_error(exc)
        ) from exc
    log.info("database restored from %s (previous copy: %s)", backup, kept)
    return kept


def database_is_damaged(paths: DataPaths) -> bool:
    """True when the database file exists but SQLite cannot read it whole (not merely locked)."""
    if not paths.database.exists():
        return False
    problem = verify_database_file(paths.database, paths.key_pragma)
    return problem is not None and "locked" not in problem and "busy" not in problem


def newest_good_backup(paths: DataPaths, look_at: int = 10) -> BackupInfo | None:
    """The newest copy that passes its integrity check (set-aside damaged files never count)."""
    for info in [b for b in list_backups(paths) if b.kind != "rusak"][:look_at]:
        if verify_database_file(info.path, paths.key_pragma) is None:
            return info
    return None


# -- a copy of the newest backup on the shared drive ----------------------------------------------

SHARE_FOLDER = "Cadangan PPID Desktop"
SHARE_KEEP = 7
# A partial copy this old is left over from a copy that died (killed, power cut); a younger one
# may be another laptop of the same office copying right now.
STALE_PARTIAL = timedelta(days=1)
# One share copy at a time in this process: the automatic copy and the clerk's button would
# otherwise write the same partial file.
_SHARE_LOCK = threading.Lock()
NOT_ALLOWED = QT_TR_NOOP(
    "Cadangan tidak disalin ke folder bersama karena folder data laptop ini tidak terenkripsi: salinan basis "
    "data yang tidak terenkripsi di drive bersama dapat dibaca orang lain. Aktifkan enkripsi folder data "
    "terlebih dahulu, atau matikan pengaturan \"Salin cadangan harian ke folder bersama\"."
)


@dataclass(frozen=True)
class ShareCopy:
    path: Path  # the copy on the share
    source: BackupInfo
    copied: bool  # False when the very same file (same SHA-256) was there already
    removed: int  # older copies of ours removed from the share


def share_copy_allowed(paths: DataPaths) -> bool:
    """Whether a copy of the database may leave this laptop for the shared drive: only from an
    encrypted data folder, since a plaintext copy on a share others can read would leak the
    register. An encrypted copy opens only with the office's passwords or its recovery key."""
    from ppid_desktop.storage.keyring import is_encrypted

    return paths.key is not None and is_encrypted(paths)


def copy_to_share_if_enabled(paths: DataPaths) -> ShareCopy | None:
    """The automatic copy after the daily backup, at every window start (so a copy the share
    missed in the morning is made at a later start; one already there is not written again).
    None while the setting is off."""
    return copy_newest_backup_to_share(paths) if backup_copy_enabled(paths) else None


def copy_newest_backup_to_share(paths: DataPaths, backup: Path | None = None) -> ShareCopy:
    """Copy `backup` (by default the newest good backup) to the shared drive, verified; the older
    copies of ours beyond SHARE_KEEP go. UserError (Indonesian) when it is not allowed, no share is
    set, the share is gone, read-only or full; no partial file is left behind."""
    if not share_copy_allowed(paths):
        raise UserError(NOT_ALLOWED)
    share = backup_share_folder(get_share_settings(paths))
    if share is None:
        raise UserError(NO_BACKUP_FOLDER)
    with _SHARE_LOCK:
        source = _source_backup(paths, backup)
        folder = share / SHARE_FOLDER / safe_component(_office_name(paths, source.path))
        final = folder / source.path.name
        if not fits_total_path(str(share), str(final.relative_to(share))):
            raise UserError(
                QT_TR_NOOP("Jalur folder bersama \"{share}\" terlalu panjang untuk menyimpan cadangan. Pilih folder bersama "
                "dengan jalur yang lebih pendek; cadangan tetap tersimpan di laptop ini."), share=share
            )
        if not share.is_dir():
            raise UserError(
                QT_TR_NOOP("Folder bersama \"{share}\" tidak terjangkau, sehingga cadangan tidak disalin. Periksa apakah drive "
                "jaringan sudah tersambung, lalu coba lagi; cadangan tetap tersimpan di laptop ini."), share=share
            )
        try:
            copied = _copy_verified(source.path, folder, final)
        except OSError as exc:
            log.warning("copying %s to %s failed: %s", source.path, folder, exc)
            raise _share_failure(exc, share) from exc
        removed = _prune_share(folder)
    if copied:
        log.info("backup %s copied to %s", source.path, final)
    return ShareCopy(final, source, copied, removed)


def _source_backup(paths: DataPaths, backup: Path | None) -> BackupInfo:
    if backup is not None:
        check_backup(paths, backup)
        found = next((b for b in list_backups(paths) if b.path == Path(backup)), None)
        if found is None:
            raise UserError(QT_TR_NOOP("Berkas \"{name}\" bukan cadangan di folder data ini; tidak ada yang disalin."), name=Path(backup).name)
        return found
    newest = newest_good_backup(paths)
    if newest is None:
        raise UserError(QT_TR_NOOP("Belum ada cadangan yang utuh untuk disalin ke folder bersama. Buat cadangan terlebih dahulu."))
    return newest


def _office_name(paths: DataPaths, backup: Path) -> str:
    """The office the copy belongs to: named in the backup itself, else (a backup taken before a
    migration) in the database. Read with plain sqlite3, read-only: the window may hold both."""
    for database in (backup, paths.database):
        read = read_first_paint(database, 0, paths.key_pragma)
        if read is not None and read.office_name.strip():
            return read.office_name.strip()
    raise UserError(
        QT_TR_NOOP("Nama kantor belum diisi, sehingga folder cadangan di drive bersama tidak dapat diberi nama. Lengkapi "
        "profil kantor terlebih dahulu; cadangan tetap tersimpan di laptop ini.")
    )


def _copy_verified(source: Path, folder: Path, final: Path) -> bool:
    """Write `final` through `.<name>.partial` (hashed while written, fsynced, read back and
    compared); False when the very same file is there already. Raises OSError or UserError."""
    if final.exists():
        # Our copy, verified when it was written: the daily copy runs at every window start, and
        # reading a whole backup back over the network each time would only confirm it. A name
        # carries the second it was taken; a size that differs means another file.
        if final.stat().st_size == source.stat().st_size:
            return False
        raise UserError(
            QT_TR_NOOP("Di folder bersama sudah ada berkas \"{name}\" yang berbeda isinya; berkas itu tidak ditimpa. "
            "Hubungi petugas TI untuk memeriksa folder \"{folder}\"."), name=final.name, folder=folder
        )
    folder.mkdir(parents=True, exist_ok=True)
    partial = folder / f".{final.name}.partial"
    try:
        written = hash_file(source, partial)[0]  # SHA-256 of what was read, the copy fsynced
        if hash_file(partial)[0] != written:
            raise UserError(
                QT_TR_NOOP("Salinan cadangan \"{name}\" di folder bersama berbeda dari aslinya (sambungan jaringan mungkin "
                "terputus), sehingga dihapus. Coba lagi; cadangan tetap tersimpan di laptop ini."), name=final.name
            )
        if final.exists():  # another laptop of this office, in the same second: never overwrite
            raise UserError(QT_TR_NOOP("Di folder bersama sudah ada berkas \"{name}\"; berkas itu tidak ditimpa."), name=final.name)
        os.rename(partial, final)
        fsync_dir(folder)
    except BaseException:
        try:
            partial.unlink(missing_ok=True)
        except OSError as exc:  # the share went away: nothing can be removed there now
            log.warning("partial copy %s could not be removed: %s", partial, exc)
        raise
    return True


def _share_failure(exc: OSError, share: Path) -> UserError:
    if exc.errno in (errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC)):
        return UserError(QT_TR_NOOP("Drive bersama \"{share}\" penuh, sehingga cadangan tidak disalin. Minta petugas TI mengosongkan "
                                    "ruang; cadangan tetap tersimpan di laptop ini."), share=share)
    if exc.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
        return UserError(QT_TR_NOOP("Folder bersama \"{share}\" tidak dapat ditulisi ({reason}), sehingga cadangan tidak disalin. "
                                    "Minta izin tulis kepada petugas TI atau pilih folder lain; cadangan tetap tersimpan di laptop ini."),
                         share=share, reason=describe_os_error(exc))
    return UserError(QT_TR_NOOP("Cadangan tidak dapat disalin ke folder bersama \"{share}\" ({reason}). Periksa apakah drive jaringan "
                                "tersambung, lalu coba lagi; cadangan tetap tersimpan di laptop ini."), share=share, reason=describe_os_error(exc))


def _prune_share(folder: Path) -> int:
    """Keep the newest SHARE_KEEP copies of ours in `folder`; other files are not ours to touch.
    A failure here costs a copy too many, never the copy just made: logged, not raised."""
    ours: list[tuple[datetime, str, Path]] = []
    stale_before = datetime.now() - STALE_PARTIAL
    try:
        children = list(folder.iterdir())
    except OSError as exc:
        log.warning("backups on the share in %s could not be listed: %s", folder, exc)
        return 0
    for path in children:
        name = path.name
        try:
            if name.startswith(".") and name.endswith(".partial") and _NAME.match(name[1 : -len(".partial")]):
                if datetime.fromtimestamp(path.stat().st_mtime) < stale_before:
                    path.unlink(missing_ok=True)
                continue
            match = _NAME.match(name)
            if match is not None and path.is_file():
                ours.append((datetime.strptime(match["stamp"], STAMP), name, path))
        except (OSError, ValueError) as exc:  # one odd file does not stop the rest
            log.warning("backup %s on the share skipped: %s", path, exc)
    removed = 0
    for _stamp, _name, path in sorted(ours, reverse=True)[SHARE_KEEP:]:
        try:
            path.unlink()
            removed += 1
        except OSError as exc:
            log.warning("old backup %s on the share could not be removed: %s", path, exc)
    return removed
