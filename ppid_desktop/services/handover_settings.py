"""Where this installation hands packages over: the outbox and inbox folders on the shared drive,
and whether the daily backup is copied there too (services/backups.py).

Kept per installation in the data folder's settings.ini (section [share], storage/settings_file.py),
not in the database: the same share is mapped to different drive letters on different laptops.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from pathlib import Path

from ppid_desktop.domain.errors import CombinedError, UserError, describe_os_error
from ppid_desktop.domain.texts import QT_TR_NOOP
from ppid_desktop.storage import settings_file
from ppid_desktop.storage.paths import DataPaths

SECTION = "share"
KEYS = {"outbox_folder": "outbox_folder", "inbox_folder": "inbox_folder"}
# A key of its own rather than a field of ShareSettings: `package share` rewrites the folders
# from a ShareSettings and must not switch the copy off by leaving it out.
BACKUP_COPY_KEY = "copy_daily_backup"
_TRUE = {"true", "1", "yes", "ya"}


@dataclass(frozen=True)
class ShareSettings:
    outbox_folder: Path | None = None  # where this office delivers its packages
    inbox_folder: Path | None = None  # where the PPID finds packages to import


def _section_values(paths: DataPaths) -> dict[str, str]:
    return settings_file.read_section(paths, SECTION)


def get_share_settings(paths: DataPaths) -> ShareSettings:
    values = _section_values(paths)
    folder = {key: Path(values[key]) if values.get(key, "").strip() else None for key in KEYS}
    return ShareSettings(folder["outbox_folder"], folder["inbox_folder"])


def backup_copy_enabled(paths: DataPaths) -> bool:
    """Whether the daily backup is copied to the shared drive ("Salin cadangan harian ke folder
    bersama"); off unless the clerk switched it on."""
    return _section_values(paths).get(BACKUP_COPY_KEY, "").strip().lower() in _TRUE


def backup_share_folder(settings: ShareSettings) -> Path | None:
    """The shared-drive folder backups are copied into: the outbox folder, which every unit laptop
    has; on the PPID's laptop, which may only receive, the inbox folder. The inbox listing ignores
    folders that are not packages, so the backups folder beside the packages does no harm."""
    return settings.outbox_folder or settings.inbox_folder


NO_BACKUP_FOLDER = QT_TR_NOOP(
    "Cadangan tidak dapat disalin ke folder bersama karena folder bersama belum diatur. Atur folder kirim "
    "paket di Sunting > Pengaturan > Folder bersama, atau dengan \"ppid-desktop package share --outbox FOLDER\"."
)


def folder_error(folder: Path) -> UserError | None:
    """Why `folder` cannot be used as a share folder now, or None."""
    if not folder.is_absolute() and not str(folder).startswith(("\\\\", "//")):
        return UserError(QT_TR_NOOP("Folder \"{folder}\" bukan jalur lengkap. Tulis jalur lengkap, misalnya \"Z:\\Serah Terima\" atau "
                                    "\"\\\\server\\berbagi\\PPID\"."), folder=folder)
    if not folder.is_dir():
        return UserError(QT_TR_NOOP("Folder \"{folder}\" tidak ditemukan. Periksa apakah drive jaringan sudah tersambung dan folder "
                                    "itu ada."), folder=folder)
    probe = folder / f".uji-tulis-{uuid.uuid4().hex[:8]}"
    try:
        with open(probe, "wb") as handle:
            handle.write(b"ppid")
        probe.unlink()
    except OSError as exc:
        return UserError(QT_TR_NOOP("Folder \"{folder}\" tidak dapat ditulisi ({reason}). Minta izin tulis kepada petugas TI atau "
                                    "pilih folder lain."), folder=folder, reason=describe_os_error(exc))
    return None


def save_share_settings(paths: DataPaths, settings: ShareSettings, *, copy_backups: bool | None = None) -> None:
    """Check both folders, then write them to settings.ini (temporary file, then rename); with
    `copy_backups`, the backup-copy setting too, in the same write."""
    problems = [e for e in (folder_error(f) for f in (settings.outbox_folder, settings.inbox_folder) if f is not None) if e]
    if copy_backups and backup_share_folder(settings) is None:
        problems.append(UserError(NO_BACKUP_FOLDER))
    if problems:
        raise CombinedError(problems)
    wanted = {key: settings_file.quote(str(value) if value else "") for key, value in
              (("outbox_folder", settings.outbox_folder), ("inbox_folder", settings.inbox_folder))}
    if copy_backups is not None:
        wanted[BACKUP_COPY_KEY] = settings_file.quote("true" if copy_backups else "false")
    _write_keys(paths, wanted)


def set_backup_copy(paths: DataPaths, enabled: bool) -> None:
    """Switch the copy of the daily backup to the shared drive on or off (the folders stay)."""
    if enabled and backup_share_folder(get_share_settings(paths)) is None:
        raise UserError(NO_BACKUP_FOLDER)
    _write_keys(paths, {BACKUP_COPY_KEY: settings_file.quote("true" if enabled else "false")})


def _write_keys(paths: DataPaths, wanted: dict[str, str]) -> None:
    """Put `wanted` (key -> value as written) in the [share] section, keeping every other line."""
    settings_file.write_keys(paths, SECTION, wanted, QT_TR_NOOP("Pengaturan folder bersama tidak dapat disimpan"))
