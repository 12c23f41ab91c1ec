"""`backup` and `restore`: copies of the database, made and put back (services/backups.py).

    ppid-desktop backup            take a verified copy now
    ppid-desktop backup --to-share take one and copy it to the shared drive, verified
    ppid-desktop backup --list     the copies in the data folder, newest first, and the share setting
    ppid-desktop backup --daily-to-share on|off
                                   copy the daily backup to the shared drive (off by default)
    ppid-desktop restore FILE      what a restore would do; nothing changes
    ppid-desktop restore FILE --yes
                                   put FILE in place of the database (close the window first);
                                   the database as it was is kept as a copy of its own
"""

from __future__ import annotations

import argparse
from collections.abc import Callable
from pathlib import Path

from ppid_desktop.domain.sizes import format_size
from ppid_desktop.cli.common import Unlocked, open_unlocked, unlock_from_args
from ppid_desktop.domain.errors import UserError
from ppid_desktop.storage.paths import DataPaths, resolve_data_dir


def register(subparsers: argparse._SubParsersAction, common_parent: argparse.ArgumentParser) -> None:  # type: ignore[type-arg]
    backup = subparsers.add_parser("backup", parents=[common_parent], help="buat salinan cadangan basis data, atau lihat daftarnya")
    backup.add_argument("--list", action="store_true", help="tampilkan cadangan yang ada, terbaru lebih dahulu")
    backup.add_argument("--to-share", action="store_true",
                        help="salin juga cadangan yang baru dibuat ke folder bersama (\"Cadangan PPID Desktop\"), lalu periksa salinannya")
    backup.add_argument("--daily-to-share", choices=("on", "off"), metavar="on|off",
                        help="hidupkan (on) atau matikan (off) penyalinan cadangan harian ke folder bersama")
    restore = subparsers.add_parser("restore", parents=[common_parent], help="pulihkan basis data dari sebuah cadangan (tutup jendela dahulu)")
    restore.add_argument("file", metavar="BERKAS", help="berkas cadangan .sqlite3 (lihat backup --list)")
    restore.add_argument("--yes", action="store_true", help="benar-benar memulihkan; tanpa ini hanya dijelaskan apa yang akan terjadi")


def cmd_backup(args: argparse.Namespace) -> int:
    from ppid_desktop.services.backups import copy_newest_backup_to_share, list_backups, take_backup

    if args.daily_to_share is not None:
        return _set_daily_to_share(resolve_data_dir(getattr(args, "data_dir", None)), args.daily_to_share == "on")
    paths = unlock_from_args(args).paths  # a backup is encrypted with the folder's key
    if args.list:
        found = list_backups(paths)
        for info in found:
            print(f"{info.taken_at:%d-%m-%Y %H.%M.%S}  {info.label:<34} {format_size(info.size):>10}  {info.path}")
        print(f"{len(found)} cadangan di {paths.backups}.")
        print(_share_setting_text(paths))
        return 0
    target = take_backup(paths, "manual")
    print(f"Cadangan dibuat dan diperiksa: {target}")
    if args.to_share:
        copy = copy_newest_backup_to_share(paths, target)
        print(f"Disalin ke folder bersama dan diperiksa (SHA-256 sama): {copy.path}")
        if copy.removed:
            print(f"{copy.removed} salinan lama di folder bersama dihapus; yang disimpan di sana hanya yang terbaru.")
    return 0


def _set_daily_to_share(paths: DataPaths, enabled: bool) -> int:
    from ppid_desktop.services.handover_settings import set_backup_copy

    set_backup_copy(paths, enabled)
    print("Pengaturan disimpan.")
    print(_share_setting_text(paths))
    return 0


def _share_setting_text(paths: DataPaths) -> str:
    from ppid_desktop.services.backups import SHARE_FOLDER
    from ppid_desktop.services.handover_settings import backup_copy_enabled, backup_share_folder, get_share_settings

    if not backup_copy_enabled(paths):
        return "Salinan cadangan harian ke folder bersama: mati (hidupkan dengan \"backup --daily-to-share on\")."
    folder = backup_share_folder(get_share_settings(paths))
    where = folder / SHARE_FOLDER if folder is not None else "(folder bersama belum diatur)"
    return f"Salinan cadangan harian ke folder bersama: hidup, ke {where}."


def cmd_restore(args: argparse.Namespace) -> int:
    from ppid_desktop.services.backups import check_backup, restore_backup

    unlocked = unlock_from_args(args)  # the backup must open with this folder's key
    paths = unlocked.paths
    if args.yes:
        _require_restore_permission(unlocked, args)
    backup = Path(args.file).expanduser().absolute()
    if not args.yes:
        check_backup(paths, backup)  # a refusal is printed as "Kesalahan: ..." with exit status 1
        print(f"Cadangan \"{backup.name}\" utuh. Dengan --yes, basis data di {paths.database} diganti dengannya;")
        print("basis data yang sekarang disimpan lebih dahulu sebagai cadangan \"sebelum-pemulihan\". Tutup jendela PPID Desktop dahulu.")
        print("Tidak ada yang diubah.")
        return 0
    kept = restore_backup(paths, backup)
    print(f"Basis data dipulihkan dari {backup}.")
    if kept is not None:
        print(f"Basis data sebelumnya disimpan di {kept}.")
    return 0


def _require_restore_permission(unlocked: Unlocked, args: argparse.Namespace) -> None:
    """Only an Admin restores, as in the window. A database too damaged to open cannot say who is
    Admin: then the account's password, which opened the key, is the permission."""
    from ppid_desktop.domain.permissions import Action
    from ppid_desktop.services.accounts import check_allowed

    if unlocked.username is None:
        return  # a folder of an earlier version: no accounts yet
    try:
        db = open_unlocked(unlocked, args)
    except UserError:
        return
    try:
        check_allowed(db, Action.RESTORE, args.signed_in.officer_id)
    finally:
        db.close()


COMMANDS: dict[str, Callable[[argparse.Namespace], int]] = {"backup": cmd_backup, "restore": cmd_restore}
