"""The layers hold: only ppid_desktop.ui imports Qt, the domain is pure Python."""

from __future__ import annotations

import re
from pathlib import Path

import subprocess
import sys

ROOT = Path(__file__).resolve().parents[1]


def test_import_linter_contracts_hold() -> None:
    # In a subprocess: import-linter configures logging, which disables the app's loggers.
    result = subprocess.run(
        [sys.executable, "-c", "import sys; from importlinter.cli import lint_imports; sys.exit(lint_imports(no_cache=True))"],
        cwd=ROOT, capture_output=True, text=True, timeout=120,
    )
    assert result.returncode == 0, result.stdout + result.stderr


def test_no_pyside_import_outside_ui() -> None:
    # import-linter sees only imports it can resolve; this also catches late imports in functions.
    pattern = re.compile(r"^\s*(from|import)\s+(PySide6|shiboken6)\b", re.MULTILINE)
    offenders = [
        str(path.relative_to(ROOT))
        for path in (ROOT / "ppid_desktop").rglob("*.py")
        if "ui" not in path.relative_to(ROOT / "ppid_desktop").parts[:1] and pattern.search(path.read_text(encoding="utf-8"))
    ]
    assert offenders == []


def test_modules_stay_readable() -> None:
    too_long = {
        str(path.relative_to(ROOT)): n
        for path in (ROOT / "ppid_desktop").rglob("*.py")
        if (n := len(path.read_text(encoding="utf-8").splitlines())) > 500
    }
    assert too_long == {}


def test_one_sqlite_library_opens_the_database() -> None:
    # storage/connect.py is the one place a DB-API connection is made (sqlcipher3, the key first).
    # Python's own sqlite3 on the same file in the same process would break SQLite's POSIX locks
    # (two copies of SQLite in one process) and could not read an encrypted database anyway.
    pattern = re.compile(r"^\s*(import sqlite3\b|from sqlite3 import)", re.MULTILINE)
    offenders = [
        str(path.relative_to(ROOT))
        for folder in ("ppid_desktop", "tests", "bench")
        for path in (ROOT / folder).rglob("*.py")
        if pattern.search(path.read_text(encoding="utf-8")) and not path.name.startswith("make_schema_")
    ]
    assert offenders == []
    connects = [
        str(path.relative_to(ROOT))
        for path in (ROOT / "ppid_desktop").rglob("*.py")
        if "driver.connect(" in path.read_text(encoding="utf-8")
    ]
    assert connects == ["ppid_desktop/storage/connect.py"]
