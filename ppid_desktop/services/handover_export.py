"""Export: selected records, with their files, the register PDF and records.json, as one BagIt
package in the outbox, delivered to the shared drive when it can be reached.

Order, so that a failure at any point loses nothing and leaves nothing half-done:
1. check every record may leave the handover stage (same rules as completing it by hand);
2. build the bag in `outbox/.dibuat-<pid>-<name>/`: stored files hard-linked (they never change
   in place; copied where a link is impossible), records.json, register.pdf. In an encrypted
   data folder the outbox copy is kept sealed (services/handover_sealed.py): the stored files
   linked as they are, encrypted, and every other file sealed under the folder's file key, so
   nothing of a package waits in the clear on a laptop that travels;
3. share reachable: copy each payload file to `<share>/.<name>.partial/` while hashing it
   (SHA-256 + SHA-512: the manifests; a sealed package's files are decrypted on the way,
   authenticated block by block) and read the copy back to hash it again; share not reachable: hash the
   local files not hashed yet (decrypting them). Either way each source file is read once, and
   a file whose SHA-256 is not the one recorded when it was attached (or that fails
   authentication) stops the export;
4. tag files (both manifests, both tag manifests, bag-info) locally (sealed, in an encrypted
   folder) and on the share, then the full validation of the copy on the share;
5. one transaction: the outbox row and, for each record in the SOP's handover-out stage, that
   stage completed ("diserahkan"). The stage counts as done once the package is built: it is in
   the outbox, and from there it reaches the share or stays safe until it does;
6. the building folder becomes `outbox/<name>/`; the copy on the share gets its final name
   (never over an existing one); the attempt is recorded. A failed delivery leaves the package
   in the outbox for `retry_outbox`.
Killed before step 5: nothing is recorded; the next export or retry removes the building folder
and, through the marker beside it, the partial copy on the share. Killed after: the package is
in the outbox and `retry_outbox` delivers it.
"""

from __future__ import annotations

import os
import shutil
import uuid
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import select

from ppid_desktop.domain.errors import CombinedError, UserError, describe_os_error
from ppid_desktop.domain.handover_encryption import passphrase_error
from ppid_desktop.domain.handover_format import (
    FILES_DIR,
    FORMAT_NAME,
    FORMAT_VERSION,
    RECORDS_PATH,
    REGISTER_PATH,
    RecordsFile,
    package_name,
    records_to_json,
)
from ppid_desktop.domain.sop import StageKind
from ppid_desktop.domain.texts import QT_TR_NOOP
from ppid_desktop.domain.winnames import fit_paths, name_key, safe_component
from ppid_desktop.services.handover_bag import (
    Hashes,
    PackageInvalid,
    PayloadEntry,
    copy_tree,
    fsync_dir,
    hash_many,
    remove_tree,
    validate_bag,
    write_tag_files,
)
from ppid_desktop.services.handover_outbox import (
    BUILDING_PREFIX,
    clean_abandoned,
    failure_text,
    finish_building,
    outbox_dir,
    partial_path,
    publish,
    record_attempt,
    share_problem,
    target_marker,
)
from ppid_desktop.services.handover_records import build_records_file, hand_over, handover_problems
from ppid_desktop.services.handover_sealed import SealedBuild, SealedPackageDamaged
from ppid_desktop.services.handover_settings import get_share_settings
from ppid_desktop.services.sop_catalog import template_of_row
from ppid_desktop.storage.database import Database
from ppid_desktop.storage.filestore import FileStore
from ppid_desktop.storage.models import ExemptRecord, Office, Officer, OutboxPackage, utcnow
from ppid_desktop.storage.paths import DataPaths

# Room left for the share folder and the package name in front of the paths inside the bag, so
# that the delivered package still fits Windows' 260-character MAX_PATH.
SHARE_ROOT_BUDGET = 110


@dataclass(frozen=True)
class ExportResult:
    package_name: str
    local_path: Path  # in the outbox (removed once delivered)
    state: str  # "terkirim" | "outbox"
    share_path: Path | None
    record_count: int
    file_count: int
    size: int
    last_error: str = ""  # Indonesian, why it waits in the outbox ("" when delivered)
    reason_error: UserError | None = field(default=None, compare=False)  # the same with its template (user_text)


def handover_record_ids(db: Database) -> list[int]:
    """Records waiting in their SOP's handover-out stage (what `package export` sends by default)."""
    with db.session() as session:
        rows = session.execute(select(ExemptRecord.id, ExemptRecord.stage_code, ExemptRecord.sop_template_id, ExemptRecord.finished_at)).all()
        templates: dict[int, object] = {}
        result = []
        for record_id, stage_code, template_id, finished in rows:
            if finished is not None:
                continue
            if template_id not in templates:
                record = session.get(ExemptRecord, record_id)
                assert record is not None
                templates[template_id] = template_of_row(record.sop_template)
            template = templates[template_id]
            stage = next((s for s in template.stages if s.code == stage_code), None)  # type: ignore[attr-defined]
            if stage is not None and stage.kind is StageKind.HANDOVER_OUT:
                result.append(record_id)
        return result


def _bag_paths(attachments: list[tuple[str, str]]) -> list[str]:
    """data/files/<uid>/<Windows-safe name> per (record uid, original name), unique per folder."""
    taken: dict[str, set[str]] = {}
    paths = []
    for uid, original in attachments:
        safe = safe_component(original.replace("%", "_"), taken.setdefault(uid, set()))
        paths.append(f"{FILES_DIR}/{uid}/{safe}")
    fitted = fit_paths("C:\\" + "x" * SHARE_ROOT_BUDGET, paths)
    result, seen = [], set()
    for path in paths:
        final = fitted[path]
        if name_key(final) in seen:  # two shortened names met: keep them apart
            stem, dot, ext = final.rpartition(".")
            final = f"{stem}-{len(seen)}.{ext}" if dot else f"{final}-{len(seen)}"
        seen.add(name_key(final))
        result.append(final)
    return result


def _link_or_copy(source: Path, target: Path) -> None:
    """Hard-link a stored file into the bag (stored files never change in place); else copy it."""
    target.parent.mkdir(parents=True, exist_ok=True)
    try:
        os.link(source, target)
    except OSError:
        shutil.copyfile(source, target)


def export_package(
    db: Database,
    paths: DataPaths,
    record_ids: Sequence[int],
    officer_id: int | None,
    *,
    share_folder: Path | None = None,
    progress: Callable[[int, int], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
    passphrase: str | None = None,
) -> ExportResult:
    """Build one handover package of `record_ids` and deliver it when the share can be reached
    (see the module doc). `share_folder` overrides the configured outbox folder on the share
    (`package export --to`). With `passphrase` the package is encrypted under it
    (domain/handover_encryption.py). Raises UserError, with nothing changed, when the records may
    not leave the handover stage or a stored file is no longer what was attached."""
    if not record_ids:
        raise UserError(QT_TR_NOOP("Tidak ada rekaman yang dipilih untuk diserahkan. Pilih rekaman di tahap serah terima terlebih dahulu."))
    if passphrase is not None and (problem := passphrase_error(passphrase)) is not None:
        raise UserError(QT_TR_NOOP("{problem} Paket tidak dibuat."), problem=problem)
    ids = list(dict.fromkeys(record_ids))
    problems = handover_problems(db, ids, officer_id)
    if problems:
        raise CombinedError([UserError(QT_TR_NOOP("Paket serah terima tidak dibuat:")), *problems])
    share = share_folder or get_share_settings(paths).outbox_folder
    with db.session() as session:
        office = session.get(Office, 1)
        assert office is not None  # handover_problems refuses an office not set up
        known = set(session.scalars(select(OutboxPackage.name)))
        officer = session.get(Officer, officer_id) if officer_id is not None else None
        officer_name = officer.name if officer else ""
        package_uid = str(uuid.uuid4())
        now = utcnow()
        name = package_name(office.name, now.astimezone(), package_uid)
        records_file, attachments = build_records_file(session, ids, officer_id, package_uid, now, _bag_paths)
        office_name, office_address = office.name, office.address
    clean_abandoned(paths, known)
    if passphrase is not None:
        from ppid_desktop.services.handover_export_encrypted import export_encrypted

        return export_encrypted(db, paths, ids, officer_id, share, passphrase, name, package_uid, now, records_file, attachments,
                                {"Source-Organization": office_name, "Organization-Address": office_address}, progress, cancelled)
    outbox = outbox_dir(paths)
    building = outbox / f"{BUILDING_PREFIX}{os.getpid()}-{name}"
    marker = target_marker(building)
    partial = partial_path(share, name) if share is not None else None
    direct_error = share_problem(share) if share is not None else None
    copied: dict[str, tuple[Hashes, Hashes]] | None = None
    store = FileStore(paths)
    sealed = SealedBuild(store, building) if store.encrypted else None
    try:
        outbox.mkdir(parents=True, exist_ok=True)
        building.mkdir()
        payload = _fill_bag(db, store, building, attachments, records_file, ids, sealed)
        try:
            if partial is not None and direct_error is None:
                # Reachable share: each file is read once for the manifests while it is copied to
                # the share, then read back there; no second pass over the local bag.
                marker.write_text(str(share), encoding="utf-8")
                try:
                    if sealed is not None:
                        copied = sealed.unseal(payload, partial, progress, cancelled)
                    else:
                        copied = copy_tree(building, partial, progress, cancelled, files=[building / p for p in payload])
                except OSError as exc:
                    direct_error = failure_text(exc, share)  # type: ignore[arg-type]
                    remove_tree(partial)
            if copied is not None:
                hashes = [copied[p][0] for p in payload]
            elif sealed is not None:
                hashes = sealed.hash(payload, progress, cancelled)
            else:
                hashes = hash_many([(building / p, None) for p in payload], sum(_size(building / p) for p in payload), progress, cancelled)
        except SealedPackageDamaged as exc:  # a stored file (linked into the package) fails authentication
            raise _changed(_original_name(records_file, exc.bag_path)) from exc
        entries = _entries(payload, hashes, attachments, records_file)
        bag_info = {
            "Source-Organization": office_name,
            "Organization-Address": office_address,
            "Contact-Name": officer_name or "-",
            "Bagging-Date": now.astimezone().date().isoformat(),
            "External-Identifier": package_uid,
            "External-Description": f"Serah terima {len(ids)} rekaman Informasi yang Dikecualikan beserta berkasnya",
            "Bag-Count": "1 of 1",
            "PPID-Format": f"{FORMAT_NAME} {FORMAT_VERSION}",
            "PPID-Unit": records_file.unit,
            "PPID-Record-Count": str(len(ids)),
            "PPID-SOP": f"{records_file.sop.code} {records_file.sop.revision}",
        }
        digest = write_tag_files(building, bag_info, entries) if sealed is None else sealed.write_tags(bag_info, entries)
        fsync_dir(building)
        if copied is not None:
            direct_error = _finish_copy(building, partial, copied, digest, cancelled, sealed)  # type: ignore[arg-type]
        size = sum(e.size for e in entries)
        with db.session() as session:
            row = OutboxPackage(
                uid=package_uid, name=name, created_at=now, created_by_id=officer_id, record_count=len(ids),
                file_count=len(attachments), size=size, digest=digest, state="menunggu", share_folder=str(share or ""),
                attempts=0, last_error="", delivered_path="",
            )
            session.add(row)
            for record_id in ids:
                hand_over(session, record_id, officer_id, name)
            session.flush()
            row_id = row.id
    except OSError as exc:
        _discard(building, marker, partial)
        raise UserError(QT_TR_NOOP("Paket serah terima tidak dapat dibuat di \"{outbox}\" ({reason}). Periksa ruang disk. Tidak ada yang berubah."), outbox=outbox, reason=describe_os_error(exc)) from exc
    except BaseException:
        _discard(building, marker, partial)
        raise
    local = finish_building(paths, name)
    marker.unlink(missing_ok=True)
    if share is None:
        return not_configured_result(name, local, len(ids), len(attachments), size)
    delivered = None
    if direct_error is None:
        try:
            delivered = publish(partial, share / name)  # type: ignore[arg-type]
        except (OSError, UserError) as exc:
            direct_error = failure_text(exc, share)
            remove_tree(partial)  # type: ignore[arg-type]
    entry = record_attempt(db, paths, row_id, share, delivered, direct_error)
    return ExportResult(name, local, "terkirim" if delivered else "outbox", delivered, len(ids), len(attachments), size,
                        entry.last_error, entry.reason_error)


def not_configured_result(name: str, local: Path, record_count: int, file_count: int, size: int) -> ExportResult:
    """A package left in the outbox because no shared folder is set up."""
    error = UserError(QT_TR_NOOP("Folder bersama untuk pengiriman belum diatur; paket menunggu di kotak keluar."))
    return ExportResult(name, local, "outbox", None, record_count, file_count, size, str(error), error)


def _fill_bag(db: Database, store: FileStore, building: Path, attachments: list[tuple[str, str]],
              records_file: RecordsFile, ids: list[int], sealed: SealedBuild | None,
              ) -> list[str]:
    """Stored files, records.json and register.pdf in the bag (sealed into `sealed` in an encrypted
    folder); their bag paths."""
    try:
        for bag_path, sha256 in attachments:
            if sealed is not None:
                sealed.add_stored(bag_path, sha256)
            else:
                _link_or_copy(store.path_of(sha256), building / bag_path)
    except FileNotFoundError as exc:
        bag_path = _bag_path_of(store, attachments, Path(str(exc.filename)))
        if bag_path is None:
            raise
        raise UserError(
            QT_TR_NOOP("Berkas \"{records_file}\" tidak ditemukan di penyimpanan internal. Paket tidak "
            "dibuat. Jalankan \"ppid-desktop check\", lalu pulihkan atau lampirkan ulang berkas itu."), records_file=_original_name(records_file, bag_path)
        ) from exc
    from ppid_desktop.services.printing import write_register_pdf

    records_json = records_to_json(records_file)
    if sealed is not None:
        sealed.add_bytes(RECORDS_PATH, records_json)
        sealed.add_document(REGISTER_PATH, lambda path: write_register_pdf(db, path, record_ids=ids))
    else:
        (building / "data").mkdir(exist_ok=True)
        (building / RECORDS_PATH).write_bytes(records_json)
        write_register_pdf(db, building / REGISTER_PATH, record_ids=ids)
    return [bag_path for bag_path, _sha in attachments] + [RECORDS_PATH, REGISTER_PATH]


def _bag_path_of(store: FileStore, attachments: list[tuple[str, str]], stored: Path) -> str | None:
    return next((bag_path for bag_path, sha256 in attachments if store.path_of(sha256) == stored), None)


def _original_name(records_file: RecordsFile, bag_path: str | None) -> str:
    return next((f.original_name for r in records_file.records for f in r.files if f.path == bag_path), bag_path or "?")


def _changed(original: str) -> UserError:
    return UserError(
        QT_TR_NOOP("Berkas \"{original}\" di penyimpanan internal telah berubah atau rusak (sidik SHA-256 tidak cocok "
        "dengan saat dilampirkan). Paket tidak dibuat. Jalankan \"ppid-desktop check\" dan lampirkan ulang berkas itu."), original=original
    )


def _entries(payload: list[str], hashes: list[Hashes], attachments: list[tuple[str, str]], records_file: RecordsFile) -> list[PayloadEntry]:
    """Manifest entries; a stored file whose SHA-256 is not the one recorded when it was attached
    (changed or damaged after it was listed) stops the export."""
    expected = dict(attachments)
    entries = []
    for bag_path, (sha256, sha512, size) in zip(payload, hashes):
        if bag_path in expected and sha256 != expected[bag_path]:
            raise _changed(_original_name(records_file, bag_path))
        entries.append(PayloadEntry(bag_path, sha256, sha512, size))
    return entries


def _finish_copy(building: Path, partial: Path, copied: dict[str, tuple[Hashes, Hashes]], digest: str,
                 cancelled: Callable[[], bool] | None, sealed: SealedBuild | None) -> UserError | None:
    """Tag files to the share, then the full validation of the copy there; the reason it failed."""
    share = partial.parent
    try:
        if sealed is not None:
            sealed.write_plain_tags(partial)  # validate_bag reads every tag file itself
        else:
            tags = [p for p in building.iterdir() if p.is_file()]
            copied = {**copied, **copy_tree(building, partial, files=tags)}
        report = validate_bag(partial, cancelled=cancelled, known={path: copy for path, (_src, copy) in copied.items()})
        if report.digest != digest:
            raise PackageInvalid(QT_TR_NOOP("Salinan paket \"{name}\" di folder bersama berbeda dari paket di kotak keluar."), name=partial.name)
    except (OSError, UserError) as exc:
        remove_tree(partial)
        return failure_text(exc, share)
    return None


def _discard(building: Path, marker: Path, partial: Path | None) -> None:
    remove_tree(building)
    if partial is not None:
        remove_tree(partial)
    marker.unlink(missing_ok=True)


def _size(path: Path) -> int:
    try:
        return path.stat().st_size
    except OSError:
        return 0
