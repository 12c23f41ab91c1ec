"""Benchmark: `ppid-desktop check` (fixity of internal storage) against `sha256sum` over the same files.

    uv run python bench/bench_fixity.py [--megabytes 1024] [--files 200] [--keep DIR] [--encrypted]

Builds a data folder whose internal storage holds FILES attachments totalling MEGABYTES (random
bytes, sizes spread from small scans to large PDFs), then in one run, page cache dropped where
possible (root only; otherwise each variant is run once to warm the cache first and then timed):

- baseline: `sha256sum` over every stored file (one process, read once);
- ours: `services.fixity.check_storage` (SQLite quick_check, the attachment rows, every stored
  file read once in 1 MB chunks), run in its own subprocess so its peak RSS is its own.

With --encrypted the data folder is encrypted under a random data key (kept beside it in the
bench folder for --keep: not a real one); the baseline hashes the stored (encrypted) files as they
are, ours decrypts, authenticates and hashes their content.

Prints the throughput of both and our peak memory. Exits 1 when ours is slower than 0.9x the
baseline or its peak memory exceeds 200 MB.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SPEED_TARGET = 0.9
MEMORY_TARGET_MB = 200.0

_CHILD = r"""
import json, resource, sys, time
sys.path.insert(0, sys.argv[2])
from ppid_desktop.storage.database import open_database
from ppid_desktop.storage.paths import DataPaths
from ppid_desktop.services.fixity import check_storage
key = bytes.fromhex(sys.argv[3]) if len(sys.argv) > 3 else None
db = open_database(DataPaths(__import__("pathlib").Path(sys.argv[1]), key))
start = time.perf_counter()
report = check_storage(db, db.paths)
elapsed = time.perf_counter() - start
db.close()
peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
print(json.dumps({"seconds": elapsed, "ok": report.ok, "bytes": report.bytes_checked, "files": report.files_checked, "peak_mb": peak}))
"""


def build(data_dir: Path, megabytes: int, files: int, key: bytes | None = None) -> list[Path]:
    sys.path.insert(0, str(ROOT))
    from ppid_desktop.services import workflow
    from ppid_desktop.storage.database import open_database
    from ppid_desktop.storage.paths import DataPaths
    from tests.conftest import make_record, set_up_office

    db = open_database(DataPaths(data_dir, key))
    set_up_office(db)
    rng = random.Random(5)
    weights = [rng.paretovariate(1.2) for _ in range(files)]
    total = megabytes * 1024 * 1024
    sizes = [max(4096, int(total * w / sum(weights))) for w in weights]
    scratch = data_dir.parent / "masuk"
    scratch.mkdir(exist_ok=True)
    record = make_record(db, "Rekaman uji kecepatan fiksitas")
    for index, size in enumerate(sizes):
        source = scratch / f"berkas-{index:04d}.pdf"
        with open(source, "wb") as handle:
            left = size
            while left:
                chunk = min(left, 8 * 1024 * 1024)
                handle.write(os.urandom(chunk))
                left -= chunk
        workflow.attach_file(db, record.id, source, None)
        source.unlink()
    db.close()
    return sorted(p for p in (data_dir / "files").rglob("*") if p.is_file())


def drop_caches() -> bool:
    try:
        os.sync()
        Path("/proc/sys/vm/drop_caches").write_text("3\n")
        return True
    except OSError:
        return False


def run_baseline(stored: list[Path]) -> float:
    start = time.perf_counter()
    subprocess.run(["sha256sum", *map(str, stored)], check=True, stdout=subprocess.DEVNULL)
    return time.perf_counter() - start


def run_ours(data_dir: Path, key: bytes | None) -> dict:
    command = [sys.executable, "-c", _CHILD, str(data_dir), str(ROOT)] + ([key.hex()] if key is not None else [])
    out = subprocess.run(command, check=True, capture_output=True, text=True)
    return json.loads(out.stdout.strip().splitlines()[-1])


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--megabytes", type=int, default=1024)
    parser.add_argument("--files", type=int, default=200)
    parser.add_argument("--keep", type=Path, default=None, help="build (or reuse) the data folder here")
    parser.add_argument("--encrypted", action="store_true", help="an encrypted data folder")
    args = parser.parse_args()
    base = args.keep or Path(tempfile.mkdtemp(prefix="ppid-bench-fixity-"))
    data_dir = base / "data"
    key_file = base / "bench.key"
    try:
        if (data_dir / "files").is_dir() and key_file.exists() != args.encrypted:
            shutil.rmtree(data_dir)  # built the other way: build again
            key_file.unlink(missing_ok=True)
        if not (data_dir / "files").is_dir():
            if args.encrypted:
                key_file.write_text(os.urandom(32).hex())
            print(f"Membangun {args.files} berkas, {args.megabytes} MB{' (terenkripsi)' if args.encrypted else ''} ...", flush=True)
            build(data_dir, args.megabytes, args.files, bytes.fromhex(key_file.read_text()) if args.encrypted else None)
        key = bytes.fromhex(key_file.read_text()) if args.encrypted else None
        stored = sorted(p for p in (data_dir / "files").rglob("*") if p.is_file())
        total = sum(p.stat().st_size for p in stored)
        cold = drop_caches()
        if not cold:  # warm both the same way
            run_baseline(stored)
        baseline = run_baseline(stored)
        drop_caches()
        ours = run_ours(data_dir, key)
        mb = total / 1024 / 1024
        print(f"files: {len(stored)}, {mb:.0f} MB{', encrypted' if key else ''}, cache {'dropped before each run' if cold else 'warm'}")
        print(f"sha256sum:     {baseline:6.2f} s  {mb / baseline:7.1f} MB/s")
        print(f"check_storage: {ours['seconds']:6.2f} s  {mb / ours['seconds']:7.1f} MB/s  peak RSS {ours['peak_mb']:.0f} MB  clean={ours['ok']}")
        ratio = baseline / ours["seconds"]
        print(f"speed vs sha256sum: {ratio:.2f}x (target >= {SPEED_TARGET}x); memory target < {MEMORY_TARGET_MB:.0f} MB")
        failed = ratio < SPEED_TARGET or ours["peak_mb"] > MEMORY_TARGET_MB or not ours["ok"]
        return 1 if failed else 0
    finally:
        if args.keep is None:
            shutil.rmtree(base, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
