"""Handover package throughput: export and import against `cp -r` + `sha256sum` of the same files.

    uv run python bench/handover_throughput.py [--size-mb 1024] [--workdir /tmp/ppid-bench-handover] [--reuse] [--encrypted]

Builds an office with records in the handover stage whose attachments total --size-mb (a few
big files and many small ones), then, in one run and with the same warm page cache:
  baseline  `cp -r` of the stored files to a second folder, then `sha256sum` over the copy;
  export    package built (SHA-256 + SHA-512 manifests), copied to a "share" folder under a
            temporary name, validated there again, renamed;
  import    the package validated and taken into a second data folder.
Export and import each run in a child process whose peak resident memory (ru_maxrss) is printed.

With --encrypted both data folders are encrypted, each under its own random data key (kept in
--workdir for the child processes and --reuse: a bench folder, not a real one): on export the
outbox keeps the package sealed (the stored files hard-linked as they are, the rest sealed) and
each file is decrypted only on its way to the share; on import the files are encrypted into the
store. The baseline still copies and hashes the stored (encrypted) files as they are.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import shutil
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))


def _paths(work: Path, folder: str):  # type: ignore[no-untyped-def]  # DataPaths, imported late
    """The data folder `folder` under `work`, with its bench key when the run is encrypted."""
    from ppid_desktop.storage.paths import DataPaths

    key_file = work / f"{folder}.key"
    return DataPaths(work / folder, bytes.fromhex(key_file.read_text()) if key_file.exists() else None)


def _new_keys(work: Path, encrypted: bool) -> None:
    from ppid_desktop.storage.crypto import new_data_key

    for folder in ("unit-data", "ppid-data"):
        key_file = work / f"{folder}.key"
        key_file.unlink(missing_ok=True)
        if encrypted:
            key_file.write_text(new_data_key().hex())


def _setup(work: Path, size_mb: int) -> list[int]:
    from ppid_desktop.services import workflow
    from ppid_desktop.services.office import list_officers
    from ppid_desktop.storage.database import open_database
    from tests.conftest import make_record, set_up_office

    db = open_database(_paths(work, "unit-data"))
    set_up_office(db)
    officer = next(o.id for o in list_officers(db) if "petugas_dokumentasi" in o.roles)
    total = size_mb * 1024 * 1024
    big = [total // 5] * 3  # three big scans: 60 %
    small_size = 256 * 1024
    smalls = (total - sum(big)) // small_size  # the rest as 256 KB documents
    sizes = big + [small_size] * smalls
    records = 20
    source = work / "source"
    source.mkdir(parents=True)
    ids = []
    for r in range(records):
        record = make_record(db, f"Rekaman uji {r + 1}")
        state = workflow.record_workflow(db, record.id)
        for i in range(len(state.stage.syarat)):
            workflow.set_syarat(db, record.id, i, True, officer)
        first = source / f"konsep-{r}.pdf"
        first.write_bytes(os.urandom(1024))
        workflow.attach_file(db, record.id, first, officer)
        workflow.complete_stage(db, record.id, officer)
        state = workflow.record_workflow(db, record.id)
        for i in range(len(state.stage.syarat)):
            workflow.set_syarat(db, record.id, i, True, officer)
        ids.append(record.id)
    chunk = os.urandom(4 * 1024 * 1024)
    for n, size in enumerate(sizes):
        path = source / f"berkas-{n:05d}.bin"
        with open(path, "wb") as handle:
            left = size
            while left > 0:
                piece = chunk[: min(left, len(chunk))]
                handle.write(os.urandom(16) + piece[16:] if len(piece) > 16 else piece)
                left -= len(piece)
        workflow.attach_file(db, ids[n % records], path, officer)
        path.unlink()
    db.close()
    return ids


def _child(mode: str, work: Path) -> None:
    """Run one measured operation in this (child) process; print JSON with time and peak memory."""
    from ppid_desktop.services.office import list_officers
    from ppid_desktop.storage.database import open_database

    if mode == "export":
        from ppid_desktop.services.handover_export import export_package, handover_record_ids

        db = open_database(_paths(work, "unit-data"))
        officer = next(o.id for o in list_officers(db) if "petugas_dokumentasi" in o.roles)
        ids = handover_record_ids(db)
        start = time.perf_counter()
        result = export_package(db, db.paths, ids, officer, share_folder=work / "share")
        seconds = time.perf_counter() - start
        assert result.state == "terkirim", result.last_error
        out = {"seconds": seconds, "bytes": result.size, "path": str(result.share_path)}
    else:
        from ppid_desktop.services.handover_import import import_package
        from tests.conftest import set_up_office

        db = open_database(_paths(work, "ppid-data"))
        set_up_office(db)
        package = next(p for p in (work / "share").iterdir() if p.is_dir())
        start = time.perf_counter()
        result = import_package(db, db.paths, package, None)
        seconds = time.perf_counter() - start
        assert result.files_added > 0
        out = {"seconds": seconds, "files": result.files_added}
    db.close()
    out["maxrss_mb"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(json.dumps(out))


def _copy_database(source: Path, target: Path, key_pragma: str | None) -> None:
    from ppid_desktop.storage.connect import connect

    target.unlink(missing_ok=True)
    for suffix in ("-wal", "-shm"):
        Path(str(target) + suffix).unlink(missing_ok=True)
    with connect(source, key_pragma) as old, connect(target, key_pragma) as new:
        old.backup(new)


def _child_environment(work: Path) -> dict[str, str]:
    """An installed app runs from compiled bytecode. Where PYTHONDONTWRITEBYTECODE is set (as in
    some CI and sandbox shells) every child would compile ReportLab and the services from source
    inside the timed export (measured: 0.8 s); keep bytecode in a private folder instead."""
    env = dict(os.environ)
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    env["PYTHONPYCACHEPREFIX"] = str(work / "pycache")
    return env


def _measure(mode: str, work: Path) -> dict:
    done = subprocess.run([sys.executable, __file__, "--child", mode, "--workdir", str(work)], cwd=ROOT,
                          capture_output=True, text=True, check=True, env=_child_environment(work))
    return json.loads(done.stdout.strip().splitlines()[-1])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--size-mb", type=int, default=1024)
    parser.add_argument("--workdir", default="/tmp/ppid-bench-handover")
    parser.add_argument("--reuse", action="store_true", help="reuse the files of the previous run in --workdir (no set-up)")
    parser.add_argument("--encrypted", action="store_true", help="both data folders encrypted, each under its own key")
    parser.add_argument("--child", choices=["export", "import"], help=argparse.SUPPRESS)
    args = parser.parse_args()
    work = Path(args.workdir)
    if args.child:
        _child(args.child, work)
        return
    snapshot = work / "unit-before.sqlite3"
    same_kind = (work / "unit-data.key").exists() == args.encrypted
    if args.reuse and snapshot.exists() and same_kind:  # the same files again, the records back in the handover stage
        for folder in ("share", "ppid-data", "unit-data/outbox"):
            shutil.rmtree(work / folder, ignore_errors=True)
        _copy_database(snapshot, work / "unit-data" / "ppid.sqlite3", _paths(work, "unit-data").key_pragma)
        (work / "share").mkdir()
    else:
        shutil.rmtree(work, ignore_errors=True)
        work.mkdir(parents=True)
        (work / "share").mkdir()
        _new_keys(work, args.encrypted)
        print(f"setting up {args.size_mb} MB of attachments in {work}{' (encrypted)' if args.encrypted else ''} ...", flush=True)
        _setup(work, args.size_mb)
        _copy_database(work / "unit-data" / "ppid.sqlite3", snapshot, _paths(work, "unit-data").key_pragma)
    store = work / "unit-data" / "files"
    files = [p for p in store.rglob("*") if p.is_file()]
    payload = sum(p.stat().st_size for p in files)
    print(f"{len(files)} stored files, {payload / 1e6:.0f} MB{', encrypted' if args.encrypted else ''}; CPUs: {os.cpu_count()}")

    # Every measurement starts with the same page cache (the files were just read) and no
    # writes pending from the one before (`sync`), so that none pays for another's writeback.
    def baseline(durable: bool) -> tuple[float, float]:
        os.sync()
        start = time.perf_counter()
        subprocess.run(["cp", "-r", str(store), str(work / "cp-copy")], check=True)
        if durable:
            os.sync()  # what export does too: the copy is on disk before it counts as delivered
        copied = time.perf_counter() - start
        listing = [str(p) for p in (work / "cp-copy").rglob("*") if p.is_file()]
        subprocess.run(["xargs", "-0", "sha256sum"], input="\0".join(listing).encode(), check=True, stdout=subprocess.DEVNULL)
        total = time.perf_counter() - start
        shutil.rmtree(work / "cp-copy")
        return total, copied

    plain, plain_cp = baseline(durable=False)
    durable, durable_cp = baseline(durable=True)
    # The floor under both: one read of every file with SHA-256 and SHA-512 (the manifests need
    # both), of the content (decrypted, when encrypted). Export does this twice (source, then the
    # copy read back on the share), import once.
    from ppid_desktop.services.handover_bag import hash_many
    from ppid_desktop.storage.filestore import FileStore

    start = time.perf_counter()
    hash_many([(p, None) for p in files], payload, None, None, read=FileStore(_paths(work, "unit-data")).chunks_at if args.encrypted else None)
    one_pass = time.perf_counter() - start
    os.sync()
    export = _measure("export", work)
    os.sync()
    imported = _measure("import", work)
    mb = payload / 1e6
    print(f"cp -r + sha256sum : {plain:6.2f} s  {mb / plain:7.0f} MB/s   (cp {plain_cp:.2f} s, sha256sum {plain - plain_cp:.2f} s)")
    print(f"  same, with sync : {durable:6.2f} s  {mb / durable:7.0f} MB/s   (cp + sync {durable_cp:.2f} s)")
    baseline = plain
    print(f"SHA-256+512, 1 pass: {one_pass:5.2f} s  {mb / one_pass:7.0f} MB/s   (in-process, the hashing floor of one read)")
    print(f"export            : {export['seconds']:6.2f} s  {mb / export['seconds']:7.0f} MB/s   peak RSS {export['maxrss_mb']:.0f} MB"
          "   (build + SHA-256/512 manifests + copy to share + validation on share + rename)")
    print(f"import            : {imported['seconds']:6.2f} s  {mb / imported['seconds']:7.0f} MB/s   peak RSS {imported['maxrss_mb']:.0f} MB"
          "   (full validation + staging in one read + one transaction + tanda terima)")
    print(f"throughput against cp -r + sha256sum: export {baseline / export['seconds']:.2f}x, import {baseline / imported['seconds']:.2f}x; "
          f"against the synced copy: export {durable / export['seconds']:.2f}x, import {durable / imported['seconds']:.2f}x")


if __name__ == "__main__":
    main()
