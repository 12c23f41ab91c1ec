"""Start-up of the window, in order: paths, logging, crash handler, sign-in, database, window.

The data is encrypted: nothing is read before the sign-in (ui/sign_in_flow.py) has given the
data folder its key (or set up a new office, secured an old folder, or recovered a lost key).
Then two ways in. When the database is already at the newest schema and the office is set up,
the window is shown first from a bare-driver read (services/first_paint.py): the office,
its SOP tabs, the officers and the register's newest page. The database layer (SQLAlchemy,
the panels, ReportLab) is imported on a background thread meanwhile, and `attach()` then
fills in the stage tabs and enables what needs it; nothing the clerk types is lost. Every
other start (a new data folder, a migration to run, any doubt) takes the ordinary way:
open the database, run the wizard if needed, build the whole window, show it.

A restore chosen in the window (Berkas > Cadangan dan pemulihan) closes the window, which
releases the database; the file is replaced here and the ordinary way runs again on it, so
migrations and the damaged-database offer apply to the restored file too.
"""

from __future__ import annotations

import logging
import os
import sys
import threading
import time
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QWidget

from ppid_desktop import __version__
from ppid_desktop.domain.errors import UserError
from ppid_desktop.services.first_paint import FirstPaint, first_paint
from ppid_desktop.services.language import get_language
from ppid_desktop.storage.paths import DataPaths, resolve_data_dir, resources_dir
from ppid_desktop.ui import messages
from ppid_desktop.ui.crash import CrashHandler
from ppid_desktop.ui.i18n import QT_TR_NOOP, install_language, tr, user_text

if TYPE_CHECKING:
    from ppid_desktop.storage.database import Database
    from ppid_desktop.ui.main_window import MainWindow
    from ppid_desktop.ui.session_controls import UserSession
    from ppid_desktop.ui.sign_in_flow import OpenedFolder

log = logging.getLogger(__name__)
EXIT_AFTER_SHOWN_ENV = "PPID_DESKTOP_EXIT_AFTER_SHOWN"  # used by bench/bench_startup.py


class LogFile:
    """The log file in the data folder, rotated at 2 MB, five kept.

    The rotating handler lives in logging.handlers, whose imports (socket, pickle, ...) cost
    about 10 ms, a tenth of the start-up budget: until `rotate()` (called once the window is
    shown) a plain FileHandler appends to the same file, so nothing logged is lost meanwhile.
    """

    FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"

    def __init__(self, paths: DataPaths) -> None:
        self.path = paths.log_file
        self.handler: logging.Handler = self._install(logging.FileHandler(self.path, encoding="utf-8"))
        logging.getLogger().setLevel(logging.INFO)

    def _install(self, handler: logging.Handler) -> logging.Handler:
        handler.setFormatter(logging.Formatter(self.FORMAT))
        logging.getLogger().addHandler(handler)
        return handler

    def rotate(self) -> None:
        import logging.handlers

        if isinstance(self.handler, logging.handlers.RotatingFileHandler):
            return
        plain = self.handler
        self.handler = self._install(
            logging.handlers.RotatingFileHandler(self.path, maxBytes=2_000_000, backupCount=5, encoding="utf-8")
        )
        logging.getLogger().removeHandler(plain)
        plain.close()

    def close(self) -> None:
        logging.getLogger().removeHandler(self.handler)
        self.handler.close()


def process_age_ms() -> float:
    """Milliseconds since this process started (Linux), for the start-up benchmark."""
    try:
        ticks = int(Path("/proc/self/stat").read_text().rsplit(")", 1)[1].split()[19])
        uptime = float(Path("/proc/uptime").read_text().split()[0])
        return (uptime - ticks / os.sysconf("SC_CLK_TCK")) * 1000
    except (OSError, ValueError, IndexError):
        return time.perf_counter() * 1000


def make_application(argv: list[str] | None = None) -> QApplication:
    app = QApplication.instance() or QApplication(argv or sys.argv[:1])
    app.setApplicationName("PPID Desktop")
    app.setApplicationVersion(__version__)
    app.setOrganizationName("PPID Desktop")
    icon = resources_dir() / "icons" / "ppid-desktop.png"
    if icon.exists():
        app.setWindowIcon(QIcon(str(icon)))
    return app  # type: ignore[return-value]


def open_or_explain(paths: DataPaths) -> Database | None:
    """The database, or None after the clerk was told why not. A damaged database with a good
    backup beside it is offered back from that backup rather than ending here."""
    from ppid_desktop.storage.database import open_database

    try:
        return open_database(paths)
    except UserError as exc:
        log.error("database could not be opened: %s", exc)
        recovered = _offer_backup(paths, exc)
        if recovered is not None:
            return recovered
        messages.show_error(None, tr("Basis data tidak dapat dibuka"), user_text(exc))
        return None


def _offer_backup(paths: DataPaths, error: UserError) -> Database | None:
    from ppid_desktop.services.backups import database_is_damaged, newest_good_backup, restore_backup
    from ppid_desktop.storage.database import open_database

    if not database_is_damaged(paths):
        return None  # locked, refused, newer version...: the message says what to do
    backup = newest_good_backup(paths)
    if backup is None:
        return None
    when = tr("{date} pukul {time}").format(date=f"{backup.taken_at:%d-%m-%Y}", time=f"{backup.taken_at:%H.%M}")
    if not messages.ask_yes_no(
        None,
        tr("Basis data rusak"),
        tr(
            "{error}\n\nAda cadangan yang utuh dari {when} ({kind}). Pulihkan basis data dari "
            "cadangan itu? Perubahan sesudah waktu tersebut tidak ada di dalamnya. Basis data yang rusak tidak "
            "dihapus: disisihkan ke folder backups untuk diperiksa petugas TI."
        ).format(error=user_text(error), when=when, kind=tr(backup.label).lower()),
    ):
        return None
    try:
        restore_backup(paths, backup.path)
        db = open_database(paths)
    except UserError as exc:
        log.error("restoring %s failed: %s", backup.path, exc)
        messages.show_error(None, tr("Pemulihan gagal"), user_text(exc))
        return None
    log.warning("damaged database replaced by the backup %s", backup.path)
    messages.show_info(
        None,
        tr("Basis data dipulihkan"),
        tr("Basis data dipulihkan dari cadangan {when}. Periksa pekerjaan sesudah waktu itu dan isi kembali bila perlu.").format(when=when),
    )
    return db


def run_gui(data_dir: str | None = None) -> int:
    paths = resolve_data_dir(data_dir)
    app = make_application()
    try:
        paths.ensure()
    except UserError as exc:
        # Before the language is installed: Indonesian, whatever the choice (tr() is harmless here).
        messages.show_error(None, tr("Folder data tidak dapat dipakai"), user_text(exc))
        return 1
    log_file = LogFile(paths)
    crash = CrashHandler(paths.log_file)
    crash.install()
    language = install_language(get_language(paths))
    try:
        log.info("PPID Desktop %s starting with data folder %s", __version__, paths.root)
        from ppid_desktop.ui.sign_in_flow import open_data_folder

        opened = open_data_folder(paths)  # sign in (or set up, secure, recover) before anything is shown
        if opened is None:
            return 0
        first = first_paint(opened.paths) if opened.new_keys is None else None
        if first is not None:
            start = FirstPaintStart(app, first, log_file, opened)
            code, restore = start.run(), start.restore_requested
        else:
            log_file.rotate()
            code, restore = _open_and_run(app, opened)
        return _restore_and_restart(app, code, restore)
    finally:
        crash.uninstall()
        log_file.close()
        language.uninstall()


# A restore the closed window asked for: the data folder (as the window had it open, signed in)
# and the backup.
RestoreRequest = tuple["OpenedFolder", Path]


def _restore_request(window: MainWindow, opened: OpenedFolder) -> RestoreRequest | None:
    return (opened, window.restore_requested) if window.restore_requested is not None else None


def _open_and_run(app: QApplication, opened: OpenedFolder) -> tuple[int, RestoreRequest | None]:
    """The ordinary way: open (migrate, offer a backup if damaged), then the window until it closes."""
    db = open_or_explain(opened.paths)
    if db is None:
        return 1, None
    try:
        return _run_window(app, db, opened)
    finally:
        db.close()


def _restore_and_restart(app: QApplication, code: int, restore: RestoreRequest | None) -> int:
    """While the closed window asked for a restore: restore (a refusal changes nothing and is
    shown), then start again the ordinary way, on the restored or the unchanged database."""
    while restore is not None:
        from ppid_desktop.ui.backup_dialog import restore_with_progress

        opened, backup = restore
        restore_with_progress(opened.paths, backup)
        code, restore = _open_and_run(app, opened)
    return code


def exec_application(app: QApplication, window: QWidget) -> None:
    """Run the event loop until the last window closes (tests replace this: once a shared
    QApplication's exec() has returned, Qt treats it as closing and later loops return at once)."""
    app.exec()


def _report_when_shown(window: QWidget, prefix: str = "shown-ms") -> None:
    """For bench/bench_startup.py: print the process age once the window is shown, then quit."""
    def report() -> None:
        print(f"{prefix} {process_age_ms():.1f}", flush=True)
        window.close()  # the last window: the event loop ends

    QTimer.singleShot(0, report)


def _run_window(app: QApplication, db: Database, opened: OpenedFolder) -> tuple[int, RestoreRequest | None]:
    from ppid_desktop.services.office import is_set_up
    from ppid_desktop.ui.main_window import MainWindow

    if not is_set_up(db):
        opened = _set_up(db, opened)
        if opened is None:
            return 0, None
    window = MainWindow(db, session=_session(opened))
    _remember(opened, window)
    window.show()
    if os.environ.get(EXIT_AFTER_SHOWN_ENV):
        _report_when_shown(window)
    else:
        DailyBackup(db.paths, window).start()
        QTimer.singleShot(0, window.recover_drafts)
    exec_application(app, window)
    restore = _restore_request(window, opened)
    window.deleteLater()
    return 0, restore


def _set_up(db: Database, opened: OpenedFolder) -> OpenedFolder | None:
    """The set-up wizard of a new office; the folder signed in as its Admin, or None when it was
    given up (its empty database is removed: no key file was written, nothing else is in it)."""
    from ppid_desktop.services.encryption import end_new_setup, remove_database_files
    from ppid_desktop.ui.setup_wizard import SetupWizard

    if opened.new_keys is None:  # a key file without an office: the set-up was cut off at its end
        messages.show_error(None, tr("Penyiapan kantor belum selesai"),
                            tr("Folder data ini mempunyai berkas kunci tetapi belum berisi kantor, karena penyiapannya "
                               "terputus. Pindahkan folder data itu ke tempat lain, lalu jalankan PPID Desktop lagi untuk "
                               "menyiapkan kantor dari awal.\n\nFolder data: {folder}").format(folder=opened.paths.root))
        return None
    username = SetupWizard.ask(db, opened.new_keys)
    if username is None:
        db.close()
        remove_database_files(opened.paths)
        end_new_setup(opened.paths)
        return None
    end_new_setup(opened.paths)  # the key file is written: from now on the folder is signed into
    from ppid_desktop.storage.keyring import KeyRing
    from ppid_desktop.ui.sign_in_flow import OpenedFolder

    return OpenedFolder(opened.paths, username, KeyRing.load(opened.paths))


def _session(opened: OpenedFolder) -> UserSession:
    from ppid_desktop.ui.session_controls import UserSession

    assert opened.username is not None and opened.keyring is not None, "the window opens signed in"
    return UserSession(opened.username, opened.keyring)


def _remember(opened: OpenedFolder, window: MainWindow) -> None:
    from ppid_desktop.ui.sign_in_flow import remember_sign_in

    remember_sign_in(opened.paths, opened.username or "", window.office_name)


# What the window needs beyond the first paint, imported off the GUI thread.
_DATABASE_LAYER = (
    "ppid_desktop.storage.database",
    "ppid_desktop.ui.stage_panel",
    "ppid_desktop.ui.expiry_panel",
    "ppid_desktop.ui.overview_panel",
    "ppid_desktop.ui.record_editor",
    "ppid_desktop.ui.outbox_panel",
    "ppid_desktop.ui.inbox_panel",
)


class DatabaseLayerLoader(QObject):
    """Imports the database layer on a worker thread; `loaded` arrives on the GUI thread."""

    loaded = Signal()
    failed = Signal(str)

    def start(self) -> None:
        threading.Thread(target=self._run, name="database-layer", daemon=True).start()

    def _run(self) -> None:
        import importlib

        try:
            for module in _DATABASE_LAYER:
                importlib.import_module(module)
        except Exception as exc:  # reported on the GUI thread, where the crash handler lives
            log.exception("loading the database layer failed")
            self.failed.emit(f"{type(exc).__name__}: {exc}")
            return
        self.loaded.emit()


class DailyBackup(QObject):
    """The day's backup of the database (services/backups.py), taken off the GUI thread once
    the window is up, then copied to the shared drive when the clerk switched that on; a failure
    is shown in the status bar and logged, never in the clerk's way."""

    notice = Signal(str)

    def __init__(self, paths: DataPaths, window: QWidget) -> None:
        super().__init__(window)
        self.paths = paths
        self.notice.connect(lambda message: window.statusBar().showMessage(message, 15_000))  # type: ignore[attr-defined]

    def start(self) -> None:
        threading.Thread(target=self._run, name="daily-backup", daemon=True).start()

    def _run(self) -> None:
        from ppid_desktop.services.backups import copy_to_share_if_enabled, take_daily_backup_if_due

        try:
            take_daily_backup_if_due(self.paths)
        except Exception as exc:  # a background copy must never take the window down
            self._failed("daily backup", QT_TR_NOOP("Cadangan harian gagal: {reason}"), exc)
            return
        try:
            copied = copy_to_share_if_enabled(self.paths)
        except Exception as exc:
            self._failed("copying the backup to the share", QT_TR_NOOP("Salinan cadangan ke folder bersama gagal: {reason}"), exc)
            return
        if copied is not None and copied.copied:
            self._say(tr("Cadangan disalin ke folder bersama dan diperiksa: {path}").format(path=copied.path))

    def _failed(self, what: str, template: str, exc: Exception) -> None:
        """`template` (marked, with {reason}) is translated here, on the worker thread (translate() is thread-safe)."""
        log.warning("%s failed: %s", what, exc, exc_info=not isinstance(exc, UserError))
        reason = user_text(exc) if isinstance(exc, UserError) else str(exc)
        self._say(tr(template).format(reason=reason))

    def _say(self, message: str) -> None:
        try:
            self.notice.emit(message)
        except RuntimeError:  # the window closed meanwhile
            pass


class FirstPaintStart:
    """The window shown from the first paint, then attached to the opened database."""

    def __init__(self, app: QApplication, first: FirstPaint, log_file: LogFile, opened: OpenedFolder) -> None:
        from ppid_desktop.ui.main_window import MainWindow

        self.app = app
        self.log_file = log_file
        self.paths = first.paths
        self.opened = opened
        self.window: MainWindow = MainWindow(first=first, session=_session(opened))
        self.db: Database | None = None
        self.restore_requested: RestoreRequest | None = None
        self.loader = DatabaseLayerLoader()
        self.loader.loaded.connect(self._attach)
        self.loader.failed.connect(self._failed)

    def _attach(self) -> None:
        self.db = open_or_explain(self.paths)
        if self.db is None:  # the reason was shown; nothing was changed
            self.window.close()
            return
        self.window.attach(self.db)
        _remember(self.opened, self.window)
        if os.environ.get(EXIT_AFTER_SHOWN_ENV):
            _report_when_shown(self.window, "ready-ms")
        else:
            DailyBackup(self.paths, self.window).start()
            self.window.recover_drafts()

    def _shown(self) -> None:
        if os.environ.get(EXIT_AFTER_SHOWN_ENV):
            print(f"shown-ms {process_age_ms():.1f}", flush=True)
        self.loader.start()
        self.log_file.rotate()

    def _failed(self, reason: str) -> None:
        raise RuntimeError(f"PPID Desktop tidak dapat memuat lapisan basis data: {reason}")

    def run(self) -> int:
        self.window.show()
        QTimer.singleShot(0, self._shown)  # after the first event-loop turn has painted it
        try:
            exec_application(self.app, self.window)
        finally:
            if self.db is not None:
                self.db.close()
        self.restore_requested = _restore_request(self.window, self.opened)
        self.window.deleteLater()
        return 0

