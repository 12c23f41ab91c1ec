"""A fast ruled table for thousands of rows: page-sized chunks drawn straight onto the canvas.

Rows arrive from an iterator already laid out (each cell a list of (face, line) pairs, see
`wrapping`) and are pulled only as far as the current page needs, so memory stays flat however
long the register is. Each page gets the header again. A row taller than a whole page is split
between lines into a part that fills the page and a continuation row on the next page, so no
word is lost; the continuation repeats the row number marked "(lanj.)".

Platypus sees one flowable: `wrap` plans the rows that fit in the space offered, `split`
returns that page's chunk and a new `GridTable` for the rest.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from typing import NamedTuple

from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable, PageBreak

from ppid_desktop.reports import GenerationCancelled
from ppid_desktop.reports.model import IsCancelled, Progress
from ppid_desktop.reports.pdftext import FastText
from ppid_desktop.reports.wrapping import measurers_for

Cell = list[tuple[int, str, float]]  # (face index, line, indent in points)
CANCEL_CHECK_EVERY = 16  # rows


@dataclass(frozen=True)
class GridStyle:
    size: float = 8.0
    leading: float = 9.6
    pad_x: float = 2.2
    pad_top: float = 2.6
    pad_bottom: float = 2.4
    rule: float = 0.5
    min_split_lines: int = 3  # a too-tall row starts on a page only if this many lines fit

    @property
    def padding(self) -> float:
        return self.pad_top + self.pad_bottom


@dataclass(frozen=True)
class Column:
    width: float
    align: str = "left"  # "left" or "center"


class Row:
    """One laid-out table row (or part of one)."""

    __slots__ = ("cells", "height", "count", "data", "span", "continued")

    def __init__(self, cells: list[Cell], height: float, count: int = 1, data: object = None, span: bool = False) -> None:
        self.cells = cells
        self.height = height
        self.count = count  # source rows this part completes (for progress)
        self.data = data  # the caller's payload, e.g. the SOP stage for its flowchart symbol
        self.span = span  # one centred cell across all columns
        self.continued = False

    @classmethod
    def of(cls, cells: list[Cell], style: GridStyle, min_height: float = 0.0, **kwargs: object) -> "Row":
        lines = max(len(cell) for cell in cells) if cells else 0
        return cls(cells, max(style.padding + lines * style.leading, min_height), **kwargs)  # type: ignore[arg-type]


class Header:
    """The repeated header; subclasses draw their own (spanned) layouts with `draw`.

    It is drawn once per document into a PDF form and placed on every page from there,
    which keeps both the writing time and the file small.
    """

    height: float = 0.0
    width: float = 0.0

    def draw(self, canv: Canvas, x: float, top: float) -> None:  # pragma: no cover - interface
        raise NotImplementedError

    def draw_on(self, canv: Canvas, x: float, top: float) -> None:
        name = f"ppidGridHeader{id(self)}"
        if not canv.hasForm(name):
            canv.beginForm(name, 0, 0, self.width + 2, self.height + 2)
            self.draw(canv, 1, self.height + 1)
            canv.endForm()
        canv.saveState()
        canv.translate(x - 1, top - self.height - 1)
        canv.doForm(name)
        canv.restoreState()


@dataclass
class Hooks:
    progress: Progress | None = None
    is_cancelled: IsCancelled | None = None
    total: int = 0
    # decorate(canvas, [(row, x_left, y_top)]) after a chunk is drawn (SOP flowchart symbols).
    decorate: Callable[[Canvas, list[tuple[Row, float, float]]], None] | None = None


@dataclass
class _Feed:
    """Rows shared by the chain of GridTables: the source and the rows read but not yet placed."""

    source: Iterator[Row]
    hooks: Hooks
    pending: deque[Row] = field(default_factory=deque)
    exhausted: bool = False
    pulled: int = 0
    done: int = 0

    def peek(self, i: int) -> Row | None:
        while len(self.pending) <= i and not self.exhausted:
            if self.pulled % CANCEL_CHECK_EVERY == 0:
                self.check_cancelled()
            try:
                self.pending.append(next(self.source))
                self.pulled += 1
            except StopIteration:
                self.exhausted = True
        return self.pending[i] if i < len(self.pending) else None

    def check_cancelled(self) -> None:
        if self.hooks.is_cancelled is not None and self.hooks.is_cancelled():
            raise GenerationCancelled()


def split_row(row: Row, lines: int, style: GridStyle) -> tuple[Row, Row]:
    """The first `lines` lines of every cell, and the rest as a continuation row."""
    head = [cell[:lines] for cell in row.cells]
    tail = [cell[lines:] for cell in row.cells]
    if tail and not tail[0] and row.cells[0]:
        tail[0] = [(2, row.cells[0][0][1], 0.0), (2, "(lanj.)", 0.0)]  # the row number, in italics
    first = Row(head, style.padding + lines * style.leading, 0, row.data, row.span)
    rest = Row.of(tail, style, count=row.count, span=row.span)
    rest.continued = True
    return first, rest


class _Plan(NamedTuple):
    rows: list[Row]  # the rows that fit (the last may be the first part of a split row)
    rest: Row | None  # the continuation of that split row
    finished: bool  # no rows left after these
    height: float  # header and rows
    held: bool  # the last row was held back to stay with what follows


class GridTable(Flowable):
    """The table from the current row on; see the module docstring."""

    def __init__(self, columns: Sequence[Column], header: Header, feed: _Feed | Iterator[Row], style: GridStyle, page_body_height: float, hooks: Hooks | None = None, keep_with_next: float = 0.0) -> None:
        super().__init__()
        # Height of what follows (the signatures): when it would not fit under the last row,
        # the last row moves to the next page with it, so signatures never stand alone.
        self.keep_with_next = keep_with_next
        self.columns = list(columns)
        self.header = header
        self.feed = feed if isinstance(feed, _Feed) else _Feed(feed, hooks or Hooks())
        self.style = style
        self.page_body_height = page_body_height
        self.width = sum(c.width for c in self.columns)
        self._plan_for: tuple[float, _Plan] | None = None  # (space offered, plan)

    def _plan(self, avail: float) -> _Plan:
        """Which rows fit in `avail` points (pulling rows from the source as needed)."""
        if self._plan_for is not None and self._plan_for[0] == avail:
            return self._plan_for[1]
        st = self.style
        room = avail - self.header.height
        rows: list[Row] = []
        rest: Row | None = None
        used, i, finished = 0.0, 0, False
        while True:
            row = self.feed.peek(i)
            if row is None:
                finished = True
                break
            if used + row.height <= room + 1e-6:
                rows.append(row)
                used += row.height
                i += 1
                continue
            too_tall = row.height > self.page_body_height - self.header.height
            lines = int((room - used - st.padding) // st.leading)
            if too_tall and lines >= min(st.min_split_lines, max(len(c) for c in row.cells)):
                part, rest = split_row(row, lines, st)
                rows.append(part)
                used += part.height
            break
        held = finished and bool(self.keep_with_next) and len(rows) > 1 and self.header.height + used + self.keep_with_next > avail
        if held:
            used -= rows.pop().height
            finished = False
        plan = _Plan(rows, rest, finished, self.header.height + used, held)
        self._plan_for = (avail, plan)
        return plan

    def wrap(self, aw: float, ah: float) -> tuple[float, float]:
        plan = self._plan(ah)
        self.height = plan.height if plan.finished else ah + 1  # too tall: platypus will call split
        return self.width, self.height

    def split(self, aw: float, ah: float) -> list[Flowable]:
        plan = self._plan(ah)
        if not plan.rows:
            return []  # nothing fits here: the next page
        chunk = _Chunk(self, self._take(plan))
        # A last row held back for the signatures starts the next page with them.
        breaks: list[Flowable] = [PageBreak()] if plan.held else []
        return [chunk, *breaks, GridTable(self.columns, self.header, self.feed, self.style, self.page_body_height, keep_with_next=self.keep_with_next)]

    def _take(self, plan: _Plan) -> list[Row]:
        """Commit a plan: its rows leave the feed (a split row's rest stays at its front)."""
        pending = self.feed.pending
        for _ in range(len(plan.rows)):
            pending.popleft()
        if plan.rest is not None:
            pending.appendleft(plan.rest)
        self._plan_for = None
        return plan.rows

    def draw(self) -> None:  # everything left fitted on this page (wrap found it finished)
        assert self._plan_for is not None
        draw_rows(self.canv, self, self._take(self._plan_for[1]), self.height)


class _Chunk(Flowable):
    """One page's rows of a GridTable."""

    def __init__(self, table: GridTable, rows: list[Row]) -> None:
        super().__init__()
        self.table, self.rows = table, rows
        self.width = table.width
        self.height = table.header.height + sum(r.height for r in rows)

    def wrap(self, aw: float, ah: float) -> tuple[float, float]:
        return self.width, self.height

    def draw(self) -> None:
        draw_rows(self.canv, self.table, self.rows, self.height)


def draw_rows(canv: Canvas, table: GridTable, rows: list[Row], height: float) -> None:
    """Header, cell text (one text object per page) and rules; then progress and decorations."""
    st = table.style
    columns = table.columns
    width = table.width
    lefts = [0.0]
    for column in columns:
        lefts.append(lefts[-1] + column.width)
    table.header.draw_on(canv, 0, height)
    y = height - table.header.height
    measurers = measurers_for(st.size)
    text = FastText(canv, st.size)
    first_baseline = st.pad_top + st.size * 0.93
    rules: list[str] = []  # path operators, formatted here (ReportLab's fp_str is slow)
    placed: list[tuple[Row, float, float]] = []
    runs: list[tuple[float, float]] = []  # stretches of rows with inner verticals
    run_top = y
    for row in rows:
        placed.append((row, 0.0, y))
        cells = row.cells
        if row.span:
            cells = cells[:1]
        for c, cell in enumerate(cells):
            if not cell:
                continue
            column = columns[c]
            centre = row.span or column.align == "center"
            box_left, box_width = (0.0, width) if row.span else (lefts[c], column.width)
            baseline = y - first_baseline
            for face, line, indent in cell:
                if centre:
                    x = box_left + (box_width - measurers[face](line)) / 2
                else:
                    x = box_left + st.pad_x + indent
                text.line(face, x, baseline, line)
                baseline -= st.leading
        if row.span:  # no inner verticals across a spanning row
            runs.append((run_top, y))
            run_top = y - row.height
        y -= row.height
        rules.append(f"0 {y:.2f} m {width:.2f} {y:.2f} l")
    text.close()
    runs.append((run_top, y))
    body_top = height - table.header.height
    rules.append(f"0 {body_top:.2f} m {width:.2f} {body_top:.2f} l")
    for x in (lefts[0], lefts[-1]):
        rules.append(f"{x:.2f} {body_top:.2f} m {x:.2f} {y:.2f} l")
    for top, bottom in runs:
        if top - bottom > 1e-6:
            for x in lefts[1:-1]:
                rules.append(f"{x:.2f} {top:.2f} m {x:.2f} {bottom:.2f} l")
    canv.setLineWidth(st.rule)
    canv._code.append(" ".join(rules) + " S")
    feed, hooks = table.feed, table.feed.hooks
    if hooks.decorate is not None:
        hooks.decorate(canv, placed)
    feed.done += sum(r.count for r in rows)
    if hooks.progress is not None:
        hooks.progress(feed.done, max(hooks.total, feed.done))
    feed.check_cancelled()
