"""A stage tab (list with live time in stage, actions for the selected record), driven as a clerk would."""

from __future__ import annotations

import warnings
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QPoint, QPointF, QSettings, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QApplication, QCheckBox, QWidget
from sqlalchemy import update

from ppid_desktop.domain.calendar import WorkCalendar
from ppid_desktop.domain.errors import UserError
from ppid_desktop.domain.nip import EmployeeIdKind
from ppid_desktop.domain.office import OfficerDraft
from ppid_desktop.services import determination, workflow
from ppid_desktop.services import office as office_service
from ppid_desktop.services import records as record_service
from ppid_desktop.services.sop_catalog import active_template
from ppid_desktop.storage.database import Database
from ppid_desktop.storage.models import ExemptRecord, StageVisit
from ppid_desktop.ui import messages, record_table_model, stage_actions
from ppid_desktop.ui.record_table_model import COLUMNS, RecordTableModel
from ppid_desktop.ui.stage_panel import StagePanel
from ppid_desktop.ui.stage_timing import OVERDUE_COLOR
from tests.conftest import make_record, set_up_office

HARY, SITI = 1, 2  # atasan_ppid; petugas_dokumentasi + ppid_pelaksana (office_db fixture)


@dataclass
class Shown:
    """Stands in for the message boxes."""

    errors: list[UserError] = field(default_factory=list)

    def show_user_error(self, _parent: QWidget | None, error: UserError, _title: str = "") -> None:
        self.errors.append(error)


@pytest.fixture(autouse=True)
def shown(monkeypatch: pytest.MonkeyPatch) -> Shown:
    fake = Shown()
    monkeypatch.setattr(messages, "show_user_error", fake.show_user_error)
    return fake


@dataclass
class Officer:
    """The "Petugas aktif" combo, as StagePanel sees it: a callable."""

    id: int | None = SITI

    def __call__(self) -> int | None:
        return self.id


@pytest.fixture
def acting() -> Officer:
    return Officer()


@pytest.fixture
def open_panel(qtbot, tmp_path: Path, acting: Officer):
    def make(db: Database, stage_number: int = 1, clock=None) -> StagePanel:
        with db.session() as session:
            template = active_template(session)
        assert template is not None
        labels = {stage.code: f"{stage.number}. {stage.nama}" for stage in template.stages}
        settings = QSettings(str(tmp_path / f"settings-{stage_number}.ini"), QSettings.Format.IniFormat)
        extra = {"clock": clock} if clock is not None else {}
        panel = StagePanel(db, settings, template, template.stages[stage_number - 1], labels, officer_id=acting, **extra)
        qtbot.addWidget(panel)
        panel.resize(1280, 720)
        panel.show()
        qtbot.waitExposed(panel)
        return panel

    return make


@pytest.fixture
def a_file(tmp_path: Path) -> Path:
    path = tmp_path / "Daftar DIK 2025.pdf"
    path.write_bytes(b"%PDF-1.4\n" + b"isi berkas\n" * 200)
    return path


def add_officer(db: Database, name: str, nip: str, roles: list[str]) -> int:
    return office_service.add_officer(db, OfficerDraft(name=name, id_kind=EmployeeIdKind.NIP, employee_id=nip, jabatan="Staf", roles=roles))


def click(qtbot, widget: QWidget) -> None:
    """A left click where a clerk would click: a check box on its box, a button in its middle."""
    pos = QPoint(8, widget.height() // 2) if isinstance(widget, QCheckBox) else widget.rect().center()
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton, pos=pos)


def drag_enter(where: QPoint, mime: QMimeData) -> QDragEnterEvent:
    with warnings.catch_warnings():  # PySide marks Qt's only QDragEnterEvent constructor deprecated
        warnings.simplefilter("ignore", DeprecationWarning)
        return QDragEnterEvent(where, Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)


def table_text(panel: StagePanel, row: int, key: str, role=Qt.ItemDataRole.DisplayRole):
    model = panel.records.model
    column = next(i for i, c in enumerate(model.columns) if c.key == key)
    return model.data(model.index(row, column), role)


def local_utc(day: date, at: time) -> datetime:
    """A wall-clock moment on this machine, as the UTC the database stores."""
    return datetime.combine(day, at).astimezone().astimezone(UTC)


def move_stage_start(db: Database, record_id: int, moment: datetime) -> None:
    with db.engine.begin() as connection:
        connection.execute(update(StageVisit).where(StageVisit.record_id == record_id, StageVisit.completed_at.is_(None)).values(started_at=moment))
        connection.execute(update(ExemptRecord).where(ExemptRecord.id == record_id).values(stage_entered_at=moment))


def test_the_first_record_is_selected_and_shown(open_panel, office_db: Database) -> None:
    record = make_record(office_db, "Rekam medis pegawai", register_number="001/DIK/2025")
    panel = open_panel(office_db)
    actions = panel.actions
    assert actions.record_id == record.id
    assert actions.title_label.text() == "Rekam medis pegawai"
    assert "001/DIK/2025" in actions.register_label.text() and actions.status_badge.text() == "Draf"
    assert actions.time_label.text().startswith("Waktu di tahap: ")
    assert actions.time_label.text().endswith("dari 1 Jam")
    assert [c.text() for c in actions.syarat_checks] == ["Data ter-update dan telah terverifikasi"]
    assert actions.complete_button.text() == "Selesaikan tahap" and actions.return_button is None


def test_ticking_a_syarat_persists(qtbot, open_panel, office_db: Database) -> None:
    record = make_record(office_db, "Rekam medis pegawai")
    panel = open_panel(office_db)
    check = panel.actions.syarat_checks[0]
    with qtbot.waitSignal(panel.records_changed):
        click(qtbot, check)
    assert check.isChecked()
    assert workflow.record_workflow(office_db, record.id).checked == {0}
    click(qtbot, check)
    assert workflow.record_workflow(office_db, record.id).checked == frozenset()


def test_a_refused_tick_is_undone_and_says_why(qtbot, open_panel, office_db: Database, acting: Officer, shown: Shown) -> None:
    record = make_record(office_db, "Rekam medis pegawai")
    acting.id = None
    panel = open_panel(office_db)
    click(qtbot, panel.actions.syarat_checks[0])
    assert not panel.actions.syarat_checks[0].isChecked()
    assert [str(e) for e in shown.errors] == ["Pilih petugas aktif yang memeriksa syarat ini."]
    assert workflow.record_workflow(office_db, record.id).checked == frozenset()


def test_refused_completion_shows_every_reason_and_changes_nothing(qtbot, open_panel, office_db: Database, acting: Officer, shown: Shown) -> None:
    record = make_record(office_db, "Rekam medis pegawai")
    acting.id = HARY  # Atasan PPID: not the pelaksana of stage 1
    panel = open_panel(office_db)
    click(qtbot, panel.actions.complete_button)
    assert len(shown.errors) == 1, "all reasons in one message"
    reasons = shown.errors[0].reasons  # type: ignore[attr-defined]
    assert len(reasons) == 3
    text = str(shown.errors[0])
    assert "tidak memegang peran pelaksana tahap 1" in text
    assert "Data ter-update dan telah terverifikasi" in text
    assert "belum ada berkas yang dilampirkan" in text
    after = workflow.record_workflow(office_db, record.id)
    assert after.stage.code == "produksi" and len(after.visits) == 1
    assert panel.records.model.rowCount() == 1 and panel.actions.record_id == record.id
    assert not panel.confirmation.isVisible()


def test_attach_by_the_file_dialog_lists_the_file(qtbot, open_panel, office_db: Database, a_file: Path, monkeypatch) -> None:
    record = make_record(office_db, "Rekam medis pegawai")
    monkeypatch.setattr(stage_actions, "choose_files", lambda _parent: [a_file])
    panel = open_panel(office_db)
    click(qtbot, panel.actions.attach_button)
    assert panel.actions.stage_file_names() == ["Daftar DIK 2025.pdf"]
    assert panel.actions.files_box.files_list.item(0).text().startswith("Daftar DIK 2025.pdf")
    assert [a.original_name for a in workflow.record_workflow(office_db, record.id).stage_files()] == ["Daftar DIK 2025.pdf"]


def test_attach_by_dropping_files_on_the_panel(qtbot, open_panel, office_db: Database, a_file: Path, tmp_path: Path) -> None:
    record = make_record(office_db, "Rekam medis pegawai")
    second = tmp_path / "lampiran.docx"
    second.write_bytes(b"PK" + b"0" * 3000)
    panel = open_panel(office_db)
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(a_file)), QUrl.fromLocalFile(str(second)), QUrl("https://example.org/x.pdf")])
    where = panel.actions.rect().center()
    enter = drag_enter(where, mime)
    QApplication.sendEvent(panel.actions, enter)
    assert enter.isAccepted()
    drop = QDropEvent(QPointF(where), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(panel.actions, drop)
    assert drop.isAccepted()
    assert panel.actions.stage_file_names() == ["Daftar DIK 2025.pdf", "lampiran.docx"]
    assert len(workflow.record_workflow(office_db, record.id).stage_files()) == 2
    text_only = QMimeData()
    text_only.setText("bukan berkas")
    refused = drag_enter(QPoint(5, 5), text_only)
    QApplication.sendEvent(panel.actions, refused)
    assert not refused.isAccepted(), "only files can be dropped"


def test_completing_moves_the_record_on_and_selects_the_next(qtbot, open_panel, office_db: Database, a_file: Path) -> None:
    first = make_record(office_db, "Rekam medis pegawai")
    second = make_record(office_db, "Dokumen lelang")
    panel = open_panel(office_db)
    assert panel.select_record(first.id)
    click(qtbot, panel.actions.syarat_checks[0])
    panel.actions.attach([a_file])
    panel.actions.notes_edit.setPlainText("Sudah diverifikasi Kasubag.")
    with qtbot.waitSignal(panel.records_changed):
        click(qtbot, panel.actions.complete_button)
    assert panel.confirmation.text() == "Rekaman dipindahkan ke tahap 2 (Serah terima softcopy)."
    assert panel.confirmation.isVisible()
    assert panel.records.model.rowCount() == 1
    assert panel.actions.record_id == second.id, "the next record is selected without a click"
    assert panel.actions.notes_edit.toPlainText() == ""
    moved = workflow.record_workflow(office_db, first.id)
    assert moved.stage.code == "serah" and moved.visits[0].notes == "Sudah diverifikasi Kasubag."
    # The tab the record moved to selects it, whatever else waits there.
    make_record(office_db, "Lainnya di tahap 2")
    next_tab = open_panel(office_db, 2)
    assert next_tab.actions.record_id == first.id
    assert "produksi" not in next_tab.actions.stage_file_names()


def test_an_overdue_record_stands_out_in_red(open_panel, office_db: Database) -> None:
    record = make_record(office_db, "Rekam medis pegawai")
    ten_working_days_ago = WorkCalendar().add_working_days(date.today(), -10)
    move_stage_start(office_db, record.id, local_utc(ten_working_days_ago, time(9, 0)))
    panel = open_panel(office_db)
    assert workflow.record_workflow(office_db, record.id).overdue
    label = panel.actions.time_label
    assert label.property("overdue") is True
    assert OVERDUE_COLOR in label.styleSheet() and "bold" in label.styleSheet()
    assert "melewati mutu baku" in label.text()
    assert table_text(panel, 0, "waktu", Qt.ItemDataRole.ForegroundRole).color().name() == OVERDUE_COLOR
    assert table_text(panel, 0, "waktu", Qt.ItemDataRole.FontRole).bold()


def test_the_timer_tick_moves_the_time_on_without_a_query(qtbot, open_panel, office_db: Database, monkeypatch) -> None:
    record = make_record(office_db, "Rekam medis pegawai")
    monday = date(2025, 3, 3)  # a Monday
    move_stage_start(office_db, record.id, local_utc(monday, time(9, 0)))
    now = [local_utc(monday, time(9, 42))]
    panel = open_panel(office_db, clock=lambda: now[0])
    assert panel.timer.isActive() and panel.timer.interval() == 60_000
    assert table_text(panel, 0, "waktu") == "0 j 42 m"
    assert panel.actions.time_label.text() == "Waktu di tahap: 0 jam 42 menit dari 1 Jam"
    assert table_text(panel, 0, "waktu", Qt.ItemDataRole.ForegroundRole) is None

    model = panel.records.model
    ids = model._ids
    monkeypatch.setattr(record_service, "query_record_ids", lambda *a, **k: pytest.fail("the tick must not query"))
    monkeypatch.setattr(record_service, "fetch_rows", lambda *a, **k: pytest.fail("the tick must not fetch rows"))
    monkeypatch.setattr(workflow, "record_workflow", lambda *a, **k: pytest.fail("the tick must not reload the record"))
    now[0] = local_utc(monday, time(10, 5))
    with qtbot.waitSignal(model.dataChanged) as changed:
        panel.timer.timeout.emit()
    top_left, bottom_right = changed.args[0], changed.args[1]
    assert top_left.column() == bottom_right.column() == model.timing_column
    assert model._ids is ids
    assert table_text(panel, 0, "waktu") == "1 j 05 m"
    assert table_text(panel, 0, "waktu", Qt.ItemDataRole.ForegroundRole).color().name() == OVERDUE_COLOR
    assert panel.actions.time_label.text() == "Waktu di tahap: 1 jam 5 menit dari 1 Jam — melewati mutu baku"
    panel.hide()
    assert not panel.timer.isActive(), "a hidden tab does not tick"


def test_a_finished_record_is_read_only(qtbot, open_panel, office_db: Database, acting: Officer, a_file: Path) -> None:
    record = make_record(office_db, "Rekam medis pegawai")
    ppid = add_officer(office_db, "Yusuf Hidayat, S.Kom", "198001012005011010", ["ppid"])
    for stage in ("produksi", "serah"):
        workflow.set_syarat(office_db, record.id, 0, True, SITI)
        workflow.attach_file(office_db, record.id, a_file, SITI)
        workflow.complete_stage(office_db, record.id, SITI, expected_stage=stage)
    acting.id = ppid
    panel = open_panel(office_db, 3)
    actions = panel.actions
    assert actions.complete_button.text() == "Terima dan simpan"
    click(qtbot, actions.syarat_checks[0])
    click(qtbot, actions.complete_button)
    assert panel.confirmation.text() == "Seluruh tahap SOP rekaman ini selesai."
    assert actions.record_id == record.id, "a finished record stays in the last tab, shown read-only"
    assert "sudah selesai" in actions.notice_label.text()
    for widget in (actions.complete_button, actions.attach_button, actions.notes_edit, actions.syarat_checks[0]):
        assert not widget.isEnabled()
    assert not actions.time_label.isVisible()
    assert table_text(panel, 0, "waktu") == "Selesai"


def test_review_stage_returns_for_correction_and_shows_the_koreksi(qtbot, open_panel, db: Database, acting: Officer, shown: Shown, a_file: Path) -> None:
    set_up_office(db, "banten-pemkesra")
    petugas = add_officer(db, "Ahmad Fauzi", "198001012005011011", ["petugas"])
    pimpinan = add_officer(db, "Rina Marlina, S.IP", "198001012005011012", ["ppid"])
    record = make_record(db, "Dokumen lelang")
    for stage in ("identifikasi", "koordinasi", "persiapan", "pengumpulan", "pengolahan"):
        if stage == "pengolahan":
            workflow.attach_file(db, record.id, a_file, petugas)
        workflow.complete_stage(db, record.id, petugas, expected_stage=stage)
    acting.id = pimpinan
    review = open_panel(db, 6)
    assert review.actions.complete_button.text() == "Setujui"
    assert review.actions.return_button is not None
    assert "Daftar DIK 2025.pdf" in review.actions.files_box.files_list.item(0).text(), "the reviewer sees the softfile of stage 5"
    click(qtbot, review.actions.return_button)  # no koreksi written: the service says what is missing
    assert [str(e) for e in shown.errors] == ["Tuliskan catatan koreksi: apa yang harus diperbaiki sebelum rekaman diajukan kembali."]
    review.actions.notes_edit.setPlainText("Lengkapi dasar hukum dan perbaiki nomor register.")
    click(qtbot, review.actions.return_button)
    assert review.confirmation.text() == "Rekaman dikembalikan ke tahap 5 (Pengolahan softfile) untuk koreksi."
    assert review.records.model.rowCount() == 0 and review.actions.record_id is None
    assert review.actions.hint_label.isVisible() and not review.actions.body.isVisible()
    assert review.actions.hint_label.text() == "Belum ada rekaman di tahap ini."

    acting.id = petugas
    correcting = open_panel(db, 5)
    actions = correcting.actions
    assert actions.record_id == record.id
    assert actions.correction_label.isVisible()
    assert "Koreksi dari pimpinan PPID" in actions.correction_label.text()
    assert "Lengkapi dasar hukum dan perbaiki nomor register." in actions.correction_label.text()
    assert "Rina Marlina" in actions.correction_label.text()
    assert "putaran 2" in actions.history_label.text() and "Dikembalikan untuk koreksi" in actions.history_label.text()


def test_stage_model_passes_the_qt_model_tester(qtmodeltester, office_db: Database) -> None:
    for n in range(5):
        make_record(office_db, f"Rekaman {n}")
    model = RecordTableModel(office_db, "produksi", {}, waktu_menit=60, calendar=WorkCalendar())
    model.ensure_loaded()
    assert [c.title for c in model.columns][:4] == ["No. register", "Informasi yang dikecualikan", "Waktu di tahap", "Status"]
    qtmodeltester.check(model)
    model.tick()
    qtmodeltester.check(model)
    register = RecordTableModel(office_db)  # the register keeps its columns and has no clock
    assert register.columns == COLUMNS and register.timing_column is None


def test_elapsed_is_computed_only_for_rows_the_view_asks_about(office_db: Database, monkeypatch) -> None:
    for n in range(30):
        make_record(office_db, f"Rekaman {n}")
    model = RecordTableModel(office_db, "produksi", {}, waktu_menit=60, calendar=WorkCalendar(), clock=lambda: datetime.now(UTC) + timedelta(hours=1))
    model.refresh()
    computed: list[int] = []
    real = record_table_model.working_minutes
    monkeypatch.setattr(record_table_model, "working_minutes", lambda *a: computed.append(1) or real(*a))
    model.data(model.index(3, model.timing_column))
    model.data(model.index(3, model.timing_column), Qt.ItemDataRole.ForegroundRole)
    assert len(computed) == 1


def test_new_working_hours_recount_the_time_in_the_stage(open_panel, office_db: Database) -> None:
    record = make_record(office_db, "Rekam medis pegawai")
    monday = date(2025, 3, 3)
    move_stage_start(office_db, record.id, local_utc(monday, time(7, 0)))
    panel = open_panel(office_db, clock=lambda: local_utc(monday, time(9, 30)))
    assert table_text(panel, 0, "waktu") == "1 j 30 m"  # from 08.00, the default start
    office_service.save_office_settings(office_db, office_service.OfficeSettings(work_start=time(7, 0), work_end=time(15, 0)))
    panel.reload_calendar()
    assert table_text(panel, 0, "waktu") == "2 j 30 m"
    assert panel.actions.time_label.text().startswith("Waktu di tahap: 2 jam 30 menit")
    assert "07.00–15.00" in panel.actions.time_label.toolTip()


def test_a_move_queries_the_list_once(qtbot, open_panel, office_db: Database, a_file: Path) -> None:
    record = make_record(office_db, "Rekam medis pegawai")
    panel = open_panel(office_db)
    workflow.set_syarat(office_db, record.id, 0, True, SITI)
    workflow.attach_file(office_db, record.id, a_file, SITI)
    panel.actions.reload()
    resets: list[int] = []
    panel.records.model.modelReset.connect(lambda: resets.append(1))
    panel.records_changed.connect(panel.refresh)  # as the main window does for the visible tab
    click(qtbot, panel.actions.complete_button)
    assert len(resets) == 1 and panel.records.model.rowCount() == 0


def test_draft_and_determined_records_wear_different_badges(open_panel, office_db: Database) -> None:
    draft = make_record(office_db, "Masih draf")
    determined = make_record(office_db, "Sudah ditetapkan")
    ppid = add_officer(office_db, "Yusuf Hidayat, S.Kom", "198001012005011014", ["ppid"])
    determination.complete_consequence_test(office_db, determined.id, ppid)
    determination.determine(office_db, determined.id, "045/12/PPID-KESRA/2025", date.today(), ppid, HARY, ppid)
    panel = open_panel(office_db)
    badge = panel.actions.status_badge
    assert panel.select_record(draft.id)
    draft_style = badge.styleSheet()
    assert badge.text() == "Draf"
    assert panel.select_record(determined.id)
    assert badge.text() == "Ditetapkan"
    assert badge.styleSheet() != draft_style and "#dff6dd" in badge.styleSheet()
