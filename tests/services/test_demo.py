"""The demo office: a realistic biro in an empty folder, every SOP stage used, fast bulk records."""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Iterator
from datetime import date, datetime, timezone
from pathlib import Path

import pytest
from sqlalchemy import func, select

from ppid_desktop.domain.enums import RecordStatus
from ppid_desktop.domain.errors import UserError
from ppid_desktop.domain.nip import EmployeeIdKind, parse_nip
from ppid_desktop.domain.pangkat import golongan
from ppid_desktop.domain.record import validate_record
from ppid_desktop.domain.sop import StageKind
from ppid_desktop.services import workflow
from ppid_desktop.services.demo import create_demo_office
from ppid_desktop.services.office import get_office, is_set_up, list_officers, list_units
from ppid_desktop.services.overview import overview, timing_report
from ppid_desktop.services.printing import write_penetapan_pdf
from ppid_desktop.services.records import count_by_stage, get_record, list_records
from ppid_desktop.services.sop_catalog import available_templates
from ppid_desktop.services.workflow import WorkflowRefused
from ppid_desktop.storage.database import Database, open_database
from ppid_desktop.storage.models import AuditEntry, ExemptRecord, LegalGroundRow, Officer, StageVisit
from ppid_desktop.storage.paths import DataPaths
from tests.reports.pdftools import needs_poppler, text, words

SEED_SOPS = ["kalbar-kesra", "banten-pemkesra"]


def _template(code: str):
    return next(t for t in available_templates() if t.code == code)


def _working_days_until(end: date, today: date) -> int:
    days, d = 0, today
    while d < end:
        d = date.fromordinal(d.toordinal() + 1)
        if d.weekday() < 5:
            days += 1
    return days


# What services/workflow.py assumes of every row; outcome and audit action of a completed visit by stage kind.
_OUTCOMES = {StageKind.REVIEW: ("approved", "approve"), StageKind.HANDOVER_OUT: ("handed_over", "complete"),
             StageKind.HANDOVER_IN: ("received", "complete"), StageKind.ARCHIVE: ("archived", "archive")}


def _workflow_problems(db: Database) -> list[str]:
    """Every way the demo's rows break what the workflow services assume (empty when none)."""
    template = _template(get_office(db).sop_code)
    problems: list[str] = []
    with db.session() as session:
        roles = {o.id: set(o.role_codes) for o in session.scalars(select(Officer))}
        visits: dict[int, list[StageVisit]] = defaultdict(list)
        for visit in session.scalars(select(StageVisit).order_by(StageVisit.id)):
            visits[visit.record_id].append(visit)
        actions: dict[int, Counter[str]] = defaultdict(Counter)
        for record_id, action in session.execute(select(AuditEntry.record_id, AuditEntry.action)):
            actions[record_id][action] += 1
        for r in session.scalars(select(ExemptRecord)):
            name, own = r.register_number, visits[r.id]
            open_visits = [v for v in own if v.completed_at is None]
            if len(open_visits) != (0 if r.finished_at else 1):
                problems.append(f"{name}: {len(open_visits)} open visits, finished={r.finished_at is not None}")
            for v in open_visits:
                if (v.stage_code, v.started_at, v.waktu_menit) != (r.stage_code, r.stage_entered_at, template.stage(r.stage_code).waktu_menit):
                    problems.append(f"{name}: open visit {v.stage_code} from {v.started_at} is not the stage {r.stage_code} entered {r.stage_entered_at}")
            for v in own:
                if v.completed_at is None:
                    continue
                stage = template.stage(v.stage_code)
                outcomes = {_OUTCOMES.get(stage.kind, ("completed",))[0]} | ({"returned"} if stage.kind is StageKind.REVIEW else set())
                if v.outcome not in outcomes or v.working_minutes is None or v.waktu_menit != stage.waktu_menit:
                    problems.append(f"{name}: visit {v.stage_code} completed as {v.outcome!r}, {v.working_minutes} min")
                if not roles.get(v.completed_by_id, set()) & set(stage.pelaksana):
                    problems.append(f"{name}: visit {v.stage_code} completed by officer {v.completed_by_id}, not a pelaksana")
            passed = sum(1 for v in own if v.completed_at is not None and v.outcome != "returned")
            if actions[r.id]["create"] != 1 or actions[r.id]["complete"] + actions[r.id]["approve"] + actions[r.id]["archive"] != passed:
                problems.append(f"{name}: audit {dict(actions[r.id])} for {passed} completed visits")
            if r.status != RecordStatus.DRAFT.value:
                if not (r.consequence_tested_at and r.consequence_tested_by_id and r.penetapan_number and r.penetapan_date):
                    problems.append(f"{name}: {r.status} without uji konsekuensi or penetapan")
                if "ppid" not in roles.get(r.penetapan_ppid_id, set()) or "atasan_ppid" not in roles.get(r.penetapan_atasan_id, set()):
                    problems.append(f"{name}: penetapan not by a PPID and an Atasan PPID")
                if actions[r.id]["determine"] != 1:
                    problems.append(f"{name}: {r.status} without a determine entry")
            last = template.stages[-1]
            if r.finished_at and (r.stage_code != last.code or (r.archived_at is not None) != (last.kind is StageKind.ARCHIVE)):
                problems.append(f"{name}: finished in {r.stage_code}, archived={r.archived_at is not None}")
    return problems


@pytest.mark.parametrize("sop_code", SEED_SOPS)
def test_demo_fills_every_stage_of_the_sop(db: Database, sop_code: str) -> None:
    summary = create_demo_office(db, records=40, sop_code=sop_code)
    template = _template(sop_code)

    assert "40 rekaman" in summary and "5 unit" in summary and template.header.nomor in summary
    assert get_office(db).sop_code == sop_code
    by_stage = count_by_stage(db)
    assert set(by_stage) == {stage.code for stage in template.stages}
    assert sum(by_stage.values()) == 40

    rows = list_records(db)
    statuses = [row.status for row in rows]
    assert statuses.count(RecordStatus.DRAFT) > len(rows) / 2
    assert RecordStatus.DITETAPKAN in statuses
    assert len({row.title for row in rows}) == 40
    assert len({row.register_number for row in rows}) == 40
    assert all(row.register_number.startswith("DIK/") for row in rows)
    assert len({row.unit_name for row in rows}) == len(list_units(db)) == 5


@pytest.mark.parametrize("sop_code", SEED_SOPS)
def test_demo_records_pass_validation_and_mix_periods_and_grounds(db: Database, sop_code: str) -> None:
    create_demo_office(db, records=40, sop_code=sop_code)
    today = date.today()
    details = [get_record(db, row.id) for row in list_records(db)]
    for detail in details:
        validate_record(detail.draft)  # raises if the demo wrote something a clerk could not

    drafts = [d.draft for d in details]
    ends = [d.period_end for d in drafts if d.period_end is not None]
    assert any(end < today for end in ends), "some exemptions have already ended"
    assert any(end >= today and _working_days_until(end, today) <= 30 for end in ends), "some end within 30 working days"
    conditions = {d.period_condition for d in drafts}
    assert "Sampai memperoleh persetujuan dari yang bersangkutan" in conditions
    assert any(d.period_end is None for d in drafts), "some periods are only a condition"
    assert any(len(d.legal_grounds) >= 2 for d in drafts)
    assert any(g.is_other for d in drafts for g in d.legal_grounds), "some cite another statute"
    assert any(g.huruf == "h" and g.angka is not None for d in drafts for g in d.legal_grounds)
    assert len({d.classification for d in drafts}) >= 3
    assert all(d.consequence_opened and d.consequence_closed and d.storage_location for d in drafts)


@pytest.mark.parametrize("sop_code", SEED_SOPS)
def test_demo_officers_have_valid_nips_and_cover_every_role(db: Database, sop_code: str) -> None:
    create_demo_office(db, records=0, sop_code=sop_code)
    template = _template(sop_code)
    officers = list_officers(db)

    assert 6 <= len(officers) <= 8
    for officer in officers:
        assert officer.id_kind is EmployeeIdKind.NIP
        parts = parse_nip(officer.employee_id)  # raises on an invalid NIP
        assert parts.appointment_year - parts.birth_date.year >= 18
        assert parts.sex in (1, 2)
        assert golongan(officer.pangkat)  # a PP 99/2000 golongan
        assert officer.jabatan
    roles = {role for officer in officers for role in officer.roles}
    assert {role.code for role in template.roles} | {"ppid", "atasan_ppid"} <= roles
    atasan = next(o for o in officers if "atasan_ppid" in o.roles)
    assert atasan.jabatan.startswith("Kepala Biro")
    assert atasan.employee_id == template.header.disahkan_oleh.nip


def test_kalbar_office_is_the_biro_kesra_in_pontianak(db: Database) -> None:
    create_demo_office(db, records=0)
    office = get_office(db)
    assert office.kop_lines == ["PEMERINTAH PROVINSI KALIMANTAN BARAT", "SEKRETARIAT DAERAH"]
    assert office.name == "BIRO KESEJAHTERAAN RAKYAT"
    assert office.city == "Pontianak"
    assert office.email.endswith(".go.id") and ".go.id" in office.website
    assert office.paper.value == "F4"
    hary = next(o for o in list_officers(db) if o.employee_id == "196905201998031008")
    assert hary.name == "drg. Hary Agung Tjahyadi, M.Kes" and hary.pangkat == "IV/c"


def test_banten_office_is_in_serang(db: Database) -> None:
    create_demo_office(db, records=0, sop_code="banten-pemkesra")
    office = get_office(db)
    assert office.name == "BIRO PEMERINTAHAN DAN KESEJAHTERAAN RAKYAT"
    assert office.city == "Serang"
    assert office.kop_lines[0] == "PEMERINTAH PROVINSI BANTEN"


def test_running_twice_refuses(db: Database) -> None:
    create_demo_office(db, records=3)
    with pytest.raises(UserError, match="sudah berisi kantor") as error:
        create_demo_office(db, records=3)
    assert "--data-dir" in str(error.value)
    assert len(list_records(db)) == 3


def test_unknown_sop_code_lists_the_valid_ones(db: Database) -> None:
    with pytest.raises(UserError) as error:
        create_demo_office(db, sop_code="jatim-kominfo")
    message = str(error.value)
    assert "jatim-kominfo" in message
    for code in SEED_SOPS:
        assert code in message
    assert not is_set_up(db)


def test_negative_record_count_is_refused(db: Database) -> None:
    with pytest.raises(UserError, match="negatif"):
        create_demo_office(db, records=-1)


def test_zero_records_sets_up_the_office_only(db: Database) -> None:
    summary = create_demo_office(db, records=0)
    assert is_set_up(db)
    assert list_records(db) == []
    assert "0 rekaman" in summary


def test_bulk_records_are_complete_and_unique(db: Database) -> None:
    summary = create_demo_office(db, records=2000)
    assert "2.000 rekaman" in summary
    with db.session() as session:
        assert session.scalar(select(func.count()).select_from(ExemptRecord)) == 2000
        assert session.scalar(select(func.count(func.distinct(ExemptRecord.uid)))) == 2000
        assert session.scalar(select(func.count(func.distinct(ExemptRecord.title)))) == 2000
        assert session.scalar(select(func.count(func.distinct(ExemptRecord.register_number)))) == 2000
        without_grounds = select(func.count()).select_from(ExemptRecord).where(
            ~ExemptRecord.id.in_(select(LegalGroundRow.record_id))
        )
        assert session.scalar(without_grounds) == 0
        bulk_ids = list(session.scalars(select(ExemptRecord.id).order_by(ExemptRecord.id.desc()).limit(200)))
    for record_id in bulk_ids:  # bulk rows skip create_record; they must still be valid records
        validate_record(get_record(db, record_id).draft)
    assert set(count_by_stage(db)) == {stage.code for stage in _template("kalbar-kesra").stages}
    assert db.integrity_problems() == []
    # Bulk records are in the workflow too: one open visit in their stage, a creation entry, penetapan when determined.
    assert _workflow_problems(db) == []
    with db.session() as session:
        open_visits = select(func.count()).select_from(StageVisit).where(StageVisit.completed_at.is_(None), StageVisit.record_id.in_(bulk_ids))
        assert session.scalar(open_visits) == len(bulk_ids)
    assert {row.status for row in list_records(db)} >= {RecordStatus.DRAFT, RecordStatus.DITETAPKAN}


def test_bulk_records_are_found_by_search(db: Database) -> None:
    from ppid_desktop.services.records import query_record_ids

    create_demo_office(db, records=500)
    assert query_record_ids(db, search="rekam medis")
    assert query_record_ids(db, search="bantuan sosial")
    assert query_record_ids(db, search="xyzzy") == []


def test_same_register_on_every_run(tmp_path) -> None:
    from ppid_desktop.storage.database import open_database
    from ppid_desktop.storage.paths import DataPaths

    registers = []
    for name in ("a", "b"):
        db = open_database(DataPaths(tmp_path / name))
        try:
            create_demo_office(db, records=120)
            registers.append([(r.register_number, r.title, r.unit_name, r.stage_code, r.status, r.legal_text) for r in list_records(db)])
        finally:
            db.close()
    assert registers[0] == registers[1]


@pytest.fixture(scope="module", params=SEED_SOPS)
def demo_db(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Database]:
    """A demo office with 40 records for each seed SOP, shared by the tests that only read it."""
    database = open_database(DataPaths(tmp_path_factory.mktemp(request.param)))
    create_demo_office(database, records=40, sop_code=request.param)
    yield database
    database.close()


def test_demo_records_are_where_the_workflow_expects_them(demo_db: Database) -> None:
    db, sop_code = demo_db, get_office(demo_db).sop_code
    assert _workflow_problems(db) == []
    with db.session() as session:
        records = session.scalars(select(ExemptRecord)).all()
        returned = session.scalar(select(func.count()).select_from(StageVisit).where(StageVisit.outcome == "returned"))
    finished = [r for r in records if r.finished_at is not None]
    assert finished and len(finished) < len(records)
    assert returned == (2 if sop_code == "banten-pemkesra" else 0)  # the SOP with a review returns two records once
    assert all(r.archived_at for r in finished) == (sop_code == "banten-pemkesra")
    assert sum(r.status == RecordStatus.DIBUKA.value for r in records) == 1
    # Visits lie in the past, in office hours (the working calendar counts from 08:00 to 16:00 local time).
    with db.session() as session:
        moments = [m for v in session.scalars(select(StageVisit)) for m in (v.started_at, v.completed_at) if m is not None]
    assert max(moments) <= datetime.now(timezone.utc)
    local = [m.astimezone().replace(tzinfo=None) for m in moments]
    assert all(8 <= t.hour < 16 or (t.hour, t.minute, t.second) == (16, 0, 0) for t in local)
    assert all(t.weekday() < 5 for t in local)
    assert len({t.date() for t in local}) > 10, "spread over days and weeks, not all made today"


@pytest.mark.parametrize("sop_code", SEED_SOPS)
def test_complete_stage_on_any_demo_record_succeeds_or_refuses(db: Database, sop_code: str, tmp_path: Path) -> None:
    create_demo_office(db, records=40, sop_code=sop_code)
    template = _template(sop_code)
    officers = list_officers(db)
    outcomes: Counter[str] = Counter()
    for row in list_records(db):
        stage = template.stage(row.stage_code)
        who = next(o.id for o in officers if set(o.roles) & set(stage.pelaksana))
        try:
            workflow.complete_stage(db, row.id, who, expected_stage=stage.code)  # never an AssertionError
            outcomes["completed"] += 1
            continue
        except WorkflowRefused:
            outcomes["refused"] += 1
        if row.finished:
            continue
        # What the refusal asked for is enough: tick the syarat, attach the softfile, complete.
        for index in range(len(stage.syarat)):
            workflow.set_syarat(db, row.id, index, True, who)
        if stage.output_berkas:
            softfile = tmp_path / f"{row.id}.pdf"
            softfile.write_bytes(b"%PDF-1.4\n% test\n")
            workflow.attach_file(db, row.id, softfile, who)
        workflow.complete_stage(db, row.id, who, expected_stage=stage.code)
        outcomes["completed after syarat"] += 1
    assert outcomes["refused"] and outcomes["completed after syarat"]
    assert bool(outcomes["completed"]) == (sop_code == "banten-pemkesra")  # its first stages have no syarat
    assert _workflow_problems(db) == []


def test_timing_report_shows_met_and_missed_waktu_baku_and_a_few_overdue(demo_db: Database) -> None:
    db, sop_code = demo_db, get_office(demo_db).sop_code
    rows = timing_report(db)
    assert rows and all(row.officer != "—" for row in rows)
    assert any(row.met > 0 for row in rows), "some visits met the waktu baku"
    assert any(row.met < row.visits for row in rows), "some missed it"
    assert 0.4 < sum(row.met for row in rows) / sum(row.visits for row in rows) < 0.95
    figures = overview(db)
    unfinished = figures.total - figures.finished
    assert 0 < len(figures.overdue_ids) <= unfinished // 2, "a few open visits are overdue, most arrived recently"
    assert len(figures.correction_ids) == (1 if sop_code == "banten-pemkesra" else 0)


@needs_poppler
def test_determined_records_print_their_penetapan_number(demo_db: Database, tmp_path: Path) -> None:
    db, officers = demo_db, list_officers(demo_db)
    determined = [get_record(db, row.id) for row in list_records(db) if row.status is RecordStatus.DITETAPKAN]
    assert 5 <= len(determined) <= 10
    for detail in determined:
        assert re.fullmatch(r"\d{3}/\d{1,2}/PPID-(KESRA|PEMKESRA)/20\d\d", detail.penetapan_number)  # e.g. 045/12/PPID-KESRA/2025
        assert detail.penetapan_date and detail.penetapan_date <= date.today()
        assert detail.penetapan_ppid == next(o.name for o in officers if "ppid" in o.roles)
        assert detail.penetapan_atasan == next(o.name for o in officers if "atasan_ppid" in o.roles)
        assert detail.consequence_tested_by and detail.consequence_tested_at
    for detail in determined[:2]:
        body = " ".join(words(text(write_penetapan_pdf(db, detail.id, tmp_path / f"{detail.id}.pdf"))))
        assert f"NOMOR: {detail.penetapan_number}" in body and "DRAF" not in body
