"""Finding the column headings of a register kept in a spreadsheet, and what each column holds.

Offices keep their Daftar Informasi yang Dikecualikan in Excel with a title block above the
table ("DAFTAR INFORMASI YANG DIKECUALIKAN", the office name, a year), a heading row, often a
second heading row under merged cells ("Konsekuensi" over "Dibuka" / "Ditutup") and sometimes
a row of column numbers (1, 2, 3, ...). This module reads plain cell values (no openpyxl): it
finds the heading rows, joins two-row headings into one label per column and guesses the
field of each column from its Indonesian label. The clerk can correct the guess.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from ppid_desktop.domain.texts import QT_TR_NOOP

# Field keys a column can be mapped to; "" means the column is not imported. Labels: tr() where shown.
IGNORE = ""
FIELD_CHOICES: dict[str, str] = {
    IGNORE: QT_TR_NOOP("(tidak diimpor)"),
    "row_number": QT_TR_NOOP("Nomor urut (tidak diimpor)"),
    "register_number": QT_TR_NOOP("Nomor register"),
    "title": QT_TR_NOOP("Informasi yang dikecualikan"),
    "summary": QT_TR_NOOP("Ringkasan isi informasi"),
    "unit": QT_TR_NOOP("Unit penguasa informasi"),
    "legal_grounds": QT_TR_NOOP("Dasar hukum pengecualian"),
    "legal_pasal": QT_TR_NOOP("Pasal (bagian dasar hukum)"),
    "consequence_opened": QT_TR_NOOP("Konsekuensi bila dibuka"),
    "consequence_closed": QT_TR_NOOP("Konsekuensi bila ditutup"),
    "period_start": QT_TR_NOOP("Mulai dikecualikan"),
    "period": QT_TR_NOOP("Jangka waktu / akhir jangka waktu"),
    "period_condition": QT_TR_NOOP("Jangka waktu (syarat)"),
    "form": QT_TR_NOOP("Bentuk informasi"),
    "storage_location": QT_TR_NOOP("Tempat penyimpanan"),
    "classification": QT_TR_NOOP("Klasifikasi keamanan"),
    "remarks": QT_TR_NOOP("Keterangan"),
}
# Fields several columns may share: their texts are joined (e.g. two "Keterangan" columns).
MULTI_FIELDS = frozenset({IGNORE, "row_number", "remarks", "summary", "legal_grounds", "legal_pasal"})

SCAN_ROWS = 30  # heading rows are looked for in the first rows only
MAX_LABEL = 80  # a longer cell is data, not a heading


def column_letter(index: int) -> str:
    """0 -> "A", 26 -> "AA": the column names the clerk sees in Excel."""
    letters = ""
    index += 1
    while index:
        index, rest = divmod(index - 1, 26)
        letters = chr(65 + rest) + letters
    return letters


def normalize_label(value: object) -> str:
    """Lower case, letters and digits only, single spaces: "Konsekuensi\n(Dibuka)" -> "konsekuensi dibuka"."""
    text = "" if value is None else str(value)
    return " ".join(re.sub(r"[^0-9a-z]+", " ", text.casefold()).split())


# Ordered rules: the first pattern that matches a normalized label decides its field. More
# specific labels come first ("konsekuensi ... ditutup" before "konsekuensi").
_RULES: tuple[tuple[str, str], ...] = (
    ("row_number", r"(no|nomor|nmr)( urut)?|urut|no urt"),
    ("register_number", r".*\b(register|registrasi|reg|kode informasi|nomor dik|no dik)\b.*"),
    ("consequence_closed", r".*\b(ditutup|tutup|dirahasiakan)\b.*"),
    ("consequence_opened", r".*\b(dibuka|buka|diungkap|dibuka untuk umum)\b.*|.*\bkonsekuensi\b.*|.*\bakibat\b.*|.*\bbahaya\b.*"),
    ("period_condition", r".*\b(syarat|kondisi)\b.*"),
    ("period_start", r"(.*\b(jangka waktu|masa|periode)\b.*)?\b(mulai|awal|sejak|tanggal penetapan|tgl penetapan|ditetapkan)\b.*"),
    ("period", r".*\b(jangka waktu|batas waktu|masa|waktu pengecualian|lama pengecualian|periode|berlaku|sampai|akhir|berakhir|retensi)\b.*"),
    ("legal_pasal", r"(pasal|psl|ps)( uu| uu kip)?"),
    ("legal_grounds", r".*\b(dasar hukum|landasan hukum|dasar pengecualian|pasal|ketentuan|peraturan)\b.*"),
    ("unit", r".*\b(unit|penguasa|menguasai|penanggung ?jawab|pejabat|bidang|bagian|opd|satuan kerja|satker|skpd|pengelola|pemilik)\b.*"),
    ("summary", r".*\b(ringkasan|ringkas|isi informasi|uraian isi|deskripsi)\b.*"),
    ("form", r".*\bbentuk\b.*|format informasi|media"),
    ("storage_location", r".*\b(tempat|lokasi|penyimpanan|disimpan)\b.*"),
    ("classification", r".*\b(klasifikasi|sifat)\b.*"),
    ("title", r".*\b(informasi|judul|konten|dokumen|jenis informasi|nama informasi|uraian|materi)\b.*"),
    ("remarks", r".*\b(keterangan|ket|catatan|informasi tambahan|alasan)\b.*"),
)
_COMPILED = tuple((field, re.compile(pattern)) for field, pattern in _RULES)
# Words that make a heading row recognisable even before its fields are guessed.
_STRONG = ("informasi", "dasar hukum", "konsekuensi", "jangka waktu", "batas waktu", "keterangan", "pasal", "unit", "judul")
# Labels of the lower row of a two-row heading.
_SUB_HEADING = re.compile(
    r"(bila |jika |apabila |kalau )?(dibuka|ditutup|dirahasiakan)|mulai|awal|akhir|sampai|berakhir|sejak"
    r"|tanggal|tgl|nomor|no|huruf|angka|ayat|pasal|uu|peraturan|durasi|syarat|kondisi|nama|kode"
)


def guess_field(label: str) -> str:
    """The field a column with this heading most likely holds ("" when unknown)."""
    normalized = normalize_label(label)
    if not normalized or len(normalized) > MAX_LABEL:
        return IGNORE
    for field, pattern in _COMPILED:
        if pattern.fullmatch(normalized):
            return field
    return IGNORE


def guess_mapping(labels: Sequence[str]) -> list[str]:
    """One field per column; a field that cannot repeat goes to its first column only."""
    taken: set[str] = set()
    mapping: list[str] = []
    for label in labels:
        field = guess_field(label)
        if field in taken and field not in MULTI_FIELDS:
            field = IGNORE
        taken.add(field)
        mapping.append(field)
    if "title" not in taken and "summary" in taken:  # a register that names its items "Ringkasan isi informasi"
        mapping[mapping.index("summary")] = "title"
    return mapping


def _text(value: object) -> str:
    return "" if value is None else " ".join(str(value).split())


def _heading_score(row: Sequence[object]) -> int:
    """How much a row looks like the register's heading row: recognised short labels."""
    score = 0
    for value in row:
        label = normalize_label(value)
        if not label or len(label) > MAX_LABEL or isinstance(value, (int, float)):
            continue
        if guess_field(label) not in (IGNORE,):
            score += 2 if any(word in label for word in _STRONG) else 1
    return score


def _looks_like_heading(row: Sequence[object]) -> bool:
    """Two or more recognised labels (a title block line has one), one naming the information."""
    if _heading_score(row) < 3:
        return False
    fields = [guess_field(normalize_label(v)) for v in row if isinstance(v, str)]
    recognised = [field for field in fields if field != IGNORE]
    return len(recognised) >= 2 and any(field in ("title", "summary") for field in recognised)


def _is_sub_heading(row: Sequence[object], heading: Sequence[object]) -> bool:
    """The lower row of a two-row heading: short labels like "Dibuka", at least one under a merged cell."""
    cells = [(i, normalize_label(v)) for i, v in enumerate(row) if _text(v)]
    if not cells or any(isinstance(row[i], (int, float)) or len(label) > 40 for i, label in cells):
        return False
    if not any(_SUB_HEADING.fullmatch(label) for _, label in cells):
        return False
    parents = [normalize_label(heading[i]) if i < len(heading) else "" for i, _ in cells]
    return any(not parent or any(w in parent for w in ("konsekuensi", "jangka", "waktu", "dasar", "pasal", "akibat")) for parent in parents)


def _is_number_row(row: Sequence[object]) -> bool:
    """The "1 | 2 | 3 | ..." row some registers put under the heading."""
    values = [v for v in row if _text(v)]
    if len(values) < 3:
        return False
    numbers: list[int] = []
    for value in values:
        text = _text(value).strip("()")
        if not text.isdigit():
            return False
        numbers.append(int(text))
    return numbers == sorted(numbers) and numbers[0] <= 2


@dataclass(frozen=True)
class SheetLayout:
    """Where the table of a sheet is: heading row(s), the first data row, and one label per column."""

    header_row: int  # 0-based index of the (upper) heading row
    data_start: int  # 0-based index of the first data row
    labels: tuple[str, ...]
    mapping: tuple[str, ...]  # guessed field per column

    @property
    def width(self) -> int:
        return len(self.labels)


def _join_headings(upper: Sequence[object], lower: Sequence[object] | None, width: int) -> list[str]:
    """One label per column; under a merged upper cell ("Konsekuensi" spanning two columns) the
    upper text is carried to the right, for as long as the lower row has labels."""
    labels: list[str] = []
    carried = ""
    for i in range(width):
        top = _text(upper[i]) if i < len(upper) else ""
        bottom = _text(lower[i]) if lower is not None and i < len(lower) else ""
        if top:
            carried = top
        elif bottom:
            top = carried  # continuation of a merged heading cell
        else:
            carried = ""
        labels.append(" ".join(part for part in (top, bottom) if part) if bottom else top)
    return labels


def find_layout(rows: Sequence[Sequence[object]]) -> SheetLayout | None:
    """The heading of the register table in `rows` (cell values), or None when there is none.

    The heading row is the first of the first SCAN_ROWS rows with at least two recognised
    labels, one of them naming the information itself: title blocks have one label per row.
    """
    index = next((i for i, row in enumerate(rows[:SCAN_ROWS]) if _looks_like_heading(row)), None)
    if index is None:
        return None
    upper = rows[index]
    lower = rows[index + 1] if index + 1 < len(rows) and _is_sub_heading(rows[index + 1], upper) else None
    data_start = index + (2 if lower is not None else 1)
    if data_start < len(rows) and _is_number_row(rows[data_start]):
        data_start += 1
    width = max(len(upper), len(lower) if lower is not None else 0)
    while width and not _text(upper[width - 1] if width - 1 < len(upper) else None) and not (
        lower is not None and width - 1 < len(lower) and _text(lower[width - 1])
    ):
        width -= 1
    labels = _join_headings(upper, lower, width)
    return SheetLayout(index, data_start, tuple(labels), tuple(guess_mapping(labels)))
