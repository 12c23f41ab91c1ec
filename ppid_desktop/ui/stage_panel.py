"""One tab per SOP stage: the stage's uraian, pelaksana and mutu baku on top, its records below."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QFrame, QLabel, QVBoxLayout, QWidget

from ppid_desktop.domain.sop import SopTemplate, Stage, StageKind
from ppid_desktop.storage.database import Database
from ppid_desktop.ui.record_list import RecordList


def stage_header_html(template: SopTemplate, stage: Stage) -> str:
    pelaksana = ", ".join(template.role_name(code) for code in stage.pelaksana)
    syarat = "; ".join(stage.syarat) if stage.syarat else "—"
    kind = "" if stage.kind is StageKind.ORDINARY else f" · {escape(stage.kind.label)}"
    return (
        f"<p style='font-size:11pt'><b>Tahap {stage.number} dari {len(template.stages)}: "
        f"{escape(stage.nama)}</b>{kind}</p>"
        f"<p>{escape(stage.uraian)}</p>"
        "<table cellspacing='0' cellpadding='3'>"
        f"<tr><td><b>Pelaksana</b></td><td>{escape(pelaksana)}</td></tr>"
        f"<tr><td><b>Syarat</b></td><td>{escape(syarat)}</td></tr>"
        f"<tr><td><b>Waktu</b></td><td>{escape(stage.waktu)}</td></tr>"
        f"<tr><td><b>Output</b></td><td>{escape(stage.output or '—')}</td></tr>"
        + (f"<tr><td><b>Keterangan</b></td><td>{escape(stage.keterangan)}</td></tr>" if stage.keterangan else "")
        + "</table>"
    )


class StagePanel(QWidget):
    def __init__(self, db: Database, settings: QSettings, template: SopTemplate, stage: Stage, stage_labels: dict[str, str]) -> None:
        super().__init__()
        self.stage = stage
        self.header = QLabel(stage_header_html(template, stage))
        self.header.setWordWrap(True)
        self.header.setFrameShape(QFrame.Shape.StyledPanel)
        self.header.setContentsMargins(8, 6, 8, 6)
        self.header.setObjectName("stageHeader")
        self.records = RecordList(db, settings, f"stage/{template.code}/{stage.code}", stage.code, stage_labels)
        layout = QVBoxLayout(self)
        layout.addWidget(self.header)
        layout.addWidget(self.records, 1)
