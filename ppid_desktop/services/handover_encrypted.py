"""Encrypted handover packages: written by the export, opened by the import (format and reasons in
domain/handover_encryption.py).

Writing: each payload file of the plain package is read once (a stored file decrypted from this
folder's store where it is encrypted), its plaintext hashed (SHA-256 + SHA-512: checked against
what was attached, and kept in the index) while it is encrypted under the package key into
`data/berkas/<n>.enc`, whose bytes are hashed for the manifests as they are written. Nothing of
the plaintext is written into the bag; register.pdf exists in the clear only in a private
temporary folder for the moment it takes to encrypt it (as handover_sealed.seal_document). The
result is an ordinary bag in the outbox folder, delivered and validated as a plain one is: its
payload is ciphertext, and its tag files name only encrypted files, so it needs no sealing.

Opening: the key is checked first (cheap: one tag file and Argon2id); the bag is then validated
in full while its encrypted files are copied into a staging folder; the index is decrypted, and
each file is decrypted (every block authenticated) into the import's staging folder in the form
the store keeps, hashed and compared with the index. The result is the report of the plain
package, so the import goes on exactly as for a plain one.
"""

from __future__ import annotations

import hashlib
import os
from collections.abc import Callable, Iterable
from pathlib import Path

from ppid_desktop.domain.errors import UserError
from ppid_desktop.domain.handover_encryption import (
    ENCRYPTED_LABEL,
    ENCRYPTION_TAG,
    INDEX_PATH,
    EncryptionHeader,
    IndexEntry,
    cipher_path,
    format_header,
    index_from_json,
    index_to_json,
    parse_header,
)
from ppid_desktop.domain.handover_format import PackageFormatError
from ppid_desktop.domain.texts import QT_TR_NOOP
from ppid_desktop.services.handover_bag import (
    BagReport,
    Cancelled,
    Hashes,
    PackageCancelled,
    PackageInvalid,
    PayloadEntry,
    Progress,
    Sealer,
    flush_tree,
    remove_tree,
    validate_bag,
    write_tag_files,
)
from ppid_desktop.storage import crypto

SALT_BYTES = 16
READ_BLOCK = 1024 * 1024


class WrongPackagePassphrase(UserError):
    def __init__(self, package: str) -> None:
        super().__init__(
            QT_TR_NOOP("Kata sandi paket \"{package}\" salah. Periksa kembali kata sandi yang disampaikan unit pengirim (huruf besar "
                       "dan kecil dibedakan), lalu coba lagi. Tidak ada yang diimpor."),
            package=package,
        )


class PassphraseRequired(UserError):
    def __init__(self, package: str) -> None:
        super().__init__(
            QT_TR_NOOP("Paket \"{package}\" dienkripsi. Masukkan kata sandi paket yang disampaikan unit pengirim untuk mengimpornya. "
                       "Tidak ada yang diimpor."),
            package=package,
        )


def is_encrypted_package(bag_dir: Path) -> bool:
    return (Path(bag_dir) / ENCRYPTION_TAG).is_file()


def new_header_and_key(passphrase: str) -> tuple[EncryptionHeader, bytes]:
    """A fresh salt, the Argon2id cost in force, and the package key."""
    params = crypto.KdfParams.default()
    salt = os.urandom(SALT_BYTES)
    key = crypto.derive_password_key(passphrase, salt, params)
    return EncryptionHeader(salt, params.time_cost, params.memory_cost, params.parallelism, crypto.key_check(key)), key


def read_header(bag_dir: Path) -> EncryptionHeader:
    try:
        text = (bag_dir / ENCRYPTION_TAG).read_text(encoding="utf-8")
        return parse_header(text)
    except (OSError, UnicodeDecodeError) as exc:
        raise PackageInvalid(QT_TR_NOOP("Berkas \"{file}\" dalam paket \"{name}\" tidak dapat dibaca."), file=ENCRYPTION_TAG, name=bag_dir.name) from exc
    except PackageFormatError as exc:
        raise PackageInvalid(QT_TR_NOOP("Paket \"{name}\" ditolak: {error}"), name=bag_dir.name, error=exc) from exc


def unlock(bag_dir: Path, passphrase: str) -> bytes:
    """The package key from `passphrase`; WrongPackagePassphrase when it is not this package's."""
    header = read_header(bag_dir)
    key = crypto.derive_password_key(passphrase, header.salt, crypto.KdfParams(header.time_cost, header.memory_cost, header.parallelism))
    if crypto.key_check(key) != header.key_check:
        raise WrongPackagePassphrase(bag_dir.name)
    return key


class _HashingSink:
    """Where the encrypted bytes go: the file, and the manifests' checksums of what it holds."""

    def __init__(self, handle) -> None:  # noqa: ANN001 - a binary file
        self.handle, self.sha256, self.sha512, self.size = handle, hashlib.sha256(), hashlib.sha512(), 0

    def write(self, data: bytes) -> int:
        self.handle.write(data)
        self.sha256.update(data)
        self.sha512.update(data)
        self.size += len(data)
        return len(data)


class EncryptedBuild:
    """An encrypted package being built in `folder` (the outbox's building folder)."""

    def __init__(self, folder: Path, key: bytes, header: EncryptionHeader) -> None:
        self.folder, self.key, self.header = folder, key, header
        self.index: list[IndexEntry] = []
        self.entries: list[PayloadEntry] = []  # of the encrypted files, for the manifests

    def add(self, bag_path: str, blocks: Iterable[bytes | memoryview]) -> Hashes:
        """The plaintext `blocks` of `bag_path` encrypted into the next data/berkas file (flushed);
        the plaintext's (sha256, sha512, size)."""
        stored = cipher_path(len(self.index) + 1)
        hashes = self._encrypt(stored, blocks)
        self.index.append(IndexEntry(bag_path, stored, *hashes))
        return hashes

    def _encrypt(self, stored: str, blocks: Iterable[bytes | memoryview]) -> Hashes:
        target = self.folder / stored
        target.parent.mkdir(parents=True, exist_ok=True)
        sha256, sha512, size = hashlib.sha256(), hashlib.sha512(), 0
        try:
            with open(target, "wb") as handle:
                sink = _HashingSink(handle)
                writer = crypto.EncryptingWriter(self.key, sink)  # type: ignore[arg-type]
                for block in blocks:
                    sha256.update(block)
                    sha512.update(block)
                    size += len(block)
                    writer.write(block)
                writer.finish()
                handle.flush()
                os.fsync(handle.fileno())
        finally:
            close = getattr(blocks, "close", None)
            if close is not None:
                close()
        self.entries.append(PayloadEntry(stored, sink.sha256.hexdigest(), sink.sha512.hexdigest(), sink.size))
        return sha256.hexdigest(), sha512.hexdigest(), size

    def add_bytes(self, bag_path: str, data: bytes) -> Hashes:
        return self.add(bag_path, [data])

    def add_document(self, bag_path: str, write: Callable[[Path], object]) -> Hashes:
        """A generated document (a PDF written by name), encrypted at once from a private folder."""
        from ppid_desktop.services.handover_sealed import plaintext_scratch

        with plaintext_scratch() as scratch:
            plain = scratch / "dokumen.pdf"
            write(plain)
            return self.add(bag_path, _file_blocks(plain))

    def finish(self, bag_info: dict[str, str]) -> str:
        """The index, then the tag files (ppid-enkripsi.txt among them). Returns the package digest."""
        self._encrypt(INDEX_PATH, [index_to_json(self.index)])
        info = {**bag_info, ENCRYPTED_LABEL: "yes"}
        return write_tag_files(self.folder, info, self.entries, {ENCRYPTION_TAG: format_header(self.header).encode()})

    @property
    def size(self) -> int:
        return sum(e.size for e in self.entries)


def _file_blocks(path: Path) -> Iterable[bytes]:
    with open(path, "rb") as reader:
        while block := reader.read(READ_BLOCK):
            yield block


def open_encrypted(bag_dir: Path, key: bytes, staged: Path, seal: Sealer, progress: Progress | None = None,
                   cancelled: Cancelled | None = None) -> BagReport:
    """Validate an encrypted bag and decrypt its files into `staged/<n>` (in the form `seal`
    writes); the report of the plain package it holds (same info and digest). PackageInvalid
    when anything is missing, altered or unsafe."""
    name = bag_dir.name
    raw = staged.with_name(staged.name + "-sandi")  # shares the staging prefix: cleaned up the same way
    half = (lambda done, total: progress(done, 2 * total)) if progress is not None else None
    try:
        report = validate_bag(bag_dir, progress=half, cancelled=cancelled, stage_into=raw)
        if report.info.get(ENCRYPTED_LABEL, [""])[0] != "yes":
            raise PackageInvalid(QT_TR_NOOP("Paket \"{name}\" ditolak: berkas \"bag-info.txt\" tidak menyatakan paket terenkripsi."), name=name)
        position = {e.path: i for i, e in enumerate(report.entries)}
        if INDEX_PATH not in position:
            raise PackageInvalid(QT_TR_NOOP("Paket \"{name}\" tidak lengkap: daftar isi terenkripsi \"{file}\" tidak ada."), name=name, file=INDEX_PATH)
        try:
            index = index_from_json(_decrypt_bytes(key, raw / str(position[INDEX_PATH])))
        except crypto.DecryptionFailed:
            raise _altered(name, INDEX_PATH) from None
        except PackageFormatError as exc:
            raise PackageInvalid(QT_TR_NOOP("Paket \"{name}\" ditolak: {error}"), name=name, error=exc) from exc
        listed = {e.stored for e in index}
        unknown = [p for p in position if p not in listed and p != INDEX_PATH]
        missing = [e.stored for e in index if e.stored not in position]
        if unknown or missing:
            raise PackageInvalid(QT_TR_NOOP("Paket \"{name}\" ditolak: berkas \"{file}\" tidak cocok dengan daftar isi terenkripsi."), name=name, file=(unknown + missing)[0])
        staged.mkdir(parents=True, exist_ok=True)
        total = sum(e.size for e in index)
        done, copies, entries = 0, [], []
        for number, entry in enumerate(index):
            if cancelled is not None and cancelled():
                raise PackageCancelled()
            copy = staged / str(number)
            found = _decrypt_to(key, raw / str(position[entry.stored]), copy, seal, name, entry.stored)
            if found != (entry.sha256, entry.sha512, entry.size):
                raise _altered(name, entry.stored)
            copies.append(copy)
            entries.append(PayloadEntry(entry.path, entry.sha256, entry.sha512, entry.size))
            done += entry.size
            if progress is not None:
                progress(total + done, 2 * total)
        flush_tree(copies, staged)
        return BagReport(report.info, report.digest, tuple(entries))
    finally:
        remove_tree(raw)


def _altered(name: str, stored: str) -> PackageInvalid:
    return PackageInvalid(
        QT_TR_NOOP("Berkas \"{stored}\" dalam paket terenkripsi \"{name}\" telah berubah atau rusak: isinya tidak lolos "
        "pemeriksaan keaslian dengan kata sandi paket. Tidak ada yang diimpor; minta unit mengirim paket baru."), stored=stored, name=name
    )


def _decrypt_bytes(key: bytes, path: Path) -> bytes:
    with open(path, "rb") as reader:
        return b"".join(crypto.decrypt_chunks(key, reader))


def _decrypt_to(key: bytes, source: Path, target: Path, seal: Sealer, name: str, stored: str) -> Hashes:
    sha256, sha512, size = hashlib.sha256(), hashlib.sha512(), 0
    with open(source, "rb") as reader, open(target, "wb") as handle:
        writer = seal(handle)
        try:
            for block in crypto.decrypt_chunks(key, reader):
                sha256.update(block)
                sha512.update(block)
                size += len(block)
                writer.write(block)
        except crypto.DecryptionFailed:
            raise _altered(name, stored) from None
        writer.finish()
        handle.flush()
    return sha256.hexdigest(), sha512.hexdigest(), size


def decrypted_records(bag_dir: Path, key: bytes, records_path: str) -> bytes:
    """records.json of an encrypted package on the share, decrypted (to write its tanda terima again)."""
    try:
        index = index_from_json(_decrypt_bytes(key, bag_dir / INDEX_PATH))
        entry = next(e for e in index if e.path == records_path)
        return _decrypt_bytes(key, bag_dir / entry.stored)
    except (crypto.DecryptionFailed, StopIteration):
        raise _altered(bag_dir.name, INDEX_PATH) from None
