"""The SOP-AP sheet for both seed SOPs and for custom ones (1..20 stages, 1..6 roles)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from ppid_desktop.domain.enums import PaperSize
from ppid_desktop.domain.sop import parse_sop_template
from ppid_desktop.reports.model import DocumentInfo, Orientation, PageSetup
from ppid_desktop.reports.sop_sheet import write_sop
from ppid_desktop.services.sop_catalog import available_templates
from tests.reports.pdftools import needs_poppler, page_count, page_size_mm, pages, text, words

pytestmark = needs_poppler

ROLE_NAMES = ["Petugas Dokumentasi", "PPID Pelaksana", "PPID", "Atasan PPID", "Arsiparis", "Sekretaris"]


def custom_sop(stages: int, roles: int, long_stage: int | None = None):
    """A valid template text with review stages every fifth stage and some shared stages."""
    parts = [
        'format = 1\ncode = "uji"\nrevision = "1"\n\n[header]\njudul = "SOP Uji"\nnomor = "000/1/UJI/2025"\n'
        'instansi = ["PEMERINTAH KABUPATEN UJI", "DINAS KOMUNIKASI DAN INFORMATIKA"]\n'
        'tanggal_pembuatan = 2025-01-02\ntanggal_revisi = 2025-02-03\ntanggal_efektif = ""\n'
        'disahkan_oleh = { jabatan = "Kepala Dinas", nama = "Budi Hartono", pangkat = "IV/a", nip = "196905201998031008" }\n'
        'dasar_hukum = ["UU 14/2008"]\nkualifikasi_pelaksana = []\nketerkaitan = []\nperalatan = []\n'
        'peringatan = ""\npencatatan = []\n'
    ]
    codes = [f"r{chr(97 + i)}" for i in range(roles)]
    for code, name in zip(codes, ROLE_NAMES):
        parts.append(f'[[roles]]\ncode = "{code}"\nname = "{name}"\n')
    for i in range(stages):
        review = i % 5 == 4 and i < stages - 1
        pelaksana = [codes[i % roles]] + ([codes[(i + 2) % roles]] if i % 7 == 3 and roles > 2 else [])
        uraian = f"Uraian tahap {i + 1:02d} dikerjakan. " * (60 if i == long_stage else 1)
        parts.append(
            f'[[stages]]\ncode = "s{i}"\nnama = "Tahap {i + 1}"\nuraian = "{uraian.strip()}"\n'
            f"pelaksana = {pelaksana!r}\n".replace("'", '"')
            + f'syarat = ["Berkas lengkap"]\nwaktu = "{i + 1} Jam"\nwaktu_menit = {60 * (i + 1)}\n'
            f'output = "Dokumen {i + 1}"\noutput_berkas = false\nketerangan = ""\n'
            f'kind = "{"review" if review else "ordinary"}"\n' + (f'return_to = "s{i - 2}"\n' if review else "")
        )
    return parse_sop_template("\n".join(parts), "uji.toml")


@pytest.mark.parametrize("template", available_templates(), ids=lambda t: t.code)
@pytest.mark.parametrize("paper", [PaperSize.A4, PaperSize.F4])
def test_seed_sops(tmp_path: Path, template, paper) -> None:
    out = write_sop(tmp_path / "sop.pdf", template, PageSetup(paper, Orientation.LANDSCAPE), DocumentInfo(template.title, "BIRO"))
    body = " ".join(words(text(out)))
    header = template.header
    for expected in ("NOMOR SOP", header.nomor, "TGL. PEMBUATAN", "DISAHKAN OLEH", "NAMA SOP", "DASAR HUKUM:",
                     "KUALIFIKASI PELAKSANA:", "KETERKAITAN:", "PERALATAN/PERLENGKAPAN:", "PERINGATAN:",
                     "PENCATATAN DAN PENDATAAN:", "PELAKSANA", "MUTU BAKU", "Syarat", "Waktu", "Output", "URAIAN"):
        assert expected in body, expected
    for role in template.roles:
        assert role.name.split()[0] in body
    for stage in template.stages:
        assert " ".join(stage.uraian.split()[:4]) in body
    assert "NIP. " + re.sub(r"(\d{8})(\d{6})(\d)(\d{3})", r"\1 \2 \3 \4", header.disahkan_oleh.nip) in body
    n = page_count(out)
    assert n == 2
    assert all(f"Halaman {i} dari {n}" in page for i, page in enumerate(pages(out), start=1))
    assert page_size_mm(out) == ((297, 210) if paper is PaperSize.A4 else (330, 215))


@pytest.mark.parametrize(("stages", "roles"), [(1, 1), (3, 2), (7, 3), (20, 6)])
@pytest.mark.parametrize("orientation", [Orientation.LANDSCAPE, Orientation.PORTRAIT])
def test_custom_sops(tmp_path: Path, stages: int, roles: int, orientation) -> None:
    template = custom_sop(stages, roles)
    out = write_sop(tmp_path / "sop.pdf", template, PageSetup(PaperSize.A4, orientation), DocumentInfo("SOP Uji", "DINAS"))
    body = " ".join(words(text(out)))
    for i in range(1, stages + 1):
        assert f"Uraian tahap {i:02d} dikerjakan." in body
    for name in ROLE_NAMES[:roles]:
        assert name.split()[0] in body
    n = page_count(out)
    assert all(f"Halaman {i} dari {n}" in page for i, page in enumerate(pages(out), start=1))
    # Header on every page of the procedure table.
    assert all("URAIAN" in page and "MUTU BAKU" in page for page in pages(out)[1:])


def test_a_stage_taller_than_a_page_is_split(tmp_path: Path) -> None:
    template = custom_sop(5, 3, long_stage=2)
    out = write_sop(tmp_path / "sop.pdf", template, PageSetup(PaperSize.A4, Orientation.PORTRAIT), DocumentInfo("SOP", "DINAS"))
    assert " ".join(words(text(out))).count("Uraian tahap 03 dikerjakan.") == 60


def test_flowchart_draws_a_symbol_per_pelaksana_and_connectors_between_pages(tmp_path: Path, monkeypatch) -> None:
    drawn: list[str] = []
    connectors: list[str] = []
    import ppid_desktop.reports.sop_flow as flow

    real_symbol, real_connector = flow._symbol, flow._connector
    monkeypatch.setattr(flow, "_symbol", lambda canv, kind, *a: (drawn.append(kind), real_symbol(canv, kind, *a)))
    monkeypatch.setattr(flow, "_connector", lambda canv, cx, cy, label: (connectors.append(label), real_connector(canv, cx, cy, label)))
    template = custom_sop(20, 6)
    write_sop(tmp_path / "sop.pdf", template, PageSetup(PaperSize.A4, Orientation.LANDSCAPE), DocumentInfo("SOP", "DINAS"))
    expected = sum(len(stage.pelaksana) for stage in template.stages)
    assert len(drawn) == expected
    assert drawn[0] == flow.TERMINATOR and drawn[-1] == flow.TERMINATOR
    assert drawn.count(flow.DECISION) == sum(1 for s in template.stages if s.kind.value == "review")
    # Each page break in the chart: one connector leaving, the same letter arriving.
    assert connectors and len(connectors) % 2 == 0
    assert connectors[0::2] == connectors[1::2]
