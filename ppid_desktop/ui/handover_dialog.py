""""Serah terima": the clerk ticks records in the handover stage and sends them as one package.

The export (services/handover_export.py) runs off the GUI thread with progress and "Batal". The
dialog stays open afterwards and says where the package went: delivered to the shared drive, or
waiting in the outbox (share unreachable, not configured) with the reason and the promise that
it is sent on its own later. The option to encrypt the package with a package passphrase, with
its trade-off, is ui/package_encryption_box.py. A refusal (a record not ready, no acting officer) is shown in full
in the dialog and nothing is built.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ppid_desktop.domain.errors import UserError
from ppid_desktop.domain.sizes import format_count, format_size
from ppid_desktop.services.handover_export import ExportResult, export_package, handover_record_ids
from ppid_desktop.services.handover_settings import get_share_settings
from ppid_desktop.services.records import fetch_rows
from ppid_desktop.storage.database import Database
from ppid_desktop.storage.paths import DataPaths
from ppid_desktop.ui.form_support import ERROR_COLOR, MessageLabel
from ppid_desktop.ui.i18n import QT_TR_NOOP, tr, user_text
from ppid_desktop.ui.package_encryption_box import PackageEncryptionBox
from ppid_desktop.ui.service_job import ServiceJob
from ppid_desktop.ui.share_settings_dialog import ShareSettingsDialog

INTRO = QT_TR_NOOP(
    "Centang rekaman yang diserahkan kepada PPID. Rekaman, berkasnya, Daftar Informasi yang "
    "Dikecualikan (PDF) dan berkas data rekaman dikemas menjadi satu paket serah terima yang "
    "diperiksa sidiknya, lalu dikirim ke folder bersama."
)
RECORD_ID_ROLE = Qt.ItemDataRole.UserRole
DELIVERED_COLOR = "#1e6b2f"
WAITING_COLOR = "#8a5300"


class HandoverDialog(QDialog):
    def __init__(
        self,
        db: Database,
        paths: DataPaths,
        officer_id_provider: Callable[[], int | None],
        parent: QWidget | None = None,
        preselected: Sequence[int] | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("Serah terima rekaman ke PPID"))
        self._db = db
        self._paths = paths
        self._officer_id = officer_id_provider
        self.job: ServiceJob | None = None
        self._said_color = ""
        self.result: ExportResult | None = None
        self._build()
        self._fill(preselected)
        self._show_destination()
        self.resize(760, 760)

    # -- building ------------------------------------------------------------------------
    def _build(self) -> None:
        intro = MessageLabel(tr(INTRO))
        self.records_list = QListWidget()
        self.records_list.itemChanged.connect(lambda _item: self._update())
        self.all_button = QPushButton(tr("Pilih semua"))
        self.all_button.setAutoDefault(False)
        self.all_button.clicked.connect(lambda: self._check_all(True))
        self.none_button = QPushButton(tr("Kosongkan pilihan"))
        self.none_button.setAutoDefault(False)
        self.none_button.clicked.connect(lambda: self._check_all(False))
        self.count_label = QLabel()
        choose = QHBoxLayout()
        choose.addWidget(self.all_button)
        choose.addWidget(self.none_button)
        choose.addStretch(1)
        choose.addWidget(self.count_label)

        self.destination_label = MessageLabel()
        self.settings_button = QPushButton(tr("Atur folder bersama…"))
        self.settings_button.setAutoDefault(False)
        self.settings_button.clicked.connect(self.edit_share_settings)
        destination = QHBoxLayout()
        destination.addWidget(self.destination_label, 1)
        destination.addWidget(self.settings_button)

        self.encryption = PackageEncryptionBox()
        self.message_label = MessageLabel()
        self.message_label.hide()
        self.progress = QProgressBar()
        self.progress.hide()
        self.cancel_button = QPushButton(tr("Batal"))
        self.cancel_button.setAutoDefault(False)
        self.cancel_button.clicked.connect(self.cancel)
        self.cancel_button.hide()
        self.export_button = QPushButton(tr("Buat dan kirim paket"))
        self.export_button.setDefault(True)
        self.export_button.clicked.connect(self.export)
        self.close_button = QPushButton(tr("Tutup"))
        self.close_button.setAutoDefault(False)
        self.close_button.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addWidget(self.progress, 1)
        buttons.addWidget(self.cancel_button)
        buttons.addStretch(0)
        buttons.addWidget(self.export_button)
        buttons.addWidget(self.close_button)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.records_list, 1)
        layout.addLayout(choose)
        layout.addLayout(destination)
        layout.addWidget(self.encryption)
        layout.addWidget(self.message_label)
        layout.addLayout(buttons)

    def _fill(self, preselected: Sequence[int] | None) -> None:
        self.records_list.blockSignals(True)
        self.records_list.clear()
        try:
            rows = fetch_rows(self._db, handover_record_ids(self._db))
        except UserError as exc:
            rows = []
            self._say(user_text(exc), ERROR_COLOR)
        wanted = set(preselected) if preselected is not None else None
        for row in rows:
            number = row.register_number or tr("tanpa nomor register")
            item = QListWidgetItem(f"{row.title}\n    {number} · {row.unit_name}")
            item.setData(RECORD_ID_ROLE, row.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            checked = wanted is None or row.id in wanted
            item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
            self.records_list.addItem(item)
        if not rows:
            empty = QListWidgetItem(
                tr("Tidak ada rekaman di tahap serah terima. Selesaikan tahap sebelumnya terlebih dahulu.")
            )
            empty.setFlags(Qt.ItemFlag.NoItemFlags)
            self.records_list.addItem(empty)
        self.records_list.blockSignals(False)
        self._update()

    def _show_destination(self) -> None:
        folder = get_share_settings(self._paths).outbox_folder
        if folder is None:
            self.destination_label.setText(
                tr("Tujuan: folder bersama belum diatur. Paket disimpan di kotak keluar dan dikirim setelah folder diatur.")
            )
        else:
            self.destination_label.setText(tr("Tujuan: {folder}").format(folder=folder))

    # -- choosing ------------------------------------------------------------------------
    def checked_ids(self) -> list[int]:
        ids = []
        for index in range(self.records_list.count()):
            item = self.records_list.item(index)
            if item.data(RECORD_ID_ROLE) is not None and item.checkState() == Qt.CheckState.Checked:
                ids.append(int(item.data(RECORD_ID_ROLE)))
        return ids

    def _check_all(self, checked: bool) -> None:
        state = Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked
        self.records_list.blockSignals(True)
        for index in range(self.records_list.count()):
            item = self.records_list.item(index)
            if item.data(RECORD_ID_ROLE) is not None:
                item.setCheckState(state)
        self.records_list.blockSignals(False)
        self._update()

    def _update(self) -> None:
        running = self.job is not None
        count = len(self.checked_ids())
        self.count_label.setText(tr("{count} rekaman dipilih", "", count).format(count=format_count(count)))
        self.export_button.setEnabled(not running and count > 0 and self.result is None)
        for widget in (self.records_list, self.all_button, self.none_button, self.settings_button, self.encryption):
            widget.setEnabled(not running and self.result is None)
        self.close_button.setEnabled(not running)
        self.progress.setVisible(running)
        self.cancel_button.setVisible(running)

    def _say(self, text: str, color: str) -> None:
        self._said_color = color
        self.message_label.setText(text)
        self.message_label.setStyleSheet(f"color: {color};")
        self.message_label.show()

    # -- exporting -----------------------------------------------------------------------
    def export(self) -> None:
        ids = self.checked_ids()
        if self.job is not None or not ids:
            return
        problem = self.encryption.problem()
        if problem is not None:
            self._say(problem, ERROR_COLOR)
            self.encryption.passphrase_edit.setFocus()
            return
        db, paths, officer_id, passphrase = self._db, self._paths, self._officer_id(), self.encryption.passphrase()
        self.job = ServiceJob(
            lambda progress, cancelled: export_package(db, paths, ids, officer_id, progress=progress, cancelled=cancelled,
                                                       passphrase=passphrase),
            parent=self,
        )
        self.job.progressed.connect(self._on_progress)
        self.job.finished.connect(self._on_finished)
        self.job.failed.connect(self._on_failed)
        self.job.cancelled.connect(self._on_cancelled)
        self.progress.setRange(0, 0)
        self.progress.setFormat("")
        self._say(tr("Membuat paket dari {count} rekaman…", "", len(ids)).format(count=format_count(len(ids))), WAITING_COLOR)
        self._update()
        self.job.start()

    def cancel(self) -> None:
        if self.job is not None:
            self.cancel_button.setEnabled(False)
            self._say(tr("Membatalkan…"), WAITING_COLOR)
            self.job.cancel()

    def _on_progress(self, done: int, total: int) -> None:
        if total > 0:
            self.progress.setRange(0, 1000)
            self.progress.setValue(min(1000, int(1000 * done / total)))
            self.progress.setFormat(tr("{done} dari {total}").format(done=format_size(done), total=format_size(total)))

    def _job_over(self) -> None:
        self.job = None
        self.cancel_button.setEnabled(True)

    def _on_finished(self, result: object) -> None:
        self._job_over()
        assert isinstance(result, ExportResult)
        self.result = result
        encrypted = self.encryption.encrypted()
        self.encryption.option.setChecked(False)  # the passphrase is not kept in the window
        values = {
            "name": result.package_name,
            "records": format_count(result.record_count),
            "files": format_count(result.file_count),
            "size": format_size(result.size),
        }
        if result.state == "terkirim":
            self._say(
                tr("Paket \"{name}\" ({records} rekaman, {files} berkas, {size}) sudah diterima di folder bersama "
                   "dan diperiksa utuh:\n{path}").format(path=result.share_path, **values),
                DELIVERED_COLOR,
            )
        else:
            lines = [tr("Paket \"{name}\" ({records} rekaman, {files} berkas, {size}) disimpan di kotak keluar laptop "
                        "ini dan belum sampai di folder bersama.").format(**values)]
            reason = user_text(result.reason_error) if result.reason_error is not None else result.last_error
            if reason:
                lines.append(tr("Sebab: {reason}").format(reason=reason))
            lines.append(tr("Paket dikirim otomatis dari tab Kotak keluar ketika folder bersama terjangkau."))
            self._say("\n".join(lines), WAITING_COLOR)
        if encrypted:
            self._say(self.message_label.text() + "\n" + tr("Paket terenkripsi: sampaikan kata sandi paket kepada PPID "
                      "secara langsung atau lewat telepon, bukan di folder yang sama atau lewat surel yang sama."),
                      self._said_color)
        self.close_button.setText(tr("Selesai", "close button"))
        self._update()

    def _on_failed(self, message: str) -> None:
        self._job_over()
        self._say(message, ERROR_COLOR)
        self._fill(self.checked_ids())
        self._update()

    def _on_cancelled(self) -> None:
        self._job_over()
        self._say(tr("Pembuatan paket dibatalkan. Tidak ada yang berubah."), WAITING_COLOR)
        self._update()

    def edit_share_settings(self) -> None:
        if ShareSettingsDialog.ask(self._paths, self) is not None:
            self._show_destination()

    def reject(self) -> None:
        if self.job is not None:  # closing waits for a clean stop: nothing half-built is left
            self.cancel()
            self.job.wait(60)
            return
        super().reject()

    @classmethod
    def ask(
        cls,
        db: Database,
        paths: DataPaths,
        officer_id_provider: Callable[[], int | None],
        parent: QWidget | None = None,
        preselected: Sequence[int] | None = None,
    ) -> ExportResult | None:
        """Show the dialog; the export's result, or None when nothing was sent."""
        dialog = cls(db, paths, officer_id_provider, parent, preselected)
        try:
            dialog.exec()
            return dialog.result
        finally:
            dialog.deleteLater()
