"""Setting up and reading the office: profile, SOP adopted, units and officers."""

from __future__ import annotations

import shutil
from dataclasses import dataclass, field
from datetime import date, time
from pathlib import Path

from sqlalchemy import delete, func, select
from sqlalchemy.orm import Session, selectinload

from ppid_desktop.domain.calendar import format_work_days, parse_work_days, validate_calendar
from ppid_desktop.domain.dates import Tanggal
from ppid_desktop.domain.enums import PaperSize
from ppid_desktop.domain.errors import UserError, ValidationError, ValidationErrors
from ppid_desktop.domain.nip import EmployeeIdKind, employee_id_label
from ppid_desktop.domain.office import (
    OfficeProfile,
    OfficerDraft,
    UnitDraft,
    validate_office,
    validate_officer,
    validate_unit,
)
from ppid_desktop.domain.pangkat import golongan
from ppid_desktop.domain.permissions import Action
from ppid_desktop.domain.sop import SopTemplate
from ppid_desktop.domain.texts import QT_TR_NOOP
from ppid_desktop.reports.model import MIN_MARGIN_MM
from ppid_desktop.services.accounts import check_allowed
from ppid_desktop.services.sop_catalog import adopt_template
from ppid_desktop.services import audit
from ppid_desktop.storage.database import Database
from ppid_desktop.storage.models import Holiday, Office, Officer, OfficerRole, Unit

LOGO_SUFFIXES = {".png", ".jpg", ".jpeg"}


@dataclass(frozen=True)
class UnitView:
    id: int
    name: str
    code: str


@dataclass(frozen=True)
class OfficerView:
    id: int
    name: str
    id_kind: EmployeeIdKind
    employee_id: str
    pangkat: str
    jabatan: str
    unit_name: str
    roles: tuple[str, ...]

    @property
    def id_label(self) -> str:
        return employee_id_label(self.id_kind, self.employee_id) if self.employee_id else ""

    @property
    def pangkat_label(self) -> str:
        return golongan(self.pangkat).label if self.pangkat else ""


def is_set_up(db: Database) -> bool:
    with db.session() as session:
        return session.get(Office, 1) is not None


def get_office(db: Database) -> OfficeProfile | None:
    with db.session() as session:
        office = session.get(Office, 1)
        if office is None:
            return None
        return OfficeProfile(
            kop_lines=office.kop_lines.splitlines(),
            name=office.name,
            address=office.address,
            telephone=office.telephone,
            email=office.email,
            website=office.website,
            city=office.city,
            logo_path=office.logo_path,
            paper=PaperSize(office.paper),
            sop_code=office.sop_template.code,
        )


def _store_logo(db: Database, source: str) -> str:
    """Copy the logo into the data folder (temp name, verify, rename) and return its path."""
    if not source:
        return ""
    path = Path(source)
    if path.parent == db.paths.assets:
        return str(path)
    if path.suffix.lower() not in LOGO_SUFFIXES or not path.is_file():
        raise ValidationErrors([ValidationError("logo_path", QT_TR_NOOP("Berkas logo \"{path}\" tidak ada atau bukan gambar PNG/JPG. Pilih berkas logo yang lain."), path=path)])
    from PIL import Image  # Pillow comes with ReportLab

    try:
        with Image.open(path) as image:
            image.verify()
    except Exception as exc:  # Pillow raises many kinds for a bad image
        raise ValidationErrors([ValidationError("logo_path", QT_TR_NOOP("Berkas logo \"{name}\" rusak atau bukan gambar yang dapat dibaca ({error})."), name=path.name, error=str(exc))]) from exc
    target = db.paths.assets / f"logo{path.suffix.lower()}"
    partial = target.with_name(target.name + ".part")
    try:
        shutil.copyfile(path, partial)
        if partial.stat().st_size != path.stat().st_size:
            raise OSError(QT_TR_NOOP("ukuran salinan berbeda"))
        partial.replace(target)
    except OSError as exc:
        partial.unlink(missing_ok=True)
        raise UserError(QT_TR_NOOP("Logo tidak dapat disalin ke folder data ({error}). Periksa ruang disk, lalu coba lagi."), error=str(exc)) from exc
    return str(target)


def _refuse_unless_allowed(db: Database, action: Action, actor_id: int | None) -> None:
    """Refuse an actor who lacks the role (domain/permissions.py) before any work is done.
    No actor: the caller is the first-run set-up, a script or a test, which sign-in does not
    govern; the window and the command line pass the signed-in officer."""
    if actor_id is not None:
        check_allowed(db, action, actor_id)


def unit_named(session: Session, name: str, *, other_than: int | None = None) -> int | None:
    """The unit of that name in any capitals (compared in Python: SQLite's lower() knows only
    ASCII, so "Ünit" and "ünit" would pass it and hit the unique index)."""
    wanted = name.strip().casefold()
    return next((unit_id for unit_id, stored in session.execute(select(Unit.id, Unit.name))
                 if stored.casefold() == wanted and unit_id != other_than), None)


def unit_for_work(session: Session, unit_id: int | None, *, current: int | None = None, field: str = "unit_id") -> Unit | None:
    """The unit a new officer or record goes to: it must exist and be active, unless it is the one
    already there (`current`: a record or officer keeps an inactive unit it had)."""
    if unit_id is None:
        return None
    unit = session.get(Unit, unit_id)
    if unit is None:
        raise ValidationErrors([ValidationError(field, QT_TR_NOOP("Unit yang dipilih tidak ditemukan; muat ulang daftar unit."))])
    if not unit.active and unit_id != current:
        raise ValidationErrors([ValidationError(
            field, QT_TR_NOOP("Unit \"{name}\" sudah tidak aktif; pilih unit yang aktif."), name=unit.name
        )])
    return unit


def setup_office(
    db: Database,
    profile: OfficeProfile,
    template: SopTemplate,
    units: list[UnitDraft],
    officers: list[tuple[OfficerDraft, str]],
) -> None:
    """First-run set-up in one transaction. `officers` pairs each draft with its unit's name."""
    profile = validate_office(profile)
    units = [validate_unit(unit) for unit in units]
    if not units:
        raise ValidationErrors([ValidationError("units", QT_TR_NOOP("Isi paling sedikit satu unit (bagian) yang menguasai informasi."))])
    names = [unit.name.lower() for unit in units]
    if len(set(names)) != len(names):
        raise ValidationErrors([ValidationError("units", QT_TR_NOOP("Ada nama unit yang ditulis dua kali; setiap unit cukup dicatat sekali."))])
    checked = [(validate_officer(draft), unit_name) for draft, unit_name in officers]
    if not checked:
        raise ValidationErrors([ValidationError("officers", QT_TR_NOOP("Isi paling sedikit satu pejabat atau petugas."))])
    logo = _store_logo(db, profile.logo_path)
    with db.session() as session:
        if session.get(Office, 1) is not None:
            raise UserError(QT_TR_NOOP("Kantor sudah disiapkan sebelumnya; ubah profilnya melalui menu Sunting > Pengaturan > Profil kantor."))
        template_row = adopt_template(session, template)
        for unit in units:
            session.add(Unit(name=unit.name, code=unit.code))
        session.flush()
        for draft, unit_name in checked:
            draft.unit_id = unit_named(session, unit_name) if unit_name else None
            _add_officer(session, draft)
        session.add(_office_row(profile, logo, template_row.id))


def _office_row(profile: OfficeProfile, logo: str, template_id: int) -> Office:
    return Office(
        id=1,
        kop_lines="\n".join(profile.kop_lines),
        name=profile.name,
        address=profile.address,
        telephone=profile.telephone,
        email=profile.email,
        website=profile.website,
        city=profile.city,
        logo_path=logo,
        paper=profile.paper.value,
        sop_template_id=template_id,
    )


def update_office_profile(db: Database, profile: OfficeProfile, *, actor_id: int | None = None) -> OfficeProfile:
    """Store a changed kop surat, name, contacts, city, logo or default paper (Sunting > Pengaturan >
    Profil kantor). The SOP is not changed here: records keep the SOP version they started under."""
    _refuse_unless_allowed(db, Action.OFFICE_PROFILE, actor_id)
    current = get_office(db)
    if current is None:
        raise UserError(QT_TR_NOOP("Kantor belum disiapkan. Jalankan panduan penyiapan terlebih dahulu."))
    profile = validate_office(OfficeProfile(**{**profile.__dict__, "sop_code": current.sop_code}))
    logo = _store_logo(db, profile.logo_path)
    with db.session() as session:
        office = _office_row_or_refuse(session)
        office.kop_lines = "\n".join(profile.kop_lines)
        office.name = profile.name
        office.address = profile.address
        office.telephone = profile.telephone
        office.email = profile.email
        office.website = profile.website
        office.city = profile.city
        office.logo_path = logo
        office.paper = profile.paper.value
    return get_office(db)  # type: ignore[return-value]  # it exists: updated just now


def _add_officer(session: Session, draft: OfficerDraft) -> Officer:
    unit_for_work(session, draft.unit_id)
    if draft.employee_id and session.scalar(select(Officer.id).where(Officer.employee_id == draft.employee_id)):
        raise ValidationErrors([ValidationError("employee_id", QT_TR_NOOP("{id_kind} {employee_id} sudah terdaftar untuk pejabat lain."), id_kind=draft.id_kind.label, employee_id=draft.employee_id)])
    officer = Officer(
        name=draft.name,
        id_kind=draft.id_kind.value,
        employee_id=draft.employee_id,
        pangkat=draft.pangkat,
        jabatan=draft.jabatan,
        unit_id=draft.unit_id,
        roles=[OfficerRole(role_code=code) for code in draft.roles],
    )
    session.add(officer)
    session.flush()
    return officer


def add_unit(db: Database, draft: UnitDraft, *, actor_id: int | None = None) -> int:
    _refuse_unless_allowed(db, Action.MANAGE_UNITS, actor_id)
    unit = validate_unit(draft)
    with db.session() as session:
        # Checked here rather than left to the unique index: the index is case-sensitive, and its
        # error would reach the clerk as a database failure.
        if unit_named(session, unit.name) is not None:
            raise ValidationErrors([ValidationError("name", QT_TR_NOOP("Unit \"{name}\" sudah ada."), name=unit.name)])
        row = Unit(name=unit.name, code=unit.code)
        session.add(row)
        session.flush()
        if actor_id is not None:
            audit.append(session, None, actor_id, "unit_add", f"Unit \"{row.name}\" ditambahkan")
        return row.id


def add_officer(db: Database, draft: OfficerDraft, *, actor_id: int | None = None) -> int:
    _refuse_unless_allowed(db, Action.MANAGE_OFFICERS, actor_id)
    checked = validate_officer(draft)
    with db.session() as session:
        officer = _add_officer(session, checked)
        if actor_id is not None:
            audit.append(session, None, actor_id, "officer_add", f"Pejabat/petugas {officer.name} ditambahkan")
        return officer.id


def list_units(db: Database) -> list[UnitView]:
    with db.session() as session:
        rows = session.scalars(select(Unit).where(Unit.active.is_(True)).order_by(Unit.name))
        return [UnitView(row.id, row.name, row.code) for row in rows]


def list_officers(db: Database) -> list[OfficerView]:
    with db.session() as session:
        rows = session.scalars(
            select(Officer).where(Officer.active.is_(True)).options(selectinload(Officer.roles), selectinload(Officer.unit)).order_by(Officer.name)
        )
        return [officer_view(row) for row in rows]


def find_officer(db: Database, employee_id: str) -> OfficerView:
    digits = "".join(ch for ch in employee_id if ch.isdigit())
    with db.session() as session:
        row = session.scalars(select(Officer).where(Officer.employee_id == digits)).first()
        if row is None:
            raise UserError(QT_TR_NOOP("Tidak ada pejabat atau petugas dengan NIP/NI PPPK {employee_id}. Periksa nomornya."), employee_id=employee_id)
        return officer_view(row)


def officer_by_id(db: Database, officer_id: int) -> OfficerView:
    with db.session() as session:
        row = session.get(Officer, officer_id)
        if row is None:
            raise UserError("Pejabat atau petugas itu tidak ditemukan; mungkin daftarnya sudah berubah.")
        return officer_view(row)


def officer_view(row: Officer) -> OfficerView:
    """The view of an officer row (also used by services.printing)."""
    return OfficerView(
        id=row.id,
        name=row.name,
        id_kind=EmployeeIdKind(row.id_kind),
        employee_id=row.employee_id,
        pangkat=row.pangkat,
        jabatan=row.jabatan,
        unit_name=row.unit.name if row.unit else "",
        roles=tuple(row.role_codes),
    )


# --- Office settings: working time, holidays, print margins -------------------------------

# The lowest margin the printed page honours (reports.model.PageSetup clamps lower values up,
# so a smaller stored value would print differently from what the clerk chose).
MARGIN_MIN_MM = int(MIN_MARGIN_MM)
MARGIN_MAX_MM = 50
MARGIN_FIELDS = (
    ("margin_top", QT_TR_NOOP("atas")),
    ("margin_bottom", QT_TR_NOOP("bawah")),
    ("margin_left", QT_TR_NOOP("kiri")),
    ("margin_right", QT_TR_NOOP("kanan")),
)
HOLIDAY_NAME_MAX = 200


@dataclass(frozen=True)
class OfficeSettings:
    """What the clerk edits in Sunting > Pengaturan (working time, holidays, print margins, lock)."""

    work_days: frozenset[int] = frozenset({0, 1, 2, 3, 4})  # Monday=0 .. Sunday=6 (as WorkCalendar)
    work_start: time = time(8, 0)
    work_end: time = time(16, 0)
    holidays: list[tuple[date, str]] = field(default_factory=list)  # sorted by date
    margins: tuple[int, int, int, int] = (20, 20, 20, 20)  # top, bottom, left, right (mm)


def _office_row_or_refuse(session: Session) -> Office:
    office = session.get(Office, 1)
    if office is None:
        raise UserError(QT_TR_NOOP("Kantor belum disiapkan. Jalankan panduan penyiapan terlebih dahulu."))
    return office


def get_office_settings(db: Database) -> OfficeSettings:
    with db.session() as session:
        office = _office_row_or_refuse(session)
        holidays = [(row.day, row.name) for row in session.scalars(select(Holiday).order_by(Holiday.day))]
        return OfficeSettings(
            work_days=parse_work_days(office.work_days),
            work_start=time.fromisoformat(office.work_start),
            work_end=time.fromisoformat(office.work_end),
            holidays=holidays,
            margins=(office.margin_top_mm, office.margin_bottom_mm, office.margin_left_mm, office.margin_right_mm),
        )


def office_margins(db: Database) -> tuple[float, float, float, float]:
    """The office's print margins (top, bottom, left, right) in mm; 20 each before set-up."""
    with db.session() as session:
        office = session.get(Office, 1)
        if office is None:
            return (20.0, 20.0, 20.0, 20.0)
        return (float(office.margin_top_mm), float(office.margin_bottom_mm), float(office.margin_left_mm), float(office.margin_right_mm))


def margin_problems(margins: tuple[int, int, int, int]) -> list[ValidationError]:
    problems = []
    for value, (key, side) in zip(margins, MARGIN_FIELDS):
        if not isinstance(value, int) or isinstance(value, bool) or not MARGIN_MIN_MM <= value <= MARGIN_MAX_MM:
            problems.append(ValidationError(
                key, QT_TR_NOOP("Margin {side} ({value} mm) harus antara {minimum} dan {maximum} mm. Ubah margin {side}."), side=side, value=value, minimum=MARGIN_MIN_MM, maximum=MARGIN_MAX_MM
            ))
    return problems


def validate_holiday(day: object, name: str) -> tuple[date, str]:
    if not isinstance(day, date):
        raise ValidationErrors([ValidationError("holiday_day", QT_TR_NOOP("Isi tanggal hari libur."))])
    name = " ".join((name or "").split())
    if not name:
        raise ValidationErrors([ValidationError("holiday_name", QT_TR_NOOP("Isi nama hari libur {date}, misalnya \"Tahun Baru Islam\"."), date=Tanggal(day))])
    if len(name) > HOLIDAY_NAME_MAX:
        raise ValidationErrors([ValidationError("holiday_name", QT_TR_NOOP("Nama hari libur paling panjang {maximum} karakter; persingkat namanya."), maximum=HOLIDAY_NAME_MAX)])
    return day, name


def validate_office_settings(settings: OfficeSettings) -> OfficeSettings:
    """The settings normalised (holidays sorted, names trimmed), or every problem at once."""
    problems: list[ValidationError] = []
    try:
        validate_calendar(frozenset(settings.work_days), settings.work_start, settings.work_end)
    except ValidationErrors as exc:
        problems.extend(exc.errors)
    holidays: dict[date, str] = {}
    for day, name in settings.holidays:
        try:
            day, name = validate_holiday(day, name)
        except ValidationErrors as exc:
            first = exc.errors[0]
            problems.append(ValidationError("holidays", first.template, **first.params))
            continue
        if day in holidays:
            problems.append(ValidationError("holidays", QT_TR_NOOP("Tanggal {date} tercatat dua kali sebagai hari libur; cukup sekali."), date=Tanggal(day)))
        holidays[day] = name
    problems.extend(margin_problems(tuple(settings.margins)))
    if problems:
        raise ValidationErrors(problems)
    return OfficeSettings(
        work_days=frozenset(settings.work_days),
        work_start=settings.work_start.replace(second=0, microsecond=0),
        work_end=settings.work_end.replace(second=0, microsecond=0),
        holidays=sorted(holidays.items()),
        margins=tuple(settings.margins),  # type: ignore[arg-type]
    )


def save_office_settings(db: Database, settings: OfficeSettings, *, actor_id: int | None = None) -> OfficeSettings:
    """Store working time, margins and the whole holiday list in one transaction."""
    _refuse_unless_allowed(db, Action.OFFICE_SETTINGS, actor_id)
    checked = validate_office_settings(settings)
    with db.session() as session:
        office = _office_row_or_refuse(session)
        office.work_days = format_work_days(checked.work_days)
        office.work_start = f"{checked.work_start:%H:%M}"
        office.work_end = f"{checked.work_end:%H:%M}"
        office.margin_top_mm, office.margin_bottom_mm, office.margin_left_mm, office.margin_right_mm = checked.margins
        session.execute(delete(Holiday))
        session.add_all(Holiday(day=day, name=name) for day, name in checked.holidays)
    return checked


def add_holiday(db: Database, day: date, name: str, *, actor_id: int | None = None) -> None:
    _refuse_unless_allowed(db, Action.OFFICE_SETTINGS, actor_id)
    day, name = validate_holiday(day, name)
    with db.session() as session:
        _office_row_or_refuse(session)
        existing = session.get(Holiday, day)
        if existing is not None:
            raise ValidationErrors([ValidationError(
                "holiday_day", QT_TR_NOOP("Tanggal {date} sudah tercatat sebagai hari libur ({name})."), date=Tanggal(day), name=existing.name
            )])
        session.add(Holiday(day=day, name=name))


def remove_holiday(db: Database, day: date, *, actor_id: int | None = None) -> None:
    _refuse_unless_allowed(db, Action.OFFICE_SETTINGS, actor_id)
    with db.session() as session:
        row = session.get(Holiday, day)
        if row is None:
            raise UserError(QT_TR_NOOP("Tanggal {date} tidak tercatat sebagai hari libur; tidak ada yang dihapus."), date=Tanggal(day))
        session.delete(row)
