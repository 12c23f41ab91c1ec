"""Tanda terima serah terima: the records and files a unit hands over to the PPID.

Kop, title and number, the day and date, who hands over (unit, officer) and who receives (the
PPID), a table of the records (No, register number, title, number of files) and one of the
files (name, size, the first 16 hex digits of the SHA-256 so a copy can be checked by eye),
then "Yang menyerahkan" and "Yang menerima". The storage issue builds the `HandoverReceipt`.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable, KeepTogether, Spacer

from ppid_desktop.domain.sizes import format_size
from ppid_desktop.reports.fonts import BOLD, REGULAR, clean, register_fonts
from ppid_desktop.reports.grid import Column, GridStyle, GridTable, Header, Row
from ppid_desktop.reports.layout import Kop, PageDecor, Signatures, body_box, build_pdf, centred_lines
from ppid_desktop.reports.letter import HEADER_FILL, Cell, paragraph, plain_table
from ppid_desktop.reports.model import HandoverReceipt, SignatureBlock
from ppid_desktop.reports.output import write_atomically
from ppid_desktop.reports.wrapping import measurers_for, wrap

TITLE = "TANDA TERIMA SERAH TERIMA INFORMASI YANG DIKECUALIKAN"
SIZE = 10.0
FILES = GridStyle(size=SIZE - 1, leading=(SIZE - 1) * 1.25, pad_top=2.6, pad_bottom=2.4)


class _ColumnTitles(Header):
    """One header row: grey, bold, centred titles, repeated on every page of the file table."""

    def __init__(self, titles: list[str], widths: list[float]) -> None:
        self.titles, self.widths = titles, widths
        self.width = sum(widths)
        self.height = FILES.padding + FILES.leading + 2

    def draw(self, canv: Canvas, x: float, top: float) -> None:
        canv.saveState()
        canv.setFillColor(HEADER_FILL)
        canv.rect(x, top - self.height, self.width, self.height, stroke=0, fill=1)
        canv.restoreState()
        canv.setLineWidth(FILES.rule)
        canv.rect(x, top - self.height, self.width, self.height)
        canv.setFont(BOLD, FILES.size)
        left = x
        for title, width in zip(self.titles, self.widths):
            if left > x:
                canv.line(left, top, left, top - self.height)
            canv.drawCentredString(left + width / 2, top - self.height / 2 - FILES.size * 0.35, title)
            left += width


def _file_table(receipt: HandoverReceipt, width: float) -> Flowable:
    """The files, as many as a package holds: drawn with the register's grid (reports/grid.py),
    which places a page of rows at a time; ReportLab's Table re-splits long tables slowly
    (0.5 s for 1,661 files)."""
    widths = [10 * mm, width - 85 * mm, 25 * mm, 50 * mm]
    measure = measurers_for(FILES.size)[0]
    name_width = widths[1] - 2 * FILES.pad_x

    def rows() -> Iterator[Row]:
        for i, f in enumerate(receipt.files, start=1):
            name = [(0, line, 0.0) for line in wrap(clean(f.name), name_width, measure)] or [(0, "-", 0.0)]
            cells = [[(0, str(i), 0.0)], name, [(0, format_size(f.size_bytes), 0.0)], [(0, f.sha256[:16].lower(), 0.0)]]
            yield Row.of(cells, FILES)

    _x, _y, _w, body_height = body_box(receipt.setup)
    columns = [Column(widths[0], "center"), Column(widths[1]), Column(widths[2], "center"), Column(widths[3], "center")]
    titles = _ColumnTitles(["No", "Nama berkas", "Ukuran", "SHA-256 (16 digit awal)"], widths)
    return GridTable(columns, titles, rows(), FILES, body_height)


def _heading(text: str) -> Flowable:
    return paragraph(text, SIZE, justify=False, space_after=3)


def _story(receipt: HandoverReceipt) -> list[Flowable]:
    _x, _y, width, _h = body_box(receipt.setup)
    story: list[Flowable] = [
        Kop(receipt.letterhead),
        Spacer(1, 5 * mm),
        centred_lines([(TITLE, BOLD, 12.0), (f"Nomor: {receipt.number or '.' * 36}", REGULAR, 11.0)], space_after=5 * mm),
    ]
    giver, receiver = receipt.giver, receipt.receiver
    facts = [
        ["Hari, tanggal", ":", receipt.tanggal],
        ["Unit yang menyerahkan", ":", receipt.from_unit],
        ["Yang menyerahkan", ":", "\n".join(x for x in (giver.name, giver.nip) if x.strip())],
        ["Yang menerima (PPID)", ":", "\n".join(x for x in (receiver.name, receiver.nip) if x.strip())],
    ]
    story.append(plain_table(facts, [50 * mm, 4 * mm, width - 54 * mm], size=SIZE, grid=False))
    story += [Spacer(1, 4 * mm), _heading(f"A. Informasi yang diserahkan ({len(receipt.records)} rekaman)")]
    if receipt.records:
        rows = [
            [Cell(str(i), center=True), r.register_number or "-", r.title, Cell(str(r.file_count), center=True)]
            for i, r in enumerate(receipt.records, start=1)
        ]
        story.append(plain_table(rows, [10 * mm, 45 * mm, width - 80 * mm, 25 * mm], header=["No", "Nomor register", "Informasi yang dikecualikan", "Jumlah berkas"], size=SIZE - 1))
    else:
        story.append(paragraph("Tidak ada rekaman yang diserahkan.", SIZE - 1))
    total = sum(f.size_bytes for f in receipt.files)
    story += [Spacer(1, 4 * mm), _heading(f"B. Berkas yang diserahkan ({len(receipt.files)} berkas)")]
    if receipt.files:
        story.append(_file_table(receipt, width))
        story.append(paragraph(f"Jumlah ukuran berkas: {format_size(total)}.", SIZE - 1, justify=False))
    else:
        story.append(paragraph("Tidak ada berkas yang diserahkan.", SIZE - 1))
    for note in receipt.notes:
        story.append(paragraph(note, SIZE - 1))
    closing = paragraph(
        "Demikian tanda terima ini dibuat untuk dipergunakan sebagaimana mestinya. Penerima telah "
        "mencocokkan jumlah dan sidik SHA-256 berkas yang diterima dengan daftar di atas.",
        SIZE,
    )
    left = SignatureBlock(("Yang menyerahkan,",) + giver.jabatan_lines, giver.name, "", giver.pangkat, giver.nip)
    right = SignatureBlock(("Yang menerima,",) + receiver.jabatan_lines, receiver.name, receipt.place_date, receiver.pangkat, receiver.nip)
    story.append(KeepTogether([Spacer(1, 3 * mm), closing, Signatures(left, right, size=SIZE, space_before=4 * mm)]))
    return story


def write_receipt(path: str | os.PathLike[str], receipt: HandoverReceipt) -> Path:
    """Write the receipt to `path` atomically and return the path."""
    register_fonts()
    decor = PageDecor(receipt.setup, receipt.marking, numbering="halaman")
    story = _story(receipt)
    return write_atomically(path, lambda temp: build_pdf(temp, receipt.setup, receipt.info, decor, story))
