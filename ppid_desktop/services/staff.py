"""Units and officers after set-up ("Unit dan pejabat"): renaming, moving, disabling, enabling.

Offices change staff (mutasi, pensiun, promotions). Nothing is deleted: a unit or an officer that
is no longer active stays in the database, so the records and the printed registers that name it
keep naming it; it is only no longer offered for new records or stage work. An inactive officer's
account cannot sign in (services.accounts.confirm_sign_in checks the officer).

Every change is Admin-only (domain/permissions: MANAGE_UNITS, MANAGE_OFFICERS; no actor: a script
or a test, as in services.office), one transaction, and one office-level audit entry whose summary
names the unit or officer and what changed. New units and officers are added with
services.office.add_unit / add_officer.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session, selectinload

from ppid_desktop.domain.enums import ADMIN_ROLE, STANDARD_ROLES
from ppid_desktop.domain.errors import UserError, ValidationError, ValidationErrors
from ppid_desktop.domain.nip import EmployeeIdKind, employee_id_label
from ppid_desktop.domain.office import OfficerDraft, UnitDraft, validate_officer, validate_unit
from ppid_desktop.domain.permissions import Action
from ppid_desktop.domain.texts import QT_TR_NOOP
from ppid_desktop.services import audit
from ppid_desktop.services.accounts import active_admins, require_permission
from ppid_desktop.services.office import unit_named, unit_for_work
from ppid_desktop.services.sop_catalog import active_template
from ppid_desktop.storage.database import Database
from ppid_desktop.storage.models import ExemptRecord, Officer, OfficerRole, Unit, UserAccount


@dataclass(frozen=True)
class StaffUnit:
    id: int
    name: str
    code: str
    active: bool
    officers: int  # active officers in the unit
    records: int  # records that name the unit (exempt_record.unit_id)


@dataclass(frozen=True)
class StaffOfficer:
    id: int
    name: str
    id_kind: EmployeeIdKind
    employee_id: str
    pangkat: str
    jabatan: str
    unit_id: int | None
    unit_name: str
    roles: tuple[str, ...]
    active: bool
    username: str | None  # the officer's sign-in account, if any


# --- reading ---------------------------------------------------------------------------------

def all_units(db: Database) -> list[StaffUnit]:
    """Every unit, active first, then by name, with its active officers and its records counted."""
    with db.session() as session:
        officers = dict(session.execute(
            select(Officer.unit_id, func.count()).where(Officer.active.is_(True), Officer.unit_id.is_not(None)).group_by(Officer.unit_id)
        ).all())
        records = dict(session.execute(select(ExemptRecord.unit_id, func.count()).group_by(ExemptRecord.unit_id)).all())
        units = [
            StaffUnit(row.id, row.name, row.code, bool(row.active), officers.get(row.id, 0), records.get(row.id, 0))
            for row in session.scalars(select(Unit))
        ]
    return sorted(units, key=lambda unit: (not unit.active, unit.name.casefold(), unit.id))


def all_officers(db: Database) -> list[StaffOfficer]:
    """Every officer, active first, then by name, with their unit's name and their account."""
    with db.session() as session:
        usernames = dict(session.execute(select(UserAccount.officer_id, UserAccount.username)).all())
        rows = session.scalars(select(Officer).options(selectinload(Officer.roles), selectinload(Officer.unit)))
        officers = [_staff_officer(row, usernames.get(row.id)) for row in rows]
    return sorted(officers, key=lambda officer: (not officer.active, officer.name.casefold(), officer.id))


def _staff_officer(row: Officer, username: str | None) -> StaffOfficer:
    return StaffOfficer(
        id=row.id, name=row.name, id_kind=EmployeeIdKind(row.id_kind), employee_id=row.employee_id, pangkat=row.pangkat,
        jabatan=row.jabatan, unit_id=row.unit_id, unit_name=row.unit.name if row.unit else "", roles=tuple(row.role_codes),
        active=bool(row.active), username=username,
    )


def draft_of(officer: StaffOfficer) -> OfficerDraft:
    """The officer as an edit form starts from."""
    return OfficerDraft(
        name=officer.name, id_kind=officer.id_kind, employee_id=officer.employee_id, pangkat=officer.pangkat,
        jabatan=officer.jabatan, unit_id=officer.unit_id, roles=list(officer.roles),
    )


def role_names(db: Database) -> dict[str, str]:
    """Role code -> Indonesian name: the standard roles, the pelaksana of the office's SOP, and any
    other code an officer holds (for lists and for checking a role typed at the command line)."""
    with db.session() as session:
        return _role_names(session)


def _role_names(session: Session) -> dict[str, str]:
    names: dict[str, str] = dict(STANDARD_ROLES)
    template = active_template(session)
    if template is not None:
        for role in template.roles:
            names.setdefault(role.code, role.name)
    for code in session.scalars(select(OfficerRole.role_code).distinct()):
        names.setdefault(code, code)
    return names


# --- units -----------------------------------------------------------------------------------

def _unit(session: Session, unit_id: int) -> Unit:
    unit = session.get(Unit, unit_id)
    if unit is None:
        raise UserError(QT_TR_NOOP("Unit itu tidak ditemukan; mungkin daftarnya sudah berubah. Muat ulang daftarnya."))
    return unit


def _active_officers_in(session: Session, unit_id: int) -> int:
    return session.scalar(
        select(func.count()).select_from(Officer).where(Officer.unit_id == unit_id, Officer.active.is_(True))
    ) or 0


def rename_unit(db: Database, unit_id: int, draft: UnitDraft, *, actor_id: int | None) -> None:
    """A unit's new name and code. Records keep pointing at the unit, so they show the new name."""
    with db.session() as session:
        _allowed(session, Action.MANAGE_UNITS, actor_id)
        checked = validate_unit(draft)
        unit = _unit(session, unit_id)
        if unit_named(session, checked.name, other_than=unit.id) is not None:
            raise ValidationErrors([ValidationError("name", QT_TR_NOOP("Unit \"{name}\" sudah ada."), name=checked.name)])
        changes = {}
        if unit.name != checked.name:
            changes["Nama unit"] = (unit.name, checked.name)
        if unit.code != checked.code:
            changes["Kode unit"] = (unit.code, checked.code)
        if not changes:
            return
        if unit.name != checked.name:
            summary = f"Unit \"{unit.name}\" diganti namanya menjadi \"{checked.name}\""
        else:
            summary = f"Kode unit \"{unit.name}\" diubah"
        unit.name, unit.code = checked.name, checked.code
        audit.append(session, None, actor_id, "unit_rename", summary, changes)


def set_unit_active(db: Database, unit_id: int, active: bool, *, actor_id: int | None) -> None:
    """Disable a unit (no longer offered for new records; records keep naming it) or enable it again.
    A unit is disabled only when none of its officers is active any more."""
    with db.session() as session:
        _allowed(session, Action.MANAGE_UNITS, actor_id)
        unit = _unit(session, unit_id)
        if bool(unit.active) == active:
            raise UserError(
                QT_TR_NOOP("Unit \"{name}\" sudah aktif.") if active else QT_TR_NOOP("Unit \"{name}\" sudah tidak aktif."), name=unit.name
            )
        if not active:
            count = _active_officers_in(session, unit.id)
            if count:
                raise UserError(
                    QT_TR_NOOP("Unit \"{name}\" masih mempunyai {count} pejabat atau petugas aktif. Pindahkan dulu pejabat atau "
                               "petugas itu ke unit lain (atau nonaktifkan mereka), lalu nonaktifkan unitnya."),
                    name=unit.name, count=count,
                )
        unit.active = active
        if active:
            audit.append(session, None, actor_id, "unit_enable", f"Unit \"{unit.name}\" diaktifkan kembali")
        else:
            audit.append(session, None, actor_id, "unit_disable",
                         f"Unit \"{unit.name}\" dinonaktifkan; rekaman yang menyebut unit ini tetap menyebutnya")


# --- officers --------------------------------------------------------------------------------

def _officer(session: Session, officer_id: int) -> Officer:
    officer = session.get(Officer, officer_id)
    if officer is None:
        raise UserError(QT_TR_NOOP("Pejabat atau petugas itu tidak ditemukan; mungkin daftarnya sudah berubah."))
    return officer


def _holds_active_admin_account(session: Session, officer: Officer) -> bool:
    """Whether the officer counts among the active Admins (accounts.active_admins)."""
    if not officer.active or ADMIN_ROLE not in officer.role_codes:
        return False
    return bool(session.scalar(
        select(UserAccount.id).where(UserAccount.officer_id == officer.id, UserAccount.active.is_(True))
    ))


def _refuse_losing_admin(session: Session, officer: Officer, actor_id: int | None, disabling: bool) -> None:
    if _holds_active_admin_account(session, officer) and active_admins(session) <= 1:
        if disabling:
            raise UserError(QT_TR_NOOP("{name} adalah satu-satunya Admin yang aktif dan tidak dapat dinonaktifkan. "
                                       "Jadikan pejabat lain Admin terlebih dahulu."), name=officer.name)
        raise UserError(QT_TR_NOOP("{name} adalah satu-satunya Admin yang aktif; peran Admin tidak dapat dicabut. "
                                   "Jadikan pejabat lain Admin terlebih dahulu."), name=officer.name)
    if actor_id is not None and officer.id == actor_id:
        if disabling:
            raise UserError(QT_TR_NOOP("Anda tidak dapat menonaktifkan diri sendiri; minta Admin lain melakukannya."))
        raise UserError(QT_TR_NOOP("Anda tidak dapat mencabut peran Admin Anda sendiri; minta Admin lain melakukannya."))


def _roles_text(codes: list[str] | tuple[str, ...], names: dict[str, str]) -> str:
    return ", ".join(str(names.get(code, code)) for code in codes)


def _id_text(kind: str, digits: str) -> str:
    return employee_id_label(kind, digits) if digits else ""


def _target_unit(session: Session, officer: Officer, unit_id: int | None) -> Unit | None:
    """The unit an officer moves to; an inactive officer may keep or get an inactive unit."""
    return unit_for_work(session, unit_id, current=officer.unit_id if officer.active else unit_id)


def update_officer(db: Database, officer_id: int, draft: OfficerDraft, *, actor_id: int | None) -> None:
    """Store an officer's changed name, number, pangkat, jabatan, unit and roles (the roles are
    replaced). The last active Admin keeps the Admin role; nobody takes it from themselves."""
    with db.session() as session:
        _allowed(session, Action.MANAGE_OFFICERS, actor_id)
        names = _role_names(session)
        checked = validate_officer(draft)
        officer = _officer(session, officer_id)
        if checked.employee_id and session.scalar(
            select(Officer.id).where(Officer.employee_id == checked.employee_id, Officer.id != officer.id)
        ):
            raise ValidationErrors([ValidationError(
                "employee_id", QT_TR_NOOP("{id_kind} {employee_id} sudah terdaftar untuk pejabat lain."),
                id_kind=checked.id_kind.label, employee_id=checked.employee_id,
            )])
        unit = _target_unit(session, officer, checked.unit_id)
        old_roles = officer.role_codes
        if ADMIN_ROLE in old_roles and ADMIN_ROLE not in checked.roles:
            _refuse_losing_admin(session, officer, actor_id, disabling=False)
        changes: dict[str, tuple[str, str]] = {}

        def note(label: str, before: str, after: str) -> None:
            if before != after:
                changes[label] = (before, after)

        note("Nama", officer.name, checked.name)
        note("NIP/NI PPPK", _id_text(officer.id_kind, officer.employee_id), _id_text(checked.id_kind.value, checked.employee_id))
        note("Pangkat/golongan", officer.pangkat, checked.pangkat)
        note("Jabatan", officer.jabatan, checked.jabatan)
        note("Unit", officer.unit.name if officer.unit else "", unit.name if unit else "")
        note("Peran", _roles_text(old_roles, names), _roles_text(checked.roles, names))
        if not changes:
            return
        before_name = officer.name
        officer.name = checked.name
        officer.id_kind = checked.id_kind.value
        officer.employee_id = checked.employee_id
        officer.pangkat = checked.pangkat
        officer.jabatan = checked.jabatan
        officer.unit_id = checked.unit_id
        if set(old_roles) != set(checked.roles):
            kept = [role for role in officer.roles if role.role_code in checked.roles]
            officer.roles = kept + [OfficerRole(role_code=code) for code in checked.roles if code not in old_roles]
        what = ", ".join(label.lower() if label != "NIP/NI PPPK" else label for label in changes)
        audit.append(session, None, actor_id, "officer_update", f"Data pejabat {before_name} diubah: {what}", changes)


def set_officer_active(db: Database, officer_id: int, active: bool, *, actor_id: int | None) -> None:
    """Disable an officer (no longer chosen for new work; their account can no longer sign in;
    records and printed documents keep their name) or enable them again."""
    with db.session() as session:
        _allowed(session, Action.MANAGE_OFFICERS, actor_id)
        officer = _officer(session, officer_id)
        if bool(officer.active) == active:
            raise UserError(
                QT_TR_NOOP("{name} sudah aktif.") if active else QT_TR_NOOP("{name} sudah tidak aktif."), name=officer.name
            )
        if active:
            if officer.unit is not None and not officer.unit.active:
                raise UserError(
                    QT_TR_NOOP("Unit \"{unit}\" sudah tidak aktif. Pindahkan {name} ke unit yang aktif terlebih dahulu, lalu "
                               "aktifkan kembali."), unit=officer.unit.name, name=officer.name,
                )
            officer.active = True
            audit.append(session, None, actor_id, "officer_enable", f"Pejabat {officer.name} diaktifkan kembali")
            return
        _refuse_losing_admin(session, officer, actor_id, disabling=True)
        officer.active = False
        account = session.scalars(select(UserAccount.username).where(UserAccount.officer_id == officer.id)).first()
        also = f"; akun \"{account}\" tidak dapat masuk lagi" if account else ""
        audit.append(session, None, actor_id, "officer_disable", f"Pejabat {officer.name} dinonaktifkan{also}")


def _allowed(session: Session, action: Action, actor_id: int | None) -> None:
    """Admin only; no actor: a script or a test (as services.office._refuse_unless_allowed)."""
    if actor_id is not None:
        require_permission(session, action, actor_id)
