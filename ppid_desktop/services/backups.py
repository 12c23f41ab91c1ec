"""Backups of the database: consistent online copies, kept in the data folder's `backups/`.

Taken once a day when the window starts ("harian"), before every import of a handover package
or a spreadsheet ("sebelum-impor"), on demand (`ppid-desktop backup`, "manual"), and before a
restore ("sebelum-pemulihan"). Migrations take their own ("sebelum-migrasi",
storage/database.py). Each copy goes through SQLite's backup API and an integrity check before
it gets its name; the oldest copies of a kind beyond its quota are removed after a new one is
safe. Restoring (`ppid-desktop restore`) checks the chosen copy first and keeps the current
database as a copy of its own, so a restore can itself be undone.
"""

from __future__ import annotations

import logging
import re
import shutil
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from ppid_desktop.domain.errors import UserError, describe_os_error
from ppid_desktop.storage.database import backup_database, replace_database_file, verify_database_file
from ppid_desktop.storage.paths import DataPaths

log = logging.getLogger(__name__)

# kind -> how many copies of it are kept (the newest)
KEEP = {"harian": 14, "sebelum-impor": 10, "manual": 20, "sebelum-pemulihan": 5}
KIND_LABELS = {
    "harian": "Harian",
    "sebelum-impor": "Sebelum impor",
    "manual": "Dibuat manual",
    "sebelum-pemulihan": "Sebelum pemulihan",
    "sebelum-migrasi": "Sebelum pembaruan skema",
    "rusak": "Basis data rusak yang disisihkan",
}
_NAME = re.compile(
    r"^(?P<kind>harian|sebelum-impor|manual|sebelum-pemulihan|sebelum-migrasi|rusak)-(?:[0-9a-z]+-)?(?P<stamp>\d{8}-\d{6})\.sqlite3$"
)
STAMP = "%Y%m%d-%H%M%S"


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
        raise UserError("Belum ada basis data untuk dicadangkan di folder data ini.")
    stamp = (now or datetime.now()).strftime(STAMP)
    target = paths.backups / f"{kind}-{stamp}.sqlite3"
    counter = 2
    while target.exists():  # two in the same second
        target = paths.backups / f"{kind}-{counter}-{stamp}.sqlite3"
        counter += 1
    backup_database(paths.database, target)
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


def restore_backup(paths: DataPaths, backup: Path) -> Path | None:
    """Put `backup` in place of the database (which must be closed: the command line does this
    with the window shut). Returns the copy of the database as it was, when it could be read.
    Refuses, changing nothing, a backup that is damaged or not a PPID Desktop database."""
    backup = Path(backup)
    if not backup.is_file():
        raise UserError(f"Berkas cadangan \"{backup}\" tidak ditemukan. Lihat daftar dengan \"ppid-desktop backup --list\".")
    problem = verify_database_file(backup)
    if problem is not None:
        log.warning("backup %s refused: %s", backup, problem)
        raise UserError(f"Berkas cadangan \"{backup.name}\" rusak atau bukan basis data PPID Desktop; tidak ada yang diubah. Pilih cadangan lain.")
    kept: Path | None = None
    if paths.database.exists():
        if verify_database_file(paths.database) is None:
            kept = take_backup(paths, "sebelum-pemulihan")
        else:  # the damaged database is kept as it is, beside the backups, for the IT officer
            kept = paths.backups / f"rusak-{datetime.now().strftime(STAMP)}.sqlite3"
            try:
                paths.backups.mkdir(parents=True, exist_ok=True)
                shutil.copyfile(paths.database, kept)
            except OSError as exc:
                raise UserError(f"Basis data yang rusak tidak dapat disisihkan ({describe_os_error(exc)}); tidak ada yang diubah.") from exc
    try:
        replace_database_file(backup, paths.database)
    except OSError as exc:
        raise UserError(
            f"Basis data tidak dapat dipulihkan ({describe_os_error(exc)}). Tutup PPID Desktop di laptop ini bila masih "
            "terbuka, periksa ruang disk, lalu coba lagi."
        ) from exc
    log.info("database restored from %s (previous copy: %s)", backup, kept)
    return kept


def database_is_damaged(paths: DataPaths) -> bool:
    """True when the database file exists but SQLite cannot read it whole (not merely locked)."""
    if not paths.database.exists():
        return False
    problem = verify_database_file(paths.database)
    return problem is not None and "locked" not in problem and "busy" not in problem


def newest_good_backup(paths: DataPaths, look_at: int = 10) -> BackupInfo | None:
    """The newest copy that passes its integrity check (set-aside damaged files never count)."""
    for info in [b for b in list_backups(paths) if b.kind != "rusak"][:look_at]:
        if verify_database_file(info.path) is None:
            return info
    return None
