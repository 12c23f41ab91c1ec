"""The idle lock: after N minutes without keyboard or mouse input the window locks, and only the
signed-in user's password opens it again ("Keluar dari aplikasi" is the other way out).

`IdleWatcher` is an event filter on the QApplication that notes the time of each user input and
checks every few seconds; `lock_windows` covers every open window (so the register is not
readable on an unattended screen) and shows `UnlockDialog` above them.
"""

from __future__ import annotations

import time
from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QKeyEvent
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from ppid_desktop.domain.errors import UserError
from ppid_desktop.storage.keyring import SignInDelayed
from ppid_desktop.ui.form_support import FORM_STYLE_SHEET, note_label
from ppid_desktop.ui.i18n import tr, user_text
from ppid_desktop.ui.sign_in_dialog import Countdown, password_edit, run_attempt

USER_INPUT = frozenset({
    QEvent.Type.KeyPress, QEvent.Type.MouseButtonPress, QEvent.Type.MouseMove, QEvent.Type.Wheel,
    QEvent.Type.TouchBegin, QEvent.Type.TabletPress,
})
CHECK_INTERVAL_MS = 15_000  # a lock comes at most this late; the check itself costs nothing


class IdleWatcher(QObject):
    """Emits `locked` once the user has been idle for `minutes` (0: never). After the window is
    unlocked, call `resume()`; until then no further `locked` is emitted."""

    locked = Signal()

    def __init__(self, minutes: int, parent: QObject | None = None, clock: Callable[[], float] = time.monotonic,
                 check_ms: int = CHECK_INTERVAL_MS) -> None:
        super().__init__(parent)
        self._clock = clock
        self._last_input = clock()
        self._is_locked = False
        self.minutes = 0
        self._timer = QTimer(self)
        self._timer.setInterval(check_ms)
        self._timer.timeout.connect(self.check)
        app = QApplication.instance()
        assert app is not None, "an IdleWatcher needs the QApplication"
        app.installEventFilter(self)
        self.set_minutes(minutes)

    def set_minutes(self, minutes: int) -> None:
        """A new idle time (the Admin changed it); counting starts again from now."""
        self.minutes = max(0, minutes)
        self._last_input = self._clock()
        if self.minutes:
            self._timer.start()
        else:
            self._timer.stop()

    @property
    def is_locked(self) -> bool:
        return self._is_locked

    def idle_seconds(self) -> float:
        return self._clock() - self._last_input

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt API)
        # Called for every event of the application: only note the time, never block anything.
        if event.type() in USER_INPUT and not self._is_locked:
            self._last_input = self._clock()
        return False

    def check(self) -> None:
        if self.minutes and not self._is_locked and self.idle_seconds() >= self.minutes * 60:
            self._is_locked = True
            self.locked.emit()

    def resume(self) -> None:
        self._is_locked = False
        self._last_input = self._clock()

    def stop(self) -> None:
        """Stop watching (the user signed out or the window closes)."""
        self._timer.stop()
        app = QApplication.instance()
        if app is not None:
            app.removeEventFilter(self)


class UnlockDialog(QDialog):
    """Modal; Escape and the window's close button do nothing. `unlocked` is True when the
    password was right, `quit_requested` when the user chose to leave the application."""

    def __init__(self, name: str, username: str, check: Callable[[str], object], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._check = check
        self.unlocked = False
        self.quit_requested = False
        self.setWindowTitle(tr("PPID Desktop terkunci"))
        self.setStyleSheet(FORM_STYLE_SHEET)
        self.setWindowFlag(Qt.WindowType.WindowCloseButtonHint, False)
        heading = QLabel("<b>{}</b>".format(tr("Aplikasi terkunci")))
        explanation = QLabel(tr(
            "PPID Desktop dikunci karena tidak dipakai beberapa saat. Hanya {name} ({username}) yang dapat "
            "membukanya kembali dengan kata sandinya. Pengguna lain keluar dari aplikasi, lalu masuk dengan akunnya sendiri."
        ).format(name=name, username=username))
        explanation.setWordWrap(True)
        self.password_edit = password_edit()
        form = QFormLayout()
        form.addRow(tr("&Kata sandi:"), self.password_edit)
        self.error_label = note_label("error")
        self.error_label.hide()
        self.wait_label = note_label("warning")
        self.wait_label.hide()
        buttons = QDialogButtonBox()
        self.unlock_button = buttons.addButton(tr("Buka kunci"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.quit_button = buttons.addButton(tr("Keluar dari aplikasi"), QDialogButtonBox.ButtonRole.DestructiveRole)
        self.unlock_button.setDefault(True)
        self.unlock_button.clicked.connect(self.submit)
        self.quit_button.clicked.connect(self.quit)
        self.countdown = Countdown(self)
        self.countdown.changed.connect(self._show_wait)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(explanation)
        layout.addLayout(form)
        layout.addWidget(self.error_label)
        layout.addWidget(self.wait_label)
        layout.addWidget(buttons)
        self.setMinimumWidth(460)
        self.password_edit.setFocus()

    @classmethod
    def ask(cls, name: str, username: str, check: Callable[[str], object], parent: QWidget | None = None) -> bool:
        """True when unlocked; False when the user chose "Keluar dari aplikasi"."""
        dialog = cls(name, username, check, parent)
        try:
            dialog.exec()
            return dialog.unlocked
        finally:
            dialog.deleteLater()

    def submit(self) -> None:
        if self.countdown.left or not self.password_edit.text():
            return  # Enter pressed to wake the screen is no failed try (the count is the office's)
        try:
            run_attempt(lambda: self._check(self.password_edit.text()))
        except SignInDelayed as delayed:
            self.error_label.hide()
            self.countdown.start(delayed.seconds)
            return
        except UserError as refused:
            self.error_label.setText(user_text(refused))
            self.error_label.show()
            self.password_edit.clear()
            self.password_edit.setFocus()
            self._fit()
            return
        self.unlocked = True
        self.accept()

    def quit(self) -> None:
        self.quit_requested = True
        self.done(QDialog.DialogCode.Rejected)

    def reject(self) -> None:  # Escape: stay locked
        if self.quit_requested:
            super().reject()

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 (Qt API)
        if event.key() == Qt.Key.Key_Escape:
            event.ignore()
            return
        super().keyPressEvent(event)

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 (Qt API)
        if self.unlocked or self.quit_requested:
            super().closeEvent(event)
        else:
            event.ignore()

    def _show_wait(self, seconds: int) -> None:
        self.unlock_button.setEnabled(not seconds)
        self.wait_label.setVisible(bool(seconds))
        self.wait_label.setText(
            tr("Terlalu banyak percobaan yang gagal. Coba lagi dalam %n detik.", "", seconds) if seconds else "")
        self._fit()

    def _fit(self) -> None:
        self.resize(self.width(), self.sizeHint().height())


class LockCover(QWidget):
    """An opaque sheet over one window's content while the application is locked."""

    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self.setObjectName("lock_cover")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.setStyleSheet("#lock_cover { background: palette(window); }")
        label = QLabel(tr("PPID Desktop terkunci"), self)
        label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout = QVBoxLayout(self)
        layout.addWidget(label)
        self.setGeometry(window.rect())
        window.installEventFilter(self)
        self.show()
        self.raise_()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt API)
        if event.type() == QEvent.Type.Resize and isinstance(watched, QWidget):
            self.setGeometry(watched.rect())
        return False


def lock_windows(name: str, username: str, check: Callable[[str], object], parent: QWidget | None = None) -> bool:
    """Cover every visible window, ask for the password; True when unlocked, False when the user
    chose to leave (the caller then closes the application without asking about anything else)."""
    covers = [LockCover(window) for window in QApplication.topLevelWidgets()
              if window.isVisible() and window.isWindow() and not isinstance(window, UnlockDialog)]
    try:
        return UnlockDialog.ask(name, username, check, parent)
    finally:
        for cover in covers:
            cover.deleteLater()
