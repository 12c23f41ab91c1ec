"""What the printed documents are made of: plain frozen dataclasses, no database, no Qt.

The services build these from the database; the document modules turn them into PDFs.
Every text is printed as given (after substituting characters the font lacks).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from enum import Enum

from ppid_desktop.domain.enums import Classification, PaperSize

# progress(done, total) and is_cancelled(), as the window's worker passes them.
Progress = Callable[[int, int], None]
IsCancelled = Callable[[], bool]


class Orientation(str, Enum):
    LANDSCAPE = "landscape"
    PORTRAIT = "portrait"

    @property
    def label(self) -> str:
        return "Lanskap" if self is Orientation.LANDSCAPE else "Potret"


MIN_MARGIN_MM = 15.0  # room for the classification stamp and the page number


@dataclass(frozen=True)
class PageSetup:
    """Paper, orientation and margins (millimetres) as the office sets them."""

    paper: PaperSize = PaperSize.A4
    orientation: Orientation = Orientation.LANDSCAPE
    margin_top: float = 20.0
    margin_bottom: float = 20.0
    margin_left: float = 20.0
    margin_right: float = 20.0

    def __post_init__(self) -> None:
        # Accept plain strings from settings and the command line ("F4", "portrait").
        object.__setattr__(self, "paper", PaperSize(self.paper))
        object.__setattr__(self, "orientation", Orientation(self.orientation))
        for name in ("margin_top", "margin_bottom", "margin_left", "margin_right"):
            value = float(getattr(self, name))
            object.__setattr__(self, name, min(max(value, MIN_MARGIN_MM), 60.0))


@dataclass(frozen=True)
class Letterhead:
    """The kop surat: logo left, lines centred, the unit's full name in capitals, a double rule."""

    kop_lines: tuple[str, ...]  # "PEMERINTAH PROVINSI KALIMANTAN BARAT", "SEKRETARIAT DAERAH"
    unit_name: str  # "BIRO KESEJAHTERAAN RAKYAT" (printed in capitals)
    address_line: str = ""  # "Jalan Ahmad Yani, Pontianak 78124"
    contact_line: str = ""  # "Telepon (0561) 736541, Pos-el kesra@..., Laman https://..."
    logo_path: str = ""  # a missing or unreadable file prints the kop without a logo


@dataclass(frozen=True)
class SignatureBlock:
    """A signature: place and date, jabatan lines, ~25 mm for the wet signature and the Cap,
    then the name (bold, underlined), pangkat/golongan and NIP."""

    jabatan_lines: tuple[str, ...]  # ("Mengetahui,", "Atasan PPID", "Kepala Biro ...,")
    name: str
    place_date: str = ""  # "Pontianak, 1 Maret 2021" ("" for the "Mengetahui" block)
    pangkat: str = ""  # "Pembina Utama Muda (IV/c)"
    nip: str = ""  # the printed label: "NIP. 19690520 199803 1 008"


@dataclass(frozen=True)
class Marking:
    """Security classification and copy number, printed on every page."""

    classification: Classification = Classification.BIASA
    copy_number: int | None = None
    copy_total: int | None = None

    @property
    def stamp(self) -> str:
        """"RAHASIA" and the like; "" for Biasa (nothing is stamped)."""
        if self.classification is Classification.BIASA:
            return ""
        return self.classification.label.upper()

    @property
    def copy_label(self) -> str:
        if self.copy_number is None:
            return ""
        total = f" dari {self.copy_total}" if self.copy_total else ""
        return f"Salinan ke-{self.copy_number}{total}"


_RANK = {c: i for i, c in enumerate(Classification)}


def highest_classification(values: list[Classification] | set[Classification]) -> Classification:
    """The most restrictive classification of a set (Biasa for an empty one)."""
    return max(values, key=_RANK.__getitem__, default=Classification.BIASA)


@dataclass(frozen=True)
class DocumentInfo:
    """PDF metadata. The creation date is set when the file is written."""

    title: str
    author: str  # the office's name
    subject: str = ""
    keywords: str = ""


@dataclass(frozen=True, slots=True)
class RegisterRow:
    """One entry of the Daftar Informasi yang Dikecualikan."""

    number: int  # printed in the No column (1, 2, 3, ...)
    title: str  # Informasi yang dikecualikan (bold)
    summary: str = ""  # under the title
    register_number: str = ""  # "DIK/KESRA/2025/001", under the summary
    dasar_hukum: str = ""
    konsekuensi_dibuka: str = ""
    konsekuensi_ditutup: str = ""
    jangka_waktu: str = ""
    unit: str = ""
    keterangan: str = ""
    classification: Classification = Classification.BIASA


@dataclass(frozen=True)
class RegisterDocument:
    """Everything of the register except its rows, which are streamed."""

    letterhead: Letterhead
    info: DocumentInfo
    setup: PageSetup = PageSetup()
    marking: Marking = Marking()
    title: str = "DAFTAR INFORMASI YANG DIKECUALIKAN"
    subtitle_lines: tuple[str, ...] = ()  # "TAHUN 2025", "Unit: ...; Status: ..."
    number: str = ""  # document number; "" prints "Nomor: ....." for handwriting
    signer: SignatureBlock | None = None  # the PPID, on the right
    approver: SignatureBlock | None = None  # "Mengetahui, Atasan PPID", on the left
    empty_text: str = "Tidak ada informasi yang dikecualikan untuk pilihan ini."


@dataclass(frozen=True)
class PenetapanDocument:
    """Surat Penetapan Klasifikasi (Perki 1/2017) for one record.

    `number`, `tanggal` (place and date text) and `ppid` stay None until the PPID determines
    the classification; until then every page carries "DRAF — BELUM DITETAPKAN".
    """

    letterhead: Letterhead
    info: DocumentInfo
    badan_publik: str
    unit_kerja: str
    title: str  # the information
    summary: str
    register_number: str
    classification: Classification
    jenis_klasifikasi: str  # "Informasi yang dikecualikan berdasarkan Pasal 17 huruf h ..."
    legal_grounds: tuple[str, ...]  # one line per ground
    konsekuensi_dibuka: str
    konsekuensi_ditutup: str
    jangka_waktu: str
    number: str | None = None
    tanggal: str | None = None  # "Pontianak, 1 Maret 2021"
    ppid: SignatureBlock | None = None
    atasan: SignatureBlock | None = None
    setup: PageSetup = PageSetup(orientation=Orientation.PORTRAIT, margin_left=25.0)

    @property
    def is_draft(self) -> bool:
        return not (self.number and self.tanggal and self.ppid)


@dataclass(frozen=True)
class ReceiptRecord:
    register_number: str
    title: str
    file_count: int


@dataclass(frozen=True)
class ReceiptFile:
    name: str
    size_bytes: int
    sha256: str  # full hex digest; the first 16 characters are printed


@dataclass(frozen=True)
class HandoverReceipt:
    """Tanda terima serah terima: records and files a unit hands over to the PPID."""

    letterhead: Letterhead
    info: DocumentInfo
    number: str
    tanggal: str  # "Senin, 1 Maret 2021"
    from_unit: str
    giver: SignatureBlock  # "Yang menyerahkan"
    receiver: SignatureBlock  # "Yang menerima"
    records: tuple[ReceiptRecord, ...] = ()
    files: tuple[ReceiptFile, ...] = ()
    place_date: str = ""
    setup: PageSetup = PageSetup(orientation=Orientation.PORTRAIT)
    marking: Marking = Marking()
    notes: tuple[str, ...] = field(default=())
