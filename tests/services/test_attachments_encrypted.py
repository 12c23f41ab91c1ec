"""Attached files in an encrypted data folder: every way in and out works, nothing under files/
is readable without the key, and a stored file that was altered, cut short or swapped is
reported by `check` and never passed on."""

from __future__ import annotations

import hashlib
import os
from pathlib import Path

import bagit
import pytest

from ppid_desktop.domain.errors import UserError
from ppid_desktop.services import attachments, handover_import, workflow
from ppid_desktop.services.fixity import check_storage
from ppid_desktop.services.handover_bag import PackageCancelled
from ppid_desktop.services.handover_export import export_package
from ppid_desktop.services.handover_import import import_package
from ppid_desktop.services.handover_outbox import outbox_entries
from ppid_desktop.storage import crypto
from ppid_desktop.storage.database import Database, open_database
from ppid_desktop.storage.filestore import FileStore
from ppid_desktop.storage.paths import DataPaths
from tests.conftest import make_record, set_up_office
from tests.handover_support import ready_for_handover, sender_officer

SECRET = b"%PDF-1.4 Rekam medis pegawai: diagnosis dan riwayat pengobatan. " * 200
FILES = {"Rekam medis.pdf": SECRET, "Foto lokasi.jpg": os.urandom(crypto.CHUNK + 5000), "Daftar.xlsx": b"PK daftar penerima"}


def _sealed_db(root: Path) -> Database:
    database = open_database(DataPaths(root, crypto.new_data_key()).ensure())
    set_up_office(database)
    return database


@pytest.fixture
def sealed_db(tmp_path: Path):
    database = _sealed_db(tmp_path / "data")
    yield database
    database.close()


def _attach(db: Database, tmp_path: Path, name: str, content: bytes, title: str | None = None) -> workflow.AttachmentView:
    record = make_record(db, title or f"Rekaman {name}")
    source = tmp_path / "masuk" / name
    source.parent.mkdir(parents=True, exist_ok=True)
    source.write_bytes(content)
    return workflow.attach_file(db, record.id, source, None)


def _everything_stored(db: Database) -> list[Path]:
    return [p for p in db.paths.files.rglob("*") if p.is_file()]


def _assert_unreadable(db: Database, contents: dict[str, bytes]) -> None:
    """No stored file shows any of `contents`, its SHA-256 or its name, in its name or its bytes."""
    hashes = [hashlib.sha256(content).hexdigest() for content in contents.values()]
    for path in _everything_stored(db):
        data = path.read_bytes()
        assert not any(content[:48] in data for content in contents.values() if content)
        assert not any(sha256 in path.as_posix() or bytes.fromhex(sha256) in data for sha256 in hashes)
        assert not any(name in path.as_posix() for name in contents)


def test_attached_files_are_stored_encrypted_and_come_back_identical(sealed_db: Database, tmp_path: Path) -> None:
    views = {name: _attach(sealed_db, tmp_path, name, content) for name, content in FILES.items()}
    assert len(_everything_stored(sealed_db)) == 3
    _assert_unreadable(sealed_db, FILES)

    (tmp_path / "keluar").mkdir()
    for name, view in views.items():
        opened = attachments.open_copy(sealed_db, sealed_db.paths, view.id, tmp_path / "dibuka")
        assert opened.name == name and opened.read_bytes() == FILES[name]
        saved = attachments.attachment_copy(sealed_db, sealed_db.paths, view.id, tmp_path / "keluar" / name.upper())
        assert saved.read_bytes() == FILES[name]

    report = check_storage(sealed_db, sealed_db.paths)
    assert report.ok and report.files_checked == 3
    assert report.bytes_checked == sum(len(content) for content in FILES.values())


def test_check_progress_counts_the_content_and_ends_full(sealed_db: Database, tmp_path: Path) -> None:
    for name, content in FILES.items():
        _attach(sealed_db, tmp_path, name, content)
    seen: list[tuple[int, int]] = []
    check_storage(sealed_db, sealed_db.paths, progress=lambda done, total: seen.append((done, total)))
    size = sum(len(content) for content in FILES.values())
    assert seen[-1] == (size, size)


def _flip(path: Path) -> None:
    data = bytearray(path.read_bytes())
    data[len(data) // 2] ^= 1
    path.write_bytes(bytes(data))


def _truncate(path: Path) -> None:
    with open(path, "r+b") as handle:
        handle.truncate(path.stat().st_size - 100)


@pytest.mark.parametrize("damage", [_flip, _truncate], ids=["one-flipped-byte", "truncated"])
def test_a_damaged_stored_file_is_reported_and_never_copied_out(sealed_db: Database, tmp_path: Path, damage) -> None:
    view = _attach(sealed_db, tmp_path, "Rekam medis.pdf", SECRET)
    damage(FileStore(sealed_db.paths).path_of(view.sha256))

    report = check_storage(sealed_db, sealed_db.paths)
    assert not report.ok and [a.sha256 for a in report.altered] == [view.sha256]
    [problem] = report.sections()[1].problems
    assert problem.startswith("BERUBAH: \"Rekam medis.pdf\"") and "tidak lolos pemeriksaan keaslian" in problem

    _assert_refused(sealed_db, view.id, tmp_path)


def test_a_file_renamed_over_another_records_file_is_reported_and_never_copied_out(sealed_db: Database, tmp_path: Path) -> None:
    first = _attach(sealed_db, tmp_path, "Rekam medis.pdf", SECRET, "Rekaman A")
    second = _attach(sealed_db, tmp_path, "Daftar.xlsx", b"PK daftar penerima", "Rekaman B")
    store = FileStore(sealed_db.paths)
    os.replace(store.path_of(first.sha256), store.path_of(second.sha256))  # A's file now under B's name

    report = check_storage(sealed_db, sealed_db.paths)
    assert [m.sha256 for m in report.missing] == [first.sha256]
    assert [a.sha256 for a in report.altered] == [second.sha256]
    assert report.altered[0].actual_sha256 == first.sha256  # it decrypts: it is A's content
    problems = report.sections()[1].problems
    assert any(p.startswith("BERUBAH: \"Daftar.xlsx\"") for p in problems)
    assert any(p.startswith("HILANG: \"Rekam medis.pdf\"") for p in problems)

    _assert_refused(sealed_db, second.id, tmp_path)


def _assert_refused(db: Database, attachment_id: int, tmp_path: Path) -> None:
    out = tmp_path / "keluar"
    out.mkdir(exist_ok=True)
    with pytest.raises(UserError, match="tidak lagi sama dengan saat dilampirkan .telah berubah atau rusak.*ppid-desktop check"):
        attachments.attachment_copy(db, db.paths, attachment_id, out / "salinan.pdf")
    with pytest.raises(UserError, match="tidak lagi sama dengan saat dilampirkan"):
        attachments.open_copy(db, db.paths, attachment_id, tmp_path / "dibuka")
    assert list(out.iterdir()) == []  # neither the final name nor a partial copy
    assert [p for p in (tmp_path / "dibuka").rglob("*") if p.is_file()] == []


def test_a_package_goes_from_one_encrypted_folder_to_another_with_a_different_key(sealed_db: Database, tmp_path: Path, monkeypatch) -> None:
    share = tmp_path / "share"
    share.mkdir()
    record = ready_for_handover(sealed_db, tmp_path / "src", "Data pribadi penerima bantuan", FILES)
    result = export_package(sealed_db, sealed_db.paths, [record], sender_officer(sealed_db), share_folder=share)

    assert result.state == "terkirim" and result.share_path is not None
    bagit.Bag(str(result.share_path)).validate()  # a package is plain BagIt whatever the folders
    in_package = {p.name: p.read_bytes() for p in (result.share_path / "data" / "files").rglob("*") if p.is_file()}
    assert all(in_package[name] == content for name, content in FILES.items())

    ppid = _sealed_db(tmp_path / "ppid-data")
    try:
        assert ppid.paths.key != sealed_db.paths.key
        real_add_records = handover_import.add_records

        def staged_then_added(*args, **kwargs):  # the package is staged: is any of it in the clear?
            staged = [p for p in ppid.paths.files.rglob("*") if p.is_file()]
            assert len(staged) == 6 and all(p.parent.name.startswith(".impor-") for p in staged)
            _assert_unreadable(ppid, FILES)
            return real_add_records(*args, **kwargs)

        monkeypatch.setattr(handover_import, "add_records", staged_then_added)
        imported = import_package(ppid, ppid.paths, result.share_path, None)
        assert (imported.records_added, imported.files_added) == (1, 4)  # the konsep + 3
        _assert_unreadable(ppid, FILES)
        store = FileStore(ppid.paths)
        for name, content in FILES.items():
            stored = store.path_of(hashlib.sha256(content).hexdigest())
            assert stored.name == crypto.file_name_of(ppid.paths.key, hashlib.sha256(content).hexdigest())  # type: ignore[arg-type]
            assert not stored.with_name(FileStore(sealed_db.paths).name_of(hashlib.sha256(content).hexdigest())).exists()
        assert not any(p.name.startswith(".impor-") for p in ppid.paths.files.iterdir())
        report = check_storage(ppid, ppid.paths)
        assert report.ok and report.files_checked == 4
        [view] = [a for a in workflow.record_workflow(ppid, 1).attachments if a.original_name == "Rekam medis.pdf"]
        assert attachments.attachment_copy(ppid, ppid.paths, view.id, tmp_path / "di-ppid.pdf").read_bytes() == SECRET
    finally:
        ppid.close()


def test_a_damaged_stored_file_stops_the_export_and_nothing_is_left(sealed_db: Database, tmp_path: Path) -> None:
    record = ready_for_handover(sealed_db, tmp_path / "src", "Berkas rusak", {"surat.pdf": SECRET})
    view = next(a for a in workflow.record_workflow(sealed_db, record).attachments if a.original_name == "surat.pdf")
    _flip(FileStore(sealed_db.paths).path_of(view.sha256))

    with pytest.raises(UserError, match="\"surat.pdf\" di penyimpanan internal telah berubah atau rusak"):
        export_package(sealed_db, sealed_db.paths, [record], sender_officer(sealed_db), share_folder=tmp_path / "share")

    assert outbox_entries(sealed_db) == [] and workflow.record_workflow(sealed_db, record).stage.code == "serah"
    assert list((sealed_db.paths.root / "outbox").iterdir()) == []


def test_a_missing_stored_file_stops_the_export_naming_it(sealed_db: Database, tmp_path: Path) -> None:
    record = ready_for_handover(sealed_db, tmp_path / "src", "Berkas hilang", {"surat.pdf": SECRET})
    view = next(a for a in workflow.record_workflow(sealed_db, record).attachments if a.original_name == "surat.pdf")
    FileStore(sealed_db.paths).path_of(view.sha256).unlink()

    with pytest.raises(UserError, match="\"surat.pdf\" tidak ditemukan di penyimpanan internal"):
        export_package(sealed_db, sealed_db.paths, [record], sender_officer(sealed_db), share_folder=tmp_path / "share")
    assert list((sealed_db.paths.root / "outbox").iterdir()) == []


@pytest.mark.parametrize("checks_before_cancel", [0, 4], ids=["while-decrypting", "while-copying-to-the-share"])
def test_a_cancelled_export_leaves_nothing_behind(sealed_db: Database, tmp_path: Path, checks_before_cancel: int) -> None:
    share = tmp_path / "share"
    share.mkdir()
    record = ready_for_handover(sealed_db, tmp_path / "src", "Dibatalkan", FILES)  # 4 stored files
    checks = 0

    def cancelled() -> bool:
        nonlocal checks
        checks += 1
        return checks > checks_before_cancel

    with pytest.raises(PackageCancelled):
        export_package(sealed_db, sealed_db.paths, [record], sender_officer(sealed_db), share_folder=share, cancelled=cancelled)
    assert checks == checks_before_cancel + 1  # stopped at the first check that said so
    assert list(share.iterdir()) == [] and list((sealed_db.paths.root / "outbox").iterdir()) == []
    assert outbox_entries(sealed_db) == [] and workflow.record_workflow(sealed_db, record).stage.code == "serah"
