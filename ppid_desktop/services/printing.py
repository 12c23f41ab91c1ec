"""Printed documents from the database: the services build the report dataclasses, the reports
layer writes the PDFs (atomically: a failed or cancelled run leaves no file).

Signatories by default: the officer with the role "ppid" signs, the one with "atasan_ppid"
approves ("Mengetahui"); the place is the office's city and the date is today, in Indonesian.
"""

from __future__ import annotations

import os
from collections.abc import Iterator, Sequence
from datetime import date, datetime, timezone
from pathlib import Path

from sqlalchemy import Select, func, select

from ppid_desktop.domain.dates import format_tempat_tanggal
from ppid_desktop.domain.enums import Classification, PaperSize, RecordStatus
from ppid_desktop.domain.errors import UserError
from ppid_desktop.domain.legal import LegalGround
from ppid_desktop.domain.office import OfficeProfile
from ppid_desktop.domain.record import format_period
from ppid_desktop.domain.texts import QT_TR_NOOP
from ppid_desktop.reports.model import (
    DocumentInfo,
    IsCancelled,
    Letterhead,
    Marking,
    Orientation,
    PageSetup,
    PenetapanDocument,
    Progress,
    RegisterDocument,
    RegisterRow,
    SignatureBlock,
    highest_classification,
)
from ppid_desktop.reports.penetapan import write_penetapan
from ppid_desktop.reports.register import write_register
from ppid_desktop.reports.sop_sheet import write_sop
from ppid_desktop.services.office import OfficerView, get_office, list_officers, office_margins, officer_view
from ppid_desktop.services.records import get_record
from ppid_desktop.services.sop_catalog import active_template
from ppid_desktop.storage.database import Database
from ppid_desktop.storage.models import ExemptRecord, LegalGroundRow, Unit

BATCH = 500
PPID_JABATAN = "Pejabat Pengelola Informasi dan Dokumentasi"
Margins = tuple[float, float, float, float]  # top, bottom, left, right (mm)


def _office(db: Database) -> OfficeProfile:
    office = get_office(db)
    if office is None:
        raise UserError(QT_TR_NOOP("Kantor belum disiapkan. Jalankan panduan penyiapan terlebih dahulu, lalu cetak lagi."))
    return office


def _letterhead(office: OfficeProfile) -> Letterhead:
    contact = [
        f"Telepon {office.telephone}" if office.telephone else "",
        f"Pos-el {office.email}" if office.email else "",
        f"Laman {office.website}" if office.website else "",
    ]
    return Letterhead(
        kop_lines=tuple(office.kop_lines),
        unit_name=office.name,
        address_line=office.address,
        contact_line=", ".join(part for part in contact if part),
        logo_path=office.logo_path,  # a missing file prints the kop without the logo
    )


def letterhead(db: Database) -> Letterhead:
    """The office's kop surat."""
    return _letterhead(_office(db))


def _setup(office: OfficeProfile, paper: PaperSize | str | None, orientation: Orientation | str, margins: Margins | None) -> PageSetup:
    try:
        chosen_paper = PaperSize(paper) if paper else office.paper
        chosen_orientation = Orientation(orientation)
    except ValueError as exc:
        raise UserError(QT_TR_NOOP("Pilihan kertas atau orientasi tidak dikenal ({error}). Pilih A4 atau F4, lanskap atau potret."), error=str(exc)) from exc
    if margins is None:
        return PageSetup(chosen_paper, chosen_orientation)
    top, bottom, left, right = margins
    return PageSetup(chosen_paper, chosen_orientation, top, bottom, left, right)


def _filtered(query: Select, unit_id: int | None, status: RecordStatus | str | None, year: int | None,
              record_ids: Sequence[int] | None = None) -> Select:
    if record_ids is not None:  # a handover package's register lists only its records
        query = query.where(ExemptRecord.id.in_(list(record_ids)))
    if unit_id is not None:
        query = query.where(ExemptRecord.unit_id == unit_id)
    if status:
        query = query.where(ExemptRecord.status == RecordStatus(status).value)
    if year:
        start = datetime(year, 1, 1, tzinfo=timezone.utc)
        end = datetime(year + 1, 1, 1, tzinfo=timezone.utc)
        query = query.where(ExemptRecord.created_at >= start, ExemptRecord.created_at < end)
    return query


NBSP = "\u00a0"


def _ground_text(ground: LegalGround, with_description: bool = False) -> str:
    """"Pasal 17 huruf h angka 5 UU 14/2008", with no-break spaces so that "huruf h",
    "angka 5" and "UU 14/2008" never part at a line end."""
    if ground.huruf is None:
        return ground.label
    angka = f" angka{NBSP}{ground.angka}" if ground.angka is not None else ""
    text = f"Pasal{NBSP}17 huruf{NBSP}{ground.huruf}{angka} UU{NBSP}14/2008"
    return f"{text} ({ground.description})" if with_description and ground.description else text


def _keterangan(remarks: str, classification: Classification, status: RecordStatus) -> str:
    lines = [remarks.strip()] if remarks.strip() else []
    lines += [f"Klasifikasi: {classification.label}", f"Status: {status.label}"]
    return "\n".join(lines)


def register_rows(db: Database, unit_id: int | None = None, status: RecordStatus | str | None = None, year: int | None = None,
                  record_ids: Sequence[int] | None = None) -> Iterator[RegisterRow]:
    """The register's rows in register order (the order records were made), read in batches."""
    ids_query = _filtered(select(ExemptRecord.id), unit_id, status, year, record_ids).order_by(ExemptRecord.created_at, ExemptRecord.id)
    with db.engine.connect() as connection:
        ids = list(connection.scalars(ids_query))
    records = ExemptRecord.__table__
    number = 0
    for start in range(0, len(ids), BATCH):
        batch = ids[start:start + BATCH]
        with db.engine.connect() as connection:
            found = {
                row.id: row
                for row in connection.execute(
                    select(records, Unit.name.label("unit_name")).join(Unit, Unit.id == records.c.unit_id).where(records.c.id.in_(batch))
                )
            }
            grounds: dict[int, list[LegalGround]] = {}
            for g in connection.execute(
                select(LegalGroundRow.record_id, LegalGroundRow.huruf, LegalGroundRow.angka, LegalGroundRow.other)
                .where(LegalGroundRow.record_id.in_(batch))
                .order_by(LegalGroundRow.record_id, LegalGroundRow.position)
            ):
                grounds.setdefault(g.record_id, []).append(LegalGround(g.huruf, g.angka, g.other or ""))
        for record_id in batch:
            row = found.get(record_id)
            if row is None:  # deleted meanwhile
                continue
            number += 1
            classification = Classification(row.classification)
            yield RegisterRow(
                number=number,
                title=row.title,
                summary=row.summary or "",
                register_number=row.register_number or "",
                dasar_hukum="\n".join(_ground_text(g) for g in grounds.get(record_id, [])),
                konsekuensi_dibuka=row.consequence_opened or "",
                konsekuensi_ditutup=row.consequence_closed or "",
                jangka_waktu=format_period(row.period_start, row.period_end, row.period_condition or ""),
                unit=row.unit_name,
                keterangan=_keterangan(row.remarks or "", classification, RecordStatus(row.status)),
                classification=classification,
            )


def _count_and_classification(db: Database, unit_id: int | None, status: RecordStatus | str | None, year: int | None,
                              record_ids: Sequence[int] | None = None) -> tuple[int, Classification]:
    with db.engine.connect() as connection:
        count = connection.scalar(_filtered(select(func.count(ExemptRecord.id)), unit_id, status, year, record_ids)) or 0
        levels = {Classification(v) for v in connection.scalars(_filtered(select(ExemptRecord.classification).distinct(), unit_id, status, year, record_ids))}
    return count, highest_classification(levels)


def _officer_with(officers: Sequence[OfficerView], role: str) -> OfficerView | None:
    return next((o for o in officers if role in o.roles), None)


def _block(officer: OfficerView, jabatan_lines: tuple[str, ...], place_date: str = "") -> SignatureBlock:
    return SignatureBlock(jabatan_lines, officer.name, place_date, officer.pangkat_label, officer.id_label)


def _ppid_block(officer: OfficerView, place_date: str) -> SignatureBlock:
    lines = (PPID_JABATAN, f"{officer.jabatan},") if officer.jabatan else (f"{PPID_JABATAN},",)
    return _block(officer, lines, place_date)


def _atasan_block(officer: OfficerView, approval: str) -> SignatureBlock:
    lines = (approval, "Atasan PPID", f"{officer.jabatan},") if officer.jabatan else (approval, "Atasan PPID,")
    return _block(officer, lines)


def default_signatures(db: Database, place_date: str, approval: str = "Mengetahui,") -> tuple[SignatureBlock | None, SignatureBlock | None]:
    """(signer, approver): the PPID signs; the Atasan PPID approves. None when nobody has the role."""
    officers = list_officers(db)
    ppid = _officer_with(officers, "ppid")
    atasan = _officer_with(officers, "atasan_ppid")
    signer = _ppid_block(ppid, place_date) if ppid else None
    approver = _atasan_block(atasan, approval) if atasan else None
    return signer, approver


def _filter_line(db: Database, unit_id: int | None, status: RecordStatus | str | None) -> str:
    parts = []
    if unit_id is not None:
        with db.session() as session:
            unit = session.get(Unit, unit_id)
        if unit is None:
            raise UserError(QT_TR_NOOP("Unit yang dipilih untuk dicetak tidak ada lagi. Pilih unit yang lain."))
        parts.append(f"Unit penguasa informasi: {unit.name}")
    if status:
        parts.append(f"Status: {RecordStatus(status).label}")
    return "; ".join(parts)


def write_register_pdf(
    db: Database,
    out_path: str | os.PathLike[str],
    *,
    paper: PaperSize | str | None = None,
    orientation: Orientation | str = Orientation.LANDSCAPE,
    unit_id: int | None = None,
    status: RecordStatus | str | None = None,
    year: int | None = None,
    copies: int | None = None,
    number: str = "",
    margins: Margins | None = None,
    today: date | None = None,
    progress: Progress | None = None,
    is_cancelled: IsCancelled | None = None,
    record_ids: Sequence[int] | None = None,
) -> Path:
    """Write the DIK register (filtered by unit, status and year of recording, or to the records
    `record_ids`, as in a handover package) to `out_path`.

    Stamped with the highest classification among its records when above Biasa; `copies`
    numbers printed copies ("Salinan ke-1 dari 3"), one after another in the same file.
    """
    office = _office(db)
    setup = _setup(office, paper, orientation, margins if margins is not None else office_margins(db))
    count, level = _count_and_classification(db, unit_id, status, year, record_ids)
    place_date = format_tempat_tanggal(office.city, today or date.today())
    signer, approver = default_signatures(db, place_date)
    if signer is None:  # nobody has the PPID role yet: a blank block to sign by hand
        signer = SignatureBlock((f"{PPID_JABATAN},",), "", place_date)
    subtitles = [f"TAHUN {year}"] if year else []
    filters = _filter_line(db, unit_id, status)
    if filters:
        subtitles.append(filters)
    document = RegisterDocument(
        letterhead=_letterhead(office),
        info=DocumentInfo(
            title=f"Daftar Informasi yang Dikecualikan {office.name}" + (f" Tahun {year}" if year else ""),
            author=office.name,
            subject="Daftar Informasi yang Dikecualikan (UU 14/2008 Pasal 17)",
            keywords="DIK, informasi yang dikecualikan, PPID",
        ),
        setup=setup,
        marking=Marking(level),
        subtitle_lines=tuple(subtitles),
        number=number,
        signer=signer,
        approver=approver,
    )
    return write_register(
        out_path,
        document,
        lambda: register_rows(db, unit_id, status, year, record_ids),
        total=count,
        copies=copies,
        progress=progress,
        is_cancelled=is_cancelled,
    )


def _jenis(grounds: list[LegalGround]) -> str:
    cited = [_ground_text(g, with_description=True) for g in grounds]
    if not cited:
        return "Informasi yang dikecualikan (dasar hukum belum diisi)"
    return "Informasi yang dikecualikan berdasarkan " + "; ".join(cited)


def write_penetapan_pdf(
    db: Database,
    record_id: int,
    out_path: str | os.PathLike[str],
    *,
    number: str | None = None,
    tanggal: date | None = None,
    paper: PaperSize | str | None = None,
    margins: Margins | None = None,
) -> Path:
    """The Surat Penetapan Klasifikasi of one record. Without `number` and `tanggal` (and a PPID
    among the officers) it is printed as a draft ("DRAF — BELUM DITETAPKAN")."""
    office = _office(db)
    detail = get_record(db, record_id)
    d = detail.draft
    with db.session() as session:
        row = session.get(ExemptRecord, record_id)
        unit_name = row.unit.name if row is not None and row.unit is not None else "-"
        # The determination, once the PPID has made it (workflow columns; absent on old rows).
        number = number or getattr(row, "penetapan_number", "") or None
        tanggal = tanggal or getattr(row, "penetapan_date", None)
        stored = [getattr(row, name, None) for name in ("penetapan_ppid", "penetapan_atasan")]
        stored_views = [officer_view(o) if o is not None else None for o in stored]
    place_date = format_tempat_tanggal(office.city, tanggal) if tanggal else None
    ppid, atasan = default_signatures(db, "", approval="Mengetahui/Menyetujui,")
    if stored_views[0] is not None:
        ppid = _ppid_block(stored_views[0], "")
    if stored_views[1] is not None:
        atasan = _atasan_block(stored_views[1], "Mengetahui/Menyetujui,")
    setup = _setup(office, paper, Orientation.PORTRAIT, margins if margins is not None else office_margins(db))
    document = PenetapanDocument(
        letterhead=_letterhead(office),
        info=DocumentInfo(
            title=f"Surat Penetapan Klasifikasi Informasi: {d.title}",
            author=office.name,
            subject="Penetapan klasifikasi informasi yang dikecualikan (Perki 1/2017)",
            keywords=f"uji konsekuensi, {d.register_number}".strip(", "),
        ),
        badan_publik=", ".join([office.name] + list(reversed(office.kop_lines))),
        unit_kerja=unit_name,
        title=d.title,
        summary=d.summary,
        register_number=d.register_number,
        classification=d.classification,
        jenis_klasifikasi=_jenis(d.legal_grounds),
        legal_grounds=tuple(_ground_text(g, with_description=True) for g in d.legal_grounds),
        konsekuensi_dibuka=d.consequence_opened,
        konsekuensi_ditutup=d.consequence_closed,
        jangka_waktu=format_period(d.period_start, d.period_end, d.period_condition),
        number=number or None,
        tanggal=place_date,
        ppid=ppid,
        atasan=atasan,
        setup=setup,
    )
    return write_penetapan(out_path, document)


def write_sop_pdf(
    db: Database,
    out_path: str | os.PathLike[str],
    *,
    paper: PaperSize | str | None = None,
    orientation: Orientation | str = Orientation.LANDSCAPE,
    margins: Margins | None = None,
) -> Path:
    """The SOP the office follows, as an SOP-AP sheet."""
    office = _office(db)
    with db.session() as session:
        template = active_template(session)
    if template is None:  # pragma: no cover - an office always has one
        raise UserError(QT_TR_NOOP("Kantor belum memilih SOP. Jalankan panduan penyiapan terlebih dahulu."))
    setup = _setup(office, paper, orientation, margins if margins is not None else office_margins(db))
    info = DocumentInfo(title=template.title, author=office.name, subject="Standar Operasional Prosedur (SOP-AP)")
    return write_sop(out_path, template, setup, info, logo_path=office.logo_path)
