"""An encrypted twin of a benchmark data folder, so encryption is measured on and off in one run.

    from bench.encrypted_copy import encrypted_twin
    unlocked = encrypted_twin(Path("/tmp/ppid-bench/100k"))   # -> /tmp/ppid-bench/100k-terenkripsi

The twin is the folder copied and converted the way the app secures a folder of an earlier
version (services/encryption.encrypt_data_folder), with an Admin account for the benchmarks'
sign-in (BENCH_USER / BENCH_PASSWORD) at the real Argon2id cost. It is made once and reused
while it is newer than the plain folder's database.
"""

from __future__ import annotations

import shutil
from pathlib import Path

from ppid_desktop.storage.paths import DataPaths

BENCH_USER = "admin"
BENCH_PASSWORD = "bench-kantor-2026"


def twin_folder(plain: Path) -> Path:
    return plain.with_name(plain.name + "-terenkripsi")


def encrypted_twin(plain: Path) -> DataPaths:
    """The twin, unlocked (its key inside the returned DataPaths)."""
    from ppid_desktop.services import accounts
    from ppid_desktop.services.encryption import NewKeys, encrypt_data_folder
    from ppid_desktop.services.office import list_officers
    from ppid_desktop.storage.database import open_database
    from ppid_desktop.storage.keyring import KeyRing

    plain = plain.expanduser().absolute()
    twin = twin_folder(plain)
    database = DataPaths(plain).database
    if (twin / "keys.json").exists() and (twin / database.name).stat().st_mtime >= database.stat().st_mtime:
        return DataPaths(twin).unlocked(KeyRing.load(DataPaths(twin)).unlock(BENCH_USER, BENCH_PASSWORD))  # type: ignore[union-attr]
    if twin.exists():
        shutil.rmtree(twin)
    shutil.copytree(plain, twin, ignore=shutil.ignore_patterns("logs", "backups", "*-wal", "*-shm"))
    keys = NewKeys.generate()
    unlocked = encrypt_data_folder(DataPaths(twin), keys, (BENCH_USER, BENCH_PASSWORD))
    db = open_database(unlocked)
    try:
        officer = sorted(list_officers(db), key=lambda o: o.id)[0]
        accounts.create_first_admin(db, KeyRing.load(unlocked), keys.data_key, officer.id, BENCH_USER, BENCH_PASSWORD)  # type: ignore[arg-type]
    finally:
        db.close()
    return unlocked
