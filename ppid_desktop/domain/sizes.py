"""File sizes as Indonesian readers write them: "1,2 MB", with the decimal comma."""

from __future__ import annotations

_UNITS = ("KB", "MB", "GB", "TB")


def format_size(size: int) -> str:
    """``"850 B"``, ``"1,2 MB"``: binary units as Windows Explorer shows them, one decimal."""
    if size < 1024:
        return f"{max(size, 0)} B"
    value = float(size)
    for unit in _UNITS:
        value /= 1024
        if round(value, 1) < 1024 or unit == _UNITS[-1]:
            return f"{value:.1f} {unit}".replace(".", ",")
    raise AssertionError("unreachable")  # pragma: no cover


def format_count(count: int) -> str:
    """``"12.345"``: thousands separated by periods."""
    return f"{count:,}".replace(",", ".")
