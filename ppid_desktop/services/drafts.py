"""Crash-recovery copies of what an editor holds but has not saved yet.

An open editor with unsaved changes writes its form to `drafts/<key>.json` in the data
folder (temp name, flush, fsync, rename), and removes it once the record is saved or the
clerk discards the changes. Whatever is still there at the next start was lost to a crash
or a power cut, and is offered back. Drafts the clerk declines are moved aside, not deleted.

A draft holds record text, so in an encrypted data folder (`DataPaths.key`) it is written as
`drafts/<key>.json.enc`: the same JSON sealed with AES-256-GCM under the "drafts" subkey, bound
to its key (storage/crypto.py). One that fails to decrypt is skipped and kept, like a damaged
draft; a plain `.json` draft found there (left from before the folder was encrypted) is not
offered either, since anyone could have put it there, and goes when its record's draft does.
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
from ppid_desktop.storage import crypto
from ppid_desktop.storage.paths import DataPaths

log = logging.getLogger(__name__)
FORMAT = 1
DECLINED_FOLDER = "ditolak"
PLAIN_SUFFIX = ".json"
SEALED_SUFFIX = ".json.enc"
SEALED_MAGIC = b"PPIDDRF1"  # a sealed draft: this, a 12-byte nonce, then AES-GCM(JSON)


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


def _suffix(paths: DataPaths) -> str:
    return PLAIN_SUFFIX if paths.key is None else SEALED_SUFFIX


def _path(paths: DataPaths, key: str, suffix: str | None = None) -> Path:
    if not key.replace("-", "").isalnum():
        raise ValueError(f"bad draft key {key!r}")
    return paths.drafts / f"{key}{suffix or _suffix(paths)}"


def _seal(paths: DataPaths, key: str, data: bytes) -> bytes:
    """AES-GCM under the "drafts" subkey, bound to the draft's key so a draft cannot pass for another's."""
    assert paths.key is not None
    return SEALED_MAGIC + crypto.wrap_key(crypto.subkey(paths.key, "drafts"), data, key)


def _open(paths: DataPaths, key: str, sealed: bytes) -> bytes:
    if not sealed.startswith(SEALED_MAGIC) or paths.key is None:
        raise ValueError("not a sealed draft")
    try:
        return crypto.unwrap_key(crypto.subkey(paths.key, "drafts"), sealed[len(SEALED_MAGIC):], key)
    except crypto.DecryptionFailed as exc:
        raise ValueError("the draft fails authentication (altered, or sealed with another key)") from exc


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
    data = json.dumps(payload, ensure_ascii=False).encode("utf-8")
    if paths.key is not None:
        data = _seal(paths, key, data)
    try:
        paths.drafts.mkdir(parents=True, exist_ok=True)
        _write_atomically(_path(paths, key), data)
    except OSError as exc:
        log.warning("draft %s could not be written: %s", key, exc)


def _write_atomically(target: Path, data: bytes) -> None:
    partial = target.with_name(target.name + ".part")
    try:
        with open(partial, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        partial.replace(target)
    except OSError:
        with contextlib.suppress(OSError):
            partial.unlink(missing_ok=True)
        raise


def seal_plain_drafts(paths: DataPaths) -> int:
    """Seal the plain drafts of a folder being encrypted (services/encryption.py), the declined
    ones too, each in place of its plain file; returns how many. Raises OSError."""
    if paths.key is None:
        raise ValueError("sealing drafts needs the folder's key")
    count = 0
    for folder in (paths.drafts, paths.drafts / DECLINED_FOLDER):
        for plain in sorted(folder.glob(f"*{PLAIN_SUFFIX}")) if folder.is_dir() else []:
            key = plain.name[: -len(PLAIN_SUFFIX)]
            _write_atomically(plain.with_name(key + SEALED_SUFFIX), _seal(paths, key, plain.read_bytes()))
            plain.unlink()
            count += 1
    return count


def discard_draft(paths: DataPaths, key: str) -> None:
    # Both forms: a plain draft left from before the folder was encrypted goes with its record's.
    for suffix in (PLAIN_SUFFIX, SEALED_SUFFIX):
        try:
            _path(paths, key, suffix).unlink(missing_ok=True)
        except OSError as exc:
            log.warning("draft %s could not be removed: %s", key, exc)


def pending_drafts(paths: DataPaths) -> list[SavedDraft]:
    """Drafts left by an earlier session, oldest first. Unreadable files are skipped and kept."""
    found: list[SavedDraft] = []
    if not paths.drafts.is_dir():
        return found
    suffix = _suffix(paths)
    for file in sorted(paths.drafts.glob(f"*{suffix}")):
        key = file.name[: -len(suffix)]
        try:
            data = file.read_bytes()
            if paths.key is not None:
                data = _open(paths, key, data)
            payload = json.loads(data.decode("utf-8"))
            record_id = payload.get("record_id")
            version = payload.get("expected_version")
            found.append(
                SavedDraft(
                    key=key,
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
