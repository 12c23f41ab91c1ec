"""The bundle's metadata comes from the one version number in ppid_desktop/__init__.py."""

from __future__ import annotations

import re
import sys
from pathlib import Path

import pytest

from ppid_desktop import __version__

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "packaging"))

from windows_version import version_strings, version_tuple  # noqa: E402


@pytest.mark.parametrize(
    ("version", "numbers"),
    [("0.1.0", (0, 1, 0, 0)), ("1.2", (1, 2, 0, 0)), ("2.0.1rc1", (2, 0, 1, 0)), ("3.4.5.6.7", (3, 4, 5, 6)), ("1.0.0+local", (1, 0, 0, 0))],
)
def test_windows_wants_four_numbers(version: str, numbers: tuple[int, int, int, int]) -> None:
    assert version_tuple(version) == numbers


def test_a_version_without_numbers_is_refused() -> None:
    with pytest.raises(ValueError):
        version_tuple("dev")


def test_explorer_shows_the_package_version() -> None:
    strings = version_strings(__version__, "ppid-desktop")
    assert strings["ProductVersion"] == __version__
    assert strings["FileVersion"] == ".".join(str(n) for n in version_tuple(__version__))
    assert strings["OriginalFilename"] == "ppid-desktop.exe"


def test_build_spec_and_installer_read_the_same_version_number() -> None:
    spec = (ROOT / "build.spec").read_text(encoding="utf-8")
    pattern = re.search(r"re\.search\(r'(.+?)'", spec)
    assert pattern is not None
    init = (ROOT / "ppid_desktop" / "__init__.py").read_text(encoding="utf-8")
    assert re.search(pattern.group(1), init).group(1) == __version__
    installer = (ROOT / "packaging" / "ppid-desktop.iss").read_text(encoding="utf-8")
    assert "AppVersion={#AppVersion}" in installer
    assert "[UninstallDelete]" not in installer.split("; No [UninstallDelete]")[0]  # the data folder stays


def test_ci_runs_the_readme_test_command_and_the_bundle_self_test() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    test_command = "python -m pip install uv && python -m uv run pytest"
    assert test_command in readme
    assert "pip install --quiet uv && python3 -m uv run pytest" in ci
    assert "ppid-desktop-cli self-test" in ci
