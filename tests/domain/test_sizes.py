"""File sizes and counts as Indonesian readers write them."""

from __future__ import annotations

import pytest

from ppid_desktop.domain.sizes import format_count, format_size


@pytest.mark.parametrize(
    ("size", "text"),
    [
        (0, "0 B"),
        (850, "850 B"),
        (1024, "1,0 KB"),
        (350_000, "341,8 KB"),
        (1_258_291, "1,2 MB"),
        (1024 * 1024 * 1024 - 1, "1,0 GB"),
        (3 * 1024**4, "3,0 TB"),
    ],
)
def test_sizes_use_the_decimal_comma(size: int, text: str) -> None:
    assert format_size(size) == text


def test_counts_use_the_thousands_period() -> None:
    assert format_count(12345) == "12.345"
    assert format_count(7) == "7"
