"""The unit chooser of the record editor (ui/unit_combo.py)."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox
from sqlalchemy import select

from ppid_desktop.services.office import list_units
from ppid_desktop.storage.database import Database
from ppid_desktop.storage.models import Unit
from ppid_desktop.ui.unit_combo import fill_unit_combo


def test_a_record_of_a_disabled_unit_shows_the_units_name(qtbot, office_db: Database) -> None:
    tata_usaha = next(unit.id for unit in list_units(office_db) if unit.name == "Subbagian Tata Usaha")
    with office_db.session() as session:
        session.scalars(select(Unit).where(Unit.id == tata_usaha)).one().active = False
    combo = QComboBox()
    qtbot.addWidget(combo)
    fill_unit_combo(combo, office_db, tata_usaha, None)
    assert [combo.itemText(i) for i in range(combo.count())] == [
        "— Pilih unit —", "Bagian Kesejahteraan Sosial", "Subbagian Tata Usaha (nonaktif)"]
    assert combo.currentData() == tata_usaha
