"""The schema revision the code expects, and the one a database file carries, read without SQLAlchemy.

Kept apart from database.py so that the window's first paint (storage/first_paint.py) can
check the schema without importing SQLAlchemy.
"""

from __future__ import annotations

from pathlib import Path

from ppid_desktop.storage.connect import BUSY_TIMEOUT_MS, OperationalError, connect

__all__ = ["BUSY_TIMEOUT_MS", "SCHEMA_HEAD", "stored_revision"]
# The newest migration's revision. Known without importing Alembic (a quarter of a second at
# every start); tests/storage/test_database.py checks it against the migrations folder.
SCHEMA_HEAD = "0007"


def stored_revision(database_file: Path, key_pragma: str | None = None) -> str | None:
    """The schema revision of a database file (None: new or unstamped). DatabaseError when the
    file is not a database, or not one this key opens."""
    if not database_file.exists() or database_file.stat().st_size == 0:
        return None
    connection = connect(database_file, key_pragma, readonly=True)
    try:
        row = connection.execute("SELECT version_num FROM alembic_version").fetchone()
        return row[0] if row else None
    except OperationalError as exc:
        if "no such table" in str(exc):
            return None
        raise
    finally:
        connection.close()
