"""`settings`: the office's working time, holidays and print margins from the command line.

The same services as the "Pengaturan kantor" dialog, so a refusal carries the same reasons.
Wire into cli/main.py with `register(commands, common)` and `COMMANDS`.
"""

from __future__ import annotations

import argparse
import dataclasses
from collections.abc import Callable
from datetime import date, time

from ppid_desktop.domain.calendar import HARI_KERJA_LABELS, format_work_days
from ppid_desktop.domain.dates import format_hari_tanggal
from ppid_desktop.domain.errors import UserError, ValidationError, ValidationErrors
from ppid_desktop.services.office import (
    OfficeSettings,
    add_holiday,
    get_office_settings,
    remove_holiday,
    save_office_settings,
)
from ppid_desktop.cli.common import open_from_args as _open
from ppid_desktop.cli.common import print_refusal
from ppid_desktop.storage.database import Database


def register(subparsers: argparse._SubParsersAction, common_parent: argparse.ArgumentParser) -> None:  # type: ignore[type-arg]
    settings = subparsers.add_parser(
        "settings",
        parents=[common_parent],
        help="pengaturan kantor: jam kerja, hari libur, margin cetak",
        description="Melihat dan mengubah jam kerja, hari libur dan margin cetak kantor.",
    )
    actions = settings.add_subparsers(dest="settings_command", metavar="TINDAKAN", required=True)
    actions.add_parser("show", parents=[common_parent], help="tampilkan pengaturan kantor")

    hours = actions.add_parser("work-hours", parents=[common_parent], help="ubah hari dan jam kerja")
    hours.add_argument("--days", metavar="HARI", help="hari kerja, Senin=1 .. Minggu=7, misalnya 12345")
    hours.add_argument("--start", metavar="JJ:MM", help="jam masuk, misalnya 08:00")
    hours.add_argument("--end", metavar="JJ:MM", help="jam pulang, misalnya 16:00")

    holiday = actions.add_parser("holiday", parents=[common_parent], help="tambah atau hapus hari libur")
    holiday_actions = holiday.add_subparsers(dest="holiday_command", metavar="TINDAKAN", required=True)
    add = holiday_actions.add_parser("add", parents=[common_parent], help="catat hari libur")
    add.add_argument("day", metavar="TANGGAL", help="tanggal dalam bentuk TTTT-BB-HH, misalnya 2025-12-25")
    add.add_argument("name", metavar="NAMA", nargs="+", help="nama hari libur, misalnya \"Hari Raya Natal\"")
    remove = holiday_actions.add_parser("remove", parents=[common_parent], help="hapus hari libur")
    remove.add_argument("day", metavar="TANGGAL", help="tanggal dalam bentuk TTTT-BB-HH")

    margins = actions.add_parser("margins", parents=[common_parent], help="ubah margin cetak (mm)")
    for side, label in (("top", "atas"), ("bottom", "bawah"), ("left", "kiri"), ("right", "kanan")):
        margins.add_argument(f"--{side}", type=int, metavar="MM", help=f"margin {label} dalam mm")



def _day(text: str) -> date:
    try:
        return date.fromisoformat(text.strip())
    except ValueError as exc:
        raise ValidationErrors([ValidationError("holiday_day", f"Tanggal \"{text}\" tidak dikenal; tulis TTTT-BB-HH, misalnya 2025-12-25.")]) from exc


def _time(text: str, field: str, label: str) -> time:
    try:
        return time.fromisoformat(text.strip().replace(".", ":"))
    except ValueError as exc:
        raise ValidationErrors([ValidationError(field, f"{label} \"{text}\" tidak dikenal; tulis JJ:MM, misalnya 08:00.")]) from exc


def _days(text: str) -> frozenset[int]:
    if any(ch not in "1234567" for ch in text):
        raise ValidationErrors([ValidationError("work_days", f"Hari kerja \"{text}\" tidak dikenal; tulis angka 1 (Senin) sampai 7 (Minggu), misalnya 12345.")])
    return frozenset(int(ch) - 1 for ch in text)


def _print_settings(settings: OfficeSettings) -> None:
    days = ", ".join(HARI_KERJA_LABELS[d] for d in sorted(settings.work_days))
    print(f"Hari kerja: {days} ({format_work_days(settings.work_days)})")
    print(f"Jam kerja: {settings.work_start:%H.%M}-{settings.work_end:%H.%M}")
    top, bottom, left, right = settings.margins
    print(f"Margin cetak: atas {top} mm, bawah {bottom} mm, kiri {left} mm, kanan {right} mm")
    print(f"Hari libur ({len(settings.holidays)}):")
    for day, name in settings.holidays:
        print(f"  {day.isoformat()}  {format_hari_tanggal(day)}  {name}")


def _run(args: argparse.Namespace, db: Database) -> str | None:
    action = args.settings_command
    signed = getattr(args, "signed_in", None)
    actor = {"actor_id": signed.officer_id} if signed is not None else {}  # only an Admin may change them
    if action == "show":
        _print_settings(get_office_settings(db))
        return None
    if action == "work-hours":
        current = get_office_settings(db)
        changed = dataclasses.replace(
            current,
            work_days=_days(args.days) if args.days is not None else current.work_days,
            work_start=_time(args.start, "work_hours", "Jam masuk") if args.start else current.work_start,
            work_end=_time(args.end, "work_hours", "Jam pulang") if args.end else current.work_end,
        )
        saved = save_office_settings(db, changed, **actor)
        days = ", ".join(HARI_KERJA_LABELS[d] for d in sorted(saved.work_days))
        return f"Jam kerja disimpan: {days}, {saved.work_start:%H.%M}-{saved.work_end:%H.%M}."
    if action == "margins":
        current = get_office_settings(db)
        given = (args.top, args.bottom, args.left, args.right)
        margins = tuple(new if new is not None else old for new, old in zip(given, current.margins))
        saved = save_office_settings(db, dataclasses.replace(current, margins=margins), **actor)  # type: ignore[arg-type]
        top, bottom, left, right = saved.margins
        return f"Margin cetak disimpan: atas {top} mm, bawah {bottom} mm, kiri {left} mm, kanan {right} mm."
    day = _day(args.day)
    if args.holiday_command == "add":
        name = " ".join(args.name)
        add_holiday(db, day, name, **actor)
        return f"Hari libur dicatat: {format_hari_tanggal(day)}, {' '.join(name.split())}."
    remove_holiday(db, day, **actor)
    return f"Hari libur {format_hari_tanggal(day)} dihapus."


def cmd_settings(args: argparse.Namespace) -> int:
    db = _open(args)
    try:
        try:
            done = _run(args, db)
        except UserError as refused:
            print_refusal(refused)
            return 1
    finally:
        db.close()
    if done:
        print(done)
    return 0


COMMANDS: dict[str, Callable[[argparse.Namespace], int]] = {
    "settings": cmd_settings,
}
