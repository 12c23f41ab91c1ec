"""One line of a register table, and how it is made from stored values.

No SQLAlchemy here: the window's first paint (services/first_paint.py) builds the same
rows from plain sqlite3 values that services/records.py builds from ORM objects.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from ppid_desktop.domain.enums import Classification, RecordStatus
from ppid_desktop.domain.legal import LegalGround, format_legal_grounds
from ppid_desktop.domain.record import format_period

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
    period_text: str
    stage_code: str
    status: RecordStatus
    classification: Classification
    updated_at: datetime
    stage_entered_at: datetime
    period_end: date | None = None
    finished: bool = False
    archived: bool = False


def make_record_row(
    *,
    id: int,
    uid: str,
    register_number: str,
    title: str,
    unit_name: str,
    grounds: list[LegalGround],
    period_start: date | None,
    period_end: date | None,
    period_condition: str,
    stage_code: str,
    status: str,
    classification: str,
    updated_at: datetime,
    stage_entered_at: datetime,
    finished_at: datetime | None,
    archived_at: datetime | None,
) -> RecordRow:
    return RecordRow(
        id=id,
        uid=uid,
        register_number=register_number,
        title=title,
        unit_name=unit_name,
        legal_text=format_legal_grounds(grounds),
        period_text=format_period(period_start, period_end, period_condition),
        stage_code=stage_code,
        status=RecordStatus(status),
        classification=Classification(classification),
        updated_at=updated_at,
        stage_entered_at=stage_entered_at,
        period_end=period_end,
        finished=finished_at is not None,
        archived=archived_at is not None,
    )
