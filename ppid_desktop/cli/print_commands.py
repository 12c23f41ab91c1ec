"""Commands that write the printed documents as PDF files.

    ppid-desktop register-pdf --out FILE [--paper A4|F4] [--orientation landscape|portrait]
                              [--unit NAME] [--status draft|ditetapkan|dibuka] [--year YYYY]
    ppid-desktop penetapan-pdf RECORD --out FILE
    ppid-desktop sop-pdf --out FILE

`cli.main` adds them with `register(subparsers, common_parent)` and dispatches through
`COMMANDS`. Each prints the path it wrote; errors are UserError (printed by `cli.main`).
"""

from __future__ import annotations

import argparse
from collections.abc import Callable

from ppid_desktop.domain.errors import UserError
from ppid_desktop.cli.common import open_from_args as _open
from ppid_desktop.cli.common import unit_id_by_name



def _year(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"tahun \"{text}\" tidak valid; tulis empat angka, misalnya 2025") from None
    if not 1900 <= value <= 2999:
        raise argparse.ArgumentTypeError(f"tahun {value} di luar rentang 1900-2999")
    return value


def register(subparsers: argparse._SubParsersAction, common_parent: argparse.ArgumentParser) -> None:
    """Add register-pdf, penetapan-pdf and sop-pdf to the command line."""
    reg = subparsers.add_parser("register-pdf", parents=[common_parent], help="cetak Daftar Informasi yang Dikecualikan ke PDF")
    reg.add_argument("--out", required=True, metavar="FILE", help="berkas PDF yang ditulis")
    reg.add_argument("--paper", choices=["A4", "F4"], default=None, help="ukuran kertas (bawaan: pengaturan kantor)")
    reg.add_argument("--orientation", choices=["landscape", "portrait"], default="landscape", help="orientasi (bawaan: landscape)")
    reg.add_argument("--unit", metavar="NAME", default=None, help="hanya unit penguasa informasi ini")
    reg.add_argument("--status", choices=["draft", "ditetapkan", "dibuka"], default=None, help="hanya rekaman dengan status ini")
    reg.add_argument("--year", type=_year, default=None, metavar="YYYY", help="hanya rekaman yang dicatat pada tahun ini")
    reg.add_argument("--copies", type=int, default=None, metavar="N", help="beri nomor salinan 1..N (\"Salinan ke-1 dari N\")")

    pen = subparsers.add_parser("penetapan-pdf", parents=[common_parent], help="cetak surat penetapan klasifikasi satu rekaman ke PDF")
    pen.add_argument("record", metavar="RECORD", help="id rekaman (uid, awalan uid 8+ karakter) atau nomor register")
    pen.add_argument("--out", required=True, metavar="FILE", help="berkas PDF yang ditulis")
    pen.add_argument("--paper", choices=["A4", "F4"], default=None, help="ukuran kertas (bawaan: pengaturan kantor)")

    sop = subparsers.add_parser("sop-pdf", parents=[common_parent], help="cetak lembar SOP kantor ke PDF")
    sop.add_argument("--out", required=True, metavar="FILE", help="berkas PDF yang ditulis")
    sop.add_argument("--paper", choices=["A4", "F4"], default=None, help="ukuran kertas (bawaan: pengaturan kantor)")
    sop.add_argument("--orientation", choices=["landscape", "portrait"], default="landscape", help="orientasi (bawaan: landscape)")


def cmd_register_pdf(args: argparse.Namespace) -> int:
    from ppid_desktop.services.printing import write_register_pdf

    if args.copies is not None and not 1 <= args.copies <= 99:
        raise UserError("Jumlah salinan harus 1 sampai 99.")
    db = _open(args)
    try:
        path = write_register_pdf(
            db,
            args.out,
            paper=args.paper,
            orientation=args.orientation,
            unit_id=unit_id_by_name(db, args.unit),
            status=args.status,
            year=args.year,
            copies=args.copies,
        )
    finally:
        db.close()
    print(path)
    return 0


def cmd_penetapan_pdf(args: argparse.Namespace) -> int:
    from ppid_desktop.services.printing import write_penetapan_pdf
    from ppid_desktop.services.records import find_record_id

    db = _open(args)
    try:
        path = write_penetapan_pdf(db, find_record_id(db, args.record), args.out, paper=args.paper)
    finally:
        db.close()
    print(path)
    return 0


def cmd_sop_pdf(args: argparse.Namespace) -> int:
    from ppid_desktop.services.printing import write_sop_pdf

    db = _open(args)
    try:
        path = write_sop_pdf(db, args.out, paper=args.paper, orientation=args.orientation)
    finally:
        db.close()
    print(path)
    return 0


COMMANDS: dict[str, Callable[[argparse.Namespace], int]] = {
    "register-pdf": cmd_register_pdf,
    "penetapan-pdf": cmd_penetapan_pdf,
    "sop-pdf": cmd_sop_pdf,
}
