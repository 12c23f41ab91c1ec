"""Surat Penetapan Klasifikasi Informasi (uji konsekuensi) for one record.

Perki 1/2017 asks at least for: jenis klasifikasi, identity of the PPID who sets it, badan publik
and unit kerja, jangka waktu pengecualian, alasan pengecualian (here: the legal grounds and both
sides of the consequence test of UU 14/2008 Pasal 2 ayat (4)), place and date of penetapan,
approved by the Atasan PPID. Letter style: kop, centred title and "NOMOR: ...", the elements as
a numbered table, signatures; "- 2 -" centred at the top from page 2. Until the number, the date
and the PPID are known every page carries "DRAF — BELUM DITETAPKAN".
"""

from __future__ import annotations

import os
from pathlib import Path

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Spacer

from ppid_desktop.reports.fonts import BOLD, REGULAR, register_fonts
from ppid_desktop.reports.layout import Kop, PageDecor, Signatures, body_box, build_pdf, centred_lines
from ppid_desktop.reports.letter import Cell, paragraph, plain_table
from ppid_desktop.reports.model import Marking, PenetapanDocument, SignatureBlock
from ppid_desktop.reports.output import write_atomically

DRAFT_MARK = "DRAF — BELUM DITETAPKAN"
TITLE = "SURAT PENETAPAN KLASIFIKASI INFORMASI YANG DIKECUALIKAN"
SUBTITLE = "(HASIL UJI KONSEKUENSI)"
SIZE = 10.5
NOT_YET = "(belum ditetapkan)"


def _ppid_identity(ppid: SignatureBlock | None) -> str:
    if ppid is None:
        return "(belum ditentukan: PPID yang menetapkan belum dipilih)"
    lines = [ppid.name]
    lines += [text for text in (ppid.nip, ppid.pangkat) if text.strip()]
    jabatan = " ".join(line.rstrip(",") for line in ppid.jabatan_lines if line.strip())
    if jabatan:
        lines.append(f"Jabatan: {jabatan}")
    return "\n".join(lines)


def _elements(doc: PenetapanDocument) -> list[list[str | Cell]]:
    informasi = [doc.title]
    if doc.summary.strip():
        informasi.append(doc.summary)
    if doc.register_number.strip():
        informasi.append(f"Nomor register: {doc.register_number}")
    jenis = f"{doc.jenis_klasifikasi}\nKlasifikasi keamanan arsip: {doc.classification.label}"
    grounds = "\n".join(doc.legal_grounds) or "(belum diisi)"
    return [
        ["1.", "Informasi yang dikecualikan", ":", "\n".join(informasi)],
        ["2.", "Jenis klasifikasi", ":", jenis],
        ["3.", "Identitas PPID yang menetapkan", ":", _ppid_identity(doc.ppid)],
        ["4.", "Badan publik", ":", doc.badan_publik],
        ["5.", "Unit kerja", ":", doc.unit_kerja],
        ["6.", "Jangka waktu pengecualian", ":", doc.jangka_waktu or "(belum diisi)"],
        ["7.", "Alasan pengecualian", ":", ""],
        ["", "a. Dasar hukum pengecualian", ":", grounds],
        ["", "b. Uji konsekuensi: akibat bila informasi dibuka", ":", doc.konsekuensi_dibuka or "(belum diisi)"],
        ["", "c. Pertimbangan kepentingan: akibat bila informasi ditutup", ":", doc.konsekuensi_ditutup or "(belum diisi)"],
        ["8.", "Tempat dan tanggal penetapan", ":", doc.tanggal or NOT_YET],
    ]


def _story(doc: PenetapanDocument) -> list[Flowable]:
    _x, _y, width, _h = body_box(doc.setup)
    number = doc.number or "." * 40
    intro = (
        "Berdasarkan Pasal 2 ayat (4), Pasal 17 dan Pasal 19 Undang-Undang Nomor 14 Tahun 2008 tentang "
        "Keterbukaan Informasi Publik serta Peraturan Komisi Informasi Nomor 1 Tahun 2017 tentang "
        f"Pengklasifikasian Informasi Publik, Pejabat Pengelola Informasi dan Dokumentasi (PPID) {doc.badan_publik} "
        "telah melakukan uji konsekuensi dan menetapkan klasifikasi informasi sebagai berikut:"
    )
    label = 62 * mm
    table = plain_table(_elements(doc), [9 * mm, label, 4 * mm, width - 13 * mm - label], size=SIZE, grid=False)
    signer = doc.ppid or SignatureBlock(("Pejabat Pengelola Informasi dan Dokumentasi,",), "")
    if doc.tanggal:
        signer = SignatureBlock(signer.jabatan_lines, signer.name, doc.tanggal, signer.pangkat, signer.nip)
    atasan = doc.atasan or SignatureBlock(("Mengetahui/Menyetujui,", "Atasan PPID,"), "")
    return [
        Kop(doc.letterhead),
        Spacer(1, 5 * mm),
        centred_lines([(TITLE, BOLD, 12.0), (SUBTITLE, BOLD, 11.0), (f"NOMOR: {number}", REGULAR, 11.0)], space_after=5 * mm),
        paragraph(intro, SIZE),
        table,
        Spacer(1, 3 * mm),
        KeepTogether([
            paragraph("Demikian penetapan klasifikasi ini dibuat dengan sebenarnya untuk dipergunakan sebagaimana mestinya.", SIZE),
            Signatures(atasan, signer, size=SIZE, space_before=4 * mm),
        ]),
    ]


def write_penetapan(path: str | os.PathLike[str], doc: PenetapanDocument) -> Path:
    """Write the letter to `path` atomically and return the path."""
    register_fonts()
    marking = Marking(doc.classification)
    decor = PageDecor(doc.setup, marking, numbering="dash", watermark=DRAFT_MARK if doc.is_draft else "")
    story = _story(doc)
    return write_atomically(path, lambda temp: build_pdf(temp, doc.setup, doc.info, decor, story))
