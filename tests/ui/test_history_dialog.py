"""Riwayat rekaman: stage visits with their correction rounds, and the audit trail with the
values before and after each change. Read-only."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QAbstractItemView, QPushButton, QTreeWidget, QTreeWidgetItem

from ppid_desktop.domain.nip import EmployeeIdKind
from ppid_desktop.domain.office import OfficerDraft
from ppid_desktop.services import workflow
from ppid_desktop.services.office import add_officer
from ppid_desktop.services.records import get_record, update_record
from ppid_desktop.storage.database import Database
from ppid_desktop.ui.history_dialog import FOOTNOTE, HistoryDialog, format_minutes
from tests.conftest import make_record, set_up_office

PENGOLAHAN, KOREKSI = "5. Pengolahan softfile", "6. Koreksi pimpinan PPID"
NIPS = iter(f"1980010120050110{n:02d}" for n in range(10, 99))


def officer(db: Database, name: str, *roles: str) -> int:
    draft = OfficerDraft(name=name, id_kind=EmployeeIdKind.NIP, employee_id=next(NIPS), pangkat="III/b", jabatan="Staf", roles=list(roles))
    return add_officer(db, draft)


def advance(db: Database, record_id: int, officer_id: int, tmp_path: Path) -> None:
    state = workflow.record_workflow(db, record_id)
    for index in range(len(state.stage.syarat)):
        workflow.set_syarat(db, record_id, index, True, officer_id)
    if state.stage.output_berkas:
        softfile = tmp_path / f"{record_id}-{state.stage.code}-{len(state.visits)}.pdf"
        softfile.write_bytes(b"%PDF-1.4 " + softfile.name.encode())
        workflow.attach_file(db, record_id, softfile, officer_id)
    workflow.complete_stage(db, record_id, officer_id)


def top_items(tree: QTreeWidget) -> list[QTreeWidgetItem]:
    return [tree.topLevelItem(i) for i in range(tree.topLevelItemCount())]


def children(item: QTreeWidgetItem) -> list[str]:
    return [item.child(i).text(0) for i in range(item.childCount())]


def returned_record(db: Database, tmp_path: Path) -> int:
    set_up_office(db, "banten-pemkesra")
    petugas = officer(db, "Eko Prasetyo", "petugas")
    pimpinan = officer(db, "Fajar Nugroho", "ppid")
    record = make_record(db, "Memorandum internal rapat koordinasi")
    for _ in range(5):
        advance(db, record.id, petugas, tmp_path)
    workflow.return_for_correction(db, record.id, pimpinan, "Lengkapi konsekuensi bila ditutup.")
    detail = get_record(db, record.id)
    detail.draft.title = "Memorandum internal rapat koordinasi anggaran"
    update_record(db, record.id, detail.draft, detail.version, petugas)
    return record.id


def test_shows_the_returned_round_with_its_koreksi_and_the_edit_before_after(qtbot, db: Database, tmp_path: Path) -> None:
    record_id = returned_record(db, tmp_path)
    dialog = HistoryDialog(db, record_id)
    qtbot.addWidget(dialog)
    dialog.show()
    visits = top_items(dialog.visits_tree)
    assert [(v.text(0), v.text(1)) for v in visits][-3:] == [(PENGOLAHAN, "1"), (KOREKSI, "1"), (PENGOLAHAN, "2")]
    returned = visits[-2]
    assert returned.text(4) == "Fajar Nugroho" and returned.text(5) == "Dikembalikan untuk koreksi"
    assert children(returned) == ["Koreksi: Lengkapi konsekuensi bila ditutup."]
    assert visits[0].text(6).endswith("✓") and "/ 1 jam" in visits[0].text(6)
    assert visits[-1].text(3) == "—" and visits[-1].text(5) == "Sedang berjalan" and visits[-1].text(6).startswith("berjalan ")

    audit = top_items(dialog.audit_tree)
    assert audit[0].text(2) == "Rekaman dibuat"
    assert [a.text(2) for a in audit].count("Dikembalikan untuk koreksi") == 1
    edited = audit[-1]
    assert (edited.text(1), edited.text(2)) == ("Eko Prasetyo", "Rekaman diubah")
    assert children(edited) == [
        "Informasi yang dikecualikan: Memorandum internal rapat koordinasi  →  Memorandum internal rapat koordinasi anggaran"
    ]
    assert len(edited.text(0)) == len("01-03-2021 09.30") and edited.text(0)[13] == "."


def test_is_read_only_and_says_so(qtbot, office_db: Database) -> None:
    record = make_record(office_db, "Rekam medis pegawai")
    dialog = HistoryDialog(office_db, record.id)
    qtbot.addWidget(dialog)
    assert dialog.footnote.text() == FOOTNOTE == "Riwayat ini hanya dapat ditambah, tidak dapat diubah atau dihapus."
    for tree in (dialog.visits_tree, dialog.audit_tree):
        assert tree.editTriggers() == QAbstractItemView.EditTrigger.NoEditTriggers
    assert [b.text() for b in dialog.findChildren(QPushButton)] == ["Tutup"]


def test_ask_runs_the_dialog_modally(qtbot, office_db: Database, monkeypatch) -> None:
    record = make_record(office_db, "Rekam medis pegawai")
    seen: list[int] = []
    monkeypatch.setattr(HistoryDialog, "exec", lambda self: seen.append(self.audit_tree.topLevelItemCount()) or 0)
    HistoryDialog.ask(office_db, record.id)
    assert seen == [1]


def test_format_minutes() -> None:
    assert [format_minutes(m) for m in (0, 45, 60, 125)] == ["0 menit", "45 menit", "1 jam", "2 jam 5 menit"]
