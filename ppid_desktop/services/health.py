"""The self-test: can this installation open its data and does the data hold together?"""

from __future__ import annotations

import tempfile
from pathlib import Path

from sqlalchemy import func, select

from ppid_desktop import __version__
from ppid_desktop.domain.errors import UserError
from ppid_desktop.domain.sizes import format_count
from ppid_desktop.domain.sop import SopTemplateError
from ppid_desktop.reports.model import DocumentInfo, Letterhead, RegisterDocument
from ppid_desktop.reports.register import write_register
from ppid_desktop.services.office import is_set_up
from ppid_desktop.services.printing import write_register_pdf
from ppid_desktop.services.sop_catalog import active_template, available_templates
from ppid_desktop.storage.database import Database, head_revision
from ppid_desktop.storage.models import ExemptRecord


def self_test(db: Database) -> tuple[list[str], list[str]]:
    """Return (problems, report lines). No problems means the installation is usable."""
    problems: list[str] = []
    report = [f"PPID Desktop {__version__}", f"Folder data: {db.paths.root}", f"Skema basis data: {head_revision()}"]
    problems += [f"Pemeriksaan integritas basis data: {p}" for p in db.integrity_problems()]
    try:
        templates = available_templates()
        report.append(f"Templat SOP bawaan: {', '.join(t.code for t in templates)}")
    except SopTemplateError as exc:
        problems.append(str(exc))
    with db.session() as session:
        try:
            template = active_template(session)
            report.append(f"SOP kantor: {template.title if template else 'belum disiapkan'}")
        except SopTemplateError as exc:
            problems.append(f"SOP yang dipakai kantor tidak dapat dibaca: {exc}")
        count = session.scalar(select(func.count()).select_from(ExemptRecord))
        report.append(f"Jumlah rekaman: {count}")
    problems += _render_check(db, report)
    problems += _encryption_check(report)
    problems += _translations_check(report)
    return problems, report


# Every compiled Qt translation begins with these 16 bytes (QTranslator's magic number).
QM_MAGIC = bytes.fromhex("3cb86418caef9c95cd211cbf60a1bddd")


def _translations_check(report: list[str]) -> list[str]:
    """The compiled translations the window loads are there and are Qt translation files (a bundle
    could lack them; the window would then silently stay Indonesian, or show Qt's buttons in English)."""
    from ppid_desktop.storage.paths import SHIPPED_TRANSLATIONS, translation_file

    files = [translation_file(catalogue, language) for catalogue, language in SHIPPED_TRANSLATIONS]
    problems = []
    for path in files:
        try:
            with open(path, "rb") as handle:
                if handle.read(len(QM_MAGIC)) != QM_MAGIC:
                    problems.append(f"Berkas terjemahan {path.name} rusak.")
        except OSError:
            problems.append(f"Berkas terjemahan {path.name} tidak ada di {path.parent}.")
    if not problems:
        report.append(f"Terjemahan: {', '.join(path.name for path in files)}")
    return problems


def _encryption_check(report: list[str]) -> list[str]:
    """Argon2id, AES-GCM and SQLCipher, as the installed app has them (native libraries a bundle
    could lack): a key is derived, a file sealed and opened, an encrypted database written and read
    back, and shown unreadable without its key. In a scratch folder; nothing is left behind."""
    import io
    from contextlib import closing

    from ppid_desktop.storage import connect, crypto

    with tempfile.TemporaryDirectory(prefix="ppid-uji-kunci-") as scratch:
        try:
            key = crypto.derive_password_key("uji-mandiri", b"0" * 16, crypto.KdfParams.for_tests())
            sealed = io.BytesIO()
            crypto.encrypt_file(key, io.BytesIO(b"uji mandiri" * 1000), sealed)
            sealed.seek(0)
            if b"".join(crypto.decrypt_chunks(key, sealed)) != b"uji mandiri" * 1000:
                return ["Enkripsi berkas tidak menghasilkan isi yang sama ketika dibuka kembali."]
            database = Path(scratch) / "uji.sqlite3"
            pragma = crypto.sqlcipher_key_pragma(key)
            # closing(): an open file would make the scratch folder's removal fail on Windows.
            with closing(connect.connect(database, pragma)) as connection:
                connection.execute("CREATE TABLE t (x)")
                connection.execute("INSERT INTO t VALUES ('rahasia')")
                connection.commit()
            with closing(connect.connect(database, pragma, readonly=True)) as reopened:
                found = reopened.execute("SELECT x FROM t").fetchall()
                version = reopened.execute("PRAGMA cipher_version").fetchone()[0]
            if found != [("rahasia",)] or b"rahasia" in database.read_bytes():
                return ["Basis data terenkripsi (SQLCipher) tidak bekerja sebagaimana mestinya."]
        except Exception as exc:  # a missing native library shows up as anything
            return [f"Pustaka enkripsi tidak dapat dipakai: {type(exc).__name__}: {exc}"]
    report.append(f"Enkripsi: Argon2id, AES-256-GCM dan SQLCipher {version} bekerja")
    return []


SAMPLE_RECORDS = 20


def _render_check(db: Database, report: list[str]) -> list[str]:
    """Render a register PDF in a scratch folder: ReportLab, the embedded fonts and, once the
    office is set up, the office's own register. Nothing is left behind."""
    with tempfile.TemporaryDirectory(prefix="ppid-uji-") as scratch:
        target = Path(scratch) / "uji-register.pdf"
        try:
            if is_set_up(db):  # the office's own kop and signatures; a page of records is enough
                with db.session() as session:
                    sample = list(session.scalars(select(ExemptRecord.id).order_by(ExemptRecord.id).limit(SAMPLE_RECORDS)))
                write_register_pdf(db, target, record_ids=sample)
            else:  # a fresh data folder: the same layout with a sample letterhead and no rows
                sample = RegisterDocument(
                    letterhead=Letterhead(("UJI MANDIRI PPID DESKTOP",), "KANTOR BELUM DISIAPKAN"),
                    info=DocumentInfo(title="Uji mandiri PPID Desktop", author="PPID Desktop"),
                )
                write_register(target, sample, [])
            size = target.stat().st_size  # the writer checked it is a complete PDF
        except (UserError, OSError, ValueError) as exc:
            return [f"Register PDF tidak dapat dibuat: {exc}"]
    report.append(f"Register PDF uji: {format_count(size)} byte, dibuat lalu dihapus kembali")
    return []
