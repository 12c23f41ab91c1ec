"""Benchmark: the DIK register PDF, our way against the straightforward way, in one run.

    uv run python bench/bench_register_pdf.py [--sizes 1000 10000] [--keep DIR]

Both variants lay out the same rows (text in every column, same font, sizes and column widths)
on A4 landscape:

- straightforward: a Paragraph in every cell, page-sized Tables (a few rows each, header row
  repeated), page numbers drawn by the page template;
- ours: `reports.register.write_register` (own line breaking with cached word widths, one text
  block per page, the header as a form, streamed rows, "Halaman N dari M").

Each measurement runs in its own subprocess so its peak RSS is its own. Targets (issue 4):
ours at least 2.5x faster at 10,000 records; our time per record at 10,000 no more than 1.2x
that at 1,000; our peak memory under 400 MB. Exits 1 when a target is missed.
"""

from __future__ import annotations

import argparse
import json
import random
import subprocess
import sys
import tempfile
import time
from pathlib import Path

SPEEDUP_TARGET = 2.5
SCALING_TARGET = 1.2
MEMORY_TARGET_MB = 400.0
BASELINE_ROWS_PER_TABLE = 5  # about two pages of rows with text in every column (the fastest size measured)

_WORDS = (
    "data informasi pribadi penerima bantuan sosial keluarga alamat nomor induk kependudukan rekening bank "
    "kondisi ekonomi kesehatan riwayat penyakit laporan hasil pemeriksaan audit internal nota dinas surat "
    "rahasia dokumen berkas arsip pengadaan barang jasa penawaran harga perkiraan sendiri evaluasi teknis "
    "penyelidikan pengaduan masyarakat pelapor saksi korban identitas anak perlindungan hukum penegakan "
    "keamanan ketertiban strategi intelijen kerawanan wilayah kabupaten kota provinsi dinas biro bagian "
    "subbagian kegiatan program anggaran tahun pelaksanaan verifikasi validasi pendamping petugas lapangan "
    "beasiswa siswa mahasiswa nilai rapor transkrip sekolah madrasah pondok pesantren rumah ibadah bencana "
    "pengungsi hunian sementara tanah sengketa sertifikat perjanjian kerja sama kontrak pihak ketiga "
    "mengungkap menimbulkan stigma diskriminasi kerugian persaingan usaha tidak sehat menghambat proses "
    "melindungi kepentingan lebih besar privasi hak asasi keselamatan jiwa kehormatan martabat"
).split()
_PLACES = ("Sambas", "Bengkayang", "Landak", "Mempawah", "Sanggau", "Ketapang", "Sintang", "Kapuas Hulu",
           "Sekadau", "Melawi", "Kayong Utara", "Kubu Raya", "Pontianak", "Singkawang")
_UNITS = ("Bagian Kesejahteraan Sosial", "Bagian Pendidikan dan Kebudayaan", "Bagian Kesehatan",
          "Subbagian Tata Usaha", "Bagian Agama dan Kemasyarakatan")


def _sentence(rng: random.Random, n: int) -> str:
    words = [rng.choice(_WORDS) for _ in range(n)]
    words[0] = words[0].capitalize()
    return " ".join(words) + "."


def sample_rows(count: int):
    """Deterministic rows with text in every column (about 1,100 characters each)."""
    from ppid_desktop.domain.enums import Classification
    from ppid_desktop.reports.model import RegisterRow

    rng = random.Random(2021)
    for i in range(1, count + 1):
        place = rng.choice(_PLACES)
        yield RegisterRow(
            number=i,
            title=f"{_sentence(rng, 8)[:-1]} Kabupaten {place} Tahun {rng.randint(2021, 2025)}",
            summary=_sentence(rng, rng.randint(18, 30)),
            register_number=f"DIK/KESRA/{rng.randint(2021, 2025)}/{i:05d}",
            dasar_hukum=f"Pasal 17 huruf {rng.choice('abcdefghij')} angka {rng.randint(1, 5)} UU 14/2008\nPasal 17 huruf h UU 14/2008",
            konsekuensi_dibuka=" ".join(_sentence(rng, rng.randint(10, 16)) for _ in range(3)),
            konsekuensi_ditutup=" ".join(_sentence(rng, rng.randint(10, 16)) for _ in range(2)),
            jangka_waktu=f"Sampai dengan {rng.randint(1, 28)} Desember {rng.randint(2026, 2055)}; Sampai memperoleh persetujuan dari yang bersangkutan",
            unit=rng.choice(_UNITS),
            keterangan=f"{_sentence(rng, 5)}\nKlasifikasi: {rng.choice(['Terbatas', 'Rahasia'])}\nStatus: Ditetapkan",
            classification=rng.choice([Classification.TERBATAS, Classification.RAHASIA]),
        )


def _document():
    from ppid_desktop.reports.model import DocumentInfo, Letterhead, PageSetup, RegisterDocument, SignatureBlock

    sign = SignatureBlock(("Pejabat Pengelola Informasi dan Dokumentasi",), "Siti Rahmawati, S.Sos", "Pontianak, 1 Maret 2025", "Penata (III/c)", "NIP. 19870312 201001 2 004")
    return RegisterDocument(
        letterhead=Letterhead(("PEMERINTAH PROVINSI KALIMANTAN BARAT", "SEKRETARIAT DAERAH"), "BIRO KESEJAHTERAAN RAKYAT", "Jalan Ahmad Yani, Pontianak"),
        info=DocumentInfo("Daftar Informasi yang Dikecualikan", "BIRO KESEJAHTERAAN RAKYAT"),
        setup=PageSetup("A4", "landscape"),
        signer=sign,
    )


def run_ours(count: int, out: Path) -> int:
    from ppid_desktop.reports.register import write_register

    write_register(out, _document(), sample_rows(count), total=count)
    return count


def run_straightforward(count: int, out: Path) -> int:
    """What one writes first: Paragraphs everywhere, tables of a few rows, a page template."""
    from xml.sax.saxutils import escape

    from reportlab.lib.colors import Color, black
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import BaseDocTemplate, Frame, PageTemplate, Paragraph, Spacer, Table, TableStyle

    from ppid_desktop.reports.fonts import BOLD, REGULAR, register_fonts
    from ppid_desktop.reports.layout import body_box, page_size
    from ppid_desktop.reports.register import HEADINGS, STYLE, column_widths

    register_fonts()
    doc = _document()
    x, y, width, height = body_box(doc.setup)
    widths = column_widths(width)
    cell = ParagraphStyle("cell", fontName=REGULAR, fontSize=STYLE.size, leading=STYLE.leading)
    head = ParagraphStyle("head", parent=cell, fontName=BOLD, alignment=1)

    def para(text: str, style: ParagraphStyle = cell) -> Paragraph:
        return Paragraph(escape(text).replace("\n", "<br/>"), style)

    header = [para(h, head) for h in HEADINGS]
    style = TableStyle([
        ("GRID", (0, 0), (-1, -1), STYLE.rule, black),
        ("BACKGROUND", (0, 0), (-1, 0), Color(0.88, 0.88, 0.88)),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), STYLE.pad_x),
        ("RIGHTPADDING", (0, 0), (-1, -1), STYLE.pad_x),
    ])
    story = [para(doc.title, head), Spacer(1, 12)]
    chunk: list[list[Paragraph]] = []
    for r in sample_rows(count):
        informasi = f"<b>{escape(r.title)}</b><br/>{escape(r.summary)}<br/><i>No. register: {escape(r.register_number)}</i>"
        chunk.append([para(str(r.number)), Paragraph(informasi, cell)] + [
            para(t) for t in (r.dasar_hukum, r.konsekuensi_dibuka, r.konsekuensi_ditutup, r.jangka_waktu, r.unit, r.keterangan)
        ])
        if len(chunk) == BASELINE_ROWS_PER_TABLE:
            story.append(Table([header] + chunk, colWidths=widths, repeatRows=1, style=style))
            chunk = []
    if chunk:
        story.append(Table([header] + chunk, colWidths=widths, repeatRows=1, style=style))

    def page_number(canv, document) -> None:
        canv.setFont(REGULAR, 8.5)
        canv.drawCentredString(page_size(doc.setup)[0] / 2, y - 17, f"Halaman {canv.getPageNumber()}")

    template = BaseDocTemplate(str(out), pagesize=page_size(doc.setup), title="DIK", author="BIRO")
    template.addPageTemplates([PageTemplate(frames=[Frame(x, y, width, height, 0, 0, 0, 0)], onPage=page_number)])
    template.build(story)
    return count


def _peak_rss_mb() -> float:
    import resource

    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak / (1024 * 1024) if sys.platform == "darwin" else peak / 1024


def child(variant: str, count: int, out: Path) -> None:
    runner = run_ours if variant == "ours" else run_straightforward
    # Imports and font registration are start-up costs of the process, not of a register.
    import reportlab.platypus  # noqa: F401

    from ppid_desktop.reports import fonts, register  # noqa: F401

    fonts.register_fonts()
    started = time.perf_counter()
    runner(count, out)
    seconds = time.perf_counter() - started
    pages = None
    try:
        info = subprocess.run(["pdfinfo", str(out)], capture_output=True, text=True, check=True).stdout
        pages = int(next(line.split()[-1] for line in info.splitlines() if line.startswith("Pages:")))
    except (OSError, subprocess.CalledProcessError, StopIteration):
        pass
    print(json.dumps({"seconds": seconds, "peak_rss_mb": _peak_rss_mb(), "pages": pages, "bytes": out.stat().st_size}))


def measure(variant: str, count: int, folder: Path) -> dict:
    out = folder / f"{variant}-{count}.pdf"
    result = subprocess.run(
        [sys.executable, __file__, "--child", variant, str(count), str(out)],
        capture_output=True, text=True, check=True,
    )
    return json.loads(result.stdout.strip().splitlines()[-1])


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs=2, default=[1000, 10000], metavar=("SMALL", "LARGE"))
    parser.add_argument("--keep", type=Path, default=None, help="keep the PDFs in this folder")
    parser.add_argument("--child", nargs=3, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.child:
        child(args.child[0], int(args.child[1]), Path(args.child[2]))
        return 0
    small, large = args.sizes
    with tempfile.TemporaryDirectory(prefix="bench-register-") as tmp:
        folder = args.keep or Path(tmp)
        folder.mkdir(parents=True, exist_ok=True)
        results = {(v, n): measure(v, n, folder) for n in (small, large) for v in ("straightforward", "ours")}
    print(f"{'variant':<16} {'records':>8} {'seconds':>8} {'ms/record':>10} {'pages':>6} {'MB file':>8} {'peak RSS MB':>12}")
    for (variant, n), r in results.items():
        print(f"{variant:<16} {n:>8} {r['seconds']:>8.2f} {1000 * r['seconds'] / n:>10.3f} {r['pages'] or '-':>6} "
              f"{r['bytes'] / 1e6:>8.1f} {r['peak_rss_mb']:>12.0f}")
    speedup = results[("straightforward", large)]["seconds"] / results[("ours", large)]["seconds"]
    per_small = results[("ours", small)]["seconds"] / small
    per_large = results[("ours", large)]["seconds"] / large
    scaling = per_large / per_small
    memory = results[("ours", large)]["peak_rss_mb"]
    checks = [
        (f"speed-up at {large}: {speedup:.2f}x (target >= {SPEEDUP_TARGET}x)", speedup >= SPEEDUP_TARGET),
        (f"time per record {large} vs {small}: {scaling:.2f}x (target <= {SCALING_TARGET}x)", scaling <= SCALING_TARGET),
        (f"peak memory at {large}: {memory:.0f} MB (target < {MEMORY_TARGET_MB:.0f} MB)", memory < MEMORY_TARGET_MB),
    ]
    for label, ok in checks:
        print(f"{'OK  ' if ok else 'MISS'} {label}")
    return 0 if all(ok for _, ok in checks) else 1


if __name__ == "__main__":
    sys.exit(main())
