"""cli/common.unit_id_by_name: the unit a command line names, for `print`, `xlsx/csv import` and the staff commands."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from ppid_desktop.cli.common import unit_id_by_name
from ppid_desktop.domain.errors import UserError
from ppid_desktop.services.office import list_units
from ppid_desktop.storage.database import Database
from ppid_desktop.storage.models import Unit


def _ids(db: Database) -> dict[str, int]:
    return {unit.name: unit.id for unit in list_units(db)}


def _disable(db: Database, name: str) -> None:
    with db.session() as session:
        session.scalars(select(Unit).where(Unit.name == name)).one().active = False


def test_a_unit_is_found_by_name_any_case_and_spacing_or_by_id(office_db: Database) -> None:
    ids = _ids(office_db)
    tata_usaha = ids["Subbagian Tata Usaha"]
    assert unit_id_by_name(office_db, None) is None
    assert unit_id_by_name(office_db, "  subbagian   tata usaha ") == tata_usaha
    assert unit_id_by_name(office_db, str(tata_usaha)) == tata_usaha


def test_only_active_units_unless_asked_and_a_blank_name_is_then_no_unit(office_db: Database) -> None:
    tata_usaha = _ids(office_db)["Subbagian Tata Usaha"]
    _disable(office_db, "Subbagian Tata Usaha")
    with pytest.raises(UserError) as refused:
        unit_id_by_name(office_db, "Subbagian Tata Usaha")
    assert str(refused.value) == ("Unit \"Subbagian Tata Usaha\" tidak ditemukan. "
                                  "Unit yang ada: \"Bagian Kesejahteraan Sosial\".")
    assert unit_id_by_name(office_db, "subbagian tata usaha", include_inactive=True) == tata_usaha
    assert unit_id_by_name(office_db, str(tata_usaha), include_inactive=True) == tata_usaha
    assert unit_id_by_name(office_db, "  ", include_inactive=True) is None
    with pytest.raises(UserError) as refused:
        unit_id_by_name(office_db, "Gudang", include_inactive=True)
    active = _ids(office_db)["Bagian Kesejahteraan Sosial"]
    assert str(refused.value) == f"Unit \"Gudang\" tidak ditemukan. Unit yang aktif: {active} \"Bagian Kesejahteraan Sosial\"."
