"""Argument parsing and dispatch. Commands print Indonesian messages and return exit codes.

Exit codes: 0 success, 1 the check or command failed for a reason the user can act on,
2 wrong usage (argparse).
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable

from ppid_desktop import __version__
from ppid_desktop.cli import print_commands, settings_commands, spreadsheet_commands, workflow_commands
from ppid_desktop.cli import check_commands
from ppid_desktop.cli import package_commands
from ppid_desktop.cli import backup_commands
from ppid_desktop.cli import account_commands
from ppid_desktop.cli import staff_commands
from ppid_desktop.domain.errors import UserError
from ppid_desktop.cli.common import open_from_args as _open


def _parser() -> argparse.ArgumentParser:
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument(
        "--data-dir",
        metavar="DIR",
        default=argparse.SUPPRESS,
        help="folder data (bawaan: $PPID_DESKTOP_DATA_DIR atau folder data pengguna)",
    )
    common.add_argument(
        "--user",
        metavar="NAMA",
        default=argparse.SUPPRESS,
        help="akun yang masuk (bawaan: $PPID_DESKTOP_USER); kata sandinya dari $PPID_DESKTOP_PASSWORD atau ditanyakan",
    )
    parser = argparse.ArgumentParser(
        prog="ppid-desktop",
        description="PPID Desktop: pendokumentasian Informasi yang Dikecualikan (UU 14/2008).",
        parents=[common],
    )
    parser.add_argument("--version", action="version", version=f"PPID Desktop {__version__}")
    commands = parser.add_subparsers(dest="command", metavar="PERINTAH")

    demo = commands.add_parser("demo", parents=[common], help="isi folder data dengan kantor contoh")
    demo.add_argument("--records", type=int, default=40, metavar="N", help="jumlah rekaman (bawaan 40)")
    demo.add_argument("--sop", default="kalbar-kesra", metavar="KODE", help="kode SOP: kalbar-kesra atau banten-pemkesra")

    records = commands.add_parser("records", parents=[common], help="daftar rekaman informasi yang dikecualikan")
    records.add_argument("--json", action="store_true", help="keluaran JSON untuk skrip")

    commands.add_parser("self-test", parents=[common], help="buka dan periksa basis data, lalu keluar 0 atau 1")
    workflow_commands.register(commands, common)
    print_commands.register(commands, common)
    settings_commands.register(commands, common)
    spreadsheet_commands.register(commands, common)
    check_commands.register(commands, common)
    package_commands.register(commands, common)
    backup_commands.register(commands, common)
    account_commands.register(commands, common)
    staff_commands.register(commands, common)
    return parser



def cmd_demo(args: argparse.Namespace) -> int:
    """A demo office, encrypted like a real one; its accounts and their password are printed."""
    from ppid_desktop.services.demo_accounts import create_encrypted_demo, describe_accounts
    from ppid_desktop.storage.paths import resolve_data_dir

    if args.records < 0:
        raise UserError("Jumlah rekaman tidak boleh negatif.")
    summary, made = create_encrypted_demo(resolve_data_dir(getattr(args, "data_dir", None)), records=args.records, sop_code=args.sop)
    print(summary)
    print(describe_accounts(made))
    return 0


def cmd_records(args: argparse.Namespace) -> int:
    from ppid_desktop.services.records import list_records

    db = _open(args)
    try:
        rows = list_records(db)
    finally:
        db.close()
    if args.json:
        payload = [
            {
                "id": row.uid,
                "register_number": row.register_number,
                "title": row.title,
                "unit": row.unit_name,
                "stage": row.stage_code,
                "status": row.status.value,
            }
            for row in rows
        ]
        json.dump(payload, sys.stdout, ensure_ascii=False, indent=2)
        print()
        return 0
    for row in rows:
        print(f"{row.uid}  {row.register_number or '-':<20}  {row.stage_code:<16}  {row.status.label:<14}  {row.unit_name}  |  {row.title}")
    print(f"{len(rows)} rekaman.")
    return 0


def cmd_self_test(args: argparse.Namespace) -> int:
    from ppid_desktop.services.health import self_test

    db = _open(args)
    try:
        problems, report = self_test(db)
    finally:
        db.close()
    for line in report:
        print(line)
    if problems:
        for problem in problems:
            print(f"GAGAL: {problem}", file=sys.stderr)
        return 1
    print("Uji mandiri berhasil.")
    return 0


COMMANDS: dict[str, Callable[[argparse.Namespace], int]] = {
    "demo": cmd_demo,
    "records": cmd_records,
    "self-test": cmd_self_test,
}


COMMANDS.update(workflow_commands.COMMANDS)
COMMANDS.update(print_commands.COMMANDS)
COMMANDS.update(settings_commands.COMMANDS)
COMMANDS.update(spreadsheet_commands.COMMANDS)
COMMANDS.update(check_commands.COMMANDS)
COMMANDS.update(package_commands.COMMANDS)
COMMANDS.update(backup_commands.COMMANDS)
COMMANDS.update(account_commands.COMMANDS)
COMMANDS.update(staff_commands.COMMANDS)


def parse(argv: list[str]) -> argparse.Namespace:
    """Parse the command line; `command` is None when the window should open."""
    return _parser().parse_args(argv)


def run(argv: list[str]) -> int:
    """Run a command (the window is opened by ppid_desktop.__main__, never from here)."""
    return execute(parse(argv))


def execute(args: argparse.Namespace) -> int:
    if args.command is None:
        print("Tidak ada perintah. Jalankan \"ppid-desktop --help\" untuk daftar perintah.", file=sys.stderr)
        return 2
    try:
        return COMMANDS[args.command](args)
    except UserError as exc:
        print(f"Kesalahan: {exc}", file=sys.stderr)
        return 1
