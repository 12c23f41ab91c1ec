"""The audit trail's hash chain: every entry carries the hash of the one before it.

An entry's `entry_hash` is the SHA-256 of its predecessor's hash and its own stored values;
`prev_hash` repeats the predecessor's hash. Entries are sealed in id order inside the
transaction that wrote them (`Database.session` calls `seal` before committing when an entry
was added), so a committed trail is always fully sealed. SQLite triggers (migrations 0002 and
0005) refuse every UPDATE except the one that seals an unsealed entry, and every DELETE.
Anyone who edits a row directly, or deletes or inserts one, breaks the chain from there on;
`first_broken` names the first such entry (`ppid-desktop check`).
"""

from __future__ import annotations

import hashlib
import json
from typing import Any

from sqlalchemy import Connection, text

PENDING = "audit_entries_pending"  # Session.info key: this transaction added audit entries
_FIELDS = "record_id, occurred_at, officer_id, action, summary, changes"


def entry_hash(prev_hash: str, values: tuple[Any, ...] | list[Any]) -> str:
    payload = json.dumps([prev_hash, *values], ensure_ascii=False, separators=(",", ":"), default=str)
    return hashlib.sha256(payload.encode("utf-8")).hexdigest()


def seal(connection: Connection) -> int:
    """Hash the entries not yet sealed, in id order, after the last sealed one. Their number."""
    last = connection.execute(
        text("SELECT id, entry_hash FROM audit_entry WHERE entry_hash != '' ORDER BY id DESC LIMIT 1")
    ).first()
    prev, after = (last[1], last[0]) if last is not None else ("", 0)
    rows = connection.execute(text(f"SELECT id, {_FIELDS} FROM audit_entry WHERE id > :after ORDER BY id"), {"after": after}).all()
    updates = []
    for row in rows:
        sealed = entry_hash(prev, tuple(row[1:]))
        updates.append({"id": row[0], "prev": prev, "sealed": sealed})
        prev = sealed
    if updates:
        connection.execute(text("UPDATE audit_entry SET prev_hash = :prev, entry_hash = :sealed WHERE id = :id"), updates)
    return len(updates)


def first_broken(connection: Connection) -> tuple[int, str] | None:
    """(id, reason in Indonesian) of the first entry that does not fit the chain, or None."""
    prev = ""
    rows = connection.execute(text(f"SELECT id, prev_hash, entry_hash, {_FIELDS} FROM audit_entry ORDER BY id"))
    for row in rows:
        entry_id, stored_prev, stored_hash = row[0], row[1], row[2]
        if not stored_hash:
            return entry_id, "belum tersegel: ditambahkan di luar PPID Desktop"
        if stored_prev != prev:
            return entry_id, "tidak bersambung dengan catatan sebelumnya (ada catatan yang dihapus, disisipkan atau diubah)"
        if entry_hash(prev, tuple(row[3:])) != stored_hash:
            return entry_id, "isinya telah diubah sesudah dicatat"
        prev = stored_hash
    return None
