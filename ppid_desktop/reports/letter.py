"""Pieces of letter-style documents (penetapan, receipt): paragraphs and small tables.

Small tables use ReportLab's Table with plain pre-wrapped strings, not Paragraphs: our own
line breaking breaks over-long words (file names, hashes) instead of letting them run out of
the cell, and a long cell is cut into continuation rows of a few lines each, so Table (which
splits only between rows) can carry a 20,000-character consequence text over several pages.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from xml.sax.saxutils import escape

from reportlab.lib.colors import Color, black
from reportlab.lib.enums import TA_JUSTIFY
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Paragraph, Table, TableStyle

from ppid_desktop.reports.fonts import BOLD, REGULAR, clean
from ppid_desktop.reports.wrapping import wrap_plain

HEADER_FILL = Color(0.88, 0.88, 0.88)
PAD = 3.0


def paragraph(text: str, size: float = 11, *, justify: bool = True, first_indent: float = 0, space_after: float = 6) -> Paragraph:
    """A body paragraph; `text` is plain (escaped here), never markup."""
    style = ParagraphStyle(
        "body",
        fontName=REGULAR,
        fontSize=size,
        leading=size * 1.35,
        alignment=TA_JUSTIFY if justify else 0,
        firstLineIndent=first_indent,
        spaceAfter=space_after,
    )
    return Paragraph(escape(clean(text)), style)


@dataclass(frozen=True)
class Cell:
    """A table cell: plain text (line breaks kept) in a face, optionally centred."""

    text: str
    font: str = REGULAR
    center: bool = False


def _cell(value: "str | Cell") -> Cell:
    return value if isinstance(value, Cell) else Cell(value)


def plain_table(
    rows: Sequence[Sequence["str | Cell"]],
    widths: Sequence[float],
    *,
    header: Sequence[str] | None = None,
    size: float = 10,
    grid: bool = True,
    max_lines: int = 5,
) -> Table:
    """A table of wrapped plain text; rows longer than `max_lines` continue in further rows."""
    leading = size * 1.25
    data: list[list[str]] = []
    commands: list[tuple] = [
        ("FONT", (0, 0), (-1, -1), REGULAR, size, leading),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), PAD),
        ("RIGHTPADDING", (0, 0), (-1, -1), PAD),
        ("TOPPADDING", (0, 0), (-1, -1), 1.5),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 1.5),
    ]
    starts: list[int] = []
    if header is not None:
        data.append(["\n".join(wrap_plain(h, w - 2 * PAD, BOLD, size)) for h, w in zip(header, widths)])
        commands += [
            ("FONT", (0, 0), (-1, 0), BOLD, size, leading),
            ("ALIGN", (0, 0), (-1, 0), "CENTER"),
            ("VALIGN", (0, 0), (-1, 0), "MIDDLE"),
            ("BACKGROUND", (0, 0), (-1, 0), HEADER_FILL),
            ("TOPPADDING", (0, 0), (-1, 0), 3),
            ("BOTTOMPADDING", (0, 0), (-1, 0), 3),
        ]
        starts.append(0)
    for source in rows:
        cells = [_cell(v) for v in source]
        lines = [wrap_plain(c.text, w - 2 * PAD, c.font, size) if c.text.strip() else [] for c, w in zip(cells, widths)]
        parts = max(1, -(-max(len(x) for x in lines) // max_lines))
        first = len(data)
        starts.append(first)
        for part in range(parts):
            data.append(["\n".join(x[part * max_lines:(part + 1) * max_lines]) for x in lines])
        for col, c in enumerate(cells):
            if c.font != REGULAR:
                commands.append(("FONT", (col, first), (col, first + parts - 1), c.font, size, leading))
            if c.center:
                commands.append(("ALIGN", (col, first), (col, first + parts - 1), "CENTER"))
        # Continuation parts sit tight under each other, as one row.
        if parts > 1:
            commands += [("TOPPADDING", (0, r), (-1, r), 0) for r in range(first + 1, first + parts)]
            commands += [("BOTTOMPADDING", (0, r), (-1, r), 0) for r in range(first, first + parts - 1)]
    if grid:
        commands += [("BOX", (0, 0), (-1, -1), 0.6, black), ("LINEAFTER", (0, 0), (-2, -1), 0.5, black)]
        commands += [("LINEABOVE", (0, r), (-1, r), 0.5, black) for r in starts]
    table = Table(data, colWidths=list(widths), repeatRows=1 if header is not None else 0, hAlign="LEFT")
    table.setStyle(TableStyle(commands))
    return table
