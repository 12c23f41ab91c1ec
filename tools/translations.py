"""Keep the translations in step with the code (Qt Linguist workflow).

    uv run python tools/translations.py update    # collect texts into resources/i18n/*.ts (lupdate)
    uv run python tools/translations.py release   # compile the .ts files to the .qm the app loads
    uv run python tools/translations.py check     # exit 1 if a text lacks a translation or a .qm is stale

After `update`, open resources/i18n/ppid_desktop_en.ts in Qt Linguist (`uv run pyside6-linguist`),
translate what is marked unfinished, save, and run `release`. Commit the .ts and the .qm together
(the .qm is built from the .ts, and tests/test_translations.py checks that it matches; it is
committed so the app runs from a fresh clone without a build step).

qtbase_id.ts is written by hand, not by lupdate: Qt's own texts (standard buttons, the edit menu
of text fields, the wizard's buttons) in Indonesian, which Qt does not ship.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path
from xml.etree import ElementTree

ROOT = Path(__file__).resolve().parents[1]
I18N = ROOT / "resources" / "i18n"
APP_TS = I18N / "ppid_desktop_en.ts"
CATALOGUES = ("ppid_desktop_en", "qtbase_id")


def _tool(name: str) -> str:
    found = shutil.which(f"pyside6-{name}") or shutil.which(f"pyside6-{name}", path=str(Path(sys.executable).parent))
    if found is None:
        raise SystemExit(f"pyside6-{name} not found: install the project (uv sync) first")
    return found


def sources() -> list[str]:
    """Every module of the app except the command line, which speaks Indonesian only."""
    package = ROOT / "ppid_desktop"
    return sorted(str(path.relative_to(ROOT)) for path in package.rglob("*.py")
                  if "cli" not in path.relative_to(package).parts[:1] and "migrations" not in path.parts)


def update(ts: Path = APP_TS) -> None:
    subprocess.run([_tool("lupdate"), *sources(), "-ts", str(ts), "-source-language", "id_ID",
                    "-target-language", "en_GB", "-no-obsolete", "-locations", "relative", "-silent"],
                   cwd=ROOT, check=True)


def release(out_dir: Path = I18N) -> None:
    for name in CATALOGUES:
        subprocess.run([_tool("lrelease"), "-silent", str(I18N / f"{name}.ts"), "-qm", str(out_dir / f"{name}.qm")],
                       check=True)


def problems() -> list[str]:
    """What is out of step: texts without a finished translation, .qm files not built from the .ts."""
    found: list[str] = []
    with tempfile.TemporaryDirectory() as scratch:
        copy = Path(scratch) / APP_TS.name
        shutil.copyfile(APP_TS, copy)
        update(copy)
        found += catalogue_problems(copy)
        release(Path(scratch))
        for name in CATALOGUES:
            built, committed = Path(scratch) / f"{name}.qm", I18N / f"{name}.qm"
            if not committed.exists() or built.read_bytes() != committed.read_bytes():
                found.append(f"{committed.relative_to(ROOT)} is not built from its .ts: run `release`")
    return found


def _fields(text: str) -> list[str]:
    """The values a text is filled with: {name} fields and %n."""
    return sorted(re.findall(r"(?<!\{)\{[A-Za-z_][A-Za-z0-9_]*\}(?!\})", text) + re.findall(r"%n", text))


def catalogue_problems(ts: Path) -> list[str]:
    """Texts without a finished translation, and translations whose {fields} or %n differ from
    their source's (the window would fall back to Indonesian, or fill in the wrong value)."""
    found = []
    for message in ElementTree.parse(ts).getroot().iter("message"):
        source = message.findtext("source") or ""
        translation = message.find("translation")
        forms = [form.text or "" for form in translation.iter("numerusform")] or [translation.text or ""]
        if translation.get("type") in ("unfinished", "vanished", "obsolete") or not all(forms):
            found.append(f"untranslated: {source}")
        for form in forms:
            if form and _fields(form) != _fields(source):
                found.append(f"fields differ: {source!r} -> {form!r}")
    return found


def main(argv: list[str]) -> int:
    command = argv[0] if argv else ""
    if command == "update":
        update()
    elif command == "release":
        release()
    elif command == "check":
        found = problems()
        print("\n".join(found) or "translations complete")
        return 1 if found else 0
    else:
        print(__doc__)
        return 2
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
