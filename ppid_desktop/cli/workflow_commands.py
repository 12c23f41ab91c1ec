"""`advance` and `history`: the SOP workflow from the command line.

Both call the same services as the window, so a refusal carries the same reasons. Wire them
into cli/main.py with `register(commands, common)` and `COMMANDS`.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable
from datetime import datetime

from ppid_desktop.domain.workflow import completion_errors
from ppid_desktop.services.audit import history
from ppid_desktop.services.office import officer_by_id
from ppid_desktop.services.records import find_record_id, get_record
from ppid_desktop.services.workflow import VisitView, WorkflowRefused, complete_stage, record_workflow, set_syarat
from ppid_desktop.cli.common import acting_officer_id
from ppid_desktop.cli.common import open_from_args as _open
from ppid_desktop.cli.common import print_refusal
from ppid_desktop.storage.database import Database


def register(subparsers: argparse._SubParsersAction, common_parent: argparse.ArgumentParser) -> None:  # type: ignore[type-arg]
    advance = subparsers.add_parser(
        "advance",
        parents=[common_parent],
        help="selesaikan tahap SOP rekaman saat ini dan pindahkan ke tahap berikutnya",
        description="Menyelesaikan tahap rekaman saat ini, dengan aturan yang sama seperti di jendela aplikasi.",
    )
    advance.add_argument("record", metavar="REKAMAN", help="id rekaman (uid atau 8+ karakter awalnya) atau nomor register")
    advance.add_argument("--officer", metavar="NIP",
                         help="NIP/NI PPPK petugas yang melaksanakan tahap; hanya untuk folder data yang belum terenkripsi "
                              "(selain itu: akun yang masuk)")
    advance.add_argument("--stage", metavar="KODE", help="kode tahap yang diharapkan; ditolak bila rekaman berada di tahap lain")
    advance.add_argument("--notes", default="", metavar="TEKS", help="catatan penyelesaian tahap")
    advance.add_argument("--tick-all", action="store_true", help="centang setiap syarat tahap ini atas nama petugas tersebut terlebih dahulu")

    hist = subparsers.add_parser("history", parents=[common_parent], help="riwayat tahap dan jejak audit sebuah rekaman")
    hist.add_argument("record", metavar="REKAMAN", help="id rekaman (uid atau 8+ karakter awalnya) atau nomor register")
    hist.add_argument("--json", action="store_true", help="keluaran JSON untuk skrip")



def cmd_advance(args: argparse.Namespace) -> int:
    db = _open(args)
    try:
        record_id = find_record_id(db, args.record)
        officer = officer_by_id(db, acting_officer_id(args, db, args.officer, "melaksanakan tahap"))
        uid8 = get_record(db, record_id).uid[:8]
        try:
            if args.tick_all:
                _tick_all(db, record_id, officer.id, officer.name, set(officer.roles), args.stage)
            state = complete_stage(db, record_id, officer.id, args.notes, args.stage)
        except WorkflowRefused as refused:
            print_refusal(refused)
            return 1
    finally:
        db.close()
    if state.position.finished:  # the record stays at its last stage
        archived = " Rekaman diarsipkan dan kini hanya-baca." if state.position.archived else ""
        print(f"Rekaman {uid8} menyelesaikan tahap {state.stage.number} ({state.stage.nama}); seluruh tahap SOP selesai.{archived}")
    else:
        print(f"Rekaman {uid8} pindah ke tahap {state.stage.number} ({state.stage.nama}).")
    return 0


def _tick_all(db: Database, record_id: int, officer_id: int, name: str, roles: set[str], expected_stage: str | None) -> None:
    """Tick every syarat of the current stage, but only when completing would then succeed:
    a refused advance leaves the record (and its trail) exactly as it was."""
    state = record_workflow(db, record_id)
    every = set(range(len(state.stage.syarat)))
    problems = completion_errors(state.template, state.position, name, roles, every, len(state.stage_files()), expected_stage)
    if problems:
        raise WorkflowRefused(problems)
    for index in sorted(every - state.checked):
        set_syarat(db, record_id, index, True, officer_id)


def _when(moment: datetime | None) -> str:
    return moment.astimezone().strftime("%d-%m-%Y %H.%M") if moment else "-"


def _minutes(minutes: int) -> str:
    hours, rest = divmod(max(minutes, 0), 60)
    if hours and rest:
        return f"{hours} jam {rest} menit"
    return f"{hours} jam" if hours else f"{rest} menit"


def _iso(moment: datetime | None) -> str | None:
    return moment.isoformat() if moment else None


def _visit_line(visit: VisitView) -> str:
    if visit.working_minutes is None:
        timing = f"waktu baku {_minutes(visit.waktu_menit)}"
    else:
        verdict = "memenuhi" if visit.met_standard else "MELEWATI"
        timing = f"{_minutes(visit.working_minutes)} / {_minutes(visit.waktu_menit)} ({verdict} waktu baku)"
    return (
        f"  {visit.stage_label}  putaran {visit.round}  mulai {_when(visit.started_at)}  selesai {_when(visit.completed_at)}"
        f"  {visit.completed_by or '-'}  {visit.outcome_label}  {timing}"
    )


def cmd_history(args: argparse.Namespace) -> int:
    db = _open(args)
    try:
        record_id = find_record_id(db, args.record)
        detail = get_record(db, record_id)
        state = record_workflow(db, record_id)
        entries = history(db, record_id)
    finally:
        db.close()
    if args.json:
        payload = {
            "record": {
                "id": detail.uid,
                "register_number": detail.draft.register_number,
                "title": detail.draft.title,
                "status": detail.status.value,
                "stage": detail.stage_code,
                "finished": state.position.finished,
                "archived": state.position.archived,
            },
            "visits": [
                {
                    "stage": v.stage_code, "stage_label": v.stage_label, "round": v.round,
                    "started_at": _iso(v.started_at), "completed_at": _iso(v.completed_at),
                    "officer": v.completed_by, "outcome": v.outcome, "outcome_label": v.outcome_label, "notes": v.notes,
                    "working_minutes": v.working_minutes, "standard_minutes": v.waktu_menit, "met_standard": v.met_standard,
                }
                for v in state.visits
            ],
            "audit": [
                {
                    "occurred_at": _iso(e.occurred_at), "officer": e.officer, "action": e.action, "action_label": e.action_label,
                    "summary": e.summary, "changes": {label: {"before": b, "after": a} for label, (b, a) in e.changes.items()},
                }
                for e in entries
            ],
        }
        json.dump(payload, sys.stdout, ensure_ascii=False, indent=2)
        print()
        return 0
    number = f"{detail.draft.register_number} - " if detail.draft.register_number else ""
    where = "seluruh tahap SOP selesai" if state.position.finished else f"tahap {detail.stage_label}"
    print(f"Rekaman {detail.uid[:8]}  {number}{detail.draft.title}")
    print(f"Status: {detail.status.label}; {where}{'; diarsipkan (hanya-baca)' if state.position.archived else ''}")
    print()
    print(f"Tahap SOP ({len(state.visits)} kunjungan):")
    for visit in state.visits:
        print(_visit_line(visit))
        if visit.notes:
            print(f"      {'Koreksi' if visit.outcome == 'returned' else 'Catatan'}: {visit.notes}")
    print()
    print(f"Jejak audit ({len(entries)} catatan):")
    for entry in entries:
        summary = f" - {entry.summary}" if entry.summary else ""
        print(f"  {_when(entry.occurred_at)}  {entry.officer or '-'}  {entry.action_label}{summary}")
        for label, (before, after) in entry.changes.items():
            print(f"      {label}: {before or '(kosong)'} -> {after or '(kosong)'}")
    return 0


COMMANDS: dict[str, Callable[[argparse.Namespace], int]] = {
    "advance": cmd_advance,
    "history": cmd_history,
}
