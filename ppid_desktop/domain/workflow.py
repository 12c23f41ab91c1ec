"""The rules of moving a record through its SOP, as pure functions.

Each check returns the list of reasons an action is refused, in Indonesian, naming what
is missing; an empty list means the action may go ahead. The services apply the same
rules for the window and the command line, so both refuse with the same words.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from enum import Enum

from ppid_desktop.domain.calendar import WorkCalendar
from ppid_desktop.domain.sop import SopTemplate, Stage, StageKind

EXPIRY_LEAD_WORKING_DAYS = 30  # Permenpora 14/2023 Pasal 55


@dataclass(frozen=True)
class RecordPosition:
    """Where a record stands in its SOP."""

    stage_code: str
    finished: bool  # the last stage was completed
    archived: bool  # completed an archive stage: read-only from now on


def role_names(template: SopTemplate, codes: tuple[str, ...]) -> str:
    names = []
    for code in codes:
        try:
            names.append(template.role_name(code))
        except KeyError:
            names.append(code)
    return " atau ".join(names)


def _stage_or_reason(template: SopTemplate, code: str) -> tuple[Stage | None, list[str]]:
    try:
        return template.stage(code), []
    except KeyError:
        return None, [f"Tahap \"{code}\" tidak ada dalam SOP rekaman ini ({template.title})."]


def position_problems(template: SopTemplate, position: RecordPosition, expected_stage: str | None) -> list[str]:
    """Refusals that do not depend on the officer: archived, finished, or not at the stage named."""
    if position.archived:
        return ["Rekaman sudah diarsipkan dan bersifat hanya-baca; tahapnya tidak dapat diubah lagi."]
    if position.finished:
        return ["Rekaman sudah menyelesaikan seluruh tahap SOP."]
    current, problems = _stage_or_reason(template, position.stage_code)
    if problems or current is None:
        return problems
    if expected_stage is not None and expected_stage != position.stage_code:
        wanted, problems = _stage_or_reason(template, expected_stage)
        if problems or wanted is None:
            return problems
        return [
            f"Rekaman berada di tahap {current.number} ({current.nama}), bukan tahap {wanted.number} "
            f"({wanted.nama}). Tahap SOP harus diselesaikan berurutan."
        ]
    return []


def officer_problems(template: SopTemplate, stage: Stage, officer_name: str | None, officer_roles: set[str]) -> list[str]:
    if officer_name is None:
        return ["Pilih petugas yang melaksanakan tahap ini (petugas aktif)."]
    if not officer_roles & set(stage.pelaksana):
        return [
            f"{officer_name} tidak memegang peran pelaksana tahap {stage.number} ({stage.nama}): "
            f"tahap ini dilaksanakan oleh {role_names(template, stage.pelaksana)}."
        ]
    return []


def completion_problems(
    template: SopTemplate,
    position: RecordPosition,
    officer_name: str | None,
    officer_roles: set[str],
    checked_syarat: set[int],
    output_files: int,
    expected_stage: str | None = None,
) -> list[str]:
    """Why the record's current stage may not be completed (empty when it may)."""
    problems = position_problems(template, position, expected_stage)
    if problems:
        return problems
    stage = template.stage(position.stage_code)
    problems += officer_problems(template, stage, officer_name, officer_roles)
    missing = [text for index, text in enumerate(stage.syarat) if index not in checked_syarat]
    if missing:
        problems.append("Syarat tahap ini belum dipenuhi: " + "; ".join(f"\"{text}\"" for text in missing) + ". Centang setiap syarat setelah dipenuhi.")
    if stage.output_berkas and output_files == 0:
        problems.append(f"Output tahap ini berupa berkas ({stage.output}), tetapi belum ada berkas yang dilampirkan pada tahap ini.")
    return problems


def return_problems(template: SopTemplate, position: RecordPosition, officer_name: str | None, officer_roles: set[str], notes: str, expected_stage: str | None = None) -> list[str]:
    """Why the record may not be returned for correction from its current stage."""
    problems = position_problems(template, position, expected_stage)
    if problems:
        return problems
    stage = template.stage(position.stage_code)
    if stage.kind is not StageKind.REVIEW:
        return [f"Tahap {stage.number} ({stage.nama}) bukan tahap reviu; rekaman hanya dapat dikembalikan dari tahap reviu."]
    problems += officer_problems(template, stage, officer_name, officer_roles)
    if not notes.strip():
        problems.append("Tuliskan catatan koreksi: apa yang harus diperbaiki sebelum rekaman diajukan kembali.")
    return problems


class ExpiryState(Enum):
    NONE = "none"  # no end date, or far off
    SOON = "soon"  # within the lead time: decide now
    EXPIRED = "expired"  # past the end date: a decision is due


@dataclass(frozen=True)
class Expiry:
    state: ExpiryState
    working_days_left: int | None

    @property
    def label(self) -> str:
        if self.state is ExpiryState.EXPIRED:
            return "Jangka waktu berakhir — perlu keputusan"
        if self.state is ExpiryState.SOON:
            return f"Berakhir dalam {self.working_days_left} hari kerja"
        return ""


def expiry_of(period_end: date | None, today: date, calendar: WorkCalendar) -> Expiry:
    if period_end is None:
        return Expiry(ExpiryState.NONE, None)
    if period_end < today:
        return Expiry(ExpiryState.EXPIRED, calendar.working_days_between(today, period_end))
    left = calendar.working_days_between(today, period_end)
    if left <= EXPIRY_LEAD_WORKING_DAYS:
        return Expiry(ExpiryState.SOON, left)
    return Expiry(ExpiryState.NONE, left)


def determination_problems(
    consequence_tested: bool,
    number: str,
    determined_on: date | None,
    ppid_roles: set[str] | None,
    atasan_roles: set[str] | None,
    today: date,
) -> list[str]:
    """Why a record may not be determined (penetapan) yet."""
    problems: list[str] = []
    if not consequence_tested:
        problems.append("Uji konsekuensi rekaman ini belum dinyatakan selesai; selesaikan uji konsekuensi terlebih dahulu.")
    if not number.strip():
        problems.append("Nomor surat penetapan wajib diisi, misalnya 045/12/PPID-KESRA/2025.")
    if determined_on is None:
        problems.append("Tanggal penetapan wajib diisi.")
    elif determined_on > today:
        problems.append("Tanggal penetapan tidak boleh sesudah hari ini.")
    if ppid_roles is None:
        problems.append("Pilih PPID yang menetapkan klasifikasi.")
    elif "ppid" not in ppid_roles:
        problems.append("Pejabat yang menetapkan harus memegang peran PPID.")
    if atasan_roles is None:
        problems.append("Pilih Atasan PPID yang menyetujui penetapan.")
    elif "atasan_ppid" not in atasan_roles:
        problems.append("Pejabat yang menyetujui harus memegang peran Atasan PPID.")
    return problems
