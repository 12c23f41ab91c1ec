"""SOP templates: the stage list an office follows, kept as data (TOML), not as code.

Offices write their own variants of the *SOP Pendokumentasian Informasi yang Dikecualikan*,
so the workflow is read from a template file. This module holds the immutable model and the
public entry points; parsing and validation live in :mod:`ppid_desktop.domain.sop_loader`.
A record stores the template's ``code`` and ``sha256`` so it can tell exactly which version
of an SOP it was started under, even after the office edits the file.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from enum import Enum
from pathlib import Path

from ppid_desktop.domain.errors import UserError, describe_os_error
from ppid_desktop.domain.texts import QT_TR_NOOP


class StageKind(str, Enum):
    """What a stage means for the workflow, beyond its text.

    The workflow needs to know where a record crosses offices (handover), where it can be
    sent back (review) and where it ends up stored (archive); everything else is ordinary.
    """

    ORDINARY = "ordinary"
    REVIEW = "review"
    ARCHIVE = "archive"
    HANDOVER_OUT = "handover_out"
    HANDOVER_IN = "handover_in"

    @property
    def label(self) -> str:
        return _STAGE_KIND_LABELS[self]


_STAGE_KIND_LABELS: dict[StageKind, str] = {
    StageKind.ORDINARY: QT_TR_NOOP("Biasa"),
    StageKind.REVIEW: QT_TR_NOOP("Reviu/Koreksi"),
    StageKind.ARCHIVE: QT_TR_NOOP("Arsip"),
    StageKind.HANDOVER_OUT: QT_TR_NOOP("Serah terima (kirim)"),
    StageKind.HANDOVER_IN: QT_TR_NOOP("Serah terima (terima)"),
}


@dataclass(frozen=True, slots=True)
class Role:
    """A PELAKSANA column of the SOP sheet, in column order."""

    code: str
    name: str


@dataclass(frozen=True, slots=True)
class Signatory:
    """The official who approved the SOP ("Disahkan oleh"). ``nip`` holds digits only."""

    jabatan: str
    nama: str
    pangkat: str
    nip: str


@dataclass(frozen=True, slots=True)
class SopHeader:
    """The header block of an SOP-AP sheet."""

    judul: str
    nomor: str
    instansi: tuple[str, ...]
    tanggal_pembuatan: date
    tanggal_revisi: date | None
    tanggal_efektif: date | None
    disahkan_oleh: Signatory | None
    dasar_hukum: tuple[str, ...]
    kualifikasi_pelaksana: tuple[str, ...]
    keterkaitan: tuple[str, ...]
    peralatan: tuple[str, ...]
    peringatan: str
    pencatatan: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class Stage:
    """One row of the SOP table. ``number`` is 1-based, as printed in the NO column."""

    number: int
    code: str
    nama: str  # short name for tabs and lists, e.g. "Serah terima softcopy"
    uraian: str
    pelaksana: tuple[str, ...]
    syarat: tuple[str, ...]
    waktu: str
    waktu_menit: int
    output: str
    output_berkas: bool
    keterangan: str
    kind: StageKind
    return_to: str | None


@dataclass(frozen=True, slots=True)
class SopTemplate:
    code: str
    revision: str
    header: SopHeader
    roles: tuple[Role, ...]
    stages: tuple[Stage, ...]
    # The exact text is kept so a record's SOP can be shown or printed as it was, later.
    source_text: str = field(repr=False)
    sha256: str

    @property
    def title(self) -> str:
        return f"{self.header.judul} ({self.header.nomor})"

    @property
    def first_stage(self) -> Stage:
        # The loader refuses templates without stages, so this always exists.
        return self.stages[0]

    def stage(self, code: str) -> Stage:
        """The stage with this code; KeyError if the template has none."""
        for stage in self.stages:
            if stage.code == code:
                return stage
        raise KeyError(code)

    def next_stage(self, code: str) -> Stage | None:
        """The stage after ``code`` in table order, or None after the last one."""
        number = self.stage(code).number
        return self.stages[number] if number < len(self.stages) else None

    def role_name(self, code: str) -> str:
        """The printed column name of a role; KeyError if the template has no such role."""
        for role in self.roles:
            if role.code == code:
                return role.name
        raise KeyError(code)


class SopTemplateError(UserError, ValueError):
    """A template file that cannot be used, with where and why, in Indonesian for the user.

    A UserError (the window shows it in its language: ``reason`` is a marked phrase or a
    UserError with values) and, as before, a ValueError. ``.reason`` is the reason's text."""

    def __init__(self, path: str, line: int | None, reason: str | UserError) -> None:
        self.path = path
        self.line = line
        self.reason = str(reason)
        # Only the file name: the message goes into a dialog, the full path stays in .path.
        name = Path(path).name or path
        where: str | UserError = name if line is None else UserError(QT_TR_NOOP("{name}, baris {line}"), name=name, line=line)
        super().__init__(QT_TR_NOOP("Templat SOP tidak valid: {where}: {reason}"), where=where, reason=reason)


def parse_sop_template(text: str, path: str = "<teks>") -> SopTemplate:
    """Parse and validate template text; ``path`` only names the source in error messages."""
    # Imported here because the loader builds the classes above (it imports this module).
    from ppid_desktop.domain.sop_loader import build_template

    return build_template(text, path)


def load_sop_template(path: Path) -> SopTemplate:
    """Read a UTF-8 template file; unreadable or undecodable files raise SopTemplateError."""
    try:
        raw = Path(path).read_bytes()
    except OSError as exc:
        raise SopTemplateError(str(path), None, UserError(QT_TR_NOOP("berkas tidak dapat dibaca ({reason})"),
                                                          reason=describe_os_error(exc))) from exc
    try:
        # Bytes, not read_text(): no newline translation, so the text (and its digest) is the file's.
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = raw.count(b"\n", 0, exc.start) + 1
        raise SopTemplateError(str(path), line, QT_TR_NOOP("berkas bukan teks UTF-8; simpan ulang sebagai UTF-8")) from exc
    return parse_sop_template(text, str(path))


def builtin_templates(directory: Path) -> list[SopTemplate]:
    """Every ``*.toml`` template in ``directory``, sorted by code (then revision)."""
    directory = Path(directory)
    if not directory.is_dir():
        # A missing resources folder is a packaging fault: an empty list would hide it, and
        # callers (the self-test) already report SopTemplateError.
        raise SopTemplateError(str(directory), None, UserError(QT_TR_NOOP("folder templat SOP tidak ditemukan ({directory})"),
                                                              directory=directory))
    templates = [load_sop_template(p) for p in sorted(directory.glob("*.toml"))]
    return sorted(templates, key=lambda t: (t.code, t.revision))
