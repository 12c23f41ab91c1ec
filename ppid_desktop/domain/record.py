"""The record of exempted information, as the clerk edits it, and its validation.

A `RecordDraft` is what an editor or an importer hands to the services; storage maps it
onto rows. Validation collects every problem at once so the clerk sees them together,
each naming the field it belongs to.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from ppid_desktop.domain.dates import format_tanggal
from ppid_desktop.domain.enums import Classification, InformationForm
from ppid_desktop.domain.errors import ValidationError, ValidationErrors
from ppid_desktop.domain.legal import LegalGround
from ppid_desktop.domain.texts import QT_TR_NOOP

# Field keys, shared by validation messages and the editor's widgets (labels marked: tr() where shown).
FIELD_LABELS: dict[str, str] = {
    "register_number": QT_TR_NOOP("Nomor register"),
    "title": QT_TR_NOOP("Informasi yang dikecualikan"),
    "summary": QT_TR_NOOP("Ringkasan isi informasi"),
    "unit_id": QT_TR_NOOP("Unit penguasa informasi"),
    "legal_grounds": QT_TR_NOOP("Dasar hukum pengecualian"),
    "consequence_opened": QT_TR_NOOP("Konsekuensi bila dibuka"),
    "consequence_closed": QT_TR_NOOP("Konsekuensi bila ditutup"),
    "period_start": QT_TR_NOOP("Mulai dikecualikan"),
    "period_end": QT_TR_NOOP("Akhir jangka waktu"),
    "period_condition": QT_TR_NOOP("Jangka waktu (syarat)"),
    "form": QT_TR_NOOP("Bentuk informasi"),
    "storage_location": QT_TR_NOOP("Tempat penyimpanan"),
    "classification": QT_TR_NOOP("Klasifikasi keamanan"),
    "remarks": QT_TR_NOOP("Keterangan"),
}

TITLE_MAX = 500
TEXT_MAX = 20_000


@dataclass
class RecordDraft:
    """Editable fields of a record of exempted information."""

    title: str = ""
    register_number: str = ""
    summary: str = ""
    unit_id: int | None = None
    legal_grounds: list[LegalGround] = field(default_factory=list)
    consequence_opened: str = ""
    consequence_closed: str = ""
    period_start: date | None = None
    period_end: date | None = None
    period_condition: str = ""
    form: InformationForm = InformationForm.CETAK_DAN_ELEKTRONIK
    storage_location: str = ""
    classification: Classification = Classification.TERBATAS
    remarks: str = ""

    def normalized(self) -> "RecordDraft":
        """A copy with surrounding white space trimmed from every text field."""
        return RecordDraft(
            title=" ".join(self.title.split()),
            register_number=self.register_number.strip(),
            summary=self.summary.strip(),
            unit_id=self.unit_id,
            legal_grounds=list(self.legal_grounds),
            consequence_opened=self.consequence_opened.strip(),
            consequence_closed=self.consequence_closed.strip(),
            period_start=self.period_start,
            period_end=self.period_end,
            period_condition=self.period_condition.strip(),
            form=self.form,
            storage_location=self.storage_location.strip(),
            classification=self.classification,
            remarks=self.remarks.strip(),
        )


def validate_record(draft: RecordDraft) -> RecordDraft:
    """Return the normalized draft, or raise ValidationErrors naming every wrong field."""
    d = draft.normalized()
    errors: list[ValidationError] = []

    def fail(key: str, message: str, /, **values: object) -> None:
        errors.append(ValidationError(key, message, **values))

    if not d.title:
        fail("title", QT_TR_NOOP("Informasi yang dikecualikan wajib diisi: tuliskan judul atau uraian singkat informasinya."))
    elif len(d.title) > TITLE_MAX:
        fail("title", QT_TR_NOOP("Informasi yang dikecualikan terlalu panjang ({length} karakter); batasnya {max} karakter. "
                                 "Pindahkan rinciannya ke Ringkasan isi informasi."), length=len(d.title), max=TITLE_MAX)
    if d.unit_id is None:
        fail("unit_id", QT_TR_NOOP("Unit penguasa informasi wajib dipilih."))
    if not d.legal_grounds:
        fail("legal_grounds", QT_TR_NOOP("Dasar hukum pengecualian wajib diisi: sebutkan paling sedikit satu dasar hukum (misalnya Pasal 17 huruf h angka 5)."))
    for position, ground in enumerate(d.legal_grounds, start=1):
        try:
            ground.validate()
        except ValidationError as exc:
            fail("legal_grounds", QT_TR_NOOP("Dasar hukum ke-{position}: {problem}"), position=position, problem=exc)
    if not d.consequence_opened:
        fail("consequence_opened", QT_TR_NOOP("Konsekuensi bila dibuka wajib diisi: uji konsekuensi (Pasal 2 ayat (4) dan Pasal 19 UU 14/2008) harus menyebutkan akibat bila informasi dibuka."))
    if not d.consequence_closed:
        fail("consequence_closed", QT_TR_NOOP("Konsekuensi bila ditutup wajib diisi: sebutkan kepentingan yang lebih besar yang dilindungi bila informasi ditutup."))
    if d.period_end is None and not d.period_condition:
        fail("period_end", QT_TR_NOOP("Jangka waktu pengecualian wajib diisi: isi tanggal akhir, syarat (misalnya \"Sampai memperoleh persetujuan dari yang bersangkutan\"), atau keduanya."))
    if d.period_start and d.period_end and d.period_end <= d.period_start:
        fail("period_end", QT_TR_NOOP("Akhir jangka waktu ({end}) harus sesudah tanggal mulai dikecualikan ({start})."),
             end=f"{d.period_end:%d-%m-%Y}", start=f"{d.period_start:%d-%m-%Y}")
    for key in ("summary", "consequence_opened", "consequence_closed", "period_condition", "storage_location", "remarks"):
        value = getattr(d, key)
        if len(value) > TEXT_MAX:
            fail(key, QT_TR_NOOP("{field} terlalu panjang ({length} karakter); batasnya {max} karakter."),
                 field=FIELD_LABELS[key], length=len(value), max=TEXT_MAX)
    if len(d.register_number) > 100:
        fail("register_number", QT_TR_NOOP("Nomor register terlalu panjang; batasnya 100 karakter."))
    if errors:
        raise ValidationErrors(errors)
    return d


def format_period(start: date | None, end: date | None, condition: str) -> str:
    """The exemption period as a register prints it: an end date, a condition, or both."""
    parts: list[str] = []
    if end is not None:
        parts.append(f"Sampai dengan {format_tanggal(end)}")
    if condition:
        parts.append(condition)
    return "; ".join(parts)


def draft_to_dict(draft: RecordDraft) -> dict[str, object]:
    """A JSON-safe form of a draft (for crash-recovery files and machine-readable exports)."""
    return {
        "title": draft.title,
        "register_number": draft.register_number,
        "summary": draft.summary,
        "unit_id": draft.unit_id,
        "legal_grounds": [{"huruf": g.huruf, "angka": g.angka, "other": g.other} for g in draft.legal_grounds],
        "consequence_opened": draft.consequence_opened,
        "consequence_closed": draft.consequence_closed,
        "period_start": draft.period_start.isoformat() if draft.period_start else None,
        "period_end": draft.period_end.isoformat() if draft.period_end else None,
        "period_condition": draft.period_condition,
        "form": draft.form.value,
        "storage_location": draft.storage_location,
        "classification": draft.classification.value,
        "remarks": draft.remarks,
    }


def draft_from_dict(data: dict[str, object]) -> RecordDraft:
    """Read back `draft_to_dict`'s output; a damaged value falls back to its default, never raises."""

    def text(key: str) -> str:
        value = data.get(key)
        return value if isinstance(value, str) else ""

    def day(key: str) -> date | None:
        value = data.get(key)
        try:
            return date.fromisoformat(value) if isinstance(value, str) else None
        except ValueError:
            return None

    def member(enum: type, key: str, default):  # type: ignore[no-untyped-def]
        try:
            return enum(data.get(key))
        except ValueError:
            return default

    grounds: list[LegalGround] = []
    raw_grounds = data.get("legal_grounds")
    for item in raw_grounds if isinstance(raw_grounds, list) else []:
        if isinstance(item, dict):
            huruf, angka, other = item.get("huruf"), item.get("angka"), item.get("other")
            grounds.append(LegalGround(
                huruf if isinstance(huruf, str) else None,
                angka if isinstance(angka, int) and not isinstance(angka, bool) else None,
                other if isinstance(other, str) else "",
            ))
    unit_id = data.get("unit_id")
    return RecordDraft(
        title=text("title"),
        register_number=text("register_number"),
        summary=text("summary"),
        unit_id=unit_id if isinstance(unit_id, int) and not isinstance(unit_id, bool) else None,
        legal_grounds=grounds,
        consequence_opened=text("consequence_opened"),
        consequence_closed=text("consequence_closed"),
        period_start=day("period_start"),
        period_end=day("period_end"),
        period_condition=text("period_condition"),
        form=member(InformationForm, "form", InformationForm.CETAK_DAN_ELEKTRONIK),
        storage_location=text("storage_location"),
        classification=member(Classification, "classification", Classification.TERBATAS),
        remarks=text("remarks"),
    )
