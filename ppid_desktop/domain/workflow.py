"""The rules of moving a record through its SOP, as pure functions.

Each check returns the list of reasons an action is refused, naming what is missing; an empty
list means the action may go ahead. The services apply the same rules for the window and the
command line, so both refuse with the same words: a reason is a UserError whose str() is the
Indonesian sentence and which the window shows in its language (ui/i18n.user_text).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from enum import Enum

from ppid_desktop.domain.calendar import WorkCalendar
from ppid_desktop.domain.errors import UserError
from ppid_desktop.domain.sop import SopTemplate, Stage, StageKind
from ppid_desktop.domain.texts import QT_TR_NOOP

EXPIRY_LEAD_WORKING_DAYS = 30  # Permenpora 14/2023 Pasal 55


@dataclass(frozen=True)
class RecordPosition:
    """Where a record stands in its SOP."""

    stage_code: str
    finished: bool  # the last stage was completed
    archived: bool  # completed an archive stage: read-only from now on


def _role_names(template: SopTemplate, codes: tuple[str, ...]) -> str | UserError:
    """"A atau B atau C" as a value of a UserError (the names are the SOP's, the "atau" is translated)."""
    names = []
    for code in codes:
        try:
            names.append(template.role_name(code))
        except KeyError:
            names.append(code)
    either: str | UserError = names[0] if names else ""
    for name in names[1:]:
        either = UserError(QT_TR_NOOP("{first} atau {second}"), first=either, second=name)
    return either


def _stage_or_reason(template: SopTemplate, code: str) -> tuple[Stage | None, list[UserError]]:
    try:
        return template.stage(code), []
    except KeyError:
        return None, [UserError(QT_TR_NOOP("Tahap \"{code}\" tidak ada dalam SOP rekaman ini ({sop})."),
                                code=code, sop=template.title)]


def position_errors(template: SopTemplate, position: RecordPosition, expected_stage: str | None) -> list[UserError]:
    """Refusals that do not depend on the officer: archived, finished, or not at the stage named."""
    if position.archived:
        return [UserError(QT_TR_NOOP("Rekaman sudah diarsipkan dan bersifat hanya-baca; tahapnya tidak dapat diubah lagi."))]
    if position.finished:
        return [UserError(QT_TR_NOOP("Rekaman sudah menyelesaikan seluruh tahap SOP."))]
    current, problems = _stage_or_reason(template, position.stage_code)
    if problems or current is None:
        return problems
    if expected_stage is not None and expected_stage != position.stage_code:
        wanted, problems = _stage_or_reason(template, expected_stage)
        if problems or wanted is None:
            return problems
        return [UserError(
            QT_TR_NOOP("Rekaman berada di tahap {number} ({stage}), bukan tahap {wanted_number} "
                       "({wanted_stage}). Tahap SOP harus diselesaikan berurutan."),
            number=current.number, stage=current.nama, wanted_number=wanted.number, wanted_stage=wanted.nama,
        )]
    return []


def officer_errors(template: SopTemplate, stage: Stage, officer_name: str | None, officer_roles: set[str]) -> list[UserError]:
    if officer_name is None:
        return [UserError(QT_TR_NOOP("Pilih petugas yang melaksanakan tahap ini (petugas aktif)."))]
    if not officer_roles & set(stage.pelaksana):
        return [UserError(
            QT_TR_NOOP("{officer} tidak memegang peran pelaksana tahap {number} ({stage}): "
                       "tahap ini dilaksanakan oleh {roles}."),
            officer=officer_name, number=stage.number, stage=stage.nama, roles=_role_names(template, stage.pelaksana),
        )]
    return []


def completion_errors(
    template: SopTemplate,
    position: RecordPosition,
    officer_name: str | None,
    officer_roles: set[str],
    checked_syarat: set[int],
    output_files: int,
    expected_stage: str | None = None,
) -> list[UserError]:
    """Why the record's current stage may not be completed (empty when it may), as UserErrors:
    their str() is the Indonesian sentence, the window shows them in its language."""
    problems = position_errors(template, position, expected_stage)
    if problems:
        return problems
    stage = template.stage(position.stage_code)
    problems += officer_errors(template, stage, officer_name, officer_roles)
    missing = [text for index, text in enumerate(stage.syarat) if index not in checked_syarat]
    if missing:
        problems.append(UserError(
            QT_TR_NOOP("Syarat tahap ini belum dipenuhi: {missing}. Centang setiap syarat setelah dipenuhi."),
            missing="; ".join(f"\"{text}\"" for text in missing),
        ))
    if stage.output_berkas and output_files == 0:
        problems.append(UserError(
            QT_TR_NOOP("Output tahap ini berupa berkas ({output}), tetapi belum ada berkas yang dilampirkan pada tahap ini."),
            output=stage.output,
        ))
    return problems


def return_errors(template: SopTemplate, position: RecordPosition, officer_name: str | None, officer_roles: set[str], notes: str, expected_stage: str | None = None) -> list[UserError]:
    """Why the record may not be returned for correction from its current stage (empty when it may)."""
    problems = position_errors(template, position, expected_stage)
    if problems:
        return problems
    stage = template.stage(position.stage_code)
    if stage.kind is not StageKind.REVIEW:
        return [UserError(
            QT_TR_NOOP("Tahap {number} ({stage}) bukan tahap reviu; rekaman hanya dapat dikembalikan dari tahap reviu."),
            number=stage.number, stage=stage.nama,
        )]
    problems += officer_errors(template, stage, officer_name, officer_roles)
    if not notes.strip():
        problems.append(UserError(QT_TR_NOOP("Tuliskan catatan koreksi: apa yang harus diperbaiki sebelum rekaman diajukan kembali.")))
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
        """The Indonesian label ("" when nothing is due)."""
        return self.label_error.message

    @property
    def label_error(self) -> UserError:
        """The label as a template with its value, for the window: ``user_text(expiry.label_error)``."""
        if self.state is ExpiryState.EXPIRED:
            return UserError(QT_TR_NOOP("Jangka waktu berakhir — perlu keputusan"))
        if self.state is ExpiryState.SOON:
            return UserError(QT_TR_NOOP("Berakhir dalam {days} hari kerja"), days=self.working_days_left)
        return UserError("")


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
        problems.append(QT_TR_NOOP("Uji konsekuensi rekaman ini belum dinyatakan selesai; selesaikan uji konsekuensi terlebih dahulu."))
    if not number.strip():
        problems.append(QT_TR_NOOP("Nomor surat penetapan wajib diisi, misalnya 045/12/PPID-KESRA/2025."))
    if determined_on is None:
        problems.append(QT_TR_NOOP("Tanggal penetapan wajib diisi."))
    elif determined_on > today:
        problems.append(QT_TR_NOOP("Tanggal penetapan tidak boleh sesudah hari ini."))
    if ppid_roles is None:
        problems.append(QT_TR_NOOP("Pilih PPID yang menetapkan klasifikasi."))
    elif "ppid" not in ppid_roles:
        problems.append(QT_TR_NOOP("Pejabat yang menetapkan harus memegang peran PPID."))
    if atasan_roles is None:
        problems.append(QT_TR_NOOP("Pilih Atasan PPID yang menyetujui penetapan."))
    elif "atasan_ppid" not in atasan_roles:
        problems.append(QT_TR_NOOP("Pejabat yang menyetujui harus memegang peran Atasan PPID."))
    return problems
