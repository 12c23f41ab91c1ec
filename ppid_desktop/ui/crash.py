"""Unexpected errors: logged with the traceback, then shown in a dialog instead of a crash.

A UserError that escapes to here is still the clerk's answer, so it gets a plain message
box; anything else is a bug and gets the crash dialog with details and the log's path.
"""

from __future__ import annotations

import faulthandler
import logging
import sys
import threading
import traceback
from pathlib import Path
from types import TracebackType
from typing import TextIO

from PySide6.QtWidgets import QApplication

from ppid_desktop import __version__
from ppid_desktop.domain.errors import UserError
from ppid_desktop.ui import messages

log = logging.getLogger("ppid_desktop.crash")


class CrashHandler:
    """Owns sys.excepthook and threading.excepthook while the window runs."""

    def __init__(self, log_file: Path) -> None:
        self.log_file = log_file
        self._showing = False
        self._fault_file: TextIO | None = None
        self._previous = (sys.excepthook, threading.excepthook)

    def install(self) -> None:
        self._previous = (sys.excepthook, threading.excepthook)
        sys.excepthook = self.handle
        threading.excepthook = lambda args: self.handle(args.exc_type, args.exc_value, args.exc_traceback)  # type: ignore[arg-type]
        try:
            # Hard crashes (segfaults in Qt) leave a Python traceback in the log folder.
            self._fault_file = open(self.log_file.with_name("faulthandler.log"), "a", encoding="utf-8")  # noqa: SIM115
            faulthandler.enable(self._fault_file)
        except OSError:
            faulthandler.enable()

    def uninstall(self) -> None:
        sys.excepthook, threading.excepthook = self._previous
        faulthandler.disable()
        if self._fault_file:
            self._fault_file.close()

    def handle(self, exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
        if issubclass(exc_type, KeyboardInterrupt):
            QApplication.quit()
            return
        if isinstance(exc, UserError):
            log.warning("user error reached the top level: %s", exc)
            messages.show_user_error(QApplication.activeWindow(), exc)
            return
        details = f"PPID Desktop {__version__}\n" + "".join(traceback.format_exception(exc_type, exc, tb))
        log.error("unexpected error\n%s", details)
        if self._showing:  # an error inside the dialog itself: log only, never recurse
            return
        self._showing = True
        try:
            from ppid_desktop.ui.crash_dialog import CrashDialog

            CrashDialog.ask(details, self.log_file)
        finally:
            self._showing = False
