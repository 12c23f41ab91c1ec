"""SOP templates: the two seed files load faithfully, and every broken file is refused with
the file name, the right line and an Indonesian reason."""

from __future__ import annotations

import hashlib
from datetime import date
from pathlib import Path

import pytest

from ppid_desktop.domain.sop import (
    SopTemplate,
    SopTemplateError,
    StageKind,
    builtin_templates,
    load_sop_template,
    parse_sop_template,
)

SOP_DIR = Path(__file__).resolve().parents[2] / "resources" / "sop"

# A small valid template; each refusal case below breaks exactly one thing in it.
MINIMAL = """\
format = 1
code = "uji"
revision = "1"

[header]
judul = "SOP Uji"
nomor = "1/UJI/2024"
instansi = ["PEMERINTAH PROVINSI UJI"]
tanggal_pembuatan = 2024-01-02

[[roles]]
code = "petugas"
name = "Petugas"

[[roles]]
code = "ppid"
name = "PPID"

[[stages]]
code = "susun"
uraian = "Menyusun berkas"
pelaksana = ["petugas"]
waktu = "1 Jam"
waktu_menit = 60
output = "Berkas"
output_berkas = true

[[stages]]
code = "serah"
uraian = "Menyerahkan berkas"
pelaksana = ["petugas"]
waktu = "1 Jam"
waktu_menit = 60
output = ""

[[stages]]
code = "reviu"
uraian = "Mengoreksi"
pelaksana = ["ppid"]
waktu = "30 menit"
waktu_menit = 30
output = "Dokumen"
kind = "review"
return_to = "susun"
"""


def line_of(text: str, snippet: str, occurrence: int = 1) -> int:
    """1-based number of the ``occurrence``-th line containing ``snippet``."""
    hits = [n for n, line in enumerate(text.split("\n"), start=1) if snippet in line]
    return hits[occurrence - 1]


def refuse(text: str) -> SopTemplateError:
    with pytest.raises(SopTemplateError) as info:
        parse_sop_template(text, "folder/uji.toml")
    return info.value


def kalbar() -> SopTemplate:
    return load_sop_template(SOP_DIR / "kalbar-kesra-2021.toml")


def banten() -> SopTemplate:
    return load_sop_template(SOP_DIR / "banten-pemkesra-2022.toml")


# ---------------------------------------------------------------- the seeds

def test_kalbar_seed_is_faithful() -> None:
    t = kalbar()
    assert (t.code, t.revision) == ("kalbar-kesra", "2021-03-01")
    assert [(r.code, r.name) for r in t.roles] == [
        ("ppid_pelaksana", "PPID Pelaksana"), ("petugas_dokumentasi", "Petugas Dokumentasi"), ("ppid", "PPID")]
    assert [(s.number, s.code, s.kind, s.pelaksana) for s in t.stages] == [
        (1, "produksi", StageKind.ORDINARY, ("ppid_pelaksana",)),
        (2, "serah", StageKind.HANDOVER_OUT, ("petugas_dokumentasi",)),
        (3, "terima", StageKind.HANDOVER_IN, ("ppid",)),
    ]
    first, second, third = t.stages
    assert first.uraian == ("Menghasilkan dan menyimpan Informasi yang Dikecualikan pada masing-masing bagian "
                            "di Lingkungan Komisi Informasi Pusat")
    assert first.syarat == ("Data ter-update dan telah terverifikasi",)
    assert (first.output, first.output_berkas) == ("Berkas Dokumen Informasi yang Dikecualikan", True)
    assert (second.output, second.output_berkas, second.syarat) == ("Soft file", True, ("Soft file",))
    assert third.uraian == "Menerima dan menyimpan soft copy Informasi Publik dalam storage internal PPID"
    assert third.output == "Dokumen"
    assert all((s.waktu, s.waktu_menit, s.return_to) == ("1 Jam", 60, None) for s in t.stages)

    h = t.header
    assert h.nomor == "400/257/KESRA-TU"
    assert h.instansi == ("PEMERINTAH PROVINSI KALIMANTAN BARAT", "SEKRETARIAT DAERAH", "BIRO KESEJAHTERAAN RAKYAT")
    assert (h.tanggal_pembuatan, h.tanggal_revisi, h.tanggal_efektif) == (date(2021, 3, 1), None, None)
    assert h.disahkan_oleh is not None
    assert h.disahkan_oleh.nama == "drg. HARY AGUNG TJAHYADI, M.Kes"
    assert (h.disahkan_oleh.pangkat, h.disahkan_oleh.nip) == ("IV/c", "196905201998031008")
    assert len(h.dasar_hukum) == 3 and h.dasar_hukum[2].endswith("Nomor 88/KESRA/2020 Tanggal 15 Januari 2020")
    assert len(h.kualifikasi_pelaksana) == 2
    assert h.keterkaitan == ("SOP Pelayanan Informasi Publik",)
    assert h.peralatan[-1] == "Perangkat Keras (Hardware): Laptop, Printer, Bolpoint dan Cap Garuda"
    assert h.peringatan.startswith("Prosedur Pendokumentasian Informasi yang dikecualikan adalah")
    assert h.pencatatan == ("Dokumen Daftar Informasi yang dikecualikan",)
    assert t.title == "SOP Pendokumentasian Informasi yang Dikecualikan (400/257/KESRA-TU)"


def test_banten_seed_is_faithful() -> None:
    t = banten()
    assert t.code == "banten-pemkesra"
    assert [r.code for r in t.roles] == ["petugas", "ppid", "arsip"]
    assert len(t.stages) == 7
    assert [s.pelaksana for s in t.stages] == [("petugas",)] * 5 + [("ppid",), ("arsip",)]
    assert [s.kind for s in t.stages] == [StageKind.ORDINARY] * 5 + [StageKind.REVIEW, StageKind.ARCHIVE]
    review = t.stages[5]
    assert review.return_to == t.stages[4].code == "pengolahan"
    assert review.uraian == ("Melaporkan kepada pimpinan PPID hasil informasi yang telah didokumentasikan "
                             "untuk memperoleh perbaikan atau koreksi")
    assert [(s.output, s.output_berkas) for s in t.stages[4:]] == [
        ("Softfile", True), ("Dokumen hasil koreksi", False), ("Arsip", False)]
    assert all((s.waktu, s.waktu_menit) == ("1 Jam", 60) for s in t.stages)
    h = t.header
    assert (h.judul, h.nomor) == ("SOP Pendokumentasian Informasi yang Dikecualikan", "555/7/PPIDP.Pemkesra/2022")
    assert h.tanggal_pembuatan == date(2022, 2, 3)
    assert h.instansi[-1] == "BIRO PEMERINTAHAN DAN KESEJAHTERAAN RAKYAT"
    assert h.disahkan_oleh is not None
    assert (h.disahkan_oleh.nama, h.disahkan_oleh.pangkat) == ("Gunawan Rusminto, AP, M.Si", "")
    assert len(h.dasar_hukum) == 6 and h.dasar_hukum[5].startswith("Kepgub Nomor 489.1/Kep.50-Huk/2022")
    assert "MUTU BAKU TIDAK ADA DI SUMBER" in t.source_text  # the placeholder values are declared


def test_builtin_templates_sorted_by_code(tmp_path: Path) -> None:
    assert [t.code for t in builtin_templates(SOP_DIR)] == ["banten-pemkesra", "kalbar-kesra"]
    with pytest.raises(SopTemplateError, match="folder templat SOP tidak ditemukan"):
        builtin_templates(tmp_path / "tidak-ada")


def test_navigation_helpers() -> None:
    t = kalbar()
    assert t.first_stage.code == "produksi"
    assert t.next_stage("produksi") == t.stage("serah")
    assert t.next_stage("terima") is None
    assert t.role_name("petugas_dokumentasi") == "Petugas Dokumentasi"
    with pytest.raises(KeyError):
        t.stage("tidak_ada")
    with pytest.raises(KeyError):
        t.role_name("atasan_ppid")
    assert StageKind.REVIEW.label == "Reviu/Koreksi"
    assert StageKind("handover_in").label == "Serah terima (terima)"


# ---------------------------------------------------------------- provenance

def test_sha256_is_digest_of_exact_bytes(tmp_path: Path) -> None:
    path = tmp_path / "uji.toml"
    path.write_bytes(MINIMAL.encode("utf-8"))
    loaded = load_sop_template(path)
    assert loaded.sha256 == hashlib.sha256(MINIMAL.encode("utf-8")).hexdigest()
    assert parse_sop_template(MINIMAL).sha256 == loaded.sha256
    changed = MINIMAL.replace('judul = "SOP Uji"', 'judul = "SOP Uja"')
    assert parse_sop_template(changed).sha256 != loaded.sha256


def test_byte_order_mark_is_accepted_but_hashed(tmp_path: Path) -> None:
    path = tmp_path / "bom.toml"
    raw = b"\xef\xbb\xbf" + MINIMAL.encode("utf-8")
    path.write_bytes(raw)
    loaded = load_sop_template(path)
    assert loaded.sha256 == hashlib.sha256(raw).hexdigest()
    # What the database keeps (source_text) must re-parse to the very same version.
    assert parse_sop_template(loaded.source_text).sha256 == loaded.sha256


def test_non_utf8_file_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "latin.toml"
    path.write_bytes(MINIMAL.replace("SOP Uji", "SOP Uji \xe9").encode("latin-1"))
    with pytest.raises(SopTemplateError) as info:
        load_sop_template(path)
    line = line_of(MINIMAL, "judul")
    assert info.value.line == line
    assert str(info.value) == f"Templat SOP tidak valid: latin.toml, baris {line}: " + info.value.reason
    assert "UTF-8" in info.value.reason


def test_missing_file_is_refused(tmp_path: Path) -> None:
    with pytest.raises(SopTemplateError) as info:
        load_sop_template(tmp_path / "hilang.toml")
    assert "hilang.toml" in str(info.value) and "tidak dapat dibaca" in info.value.reason


# ---------------------------------------------------------------- refusals, each at its line

_SIGNED = 'tanggal_pembuatan = 2024-01-02\ndisahkan_oleh = { jabatan = "Kepala", nama = "Nama", %s }'
CASES = [
    # id, replace this, with this, line expected at (snippet or (snippet, nth)), words in the reason
    ("toml-syntax", "waktu_menit = 30", "waktu_menit = 30 menit", "waktu_menit = 30 menit", "kesalahan TOML (kolom"),
    ("toml-open-string", 'uraian = "Mengoreksi"', 'uraian = "Mengoreksi', "Mengoreksi", "tidak ditutup"),
    ("format-2", "format = 1", "format = 2", "format = 2", "format 2 tidak didukung"),
    ("missing-header-key", 'nomor = "1/UJI/2024"\n', "", "[header]", "[header]: kunci 'nomor' wajib ada"),
    ("missing-stage-key", 'uraian = "Menyerahkan berkas"\n', "", ("[[stages]]", 2),
     "tahap 'serah': kunci 'uraian' wajib ada"),
    ("empty-judul", 'judul = "SOP Uji"', 'judul = " "', "judul", "'judul' tidak boleh kosong"),
    ("type-str-for-int", "waktu_menit = 30", 'waktu_menit = "30"', 'waktu_menit = "30"',
     "bilangan bulat (menit), bukan teks"),
    ("type-bool-for-int", "waktu_menit = 30", "waktu_menit = true", "waktu_menit = true", "bukan true/false"),
    ("type-output-berkas", "output_berkas = true", 'output_berkas = "ya"', "output_berkas", "true/false"),
    ("type-quoted-date", "tanggal_pembuatan = 2024-01-02", 'tanggal_pembuatan = "2024-01-02"', "tanggal_pembuatan",
     "tanpa tanda kutip"),
    ("type-datetime", "tanggal_pembuatan = 2024-01-02", "tanggal_pembuatan = 2024-01-02T08:00:00",
     "tanggal_pembuatan", "bukan tanggal-waktu"),
    ("type-instansi", 'instansi = ["PEMERINTAH PROVINSI UJI"]', 'instansi = "PEMERINTAH"', "instansi", "daftar teks"),
    ("unknown-stage-key", 'output = "Dokumen"', 'ouput = "Dokumen"', "ouput",
     "'ouput' tidak dikenal (maksudnya 'output'?)"),
    ("unknown-header-key", 'nomor = "1/UJI/2024"', 'nomor = "1/UJI/2024"\nnomer = "2"', "nomer",
     "maksudnya 'nomor'"),
    ("unknown-root-table", 'return_to = "susun"\n', 'return_to = "susun"\n\n[catatan]\nisi = "x"\n', "[catatan]",
     "kunci 'catatan' tidak dikenal"),
    ("unknown-stage-subtable", 'return_to = "susun"\n', 'return_to = "susun"\n[stages.lampiran]\nisi = "x"\n',
     "[stages.lampiran]", "tahap ke-3: kunci 'lampiran' tidak dikenal"),
    ("unknown-role-key", 'name = "PPID"', 'name = "PPID"\nnama = "PPID"', 'nama = "PPID"', "peran ke-2"),
    ("unknown-signatory-key", "tanggal_pembuatan = 2024-01-02", _SIGNED % 'golongan = "IV/c"', "disahkan_oleh",
     "'golongan' tidak dikenal"),
    ("nip-with-spaces", "tanggal_pembuatan = 2024-01-02", _SIGNED % 'nip = "19690520 199803 1 008"',
     "disahkan_oleh", "hanya boleh berisi angka"),
    ("bad-template-code", 'code = "uji"', 'code = "Uji Coba"', "Uji Coba", "kode 'Uji Coba' tidak valid"),
    ("bad-role-code", 'code = "ppid"', 'code = "ppid-1"', "ppid-1", "peran ke-2: kode 'ppid-1' tidak valid"),
    ("bad-stage-code", 'code = "serah"', 'code = "Tahap 2"', "Tahap 2", "tahap ke-2: kode 'Tahap 2' tidak valid"),
    ("duplicate-stage-code", 'code = "serah"', 'code = "susun"', ('code = "susun"', 2), "'susun' sudah dipakai"),
    ("duplicate-role-code", 'code = "ppid"', 'code = "petugas"', ('code = "petugas"', 2), "'petugas' sudah dipakai"),
    ("unknown-role", 'pelaksana = ["ppid"]', 'pelaksana = ["ppid_x"]', "ppid_x",
     "tahap 'reviu': pelaksana 'ppid_x' tidak ada di [[roles]]"),
    ("no-pelaksana", 'pelaksana = ["ppid"]', "pelaksana = []", "pelaksana = []", "minimal satu kode peran"),
    ("bad-kind", 'kind = "review"', 'kind = "revisi"', 'kind = "revisi"', "jenis tahap 'revisi' tidak dikenal"),
    ("review-without-return-to", 'return_to = "susun"\n', "", 'kind = "review"', "wajib punya 'return_to'"),
    ("return-to-self", 'return_to = "susun"', 'return_to = "reviu"', 'return_to = "reviu"', "tahap sebelumnya"),
    ("return-to-forward", 'output = ""', 'output = ""\nkind = "review"\nreturn_to = "reviu"', 'return_to = "reviu"',
     "tahap 'serah': 'return_to' harus menunjuk tahap sebelumnya"),
    ("return-to-unknown", 'return_to = "susun"', 'return_to = "entah"', "entah", "tahap 'entah' yang tidak ada"),
    ("return-to-on-ordinary", 'output = ""', 'output = ""\nreturn_to = "susun"', ('return_to = "susun"', 1),
     "tahap 'serah': 'return_to' hanya boleh"),
    ("waktu-menit-zero", "waktu_menit = 30", "waktu_menit = 0", "waktu_menit = 0", "harus lebih dari 0"),
    ("waktu-menit-negative", "waktu_menit = 30", "waktu_menit = -5", "waktu_menit = -5", "bukan -5"),
    ("berkas-without-output", 'output = ""', 'output = ""\noutput_berkas = true', ("output_berkas = true", 2),
     "'output' kosong"),
]


@pytest.mark.parametrize(("old", "new", "at", "words"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_refusal_names_file_line_and_reason(old: str, new: str, at: str | tuple[str, int], words: str) -> None:
    assert MINIMAL.count(old) == 1, "each case must change exactly one place"
    text = MINIMAL.replace(old, new)
    error = refuse(text)
    line = line_of(text, *at) if isinstance(at, tuple) else line_of(text, at)
    assert error.line == line
    assert error.path == "folder/uji.toml"
    assert str(error) == f"Templat SOP tidak valid: uji.toml, baris {line}: {error.reason}"
    assert words in error.reason


def test_zero_stages_is_refused() -> None:
    text = MINIMAL[: MINIMAL.index("[[stages]]")].replace('revision = "1"\n', 'revision = "1"\nstages = []\n')
    error = refuse(text)
    assert error.line == line_of(text, "stages = []")
    assert "minimal satu tahap" in error.reason
    # Without any stages key there is no line to point at; the message then names the file only.
    error = refuse(text.replace("stages = []\n", ""))
    assert error.line is None
    assert str(error).startswith("Templat SOP tidak valid: uji.toml: tidak ada [[stages]]")


def test_missing_format_is_refused() -> None:
    error = refuse(MINIMAL.replace("format = 1\n", ""))
    assert error.line is None and "kunci 'format' wajib ada" in error.reason


def test_lines_survive_brackets_and_keys_inside_strings() -> None:
    # Text that looks like TOML structure inside strings and multi-line arrays must not shift lines.
    tricky = MINIMAL.replace(
        'instansi = ["PEMERINTAH PROVINSI UJI"]',
        'instansi = [\n    "[[stages]]",\n    "code = \\"x\\" # ]",\n    \'[roles]\',\n]\n'
        'peringatan = """\n[[stages]]\ncode = 1\n"""',
    )
    assert parse_sop_template(tricky).header.instansi[0] == "[[stages]]"
    error = refuse(tricky.replace('pelaksana = ["ppid"]', 'pelaksana = ["ppid_x"]'))
    assert error.line == line_of(tricky, 'pelaksana = ["ppid"]')


def test_stage_nama_is_the_short_tab_name_or_derived_from_the_uraian() -> None:
    seeds = {t.code: t for t in builtin_templates(SOP_DIR)}
    assert [s.nama for s in seeds["kalbar-kesra"].stages] == [
        "Produksi dan penyimpanan", "Serah terima softcopy", "Penyimpanan di PPID"]
    derived = parse_sop_template(MINIMAL.replace('uraian = "Menyusun berkas"', 'uraian = "Menyusun dan mengolah berkas dokumen informasi yang dikecualikan"'))
    assert derived.stages[0].nama == "Menyusun dan mengolah berkas…"
