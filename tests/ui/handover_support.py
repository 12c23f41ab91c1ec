"""Records brought to the handover stage, as a clerk would, for the handover screens' tests."""

from __future__ import annotations

from pathlib import Path

from ppid_desktop.domain.sop import StageKind
from ppid_desktop.services import workflow
from ppid_desktop.storage.database import Database
from tests.conftest import make_record

SITI = 2  # petugas_dokumentasi + ppid_pelaksana in the office_db fixture: may do stages 1 and 2


def tick_and_attach(db: Database, record_id: int, folder: Path) -> None:
    state = workflow.record_workflow(db, record_id)
    for index in range(len(state.stage.syarat)):
        workflow.set_syarat(db, record_id, index, True, SITI)
    if state.stage.output_berkas:
        folder.mkdir(parents=True, exist_ok=True)
        softfile = folder / f"{state.stage.code} {record_id}.pdf"
        softfile.write_bytes(b"%PDF-1.4 berkas " + softfile.name.encode() * 500)
        workflow.attach_file(db, record_id, softfile, SITI)


def ready_for_handover(db: Database, folder: Path, titles: list[str]) -> list[int]:
    """Records moved into the SOP's handover-out stage with its syarat ticked and its file attached."""
    ids = []
    for title in titles:
        record = make_record(db, title)
        while workflow.record_workflow(db, record.id).stage.kind is not StageKind.HANDOVER_OUT:
            tick_and_attach(db, record.id, folder)
            workflow.complete_stage(db, record.id, SITI, "")
        tick_and_attach(db, record.id, folder)
        ids.append(record.id)
    return ids
