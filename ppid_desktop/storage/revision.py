"""The schema revision the code expects, and the one a database file carries: plain sqlite3.

Kept apart from database.py so that the window's first paint (storage/first_paint.py) can
check the schema without importing SQLAlchemy.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

BUSY_TIMEOUT_MS = 5000
# The newest migration's revision. Known without importing Alembic (a quarter of a second at
# every start); tests/storage/test_database.py checks it against the migrations folder.
SCHEMA_HEAD = "0005"


def stored_revision(database_file: Path) -> str | None:
    """The schema revision of a database file, read with plain sqlite3 (None: new or unstamped)."""
    if not database_file.exists() or database_file.stat().st_size == 0:
        return None
    connection = sqlite3.connect(f"file:{database_file}?mode=ro", uri=True, timeout=BUSY_TIMEOUT_MS / 1000)
    try:
        row = connection.execute("SELECT version_num FROM alembic_version").fetchone()
        return row[0] if row else None
    except sqlite3.OperationalError as exc:
        if "no such table" in str(exc):
            return None
        raise
    finally:
        connection.close()
