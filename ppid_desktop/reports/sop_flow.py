"""The flowchart in the PELAKSANA columns of an SOP sheet.

Each stage gets a symbol in the column of each of its pelaksana: a rounded terminator for the
first and the last stage, a diamond for a review (decision) stage, a rectangle for any other
process. An arrow runs from each stage's symbol to the next one's (down, across at the row
border, down again). A review stage also gets a dashed "Tidak" arrow back up to the stage it
returns to, when both are on the same page. Where the chart continues on another page, an
off-page connector (a small pentagon with a letter) ends the page and starts the next.
"""

from __future__ import annotations

from dataclasses import dataclass

from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

from ppid_desktop.reports.fonts import BOLD, REGULAR
from ppid_desktop.reports.grid import Row

TERMINATOR, PROCESS, DECISION = "terminator", "process", "decision"
ARROW = 4.5  # arrowhead length, points
# Vertical geometry of a stage row, from its top: the row is at least ROW_MIN tall so that an
# incoming connector fits above the symbol and an outgoing one below it.
ROW_MIN = 20 * mm
SYMBOL_Y = 10 * mm
CONNECTOR = 4 * mm
CONNECTOR_IN_Y = 2.8 * mm
CONNECTOR_OUT_Y = 17.2 * mm
TURN_BELOW = 2.5 * mm  # where an arrow to another column turns, under its symbol


@dataclass(frozen=True)
class StageMark:
    """What the flowchart needs to know about one row (Row.data)."""

    index: int  # 0-based position in the stage list
    symbol: str
    columns: tuple[int, ...]  # table columns of its pelaksana (first one carries the arrows)
    return_to: int | None  # index of the stage a review sends a record back to


class FlowDrawer:
    """Called by the grid after each page of the SOP table (`Hooks.decorate`)."""

    def __init__(self, lefts: list[float], widths: list[float], stage_count: int) -> None:
        self.lefts = lefts  # x of each table column
        self.widths = widths
        self.stage_count = stage_count
        self.connectors = 0

    def _box(self, col: int, row_top: float) -> tuple[float, float, float, float]:
        """(centre x, centre y, width, height) of a symbol in a cell (rows are >= ROW_MIN tall)."""
        w = self.widths[col]
        sw = min(w * 0.72, 24 * mm)
        sh = min(6.5 * mm, sw * 0.62)
        return self.lefts[col] + w / 2, row_top - SYMBOL_Y, sw, sh

    def __call__(self, canv: Canvas, placed: list[tuple[Row, float, float]]) -> None:
        marks = [(row.data, top, row.height) for row, _x, top in placed if isinstance(row.data, StageMark)]
        if not marks:
            return
        canv.saveState()
        canv.setLineWidth(0.8)
        where = {m.index: (m, top, h) for m, top, h in marks}
        for mark, top, height in marks:
            boxes = [self._box(col, top) for col in mark.columns]
            for cx, cy, sw, sh in boxes:
                _symbol(canv, mark.symbol, cx, cy, sw, sh)
            for (ax, ay, aw, _ah), (bx, by, bw, _bh) in zip(boxes, boxes[1:]):  # several pelaksana
                canv.setDash(2, 2)
                canv.line(ax + aw / 2, ay, bx - bw / 2, by)
                canv.setDash()
            if not boxes:
                continue
            cx, cy, sw, sh = boxes[0]
            if mark.index > 0 and mark.index - 1 not in where:  # arriving from the previous page
                y = top - CONNECTOR_IN_Y
                _connector(canv, cx, y, _letter(self.connectors))
                _arrow(canv, cx, y - CONNECTOR / 2, cx, cy + sh / 2, None)
            following = mark.index + 1
            if following < self.stage_count:
                if following in where:
                    nxt, ntop, _nheight = where[following]
                    if nxt.columns:
                        tx, ty, _tw, th = self._box(nxt.columns[0], ntop)
                        _arrow(canv, cx, cy - sh / 2, tx, ty + th / 2, cy - sh / 2 - TURN_BELOW)
                        if mark.symbol == DECISION:
                            _label(canv, cx + 1.5, cy - sh / 2 - 7, "Ya")
                else:  # the next stage is on the next page
                    self.connectors += 1
                    y = top - CONNECTOR_OUT_Y
                    _arrow(canv, cx, cy - sh / 2, cx, y + CONNECTOR / 2, None)
                    _connector(canv, cx, y, _letter(self.connectors))
            if mark.symbol == DECISION and mark.return_to is not None:
                self._return_arrow(canv, mark, boxes[0], where)
        canv.restoreState()

    def _return_arrow(self, canv: Canvas, mark: StageMark, box: tuple[float, float, float, float], where: dict) -> None:
        cx, cy, sw, sh = box
        target = where.get(mark.return_to)
        if target is None or not target[0].columns:
            _label(canv, cx + sw / 2 + 1.5, cy + 2, f"Tidak: ke no. {mark.return_to + 1}")  # type: ignore[operator]
            return
        tmark, ttop, theight = target
        tx, ty, tw, _th = self._box(tmark.columns[0], ttop)
        col = max(mark.columns[0], tmark.columns[0])
        route = self.lefts[col] + self.widths[col] * 0.965
        canv.setDash(3, 2)
        path = canv.beginPath()
        path.moveTo(cx + sw / 2, cy)
        path.lineTo(route, cy)
        path.lineTo(route, ty)
        path.lineTo(tx + tw / 2 + ARROW, ty)
        canv.drawPath(path, stroke=1, fill=0)
        canv.setDash()
        _head(canv, tx + tw / 2, ty, "left")
        _label(canv, cx + sw / 2 + 1, cy - 7, "Tidak")


def _letter(n: int) -> str:
    letters = ""
    while n > 0:
        n, rest = divmod(n - 1, 26)
        letters = chr(65 + rest) + letters
    return letters


def _symbol(canv: Canvas, kind: str, cx: float, cy: float, w: float, h: float) -> None:
    if kind == TERMINATOR:
        canv.roundRect(cx - w / 2, cy - h / 2, w, h, h / 2, stroke=1, fill=0)
    elif kind == DECISION:
        path = canv.beginPath()
        path.moveTo(cx, cy + h / 2)
        path.lineTo(cx + w / 2, cy)
        path.lineTo(cx, cy - h / 2)
        path.lineTo(cx - w / 2, cy)
        path.close()
        canv.drawPath(path, stroke=1, fill=0)
    else:
        canv.rect(cx - w / 2, cy - h / 2, w, h, stroke=1, fill=0)


def _head(canv: Canvas, x: float, y: float, direction: str) -> None:
    """A filled arrowhead with its tip at (x, y)."""
    a, b = ARROW, ARROW * 0.55
    points = {"down": ((x - b, y + a), (x + b, y + a)), "left": ((x + a, y + b), (x + a, y - b))}[direction]
    path = canv.beginPath()
    path.moveTo(x, y)
    path.lineTo(*points[0])
    path.lineTo(*points[1])
    path.close()
    canv.drawPath(path, stroke=0, fill=1)


def _arrow(canv: Canvas, x1: float, y1: float, x2: float, y2: float, turn_y: float | None) -> None:
    """From (x1, y1) down to (x2, y2); across at `turn_y` when the columns differ."""
    path = canv.beginPath()
    path.moveTo(x1, y1)
    if abs(x1 - x2) > 0.5:
        mid = turn_y if turn_y is not None else (y1 + y2) / 2
        path.lineTo(x1, mid)
        path.lineTo(x2, mid)
    path.lineTo(x2, y2 + ARROW)
    canv.drawPath(path, stroke=1, fill=0)
    _head(canv, x2, y2, "down")


def _connector(canv: Canvas, cx: float, cy: float, label: str) -> None:
    """Off-page connector: a pentagon pointing down, with a letter."""
    w = h = CONNECTOR
    path = canv.beginPath()
    path.moveTo(cx - w / 2, cy + h / 2)
    path.lineTo(cx + w / 2, cy + h / 2)
    path.lineTo(cx + w / 2, cy - h / 6)
    path.lineTo(cx, cy - h / 2)
    path.lineTo(cx - w / 2, cy - h / 6)
    path.close()
    canv.drawPath(path, stroke=1, fill=0)
    canv.setFont(BOLD, 6.5)
    canv.drawCentredString(cx, cy - 0.5, label)


def _label(canv: Canvas, x: float, y: float, text: str) -> None:
    canv.setFont(REGULAR, 6.5)
    canv.drawString(x, y, text)
