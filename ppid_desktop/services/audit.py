"""The audit trail: appended by every service that changes a record, read by the history view.

Entries are only ever inserted; the database refuses UPDATE and DELETE on them.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, fields
from datetime import date, datetime
from enum import Enum

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from ppid_desktop.domain.legal import format_legal_grounds
from ppid_desktop.domain.record import FIELD_LABELS, RecordDraft
from ppid_desktop.domain.texts import QT_TR_NOOP
from ppid_desktop.storage.database import Database
from ppid_desktop.storage import audit_chain
from ppid_desktop.storage.models import AuditEntry

ACTION_LABELS = {
    "create": QT_TR_NOOP("Rekaman dibuat"),
    "update": QT_TR_NOOP("Rekaman diubah"),
    "check": QT_TR_NOOP("Syarat dicentang"),
    "uncheck": QT_TR_NOOP("Centang syarat dibatalkan"),
    "complete": QT_TR_NOOP("Tahap diselesaikan"),
    "approve": QT_TR_NOOP("Disetujui pimpinan PPID"),
    "return": QT_TR_NOOP("Dikembalikan untuk koreksi"),
    "attach": QT_TR_NOOP("Berkas dilampirkan"),
    "consequence_test": QT_TR_NOOP("Uji konsekuensi selesai"),
    "determine": QT_TR_NOOP("Ditetapkan"),
    "archive": QT_TR_NOOP("Diarsipkan"),
    "revise": QT_TR_NOOP("Revisi sesudah diarsipkan"),
    "extend": QT_TR_NOOP("Jangka waktu diperpanjang"),
    "open": QT_TR_NOOP("Informasi dibuka (pindah ke DIP)"),
    "export": QT_TR_NOOP("Diserahkan dalam paket serah terima"),
    "import": QT_TR_NOOP("Diterima melalui paket serah terima"),
    # Office-level entries (no record) of services/staff.py: units and officers after set-up.
    "unit_add": QT_TR_NOOP("Unit ditambahkan"),
    "unit_rename": QT_TR_NOOP("Unit diubah"),
    "unit_disable": QT_TR_NOOP("Unit dinonaktifkan"),
    "unit_enable": QT_TR_NOOP("Unit diaktifkan kembali"),
    "officer_add": QT_TR_NOOP("Pejabat ditambahkan"),
    "officer_update": QT_TR_NOOP("Data pejabat diubah"),
    "officer_disable": QT_TR_NOOP("Pejabat dinonaktifkan"),
    "officer_enable": QT_TR_NOOP("Pejabat diaktifkan kembali"),
}


@dataclass(frozen=True)
class HistoryEntry:
    occurred_at: datetime
    officer: str
    action: str
    action_label: str
    summary: str
    changes: dict[str, tuple[str, str]]  # field label -> (before, after)


def _display(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, Enum):
        return getattr(value, "label", str(value.value))
    if isinstance(value, date):
        return value.strftime("%d-%m-%Y")
    if isinstance(value, list):
        return format_legal_grounds(value)
    return str(value)


def diff_drafts(before: RecordDraft, after: RecordDraft, unit_names: dict[int, str]) -> dict[str, tuple[str, str]]:
    """Changed fields, keyed by their Indonesian label, as display text before and after."""
    changes: dict[str, tuple[str, str]] = {}
    for item in fields(RecordDraft):
        old, new = getattr(before, item.name), getattr(after, item.name)
        if old == new:
            continue
        if item.name == "unit_id":
            old, new = unit_names.get(old, old), unit_names.get(new, new)  # type: ignore[arg-type]
        changes[FIELD_LABELS.get(item.name, item.name)] = (_display(old), _display(new))
    return changes


def append(
    session: Session,
    record_id: int | None,
    officer_id: int | None,
    action: str,
    summary: str = "",
    changes: dict[str, tuple[str, str]] | None = None,
) -> None:
    session.info[audit_chain.PENDING] = True  # Database.session seals it into the chain at commit
    session.add(
        AuditEntry(
            record_id=record_id,
            officer_id=officer_id,
            action=action,
            summary=summary,
            changes=json.dumps({k: list(v) for k, v in (changes or {}).items()}, ensure_ascii=False) if changes else "",
        )
    )


def history(db: Database, record_id: int) -> list[HistoryEntry]:
    """Every entry for a record, oldest first."""
    with db.session() as session:
        rows = session.scalars(
            select(AuditEntry)
            .where(AuditEntry.record_id == record_id)
            .options(selectinload(AuditEntry.officer))
            .order_by(AuditEntry.occurred_at, AuditEntry.id)
        )
        entries = []
        for row in rows:
            raw = json.loads(row.changes) if row.changes else {}
            entries.append(
                HistoryEntry(
                    occurred_at=row.occurred_at,
                    officer=row.officer.name if row.officer else "",
                    action=row.action,
                    action_label=ACTION_LABELS.get(row.action, row.action),
                    summary=row.summary,
                    changes={key: (value[0], value[1]) for key, value in raw.items()},
                )
            )
        return entries
