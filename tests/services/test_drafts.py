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
)
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
