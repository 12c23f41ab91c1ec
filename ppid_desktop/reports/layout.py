"""Page geometry and what every document shares: the page decoration (classification stamp,
copy number, page numbers, draft watermark), the kop surat, signature blocks and the build.

"Halaman 2 dari 9" needs the page count before it is known: each page draws "Halaman 2 dari "
and then a PDF form XObject holding the total, which is defined once the build has ended
(ReportLab allows a form to be used before it is defined). No second pass, nothing kept per page.
"""

from __future__ import annotations

import logging
import math
import zlib
from collections.abc import Sequence
from dataclasses import dataclass

from reportlab import rl_config
from reportlab.lib.colors import Color, black
from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfbase.pdfdoc import PDFStream
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate, Flowable, Frame, PageTemplate

from ppid_desktop.domain.enums import PaperSize
from ppid_desktop.reports import fonts
from ppid_desktop.reports.fonts import BOLD, REGULAR, clean
from ppid_desktop.reports.model import DocumentInfo, Letterhead, Marking, Orientation, PageSetup, SignatureBlock
from ppid_desktop.reports.wrapping import wrap_plain

log = logging.getLogger(__name__)

PAPER_MM: dict[PaperSize, tuple[float, float]] = {PaperSize.A4: (210.0, 297.0), PaperSize.F4: (215.0, 330.0)}
STAMP_RED = Color(0.72, 0.05, 0.05)
SIGNATURE_GAP = 25 * mm  # room for the wet signature and the Cap


def page_size(setup: PageSetup) -> tuple[float, float]:
    w, h = PAPER_MM[setup.paper]
    if setup.orientation is Orientation.LANDSCAPE:
        w, h = h, w
    return w * mm, h * mm


def body_box(setup: PageSetup) -> tuple[float, float, float, float]:
    """(x, y, width, height) of the area between the margins, in points."""
    w, h = page_size(setup)
    x, y = setup.margin_left * mm, setup.margin_bottom * mm
    return x, y, w - x - setup.margin_right * mm, h - y - setup.margin_top * mm


class PageDecor:
    """Draws what every page carries. `numbering`: "halaman" (bottom, "Halaman 2 dari 9"),
    "dash" (top, "- 2 -" from page 2, for letters) or "" (none)."""

    def __init__(self, setup: PageSetup, marking: Marking, numbering: str = "halaman", watermark: str = "") -> None:
        self.setup = setup
        self.marking = marking
        self.numbering = numbering
        self.watermark = watermark
        self.copy = 0  # index of the copy being drawn (0 when there are no numbered copies)
        self.copy_first_page = 1
        self.copy_pages: dict[int, int] = {}  # copy index -> its page count so far

    def start_copy(self, canv: Canvas, index: int, marking: Marking) -> None:
        self.copy = index
        self.marking = marking
        self.copy_first_page = canv.getPageNumber()

    def _form(self, copy: int) -> str:
        return f"ppidTotalPages{copy}"

    def before_page(self, canv: Canvas, _doc: object) -> None:
        if not self.watermark:
            return
        w, h = page_size(self.setup)
        canv.saveState()
        angle = math.degrees(math.atan2(h, w))
        # As large as fits along the diagonal, with a margin.
        size = min(60.0, 0.62 * math.hypot(w, h) / stringWidth(self.watermark, BOLD, 1))
        canv.setFillColor(Color(0.55, 0.55, 0.55, alpha=0.18))
        canv.setFont(BOLD, size)
        canv.translate(w / 2, h / 2)
        canv.rotate(angle)
        canv.drawCentredString(0, -size * 0.35, self.watermark)
        canv.restoreState()

    def after_page(self, canv: Canvas, _doc: object) -> None:
        w, h = page_size(self.setup)
        s = self.setup
        page = canv.getPageNumber() - self.copy_first_page + 1
        self.copy_pages[self.copy] = page
        canv.saveState()
        canv.setFillColor(black)
        if self.numbering == "halaman":
            text = f"Halaman {page} dari "
            digit = stringWidth("0", REGULAR, 8.5)
            width = stringWidth(text, REGULAR, 8.5) + digit * len(str(page))
            x = w / 2 - width / 2
            y = s.margin_bottom * mm - 6 * mm
            canv.setFont(REGULAR, 8.5)
            canv.drawString(x, y, text)
            canv.saveState()
            canv.translate(x + stringWidth(text, REGULAR, 8.5), y)
            canv.doForm(self._form(self.copy))
            canv.restoreState()
        elif self.numbering == "dash" and page > 1:
            canv.setFont(REGULAR, 10)
            canv.drawCentredString(w / 2, h - s.margin_top * mm + 3.5 * mm, f"- {page} -")
        if self.marking.copy_label:
            canv.setFont(REGULAR, 8.5)
            canv.drawRightString(w - s.margin_right * mm, h - s.margin_top * mm / 2 - 1.5 * mm, self.marking.copy_label)
        if self.watermark:
            canv.setFillColor(STAMP_RED)
            canv.setFont(BOLD, 9)
            canv.drawString(s.margin_left * mm, h - s.margin_top * mm / 2 - 1.5 * mm, self.watermark)
        stamp = self.marking.stamp
        if stamp:
            self._stamp(canv, stamp, w / 2, h - min(s.margin_top * mm / 2, 8 * mm))
            self._stamp(canv, stamp, w / 2, min(s.margin_bottom * mm / 2 - 2.5 * mm, 6 * mm))
        canv.restoreState()

    @staticmethod
    def _stamp(canv: Canvas, text: str, cx: float, cy: float) -> None:
        size = 11
        width = stringWidth(text, BOLD, size) + 6 * mm
        height = size + 2.5 * mm
        canv.setStrokeColor(STAMP_RED)
        canv.setFillColor(STAMP_RED)
        canv.setLineWidth(1.2)
        canv.rect(cx - width / 2, cy - height / 2, width, height, stroke=1, fill=0)
        canv.setFont(BOLD, size)
        canv.drawCentredString(cx, cy - size * 0.35, text)

    def define_forms(self, canv: Canvas) -> None:
        """The page totals, once every page exists."""
        if self.numbering != "halaman":
            return
        for copy, pages in self.copy_pages.items():
            canv.beginForm(self._form(copy))
            canv.setFont(REGULAR, 8.5)
            canv.drawString(0, 0, str(pages))
            canv.endForm()


class CopyStart(Flowable):
    """Zero-size marker: the pages that follow belong to copy `index` (numbering restarts)."""

    def __init__(self, decor: PageDecor, index: int, marking: Marking) -> None:
        super().__init__()
        self.decor, self.index, self.marking = decor, index, marking

    def wrap(self, aw: float, ah: float) -> tuple[float, float]:
        return 0, 0

    def draw(self) -> None:
        self.decor.start_copy(self.canv, self.index, self.marking)


class _Flated:
    """A stream filter for content that is already Flate-compressed (see StreamingCanvas)."""

    pdfname = "FlateDecode"

    @staticmethod
    def encode(data: bytes) -> bytes:
        return data


class StreamingCanvas(Canvas):
    """Compresses each page's content as soon as the page is finished.

    ReportLab keeps every page's content stream as text until `save()`; for a register of
    thousands of pages that is most of the memory used. Compressed right away, a page costs
    a fifth of it, and the file is byte for byte what `save()` would have compressed.
    """

    def showPage(self) -> None:  # noqa: N802 - ReportLab's name
        pages = self._doc.Pages.pages
        before = len(pages)
        super().showPage()
        if len(pages) > before and self._pageCompression:
            page = pages[-1]
            stream = getattr(page, "stream", None)
            if stream and not page.Contents:
                data = stream.encode("utf8") if isinstance(stream, str) else stream
                page.Contents = PDFStream(content=zlib.compress(data), filters=[_Flated()])
                page.stream = None


def build_pdf(path: str, setup: PageSetup, info: DocumentInfo, decor: PageDecor, story: list[Flowable]) -> None:
    """Lay out `story` on `setup`'s pages and write the PDF to `path` (with its metadata)."""
    fonts.register_fonts()
    x, y, width, height = body_box(setup)
    doc = BaseDocTemplate(
        path,
        pagesize=page_size(setup),
        leftMargin=x,
        bottomMargin=y,
        rightMargin=setup.margin_right * mm,
        topMargin=setup.margin_top * mm,
        title=clean(info.title),
        author=clean(info.author),
        subject=clean(info.subject),
        keywords=clean(info.keywords),
        creator="PPID Desktop",
        producer="PPID Desktop (ReportLab)",
        lang="id-ID",
        initialFontName=REGULAR,
    )
    frame = Frame(x, y, width, height, leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0, id="body")
    doc.addPageTemplates([PageTemplate(id="page", frames=[frame], onPage=decor.before_page, onPageEnd=decor.after_page)])
    doc._doSave = 0  # the page-count forms are defined after the last page, then saved
    # Binary (Flate only) streams: ASCII85 makes files a quarter larger and, without ReportLab's
    # optional C accelerator, costs a tenth of the writing time. The flag is global, so it is
    # restored afterwards.
    saved_a85 = rl_config.useA85
    rl_config.useA85 = 0
    try:
        doc.build(story, canvasmaker=StreamingCanvas)
        decor.define_forms(doc.canv)
        doc.canv.save()
    finally:
        rl_config.useA85 = saved_a85


def load_logo(path: str) -> ImageReader | None:
    """The logo, or None when the file is missing or unreadable (the kop is printed without it)."""
    if not path:
        return None
    try:
        reader = ImageReader(path)
        reader.getSize()
        return reader
    except Exception as exc:  # Pillow and ReportLab raise many kinds for a bad image
        log.warning("logo %s tidak dapat dibaca, kop dicetak tanpa logo: %s", path, exc)
        return None


class Kop(Flowable):
    """The kop surat: logo left, lines centred (sizes about 2:3:1), a double rule under it."""

    SIZES = (12.0, 17.0, 8.5)  # kop lines, unit name, address and contact lines

    def __init__(self, letterhead: Letterhead) -> None:
        super().__init__()
        self.letterhead = letterhead
        self.logo = load_logo(letterhead.logo_path)
        self._lines: list[tuple[str, str, float]] = []

    def wrap(self, aw: float, ah: float) -> tuple[float, float]:
        lh = self.letterhead
        self.width = aw
        logo_room = 32 * mm if self.logo else 0.0
        text_width = aw - 2 * logo_room  # centred on the page, clear of the logo on either side
        lines: list[tuple[str, str, float]] = []

        def add(text: str, font: str, size: float, minimum: float) -> None:
            text = clean(text)
            while size > minimum and stringWidth(text, font, size) > text_width:
                size -= 0.5
            for line in wrap_plain(text, text_width, font, size):
                lines.append((line, font, size))

        k, u, a = self.SIZES
        for line in lh.kop_lines:
            add(line.upper(), REGULAR, k, 9)
        add(lh.unit_name.upper(), BOLD, u, 11)
        for line in (lh.address_line, lh.contact_line):
            if line.strip():
                add(line, REGULAR, a, 7)
        self._lines = lines
        self.height = sum(size * 1.22 for _, _, size in lines) + 5 * mm
        return aw, self.height

    def draw(self) -> None:
        c = self.canv
        y = self.height
        top = y
        for text, font, size in self._lines:
            y -= size * 1.22
            c.setFont(font, size)
            c.drawCentredString(self.width / 2, y + size * 0.22, text)
        text_bottom = y
        if self.logo:
            iw, ih = self.logo.getSize()
            box_h = min(top - text_bottom, 26 * mm)
            h = box_h
            w = h * iw / ih if ih else h
            if w > 30 * mm:
                w, h = 30 * mm, 30 * mm * ih / iw
            c.drawImage(self.logo, 0, text_bottom + (top - text_bottom - h) / 2, w, h, mask="auto")
        rule = text_bottom - 2 * mm
        c.setLineWidth(2)
        c.line(0, rule, self.width, rule)
        c.setLineWidth(0.6)
        c.line(0, rule - 1.6, self.width, rule - 1.6)


@dataclass(frozen=True)
class _Line:
    text: str
    font: str
    underline: bool = False


class Signatures(Flowable):
    """Signature blocks side by side: `left` (usually "Mengetahui, Atasan PPID") and `right`
    (the signer, with place and date). Gaps line up so both names sit on one line."""

    def __init__(self, left: SignatureBlock | None, right: SignatureBlock | None, size: float = 10, space_before: float = 8 * mm) -> None:
        super().__init__()
        self.left, self.right, self.size = left, right, size
        self.space_before = space_before
        self._blocks: list[tuple[list[_Line], list[_Line]]] = []

    def _lines(self, block: SignatureBlock, width: float) -> tuple[list[_Line], list[_Line]]:
        above = [_Line(t, REGULAR) for t in wrap_plain(block.place_date, width, REGULAR, self.size)] if block.place_date.strip() else []
        for jabatan in block.jabatan_lines:
            above += [_Line(t, REGULAR) for t in wrap_plain(jabatan, width, REGULAR, self.size)]
        below = [_Line(t, BOLD, True) for t in wrap_plain(block.name or "." * 40, width, BOLD, self.size)]
        for extra in (block.pangkat, block.nip):
            if extra.strip():
                below += [_Line(t, REGULAR) for t in wrap_plain(extra, width, REGULAR, self.size)]
        return above, below

    def wrap(self, aw: float, ah: float) -> tuple[float, float]:
        self.width = aw
        self.col = min(aw / 2 - 4 * mm, 95 * mm)
        self._blocks = [self._lines(b, self.col) if b else ([], []) for b in (self.left, self.right)]
        leading = self.size * 1.25
        n_above = max(len(a) for a, _ in self._blocks)
        n_below = max(len(b) for _, b in self._blocks)
        self.height = self.space_before + (n_above + n_below) * leading + SIGNATURE_GAP
        return aw, self.height

    def draw(self) -> None:
        c = self.canv
        leading = self.size * 1.25
        n_above = max(len(a) for a, _ in self._blocks)
        gap_top = self.height - self.space_before - n_above * leading
        for (above, below), cx in zip(self._blocks, (self.col / 2, self.width - self.col / 2)):
            y = gap_top + len(above) * leading  # blocks with fewer lines above start lower
            for line in above:
                y -= leading
                c.setFont(line.font, self.size)
                c.drawCentredString(cx, y + 0.25 * self.size, line.text)
            y = gap_top - SIGNATURE_GAP
            for line in below:
                y -= leading
                c.setFont(line.font, self.size)
                c.drawCentredString(cx, y + 0.25 * self.size, line.text)
                if line.underline:
                    half = stringWidth(line.text, line.font, self.size) / 2
                    c.setLineWidth(0.7)
                    c.line(cx - half, y + 0.25 * self.size - 1.5, cx + half, y + 0.25 * self.size - 1.5)


def centred_lines(lines: Sequence[tuple[str, str, float]], space_after: float = 0) -> Flowable:
    """A few centred lines (titles, numbers), wrapped to the width."""
    return _Centred(list(lines), space_after)


class _Centred(Flowable):
    def __init__(self, lines: list[tuple[str, str, float]], space_after: float) -> None:
        super().__init__()
        self.lines, self.space_after = lines, space_after
        self._laid: list[tuple[str, str, float]] = []

    def wrap(self, aw: float, ah: float) -> tuple[float, float]:
        self.width = aw
        self._laid = [(t, font, size) for text, font, size in self.lines for t in wrap_plain(text, aw, font, size)]
        self.height = sum(size * 1.3 for _, _, size in self._laid) + self.space_after
        return aw, self.height

    def draw(self) -> None:
        y = self.height
        for text, font, size in self._laid:
            y -= size * 1.3
            self.canv.setFont(font, size)
            self.canv.drawCentredString(self.width / 2, y + size * 0.3, text)
