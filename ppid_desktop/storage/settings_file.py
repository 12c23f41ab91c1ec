"""settings.ini in the data folder: per-installation settings that are not the office's data.

What lives here differs from laptop to laptop or must be known before the sign-in, so it cannot
be in the (encrypted) database: the shared-drive folders (services/handover_settings.py) and the
language of the window (services/language.py). The window once wrote this file through QSettings,
so values are written the way QSettings' INI format reads them back (quoted, backslashes doubled)
and read whichever way QSettings wrote them. A writer replaces only its own keys; every other
line of the file is kept as it was, and the file is replaced whole (temporary file, fsync, rename).
"""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

from ppid_desktop.domain.errors import UserError, describe_os_error
from ppid_desktop.domain.texts import QT_TR_NOOP
from ppid_desktop.storage.paths import DataPaths


def unquote(value: str) -> str:
    value = value.strip()
    if len(value) >= 2 and value[0] == value[-1] == '"':
        value = value[1:-1]
    out, i = [], 0
    while i < len(value):
        if value[i] == "\\" and i + 1 < len(value):
            out.append(value[i + 1])
            i += 2
        else:
            out.append(value[i])
            i += 1
    return "".join(out)


def quote(value: str) -> str:
    return '"' + value.replace("\\", "\\\\").replace('"', '\\"') + '"'


def _read_lines(paths: DataPaths) -> list[str]:
    try:
        return paths.settings_file.read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError):
        return []  # missing or unreadable: every setting takes its default


def read_section(paths: DataPaths, section: str) -> dict[str, str]:
    """The keys of `section`, values unquoted."""
    values: dict[str, str] = {}
    current = ""
    for line in _read_lines(paths):
        stripped = line.strip()
        if stripped.startswith("[") and stripped.endswith("]"):
            current = stripped[1:-1].strip()
        elif current == section and "=" in stripped:
            key, _sep, value = stripped.partition("=")
            values[key.strip()] = unquote(value)
    return values


def write_keys(paths: DataPaths, section: str, wanted: dict[str, str], failure: str) -> None:
    """Put `wanted` (key -> value as written, see `quote`) in `section`, keeping every other line.

    `failure` is the Indonesian sentence start used when the file cannot be written; the OS
    reason and what to do are added to it."""
    lines, current, out, written = _read_lines(paths), "", [], False
    new_block = [f"{key}={value}" for key, value in wanted.items()]
    for line in lines:
        stripped = line.strip()
        if stripped.startswith("[") and stripped.endswith("]"):
            current = stripped[1:-1].strip()
            out.append(line)
            if current == section:
                out += new_block
                written = True
            continue
        if current == section and stripped.partition("=")[0].strip() in wanted:
            continue
        out.append(line)
    if not written:
        if out and out[-1].strip():
            out.append("")
        out += [f"[{section}]", *new_block]
    try:
        paths.root.mkdir(parents=True, exist_ok=True)
        fd, temp = tempfile.mkstemp(prefix=".settings-", suffix=".ini.part", dir=paths.root)
        try:
            with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as handle:
                handle.write("\n".join(out) + "\n")
                handle.flush()
                os.fsync(handle.fileno())
            os.replace(temp, paths.settings_file)
        except BaseException:
            Path(temp).unlink(missing_ok=True)
            raise
    except OSError as exc:
        raise UserError(
            QT_TR_NOOP("{failure} ({reason}). Periksa izin folder data."), failure=failure, reason=describe_os_error(exc)
        ) from exc
