"""Handover packages (and tanda terima) kept sealed in an encrypted data folder until delivered.

A package waits in `outbox/<name>/` until the shared drive can be reached, for days when the
clerk works offline in the field, on a laptop that travels. In a data folder with a key nothing of
it waits there in the clear, neither content nor names (the file names of attachments can say
as much as their content). A sealed package folder holds:

- `isi.enc`: the index, sealed: which file of the bag (`data/files/<uid>/<name>`,
  `data/records.json`, `bagit.txt`, ...) is kept under which local name. Written last: a folder
  without it was never finished;
- `<n>.enc`: each file of the bag, in the stored-file layout of storage/crypto.py under the
  folder's file key. Attachments are hard links to the stored files themselves (same key, same
  layout, and stored files never change in place), or encrypted copies of them where a link is
  impossible; records.json, register.pdf and the tag files (the manifests list the attachments'
  names) are sealed as they are written.

The package is decrypted only on its way to the share: each file into `.<name>.partial` there,
authenticated block by block and hashed while it is written, then everything is flushed, read
back and validated as a BagIt bag (handover_outbox.deliver), exactly as a plain package is. A
file of the outbox that fails authentication stops the delivery (`SealedPackageDamaged`).

Documents made by ReportLab (register.pdf, a tanda terima) are written to a private temporary
folder outside the data folder (ReportLab writes to a named file), sealed from there at once and
removed: the one moment any of it is plaintext on disk.
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import tempfile
import time
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager, suppress
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

from ppid_desktop.domain.errors import UserError
from ppid_desktop.domain.texts import QT_TR_NOOP
from ppid_desktop.services.handover_bag import (
    Cancelled,
    Hashes,
    PayloadEntry,
    Progress,
    flush_tree,
    fsync_dir,
    hash_file,
    hash_many,
    tag_files,
)
from ppid_desktop.storage.filestore import FileStore, StoredFileDamaged

INDEX = "isi.enc"
INDEX_FORMAT = 1


class SealedPackageDamaged(UserError):
    """A file of a sealed outbox package fails authentication, or the package is not readable with
    this folder's key: nothing of it is delivered."""

    def __init__(self, package: str, bag_path: str, local: Path | None = None) -> None:
        super().__init__(
            QT_TR_NOOP("Paket \"{package}\" di kotak keluar telah berubah atau rusak: berkas \"{file}\" tidak lolos "
                       "pemeriksaan keaslian. Paket tidak dikirim dan tidak ada yang ditinggalkan di folder bersama. "
                       "Hubungi petugas TI; bila paket tidak dapat dipulihkan dari cadangan, buat paket serah terima baru."),
            package=package, file=bag_path,
        )
        self.bag_path = bag_path
        self.local = local


def is_sealed(folder: Path) -> bool:
    """Whether an outbox package folder is kept sealed (else it is the plain bag itself)."""
    return (folder / INDEX).is_file()


def _require_key(store: FileStore | None, folder: Path) -> FileStore:
    if store is None or not store.encrypted:
        raise SealedPackageDamaged(folder.name, INDEX)
    return store


def seal_bytes(store: FileStore, target: Path, data: bytes) -> Hashes:
    """`data` sealed at `target` (under a temporary name until flushed); its plaintext checksums."""
    partial = target.with_name(f".{target.name}.part")
    try:
        with open(partial, "wb") as handle:
            writer = store.sealed(handle)
            writer.write(data)
            writer.finish()
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(partial, target)
    except BaseException:
        partial.unlink(missing_ok=True)
        raise
    return hashlib.sha256(data).hexdigest(), hashlib.sha512(data).hexdigest(), len(data)


SCRATCH_PREFIX = "ppid-desktop-segel-"
STALE_SCRATCH_SECONDS = 3600  # a document is sealed in seconds: an older folder was left by a killed process


@contextmanager
def plaintext_scratch() -> Iterator[Path]:
    """A private temporary folder for a document ReportLab writes by name before it is encrypted.
    Folders a killed process left (plaintext PDFs) are removed first."""
    root = Path(tempfile.gettempdir())
    for stale in root.glob(f"{SCRATCH_PREFIX}*"):
        with suppress(OSError):
            if time.time() - stale.stat().st_mtime > STALE_SCRATCH_SECONDS:
                shutil.rmtree(stale)
    with tempfile.TemporaryDirectory(prefix=SCRATCH_PREFIX) as scratch:
        yield Path(scratch)


def seal_document(store: FileStore, target: Path, write: Callable[[Path], object]) -> Hashes:
    """A document that `write(path)` generates (a PDF through reports/output.write_atomically),
    sealed at `target`; the plaintext exists only in a private temporary folder for the moment it
    takes to seal it. Returns the plaintext checksums."""
    partial = target.with_name(f".{target.name}.part")
    with plaintext_scratch() as scratch:
        plain = scratch / "dokumen.pdf"
        write(plain)
        try:
            hashes = hash_file(plain, partial, seal=store.sealed)
            os.replace(partial, target)
        except BaseException:
            partial.unlink(missing_ok=True)
            raise
    return hashes


class SealedBuild:
    """A sealed package being built in `folder` (the outbox's building folder)."""

    def __init__(self, store: FileStore, folder: Path) -> None:
        self.store = store
        self.folder = folder
        self.files: dict[str, str] = {}  # bag path -> local name
        self.tags: dict[str, bytes] = {}

    def _claim(self, bag_path: str) -> Path:
        local = f"{len(self.files)}.enc"
        self.files[bag_path] = local
        return self.folder / local

    def local(self, bag_path: str) -> Path:
        return self.folder / self.files[bag_path]

    def bag_path_of(self, local: Path) -> str | None:
        return next((bag for bag, name in self.files.items() if self.folder / name == local), None)

    def add_stored(self, bag_path: str, sha256: str) -> None:
        """An attachment: a hard link to its stored (encrypted) file, else an encrypted copy of
        it. Raises FileNotFoundError (filename: the stored file) when it is missing."""
        source, target = self.store.path_of(sha256), self._claim(bag_path)
        try:
            os.link(source, target)
        except FileNotFoundError:
            raise
        except OSError:  # another volume, or a file system without hard links
            _copy_durably(source, target)

    def add_bytes(self, bag_path: str, data: bytes) -> Hashes:
        return seal_bytes(self.store, self._claim(bag_path), data)

    def add_document(self, bag_path: str, write: Callable[[Path], object]) -> Hashes:
        return seal_document(self.store, self._claim(bag_path), write)

    def write_tags(self, bag_info: dict[str, str], entries: list[PayloadEntry]) -> str:
        """The tag files sealed, then the index (the last file: the package is complete). Returns
        the package digest (sha256 of tagmanifest-sha256.txt)."""
        self.tags = tag_files(bag_info, entries)
        for name, data in self.tags.items():
            self.add_bytes(name, data)
        index = json.dumps({"format": INDEX_FORMAT, "files": self.files}, ensure_ascii=False).encode()
        seal_bytes(self.store, self.folder / INDEX, index)
        return hashlib.sha256(self.tags["tagmanifest-sha256.txt"]).hexdigest()

    def hash(self, bag_paths: list[str], progress: Progress | None, cancelled: Cancelled | None) -> list[Hashes]:
        """Checksums of the plaintext of `bag_paths`, each file decrypted once; nothing written."""
        sources = [self.local(p) for p in bag_paths]
        try:
            return hash_many([(s, None) for s in sources], _plain_total(self.store, sources), progress, cancelled,
                             read=self.store.chunks_at)
        except StoredFileDamaged as exc:
            raise SealedPackageDamaged(self.folder.name, self.bag_path_of(exc.path) or exc.path.name, exc.path) from exc

    def unseal(self, bag_paths: list[str], target: Path, progress: Progress | None, cancelled: Cancelled | None,
               ) -> dict[str, tuple[Hashes, Hashes]]:
        return unseal_files(self.store, self.folder, {p: self.local(p) for p in bag_paths}, target, progress, cancelled)

    def write_plain_tags(self, target: Path) -> None:
        """The tag files, in the clear, into the copy on the share (flushed)."""
        for name, data in self.tags.items():
            with open(target / name, "wb") as handle:
                handle.write(data)
                handle.flush()
                os.fsync(handle.fileno())
        fsync_dir(target)


def read_index(store: FileStore | None, folder: Path) -> dict[str, Path]:
    """The files of a sealed package: bag path -> local file."""
    store = _require_key(store, folder)
    try:
        index = json.loads(store.read_bytes_at(folder / INDEX))
        files = index["files"] if index.get("format") == INDEX_FORMAT else None
        if not isinstance(files, dict):
            raise ValueError("unknown index")
        return {str(bag): folder / str(local) for bag, local in files.items() if "/" not in str(local)}
    except (StoredFileDamaged, ValueError, KeyError, AttributeError) as exc:
        raise SealedPackageDamaged(folder.name, INDEX) from exc


def unseal_package(store: FileStore | None, folder: Path, target: Path, progress: Progress | None = None,
                   cancelled: Cancelled | None = None) -> dict[str, tuple[Hashes, Hashes]]:
    """The whole bag decrypted into `target` (see `unseal_files`)."""
    return unseal_files(_require_key(store, folder), folder, read_index(store, folder), target, progress, cancelled)


def unseal_files(store: FileStore, folder: Path, files: dict[str, Path], target: Path, progress: Progress | None,
                 cancelled: Cancelled | None) -> dict[str, tuple[Hashes, Hashes]]:
    """Decrypt each sealed file to `target/<bag path>` while hashing it (one read, every block
    authenticated), flush every copy to disk, then read each copy back and hash it. Returns, per
    bag path, the checksums of the plaintext and of the copy (as handover_bag.copy_tree does, for
    `validate_bag(known=...)`). Raises SealedPackageDamaged, OSError, PackageCancelled."""
    bag_paths = list(files)
    sources = [files[p] for p in bag_paths]
    copies = [target / p for p in bag_paths]
    target.mkdir(exist_ok=True)
    for folder_of_copy in sorted({c.parent for c in copies}):
        folder_of_copy.mkdir(parents=True, exist_ok=True)
    total = _plain_total(store, sources)
    first = (lambda done, _total: progress(done, 2 * total)) if progress is not None else None
    try:
        originals = hash_many(list(zip(sources, copies)), total, first, cancelled, read=store.chunks_at)
    except StoredFileDamaged as exc:
        bag_path = next((p for p, s in files.items() if s == exc.path), exc.path.name)
        raise SealedPackageDamaged(folder.name, bag_path, exc.path) from exc
    rest = (lambda done, _total: progress(total + done, 2 * total)) if progress is not None else None
    # As in copy_tree: the flush and the read-back overlap; both end before the caller validates.
    with ThreadPoolExecutor(max_workers=1) as flusher:
        flushed = flusher.submit(flush_tree, copies, target)
        readback = hash_many([(c, None) for c in copies], total, rest, cancelled)
        flushed.result()
    return {p: (o, b) for p, o, b in zip(bag_paths, originals, readback)}


def _plain_total(store: FileStore, sources: Iterable[Path]) -> int:
    total = 0
    for source in sources:
        try:
            total += store.plain_size(source.stat().st_size)
        except OSError:
            pass  # reported when the file is read
    return total


def _copy_durably(source: Path, target: Path) -> None:
    """A copy of a file as it is (here: already encrypted), flushed to disk."""
    with open(source, "rb") as reader, open(target, "wb") as writer:
        while block := reader.read(1024 * 1024):
            writer.write(block)
        writer.flush()
        os.fsync(writer.fileno())
