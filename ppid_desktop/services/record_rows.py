"""One line of a register table, and how it is made from stored values.

No SQLAlchemy here: the window's first paint (services/first_paint.py) builds the same
rows from plain sqlite3 values that services/records.py builds from ORM objects.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from typing import Protocol

from ppid_desktop.domain.enums import Classification, RecordStatus
from ppid_desktop.domain.legal import LegalGround, format_legal_grounds

FIRST_PAGE = 200  # ids a list shows at once; the rest follow from a background query


@dataclass(frozen=True)
class RecordRow:
    """One line of a register table."""

    id: int
    uid: str
    register_number: str
    title: str
    unit_name: str
    legal_text: str
    stage_code: str
    status: RecordStatus
    classification: Classification
    updated_at: datetime
    stage_entered_at: datetime
    period_end: date | None = None
    period_condition: str = ""  # with period_end, the period (the window words it, ui/formatting.display_period)
    finished: bool = False
    archived: bool = False


class StoredRecord(Protocol):
    """The stored columns a register line is made of: an ORM record or a first-paint row."""

    id: int
    uid: str
    register_number: str
    title: str
    period_start: date | None
    period_end: date | None
    period_condition: str
    stage_code: str
    status: str
    classification: str
    updated_at: datetime
    stage_entered_at: datetime
    finished_at: datetime | None
    archived_at: datetime | None


def make_record_row(stored: StoredRecord, unit_name: str, grounds: list[LegalGround]) -> RecordRow:
    return RecordRow(
        id=stored.id,
        uid=stored.uid,
        register_number=stored.register_number,
        title=stored.title,
        unit_name=unit_name,
        legal_text=format_legal_grounds(grounds),
        stage_code=stored.stage_code,
        status=RecordStatus(stored.status),
        classification=Classification(stored.classification),
        updated_at=stored.updated_at,
        stage_entered_at=stored.stage_entered_at,
        period_end=stored.period_end,
        period_condition=stored.period_condition,
        finished=stored.finished_at is not None,
        archived=stored.archived_at is not None,
    )
