"""Who may do what: the one table, and the refusal that names the role that is missing.

Roles live on officers (codes of domain.enums.STANDARD_ROLES plus those an SOP template names);
an account belongs to one officer, so the signed-in officer's roles decide. Stage work depends
on the stage: the SOP names its pelaksana, and domain.workflow.officer_problems applies that
(completion, and approval or return in a review stage). Everything else is in RULES.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from enum import Enum

from ppid_desktop.domain.enums import ADMIN_ROLE, STANDARD_ROLES


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
    doing: str  # what the action is, as a verb phrase: "mengelola akun pengguna"
    roles: tuple[str, ...]  # any one of them suffices; () = the stage's pelaksana (see the module doc)

    @property
    def by_stage(self) -> bool:
        return not self.roles


PPID_ROLES = ("ppid", "atasan_ppid")
ADMIN_ONLY = (ADMIN_ROLE,)

RULES: dict[Action, Rule] = {
    Action.COMPLETE_STAGE: Rule("menyelesaikan tahap ini", ()),
    Action.REVIEW: Rule("menyetujui atau mengembalikan rekaman di tahap reviu", ()),
    # PPID Pelaksana prepares the consequence test with the unit; PPID and Atasan decide on it.
    Action.CONSEQUENCE_TEST: Rule("menyatakan uji konsekuensi selesai", ("ppid", "ppid_pelaksana", "atasan_ppid")),
    Action.DETERMINE: Rule("menetapkan informasi yang dikecualikan", PPID_ROLES),
    Action.EXTEND_EXEMPTION: Rule("memperpanjang jangka waktu pengecualian", PPID_ROLES),
    Action.OPEN_INFORMATION: Rule("memutuskan informasi dibuka", PPID_ROLES),
    Action.MANAGE_ACCOUNTS: Rule("mengelola akun pengguna", ADMIN_ONLY),
    Action.MANAGE_UNITS: Rule("mengelola daftar unit", ADMIN_ONLY),
    Action.MANAGE_OFFICERS: Rule("mengelola daftar pejabat dan petugas", ADMIN_ONLY),
    Action.OFFICE_PROFILE: Rule("mengubah profil kantor", ADMIN_ONLY),
    Action.SOP: Rule("mengubah SOP yang diikuti kantor", ADMIN_ONLY),
    Action.OFFICE_SETTINGS: Rule(
        "mengubah pengaturan kantor (hari dan jam kerja, hari libur, margin cetak, folder bersama, kunci otomatis)",
        ADMIN_ONLY,
    ),
    # A restore takes the whole office back to an earlier moment (the current data is kept aside).
    Action.RESTORE: Rule("memulihkan basis data dari cadangan", ADMIN_ONLY),
}


def roles_label(codes: Iterable[str], names: Mapping[str, str] = STANDARD_ROLES) -> str:
    """"PPID atau Atasan PPID", "PPID, PPID Pelaksana atau Atasan PPID"."""
    labels = [names.get(code, code) for code in codes]
    if len(labels) <= 1:
        return "".join(labels)
    return ", ".join(labels[:-1]) + " atau " + labels[-1]


def is_admin(roles: Iterable[str]) -> bool:
    return ADMIN_ROLE in set(roles)


def _rule(action: Action) -> Rule:
    rule = RULES[action]
    if rule.by_stage:
        raise ValueError(f"{action.value} depends on the stage: use domain.workflow.officer_problems")
    return rule


def allowed(action: Action, roles: Iterable[str]) -> bool:
    return bool(set(roles) & set(_rule(action).roles))


def refusal(action: Action, officer_name: str | None, roles: Iterable[str]) -> str | None:
    """None when the officer may; otherwise a sentence naming the role that is missing.
    `officer_name` None means nobody is acting (no officer chosen or signed in)."""
    rule = _rule(action)
    if officer_name is not None and allowed(action, roles):
        return None
    who = roles_label(rule.roles)
    if officer_name is None:
        return f"Hanya {who} yang dapat {rule.doing}; masuklah dengan akun yang memegang peran tersebut."
    return f"{officer_name} tidak berwenang {rule.doing}. Hanya {who} yang dapat melakukannya."
