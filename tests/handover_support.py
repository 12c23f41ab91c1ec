"""Shared set-up for the handover package tests: records waiting in the handover stage."""

from __future__ import annotations

from pathlib import Path

from ppid_desktop.services import workflow
from ppid_desktop.services.office import list_officers
from ppid_desktop.storage.database import Database
from tests.conftest import make_record


def sender_officer(db: Database) -> int:
    """Siti: petugas dokumentasi and PPID pelaksana of the Kalimantan Barat office."""
    return next(o.id for o in list_officers(db) if "petugas_dokumentasi" in o.roles)


def ready_for_handover(db: Database, folder: Path, title: str, files: dict[str, bytes] | None = None, **changes) -> int:
    """A record taken through stage 1 into the handover stage ("serah"), its syarat ticked and
    its softcopies attached there. Returns the record id."""
    officer = sender_officer(db)
    record = make_record(db, title, **changes)
    state = workflow.record_workflow(db, record.id)
    for index in range(len(state.stage.syarat)):
        workflow.set_syarat(db, record.id, index, True, officer)
    folder.mkdir(parents=True, exist_ok=True)
    draft = folder / f"konsep-{record.id}.pdf"
    draft.write_bytes(b"%PDF-1.4 konsep " + title.encode() + b"\n%%EOF\n")
    workflow.attach_file(db, record.id, draft, officer)
    workflow.complete_stage(db, record.id, officer, "Data sudah diverifikasi.", expected_stage=state.stage.code)
    state = workflow.record_workflow(db, record.id)
    assert state.stage.code == "serah"
    for index in range(len(state.stage.syarat)):
        workflow.set_syarat(db, record.id, index, True, officer)
    for name, content in (files or {f"softcopy-{record.id}.pdf": b"%PDF-1.4 softcopy\n%%EOF\n"}).items():
        source = folder / f"{record.id}" / name
        source.parent.mkdir(parents=True, exist_ok=True)
        source.write_bytes(content)
        workflow.attach_file(db, record.id, source, officer)
    return record.id
