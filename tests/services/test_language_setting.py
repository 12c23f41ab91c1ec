"""The window's language is a per-installation choice in settings.ini, readable before sign-in."""

from __future__ import annotations

import pytest

from ppid_desktop.domain.errors import UserError
from ppid_desktop.services.handover_settings import ShareSettings, get_share_settings, save_share_settings
from ppid_desktop.services.language import get_language, save_language
from ppid_desktop.storage.paths import DataPaths


def test_indonesian_until_english_is_chosen(tmp_path) -> None:
    paths = DataPaths(tmp_path / "data")
    assert get_language(paths) == "id"
    save_language(paths, "en")
    assert get_language(paths) == "en"
    save_language(paths, "id")
    assert get_language(paths) == "id"


def test_an_unknown_language_is_refused_and_nothing_is_written(tmp_path) -> None:
    paths = DataPaths(tmp_path / "data")
    with pytest.raises(UserError, match="tidak tersedia"):
        save_language(paths, "fr")
    assert not paths.settings_file.exists()


def test_a_hand_edited_value_falls_back_to_indonesian(tmp_path) -> None:
    paths = DataPaths(tmp_path / "data")
    paths.root.mkdir(parents=True)
    paths.settings_file.write_text("[ui]\nlanguage=klingon\n", encoding="utf-8")
    assert get_language(paths) == "id"


def test_language_and_share_folders_keep_each_other(tmp_path) -> None:
    paths = DataPaths(tmp_path / "data")
    outbox = tmp_path / "share"
    outbox.mkdir()
    save_share_settings(paths, ShareSettings(outbox_folder=outbox))
    save_language(paths, "en")
    save_share_settings(paths, ShareSettings(outbox_folder=outbox, inbox_folder=outbox))
    assert get_language(paths) == "en"
    assert get_share_settings(paths) == ShareSettings(outbox, outbox)
    assert not list(paths.root.glob("*.part"))


def test_an_unwritable_data_folder_is_explained(tmp_path, monkeypatch) -> None:
    import os

    paths = DataPaths(tmp_path / "data")
    paths.root.mkdir(parents=True)

    def full_disk(*args, **kwargs):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "fsync", full_disk)
    with pytest.raises(UserError) as caught:
        save_language(paths, "en")
    assert str(caught.value) == "Pilihan bahasa tidak dapat disimpan (disk penuh). Periksa izin folder data."
    assert get_language(paths) == "id" and not list(paths.root.glob("*.part"))
