"""Export: the package in the outbox, delivered to the share, and every way delivery can fail
without losing anything."""

from __future__ import annotations

import errno
import os
import shutil
import subprocess
from pathlib import Path

import bagit
import pytest

from ppid_desktop.domain.errors import UserError
from ppid_desktop.services import handover_bag
from ppid_desktop.services.handover_export import export_package, handover_record_ids
from ppid_desktop.services.handover_outbox import outbox_entries, retry_outbox
from ppid_desktop.services.handover_settings import ShareSettings, save_share_settings
from ppid_desktop.services.workflow import record_workflow
from ppid_desktop.storage.database import Database
from ppid_desktop.storage.filestore import FileStore
from tests.handover_support import ready_for_handover, sender_officer


def _partials(folder: Path) -> list[Path]:
    return [p for p in folder.rglob(".*.partial")] if folder.exists() else []


def test_export_builds_a_valid_bag_delivers_it_and_completes_the_handover_stage(office_db: Database, tmp_path: Path) -> None:
    share = tmp_path / "share"
    share.mkdir()
    first = ready_for_handover(office_db, tmp_path / "src", "Data pribadi penerima bantuan", {"Laporan Ré.pdf": b"a" * 5000, "CON.docx": b"b"})
    second = ready_for_handover(office_db, tmp_path / "src", "Rekam medis pegawai")
    assert handover_record_ids(office_db) == [first, second]

    result = export_package(office_db, office_db.paths, [first, second], sender_officer(office_db), share_folder=share)

    assert result.state == "terkirim" and result.record_count == 2 and result.file_count == 5  # 2 konsep + 2 + 1
    delivered = share / result.package_name
    assert result.share_path == delivered and delivered.is_dir()
    bag = bagit.Bag(str(delivered))
    bag.validate()  # the Library of Congress' validator agrees
    assert set(bag.algorithms) == {"sha256", "sha512"}
    assert bag.info["Source-Organization"] == "BIRO KESEJAHTERAAN RAKYAT"
    assert bag.info["Contact-Name"] == "Siti Rahmawati, S.Sos" and bag.info["PPID-Record-Count"] == "2"
    assert (delivered / "tagmanifest-sha512.txt").exists() and (delivered / "data" / "register.pdf").exists()
    names = {p.name for p in (delivered / "data" / "files").rglob("*") if p.is_file()}
    assert "CON_.docx" in names and "Laporan Ré.pdf" in names  # Windows-safe, the original kept in records.json
    assert _partials(share) == [] and not result.local_path.exists()  # the outbox copy goes once delivered
    for record_id in (first, second):
        state = record_workflow(office_db, record_id)
        assert state.stage.code == "terima"
        assert state.visits[-2].outcome == "handed_over" and result.package_name in state.visits[-2].notes
    assert handover_record_ids(office_db) == []
    [entry] = outbox_entries(office_db)
    assert entry.state == "terkirim" and entry.attempts == 1 and entry.delivered_at is not None


def test_records_not_ready_are_refused_before_anything_is_built(office_db: Database, tmp_path: Path) -> None:
    ready = ready_for_handover(office_db, tmp_path / "src", "Siap")
    from tests.conftest import make_record

    early = make_record(office_db, "Masih di tahap produksi").id
    with pytest.raises(UserError, match="belum berada di tahap 2"):
        export_package(office_db, office_db.paths, [ready, early], sender_officer(office_db), share_folder=tmp_path)
    with pytest.raises(UserError, match="Pilih petugas"):
        export_package(office_db, office_db.paths, [ready], None, share_folder=tmp_path)
    assert outbox_entries(office_db) == []
    assert record_workflow(office_db, ready).stage.code == "serah"
    assert not any((office_db.paths.root / "outbox").glob("*")) if (office_db.paths.root / "outbox").exists() else True


def test_a_stored_file_changed_after_it_was_listed_stops_the_export(office_db: Database, tmp_path: Path) -> None:
    record = ready_for_handover(office_db, tmp_path / "src", "Berkas diubah", {"surat.pdf": b"asli"})
    stored = next(a for a in record_workflow(office_db, record).attachments if a.original_name == "surat.pdf")
    FileStore(office_db.paths).path_of(stored.sha256).write_bytes(b"diubah diam-diam")

    with pytest.raises(UserError, match="\"surat.pdf\" di penyimpanan internal telah berubah"):
        export_package(office_db, office_db.paths, [record], sender_officer(office_db), share_folder=tmp_path)

    assert outbox_entries(office_db) == [] and record_workflow(office_db, record).stage.code == "serah"
    assert list((office_db.paths.root / "outbox").iterdir()) == []


def test_an_unreachable_share_keeps_the_package_in_the_outbox_until_retry(office_db: Database, tmp_path: Path) -> None:
    share = tmp_path / "Z-drive" / "serah terima"  # not mapped yet: offline in the field
    record = ready_for_handover(office_db, tmp_path / "src", "Di lapangan")

    result = export_package(office_db, office_db.paths, [record], sender_officer(office_db), share_folder=share)

    assert result.state == "outbox" and result.local_path.is_dir()
    assert "tidak terjangkau" in result.last_error
    [entry] = outbox_entries(office_db)
    assert entry.state == "gagal" and entry.attempts == 1 and "tetap aman di kotak keluar" in entry.last_error
    assert record_workflow(office_db, record).stage.code == "terima"  # the stage is done: nothing can be lost now
    bagit.Bag(str(result.local_path)).validate()

    share.mkdir(parents=True)
    [entry] = retry_outbox(office_db, office_db.paths)
    assert entry.state == "terkirim" and entry.attempts == 2 and entry.last_error == ""
    bagit.Bag(str(share / result.package_name)).validate()
    assert not result.local_path.exists()


def test_without_a_share_folder_the_package_waits_and_goes_to_the_configured_one(office_db: Database, tmp_path: Path) -> None:
    record = ready_for_handover(office_db, tmp_path / "src", "Belum ada folder")
    result = export_package(office_db, office_db.paths, [record], sender_officer(office_db))
    assert result.state == "outbox" and "belum diatur" in result.last_error
    share = tmp_path / "share"
    share.mkdir()
    save_share_settings(office_db.paths, ShareSettings(outbox_folder=share))
    [entry] = retry_outbox(office_db, office_db.paths)
    assert entry.state == "terkirim" and (share / result.package_name / "bagit.txt").exists()


def test_the_share_vanishing_mid_copy_leaves_nothing_that_looks_complete(office_db: Database, tmp_path: Path) -> None:
    share = tmp_path / "share"
    share.mkdir()
    record = ready_for_handover(office_db, tmp_path / "src", "Jaringan putus", {f"scan-{i}.pdf": bytes([i]) * 4000 for i in range(5)})
    gone = tmp_path / "share-hilang"

    def network_drops(done: int, total: int) -> None:
        if _partials(share):  # the copy to the share has begun: the drive disconnects
            share.rename(gone)

    result = export_package(office_db, office_db.paths, [record], sender_officer(office_db), share_folder=share, progress=network_drops)

    assert result.state == "outbox" and result.local_path.is_dir()
    [entry] = outbox_entries(office_db)
    assert entry.state == "gagal" and "tetap aman" in entry.last_error
    assert not any(p.name == result.package_name for p in gone.iterdir())  # never under its final name
    gone.rename(share)  # the drive is back, with the half copy on it
    [entry] = retry_outbox(office_db, office_db.paths)
    assert entry.state == "terkirim"
    assert _partials(share) == []
    bagit.Bag(str(share / result.package_name)).validate()


def test_a_read_error_mid_stream_fails_the_delivery_and_removes_the_partial_copy(office_db: Database, tmp_path: Path, monkeypatch) -> None:
    share = tmp_path / "share"
    share.mkdir()
    record = ready_for_handover(office_db, tmp_path / "src", "EIO", {"a.pdf": b"a" * 3000, "b.pdf": b"b" * 3000})
    real_hash = handover_bag.hash_file

    def flaky(source: Path, copy_to: Path | None = None, sync: bool = True, **hooks):
        if copy_to is not None and copy_to.name == "b.pdf":  # the network share fails under this file
            with open(copy_to, "wb") as half:
                half.write(b"b" * 100)
            raise OSError(errno.EIO, "Input/output error")
        return real_hash(source, copy_to, sync, **hooks)

    monkeypatch.setattr(handover_bag, "hash_file", flaky)
    result = export_package(office_db, office_db.paths, [record], sender_officer(office_db), share_folder=share)
    assert result.state == "outbox" and "kesalahan baca/tulis disk" in result.last_error
    assert list(share.iterdir()) == []
    bagit.Bag(str(result.local_path)).validate()
    monkeypatch.setattr(handover_bag, "hash_file", real_hash)
    assert retry_outbox(office_db, office_db.paths)[0].state == "terkirim"


def test_a_different_package_of_the_same_name_on_the_share_is_never_overwritten(office_db: Database, tmp_path: Path) -> None:
    record = ready_for_handover(office_db, tmp_path / "src", "Nama bentrok")
    result = export_package(office_db, office_db.paths, [record], sender_officer(office_db), share_folder=tmp_path / "belum")
    share = tmp_path / "belum"
    squatter = share / result.package_name
    squatter.mkdir(parents=True)
    (squatter / "bagit.txt").write_text("BagIt-Version: 1.0\n")
    (squatter / "tagmanifest-sha256.txt").write_text("lain\n")
    [entry] = retry_outbox(office_db, office_db.paths)
    assert entry.state == "gagal" and "tidak menimpanya" in entry.last_error
    assert (squatter / "tagmanifest-sha256.txt").read_text() == "lain\n"
    assert result.local_path.is_dir()


@pytest.fixture
def tiny_disk(tmp_path: Path):
    mount_point = tmp_path / "flashdisk"
    mount_point.mkdir()
    if os.geteuid() != 0 or shutil.which("mount") is None:
        pytest.skip("mounting a small tmpfs needs root")
    done = subprocess.run(["mount", "-t", "tmpfs", "-o", "size=2m", "tmpfs", str(mount_point)], capture_output=True)
    if done.returncode != 0:
        pytest.skip(f"tmpfs cannot be mounted here: {done.stderr.decode(errors='replace').strip()}")
    yield mount_point
    subprocess.run(["umount", "-l", str(mount_point)], check=False)


def test_a_full_share_keeps_the_package_in_the_outbox_and_removes_the_partial_copy(office_db: Database, tmp_path: Path, tiny_disk: Path) -> None:
    record = ready_for_handover(office_db, tmp_path / "src", "Disk penuh", {"besar.tif": os.urandom(3 * 1024 * 1024)})
    result = export_package(office_db, office_db.paths, [record], sender_officer(office_db), share_folder=tiny_disk)
    assert result.state == "outbox" and "penuh" in result.last_error
    assert list(tiny_disk.iterdir()) == []  # the partial copy was removed
    bagit.Bag(str(result.local_path)).validate()
    subprocess.run(["umount", str(tiny_disk)], check=True)  # room again (the plain folder underneath)
    assert retry_outbox(office_db, office_db.paths)[0].state == "terkirim"
    bagit.Bag(str(tiny_disk / result.package_name)).validate()


def test_a_file_altered_on_the_share_before_verification_is_caught_and_never_published(office_db: Database, tmp_path: Path) -> None:
    share = tmp_path / "share"
    share.mkdir()
    record = ready_for_handover(office_db, tmp_path / "src", "Diubah di drive", {f"lampiran-{i}.pdf": bytes([i]) * 5000 for i in range(4)})
    altered = []

    def someone_edits_the_share(done: int, total: int) -> None:
        copies = [p for p in share.rglob("lampiran-*.pdf")]
        if copies and not altered:
            copies[0].write_bytes(b"diubah orang lain")
            altered.append(copies[0].name)

    result = export_package(office_db, office_db.paths, [record], sender_officer(office_db), share_folder=share, progress=someone_edits_the_share)

    assert altered and result.state == "outbox"
    assert f"{altered[0]}\" dalam paket" in result.last_error and "telah berubah atau rusak" in result.last_error
    assert list(share.iterdir()) == []  # the altered copy was removed, never renamed
    assert retry_outbox(office_db, office_db.paths)[0].state == "terkirim"
    bagit.Bag(str(share / result.package_name)).validate()
