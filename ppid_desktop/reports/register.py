"""The Daftar Informasi yang Dikecualikan (DIK) register as a PDF.

Kop, title with the year/filter line, the document number, then the table
No | Informasi yang dikecualikan | Dasar hukum pengecualian | Konsekuensi bila dibuka |
Konsekuensi bila ditutup | Jangka waktu pengecualian | Unit penguasa informasi | Keterangan
with its header on every page, then the signature blocks. Rows are streamed: 10,000 records
cost no more memory than 100 (see `grid` for how, and bench/bench_register_pdf.py for speed).
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable, Iterator, Sequence
from pathlib import Path

from reportlab.lib.colors import Color
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable, PageBreak, Spacer

from ppid_desktop.reports.fonts import BOLD, REGULAR, clean, register_fonts
from ppid_desktop.reports.grid import Column, GridStyle, GridTable, Header, Hooks, Row
from ppid_desktop.reports.layout import CopyStart, Kop, PageDecor, Signatures, body_box, build_pdf, centred_lines
from ppid_desktop.reports.model import IsCancelled, Marking, Progress, RegisterDocument, RegisterRow
from ppid_desktop.reports.output import write_atomically
from ppid_desktop.reports.wrapping import Measurer, measurers_for, wrap

HEADINGS: tuple[str, ...] = (
    "No",
    "Informasi yang dikecualikan",
    "Dasar hukum pengecualian",
    "Konsekuensi bila dibuka",
    "Konsekuensi bila ditutup",
    "Jangka waktu pengecualian",
    "Unit penguasa informasi",
    "Keterangan",
)
# Shares of the width after the No column (which is as wide as a 5-digit number).
WEIGHTS: tuple[float, ...] = (22.0, 14.5, 16.0, 16.0, 11.0, 10.5, 10.0)
STYLE = GridStyle(size=8.0, leading=9.6)
HEADER_FILL = Color(0.88, 0.88, 0.88)

RowsSource = Callable[[], Iterable[RegisterRow]] | Iterable[RegisterRow]


def column_widths(total_width: float, style: GridStyle = STYLE) -> list[float]:
    number = stringWidth("00000", REGULAR, style.size) + 2 * style.pad_x
    rest = total_width - number
    share = sum(WEIGHTS)
    return [number] + [rest * w / share for w in WEIGHTS]


class RegisterHeader(Header):
    """Column titles (bold, centred, wrapped) over a row of column numbers (1) ... (8)."""

    def __init__(self, widths: Sequence[float], style: GridStyle = STYLE) -> None:
        self.widths = list(widths)
        self.style = style
        # Narrow (portrait) columns get a smaller title face rather than words broken in two.
        longest = [max(stringWidth(word, BOLD, 1) for word in title.split()) for title in HEADINGS]
        self.size = max(5.5, min([style.size] + [(w - 2 * style.pad_x) / l for w, l in zip(widths, longest)]))
        self.leading = self.size * 1.2
        measure = Measurer(BOLD, self.size)
        self.lines = [wrap(title, w - 2 * style.pad_x, measure) for title, w in zip(HEADINGS, widths)]
        self.title_height = style.padding + max(len(lines) for lines in self.lines) * self.leading
        self.number_height = style.leading + 2
        self.height = self.title_height + self.number_height
        self.width = sum(self.widths)

    def draw(self, canv: Canvas, x: float, top: float) -> None:
        st = self.style
        width = sum(self.widths)
        canv.saveState()
        canv.setFillColor(HEADER_FILL)
        canv.rect(x, top - self.height, width, self.height, stroke=0, fill=1)
        canv.restoreState()
        left = x
        rules = canv.beginPath()
        for i, (w, lines) in enumerate(zip(self.widths, self.lines)):
            # Titles are centred vertically in the title row.
            block = len(lines) * self.leading
            baseline = top - (self.title_height - block) / 2 - self.size * 0.93
            canv.setFont(BOLD, self.size)
            for line in lines:
                canv.drawCentredString(left + w / 2, baseline, line)
                baseline -= self.leading
            canv.setFont(REGULAR, st.size - 1)
            canv.drawCentredString(left + w / 2, top - self.title_height - st.leading + 1.5, f"({i + 1})")
            rules.moveTo(left, top)
            rules.lineTo(left, top - self.height)
            left += w
        rules.moveTo(left, top)
        rules.lineTo(left, top - self.height)
        for y in (top, top - self.title_height):
            rules.moveTo(x, y)
            rules.lineTo(left, y)
        canv.setLineWidth(st.rule)
        canv.drawPath(rules, stroke=1, fill=0)


class RowLayout:
    """Turns RegisterRows into laid-out grid rows (the hot path: keep it lean)."""

    def __init__(self, widths: Sequence[float], style: GridStyle = STYLE) -> None:
        self.style = style
        self.inner = [w - 2 * style.pad_x for w in widths]
        self.measurers = measurers_for(style.size)

    def __call__(self, r: RegisterRow) -> Row:
        inner = self.inner
        regular, bold, italic = self.measurers[0], self.measurers[1], self.measurers[2]
        info: list[tuple[int, str, float]] = [(1, line, 0.0) for line in wrap(clean(r.title), inner[1], bold)]
        if r.summary:
            info += [(0, line, 0.0) for line in wrap(clean(r.summary), inner[1], regular)]
        if r.register_number:
            info += [(2, line, 0.0) for line in wrap(clean(f"No. register: {r.register_number}"), inner[1], italic)]
        cells = [[(0, str(r.number), 0.0)], info]
        for text, width in zip(
            (r.dasar_hukum, r.konsekuensi_dibuka, r.konsekuensi_ditutup, r.jangka_waktu, r.unit, r.keterangan),
            inner[2:],
        ):
            cells.append([(0, line, 0.0) for line in wrap(clean(text), width, regular)] if text else [])
        lines = max(map(len, cells))
        return Row(cells, self.style.padding + lines * self.style.leading)


def laid_out_rows(rows: Iterable[RegisterRow], widths: Sequence[float], empty_text: str, style: GridStyle = STYLE) -> Iterator[Row]:
    """The grid rows of `rows`; one spanning "nothing here" row when there are none."""
    layout = RowLayout(widths, style)
    empty = True
    for row in rows:
        empty = False
        yield layout(row)
    if empty:
        line = [(2, t, 0.0) for t in wrap(clean(empty_text), sum(widths) - 2 * style.pad_x, layout.measurers[2])]
        yield Row([line], style.padding + len(line) * style.leading + 8, count=0, span=True)


def _copy_story(document: RegisterDocument, rows: Iterable[RegisterRow], hooks: Hooks, decor: PageDecor, index: int, marking: Marking) -> list[Flowable]:
    _x, _y, width, height = body_box(document.setup)
    widths = column_widths(width)
    titles = [(document.title, BOLD, 13.0)] + [(line, BOLD, 11.0) for line in document.subtitle_lines]
    number = document.number.strip() or "." * 36
    signatures = Signatures(document.approver, document.signer) if document.signer or document.approver else None
    table = GridTable(
        [Column(widths[0], "center")] + [Column(w) for w in widths[1:]],
        RegisterHeader(widths),
        laid_out_rows(rows, widths, document.empty_text),
        STYLE,
        height,
        hooks,
        keep_with_next=signatures.wrap(width, height)[1] if signatures else 0.0,
    )
    story: list[Flowable] = [CopyStart(decor, index, marking)] if marking.copy_number else []
    story += [
        Kop(document.letterhead),
        Spacer(1, 4 * mm),
        centred_lines(titles),
        centred_lines([(f"Nomor: {number}", REGULAR, 10.0)], space_after=4 * mm),
        table,
    ]
    if signatures:
        story.append(signatures)
    return story


def write_register(
    path: str | os.PathLike[str],
    document: RegisterDocument,
    rows: RowsSource,
    *,
    total: int = 0,
    copies: int | None = None,
    progress: Progress | None = None,
    is_cancelled: IsCancelled | None = None,
) -> Path:
    """Write the register to `path` atomically and return the path.

    `rows` is an iterable of RegisterRow, or a function returning one (needed for `copies` > 1:
    each copy re-reads its rows). `total` is the number of rows, for `progress(done, total)`.
    `is_cancelled()` is polled while rows are read; when it returns True the writing stops
    with GenerationCancelled and no file is left behind.
    """
    register_fonts()
    count = max(1, copies or 1)
    numbered = copies is not None and copies >= 1

    def source() -> Iterable[RegisterRow]:
        return rows() if callable(rows) else rows

    if count > 1 and not callable(rows) and iter(rows) is rows:  # type: ignore[arg-type]
        raise TypeError("copies > 1 needs a list of rows or a function returning them")
    hooks = Hooks(progress=progress, is_cancelled=is_cancelled, total=total * count)
    decor = PageDecor(document.setup, document.marking, numbering="halaman")
    story: list[Flowable] = []
    for index in range(count):
        marking = document.marking
        if numbered:
            marking = Marking(document.marking.classification, index + 1, count)
        if index:
            story.append(PageBreak())
        story += _copy_story(document, source(), hooks, decor, index, marking)
    if numbered:
        decor.marking = Marking(document.marking.classification, 1, count)
    return write_atomically(path, lambda temp: build_pdf(temp, document.setup, document.info, decor, story))
