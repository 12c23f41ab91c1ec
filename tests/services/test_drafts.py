"""Unsaved editor contents survive a crash and are offered back exactly once."""

from __future__ import annotations

from datetime import date

from hypothesis import given
from hypothesis import strategies as st

from ppid_desktop.domain.enums import Classification, InformationForm
from ppid_desktop.domain.legal import LegalGround
from ppid_desktop.domain.record import RecordDraft, draft_from_dict, draft_to_dict
from ppid_desktop.services.drafts import (
    decline_drafts,
    discard_draft,
    new_record_key,
    pending_drafts,
    record_key,
    save_draft,
    seal_plain_drafts,
)
from ppid_desktop.storage import crypto
from ppid_desktop.storage.paths import DataPaths

DRAFT = RecordDraft(
    title="Berkas pemeriksaan — belum selesai",
    unit_id=3,
    legal_grounds=[LegalGround("h", 5, ""), LegalGround(None, None, "UU 43/2009 Pasal 44")],
    consequence_opened="Mengungkap identitas saksi.",
    period_start=date(2025, 1, 2),
    period_end=date(2030, 1, 2),
    form=InformationForm.CETAK,
    classification=Classification.SANGAT_RAHASIA,
)


def test_draft_round_trips_through_a_file(tmp_path) -> None:
    paths = DataPaths(tmp_path)
    save_draft(paths, record_key(7), 7, 3, DRAFT)
    [saved] = pending_drafts(paths)
    assert (saved.record_id, saved.expected_version, saved.draft) == (7, 3, DRAFT)
    discard_draft(paths, record_key(7))
    assert pending_drafts(paths) == []


def test_declined_drafts_are_kept_aside_and_not_offered_again(tmp_path) -> None:
    paths = DataPaths(tmp_path)
    save_draft(paths, new_record_key(), None, None, DRAFT)
    decline_drafts(paths, pending_drafts(paths))
    assert pending_drafts(paths) == []
    assert len(list((paths.drafts / "ditolak").glob("*.json"))) == 1


def test_a_damaged_draft_file_is_skipped_not_fatal(tmp_path) -> None:
    paths = DataPaths(tmp_path)
    paths.drafts.mkdir(parents=True)
    (paths.drafts / "baru-rusak.json").write_text("{ setengah", encoding="utf-8")
    save_draft(paths, record_key(1), 1, 1, DRAFT)
    assert [d.record_id for d in pending_drafts(paths)] == [1]
    assert (paths.drafts / "baru-rusak.json").exists()


def test_an_unwritable_drafts_folder_never_raises(tmp_path) -> None:
    paths = DataPaths(tmp_path)
    paths.drafts.parent.mkdir(parents=True, exist_ok=True)
    paths.drafts.write_text("a file where the folder should be")
    save_draft(paths, record_key(1), 1, 1, DRAFT)  # logged, not raised


@given(st.dictionaries(st.sampled_from(list(draft_to_dict(DRAFT))), st.none() | st.integers() | st.text() | st.lists(st.dictionaries(st.text(), st.text() | st.integers()))))
def test_draft_from_dict_never_raises_on_damaged_data(data) -> None:
    assert isinstance(draft_from_dict(data), RecordDraft)


def test_an_encrypted_folder_keeps_its_drafts_sealed(tmp_path) -> None:
    paths = DataPaths(tmp_path, crypto.new_data_key())
    save_draft(paths, record_key(7), 7, 3, DRAFT)
    [file] = [p for p in paths.drafts.iterdir() if p.is_file()]
    data = file.read_bytes()
    assert "pemeriksaan".encode() not in data and b"saksi" not in data and b"record_id" not in data
    [saved] = pending_drafts(paths)
    assert (saved.key, saved.record_id, saved.expected_version, saved.draft) == (record_key(7), 7, 3, DRAFT)
    discard_draft(paths, record_key(7))
    assert pending_drafts(paths) == [] and list(paths.drafts.iterdir()) == []


def test_a_sealed_draft_that_fails_to_open_is_skipped_and_kept(tmp_path) -> None:
    paths = DataPaths(tmp_path, crypto.new_data_key())
    save_draft(paths, record_key(1), 1, 1, DRAFT)
    save_draft(paths.unlocked(crypto.new_data_key()), record_key(2), 2, 1, DRAFT)  # another folder's key
    save_draft(paths, record_key(3), 3, 1, DRAFT)
    damaged = next(paths.drafts.glob(f"{record_key(3)}.*"))
    content = bytearray(damaged.read_bytes())
    content[-1] ^= 1
    damaged.write_bytes(bytes(content))
    assert [d.record_id for d in pending_drafts(paths)] == [1]
    assert len(list(paths.drafts.glob("*"))) == 3  # kept for whoever looks into it


def test_a_plain_draft_in_an_encrypted_folder_is_not_offered(tmp_path) -> None:
    plain = DataPaths(tmp_path)
    save_draft(plain, record_key(5), 5, 1, DRAFT)  # written before the folder was encrypted, or planted
    sealed = plain.unlocked(crypto.new_data_key())
    assert pending_drafts(sealed) == []
    save_draft(sealed, record_key(5), 5, 2, DRAFT)
    discard_draft(sealed, record_key(5))  # the record was saved: both forms of its draft go
    assert list(sealed.drafts.iterdir()) == []


def test_encrypting_a_folder_seals_its_plain_drafts_and_they_are_still_offered(tmp_path) -> None:
    plain = DataPaths(tmp_path)
    save_draft(plain, record_key(5), 5, 1, DRAFT)
    save_draft(plain, new_record_key(), None, None, DRAFT)
    decline_drafts(plain, [d for d in pending_drafts(plain) if d.record_id is None])
    sealed = plain.unlocked(crypto.new_data_key())

    assert seal_plain_drafts(sealed) == 2
    files = [p for p in sealed.drafts.rglob("*") if p.is_file()]
    assert len(files) == 2 and all(p.name.endswith(".json.enc") and b"saksi" not in p.read_bytes() for p in files)
    [offered] = pending_drafts(sealed)
    assert (offered.record_id, offered.draft) == (5, DRAFT)
