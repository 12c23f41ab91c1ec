"""Internal storage of attached files, addressed by SHA-256 and never changed in place.

A file is copied under a temporary name in the store, hashed while it is copied, flushed
to disk, and renamed to `files/ab/abcdef...` only when complete. Adding the same content
twice stores it once.
"""

from __future__ import annotations

import hashlib
import os
import shutil
from dataclasses import dataclass
from pathlib import Path

from ppid_desktop.domain.errors import UserError, describe_os_error

CHUNK = 1024 * 1024


@dataclass(frozen=True)
class StoredFile:
    sha256: str
    size: int


class FileStore:
    def __init__(self, root: Path) -> None:
        self.root = root

    def path_of(self, sha256: str) -> Path:
        return self.root / sha256[:2] / sha256

    def put(self, source: Path) -> StoredFile:
        """Copy `source` into the store. Raises UserError (Indonesian) when it cannot."""
        try:
            self.root.mkdir(parents=True, exist_ok=True)
            partial = self.root / f".masuk-{os.getpid()}-{source.name[:40]}.part"
            digest, size = hashlib.sha256(), 0
            with open(source, "rb") as reader, open(partial, "wb") as writer:
                while chunk := reader.read(CHUNK):
                    digest.update(chunk)
                    writer.write(chunk)
                    size += len(chunk)
                writer.flush()
                os.fsync(writer.fileno())
            sha256 = digest.hexdigest()
            target = self.path_of(sha256)
            if target.exists():
                partial.unlink()
            else:
                target.parent.mkdir(exist_ok=True)
                partial.replace(target)
            return StoredFile(sha256, size)
        except FileNotFoundError as exc:
            raise UserError(f"Berkas \"{source}\" tidak ditemukan. Periksa apakah berkas masih ada di tempatnya.") from exc
        except OSError as exc:
            if "partial" in locals():
                partial.unlink(missing_ok=True)
            raise UserError(
                f"Berkas \"{source.name}\" tidak dapat disimpan ({describe_os_error(exc)}). Periksa ruang disk dan izin "
                "baca berkas, lalu coba lagi. Tidak ada yang berubah."
            ) from exc

    def copy_out(self, sha256: str, destination: Path) -> None:
        """Save a copy elsewhere (temp name, then rename), refusing to overwrite."""
        if destination.exists():
            raise UserError(f"Berkas \"{destination}\" sudah ada; pilih nama lain.")
        partial = destination.with_name(destination.name + ".part")
        try:
            shutil.copyfile(self.path_of(sha256), partial)
            partial.replace(destination)
        except OSError as exc:
            partial.unlink(missing_ok=True)
            raise UserError(f"Salinan tidak dapat ditulis ke \"{destination}\" ({describe_os_error(exc)}).") from exc
