"""Commands that import a register kept in Excel/CSV and export the register to Excel/CSV.

    ppid-desktop xlsx import FILE [--yes] [--sheet NAME] [--unit NAME] [--report FILE]
    ppid-desktop xlsx export FILE [--search TEXT] [--stage CODE]
    ppid-desktop csv import FILE [--yes] [--unit NAME] [--report FILE]
    ppid-desktop csv export FILE [--search TEXT] [--stage CODE] [--delimiter ;|,]

Without --yes an import prints the preview (a compact table and the problems) and changes
nothing; with --yes it imports the good rows in one transaction.
"""

from __future__ import annotations

import argparse
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from ppid_desktop.cli.common import open_from_args as _open
from ppid_desktop.cli.common import unit_id_by_name
from ppid_desktop.domain.errors import UserError
from ppid_desktop.domain.spreadsheet_columns import FIELD_CHOICES, column_letter

if TYPE_CHECKING:
    from ppid_desktop.services.spreadsheet_import import ImportPreview

PREVIEW_LIMIT = 200  # rows printed in the table; the counts always cover every row


def register(subparsers: argparse._SubParsersAction, common_parent: argparse.ArgumentParser) -> None:
    """Add `xlsx` and `csv`, each with `import` and `export`."""
    for kind, what in (("xlsx", "buku kerja Excel (.xlsx)"), ("csv", "berkas CSV")):
        parser = subparsers.add_parser(kind, parents=[common_parent], help=f"impor atau ekspor daftar dalam {what}")
        actions = parser.add_subparsers(dest="action", metavar="AKSI", required=True)
        imp = actions.add_parser("import", parents=[common_parent], help=f"impor daftar dari {what}; tanpa --yes hanya pratinjau")
        imp.add_argument("file", metavar="FILE", help="berkas yang diimpor")
        imp.add_argument("--yes", action="store_true", help="impor baris yang baik (tanpa ini: hanya pratinjau, tidak ada yang diubah)")
        if kind == "xlsx":
            imp.add_argument("--sheet", metavar="NAME", default=None, help="nama lembar (bawaan: lembar pertama)")
        imp.add_argument("--unit", metavar="NAME", default=None, help="unit untuk baris yang kolom unitnya kosong")
        imp.add_argument("--map", metavar="KOLOM=ISIAN", action="append", default=[],
                         help=f"betulkan pemetaan satu kolom, misalnya --map H=storage_location (boleh berulang). ISIAN: {', '.join(k for k in FIELD_CHOICES if k) } atau kosong (tidak diimpor)")
        imp.add_argument("--report", metavar="FILE", default=None, help="tulis baris yang dilewati ke berkas CSV ini")
        exp = actions.add_parser("export", parents=[common_parent], help=f"ekspor daftar ke {what}")
        exp.add_argument("file", metavar="FILE", help=f"berkas .{kind} yang ditulis")
        exp.add_argument("--search", metavar="TEXT", default="", help="hanya rekaman yang cocok dengan pencarian ini")
        exp.add_argument("--stage", metavar="CODE", default=None, help="hanya rekaman di tahap ini (kode tahap SOP)")
        if kind == "csv":
            exp.add_argument("--delimiter", choices=[";", ","], default=";", help="pemisah kolom (bawaan ; untuk Excel berbahasa Indonesia)")


def _cut(text: str, width: int) -> str:
    text = " ".join(text.split())
    return text if len(text) <= width else text[: width - 1] + "…"


def _print_preview(preview: ImportPreview) -> None:
    data = preview.data
    sheet = f", lembar \"{data.sheet_name}\"" if data.kind == "xlsx" else ""
    print(f"Berkas: {data.path.name}{sheet}; judul kolom di baris {preview.layout.header_row + 1}.")
    print("Pemetaan kolom:")
    for index, (label, key) in enumerate(zip(preview.layout.labels, preview.mapping)):
        print(f"  {column_letter(index):>2}: {_cut(label, 40):<40} -> {FIELD_CHOICES[key]}")
    print()
    print(f"{'Baris':>6}  {'Status':<9} {'Informasi yang dikecualikan':<40} {'Unit':<24} {'Dasar hukum':<26} Jangka waktu")
    for row in preview.rows[:PREVIEW_LIMIT]:
        shown = preview.describe(row)
        status = "siap" if row.ok else "DILEWATI"
        print(f"{row.row_number:>6}  {status:<9} {_cut(shown['title'], 40):<40} {_cut(shown['unit'], 24):<24} "
              f"{_cut(shown['legal_grounds'], 26):<26} {_cut(shown['period'], 40)}")
    if len(preview.rows) > PREVIEW_LIMIT:
        print(f"  … dan {len(preview.rows) - PREVIEW_LIMIT} baris lagi.")
    skipped = preview.skipped
    if skipped:
        print()
        print("Masalah:")
        for row in skipped:
            for problem in row.problems:
                print(f"  Baris {row.row_number}: {problem}")
    print()
    print(preview.summary())


def _mapping(guessed: Sequence[str], overrides: Sequence[str]) -> list[str]:
    """The guessed mapping with the --map corrections ("H=storage_location", "C=")."""
    mapping = list(guessed)
    letters = {column_letter(i): i for i in range(len(mapping))}
    for item in overrides:
        letter, equals, key = item.partition("=")
        letter, key = letter.strip().upper(), key.strip()
        if not equals or letter not in letters:
            raise UserError(f"--map \"{item}\" tidak dapat dibaca: tulis huruf kolom (A sampai {column_letter(len(mapping) - 1)}), "
                            "tanda =, lalu isiannya, misalnya --map H=storage_location.")
        if key not in FIELD_CHOICES:
            raise UserError(f"Isian \"{key}\" tidak dikenal. Pilih salah satu: {', '.join(k for k in FIELD_CHOICES if k)}, atau kosong.")
        mapping[letters[letter]] = key
    return mapping


def cmd_import(args: argparse.Namespace) -> int:
    from ppid_desktop.domain.sizes import format_count
    from ppid_desktop.services.spreadsheet_import import build_preview, find_sheet_layout, import_rows, read_sheet, write_skipped_report

    db = _open(args)
    try:
        default_unit = unit_id_by_name(db, args.unit)
        data = read_sheet(args.file, getattr(args, "sheet", None))
        layout = find_sheet_layout(data)
        preview = build_preview(db, data, _mapping(layout.mapping, args.map), default_unit, layout=layout)
        _print_preview(preview)
        if args.report:
            print(f"Laporan baris yang dilewati ditulis ke {write_skipped_report(preview, args.report)}")
        if not args.yes:
            print(f"Tidak ada yang diubah. Jalankan lagi dengan --yes untuk mengimpor {format_count(len(preview.good))} baris.")
            return 0
        if not preview.good:
            print("Tidak ada baris yang dapat diimpor; tidak ada yang diubah.")
            return 0
        result = import_rows(db, preview, None)
    finally:
        db.close()
    print(f"{format_count(result.imported)} rekaman diimpor dalam satu transaksi.")
    if result.skipped_as_duplicates:
        print(f"{result.skipped_as_duplicates} baris tidak diimpor karena sementara itu sudah tercatat.")
    return 0


def cmd_export(args: argparse.Namespace) -> int:
    from ppid_desktop.services.spreadsheet_export import export_register
    from ppid_desktop.domain.sizes import format_count

    suffix = ".xlsx" if args.command == "xlsx" else ".csv"
    if not args.file.lower().endswith(suffix):
        raise UserError(f"Nama berkas \"{args.file}\" harus berakhiran {suffix}.")
    db = _open(args)
    try:
        result = export_register(db, args.file, search=args.search, stage_code=args.stage, delimiter=getattr(args, "delimiter", ";"))
    finally:
        db.close()
    print(f"{format_count(result.count)} rekaman diekspor ke {result.path}")
    return 0


def _dispatch(args: argparse.Namespace) -> int:
    return cmd_import(args) if args.action == "import" else cmd_export(args)


COMMANDS: dict[str, Callable[[argparse.Namespace], int]] = {"xlsx": _dispatch, "csv": _dispatch}
