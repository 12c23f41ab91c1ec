"""Reading generated PDFs back with poppler-utils (pdftotext, pdfinfo, pdffonts)."""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

import pytest

POPPLER = all(shutil.which(tool) for tool in ("pdftotext", "pdfinfo", "pdffonts"))
needs_poppler = pytest.mark.skipif(not POPPLER, reason="poppler-utils (pdftotext, pdfinfo, pdffonts) is not installed")


def _run(*args: str) -> str:
    return subprocess.run(args, check=True, capture_output=True, text=True, encoding="utf-8").stdout


def info(path: Path) -> dict[str, str]:
    out = _run("pdfinfo", "-enc", "UTF-8", str(path))
    return {k.strip(): v.strip() for k, _, v in (line.partition(":") for line in out.splitlines()) if k}


def page_count(path: Path) -> int:
    return int(info(path)["Pages"])


def page_size_mm(path: Path, page: int = 1) -> tuple[float, float]:
    out = _run("pdfinfo", "-f", str(page), "-l", str(page), str(path))
    m = re.search(r"Page\s+\d+ size:\s+([\d.]+) x ([\d.]+) pts", out)
    assert m, out
    return round(float(m.group(1)) * 25.4 / 72), round(float(m.group(2)) * 25.4 / 72)


def text(path: Path, page: int | None = None, layout: bool = False) -> str:
    args = ["pdftotext", "-enc", "UTF-8"]
    if layout:
        args.append("-layout")
    if page is not None:
        args += ["-f", str(page), "-l", str(page)]
    return _run(*args, str(path), "-")


def pages(path: Path) -> list[str]:
    """The text of every page (pdftotext separates pages with form feeds)."""
    return text(path).split("\f")[: page_count(path)]


def words(text_: str) -> list[str]:
    return re.findall(r"\S+", text_)


def fonts(path: Path) -> list[dict[str, str]]:
    lines = _run("pdffonts", str(path)).splitlines()[2:]
    found = []
    for line in lines:
        parts = line.split()
        # name, type (may be two words), encoding, emb, sub, uni, object, id
        found.append({"name": parts[0], "emb": parts[-5], "sub": parts[-4]})
    return found
