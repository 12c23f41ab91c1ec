"""Securing a data folder made by an earlier version: why, who is the Admin, the recovery key, then
the conversion (services/encryption.encrypt_data_folder) with a progress bar and Batal.

Three steps in one dialog. (1) Why the data is now encrypted, and the Admin's account: an active
officer of the office, a user name and a password (domain/accounts.py rules, messages under the
fields). (2) The recovery key, shown once (ui/recovery_key_panel.py); "Enkripsi sekarang" stays
off until the Admin confirms it is kept safe. (3) The conversion, off the GUI thread
(ui/service_job.py). Then the encrypted database is opened with the key and the Admin's account
row is added (services/accounts.create_first_admin).

A refusal before the key file is written (disk full, a damaged database) changes nothing: the
message is shown and the Admin may try again with the same recovery key (the one just printed)
or quit. Cancelling does the same. A failure after that point (the folder is encrypted, but
finishing it or adding the account failed) is retried from where it stopped.
"""

from __future__ import annotations

import platform
from datetime import date

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from ppid_desktop.domain.enums import PaperSize
from ppid_desktop.domain.errors import UserError, describe_os_error
from ppid_desktop.domain.office import OfficeProfile
from ppid_desktop.reports.recovery_sheet import RecoverySheet
from ppid_desktop.services import accounts
from ppid_desktop.services.encryption import FILES_STEP, OTHER_STEPS, NewKeys, encrypt_data_folder, finish_interrupted_encryption
from ppid_desktop.services.office import OfficerView, get_office, list_officers
from ppid_desktop.storage.crypto import KdfParams
from ppid_desktop.storage.database import open_database
from ppid_desktop.storage.keyring import KeyRing, is_encrypted
from ppid_desktop.storage.paths import DataPaths
from ppid_desktop.ui import messages
from ppid_desktop.ui.form_support import FORM_STYLE_SHEET, MessageLabel, note_label
from ppid_desktop.ui.i18n import QT_TR_NOOP, tr, user_text
from ppid_desktop.ui.recovery_key_panel import RecoveryKeyPanel
from ppid_desktop.ui.service_job import ServiceJob
from ppid_desktop.ui.setup_pages import AdminAccountForm, AdminChoice

WHY_TEXT = QT_TR_NOOP(
    "<p>Informasi yang dicatat dalam PPID Desktop adalah informasi yang <b>dikecualikan</b> menurut "
    "Undang-Undang Nomor 14 Tahun 2008 tentang Keterbukaan Informasi Publik. Laptop yang hilang atau dicuri "
    "tidak boleh membukakan satu pun isinya.</p>"
    "<p>Data di folder ini dibuat oleh versi PPID Desktop sebelumnya dan belum terenkripsi. Sebelum aplikasi dipakai "
    "lagi, basis data, berkas lampiran dan salinan cadangannya dienkripsi sekali; isinya tidak berubah. Mulai "
    "sekarang setiap orang masuk dengan akunnya sendiri.</p>"
    "<p>Pilih pejabat atau petugas yang menjadi Admin aplikasi dan buat akunnya. Admin membuat akun untuk yang "
    "lain melalui menu Akun pengguna.</p>"
)
WORK_TEXT = QT_TR_NOOP("Data sedang dienkripsi. Jangan mematikan komputer. Bila dibatalkan atau gagal sebelum "
                       "selesai, data tetap seperti semula.")
CANCELLED_TEXT = QT_TR_NOOP("Enkripsi dibatalkan; data tidak diubah. Kunci pemulihan di atas tetap berlaku. Klik "
                            "Enkripsi sekarang untuk mencoba lagi, atau Keluar.")


def read_plain_folder(paths: DataPaths) -> tuple[list[OfficerView], OfficeProfile | None]:
    """The active officers and the office of a plain data folder; the database is closed again
    (the conversion needs it closed). UserError when it cannot be opened."""
    db = open_database(paths)
    try:
        return list_officers(db), get_office(db)
    finally:
        db.close()


def status_text(what: str, done: int, total: int) -> str:
    """The worker's step in the window's language: a marked phrase of the service, or for the
    per-file step "Mengenkripsi berkas tersimpan 3 dari 10"."""
    if what == FILES_STEP:
        files = max(total - OTHER_STEPS, done)  # total counts the database and the key file too
        return tr("Mengenkripsi berkas tersimpan {done} dari {total}").format(done=done, total=files)
    return tr(what)


class _Status(QObject):
    """What the worker is doing, in words (emitted on the worker thread, shown on the GUI thread)."""

    text = Signal(str, int, int)  # what (a marked phrase), done, total


class EncryptFolderDialog(QDialog):
    """Modal. `result_value` is (the unlocked folder, the Admin's user name) once done."""

    def __init__(self, paths: DataPaths, officers: list[OfficerView], office: OfficeProfile | None,
                 parent: QWidget | None = None, *, kdf: KdfParams | None = None, keys: NewKeys | None = None) -> None:
        super().__init__(parent)
        self.paths = paths
        self.office = office
        self.kdf = kdf
        self.keys = keys or NewKeys.generate()
        self.result_value: tuple[DataPaths, str] | None = None
        self.job: ServiceJob | None = None
        self.unlocked: DataPaths | None = None  # set once the key file is written
        self._officer_id: int | None = None
        self.setWindowTitle(tr("Amankan data kantor - PPID Desktop"))
        self.setStyleSheet(FORM_STYLE_SHEET)
        self.setMinimumSize(720, 600)
        self.title_label = QLabel()
        font = self.title_label.font()
        font.setPointSizeF(font.pointSizeF() * 1.2)
        font.setWeight(QFont.Weight.Bold)
        self.title_label.setFont(font)
        self.pages = QStackedWidget()
        self._init_admin_page(officers)
        self._init_key_page()
        self._init_work_page()
        self.quit_button = QPushButton(tr("Keluar"))
        self.quit_button.setAutoDefault(False)
        self.quit_button.clicked.connect(self.reject)
        self.back_button = QPushButton(tr("< Kembali"))
        self.back_button.setAutoDefault(False)
        self.back_button.clicked.connect(lambda: self._show_page(0))
        self.next_button = QPushButton(tr("Lanjut >"))
        self.next_button.clicked.connect(self.next_step)
        self.encrypt_button = QPushButton(tr("Enkripsi sekarang"))
        self.encrypt_button.clicked.connect(self.start)
        self.retry_button = QPushButton(tr("Coba lagi"))
        self.retry_button.clicked.connect(self.retry)
        self.cancel_button = QPushButton(tr("Batal"))
        self.cancel_button.setAutoDefault(False)
        self.cancel_button.clicked.connect(self.cancel)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        for button in (self.back_button, self.next_button, self.encrypt_button, self.retry_button,
                       self.cancel_button, self.quit_button):
            buttons.addWidget(button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title_label)
        layout.addWidget(self.pages, 1)
        layout.addLayout(buttons)
        self.key_panel.confirmed_changed.connect(lambda _on: self._update_buttons())
        self._show_page(0)

    # --- building -----------------------------------------------------------------------------

    def _init_admin_page(self, officers: list[OfficerView]) -> None:
        page = QWidget()
        self.admin_form = AdminAccountForm()
        self.admin_form.set_choices([AdminChoice(o.id, o.name, o.roles) for o in officers])
        self.admin_error = note_label("error")
        self.admin_error.hide()
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        self.why_label = MessageLabel(tr(WHY_TEXT))
        self.why_label.setTextFormat(Qt.TextFormat.RichText)
        layout.addWidget(self.why_label)
        layout.addWidget(self.admin_form)
        layout.addWidget(self.admin_error)
        layout.addStretch(1)
        self.pages.addWidget(page)
        if not officers:
            self._show_admin_error(tr("Belum ada pejabat atau petugas yang aktif di folder data ini, sehingga tidak ada "
                                      "yang dapat menjadi Admin. Hubungi petugas TI."))

    def _init_key_page(self) -> None:
        page = QWidget()
        self.key_panel = RecoveryKeyPanel(self.keys.recovery_text, self.recovery_sheet)
        self.key_note = note_label("warning")
        self.key_note.hide()
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.key_panel, 1)
        layout.addWidget(self.key_note)
        self.pages.addWidget(page)

    def _init_work_page(self) -> None:
        page = QWidget()
        self.work_label = MessageLabel(tr(WORK_TEXT))
        self.status_label = QLabel(tr("Menyiapkan…"))
        self.progress_bar = QProgressBar()
        self.progress_bar.setRange(0, 0)
        self.work_error = note_label("error")
        self.work_error.hide()
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.work_label)
        layout.addSpacing(12)
        layout.addWidget(self.status_label)
        layout.addWidget(self.progress_bar)
        layout.addWidget(self.work_error)
        layout.addStretch(1)
        self.pages.addWidget(page)
        self.status = _Status(self)
        self.status.text.connect(lambda what, done, total: self.status_label.setText(status_text(what, done, total)))

    @classmethod
    def ask(cls, paths: DataPaths, parent: QWidget | None = None, *,
            kdf: KdfParams | None = None) -> tuple[DataPaths, str] | None:
        """(The unlocked folder, the Admin's user name), or None when the clerk chose to quit."""
        dialog = cls.for_folder(paths, parent, kdf=kdf)
        if dialog is None:
            return None
        try:
            dialog.exec()
            return dialog.result_value
        finally:
            dialog.deleteLater()

    @classmethod
    def for_folder(cls, paths: DataPaths, parent: QWidget | None = None, *,
                   kdf: KdfParams | None = None) -> EncryptFolderDialog | None:
        """The dialog for `paths`, or None when its database cannot be read (the reason is shown)."""
        try:
            officers, office = read_plain_folder(paths)
        except UserError as refused:
            messages.show_user_error(parent, refused, tr("Data tidak dapat dibuka"))
            return None
        return cls(paths, officers, office, parent, kdf=kdf)

    def recovery_sheet(self) -> RecoverySheet:
        office = self.office
        return RecoverySheet(
            office_name=office.name if office else "", recovery_key=self.keys.recovery_text, made_on=date.today(),
            admin_name=self.admin_form.chosen_name(), city=office.city if office else "", computer=platform.node(),
            data_folder=str(self.paths.root), paper=office.paper if office else PaperSize.A4,
        )

    # --- steps --------------------------------------------------------------------------------

    def _show_page(self, index: int) -> None:
        self.pages.setCurrentIndex(index)
        self.title_label.setText((tr("Amankan data kantor"), tr("Kunci pemulihan"), tr("Mengenkripsi data"))[index])
        self._update_buttons()

    def _update_buttons(self) -> None:
        page = self.pages.currentIndex()
        running = self.job is not None and self.job.is_running()
        failed = page == 2 and not running and not self.work_error.isHidden()
        self.back_button.setVisible(page == 1)
        self.next_button.setVisible(page == 0)
        self.encrypt_button.setVisible(page == 1)
        self.encrypt_button.setEnabled(self.key_panel.confirmed)
        self.retry_button.setVisible(failed)
        self.cancel_button.setVisible(page == 2 and running)
        self.quit_button.setVisible(not running)
        default = {0: self.next_button, 1: self.encrypt_button, 2: self.retry_button}[page]
        default.setDefault(True)

    def _show_admin_error(self, text: str) -> None:
        self.admin_error.setText(text)
        self.admin_error.show()

    def next_step(self) -> None:
        self.admin_error.hide()
        if self.admin_form.check():
            self._officer_id = int(self.admin_form.chosen())  # type: ignore[call-overload]
            self._show_page(1)

    def start(self) -> None:
        """Run the conversion on a worker thread."""
        if not self.key_panel.confirmed:
            return
        paths, keys, kdf, status = self.paths, self.keys, self.kdf, self.status
        admin = (self.admin_form.username, self.admin_form.password)

        def work(progress, is_cancelled) -> DataPaths:  # type: ignore[no-untyped-def]
            def report(done: int, total: int, what: str) -> None:
                progress(done, total)
                status.text.emit(what, done, total)

            try:
                return encrypt_data_folder(paths, keys, admin, kdf=kdf, progress=report, cancelled=is_cancelled)
            except OSError as exc:
                raise conversion_error(paths, exc) from exc

        self.key_note.hide()
        self.work_error.hide()
        self.status_label.setText(tr("Menyiapkan…"))
        self.progress_bar.setRange(0, 0)
        self.progress_bar.show()
        self.work_label.show()
        self.job = ServiceJob(work, uses_share=False, parent=self)
        self.job.progressed.connect(self._progressed)
        self.job.finished.connect(self._encrypted)
        self.job.failed.connect(self._failed)
        self.job.cancelled.connect(self._cancelled)
        self.job.start()
        self._show_page(2)

    def _progressed(self, done: int, total: int) -> None:
        self.progress_bar.setRange(0, max(total, 1))
        self.progress_bar.setValue(min(done, total))

    def cancel(self) -> None:
        if self.job is not None and self.job.is_running():
            self.job.cancel()
            self.cancel_button.setEnabled(False)
            self.status_label.setText(tr("Membatalkan…"))

    def _cancelled(self) -> None:
        self.cancel_button.setEnabled(True)
        if is_encrypted(self.paths):  # it had passed the point of no return: finish it instead
            self._failed(tr("Enkripsi sudah melewati tahap akhir sehingga tidak dapat dibatalkan. Klik Coba lagi "
                            "untuk menyelesaikannya."))
            return
        self.key_note.setText(tr(CANCELLED_TEXT))
        self.key_note.show()
        self._show_page(1)

    def _failed(self, message: str) -> None:
        if is_encrypted(self.paths):
            self.unlocked = self.paths.unlocked(self.keys.data_key)
        self.work_error.setText(message)
        self.work_error.show()
        self.status_label.setText(tr("Enkripsi belum selesai.") if self.unlocked is None
                                  else tr("Data sudah dienkripsi; penyelesaiannya belum berhasil."))
        self.progress_bar.hide()
        self.work_label.hide()
        self._update_buttons()

    def _encrypted(self, unlocked: DataPaths) -> None:
        self.unlocked = unlocked
        self.status_label.setText(tr("Membuat akun Admin…"))
        self._complete()

    def retry(self) -> None:
        if self.unlocked is None:
            self.start()  # nothing was changed: the same key, a new attempt
        else:
            self.work_error.hide()
            self._complete()

    def _complete(self) -> None:
        """The folder is encrypted: finish what a failure may have left (a swap can mean checking a
        large database again) and add the Admin's row, on a worker thread like the conversion."""
        assert self.unlocked is not None
        unlocked, username, password = self.unlocked, self.admin_form.username, self.admin_form.password
        paths, data_key, officer_id = self.paths, self.keys.data_key, self._officer_id

        def account(_progress, _is_cancelled) -> str:  # type: ignore[no-untyped-def]
            try:
                finish_interrupted_encryption(unlocked)
            except OSError as exc:
                raise conversion_error(paths, exc) from exc
            ring = KeyRing.load(paths)
            if ring is None:
                raise UserError(QT_TR_NOOP("Berkas kunci di folder data \"{folder}\" tidak ditemukan. Hubungi petugas TI."),
                                folder=paths.root)
            db = open_database(unlocked)
            try:
                return accounts.create_first_admin(db, ring, data_key, officer_id,  # type: ignore[arg-type]
                                                   username, password).username
            finally:
                db.close()

        self.progress_bar.setRange(0, 0)
        self.progress_bar.show()
        self.work_label.show()
        # Past the point of no return: Batal cannot undo it, so none is offered while it runs.
        self.job = ServiceJob(account, uses_share=False, parent=self)
        self.job.finished.connect(lambda name: self._accounted(unlocked, name))
        self.job.failed.connect(self._failed)
        self.job.cancelled.connect(self._cancelled)
        self.job.start()
        self._update_buttons()
        self.cancel_button.hide()

    def _accounted(self, unlocked: DataPaths, name: str) -> None:
        self.result_value = (unlocked, name)
        self.accept()

    def reject(self) -> None:
        """Keluar, Esc or closing the window: while the conversion runs, that means Batal."""
        if self.job is not None and self.job.is_running():
            self.cancel()
            return
        super().reject()


def conversion_error(paths: DataPaths, exc: OSError) -> UserError:
    """A file error during the conversion, in words that say whether anything changed."""
    reason = describe_os_error(exc)
    if is_encrypted(paths):
        return UserError(QT_TR_NOOP("Data sudah dienkripsi, tetapi penyelesaiannya terhenti ({reason}). Periksa ruang "
                                    "disk dan izin folder data, lalu klik Coba lagi."), reason=reason)
    return UserError(QT_TR_NOOP("Data tidak dapat dienkripsi ({reason}). Periksa ruang disk dan izin folder data, lalu "
                                "coba lagi. Data tidak diubah."), reason=reason)
