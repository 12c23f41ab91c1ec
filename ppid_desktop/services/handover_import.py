"""Import at the PPID: packages waiting in the inbox folder, validated fully, taken in at once.

`import_package` reads the package on the share exactly once: every payload file is hashed
(SHA-256 and SHA-512) while it is copied into a staging folder inside internal storage, in the
store's own form (encrypted under this data folder's key where it has one: nothing of the
package is ever written in the clear there). Only a package that is complete, unaltered and safe
goes further; then one transaction adds its records (new local ids, the same uids, landing in
the stage after the SOP's handover-out stage with their stage history) and attachments, moves
the staged files to their addresses in the store and writes the receipt. A refused package imports nothing; its reason names the file and the fault.
The same package again (same digest) adds nothing, and a record whose uid is already here is
not duplicated.
"""

from __future__ import annotations

import logging
import os
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path

from sqlalchemy import select

from ppid_desktop.domain.errors import UserError, describe_os_error, from_stored, to_stored
from ppid_desktop.domain.handover_format import RECORDS_PATH, PackageFormatError, RecordsFile, records_from_json
from ppid_desktop.domain.handover_encryption import ENCRYPTED_LABEL
from ppid_desktop.domain.texts import QT_TR_NOOP
from ppid_desktop.services.handover_encrypted import (
    PassphraseRequired,
    decrypted_records,
    is_encrypted_package,
    open_encrypted,
    read_header,
    unlock,
)
from ppid_desktop.services.handover_bag import BagReport, PackageInvalid, fsync_dir, package_digest, remove_tree, validate_bag
from ppid_desktop.services.handover_outbox import process_alive
from ppid_desktop.services.backups import take_backup
from ppid_desktop.services.handover_receipt import write_package_receipt
from ppid_desktop.services.handover_store import add_records
from ppid_desktop.services.handover_settings import get_share_settings
from ppid_desktop.storage.database import Database
from ppid_desktop.storage.filestore import FileStore
from ppid_desktop.storage.models import ImportReceipt, PackageRefusal
from ppid_desktop.storage.paths import DataPaths

log = logging.getLogger(__name__)

STAGING_PREFIX = ".impor-"  # files/.impor-<pid>-<random>/: a package being read by process <pid>
INBOX_LABELS = {"baru": QT_TR_NOOP("Baru"), "sudah diimpor": QT_TR_NOOP("Sudah diimpor"), "ditolak": QT_TR_NOOP("Ditolak")}


@dataclass(frozen=True)
class VerifyResult:
    valid: bool
    reason: str  # Indonesian; names the file and the fault ("" when valid)
    bag_info: dict[str, str] = field(default_factory=dict)
    digest: str = ""
    file_count: int = 0
    size: int = 0
    encrypted: bool = False  # checksums of the encrypted files checked; the content needs the passphrase
    reason_error: UserError | None = field(default=None, compare=False)  # the reason with its template (user_text)


@dataclass(frozen=True)
class ImportResult:
    package_name: str
    records_added: int
    files_added: int
    already_imported: bool
    receipt_pdf: Path | None
    records_skipped: int = 0  # uids that were already here
    digest: str = ""


@dataclass(frozen=True)
class InboxPackage:
    path: Path
    name: str
    size: int
    modified: datetime
    state: str  # "baru" | "sudah diimpor" | "ditolak"
    reason: str = ""  # Indonesian (the command line)
    encrypted: bool = False  # importing it asks for the package passphrase
    # The reason as a template with values (the window shows it with user_text): found by this
    # listing or read back from a stored refusal (errors.from_stored; a refusal stored by an
    # earlier version is its Indonesian text). None when there is no reason.
    reason_error: UserError | None = field(default=None, compare=False)

    @property
    def state_label(self) -> str:
        return INBOX_LABELS.get(self.state, self.state)


def _sender_name(records: RecordsFile) -> str:
    sender = records.officer_by_key().get(records.officer or "")
    return sender.name if sender is not None else ""


def _flat_info(report: BagReport) -> dict[str, str]:
    return {label: "; ".join(values) for label, values in report.info.items()}


def _read_records(report: BagReport, staged: tuple[FileStore, Path] | None, bag_dir: Path) -> RecordsFile:
    """records.json of a validated bag: from the staged copy (in the store's form) when there is one."""
    index = next((i for i, e in enumerate(report.entries) if e.path == RECORDS_PATH), None)
    if index is None:
        raise PackageInvalid(QT_TR_NOOP("Paket \"{name}\" tidak memuat \"{records_file}\"; ini bukan paket serah terima PPID Desktop."), name=bag_dir.name, records_file=RECORDS_PATH)
    try:
        if staged is not None:
            store, folder = staged
            text = store.read_bytes_at(folder / str(index))
        else:
            text = (bag_dir / RECORDS_PATH).read_bytes()
        records = records_from_json(text)
    except PackageFormatError as exc:
        raise PackageInvalid(QT_TR_NOOP("Paket \"{name}\" ditolak: {error}"), name=bag_dir.name, error=exc) from exc
    listed = {e.path: e for e in report.entries}
    for record in records.records:
        for f in record.files:
            entry = listed.get(f.path)
            if entry is None or entry.sha256 != f.sha256 or entry.size != f.size:
                raise PackageInvalid(QT_TR_NOOP("Paket \"{name}\" ditolak: berkas \"{path}\" yang disebut \"{records_file}\" tidak ada atau berbeda di manifes."), name=bag_dir.name, path=f.path, records_file=RECORDS_PATH)
    return records


def verify_package(path: Path, *, progress: Callable[[int, int], None] | None = None,
                   cancelled: Callable[[], bool] | None = None) -> VerifyResult:
    """Validate a package fully without importing it (`package verify`). An encrypted package is
    checked without its passphrase: structure, tag files and every checksum of its encrypted
    files (their content is authenticated when it is imported)."""
    path = Path(path)
    encrypted = is_encrypted_package(path)
    try:
        if encrypted:
            read_header(path)
        report = validate_bag(path, progress=progress, cancelled=cancelled)
        if encrypted:
            if report.info.get(ENCRYPTED_LABEL, [""])[0] != "yes":
                raise PackageInvalid(QT_TR_NOOP("Paket \"{name}\" ditolak: berkas \"bag-info.txt\" tidak menyatakan paket terenkripsi."), name=path.name)
        else:
            _read_records(report, None, path)
    except PackageInvalid as exc:
        return VerifyResult(False, str(exc), encrypted=encrypted, reason_error=exc)
    return VerifyResult(True, "", _flat_info(report), report.digest, len(report.entries), report.octets, encrypted)


def _clean_staging(store_root: Path) -> None:
    if not store_root.is_dir():
        return
    for child in store_root.iterdir():
        if child.name.startswith(STAGING_PREFIX):
            pid_text = child.name[len(STAGING_PREFIX):].partition("-")[0]
            if not (pid_text.isdigit() and process_alive(int(pid_text))):
                remove_tree(child)


def _receipt_of(db: Database, digest: str) -> ImportReceipt | None:
    with db.session() as session:
        return session.scalars(select(ImportReceipt).where(ImportReceipt.digest == digest)).first()


def _refuse(db: Database, path: Path, digest: str, officer_id: int | None, reason: UserError) -> None:
    """Remember that the package was refused and why (the reason with its template: errors.to_stored)."""
    with db.session() as session:
        session.add(PackageRefusal(package_name=path.name, digest=digest, source_path=str(path), officer_id=officer_id,
                                   reason=to_stored(reason)))


def import_package(db: Database, paths: DataPaths, path: Path, officer_id: int | None, *,
                   progress: Callable[[int, int], None] | None = None,
                   cancelled: Callable[[], bool] | None = None, passphrase: str | None = None) -> ImportResult:
    """Validate and import one package (see the module doc). Raises PackageInvalid when refused.
    An encrypted package needs its `passphrase` (PassphraseRequired, WrongPackagePassphrase: nothing
    imported, nothing recorded against the package) unless it was imported already."""
    path = Path(path)
    try:
        quick_digest = package_digest(path)
    except OSError:
        quick_digest = ""
    if quick_digest:
        done = _receipt_of(db, quick_digest)
        if done is not None:
            return _already(db, paths, path, done, passphrase)
    key = None
    if is_encrypted_package(path):
        if passphrase is None:
            raise PassphraseRequired(path.name)
        try:
            key = unlock(path, passphrase)
        except PackageInvalid as exc:
            _refuse(db, path, quick_digest, officer_id, exc)
            raise
    store = FileStore(paths)
    _clean_staging(store.root)
    staged = store.root / f"{STAGING_PREFIX}{os.getpid()}-{uuid.uuid4().hex[:8]}"
    try:
        try:
            if key is not None:
                report = open_encrypted(path, key, staged, store.sealed, progress, cancelled)
            else:
                report = validate_bag(path, progress=progress, cancelled=cancelled, stage_into=staged, stage_seal=store.sealed)
            records = _read_records(report, (store, staged), path)
        except PackageInvalid as exc:
            _refuse(db, path, quick_digest, officer_id, exc)
            raise
        done = _receipt_of(db, report.digest)
        if done is not None:
            return _already(db, paths, path, done, passphrase)
        take_backup(paths, "sebelum-impor")  # no copy, no import: the clerk is told why
        by_path = {e.path: (staged / str(i), e) for i, e in enumerate(report.entries)}
        placed: list[Path] = []

        def place(bag_path: str) -> None:
            """Move one staged file to its address in internal storage (before the commit)."""
            source, entry = by_path[bag_path]
            target = store.place(source, entry.sha256)
            if target is not None:
                placed.append(target)

        try:
            with db.session() as session:
                added, skipped, files_added = add_records(session, records, officer_id, place, path.name)
                receipt = ImportReceipt(
                    digest=report.digest, package_uid=_flat_info(report).get("External-Identifier", ""), package_name=path.name,
                    source_path=str(path), sender_office=records.office, sender_unit=records.unit,
                    sender_officer=_sender_name(records),
                    officer_id=officer_id, record_count=len(records.records), records_added=added, files_added=files_added,
                    receipt_pdf="",
                )
                session.add(receipt)
                session.flush()
                receipt_id = receipt.id
                for folder in {p.parent for p in placed}:
                    fsync_dir(folder)
        except BaseException:
            for target in placed:  # not referenced by any row: take them back out
                target.unlink(missing_ok=True)
            raise
    finally:
        remove_tree(staged)
    pdf = write_package_receipt(db, paths, receipt_id, path, records, on_share=not is_encrypted_package(path))
    return ImportResult(path.name, added, files_added, False, pdf, skipped, report.digest)


def _already(db: Database, paths: DataPaths, path: Path, receipt: ImportReceipt, passphrase: str | None) -> ImportResult:
    """The same package again: nothing added; its tanda terima is written again if it went missing
    (for an encrypted package, when its passphrase was given)."""
    pdf = Path(receipt.receipt_pdf) if receipt.receipt_pdf else None
    if pdf is None or not pdf.exists():
        try:
            if is_encrypted_package(path):
                if passphrase is None:
                    raise PassphraseRequired(path.name)
                data = decrypted_records(path, unlock(path, passphrase), RECORDS_PATH)
            else:
                data = (path / RECORDS_PATH).read_bytes()
            records = records_from_json(data)
            pdf = write_package_receipt(db, paths, receipt.id, path, records, on_share=not is_encrypted_package(path))
        except (OSError, UserError) as exc:
            log.warning("receipt of %s could not be written again: %s", path, exc)
    return ImportResult(path.name, 0, 0, True, pdf, 0, receipt.digest)


def inbox_packages(db: Database, paths: DataPaths, folder: Path | None = None) -> list[InboxPackage]:
    """Packages in the inbox folder (configured, or `folder`), newest first, with their state.

    Cheap: the state comes from the package digest (the sha256 of its tag manifest) against the
    receipts and refusals; the full validation happens when a package is imported.
    """
    inbox = folder or get_share_settings(paths).inbox_folder
    if inbox is None:
        return []
    try:
        children = [c for c in inbox.iterdir() if c.is_dir() and not c.name.startswith(".")]
    except OSError as exc:
        raise UserError(QT_TR_NOOP("Folder masuk \"{inbox}\" tidak dapat dibaca ({reason}). Periksa sambungan drive jaringan."), inbox=inbox, reason=describe_os_error(exc)) from exc
    with db.session() as session:
        imported = set(session.scalars(select(ImportReceipt.digest)))
        refusals = {(r.package_name, r.digest): r.reason for r in session.scalars(select(PackageRefusal).order_by(PackageRefusal.id))}
    result = []
    for child in children:
        reason_error: UserError | None = None
        if not (child / "bagit.txt").exists():
            continue
        try:
            digest = package_digest(child)
        except OSError:
            digest = ""
        size = sum(p.stat().st_size for p in child.rglob("*") if p.is_file())
        modified = datetime.fromtimestamp(child.stat().st_mtime, tz=timezone.utc)
        if digest and digest in imported:
            state, reason = "sudah diimpor", ""
        elif (child.name, digest) in refusals:
            reason_error = from_stored(refusals[(child.name, digest)])
            state, reason = "ditolak", reason_error.message
        elif not digest:
            reason_error = UserError(
                QT_TR_NOOP("Paket \"{name}\" tidak lengkap: berkas \"tagmanifest-sha256.txt\" tidak ada."), name=child.name)
            state, reason = "ditolak", reason_error.message
        else:
            state, reason = "baru", ""
        result.append(InboxPackage(child, child.name, size, modified, state, reason, is_encrypted_package(child), reason_error))
    result.sort(key=lambda p: p.modified, reverse=True)
    return result

