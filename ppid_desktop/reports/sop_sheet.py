"""The office's SOP as an SOP-AP sheet (the format of both seed SOPs).

Page 1: the identity block (logo and instansi lines | NOMOR SOP, TGL. PEMBUATAN, TGL. REVISI,
TGL. EFEKTIF, DISAHKAN OLEH, NAMA SOP), then DASAR HUKUM | KUALIFIKASI PELAKSANA,
KETERKAITAN | PERALATAN/PERLENGKAPAN, PERINGATAN | PENCATATAN DAN PENDATAAN.
Then the procedure: NO | URAIAN | one PELAKSANA column per role with the flowchart (`sop_flow`)
| MUTU BAKU: Syarat, Waktu, Output | KETERANGAN, its two-level header on every page.
Any template works: 1 to 20 stages, 1 to 6 roles, any text length.
"""

from __future__ import annotations

import os
from pathlib import Path

from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable, PageBreak

from ppid_desktop.domain.dates import format_tanggal
from ppid_desktop.domain.nip import nip_label
from ppid_desktop.domain.pangkat import golongan
from ppid_desktop.domain.sop import SopTemplate, StageKind
from ppid_desktop.reports.fonts import BOLD, REGULAR, clean, register_fonts
from ppid_desktop.reports.grid import Column, GridStyle, GridTable, Header, Hooks, Row
from ppid_desktop.reports.layout import PageDecor, body_box, build_pdf, load_logo
from ppid_desktop.reports.model import DocumentInfo, Marking, PageSetup
from ppid_desktop.reports.output import write_atomically
from ppid_desktop.reports.sop_flow import DECISION, PROCESS, ROW_MIN, TERMINATOR, FlowDrawer, StageMark
from ppid_desktop.reports.wrapping import Measurer, measurers_for, wrap, wrap_items

STYLE = GridStyle(size=8.0, leading=9.8, pad_top=3.0, pad_bottom=3.0)
HEAD = GridStyle(size=8.5, leading=10.5, pad_top=3.0, pad_bottom=3.0)


class _NoHeader(Header):
    height = 0.0

    def draw_on(self, canv: Canvas, x: float, top: float) -> None:
        return None


def _pangkat(code: str) -> str:
    try:
        return golongan(code).label if code else ""
    except Exception:  # an old or odd value is printed as written
        return code


def _lines(text: str, width: float, face: int = 0, style: GridStyle = HEAD) -> list[tuple[int, str, float]]:
    return [(face, line, 0.0) for line in wrap(clean(text), width, measurers_for(style.size)[face])] if text.strip() else []


class IdentityBlock(Flowable):
    """Logo and instansi lines on the left; the identity rows of the SOP on the right."""

    def __init__(self, sop: SopTemplate, logo_path: str = "") -> None:
        super().__init__()
        self.sop = sop
        self.logo = load_logo(logo_path)

    def _rows(self, label_w: float, value_w: float) -> list[tuple[str, list[tuple[int, str, float]]]]:
        h = self.sop.header
        inner = value_w - 2 * HEAD.pad_x
        signed: list[tuple[int, str, float]] = []
        if h.disahkan_oleh:
            s = h.disahkan_oleh
            signed = _lines(s.jabatan.upper() + ",", inner) + [(0, "", 0.0)] * 4
            signed += _lines(s.nama, inner, 1) + _lines(_pangkat(s.pangkat), inner) + _lines(nip_label(s.nip), inner)
        rows = [
            ("NOMOR SOP", _lines(h.nomor, inner)),
            ("TGL. PEMBUATAN", _lines(format_tanggal(h.tanggal_pembuatan), inner)),
            ("TGL. REVISI", _lines(format_tanggal(h.tanggal_revisi) if h.tanggal_revisi else "-", inner)),
            ("TGL. EFEKTIF", _lines(format_tanggal(h.tanggal_efektif) if h.tanggal_efektif else "-", inner)),
            ("DISAHKAN OLEH", signed or _lines("-", inner)),
            ("NAMA SOP", _lines(h.judul.upper(), inner, 1)),
        ]
        return rows

    def wrap(self, aw: float, ah: float) -> tuple[float, float]:
        self.width = aw
        self.left_w = aw * 0.42
        self.label_w = aw * 0.17
        self.value_w = aw - self.left_w - self.label_w
        self.rows = self._rows(self.label_w, self.value_w)
        self.row_heights = [HEAD.padding + max(1, len(lines)) * HEAD.leading for _, lines in self.rows]
        inner = self.left_w - 2 * HEAD.pad_x
        self.instansi = [line for text in self.sop.header.instansi for line in _lines(text.upper(), inner, 1, HEAD)]
        left_needed = len(self.instansi) * 12 + (26 * mm if self.logo else 0) + 8 * mm
        extra = max(0.0, left_needed - sum(self.row_heights))
        self.row_heights[-1] += extra
        self.height = sum(self.row_heights)
        return aw, self.height

    def draw(self) -> None:
        c = self.canv
        c.setLineWidth(0.6)
        c.rect(0, 0, self.width, self.height)
        c.line(self.left_w, 0, self.left_w, self.height)
        c.line(self.left_w + self.label_w, 0, self.left_w + self.label_w, self.height)
        # Left: the logo above the instansi lines, centred as a block.
        block = len(self.instansi) * 12 + (27 * mm if self.logo else 0)
        y = self.height / 2 + block / 2
        if self.logo:
            iw, ih = self.logo.getSize()
            h = 24 * mm
            w = min(h * iw / ih if ih else h, self.left_w - 6 * mm)
            h = w * ih / iw if iw else h
            c.drawImage(self.logo, self.left_w / 2 - w / 2, y - h, w, h, mask="auto")
            y -= 27 * mm
        for _face, line, _ in self.instansi:
            y -= 12
            c.setFont(BOLD, 10)
            c.drawCentredString(self.left_w / 2, y + 2.5, line)
        # Right: label | value rows.
        top = self.height
        for (label, lines), height in zip(self.rows, self.row_heights):
            if top < self.height:
                c.line(self.left_w, top, self.width, top)
            base = top - HEAD.pad_top - HEAD.size * 0.93
            c.setFont(BOLD, HEAD.size)
            c.drawString(self.left_w + HEAD.pad_x, base, label)
            for face, line, _indent in lines:
                c.setFont(BOLD if face == 1 else REGULAR, HEAD.size)
                c.drawString(self.left_w + self.label_w + HEAD.pad_x, base, line)
                base -= HEAD.leading
            top -= height


def _info_table(sop: SopTemplate, width: float, page_height: float) -> GridTable:
    h = sop.header
    half = width / 2
    inner = half - 2 * HEAD.pad_x
    m = measurers_for(HEAD.size)[0]

    def cell(title: str, items: tuple[str, ...] | list[str], numbered: bool = True) -> list[tuple[int, str, float]]:
        body = wrap_items(list(items), inner, m, 0, numbered) if any(i.strip() for i in items) else [(0, "-", 0.0)]
        return _lines(title, inner, 1) + body

    pairs = [
        (cell("DASAR HUKUM:", h.dasar_hukum), cell("KUALIFIKASI PELAKSANA:", h.kualifikasi_pelaksana)),
        (cell("KETERKAITAN:", h.keterkaitan), cell("PERALATAN/PERLENGKAPAN:", h.peralatan, numbered=False)),
        (_lines("PERINGATAN:", inner, 1) + _lines(h.peringatan or "-", inner), cell("PENCATATAN DAN PENDATAAN:", h.pencatatan)),
    ]
    rows = iter([Row.of([a, b], HEAD) for a, b in pairs])
    return GridTable([Column(half), Column(width - half)], _NoHeader(), rows, HEAD, page_height)


class SopTableHeader(Header):
    """NO | URAIAN | PELAKSANA (roles) | MUTU BAKU (Syarat, Waktu, Output) | KETERANGAN."""

    def __init__(self, sop: SopTemplate, widths: list[float]) -> None:
        self.sop, self.widths = sop, widths
        self.width = sum(widths)
        self.n_roles = len(sop.roles)
        inner = [w - 2 * HEAD.pad_x for w in widths]
        names = [clean(role.name) for role in sop.roles]
        self.role_size = min(_fitting_size(name.split(), w, HEAD.size, minimum=4.5) for name, w in zip(names, inner[2:])) if names else HEAD.size
        m = Measurer(BOLD, self.role_size)
        self.role_lines = [wrap(name, w, m) for name, w in zip(names, inner[2:])]
        self.role_leading = self.role_size * 1.22
        self.top_h = HEAD.padding + HEAD.leading
        self.sub_h = HEAD.padding + max([len(x) for x in self.role_lines] + [1]) * self.role_leading
        self.height = self.top_h + self.sub_h

    def draw(self, canv: Canvas, x: float, top: float) -> None:
        w, st = self.widths, HEAD
        lefts = [x]
        for width in w:
            lefts.append(lefts[-1] + width)
        r0, r1 = 2, 2 + self.n_roles  # role columns
        m0 = r1  # mutu baku columns m0..m0+2
        canv.saveState()
        canv.setFillGray(0.88)
        canv.rect(x, top - self.height, self.width, self.height, stroke=0, fill=1)
        canv.restoreState()
        canv.setLineWidth(0.5)
        canv.rect(x, top - self.height, self.width, self.height)
        mid = top - self.top_h
        canv.line(lefts[r0], mid, lefts[m0 + 3], mid)
        for i in range(1, len(lefts) - 1):
            spans_both = i in (1, 2, m0, m0 + 3)
            canv.line(lefts[i], top if spans_both else mid, lefts[i], top - self.height)

        def label(text: str, a: int, b: int, y: float) -> None:
            size = _fitting_size([text], lefts[b] - lefts[a] - 2 * st.pad_x, st.size)
            if size < 7 and text == "KETERANGAN":
                text = "KET."
                size = _fitting_size([text], lefts[b] - lefts[a] - 2 * st.pad_x, st.size)
            canv.setFont(BOLD, size)
            canv.drawCentredString((lefts[a] + lefts[b]) / 2, y, text)

        centre_y = top - self.height / 2 - st.size * 0.35
        for col, text in ((0, "NO"), (1, "URAIAN"), (m0 + 3, "KETERANGAN")):
            label(text, col, col + 1, centre_y)
        title_y = top - st.pad_top - st.size * 0.93
        label("PELAKSANA", r0, r1, title_y)
        label("MUTU BAKU", m0, m0 + 3, title_y)
        canv.setFont(BOLD, self.role_size)
        for i, lines in enumerate(self.role_lines):
            y = mid - (self.sub_h - len(lines) * self.role_leading) / 2 - self.role_size * 0.93
            for line in lines:
                canv.drawCentredString((lefts[r0 + i] + lefts[r0 + i + 1]) / 2, y, line)
                y -= self.role_leading
        sub_y = mid - self.sub_h / 2 - st.size * 0.35
        for i, text in enumerate(("Syarat", "Waktu", "Output")):
            label(text, m0 + i, m0 + i + 1, sub_y)


def column_widths(width: float, roles: int) -> list[float]:
    """NO, URAIAN, the role columns, Syarat, Waktu, Output, KETERANGAN (points)."""
    number = 8 * mm
    per_role = min(26 * mm, max(12 * mm, width * 0.34 / roles))
    role_total = min(per_role * roles, width * 0.45)
    rest = width - number - role_total
    uraian, syarat, waktu, output, ket = (rest * share for share in (0.40, 0.18, 0.10, 0.17, 0.15))
    return [number, uraian] + [role_total / roles] * roles + [syarat, waktu, output, ket]


def _fitting_size(words: list[str], width: float, size: float, minimum: float = 5.5) -> float:
    """The largest size up to `size` at which the longest word fits in `width`."""
    longest = max((stringWidth(w, BOLD, 1) for w in words), default=0)
    return max(minimum, min(size, width / longest)) if longest else size


def _symbol(sop: SopTemplate, index: int) -> str:
    stage = sop.stages[index]
    if stage.kind is StageKind.REVIEW:
        return DECISION
    if index in (0, len(sop.stages) - 1):
        return TERMINATOR
    return PROCESS


def _stage_rows(sop: SopTemplate, widths: list[float]) -> list[Row]:
    inner = [w - 2 * STYLE.pad_x for w in widths]
    m = measurers_for(STYLE.size)[0]
    role_col = {role.code: 2 + i for i, role in enumerate(sop.roles)}
    codes = {stage.code: i for i, stage in enumerate(sop.stages)}
    n = len(sop.roles)
    rows = []
    for i, stage in enumerate(sop.stages):
        cells = [[(0, str(stage.number), 0.0)], _lines(stage.uraian, inner[1], 0, STYLE)]
        cells += [[] for _ in range(n)]
        syarat = wrap_items(list(stage.syarat), inner[2 + n], m, 0, numbered=False) if len(stage.syarat) > 1 else _lines(" ".join(stage.syarat), inner[2 + n], 0, STYLE)
        cells += [syarat, _lines(stage.waktu, inner[3 + n], 0, STYLE), _lines(stage.output, inner[4 + n], 0, STYLE), _lines(stage.keterangan, inner[5 + n], 0, STYLE)]
        columns = tuple(role_col[p] for p in stage.pelaksana if p in role_col)
        back = codes.get(stage.return_to) if stage.return_to else None
        rows.append(Row.of(cells, STYLE, min_height=ROW_MIN, data=StageMark(i, _symbol(sop, i), columns, back)))
    return rows


def sop_story(sop: SopTemplate, setup: PageSetup, logo_path: str = "") -> list[Flowable]:
    _x, _y, width, height = body_box(setup)
    widths = column_widths(width, max(1, len(sop.roles)))
    lefts = [0.0]
    for w in widths:
        lefts.append(lefts[-1] + w)
    flow = FlowDrawer(lefts, widths, len(sop.stages))
    table = GridTable(
        [Column(widths[0], "center"), Column(widths[1])]
        + [Column(w, "center") for w in widths[2:-4]]
        + [Column(widths[-4]), Column(widths[-3], "center"), Column(widths[-2]), Column(widths[-1])],
        SopTableHeader(sop, widths),
        iter(_stage_rows(sop, widths)),
        STYLE,
        height,
        Hooks(decorate=flow),
    )
    return [IdentityBlock(sop, logo_path), _info_table(sop, width, height), PageBreak(), table]


def write_sop(path: str | os.PathLike[str], sop: SopTemplate, setup: PageSetup, info: DocumentInfo, *, logo_path: str = "") -> Path:
    """Write the SOP sheet to `path` atomically and return the path."""
    register_fonts()
    decor = PageDecor(setup, Marking(), numbering="halaman")
    story = sop_story(sop, setup, logo_path)
    return write_atomically(path, lambda temp: build_pdf(temp, setup, info, decor, story))
