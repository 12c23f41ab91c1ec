"""Journeys: one record from creation to the end of each seed SOP, driven through the window as a
clerk would (clicks, typed fields, chosen files), with every action counted and the whole
journey timed. With PPID_RECORD_JOURNEY=1 the figures are written to bench/journey_actions.md."""

from __future__ import annotations

import os
import re
import time
import warnings
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QComboBox,
    QLineEdit,
    QPlainTextEdit,
    QTabWidget,
    QWidget,
)

from ppid_desktop.domain.errors import UserError
from ppid_desktop.domain.nip import EmployeeIdKind
from ppid_desktop.domain.office import OfficerDraft
from ppid_desktop.services import office as office_service
from ppid_desktop.services import workflow
from ppid_desktop.storage.database import Database
from ppid_desktop.ui import messages, stage_actions
from ppid_desktop.ui.main_window import MainWindow
from ppid_desktop.ui.stage_panel import StagePanel
from tests.conftest import set_up_office

RESULTS = Path(__file__).resolve().parents[2] / "bench" / "journey_actions.md"


# -- the stage tabs of the main window ------------------------------------------------------------
@dataclass
class StageTabs:
    tabs: QTabWidget
    panels: list[StagePanel]

    def panel(self, number: int) -> StagePanel:
        return self.panels[number - 1]


def stage_panels_of(window: MainWindow) -> StageTabs:
    """The window's own stage tabs, acting for its "Petugas aktif"."""
    assert window.stage_panels and all(panel.officer_source_wired for panel in window.stage_panels)
    return StageTabs(window.tabs, list(window.stage_panels))


# -- the clerk: every click, typed field and chosen file counts -----------------------------------
@dataclass
class Clerk:
    qtbot: object
    window: MainWindow
    stages: StageTabs
    actions: list[str] = field(default_factory=list)
    refusals: list[UserError] = field(default_factory=list)
    _files: list[Path] = field(default_factory=list)

    def count(self, what: str) -> None:
        self.actions.append(what)

    def click(self, widget: QWidget, what: str) -> None:
        pos = QPoint(8, widget.height() // 2) if isinstance(widget, QCheckBox) else widget.rect().center()
        self.count(what)  # first: a dialog the click opens is the next action
        self.qtbot.mouseClick(widget, Qt.MouseButton.LeftButton, pos=pos)

    def type(self, widget: QLineEdit | QPlainTextEdit, text: str, what: str) -> None:
        # setText: keyClicks of non-ASCII text has aborted under offscreen (STYLE.md)
        widget.setPlainText(text) if isinstance(widget, QPlainTextEdit) else widget.setText(text)
        self.count(what)

    def choose(self, combo: QComboBox, data: object, what: str) -> None:
        index = combo.findData(data)
        assert index >= 0, data
        combo.setCurrentIndex(index)
        self.count(what)

    def act_as(self, officer_id: int) -> None:
        """Choose the "Petugas aktif" (no action when the right officer is already chosen)."""
        if self.window.officer_id() != officer_id:
            self.choose(self.window.officer_combo, officer_id, "pilih petugas aktif")

    def open_stage(self, number: int) -> StagePanel:
        panel = self.stages.panel(number)
        bar = self.stages.tabs.tabBar()
        self.qtbot.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.tabRect(self.stages.tabs.indexOf(panel)).center())
        self.count(f"buka tab tahap {number}")
        assert self.stages.tabs.currentWidget() is panel
        return panel

    def attach_with_dialog(self, panel: StagePanel, path: Path) -> None:
        self._files = [path]
        self.click(panel.actions.attach_button, "Lampirkan berkas…")

    def file_dialog(self, _parent: QWidget | None) -> list[Path]:
        files, self._files = self._files, []
        self.count("pilih berkas di dialog")
        return files

    def drop(self, panel: StagePanel, path: Path) -> None:
        """Drag a file from the file manager onto the panel and let go: one action."""
        mime = QMimeData()
        mime.setUrls([QUrl.fromLocalFile(str(path))])
        where = panel.actions.rect().center()
        buttons, keys = Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
        with warnings.catch_warnings():  # PySide marks Qt's only QDragEnterEvent constructor deprecated
            warnings.simplefilter("ignore", DeprecationWarning)
            enter = QDragEnterEvent(where, Qt.DropAction.CopyAction, mime, buttons, keys)
        QApplication.sendEvent(panel.actions, enter)  # Qt delivers the drop to whoever accepted the enter
        assert enter.isAccepted()
        drop = QDropEvent(QPointF(where), Qt.DropAction.CopyAction, mime, buttons, keys)
        QApplication.sendEvent(panel.actions, drop)
        assert drop.isAccepted()
        self.count("seret berkas ke panel")

    def refused(self, _parent: QWidget | None, error: UserError, _title: str = "") -> None:
        self.refusals.append(error)
        self.count("tutup pesan penolakan (OK)")

    def create_record(self, title: str) -> int:
        """Ctrl+N, the fields the law requires, Simpan, Tutup."""
        if not self.window.isActiveWindow():  # focus comes back from a closed editor (not a clerk's action)
            self.window.activateWindow()
            self.qtbot.waitUntil(self.window.isActiveWindow)
        self.qtbot.keyClick(self.window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
        self.count("Ctrl+N")
        editor = self.window.editors[-1]
        self.type(editor.title_edit, title, "ketik judul")
        self.choose(editor.grounds_widget.ground_combo(0), "h", "pilih Pasal 17 huruf")
        self.choose(editor.grounds_widget.angka_combo(0), 5, "pilih angka")
        self.type(editor.consequence_opened_edit, "Mengungkap rahasia pribadi pegawai.", "ketik akibat bila dibuka")
        self.type(editor.consequence_closed_edit, "Melindungi hak pribadi yang lebih besar.", "ketik kepentingan bila ditutup")
        self.type(editor.period_condition_edit, "Sampai yang bersangkutan menyetujui", "ketik syarat jangka waktu")
        self.click(editor.save_button, "Simpan")
        record_id = editor.record_id
        assert record_id is not None, "the record was saved"
        self.click(editor.close_button, "Tutup editor")
        return record_id


@pytest.fixture
def journey(qtbot, monkeypatch):
    """A function (db) -> Clerk at the shown main window of `db`'s office."""

    def start(db: Database) -> Clerk:
        window = MainWindow(db)
        qtbot.addWidget(window)
        window.show()
        qtbot.waitExposed(window)
        stages = stage_panels_of(window)
        clerk = Clerk(qtbot, window, stages)
        monkeypatch.setattr(messages, "show_user_error", clerk.refused)
        monkeypatch.setattr(stage_actions, "choose_files", clerk.file_dialog)
        return clerk

    return start


def officer(db: Database, name: str, nip: str, roles: list[str]) -> int:
    unit = office_service.list_units(db)[0].id
    return office_service.add_officer(db, OfficerDraft(
        name=name, id_kind=EmployeeIdKind.NIP, employee_id=nip, jabatan="Staf Biro", unit_id=unit, roles=roles,
    ))  # fmt: skip


def files(tmp_path: Path, *names: str) -> list[Path]:
    paths = []
    for name in names:
        path = tmp_path / name
        path.write_bytes(f"isi {name}\n".encode() * 300)
        paths.append(path)
    return paths


def assert_selected(panel: StagePanel, record_id: int) -> None:
    """The record followed the clerk: it is selected in the tab it moved to, without a click."""
    assert panel.actions.record_id == record_id


# -- the two seed SOPs ---------------------------------------------------------------------------
def test_kalimantan_barat_journey(journey, db: Database, tmp_path: Path) -> None:
    set_up_office(db, "kalbar-kesra")
    siti = 2  # Petugas Dokumentasi and PPID Pelaksana, unit Kesejahteraan Sosial (conftest)
    ppid = officer(db, "Yusuf Hidayat, S.Kom", "198001012005011010", ["ppid"])
    berkas, softfile = files(tmp_path, "Rekam medis pegawai.pdf", "Rekam medis pegawai (softcopy).pdf")
    clerk = journey(db)
    started = time.perf_counter()

    clerk.act_as(siti)
    record = clerk.create_record("Rekam medis pegawai")
    stage = clerk.open_stage(1)
    assert_selected(stage, record)
    clerk.click(stage.actions.syarat_checks[0], "centang syarat")
    clerk.attach_with_dialog(stage, berkas)
    clerk.click(stage.actions.complete_button, "Selesaikan tahap")
    assert stage.confirmation.text() == "Rekaman dipindahkan ke tahap 2 (Serah terima softcopy)."

    stage = clerk.open_stage(2)
    assert_selected(stage, record)
    clerk.click(stage.actions.syarat_checks[0], "centang syarat")
    clerk.drop(stage, softfile)
    assert stage.actions.complete_button.text() == "Serahkan ke PPID"
    clerk.click(stage.actions.complete_button, "Serahkan ke PPID")

    clerk.act_as(ppid)
    stage = clerk.open_stage(3)
    assert_selected(stage, record)
    clerk.click(stage.actions.syarat_checks[0], "centang syarat")
    clerk.click(stage.actions.complete_button, "Terima dan simpan")
    elapsed = time.perf_counter() - started

    final = workflow.record_workflow(db, record)
    assert final.position.finished and not clerk.refusals
    assert [v.outcome for v in final.visits] == ["completed", "handed_over", "received"]
    assert not stage.actions.complete_button.isEnabled(), "a finished record is read-only"
    record_figures("Kalimantan Barat", "400/257/KESRA-TU", 3, clerk.actions, elapsed)


def test_banten_journey_with_a_refusal_and_a_correction_round(journey, db: Database, tmp_path: Path) -> None:
    set_up_office(db, "banten-pemkesra")
    petugas = officer(db, "Ahmad Fauzi", "198001012005011011", ["petugas"])
    pimpinan = officer(db, "Rina Marlina, S.IP", "198001012005011012", ["ppid"])
    arsip = officer(db, "Teguh Santoso", "198001012005011013", ["arsip"])
    softfile, corrected = files(tmp_path, "Dokumen lelang.docx", "Dokumen lelang (perbaikan).docx")
    clerk = journey(db)
    started = time.perf_counter()

    clerk.act_as(petugas)
    record = clerk.create_record("Dokumen lelang sebelum pengumuman pemenang")
    for number in (1, 2, 3, 4):  # no syarat, no file: one click each
        stage = clerk.open_stage(number)
        assert_selected(stage, record)
        clerk.click(stage.actions.complete_button, "Selesaikan tahap")
    stage = clerk.open_stage(5)
    clerk.attach_with_dialog(stage, softfile)
    clerk.click(stage.actions.complete_button, "Selesaikan tahap")

    # The petugas tries to approve his own work: refused, with every reason, and nothing moves.
    review = clerk.open_stage(6)
    assert_selected(review, record)
    clerk.click(review.actions.complete_button, "Setujui")
    assert len(clerk.refusals) == 1
    reasons = clerk.refusals[0].reasons  # type: ignore[attr-defined]
    assert any("tidak memegang peran pelaksana tahap 6" in str(r) for r in reasons) and any("Softfile" in str(r) for r in reasons)
    assert workflow.record_workflow(db, record).stage.code == "koreksi"
    assert review.actions.record_id == record

    # The pimpinan PPID returns it with koreksi; it goes back to stage 5.
    clerk.act_as(pimpinan)
    clerk.type(review.actions.notes_edit, "Lengkapi dasar hukum dan nomor register.", "ketik koreksi")
    clerk.click(review.actions.return_button, "Kembalikan untuk koreksi")
    assert review.confirmation.text() == "Rekaman dikembalikan ke tahap 5 (Pengolahan softfile) untuk koreksi."

    clerk.act_as(petugas)
    stage = clerk.open_stage(5)
    assert_selected(stage, record)
    assert stage.actions.correction_label.isVisible()
    assert "Lengkapi dasar hukum dan nomor register." in stage.actions.correction_label.text()
    clerk.drop(stage, corrected)
    clerk.click(stage.actions.complete_button, "Selesaikan tahap")

    clerk.act_as(pimpinan)
    review = clerk.open_stage(6)
    assert_selected(review, record)
    clerk.click(review.actions.syarat_checks[0], "centang syarat")
    clerk.click(review.actions.complete_button, "Setujui")

    clerk.act_as(arsip)
    stage = clerk.open_stage(7)
    assert_selected(stage, record)
    clerk.click(stage.actions.syarat_checks[0], "centang syarat")
    clerk.click(stage.actions.complete_button, "Arsipkan")
    elapsed = time.perf_counter() - started

    final = workflow.record_workflow(db, record)
    assert final.position.archived
    outcomes = [(v.stage_code, v.round, v.outcome) for v in final.visits]
    assert outcomes[4:] == [
        ("pengolahan", 1, "completed"), ("koreksi", 1, "returned"), ("pengolahan", 2, "completed"),
        ("koreksi", 1, "approved"), ("pengarsipan", 1, "archived"),
    ]  # fmt: skip
    assert stage.confirmation.text() == "Rekaman diarsipkan; seluruh tahap SOP selesai."
    assert not stage.actions.complete_button.isEnabled() and not stage.actions.attach_button.isEnabled()
    record_figures("Banten", "555/7/PPIDP.Pemkesra/2022", 7, clerk.actions, elapsed)


# -- the figures ---------------------------------------------------------------------------------
HEADER = """# Clerk journeys: user actions and wall time per seed SOP

One record from creation (Ctrl+N in the main window) to the end of the SOP, driven with
pytest-qt through the real widgets (offscreen): `tests/ui/test_journeys.py`. Every click, typed
field, chosen combo entry, chosen or dropped file and dismissed message counts as one action; the
wall time is `time.perf_counter()` around the whole scripted journey (the clerk's thinking and
typing time is not included). Regenerate with:

    PPID_RECORD_JOURNEY=1 uv run pytest tests/ui/test_journeys.py -q -p no:cacheprovider

"""


def record_figures(name: str, nomor: str, stages: int, actions: list[str], seconds: float) -> None:
    """Write this SOP's section of bench/journey_actions.md (only with PPID_RECORD_JOURNEY=1)."""
    if os.environ.get("PPID_RECORD_JOURNEY") != "1":
        return
    key = re.sub(r"\W+", "-", name.lower())
    steps = "\n".join(f"{n}. {what}" for n, what in enumerate(actions, start=1))
    section = (
        f"<!-- {key}:start -->\n## {name} ({nomor}, {stages} tahap)\n\n"
        f"- user actions: **{len(actions)}**\n- wall time: **{seconds:.2f} s**\n"
        f"- measured: {datetime.now():%Y-%m-%d %H:%M}\n\n<details><summary>The actions</summary>\n\n{steps}\n\n</details>\n"
        f"<!-- {key}:end -->\n"
    )
    text = RESULTS.read_text(encoding="utf-8") if RESULTS.exists() else HEADER
    pattern = re.compile(rf"<!-- {key}:start -->.*?<!-- {key}:end -->\n", re.DOTALL)
    text = pattern.sub(lambda _m: section, text) if pattern.search(text) else text.rstrip("\n") + "\n\n" + section
    RESULTS.write_text(text, encoding="utf-8")
