"""The process killed (SIGKILL: a power cut, a crash, the task manager) at any moment of a
clerk's work: after a restart the database is sound, the audit chain holds, no stored file is
missing or altered, every change the clerk was told is saved is there, and the one change in
progress is there completely or not at all.

The work is done by `driver.py` in a subprocess, through the same services the window calls;
its journals say what was confirmed and what was in progress (`record_state.py`).
"""

from __future__ import annotations

import os
import random
import shutil
import signal
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path

import pytest

from ppid_desktop.domain.nip import EmployeeIdKind
from ppid_desktop.domain.office import OfficerDraft
from ppid_desktop.services.fixity import check_storage
from ppid_desktop.services.office import add_officer
from ppid_desktop.storage.audit_chain import first_broken
from tests.conftest import make_record, set_up_office
from tests.faults import record_state as rs
from tests.faults.driver import open_data

ROOT = Path(__file__).resolve().parents[2]
DRIVER = Path(__file__).with_name("driver.py")
RANDOM_SEEDS = range(12)
DEADLINE_SECONDS = 60  # a driver that neither confirms nor ends in this time is stuck

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="Windows has no SIGKILL: a process cannot be killed without warning there")


@pytest.fixture(scope="module")
def office_folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A data folder following the Banten SOP (review and archive stages) with one officer per role.
    Set up once; each run works on its own copy."""
    folder = tmp_path_factory.mktemp("kantor") / "data"
    db = open_data(folder)
    try:
        set_up_office(db, "banten-pemkesra")
        for number, (name, role) in enumerate((("Eko Prasetyo", "petugas"), ("Fajar Nugroho", "ppid"), ("Gita Permata", "arsip"))):
            add_officer(db, OfficerDraft(name=name, id_kind=EmployeeIdKind.NIP, employee_id=f"19800101200501101{number}",
                                         pangkat="III/b", jabatan="Staf", roles=[role]))
    finally:
        db.close()
    return folder


@dataclass
class Run:
    data: Path
    journal: Path
    process: subprocess.Popen[bytes]

    def output(self) -> str:
        return (self.journal / "driver.err").read_text(errors="replace")[-4000:]


def start(office_folder: Path, tmp_path: Path, seed: int, *options: str) -> Run:
    data, journal = tmp_path / "data", tmp_path / "jurnal"
    shutil.copytree(office_folder, data)
    journal.mkdir()
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    with open(journal / "driver.out", "wb") as out, open(journal / "driver.err", "wb") as err:
        process = subprocess.Popen([sys.executable, str(DRIVER), str(data), str(seed), "--journal", str(journal), *options],
                                   cwd=ROOT, env=env, stdout=out, stderr=err)
    return Run(data, journal, process)


class ConfirmationCounter:
    """Counts the journal's lines as they come, reading only what was added since last time (the
    driver shares this machine's few cores with the polling)."""

    def __init__(self, journal: Path) -> None:
        self.journal = journal
        self.read = 0
        self.lines = 0

    def __call__(self) -> int:
        try:
            with open(self.journal, "rb") as reader:
                reader.seek(self.read)
                added = reader.read()
        except FileNotFoundError:
            return 0
        self.read += len(added)
        self.lines += added.count(b"\n")
        return self.lines


def kill_after(run: Run, confirmations: int, then_within: float) -> None:
    """SIGKILL the driver once it has confirmed `confirmations` changes and up to `then_within`
    seconds more have passed (a step takes about 15 ms), so that the kill lands anywhere in the
    steps that follow: between calls, in a file copy, in a transaction, just after a commit."""
    deadline = time.monotonic() + DEADLINE_SECONDS
    confirmed = ConfirmationCounter(run.journal / rs.JOURNAL)
    try:
        while confirmed() < confirmations and time.monotonic() < deadline:
            try:
                run.process.wait(timeout=0.005)
                break  # it ended by itself: the assertions below say how
            except subprocess.TimeoutExpired:
                pass
        run.process.wait(timeout=then_within)
    except subprocess.TimeoutExpired:
        pass
    run.process.kill()
    run.process.wait()
    assert run.process.returncode == -signal.SIGKILL, f"the driver ended with {run.process.returncode}:\n{run.output()}"
    assert confirmed() >= confirmations, f"the driver got stuck:\n{run.output()}"


def wait_for_self_kill(run: Run) -> None:
    try:
        run.process.wait(timeout=DEADLINE_SECONDS)
    except subprocess.TimeoutExpired:
        run.process.kill()
        run.process.wait()
    assert run.process.returncode == -signal.SIGKILL, f"the driver did not kill itself ({run.process.returncode}):\n{run.output()}"


def check_after_restart(run: Run) -> bool:
    """Reopen the data folder (migrations, integrity) and hold it against the journals.
    Returns whether the change in progress at the kill, if any, was stored."""
    expected = rs.read_expectation(run.journal)
    db = open_data(run.data)
    try:
        # (a) SQLite's full integrity check and the foreign keys.
        assert db.integrity_problems() == []
        # (b) the audit trail's hash chain, entry by entry.
        with db.engine.connect() as connection:
            broken = first_broken(connection)
        assert broken is None, f"the audit chain breaks at entry {broken}"
        # (d) every confirmed change, and the one in progress wholly or not at all.
        actual = rs.read_all_states(db)
        for title, state in expected.confirmed.items():
            if title not in expected.in_flight:
                assert actual.get(title) == state, f"a confirmed change is lost (after {expected.last_op}): {title}"
        before = {title: expected.confirmed.get(title) for title in expected.in_flight}
        now = {title: actual.get(title) for title in expected.in_flight}
        applied = bool(expected.in_flight) and now == expected.in_flight and now != before
        assert now in (before, expected.in_flight), f"{expected.in_flight_op} is half done:\nbefore {before}\nnow {now}"
        unknown = set(actual) - set(expected.confirmed) - set(expected.in_flight)
        assert not unknown, f"records nobody was told about: {unknown}"
        assert [problem for state in actual.values() for problem in rs.consistency_problems(state)] == []
        # (c) what `ppid-desktop check` reports: no file missing or altered, the database and the
        # chain sound. An attach stores its file before its transaction commits, so a kill in
        # between leaves that one file unreferenced: it may show as an orphan, nothing else may.
        report = check_storage(db, db.paths)
        assert (report.missing, report.altered, report.unreadable, report.database_problems) == ((), (), (), ())
        assert all(section.ok for section in report.extra_sections), report.extra_sections
        stored = {sha for state in actual.values() for _stage, _name, sha in state["files"]}
        uncommitted = {sha for state in expected.in_flight.values() for _stage, _name, sha in state["files"]} - stored
        assert len(report.orphans) <= len(uncommitted), report.orphans
        # The clerk carries on where the power cut stopped them.
        make_record(db, "Dicatat sesudah komputer dinyalakan kembali")
        with db.engine.connect() as connection:
            assert first_broken(connection) is None, "the audit chain breaks after the restart"
    finally:
        db.close()
    return applied


@pytest.mark.parametrize("seed", RANDOM_SEEDS)
def test_killed_at_a_random_moment_nothing_confirmed_is_lost_and_nothing_is_half_done(
    office_folder: Path, tmp_path: Path, seed: int
) -> None:
    moment = random.Random(f"bunuh-{seed}")
    run = start(office_folder, tmp_path, seed)
    kill_after(run, moment.randint(2, 50), moment.uniform(0, 0.04))
    check_after_restart(run)


@pytest.mark.parametrize(
    "kill_in",
    [
        "complete:before_commit:3",  # everything written and the audit entry sealed, not committed
        "create:after_flush:4",  # a new record's row written, its first visit and audit entry not yet
        "import:after_flush:1",  # the first rows of a register import written, the rest not yet
        "attach:after_flush:2",  # the file already in files/, its attachment row not committed
    ],
)
def test_killed_inside_a_transaction_the_unconfirmed_change_is_absent_and_the_rest_present(
    office_folder: Path, tmp_path: Path, kill_in: str
) -> None:
    run = start(office_folder, tmp_path, 5, "--kill-in", kill_in)
    wait_for_self_kill(run)

    expected = rs.read_expectation(run.journal)
    assert expected.in_flight_op == kill_in.split(":")[0] and expected.in_flight and expected.confirmed
    assert check_after_restart(run) is False
