"""The demo office: a provincial biro with a realistic register, for trying the app and for benchmarks.

The first (up to) 40 records go through `services.records.create_record`, so demo data passes the
validation a clerk's input does; their stage, status and dates are then set on the rows. Further
records (benchmarks ask for 100,000) come from the same generator and are written with SQLAlchemy
Core `insert()` executemany in batches, in one transaction: the ORM would take minutes.
Everything but the uids (`new_uid()`) comes from `random.Random(2021)`: same day, same register. Apart
from the Kepala Biro who signed the seed SOPs (as printed there), people, NIPs, contacts and cases are invented.
"""

from __future__ import annotations

import random
from collections import Counter
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, replace
from datetime import date, datetime, time, timedelta, timezone
from itertools import islice

from sqlalchemy import Connection, bindparam, insert, select, update

from ppid_desktop.domain.enums import Classification, InformationForm, PaperSize, RecordStatus
from ppid_desktop.domain.errors import UserError
from ppid_desktop.domain.legal import parse_legal_grounds
from ppid_desktop.domain.nip import EmployeeIdKind
from ppid_desktop.domain.office import OfficeProfile, OfficerDraft, UnitDraft
from ppid_desktop.domain.record import RecordDraft
from ppid_desktop.domain.sop import SopTemplate
from ppid_desktop.services.office import is_set_up, list_officers, list_units, setup_office
from ppid_desktop.services.records import create_record
from ppid_desktop.services.sop_catalog import available_templates
from ppid_desktop.storage.database import Database
from ppid_desktop.storage.models import ExemptRecord, LegalGroundRow, Office, new_uid

SEED = 2021
VALIDATED_RECORDS = 40  # made through create_record; the rest are bulk-inserted
BATCH_SIZE = 5000
# Page cache (KiB) for the bulk load: with SQLite's default 2 MB every index insert of 100,000
# rows goes to disk; 64 MB cuts the load by about a quarter. Restored afterwards.
BULK_CACHE_KIB = 65536
_WORK_START_UTC, _WORK_SECONDS = time(1, 0), 8 * 3600  # office hours 08:00-16:00 WIB (UTC+7)
_EXPIRING_WORKING_DAYS = 30  # the PPID decides no later than 30 working days before an exemption ends


@dataclass(frozen=True)
class _Office:
    profile: OfficeProfile
    register_code: str  # the office part of "DIK/KESRA/2025/001"
    units: tuple[tuple[str, str], ...]  # (name, code)
    holders: dict[str, tuple[str, ...]]  # kind of information (see _Info.holders) -> unit codes
    places: tuple[str, ...]  # kabupaten/kota the biro's programmes reach
    officers: tuple[tuple[str, str, str, str, str, tuple[str, ...]], ...]  # name, NIP, golongan, jabatan, unit code, roles


_KALBAR = _Office(
    profile=OfficeProfile(
        kop_lines=["PEMERINTAH PROVINSI KALIMANTAN BARAT", "SEKRETARIAT DAERAH"], name="BIRO KESEJAHTERAAN RAKYAT",
        address="Jalan Ahmad Yani, Pontianak, Kalimantan Barat 78124", telephone="(0561) 736541",
        email="birokesra@kalbarprov.go.id", website="https://birokesra.kalbarprov.go.id", city="Pontianak", paper=PaperSize.F4,
    ),
    register_code="KESRA",
    units=(("Bagian Kesejahteraan Sosial", "KESOS"), ("Bagian Pendidikan dan Kebudayaan", "DIKBUD"), ("Bagian Kesehatan", "KES"),
           ("Subbagian Tata Usaha", "TU"), ("Subbagian Program dan Keuangan", "PROGKEU")),
    # Religious harmony and social conflict are Kesra business in this biro.
    holders={"sosial": ("KESOS",), "pendidikan": ("DIKBUD",), "kesehatan": ("KES",), "tu": ("TU",), "keuangan": ("PROGKEU",),
             "pemerintahan": ("KESOS",)},
    places=("Kabupaten Sambas", "Kabupaten Bengkayang", "Kabupaten Landak", "Kabupaten Mempawah", "Kabupaten Sanggau",
            "Kabupaten Ketapang", "Kabupaten Sintang", "Kabupaten Kapuas Hulu", "Kabupaten Sekadau", "Kabupaten Melawi",
            "Kabupaten Kayong Utara", "Kabupaten Kubu Raya", "Kota Pontianak", "Kota Singkawang"),
    officers=(
        # The signatory of SOP 400/257/KESRA-TU; as Kepala Biro he approves as Atasan PPID.
        ("drg. Hary Agung Tjahyadi, M.Kes", "196905201998031008", "IV/c", "Kepala Biro Kesejahteraan Rakyat", "", ("atasan_ppid",)),
        ("Yuliana Sari, S.E., M.M.", "197807142005012009", "III/d", "Kepala Subbagian Tata Usaha", "TU", ("ppid",)),
        ("Drs. Abdul Rahman Syarif, M.Si.", "197203151997031005", "IV/a", "Kepala Bagian Kesejahteraan Sosial", "KESOS", ("ppid_pelaksana",)),
        ("Antonius Agus Suryadi, S.Pd., M.Pd.", "197509222000031003", "IV/a", "Kepala Bagian Pendidikan dan Kebudayaan", "DIKBUD", ("ppid_pelaksana",)),
        ("dr. Nurul Hidayati, M.P.H.", "197911042006042012", "IV/a", "Kepala Bagian Kesehatan", "KES", ("ppid_pelaksana",)),
        ("Rina Marlina, A.Md.", "199002282015032001", "II/d", "Arsiparis Terampil", "TU", ("petugas_dokumentasi",)),
        ("Hendra Gunawan, S.Kom.", "199406172019031004", "III/a", "Pranata Komputer Ahli Pertama", "PROGKEU", ("petugas_dokumentasi",)),
    ),
)

_BANTEN = _Office(
    # Address, telephone and website as on the seed SOP's kop; its e-mail there is a gmail address.
    profile=OfficeProfile(
        kop_lines=["PEMERINTAH PROVINSI BANTEN", "SEKRETARIAT DAERAH"], name="BIRO PEMERINTAHAN DAN KESEJAHTERAAN RAKYAT",
        address="Kawasan Pusat Pemerintahan Provinsi Banten, Jalan Syech Nawawi Al-Bantani, Palima, Serang, Banten",
        telephone="(0254) 200123, Faks. (0254) 200520", email="biropemkesra@bantenprov.go.id",
        website="https://biropemkesra.bantenprov.go.id", city="Serang", paper=PaperSize.F4,
    ),
    register_code="PEMKESRA",
    units=(("Bagian Pemerintahan", "PEM"), ("Bagian Otonomi Daerah dan Kerja Sama", "OTDA"), ("Bagian Kesejahteraan Rakyat", "KESRA"),
           ("Subbagian Tata Usaha", "TU"), ("Subbagian Program dan Keuangan", "PROGKEU")),
    holders={"sosial": ("KESRA",), "pendidikan": ("KESRA",), "kesehatan": ("KESRA",), "tu": ("TU",), "keuangan": ("PROGKEU",),
             "pemerintahan": ("PEM", "OTDA")},
    places=("Kabupaten Serang", "Kabupaten Pandeglang", "Kabupaten Lebak", "Kabupaten Tangerang", "Kota Serang", "Kota Cilegon",
            "Kota Tangerang", "Kota Tangerang Selatan"),
    officers=(
        # The signatory of SOP 555/7/PPIDP.Pemkesra/2022; his pangkat is not on the sheet.
        ("Gunawan Rusminto, AP, M.Si", "197410041994021002", "IV/c", "Kepala Biro Pemerintahan dan Kesejahteraan Rakyat", "", ("atasan_ppid",)),
        ("Ratna Dewi Kusumawati, S.IP., M.Si.", "198002112006042007", "III/d", "Kepala Subbagian Tata Usaha", "TU", ("ppid",)),
        ("Ahmad Syaukani, S.STP., M.Si.", "198105052003121001", "IV/a", "Kepala Bagian Pemerintahan", "PEM", ("ppid_pelaksana",)),
        ("Hj. Euis Komariah, S.Ag., M.Pd.", "197606182002122003", "IV/a", "Kepala Bagian Kesejahteraan Rakyat", "KESRA", ("ppid_pelaksana",)),
        ("Dedi Supriadi, S.E.", "198812092014031002", "III/b", "Analis Kebijakan Ahli Pertama", "OTDA", ("petugas",)),
        ("Rizky Maulana, S.Kom.", "199507212020121005", "III/a", "Pranata Komputer Ahli Pertama", "PROGKEU", ("petugas",)),
        ("Siti Nurhasanah, A.Md.", "199208142018022001", "II/c", "Arsiparis Terampil", "TU", ("arsip",)),
    ),
)

# By SOP code. Another template (an office's own variant) gets the Kalimantan Barat biro.
_OFFICES = {"kalbar-kesra": _KALBAR, "banten-pemkesra": _BANTEN}

_PERSETUJUAN = "Sampai memperoleh persetujuan dari yang bersangkutan"
_TIDAK_TERBATAS = "Tidak terbatas"
_T, _R, _SR, _B = Classification.TERBATAS, Classification.RAHASIA, Classification.SANGAT_RAHASIA, Classification.BIASA
_CE, _C, _E = InformationForm.CETAK_DAN_ELEKTRONIK, InformationForm.CETAK, InformationForm.ELEKTRONIK
_ARSIP, _BESI, _SERVER = "Lemari arsip {unit}, rak {rak}", "Lemari besi {unit} (terkunci)", "Folder DIK pada server internal PPID (akses terbatas)"


@dataclass(frozen=True)
class _Info:
    """One kind of exempted information a biro kesra holds, with the variants a register shows."""

    holders: tuple[str, ...]  # keys of _Office.holders
    titles: tuple[str, ...]  # with {tempat} and {tahun}
    summary: str  # with {tempat}
    grounds: tuple[str, ...]  # alternatives, written as registers do; read by parse_legal_grounds
    opened: str  # konsekuensi bila dibuka
    closed: str  # konsekuensi bila ditutup
    years: int | None  # usual length of the exemption; None: only a condition ends it
    conditions: tuple[str, ...]  # "" for none
    forms: tuple[InformationForm, ...]
    classes: tuple[Classification, ...]  # repeats weight the choice
    storage: tuple[str, ...]  # with {unit} and {rak}
    remarks: tuple[str, ...] = ("",)


_INFORMATION = (
    _Info(("sosial",), ("Data pribadi penerima bantuan sosial lanjut usia {tempat} Tahun {tahun}",
                        "Data pribadi penerima bantuan sosial penyandang disabilitas {tempat} Tahun {tahun}",
                        "Data by name by address penerima bantuan sosial anak yatim piatu {tempat} Tahun {tahun}"),
          "Nama, NIK, nomor KK, alamat, dan kondisi sosial ekonomi penerima bantuan sosial di {tempat} hasil verifikasi dan validasi.",
          ("Pasal 17 huruf h angka 1 dan angka 3", "Pasal 17 huruf h angka 3; UU 24/2013 Pasal 79"),
          "Membuka identitas dan kondisi ekonomi keluarga penerima sehingga berpotensi menimbulkan stigma sosial, diskriminasi, serta "
          "penyalahgunaan NIK dan nomor KK untuk penipuan atau pinjaman daring ilegal.",
          "Hak atas privasi penerima terlindungi, sedangkan akuntabilitas penyaluran tetap terjaga karena jumlah penerima dan besaran "
          "bantuan per kabupaten/kota diumumkan dalam Daftar Informasi Publik.",
          5, ("", _PERSETUJUAN), (_CE, _CE, _E), (_T, _T, _T, _R), (_ARSIP, _SERVER),
          ("Dikecualikan sebagian: rekapitulasi jumlah penerima per kabupaten/kota tetap dibuka.", "")),
    _Info(("kesehatan",), ("Rekam medis peserta pemeriksaan kesehatan gratis {tempat} Tahun {tahun}",
                           "Rekam medis pasien rujukan program jaminan kesehatan daerah {tempat} Tahun {tahun}",
                           "Salinan rekam medis pasien penerima bantuan biaya pengobatan {tempat} Tahun {tahun}"),
          "Riwayat penyakit, hasil pemeriksaan, diagnosis, dan tindakan pengobatan pasien dari {tempat} untuk verifikasi bantuan.",
          ("Pasal 17 huruf h angka 2; UU 36/2009 Pasal 57", "Pasal 17 huruf h angka 2"),
          "Mengungkap riwayat dan kondisi kesehatan seseorang tanpa persetujuannya, melanggar rahasia kedokteran, dan dapat menimbulkan "
          "diskriminasi terhadap pasien di lingkungan kerja maupun masyarakat.",
          "Rahasia kondisi kesehatan pribadi pasien terlindungi; kepentingan publik atas program tetap terpenuhi melalui data agregat "
          "jumlah pasien dan realisasi anggaran.",
          None, (_PERSETUJUAN,), (_CE, _C), (_R, _R, _T), (_BESI, "Ruang arsip {unit}, boks {rak}")),
    _Info(("kesehatan",), ("Data penderita HIV/AIDS penerima pendampingan {tempat} Tahun {tahun}",
                           "Data orang dengan gangguan jiwa penerima bantuan pemulihan {tempat} Tahun {tahun}",
                           "Data penderita tuberkulosis penerima bantuan nutrisi {tempat} Tahun {tahun}"),
          "Nama, alamat, diagnosis, dan riwayat pengobatan warga {tempat} yang menerima pendampingan pemerintah provinsi.",
          ("Pasal 17 huruf h angka 2; UU 36/2009 Pasal 57",),
          "Membuka status kesehatan yang sangat sensitif sehingga penderita dan keluarganya berisiko dikucilkan, kehilangan pekerjaan, "
          "dan enggan melanjutkan pengobatan.",
          "Penderita terlindungi dari stigma dan tetap mau berobat; capaian program diumumkan sebagai statistik tanpa identitas.",
          None, (_TIDAK_TERBATAS, _PERSETUJUAN), (_E, _CE), (_R, _SR), (_SERVER, _BESI)),
    _Info(("keuangan",), ("Dokumen penawaran dan hasil evaluasi tender alat kesehatan bantuan puskesmas Tahun Anggaran {tahun}",
                          "Dokumen penawaran dan hasil evaluasi tender bantuan bahan pokok korban bencana Tahun Anggaran {tahun}",
                          "Dokumen lelang pengadaan perlengkapan sekolah bantuan siswa kurang mampu Tahun Anggaran {tahun}"),
          "Dokumen penawaran peserta, harga penawaran, dan berita acara evaluasi Pokja Pemilihan sebelum pengumuman pemenang.",
          ("Pasal 17 huruf b", "Pasal 17 huruf b; Pasal 17 huruf i"),
          "Membuka harga dan strategi penawaran peserta sebelum pengumuman pemenang sehingga mengganggu persaingan usaha yang sehat dan "
          "berpotensi memicu persekongkolan tender.",
          "Pemilihan penyedia berjalan adil dan kompetitif; dokumen dibuka setelah pengumuman pemenang dan masa sanggah selesai.",
          1, ("Sampai pengumuman pemenang dan berakhirnya masa sanggah", ""), (_E, _CE), (_T, _R),
          ("Arsip elektronik Pokja Pemilihan pada server internal", _ARSIP)),
    _Info(("tu", "sosial", "pendidikan", "keuangan"), (
              "Memorandum internal Kepala Biro tentang evaluasi penyaluran hibah keagamaan Tahun {tahun}",
              "Nota dinas internal tentang penanganan pengaduan masyarakat atas bantuan sosial {tempat} Tahun {tahun}",
              "Telaahan staf rancangan peraturan gubernur tentang pemberian bantuan sosial Tahun {tahun}",
              "Notulen rapat internal pembahasan usulan penerima hibah {tempat} Tahun {tahun}",
              "Hasil verifikasi internal proposal hibah lembaga keagamaan {tempat} Tahun Anggaran {tahun}"),
          "Pertimbangan, pendapat, dan usulan internal pejabat biro yang belum menjadi keputusan.",
          ("Pasal 17 huruf i", "Pasal 17 huruf i; UU 43/2009 Pasal 44"),
          "Memuat pertimbangan internal yang belum menjadi keputusan; bila dibuka dapat disalahartikan sebagai kebijakan resmi dan "
          "menghambat kebebasan menyampaikan pendapat dalam perumusan kebijakan.",
          "Perumusan kebijakan berlangsung jujur dan cermat di internal; keputusan akhirnya tetap diumumkan kepada publik.",
          2, ("", "Sampai kebijakan ditetapkan"), (_C, _CE), (_T, _T, _B), ("Ordner memorandum {unit}, lemari {rak}", _ARSIP)),
    _Info(("keuangan", "sosial"), ("Data rekening bank penerima hibah rumah ibadah {tempat} Tahun Anggaran {tahun}",
                                   "Data rekening lembaga penerima hibah pendidikan keagamaan {tempat} Tahun Anggaran {tahun}",
                                   "Data rekening penerima bantuan beasiswa {tempat} Tahun {tahun}"),
          "Nama pemilik rekening, nomor rekening, nama bank, dan nilai dana yang ditransfer kepada penerima di {tempat}.",
          ("Pasal 17 huruf h angka 3",),
          "Membuka nomor rekening, nama bank, dan nilai dana penerima sehingga rawan disalahgunakan untuk penipuan atau pembobolan rekening.",
          "Keamanan keuangan penerima terlindungi; nama lembaga penerima dan besaran hibah tetap diumumkan sesuai Keputusan Gubernur.",
          5, ("",), (_E, _CE), (_T,), ("Aplikasi keuangan daerah (akses terbatas)", _ARSIP),
          ("Dikecualikan sebagian: nama lembaga dan nilai hibah dibuka dalam DIP; nomor rekening dihitamkan.", "")),
    _Info(("pemerintahan",), ("Laporan kewaspadaan dini potensi konflik sosial keagamaan {tempat} Tahun {tahun}",
                              "Laporan pengamanan perayaan hari besar keagamaan {tempat} Tahun {tahun}",
                              "Laporan intelijen Forkopimda tentang kerawanan sosial {tempat} Tahun {tahun}"),
          "Titik rawan, sumber informasi, dan langkah pengamanan yang disusun bersama aparat keamanan untuk wilayah {tempat}.",
          ("Pasal 17 huruf c angka 1", "Pasal 17 huruf c angka 1; Pasal 17 huruf a angka 3"),
          "Mengungkap sumber informasi, pola pengamanan, dan titik rawan sehingga dapat dimanfaatkan pihak yang hendak memicu konflik "
          "serta membahayakan keselamatan petugas dan masyarakat.",
          "Keamanan dan ketertiban masyarakat terjaga; informasi umum kegiatan kerukunan umat beragama tetap disampaikan kepada publik.",
          3, ("",), (_C, _CE), (_R, _R, _SR), ("Brankas Kepala Biro", _BESI)),
    _Info(("tu", "keuangan", "pemerintahan"), ("Berkas perkara dugaan penyimpangan dana hibah {tempat} Tahun Anggaran {tahun}",
                                               "Berkas perkara gugatan tata usaha negara atas keputusan penerima bantuan Tahun {tahun}",
                                               "Dokumen permintaan keterangan oleh penyidik terkait bantuan sosial {tempat} Tahun {tahun}"),
          "Surat permintaan keterangan, salinan dokumen yang diserahkan kepada aparat penegak hukum, dan catatan pendampingan hukum.",
          ("Pasal 17 huruf a angka 1", "Pasal 17 huruf a angka 1 dan angka 3"),
          "Dapat menghambat penyelidikan dan penyidikan, mengungkap identitas saksi dan pelapor, serta memberi kesempatan pihak terkait "
          "menghilangkan barang bukti.",
          "Penegakan hukum berjalan tanpa gangguan dan hak para pihak atas pemeriksaan yang adil tetap terjamin.",
          None, ("Dapat dibuka pada waktu pemeriksaan", "Sampai putusan pengadilan berkekuatan hukum tetap"), (_C,), (_R, _R, _T),
          (_BESI, "Brankas Kepala Biro")),
    _Info(("tu",), ("Hasil penilaian kinerja pegawai (SKP) Tahun {tahun}", "Berita acara pemeriksaan disiplin pegawai Tahun {tahun}",
                    "Hasil uji kompetensi dan asesmen pegawai untuk promosi jabatan Tahun {tahun}"),
          "Nilai, catatan atasan, dan rekomendasi pengembangan kompetensi pegawai biro secara perorangan.",
          ("Pasal 17 huruf h angka 4", "Pasal 17 huruf h angka 4; UU 43/2009 Pasal 44"),
          "Mengungkap hasil penilaian kemampuan dan kinerja perorangan yang dapat merusak nama baik serta karier pegawai dan memicu "
          "konflik di lingkungan kerja.",
          "Privasi dan martabat pegawai terlindungi; capaian kinerja organisasi tetap dipublikasikan dalam laporan kinerja instansi.",
          5, ("", _PERSETUJUAN), (_CE,), (_T, _R), ("Lemari arsip kepegawaian {unit}, rak {rak}", "Aplikasi kepegawaian (akses terbatas)")),
    _Info(("pendidikan",), ("Data nilai akademik dan kondisi ekonomi penerima beasiswa mahasiswa berprestasi {tempat} Tahun {tahun}",
                            "Data nilai rapor dan kondisi ekonomi penerima beasiswa siswa kurang mampu {tempat} Tahun {tahun}",
                            "Data penerima beasiswa santri dan mahasiswa keagamaan {tempat} Tahun {tahun}"),
          "Transkrip nilai, surat keterangan tidak mampu, dan data keluarga calon penerima beasiswa dari {tempat}.",
          ("Pasal 17 huruf h angka 5 dan angka 3", "Pasal 17 huruf h angka 5"),
          "Membuka catatan pendidikan, nilai, dan kondisi ekonomi keluarga siswa atau mahasiswa yang dapat menimbulkan perundungan dan stigma.",
          "Privasi peserta didik terlindungi; nama penerima dan jumlah beasiswa tetap diumumkan tanpa data nilai dan ekonomi keluarga.",
          5, ("",), (_CE, _E), (_T,), (_ARSIP, _SERVER), ("Dikecualikan sebagian: daftar nama penerima dan jumlah beasiswa dibuka.", "")),
    _Info(("sosial",), ("Data anak korban kekerasan penerima layanan rehabilitasi sosial {tempat} Tahun {tahun}",
                        "Data anak berhadapan dengan hukum penerima pendampingan {tempat} Tahun {tahun}"),
          "Identitas anak dan keluarganya, kronologi kejadian, dan hasil asesmen pekerja sosial di {tempat}.",
          ("Pasal 17 huruf h angka 1; UU 11/2012 Pasal 19", "Pasal 17 huruf h angka 1 dan angka 2"),
          "Mengungkap identitas anak sehingga menimbulkan trauma berulang, stigma, dan risiko pembalasan dari pelaku.",
          "Kepentingan terbaik bagi anak terlindungi; statistik kasus tetap dapat diumumkan tanpa identitas.",
          None, (_TIDAK_TERBATAS,), (_C, _CE), (_SR, _R), (_BESI,)),
    _Info(("pemerintahan", "tu"), ("Draf naskah kerja sama penanggulangan kemiskinan dengan perguruan tinggi Tahun {tahun}",
                                   "Draf naskah kerja sama pelayanan kesehatan dengan rumah sakit swasta Tahun {tahun}",
                                   "Draf kesepakatan kerja sama penyaluran bantuan dengan lembaga filantropi Tahun {tahun}"),
          "Naskah perjanjian yang masih dinegosiasikan beserta catatan posisi runding pemerintah provinsi.",
          ("Pasal 17 huruf i", "Pasal 17 huruf i; Pasal 17 huruf b"),
          "Membuka posisi runding dan rancangan yang belum disepakati sehingga melemahkan kedudukan pemerintah provinsi dalam negosiasi.",
          "Negosiasi berjalan wajar; naskah yang telah ditandatangani diumumkan sebagai informasi publik.",
          None, ("Sampai naskah perjanjian ditandatangani",), (_E, _CE), (_B, _T), ("Folder kerja sama pada server internal", _ARSIP)),
)
_GROUNDS = {text: tuple(parse_legal_grounds(text)) for info in _INFORMATION for text in info.grounds}  # parsed once


@dataclass
class _Composed:
    """One generated record: what the clerk fills in, plus where it stands in the workflow."""

    draft: RecordDraft
    stage_code: str
    status: RecordStatus
    created_at: datetime
    stage_entered_at: datetime
    updated_at: datetime
    created_by: int
    updated_by: int


def _add_working_days(d: date, days: int) -> date:
    """`days` working days after `d`; weekends skipped, national holidays ignored."""
    while days > 0:
        d += timedelta(days=1)
        if d.weekday() < 5:
            days -= 1
    return d


class _Generator:
    """Deterministic record factory for one office; every draw comes from one `random.Random`."""

    def __init__(self, office: _Office, template: SopTemplate, db: Database, now: datetime) -> None:
        self.rng, self.office, self.stages, self.now, self.today = random.Random(SEED), office, template.stages, now, now.date()
        units = list_units(db)
        self.unit_ids, self.unit_names = {u.code: u.id for u in units}, {u.id: u.name for u in units}
        unit_by_name = {u.name: u.id for u in units}
        self.staff = [(o.id, unit_by_name.get(o.unit_name), o.roles) for o in sorted(list_officers(db), key=lambda o: o.id)]
        self.ppid_id = next(oid for oid, _, roles in self.staff if "ppid" in roles)
        self._titles: Counter[str] = Counter()

    def officer(self, unit_id: int, role: str | None, anywhere: bool = True) -> int:
        """Who acts: the holder of `role` in the unit, else (`anywhere`) elsewhere, else someone of the unit, else the PPID."""
        tries = [(role, unit_id), (role, None), (None, unit_id)] if anywhere else [(role, unit_id), (None, unit_id)]
        for wanted in tries:
            for oid, unit, roles in self.staff:
                if (wanted[0] is None or wanted[0] in roles) and (wanted[1] is None or wanted[1] == unit):
                    return oid
        return self.ppid_id

    def timeline(self, count: int) -> list[tuple[datetime, str]]:
        """(creation time, register number) in creation order; numbers run per year, as in a paper register."""
        start = date(self.today.year - 2, 1, 2)
        span = max(1, (self.today - start).days - 1)  # up to yesterday
        times = []
        for _ in range(count):
            day = start + timedelta(days=self.rng.randrange(span))
            day -= timedelta(days=max(0, day.weekday() - 4))  # a weekend draw moves back to Friday
            times.append(datetime.combine(day, _WORK_START_UTC, tzinfo=timezone.utc) + timedelta(seconds=self.rng.randrange(_WORK_SECONDS)))
        times.sort()
        per_year: Counter[int] = Counter()
        width = max(3, len(str(count)))
        numbered = []
        for created in times:
            per_year[created.year] += 1
            numbered.append((created, f"DIK/{self.office.register_code}/{created.year}/{per_year[created.year]:0{width}d}"))
        return numbered

    def _moment(self, after: datetime, within: timedelta | None = None) -> datetime:
        """A moment in office hours after `after` (within `within` of it), never in the future."""
        limit = self.now if within is None else min(self.now, after + within)
        if limit <= after:
            return after
        day = (after + (limit - after) * self.rng.random()).date()
        day -= timedelta(days=max(0, day.weekday() - 4))
        moment = datetime.combine(day, _WORK_START_UTC, tzinfo=timezone.utc) + timedelta(seconds=self.rng.randrange(_WORK_SECONDS))
        return max(after, min(moment, limit)).replace(microsecond=0)

    def _period(self, info: _Info, created: date, kind: str) -> tuple[str, date | None, date | None, str]:
        """(kind, start, end, condition); kind "expiring" (within 30 working days) or "expired" falls back to "normal"."""
        condition = self.rng.choice(info.conditions)
        if condition == _TIDAK_TERBATAS or (kind == "expired" and (self.today - created).days < 3):
            kind = "normal"  # nothing to expire, or too recent to have ended already
        if kind == "expiring":
            return kind, created, _add_working_days(self.today, self.rng.randint(1, _EXPIRING_WORKING_DAYS - 1)), condition
        if kind == "expired":
            end = created + timedelta(days=self.rng.randint(1, (self.today - created).days - 2))
            return kind, end - timedelta(days=365 * (info.years or 2)), end, condition
        if info.years is None or (condition and self.rng.random() < 0.5):
            return kind, created, None, condition  # some registers write only the condition
        return kind, created, created + timedelta(days=round(365.25 * info.years)), condition

    def compose(self, info: _Info, slot: tuple[datetime, str], stage_index: int, kind: str) -> _Composed:
        (created, register_number), rng = slot, self.rng
        unit_id = self.unit_ids[rng.choice([code for key in info.holders for code in self.office.holders[key]])]
        place = rng.choice(self.office.places)
        title = rng.choice(info.titles).format(tempat=place, tahun=created.year)
        # The same kind of information for the same place and year recurs; registers tell them apart by berkas.
        self._titles[title] += 1
        if self._titles[title] > 1:
            title = f"{title} (berkas {self._titles[title]})"
        kind, start, end, condition = self._period(info, created.date(), kind)
        draft = RecordDraft(
            title=title, register_number=register_number, summary=info.summary.format(tempat=place), unit_id=unit_id,
            legal_grounds=list(_GROUNDS[rng.choice(info.grounds)]), consequence_opened=info.opened, consequence_closed=info.closed,
            period_start=start, period_end=end, period_condition=condition, form=rng.choice(info.forms),
            storage_location=rng.choice(info.storage).format(unit=self.unit_names[unit_id], rak=rng.randint(1, 8)),
            classification=rng.choice(info.classes), remarks=rng.choice(info.remarks),
        )
        status = RecordStatus.DRAFT
        if stage_index == len(self.stages) - 1 and (kind != "normal" or rng.random() < 0.5):
            # In the PPID's store most records are determined (penetapan); some whose exemption ended were opened (DIP).
            status = RecordStatus.DIBUKA if kind == "expired" and rng.random() < 0.25 else RecordStatus.DITETAPKAN
        entered = created if stage_index == 0 else self._moment(created)
        updated = self._moment(entered, timedelta(days=3 if stage_index == 0 else 2))
        stage = self.stages[stage_index]
        # The unit's own officer documents the record; whoever performs the current stage touched it last.
        created_by = self.officer(unit_id, self.stages[0].pelaksana[0] if self.stages[0].pelaksana else None, anywhere=False)
        updated_by = self.officer(unit_id, stage.pelaksana[0] if stage.pelaksana else None)
        return _Composed(draft, stage.code, status, created, entered, updated, created_by, updated_by)

    def validated_set(self, slots: Sequence[tuple[datetime, str]]) -> list[_Composed]:
        """Every kind of information, every stage, some exemptions expiring soon and some already ended."""
        count, last = len(slots), len(self.stages) - 1
        stage_plan = [i % len(self.stages) for i in range(count)]
        self.rng.shuffle(stage_plan)
        # Expiring and ended exemptions go first to records in the PPID's store: the ones the PPID must decide on.
        order = sorted(range(count), key=lambda i: (stage_plan[i] != last, self.rng.random()))
        kinds = ["normal"] * count
        for i, kind in zip(order, (["expiring", "expired"] * max(1, count // 8))[: max(0, count - 1)]):
            kinds[i] = kind
        infos = [_INFORMATION[i % len(_INFORMATION)] for i in range(count)]
        self.rng.shuffle(infos)
        items = [self.compose(infos[i], slots[i], stage_plan[i], kinds[i]) for i in range(count)]
        ended = [it for it in items if it.status is RecordStatus.DITETAPKAN and it.draft.period_end and it.draft.period_end < self.today]
        if ended and all(it.status is not RecordStatus.DIBUKA for it in items):
            ended[0].status = RecordStatus.DIBUKA  # show one exemption that ended and moved to the DIP
        return items

    def bulk(self, slots: Sequence[tuple[datetime, str]]) -> Iterator[_Composed]:
        """Half the records already in the last stage, the rest spread over the earlier stages."""
        n = len(self.stages)
        weights = [0.5 / (n - 1)] * (n - 1) + [0.5] if n > 1 else [1.0]
        for slot in slots:
            stage_index, roll = self.rng.choices(range(n), weights)[0], self.rng.random()
            if stage_index == n - 1:
                kind = "expired" if roll < 0.15 else "expiring" if roll < 0.23 else "normal"
            else:
                kind = "expiring" if roll < 0.03 else "normal"
            yield self.compose(self.rng.choice(_INFORMATION), slot, stage_index, kind)


def _write(db: Database, validated: list[tuple[int, _Composed]], bulk: Iterator[_Composed], sop_template_id: int) -> None:
    """Set the workflow state of the validated records and insert the bulk ones, in one transaction."""
    with db.session() as session:
        connection = session.connection()
        if connection.dialect.name != "sqlite":
            _write_rows(connection, validated, bulk, sop_template_id)
            return
        previous_cache = connection.exec_driver_sql("PRAGMA cache_size").scalar()
        connection.exec_driver_sql(f"PRAGMA cache_size=-{BULK_CACHE_KIB}")
        try:
            _write_rows(connection, validated, bulk, sop_template_id)
        finally:
            connection.exec_driver_sql(f"PRAGMA cache_size={int(previous_cache)}")  # the connection goes back to the pool


def _write_rows(connection: Connection, validated: list[tuple[int, _Composed]], bulk: Iterator[_Composed], sop_template_id: int) -> None:
    records, grounds = ExemptRecord.__table__, LegalGroundRow.__table__
    if validated:  # create_record left them in the first stage, as drafts, made "now"
        connection.execute(
            update(records).where(records.c.id == bindparam("record_id")),
            [{"record_id": record_id, "stage_code": it.stage_code, "status": it.status.value, "stage_entered_at": it.stage_entered_at,
              "created_at": it.created_at, "updated_at": it.updated_at, "updated_by_id": it.updated_by} for record_id, it in validated],
        )
    while batch := list(islice(bulk, BATCH_SIZE)):
        rows = []
        for it in batch:
            d = it.draft
            rows.append({
                "uid": new_uid(), "register_number": d.register_number, "title": d.title, "summary": d.summary, "unit_id": d.unit_id,
                "consequence_opened": d.consequence_opened, "consequence_closed": d.consequence_closed, "period_start": d.period_start,
                "period_end": d.period_end, "period_condition": d.period_condition, "form": d.form.value,
                "storage_location": d.storage_location, "classification": d.classification.value, "remarks": d.remarks,
                "status": it.status.value, "stage_code": it.stage_code, "stage_entered_at": it.stage_entered_at,
                "sop_template_id": sop_template_id, "created_at": it.created_at, "created_by_id": it.created_by,
                "updated_at": it.updated_at, "updated_by_id": it.updated_by, "version": 1,
            })  # fmt: skip
        # A plain executemany: RETURNING in parameter order makes SQLAlchemy send rows one at a time on SQLite
        # (20x slower), so the new ids are read back through the uids.
        connection.execute(insert(records), rows)
        found = connection.execute(select(records.c.uid, records.c.id).where(records.c.uid.in_([r["uid"] for r in rows])))
        id_of = {uid: record_id for uid, record_id in found}
        connection.execute(insert(grounds), [
            {"record_id": id_of[row["uid"]], "position": position, "huruf": g.huruf, "angka": g.angka, "other": g.other}
            for row, it in zip(rows, batch) for position, g in enumerate(it.draft.legal_grounds, start=1)
        ])  # fmt: skip


def _template(sop_code: str) -> SopTemplate:
    templates = {template.code: template for template in available_templates()}
    if sop_code not in templates:
        raise UserError(f"Kode SOP \"{sop_code}\" tidak dikenal. Pilih salah satu kode berikut: {', '.join(sorted(templates))}.")
    return templates[sop_code]


def _officer_drafts(office: _Office, template: SopTemplate) -> list[tuple[OfficerDraft, str]]:
    """The officers with their unit names; every pelaksana role of the SOP, PPID and Atasan PPID is held by someone."""
    unit_names = {code: name for name, code in office.units}
    drafts = [(OfficerDraft(name=name, id_kind=EmployeeIdKind.NIP, employee_id=nip, pangkat=golongan, jabatan=jabatan, roles=list(roles)),
               unit_names.get(unit, "")) for name, nip, golongan, jabatan, unit, roles in office.officers]
    held = {role for draft, _ in drafts for role in draft.roles}
    missing = {r.code for r in template.roles} | {"ppid", "atasan_ppid"}
    if missing - held:
        # An office's own SOP variant names roles the demo staff lacks: the last officer, a clerk, takes them on.
        drafts[-1][0].roles = sorted(set(drafts[-1][0].roles) | (missing - held))
    return drafts


def create_demo_office(db: Database, records: int = 40, sop_code: str = "kalbar-kesra") -> str:
    """Fill an empty data folder with a demo biro and `records` records; return a summary in Indonesian.

    Raises UserError for an unknown SOP code or a folder that already holds an office. The office and the
    validated records are committed as they are made: a failure part-way leaves a partial demo folder.
    """
    if records < 0:
        raise UserError("Jumlah rekaman contoh tidak boleh negatif.")
    template = _template(sop_code)
    if is_set_up(db):
        raise UserError(
            f"Folder data \"{db.paths.root}\" sudah berisi kantor, sehingga kantor contoh tidak dibuat agar tidak tercampur dengan "
            "data yang ada. Jalankan perintah demo untuk folder kosong dengan --data-dir, misalnya: ppid-desktop demo --data-dir FOLDER-KOSONG"
        )
    office = _OFFICES.get(template.code, _KALBAR)
    profile = replace(office.profile, sop_code=template.code)
    officers = _officer_drafts(office, template)
    setup_office(db, profile, template, [UnitDraft(name, code) for name, code in office.units], officers)
    with db.session() as session:
        sop_template_id = session.scalar(select(Office.sop_template_id).where(Office.id == 1))

    generator = _Generator(office, template, db, datetime.now(timezone.utc))
    slots = generator.timeline(records)
    # The validated records sit evenly along the timeline, so they read as part of one register.
    n_validated = min(records, VALIDATED_RECORDS)
    positions = {k * records // n_validated for k in range(n_validated)} if n_validated else set()
    validated = [(create_record(db, it.draft, it.created_by).id, it) for it in generator.validated_set([slots[i] for i in sorted(positions)])]
    _write(db, validated, generator.bulk([slot for i, slot in enumerate(slots) if i not in positions]), sop_template_id)
    count = f"{records:,}".replace(",", ".")  # Indonesian thousands: 100.000
    return (
        f"Kantor contoh disiapkan di \"{db.paths.root}\": {profile.name} ({profile.city}), {len(office.units)} unit, "
        f"{len(officers)} pejabat/petugas, {count} rekaman informasi yang dikecualikan, mengikuti {template.title}."
    )
