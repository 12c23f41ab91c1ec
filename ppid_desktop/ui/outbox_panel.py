"""The "Kotak keluar" tab: handover packages built here and where each one is on its way.

A package waits in the outbox (data folder) until it has been copied to the shared drive and
validated there. While the window is open the panel tries again on its own every few minutes
when something is waiting; "Kirim ulang sekarang" tries at once. Delivery runs off the GUI thread
(ui/service_job.py) with progress and "Batal"; a cancelled or failed attempt leaves the package
safe in the outbox with the reason shown in its row.
"""

from __future__ import annotations

from collections.abc import Callable
from html import escape

from PySide6.QtCore import Qt, QTimer, Signal
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

from ppid_desktop.domain.errors import UserError
from ppid_desktop.domain.sizes import format_count, format_size
from ppid_desktop.services.handover_outbox import OutboxEntry, outbox_entries, retry_outbox
from ppid_desktop.services.handover_settings import get_share_settings
from ppid_desktop.storage.database import Database
from ppid_desktop.storage.paths import DataPaths
from ppid_desktop.ui import messages
from ppid_desktop.ui.form_support import MessageLabel
from ppid_desktop.ui.formatting import format_when
from ppid_desktop.ui.i18n import QT_TR_NOOP, tr, user_text
from ppid_desktop.ui.service_job import ServiceJob, share_busy
from ppid_desktop.ui.share_settings_dialog import ShareSettingsDialog

RETRY_INTERVAL_MS = 5 * 60 * 1000
COLUMNS = (
    QT_TR_NOOP("Paket"), QT_TR_NOOP("Dibuat"), QT_TR_NOOP("Rekaman"), QT_TR_NOOP("Berkas"), QT_TR_NOOP("Ukuran"),
    QT_TR_NOOP("Status"), QT_TR_NOOP("Percobaan"), QT_TR_NOOP("Keterangan"),
)
STATE_COLORS = {"terkirim": "#1e6b2f", "gagal": "#b3261e", "menunggu": "#8a5300"}


class OutboxPanel(QWidget):
    """Constructor as every handover panel: ``(db, paths, officer_id_provider, parent=None)``."""

    changed = Signal()  # an attempt finished (delivered or not): the outbox changed

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
        self.job: ServiceJob | None = None
        self.entries: list[OutboxEntry] = []
        self._build()
        self.timer = QTimer(self)
        self.timer.setInterval(RETRY_INTERVAL_MS)
        self.timer.timeout.connect(self.retry_automatically)
        self.timer.start()
        self.refresh()

    def _build(self) -> None:
        title = QLabel(tr("<b>Kotak keluar</b>: paket serah terima yang dibuat di laptop ini"))
        self.share_label = MessageLabel()
        self.settings_button = QPushButton(tr("Atur folder bersama…"))
        self.settings_button.setAutoDefault(False)
        self.settings_button.clicked.connect(self.edit_share_settings)
        top = QHBoxLayout()
        top.addWidget(self.share_label, 1)
        top.addWidget(self.settings_button)

        self.table = QTableWidget(0, len(COLUMNS))
        self.table.setHorizontalHeaderLabels([tr(column) for column in COLUMNS])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setWordWrap(False)  # one line per package; the full text is in the detail below
        self.table.verticalHeader().setVisible(False)
        self.table.itemSelectionChanged.connect(self._show_detail)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(len(COLUMNS) - 1, QHeaderView.ResizeMode.Stretch)
        self.detail_label = MessageLabel()
        self.detail_label.setObjectName("packageDetail")
        self.detail_label.setStyleSheet("QLabel#packageDetail { border: 1px solid palette(mid); padding: 6px; }")
        self.detail_label.hide()
        self.empty_label = QLabel(tr("Belum ada paket. Paket dibuat melalui menu Berkas > Serah terima ke PPID…"))
        self.empty_label.setProperty("role", "hint")

        self.status_label = MessageLabel()
        self.progress = QProgressBar()
        self.progress.setTextVisible(True)
        self.progress.hide()
        self.cancel_button = QPushButton(tr("Batal"))
        self.cancel_button.setAutoDefault(False)
        self.cancel_button.clicked.connect(self.cancel)
        self.cancel_button.hide()
        self.retry_button = QPushButton(tr("Kirim ulang sekarang"))
        self.retry_button.clicked.connect(self.retry_now)
        bottom = QHBoxLayout()
        bottom.addWidget(self.status_label, 1)
        bottom.addWidget(self.progress)
        bottom.addWidget(self.cancel_button)
        bottom.addWidget(self.retry_button)

        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.detail_label)
        layout.addWidget(self.empty_label)
        layout.addLayout(bottom)

    # -- showing -------------------------------------------------------------------------
    def pending(self) -> list[OutboxEntry]:
        return [entry for entry in self.entries if entry.state != "terkirim"]

    def refresh(self) -> None:
        """Read the outbox again and show it."""
        try:
            self.entries = outbox_entries(self._db)
        except UserError as exc:
            self.entries = []
            self.status_label.setText(user_text(exc))
        folder = get_share_settings(self._paths).outbox_folder
        self.share_label.setText(
            tr("Folder bersama: {folder}").format(folder=folder) if folder
            else tr("Folder bersama belum diatur: paket menunggu di kotak keluar sampai folder diatur.")
        )
        selected = self.selected_entry()
        self.table.setRowCount(len(self.entries))
        for row, entry in enumerate(self.entries):
            self._fill_row(row, entry)
        self.empty_label.setVisible(not self.entries)
        if self.entries:
            names = [entry.package_name for entry in self.entries]
            keep = selected.package_name if selected is not None and selected.package_name in names else None
            # The first package that needs attention is shown at once (its reason in full).
            first = keep or next((e.package_name for e in self.entries if e.state != "terkirim"), names[0])
            self.table.selectRow(names.index(first))
        self._show_detail()
        self._update_buttons()
        if self.job is None:
            self.status_label.setText(self._summary())

    def _fill_row(self, row: int, entry: OutboxEntry) -> None:
        if entry.state == "terkirim":
            where = entry.delivered_path or entry.share_folder
            if entry.delivered_at is not None:
                note = tr("Diterima di {path} pada {when}").format(path=where, when=format_when(entry.delivered_at))
            else:
                note = tr("Diterima di {path}").format(path=where)
        else:
            note = _reason(entry) or tr("Menunggu giliran pengiriman.")
        values = (
            entry.package_name,
            format_when(entry.created_at),
            format_count(entry.record_count),
            format_count(entry.file_count),
            format_size(entry.size),
            tr(entry.state_label),
            format_count(entry.attempts),
            note,
        )
        for column, value in enumerate(values):
            item = QTableWidgetItem(value)
            if column in (2, 3, 4, 6):
                item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            if column == 5:
                item.setForeground(QBrush(QColor(STATE_COLORS.get(entry.state, "#000000"))))
            item.setToolTip(value)
            self.table.setItem(row, column, item)

    def selected_entry(self) -> OutboxEntry | None:
        rows = {index.row() for index in self.table.selectionModel().selectedRows()}
        return self.entries[min(rows)] if rows and min(rows) < len(self.entries) else None

    def _show_detail(self) -> None:
        entry = self.selected_entry()
        if entry is None:
            self.detail_label.hide()
            return
        lines = [f"<b>{escape(entry.package_name)}</b> — {escape(tr(entry.state_label))}"]
        if entry.state == "terkirim":
            lines.append(tr("Diterima dan diperiksa utuh di: {path}").format(path=escape(entry.delivered_path or entry.share_folder)))
        else:
            lines.append(escape(_reason(entry) or tr("Belum pernah dicoba; menunggu giliran pengiriman.")))
            if entry.share_folder:
                lines.append(tr("Tujuan: {folder}").format(folder=escape(entry.share_folder)))
        self.detail_label.setText("<br>".join(lines))
        self.detail_label.show()

    def _summary(self) -> str:
        waiting = len(self.pending())
        if not waiting:
            return tr("Semua paket sudah terkirim.") if self.entries else ""
        return tr("{count} paket menunggu dikirim; dicoba lagi otomatis setiap {minutes} menit selama jendela terbuka.", "", waiting).format(
            count=format_count(waiting), minutes=RETRY_INTERVAL_MS // 60000)

    def _update_buttons(self) -> None:
        running = self.job is not None
        self.retry_button.setEnabled(not running and bool(self.pending()))
        self.settings_button.setEnabled(not running)
        self.progress.setVisible(running)
        self.cancel_button.setVisible(running)

    # -- delivering ----------------------------------------------------------------------
    def retry_now(self) -> None:
        """Try every waiting package at once (the clerk's button)."""
        self._start(automatic=False)

    def retry_automatically(self) -> None:
        """The timer's turn: only when something waits and nothing else uses the share."""
        self.refresh()
        if self.job is None and self.pending() and not share_busy():
            self._start(automatic=True)

    def _start(self, automatic: bool) -> None:
        if self.job is not None or not self.pending():
            return
        db, paths = self._db, self._paths
        job = ServiceJob(lambda progress, cancelled: retry_outbox(db, paths, progress, cancelled), parent=self)
        job.progressed.connect(self._on_progress)
        job.finished.connect(self._on_finished)
        job.failed.connect(lambda message: self._on_failed(message, automatic))
        job.cancelled.connect(self._on_cancelled)
        self.job = job
        self.progress.setRange(0, 0)
        self.status_label.setText(tr("Mengirim paket ke folder bersama…"))
        self._update_buttons()
        job.start()

    def cancel(self) -> None:
        if self.job is not None:
            self.cancel_button.setEnabled(False)
            self.status_label.setText(tr("Membatalkan… paket tetap aman di kotak keluar."))
            self.job.cancel()

    def _on_progress(self, done: int, total: int) -> None:
        if total > 0:
            self.progress.setRange(0, 1000)
            self.progress.setValue(int(1000 * done / total))
            self.progress.setFormat(tr("{done} dari {total}").format(done=format_size(done), total=format_size(total)))

    def _finish_job(self) -> None:
        self.job = None
        self.cancel_button.setEnabled(True)
        self.refresh()
        self.changed.emit()

    def _on_finished(self, _entries: object) -> None:
        self._finish_job()

    def _on_failed(self, message: str, automatic: bool) -> None:
        self._finish_job()
        self.status_label.setText(message)
        if not automatic:
            messages.show_error(self, tr("Pengiriman paket gagal"), message)

    def _on_cancelled(self) -> None:
        self._finish_job()
        self.status_label.setText(tr("Pengiriman dibatalkan. Paket tetap aman di kotak keluar dan dicoba lagi nanti."))

    def edit_share_settings(self) -> None:
        if ShareSettingsDialog.ask(self._paths, self) is not None:
            self.refresh()

    def shutdown(self, timeout_s: float = 30) -> bool:
        """Stop the timer and any delivery (the window is closing). True when nothing still runs."""
        self.timer.stop()
        if self.job is None:
            return True
        self.job.cancel()
        return self.job.wait(timeout_s)


def _reason(entry: OutboxEntry) -> str:
    """Why the package still waits, in the window's language (a reason stored by an earlier
    version keeps its Indonesian text)."""
    return user_text(entry.reason_error) if entry.reason_error is not None else entry.last_error
