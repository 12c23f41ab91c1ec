"""Bantuan > Tentang: the version, the data and log places, and every shipped licence."""

from __future__ import annotations

from ppid_desktop import __version__
from ppid_desktop.ui import about_dialog
from ppid_desktop.ui.about_dialog import AboutDialog


def test_the_dialog_says_the_version_and_where_the_data_and_log_are(qtbot, data_paths) -> None:
    dialog = AboutDialog(data_paths)
    qtbot.addWidget(dialog)
    texts = " ".join(label.text() for label in dialog.findChildren(about_dialog.QLabel))
    assert f"PPID Desktop {__version__}" in texts
    assert str(data_paths.root) in texts and str(data_paths.log_file) in texts and str(data_paths.database) in texts


def test_every_shipped_library_and_the_font_has_a_version_and_a_licence(qtbot, data_paths) -> None:
    dialog = AboutDialog(data_paths)
    qtbot.addWidget(dialog)
    rows = {name: (version, licence) for name, version, licence in dialog.component_rows()}
    for name in ("Python", "Qt", "SQLAlchemy", "ReportLab", "openpyxl", "bagit", "Liberation Sans"):
        version, licence = rows[name]
        assert version not in ("", "-") and licence
    assert rows["Liberation Sans"][1] == "OFL-1.1"
    assert "SIL Open Font License" in dialog.font_licence.toPlainText()


def test_the_data_folder_opens_in_the_file_manager(qtbot, data_paths, monkeypatch) -> None:
    opened: list[str] = []
    monkeypatch.setattr(about_dialog, "open_folder", lambda path: opened.append(path) or True)
    dialog = AboutDialog(data_paths)
    qtbot.addWidget(dialog)
    dialog.open_data_button.click()
    assert opened == [str(data_paths.root)]
