"""Make (or reuse) a demo data folder with N records for the benchmarks.

    uv run python bench/make_dataset.py /tmp/ppid-bench --records 100000

Runs `create_demo_office` into DIR. When DIR already holds an office with exactly N records it
is reused as it is (the benchmarks only read); an office with another count is refused, since
the demo never adds records to an existing office.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

from sqlalchemy import func, select

from ppid_desktop.domain.errors import UserError
from ppid_desktop.services.demo import create_demo_office
from ppid_desktop.services.office import is_set_up
from ppid_desktop.storage.database import Database, open_database
from ppid_desktop.storage.models import ExemptRecord
from ppid_desktop.storage.paths import DataPaths


def record_count(db: Database) -> int:
    with db.session() as session:
        return session.scalar(select(func.count()).select_from(ExemptRecord)) or 0


def make_dataset(folder: Path, records: int, sop_code: str) -> int:
    db = open_database(DataPaths(folder.expanduser().absolute()))
    try:
        if is_set_up(db):
            existing = record_count(db)
            if existing == records:
                print(f"{folder}: sudah berisi {existing} rekaman; dipakai ulang.")
                return 0
            print(
                f"{folder} sudah berisi kantor dengan {existing} rekaman, bukan {records}. "
                "Pilih folder kosong lain.",
                file=sys.stderr,
            )
            return 1
        started = time.perf_counter()
        summary = create_demo_office(db, records=records, sop_code=sop_code)
        elapsed = time.perf_counter() - started
    finally:
        db.close()
    print(summary)
    print(f"create_demo_office: {elapsed:.1f} s untuk {records} rekaman")
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("data_dir", type=Path, metavar="DIR")
    parser.add_argument("--records", type=int, default=100_000, metavar="N")
    parser.add_argument("--sop", default="kalbar-kesra", metavar="KODE")
    args = parser.parse_args(argv)
    try:
        return make_dataset(args.data_dir, args.records, args.sop)
    except UserError as exc:
        print(f"Kesalahan: {exc}", file=sys.stderr)
        return 1


if __name__ == "__main__":
    sys.exit(main())
