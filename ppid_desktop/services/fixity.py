"""Fixity: does internal storage still hold every attached file, unchanged?

Every stored file is read once, in chunks, through the store (storage/filestore.py: decrypted
and authenticated block by block where the data folder is encrypted), and the SHA-256 and size of
its content compared with the attachment rows that name it. Found:

- **missing**: attachments whose stored file is gone;
- **altered**: stored files whose content no longer matches the SHA-256 or size recorded when it
  was attached, or, encrypted, fails authentication (altered, cut short, not of this folder);
  a file of one attachment renamed over another's decrypts fine but has the wrong SHA-256;
- **orphans**: files in the store at no attachment's address (harmless, but a sign that files
  were copied in by hand or rows deleted behind the application's back). The addresses are
  computed from the rows' SHA-256 as the store computes them (an HMAC of it when encrypted).

Partial files (``*.part``) and work folders (``.impor-*``, an import staging a package) are the
store's own copies in progress. A fresh one belongs to an
attach running right now and is ignored; one older than a day was left by a copy that was
interrupted (power cut, process killed). It holds no attached file, since the attachment row is
only written after the rename, so it is reported as a note that may be deleted, not as a fault.

SQLite's ``PRAGMA quick_check`` runs first. The report is a list of sections so that later checks
(the audit chain, the full integrity check) add a section without changing the command.
"""

from __future__ import annotations

import hashlib
import os
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import select, text

from ppid_desktop.domain.errors import describe_os_error
from ppid_desktop.domain.sizes import format_count, format_size
from ppid_desktop.storage.audit_chain import first_broken
from ppid_desktop.storage.database import Database
from ppid_desktop.storage.filestore import FileStore, StoredFileDamaged
from ppid_desktop.storage.models import Attachment, ExemptRecord
from ppid_desktop.storage.paths import DataPaths

STALE_PARTIAL_SECONDS = 24 * 60 * 60

# progress(bytes_done, bytes_total) after each chunk; never called from more than one thread.
Progress = Callable[[int, int], None]


@dataclass(frozen=True)
class AttachmentRef:
    """Which attachment a stored file belongs to, as the user knows it."""

    attachment_id: int
    original_name: str
    record_label: str  # register number, else the title


@dataclass(frozen=True)
class MissingFile:
    sha256: str
    path: Path
    attachments: tuple[AttachmentRef, ...]


@dataclass(frozen=True)
class AlteredFile:
    sha256: str
    path: Path
    actual_sha256: str | None  # None: an encrypted file that failed authentication
    expected_size: int
    actual_size: int | None  # None: as above (its content cannot be read at all)
    attachments: tuple[AttachmentRef, ...]


@dataclass(frozen=True)
class OrphanFile:
    path: Path
    size: int


@dataclass(frozen=True)
class CheckSection:
    """One check's outcome: a title, what was checked, each problem as a sentence, notes."""

    title: str
    checked: str
    problems: tuple[str, ...] = ()
    notes: tuple[str, ...] = ()

    @property
    def ok(self) -> bool:
        return not self.problems


@dataclass(frozen=True)
class FixityReport:
    missing: tuple[MissingFile, ...]
    altered: tuple[AlteredFile, ...]
    orphans: tuple[OrphanFile, ...]
    stale_partials: tuple[Path, ...]
    unreadable: tuple[str, ...]
    database_problems: tuple[str, ...]
    files_checked: int
    bytes_checked: int
    extra_sections: tuple[CheckSection, ...] = field(default=())

    @property
    def ok(self) -> bool:
        return all(section.ok for section in self.sections())

    def sections(self) -> list[CheckSection]:
        """The report as the command line and the window show it."""
        return [self._database_section(), self._files_section(), *self.extra_sections]

    def _database_section(self) -> CheckSection:
        return CheckSection(
            "Basis data (pemeriksaan cepat SQLite)",
            "Struktur berkas basis data diperiksa.",
            tuple(f"Basis data rusak: {problem}" for problem in self.database_problems),
        )

    def _files_section(self) -> CheckSection:
        problems: list[str] = []
        for missing in self.missing:
            problems.append(f"HILANG: {_refs(missing.attachments)}; berkas tersimpan {missing.path} tidak ada.")
        for altered in self.altered:
            if altered.actual_sha256 is None or altered.actual_size is None:
                problems.append(
                    f"BERUBAH: {_refs(altered.attachments)}; isi terenkripsi {altered.path} tidak lolos pemeriksaan "
                    "keaslian (telah diubah, terpotong, atau bukan berkas folder data ini)."
                )
                continue
            problems.append(
                f"BERUBAH: {_refs(altered.attachments)}; isi {altered.path} tidak lagi sesuai "
                f"(SHA-256 sekarang {altered.actual_sha256}, ukuran {format_count(altered.actual_size)} bita, "
                f"seharusnya {format_count(altered.expected_size)} bita)."
            )
        for orphan in self.orphans:
            problems.append(f"TIDAK DIRUJUK: {orphan.path} ({format_size(orphan.size)}) bukan lampiran rekaman mana pun.")
        problems += [f"TIDAK TERBACA: {reason}" for reason in self.unreadable]
        notes = tuple(
            f"Salinan sementara yang tertinggal dari penyimpanan yang terputus: {path}. Berkas ini bukan "
            "lampiran dan boleh dihapus."
            for path in self.stale_partials
        )
        checked = f"{format_count(self.files_checked)} berkas ({format_size(self.bytes_checked)}) dibaca ulang dan dicocokkan."
        return CheckSection("Penyimpanan berkas (fiksitas)", checked, tuple(problems), notes)


def _refs(refs: tuple[AttachmentRef, ...]) -> str:
    return "; ".join(f"\"{ref.original_name}\" pada rekaman {ref.record_label}" for ref in refs)


def check_storage(db: Database, paths: DataPaths, progress: Progress | None = None) -> FixityReport:
    """Re-read internal storage and compare it with the attachment rows; see the module text."""
    database_problems = quick_check(db)
    expected = _expected_files(db)
    store = FileStore(paths)
    stored, partials, unreadable = _list_store(paths.files)
    addresses = {sha256: store.path_of(sha256) for sha256 in expected}
    # Progress counts plaintext bytes; an intact file holds what its size on disk says.
    total = sum(store.plain_size(stored[path]) for path in addresses.values() if path in stored)
    done = read = 0  # done: progress (a refused file counts in full); read: bytes actually read
    missing: list[MissingFile] = []
    altered: list[AlteredFile] = []
    files_checked = 0
    for sha256, (size, refs) in sorted(expected.items()):
        path = addresses[sha256]
        if path not in stored:
            missing.append(MissingFile(sha256, path, refs))
            continue
        share, counted = store.plain_size(stored[path]), 0

        def advance(count: int, *, read_now: bool = True) -> None:
            nonlocal done, read, counted
            done += count
            counted += count
            read += count if read_now else 0
            if progress is not None:
                progress(done, total)

        actual: str | None
        actual_size: int | None
        try:
            actual, actual_size = _hash_blocks(store.chunks_at(path), advance)
        except StoredFileDamaged:
            actual, actual_size = None, None
        except OSError as exc:
            unreadable.append(f"{path} tidak dapat dibaca ({describe_os_error(exc)}).")
            continue
        finally:
            if counted < share:  # read no further (cut short or refused): its part of the bar is over
                advance(share - counted, read_now=False)
        files_checked += 1
        if actual != sha256 or actual_size != size:
            altered.append(AlteredFile(sha256, path, actual, size, actual_size, refs))
    known = set(addresses.values())
    orphans = tuple(OrphanFile(path, size) for path, size in sorted(stored.items()) if path not in known)
    return FixityReport(
        missing=tuple(missing),
        altered=tuple(altered),
        orphans=orphans,
        stale_partials=tuple(partials),
        unreadable=tuple(unreadable),
        database_problems=tuple(database_problems),
        files_checked=files_checked,
        bytes_checked=read,
        extra_sections=(audit_section(db),),
    )


def audit_section(db: Database) -> CheckSection:
    """The audit trail's hash chain (storage/audit_chain.py), entry by entry."""
    with db.session() as session:
        count = session.execute(text("SELECT count(*) FROM audit_entry")).scalar_one()
        broken = first_broken(session.connection())
    problems: tuple[str, ...] = ()
    if broken is not None:
        entry_id, reason = broken
        problems = (f"Catatan jejak audit nomor {entry_id} {reason}. Catatan sesudahnya tidak dapat dipercaya lagi; laporkan kepada petugas TI dan pulihkan dari cadangan bila perlu.",)
    return CheckSection("Jejak audit (rantai sidik)", f"{count} catatan jejak audit diperiksa berurutan.", problems)


def quick_check(db: Database) -> list[str]:
    """SQLite's ``PRAGMA quick_check``: the rows it returns other than "ok"."""
    with db.session() as session:
        rows = session.execute(text("PRAGMA quick_check")).scalars().all()
    return [str(row) for row in rows if row != "ok"]


def _expected_files(db: Database) -> dict[str, tuple[int, tuple[AttachmentRef, ...]]]:
    """sha256 -> (recorded size, the attachments that use it)."""
    with db.session() as session:
        rows = session.execute(
            select(Attachment.id, Attachment.sha256, Attachment.size, Attachment.original_name,
                   ExemptRecord.register_number, ExemptRecord.title)
            .join(ExemptRecord, ExemptRecord.id == Attachment.record_id)
            .order_by(Attachment.id)
        ).all()
    expected: dict[str, tuple[int, tuple[AttachmentRef, ...]]] = {}
    for attachment_id, sha256, size, name, register_number, title in rows:
        label = register_number or f"\"{title}\""
        ref = AttachmentRef(attachment_id, name, label)
        _, refs = expected.get(sha256, (size, ()))
        expected[sha256] = (size, (*refs, ref))
    return expected


def _list_store(root: Path) -> tuple[dict[Path, int], list[Path], list[str]]:
    """Every regular file under ``root`` with its size, the stale partials, and what could not be listed."""
    stored: dict[Path, int] = {}
    partials: list[Path] = []
    unreadable: list[str] = []
    if not root.exists():
        return stored, partials, unreadable
    now = time.time()

    def on_error(exc: OSError) -> None:
        unreadable.append(f"{exc.filename} tidak dapat dibuka ({describe_os_error(exc)}).")

    for folder, dirs, names in os.walk(root, onerror=on_error):
        # Work folders of the store's own (".impor-<pid>-...": an import reading a package) hold
        # no attached file; like partial files they are skipped, and noted when left for a day.
        for work in [d for d in dirs if d.startswith(".")]:
            dirs.remove(work)
            try:
                if now - (Path(folder) / work).stat().st_mtime > STALE_PARTIAL_SECONDS:
                    partials.append(Path(folder) / work)
            except OSError as exc:
                on_error(exc)
        dirs.sort()
        for name in sorted(names):
            path = Path(folder) / name
            try:
                status = path.stat()
            except OSError as exc:
                on_error(exc)
                continue
            if name.endswith(".part"):
                if now - status.st_mtime > STALE_PARTIAL_SECONDS:
                    partials.append(path)
                continue
            stored[path] = status.st_size
    return stored, sorted(partials), unreadable


def _hash_blocks(blocks: Iterable[bytes | memoryview], advance: Callable[[int], None]) -> tuple[str, int]:
    digest = hashlib.sha256()
    size = 0
    for block in blocks:
        digest.update(block)
        size += len(block)
        advance(len(block))
    return digest.hexdigest(), size
