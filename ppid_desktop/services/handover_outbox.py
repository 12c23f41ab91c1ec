"""The outbox: packages built here, waiting for (or delivered to) the shared drive.

A package is built in the data folder's `outbox/<name>/` and stays there until a delivery
succeeds: copied to the share as `.<name>.partial`, validated again there (every checksum of
both manifests), then renamed to `<name>`. An existing package on the share is never
overwritten. Any failure (share unreachable, disk full, the share vanishing mid-copy) leaves the
package in the outbox with the reason in Indonesian, removes the partial copy when it can, and
`retry_outbox` tries again later. The reason is saved as an error with its template and values
(errors.to_stored), so the window can show it in English; `OutboxEntry.last_error` is its
Indonesian text, `OutboxEntry.reason_error` the error itself.

In an encrypted data folder the package waits sealed (services/handover_sealed.py) and is
decrypted only into the partial copy on the share; the validation and the rename are the same.
"""

from __future__ import annotations

import errno
import logging
import os
import sys
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

from sqlalchemy import select

from ppid_desktop.domain.errors import UserError, describe_os_error, from_stored, to_stored
from ppid_desktop.domain.texts import QT_TR_NOOP
from ppid_desktop.services.handover_bag import (
    Cancelled,
    PackageCancelled,
    PackageInvalid,
    Progress,
    copy_tree,
    fsync_dir,
    package_digest,
    remove_tree,
    validate_bag,
)
from ppid_desktop.services.handover_sealed import is_sealed, unseal_package
from ppid_desktop.services.handover_settings import get_share_settings
from ppid_desktop.storage.database import Database
from ppid_desktop.storage.filestore import FileStore
from ppid_desktop.storage.models import OutboxPackage, utcnow
from ppid_desktop.storage.paths import DataPaths

log = logging.getLogger(__name__)

OUTBOX_DIR = "outbox"
BUILDING_PREFIX = ".dibuat-"  # .dibuat-<pid>-<name>: a bag being built by process <pid>
TARGET_SUFFIX = ".tujuan"
STATE_LABELS = {"menunggu": QT_TR_NOOP("Menunggu dikirim"), "terkirim": QT_TR_NOOP("Terkirim"), "gagal": QT_TR_NOOP("Gagal dikirim (akan dicoba lagi)")}


@dataclass(frozen=True)
class OutboxEntry:
    package_name: str
    created_at: datetime
    record_count: int
    size: int
    state: str  # "menunggu" | "terkirim" | "gagal"
    attempts: int
    last_error: str  # Indonesian (the command line); "" when none
    delivered_at: datetime | None
    file_count: int = 0
    share_folder: str = ""
    delivered_path: str = ""
    # The reason of the last failure with its template and values (the window shows it with
    # user_text); None when there is none.
    reason_error: UserError | None = field(default=None, compare=False)

    @property
    def state_label(self) -> str:
        return STATE_LABELS.get(self.state, self.state)


def outbox_dir(paths: DataPaths) -> Path:
    return paths.root / OUTBOX_DIR


def _entry(row: OutboxPackage) -> OutboxEntry:
    error = from_stored(row.last_error) if row.last_error else None
    return OutboxEntry(
        row.name, row.created_at, row.record_count, row.size, row.state, row.attempts, str(error) if error else "",
        row.delivered_at, row.file_count, row.share_folder, row.delivered_path, error,
    )


def outbox_entries(db: Database) -> list[OutboxEntry]:
    """Every package built here, newest first (delivered ones included, for the record)."""
    with db.session() as session:
        rows = session.scalars(select(OutboxPackage).order_by(OutboxPackage.created_at.desc(), OutboxPackage.id.desc())).all()
        return [_entry(row) for row in rows]


def process_alive(pid: int) -> bool:
    """Whether process `pid` still runs (a half-built package of a running export is left alone)."""
    if pid == os.getpid():
        return True
    if sys.platform == "win32":  # pragma: no cover - Windows only
        import ctypes

        handle = ctypes.windll.kernel32.OpenProcess(0x1000, False, pid)  # PROCESS_QUERY_LIMITED_INFORMATION
        if not handle:
            return False
        code = ctypes.c_ulong()
        ctypes.windll.kernel32.GetExitCodeProcess(handle, ctypes.byref(code))
        ctypes.windll.kernel32.CloseHandle(handle)
        return code.value == 259  # STILL_ACTIVE
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def target_marker(building: Path) -> Path:
    """Beside a building folder: the share it is being copied to, so that a partial copy left by
    a killed export can be found and removed."""
    return building.with_name(building.name + TARGET_SUFFIX)


def clean_abandoned(paths: DataPaths, known: set[str]) -> None:
    """Remove half-built bags (and their partial copies on the share) of exports that died
    (killed, power cut) before they were recorded."""
    folder = outbox_dir(paths)
    if not folder.is_dir():
        return
    for child in folder.iterdir():
        if not child.name.startswith(BUILDING_PREFIX):
            continue
        marker = child.name.endswith(TARGET_SUFFIX)
        base = child.name[: -len(TARGET_SUFFIX)] if marker else child.name
        pid_text, _sep, name = base[len(BUILDING_PREFIX):].partition("-")
        if pid_text.isdigit() and process_alive(int(pid_text)):
            continue
        if not marker:
            if name not in known:
                log.info("removing abandoned package folder %s", child)
                remove_tree(child)
            continue
        try:
            share = Path(child.read_text(encoding="utf-8").strip())
        except OSError:
            share = None
        # A recorded package's partial copy is the outbox's business; an abandoned one's is removed
        # once the share can be reached (until then the marker stays).
        if name in known or share is None or (share.is_dir() and remove_tree(partial_path(share, name))):
            child.unlink(missing_ok=True)


def finish_building(paths: DataPaths, name: str) -> Path:
    """Move a recorded package from its building folder to outbox/<name> (idempotent)."""
    folder = outbox_dir(paths)
    final = folder / name
    if final.is_dir():
        return final
    for child in folder.glob(f"{BUILDING_PREFIX}*-{name}"):
        os.replace(child, final)
        fsync_dir(folder)
        return final
    return final


def _failure_text(exc: BaseException, share: Path) -> UserError:
    if isinstance(exc, UserError):
        return exc
    if isinstance(exc, OSError):
        if exc.errno in (errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC)):
            return UserError(QT_TR_NOOP("Drive bersama \"{share}\" penuh. Minta petugas TI mengosongkan ruang; paket tetap aman di kotak keluar."),
                             share=share)
        return UserError(QT_TR_NOOP("Drive bersama \"{share}\" tidak dapat ditulisi ({reason}). Paket tetap aman di kotak keluar "
                                    "dan akan dikirim lagi ketika drive tersambung."), share=share, reason=describe_os_error(exc))
    return UserError(QT_TR_NOOP("Pengiriman gagal ({reason}). Paket tetap aman di kotak keluar."), reason=str(exc))


def share_problem(share: Path) -> UserError | None:
    """Why `share` cannot take a package now (None when it can)."""
    if not share.is_dir():
        return UserError(QT_TR_NOOP("Folder bersama \"{share}\" tidak terjangkau (drive jaringan belum tersambung?). Paket tetap aman di "
                                    "kotak keluar dan akan dikirim lagi."), share=share)
    return None


def partial_path(share: Path, name: str) -> Path:
    return share / f".{name}.partial"


def publish(partial: Path, final: Path) -> Path:
    """Give a validated copy its final name, never over an existing package."""
    if final.exists():
        raise UserError(QT_TR_NOOP("Di folder bersama sudah ada \"{name}\"; paket tidak menimpanya."), name=final.name)
    os.rename(partial, final)
    fsync_dir(final.parent)
    return final


def deliver(local: Path, share: Path, digest: str, progress: Progress | None = None, cancelled: Cancelled | None = None,
            store: FileStore | None = None) -> Path:
    """Copy the bag at `local` into `share` safely; returns the final path. Raises OSError/UserError.
    A sealed package is decrypted with `store`'s key on its way (handover_sealed.unseal_package)."""
    name = local.name
    problem = share_problem(share)
    if problem is not None:
        raise problem
    final = share / name
    if final.exists():
        try:
            same = package_digest(final) == digest and validate_bag(final).digest == digest
        except (OSError, PackageInvalid):
            same = False
        if same:  # delivered earlier, the record of it was lost (killed before it was saved)
            return final
        raise UserError(QT_TR_NOOP("Di folder bersama sudah ada \"{name}\" yang berbeda isinya; paket tidak menimpanya. Hubungi petugas TI."), name=name)
    partial = partial_path(share, name)
    remove_tree(partial)  # an earlier attempt of ours (the name is unique to this package)
    try:
        if is_sealed(local):
            copied = unseal_package(store, local, partial, progress, cancelled)
        else:
            copied = copy_tree(local, partial, progress, cancelled)
        report = validate_bag(partial, cancelled=cancelled, known={path: copy for path, (_src, copy) in copied.items()})
        if report.digest != digest:
            raise PackageInvalid(QT_TR_NOOP("Salinan paket \"{name}\" di folder bersama berbeda dari paket di kotak keluar."), name=name)
        return publish(partial, final)
    except BaseException:
        if not remove_tree(partial):
            log.warning("partial copy %s could not be removed", partial)
        raise


def failure_text(exc: BaseException, share: Path) -> UserError:
    """The reason a delivery to `share` failed with `exc`, as it is saved with the package."""
    if isinstance(exc, PackageCancelled):
        return UserError(QT_TR_NOOP("Pengiriman dibatalkan; paket tetap aman di kotak keluar dan dapat dikirim lagi."))
    return _failure_text(exc, share)


def record_attempt(db: Database, paths: DataPaths, row_id: int, target: Path | None, delivered: Path | None,
                   error: UserError | None) -> OutboxEntry:
    """Save the outcome of one delivery attempt (`error`: why it failed); a delivered package
    leaves the local outbox."""
    with db.session() as session:
        row = session.get(OutboxPackage, row_id)
        assert row is not None
        row.attempts += 1
        row.last_attempt_at = utcnow()
        if target is not None:
            row.share_folder = str(target)
        if delivered is not None:
            row.state, row.last_error, row.delivered_at, row.delivered_path = "terkirim", "", utcnow(), str(delivered)
        else:
            row.state, row.last_error = "gagal", to_stored(error) if error is not None else ""
        entry = _entry(row)
        name = row.name
    if delivered is not None:
        remove_tree(outbox_dir(paths) / name)  # the share holds the validated copy now
    return entry


def deliver_row(db: Database, paths: DataPaths, row_id: int, share: Path | None,
                progress: Progress | None = None, cancelled: Cancelled | None = None) -> OutboxEntry:
    """One delivery attempt of an outbox package; its outcome is saved whatever happens."""
    with db.session() as session:
        row = session.get(OutboxPackage, row_id)
        assert row is not None
        name, digest = row.name, row.digest
        target = share or (Path(row.share_folder) if row.share_folder else None)
    local = finish_building(paths, name)
    error: UserError | None = None
    delivered = None
    if target is None:
        error = UserError(QT_TR_NOOP("Folder bersama untuk pengiriman belum diatur. Atur di Sunting > Pengaturan > Folder bersama, "
                                     "atau kirim dengan --to."))
    elif not local.is_dir():
        error = UserError(QT_TR_NOOP("Paket \"{name}\" tidak ada lagi di kotak keluar ({local}); buat paket baru."), name=name, local=local)
    else:
        try:
            delivered = deliver(local, target, digest, progress, cancelled, FileStore(paths))
        except (OSError, UserError) as exc:
            error = failure_text(exc, target)
            log.warning("delivery of %s to %s failed: %s", name, target, exc)
    return record_attempt(db, paths, row_id, target, delivered, error)


def retry_outbox(db: Database, paths: DataPaths, progress: Progress | None = None, cancelled: Cancelled | None = None) -> list[OutboxEntry]:
    """Try again every package not yet delivered (to its folder, else the configured one)."""
    configured = get_share_settings(paths).outbox_folder
    with db.session() as session:
        rows = session.scalars(select(OutboxPackage).where(OutboxPackage.state != "terkirim").order_by(OutboxPackage.id)).all()
        pending = [(row.id, Path(row.share_folder) if row.share_folder else configured) for row in rows]
        known = set(session.scalars(select(OutboxPackage.name)))
    clean_abandoned(paths, known)
    for row_id, share in pending:
        deliver_row(db, paths, row_id, share or configured, progress, cancelled)
    return outbox_entries(db)
