"""The window's first paint: the same rows the register shows, read without the database layer."""

from __future__ import annotations

import shutil
from datetime import date
from pathlib import Path

import pytest

from ppid_desktop.domain.legal import LegalGround
from ppid_desktop.services import first_paint as first_paint_module
from ppid_desktop.services import office as office_service
from ppid_desktop.services.first_paint import first_paint
from ppid_desktop.services.records import fetch_rows, query_record_ids
from ppid_desktop.services.sop_catalog import active_template
from ppid_desktop.storage.database import open_database
from ppid_desktop.storage.paths import DataPaths
from tests.conftest import make_record

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"


def test_the_first_page_is_the_page_the_register_shows(office_db) -> None:
    make_record(office_db, "Data pribadi pegawai")
    make_record(
        office_db,
        "Dokumen pengadaan yang belum selesai",
        register_number="DIK/2026/002",
        legal_grounds=[LegalGround("b", None, ""), LegalGround(None, None, "Pasal 6 UU 30/2014")],
        period_end=None,
        period_condition="Sampai proses pengadaan selesai",
    )
    make_record(office_db, "Catatan rapat tertutup", period_start=date(2026, 1, 5), period_end=date(2031, 1, 5))

    first = first_paint(office_db.paths)

    assert first is not None
    assert list(first.rows) == fetch_rows(office_db, query_record_ids(office_db, limit=200))
    assert [row.title for row in first.rows][0] == "Catatan rapat tertutup"  # newest first
    assert first.more_rows is False
    assert first.office_name == office_service.get_office(office_db).name
    assert [(o.id, o.name, o.jabatan) for o in first.officers] == [
        (o.id, o.name, o.jabatan) for o in office_service.list_officers(office_db)
    ]
    with office_db.session() as session:
        assert first.template == active_template(session)


def test_a_register_longer_than_a_page_says_more_rows_follow(office_db, monkeypatch) -> None:
    for title in ("Satu", "Dua", "Tiga"):
        make_record(office_db, title)
    monkeypatch.setattr(first_paint_module, "FIRST_PAGE", 2)

    first = first_paint(office_db.paths)

    assert first is not None
    assert [row.title for row in first.rows] == ["Tiga", "Dua"]
    assert first.more_rows is True


def test_a_new_data_folder_takes_the_ordinary_way(tmp_path) -> None:
    assert first_paint(DataPaths(tmp_path / "kosong")) is None


def test_a_database_without_an_office_takes_the_ordinary_way(db) -> None:
    assert first_paint(db.paths) is None  # the set-up wizard must run


@pytest.mark.parametrize("fixture", ["schema-0001.sqlite3", "schema-0002.sqlite3"])
def test_an_older_schema_takes_the_ordinary_way_that_migrates_it(tmp_path, fixture) -> None:
    paths = DataPaths(tmp_path / "lama")
    paths.ensure()
    shutil.copyfile(FIXTURES / fixture, paths.database)

    assert first_paint(paths) is None
    open_database(paths).close()  # the ordinary way brings it up to date...
    assert first_paint(paths) is not None  # ...and the next start paints first


def test_a_damaged_database_takes_the_ordinary_way_that_explains_it(tmp_path) -> None:
    paths = DataPaths(tmp_path / "rusak")
    paths.ensure()
    paths.database.write_bytes(b"bukan basis data" * 64)
    assert first_paint(paths) is None
