"""The demo office: a realistic biro in an empty folder, every SOP stage used, fast bulk records."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import func, select

from ppid_desktop.domain.enums import RecordStatus
from ppid_desktop.domain.errors import UserError
from ppid_desktop.domain.nip import EmployeeIdKind, parse_nip
from ppid_desktop.domain.pangkat import golongan
from ppid_desktop.domain.record import validate_record
from ppid_desktop.services.demo import create_demo_office
from ppid_desktop.services.office import get_office, is_set_up, list_officers, list_units
from ppid_desktop.services.records import count_by_stage, get_record, list_records
from ppid_desktop.services.sop_catalog import available_templates
from ppid_desktop.storage.database import Database
from ppid_desktop.storage.models import ExemptRecord, LegalGroundRow

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
