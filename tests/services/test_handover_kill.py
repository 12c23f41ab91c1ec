"""The process killed (SIGKILL, a power cut) in the middle of an export or an import: the database
stays consistent, nothing is half-imported, and doing it again succeeds."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from pathlib import Path

import bagit
import pytest

from ppid_desktop.services.handover_export import export_package
from ppid_desktop.services.handover_import import import_package
from ppid_desktop.services.handover_outbox import outbox_entries, retry_outbox
from ppid_desktop.services.records import list_records
from ppid_desktop.services.workflow import record_workflow
from ppid_desktop.storage.database import Database, open_database
from ppid_desktop.storage.paths import DataPaths
from tests.conftest import set_up_office
from tests.handover_support import ready_for_handover, sender_officer

ROOT = Path(__file__).resolve().parents[2]
pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL is POSIX")

CHILD = '''
import sys, time
from pathlib import Path
from ppid_desktop.storage.database import open_database
from ppid_desktop.storage.paths import DataPaths

mode, data, share, target, officer = sys.argv[1:6]
db = open_database(DataPaths(Path(data)))

def halt(*_):
    print("SIAP", flush=True)  # the parent kills us now
    time.sleep(300)

def at_the_share(done, total):
    if any(Path(share).glob(".*.partial")):  # the copy to the share has begun
        halt()

if mode == "import":
    from ppid_desktop.services.handover_import import import_package
    import_package(db, db.paths, Path(target), None, progress=halt)
elif mode == "retry":
    from ppid_desktop.services.handover_outbox import retry_outbox
    retry_outbox(db, db.paths, progress=at_the_share)
else:
    from ppid_desktop.services.handover_export import export_package
    def progress(done, total):
        if mode == "export-build" or any(Path(share).glob(".*.partial")):
            halt()
    export_package(db, db.paths, [int(target)], int(officer), share_folder=Path(share), progress=progress)
print("SELESAI TANPA DIHENTIKAN", flush=True)
'''


def _kill_midway(tmp_path: Path, *args: str) -> None:
    script = tmp_path / "anak.py"
    script.write_text(CHILD)
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    child = subprocess.Popen([sys.executable, str(script), *args], cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    try:
        line = child.stdout.readline()  # type: ignore[union-attr]
        assert line.strip() == b"SIAP", child.stderr.read().decode()  # type: ignore[union-attr]
        child.send_signal(signal.SIGKILL)
    finally:
        child.wait()
        child.stdout.close()  # type: ignore[union-attr]
        child.stderr.close()  # type: ignore[union-attr]
    assert child.returncode == -signal.SIGKILL


def _files(tmp_path: Path) -> dict[str, bytes]:
    return {f"scan-{i}.pdf": bytes([i]) * 200_000 for i in range(6)}


def test_killed_while_building_the_package_leaves_the_record_in_the_handover_stage(office_db: Database, tmp_path: Path) -> None:
    share = tmp_path / "share"  # offline: the package is being built for the outbox
    record = ready_for_handover(office_db, tmp_path / "src", "Listrik padam", _files(tmp_path))
    officer = sender_officer(office_db)

    _kill_midway(tmp_path, "export-build", str(office_db.paths.root), str(share), str(record), str(officer))

    assert outbox_entries(office_db) == [] and record_workflow(office_db, record).stage.code == "serah"
    assert office_db.integrity_problems() == []
    share.mkdir()
    leftovers = [p for p in (office_db.paths.root / "outbox").iterdir()]
    assert leftovers and all(p.name.startswith(".dibuat-") for p in leftovers)

    result = export_package(office_db, office_db.paths, [record], officer, share_folder=share)
    assert result.state == "terkirim"
    bagit.Bag(str(share / result.package_name)).validate()
    assert not any(p.exists() for p in leftovers)  # the dead export's half-built bag was removed


def test_killed_while_copying_to_the_share_nothing_is_recorded_and_the_next_export_cleans_up(office_db: Database, tmp_path: Path) -> None:
    share = tmp_path / "share"
    share.mkdir()
    record = ready_for_handover(office_db, tmp_path / "src", "Dimatikan saat menyalin", _files(tmp_path))
    officer = sender_officer(office_db)

    _kill_midway(tmp_path, "export-deliver", str(office_db.paths.root), str(share), str(record), str(officer))

    assert outbox_entries(office_db) == [] and record_workflow(office_db, record).stage.code == "serah"
    [half] = list(share.iterdir())
    assert half.name.startswith(".") and half.name.endswith(".partial")  # nothing under a final name
    assert office_db.integrity_problems() == []

    result = export_package(office_db, office_db.paths, [record], officer, share_folder=share)
    assert result.state == "terkirim"
    assert [p.name for p in share.iterdir()] == [result.package_name]  # the dead export's half copy is gone
    bagit.Bag(str(share / result.package_name)).validate()
    assert list((office_db.paths.root / "outbox").iterdir()) == []


def test_killed_while_the_outbox_delivers_the_package_waits_and_the_next_retry_delivers(office_db: Database, tmp_path: Path) -> None:
    share = tmp_path / "share"
    record = ready_for_handover(office_db, tmp_path / "src", "Dimatikan saat mengirim ulang", _files(tmp_path))
    export_package(office_db, office_db.paths, [record], sender_officer(office_db), share_folder=share)  # offline
    share.mkdir()

    _kill_midway(tmp_path, "retry", str(office_db.paths.root), str(share), "0", "0")

    [entry] = outbox_entries(office_db)
    assert entry.state == "gagal" and entry.attempts == 1  # the killed attempt never finished
    assert record_workflow(office_db, record).stage.code == "terima"
    assert [p.name for p in share.iterdir()] == [f".{entry.package_name}.partial"]

    [entry] = retry_outbox(office_db, office_db.paths)
    assert entry.state == "terkirim" and entry.attempts == 2
    assert [p.name for p in share.iterdir()] == [entry.package_name]
    bagit.Bag(str(share / entry.package_name)).validate()


def test_killed_while_importing_nothing_is_half_imported_and_the_import_succeeds_again(office_db: Database, tmp_path: Path) -> None:
    share = tmp_path / "share"
    share.mkdir()
    record = ready_for_handover(office_db, tmp_path / "src", "Impor terputus", _files(tmp_path))
    package = export_package(office_db, office_db.paths, [record], sender_officer(office_db), share_folder=share).share_path
    assert package is not None
    ppid = open_database(DataPaths(tmp_path / "ppid-data"))
    try:
        set_up_office(ppid)
        _kill_midway(tmp_path, "import", str(ppid.paths.root), str(share), str(package), "0")

        assert list_records(ppid) == [] and ppid.integrity_problems() == []
        assert any(p.name.startswith(".impor-") for p in ppid.paths.files.iterdir())

        result = import_package(ppid, ppid.paths, package, None)
        assert (result.records_added, result.files_added) == (1, 7)  # the konsep of stage 1 + 6 scans
        assert not any(p.name.startswith(".impor-") for p in ppid.paths.files.iterdir())
    finally:
        ppid.close()
