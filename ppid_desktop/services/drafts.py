"""Crash-recovery copies of what an editor holds but has not saved yet.

An open editor with unsaved changes writes its form to `drafts/<key>.json` in the data
folder (temp name, flush, fsync, rename), and removes it once the record is saved or the
clerk discards the changes. Whatever is still there at the next start was lost to a crash
or a power cut, and is offered back. Drafts the clerk declines are moved aside, not deleted.
"""

from __future__ import annotations

import contextlib
import json
import logging
import os
import uuid
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path

from ppid_desktop.domain.record import RecordDraft, draft_from_dict, draft_to_dict
from ppid_desktop.storage.paths import DataPaths

log = logging.getLogger(__name__)
FORMAT = 1
DECLINED_FOLDER = "ditolak"


@dataclass(frozen=True)
class SavedDraft:
    key: str
    record_id: int | None  # None for a record that was never saved
    expected_version: int | None  # the version the editor had loaded, for conflict checks
    draft: RecordDraft
    saved_at: datetime


def new_record_key() -> str:
    return f"baru-{uuid.uuid4().hex[:12]}"


def record_key(record_id: int) -> str:
    return f"rekaman-{record_id}"


def _path(paths: DataPaths, key: str) -> Path:
    if not key.replace("-", "").isalnum():
        raise ValueError(f"bad draft key {key!r}")
    return paths.drafts / f"{key}.json"


def save_draft(paths: DataPaths, key: str, record_id: int | None, expected_version: int | None, draft: RecordDraft) -> None:
    """Write the draft atomically. Failure (full disk) is logged, never raised: the editor still
    holds the text and the clerk can save it normally."""
    payload = {
        "format": FORMAT,
        "record_id": record_id,
        "expected_version": expected_version,
        "saved_at": datetime.now(timezone.utc).isoformat(),
        "draft": draft_to_dict(draft),
    }
    target = _path(paths, key)
    partial = target.with_name(target.name + ".part")
    try:
        paths.drafts.mkdir(parents=True, exist_ok=True)
        with open(partial, "w", encoding="utf-8") as handle:
            json.dump(payload, handle, ensure_ascii=False)
            handle.flush()
            os.fsync(handle.fileno())
        partial.replace(target)
    except OSError as exc:
        log.warning("draft %s could not be written: %s", key, exc)
        with contextlib.suppress(OSError):
            partial.unlink(missing_ok=True)


def discard_draft(paths: DataPaths, key: str) -> None:
    try:
        _path(paths, key).unlink(missing_ok=True)
    except OSError as exc:
        log.warning("draft %s could not be removed: %s", key, exc)


def pending_drafts(paths: DataPaths) -> list[SavedDraft]:
    """Drafts left by an earlier session, oldest first. Unreadable files are skipped and kept."""
    found: list[SavedDraft] = []
    if not paths.drafts.is_dir():
        return found
    for file in sorted(paths.drafts.glob("*.json")):
        try:
            payload = json.loads(file.read_text(encoding="utf-8"))
            record_id = payload.get("record_id")
            version = payload.get("expected_version")
            found.append(
                SavedDraft(
                    key=file.stem,
                    record_id=record_id if isinstance(record_id, int) else None,
                    expected_version=version if isinstance(version, int) else None,
                    draft=draft_from_dict(payload.get("draft") or {}),
                    saved_at=datetime.fromisoformat(payload["saved_at"]),
                )
            )
        except (OSError, ValueError, KeyError, TypeError, AttributeError) as exc:
            log.warning("draft file %s is unreadable and was skipped: %s", file, exc)
    return sorted(found, key=lambda saved: saved.saved_at)


def decline_drafts(paths: DataPaths, drafts: list[SavedDraft]) -> None:
    """Move drafts the clerk chose not to restore aside, so they are not offered again."""
    folder = paths.drafts / DECLINED_FOLDER
    folder.mkdir(parents=True, exist_ok=True)
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    for saved in drafts:
        source = _path(paths, saved.key)
        if source.exists():
            source.replace(folder / f"{stamp}-{source.name}")
