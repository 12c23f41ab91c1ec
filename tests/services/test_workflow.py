"""Records move through both seed SOPs; every refusal names what is missing and changes nothing."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from ppid_desktop.domain.enums import RecordStatus
from ppid_desktop.domain.errors import UserError
from ppid_desktop.domain.nip import EmployeeIdKind
from ppid_desktop.domain.office import OfficerDraft
from ppid_desktop.services import determination, workflow
from ppid_desktop.services.audit import history
from ppid_desktop.services.office import add_officer
from ppid_desktop.services.overview import overview, timing_report
from ppid_desktop.services.records import get_record, update_record
from ppid_desktop.services.workflow import WorkflowRefused
from tests.conftest import make_record, set_up_office

NIPS = iter(f"1980010120050110{n:02d}" for n in range(10, 99))


def officer(db, name: str, *roles: str) -> int:
    return add_officer(db, OfficerDraft(name=name, id_kind=EmployeeIdKind.NIP, employee_id=next(NIPS), pangkat="III/b", jabatan="Staf", roles=list(roles)))


def tick_all_and_attach(db, record_id: int, officer_id: int, tmp_path: Path) -> None:
    state = workflow.record_workflow(db, record_id)
    for index in range(len(state.stage.syarat)):
        workflow.set_syarat(db, record_id, index, True, officer_id)
    if state.stage.output_berkas:
        softfile = tmp_path / f"{state.stage.code}.pdf"
        softfile.write_bytes(b"%PDF-1.4 softfile " + state.stage.code.encode())
        workflow.attach_file(db, record_id, softfile, officer_id)


def test_kalbar_journey_from_creation_to_the_ppid_store(office_db, tmp_path) -> None:
    pelaksana = officer(office_db, "Budi Santoso", "ppid_pelaksana")
    petugas = officer(office_db, "Citra Lestari", "petugas_dokumentasi")
    ppid = officer(office_db, "Dewi Anggraini", "ppid")
    record = make_record(office_db, "Data pribadi penerima bantuan sosial")
    for stage_code, who in (("produksi", pelaksana), ("serah", petugas), ("terima", ppid)):
        assert workflow.record_workflow(office_db, record.id).stage.code == stage_code
        tick_all_and_attach(office_db, record.id, who, tmp_path)
        workflow.complete_stage(office_db, record.id, who, expected_stage=stage_code)
    state = workflow.record_workflow(office_db, record.id)
    assert state.position.finished and not state.position.archived
    assert [v.outcome for v in state.visits] == ["completed", "handed_over", "received"]
    assert all(v.met_standard for v in state.visits)
    actions = [entry.action for entry in history(office_db, record.id)]
    assert actions.count("complete") == 3 and actions[0] == "create"


def test_banten_journey_with_a_correction_round_ends_archived_and_read_only(db, tmp_path) -> None:
    set_up_office(db, "banten-pemkesra")
    petugas = officer(db, "Eko Prasetyo", "petugas")
    pimpinan = officer(db, "Fajar Nugroho", "ppid")
    arsip = officer(db, "Gita Permata", "arsip")
    record = make_record(db, "Memorandum internal rapat koordinasi")
    for code in ("identifikasi", "koordinasi", "persiapan", "pengumpulan", "pengolahan"):
        tick_all_and_attach(db, record.id, petugas, tmp_path)
        workflow.complete_stage(db, record.id, petugas, expected_stage=code)
    # The PPID leadership returns it with koreksi; it goes back to 'pengolahan', round 2.
    with pytest.raises(WorkflowRefused, match="catatan koreksi"):
        workflow.return_for_correction(db, record.id, pimpinan, "  ")
    state = workflow.return_for_correction(db, record.id, pimpinan, "Lengkapi konsekuensi bila ditutup.")
    assert state.stage.code == "pengolahan" and state.correction_notes == "Lengkapi konsekuensi bila ditutup."
    tick_all_and_attach(db, record.id, petugas, tmp_path)
    workflow.complete_stage(db, record.id, petugas)
    tick_all_and_attach(db, record.id, pimpinan, tmp_path)
    workflow.complete_stage(db, record.id, pimpinan, "Sudah sesuai.")
    tick_all_and_attach(db, record.id, arsip, tmp_path)
    state = workflow.complete_stage(db, record.id, arsip)
    assert state.position.archived and state.position.finished
    assert [v.outcome for v in state.visits if v.stage_code == "koreksi"] == ["returned", "approved"]
    assert [v.round for v in state.visits if v.stage_code == "pengolahan"] == [1, 2]
    # Archived: read-only, unless changed as a revision with a reason.
    detail = get_record(db, record.id)
    with pytest.raises(UserError, match="hanya-baca"):
        update_record(db, record.id, detail.draft, detail.version, petugas)
    detail.draft.remarks = "Koreksi ejaan"
    revised = update_record(db, record.id, detail.draft, detail.version, petugas, revision_reason="Salah ketik")
    assert revised.revision == 1
    last = history(db, record.id)[-1]
    assert last.action == "revise" and "Salah ketik" in last.summary and last.changes["Keterangan"] == ("", "Koreksi ejaan")


def test_refusals_name_what_is_missing_and_change_nothing(office_db, tmp_path) -> None:
    petugas = officer(office_db, "Citra Lestari", "petugas_dokumentasi")
    pelaksana = officer(office_db, "Budi Santoso", "ppid_pelaksana")
    record = make_record(office_db, "Rekam medis pegawai")
    with pytest.raises(WorkflowRefused) as refused:
        workflow.complete_stage(office_db, record.id, petugas)
    reasons = str(refused.value)
    assert "tidak memegang peran pelaksana" in reasons and "PPID Pelaksana" in reasons
    assert "\"Data ter-update dan telah terverifikasi\"" in reasons
    assert "belum ada berkas yang dilampirkan" in reasons
    with pytest.raises(WorkflowRefused, match="bukan tahap 3"):
        workflow.complete_stage(office_db, record.id, pelaksana, expected_stage="terima")
    with pytest.raises(WorkflowRefused, match="petugas aktif"):
        workflow.complete_stage(office_db, record.id, None)
    with pytest.raises(WorkflowRefused, match="bukan tahap reviu"):
        workflow.return_for_correction(office_db, record.id, pelaksana, "koreksi")
    state = workflow.record_workflow(office_db, record.id)
    assert state.stage.code == "produksi" and state.checked == frozenset() and len(state.visits) == 1
    assert [e.action for e in history(office_db, record.id)] == ["create"]


def test_penetapan_needs_the_consequence_test_and_the_right_officers(office_db) -> None:
    ppid = officer(office_db, "Dewi Anggraini", "ppid")
    atasan = officer(office_db, "Hary Atasan", "atasan_ppid")
    record = make_record(office_db, "Dokumen lelang sebelum pengumuman")
    with pytest.raises(WorkflowRefused) as refused:
        determination.determine(office_db, record.id, "", None, atasan, ppid, ppid)
    text = str(refused.value)
    for expected in ("Uji konsekuensi", "Nomor surat penetapan", "Tanggal penetapan", "peran PPID", "peran Atasan PPID"):
        assert expected in text
    determination.complete_consequence_test(office_db, record.id, ppid)
    determination.determine(office_db, record.id, "045/12/PPID/2025", date(2025, 3, 3), ppid, atasan, ppid)
    detail = get_record(office_db, record.id)
    assert detail.status is RecordStatus.DITETAPKAN and detail.penetapan_number == "045/12/PPID/2025"


def test_expiring_and_expired_exemptions_are_listed_and_decided_without_deleting(office_db) -> None:
    ppid = officer(office_db, "Dewi Anggraini", "ppid")
    atasan = officer(office_db, "Hary Atasan", "atasan_ppid")
    today = date(2025, 6, 2)
    soon = make_record(office_db, "Berakhir sebentar lagi", period_end=date(2025, 6, 20))
    ended = make_record(office_db, "Sudah berakhir", period_end=date(2025, 5, 1))
    make_record(office_db, "Masih lama", period_end=date(2030, 1, 1))
    listed = determination.expiring_records(office_db, today)
    assert [(e.title, e.expiry.state.value) for e in listed] == [("Sudah berakhir", "expired"), ("Berakhir sebentar lagi", "soon")]
    assert listed[1].expiry.working_days_left == 14
    determination.extend_exemption(office_db, soon.id, date(2027, 6, 20), "", "050/1/PPID/2025", today, ppid, atasan, ppid, today)
    determination.open_information(office_db, ended.id, "Jangka waktu pengecualian berakhir", ppid)
    assert determination.expiring_records(office_db, today) == []
    assert get_record(office_db, ended.id).status is RecordStatus.DIBUKA  # still there, now in the DIP


def test_overview_and_timing_report_count_what_the_clerk_sees(office_db, tmp_path) -> None:
    pelaksana = officer(office_db, "Budi Santoso", "ppid_pelaksana")
    first = make_record(office_db, "Satu")
    make_record(office_db, "Dua")
    tick_all_and_attach(office_db, first.id, pelaksana, tmp_path)
    workflow.complete_stage(office_db, first.id, pelaksana)
    figures = overview(office_db)
    assert [(s.code, s.records) for s in figures.stages] == [("produksi", 1), ("serah", 1), ("terima", 0)]
    assert figures.total == 2
    [row] = timing_report(office_db)
    assert (row.stage_label, row.officer, row.visits, row.met) == ("1. Produksi dan penyimpanan", "Budi Santoso", 1, 1)


def test_the_trail_keeps_an_attached_files_name_as_written(office_db, tmp_path: Path) -> None:
    """Thousands are grouped with a dot in the size only: commas in the name stay commas."""
    record = make_record(office_db, "Rekam medis pegawai")
    source = tmp_path / "Laporan, versi 2.pdf"
    source.write_bytes(b"x" * 1500)
    workflow.attach_file(office_db, record.id, source, None)
    summaries = [entry.summary for entry in history(office_db, record.id)]
    assert "Laporan, versi 2.pdf (1.500 bita)" in summaries
