"""The Ringkasan tab: every figure matches the database and opens the matching records."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

from sqlalchemy import update

from ppid_desktop.domain.nip import EmployeeIdKind
from ppid_desktop.domain.office import OfficerDraft
from ppid_desktop.services import determination, workflow
from ppid_desktop.services.office import add_officer
from ppid_desktop.storage.database import Database
from ppid_desktop.storage.models import StageVisit, utcnow
from ppid_desktop.ui.overview_panel import OverviewPanel
from tests.conftest import make_record

NIPS = iter(f"1980010120050110{n:02d}" for n in range(10, 99))


def officer(db: Database, name: str, *roles: str) -> int:
    draft = OfficerDraft(name=name, id_kind=EmployeeIdKind.NIP, employee_id=next(NIPS), pangkat="III/b", jabatan="Staf", roles=list(roles))
    return add_officer(db, draft)


def advance(db: Database, record_id: int, officer_id: int, tmp_path: Path) -> None:
    state = workflow.record_workflow(db, record_id)
    for index in range(len(state.stage.syarat)):
        workflow.set_syarat(db, record_id, index, True, officer_id)
    if state.stage.output_berkas:
        softfile = tmp_path / f"{record_id}-{state.stage.code}.pdf"
        softfile.write_bytes(b"%PDF-1.4 " + softfile.name.encode())
        workflow.attach_file(db, record_id, softfile, officer_id)
    workflow.complete_stage(db, record_id, officer_id)


def make_overdue(db: Database, record_id: int) -> None:
    with db.engine.begin() as connection:
        connection.execute(
            update(StageVisit)
            .where(StageVisit.record_id == record_id, StageVisit.completed_at.is_(None))
            .values(started_at=(utcnow() - timedelta(days=30)).replace(tzinfo=None))
        )


def test_empty_database_shows_zeros(qtbot, db: Database) -> None:
    panel = OverviewPanel(db)
    qtbot.addWidget(panel)
    panel.show()
    assert {key: button.text() for key, button in panel.figure_buttons.items()} == dict.fromkeys(panel.figure_buttons, "0")
    assert not any(button.isEnabled() for button in panel.figure_buttons.values())
    assert panel.stage_buttons == {}
    assert panel.timing_empty.isVisibleTo(panel)


def test_figures_match_the_database_and_open_their_records(qtbot, office_db: Database, tmp_path: Path) -> None:
    pelaksana = officer(office_db, "Budi Santoso", "ppid_pelaksana")
    ppid = officer(office_db, "Dewi Anggraini", "ppid", "ppid_pelaksana")
    atasan = officer(office_db, "Hary Atasan", "atasan_ppid")
    moved = make_record(office_db, "Sudah di tahap serah")
    late = make_record(office_db, "Terlambat di tahap produksi")
    ended = make_record(office_db, "Jangka waktu sudah berakhir", period_end=date.today() - timedelta(days=10))
    soon = make_record(office_db, "Segera berakhir", period_end=date.today() + timedelta(days=7))
    opened = make_record(office_db, "Sudah dibuka", period_end=date.today() - timedelta(days=3))
    advance(office_db, moved.id, pelaksana, tmp_path)
    make_overdue(office_db, late.id)
    determination.complete_consequence_test(office_db, soon.id, ppid)
    determination.determine(office_db, soon.id, "045/12/PPID/2025", date.today(), ppid, atasan, ppid)
    determination.open_information(office_db, opened.id, "Jangka waktu berakhir", ppid)

    panel = OverviewPanel(office_db)
    qtbot.addWidget(panel)
    panel.show()
    assert {code: b.text() for code, b in panel.stage_buttons.items()} == {"produksi": "4", "serah": "1", "terima": "0"}
    assert {code: b.text() for code, b in panel.stage_overdue_buttons.items()} == {"produksi": "1", "serah": "0", "terima": "0"}
    figures = {key: button.text() for key, button in panel.figure_buttons.items()}
    assert figures == {
        "overdue": "1", "correction": "0", "expiring": "1", "expired": "1",
        "draft": "3", "ditetapkan": "1", "dibuka": "1", "finished": "0", "total": "5",
    }
    assert panel.figure_buttons["overdue"].property("alert") is True
    assert panel.timing_table.rowCount() == 1
    assert [panel.timing_table.item(0, c).text() for c in range(5)] == ["1. Produksi dan penyimpanan", "Budi Santoso", "1", "1", "100%"]

    with qtbot.waitSignal(panel.open_stage) as blocker:
        panel.stage_buttons["serah"].click()
    assert blocker.args == ["serah"]
    expected = {
        "overdue": ("Melewati waktu baku", [late.id]),
        "expired": ("Jangka waktu berakhir — perlu keputusan", [ended.id]),
        "expiring": ("Pengecualian berakhir ≤ 30 hari kerja", [soon.id]),
        "ditetapkan": ("Status: Ditetapkan", [soon.id]),
        "dibuka": ("Status: Dibuka (Daftar Informasi Publik)", [opened.id]),
        "draft": ("Status: Draf (belum ditetapkan)", sorted([moved.id, late.id, ended.id])),
    }
    for key, (title, ids) in expected.items():
        with qtbot.waitSignal(panel.open_records) as blocker:
            panel.figure_buttons[key].click()
        assert blocker.args == [title, ids], key
    with qtbot.waitSignal(panel.open_records) as blocker:
        panel.figure_buttons["total"].click()
    assert sorted(blocker.args[1]) == sorted([moved.id, late.id, ended.id, soon.id, opened.id])
    with qtbot.waitSignal(panel.open_records) as blocker:
        panel.stage_overdue_buttons["produksi"].click()
    assert blocker.args == ["1. Produksi dan penyimpanan — melewati waktu baku", [late.id]]


def test_refresh_follows_records_moving(qtbot, office_db: Database, tmp_path: Path) -> None:
    pelaksana = officer(office_db, "Budi Santoso", "ppid_pelaksana")
    record = make_record(office_db, "Satu")
    panel = OverviewPanel(office_db)
    qtbot.addWidget(panel)
    panel.show()  # figures are computed when the tab is shown
    assert panel.stage_buttons["produksi"].text() == "1"
    advance(office_db, record.id, pelaksana, tmp_path)
    panel.refresh()
    assert panel.stage_buttons["produksi"].text() == "0" and panel.stage_buttons["serah"].text() == "1"


def test_record_picker_lists_the_figure_records_and_opens_one(qtbot, office_db: Database) -> None:
    from ppid_desktop.ui.record_picker import RecordPickerDialog

    first = make_record(office_db, "Satu")
    make_record(office_db, "Dua")
    third = make_record(office_db, "Tiga")
    dialog = RecordPickerDialog(office_db, "Melewati waktu baku", [third.id, first.id])
    qtbot.addWidget(dialog)
    qtmodel = dialog.model
    assert [qtmodel.data(qtmodel.index(row, 1)) for row in range(qtmodel.rowCount())] == ["Tiga", "Satu"]
    assert qtmodel.data(qtmodel.index(0, 5)) == "1. Produksi dan penyimpanan"
    assert "2 rekaman" in dialog.count_label.text()
    assert not dialog.open_button.isEnabled()
    dialog.table.selectRow(1)
    with qtbot.waitSignal(dialog.open_requested) as blocker:
        dialog.open_button.click()
    assert blocker.args == [first.id] and dialog.chosen == first.id


def test_record_picker_model_passes_the_model_tester(qtbot, qtmodeltester, office_db: Database) -> None:
    from ppid_desktop.ui.record_picker import FixedIdsModel

    ids = [make_record(office_db, title).id for title in ("Satu", "Dua")]
    qtmodeltester.check(FixedIdsModel(office_db, ids))


def test_a_returned_record_counts_as_waiting_for_correction(qtbot, db: Database, tmp_path: Path) -> None:
    from tests.conftest import set_up_office

    set_up_office(db, "banten-pemkesra")
    petugas = officer(db, "Eko Prasetyo", "petugas")
    pimpinan = officer(db, "Fajar Nugroho", "ppid")
    record = make_record(db, "Memorandum internal")
    for _ in range(5):
        advance(db, record.id, petugas, tmp_path)
    workflow.return_for_correction(db, record.id, pimpinan, "Lengkapi konsekuensi.")
    panel = OverviewPanel(db)
    qtbot.addWidget(panel)
    panel.show()
    assert panel.figure_buttons["correction"].text() == "1"
    assert panel.stage_buttons["pengolahan"].text() == "1" and panel.stage_buttons["koreksi"].text() == "0"
    with qtbot.waitSignal(panel.open_records) as blocker:
        panel.figure_buttons["correction"].click()
    assert blocker.args == ["Menunggu perbaikan (koreksi)", [record.id]]
