"""Internal storage of attached files, addressed by content and never changed in place.

A data folder without a key (one made before encryption existed, and most test fixtures) keeps
each file as it was attached, at `files/ab/abcdef...`, named by its SHA-256. A data folder with a
key (`DataPaths.key`) keeps it encrypted (AES-256-GCM, the stream layout of storage/crypto.py) at
`files/<name[:2]>/<name>` with `name = crypto.file_name_of(key, sha256)`: an HMAC, so neither the
content nor the name tells which document is kept.

Either way a file is read once while it is hashed (and encrypted) into a temporary name in the
store, flushed to disk, and renamed to its address only when complete. Adding the same content
twice stores it once. `chunks(sha256)` is the one way to read a stored file back: in an encrypted
store each block is authenticated before it is handed out, and a file that fails raises
`StoredFileDamaged`, which every caller turns into its own Indonesian message. The SHA-256 of what
was read is still the caller's to check: it is what tells a file swapped for another of the same
store (or, in a plain store, any change at all).
"""

from __future__ import annotations

import hashlib
import os
import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO, Protocol

from ppid_desktop.domain.errors import UserError, describe_os_error
from ppid_desktop.domain.texts import QT_TR_NOOP
from ppid_desktop.storage import crypto
from ppid_desktop.storage.paths import DataPaths

CHUNK = 1024 * 1024
PARTIAL_PREFIX = ".masuk-"  # files/.masuk-<pid>-...part: a file being stored by process <pid>


class StoredFileDamaged(Exception):
    """A stored file failed authentication: altered, truncated, or not a file of this data folder."""

    def __init__(self, path: Path) -> None:
        super().__init__(f"{path} fails authentication")
        self.path = path


class BlockWriter(Protocol):
    def write(self, data: bytes | bytearray | memoryview) -> None: ...
    def finish(self) -> None: ...


@dataclass(frozen=True)
class StoredFile:
    sha256: str
    size: int


class _PlainWriter:
    """The plain store's form is the content itself."""

    def __init__(self, sink: BinaryIO) -> None:
        self._sink = sink

    def write(self, data: bytes | bytearray | memoryview) -> None:
        self._sink.write(data)

    def finish(self) -> None:
        pass


class FileStore:
    def __init__(self, paths: DataPaths) -> None:
        self.root = paths.files
        self._key = paths.key

    @property
    def encrypted(self) -> bool:
        return self._key is not None

    def name_of(self, sha256: str) -> str:
        return sha256 if self._key is None else crypto.file_name_of(self._key, sha256)

    def path_of(self, sha256: str) -> Path:
        name = self.name_of(sha256)
        return self.root / name[:2] / name

    # -- writing ------------------------------------------------------------------------------

    def put(self, source: Path) -> StoredFile:
        """Copy `source` into the store. Raises UserError (Indonesian) when it cannot."""
        # An encrypted store's partial names give nothing away either (not even the file's name).
        label = source.name[:40] if self._key is None else uuid.uuid4().hex[:12]
        partial = self.root / f"{PARTIAL_PREFIX}{os.getpid()}-{label}.part"
        try:
            self.root.mkdir(parents=True, exist_ok=True)
            digest = hashlib.sha256()
            with open(source, "rb") as reader, open(partial, "wb") as writer:
                sealed = self.sealed(writer)
                size = 0
                while chunk := reader.read(CHUNK):
                    digest.update(chunk)
                    sealed.write(chunk)
                    size += len(chunk)
                sealed.finish()
                writer.flush()
                os.fsync(writer.fileno())
            sha256 = digest.hexdigest()
            self.place(partial, sha256)
            return StoredFile(sha256, size)
        except FileNotFoundError as exc:
            partial.unlink(missing_ok=True)
            if exc.filename == str(source):
                raise UserError(QT_TR_NOOP("Berkas \"{file}\" tidak ditemukan. Periksa apakah berkas masih ada di tempatnya."),
                                file=source) from exc
            raise self._store_error(source, exc) from exc
        except OSError as exc:
            partial.unlink(missing_ok=True)
            raise self._store_error(source, exc) from exc

    def sealed(self, sink: BinaryIO) -> BlockWriter:
        """A writer that turns plaintext into the store's form on `sink` (encrypted with a key);
        `finish()` must be called after the last block. For files staged into the store."""
        return _PlainWriter(sink) if self._key is None else crypto.EncryptingWriter(self._key, sink)

    def place(self, staged: Path, sha256: str) -> Path | None:
        """Move a complete file in the store's form (flushed to disk) to the address of
        `sha256`; the path it now has, or None when that content was already stored (the staged
        copy is then removed)."""
        target = self.path_of(sha256)
        if target.exists():
            staged.unlink()
            return None
        target.parent.mkdir(exist_ok=True)
        os.replace(staged, target)
        return target

    @staticmethod
    def _store_error(source: Path, exc: OSError) -> UserError:
        return UserError(
            QT_TR_NOOP("Berkas \"{name}\" tidak dapat disimpan ({reason}). Periksa ruang disk dan izin "
                       "baca berkas, lalu coba lagi. Tidak ada yang berubah."),
            name=source.name, reason=describe_os_error(exc),
        )

    # -- reading ------------------------------------------------------------------------------

    def chunks(self, sha256: str) -> Iterator[bytes | memoryview]:
        """The plaintext of the stored file of `sha256`, block by block; see `chunks_at`."""
        return self.chunks_at(self.path_of(sha256))

    def chunks_at(self, path: Path) -> Iterator[bytes | memoryview]:
        """The plaintext of a file in the store's form at `path` (stored or staged), in blocks of
        at most CHUNK bytes. Each block is valid only until the next is asked for (the plain store
        reads into one buffer). Raises FileNotFoundError (and other OSErrors) as reading does, and
        StoredFileDamaged when a block of an encrypted file fails authentication: nothing of an
        altered block is ever handed out."""
        if self._key is None:
            buffer = bytearray(CHUNK)
            view = memoryview(buffer)
            with open(path, "rb", buffering=0) as reader:
                while count := reader.readinto(buffer):
                    yield view[:count]
            return
        with open(path, "rb") as reader:
            try:
                yield from crypto.decrypt_chunks(self._key, reader, reuse=True)
            except crypto.DecryptionFailed as exc:
                raise StoredFileDamaged(path) from exc

    def read_bytes_at(self, path: Path) -> bytes:
        """The whole plaintext of a small file in the store's form (a staged records.json)."""
        return b"".join(bytes(block) for block in self.chunks_at(path))

    def plain_size(self, stored_size: int) -> int:
        """The plaintext size a stored file of `stored_size` bytes on disk holds, if intact."""
        if self._key is None:
            return stored_size
        body = stored_size - crypto.HEADER_BYTES - crypto.TAG_BYTES
        full_chunks = max(body, 0) // (crypto.CHUNK + crypto.TAG_BYTES)
        return max(body - full_chunks * crypto.TAG_BYTES, 0)
