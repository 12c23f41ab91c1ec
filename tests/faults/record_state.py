"""What a clerk can see of a record, as plain JSON, and what each operation should make of it.

The fault driver writes these states to its journals and the test compares them with the
database after a restart, so both read a record the same way: through the services the window
uses (`get_record`, `record_workflow`, `history`). Only the syarat ticked in visits already
closed come from the tables, since no service shows them. Timestamps and the row version are
left out: they cannot be predicted, and a clerk never sees the version.

A state is keyed by the record's title, which the driver keeps unique, because a record's id
is only known after it was stored.
"""

from __future__ import annotations

import copy
import json
import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import select

from ppid_desktop.domain.sop import SopTemplate, StageKind
from ppid_desktop.services.audit import history
from ppid_desktop.services.records import get_record, query_record_ids
from ppid_desktop.services.workflow import record_workflow
from ppid_desktop.storage.database import Database
from ppid_desktop.storage.models import StageVisit, SyaratCheck

State = dict[str, Any]

JOURNAL = "journal.jsonl"  # one line per service call that returned: the change was confirmed
INTENTS = "intent.jsonl"  # one line per service call about to be made: what it should leave


def read_state(db: Database, record_id: int) -> State:
    detail = get_record(db, record_id)
    flow = record_workflow(db, record_id)
    return {
        "title": detail.draft.title,
        "remarks": detail.draft.remarks,
        "stage": detail.stage_code,
        "finished": flow.position.finished,
        "archived": detail.archived,
        "revision": detail.revision,
        "visits": [[v.stage_code, v.round, v.outcome, ticks] for v, ticks in zip(flow.visits, _ticks_by_visit(db, record_id), strict=True)],
        "checked": sorted(flow.checked),
        "files": [[a.stage_code, a.original_name, a.sha256] for a in flow.attachments],
        "audit": [entry.action for entry in history(db, record_id)],
    }


def _ticks_by_visit(db: Database, record_id: int) -> list[list[int]]:
    """The syarat ticked in each visit of the record, visits in the order record_workflow lists them."""
    with db.session() as session:
        visit_ids = list(session.scalars(select(StageVisit.id).where(StageVisit.record_id == record_id).order_by(StageVisit.id)))
        ticks: dict[int, list[int]] = {visit_id: [] for visit_id in visit_ids}
        for visit_id, index in session.execute(select(SyaratCheck.visit_id, SyaratCheck.syarat_index).where(SyaratCheck.visit_id.in_(visit_ids))):
            ticks[visit_id].append(index)
    return [sorted(ticks[visit_id]) for visit_id in visit_ids]


def read_all_states(db: Database) -> dict[str, State]:
    states = [read_state(db, record_id) for record_id in query_record_ids(db, descending=False)]
    return {state["title"]: state for state in states}


def consistency_problems(state: State) -> list[str]:
    """What no transaction may ever leave behind, whatever the journal says."""
    problems = []
    open_visits = [v for v in state["visits"] if v[2] == ""]
    if state["finished"]:
        if open_visits:
            problems.append("a finished record still has an open stage visit")
    elif len(open_visits) != 1 or state["visits"][-1] != open_visits[0] or open_visits[0][0] != state["stage"]:
        problems.append(f"an unfinished record must have exactly one open visit, in its stage {state['stage']!r}")
    if not state["audit"] or state["audit"][0] != "create":
        problems.append("the trail must begin with the record's creation")
    return [f"{state['title']}: {problem}" for problem in problems]


# What each operation should make of a state (the driver's expectations, written before the call).


def created(title: str, remarks: str, template: SopTemplate) -> State:
    first = template.first_stage.code
    return {
        "title": title, "remarks": remarks, "stage": first, "finished": False, "archived": False, "revision": 0,
        "visits": [[first, 1, "", []]], "checked": [], "files": [], "audit": ["create"],
    }


def updated(state: State, remarks: str) -> State:
    after = copy.deepcopy(state)
    after["remarks"] = remarks
    if state["archived"]:
        after["revision"] += 1
        after["audit"].append("revise")
    else:
        after["audit"].append("update")
    return after


def ticked(state: State, index: int, checked: bool) -> State:
    after = copy.deepcopy(state)
    before = set(state["checked"])
    after["checked"] = sorted((before | {index}) if checked else (before - {index}))
    after["visits"][-1][3] = after["checked"]
    after["audit"].append("check" if checked else "uncheck")
    return after


def attached(state: State, name: str, sha256: str) -> State:
    after = copy.deepcopy(state)
    after["files"].append([state["stage"], name, sha256])
    after["audit"].append("attach")
    return after


def completed(state: State, template: SopTemplate) -> State:
    after = copy.deepcopy(state)
    stage = template.stage(state["stage"])
    outcome = {StageKind.REVIEW: "approved", StageKind.HANDOVER_OUT: "handed_over",
               StageKind.HANDOVER_IN: "received", StageKind.ARCHIVE: "archived"}.get(stage.kind, "completed")
    after["visits"][-1][2] = outcome
    after["audit"].append({"approved": "approve", "archived": "archive"}.get(outcome, "complete"))
    after["checked"] = []  # the syarat belong to the visit just closed
    following = template.next_stage(stage.code)
    if following is None:
        after["finished"] = True
    else:
        after["stage"] = following.code
        after["visits"].append([following.code, 1, "", []])
    if stage.kind is StageKind.ARCHIVE:
        after["archived"] = True
    return after


def returned(state: State, template: SopTemplate) -> State:
    after = copy.deepcopy(state)
    target = template.stage(state["stage"]).return_to or template.first_stage.code
    after["visits"][-1][2] = "returned"
    rounds = sum(1 for visit in state["visits"] if visit[0] == target)
    after["visits"].append([target, rounds + 1, "", []])
    after["stage"] = target
    after["checked"] = []
    after["audit"].append("return")
    return after


# The journals.


def append_line(path: Path, entry: dict[str, Any]) -> None:
    """One JSON line, on disk before the caller goes on (the line is what the clerk was told)."""
    with open(path, "a", encoding="utf-8") as handle:
        handle.write(json.dumps(entry, ensure_ascii=False) + "\n")
        handle.flush()
        os.fsync(handle.fileno())


def complete_lines(path: Path) -> list[dict[str, Any]]:
    """The lines written in full; a line cut short by the kill was never confirmed."""
    if not path.exists():
        return []
    return [json.loads(line) for line in path.read_bytes().split(b"\n")[:-1]]


@dataclass
class Expectation:
    """What the database must hold after the kill, from the journals."""

    confirmed: dict[str, State] = field(default_factory=dict)  # title -> last confirmed state
    steps: int = 0  # confirmed service calls
    in_flight_op: str | None = None  # the call that had begun but not returned, if any
    in_flight: dict[str, State] = field(default_factory=dict)  # title -> the state it would leave
    last_op: str | None = None


def read_expectation(folder: Path) -> Expectation:
    expectation = Expectation()
    for line in complete_lines(folder / JOURNAL):
        expectation.confirmed.update(line["records"])
        expectation.steps = line["step"] + 1
        expectation.last_op = line["op"]
    intents = complete_lines(folder / INTENTS)
    if intents and intents[-1]["step"] == expectation.steps:
        expectation.in_flight_op = intents[-1]["op"]
        expectation.in_flight = intents[-1]["records"]
    return expectation
