"""Lembar kunci pemulihan: the one page an Admin prints (or saves) when a data folder is encrypted.

It holds the recovery key (storage/crypto.py), which alone reopens the data when every password
and even the key file are lost, so the page says what the key is for, that whoever holds it can
read everything, and where to keep it; the Admin signs it. The key is printed large in a
monospace face, in two rows of seven groups, so it can be typed back without miscounting.

The key is drawn in Courier-Bold, one of the PDF standard fonts: every viewer and printer has it,
ReportLab knows its metrics without a font file (so a frozen bundle cannot lose it), and the key
is plain ASCII (A-Z, 2-7 and dashes), which is all that font covers. Everything else uses the
embedded Liberation Sans of every document.

`recovery_sheet_pdf` builds the PDF in memory, so the window can preview and print it without a
copy of the key ever landing in a temporary file; `write_recovery_sheet` writes it where the Admin
chose, atomically.
"""

from __future__ import annotations

import io
import os
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from reportlab.lib.colors import Color, black
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable, Spacer

from ppid_desktop.domain.dates import format_tanggal, format_tempat_tanggal
from ppid_desktop.domain.enums import Classification, PaperSize
from ppid_desktop.reports.fonts import BOLD, REGULAR, register_fonts
from ppid_desktop.reports.layout import PageDecor, Signatures, body_box, build_pdf, centred_lines
from ppid_desktop.reports.letter import paragraph, plain_table
from ppid_desktop.reports.model import DocumentInfo, Marking, Orientation, PageSetup, SignatureBlock
from ppid_desktop.reports.output import write_atomically

TITLE = "LEMBAR KUNCI PEMULIHAN DATA"
KEY_FONT = "Courier-Bold"
KEY_SIZE = 21.0
GROUPS_PER_ROW = 7
SIZES = (10.5, 9.5, 8.5, 7.5)  # the body text, smaller until the page holds everything
BOX_FILL = Color(0.95, 0.95, 0.95)

PURPOSE = (
    "Seluruh data PPID Desktop kantor ini (daftar informasi yang dikecualikan, berkas lampiran dan salinan "
    "cadangannya) tersimpan dalam bentuk terenkripsi. Setiap pengguna membukanya dengan kata sandinya sendiri. "
    "Kunci pemulihan di atas membuka data itu bila semua kata sandi Admin terlupa, atau bila berkas kunci "
    "(keys.json) di folder data rusak atau terhapus. Tanpa kata sandi dan tanpa kunci ini, data tidak dapat "
    "dibuka oleh siapa pun, termasuk oleh pembuat aplikasi."
)
DANGER = (
    "Siapa pun yang memegang kunci ini dapat membaca seluruh data tersebut. Perlakukan lembar ini seperti "
    "stempel kantor."
)
KEEPING = (
    "Simpan lembar ini di tempat yang terkunci, misalnya brankas atau lemari arsip yang terkunci, terpisah dari "
    "laptop yang menyimpan datanya.",
    "Jangan memotret lembar ini, jangan menyimpannya di laptop itu, dan jangan mengirimkannya melalui surel atau "
    "aplikasi pesan.",
    "Bila lembar ini hilang atau mungkin telah dibaca orang lain, laporkan kepada Admin dan petugas TI.",
)
USING = (
    "Bila kunci ini diperlukan, PPID Desktop memintanya. Ketik 56 huruf dan angka di atas (tanda hubung boleh "
    "dilewati, huruf besar atau kecil sama saja), lalu tetapkan kata sandi baru untuk akun Admin."
)
ALPHABET_NOTE = (
    "Kunci hanya memuat huruf A sampai Z dan angka 2 sampai 7; angka 0, 1, 8 dan 9 tidak pernah dipakai."
)


@dataclass(frozen=True)
class RecoverySheet:
    """What the page shows. `recovery_key` is the formatted key (crypto.format_recovery_key)."""

    office_name: str
    recovery_key: str
    made_on: date
    admin_name: str = ""
    city: str = ""  # for "Pontianak, 12 Mei 2026" above the signature
    computer: str = ""
    data_folder: str = ""
    paper: PaperSize = PaperSize.A4


def key_rows(recovery_key: str) -> list[str]:
    """The key in rows of GROUPS_PER_ROW groups, each row as the key writes it (groups joined by dashes)."""
    groups = recovery_key.split("-")
    return ["-".join(groups[i:i + GROUPS_PER_ROW]) for i in range(0, len(groups), GROUPS_PER_ROW)]


class _KeyBox(Flowable):
    """The key, centred in a grey box with a thin border, a caption above it."""

    CAPTION = "KUNCI PEMULIHAN"

    def __init__(self, recovery_key: str) -> None:
        super().__init__()
        self.rows = key_rows(recovery_key)
        self.leading = KEY_SIZE * 1.45

    def wrap(self, aw: float, ah: float) -> tuple[float, float]:
        self.width = aw
        self.height = 9 * mm + self.leading * len(self.rows) + 6 * mm
        return aw, self.height

    def draw(self) -> None:
        c = self.canv
        c.saveState()
        c.setFillColor(BOX_FILL)
        c.setStrokeColor(black)
        c.setLineWidth(1.2)
        c.rect(0, 0, self.width, self.height, stroke=1, fill=1)
        c.setFillColor(black)
        c.setFont(BOLD, 9)
        c.drawCentredString(self.width / 2, self.height - 6 * mm, self.CAPTION)
        size = KEY_SIZE
        widest = max(stringWidth(row, KEY_FONT, size) for row in self.rows)
        if widest > self.width - 8 * mm:  # a narrow page: the key shrinks, it never wraps
            size *= (self.width - 8 * mm) / widest
        c.setFont(KEY_FONT, size)
        y = self.height - 9 * mm
        for row in self.rows:
            y -= self.leading
            c.drawCentredString(self.width / 2, y + (self.leading - size) / 2 + 0.2 * size, row)
        c.restoreState()


def _heading(text: str, size: float) -> Flowable:
    return centred_lines([(text, BOLD, size)], space_after=1.5 * mm)


def _height(story: list[Flowable], width: float, height: float) -> float:
    total = 0.0
    for flowable in story:
        total += flowable.getSpaceBefore() + flowable.wrap(width, height)[1] + flowable.getSpaceAfter()
    return total


def _one_page_story(sheet: RecoverySheet, width: float, height: float) -> list[Flowable]:
    """The story at the largest text size that keeps it on one page (a long office name or data
    folder path takes room)."""
    for size in SIZES:
        story = _story(sheet, width, size)
        if _height(story, width, height) <= height:
            return story
    return _story(sheet, width, SIZES[-1])


def _story(sheet: RecoverySheet, width: float, size: float) -> list[Flowable]:
    facts = [["Kantor", ":", sheet.office_name], ["Tanggal dibuat", ":", format_tanggal(sheet.made_on)]]
    if sheet.computer:
        facts.append(["Komputer", ":", sheet.computer])
    if sheet.data_folder:
        facts.append(["Folder data", ":", sheet.data_folder])
    signer = SignatureBlock(("Disimpan oleh,", "Admin PPID Desktop"), sheet.admin_name,
                            format_tempat_tanggal(sheet.city, sheet.made_on))
    story: list[Flowable] = [
        centred_lines([(TITLE, BOLD, 15.0), ("PPID Desktop", REGULAR, 11.0)], space_after=5 * mm),
        plain_table(facts, [32 * mm, 4 * mm, width - 36 * mm], size=size, grid=False),
        Spacer(1, 5 * mm),
        _KeyBox(sheet.recovery_key),
        Spacer(1, 1.5 * mm),
        paragraph(ALPHABET_NOTE, size - 1.5, justify=False, space_after=4 * mm),
        _heading("Untuk apa kunci ini", size),
        paragraph(PURPOSE, size),
        paragraph(DANGER, size, space_after=4 * mm),
        _heading("Di mana menyimpannya", size),
    ]
    story += [paragraph(f"{number}. {text}", size, justify=False, space_after=2)
              for number, text in enumerate(KEEPING, start=1)]
    story += [Spacer(1, 3 * mm), _heading("Cara memakainya", size), paragraph(USING, size)]
    story.append(Signatures(None, signer, size=size, space_before=4 * mm))
    return story


def recovery_sheet_pdf(sheet: RecoverySheet) -> bytes:
    """The one-page PDF, built in memory."""
    register_fonts()
    setup = PageSetup(paper=sheet.paper, orientation=Orientation.PORTRAIT)
    info = DocumentInfo("Lembar Kunci Pemulihan", sheet.office_name, "Kunci pemulihan data PPID Desktop")
    decor = PageDecor(setup, Marking(Classification.RAHASIA), numbering="")
    _x, _y, width, height = body_box(setup)
    out = io.BytesIO()
    build_pdf(out, setup, info, decor, _one_page_story(sheet, width, height))  # type: ignore[arg-type]  # ReportLab takes a file too
    return out.getvalue()


def write_recovery_sheet(path: str | os.PathLike[str], sheet: RecoverySheet) -> Path:
    """Write the sheet to `path` atomically (UserError in Indonesian when it cannot be written)."""
    data = recovery_sheet_pdf(sheet)
    return write_atomically(path, lambda temp: Path(temp).write_bytes(data))
