"""The "Serah terima" dialog: tick records, build the package off the GUI thread, see where it went."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from ppid_desktop.services import workflow
from ppid_desktop.services.handover_outbox import outbox_entries
from ppid_desktop.services.handover_settings import ShareSettings, save_share_settings
from ppid_desktop.storage.database import Database
from ppid_desktop.ui.handover_dialog import HandoverDialog
from tests.ui.handover_support import SITI, ready_for_handover


@pytest.fixture
def open_dialog(qtbot, office_db: Database):
    def make(officer_id: int | None = SITI, preselected=None) -> HandoverDialog:
        dialog = HandoverDialog(office_db, office_db.paths, lambda: officer_id, preselected=preselected)
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.waitExposed(dialog)
        return dialog

    return make


def run_export(qtbot, dialog: HandoverDialog) -> None:
    with qtbot.waitSignal(dialog.export_button.clicked):
        qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    job = dialog.job
    assert job is not None and not dialog.export_button.isEnabled() and dialog.cancel_button.isVisible()
    qtbot.waitUntil(lambda: dialog.job is None, timeout=30_000)


def test_records_in_the_handover_stage_are_listed_and_preselection_is_honoured(open_dialog, office_db: Database, tmp_path: Path) -> None:
    first, second = ready_for_handover(office_db, tmp_path / "lampiran", ["Data penerima bantuan", "Notulen rapat tertutup"])
    dialog = open_dialog(preselected=[second])
    assert dialog.records_list.count() == 2
    assert dialog.checked_ids() == [second]
    assert dialog.count_label.text() == "1 rekaman dipilih"
    dialog.all_button.click()
    assert dialog.checked_ids() == [first, second]
    dialog.none_button.click()
    assert dialog.checked_ids() == [] and not dialog.export_button.isEnabled()


def test_without_a_share_the_package_waits_in_the_outbox(qtbot, open_dialog, office_db: Database, tmp_path: Path) -> None:
    ids = ready_for_handover(office_db, tmp_path / "lampiran", ["Data penerima bantuan"])
    dialog = open_dialog()
    run_export(qtbot, dialog)
    assert dialog.result is not None and dialog.result.state == "outbox"
    assert "disimpan di kotak keluar" in dialog.message_label.text()
    assert "belum diatur" in dialog.message_label.text()
    [entry] = outbox_entries(office_db)
    assert entry.record_count == 1 and entry.state != "terkirim"
    assert workflow.record_workflow(office_db, ids[0]).stage.code == "terima"
    assert not dialog.export_button.isEnabled(), "one package per dialog"


def test_with_a_share_the_package_is_delivered_and_the_dialog_says_where(qtbot, open_dialog, office_db: Database, tmp_path: Path) -> None:
    share = tmp_path / "drive bersama"
    share.mkdir()
    save_share_settings(office_db.paths, ShareSettings(outbox_folder=share))
    ready_for_handover(office_db, tmp_path / "lampiran", ["Data penerima bantuan", "Notulen rapat tertutup"])
    dialog = open_dialog()
    assert str(share) in dialog.destination_label.text()
    run_export(qtbot, dialog)
    result = dialog.result
    assert result is not None and result.state == "terkirim"
    assert result.share_path is not None and result.share_path.parent == share
    assert (result.share_path / "bagit.txt").is_file()
    assert "sudah diterima di folder bersama" in dialog.message_label.text()
    assert str(result.share_path) in dialog.message_label.text()


def test_a_refusal_is_shown_in_full_and_builds_nothing(qtbot, open_dialog, office_db: Database, tmp_path: Path) -> None:
    ready_for_handover(office_db, tmp_path / "lampiran", ["Data penerima bantuan"])
    dialog = open_dialog(officer_id=None)
    run_export(qtbot, dialog)
    assert dialog.result is None
    assert "Pilih petugas yang menyerahkan paket." in dialog.message_label.text()
    assert outbox_entries(office_db) == []
    assert dialog.export_button.isEnabled() and dialog.checked_ids() != []


def test_the_encryption_option_is_off_and_explains_its_trade_off(open_dialog, office_db: Database, tmp_path: Path) -> None:
    ready_for_handover(office_db, tmp_path / "lampiran", ["Data penerima bantuan"])
    dialog = open_dialog()
    box = dialog.encryption
    assert box.option.text() == "Enkripsi paket dengan kata sandi paket" and not box.option.isChecked()
    assert box.explanation.isVisible() and not box.fields.isVisible()
    text = box.explanation.text()
    for point in ("siapa pun yang dapat membuka folder tujuan di drive jaringan", "hanya dapat dibaca oleh orang yang mengetahui kata sandi",
                  "secara langsung atau lewat telepon", "jangan dikirim lewat surel yang sama", "tidak ada data yang hilang",
                  "sedikit lebih lama"):
        assert point in text, point
    box.option.setChecked(True)
    assert box.fields.isVisible() and "12 karakter" in box.rules_label.text()
    dialog.grab().save(str(tmp_path / "handover-encryption.png"))  # looked at while writing this test


def test_an_encrypted_package_needs_the_passphrase_twice_and_reaches_the_share_encrypted(qtbot, open_dialog, office_db: Database,
                                                                                         tmp_path: Path) -> None:
    share = tmp_path / "share"
    share.mkdir()
    save_share_settings(office_db.paths, ShareSettings(outbox_folder=share))
    ready_for_handover(office_db, tmp_path / "lampiran", ["Data penerima bantuan"])
    dialog = open_dialog()
    box = dialog.encryption
    box.option.setChecked(True)
    box.passphrase_edit.setText("pendek")
    box.repeat_edit.setText("pendek")
    dialog.export_button.click()
    assert dialog.job is None and "terlalu pendek" in dialog.message_label.text() and not list(share.iterdir())
    box.passphrase_edit.setText("kopi tubruk di teras kantor")
    box.repeat_edit.setText("kopi tubruk di teras kantoR")
    dialog.export_button.click()
    assert dialog.job is None and "tidak sama" in dialog.message_label.text()
    box.repeat_edit.setText("kopi tubruk di teras kantor")

    run_export(qtbot, dialog)

    assert dialog.result is not None and dialog.result.state == "terkirim", dialog.message_label.text()
    assert "Paket terenkripsi" in dialog.message_label.text() and "lewat telepon" in dialog.message_label.text()
    package = dialog.result.share_path
    assert (package / "ppid-enkripsi.txt").is_file() and not (package / "data" / "records.json").exists()
    assert box.passphrase_edit.text() == "" and not box.option.isChecked()
    dialog.grab().save(str(tmp_path / "handover-encrypted-done.png"))  # looked at while writing this test
