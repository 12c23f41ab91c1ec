"""SQLAlchemy 2.0 typed models. The schema itself is created only by Alembic migrations.

Kept portable (SQLite now, an office PostgreSQL server later): plain types, no JSON
columns, enums stored as their string values, a naming convention for every constraint
so batch migrations on SQLite can name what they alter.
"""

from __future__ import annotations

import uuid
from datetime import date, datetime, timezone

from sqlalchemy import (
    Boolean,
    Date,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.engine import Dialect
from sqlalchemy.types import TypeDecorator
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


def utcnow() -> datetime:
    return datetime.now(timezone.utc)


def new_uid() -> str:
    """A globally unique record id, so records made in different offices never collide."""
    return str(uuid.uuid4())


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)


class UtcDateTime(TypeDecorator[datetime]):
    """Timestamps are stored naive UTC (SQLite has no zones) and read back as aware UTC."""

    impl = DateTime
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        if value is not None and value.tzinfo is not None:
            value = value.astimezone(timezone.utc).replace(tzinfo=None)
        return value

    def process_result_value(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        if value is not None and value.tzinfo is None:
            value = value.replace(tzinfo=timezone.utc)
        return value


class Office(Base):
    """The single office profile of this installation (id is always 1)."""

    __tablename__ = "office"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    kop_lines: Mapped[str] = mapped_column(Text, default="")  # newline-separated
    name: Mapped[str] = mapped_column(String(300))
    address: Mapped[str] = mapped_column(Text, default="")
    telephone: Mapped[str] = mapped_column(String(100), default="")
    email: Mapped[str] = mapped_column(String(200), default="")
    website: Mapped[str] = mapped_column(String(200), default="")
    city: Mapped[str] = mapped_column(String(100))
    logo_path: Mapped[str] = mapped_column(Text, default="")
    paper: Mapped[str] = mapped_column(String(10), default="F4")
    sop_template_id: Mapped[int] = mapped_column(ForeignKey("sop_template.id"))
    # Working time for mutu baku timing and expiry reminders: Monday=1 .. Sunday=7.
    work_days: Mapped[str] = mapped_column(String(7), default="12345", server_default="12345")
    work_start: Mapped[str] = mapped_column(String(5), default="08:00", server_default="08:00")
    work_end: Mapped[str] = mapped_column(String(5), default="16:00", server_default="16:00")
    # Print margins in millimetres (10-50), used when a print job does not choose its own.
    margin_top_mm: Mapped[int] = mapped_column(Integer, default=20, server_default="20")
    margin_bottom_mm: Mapped[int] = mapped_column(Integer, default=20, server_default="20")
    margin_left_mm: Mapped[int] = mapped_column(Integer, default=20, server_default="20")
    margin_right_mm: Mapped[int] = mapped_column(Integer, default=20, server_default="20")
    # Minutes without input after which the window locks (migration 0006); 0 = never.
    idle_lock_minutes: Mapped[int] = mapped_column(Integer, default=10, server_default="10")
    created_at: Mapped[datetime] = mapped_column(UtcDateTime(), default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(UtcDateTime(), default=utcnow, onupdate=utcnow)

    sop_template: Mapped["SopTemplateRow"] = relationship()


class SopTemplateRow(Base):
    """An exact copy of an SOP template as it was adopted, so records know their SOP version."""

    __tablename__ = "sop_template"
    __table_args__ = (UniqueConstraint("sha256"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    code: Mapped[str] = mapped_column(String(100))
    revision: Mapped[str] = mapped_column(String(100))
    title: Mapped[str] = mapped_column(String(500))
    sha256: Mapped[str] = mapped_column(String(64))
    source_text: Mapped[str] = mapped_column(Text)
    adopted_at: Mapped[datetime] = mapped_column(UtcDateTime(), default=utcnow)


class Unit(Base):
    """A bagian (unit) that holds information."""

    __tablename__ = "unit"
    __table_args__ = (UniqueConstraint("name"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(String(200))
    code: Mapped[str] = mapped_column(String(50), default="")
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    created_at: Mapped[datetime] = mapped_column(UtcDateTime(), default=utcnow)


class Officer(Base):
    __tablename__ = "officer"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(String(200))
    id_kind: Mapped[str] = mapped_column(String(10), default="nip")
    employee_id: Mapped[str] = mapped_column(String(20), default="", index=True)  # digits only
    pangkat: Mapped[str] = mapped_column(String(10), default="")  # golongan code, e.g. "IV/c"
    jabatan: Mapped[str] = mapped_column(String(300), default="")
    unit_id: Mapped[int | None] = mapped_column(ForeignKey("unit.id"))
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    created_at: Mapped[datetime] = mapped_column(UtcDateTime(), default=utcnow)

    unit: Mapped[Unit | None] = relationship()
    roles: Mapped[list["OfficerRole"]] = relationship(
        cascade="all, delete-orphan", order_by="OfficerRole.role_code"
    )

    @property
    def role_codes(self) -> list[str]:
        return [role.role_code for role in self.roles]


class UserAccount(Base):
    """A sign-in account of one officer (migration 0006).

    No password or hash is kept here: each account's password derives the key that wraps the
    data folder's key in keys.json (storage/keyring.py). A disabled account has no wrap there.
    """

    __tablename__ = "user_account"
    __table_args__ = (UniqueConstraint("officer_id"), UniqueConstraint("username"))

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    officer_id: Mapped[int] = mapped_column(ForeignKey("officer.id"))
    username: Mapped[str] = mapped_column(String(32))  # normalised: domain/accounts.normalise_username
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    created_at: Mapped[datetime] = mapped_column(UtcDateTime(), default=utcnow)
    password_changed_at: Mapped[datetime] = mapped_column(UtcDateTime(), default=utcnow)
    last_sign_in_at: Mapped[datetime | None] = mapped_column(UtcDateTime())

    officer: Mapped[Officer] = relationship()


class OfficerRole(Base):
    __tablename__ = "officer_role"

    officer_id: Mapped[int] = mapped_column(ForeignKey("officer.id", ondelete="CASCADE"), primary_key=True)
    role_code: Mapped[str] = mapped_column(String(50), primary_key=True)


class ExemptRecord(Base):
    """A record of exempted information (one item of the DIK register)."""

    __tablename__ = "exempt_record"
    __table_args__ = (
        UniqueConstraint("uid"),
        Index("ix_exempt_record_stage_title", "stage_code", "title"),
        # A stage tab sorted by a column reads its first page from these (migration 0007).
        Index("ix_exempt_record_stage", "stage_code"),
        Index("ix_exempt_record_stage_register", "stage_code", "register_number"),
        Index("ix_exempt_record_stage_unit", "stage_code", "unit_id"),
        Index("ix_exempt_record_stage_period", "stage_code", "period_end"),
        Index("ix_exempt_record_stage_status", "stage_code", "status"),
        Index("ix_exempt_record_stage_updated", "stage_code", "updated_at"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    uid: Mapped[str] = mapped_column(String(36), default=new_uid)
    register_number: Mapped[str] = mapped_column(String(100), default="", index=True)
    title: Mapped[str] = mapped_column(String(500), index=True)
    summary: Mapped[str] = mapped_column(Text, default="")
    unit_id: Mapped[int] = mapped_column(ForeignKey("unit.id"), index=True)
    consequence_opened: Mapped[str] = mapped_column(Text, default="")
    consequence_closed: Mapped[str] = mapped_column(Text, default="")
    period_start: Mapped[date | None] = mapped_column(Date)
    period_end: Mapped[date | None] = mapped_column(Date, index=True)
    period_condition: Mapped[str] = mapped_column(Text, default="")
    form: Mapped[str] = mapped_column(String(20), default="cetak_elektronik")
    storage_location: Mapped[str] = mapped_column(Text, default="")
    classification: Mapped[str] = mapped_column(String(20), default="terbatas")
    remarks: Mapped[str] = mapped_column(Text, default="")
    status: Mapped[str] = mapped_column(String(20), default="draft", index=True)
    stage_code: Mapped[str] = mapped_column(String(100))
    stage_entered_at: Mapped[datetime] = mapped_column(UtcDateTime(), default=utcnow)
    sop_template_id: Mapped[int] = mapped_column(ForeignKey("sop_template.id"))
    created_at: Mapped[datetime] = mapped_column(UtcDateTime(), default=utcnow)
    created_by_id: Mapped[int | None] = mapped_column(ForeignKey("officer.id"))
    updated_at: Mapped[datetime] = mapped_column(UtcDateTime(), default=utcnow, onupdate=utcnow, index=True)
    updated_by_id: Mapped[int | None] = mapped_column(ForeignKey("officer.id"))
    # Optimistic locking: a save over a row someone else changed meanwhile is refused.
    version: Mapped[int] = mapped_column(Integer, default=1)
    # Workflow (migration 0002).
    finished_at: Mapped[datetime | None] = mapped_column(UtcDateTime())
    archived_at: Mapped[datetime | None] = mapped_column(UtcDateTime())
    revision: Mapped[int] = mapped_column(Integer, default=0, server_default="0")
    consequence_tested_at: Mapped[datetime | None] = mapped_column(UtcDateTime())
    consequence_tested_by_id: Mapped[int | None] = mapped_column(ForeignKey("officer.id"))
    penetapan_number: Mapped[str] = mapped_column(String(100), default="", server_default="")
    penetapan_date: Mapped[date | None] = mapped_column(Date)
    penetapan_ppid_id: Mapped[int | None] = mapped_column(ForeignKey("officer.id"))
    penetapan_atasan_id: Mapped[int | None] = mapped_column(ForeignKey("officer.id"))
    opened_at: Mapped[datetime | None] = mapped_column(UtcDateTime())  # moved to the DIP

    unit: Mapped[Unit] = relationship()
    sop_template: Mapped[SopTemplateRow] = relationship()
    created_by: Mapped[Officer | None] = relationship(foreign_keys=[created_by_id])
    updated_by: Mapped[Officer | None] = relationship(foreign_keys=[updated_by_id])
    consequence_tested_by: Mapped[Officer | None] = relationship(foreign_keys=[consequence_tested_by_id])
    penetapan_ppid: Mapped[Officer | None] = relationship(foreign_keys=[penetapan_ppid_id])
    penetapan_atasan: Mapped[Officer | None] = relationship(foreign_keys=[penetapan_atasan_id])
    legal_grounds: Mapped[list["LegalGroundRow"]] = relationship(
        cascade="all, delete-orphan", order_by="LegalGroundRow.position"
    )

    __mapper_args__ = {"version_id_col": version}


class LegalGroundRow(Base):
    """One legal basis of an exemption: Pasal 17 huruf/angka, or another statute as text."""

    __tablename__ = "legal_ground"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    record_id: Mapped[int] = mapped_column(ForeignKey("exempt_record.id", ondelete="CASCADE"), index=True)
    position: Mapped[int] = mapped_column(Integer)
    huruf: Mapped[str | None] = mapped_column(String(1))
    angka: Mapped[int | None] = mapped_column(Integer)
    other: Mapped[str] = mapped_column(Text, default="")


class StageVisit(Base):
    """One stay of a record in one stage: started, completed (or returned), by whom, with notes."""

    __tablename__ = "stage_visit"
    __table_args__ = (Index("ix_stage_visit_record_open", "record_id", "completed_at"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    record_id: Mapped[int] = mapped_column(ForeignKey("exempt_record.id", ondelete="CASCADE"))
    stage_code: Mapped[str] = mapped_column(String(100), index=True)
    round: Mapped[int] = mapped_column(Integer, default=1)  # 2, 3, ... after returns for correction
    started_at: Mapped[datetime] = mapped_column(UtcDateTime(), default=utcnow)
    completed_at: Mapped[datetime | None] = mapped_column(UtcDateTime())
    completed_by_id: Mapped[int | None] = mapped_column(ForeignKey("officer.id"), index=True)
    # completed | approved | returned | handed_over | received | archived
    outcome: Mapped[str] = mapped_column(String(20), default="", server_default="")
    notes: Mapped[str] = mapped_column(Text, default="", server_default="")
    working_minutes: Mapped[int | None] = mapped_column(Integer)  # at completion
    waktu_menit: Mapped[int] = mapped_column(Integer)  # the standard in force for this visit

    completed_by: Mapped[Officer | None] = relationship()
    checks: Mapped[list["SyaratCheck"]] = relationship(cascade="all, delete-orphan")


class SyaratCheck(Base):
    """A syarat of a stage ticked off during one visit."""

    __tablename__ = "syarat_check"

    visit_id: Mapped[int] = mapped_column(ForeignKey("stage_visit.id", ondelete="CASCADE"), primary_key=True)
    syarat_index: Mapped[int] = mapped_column(Integer, primary_key=True)
    syarat_text: Mapped[str] = mapped_column(Text)
    checked_by_id: Mapped[int | None] = mapped_column(ForeignKey("officer.id"))
    checked_at: Mapped[datetime] = mapped_column(UtcDateTime(), default=utcnow)


class Attachment(Base):
    """A file attached to a record, or to a stage's output; its bytes live in the file store."""

    __tablename__ = "attachment"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    record_id: Mapped[int] = mapped_column(ForeignKey("exempt_record.id", ondelete="CASCADE"), index=True)
    stage_code: Mapped[str] = mapped_column(String(100), default="", server_default="")
    sha256: Mapped[str] = mapped_column(String(64), index=True)
    original_name: Mapped[str] = mapped_column(String(1000))
    size: Mapped[int] = mapped_column(Integer)
    media_type: Mapped[str] = mapped_column(String(200), default="", server_default="")
    added_by_id: Mapped[int | None] = mapped_column(ForeignKey("officer.id"))
    added_at: Mapped[datetime] = mapped_column(UtcDateTime(), default=utcnow)


class AuditEntry(Base):
    """Append-only trail: who did what to which record and when, with values before and after.

    SQLite triggers (migrations 0002 and 0005) refuse DELETE, and every UPDATE but the sealing
    of a new entry's hashes.
    """

    __tablename__ = "audit_entry"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    record_id: Mapped[int | None] = mapped_column(ForeignKey("exempt_record.id"), index=True)
    occurred_at: Mapped[datetime] = mapped_column(UtcDateTime(), default=utcnow)
    officer_id: Mapped[int | None] = mapped_column(ForeignKey("officer.id"))
    action: Mapped[str] = mapped_column(String(30))
    summary: Mapped[str] = mapped_column(Text, default="")
    changes: Mapped[str] = mapped_column(Text, default="", server_default="")  # JSON {field: [before, after]}
    # The hash chain (storage/audit_chain.py): filled when the writing transaction commits.
    prev_hash: Mapped[str] = mapped_column(String(64), default="", server_default="")
    entry_hash: Mapped[str] = mapped_column(String(64), default="", server_default="")

    officer: Mapped[Officer | None] = relationship()


class OutboxPackage(Base):
    """A handover package this installation built (migration 0004): where it is on its way.

    The bag itself lives in the data folder's `outbox/<name>/` until it is delivered to the share;
    `state` is menunggu (waiting), terkirim (delivered) or gagal (the last attempt failed; retried).
    """

    __tablename__ = "outbox_package"
    __table_args__ = (UniqueConstraint("name"), UniqueConstraint("uid"))

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    uid: Mapped[str] = mapped_column(String(36))  # bag-info External-Identifier
    name: Mapped[str] = mapped_column(String(200))
    created_at: Mapped[datetime] = mapped_column(UtcDateTime(), default=utcnow)
    created_by_id: Mapped[int | None] = mapped_column(ForeignKey("officer.id"))
    record_count: Mapped[int] = mapped_column(Integer, default=0)
    file_count: Mapped[int] = mapped_column(Integer, default=0)
    size: Mapped[int] = mapped_column(Integer, default=0)
    digest: Mapped[str] = mapped_column(String(64), default="")  # sha256 of tagmanifest-sha256.txt
    state: Mapped[str] = mapped_column(String(20), default="menunggu", index=True)
    share_folder: Mapped[str] = mapped_column(Text, default="")  # where it is (to be) delivered
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    # domain/errors.to_stored JSON (so the window can word it in its language), or the plain
    # Indonesian sentence an earlier version wrote; read with from_stored.
    last_error: Mapped[str] = mapped_column(Text, default="")
    last_attempt_at: Mapped[datetime | None] = mapped_column(UtcDateTime())
    delivered_at: Mapped[datetime | None] = mapped_column(UtcDateTime())
    delivered_path: Mapped[str] = mapped_column(Text, default="")


class ImportReceipt(Base):
    """A package imported at the PPID (migration 0004): who, when, which package (by digest).

    The digest (sha256 of the package's tagmanifest-sha256.txt) is unique: the same package
    imported again adds nothing.
    """

    __tablename__ = "import_receipt"
    __table_args__ = (UniqueConstraint("digest"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    digest: Mapped[str] = mapped_column(String(64))
    package_uid: Mapped[str] = mapped_column(String(36), index=True)
    package_name: Mapped[str] = mapped_column(String(300))
    source_path: Mapped[str] = mapped_column(Text, default="")
    sender_office: Mapped[str] = mapped_column(String(300), default="")
    sender_unit: Mapped[str] = mapped_column(String(200), default="")
    sender_officer: Mapped[str] = mapped_column(String(200), default="")
    imported_at: Mapped[datetime] = mapped_column(UtcDateTime(), default=utcnow)
    officer_id: Mapped[int | None] = mapped_column(ForeignKey("officer.id"))
    record_count: Mapped[int] = mapped_column(Integer, default=0)
    records_added: Mapped[int] = mapped_column(Integer, default=0)
    files_added: Mapped[int] = mapped_column(Integer, default=0)
    receipt_pdf: Mapped[str] = mapped_column(Text, default="")

    officer: Mapped[Officer | None] = relationship()


class PackageRefusal(Base):
    """A package the PPID's import refused, with the reason (migration 0004); nothing was imported."""

    __tablename__ = "package_refusal"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    package_name: Mapped[str] = mapped_column(String(300), index=True)
    digest: Mapped[str] = mapped_column(String(64), default="")
    source_path: Mapped[str] = mapped_column(Text, default="")
    refused_at: Mapped[datetime] = mapped_column(UtcDateTime(), default=utcnow)
    officer_id: Mapped[int | None] = mapped_column(ForeignKey("officer.id"))
    reason: Mapped[str] = mapped_column(Text, default="")  # as last_error above: to_stored JSON or plain text


class Holiday(Base):
    """A day off (libur nasional, cuti bersama) not counted as working time."""

    __tablename__ = "holiday"

    day: Mapped[date] = mapped_column(Date, primary_key=True)
    name: Mapped[str] = mapped_column(String(200), default="")
