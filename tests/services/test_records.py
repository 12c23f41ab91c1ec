"""Records are created in the first SOP stage, edited safely, and found by search."""

from __future__ import annotations

from datetime import date

import pytest

from ppid_desktop.domain.enums import Classification, RecordStatus
from ppid_desktop.domain.errors import UserError, ValidationErrors
from ppid_desktop.domain.legal import LegalGround
from ppid_desktop.domain.record import RecordDraft
from ppid_desktop.services.office import list_officers, list_units
from ppid_desktop.services.records import (
    create_record,
    fetch_rows,
    find_record_id,
    get_record,
    list_records,
    query_record_ids,
    update_record,
)


def draft(db, title: str = "Data pribadi penerima bantuan sosial tahun 2024", **changes) -> RecordDraft:
    unit = list_units(db)[0]
    values = dict(
        title=title,
        register_number="DIK/KESRA/2024/001",
        summary="Nama, NIK, alamat dan nomor rekening penerima bantuan sosial.",
        unit_id=unit.id,
        legal_grounds=[LegalGround("h", 2, ""), LegalGround(None, None, "UU 27/2022 Pasal 4")],
        consequence_opened="Mengungkap rahasia pribadi penerima bantuan.",
        consequence_closed="Melindungi data pribadi warga yang lebih besar kepentingannya.",
        period_start=date(2024, 1, 1),
        period_end=date(2029, 12, 31),
        classification=Classification.RAHASIA,
    )
    values.update(changes)
    return RecordDraft(**values)


def test_a_new_record_starts_in_the_first_stage_as_draft_with_its_author(office_db) -> None:
    officer = list_officers(office_db)[0]
    detail = create_record(office_db, draft(office_db), officer.id)
    assert detail.stage_code == "produksi" or detail.stage_label.startswith("1.")
    assert detail.status is RecordStatus.DRAFT
    assert detail.created_by == officer.name
    assert len(detail.uid) == 36
    again = get_record(office_db, detail.id)
    assert again.draft.legal_grounds == [LegalGround("h", 2, ""), LegalGround(None, None, "UU 27/2022 Pasal 4")]
    assert again.draft.period_end == date(2029, 12, 31)
    assert again.draft.classification is Classification.RAHASIA


def test_invalid_record_is_refused_and_nothing_is_stored(office_db) -> None:
    with pytest.raises(ValidationErrors) as caught:
        create_record(office_db, draft(office_db, title="  ", legal_grounds=[]), None)
    assert set(caught.value.fields()) >= {"title", "legal_grounds"}
    assert list_records(office_db) == []


def test_stale_save_is_refused_and_the_first_save_kept(office_db) -> None:
    detail = create_record(office_db, draft(office_db), None)
    first = update_record(office_db, detail.id, draft(office_db, title="Judul pertama"), detail.version, None)
    with pytest.raises(UserError, match="telah diubah di tempat lain"):
        update_record(office_db, detail.id, draft(office_db, title="Judul kedua"), detail.version, None)
    assert get_record(office_db, detail.id).draft.title == "Judul pertama"
    assert first.version == detail.version + 1


def test_search_matches_substrings_case_insensitively_and_with_short_terms(office_db) -> None:
    a = create_record(office_db, draft(office_db, "Rekam medis pasien rumah sakit", register_number="DIK/1"), None)
    b = create_record(office_db, draft(office_db, "Dokumen lelang sebelum pengumuman", register_number="DIK/2"), None)
    assert query_record_ids(office_db, "REKAM") == [a.id]
    assert query_record_ids(office_db, "medis rumah") == [a.id]
    assert query_record_ids(office_db, "le") == [b.id]  # two letters: the LIKE fallback
    assert query_record_ids(office_db, "DIK/2") == [b.id]
    assert query_record_ids(office_db, 'lelang "') == []  # a stray quote is text, not syntax
    assert query_record_ids(office_db, "100%") == []
    assert sorted(query_record_ids(office_db, "")) == sorted([a.id, b.id])


def test_search_follows_edits(office_db) -> None:
    detail = create_record(office_db, draft(office_db, "Memorandum internal"), None)
    update_record(office_db, detail.id, draft(office_db, "Nota dinas rahasia"), detail.version, None)
    assert query_record_ids(office_db, "memorandum") == []
    assert query_record_ids(office_db, "nota dinas") == [detail.id]


def test_sorting_happens_in_sql_in_both_directions(office_db) -> None:
    ids = [create_record(office_db, draft(office_db, title), None).id for title in ("Bravo", "Alfa", "Charlie")]
    assert query_record_ids(office_db, sort="title", descending=False) == [ids[1], ids[0], ids[2]]
    assert query_record_ids(office_db, sort="title", descending=True) == [ids[2], ids[0], ids[1]]
    assert [row.title for row in fetch_rows(office_db, [ids[2], ids[1]])] == ["Charlie", "Alfa"]


def test_find_record_by_uid_prefix_or_register_number(office_db) -> None:
    detail = create_record(office_db, draft(office_db), None)
    assert find_record_id(office_db, detail.uid) == detail.id
    assert find_record_id(office_db, detail.uid[:8]) == detail.id
    assert find_record_id(office_db, "DIK/KESRA/2024/001") == detail.id
    with pytest.raises(UserError, match="tidak ditemukan"):
        find_record_id(office_db, "tidak-ada")


def test_each_save_bumps_the_version_once_even_when_only_grounds_change(office_db) -> None:
    officers = list_officers(office_db)
    detail = create_record(office_db, draft(office_db), officers[0].id)
    unchanged = update_record(office_db, detail.id, draft(office_db), detail.version, officers[1].id)
    assert unchanged.version == detail.version  # saving without a change writes nothing
    second = update_record(office_db, detail.id, draft(office_db, summary="Ringkasan baru"), detail.version, officers[1].id)
    assert second.version == detail.version + 1
    third = update_record(office_db, detail.id, draft(office_db, legal_grounds=[LegalGround("i", None, "")]), second.version, officers[0].id)
    assert third.version == second.version + 1
    assert third.updated_at > second.updated_at
    assert third.updated_by == officers[0].name
