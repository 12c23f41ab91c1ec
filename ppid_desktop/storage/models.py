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

    unit: Mapped[Unit] = relationship()
    sop_template: Mapped[SopTemplateRow] = relationship()
    created_by: Mapped[Officer | None] = relationship(foreign_keys=[created_by_id])
    updated_by: Mapped[Officer | None] = relationship(foreign_keys=[updated_by_id])
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
