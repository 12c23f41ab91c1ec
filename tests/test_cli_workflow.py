"""`advance` and `history` on the command line: the same services, the same refusals as the window."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

import pytest

from ppid_desktop.cli import main as cli_main
from ppid_desktop.cli.workflow_commands import COMMANDS, register
from ppid_desktop.domain.errors import UserError
from ppid_desktop.domain.nip import EmployeeIdKind
from ppid_desktop.domain.office import OfficerDraft
from ppid_desktop.services import workflow
from ppid_desktop.services.audit import history
from ppid_desktop.services.office import add_officer
from ppid_desktop.services.workflow import WorkflowRefused
from ppid_desktop.storage.database import Database
from tests.conftest import make_record

PELAKSANA, PETUGAS, PPID = "198001012005011011", "198001012005011012", "198001012005011013"


pytestmark = pytest.mark.usefixtures("demo_sign_in")  # demo folders are encrypted: sign in as their Admin


def run(argv: list[str]) -> int:
    """What cli/main.py does once these commands are wired into it."""
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument("--data-dir", default=argparse.SUPPRESS)
    parser = argparse.ArgumentParser(prog="ppid-desktop", parents=[common])
    register(parser.add_subparsers(dest="command"), common)
    args = parser.parse_args(argv)
    try:
        return COMMANDS[args.command](args)
    except UserError as exc:
        print(f"Kesalahan: {exc}", file=sys.stderr)
        return 1


@pytest.fixture
def office(office_db: Database) -> tuple[Database, str]:
    for name, nip, role in (("Budi Santoso", PELAKSANA, "ppid_pelaksana"), ("Citra Lestari", PETUGAS, "petugas_dokumentasi"), ("Dewi Anggraini", PPID, "ppid")):
        add_officer(office_db, OfficerDraft(name=name, id_kind=EmployeeIdKind.NIP, employee_id=nip, pangkat="III/b", jabatan="Staf", roles=[role]))
    return office_db, str(office_db.paths.root)


def attach(db: Database, record_id: int, tmp_path: Path, name: str) -> None:
    softfile = tmp_path / name
    softfile.write_bytes(b"%PDF-1.4 " + name.encode())
    workflow.attach_file(db, record_id, softfile, None)


def officer_id(db: Database, nip: str) -> int:
    from ppid_desktop.services.office import find_officer

    return find_officer(db, nip).id


def test_advance_refuses_like_the_service_then_moves_through_every_stage(office, tmp_path: Path, capsys) -> None:
    db, data = office
    record = make_record(db, "Data pribadi penerima bantuan sosial")
    uid8 = record.uid[:8]
    with pytest.raises(WorkflowRefused) as refused:
        workflow.complete_stage(db, record.id, officer_id(db, PETUGAS))
    assert run(["advance", record.uid, "--officer", PETUGAS, "--data-dir", data]) == 1
    captured = capsys.readouterr()
    assert captured.out == ""
    assert captured.err.splitlines() == ["Ditolak:"] + [f"- {reason}" for reason in refused.value.reasons]
    assert len(refused.value.reasons) == 3

    # --tick-all ticks nothing when the advance would still be refused: the trail is unchanged.
    assert run(["advance", uid8, "--officer", PETUGAS, "--tick-all", "--data-dir", data]) == 1
    assert "tidak memegang peran pelaksana tahap 1" in capsys.readouterr().err
    assert run(["advance", uid8, "--officer", PELAKSANA, "--tick-all", "--data-dir", data]) == 1
    assert "belum ada berkas yang dilampirkan" in capsys.readouterr().err
    assert [entry.action for entry in history(db, record.id)] == ["create"]

    attach(db, record.id, tmp_path, "berkas.pdf")
    assert run(["advance", uid8, "--officer", PELAKSANA, "--tick-all", "--stage", "produksi", "--notes", "Sudah diverifikasi", "--data-dir", data]) == 0
    assert capsys.readouterr().out == f"Rekaman {uid8} pindah ke tahap 2 (Serah terima softcopy).\n"
    assert run(["advance", uid8, "--officer", PPID, "--stage", "terima", "--tick-all", "--data-dir", data]) == 1
    assert "Rekaman berada di tahap 2 (Serah terima softcopy), bukan tahap 3" in capsys.readouterr().err

    attach(db, record.id, tmp_path, "softfile.pdf")
    assert run(["advance", uid8, "--officer", PETUGAS, "--tick-all", "--data-dir", data]) == 0
    assert "pindah ke tahap 3 (Penyimpanan di PPID)" in capsys.readouterr().out
    assert run(["advance", "--data-dir", data, uid8, "--officer", PPID, "--tick-all"]) == 0
    assert capsys.readouterr().out.strip() == f"Rekaman {uid8} menyelesaikan tahap 3 (Penyimpanan di PPID); seluruh tahap SOP selesai."
    assert run(["advance", uid8, "--officer", PPID, "--data-dir", data]) == 1
    assert capsys.readouterr().err.splitlines() == ["Ditolak:", "- Rekaman sudah menyelesaikan seluruh tahap SOP."]
    state = workflow.record_workflow(db, record.id)
    assert state.position.finished and [v.completed_by for v in state.visits] == ["Budi Santoso", "Citra Lestari", "Dewi Anggraini"]
    assert state.visits[0].notes == "Sudah diverifikasi"


def test_unknown_record_or_officer_is_an_error_not_a_refusal(office, capsys) -> None:
    db, data = office
    record = make_record(db, "Rekam medis pegawai")
    assert run(["advance", "tidak-ada", "--officer", PPID, "--data-dir", data]) == 1
    assert capsys.readouterr().err.startswith("Kesalahan: Rekaman \"tidak-ada\" tidak ditemukan")
    assert run(["advance", record.uid, "--officer", "199901012020011001", "--data-dir", data]) == 1
    assert "Tidak ada pejabat atau petugas dengan NIP/NI PPPK" in capsys.readouterr().err


def test_history_text_and_json(office, tmp_path: Path, capsys) -> None:
    db, data = office
    record = make_record(db, "Data pribadi penerima bantuan sosial", register_number="001/DIK/2025")
    attach(db, record.id, tmp_path, "berkas.pdf")
    assert run(["advance", "001/DIK/2025", "--officer", PELAKSANA, "--tick-all", "--data-dir", data]) == 0
    capsys.readouterr()
    assert run(["history", "001/DIK/2025", "--data-dir", data]) == 0
    out = capsys.readouterr().out
    assert out.startswith(f"Rekaman {record.uid[:8]}  001/DIK/2025 - Data pribadi penerima bantuan sosial\n")
    assert "Tahap SOP (2 kunjungan):" in out and "1. Produksi dan penyimpanan  putaran 1" in out and "Budi Santoso  Selesai" in out
    assert "memenuhi waktu baku" in out
    assert out.index("Tahap SOP") < out.index("Jejak audit (4 catatan):")
    for label in ("Rekaman dibuat", "Berkas dilampirkan", "Syarat dicentang", "Tahap diselesaikan"):
        assert label in out

    assert run(["history", record.uid, "--json", "--data-dir", data]) == 0
    payload = json.loads(capsys.readouterr().out)
    assert payload["record"]["id"] == record.uid and payload["record"]["stage"] == "serah"
    assert [(v["stage"], v["outcome"], v["officer"]) for v in payload["visits"]] == [("produksi", "completed", "Budi Santoso"), ("serah", "", "")]
    assert payload["visits"][0]["met_standard"] is True
    assert [e["action"] for e in payload["audit"]] == ["create", "attach", "check", "complete"]


@pytest.mark.skipif("advance" not in cli_main.COMMANDS, reason="advance/history are not yet wired into cli/main.py")
def test_through_the_real_command_line(office, tmp_path: Path, capsys) -> None:
    db, data = office
    record = make_record(db, "Rekam medis pegawai")
    assert cli_main.run(["advance", record.uid, "--officer", PETUGAS, "--data-dir", data]) == 1
    assert capsys.readouterr().err.startswith("Ditolak:\n- Citra Lestari tidak memegang peran pelaksana")
    attach(db, record.id, tmp_path, "berkas.pdf")
    assert cli_main.run(["--data-dir", data, "advance", record.uid, "--officer", PELAKSANA, "--tick-all"]) == 0
    assert "pindah ke tahap 2" in capsys.readouterr().out
    assert cli_main.run(["history", record.uid, "--json", "--data-dir", data]) == 0
    assert len(json.loads(capsys.readouterr().out)["visits"]) == 2
