"""Encrypted handover packages: a valid BagIt bag on the share in which nothing is readable without
the package passphrase; verified without it, imported with it exactly as a plain package, refused
with a wrong one or when altered, and never imported twice."""

from __future__ import annotations

import hashlib
import os
from pathlib import Path

import bagit
import pytest
from sqlalchemy import func, select

from ppid_desktop.domain.errors import UserError
from ppid_desktop.domain.handover_encryption import ENCRYPTION_TAG, INDEX_PATH, parse_header
from ppid_desktop.domain.handover_format import parse_bag_info
from ppid_desktop.services.handover_bag import PackageInvalid
from ppid_desktop.services.handover_encrypted import PassphraseRequired, WrongPackagePassphrase
from ppid_desktop.services.handover_export import export_package
from ppid_desktop.services.handover_import import import_package, inbox_packages, verify_package
from ppid_desktop.services.handover_outbox import outbox_dir, outbox_entries, retry_outbox
from ppid_desktop.services.records import list_records
from ppid_desktop.services.workflow import record_workflow
from ppid_desktop.storage import crypto
from ppid_desktop.storage.database import Database, open_database
from ppid_desktop.storage.filestore import FileStore
from ppid_desktop.storage.models import ExemptRecord, ImportReceipt, PackageRefusal
from ppid_desktop.storage.paths import DataPaths
from tests.conftest import set_up_office
from tests.handover_support import ready_for_handover, sender_officer

PASSPHRASE = "kopi tubruk di teras kantor"
TITLE = "Hasil audit investigasi pengadaan alat kesehatan"
FILES = {
    "Laporan audit investigasi X.pdf": b"%PDF-1.4 Temuan audit: kerugian negara pada pengadaan. " * 300,
    "Foto barang bukti.jpg": os.urandom(crypto.CHUNK + 7000),  # more than one chunk
    "Daftar saksi Budi.xlsx": b"PK daftar saksi: Budi Santoso, Ani Wijaya",
}


def _office(root: Path, encrypted: bool) -> Database:
    paths = DataPaths(root, crypto.new_data_key()).ensure() if encrypted else DataPaths(root)
    database = open_database(paths)
    set_up_office(database)
    return database


@pytest.fixture(params=["plain-unit", "encrypted-unit"])
def unit(request, tmp_path: Path):
    database = _office(tmp_path / "unit", request.param == "encrypted-unit")
    yield database
    database.close()


@pytest.fixture
def ppid(tmp_path: Path):
    """The PPID's own data folder, encrypted as this version makes new ones."""
    database = _office(tmp_path / "ppid", encrypted=True)
    yield database
    database.close()


def _export(unit: Database, tmp_path: Path, share: Path | None = None, **kwargs) -> tuple[int, Path]:
    record = ready_for_handover(unit, tmp_path / "src", TITLE, FILES, register_number="DIK/KESRA/2025/001")
    if share is None:
        share = tmp_path / "share"
        share.mkdir(exist_ok=True)
    result = export_package(unit, unit.paths, [record], sender_officer(unit), share_folder=share, passphrase=PASSPHRASE, **kwargs)
    assert result.state == "terkirim", result.last_error
    assert result.share_path is not None
    return record, result.share_path


def _needles() -> list[bytes]:
    found = [TITLE.encode(), b"Hasil audit", b"Siti Rahmawati", b"DIK/KESRA/2025/001"]
    for name, content in FILES.items():
        found += [name.encode(), name.rsplit(".", 1)[0].encode(), content[:48], content[len(content) // 2:len(content) // 2 + 48]]
    return found


def _count(db: Database, model) -> int:
    with db.session() as session:
        return session.scalar(select(func.count()).select_from(model))


def test_an_encrypted_package_is_a_valid_bag_verified_without_the_passphrase_and_imported_with_it(unit: Database, ppid: Database, tmp_path: Path) -> None:
    record, package = _export(unit, tmp_path)

    bagit.Bag(str(package)).validate()  # the Library of Congress tool: a valid BagIt bag as it is
    info = parse_bag_info((package / "bag-info.txt").read_text(encoding="utf-8"))
    assert info["PPID-Encrypted"] == ["yes"] and info["Contact-Name"] == ["-"] and info["PPID-Record-Count"] == ["1"]
    header = parse_header((package / ENCRYPTION_TAG).read_text(encoding="utf-8"))
    assert len(header.salt) == 16
    assert ENCRYPTION_TAG in (package / "tagmanifest-sha256.txt").read_text(encoding="utf-8")
    payload = sorted(p.relative_to(package).as_posix() for p in (package / "data").rglob("*") if p.is_file())
    # 4 attachments (the stage-1 draft and 3 softcopies), records.json, register.pdf; the index
    assert payload == [f"data/berkas/{n:06d}.enc" for n in range(1, 7)] + [INDEX_PATH]
    assert verify_package(package).valid and verify_package(package).encrypted
    assert [p.encrypted for p in inbox_packages(ppid, ppid.paths, package.parent)] == [True]

    result = import_package(ppid, ppid.paths, package, sender_officer(ppid), passphrase=PASSPHRASE)

    assert (result.records_added, result.files_added, result.already_imported) == (1, 4, False)
    [arrived] = list_records(ppid)
    assert arrived.title == TITLE
    state = record_workflow(ppid, arrived.id)
    assert state.stage.code == "terima"
    sent = {a.original_name: a for a in record_workflow(unit, record).attachments}
    store = FileStore(ppid.paths)
    for a in state.attachments:
        assert a.sha256 == sent[a.original_name].sha256
        assert hashlib.sha256(store.read_bytes_at(store.path_of(a.sha256))).hexdigest() == a.sha256
    assert {n: store.read_bytes_at(store.path_of(sent[n].sha256)) for n in FILES} == FILES
    with ppid.session() as session:
        receipt = session.scalars(select(ImportReceipt)).one()
        # the digest is of the encrypted bag on the share, as for a plain package
        assert receipt.digest == hashlib.sha256((package / "tagmanifest-sha256.txt").read_bytes()).hexdigest() == result.digest
        assert receipt.sender_officer == "Siti Rahmawati, S.Sos"
    # The tanda terima names the titles and files the encryption hides: kept sealed at the PPID, not on the share.
    assert result.receipt_pdf is not None and result.receipt_pdf.parent == ppid.paths.root / "tanda-terima"
    assert sorted(p.name for p in package.parent.iterdir()) == [package.name]
    from ppid_desktop.services.handover_receipt import receipt_to_open

    assert receipt_to_open(ppid.paths, result.receipt_pdf, tmp_path / "salinan").read_bytes().startswith(b"%PDF")

    again = import_package(ppid, ppid.paths, package, sender_officer(ppid), passphrase=PASSPHRASE)
    assert again.already_imported and (again.records_added, again.files_added) == (0, 0)
    assert import_package(ppid, ppid.paths, package, sender_officer(ppid)).already_imported  # known by digest, no passphrase
    assert _count(ppid, ExemptRecord) == 1 and _count(ppid, ImportReceipt) == 1
    assert not any(p.name.startswith(".impor-") for p in ppid.paths.files.iterdir())
    assert ppid.integrity_problems() == []


def test_nothing_of_the_records_is_readable_anywhere_in_the_package_on_the_share(unit: Database, tmp_path: Path) -> None:
    _record, package = _export(unit, tmp_path)
    files = [p for p in package.rglob("*") if p.is_file()]
    assert files
    for path in package.rglob("*"):
        name = path.relative_to(package).as_posix().encode()
        assert not any(needle in name for needle in _needles()), path
    for path in files:
        data = path.read_bytes()
        for needle in _needles():
            assert needle not in data, f"{needle[:30]!r} readable in {path}"
        if path.is_relative_to(package / "data"):
            assert data.startswith(crypto.MAGIC), path


def test_a_wrong_passphrase_is_refused_and_nothing_is_imported(unit: Database, ppid: Database, tmp_path: Path) -> None:
    _record, package = _export(unit, tmp_path)

    with pytest.raises(WrongPackagePassphrase, match="Kata sandi paket .* salah.*Tidak ada yang diimpor"):
        import_package(ppid, ppid.paths, package, sender_officer(ppid), passphrase="kopi tubruk di teras kantoR")
    with pytest.raises(PassphraseRequired, match="dienkripsi"):
        import_package(ppid, ppid.paths, package, sender_officer(ppid))

    assert _count(ppid, ExemptRecord) == 0 and _count(ppid, ImportReceipt) == 0
    assert _count(ppid, PackageRefusal) == 0  # the package is not at fault: the inbox still says "Baru"
    assert [p.state for p in inbox_packages(ppid, ppid.paths, package.parent)] == ["baru"]
    assert import_package(ppid, ppid.paths, package, sender_officer(ppid), passphrase=PASSPHRASE).records_added == 1


@pytest.mark.parametrize("rewrite_manifests", [False, True], ids=["manifests-kept", "manifests-rewritten"])
def test_an_altered_encrypted_file_is_refused_even_with_rewritten_manifests(unit: Database, ppid: Database, tmp_path: Path,
                                                                           rewrite_manifests: bool) -> None:
    _record, package = _export(unit, tmp_path)
    target = package / "data" / "berkas" / "000002.enc"
    data = bytearray(target.read_bytes())
    data[len(data) // 2] ^= 0x01
    target.write_bytes(bytes(data))
    if rewrite_manifests:  # whoever altered it also made the checksums agree: only AES-GCM notices
        bag = bagit.Bag(str(package))
        bag.save(manifests=True)
        assert verify_package(package).valid

    with pytest.raises(PackageInvalid, match="000002.enc.*(berubah|rusak)"):
        import_package(ppid, ppid.paths, package, sender_officer(ppid), passphrase=PASSPHRASE)

    assert _count(ppid, ExemptRecord) == 0 and _count(ppid, ImportReceipt) == 0 and _count(ppid, PackageRefusal) == 1
    assert not any(p.name.startswith(".impor-") for p in ppid.paths.files.iterdir())
    if not rewrite_manifests:
        assert not verify_package(package).valid


def test_a_short_passphrase_is_refused_before_anything_is_built(unit: Database, tmp_path: Path) -> None:
    record = ready_for_handover(unit, tmp_path / "src", TITLE, FILES)
    with pytest.raises(UserError, match="terlalu pendek.*Paket tidak dibuat"):
        export_package(unit, unit.paths, [record], sender_officer(unit), share_folder=tmp_path, passphrase="pendek")
    assert outbox_entries(unit) == [] and record_workflow(unit, record).stage.code == "serah"


def test_an_offline_encrypted_package_waits_in_the_outbox_and_the_retry_delivers_it_validated(unit: Database, ppid: Database,
                                                                                            tmp_path: Path) -> None:
    record = ready_for_handover(unit, tmp_path / "src", TITLE, FILES)
    share = tmp_path / "Z-drive"  # not mapped yet
    result = export_package(unit, unit.paths, [record], sender_officer(unit), share_folder=share, passphrase=PASSPHRASE)
    assert result.state == "outbox" and "tidak terjangkau" in result.last_error
    waiting = outbox_dir(unit.paths) / result.package_name
    for path in waiting.rglob("*"):  # nothing of the records waits readable on the laptop either
        if path.is_file():
            assert not any(needle in path.read_bytes() for needle in _needles()), path

    share.mkdir()
    [entry] = retry_outbox(unit, unit.paths)

    assert entry.state == "terkirim"
    package = share / result.package_name
    bagit.Bag(str(package)).validate()
    assert not waiting.exists() and not any(p.name.endswith(".partial") for p in share.iterdir())
    assert import_package(ppid, ppid.paths, package, sender_officer(ppid), passphrase=PASSPHRASE).records_added == 1


def test_plain_packages_stay_as_they_were(office_db: Database, tmp_path: Path) -> None:
    record = ready_for_handover(office_db, tmp_path / "src", TITLE, FILES)
    result = export_package(office_db, office_db.paths, [record], sender_officer(office_db), share_folder=tmp_path)
    assert result.share_path is not None
    assert not (result.share_path / ENCRYPTION_TAG).exists() and (result.share_path / "data" / "records.json").is_file()
    assert "PPID-Encrypted" not in (result.share_path / "bag-info.txt").read_text(encoding="utf-8")
    assert verify_package(result.share_path).valid and not verify_package(result.share_path).encrypted
