"""Where things live on disk: the per-user data folder, bundled resources, network shares.

The data folder holds the SQLite database, logs, backups and settings. It must be on a
local disk: SQLite's locking and WAL do not work over network filesystems (sqlite.org).
"""

from __future__ import annotations

import os
import sys
from dataclasses import dataclass, field
from functools import cached_property
from importlib import resources
from pathlib import Path

from platformdirs import user_data_dir

from ppid_desktop.domain.errors import UserError, describe_os_error
from ppid_desktop.domain.texts import QT_TR_NOOP

APP_NAME = "PPID Desktop"
APP_AUTHOR = "PPID Desktop"
DATA_DIR_ENV = "PPID_DESKTOP_DATA_DIR"
DATABASE_FILE = "ppid.sqlite3"

# Filesystem types of network mounts as /proc/mounts names them (Linux, macOS via mount).
_NETWORK_FS = {"nfs", "nfs4", "cifs", "smb", "smb2", "smb3", "smbfs", "afs", "9p", "fuse.sshfs", "sshfs", "ncpfs", "davfs", "fuse.davfs2", "ceph", "glusterfs", "fuse.glusterfs"}


@dataclass(frozen=True)
class DataPaths:
    """Every file location under one data folder and, once the folder is unlocked, the data key
    that opens its encrypted database and files (storage/crypto.py). Everything that reads or
    writes the data gets it through this object, so the key travels with the folder it opens."""

    root: Path
    key: bytes | None = field(default=None, repr=False, compare=False)

    def unlocked(self, key: bytes | None) -> "DataPaths":
        """The same folder with its data key (None: a folder whose data is not encrypted)."""
        return DataPaths(self.root, key)

    @cached_property
    def key_pragma(self) -> str | None:
        """The SQLCipher key statement for this folder's database (computed once)."""
        if self.key is None:
            return None
        from ppid_desktop.storage.crypto import sqlcipher_key_pragma

        return sqlcipher_key_pragma(self.key)

    @property
    def database(self) -> Path:
        return self.root / DATABASE_FILE

    @property
    def backups(self) -> Path:
        return self.root / "backups"

    @property
    def logs(self) -> Path:
        return self.root / "logs"

    @property
    def log_file(self) -> Path:
        return self.logs / "ppid-desktop.log"

    @property
    def settings_file(self) -> Path:
        return self.root / "settings.ini"

    @property
    def drafts(self) -> Path:
        return self.root / "drafts"

    @property
    def files(self) -> Path:
        """Internal storage of attached files (storage/filestore.py)."""
        return self.root / "files"

    @property
    def assets(self) -> Path:
        """Files the office owns, such as its logo."""
        return self.root / "assets"

    def ensure(self) -> "DataPaths":
        """Create the folders, or raise UserError saying why they cannot be made."""
        if self.root.exists() and not self.root.is_dir():
            raise UserError(
                QT_TR_NOOP("\"{path}\" adalah sebuah berkas, bukan folder, sehingga tidak dapat menjadi folder data. "
                           "Pilih folder lain dengan --data-dir."),
                path=self.root,
            )
        try:
            for folder in (self.root, self.backups, self.logs, self.drafts, self.assets, self.files):
                folder.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise UserError(
                QT_TR_NOOP("Folder data \"{folder}\" tidak dapat dibuat ({reason}). "
                           "Periksa izin tulis folder tersebut atau pilih folder lain dengan --data-dir."),
                folder=self.root, reason=describe_os_error(exc),
            ) from exc
        return self


def resolve_data_dir(cli_value: str | os.PathLike[str] | None = None) -> DataPaths:
    """The data folder: --data-dir, else $PPID_DESKTOP_DATA_DIR, else the per-user folder."""
    chosen = cli_value or os.environ.get(DATA_DIR_ENV) or user_data_dir(APP_NAME, APP_AUTHOR, roaming=False)
    return DataPaths(Path(chosen).expanduser().absolute())


def resources_dir() -> Path:
    """The bundled `resources/` folder, whether run from source, a wheel or a PyInstaller bundle."""
    packaged = resources.files("ppid_desktop").joinpath("_resources")
    if packaged.is_dir():  # wheel install and the PyInstaller bundle
        return Path(str(packaged))
    return Path(__file__).resolve().parents[2] / "resources"  # source tree / editable install


# The compiled translations shipped in resources/i18n: (catalogue, language). The window loads
# "<catalogue>_<language>.qm" (ui/i18n.py); the self-test checks they are there (services/health.py).
SHIPPED_TRANSLATIONS = (("ppid_desktop", "en"), ("qtbase", "id"))


def translation_file(catalogue: str, language: str) -> Path:
    return resources_dir() / "i18n" / f"{catalogue}_{language}.qm"


def sop_templates_dir() -> Path:
    return resources_dir() / "sop"


def is_network_path(path: Path, mounts_text: str | None = None) -> bool:
    """True when `path` lives on a network share (UNC path, mapped network drive, NFS/SMB mount)."""
    text = str(path)
    if text.startswith(("\\\\", "//")):  # UNC: \\server\share\...
        return True
    if sys.platform == "win32":
        return _windows_drive_is_remote(path)
    return _posix_mount_is_network(path, mounts_text)


def _windows_drive_is_remote(path: Path) -> bool:  # pragma: no cover - Windows only
    import ctypes

    drive = os.path.splitdrive(str(path.resolve()))[0]
    if drive.startswith("\\\\"):
        return True
    if not drive:
        return False
    DRIVE_REMOTE = 4
    return ctypes.windll.kernel32.GetDriveTypeW(drive + "\\") == DRIVE_REMOTE


def _posix_mount_is_network(path: Path, mounts_text: str | None) -> bool:
    if mounts_text is None:
        try:
            mounts_text = Path("/proc/mounts").read_text(encoding="utf-8", errors="replace")
        except OSError:
            return False  # no mount table (macOS): cannot tell, do not refuse
    best_point, best_type = "", ""
    target = os.path.abspath(path)
    for line in mounts_text.splitlines():
        parts = line.split()
        if len(parts) < 3:
            continue
        point = parts[1].replace("\\040", " ")
        if (target == point or target.startswith(point.rstrip("/") + "/")) and len(point) >= len(best_point):
            best_point, best_type = point, parts[2]
    return best_type in _NETWORK_FS


def refuse_network_data_dir(paths: DataPaths, mounts_text: str | None = None) -> None:
    if is_network_path(paths.root, mounts_text):
        raise UserError(
            QT_TR_NOOP("Folder data \"{folder}\" berada di drive jaringan. Basis data PPID Desktop harus "
                       "disimpan di disk lokal laptop ini karena basis data dapat rusak bila dibuka melalui "
                       "jaringan. Pilih folder di disk lokal (misalnya C:\\Users\\...) dengan --data-dir; drive "
                       "jaringan hanya dipakai untuk serah terima berkas."),
            folder=paths.root,
        )
