"""Fault driver: a long, deterministic run of a clerk's work, to be killed at any moment.

    python tests/faults/driver.py DATA_DIR SEED [--journal DIR] [--kill-in OP:EVENT:NTH]

It opens a data folder whose office is set up (the Banten SOP: seven stages, a review stage that
returns records for correction, an archive stage) and works through the same service calls the
window makes: new records, edits (revisions once archived), a refused stale edit, syarat ticked
and unticked, files attached, stages completed, records returned for correction, registers
imported from generated .csv and .xlsx files. The choice of each step comes from SEED.

Two journals, in a folder apart from the data (`record_state.py` reads them):

- `intent.jsonl`: before each call, the state it should leave behind for every record it touches;
- `journal.jsonl`: after each call returned (the moment the clerk is told it is saved), the state
  read back through the services.

Each line is flushed and fsync'ed before the driver goes on. A state read back that differs
from the expected one ends the run with exit status 3.

`--kill-in complete:before_commit:2` makes the driver kill itself (SIGKILL) from inside the
transaction of the second "complete" call, at SQLAlchemy's `before_commit` (everything written,
the audit entries sealed, nothing committed) or `after_flush` (the first rows written).
"""

from __future__ import annotations

import argparse
import hashlib
import os
import random
import signal
import sys
from collections.abc import Callable
from datetime import date
from pathlib import Path

from sqlalchemy import event

from ppid_desktop.domain.errors import UserError
from ppid_desktop.domain.legal import LegalGround
from ppid_desktop.domain.record import RecordDraft
from ppid_desktop.domain.sop import Stage, StageKind
from ppid_desktop.services import workflow
from ppid_desktop.services.office import list_officers, list_units
from ppid_desktop.services.records import create_record, get_record, update_record
from ppid_desktop.services.sop_catalog import active_template
from ppid_desktop.services.spreadsheet_import import import_rows, preview_file
from ppid_desktop.storage.database import Database, open_database
from ppid_desktop.storage.paths import DataPaths
from tests.faults import record_state as rs


# The fault runs use the app's real storage: an encrypted database and encrypted stored files.
# A fixed key (no key file, no sign-in: the sign-in is not what is being killed here).
FAULT_RUN_KEY = hashlib.sha256(b"ppid-desktop fault run").digest()


def open_data(data_dir: Path) -> Database:
    """Open a data folder the way the application does, with its key. The one place where the
    fault runs and their checks open one."""
    return open_database(DataPaths(data_dir, FAULT_RUN_KEY))


STEPS = 400  # far more than any test waits for: the run is killed long before it ends
UNIT = "Bagian Kesejahteraan Sosial"
MISMATCH = 3

Call = Callable[[], object]  # the service call; its result is not used, the state is read back instead


class Clerk:
    """One clerk's day, step by step, in the order SEED chooses."""

    def __init__(self, db: Database, seed: int, journal: Path, kill_in: tuple[str, str, int] | None) -> None:
        self.db = db
        self.seed = seed
        self.rng = random.Random(seed)
        self.journal = journal
        self.sources = journal / "sumber"
        self.sources.mkdir(parents=True, exist_ok=True)
        self.kill_in = kill_in
        self.seen: dict[str, int] = {}  # op -> how many times it was called
        with db.session() as session:
            template = active_template(session)
        assert template is not None, "the data folder must have its office set up"
        self.template = template
        self.by_role: dict[str, int] = {}  # role -> the first officer holding it
        for officer in list_officers(db):
            for role in officer.roles:
                self.by_role.setdefault(role, officer.id)
        self.registrar = self._officer(template.first_stage)  # who creates, edits and imports records
        self.unit_id = next(unit.id for unit in list_units(db) if unit.name == UNIT)
        self.states: dict[str, rs.State] = {}  # title -> confirmed state
        self.ids: dict[str, int] = {}
        self.step = 0

    # One step: the intent, the call, the state read back, the confirmation.

    def do(self, op: str, expected: dict[str, rs.State], call: Call) -> None:
        rs.append_line(self.journal / rs.INTENTS, {"step": self.step, "op": op, "records": expected})
        self.seen[op] = self.seen.get(op, 0) + 1
        self._arm_kill(op)
        call()
        actual = {title: rs.read_state(self.db, self.ids[title]) for title in expected}
        if actual != expected:
            print(f"step {self.step} ({op}): expected {expected}\nread back {actual}", file=sys.stderr)
            sys.exit(MISMATCH)
        rs.append_line(self.journal / rs.JOURNAL, {"step": self.step, "op": op, "records": actual})
        self.states.update(actual)
        self.step += 1

    def _arm_kill(self, op: str) -> None:
        if self.kill_in is None or self.kill_in[0] != op or self.kill_in[2] != self.seen[op]:
            return

        def die(*_args: object) -> None:
            os.kill(os.getpid(), signal.SIGKILL)

        event.listen(self.db.session_factory, self.kill_in[1], die)

    # The operations.

    def create(self) -> None:
        title = f"Data uji {self.seed}-{self.step}: surat pengaduan masyarakat"
        remarks = f"Dibuat pada langkah {self.step}"
        draft = RecordDraft(
            title=title, unit_id=self.unit_id, legal_grounds=[LegalGround("h", 5, "")],
            consequence_opened="Mengungkap rahasia pribadi.", consequence_closed="Melindungi kepentingan yang lebih besar.",
            period_end=date(2030, 12, 31), remarks=remarks,
        )
        self.do("create", {title: rs.created(title, remarks, self.template)},
                lambda: self.ids.update({title: create_record(self.db, draft, self.registrar).id}))

    def update(self, title: str) -> None:
        state = self.states[title]
        detail = get_record(self.db, self.ids[title])
        detail.draft.remarks = f"Diubah pada langkah {self.step}"
        reason = "Perbaikan keterangan" if state["archived"] else None
        self.do("update", {title: rs.updated(state, detail.draft.remarks)},
                lambda: update_record(self.db, detail.id, detail.draft, detail.version, self.registrar, reason))

    def stale_update(self, title: str) -> None:
        """A save over a version someone else already replaced: refused, nothing changes."""
        detail = get_record(self.db, self.ids[title])
        detail.draft.remarks = "Tidak boleh tersimpan"

        def call() -> None:
            try:
                update_record(self.db, detail.id, detail.draft, detail.version + 1, self.registrar, "Basi")
            except UserError:
                return None
            raise AssertionError("a stale save was accepted")

        self.do("stale_update", {title: self.states[title]}, call)

    def tick(self, title: str, stage: Stage, index: int, checked: bool) -> None:
        officer = self._officer(stage)
        self.do("check" if checked else "uncheck", {title: rs.ticked(self.states[title], index, checked)},
                lambda: workflow.set_syarat(self.db, self.ids[title], index, checked, officer))

    def attach(self, title: str, stage: Stage) -> None:
        source = self.sources / f"lampiran-{self.step}.pdf"
        content = f"%PDF-1.4 uji {self.seed}-{self.step}\n".encode() + self.rng.randbytes(self.rng.randint(1_000, 200_000)) + b"\n%%EOF\n"
        source.write_bytes(content)
        sha256 = hashlib.sha256(content).hexdigest()
        officer = self._officer(stage)
        self.do("attach", {title: rs.attached(self.states[title], source.name, sha256)},
                lambda: workflow.attach_file(self.db, self.ids[title], source, officer))

    def complete(self, title: str, stage: Stage) -> None:
        officer = self._officer(stage)
        self.do("complete", {title: rs.completed(self.states[title], self.template)},
                lambda: workflow.complete_stage(self.db, self.ids[title], officer, "Sudah sesuai.", expected_stage=stage.code))

    def send_back(self, title: str, stage: Stage) -> None:
        officer = self._officer(stage)
        self.do("return", {title: rs.returned(self.states[title], self.template)},
                lambda: workflow.return_for_correction(self.db, self.ids[title], officer, "Lengkapi konsekuensinya.", stage.code))

    def import_sheet(self) -> None:
        count = self.rng.randint(2, 4)
        rows = [(f"Data impor {self.seed}-{self.step}-{n}: laporan keuangan", f"Baris {n} dari langkah {self.step}") for n in range(1, count + 1)]
        path = self._write_sheet(rows, xlsx=self.rng.random() < 0.3)
        preview = preview_file(self.db, path)  # read-only, as the dialog's preview
        assert len(preview.good) == count, [row.problems for row in preview.rows]
        expected = {row.draft.title: rs.created(row.draft.title, row.draft.remarks, self.template) for row in preview.good}

        def call() -> None:
            result = import_rows(self.db, preview, self.registrar)
            self.ids.update({row.draft.title: record_id for row, record_id in zip(preview.good, result.record_ids, strict=True)})

        self.do("import", expected, call)

    # Choosing the next step.

    def next_step(self) -> None:
        unfinished = [title for title, state in self.states.items() if not state["finished"]]
        roll = self.rng.random()
        if len(unfinished) < 3 or roll < 0.06:
            self.create()
        elif roll < 0.12:
            self.import_sheet()
        elif roll < 0.22:
            self.update(self.rng.choice(sorted(self.states)))
        elif roll < 0.25:
            self.stale_update(self.rng.choice(sorted(self.states)))
        else:
            self.advance(self.rng.choice(unfinished))

    def advance(self, title: str) -> None:
        """The next thing the SOP asks for this record (now and then an extra file or an untick)."""
        state = self.states[title]
        stage = self.template.stage(state["stage"])
        missing = [index for index in range(len(stage.syarat)) if index not in state["checked"]]
        has_file = any(stage_code == stage.code for stage_code, _name, _sha in state["files"])
        if state["checked"] and self.rng.random() < 0.1:
            self.tick(title, stage, self.rng.choice(state["checked"]), False)
        elif missing:
            self.tick(title, stage, missing[0], True)
        elif (stage.output_berkas and not has_file) or self.rng.random() < 0.1:
            self.attach(title, stage)
        elif stage.kind is StageKind.REVIEW and self.rng.random() < 0.5:
            self.send_back(title, stage)
        else:
            self.complete(title, stage)

    def _officer(self, stage: Stage) -> int:
        return self.by_role[stage.pelaksana[0]]

    def _write_sheet(self, rows: list[tuple[str, str]], xlsx: bool) -> Path:
        heading = ["No", "Informasi yang Dikecualikan", "Dasar Hukum", "Konsekuensi Dibuka", "Konsekuensi Ditutup",
                   "Jangka Waktu", "Unit", "Keterangan"]
        body = [[n, title, "Pasal 17 huruf h angka 5", "Terungkap.", "Terlindungi.", "31-12-2030", UNIT, remarks]
                for n, (title, remarks) in enumerate(rows, start=1)]
        if xlsx:
            import openpyxl

            book = openpyxl.Workbook()
            for line in [heading, *body]:
                book.active.append(line)
            path = self.sources / f"register-{self.step}.xlsx"
            book.save(path)
            return path
        path = self.sources / f"register-{self.step}.csv"
        path.write_text("\r\n".join(";".join(str(cell) for cell in line) for line in [heading, *body]) + "\r\n", encoding="utf-8")
        return path


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("data_dir", type=Path)
    parser.add_argument("seed", type=int)
    parser.add_argument("--journal", type=Path, help="folder of the journals (default: DATA_DIR.journal beside it)")
    parser.add_argument("--kill-in", help="OP:EVENT:NTH, e.g. complete:before_commit:2")
    args = parser.parse_args(argv)
    journal = args.journal or args.data_dir.with_name(args.data_dir.name + ".journal")
    journal.mkdir(parents=True, exist_ok=True)
    kill_in = None
    if args.kill_in:
        op, when, nth = args.kill_in.split(":")
        kill_in = (op, when, int(nth))
    db = open_data(args.data_dir)
    try:
        clerk = Clerk(db, args.seed, journal, kill_in)
        while clerk.step < STEPS:
            clerk.next_step()
    finally:
        db.close()
    print("SELESAI", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
