"""PPID Desktop: offline documentation of exempted public information (UU 14/2008)."""

from importlib.metadata import PackageNotFoundError, version

try:
    __version__ = version("ppid-desktop")
except PackageNotFoundError:  # running from a source tree that was never installed
    __version__ = "0.0.0"
