"""Fixity: a re-read of internal storage finds missing, altered and orphan files, in plain and
encrypted data folders alike (damage to encrypted files: tests/services/test_attachments_encrypted.py)."""

from __future__ import annotations

import os
import time
from pathlib import Path

import pytest

from ppid_desktop.services import workflow
from ppid_desktop.services.fixity import check_storage
from ppid_desktop.storage import crypto
from ppid_desktop.storage.database import open_database
from ppid_desktop.storage.filestore import FileStore
from ppid_desktop.storage.paths import DataPaths
from tests.conftest import make_record, set_up_office


@pytest.fixture(params=["plain", "encrypted"])
def store_db(request, tmp_path: Path):
    """The office's database over a data folder without a key, and over one with a key."""
    key = crypto.new_data_key() if request.param == "encrypted" else None
    database = open_database(DataPaths(tmp_path / "data", key).ensure())
    set_up_office(database)
    yield database
    database.close()


def attach(db, tmp_path: Path, name: str, content: bytes):
    record = make_record(db, f"Rekaman {name}")
    source = tmp_path / name
    source.write_bytes(content)
    return workflow.attach_file(db, record.id, source, None)


def test_an_untouched_store_is_clean_and_every_byte_is_read(store_db, tmp_path) -> None:
    first = attach(store_db, tmp_path, "surat.pdf", b"%PDF-1.4 surat" * 1000)
    second = attach(store_db, tmp_path, "foto.jpg", b"\xff\xd8" + b"x" * 3_000_000)
    seen: list[tuple[int, int]] = []
    report = check_storage(store_db, store_db.paths, progress=lambda done, total: seen.append((done, total)))
    assert report.ok
    assert (report.missing, report.altered, report.orphans) == ((), (), ())
    assert report.files_checked == 2
    assert report.bytes_checked == first.size + second.size
    assert seen[-1] == (first.size + second.size, first.size + second.size)
    assert all(section.ok for section in report.sections())


def test_a_deleted_file_is_reported_missing_with_its_name(store_db, tmp_path) -> None:
    view = attach(store_db, tmp_path, "Berita Acara.pdf", b"isi berita acara")
    FileStore(store_db.paths).path_of(view.sha256).unlink()
    report = check_storage(store_db, store_db.paths)
    assert not report.ok
    assert [m.sha256 for m in report.missing] == [view.sha256]
    assert report.missing[0].attachments[0].original_name == "Berita Acara.pdf"
    problems = report.sections()[1].problems
    assert len(problems) == 1 and problems[0].startswith("HILANG:") and "Berita Acara.pdf" in problems[0]


def test_one_changed_byte_is_reported_altered(office_db, tmp_path) -> None:
    view = attach(office_db, tmp_path, "data.xlsx", b"A" * 5000)
    stored = FileStore(office_db.paths).path_of(view.sha256)
    stored.chmod(0o644)
    content = bytearray(stored.read_bytes())
    content[2500] ^= 1
    stored.write_bytes(bytes(content))
    report = check_storage(office_db, office_db.paths)
    assert [a.sha256 for a in report.altered] == [view.sha256]
    assert report.altered[0].actual_sha256 != view.sha256
    assert report.altered[0].actual_size == report.altered[0].expected_size == 5000
    assert "BERUBAH" in report.sections()[1].problems[0]


def test_a_truncated_file_is_altered_even_if_nobody_rehashes_the_name(office_db, tmp_path) -> None:
    view = attach(office_db, tmp_path, "scan.pdf", b"B" * 5000)
    stored = FileStore(office_db.paths).path_of(view.sha256)
    with open(stored, "r+b") as handle:
        handle.truncate(100)
    report = check_storage(office_db, office_db.paths)
    assert report.altered[0].actual_size == 100


def test_a_file_nobody_refers_to_is_an_orphan(store_db, tmp_path) -> None:
    attach(store_db, tmp_path, "surat.pdf", b"surat")
    stray = store_db.paths.files / "ab" / ("ab" + "0" * 62)
    stray.parent.mkdir(exist_ok=True)
    stray.write_bytes(b"disalin manual")
    by_hand = store_db.paths.files / "catatan.txt"
    by_hand.write_bytes(b"ditaruh manual")
    report = check_storage(store_db, store_db.paths)
    assert {o.path for o in report.orphans} == {stray, by_hand}
    assert not report.ok


def test_the_same_content_attached_twice_is_read_once(store_db, tmp_path) -> None:
    attach(store_db, tmp_path, "a.pdf", b"sama")
    attach(store_db, tmp_path, "b.pdf", b"sama")
    report = check_storage(store_db, store_db.paths)
    assert report.ok and report.files_checked == 1


def test_partial_copies_are_ignored_while_fresh_and_noted_when_stale(store_db, tmp_path) -> None:
    attach(store_db, tmp_path, "a.pdf", b"isi")
    fresh = store_db.paths.files / ".masuk-1-baru.pdf.part"
    stale = store_db.paths.files / ".masuk-2-lama.pdf.part"
    fresh.write_bytes(b"sedang disalin")
    stale.write_bytes(b"terputus")
    two_days_ago = time.time() - 2 * 24 * 3600
    os.utime(stale, (two_days_ago, two_days_ago))
    report = check_storage(store_db, store_db.paths)
    assert report.ok  # a partial copy is no attachment: nothing is lost
    assert report.stale_partials == (stale,)
    assert report.orphans == ()
    assert "lama.pdf.part" in report.sections()[1].notes[0]


def test_the_database_quick_check_is_part_of_the_report(office_db) -> None:
    report = check_storage(office_db, office_db.paths)
    assert report.ok and report.database_problems == ()
    assert report.sections()[0].title.startswith("Basis data")


def test_an_import_staging_folder_is_no_orphan(store_db, tmp_path) -> None:
    attach(store_db, tmp_path, "a.pdf", b"isi")
    staging = store_db.paths.files / ".impor-123-abcd1234"
    staging.mkdir()
    (staging / "0").write_bytes(b"sedang diimpor")
    report = check_storage(store_db, store_db.paths)
    assert report.ok and report.orphans == () and report.stale_partials == ()
    two_days_ago = time.time() - 2 * 24 * 3600
    os.utime(staging, (two_days_ago, two_days_ago))
    assert check_storage(store_db, store_db.paths).stale_partials == (staging,)
