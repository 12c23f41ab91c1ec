"""Encryption at rest for handover packages: in a data folder with a key, a package waiting in the
outbox and a tanda terima kept in `tanda-terima/` are sealed (no title, no content, no file name
in the clear), and delivery still gives the share the same valid BagIt package, also from a new
process after a restart, and refuses a sealed file altered on disk."""

from __future__ import annotations

import errno
import os
import stat
import subprocess
import sys
from pathlib import Path

import bagit
import pytest

from ppid_desktop.domain.errors import UserError
from ppid_desktop.services import handover_receipt
from ppid_desktop.services.handover_export import export_package
from ppid_desktop.services.handover_import import import_package
from ppid_desktop.services.handover_outbox import outbox_dir, outbox_entries, retry_outbox
from ppid_desktop.services.handover_receipt import receipt_to_open
from ppid_desktop.services.handover_sealed import INDEX, read_index
from ppid_desktop.services.workflow import record_workflow
from ppid_desktop.storage import crypto
from ppid_desktop.storage.database import Database, open_database
from ppid_desktop.storage.filestore import FileStore
from ppid_desktop.storage.paths import DataPaths
from tests.conftest import set_up_office
from tests.handover_support import ready_for_handover, sender_officer

ROOT = Path(__file__).resolve().parents[2]
TITLE = "Hasil audit investigasi pengadaan alat kesehatan"
REPORT = b"%PDF-1.4 Temuan audit: kerugian negara pada pengadaan alat kesehatan. " * 300
FILES = {
    "Laporan audit investigasi X.pdf": REPORT,
    "Foto barang bukti.jpg": os.urandom(crypto.CHUNK + 7000),  # more than one chunk
    "Daftar saksi.xlsx": b"PK daftar saksi: Budi Santoso, Ani Wijaya",
}


def _sealed_db(root: Path, key: bytes | None = None) -> Database:
    database = open_database(DataPaths(root, key or crypto.new_data_key()).ensure())
    set_up_office(database)
    return database


@pytest.fixture
def sealed_db(tmp_path: Path):
    database = _sealed_db(tmp_path / "data")
    yield database
    database.close()


def _needles() -> list[bytes]:
    """What must never be readable: the title, each file's name, and pieces of each content."""
    found = [TITLE.encode(), b"Hasil audit investigasi"]
    for name, content in FILES.items():
        found += [name.encode(), name.rsplit(".", 1)[0].encode(), content[:48], content[len(content) // 2:len(content) // 2 + 48]]
    return found


def _assert_nothing_in_the_clear(folder: Path) -> list[Path]:
    """Every byte and every name under `folder`: none of `_needles`, and every file in the
    encrypted layout. Returns the files."""
    files = [p for p in folder.rglob("*") if p.is_file()]
    for path in folder.rglob("*"):
        relative = str(path.relative_to(folder)).encode()
        assert not any(needle in relative for needle in _needles()), path
    for path in files:
        data = path.read_bytes()
        assert data.startswith(crypto.MAGIC), f"{path} is not sealed"
        for needle in _needles():
            assert needle not in data, f"{needle[:30]!r} in the clear in {path}"
    return files


def _offline_export(db: Database, tmp_path: Path) -> tuple[int, str, Path]:
    record = ready_for_handover(db, tmp_path / "src", TITLE, FILES)
    share = tmp_path / "Z-drive" / "serah terima"  # not mapped: offline in the field
    result = export_package(db, db.paths, [record], sender_officer(db), share_folder=share)
    assert result.state == "outbox" and "tidak terjangkau" in result.last_error
    return record, result.package_name, share


def _delivered_content(package: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in (package / "data" / "files").rglob("*") if p.is_file()}


def test_a_waiting_package_is_sealed_and_a_new_process_delivers_a_valid_bag(sealed_db: Database, tmp_path: Path) -> None:
    record, name, share = _offline_export(sealed_db, tmp_path)

    local = outbox_dir(sealed_db.paths) / name
    files = _assert_nothing_in_the_clear(outbox_dir(sealed_db.paths))
    assert (local / INDEX) in files and not (local / "data").exists() and not (local / "bagit.txt").exists()
    stored = {p.stat().st_ino for p in sealed_db.paths.files.rglob("*") if p.is_file()}
    linked = [p for p in files if p.stat().st_ino in stored]
    assert len(linked) == 4  # the konsep and the three files: links to the stored files, no copies
    assert record_workflow(sealed_db, record).stage.code == "terima"
    key = sealed_db.paths.key
    assert key is not None
    sealed_db.close()

    share.mkdir(parents=True)  # back in the office; the application was closed meanwhile
    child = subprocess.run(
        [sys.executable, "-c", (
            "import sys; from pathlib import Path\n"
            "from ppid_desktop.storage.database import open_database\n"
            "from ppid_desktop.storage.paths import DataPaths\n"
            "from ppid_desktop.services.handover_outbox import retry_outbox\n"
            "db = open_database(DataPaths(Path(sys.argv[1]), bytes.fromhex(sys.argv[2])))\n"
            "print(retry_outbox(db, db.paths)[0].state); db.close()\n"
        ), str(tmp_path / "data"), key.hex()],
        cwd=ROOT, env=dict(os.environ, PYTHONPATH=str(ROOT)), capture_output=True, text=True, timeout=120,
    )
    assert child.returncode == 0, child.stderr
    assert child.stdout.strip() == "terkirim"

    delivered = share / name
    assert sorted(p.name for p in share.iterdir()) == [name]  # no partial copy left
    bag = bagit.Bag(str(delivered))
    bag.validate()  # the Library of Congress' validator agrees: the same plain BagIt 1.0 package
    assert set(bag.algorithms) == {"sha256", "sha512"}
    content = _delivered_content(delivered)
    assert all(content[name] == data for name, data in FILES.items())
    assert TITLE.encode() in (delivered / "data" / "records.json").read_bytes()
    assert (delivered / "data" / "register.pdf").read_bytes().startswith(b"%PDF")
    assert not local.exists()
    reopened = open_database(DataPaths(tmp_path / "data", key))
    try:
        [entry] = outbox_entries(reopened)
        assert entry.state == "terkirim" and entry.attempts == 2
    finally:
        reopened.close()


def test_a_reachable_share_gets_the_package_and_the_outbox_keeps_nothing(sealed_db: Database, tmp_path: Path) -> None:
    share = tmp_path / "share"
    share.mkdir()
    record = ready_for_handover(sealed_db, tmp_path / "src", TITLE, FILES)
    result = export_package(sealed_db, sealed_db.paths, [record], sender_officer(sealed_db), share_folder=share)
    assert result.state == "terkirim" and result.share_path is not None
    bagit.Bag(str(result.share_path)).validate()
    assert all(_delivered_content(result.share_path)[name] == data for name, data in FILES.items())
    assert list(outbox_dir(sealed_db.paths).iterdir()) == []


def test_without_hard_links_the_outbox_keeps_encrypted_copies(sealed_db: Database, tmp_path: Path, monkeypatch) -> None:
    def no_links(source, target, *args, **kwargs):  # another volume, or FAT32
        raise OSError(errno.EXDEV, "Invalid cross-device link")

    monkeypatch.setattr(os, "link", no_links)
    _record, name, share = _offline_export(sealed_db, tmp_path)
    monkeypatch.undo()
    files = _assert_nothing_in_the_clear(outbox_dir(sealed_db.paths))
    stored = {p.stat().st_ino for p in sealed_db.paths.files.rglob("*") if p.is_file()}
    assert not any(p.stat().st_ino in stored for p in files)
    share.mkdir(parents=True)
    [entry] = retry_outbox(sealed_db, sealed_db.paths)
    assert entry.state == "terkirim"
    bagit.Bag(str(share / name)).validate()


def _flip(path: Path) -> None:
    path.chmod(stat.S_IREAD | stat.S_IWRITE)
    data = bytearray(path.read_bytes())
    data[len(data) // 2] ^= 0x01
    path.write_bytes(bytes(data))


@pytest.mark.parametrize("altered", ["manifest-sha256.txt", "data/records.json", "Laporan audit investigasi X.pdf", "index"])
def test_a_sealed_outbox_file_altered_on_disk_is_refused_and_nothing_reaches_the_share(sealed_db: Database, tmp_path: Path, altered: str) -> None:
    _record, name, share = _offline_export(sealed_db, tmp_path)
    local = outbox_dir(sealed_db.paths) / name
    index = read_index(FileStore(sealed_db.paths), local)
    target = local / INDEX if altered == "index" else next(path for bag, path in index.items() if bag.endswith(altered))
    _flip(target)
    share.mkdir(parents=True)

    [entry] = retry_outbox(sealed_db, sealed_db.paths)

    assert entry.state == "gagal"
    assert f"Paket \"{name}\" di kotak keluar telah berubah atau rusak" in entry.last_error
    assert "tidak lolos pemeriksaan keaslian" in entry.last_error and "Paket tidak dikirim" in entry.last_error
    assert list(share.iterdir()) == []  # not even a partial copy
    assert local.is_dir()  # kept as it is, for whoever investigates


def test_a_sealed_package_is_not_taken_for_a_plain_one_by_a_folder_without_the_key(sealed_db: Database, tmp_path: Path) -> None:
    _record, name, share = _offline_export(sealed_db, tmp_path)
    share.mkdir(parents=True)
    from ppid_desktop.services.handover_outbox import deliver
    from ppid_desktop.services.handover_sealed import SealedPackageDamaged

    with pytest.raises(SealedPackageDamaged):
        deliver(outbox_dir(sealed_db.paths) / name, share, "0" * 64, store=FileStore(DataPaths(tmp_path / "lain")))
    assert list(share.iterdir()) == []


def test_a_tanda_terima_kept_locally_is_sealed_and_opens_as_a_decrypted_copy(sealed_db: Database, tmp_path: Path, monkeypatch) -> None:
    share = tmp_path / "share"
    share.mkdir()
    record = ready_for_handover(sealed_db, tmp_path / "src", TITLE, FILES)
    package = export_package(sealed_db, sealed_db.paths, [record], sender_officer(sealed_db), share_folder=share).share_path
    assert package is not None
    real_write = handover_receipt.write_receipt

    def share_refuses(path, receipt):  # the share is read-only for this laptop
        if Path(path).parent == share:
            raise PermissionError(errno.EACCES, "Permission denied", str(path))
        return real_write(path, receipt)

    monkeypatch.setattr(handover_receipt, "write_receipt", share_refuses)
    ppid = _sealed_db(tmp_path / "ppid-data")
    try:
        result = import_package(ppid, ppid.paths, package, None)
        assert result.records_added == 1 and result.receipt_pdf is not None
        kept = ppid.paths.root / "tanda-terima"
        assert result.receipt_pdf.parent == kept and result.receipt_pdf.name.endswith(".pdf.enc")
        assert not any(p.name.endswith("tanda-terima.pdf") for p in share.iterdir())
        assert len(_assert_nothing_in_the_clear(kept)) == 1

        opened = receipt_to_open(ppid.paths, result.receipt_pdf, tmp_path / "dibuka")
        assert opened.name == f"{package.name}-tanda-terima.pdf" and opened.parent.parent == tmp_path / "dibuka"
        data = opened.read_bytes()
        assert data.startswith(b"%PDF") and b"%%EOF" in data[-1024:]
        assert not opened.stat().st_mode & stat.S_IWUSR

        _flip(result.receipt_pdf)
        with pytest.raises(UserError, match="telah berubah atau rusak"):
            receipt_to_open(ppid.paths, result.receipt_pdf, tmp_path / "dibuka")
    finally:
        ppid.close()


def test_a_plain_folder_keeps_its_tanda_terima_and_outbox_in_the_clear_as_before(office_db: Database, tmp_path: Path) -> None:
    record = ready_for_handover(office_db, tmp_path / "src", TITLE, FILES)
    result = export_package(office_db, office_db.paths, [record], sender_officer(office_db), share_folder=tmp_path / "belum")
    assert result.state == "outbox"
    bagit.Bag(str(result.local_path)).validate()  # the outbox copy is the bag itself
    assert not (result.local_path / INDEX).exists()
    receipt = tmp_path / "tt.pdf"
    receipt.write_bytes(b"%PDF-1.4\n%%EOF\n")
    assert receipt_to_open(office_db.paths, receipt) == receipt  # opened as it is


def test_plaintext_a_killed_process_left_in_the_temporary_folder_is_removed_at_the_next_sealing(tmp_path, monkeypatch):
    import os
    import tempfile

    from ppid_desktop.services import handover_sealed

    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path))
    left = tmp_path / f"{handover_sealed.SCRATCH_PREFIX}mati"
    left.mkdir()
    (left / "dokumen.pdf").write_bytes(b"%PDF register yang dikecualikan")
    os.utime(left, (0, 0))
    fresh = tmp_path / f"{handover_sealed.SCRATCH_PREFIX}sedang-dipakai"
    fresh.mkdir()  # another process sealing right now
    with handover_sealed.plaintext_scratch() as scratch:
        assert scratch.parent == tmp_path
    assert not left.exists() and fresh.exists()
