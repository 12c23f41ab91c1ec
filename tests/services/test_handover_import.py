"""Import at the PPID: a package from one data folder arrives whole in another; a package that
is incomplete, altered or unsafe is refused with the file and the fault, and imports nothing."""

from __future__ import annotations

import hashlib
from pathlib import Path

import bagit
import pytest
from sqlalchemy import func, select

from ppid_desktop.services.handover_bag import PackageInvalid
from ppid_desktop.services.handover_export import export_package
from ppid_desktop.services.handover_import import import_package, inbox_packages, verify_package
from ppid_desktop.services.records import get_record, list_records
from ppid_desktop.services.workflow import record_workflow
from ppid_desktop.storage.database import Database, open_database
from ppid_desktop.storage.filestore import FileStore
from ppid_desktop.domain.errors import from_stored
from ppid_desktop.storage.models import ExemptRecord, ImportReceipt, PackageRefusal
from ppid_desktop.storage.paths import DataPaths
from tests.conftest import set_up_office
from tests.handover_support import ready_for_handover, sender_officer

FILES = {"Laporan Ré.pdf": b"%PDF laporan " * 500, "foto lokasi.jpg": bytes(range(256)) * 40, "CON.xlsx": b"PK tabel"}


@pytest.fixture
def ppid(tmp_path: Path):
    """The PPID's own installation: a second data folder."""
    database = open_database(DataPaths(tmp_path / "ppid-data"))
    set_up_office(database)
    yield database
    database.close()


@pytest.fixture
def package(office_db: Database, tmp_path: Path) -> Path:
    share = tmp_path / "share"
    share.mkdir()
    ids = [ready_for_handover(office_db, tmp_path / "src", "Data pribadi penerima bantuan", FILES, register_number="DIK/KESRA/2025/001"),
           ready_for_handover(office_db, tmp_path / "src", "Rekam medis pegawai", period_end=None,
                              period_condition="Sampai yang bersangkutan setuju")]
    result = export_package(office_db, office_db.paths, ids, sender_officer(office_db), share_folder=share)
    assert result.share_path is not None
    return result.share_path


def _store_names(db: Database) -> set[str]:
    return {p.name for p in db.paths.files.rglob("*") if p.is_file()}


def test_a_package_imports_into_another_data_folder_with_every_record_and_file_identical(office_db: Database, ppid: Database, package: Path) -> None:
    result = import_package(ppid, ppid.paths, package, sender_officer(ppid))

    assert (result.records_added, result.files_added, result.already_imported) == (2, 6, False)
    sent = {r.uid: r for r in list_records(office_db)}
    arrived = {r.uid: r for r in list_records(ppid)}
    assert set(arrived) == set(sent)
    for uid, row in arrived.items():
        here, there = get_record(ppid, row.id), get_record(office_db, sent[uid].id)
        assert here.draft == there.draft and here.status == there.status and here.created_at == there.created_at
        mine, theirs = record_workflow(ppid, row.id), record_workflow(office_db, sent[uid].id)
        assert mine.stage.code == "terima"  # the stage after the handover
        assert [(a.original_name, a.size, a.sha256, a.stage_code) for a in mine.attachments] == \
               [(a.original_name, a.size, a.sha256, a.stage_code) for a in theirs.attachments]
        for a in mine.attachments:
            data = FileStore(ppid.paths).path_of(a.sha256).read_bytes()
            assert hashlib.sha256(data).hexdigest() == a.sha256 and data == FileStore(office_db.paths).path_of(a.sha256).read_bytes()
        history = [(v.stage_code, v.outcome, v.completed_by, v.notes) for v in mine.visits]
        assert history[:2] == [(v.stage_code, v.outcome, v.completed_by, v.notes) for v in theirs.visits[:2]]
        assert history[1][:3] == ("serah", "handed_over", "Siti Rahmawati, S.Sos")
    assert {a.original_name for r in arrived.values() for a in record_workflow(ppid, r.id).attachments} >= set(FILES)
    assert result.receipt_pdf == package.parent / f"{package.name}-tanda-terima.pdf" and result.receipt_pdf.read_bytes().startswith(b"%PDF")
    with ppid.session() as session:
        receipt = session.scalars(select(ImportReceipt)).one()
        assert receipt.digest == hashlib.sha256((package / "tagmanifest-sha256.txt").read_bytes()).hexdigest()
        assert receipt.sender_office == "BIRO KESEJAHTERAAN RAKYAT" and receipt.officer_id == sender_officer(ppid)
    assert not any(p.name.startswith(".impor-") for p in ppid.paths.files.iterdir())
    assert ppid.integrity_problems() == []


def test_the_same_package_again_adds_nothing(ppid: Database, package: Path) -> None:
    import_package(ppid, ppid.paths, package, None)
    stored = _store_names(ppid)
    again = import_package(ppid, ppid.paths, package, None)
    assert again.already_imported and (again.records_added, again.files_added) == (0, 0)
    from ppid_desktop.services.backups import list_backups

    assert [b.kind for b in list_backups(ppid.paths)] == ["sebelum-impor"]  # one import, one copy first
    assert len(list_records(ppid)) == 2 and _store_names(ppid) == stored
    [listed] = inbox_packages(ppid, ppid.paths, package.parent)
    assert listed.state == "sudah diimpor" and listed.name == package.name


def test_a_record_already_here_is_not_duplicated(office_db: Database, ppid: Database, package: Path, tmp_path: Path) -> None:
    import_package(ppid, ppid.paths, package, None)
    # The same record again in a second package (sent twice by mistake) is skipped by its uid.
    share2 = tmp_path / "share2"
    share2.mkdir()
    copy = share2 / "ulang"
    import shutil

    shutil.copytree(package, copy)
    (copy / "bag-info.txt").write_text((copy / "bag-info.txt").read_text().replace("Bag-Count: 1 of 1", "Bag-Count: 1 of 1 (ulang)"))
    _reseal(copy)
    result = import_package(ppid, ppid.paths, copy, None)
    assert not result.already_imported and (result.records_added, result.records_skipped) == (0, 2)
    with ppid.session() as session:
        assert session.scalar(select(func.count()).select_from(ExemptRecord)) == 2


def test_verify_accepts_the_package_and_reports_its_sender(package: Path) -> None:
    result = verify_package(package)
    assert result.valid and result.reason == ""
    assert result.bag_info["Source-Organization"] == "BIRO KESEJAHTERAAN RAKYAT" and result.file_count == 8  # 6 files + records.json + register.pdf


def _reseal(bag: Path) -> None:
    """Recompute the tag manifests, as someone tampering on purpose would."""
    for algorithm in ("sha256", "sha512"):
        lines = "".join(
            f"{hashlib.new(algorithm, (bag / name).read_bytes()).hexdigest()}  {name}\n"
            for name in ("bagit.txt", "bag-info.txt", "manifest-sha256.txt", "manifest-sha512.txt")
        )
        (bag / f"tagmanifest-{algorithm}.txt").write_text(lines)


def _add_manifest_line(bag: Path, path: str, content: bytes) -> None:
    for algorithm in ("sha256", "sha512"):
        manifest = bag / f"manifest-{algorithm}.txt"
        manifest.write_text(manifest.read_text() + f"{hashlib.new(algorithm, content).hexdigest()}  {path}\n")
    _reseal(bag)


def _one_file(bag: Path) -> Path:
    return next(p for p in sorted((bag / "data" / "files").rglob("*")) if p.is_file())


def _tamper_manifest(bag: Path) -> str:
    manifest = bag / "manifest-sha256.txt"
    lines = manifest.read_text().splitlines()
    lines[0] = "0" * 64 + lines[0][64:]
    manifest.write_text("\n".join(lines) + "\n")
    return "\"manifest-sha256.txt\" dalam paket .* telah berubah"


def _tamper_payload(bag: Path) -> str:
    victim = _one_file(bag)
    victim.write_bytes(victim.read_bytes()[:-1] + b"!")
    return f"\"data/files/{victim.parent.name}/{victim.name}\" .* telah berubah atau rusak"


def _extra_file(bag: Path) -> str:
    (bag / "data" / "files" / "selundupan.exe").write_bytes(b"MZ")
    return "\"data/files/selundupan.exe\" ada di dalam paket tetapi tidak tercantum"


def _missing_file(bag: Path) -> str:
    victim = _one_file(bag)
    victim.unlink()
    return f"\"data/files/{victim.parent.name}/{victim.name}\" tercantum di manifes tetapi tidak ada"


def _outside(path: str, fault: str):
    def mutate(bag: Path) -> str:
        _add_manifest_line(bag, path, b"rahasia")
        return fault
    return mutate


def _missing_bag_info(bag: Path) -> str:
    info = bag / "bag-info.txt"
    info.write_text("".join(l for l in info.read_text().splitlines(keepends=True) if not l.startswith("Contact-Name")))
    _reseal(bag)
    return "tidak memuat keterangan wajib: Contact-Name"


def _broken_records(bag: Path) -> str:
    records = bag / "data" / "records.json"
    records.write_bytes(records.read_bytes().replace(b'"version": 1', b'"version": 7'))
    for algorithm in ("sha256", "sha512"):
        manifest = bag / f"manifest-{algorithm}.txt"
        manifest.write_text("".join(
            (f"{hashlib.new(algorithm, records.read_bytes()).hexdigest()}  data/records.json\n" if l.endswith("data/records.json\n") else l)
            for l in manifest.read_text().splitlines(keepends=True)))
    _reseal(bag)
    return "versi 7"


@pytest.mark.parametrize(
    "mutate",
    [
        _tamper_manifest,
        _tamper_payload,
        _extra_file,
        _missing_file,
        _outside("../luar.txt", "\"../luar.txt\" .* keluar dari folder data/"),
        _outside("data/../../luar.txt", "keluar dari folder data/"),
        _outside("/etc/passwd", "\"/etc/passwd\" .* jalur absolut"),
        _outside("C:/Windows/win.ini", "menunjuk ke sebuah drive"),
        _outside("C:\\Windows\\win.ini", "garis miring terbalik"),
        _outside("\\\\server\\share\\x", "garis miring terbalik"),
        _missing_bag_info,
        _broken_records,
    ],
    ids=["manifest", "payload", "extra", "missing", "dotdot", "nested-dotdot", "absolute", "drive", "backslash-drive", "unc", "bag-info", "records"],
)
def test_a_faulty_package_is_refused_naming_the_file_and_imports_nothing(ppid: Database, package: Path, mutate) -> None:
    fault = mutate(package)
    before = _store_names(ppid)

    verdict = verify_package(package)
    assert not verdict.valid
    import re

    assert re.search(fault, verdict.reason), verdict.reason
    with pytest.raises(PackageInvalid, match=fault):
        import_package(ppid, ppid.paths, package, None)

    assert list_records(ppid) == [] and _store_names(ppid) == before
    with ppid.session() as session:
        assert session.scalar(select(func.count()).select_from(ImportReceipt)) == 0
        stored = from_stored(session.scalars(select(PackageRefusal.reason)).one())  # kept with its template and values
    assert str(stored) == verdict.reason and stored.template == verdict.reason_error.template
    [listed] = inbox_packages(ppid, ppid.paths, package.parent)
    assert listed.state == "ditolak" and listed.reason == verdict.reason
    assert listed.reason_error is not None and listed.reason_error.template == stored.template


def test_the_independent_validator_also_refuses_a_tampered_payload(package: Path) -> None:
    _tamper_payload(package)
    with pytest.raises(bagit.BagValidationError):
        bagit.Bag(str(package)).validate()


def test_a_share_dropping_mid_import_refuses_nothing_imports_nothing_and_the_next_try_works(ppid: Database, package: Path, monkeypatch) -> None:
    import errno

    from ppid_desktop.services import handover_bag
    from ppid_desktop.services.handover_bag import PackageUnreadable

    real_hash = handover_bag.hash_file
    seen = []

    def drops(source: Path, copy_to: Path | None = None, sync: bool = True, **hooks):
        seen.append(source)
        if len(seen) == 3:
            raise OSError(errno.EHOSTDOWN, "Host is down")
        return real_hash(source, copy_to, sync, **hooks)

    monkeypatch.setattr(handover_bag, "hash_file", drops)
    with pytest.raises(PackageUnreadable, match="komputer jaringan tidak terjangkau.*tidak ada yang diimpor"):
        import_package(ppid, ppid.paths, package, None)
    assert list_records(ppid) == [] and _store_names(ppid) == set()
    [listed] = inbox_packages(ppid, ppid.paths, package.parent)
    assert listed.state == "baru"  # not refused: nothing is known against the package itself

    monkeypatch.setattr(handover_bag, "hash_file", real_hash)
    assert import_package(ppid, ppid.paths, package, None).records_added == 2


def test_officers_unknown_at_the_ppid_keep_their_names_in_the_history_without_becoming_acting_officers(ppid: Database, package: Path) -> None:
    from ppid_desktop.services.office import list_officers
    from ppid_desktop.storage.models import Officer

    with ppid.session() as session:  # the PPID's own staff: nobody of the sending unit
        for officer in session.scalars(select(Officer)):
            officer.employee_id = "199001012015011001" if officer.name.startswith("Siti") else officer.employee_id
            officer.name = officer.name.replace("Siti Rahmawati", "Rina Kartika")
    active_before = [o.name for o in list_officers(ppid)]

    import_package(ppid, ppid.paths, package, None)

    assert [o.name for o in list_officers(ppid)] == active_before
    row = list_records(ppid)[0]
    visits = record_workflow(ppid, row.id).visits
    assert visits[1].completed_by == "Siti Rahmawati, S.Sos" and visits[1].outcome == "handed_over"
    with ppid.session() as session:
        sender = session.scalars(select(Officer).where(Officer.employee_id == "198703122010012004")).one()
        assert not sender.active and sender.jabatan == "Analis Dokumentasi"
