"""Who may do what: the one table, and the refusal that names the role that is missing.

Roles live on officers (codes of domain.enums.STANDARD_ROLES plus those an SOP template names);
an account belongs to one officer, so the signed-in officer's roles decide. Stage work depends
on the stage: the SOP names its pelaksana, and domain.workflow.officer_errors applies that
(completion, and approval or return in a review stage). Everything else is in RULES.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from enum import Enum

from ppid_desktop.domain.enums import ADMIN_ROLE, STANDARD_ROLES
from ppid_desktop.domain.errors import UserError
from ppid_desktop.domain.texts import QT_TR_NOOP


class Action(Enum):
    COMPLETE_STAGE = "complete_stage"
    REVIEW = "review"  # approve or return for correction in a review stage
    CONSEQUENCE_TEST = "consequence_test"
    DETERMINE = "determine"
    EXTEND_EXEMPTION = "extend_exemption"
    OPEN_INFORMATION = "open_information"
    MANAGE_ACCOUNTS = "manage_accounts"
    MANAGE_UNITS = "manage_units"
    MANAGE_OFFICERS = "manage_officers"
    OFFICE_PROFILE = "office_profile"
    SOP = "sop"
    OFFICE_SETTINGS = "office_settings"
    RESTORE = "restore"


@dataclass(frozen=True)
class Rule:
    doing: str  # what the action is, as a verb phrase: "mengelola akun pengguna" (marked for translation)
    roles: tuple[str, ...]  # any one of them suffices; () = the stage's pelaksana (see the module doc)

    @property
    def by_stage(self) -> bool:
        return not self.roles


PPID_ROLES = ("ppid", "atasan_ppid")
ADMIN_ONLY = (ADMIN_ROLE,)

RULES: dict[Action, Rule] = {
    Action.COMPLETE_STAGE: Rule(QT_TR_NOOP("menyelesaikan tahap ini"), ()),
    Action.REVIEW: Rule(QT_TR_NOOP("menyetujui atau mengembalikan rekaman di tahap reviu"), ()),
    # PPID Pelaksana prepares the consequence test with the unit; PPID and Atasan decide on it.
    Action.CONSEQUENCE_TEST: Rule(QT_TR_NOOP("menyatakan uji konsekuensi selesai"), ("ppid", "ppid_pelaksana", "atasan_ppid")),
    Action.DETERMINE: Rule(QT_TR_NOOP("menetapkan informasi yang dikecualikan"), PPID_ROLES),
    Action.EXTEND_EXEMPTION: Rule(QT_TR_NOOP("memperpanjang jangka waktu pengecualian"), PPID_ROLES),
    Action.OPEN_INFORMATION: Rule(QT_TR_NOOP("memutuskan informasi dibuka"), PPID_ROLES),
    Action.MANAGE_ACCOUNTS: Rule(QT_TR_NOOP("mengelola akun pengguna"), ADMIN_ONLY),
    Action.MANAGE_UNITS: Rule(QT_TR_NOOP("mengelola daftar unit"), ADMIN_ONLY),
    Action.MANAGE_OFFICERS: Rule(QT_TR_NOOP("mengelola daftar pejabat dan petugas"), ADMIN_ONLY),
    Action.OFFICE_PROFILE: Rule(QT_TR_NOOP("mengubah profil kantor"), ADMIN_ONLY),
    Action.SOP: Rule(QT_TR_NOOP("mengubah SOP yang diikuti kantor"), ADMIN_ONLY),
    Action.OFFICE_SETTINGS: Rule(
        QT_TR_NOOP("mengubah pengaturan kantor (hari dan jam kerja, hari libur, margin cetak, folder bersama, kunci otomatis)"),
        ADMIN_ONLY,
    ),
    # A restore takes the whole office back to an earlier moment (the current data is kept aside).
    Action.RESTORE: Rule(QT_TR_NOOP("memulihkan basis data dari cadangan"), ADMIN_ONLY),
}


def roles_label(codes: Iterable[str], names: Mapping[str, str] = STANDARD_ROLES) -> str:
    """"PPID atau Atasan PPID", "PPID, PPID Pelaksana atau Atasan PPID"."""
    return str(roles_text(codes, names))


def roles_text(codes: Iterable[str], names: Mapping[str, str] = STANDARD_ROLES) -> str | UserError:
    """`roles_label` as a value for a UserError: the window translates each role name and the "atau"."""
    return _alternatives([names.get(code, code) for code in codes])


def _alternatives(labels: list[str]) -> str | UserError:
    """"A", "A atau B", "A, B atau C", ... built from templates so each part is translated."""
    if len(labels) <= 1:
        return "".join(labels)
    if len(labels) == 2:
        return UserError(QT_TR_NOOP("{first} atau {second}"), first=labels[0], second=labels[1])
    return UserError(QT_TR_NOOP("{first}, {rest}"), first=labels[0], rest=_alternatives(labels[1:]))


def is_admin(roles: Iterable[str]) -> bool:
    return ADMIN_ROLE in set(roles)


def _rule(action: Action) -> Rule:
    rule = RULES[action]
    if rule.by_stage:
        raise ValueError(f"{action.value} depends on the stage: use domain.workflow.officer_errors")
    return rule


def allowed(action: Action, roles: Iterable[str]) -> bool:
    return bool(set(roles) & set(_rule(action).roles))


def refusal(action: Action, officer_name: str | None, roles: Iterable[str]) -> str | None:
    """None when the officer may; otherwise a sentence naming the role that is missing.
    `officer_name` None means nobody is acting (no officer chosen or signed in)."""
    error = refusal_error(action, officer_name, roles)
    return None if error is None else error.message


def refusal_error(action: Action, officer_name: str | None, roles: Iterable[str]) -> UserError | None:
    """`refusal` as a UserError (template and values), for the window to show in its language."""
    rule = _rule(action)
    if officer_name is not None and allowed(action, roles):
        return None
    who = roles_text(rule.roles)
    if officer_name is None:
        return UserError(QT_TR_NOOP("Hanya {roles} yang dapat {doing}; masuklah dengan akun yang memegang peran tersebut."),
                         roles=who, doing=rule.doing)
    return UserError(QT_TR_NOOP("{officer} tidak berwenang {doing}. Hanya {roles} yang dapat melakukannya."),
                     officer=officer_name, doing=rule.doing, roles=who)
