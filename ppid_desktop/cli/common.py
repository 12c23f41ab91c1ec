"""What every command shares."""

from __future__ import annotations

import argparse

from ppid_desktop.storage.database import Database, open_database
from ppid_desktop.storage.paths import resolve_data_dir


def open_from_args(args: argparse.Namespace) -> Database:
    """The database of the data folder the command line names (--data-dir, the variable, or the default)."""
    return open_database(resolve_data_dir(getattr(args, "data_dir", None)))
