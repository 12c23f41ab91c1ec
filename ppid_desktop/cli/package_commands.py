"""Handover packages (serah terima) from the command line; the same services as the window.

    ppid-desktop package export [--to FOLDER] [--record ID ...] [--officer NIP] [--encrypt]
    ppid-desktop package verify PATH          exit 0 valid, 1 refused (the reason is printed)
    ppid-desktop package import PATH [--officer NIP]

The package passphrase of an encrypted package (`--encrypt`; asked again at import) comes from
$PPID_DESKTOP_PACKAGE_PASSWORD or a prompt that does not echo (twice at export), never from an
argument: arguments end up in the shell history and the process list.
    ppid-desktop package inbox [--folder DIR]
    ppid-desktop package share [--outbox DIR] [--inbox DIR]
    ppid-desktop outbox [--retry]
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from pathlib import Path

from ppid_desktop.domain.sizes import format_size
from ppid_desktop.cli.common import open_from_args as _open
from ppid_desktop.domain.errors import UserError
from ppid_desktop.storage.database import Database

PACKAGE_PASSWORD_ENV = "PPID_DESKTOP_PACKAGE_PASSWORD"


def _package_passphrase(confirm: bool) -> str:
    """The package passphrase: from the environment, else asked without echo (twice to set one)."""
    import os

    given = os.environ.get(PACKAGE_PASSWORD_ENV)
    if given is not None:
        return given
    if not sys.stdin.isatty():
        raise UserError(f"Kata sandi paket diperlukan. Isi variabel lingkungan {PACKAGE_PASSWORD_ENV}, atau jalankan perintah di terminal agar kata sandi ditanyakan.")
    from ppid_desktop.cli.common import ask_password
    from ppid_desktop.domain.handover_encryption import PASSPHRASE_RULES, passphrase_error

    if not confirm:
        return ask_password("Kata sandi paket: ")
    print(PASSPHRASE_RULES)
    first = ask_password("Kata sandi paket: ")
    problem = passphrase_error(first, ask_password("Ulangi kata sandi paket: "))
    if problem is not None:
        raise UserError(f"{problem} Paket tidak dibuat.")
    return first


def register(subparsers: argparse._SubParsersAction, common_parent: argparse.ArgumentParser) -> None:  # type: ignore[type-arg]
    package = subparsers.add_parser("package", parents=[common_parent], help="paket serah terima (BagIt): buat, periksa, impor",
                                    description="Paket serah terima softcopy Informasi yang Dikecualikan melalui drive bersama.")
    actions = package.add_subparsers(dest="package_command", metavar="TINDAKAN", required=True)
    export = actions.add_parser("export", parents=[common_parent], help="buat paket dari rekaman di tahap serah terima dan kirim")
    export.add_argument("--to", metavar="FOLDER", help="folder bersama tujuan (bawaan: pengaturan \"package share --outbox\")")
    export.add_argument("--record", action="extend", nargs="+", metavar="ID", default=[],
                        help="rekaman (uid, awalan uid 8+ karakter atau nomor register); boleh berulang. Bawaan: semua rekaman di tahap serah terima")
    export.add_argument("--officer", metavar="NIP", help="NIP/NI PPPK petugas yang menyerahkan (bawaan: satu-satunya petugas dokumentasi)")
    export.add_argument("--encrypt", action="store_true",
                        help=f"enkripsi paket dengan kata sandi paket (dari ${PACKAGE_PASSWORD_ENV} atau ditanyakan dua kali); "
                             "sampaikan kata sandi kepada PPID dengan cara lain, misalnya lewat telepon")
    verify = actions.add_parser("verify", parents=[common_parent], help="periksa kelengkapan dan keutuhan paket; keluar 0 bila sah")
    verify.add_argument("path", metavar="PATH", help="folder paket")
    imp = actions.add_parser("import", parents=[common_parent], help="periksa lalu impor paket ke penyimpanan internal PPID")
    imp.add_argument("path", metavar="PATH", help="folder paket")
    imp.add_argument("--officer", metavar="NIP", help="NIP/NI PPPK petugas PPID yang menerima")
    inbox = actions.add_parser("inbox", parents=[common_parent], help="daftar paket di folder masuk")
    inbox.add_argument("--folder", metavar="DIR", help="folder masuk (bawaan: pengaturan \"package share --inbox\")")
    share = actions.add_parser("share", parents=[common_parent], help="lihat atau atur folder bersama laptop ini")
    share.add_argument("--outbox", metavar="DIR", help="folder di drive bersama tujuan pengiriman paket")
    share.add_argument("--inbox", metavar="DIR", help="folder di drive bersama tempat paket masuk untuk PPID")
    outbox = subparsers.add_parser("outbox", parents=[common_parent], help="daftar paket di kotak keluar; --retry mengirim ulang")
    outbox.add_argument("--retry", action="store_true", help="kirim ulang paket yang belum terkirim")


def _sender(args: argparse.Namespace, db: Database, nip: str | None) -> int:
    from ppid_desktop.cli.common import acting_officer_id
    from ppid_desktop.services.office import list_officers

    if nip or getattr(args, "signed_in", None) is not None:
        return acting_officer_id(args, db, nip, "menyerahkan paket")
    candidates = [o for o in list_officers(db) if "petugas_dokumentasi" in o.roles]
    if len(candidates) == 1:
        return candidates[0].id
    raise UserError("Sebutkan petugas yang menyerahkan dengan --officer NIP.")


def cmd_package(args: argparse.Namespace) -> int:
    return {"export": _export, "verify": _verify, "import": _import, "inbox": _inbox, "share": _share}[args.package_command](args)


def _export(args: argparse.Namespace) -> int:
    from ppid_desktop.services.handover_export import export_package, handover_record_ids
    from ppid_desktop.services.records import find_record_id

    db = _open(args)
    try:
        ids = [find_record_id(db, key) for key in args.record] if args.record else handover_record_ids(db)
        if not ids:
            raise UserError("Tidak ada rekaman di tahap serah terima. Pilih rekaman dengan --record.")
        sender = _sender(args, db, args.officer)
        passphrase = _package_passphrase(confirm=True) if args.encrypt else None
        result = export_package(db, db.paths, ids, sender, share_folder=Path(args.to) if args.to else None, passphrase=passphrase)
    finally:
        db.close()
    print(f"Paket {result.package_name}: {result.record_count} rekaman, {result.file_count} berkas, {format_size(result.size)}.")
    if args.encrypt:
        print("Paket terenkripsi. Sampaikan kata sandi paket kepada PPID secara langsung atau lewat telepon, "
              "jangan di folder yang sama atau lewat surel yang sama.")
    if result.state == "terkirim":
        print(f"Terkirim ke {result.share_path}.")
        return 0
    print(f"Paket menunggu di kotak keluar ({result.local_path}).")
    if result.last_error:
        print(result.last_error, file=sys.stderr)
    return 0


def _verify(args: argparse.Namespace) -> int:
    from ppid_desktop.services.handover_import import verify_package

    result = verify_package(Path(args.path))
    if not result.valid:
        print(f"TIDAK SAH: {result.reason}", file=sys.stderr)
        return 1
    info = result.bag_info
    print(f"Paket sah: {result.file_count} berkas, {format_size(result.size)}, lengkap dan utuh (SHA-256 dan SHA-512).")
    if result.encrypted:
        print("Paket terenkripsi: sidik berkas terenkripsinya cocok; isinya dibuka dan diperiksa keasliannya saat diimpor dengan kata sandi paket.")
    print(f"Pengirim: {info.get('Source-Organization', '-')}, {info.get('PPID-Unit', '-')}; petugas {info.get('Contact-Name', '-')}; "
          f"tanggal {info.get('Bagging-Date', '-')}; {info.get('PPID-Record-Count', '-')} rekaman.")
    print(f"Sidik paket: {result.digest}")
    return 0


def _import(args: argparse.Namespace) -> int:
    from ppid_desktop.services.handover_bag import PackageInvalid
    from ppid_desktop.cli.common import acting_officer_id
    from ppid_desktop.services.handover_encrypted import is_encrypted_package
    from ppid_desktop.services.handover_import import import_package

    passphrase = _package_passphrase(confirm=False) if is_encrypted_package(Path(args.path)) else None
    db = _open(args)
    try:
        officer_id = (acting_officer_id(args, db, args.officer, "menerima paket")
                      if args.officer or getattr(args, "signed_in", None) is not None else None)
        try:
            result = import_package(db, db.paths, Path(args.path), officer_id, passphrase=passphrase)
        except PackageInvalid as exc:
            print(f"DITOLAK, tidak ada yang diimpor: {exc}", file=sys.stderr)
            return 1
    finally:
        db.close()
    if result.already_imported:
        print(f"Paket {result.package_name} sudah pernah diimpor; tidak ada yang ditambahkan.")
    else:
        skipped = f" ({result.records_skipped} rekaman sudah ada dan dilewati)" if result.records_skipped else ""
        print(f"Paket {result.package_name} diimpor: {result.records_added} rekaman, {result.files_added} berkas{skipped}.")
    if result.receipt_pdf is not None:
        from ppid_desktop.services.handover_receipt import receipt_to_open

        shown = receipt_to_open(db.paths, result.receipt_pdf)  # a sealed local one: a copy that opens
        print(f"Tanda terima: {shown}")
    return 0


def _inbox(args: argparse.Namespace) -> int:
    from ppid_desktop.services.handover_import import inbox_packages

    db = _open(args)
    try:
        packages = inbox_packages(db, db.paths, Path(args.folder) if args.folder else None)
    finally:
        db.close()
    for p in packages:
        print(f"{p.state_label:<14}  {p.modified.astimezone():%d-%m-%Y %H:%M}  {format_size(p.size):>9}  {p.name}")
        if p.reason:
            print(f"    {p.reason}")
    print(f"{len(packages)} paket.")
    return 0


def _share(args: argparse.Namespace) -> int:
    from ppid_desktop.services.handover_settings import ShareSettings, get_share_settings, save_share_settings
    from ppid_desktop.storage.paths import resolve_data_dir

    paths = resolve_data_dir(getattr(args, "data_dir", None))
    current = get_share_settings(paths)
    if args.outbox is not None or args.inbox is not None:
        current = ShareSettings(
            Path(args.outbox) if args.outbox is not None else current.outbox_folder,
            Path(args.inbox) if args.inbox is not None else current.inbox_folder,
        )
        save_share_settings(paths, current)
        print("Pengaturan folder bersama disimpan.")
    print(f"Folder kirim (kotak keluar ke drive bersama): {current.outbox_folder or '(belum diatur)'}")
    print(f"Folder masuk (paket untuk PPID): {current.inbox_folder or '(belum diatur)'}")
    return 0


def cmd_outbox(args: argparse.Namespace) -> int:
    from ppid_desktop.services.handover_outbox import outbox_entries, retry_outbox

    db = _open(args)
    try:
        entries = retry_outbox(db, db.paths) if args.retry else outbox_entries(db)
    finally:
        db.close()
    for e in entries:
        print(f"{e.state_label:<32}  {e.created_at.astimezone():%d-%m-%Y %H:%M}  {e.record_count:>3} rekaman  {format_size(e.size):>9}  {e.package_name}")
        if e.last_error:
            print(f"    {e.last_error}")
    waiting = sum(1 for e in entries if e.state != "terkirim")
    print(f"{len(entries)} paket, {waiting} belum terkirim.")
    return 1 if args.retry and waiting else 0


COMMANDS: dict[str, Callable[[argparse.Namespace], int]] = {"package": cmd_package, "outbox": cmd_outbox}
