"""Line breaking for table cells, without Paragraph.

A Paragraph parses markup and builds fragments for every cell, which is most of what a register
of thousands of rows costs. Cell text here is plain: it is split into words, each word's width is
looked up in a cache (the same words recur in every row) and lines are filled greedily. A word
wider than the column (a long file name, a URL) is broken between characters, so no text ever
runs past its cell and none is lost. Line breaks in the text are kept; runs of spaces are not; a no-break space
(U+00A0, U+202F) keeps its two words on one line.
"""

from __future__ import annotations

from reportlab.pdfbase.pdfmetrics import stringWidth

from ppid_desktop.reports.fonts import FACES, clean, register_fonts

_CACHE_LIMIT = 200_000  # words per measurer; cleared when full so memory stays flat
_EPSILON = 1e-6


class Measurer:
    """Cached word widths for one face and size."""

    __slots__ = ("font", "size", "space", "_cache")

    def __init__(self, font: str, size: float) -> None:
        self.font = font
        self.size = size
        self._cache: dict[str, float] = {}
        self.space = stringWidth(" ", font, size)

    def __call__(self, word: str) -> float:
        width = self._cache.get(word)
        if width is None:
            if len(self._cache) >= _CACHE_LIMIT:
                self._cache.clear()
            width = self._cache[word] = stringWidth(word, self.font, self.size)
        return width


class Measurers:
    """One `Measurer` per face, for one size; index with the face number of `fonts.FACES`."""

    def __init__(self, size: float) -> None:
        register_fonts()
        self.size = size
        self.faces = tuple(Measurer(face, size) for face in FACES)

    def __getitem__(self, face: int) -> Measurer:
        return self.faces[face]


_SHARED: dict[float, Measurers] = {}


def measurers_for(size: float) -> Measurers:
    """Measurers shared by every document in this process (word widths never change)."""
    found = _SHARED.get(size)
    if found is None:
        found = _SHARED[size] = Measurers(size)
    return found


def _break_word(word: str, width: float, measure: Measurer) -> list[str]:
    """Pieces of a word too wide for the column, each as long as fits (at least one character).

    Widths add up character by character (ReportLab does not kern), so this is exact.
    """
    pieces: list[str] = []
    start, n = 0, len(word)
    limit = width + _EPSILON
    while start < n:
        used, end = 0.0, start
        while end < n:
            w = measure(word[end])
            if used + w > limit and end > start:
                break
            used += w
            end += 1
        pieces.append(word[start:end])
        start = end
    return pieces


def wrap(text: str, width: float, measure: Measurer) -> list[str]:
    """The lines of `text` in a column `width` points wide ([""] for empty text).

    Expects text already passed through `fonts.clean`.
    """
    lines: list[str] = []
    space = measure.space
    limit = width + _EPSILON
    for paragraph in text.splitlines():
        if "\u00a0" in paragraph or "\u202f" in paragraph:  # no-break spaces hold words together
            words = [word for word in paragraph.split(" ") if word]
        else:
            words = paragraph.split()
        if not words:
            if lines and lines[-1] != "":
                lines.append("")  # one blank line between paragraphs, never a run of them
            continue
        current: list[str] = []
        used = 0.0
        for word in words:
            w = measure(word)
            if w > limit:
                if current:
                    lines.append(" ".join(current))
                pieces = _break_word(word, width, measure)
                lines.extend(pieces[:-1])
                current, used = [pieces[-1]], measure(pieces[-1])
            elif not current:
                current, used = [word], w
            elif used + space + w <= limit:
                current.append(word)
                used += space + w
            else:
                lines.append(" ".join(current))
                current, used = [word], w
        lines.append(" ".join(current))
    while lines and lines[-1] == "":
        lines.pop()
    return lines or [""]


def wrap_items(items: list[str], width: float, measure: Measurer, face: int, numbered: bool = True) -> list[tuple[int, str, float]]:
    """A list as cell lines: "1. text" with the text's further lines hanging under its start."""
    out: list[tuple[int, str, float]] = []
    n = 0
    for item in items:
        item = clean(item)
        if not item.strip():
            continue
        n += 1
        mark = f"{n}. " if numbered else "\u2022 "
        indent = measure(mark)
        lines = wrap(item, width - indent, measure)
        out.append((face, mark + lines[0], 0.0))
        out.extend((face, line, indent) for line in lines[1:])
    return out


def wrap_plain(text: str, width: float, font: str, size: float) -> list[str]:
    """One-off wrapping (letters, receipts): no shared cache needed."""
    return wrap(clean(text), width, Measurer(font, size))
