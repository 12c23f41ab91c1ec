"""The stage output box of a stage tab: the files attached in this stage (and, greyed, earlier
ones, so a reviewer sees what was handed in), "Lampirkan berkas…", and for the selected file
"Buka salinan" (a read-only copy opened in its program) and "Simpan salinan…".

Stored files are never opened in place: services/attachments.py makes a verified copy first.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QBrush, QColor, QDesktopServices
from PySide6.QtWidgets import (
    QFileDialog,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ppid_desktop.domain.errors import UserError
from ppid_desktop.domain.sizes import format_count, format_size
from ppid_desktop.domain.sop import SopTemplate, Stage
from ppid_desktop.services import attachments
from ppid_desktop.services.attachments import AttachmentInfo
from ppid_desktop.services.workflow import RecordWorkflow
from ppid_desktop.storage.database import Database
from ppid_desktop.ui import messages
from ppid_desktop.ui.i18n import tr, user_text
from ppid_desktop.ui.stage_timing import format_local

OTHER_STAGE_GREY = "#6e6e6e"
ATTACHMENT_ID_ROLE = Qt.ItemDataRole.UserRole


def open_url(url: QUrl) -> bool:
    """Open a file in the program the system associates with it (tests replace this function)."""
    return QDesktopServices.openUrl(url)


def choose_save_path(parent: QWidget | None, suggested_name: str) -> Path | None:
    """The save dialog (tests replace this function). It asks itself before replacing a file."""
    name, _filter = QFileDialog.getSaveFileName(parent, tr("Simpan salinan berkas"), suggested_name, tr("Semua berkas (*)"))
    return Path(name) if name else None


class StageFilesBox(QGroupBox):
    def __init__(self, db: Database, template: SopTemplate, stage: Stage, parent: QWidget | None = None) -> None:
        super().__init__(tr("Output: {output}").format(output=stage.output) if stage.output else tr("Berkas"), parent)
        self._db = db
        self.template = template
        self.stage = stage
        self.files_list = QListWidget()
        self.files_list.setWordWrap(True)
        self.files_list.itemSelectionChanged.connect(self._selection_changed)
        self.files_list.itemActivated.connect(lambda _item: self.open_selected())
        self.attach_button = QPushButton(tr("Lampirkan berkas…"))
        self.attach_button.setAutoDefault(False)
        self.open_button = QPushButton(tr("Buka salinan"))
        self.open_button.setAutoDefault(False)
        self.open_button.setToolTip(tr("Buka salinan hanya-baca berkas ini; berkas tersimpan tidak pernah diubah."))
        self.open_button.clicked.connect(self.open_selected)
        self.save_button = QPushButton(tr("Simpan salinan…"))
        self.save_button.setAutoDefault(False)
        self.save_button.setToolTip(tr("Simpan salinan berkas ini ke folder lain; salinan diperiksa sama persis."))
        self.save_button.clicked.connect(self.save_selected)
        drop_hint = QLabel(tr("atau seret berkas ke panel ini"))
        drop_hint.setStyleSheet("color: palette(placeholder-text);")
        # Two short rows, so the box never makes the stage tab scroll sideways.
        copies = QHBoxLayout()
        copies.addWidget(self.open_button)
        copies.addWidget(self.save_button)
        copies.addStretch(1)
        row = QHBoxLayout()
        row.addWidget(self.attach_button)
        row.addWidget(drop_hint, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.files_list)
        layout.addLayout(copies)
        layout.addLayout(row)
        self._selection_changed()

    def _stage_name(self, stage_code: str) -> str:
        try:
            return tr("tahap {number}").format(number=self.template.stage(stage_code).number)
        except KeyError:
            return stage_code

    def fill(self, wf: RecordWorkflow) -> None:
        self.files_list.clear()
        try:
            infos = attachments.list_attachments(self._db, wf.record_id)
        except UserError as exc:
            infos = []
            self.files_list.addItem(QListWidgetItem(user_text(exc)))
        here = wf.stage.code == self.stage.code
        mine = [a for a in infos if here and a.stage_code == self.stage.code]
        for info in mine:
            self.files_list.addItem(self._item(info, ""))
        for info in (a for a in infos if a not in mine):
            item = self._item(info, self._stage_name(info.stage_code))
            item.setForeground(QBrush(QColor(OTHER_STAGE_GREY)))
            self.files_list.addItem(item)
        if not infos and self.files_list.count() == 0:
            self.files_list.addItem(QListWidgetItem(tr("Belum ada berkas.")))
        # As tall as its files, up to five entries; more scroll.
        rows = min(self.files_list.count(), 5)
        self.files_list.setFixedHeight(rows * max(self.files_list.sizeHintForRow(0), 1) + 2 * self.files_list.frameWidth() + 4)
        self._selection_changed()

    def _item(self, info: AttachmentInfo, other_stage: str) -> QListWidgetItem:
        where = f", {other_stage}" if other_stage else ""
        when = format_local(info.added_at)
        if info.added_by:
            added = tr("dilampirkan {when} oleh {who}").format(when=when, who=info.added_by)
        else:
            added = tr("dilampirkan {when}").format(when=when)
        item = QListWidgetItem(f"{info.original_name}  ({format_size(info.size)}{where})\n    {added}")
        item.setData(ATTACHMENT_ID_ROLE, info.id)
        kind = info.media_type or tr("jenis tidak dikenal")
        size = tr("{count} bita").format(count=format_count(info.size))
        item.setToolTip(f"{info.original_name}\n{kind} · {size}\nSHA-256 {info.sha256}")
        return item

    # -- the selected file -----------------------------------------------------------------
    def selected_attachment_id(self) -> int | None:
        items = self.files_list.selectedItems()
        value = items[0].data(ATTACHMENT_ID_ROLE) if items else None
        return int(value) if value is not None else None

    def _selection_changed(self) -> None:
        chosen = self.selected_attachment_id() is not None
        self.open_button.setEnabled(chosen)
        self.save_button.setEnabled(chosen)

    def open_selected(self) -> Path | None:
        """Copy the selected file to a temporary folder, read-only, and open it. Returns the copy."""
        attachment_id = self.selected_attachment_id()
        if attachment_id is None:
            return None
        try:
            copy = attachments.open_copy(self._db, self._db.paths, attachment_id)
        except UserError as exc:
            messages.show_user_error(self, exc, tr("Berkas tidak dapat dibuka"))
            return None
        if not open_url(QUrl.fromLocalFile(str(copy))):
            messages.show_error(
                self,
                tr("Berkas tidak dapat dibuka"),
                tr(
                    "Tidak ada program untuk membuka \"{name}\". Salinannya ada di \"{folder}\"; "
                    "gunakan \"Simpan salinan…\" untuk menyimpannya di tempat lain."
                ).format(name=copy.name, folder=copy.parent),
            )
        return copy

    def save_selected(self) -> Path | None:
        """Ask where, then write a verified copy there. Returns the saved path."""
        attachment_id = self.selected_attachment_id()
        if attachment_id is None:
            return None
        try:
            info = attachments.attachment_info(self._db, attachment_id)
            target = choose_save_path(self, info.original_name)
            if target is None:
                return None
            saved = attachments.attachment_copy(self._db, self._db.paths, attachment_id, target, overwrite=True)
        except UserError as exc:
            messages.show_user_error(self, exc, tr("Salinan tidak dapat disimpan"))
            return None
        messages.show_info(
            self,
            tr("Salinan disimpan"),
            tr("Salinan \"{name}\" disimpan sebagai \"{path}\" dan sudah diperiksa sama persis dengan berkas tersimpan.").format(
                name=info.original_name, path=saved
            ),
        )
        return saved
