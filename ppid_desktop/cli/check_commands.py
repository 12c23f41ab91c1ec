"""`check`: re-read internal storage and the database and report anything lost or altered.

    ppid-desktop check

Exit 0 when every check is clean, 1 when anything is found (missing, altered or orphan files, a
database that SQLite's quick check finds damaged). The same service as the window would call
(services/fixity.py); further checks appear as further sections of the same report.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable

from ppid_desktop.cli.common import open_from_args as _open
from ppid_desktop.domain.sizes import format_count


def register(subparsers: argparse._SubParsersAction, common_parent: argparse.ArgumentParser) -> None:  # type: ignore[type-arg]
    subparsers.add_parser(
        "check",
        parents=[common_parent],
        help="periksa keutuhan basis data dan berkas tersimpan (keluar 1 bila ada masalah)",
        description=(
            "Membaca ulang setiap berkas di penyimpanan internal, mencocokkan SHA-256 dan ukurannya "
            "dengan catatan lampiran, dan melaporkan berkas yang hilang, berubah atau tidak dirujuk."
        ),
    )


def _progress_printer() -> Callable[[int, int], None] | None:
    if not sys.stderr.isatty():
        return None
    last = -1

    def show(done: int, total: int) -> None:
        nonlocal last
        percent = 100 * done // total if total else 100
        if percent != last:
            last = percent
            print(f"\rMembaca berkas tersimpan: {percent}%", end="" if percent < 100 else "\n", file=sys.stderr)

    return show


def cmd_check(args: argparse.Namespace) -> int:
    from ppid_desktop.services.fixity import check_storage

    db = _open(args)
    try:
        report = check_storage(db, db.paths, progress=_progress_printer())
    finally:
        db.close()
    print(f"Pemeriksaan keutuhan data PPID Desktop\nFolder data: {db.paths.root}\n")
    if db.paths.key is None:
        print("[CATATAN] Enkripsi: data di folder ini belum terenkripsi. Buka jendela PPID Desktop; Admin diminta "
              "mengamankannya sebelum aplikasi dipakai.\n")
    else:
        print("[BAIK] Enkripsi: basis data dan berkas tersimpan terenkripsi; dibuka dengan akun yang masuk.\n")
    found = 0
    for section in report.sections():
        mark = "BAIK" if section.ok else "MASALAH"
        print(f"[{mark}] {section.title}: {section.checked}")
        for problem in section.problems:
            print(f"  - {problem}")
        for note in section.notes:
            print(f"  Catatan: {note}")
        found += len(section.problems)
    print()
    if found:
        print(
            f"Ditemukan {format_count(found)} masalah. Pulihkan berkas yang hilang atau berubah dari salinan "
            "cadangan atau minta kembali dari pengirimnya, lalu jalankan \"ppid-desktop check\" lagi. "
            "Jangan menghapus atau mengubah isi folder data secara manual."
        )
        return 1
    print("Semua pemeriksaan baik: tidak ada berkas yang hilang, berubah atau tidak dirujuk.")
    return 0


COMMANDS: dict[str, Callable[[argparse.Namespace], int]] = {
    "check": cmd_check,
}
