"""The "Kotak masuk" tab at the PPID: packages the units left in the inbox folder on the share.

Listing, "Periksa" (full validation, nothing imported) and "Impor" (validation and import in one
transaction, services/handover_import.py) all run off the GUI thread, so a share that hangs
never freezes the window; checking and importing show progress and can be cancelled. A refused
package is shown with its reason in full (the file and the fault) and imports nothing. An
encrypted package is checked without its passphrase; "Impor" asks for it first
(ui/package_passphrase_dialog.py), and a wrong one imports nothing.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from html import escape
from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QProgressBar,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ppid_desktop.domain.sizes import format_count, format_size
from ppid_desktop.services.handover_import import (
    ImportResult,
    InboxPackage,
    VerifyResult,
    import_package,
    inbox_packages,
    verify_package,
)
from ppid_desktop.services.handover_settings import get_share_settings
from ppid_desktop.storage.database import Database
from ppid_desktop.storage.paths import DataPaths
from ppid_desktop.ui.form_support import ERROR_COLOR, MessageLabel
from ppid_desktop.ui.i18n import QT_TR_NOOP, tr, user_text
from ppid_desktop.ui.package_passphrase_dialog import PackagePassphraseDialog
from ppid_desktop.ui.formatting import display_date, format_when
from ppid_desktop.ui.service_job import ServiceJob
from ppid_desktop.ui.share_settings_dialog import ShareSettingsDialog

COLUMNS = (QT_TR_NOOP("Paket"), QT_TR_NOOP("Diletakkan"), QT_TR_NOOP("Ukuran"), QT_TR_NOOP("Status"), QT_TR_NOOP("Keterangan"))
STATE_COLORS = {"baru": "#1f4e99", "sudah diimpor": "#1e6b2f", "ditolak": ERROR_COLOR}
GOOD_COLOR = "#1e6b2f"
# bag-info fields shown after a check, in this order, with Indonesian labels.
INFO_LABELS = (
    ("Source-Organization", QT_TR_NOOP("Kantor pengirim")),
    ("PPID-Unit", QT_TR_NOOP("Unit")),
    ("Contact-Name", QT_TR_NOOP("Petugas")),
    ("Bagging-Date", QT_TR_NOOP("Tanggal paket")),
    ("PPID-Record-Count", QT_TR_NOOP("Jumlah rekaman")),
)


class InboxPanel(QWidget):
    """Constructor as every handover panel: ``(db, paths, officer_id_provider, parent=None)``."""

    imported = Signal(object)  # ImportResult: records were added, lists should refresh
    listed = Signal()  # the package list was read again

    def __init__(
        self,
        db: Database,
        paths: DataPaths,
        officer_id_provider: Callable[[], int | None],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._db = db
        self._paths = paths
        self._officer_id = officer_id_provider
        self.job: ServiceJob | None = None  # a check or an import
        self.listing: ServiceJob | None = None
        self.packages: list[InboxPackage] = []
        self.outcomes: dict[Path, tuple[str, str]] = {}  # path -> (html, colour) of the last check/import
        self._build()
        self.refresh()

    def _build(self) -> None:
        title = QLabel(tr("<b>Kotak masuk</b>: paket serah terima dari unit yang menunggu di folder bersama"))
        self.folder_label = MessageLabel()
        self.reload_button = QPushButton(tr("Muat ulang"))
        self.reload_button.setAutoDefault(False)
        self.reload_button.clicked.connect(self.refresh)
        self.settings_button = QPushButton(tr("Atur folder bersama…"))
        self.settings_button.setAutoDefault(False)
        self.settings_button.clicked.connect(self.edit_share_settings)
        top = QHBoxLayout()
        top.addWidget(self.folder_label, 1)
        top.addWidget(self.reload_button)
        top.addWidget(self.settings_button)

        self.table = QTableWidget(0, len(COLUMNS))
        self.table.setHorizontalHeaderLabels([tr(column) for column in COLUMNS])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setWordWrap(False)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(len(COLUMNS) - 1, QHeaderView.ResizeMode.Stretch)
        self.table.itemSelectionChanged.connect(self._selection_changed)
        self.empty_label = QLabel()
        self.empty_label.setProperty("role", "hint")
        self.detail_label = MessageLabel()
        self.detail_label.setObjectName("packageDetail")
        self.detail_label.setStyleSheet("QLabel#packageDetail { border: 1px solid palette(mid); padding: 6px; }")
        self.detail_label.hide()

        self.status_label = MessageLabel()
        self.progress = QProgressBar()
        self.progress.hide()
        self.cancel_button = QPushButton(tr("Batal"))
        self.cancel_button.setAutoDefault(False)
        self.cancel_button.clicked.connect(self.cancel)
        self.cancel_button.hide()
        self.verify_button = QPushButton(tr("Periksa"))
        self.verify_button.setAutoDefault(False)
        self.verify_button.setToolTip(tr("Periksa kelengkapan dan setiap sidik paket tanpa mengimpornya."))
        self.verify_button.clicked.connect(self.verify_selected)
        self.import_button = QPushButton(tr("Impor"))
        self.import_button.setToolTip(tr("Periksa paket sepenuhnya, lalu masukkan rekaman dan berkasnya sekaligus."))
        self.import_button.clicked.connect(self.import_selected)
        bottom = QHBoxLayout()
        bottom.addWidget(self.status_label, 1)
        bottom.addWidget(self.progress)
        bottom.addWidget(self.cancel_button)
        bottom.addWidget(self.verify_button)
        bottom.addWidget(self.import_button)

        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty_label)
        layout.addWidget(self.detail_label)
        layout.addLayout(bottom)

    # -- listing -------------------------------------------------------------------------
    def refresh(self) -> None:
        """Read the inbox folder again (off the GUI thread: a share may take long to answer)."""
        folder = get_share_settings(self._paths).inbox_folder
        if folder is None:
            self.folder_label.setText(tr("Folder terima paket belum diatur. Atur folder bersama untuk melihat paket dari unit."))
            self._show_packages([])
            self.listed.emit()
            return
        self.folder_label.setText(tr("Folder terima: {folder}").format(folder=folder))
        if self.listing is not None:
            return
        db, paths = self._db, self._paths
        self.listing = ServiceJob(lambda _progress, _cancelled: inbox_packages(db, paths, folder), uses_share=False, parent=self)
        self.listing.finished.connect(self._on_listed)
        self.listing.failed.connect(self._on_list_failed)
        self.reload_button.setEnabled(False)
        self.empty_label.setText(tr("Membaca folder terima…"))
        self.listing.start()

    def _on_listed(self, packages: object) -> None:
        self.listing = None
        assert isinstance(packages, list)
        self._show_packages(packages)
        self.listed.emit()

    def _on_list_failed(self, message: str) -> None:
        self.listing = None
        self._show_packages([])
        self.empty_label.setText(message)
        self.listed.emit()

    def _show_packages(self, packages: list[InboxPackage]) -> None:
        selected = self.selected_package()
        self.packages = packages
        self.table.setRowCount(len(packages))
        for row, package in enumerate(packages):
            full = reason_text(package)
            reason = full.splitlines()[0] if full else ""
            if package.encrypted and not reason:
                reason = tr("Terenkripsi: kata sandi paket diminta saat impor")
            values = (package.name, format_when(package.modified), format_size(package.size), tr(package.state_label), reason)
            for column, value in enumerate(values):
                item = QTableWidgetItem(value)
                item.setToolTip(full if column == 4 and full else value)
                if column == 3:
                    item.setForeground(QBrush(QColor(STATE_COLORS.get(package.state, "#000000"))))
                self.table.setItem(row, column, item)
        self.empty_label.setText(tr("Tidak ada paket di folder terima.") if not packages else "")
        self.empty_label.setVisible(not packages)
        self.reload_button.setEnabled(True)
        if packages:
            names = [p.name for p in packages]
            keep = selected.name if selected is not None and selected.name in names else None
            first = keep or next((p.name for p in packages if p.state == "baru"), names[0])
            self.table.selectRow(names.index(first))
        self._selection_changed()

    def selected_package(self) -> InboxPackage | None:
        rows = {index.row() for index in self.table.selectionModel().selectedRows()}
        return self.packages[min(rows)] if rows and min(rows) < len(self.packages) else None

    def _selection_changed(self) -> None:
        package = self.selected_package()
        self._update_buttons()
        if package is None:
            self.detail_label.hide()
            return
        head = f"<b>{escape(package.name)}</b> — {escape(tr(package.state_label))}"
        outcome = self.outcomes.get(package.path)
        if outcome is not None:
            body, color = outcome
        elif package.state == "ditolak":
            body, color = escape(reason_text(package)).replace("\n", "<br>"), ERROR_COLOR
        elif package.state == "sudah diimpor":
            body, color = tr("Paket ini sudah diimpor; mengimpornya lagi tidak menambah apa pun."), GOOD_COLOR
        else:
            body, color = tr("Belum diperiksa. \"Periksa\" memeriksa tanpa mengimpor; \"Impor\" memeriksa lalu mengimpor."), ""
        style = f"color: {color};" if color else ""
        self.detail_label.setText(f"{head}<br><span style='{style}'>{body}</span>")
        self.detail_label.show()

    def _update_buttons(self) -> None:
        running = self.job is not None
        chosen = self.selected_package() is not None
        self.verify_button.setEnabled(chosen and not running)
        self.import_button.setEnabled(chosen and not running)
        self.settings_button.setEnabled(not running)
        self.table.setEnabled(not running)
        self.progress.setVisible(running)
        self.cancel_button.setVisible(running)

    # -- checking and importing -------------------------------------------------------------
    def verify_selected(self) -> None:
        package = self.selected_package()
        if package is None or self.job is not None:
            return
        path = package.path
        self._start(lambda progress, cancelled: verify_package(path, progress=progress, cancelled=cancelled),
                    path, tr("Memeriksa paket \"{name}\"…").format(name=package.name))

    def import_selected(self) -> None:
        package = self.selected_package()
        if package is None or self.job is not None:
            return
        passphrase = None
        if package.encrypted and package.state != "sudah diimpor":
            passphrase = PackagePassphraseDialog.ask(package.name, self)
            if passphrase is None:
                return
        db, paths, path, officer_id = self._db, self._paths, package.path, self._officer_id()
        self._start(lambda progress, cancelled: import_package(db, paths, path, officer_id, progress=progress, cancelled=cancelled,
                                                               passphrase=passphrase),
                    path, tr("Mengimpor paket \"{name}\"…").format(name=package.name))

    def _start(self, work: Callable[[Callable[[int, int], None], Callable[[], bool]], object], path: Path, text: str) -> None:
        job = ServiceJob(work, parent=self)
        job.progressed.connect(self._on_progress)
        job.finished.connect(lambda result: self._on_finished(path, result))
        job.failed.connect(lambda message: self._on_failed(path, message))
        job.cancelled.connect(self._on_cancelled)
        self.job = job
        self.progress.setRange(0, 0)
        self.progress.setFormat("")
        self.status_label.setText(text)
        self._update_buttons()
        job.start()

    def cancel(self) -> None:
        if self.job is not None:
            self.cancel_button.setEnabled(False)
            self.status_label.setText(tr("Membatalkan… tidak ada yang diimpor."))
            self.job.cancel()

    def _on_progress(self, done: int, total: int) -> None:
        if total > 0:
            self.progress.setRange(0, 1000)
            self.progress.setValue(min(1000, int(1000 * done / total)))
            self.progress.setFormat(tr("{done} dari {total}").format(done=format_size(done), total=format_size(total)))

    def _job_over(self, status: str) -> None:
        self.job = None
        self.cancel_button.setEnabled(True)
        self.status_label.setText(status)
        self._update_buttons()

    def _on_finished(self, path: Path, result: object) -> None:
        if isinstance(result, VerifyResult):
            self.outcomes[path] = _verify_outcome(result)
            self._job_over(tr("Pemeriksaan selesai."))
        elif isinstance(result, ImportResult):
            self.outcomes[path] = _import_outcome(result)
            self._job_over(tr("Impor selesai.") if not result.already_imported else tr("Paket sudah pernah diimpor."))
            self.imported.emit(result)
        self.refresh()
        self._selection_changed()

    def _on_failed(self, path: Path, message: str) -> None:
        self.outcomes[path] = (escape(message).replace("\n", "<br>"), ERROR_COLOR)
        self._job_over(tr("Tidak ada yang diimpor; sebabnya tertulis di atas."))
        self.refresh()
        self._selection_changed()

    def _on_cancelled(self) -> None:
        self._job_over(tr("Dibatalkan. Tidak ada yang diimpor."))

    def edit_share_settings(self) -> None:
        if ShareSettingsDialog.ask(self._paths, self) is not None:
            self.refresh()

    def shutdown(self, timeout_s: float = 30) -> bool:
        """Cancel a running check or import and wait for it (the window is closing)."""
        stopped = True
        for job in (self.job, self.listing):
            if job is not None:
                job.cancel()
                stopped = job.wait(timeout_s) and stopped
        return stopped


def reason_text(package: InboxPackage) -> str:
    """Why a package was refused, in the window's language (a refusal stored by an earlier
    version keeps the Indonesian text it was stored with)."""
    return user_text(package.reason_error) if package.reason_error is not None else package.reason


def _verify_outcome(result: VerifyResult) -> tuple[str, str]:
    if not result.valid:
        reason = user_text(result.reason_error) if result.reason_error is not None else result.reason
        return escape(reason).replace("\n", "<br>"), ERROR_COLOR
    lines = [tr("Paket utuh: {files} berkas ({size}), setiap sidik SHA-256 dan SHA-512 cocok.", "", result.file_count).format(
        files=format_count(result.file_count), size=format_size(result.size))]
    if result.encrypted:
        lines.append(tr("Paket terenkripsi: isinya dibuka dan diperiksa keasliannya saat diimpor dengan kata sandi paket dari unit pengirim."))
    for key, label in INFO_LABELS:
        value = result.bag_info.get(key, "")
        if value == "-":  # an encrypted package names no officer outside its encrypted part
            continue
        if key == "Bagging-Date":
            value = _tanggal(value)
        if value:
            lines.append(f"{tr(label)}: {escape(value)}")
    return "<br>".join(lines), GOOD_COLOR


def _tanggal(iso: str) -> str:
    """"30 November 2026" for "2026-11-30"; the text as it is when it is no ISO date."""
    try:
        return display_date(date.fromisoformat(iso.strip()))
    except ValueError:
        return iso


def _import_outcome(result: ImportResult) -> tuple[str, str]:
    if result.already_imported:
        text = tr("Paket ini sudah pernah diimpor; tidak ada yang ditambahkan.")
    else:
        text = tr("{records} rekaman dan {files} berkas diimpor.").format(
            records=format_count(result.records_added), files=format_count(result.files_added))
        if result.records_skipped:
            text += " " + tr("{count} rekaman sudah ada dan tidak digandakan.", "", result.records_skipped).format(
                count=format_count(result.records_skipped))
    if result.receipt_pdf is not None:
        text += "<br>" + tr("Tanda terima: {path}").format(path=escape(str(result.receipt_pdf)))
    return text, GOOD_COLOR
