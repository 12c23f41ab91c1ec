"""Export of an encrypted handover package (the option "Enkripsi paket dengan kata sandi paket").

The checks, the records file and the package name are handover_export.export_package's; from
there:
1. the encrypted bag is built in `outbox/.dibuat-<pid>-<name>/` (services/handover_encrypted.py):
   each payload file read once, its plaintext checked against what was attached, encrypted under
   the package key; the index and the tag files last. Its payload is ciphertext and its tag files
   name only encrypted files, so the outbox keeps it as it is, also in an encrypted data folder;
2. one transaction: the outbox row and the handover stage completed, as for a plain package;
3. delivery through handover_outbox.deliver_row, the same as every retry: `.partial` copy on
   the share, flushed, read back, validated as a BagIt bag, renamed. A failed delivery leaves the
   package in the outbox for `retry_outbox`.
Killed before step 2: the building folder is removed by the next export or retry (nothing was
copied to the share yet). Killed after: the package is in the outbox and is delivered from there.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from datetime import datetime
from pathlib import Path

from ppid_desktop.domain.errors import UserError, describe_os_error
from ppid_desktop.domain.handover_format import FORMAT_NAME, FORMAT_VERSION, RECORDS_PATH, REGISTER_PATH, RecordsFile, records_to_json
from ppid_desktop.domain.texts import QT_TR_NOOP
from ppid_desktop.services.handover_bag import fsync_dir, remove_tree
from ppid_desktop.services.handover_encrypted import EncryptedBuild, new_header_and_key
from ppid_desktop.services.handover_export import ExportResult, _changed, _original_name, not_configured_result
from ppid_desktop.services.handover_outbox import BUILDING_PREFIX, deliver_row, finish_building, outbox_dir
from ppid_desktop.services.handover_records import hand_over
from ppid_desktop.storage.database import Database
from ppid_desktop.storage.filestore import FileStore, StoredFileDamaged
from ppid_desktop.storage.models import OutboxPackage
from ppid_desktop.storage.paths import DataPaths

Progress = Callable[[int, int], None]


def export_encrypted(
    db: Database, paths: DataPaths, ids: list[int], officer_id: int | None, share: Path | None, passphrase: str,
    name: str, package_uid: str, now: datetime, records_file: RecordsFile, attachments: list[tuple[str, str]],
    office: dict[str, str], progress: Progress | None, cancelled: Callable[[], bool] | None,
) -> ExportResult:
    outbox = outbox_dir(paths)
    building = outbox / f"{BUILDING_PREFIX}{os.getpid()}-{name}"
    store = FileStore(paths)
    header, key = new_header_and_key(passphrase)
    try:
        outbox.mkdir(parents=True, exist_ok=True)
        building.mkdir()
        build = EncryptedBuild(building, key, header)
        _add_attachments(build, store, attachments, records_file, progress, cancelled)
        from ppid_desktop.services.printing import write_register_pdf

        build.add_bytes(RECORDS_PATH, records_to_json(records_file))
        build.add_document(REGISTER_PATH, lambda path: write_register_pdf(db, path, record_ids=ids))
        bag_info = {
            **office,
            "Contact-Name": "-",  # the sender's name is personal data: inside records.json only
            "Bagging-Date": now.astimezone().date().isoformat(),
            "External-Identifier": package_uid,
            "External-Description": f"Serah terima {len(ids)} rekaman Informasi yang Dikecualikan (terenkripsi)",
            "Bag-Count": "1 of 1",
            "PPID-Format": f"{FORMAT_NAME} {FORMAT_VERSION}",
            "PPID-Unit": records_file.unit,
            "PPID-Record-Count": str(len(ids)),
            "PPID-SOP": f"{records_file.sop.code} {records_file.sop.revision}",
        }
        digest = build.finish(bag_info)
        fsync_dir(building)
        with db.session() as session:
            row = OutboxPackage(
                uid=package_uid, name=name, created_at=now, created_by_id=officer_id, record_count=len(ids),
                file_count=len(attachments), size=build.size, digest=digest, state="menunggu", share_folder=str(share or ""),
                attempts=0, last_error="", delivered_path="",
            )
            session.add(row)
            for record_id in ids:
                hand_over(session, record_id, officer_id, name)
            session.flush()
            row_id = row.id
    except OSError as exc:
        remove_tree(building)
        raise UserError(QT_TR_NOOP("Paket serah terima tidak dapat dibuat di \"{outbox}\" ({reason}). Periksa ruang disk. Tidak ada yang berubah."), outbox=outbox, reason=describe_os_error(exc)) from exc
    except BaseException:
        remove_tree(building)
        raise
    local = finish_building(paths, name)
    if share is None:
        return not_configured_result(name, local, len(ids), len(attachments), build.size)
    second = (lambda done, total: progress(total + done, 2 * total)) if progress is not None else None
    entry = deliver_row(db, paths, row_id, share, second, cancelled)
    delivered = Path(entry.delivered_path) if entry.state == "terkirim" and entry.delivered_path else None
    return ExportResult(name, local, "terkirim" if delivered else "outbox", delivered, len(ids), len(attachments), build.size,
                        entry.last_error, entry.reason_error)


def _add_attachments(build: EncryptedBuild, store: FileStore, attachments: list[tuple[str, str]], records_file: RecordsFile,
                     progress: Progress | None, cancelled: Callable[[], bool] | None) -> None:
    """Each stored file encrypted into the package; one whose content is not what was attached
    (or fails authentication in an encrypted store) stops the export."""
    total = sum(_size(store.path_of(sha)) for _p, sha in attachments)
    done = 0
    for bag_path, sha256 in attachments:
        if cancelled is not None and cancelled():
            from ppid_desktop.services.handover_bag import PackageCancelled

            raise PackageCancelled()
        try:
            found, _sha512, size = build.add(bag_path, store.chunks(sha256))
        except FileNotFoundError as exc:
            raise UserError(
                QT_TR_NOOP("Berkas \"{records_file}\" tidak ditemukan di penyimpanan internal. Paket tidak "
                "dibuat. Jalankan \"ppid-desktop check\", lalu pulihkan atau lampirkan ulang berkas itu."), records_file=_original_name(records_file, bag_path)
            ) from exc
        except StoredFileDamaged as exc:
            raise _changed(_original_name(records_file, bag_path)) from exc
        if found != sha256:
            raise _changed(_original_name(records_file, bag_path))
        done += size
        if progress is not None:
            progress(done, 2 * max(total, 1))


def _size(path: Path) -> int:
    try:
        return path.stat().st_size
    except OSError:
        return 0
