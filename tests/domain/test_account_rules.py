"""User names, passwords, the idle lock and the table of who may do what."""

from __future__ import annotations

import pytest

from ppid_desktop.domain.accounts import (
    normalise_username,
    validate_idle_lock_minutes,
    validate_password,
    validate_username,
)
from ppid_desktop.domain.enums import STANDARD_ROLES
from ppid_desktop.domain.errors import ValidationErrors
from ppid_desktop.domain.permissions import RULES, Action, allowed, is_admin, refusal, roles_label


def messages(excinfo: pytest.ExceptionInfo[ValidationErrors]) -> list[tuple[str, str]]:
    return [(error.field, error.message) for error in excinfo.value.errors]


@pytest.mark.parametrize("typed, stored", [("siti.rahma", "siti.rahma"), ("  Siti_Rahma-2 ", "siti_rahma-2"), ("abc", "abc"), ("a" * 32, "a" * 32)])
def test_good_user_names_are_stored_trimmed_and_in_lower_case(typed: str, stored: str) -> None:
    assert validate_username(typed) == stored == normalise_username(typed)


@pytest.mark.parametrize("typed, expected", [
    ("", "Isi nama pengguna"),
    ("   ", "Isi nama pengguna"),
    ("ab", "3 sampai 32 karakter; \"ab\" terdiri atas 2 karakter"),
    ("a" * 33, "terdiri atas 33 karakter"),
    ("siti rahma", "hapus atau ganti spasi"),
    ("siti@kantor", "hapus atau ganti \"@\""),
    ("séna", "hapus atau ganti \"é\""),
])
def test_wrong_user_names_say_what_to_change(typed: str, expected: str) -> None:
    with pytest.raises(ValidationErrors) as refused:
        validate_username(typed)
    assert all(field == "username" for field, _ in messages(refused))
    assert any(expected in message for _, message in messages(refused))


def test_a_good_password_is_returned_exactly_as_typed() -> None:
    assert validate_password(" Pontianak 2025! ", "siti.rahma", " Pontianak 2025! ") == " Pontianak 2025! "


@pytest.mark.parametrize("password, expected", [
    ("", "Isi kata sandi, paling sedikit 10 karakter"),
    ("pendek1", "paling sedikit 10 karakter; yang diketik baru 7 karakter"),
    ("Siti.Rahma2025", "tidak boleh sama dengan nama pengguna atau memuatnya"),
    ("siti.rahma", "tidak boleh sama dengan nama pengguna"),
    ("aaaaaaaaaaaa", "satu karakter yang diulang"),
    ("x" * 300, "paling panjang 256 karakter"),
])
def test_weak_passwords_are_refused_without_quoting_them(password: str, expected: str) -> None:
    with pytest.raises(ValidationErrors) as refused:
        validate_password(password, "siti.rahma")
    found = messages(refused)
    assert all(field == "password" for field, _ in found)
    assert any(expected in message for _, message in found)
    assert all(password not in message for _, message in found if password)


def test_a_password_typed_differently_the_second_time_is_marked_on_the_repeat_field() -> None:
    with pytest.raises(ValidationErrors) as refused:
        validate_password("Pontianak-2025", "siti.rahma", "Pontianak-2052")
    assert refused.value.fields() == ["password_repeat"]


@pytest.mark.parametrize("minutes", [0, 1, 10, 240])
def test_idle_lock_takes_zero_for_off_up_to_four_hours(minutes: int) -> None:
    assert validate_idle_lock_minutes(minutes) == minutes


@pytest.mark.parametrize("minutes", [-1, 241, True, "10", 2.5])
def test_idle_lock_refuses_anything_else(minutes: object) -> None:
    with pytest.raises(ValidationErrors) as refused:
        validate_idle_lock_minutes(minutes)
    assert refused.value.fields() == ["idle_lock_minutes"] and "0 untuk mematikannya" in str(refused.value)


# --- permissions ---------------------------------------------------------------------------------

ADMIN_ACTIONS = [Action.MANAGE_ACCOUNTS, Action.MANAGE_UNITS, Action.MANAGE_OFFICERS, Action.OFFICE_PROFILE, Action.SOP, Action.OFFICE_SETTINGS]


def test_admin_is_a_standard_role() -> None:
    assert STANDARD_ROLES["admin"] == "Admin"


@pytest.mark.parametrize("action", ADMIN_ACTIONS)
def test_only_an_admin_manages_the_office(action: Action) -> None:
    assert allowed(action, {"admin"})
    for role in ("ppid", "atasan_ppid", "ppid_pelaksana", "petugas_dokumentasi"):
        assert not allowed(action, {role})
    text = refusal(action, "Dewi Anggraini", {"ppid", "atasan_ppid"})
    assert text is not None and text.startswith("Dewi Anggraini tidak berwenang") and "Hanya Admin yang dapat" in text
    assert refusal(action, "Rudi", {"admin", "ppid"}) is None


@pytest.mark.parametrize("action", [Action.DETERMINE, Action.EXTEND_EXEMPTION, Action.OPEN_INFORMATION])
def test_only_the_ppid_and_the_atasan_decide(action: Action) -> None:
    assert allowed(action, {"ppid"}) and allowed(action, {"atasan_ppid"})
    assert not allowed(action, {"admin"}) and not allowed(action, {"ppid_pelaksana", "petugas_dokumentasi"})
    assert "Hanya PPID atau Atasan PPID" in (refusal(action, "Citra", {"admin"}) or "")


def test_the_consequence_test_is_also_open_to_the_ppid_pelaksana_as_before() -> None:
    assert allowed(Action.CONSEQUENCE_TEST, {"ppid_pelaksana"})
    assert "PPID, PPID Pelaksana atau Atasan PPID" in (refusal(Action.CONSEQUENCE_TEST, "Citra", {"petugas_dokumentasi"}) or "")


def test_nobody_acting_is_told_to_sign_in_with_an_account_that_holds_the_role() -> None:
    text = refusal(Action.MANAGE_ACCOUNTS, None, {"admin"})
    assert text == "Hanya Admin yang dapat mengelola akun pengguna; masuklah dengan akun yang memegang peran tersebut."


def test_stage_work_is_left_to_the_sop_stage_and_every_action_has_a_rule() -> None:
    assert set(RULES) == set(Action)
    for action in (Action.COMPLETE_STAGE, Action.REVIEW):
        assert RULES[action].by_stage
        with pytest.raises(ValueError, match="officer_errors"):
            refusal(action, "Siti", {"ppid_pelaksana"})


def test_role_lists_read_as_indonesian_does() -> None:
    assert roles_label(["admin"]) == "Admin"
    assert roles_label(["ppid", "atasan_ppid"]) == "PPID atau Atasan PPID"
    assert roles_label(["ppid", "ppid_pelaksana", "atasan_ppid"]) == "PPID, PPID Pelaksana atau Atasan PPID"
    assert roles_label(["arsip"], {"arsip": "Petugas Arsip"}) == "Petugas Arsip"
    assert is_admin(("ppid", "admin")) and not is_admin(("ppid",))
