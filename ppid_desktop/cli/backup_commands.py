"""`backup` and `restore`: copies of the database, made and put back (services/backups.py).

    ppid-desktop backup            take a verified copy now
    ppid-desktop backup --list     the copies in the data folder, newest first
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
from ppid_desktop.storage.paths import resolve_data_dir


def register(subparsers: argparse._SubParsersAction, common_parent: argparse.ArgumentParser) -> None:  # type: ignore[type-arg]
    backup = subparsers.add_parser("backup", parents=[common_parent], help="buat salinan cadangan basis data, atau lihat daftarnya")
    backup.add_argument("--list", action="store_true", help="tampilkan cadangan yang ada, terbaru lebih dahulu")
    restore = subparsers.add_parser("restore", parents=[common_parent], help="pulihkan basis data dari sebuah cadangan (tutup jendela dahulu)")
    restore.add_argument("file", metavar="BERKAS", help="berkas cadangan .sqlite3 (lihat backup --list)")
    restore.add_argument("--yes", action="store_true", help="benar-benar memulihkan; tanpa ini hanya dijelaskan apa yang akan terjadi")


def cmd_backup(args: argparse.Namespace) -> int:
    from ppid_desktop.services.backups import list_backups, take_backup

    paths = resolve_data_dir(getattr(args, "data_dir", None))
    if args.list:
        found = list_backups(paths)
        for info in found:
            print(f"{info.taken_at:%d-%m-%Y %H.%M.%S}  {info.label:<34} {format_size(info.size):>10}  {info.path}")
        print(f"{len(found)} cadangan di {paths.backups}.")
        return 0
    target = take_backup(paths, "manual")
    print(f"Cadangan dibuat dan diperiksa: {target}")
    return 0


def cmd_restore(args: argparse.Namespace) -> int:
    from ppid_desktop.services.backups import restore_backup
    from ppid_desktop.storage.database import verify_database_file

    paths = resolve_data_dir(getattr(args, "data_dir", None))
    backup = Path(args.file).expanduser().absolute()
    if not args.yes:
        if not backup.is_file():
            print(f"Cadangan \"{backup}\" tidak ditemukan. Lihat daftar dengan \"ppid-desktop backup --list\".")
            return 1
        if verify_database_file(backup) is not None:
            print(f"Cadangan \"{backup}\" rusak atau bukan basis data PPID Desktop; tidak dapat dipakai.")
            return 1
        print(f"Cadangan \"{backup.name}\" utuh. Dengan --yes, basis data di {paths.database} diganti dengannya;")
        print("basis data yang sekarang disimpan lebih dahulu sebagai cadangan \"sebelum-pemulihan\". Tutup jendela PPID Desktop dahulu.")
        print("Tidak ada yang diubah.")
        return 0
    kept = restore_backup(paths, backup)
    print(f"Basis data dipulihkan dari {backup}.")
    if kept is not None:
        print(f"Basis data sebelumnya disimpan di {kept}.")
    return 0


COMMANDS: dict[str, Callable[[argparse.Namespace], int]] = {"backup": cmd_backup, "restore": cmd_restore}
