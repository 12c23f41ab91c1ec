"""Raw DB-API connections to a data folder's database: the one place that names the driver.

The driver is sqlcipher3 (SQLite built with SQLCipher). With the data folder's key it reads and
writes the encrypted database; without one it is plain SQLite, as for a data folder made before
encryption existed (services/encryption.py converts those) and for test fixtures. SQLAlchemy's
engine (storage/database.py), the first paint (storage/first_paint.py), the revision check and
backups all connect through `connect`, so the key is applied first on every connection.
"""

from __future__ import annotations

from pathlib import Path

from sqlcipher3 import dbapi2 as driver


BUSY_TIMEOUT_MS = 5000

Error = driver.Error
DatabaseError = driver.DatabaseError
OperationalError = driver.OperationalError
Connection = driver.Connection


def connect(database_file: Path, key_pragma: str | None = None, *, readonly: bool = False,
            check_same_thread: bool = True) -> Connection:
    """Open `database_file`; `key_pragma` (DataPaths.key_pragma) is run before anything else.
    A wrong key shows up at the first read as DatabaseError "file is not a database"."""
    target = f"file:{database_file}?mode=ro" if readonly else str(database_file)
    connection = driver.connect(target, uri=readonly, timeout=BUSY_TIMEOUT_MS / 1000, check_same_thread=check_same_thread)
    if key_pragma is not None:
        connection.execute(key_pragma)
    return connection
