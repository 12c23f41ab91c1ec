"""Start-up of the window, in order: paths, logging, crash handler, database, Qt, window."""

from __future__ import annotations

import logging
import logging.handlers
import os
import sys
import time
from pathlib import Path

from PySide6.QtCore import QLibraryInfo, QLocale, QTimer, QTranslator
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QWidget

from ppid_desktop import __version__
from ppid_desktop.domain.errors import UserError
from ppid_desktop.storage.database import Database, open_database
from ppid_desktop.storage.paths import DataPaths, resolve_data_dir, resources_dir
from ppid_desktop.ui import messages
from ppid_desktop.ui.crash import CrashHandler

log = logging.getLogger(__name__)
EXIT_AFTER_SHOWN_ENV = "PPID_DESKTOP_EXIT_AFTER_SHOWN"  # used by bench/bench_startup.py


def setup_logging(paths: DataPaths) -> logging.Handler:
    handler = logging.handlers.RotatingFileHandler(paths.log_file, maxBytes=2_000_000, backupCount=5, encoding="utf-8")
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root = logging.getLogger()
    root.addHandler(handler)
    root.setLevel(logging.INFO)
    return handler


def _process_age_ms() -> float:
    """Milliseconds since this process started (Linux), for the start-up benchmark."""
    try:
        ticks = int(Path("/proc/self/stat").read_text().rsplit(")", 1)[1].split()[19])
        uptime = float(Path("/proc/uptime").read_text().split()[0])
        return (uptime - ticks / os.sysconf("SC_CLK_TCK")) * 1000
    except (OSError, ValueError, IndexError):
        return time.perf_counter() * 1000


def _install_translators(app: QApplication) -> list[QTranslator]:
    """Qt's own dialogs in Indonesian where Qt ships a translation; keep references alive."""
    translators: list[QTranslator] = []
    folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    for name in ("qtbase",):
        translator = QTranslator(app)
        if translator.load(QLocale("id_ID"), name, "_", folder):
            app.installTranslator(translator)
            translators.append(translator)
    return translators


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
    try:
        return open_database(paths)
    except UserError as exc:
        log.error("database could not be opened: %s", exc)
        messages.show_error(None, "Basis data tidak dapat dibuka", str(exc))
        return None


def run_gui(data_dir: str | None = None) -> int:
    paths = resolve_data_dir(data_dir)
    app = make_application()
    try:
        paths.ensure()
    except UserError as exc:
        messages.show_error(None, "Folder data tidak dapat dipakai", str(exc))
        return 1
    log_handler = setup_logging(paths)
    crash = CrashHandler(paths.log_file)
    crash.install()
    translators = _install_translators(app)
    try:
        log.info("PPID Desktop %s starting with data folder %s", __version__, paths.root)
        db = open_or_explain(paths)
        if db is None:
            return 1
        try:
            return _run_window(app, db)
        finally:
            db.close()
    finally:
        crash.uninstall()
        logging.getLogger().removeHandler(log_handler)
        log_handler.close()
        for translator in translators:
            app.removeTranslator(translator)


def exec_application(app: QApplication, window: QWidget) -> None:
    """Run the event loop until the last window closes (tests replace this: once a shared
    QApplication's exec() has returned, Qt treats it as closing and later loops return at once)."""
    app.exec()


def _run_window(app: QApplication, db: Database) -> int:
    from ppid_desktop.services.office import is_set_up
    from ppid_desktop.ui.main_window import MainWindow
    from ppid_desktop.ui.setup_wizard import SetupWizard

    if not is_set_up(db) and not SetupWizard.ask(db):
        return 0
    window = MainWindow(db)
    window.show()
    if os.environ.get(EXIT_AFTER_SHOWN_ENV):
        def report() -> None:
            print(f"shown-ms {_process_age_ms():.1f}", flush=True)
            window.close()  # the last window: the event loop ends

        QTimer.singleShot(0, report)
    else:
        QTimer.singleShot(0, window.recover_drafts)
    exec_application(app, window)
    window.deleteLater()
    return 0
