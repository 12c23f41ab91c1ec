"""Sign-in at start: the office's name, user name and password, "Masuk" or "Keluar".

The dialog does not know how signing in works: it is given `attempt(username, password)`, which
returns whatever the start-up needs (e.g. services.accounts.sign_in's SignedIn) or raises a
UserError whose text is shown in the dialog. After repeated failures the key ring makes the next
try wait (SignInDelayed): "Masuk" stays off while a countdown runs.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, TypeVar

from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ppid_desktop.domain.errors import UserError
from ppid_desktop.storage.keyring import SignInDelayed
from ppid_desktop.ui.form_support import FORM_STYLE_SHEET, MessageLabel, note_label
from ppid_desktop.ui.i18n import QT_TR_NOOP, tr, user_text

T = TypeVar("T")

FORGOT_TEXT = QT_TR_NOOP(
    "Kata sandi tidak disimpan di mana pun, sehingga tidak dapat dilihat atau dikirim ulang. Minta Admin kantor "
    "mengatur ulang kata sandi Anda melalui menu Akun pengguna. Bila tidak ada Admin yang dapat masuk, data "
    "tetap dapat dibuka dengan kunci pemulihan yang dicetak ketika data dienkripsi; hubungi petugas TI."
)


class Countdown(QObject):
    """Seconds left before the next try; `tick()` runs every second while it counts."""

    changed = Signal(int)  # seconds left; 0 when the next try may be made

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.left = 0
        self._timer = QTimer(self)
        self._timer.setInterval(1000)
        self._timer.timeout.connect(self.tick)

    def start(self, seconds: int) -> None:
        self.left = max(0, seconds)
        self.changed.emit(self.left)
        if self.left:
            self._timer.start()

    def tick(self) -> None:
        self.left = max(0, self.left - 1)
        if not self.left:
            self._timer.stop()
        self.changed.emit(self.left)


def password_edit() -> QLineEdit:
    edit = QLineEdit()
    edit.setEchoMode(QLineEdit.EchoMode.Password)
    edit.setInputMethodHints(Qt.InputMethodHint.ImhHiddenText | Qt.InputMethodHint.ImhNoPredictiveText)
    return edit


def run_attempt(attempt: Callable[[], T]) -> T:
    """Run a password check (Argon2id, a fraction of a second) with the busy cursor."""
    QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        return attempt()
    finally:
        QGuiApplication.restoreOverrideCursor()


class SignInDialog(QDialog):
    """Modal. `result_value` holds what `attempt` returned once signing in succeeded."""

    def __init__(self, office_name: str, attempt: Callable[[str, str], Any], username: str = "",
                 parent: QWidget | None = None, recover: Callable[[], Any] | None = None) -> None:
        super().__init__(parent)
        self._attempt = attempt
        self._recover = recover
        self.result_value: Any = None
        self.setWindowTitle(tr("Masuk - PPID Desktop"))
        self.setStyleSheet(FORM_STYLE_SHEET)
        office = QLabel(office_name or "PPID Desktop")
        office.setWordWrap(True)
        office.setAlignment(Qt.AlignmentFlag.AlignCenter)
        font = office.font()
        font.setPointSizeF(font.pointSizeF() * 1.25)
        font.setBold(True)
        office.setFont(font)
        heading = QLabel(tr("Masuk dengan akun Anda untuk membuka data pendokumentasian."))
        heading.setWordWrap(True)
        heading.setAlignment(Qt.AlignmentFlag.AlignCenter)

        self.username_edit = QLineEdit(username)
        self.username_edit.setPlaceholderText(tr("misalnya siti.rahma"))
        self.password_edit = password_edit()
        form = QFormLayout()
        form.addRow(tr("&Nama pengguna:"), self.username_edit)
        form.addRow(tr("&Kata sandi:"), self.password_edit)
        self.error_label = note_label("error")
        self.error_label.hide()
        self.wait_label = note_label("warning")
        self.wait_label.hide()
        self.forgot_button = QPushButton(tr("Lupa kata sandi?"))
        self.forgot_button.setFlat(True)
        self.forgot_button.setAutoDefault(False)
        self.forgot_button.setCursor(Qt.CursorShape.PointingHandCursor)
        self.forgot_button.setStyleSheet("QPushButton { color: palette(link); text-decoration: underline; border: none; }")
        self.forgot_button.clicked.connect(self.toggle_forgot)
        self.forgot_label = MessageLabel(tr(FORGOT_TEXT))
        self.forgot_label.setProperty("role", "hint")
        self.forgot_label.hide()
        self.recover_button = QPushButton(tr("Buka dengan kunci pemulihan…"))
        self.recover_button.setAutoDefault(False)
        self.recover_button.clicked.connect(self.recover)
        self.recover_button.hide()

        buttons = QDialogButtonBox()
        self.sign_in_button = buttons.addButton(tr("Masuk"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.quit_button = buttons.addButton(tr("Keluar"), QDialogButtonBox.ButtonRole.RejectRole)
        self.sign_in_button.setDefault(True)
        buttons.accepted.connect(self.submit)
        buttons.rejected.connect(self.reject)
        self.countdown = Countdown(self)
        self.countdown.changed.connect(self._show_wait)

        layout = QVBoxLayout(self)
        layout.addWidget(office)
        layout.addWidget(heading)
        layout.addSpacing(8)
        layout.addLayout(form)
        layout.addWidget(self.error_label)
        layout.addWidget(self.wait_label)
        layout.addWidget(self.forgot_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.forgot_label)
        layout.addWidget(self.recover_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(buttons)
        self.setMinimumWidth(440)
        (self.password_edit if username else self.username_edit).setFocus()

    @classmethod
    def ask(cls, office_name: str, attempt: Callable[[str, str], T], username: str = "",
            parent: QWidget | None = None, recover: Callable[[], Any] | None = None) -> T | None:
        """Show the dialog; what `attempt` returned (or `recover`, when the data was opened with
        the recovery key), or None when the clerk chose "Keluar"."""
        dialog = cls(office_name, attempt, username, parent, recover)
        try:
            dialog.exec()
            return dialog.result_value  # type: ignore[no-any-return]
        finally:
            dialog.deleteLater()

    def submit(self) -> None:
        if self.countdown.left:
            return
        username, password = self.username_edit.text(), self.password_edit.text()
        if not username.strip() or not password:
            self._show_error(tr("Isi nama pengguna dan kata sandi."))
            (self.username_edit if not username.strip() else self.password_edit).setFocus()
            return
        try:
            self.result_value = run_attempt(lambda: self._attempt(username, password))
        except SignInDelayed as delayed:
            self.error_label.hide()
            self.countdown.start(delayed.seconds)
            return
        except UserError as refused:
            self._show_error(user_text(refused))
            self.password_edit.clear()
            self.password_edit.setFocus()
            return
        self.accept()

    def toggle_forgot(self) -> None:
        self.forgot_label.setVisible(not self.forgot_label.isVisible())
        self.recover_button.setVisible(self.forgot_label.isVisible() and self._recover is not None)
        self._fit()

    def recover(self) -> None:
        """The Admin who lost every password opens the data with the recovery key instead."""
        if self._recover is None:
            return
        opened = self._recover()
        if opened is not None:
            self.result_value = opened
            self.accept()

    def _show_error(self, text: str) -> None:
        self.error_label.setText(text)
        self.error_label.show()
        self._fit()

    def _fit(self) -> None:
        """Grow (or shrink back) to the messages shown, keeping the width the clerk gave it."""
        self.resize(self.width(), self.sizeHint().height())

    def _show_wait(self, seconds: int) -> None:
        self.sign_in_button.setEnabled(not seconds)
        self.wait_label.setVisible(bool(seconds))
        self.wait_label.setText(
            tr("Terlalu banyak percobaan yang gagal. Coba lagi dalam %n detik.", "", seconds) if seconds else ""
        )
        self._fit()
