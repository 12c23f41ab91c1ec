"""Sunting > Profil kantor: the wizard's office form, filled with what is stored, saved again."""

from __future__ import annotations

from ppid_desktop.services.office import get_office
from ppid_desktop.ui.office_profile_dialog import OfficeProfileDialog


def test_the_dialog_shows_the_stored_profile_and_saves_a_change(qtbot, office_db) -> None:
    dialog = OfficeProfileDialog(office_db)
    qtbot.addWidget(dialog)
    form = dialog.form
    assert form.name_edit.text() == get_office(office_db).name
    form.city_edit.setText("Singkawang")
    dialog.save_button.click()
    assert dialog.saved
    assert get_office(office_db).city == "Singkawang"


def test_a_missing_city_is_shown_under_the_field_and_nothing_is_saved(qtbot, office_db) -> None:
    before = get_office(office_db)
    dialog = OfficeProfileDialog(office_db)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.form.city_edit.clear()
    dialog.save_button.click()
    assert not dialog.saved
    assert dialog.form.city_edit.property("invalid")
    assert dialog.form.errors["city"].isVisible()
    assert get_office(office_db) == before
