"""The record editor and its legal-grounds table, driven as a clerk would, checked in the database."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QWidget

from ppid_desktop.domain.enums import Classification, InformationForm
from ppid_desktop.domain.errors import UserError
from ppid_desktop.domain.legal import LegalGround
from ppid_desktop.domain.record import RecordDraft
from ppid_desktop.services.office import list_units
from ppid_desktop.services.records import create_record, get_record, query_record_ids
from ppid_desktop.ui import messages
from ppid_desktop.ui.legal_grounds_widget import OTHER, LegalGroundsWidget
from ppid_desktop.ui.record_editor import RecordEditor

SITI = 2  # officer of "Bagian Kesejahteraan Sosial" in the office_db fixture
OTHER_STATUTE = "UU 43/2009 Pasal 44"
EXPECTED_GROUNDS = [LegalGround("h", 5), LegalGround(other=OTHER_STATUTE)]


class Dialogs:
    """Stands in for every message box: records what was asked and answers as told."""

    def __init__(self) -> None:
        self.answer = messages.Choice.DISCARD  # also used when qtbot closes editors at teardown
        self.asked: list[str] = []
        self.errors: list[UserError] = []

    def ask(self, _parent: QWidget | None, _title: str, text: str) -> messages.Choice:
        self.asked.append(text)
        return self.answer

    def show_error(self, _parent: QWidget | None, error: UserError, _title: str = "") -> None:
        self.errors.append(error)


@pytest.fixture(autouse=True)
def dialogs(monkeypatch: pytest.MonkeyPatch) -> Dialogs:
    fake = Dialogs()
    monkeypatch.setattr(messages, "ask_save_discard_cancel", fake.ask)
    monkeypatch.setattr(messages, "show_user_error", fake.show_error)
    return fake


@pytest.fixture
def open_editor(qtbot, office_db):
    def make(record_id: int | None = None, officer_id: int | None = SITI) -> RecordEditor:
        editor = RecordEditor(office_db, record_id, officer_id)
        qtbot.addWidget(editor)
        editor.show()
        qtbot.waitExposed(editor)
        return editor

    return make


def unit_id(db, name: str) -> int:
    return next(unit.id for unit in list_units(db) if unit.name == name)


def choose(combo, data) -> None:
    index = combo.findData(data)
    assert index >= 0, data
    combo.setCurrentIndex(index)


def enter_grounds(qtbot, editor: RecordEditor) -> None:
    """Pasal 17 huruf h angka 5 in the blank first row, then a second row for another statute."""
    grounds = editor.grounds_widget
    assert grounds.table.rowCount() == 1
    assert not grounds.angka_combo(0).isEnabled()
    choose(grounds.ground_combo(0), "h")
    assert grounds.angka_combo(0).isEnabled()
    assert not grounds.other_edit(0).isEnabled()
    choose(grounds.angka_combo(0), 5)
    qtbot.mouseClick(grounds.add_button, Qt.MouseButton.LeftButton)
    choose(grounds.ground_combo(1), OTHER)
    assert not grounds.angka_combo(1).isEnabled()
    assert grounds.other_edit(1).isEnabled()
    grounds.other_edit(1).setText(OTHER_STATUTE)


def fill_all(qtbot, editor: RecordEditor, db) -> None:
    editor.register_number_edit.setText("001/DIK/KESRA/2024")
    editor.title_edit.setText("Rekam medis penerima bantuan sosial lanjut usia")
    editor.summary_edit.setPlainText("Diagnosis, riwayat pengobatan dan nomor rekening penerima — data pribadi.")
    choose(editor.unit_combo, unit_id(db, "Subbagian Tata Usaha"))
    enter_grounds(qtbot, editor)
    editor.consequence_opened_edit.setPlainText("Mengungkap rahasia pribadi; penerima dapat mengalami stigma.")
    editor.consequence_closed_edit.setPlainText("Melindungi hak atas privasi yang lebih besar daripada kepentingan umum.")
    editor.period_start_check.setChecked(True)
    editor.period_start_edit.setDate(QDate(2024, 1, 15))
    editor.period_end_check.setChecked(True)
    editor.period_end_edit.setDate(QDate(2029, 1, 15))
    editor.period_condition_edit.setText("Sampai memperoleh persetujuan dari yang bersangkutan")
    choose(editor.form_combo, InformationForm.ELEKTRONIK.value)
    editor.storage_location_edit.setText("Storage internal PPID, folder Kesra")
    choose(editor.classification_combo, Classification.RAHASIA.value)
    editor.remarks_edit.setPlainText("Dikecualikan sebagian: nama penerima dapat dibuka.")


def expected_draft(db) -> RecordDraft:
    return RecordDraft(
        title="Rekam medis penerima bantuan sosial lanjut usia",
        register_number="001/DIK/KESRA/2024",
        summary="Diagnosis, riwayat pengobatan dan nomor rekening penerima — data pribadi.",
        unit_id=unit_id(db, "Subbagian Tata Usaha"),
        legal_grounds=EXPECTED_GROUNDS,
        consequence_opened="Mengungkap rahasia pribadi; penerima dapat mengalami stigma.",
        consequence_closed="Melindungi hak atas privasi yang lebih besar daripada kepentingan umum.",
        period_start=date(2024, 1, 15),
        period_end=date(2029, 1, 15),
        period_condition="Sampai memperoleh persetujuan dari yang bersangkutan",
        form=InformationForm.ELEKTRONIK,
        storage_location="Storage internal PPID, folder Kesra",
        classification=Classification.RAHASIA,
        remarks="Dikecualikan sebagian: nama penerima dapat dibuka.",
    )


def valid_draft(db, title: str = "Laporan hasil pemeriksaan internal") -> RecordDraft:
    return RecordDraft(
        title=title,
        unit_id=unit_id(db, "Bagian Kesejahteraan Sosial"),
        legal_grounds=[LegalGround("i")],
        consequence_opened="Mengganggu proses pemeriksaan yang sedang berjalan.",
        consequence_closed="Pemeriksaan dapat diselesaikan tanpa tekanan.",
        period_condition="Dapat dibuka pada waktu pemeriksaan selesai",
    )


def shown_error(editor: RecordEditor, key: str) -> str:
    label = editor.error_label(key)
    return label.text() if label.isVisibleTo(editor) else ""


def marked(widget: QWidget) -> bool:
    return bool(widget.property("invalid"))


# --- new records --------------------------------------------------------------------------------


def test_new_editor_starts_clean_with_defaults(open_editor, office_db) -> None:
    editor = open_editor()
    assert editor.windowTitle() == "Rekaman baru"
    assert not editor.is_dirty()
    assert editor.record_id is None
    assert editor.unit_combo.currentData() == unit_id(office_db, "Bagian Kesejahteraan Sosial")  # Siti's unit
    assert editor.classification_combo.currentData() == Classification.TERBATAS.value
    assert not editor.period_end_edit.isEnabled()
    assert not editor.info_label.isVisibleTo(editor)


def test_new_record_filled_and_saved_by_click(qtbot, open_editor, office_db, dialogs) -> None:
    editor = open_editor()
    fill_all(qtbot, editor, office_db)
    assert editor.is_dirty()
    assert editor.windowTitle() == "Rekaman baru*"

    with qtbot.waitSignal(editor.saved) as signal:
        qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)

    record_id = signal.args[0]
    assert editor.record_id == record_id
    detail = get_record(office_db, record_id)
    assert detail.draft == expected_draft(office_db)
    assert detail.version == editor.version == 1
    assert detail.created_by == "Siti Rahmawati, S.Sos"
    assert not editor.is_dirty()
    assert editor.isVisible()
    assert editor.windowTitle() == "Ubah rekaman — Rekam medis penerima bantuan sosial lanjut usia"
    assert detail.uid in editor.info_label.text()
    assert "Status: Draf" in editor.info_label.text()
    assert dialogs.errors == []


def test_new_record_saved_with_ctrl_s_then_saved_again_as_update(qtbot, open_editor, office_db) -> None:
    editor = open_editor()
    with qtbot.waitActive(editor):  # shortcuts reach only the active window
        editor.activateWindow()
    fill_all(qtbot, editor, office_db)
    editor.title_edit.setFocus()

    with qtbot.waitSignal(editor.saved) as signal:
        qtbot.keyClick(editor.title_edit, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    record_id = signal.args[0]
    assert get_record(office_db, record_id).draft == expected_draft(office_db)

    # A second save updates the same record instead of creating another.
    editor.remarks_edit.setPlainText("Diperbarui.")
    assert editor.windowTitle().endswith("*")
    with qtbot.waitSignal(editor.saved) as again:
        qtbot.keyClick(editor.title_edit, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert again.args == [record_id]
    assert query_record_ids(office_db) == [record_id]
    assert get_record(office_db, record_id).draft.remarks == "Diperbarui."
    assert editor.version == get_record(office_db, record_id).version == 2


def test_empty_title_and_no_ground_are_shown_under_their_fields(qtbot, open_editor, office_db, dialogs) -> None:
    editor = open_editor()
    fill_all(qtbot, editor, office_db)
    editor.title_edit.setText("")
    editor.grounds_widget.set_grounds([])

    with qtbot.assertNotEmitted(editor.saved):
        assert editor.save() is False

    assert "Informasi yang dikecualikan wajib diisi" in shown_error(editor, "title")
    assert "Dasar hukum pengecualian wajib diisi" in shown_error(editor, "legal_grounds")
    assert marked(editor.title_edit)
    assert marked(editor.grounds_widget.table)
    for key in ("register_number", "summary", "unit_id", "consequence_opened", "consequence_closed", "period_end"):
        assert shown_error(editor, key) == ""
        assert not marked(editor.field_widget(key))
    assert editor.focusWidget() is editor.title_edit  # the first wrong field
    assert query_record_ids(office_db) == []
    assert editor.record_id is None
    assert editor.is_dirty()
    assert dialogs.errors == []

    # Fixing the fields and saving again clears the marks.
    editor.title_edit.setText("Rekam medis penerima bantuan")
    editor.grounds_widget.set_grounds(EXPECTED_GROUNDS)
    assert editor.save()
    assert shown_error(editor, "title") == shown_error(editor, "legal_grounds") == ""
    assert not marked(editor.title_edit)
    assert not marked(editor.grounds_widget.table)


def test_every_missing_field_is_marked_and_the_first_focused(open_editor, office_db) -> None:
    editor = open_editor(officer_id=None)  # no officer: no unit chosen in advance
    assert not editor.save()
    for key in ("title", "unit_id", "legal_grounds", "consequence_opened", "consequence_closed", "period_end"):
        assert shown_error(editor, key), key
        assert marked(editor.field_widget(key)), key
    assert editor.focusWidget() is editor.title_edit
    assert query_record_ids(office_db) == []


def test_a_message_goes_as_soon_as_its_field_is_changed(qtbot, open_editor, office_db) -> None:
    editor = open_editor(officer_id=None)
    assert not editor.save()

    editor.title_edit.setText("Rekam medis")
    choose(editor.grounds_widget.ground_combo(0), "h")
    editor.period_condition_edit.setText("Sampai perkara selesai")  # answers the period message too
    for key in ("title", "legal_grounds", "period_end"):
        assert shown_error(editor, key) == "", key
        assert not marked(editor.field_widget(key)), key
    assert shown_error(editor, "unit_id") and marked(editor.unit_combo)  # not touched: still wrong


def test_end_date_before_start_date_shows_the_period_message(qtbot, open_editor, office_db) -> None:
    editor = open_editor()
    fill_all(qtbot, editor, office_db)
    editor.period_end_edit.setDate(QDate(2023, 12, 31))

    assert not editor.save()

    message = shown_error(editor, "period_end")
    assert "harus sesudah tanggal mulai dikecualikan" in message
    assert "31-12-2023" in message and "15-01-2024" in message
    assert marked(editor.period_end_edit)
    assert shown_error(editor, "period_start") == ""
    assert editor.focusWidget() is editor.period_end_edit
    assert query_record_ids(office_db) == []


def test_a_bad_ground_names_its_row(qtbot, open_editor, office_db) -> None:
    editor = open_editor()
    fill_all(qtbot, editor, office_db)
    editor.grounds_widget.other_edit(1).setText("")  # "Peraturan lain" chosen, nothing written

    assert not editor.save()
    assert shown_error(editor, "legal_grounds").startswith("Dasar hukum ke-2:")
    assert query_record_ids(office_db) == []


# --- existing records ---------------------------------------------------------------------------


def test_existing_record_is_loaded_edited_and_saved(qtbot, open_editor, office_db) -> None:
    created = create_record(office_db, expected_draft(office_db), SITI)
    editor = open_editor(created.id, officer_id=1)
    assert editor.draft() == expected_draft(office_db)
    assert not editor.is_dirty()
    assert editor.windowTitle() == "Ubah rekaman — Rekam medis penerima bantuan sosial lanjut usia"
    assert editor.grounds_widget.grounds() == EXPECTED_GROUNDS
    assert editor.period_end_check.isChecked()

    editor.title_edit.setText("Rekam medis penerima bantuan sosial (diperbarui)")
    editor.period_start_check.setChecked(False)
    with qtbot.waitSignal(editor.saved):
        assert editor.save()

    detail = get_record(office_db, created.id)
    assert detail.version == editor.version > created.version
    assert detail.draft.title == "Rekam medis penerima bantuan sosial (diperbarui)"
    assert detail.draft.period_start is None
    assert detail.draft.legal_grounds == EXPECTED_GROUNDS
    assert detail.updated_by == "drg. Hary Agung Tjahyadi, M.Kes"
    assert editor.windowTitle() == "Ubah rekaman — Rekam medis penerima bantuan sosial (diperbarui)"


def test_stale_editor_gets_the_conflict_message_and_the_first_save_stays(qtbot, open_editor, office_db, dialogs) -> None:
    created = create_record(office_db, valid_draft(office_db), SITI)
    first = open_editor(created.id)
    second = open_editor(created.id)

    first.title_edit.setText("Laporan hasil pemeriksaan internal 2024")
    assert first.save()
    assert get_record(office_db, created.id).version == 2

    second.remarks_edit.setPlainText("Perubahan dari jendela kedua")
    with qtbot.assertNotEmitted(second.saved):
        assert second.save() is False

    assert len(dialogs.errors) == 1
    assert "telah diubah di tempat lain" in str(dialogs.errors[0])
    assert second.is_dirty()  # what the clerk typed is still there to copy
    assert second.remarks_edit.toPlainText() == "Perubahan dari jendela kedua"
    detail = get_record(office_db, created.id)
    assert detail.version == 2
    assert detail.draft.title == "Laporan hasil pemeriksaan internal 2024"
    assert detail.draft.remarks == ""


# --- closing ------------------------------------------------------------------------------------


def test_closing_a_clean_editor_asks_nothing(open_editor, dialogs) -> None:
    editor = open_editor()
    editor.close()
    assert not editor.isVisible()
    assert dialogs.asked == []


def test_closing_dirty_and_choosing_batal_keeps_it_open(qtbot, open_editor, office_db, dialogs) -> None:
    editor = open_editor()
    editor.title_edit.setText("Belum disimpan")
    dialogs.answer = messages.Choice.CANCEL

    with qtbot.assertNotEmitted(editor.finished):
        editor.close()
    assert editor.isVisible()
    qtbot.mouseClick(editor.close_button, Qt.MouseButton.LeftButton)
    assert editor.isVisible()
    qtbot.keyClick(editor, Qt.Key.Key_Escape)
    assert editor.isVisible()

    assert len(dialogs.asked) == 3
    assert editor.title_edit.text() == "Belum disimpan"
    assert query_record_ids(office_db) == []


def test_closing_dirty_and_choosing_buang_closes_without_saving(qtbot, open_editor, office_db, dialogs) -> None:
    editor = open_editor()
    fill_all(qtbot, editor, office_db)
    dialogs.answer = messages.Choice.DISCARD

    with qtbot.assertNotEmitted(editor.saved), qtbot.waitSignal(editor.finished):  # the main window forgets it
        qtbot.mouseClick(editor.close_button, Qt.MouseButton.LeftButton)

    assert not editor.isVisible()
    assert len(dialogs.asked) == 1
    assert query_record_ids(office_db) == []


def test_closing_dirty_and_choosing_simpan_saves_then_closes(qtbot, open_editor, office_db, dialogs) -> None:
    editor = open_editor()
    fill_all(qtbot, editor, office_db)
    dialogs.answer = messages.Choice.SAVE

    with qtbot.waitSignal(editor.saved) as signal, qtbot.waitSignal(editor.finished):
        editor.close()

    assert not editor.isVisible()
    assert len(dialogs.asked) == 1
    assert get_record(office_db, signal.args[0]).draft == expected_draft(office_db)


def test_simpan_on_close_that_fails_keeps_the_editor_open(qtbot, open_editor, office_db, dialogs) -> None:
    editor = open_editor()
    editor.title_edit.setText("Tanpa dasar hukum")
    dialogs.answer = messages.Choice.SAVE

    qtbot.keyClick(editor, Qt.Key.Key_Escape)

    assert editor.isVisible()
    assert shown_error(editor, "legal_grounds")
    assert query_record_ids(office_db) == []


def test_undoing_an_edit_makes_the_editor_clean_again(open_editor) -> None:
    editor = open_editor()
    editor.title_edit.setText("x")
    editor.period_end_check.setChecked(True)
    assert editor.windowTitle() == "Rekaman baru*"
    editor.title_edit.setText("")
    editor.period_end_check.setChecked(False)
    assert not editor.is_dirty()
    assert editor.windowTitle() == "Rekaman baru"


# --- the legal grounds table --------------------------------------------------------------------


def test_grounds_widget_round_trip_and_signals(qtbot) -> None:
    widget = LegalGroundsWidget()
    qtbot.addWidget(widget)
    grounds = [LegalGround("a", 3), LegalGround("b"), LegalGround(other=OTHER_STATUTE)]
    with qtbot.assertNotEmitted(widget.changed):
        widget.set_grounds(grounds)
    assert widget.grounds() == grounds
    assert widget.angka_combo(0).isEnabled()
    assert widget.angka_combo(0).count() == 6  # "—" and 1..5
    assert not widget.angka_combo(1).isEnabled()
    assert widget.other_edit(2).isEnabled() and not widget.other_edit(0).isEnabled()

    with qtbot.waitSignal(widget.changed):
        choose(widget.angka_combo(0), None)
    assert widget.grounds()[0] == LegalGround("a")

    # Switching a row away from "Peraturan lain" and back keeps what was typed.
    choose(widget.ground_combo(2), "j")
    assert widget.grounds()[2] == LegalGround("j")
    choose(widget.ground_combo(2), OTHER)
    assert widget.grounds()[2] == LegalGround(other=OTHER_STATUTE)

    widget.table.selectRow(1)
    assert widget.remove_button.isEnabled()
    with qtbot.waitSignal(widget.changed):
        qtbot.mouseClick(widget.remove_button, Qt.MouseButton.LeftButton)
    assert widget.grounds() == [LegalGround("a"), LegalGround(other=OTHER_STATUTE)]


def test_grounds_widget_skips_blank_rows_and_reports_half_filled_ones(qtbot) -> None:
    widget = LegalGroundsWidget()
    qtbot.addWidget(widget)
    widget.add_ground()
    assert widget.grounds() == []
    choose(widget.ground_combo(0), OTHER)
    widget.other_edit(0).setText("Perda 5/2019")
    choose(widget.ground_combo(0), "")  # back to "— Pilih dasar hukum —" with text left behind
    assert widget.grounds() == [LegalGround()]


# --- status, archive revisions and crash recovery (issue 2 "nothing typed is lost", issue 3) -----

def test_new_and_draft_records_are_marked_as_drafts(qtbot, office_db) -> None:
    from tests.conftest import make_record

    new = RecordEditor(office_db, None, None)
    qtbot.addWidget(new)
    assert "Rekaman baru" in new.status_banner.text()
    record = make_record(office_db, "Draf saja")
    editor = RecordEditor(office_db, record.id, None)
    qtbot.addWidget(editor)
    assert "<b>Draf</b>" in editor.status_banner.text()


def test_an_archived_record_is_read_only_until_a_revision_with_a_reason(qtbot, office_db, monkeypatch) -> None:
    from ppid_desktop.services.audit import history
    from tests.conftest import make_record

    record = make_record(office_db, "Arsip lama")
    with office_db.engine.begin() as connection:
        connection.exec_driver_sql("UPDATE exempt_record SET archived_at = '2025-01-01 00:00:00' WHERE id = ?", (record.id,))
    editor = RecordEditor(office_db, record.id, None)
    qtbot.addWidget(editor)
    assert editor.title_edit.isReadOnly() and not editor.save_button.isEnabled()
    assert "Diarsipkan" in editor.status_banner.text()
    assert editor.revise_button.isVisibleTo(editor)
    monkeypatch.setattr(messages, "ask_text", lambda *args: None)
    assert not editor.start_revision()
    assert editor.title_edit.isReadOnly()
    monkeypatch.setattr(messages, "ask_text", lambda *args: "Nama unit salah ketik")
    assert editor.start_revision()
    editor.title_edit.setText("Arsip lama (diperbaiki)")
    assert editor.save()
    assert editor.title_edit.isReadOnly()  # back to read-only after the revision is saved
    last = history(office_db, record.id)[-1]
    assert last.action == "revise" and "Nama unit salah ketik" in last.summary


def test_unsaved_typing_is_kept_on_disk_and_restored_after_a_crash(qtbot, office_db) -> None:
    from ppid_desktop.services.drafts import pending_drafts

    editor = RecordEditor(office_db, None, None)
    qtbot.addWidget(editor)
    editor.title_edit.setText("Ketikan sebelum listrik padam")
    editor.drafts.write_now()  # the timer would do this 1.5 s after the last keystroke
    [saved] = pending_drafts(office_db.paths)
    assert saved.draft.title == "Ketikan sebelum listrik padam"
    # The process dies here; at the next start the main window offers the draft back.
    restored = RecordEditor(office_db, None, None, recovered=saved)
    qtbot.addWidget(restored)
    assert restored.title_edit.text() == "Ketikan sebelum listrik padam"
    assert restored.is_dirty()  # restored, but not saved until the clerk saves it
    assert "dipulihkan" in restored.info_label.text()


def test_saving_or_discarding_removes_the_recovery_copy(qtbot, office_db, monkeypatch) -> None:
    from ppid_desktop.services.drafts import pending_drafts

    editor = RecordEditor(office_db, None, None)
    qtbot.addWidget(editor)
    editor.title_edit.setText("Akan dibuang")
    editor.drafts.write_now()
    assert pending_drafts(office_db.paths)
    monkeypatch.setattr(messages, "ask_save_discard_cancel", lambda *a: messages.Choice.DISCARD)
    editor.close()
    assert pending_drafts(office_db.paths) == []
