"""Berkas > Cadangan dan pemulihan: the backups of this data folder, a new one on demand, a copy
to the shared drive, and the choice of one to restore.

Every piece of work runs off the GUI thread (ui/service_job.py) behind a busy bar. The dialog does
not restore by itself: the database is open in the main window. It checks the chosen backup
(a damaged one is refused here, and the window keeps working) and returns it; the window then
closes and ui/app.py restores (`restore_with_progress`) and starts again on the restored file.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QEventLoop, Qt, QUrl
from PySide6.QtGui import QCloseEvent, QDesktopServices
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QProgressBar,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ppid_desktop.domain.sizes import format_size
from ppid_desktop.services.backups import (
    SHARE_FOLDER,
    BackupInfo,
    ShareCopy,
    check_backup,
    copy_newest_backup_to_share,
    list_backups,
    restore_backup,
    take_backup,
)
from ppid_desktop.services.handover_settings import backup_copy_enabled, backup_share_folder, get_share_settings
from ppid_desktop.storage.paths import DataPaths
from ppid_desktop.ui import messages
from ppid_desktop.ui.form_support import ERROR_COLOR, MessageLabel
from ppid_desktop.ui.formatting import display_date
from ppid_desktop.ui.i18n import QT_TR_NOOP, tr
from ppid_desktop.ui.service_job import ServiceJob

INTRO = QT_TR_NOOP(
    "Salinan basis data dibuat otomatis setiap hari, sebelum impor, dan sebelum pemulihan; setiap salinan "
    "diperiksa keutuhannya. Pilih satu cadangan untuk mengembalikan data ke keadaan saat cadangan itu dibuat."
)
COLUMNS = (QT_TR_NOOP("Jenis"), QT_TR_NOOP("Waktu"), QT_TR_NOOP("Ukuran"))
DONE_COLOR = "#1e6b2f"
BUSY_COLOR = "#8a5300"
PATH_ROLE = Qt.ItemDataRole.UserRole


def open_folder(path: Path) -> bool:
    """Show `path` in the file manager (tests replace this)."""
    return QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))


def format_taken_at(info: BackupInfo) -> str:
    return tr("{date}, pukul {time}").format(date=display_date(info.taken_at.date()), time=f"{info.taken_at:%H.%M}")


def restore_question(info: BackupInfo) -> str:
    """What a restore does, said before the clerk agrees to it."""
    return tr(
        "Basis data akan diganti dengan cadangan \"{label}\" dari {taken_at}. Rekaman dan "
        "perubahan sesudah waktu itu tidak ada di dalamnya.\n\n"
        "Basis data yang sekarang disimpan lebih dahulu sebagai cadangan \"Sebelum pemulihan\", sehingga "
        "pemulihan ini dapat dibatalkan dengan memulihkan cadangan tersebut.\n\n"
        "Jendela PPID Desktop akan ditutup, lalu dibuka kembali dengan data yang dipulihkan. Isian yang "
        "belum disimpan ditanyakan lebih dahulu.\n\nLanjutkan pemulihan?"
    ).format(label=tr(info.label), taken_at=format_taken_at(info))


class BackupDialog(QDialog):
    def __init__(self, paths: DataPaths, parent: QWidget | None = None, may_restore: bool = True) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("Cadangan dan pemulihan"))
        self._paths = paths
        self.job: ServiceJob | None = None
        self.chosen: Path | None = None  # the checked backup the window is to restore
        self.may_restore = may_restore  # only an Admin restores (domain/permissions.Action.RESTORE)
        self._build()
        self.reload()
        self.resize(720, 520)

    # -- building ------------------------------------------------------------------------
    def _build(self) -> None:
        self.table = QTableWidget(0, len(COLUMNS))
        self.table.setHorizontalHeaderLabels([tr(column) for column in COLUMNS])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        self.table.itemSelectionChanged.connect(self._update)
        self.table.doubleClicked.connect(lambda _index: self.restore())

        self.new_button = self._button(tr("Buat cadangan sekarang"), self.take_now)
        self.restore_button = self._button(tr("Pulihkan…"), self.restore)
        if not self.may_restore:
            self.restore_button.setToolTip(tr("Khusus Admin"))
        self.folder_button = self._button(tr("Buka folder cadangan"), self.open_backups_folder)
        actions = QHBoxLayout()
        actions.addWidget(self.new_button)
        actions.addWidget(self.restore_button)
        actions.addStretch(1)
        actions.addWidget(self.folder_button)

        self.share_label = MessageLabel()
        self.share_button = self._button(tr("Salin ke folder bersama"), self.copy_to_share)
        self.share_button.setToolTip(tr("Salin cadangan terbaru yang utuh ke folder bersama, lalu periksa salinannya"))
        share = QHBoxLayout()
        share.addWidget(self.share_label, 1)
        share.addWidget(self.share_button)

        self.message_label = MessageLabel()
        self.message_label.hide()
        self.progress = QProgressBar()
        self.progress.setRange(0, 0)  # busy: how long SQLite's check takes is not known
        self.progress.setTextVisible(False)
        self.progress.hide()
        self.close_button = self._button(tr("Tutup"), self.reject)
        bottom = QHBoxLayout()
        bottom.addWidget(self.progress, 1)
        bottom.addStretch(0)
        bottom.addWidget(self.close_button)

        layout = QVBoxLayout(self)
        layout.addWidget(MessageLabel(tr(INTRO)))
        layout.addWidget(self.table, 1)
        layout.addLayout(actions)
        layout.addLayout(share)
        layout.addWidget(self.message_label)
        layout.addLayout(bottom)

    def _button(self, text: str, slot: Callable[[], object]) -> QPushButton:
        button = QPushButton(text)
        button.setAutoDefault(False)
        button.clicked.connect(lambda: slot())
        return button

    def reload(self, select: Path | None = None) -> None:
        """List the backups again, newest first; `select` (else the newest) is selected."""
        found = list_backups(self._paths)
        self.table.setRowCount(len(found))
        for row, info in enumerate(found):
            cells = (tr(info.label), format_taken_at(info), format_size(info.size))
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setData(PATH_ROLE, str(info.path))
                item.setToolTip(str(info.path))
                if column == 2:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                self.table.setItem(row, column, item)
        wanted = next((row for row, info in enumerate(found) if info.path == select), 0)
        if found:
            self.table.selectRow(wanted)
        self._show_share_setting()
        self._update()

    def _show_share_setting(self) -> None:
        folder = backup_share_folder(get_share_settings(self._paths))
        if folder is None:
            self.share_label.setText(tr("Folder bersama belum diatur (Sunting > Pengaturan > Folder bersama), sehingga cadangan hanya ada di laptop ini."))
        elif backup_copy_enabled(self._paths):
            self.share_label.setText(tr("Cadangan harian disalin otomatis ke \"{folder}\".").format(folder=folder / SHARE_FOLDER))
        else:
            self.share_label.setText(
                tr(
                    "Cadangan harian tidak disalin otomatis ke folder bersama (dapat dihidupkan di Sunting > Pengaturan > Folder bersama). "
                    "Salinan manual masuk ke \"{folder}\"."
                ).format(folder=folder / SHARE_FOLDER)
            )
        self.share_button.setVisible(folder is not None)

    # -- state ---------------------------------------------------------------------------
    def selected(self) -> BackupInfo | None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return None
        path = Path(self.table.item(rows[0].row(), 0).data(PATH_ROLE))
        return next((info for info in list_backups(self._paths) if info.path == path), None)

    def _update(self) -> None:
        running = self.job is not None
        has_selection = bool(self.table.selectionModel().selectedRows())
        self.restore_button.setEnabled(self.may_restore and not running and has_selection)
        for widget in (self.new_button, self.share_button, self.table):
            widget.setEnabled(not running)
        self.close_button.setEnabled(not running)
        self.progress.setVisible(running)

    def _say(self, text: str, color: str) -> None:
        self.message_label.setText(text)
        self.message_label.setStyleSheet(f"color: {color};")
        self.message_label.show()

    def _run(self, work: Callable[[], object], busy_text: str, done: Callable[[object], None], *, uses_share: bool) -> None:
        """Run `work` off the GUI thread; `done(result)` after, or its refusal shown in red."""
        if self.job is not None:
            return
        self.job = ServiceJob(lambda _progress, _cancelled: work(), uses_share=uses_share, parent=self)
        self.job.finished.connect(lambda result: (self._job_over(), done(result)))
        self.job.failed.connect(lambda message: (self._job_over(), self._say(message, ERROR_COLOR)))
        self._say(busy_text, BUSY_COLOR)
        self._update()
        self.job.start()

    def _job_over(self) -> None:
        self.job = None
        self._update()

    # -- actions -------------------------------------------------------------------------
    def take_now(self) -> None:
        paths = self._paths

        def done(result: object) -> None:
            assert isinstance(result, Path)
            self.reload(select=result)
            self._say(tr("Cadangan dibuat dan diperiksa utuh: {name}").format(name=result.name), DONE_COLOR)

        self._run(lambda: take_backup(paths, "manual"), tr("Membuat cadangan dan memeriksa keutuhannya…"), done, uses_share=False)

    def copy_to_share(self) -> None:
        paths = self._paths

        def done(result: object) -> None:
            assert isinstance(result, ShareCopy)
            values = {"label": tr(result.source.label), "taken_at": format_taken_at(result.source), "path": result.path}
            if result.copied:
                text = tr("Cadangan \"{label}\" dari {taken_at} disalin ke folder bersama dan diperiksa utuh (SHA-256 sama):\n{path}")
            else:
                text = tr("Cadangan \"{label}\" dari {taken_at} sudah ada di folder bersama dan sama persis:\n{path}")
            self._say(text.format(**values), DONE_COLOR)

        self._run(lambda: copy_newest_backup_to_share(paths), tr("Menyalin cadangan terbaru ke folder bersama…"), done, uses_share=True)

    def open_backups_folder(self) -> None:
        try:
            self._paths.backups.mkdir(parents=True, exist_ok=True)
        except OSError:
            pass  # the file manager says what is wrong with the folder
        open_folder(self._paths.backups)

    def restore(self) -> None:
        """Ask, check the backup off the GUI thread, then hand it to the window (`chosen`)."""
        info = self.selected()
        if info is None or self.job is not None or not self.may_restore:
            return
        if not messages.ask_yes_no(self, tr("Pulihkan basis data dari cadangan?"), restore_question(info)):
            return
        paths = self._paths

        def checked(_result: object) -> None:
            self.chosen = info.path
            self.accept()

        self._run(lambda: check_backup(paths, info.path), tr("Memeriksa keutuhan cadangan…"), checked, uses_share=False)

    # -- closing -------------------------------------------------------------------------
    def reject(self) -> None:
        if self.job is None:  # a copy under way finishes first; it cannot be left half done
            super().reject()

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 (Qt API)
        if self.job is not None:
            event.ignore()
            return
        super().closeEvent(event)

    @classmethod
    def ask(cls, paths: DataPaths, parent: QWidget | None = None, may_restore: bool = True) -> Path | None:
        """Show the dialog; the checked backup to restore, or None."""
        dialog = cls(paths, parent, may_restore)
        try:
            dialog.exec()
            return dialog.chosen
        finally:
            dialog.deleteLater()


class RestoreProgress(QDialog):
    """What the clerk sees between the closed window and the reopened one."""

    def __init__(self, info_text: str) -> None:
        super().__init__(None)
        self.setWindowTitle(tr("Memulihkan basis data"))
        self.setWindowFlag(Qt.WindowType.WindowCloseButtonHint, False)
        label = MessageLabel(info_text)
        bar = QProgressBar()
        bar.setRange(0, 0)
        bar.setTextVisible(False)
        layout = QVBoxLayout(self)
        layout.addWidget(label)
        layout.addWidget(bar)
        self.resize(460, self.sizeHint().height())

    def reject(self) -> None:  # Esc: the restore cannot be stopped half way
        pass

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 (Qt API)
        event.ignore()


def restore_with_progress(paths: DataPaths, backup: Path) -> bool:
    """Restore `backup` off the GUI thread behind a busy window (the main window is closed and
    the database released); then say what happened. True when the database was replaced."""
    progress = RestoreProgress(
        tr(
            "Memulihkan basis data dari cadangan \"{name}\". Basis data yang sekarang disimpan lebih dahulu "
            "sebagai cadangan \"Sebelum pemulihan\". Mohon tunggu; jendela PPID Desktop dibuka kembali sesudahnya."
        ).format(name=backup.name)
    )
    job = ServiceJob(lambda _progress, _cancelled: restore_backup(paths, backup), uses_share=False, parent=progress)
    loop = QEventLoop()
    over: list[bool] = []  # the outcome arrives as a queued signal, so only inside the loop
    job.finished.connect(lambda _result: (over.append(True), loop.quit()))
    job.failed.connect(lambda _message: (over.append(True), loop.quit()))
    progress.show()
    job.start()
    if not over:
        loop.exec()
    job.wait()
    progress.hide()
    progress.deleteLater()
    if job.error is not None:
        messages.show_error(
            None, tr("Pemulihan gagal"), tr("{reason}\n\nPPID Desktop dibuka kembali dengan data yang belum diubah.").format(reason=job.error)
        )
        return False
    kept = job.result
    if isinstance(kept, Path):
        text = tr(
            "Basis data dipulihkan dari cadangan \"{name}\". Basis data sebelumnya disimpan sebagai cadangan \"{kept}\". "
            "Periksa pekerjaan sesudah waktu cadangan itu dan isi kembali bila perlu."
        ).format(name=backup.name, kept=Path(kept).name)
    else:
        text = tr(
            "Basis data dipulihkan dari cadangan \"{name}\". Periksa pekerjaan sesudah waktu cadangan itu dan isi kembali "
            "bila perlu."
        ).format(name=backup.name)
    messages.show_info(None, tr("Basis data dipulihkan"), text)
    return True
