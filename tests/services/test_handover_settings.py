"""Share folders are kept per installation in settings.ini, readable by the window's QSettings."""

from __future__ import annotations

from pathlib import Path, PureWindowsPath

import pytest

from ppid_desktop.domain.errors import UserError
from ppid_desktop.services.handover_settings import ShareSettings, get_share_settings, save_share_settings
from ppid_desktop.storage.paths import DataPaths


def test_folders_are_saved_and_read_back(data_paths: DataPaths, tmp_path: Path) -> None:
    outbox, inbox = tmp_path / "Serah Terima, Unit", tmp_path / "Masuk PPID"
    outbox.mkdir()
    inbox.mkdir()
    assert get_share_settings(data_paths) == ShareSettings(None, None)
    save_share_settings(data_paths, ShareSettings(outbox, inbox))
    assert get_share_settings(data_paths) == ShareSettings(outbox, inbox)
    save_share_settings(data_paths, ShareSettings(None, inbox))
    assert get_share_settings(data_paths) == ShareSettings(None, inbox)


def test_a_missing_or_relative_folder_is_refused_and_nothing_is_saved(data_paths: DataPaths, tmp_path: Path) -> None:
    with pytest.raises(UserError, match="tidak ditemukan. Periksa apakah drive jaringan sudah tersambung"):
        save_share_settings(data_paths, ShareSettings(tmp_path / "Z-tidak-ada", None))
    with pytest.raises(UserError, match="bukan jalur lengkap"):
        save_share_settings(data_paths, ShareSettings(Path("relatif"), None))
    assert not data_paths.settings_file.exists()


def test_the_window_settings_in_the_same_file_survive_and_qsettings_reads_our_values(data_paths: DataPaths, tmp_path: Path) -> None:
    from PySide6.QtCore import QSettings

    data_paths.root.mkdir(parents=True)
    window = QSettings(str(data_paths.settings_file), QSettings.Format.IniFormat)
    window.setValue("window/geometry", "abc")
    window.setValue("share/outbox_folder", str(PureWindowsPath(r"\\server\berbagi\Serah Terima, 2025")))
    window.sync()
    # A UNC path the window wrote is read back intact here...
    assert str(get_share_settings(data_paths).outbox_folder) == r"\\server\berbagi\Serah Terima, 2025"
    inbox = tmp_path / "Masuk, PPID"
    inbox.mkdir()
    save_share_settings(data_paths, ShareSettings(None, inbox))
    # ...and what we wrote is read back intact by the window, its own keys untouched.
    again = QSettings(str(data_paths.settings_file), QSettings.Format.IniFormat)
    assert again.value("share/inbox_folder") == str(inbox)
    assert again.value("window/geometry") == "abc"
