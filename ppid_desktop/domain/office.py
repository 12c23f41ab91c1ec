"""The office that keeps the register: its profile (kop surat), units and officers."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from ppid_desktop.domain.enums import PaperSize
from ppid_desktop.domain.errors import ValidationError, ValidationErrors
from ppid_desktop.domain.nip import EmployeeIdKind, validate_employee_id
from ppid_desktop.domain.pangkat import parse_golongan
from ppid_desktop.domain.texts import QT_TR_NOOP

_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")


@dataclass
class OfficeProfile:
    """What the kop surat and the signature lines of every printed document need."""

    # Kop lines from the top: "PEMERINTAH PROVINSI KALIMANTAN BARAT", "SEKRETARIAT DAERAH".
    kop_lines: list[str] = field(default_factory=list)
    # The unit's full name in capitals, never abbreviated (DOMAIN.md section 3).
    name: str = ""
    address: str = ""
    telephone: str = ""
    email: str = ""
    website: str = ""
    city: str = ""
    logo_path: str = ""
    paper: PaperSize = PaperSize.F4
    sop_code: str = ""


def validate_office(profile: OfficeProfile) -> OfficeProfile:
    errors: list[ValidationError] = []
    profile = OfficeProfile(
        kop_lines=[" ".join(line.split()) for line in profile.kop_lines if line.strip()],
        name=" ".join(profile.name.split()),
        address=profile.address.strip(),
        telephone=profile.telephone.strip(),
        email=profile.email.strip(),
        website=profile.website.strip(),
        city=" ".join(profile.city.split()),
        logo_path=profile.logo_path.strip(),
        paper=profile.paper,
        sop_code=profile.sop_code.strip(),
    )
    if not profile.kop_lines:
        errors.append(ValidationError("kop_lines", QT_TR_NOOP("Baris kop surat wajib diisi, misalnya \"PEMERINTAH PROVINSI KALIMANTAN BARAT\".")))
    if not profile.name:
        errors.append(ValidationError("name", QT_TR_NOOP("Nama unit/badan publik wajib diisi lengkap, tanpa singkatan.")))
    if not profile.city:
        errors.append(ValidationError("city", QT_TR_NOOP("Kota tempat penandatanganan wajib diisi, misalnya \"Pontianak\".")))
    if profile.email and not _EMAIL.match(profile.email):
        errors.append(ValidationError(
            "email", QT_TR_NOOP("Alamat e-mail \"{email}\" tidak valid; contoh yang benar: ppid@kalbarprov.go.id."),
            email=profile.email,
        ))
    if not profile.sop_code:
        errors.append(ValidationError("sop_code", QT_TR_NOOP("Pilih SOP yang diikuti kantor ini.")))
    if errors:
        raise ValidationErrors(errors)
    return profile


@dataclass
class UnitDraft:
    name: str = ""
    code: str = ""


def validate_unit(unit: UnitDraft) -> UnitDraft:
    unit = UnitDraft(name=" ".join(unit.name.split()), code=unit.code.strip())
    if not unit.name:
        raise ValidationErrors([ValidationError("name", QT_TR_NOOP("Nama unit (bagian) wajib diisi."))])
    if len(unit.name) > 200:
        raise ValidationErrors([ValidationError("name", QT_TR_NOOP("Nama unit terlalu panjang; batasnya 200 karakter."))])
    return unit


@dataclass
class OfficerDraft:
    name: str = ""
    id_kind: EmployeeIdKind = EmployeeIdKind.NIP
    employee_id: str = ""
    pangkat: str = ""  # golongan code such as "IV/c", or "" for officers without one (PPPK)
    jabatan: str = ""
    unit_id: int | None = None
    roles: list[str] = field(default_factory=list)


def validate_officer(officer: OfficerDraft) -> OfficerDraft:
    errors: list[ValidationError] = []
    name = " ".join(officer.name.split())
    if not name:
        errors.append(ValidationError("name", QT_TR_NOOP("Nama pejabat/petugas wajib diisi lengkap dengan gelar.")))
    employee_id = ""
    try:
        employee_id = validate_employee_id(officer.id_kind, officer.employee_id)
    except ValidationError as exc:
        errors.append(ValidationError("employee_id", exc.template, **exc.params))
    pangkat = ""
    if officer.pangkat.strip():
        try:
            pangkat = parse_golongan(officer.pangkat).code
        except ValidationError as exc:
            errors.append(ValidationError("pangkat", exc.template, **exc.params))
    jabatan = " ".join(officer.jabatan.split())
    if not jabatan:
        errors.append(ValidationError("jabatan", QT_TR_NOOP("Jabatan wajib diisi, misalnya \"Kepala Biro Kesejahteraan Rakyat\".")))
    if not officer.roles:
        errors.append(ValidationError("roles", QT_TR_NOOP("Pilih paling sedikit satu peran (misalnya PPID Pelaksana atau Petugas Dokumentasi).")))
    if errors:
        raise ValidationErrors(errors)
    return OfficerDraft(
        name=name,
        id_kind=officer.id_kind,
        employee_id=employee_id,
        pangkat=pangkat,
        jabatan=jabatan,
        unit_id=officer.unit_id,
        roles=sorted(set(officer.roles)),
    )
