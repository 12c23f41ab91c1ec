"""The tanda terima of an imported package: written back to the share beside the package.

Written atomically (reports/output.write_atomically). When the share refuses the write (read
only, gone), the receipt goes to the data folder's `tanda-terima/` instead; the import itself has
already been committed and is not undone by a receipt that could not be delivered.

A tanda terima names the records it received, so in an encrypted data folder the one kept in
`tanda-terima/` is sealed under the folder's file key (`<name>-tanda-terima.pdf.enc`, see
services/handover_sealed.py). `receipt_to_open` gives what the clerk can open: the file itself
when it is plain, else a decrypted read-only copy in the system's temporary folder, made the way
"Buka salinan" makes one of an attachment (services/attachments.open_copy).
"""

from __future__ import annotations

import logging
import os
import stat
import tempfile
import uuid
from datetime import date
from pathlib import Path

from ppid_desktop.domain.dates import format_hari_tanggal, format_tempat_tanggal
from ppid_desktop.domain.errors import UserError, describe_os_error
from ppid_desktop.domain.handover_format import RecordsFile
from ppid_desktop.domain.nip import EmployeeIdKind, employee_id_label
from ppid_desktop.domain.pangkat import golongan
from ppid_desktop.domain.texts import QT_TR_NOOP
from ppid_desktop.reports.model import DocumentInfo, HandoverReceipt, Orientation, PageSetup, ReceiptFile, ReceiptRecord, SignatureBlock
from ppid_desktop.reports.receipt import write_receipt
from ppid_desktop.services.office import get_office, list_officers, officer_view
from ppid_desktop.services.printing import letterhead
from ppid_desktop.services.handover_sealed import seal_document
from ppid_desktop.storage import crypto
from ppid_desktop.storage.database import Database
from ppid_desktop.storage.filestore import FileStore, StoredFileDamaged
from ppid_desktop.storage.models import ImportReceipt, Officer
from ppid_desktop.storage.paths import DataPaths

log = logging.getLogger(__name__)
LOCAL_DIR = "tanda-terima"
SEALED_SUFFIX = ".enc"


def receipt_name(package_name: str) -> str:
    return f"{package_name}-tanda-terima.pdf"


def _receipt(db: Database, receipt_id: int, records: RecordsFile) -> HandoverReceipt:
    office = get_office(db)
    assert office is not None
    with db.session() as session:
        row = session.get(ImportReceipt, receipt_id)
        assert row is not None
        officer = session.get(Officer, row.officer_id) if row.officer_id is not None else None
        receiver = officer_view(officer) if officer is not None else None
        digest, imported_at, name = row.digest, row.imported_at, row.package_name
    if receiver is None:
        receiver = next((o for o in list_officers(db) if "ppid" in o.roles), None)
    giver = records.officer_by_key().get(records.officer or "")
    today = imported_at.astimezone().date() if imported_at else date.today()
    receiver_block = SignatureBlock(("PPID,",), receiver.name if receiver else "", "", receiver.pangkat_label if receiver else "",
                                    receiver.id_label if receiver else "")
    giver_block = SignatureBlock((f"{giver.jabatan}," if giver and giver.jabatan else "Petugas Dokumentasi,",), giver.name if giver else "",
                                 "", golongan(giver.pangkat).label if giver and giver.pangkat else "",
                                 employee_id_label(EmployeeIdKind(giver.id_kind), giver.employee_id) if giver and giver.employee_id else "")
    return HandoverReceipt(
        letterhead=letterhead(db),
        info=DocumentInfo(title=f"Tanda Terima Serah Terima {name}", author=office.name, subject="Serah terima Informasi yang Dikecualikan"),
        number="",
        tanggal=format_hari_tanggal(today),
        from_unit=f"{records.unit}, {records.office}" if records.unit != records.office else records.office,
        giver=giver_block,
        receiver=receiver_block,
        records=tuple(ReceiptRecord(r.register_number, r.title, len(r.files)) for r in records.records),
        files=tuple(ReceiptFile(f.original_name, f.size, f.sha256) for r in records.records for f in r.files),
        place_date=format_tempat_tanggal(office.city, today),
        setup=PageSetup(office.paper, Orientation.PORTRAIT),
        notes=(f"Paket: {name}. Sidik paket (SHA-256 manifes tag): {digest}. Paket telah diperiksa lengkap dan utuh "
               "(BagIt, SHA-256 dan SHA-512) sebelum diterima.",),
    )


def write_package_receipt(db: Database, paths: DataPaths, receipt_id: int, package: Path, records: RecordsFile,
                          *, on_share: bool = True) -> Path | None:
    """Write the tanda terima beside the package (else locally) and remember where it is. Not on
    the share for an encrypted package (`on_share` False): the receipt lists the titles, the
    files' names and the officers the package's encryption hides."""
    receipt = _receipt(db, receipt_id, records)
    written: Path | None = None
    store = FileStore(paths)
    local = paths.root / LOCAL_DIR / (receipt_name(package.name) + (SEALED_SUFFIX if store.encrypted else ""))
    for target in (package.parent / receipt_name(package.name), local) if on_share else (local,):
        try:
            target.parent.mkdir(parents=True, exist_ok=True)
            if target == local and store.encrypted:
                seal_document(store, target, lambda plain: write_receipt(plain, receipt))
                written = target
            else:
                written = write_receipt(target, receipt)
            break
        except (OSError, UserError) as exc:
            log.warning("tanda terima could not be written to %s: %s", target, exc)
    if written is not None:
        with db.session() as session:
            row = session.get(ImportReceipt, receipt_id)
            assert row is not None
            row.receipt_pdf = str(written)
    return written


def receipt_to_open(paths: DataPaths, receipt: Path, temp_root: Path | None = None) -> Path:
    """The tanda terima to open in a PDF reader: `receipt` itself when it is plain (on the share, or
    in a folder without a key), else a decrypted read-only copy in a folder of its own under the
    system's temporary folder (old copies there are cleared, as for attachments)."""
    from ppid_desktop.services import attachments

    try:
        sealed = crypto.is_encrypted_file(receipt)
    except OSError as exc:
        raise UserError(QT_TR_NOOP("Tanda terima \"{receipt}\" tidak dapat dibuka ({reason}). Periksa apakah berkasnya masih ada."),
                        receipt=receipt, reason=describe_os_error(exc)) from exc
    if not sealed:
        return receipt
    root = temp_root if temp_root is not None else Path(tempfile.gettempdir()) / attachments.OPENED_COPIES_FOLDER
    attachments.remove_old_copies(root)  # the same clearing as attachments' copies
    folder = root / uuid.uuid4().hex[:12]
    name = receipt.name.removesuffix(SEALED_SUFFIX)
    target, partial = folder / name, folder / f".{name}.part"
    try:
        folder.mkdir(parents=True)
        with open(partial, "xb") as writer:
            for block in FileStore(paths).chunks_at(receipt):
                writer.write(block)
            writer.flush()
            os.fsync(writer.fileno())
        os.replace(partial, target)
        target.chmod(stat.S_IREAD | stat.S_IRGRP | stat.S_IROTH)
    except StoredFileDamaged as exc:
        partial.unlink(missing_ok=True)
        raise UserError(QT_TR_NOOP("Tanda terima \"{name}\" di folder data telah berubah atau rusak, sehingga tidak dibuka. "
                                   "Impor paketnya sekali lagi dari folder bersama untuk membuat tanda terima baru."), name=name) from exc
    except OSError as exc:
        partial.unlink(missing_ok=True)
        raise UserError(QT_TR_NOOP("Salinan tanda terima \"{name}\" tidak dapat dibuat di \"{folder}\" ({reason}). "
                                   "Periksa ruang disk, lalu coba lagi."), name=name, folder=folder, reason=describe_os_error(exc)) from exc
    return target
