"""Start-up and crash handling: a clerk sees a message or a dialog, never a traceback."""

from __future__ import annotations

import logging
import sys

import pytest

from ppid_desktop.domain.errors import UserError
from ppid_desktop.storage.paths import DataPaths
from ppid_desktop.ui import app as app_module
from ppid_desktop.ui import crash, crash_dialog, messages
from tests.encrypted_office import ADMIN_USER, encrypted_office, sign_in_automatically


@pytest.fixture
def shown(monkeypatch):
    """Record every message box and crash dialog instead of opening them."""
    seen: list[tuple[str, str]] = []
    monkeypatch.setattr(messages, "show_error", lambda _parent, title, text: seen.append((title, text)))
    monkeypatch.setattr(messages, "show_user_error", lambda _parent, error, title="": seen.append(("user", str(error))))
    monkeypatch.setattr(crash_dialog.CrashDialog, "ask", classmethod(lambda cls, details, log_file: seen.append(("crash", details))))
    return seen


def test_unexpected_error_is_logged_and_shown_in_the_crash_dialog(qapp, tmp_path, shown, caplog) -> None:
    handler = crash.CrashHandler(tmp_path / "ppid-desktop.log")
    try:
        raise RuntimeError("rusak di tengah jalan")
    except RuntimeError:
        with caplog.at_level(logging.ERROR, logger="ppid_desktop.crash"):
            handler.handle(*sys.exc_info())
    assert shown and shown[0][0] == "crash"
    assert "RuntimeError: rusak di tengah jalan" in shown[0][1]
    assert "Traceback" in caplog.text


def test_a_user_error_reaching_the_top_is_a_plain_message_not_a_crash(qapp, tmp_path, shown) -> None:
    handler = crash.CrashHandler(tmp_path / "ppid-desktop.log")
    handler.handle(UserError, UserError("Disk penuh."), None)
    assert shown == [("user", "Disk penuh.")]


def test_an_error_while_the_crash_dialog_is_open_does_not_recurse(qapp, tmp_path, monkeypatch) -> None:
    handler = crash.CrashHandler(tmp_path / "ppid-desktop.log")
    calls: list[str] = []

    def failing_dialog(cls, details, log_file):
        calls.append(details)
        handler.handle(ValueError, ValueError("di dalam dialog"), None)

    monkeypatch.setattr(crash_dialog.CrashDialog, "ask", classmethod(failing_dialog))
    handler.handle(RuntimeError, RuntimeError("pertama"), None)
    assert len(calls) == 1


def test_crash_dialog_shows_details_and_the_log_path(qtbot, tmp_path) -> None:
    dialog = crash_dialog.CrashDialog("Traceback ...\nRuntimeError: x", tmp_path / "ppid-desktop.log")
    qtbot.addWidget(dialog)
    assert "RuntimeError: x" in dialog.details.toPlainText()
    assert dialog.windowTitle() == "Terjadi kesalahan tak terduga"


def test_install_and_uninstall_restore_the_previous_hooks(tmp_path) -> None:
    before = sys.excepthook
    handler = crash.CrashHandler(tmp_path / "ppid-desktop.log")
    handler.install()
    assert sys.excepthook == handler.handle
    handler.uninstall()
    assert sys.excepthook is before


def test_a_broken_database_at_start_is_explained_and_changes_nothing(qapp, tmp_path, shown, monkeypatch) -> None:
    paths = encrypted_office(tmp_path / "data")
    paths.database.write_bytes(b"bukan basis data" * 64)
    for suffix in ("-wal", "-shm"):
        (paths.database.parent / (paths.database.name + suffix)).unlink(missing_ok=True)
    sign_in_automatically(monkeypatch)
    assert app_module.run_gui(str(paths.root)) == 1
    assert shown[0][0] == "Basis data tidak dapat dibuka"
    assert "rusak" in shown[0][1]
    assert paths.database.read_bytes() == b"bukan basis data" * 64
    assert paths.log_file.exists()


def test_a_database_without_its_key_file_asks_for_the_recovery_key(qapp, tmp_path, shown, monkeypatch) -> None:
    from ppid_desktop.ui import recovery_dialog

    paths = encrypted_office(tmp_path / "data")
    (paths.root / "keys.json").unlink()
    asked = []
    monkeypatch.setattr(recovery_dialog.RecoveryDialog, "ask", classmethod(lambda cls, p, ring, **kw: asked.append(ring) or None))
    assert app_module.run_gui(str(paths.root)) == 0
    assert asked == [None] and shown == []


def test_a_wrong_password_never_opens_the_window(qapp, tmp_path, shown, monkeypatch) -> None:
    from ppid_desktop.storage.keyring import SignInRefused
    from ppid_desktop.ui import sign_in_dialog

    paths = encrypted_office(tmp_path / "data")
    refused = []

    def ask(cls, office_name, attempt, username="", parent=None, recover=None):
        try:
            attempt(ADMIN_USER, "bukan-sandinya-123")
        except SignInRefused as exc:
            refused.append(str(exc))
        return None  # the clerk gives up: "Keluar"

    monkeypatch.setattr(sign_in_dialog.SignInDialog, "ask", classmethod(ask))
    monkeypatch.setattr(app_module, "exec_application", lambda _app, window: pytest.fail("a window opened"))
    assert app_module.run_gui(str(paths.root)) == 0
    assert refused and "salah" in refused[0] and shown == []


def _office_with_a_backup_then_damaged(tmp_path, title: str, monkeypatch) -> DataPaths:
    from ppid_desktop.services.backups import take_backup
    from ppid_desktop.storage.database import open_database
    from tests.conftest import make_record

    paths = encrypted_office(tmp_path / "data")
    sign_in_automatically(monkeypatch)
    db = open_database(paths)
    make_record(db, title)
    db.close()
    take_backup(paths, "harian")
    paths.database.write_bytes(b"rusak oleh mati listrik" * 512)
    for suffix in ("-wal", "-shm"):
        (paths.database.parent / (paths.database.name + suffix)).unlink(missing_ok=True)
    return paths


def test_a_damaged_database_is_offered_back_from_the_newest_good_backup(qtbot, tmp_path, shown, monkeypatch) -> None:
    from ppid_desktop.services.backups import list_backups

    paths = _office_with_a_backup_then_damaged(tmp_path, "Rekam medis pegawai", monkeypatch)
    asked: list[str] = []
    monkeypatch.setattr(messages, "ask_yes_no", lambda _parent, title, text: asked.append(text) or True)
    monkeypatch.setattr(messages, "show_info", lambda _parent, title, text: shown.append((title, text)))
    titles: list[str] = []

    def run_until_closed(_app, window) -> None:
        model = window.register.model
        titles.extend(model.data(model.index(row, 1)) for row in range(model.rowCount()))
        window.close()

    monkeypatch.setattr(app_module, "exec_application", run_until_closed)
    assert app_module.run_gui(str(paths.root)) == 0
    assert asked and "cadangan yang utuh" in asked[0]
    assert titles == ["Rekam medis pegawai"]
    assert shown[0][0] == "Basis data dipulihkan"
    set_aside = [b for b in list_backups(paths) if b.kind == "rusak"]
    assert len(set_aside) == 1 and set_aside[0].path.read_bytes() == b"rusak oleh mati listrik" * 512


def test_declining_the_backup_changes_nothing(qapp, tmp_path, shown, monkeypatch) -> None:
    paths = _office_with_a_backup_then_damaged(tmp_path, "Rekam medis pegawai", monkeypatch)
    monkeypatch.setattr(messages, "ask_yes_no", lambda _parent, title, text: False)
    assert app_module.run_gui(str(paths.root)) == 1
    assert shown[0][0] == "Basis data tidak dapat dibuka"
    assert paths.database.read_bytes() == b"rusak oleh mati listrik" * 512


def test_cancelling_the_first_run_wizard_exits_cleanly_and_leaves_no_database(qapp, tmp_path, shown, monkeypatch) -> None:
    from ppid_desktop.ui import setup_wizard

    given = []
    monkeypatch.setattr(setup_wizard.SetupWizard, "ask", classmethod(lambda cls, db, keys, **kw: given.append(keys) or None))
    assert app_module.run_gui(str(tmp_path / "data")) == 0
    assert shown == [] and given and given[0].data_key  # the wizard got the new folder's keys
    data = DataPaths(tmp_path / "data")
    assert not data.database.exists() and not (data.root / "keys.json").exists()


def test_a_set_up_office_opens_the_main_window(qtbot, tmp_path, shown, monkeypatch, capsys) -> None:
    paths = encrypted_office(tmp_path / "data")
    sign_in_automatically(monkeypatch)
    monkeypatch.setenv(app_module.EXIT_AFTER_SHOWN_ENV, "1")
    windows = []

    def run_until_closed(_app, window) -> None:  # never app.exec() on pytest-qt's shared app
        windows.append(window)
        qtbot.waitUntil(lambda: not window.isVisible())

    monkeypatch.setattr(app_module, "exec_application", run_until_closed)
    assert app_module.run_gui(str(paths.root)) == 0
    assert windows and windows[0].windowTitle().startswith("PPID Desktop")
    assert capsys.readouterr().out.startswith("shown-ms ")
    assert shown == []


def test_the_first_paint_shows_the_register_then_attaches_without_losing_what_was_typed(
    qtbot, tmp_path, shown, monkeypatch
) -> None:
    from PySide6.QtWidgets import QLabel

    from ppid_desktop.storage.database import open_database
    from ppid_desktop.ui.stage_panel import StagePanel
    from tests.conftest import make_record

    paths = encrypted_office(tmp_path / "data")
    db = open_database(paths)
    for title in ("Data pribadi pegawai", "Dokumen pengadaan", "Catatan rapat tertutup"):
        make_record(db, title)
    db.close()
    offices = sign_in_automatically(monkeypatch)
    seen: dict[str, object] = {}

    def run_until_closed(_app, window) -> None:
        # Shown from the first paint: the register's rows are there, the stage tabs still load.
        seen["rows before"] = window.register.model.rowCount()
        seen["stage tab before"] = window.tabs.widget(1)
        seen["new record enabled before"] = window.new_action.isEnabled()
        window.register.search_edit.setText("rapat")  # the clerk types before the layer is in
        qtbot.waitUntil(lambda: window.db is not None, timeout=20_000)
        seen["stage tab after"] = window.tabs.widget(1)
        seen["titles after"] = [window.register.model.data(window.register.model.index(r, 1)) for r in range(window.register.model.rowCount())]
        seen["new record enabled after"] = window.new_action.isEnabled()
        seen["signed in as"] = window.session_controls.label.text().strip()
        window.close()

    monkeypatch.setattr(app_module, "exec_application", run_until_closed)
    assert app_module.run_gui(str(paths.root)) == 0
    assert seen["rows before"] == 3
    assert isinstance(seen["stage tab before"], QLabel)
    assert seen["new record enabled before"] is False
    assert isinstance(seen["stage tab after"], StagePanel)
    assert seen["titles after"] == ["Catatan rapat tertutup"]
    assert seen["new record enabled after"] is True
    assert seen["signed in as"] == "Masuk sebagai: drg. Hary Agung Tjahyadi, M.Kes"
    assert offices == [""]  # the first sign-in: the office's name is not known before it
    assert shown == []
    # The day's backup was taken off the GUI thread once the window was attached.
    from ppid_desktop.services.backups import list_backups

    qtbot.waitUntil(lambda: [b.kind for b in list_backups(paths)] == ["harian"], timeout=20_000)


def test_the_first_paint_loads_neither_the_database_layer_nor_reportlab(tmp_path) -> None:
    """Start-up speed rests on this (bench/bench_startup.py measures it): the window is shown
    before SQLAlchemy, Alembic, ReportLab or the spreadsheet and package libraries load."""
    import os
    import subprocess

    from ppid_desktop.storage.database import open_database
    from tests.conftest import make_record

    paths = encrypted_office(tmp_path / "data")
    db = open_database(paths)
    make_record(db, "Data pribadi pegawai")
    db.close()
    program = (
        "import sys\n"
        "from PySide6.QtWidgets import QApplication\n"
        "app = QApplication([])\n"
        "import ppid_desktop.__main__, ppid_desktop.ui.app as app_module, ppid_desktop.ui.sign_in_flow\n"
        "from ppid_desktop.storage.paths import DataPaths\n"
        "from ppid_desktop.ui.main_window import MainWindow\n"
        f"first = app_module.first_paint(DataPaths(__import__('pathlib').Path({str(paths.root)!r}), {paths.key!r}))\n"
        "window = MainWindow(first=first)\n"
        "window.show()\n"
        "app.processEvents()\n"
        "assert window.register.model.rowCount() == 1\n"
        "heavy = sorted(m for m in ('sqlalchemy', 'alembic', 'reportlab', 'openpyxl', 'bagit') if m in sys.modules)\n"
        "print('heavy:', ','.join(heavy))\n"
    )
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    result = subprocess.run([sys.executable, "-c", program], capture_output=True, text=True, env=env, timeout=120)
    assert result.returncode == 0, result.stderr
    assert "heavy: \n" in result.stdout


def test_the_log_keeps_what_was_written_before_rotation_took_over(tmp_path) -> None:
    paths = DataPaths(tmp_path / "data")
    paths.ensure()
    log_file = app_module.LogFile(paths)
    try:
        logging.getLogger("ppid_desktop.test").info("sebelum jendela tampil")
        log_file.rotate()
        log_file.rotate()  # once only: a second call changes nothing
        logging.getLogger("ppid_desktop.test").info("sesudah jendela tampil")
    finally:
        log_file.close()
    text = paths.log_file.read_text(encoding="utf-8")
    assert "sebelum jendela tampil" in text and "sesudah jendela tampil" in text
    assert not any(isinstance(h, logging.FileHandler) and h.baseFilename == str(paths.log_file) for h in logging.getLogger().handlers)


def test_a_database_cut_short_is_offered_back_from_the_backup(qtbot, tmp_path, shown, monkeypatch) -> None:
    """A power cut mid-write on a cheap disk: the file ends half-way."""
    from ppid_desktop.services.backups import take_backup
    from ppid_desktop.storage.database import open_database
    from tests.conftest import make_record

    paths = encrypted_office(tmp_path / "data")
    sign_in_automatically(monkeypatch)
    db = open_database(paths)
    make_record(db, "Rekam medis pegawai")
    db.close()
    take_backup(paths, "harian")
    whole = paths.database.read_bytes()
    paths.database.write_bytes(whole[: len(whole) // 3])
    for suffix in ("-wal", "-shm"):
        (paths.database.parent / (paths.database.name + suffix)).unlink(missing_ok=True)
    asked: list[str] = []
    monkeypatch.setattr(messages, "ask_yes_no", lambda _parent, title, text: asked.append(text) or True)
    monkeypatch.setattr(messages, "show_info", lambda _parent, title, text: shown.append((title, text)))
    titles: list[str] = []

    def run_until_closed(_app, window) -> None:
        qtbot.waitUntil(lambda: window.db is not None, timeout=20_000)
        model = window.register.model
        titles.extend(model.data(model.index(row, 1)) for row in range(model.rowCount()))
        window.close()

    monkeypatch.setattr(app_module, "exec_application", run_until_closed)
    assert app_module.run_gui(str(paths.root)) == 0
    assert asked and titles == ["Rekam medis pegawai"]


def test_a_set_up_killed_before_its_key_file_starts_over_instead_of_asking_for_a_recovery_key(qapp, tmp_path, monkeypatch) -> None:
    from ppid_desktop.storage.database import open_database
    from ppid_desktop.ui import recovery_dialog, sign_in_flow

    paths = DataPaths(tmp_path / "data")
    paths.ensure()
    first = sign_in_flow.open_data_folder(paths)
    assert first is not None and first.new_keys is not None
    open_database(first.paths).close()  # the wizard's empty encrypted database; then the power goes
    assert paths.database.exists() and not (paths.root / "keys.json").exists()
    monkeypatch.setattr(recovery_dialog.RecoveryDialog, "ask", classmethod(lambda cls, *a, **k: pytest.fail("asked for a recovery key")))
    again = sign_in_flow.open_data_folder(paths)
    assert again is not None and again.new_keys is not None and again.new_keys != first.new_keys
    assert not paths.database.exists()  # the abandoned database went; the wizard starts afresh


def test_the_language_chosen_for_this_laptop_is_the_one_the_sign_in_speaks(qapp, tmp_path, shown, monkeypatch) -> None:
    from ppid_desktop.services.language import save_language
    from ppid_desktop.ui import sign_in_dialog
    from ppid_desktop.ui.i18n import tr

    paths = encrypted_office(tmp_path / "data")
    save_language(paths, "en")
    spoken = []

    def ask(cls, office_name, attempt, username="", parent=None, recover=None):
        spoken.append(tr("Batal"))
        return None

    monkeypatch.setattr(sign_in_dialog.SignInDialog, "ask", classmethod(ask))
    assert app_module.run_gui(str(paths.root)) == 0
    assert spoken == ["Cancel"]
    assert tr("Batal") == "Batal"  # the window closed: its language went with it
