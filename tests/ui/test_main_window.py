"""The main window: a register tab and one tab per SOP stage, search as you type, shortcuts,
remembered layout, and no unsaved editor lost on close."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from ppid_desktop.domain.legal import LegalGround
from ppid_desktop.storage.database import Database
from ppid_desktop.ui import messages
from ppid_desktop.ui.main_window import MainWindow
from tests.conftest import make_record, set_up_office


@pytest.fixture
def window(qtbot, office_db: Database):
    win = MainWindow(office_db)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    return win


def visible_titles(record_list) -> list[str]:
    model = record_list.model
    return [model.data(model.index(row, 1)) for row in range(model.rowCount())]


def test_one_tab_per_stage_of_the_office_sop(window: MainWindow) -> None:
    titles = [window.tabs.tabText(i) for i in range(window.tabs.count())]
    assert titles == [
        "Daftar Informasi yang Dikecualikan",
        "1. Produksi dan penyimpanan",
        "2. Serah terima softcopy",
        "3. Penyimpanan di PPID",
        "Jangka waktu",
        "Ringkasan",
        "Kotak keluar",
        "Kotak masuk",
    ]
    header = window.stage_panels[1].header.text()
    assert "Petugas Dokumentasi" in header and "1 Jam" in header and "Soft file" in header


def test_banten_office_gets_seven_stage_tabs(qtbot, db: Database) -> None:
    set_up_office(db, "banten-pemkesra")
    win = MainWindow(db)
    qtbot.addWidget(win)
    assert win.tabs.count() == 12
    assert win.tabs.tabText(7) == "7. Pengarsipan"


def test_register_lists_records_and_search_filters_as_you_type(qtbot, office_db: Database) -> None:
    make_record(office_db, "Rekam medis pegawai")
    make_record(office_db, "Dokumen lelang sebelum pengumuman")
    make_record(office_db, "Rekapitulasi penerima hibah")
    win = MainWindow(office_db)
    qtbot.addWidget(win)
    win.show()
    register = win.register
    assert sorted(visible_titles(register)) == ["Dokumen lelang sebelum pengumuman", "Rekam medis pegawai", "Rekapitulasi penerima hibah"]
    register.search_edit.setText("rek")
    assert sorted(visible_titles(register)) == ["Rekam medis pegawai", "Rekapitulasi penerima hibah"]
    register.search_edit.setText("rekam")
    assert visible_titles(register) == ["Rekam medis pegawai"]
    assert register.count_label.text() == "1 rekaman cocok"
    register.search_edit.clear()
    assert register.model.rowCount() == 3


def test_clicking_a_column_header_sorts_in_sql(qtbot, office_db: Database) -> None:
    for title in ("Bravo", "Alfa", "Charlie"):
        make_record(office_db, title)
    win = MainWindow(office_db)
    qtbot.addWidget(win)
    win.show()
    win.register.table.sortByColumn(1, Qt.SortOrder.AscendingOrder)
    assert visible_titles(win.register) == ["Alfa", "Bravo", "Charlie"]
    win.register.table.sortByColumn(1, Qt.SortOrder.DescendingOrder)
    assert visible_titles(win.register) == ["Charlie", "Bravo", "Alfa"]


def test_stage_tab_shows_only_records_in_that_stage(qtbot, office_db: Database) -> None:
    make_record(office_db, "Di tahap pertama")
    win = MainWindow(office_db)
    qtbot.addWidget(win)
    win.show()
    win.tabs.setCurrentIndex(1)
    assert visible_titles(win.stage_panels[0].records) == ["Di tahap pertama"]
    win.tabs.setCurrentIndex(2)
    assert visible_titles(win.stage_panels[1].records) == []


def test_model_passes_qt_model_tester(qtmodeltester, office_db: Database) -> None:
    for n in range(5):
        make_record(office_db, f"Rekaman {n}")
    win = MainWindow(office_db)
    win.register.model.ensure_loaded()
    qtmodeltester.check(win.register.model)


def test_ctrl_n_opens_an_editor_and_a_save_shows_up_in_the_register(qtbot, window: MainWindow) -> None:
    qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert len(window.editors) == 1
    editor = window.editors[0]
    editor.title_edit.setText("Berkas perkara pidana")
    editor.grounds_widget.set_grounds([LegalGround("a", 1, "")])
    editor.consequence_opened_edit.setPlainText("Menghambat proses penyidikan.")
    editor.consequence_closed_edit.setPlainText("Melindungi proses penegakan hukum.")
    editor.period_condition_edit.setText("Sampai putusan berkekuatan hukum tetap")
    assert editor.save()
    assert visible_titles(window.register) == ["Berkas perkara pidana"]


def test_ctrl_f_focuses_the_search_of_the_current_tab(qtbot, window: MainWindow) -> None:
    window.tabs.setCurrentIndex(2)
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert window.stage_panels[1].records.search_edit.hasFocus()


def test_window_size_and_columns_are_remembered(qtbot, office_db: Database) -> None:
    first = MainWindow(office_db)
    qtbot.addWidget(first)
    first.show()
    first.resize(720, 520)
    first.register.table.horizontalHeader().resizeSection(1, 444)
    first.close()
    second = MainWindow(office_db)
    qtbot.addWidget(second)
    second.show()
    assert second.size().width() == 720
    assert second.register.table.horizontalHeader().sectionSize(1) == 444


def test_closing_with_a_dirty_editor_asks_and_cancel_keeps_everything_open(qtbot, window: MainWindow, monkeypatch) -> None:
    editor = window.open_editor(None)
    editor.title_edit.setText("Belum disimpan")
    asked: list[str] = []

    def cancel(*args):
        asked.append(args[1])
        return messages.Choice.CANCEL

    monkeypatch.setattr(messages, "ask_save_discard_cancel", cancel)
    window.close()
    assert asked, "the clerk must be asked about unsaved changes"
    assert window.isVisible() and editor.isVisible()
    assert editor.title_edit.text() == "Belum disimpan"


def test_stage_tabs_query_only_when_first_shown(qtbot, office_db: Database) -> None:
    make_record(office_db, "Rekaman")
    win = MainWindow(office_db)
    qtbot.addWidget(win)
    win.show()
    assert win.register.model.loaded
    assert not any(panel.records.model.loaded for panel in win.stage_panels)
    win.tabs.setCurrentIndex(1)
    assert win.stage_panels[0].records.model.loaded
    assert visible_titles(win.stage_panels[0].records) == ["Rekaman"]


def test_drafts_left_by_a_crash_are_offered_back_or_set_aside(qtbot, office_db: Database, monkeypatch) -> None:
    from ppid_desktop.domain.record import RecordDraft
    from ppid_desktop.services.drafts import new_record_key, pending_drafts, save_draft

    save_draft(office_db.paths, new_record_key(), None, None, RecordDraft(title="Ketikan yang hampir hilang"))
    win = MainWindow(office_db)
    qtbot.addWidget(win)
    monkeypatch.setattr(messages, "ask_save_discard_cancel", lambda *a: messages.Choice.DISCARD)  # teardown closes it
    monkeypatch.setattr(messages, "ask_yes_no", lambda *a: True)
    assert win.recover_drafts() == 1
    assert win.editors[0].title_edit.text() == "Ketikan yang hampir hilang"
    win.editors[0].drafts.discard()
    save_draft(office_db.paths, new_record_key(), None, None, RecordDraft(title="Tidak jadi"))
    monkeypatch.setattr(messages, "ask_yes_no", lambda *a: False)
    assert win.recover_drafts() == 0
    assert pending_drafts(office_db.paths) == []
    assert list((office_db.paths.drafts / "ditolak").glob("*.json"))


def test_history_and_penetapan_act_on_the_selected_record(qtbot, office_db: Database, monkeypatch) -> None:
    from ppid_desktop.ui import history_dialog, penetapan_dialog

    record = make_record(office_db, "Rekaman terpilih")
    win = MainWindow(office_db)
    qtbot.addWidget(win)
    win.show()
    opened: list[tuple[str, int]] = []
    monkeypatch.setattr(history_dialog.HistoryDialog, "ask", classmethod(lambda cls, db, rid, parent=None: opened.append(("riwayat", rid))))
    monkeypatch.setattr(penetapan_dialog.PenetapanDialog, "ask", classmethod(lambda cls, db, rid, oid, parent=None: opened.append(("penetapan", rid)) or False))
    win.history_action.trigger()
    assert opened == [] and "Pilih satu rekaman" in win.statusBar().currentMessage()
    win.register.table.selectRow(0)
    win.history_action.trigger()
    win.penetapan_action.trigger()
    assert opened == [("riwayat", record.id), ("penetapan", record.id)]


def test_overview_figures_open_the_matching_list_or_stage(qtbot, office_db: Database) -> None:
    make_record(office_db, "Satu")
    win = MainWindow(office_db)
    qtbot.addWidget(win)
    win.show()
    win.overview.open_stage.emit("serah")
    assert win.tabs.currentWidget() is win.stage_panels[1]
    win.overview.open_records.emit("Semua rekaman", [win.register.model.record_id(0)])
    from ppid_desktop.ui.record_picker import RecordPickerDialog

    picker = win.findChild(RecordPickerDialog)
    assert picker is not None and picker.isVisible()


def test_a_long_list_shows_its_first_page_at_once_and_the_rest_follows(qtbot, office_db: Database, monkeypatch) -> None:
    from ppid_desktop.ui import record_table_model

    monkeypatch.setattr(record_table_model, "FIRST_PAGE", 2)
    for n in range(5):
        make_record(office_db, f"Rekaman {n}")
    win = MainWindow(office_db)
    qtbot.addWidget(win)
    with qtbot.waitSignal(win.register.model.completed, timeout=10_000):
        win.show()
        assert win.register.model.rowCount() == 2
        assert win.register.count_label.text() == "2+ rekaman"
    assert visible_titles(win.register) == [f"Rekaman {n}" for n in (4, 3, 2, 1, 0)]  # newest first
    assert win.register.count_label.text() == "5 rekaman"


def test_a_newer_search_makes_the_pending_rest_obsolete(qtbot, office_db: Database, monkeypatch) -> None:
    from ppid_desktop.ui import record_table_model

    monkeypatch.setattr(record_table_model, "FIRST_PAGE", 1)
    for n in range(4):
        make_record(office_db, f"Memo {n}")
    make_record(office_db, "Lelang")
    win = MainWindow(office_db)
    qtbot.addWidget(win)
    win.show()
    win.register.search_edit.setText("memo")
    win.register.search_edit.setText("lelang")  # the pending 'memo' rest must not land
    assert record_table_model._ids_pool().waitForDone(10_000)
    QApplication.processEvents()  # deliver the obsolete result, which must be ignored
    assert visible_titles(win.register) == ["Lelang"]
    assert win.register.count_label.text() == "1 rekaman cocok"


def test_print_menu_starts_the_register_job_and_previews_it(qtbot, office_db: Database, monkeypatch) -> None:
    from ppid_desktop.ui import print_actions
    from ppid_desktop.ui.print_options import PrintOptionsDialog, RegisterOptions

    make_record(office_db, "Untuk dicetak")
    win = MainWindow(office_db)
    qtbot.addWidget(win)
    win.show()
    monkeypatch.setattr(PrintOptionsDialog, "ask", classmethod(lambda cls, db, parent=None: RegisterOptions(paper="A4", orientation="landscape", unit_id=None, status=None, year=None, copies=1)))
    started: list = []
    original = print_actions.run_job

    def spy(*args, **kwargs):
        job = original(*args, **kwargs)
        started.append(job)
        return job

    monkeypatch.setattr(print_actions, "run_job", spy)
    win.print_register_action.trigger()
    assert started, "Ctrl+P must start a register job"
    qtbot.waitUntil(lambda: getattr(started[0], "preview", None) is not None, timeout=30_000)
    assert started[0].preview.isVisible()
    started[0].preview.close()
    print_actions.shutdown()


def test_changed_working_hours_apply_to_the_stage_tabs_at_once(qtbot, office_db: Database, monkeypatch) -> None:
    from PySide6.QtCore import QTime

    from ppid_desktop.ui.settings_dialog import SettingsDialog

    win = MainWindow(office_db)
    qtbot.addWidget(win)
    win.show()

    def save_new_hours(dialog: SettingsDialog) -> int:
        dialog.work_page_body.start_edit.setTime(QTime(7, 30))
        dialog.work_page_body.end_edit.setTime(QTime(15, 0))
        dialog.save_button.click()
        return dialog.result()

    monkeypatch.setattr(SettingsDialog, "exec", save_new_hours)
    win.settings_action.trigger()
    calendar = win.stage_panels[0].records.model._calendar
    assert (calendar.start.hour, calendar.start.minute, calendar.end.hour) == (7, 30, 15)


def test_one_pengaturan_item_opens_every_setting(qtbot, office_db: Database, monkeypatch) -> None:
    from PySide6.QtGui import QKeySequence

    from ppid_desktop.services.office import get_office
    from ppid_desktop.ui.settings_dialog import SettingsDialog

    win = MainWindow(office_db)
    qtbot.addWidget(win)
    win.show()
    edit_menu = next(action.menu() for action in win.menuBar().actions() if action.text() == "&Sunting")
    assert [action.text() for action in edit_menu.actions() if not action.isSeparator()] == ["&Cari", "&Pengaturan…", "&Unit dan pejabat…"]
    assert win.settings_action.shortcut() == QKeySequence("Ctrl+,") and win.settings_action.isEnabled()
    opened: list[list[str]] = []

    def rename_office(dialog: SettingsDialog) -> int:
        opened.append(dialog.page_titles())
        dialog.profile_page.form.name_edit.setText("BIRO PEMERINTAHAN")
        dialog.save_button.click()
        return dialog.result()

    monkeypatch.setattr(SettingsDialog, "exec", rename_office)
    win.settings_action.trigger()
    assert opened == [["Profil kantor", "Waktu kerja dan hari libur", "Cetak", "Folder bersama", "Bahasa"]]
    assert get_office(office_db).name == "BIRO PEMERINTAHAN"
    assert win.windowTitle() == "PPID Desktop — Biro Pemerintahan"
    assert win.statusBar().currentMessage().startswith("Profil kantor disimpan")


def test_handover_starts_from_the_selected_record_and_refreshes_the_outbox(qtbot, office_db: Database, monkeypatch) -> None:
    from ppid_desktop.ui import handover_dialog

    record = make_record(office_db, "Rekam medis pegawai")
    win = MainWindow(office_db)
    qtbot.addWidget(win)
    win.show()
    win.register.select_row(0)
    asked: list[object] = []
    monkeypatch.setattr(
        handover_dialog.HandoverDialog, "ask", classmethod(lambda cls, db, paths, officer, parent, pre: asked.append(pre))
    )
    win.handover_action.trigger()
    assert asked == [[record.id]]


def test_about_shows_the_dialog_with_the_data_folder(qtbot, office_db: Database, monkeypatch) -> None:
    from ppid_desktop.ui import about_dialog

    shown: list[str] = []
    monkeypatch.setattr(about_dialog.AboutDialog, "exec", lambda self: shown.append(self.windowTitle()) or 0)
    win = MainWindow(office_db)
    qtbot.addWidget(win)
    win.about_action.trigger()
    assert shown == ["Tentang PPID Desktop"]
