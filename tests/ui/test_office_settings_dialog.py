"""The "Pengaturan kantor" dialog: loads the stored settings, edits holidays in place, shows
refusals under their fields and saves everything at once."""

from __future__ import annotations

from datetime import date, time

import pytest
from PySide6.QtCore import QDate, QTime

from ppid_desktop.services.office import add_holiday, get_office_settings
from ppid_desktop.ui import messages
from ppid_desktop.ui.office_settings_dialog import OfficeSettingsDialog


@pytest.fixture
def dialog(qtbot, office_db):
    add_holiday(office_db, date(2031, 12, 25), "Hari Raya Natal")
    widget = OfficeSettingsDialog(office_db)
    qtbot.addWidget(widget)
    return widget


def test_loads_the_stored_settings(dialog) -> None:
    assert dialog.windowTitle() == "Pengaturan kantor"
    assert [box.isChecked() for box in dialog.day_boxes] == [True] * 5 + [False] * 2
    assert dialog.start_edit.time() == QTime(8, 0) and dialog.start_edit.displayFormat() == "HH.mm"
    assert dialog.holiday_table.item(0, 0).text() == "25 Desember 2031"
    assert dialog.holiday_table.item(0, 1).text() == "Hari Raya Natal"
    assert [spin.value() for spin in dialog.margin_spins.values()] == [20, 20, 20, 20]
    assert not dialog.remove_button.isEnabled()


def test_tambah_hapus_and_simpan(dialog, office_db) -> None:
    dialog.holiday_date.setDate(QDate(2031, 3, 5))
    dialog.holiday_name.setText("Hari Raya Nyepi")
    dialog.add_button.click()
    assert [dialog.holiday_table.item(r, 0).text() for r in range(2)] == ["5 Maret 2031", "25 Desember 2031"]
    assert dialog.holiday_name.text() == ""
    dialog.holiday_table.selectRow(1)
    dialog.remove_button.click()
    dialog.day_boxes[5].setChecked(True)
    dialog.start_edit.setTime(QTime(7, 30))
    dialog.end_edit.setTime(QTime(15, 30))
    dialog.margin_spins["margin_left"].setValue(25)
    assert get_office_settings(office_db).holidays == [(date(2031, 12, 25), "Hari Raya Natal")]  # nothing stored yet
    dialog.save_button.click()
    assert dialog.saved and dialog.result() == dialog.DialogCode.Accepted
    stored = get_office_settings(office_db)
    assert stored.holidays == [(date(2031, 3, 5), "Hari Raya Nyepi")]
    assert stored.work_days == frozenset({0, 1, 2, 3, 4, 5})
    assert (stored.work_start, stored.work_end) == (time(7, 30), time(15, 30))
    assert stored.margins == (20, 20, 25, 20)


def test_adding_a_holiday_needs_a_name_and_a_new_date(dialog) -> None:
    dialog.holiday_date.setDate(QDate(2031, 12, 25))
    dialog.add_button.click()
    assert not dialog.name_error.isHidden() and "Isi nama hari libur 25 Desember 2031" in dialog.name_error.text()
    dialog.holiday_name.setText("Natal")
    assert dialog.name_error.isHidden()  # the message goes as soon as the field changes
    dialog.add_button.click()
    assert dialog.day_error.text() == "Tanggal 25 Desember 2031 sudah ada dalam daftar (Hari Raya Natal)."
    assert dialog.holiday_table.rowCount() == 1


def test_refusals_show_under_their_fields_and_nothing_is_saved(dialog, office_db) -> None:
    for box in dialog.day_boxes:
        box.setChecked(False)
    dialog.end_edit.setTime(QTime(7, 0))
    dialog.save_button.click()
    assert not dialog.saved and dialog.result() != dialog.DialogCode.Accepted
    assert dialog.fields["work_days"].text() == "Pilih paling sedikit satu hari kerja."
    assert dialog.fields["work_end"].text() == "Jam pulang (07.00) harus sesudah jam masuk (08.00)."
    assert get_office_settings(office_db).work_days == frozenset({0, 1, 2, 3, 4})
    dialog.day_boxes[0].setChecked(True)
    assert dialog.fields["work_days"].isHidden()


def test_a_refusal_no_field_claims_goes_to_a_message_box(dialog, monkeypatch) -> None:
    from ppid_desktop.domain.errors import ValidationError, ValidationErrors
    from ppid_desktop.ui import office_settings_dialog

    shown = []
    monkeypatch.setattr(messages, "show_user_error", lambda parent, error, title="": shown.append(str(error)))

    def refuse(db, settings, actor_id=None):
        raise ValidationErrors([ValidationError("other", "Ada yang salah.")])

    monkeypatch.setattr(office_settings_dialog, "save_office_settings", refuse)
    dialog.save_button.click()
    assert shown == ["Ada yang salah."] and not dialog.saved


def test_ask_returns_whether_it_saved(office_db, monkeypatch) -> None:
    monkeypatch.setattr(OfficeSettingsDialog, "exec", lambda self: self.save_button.click() or 1)
    assert OfficeSettingsDialog.ask(office_db) is True
    monkeypatch.setattr(OfficeSettingsDialog, "exec", lambda self: self.cancel_button.click() or 0)
    assert OfficeSettingsDialog.ask(office_db) is False


def test_screenshot(dialog, qtbot) -> None:
    from pathlib import Path

    dialog.show()
    qtbot.waitExposed(dialog)
    Path("/tmp/shots").mkdir(exist_ok=True)
    assert dialog.grab().save("/tmp/shots/settings.png")
