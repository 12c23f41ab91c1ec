"""The unit chooser of the record editor."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox

from ppid_desktop.services.office import list_officers, list_units
from ppid_desktop.services.staff import all_units
from ppid_desktop.storage.database import Database
from ppid_desktop.ui.i18n import tr


def _officer_unit_id(db: Database, officer_id: int | None) -> int | None:
    """The unit of the officer using the editor: the likely owner of a new record."""
    if officer_id is None:
        return None
    officer = next((o for o in list_officers(db) if o.id == officer_id), None)
    if officer is None or not officer.unit_name:
        return None
    return next((u.id for u in list_units(db) if u.name == officer.unit_name), None)


def fill_unit_combo(combo: QComboBox, db: Database, selected: int | None, officer_id: int | None) -> None:
    """Fill with the active units; preselect `selected`, else the officer's unit, else the only one."""
    units = list_units(db)
    if selected is None:
        selected = _officer_unit_id(db, officer_id)
    combo.addItem(tr("— Pilih unit —"), None)
    for unit in units:
        combo.addItem(unit.name, unit.id)
    if selected is None and len(units) == 1:
        selected = units[0].id
    if selected is not None and combo.findData(selected) < 0:
        # An existing record of a unit no longer active keeps its unit.
        name = next((unit.name for unit in all_units(db) if unit.id == selected), "")
        combo.addItem(tr("{name} (nonaktif)").format(name=name) if name
                      else tr("Unit nonaktif (no. {number})").format(number=selected), selected)
    combo.setCurrentIndex(max(combo.findData(selected), 0) if selected is not None else 0)
