"""Shared fixtures: every test gets its own data folder and database; nothing touches a real profile."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

# Qt must never open a real window in tests, and the app must never find a real profile.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.pop("PPID_DESKTOP_DATA_DIR", None)

from ppid_desktop.domain.enums import PaperSize  # noqa: E402
from ppid_desktop.domain.nip import EmployeeIdKind  # noqa: E402
from ppid_desktop.domain.office import OfficeProfile, OfficerDraft, UnitDraft  # noqa: E402
from ppid_desktop.services import office as office_service  # noqa: E402
from ppid_desktop.services.sop_catalog import available_templates  # noqa: E402
from ppid_desktop.storage.database import Database, open_database  # noqa: E402
from ppid_desktop.storage.paths import DataPaths  # noqa: E402


@pytest.fixture(autouse=True)
def quick_key_derivation(monkeypatch: pytest.MonkeyPatch) -> None:
    """Argon2id at its real cost (64 MiB, a fifth of a second) for every password the tests type
    would add minutes; the cost is stored beside each wrap, so nothing else changes."""
    from ppid_desktop.storage.crypto import KdfParams

    monkeypatch.setattr(KdfParams, "default", staticmethod(KdfParams.for_tests))


@pytest.fixture
def demo_sign_in(monkeypatch: pytest.MonkeyPatch) -> None:
    """Commands run against a demo folder sign in as its Admin (`ppid-desktop demo` prints it)."""
    from ppid_desktop.services.demo_accounts import DEMO_ADMIN, DEMO_PASSWORD

    monkeypatch.setenv("PPID_DESKTOP_USER", DEMO_ADMIN)
    monkeypatch.setenv("PPID_DESKTOP_PASSWORD", DEMO_PASSWORD)


@pytest.fixture
def data_paths(tmp_path: Path) -> DataPaths:
    return DataPaths(tmp_path / "data")


@pytest.fixture
def db(data_paths: DataPaths):
    database = open_database(data_paths)
    yield database
    database.close()


@pytest.fixture
def secure_db(tmp_path: Path):
    """An office as this version makes it: encrypted database and files, a key file with the
    Admin's account (tests/encrypted_office.py)."""
    from tests.encrypted_office import encrypted_office

    database = open_database(encrypted_office(tmp_path / "kantor"))
    yield database
    database.close()


def template_by_code(code: str):
    return next(t for t in available_templates() if t.code == code)


def kalbar_profile(sop_code: str = "kalbar-kesra") -> OfficeProfile:
    return OfficeProfile(
        kop_lines=["PEMERINTAH PROVINSI KALIMANTAN BARAT", "SEKRETARIAT DAERAH"],
        name="BIRO KESEJAHTERAAN RAKYAT",
        address="Jalan Ahmad Yani, Pontianak 78124",
        telephone="(0561) 736541",
        email="kesra@kalbarprov.go.id",
        website="https://kesra.kalbarprov.go.id",
        city="Pontianak",
        paper=PaperSize.F4,
        sop_code=sop_code,
    )


def set_up_office(db: Database, sop_code: str = "kalbar-kesra") -> None:
    office_service.setup_office(
        db,
        kalbar_profile(sop_code),
        template_by_code(sop_code),
        [UnitDraft("Bagian Kesejahteraan Sosial"), UnitDraft("Subbagian Tata Usaha")],
        [
            (
                OfficerDraft(
                    name="drg. Hary Agung Tjahyadi, M.Kes",
                    id_kind=EmployeeIdKind.NIP,
                    employee_id="196905201998031008",
                    pangkat="IV/c",
                    jabatan="Kepala Biro Kesejahteraan Rakyat",
                    roles=["atasan_ppid"],
                ),
                "Subbagian Tata Usaha",
            ),
            (
                OfficerDraft(
                    name="Siti Rahmawati, S.Sos",
                    id_kind=EmployeeIdKind.NIP,
                    employee_id="198703122010012004",
                    pangkat="III/c",
                    jabatan="Analis Dokumentasi",
                    roles=["petugas_dokumentasi", "ppid_pelaksana"],
                ),
                "Bagian Kesejahteraan Sosial",
            ),
        ],
    )


@pytest.fixture
def office_db(db: Database) -> Database:
    """A database with the Kalimantan Barat office set up (2 units, 2 officers)."""
    set_up_office(db)
    return db


def make_record(db: Database, title: str, **changes):
    """Store a valid record (through the service, so validation runs) and return its detail."""
    from datetime import date

    from ppid_desktop.domain.legal import LegalGround
    from ppid_desktop.domain.record import RecordDraft
    from ppid_desktop.services.records import create_record

    values = dict(
        title=title,
        unit_id=office_service.list_units(db)[0].id,
        legal_grounds=[LegalGround("h", 5, "")],
        consequence_opened="Mengungkap rahasia pribadi.",
        consequence_closed="Melindungi kepentingan yang lebih besar.",
        period_end=date(2030, 12, 31),
    )
    values.update(changes)
    return create_record(db, RecordDraft(**values), None)
