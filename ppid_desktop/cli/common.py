"""What every command shares."""

from __future__ import annotations

import argparse

from ppid_desktop.domain.errors import UserError
from ppid_desktop.storage.database import Database, open_database
from ppid_desktop.storage.paths import resolve_data_dir


def open_from_args(args: argparse.Namespace) -> Database:
    """The database of the data folder the command line names (--data-dir, the variable, or the default)."""
    return open_database(resolve_data_dir(getattr(args, "data_dir", None)))


def unit_id_by_name(db: Database, name: str | None) -> int | None:
    """The unit a command line names (by name or code, any case); None for no --unit."""
    if name is None:
        return None
    from ppid_desktop.services.office import list_units

    units = list_units(db)
    wanted = " ".join(name.split()).casefold()
    for unit in units:
        if unit.name.casefold() == wanted or (unit.code and unit.code.casefold() == wanted):
            return unit.id
    known = ", ".join(f"\"{u.name}\"" for u in units) or "(belum ada unit)"
    raise UserError(f"Unit \"{name}\" tidak ditemukan. Unit yang ada: {known}.")
