"""The stage output box of a stage tab: the files attached in this stage (and, greyed, earlier
ones, so a reviewer sees what was handed in) and the "Lampirkan berkas…" button."""

from __future__ import annotations

from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ppid_desktop.domain.sop import SopTemplate, Stage
from ppid_desktop.services.workflow import AttachmentView, RecordWorkflow
from ppid_desktop.ui.stage_timing import format_local

OTHER_STAGE_GREY = "#6e6e6e"


def file_size(size: int) -> str:
    if size >= 1024 * 1024:
        return f"{size / (1024 * 1024):.1f} MB".replace(".", ",")
    return f"{max(1, round(size / 1024))} KB"


class StageFilesBox(QGroupBox):
    def __init__(self, template: SopTemplate, stage: Stage, parent: QWidget | None = None) -> None:
        super().__init__(f"Output: {stage.output}" if stage.output else "Berkas", parent)
        self.template = template
        self.stage = stage
        self.files_list = QListWidget()
        self.attach_button = QPushButton("Lampirkan berkas…")
        self.attach_button.setAutoDefault(False)
        drop_hint = QLabel("atau seret berkas ke panel ini")
        drop_hint.setStyleSheet("color: palette(placeholder-text);")
        row = QHBoxLayout()
        row.addWidget(self.attach_button)
        row.addWidget(drop_hint, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.files_list)
        layout.addLayout(row)

    def _stage_name(self, attachment: AttachmentView) -> str:
        try:
            return f"tahap {self.template.stage(attachment.stage_code).number}"
        except KeyError:
            return attachment.stage_code

    def fill(self, wf: RecordWorkflow) -> None:
        self.files_list.clear()
        mine = wf.stage_files() if wf.stage.code == self.stage.code else []
        for attachment in mine:
            item = QListWidgetItem(f"{attachment.original_name}  ({file_size(attachment.size)})")
            item.setToolTip(f"Dilampirkan {format_local(attachment.added_at)} · SHA-256 {attachment.sha256}")
            self.files_list.addItem(item)
        for attachment in (a for a in wf.attachments if a not in mine):
            where = self._stage_name(attachment)
            item = QListWidgetItem(f"{attachment.original_name}  ({file_size(attachment.size)}, {where})")
            item.setForeground(QBrush(QColor(OTHER_STAGE_GREY)))
            item.setToolTip(f"Berkas dari {where}, dilampirkan {format_local(attachment.added_at)}")
            self.files_list.addItem(item)
        if not wf.attachments:
            self.files_list.addItem(QListWidgetItem("Belum ada berkas."))
        # As tall as its files, up to five lines; more scroll.
        rows = min(self.files_list.count(), 5)
        self.files_list.setFixedHeight(rows * max(self.files_list.sizeHintForRow(0), 1) + 2 * self.files_list.frameWidth() + 4)
