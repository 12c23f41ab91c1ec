"""The "Kotak masuk" tab at the PPID: list, check and import packages from the units."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from ppid_desktop.services.handover_export import export_package
from ppid_desktop.services.handover_settings import ShareSettings, save_share_settings
from ppid_desktop.services.records import list_records
from ppid_desktop.storage.database import Database, open_database
from ppid_desktop.storage.paths import DataPaths
from ppid_desktop.ui.inbox_panel import COLUMNS, InboxPanel
from tests.conftest import set_up_office
from tests.ui.handover_support import SITI, ready_for_handover


@pytest.fixture
def share(tmp_path: Path) -> Path:
    folder = tmp_path / "drive bersama" / "Serah Terima"
    folder.mkdir(parents=True)
    return folder


@pytest.fixture
def delivered(office_db: Database, share: Path, tmp_path: Path) -> Path:
    """A unit's package, delivered to the share."""
    save_share_settings(office_db.paths, ShareSettings(outbox_folder=share))
    ids = ready_for_handover(office_db, tmp_path / "lampiran", ["Data penerima bantuan", "Notulen rapat tertutup"])
    result = export_package(office_db, office_db.paths, ids, SITI)
    assert result.share_path is not None
    return result.share_path


@pytest.fixture
def ppid_db(tmp_path: Path, share: Path):
    """The PPID's own installation, reading the same share as its inbox."""
    database = open_database(DataPaths(tmp_path / "ppid"))
    set_up_office(database)
    save_share_settings(database.paths, ShareSettings(inbox_folder=share))
    yield database
    database.close()


@pytest.fixture
def open_panel(qtbot, ppid_db: Database):
    def make() -> InboxPanel:
        panel = InboxPanel(ppid_db, ppid_db.paths, lambda: SITI)
        qtbot.addWidget(panel)
        panel.resize(1100, 420)
        panel.show()
        qtbot.waitUntil(lambda: panel.listing is None, timeout=30_000)
        return panel

    return make


def cell(panel: InboxPanel, row: int, column: str) -> str:
    return panel.table.item(row, COLUMNS.index(column)).text()


def finish(qtbot, panel: InboxPanel) -> None:
    qtbot.waitUntil(lambda: panel.job is None and panel.listing is None, timeout=30_000)


def test_a_delivered_package_waits_as_new(open_panel, delivered: Path) -> None:
    panel = open_panel()
    assert panel.table.rowCount() == 1
    assert cell(panel, 0, "Paket") == delivered.name and cell(panel, 0, "Status") == "Baru"
    assert panel.import_button.isEnabled() and panel.verify_button.isEnabled()
    assert "Belum diperiksa" in panel.detail_label.text()


def test_check_reports_the_sender_and_imports_nothing(qtbot, open_panel, delivered: Path, ppid_db: Database) -> None:
    panel = open_panel()
    qtbot.mouseClick(panel.verify_button, Qt.MouseButton.LeftButton)
    finish(qtbot, panel)
    detail = panel.detail_label.text()
    assert "Paket utuh" in detail and "BIRO KESEJAHTERAAN RAKYAT" in detail and "Jumlah rekaman: 2" in detail
    assert list_records(ppid_db) == []
    assert cell(panel, 0, "Status") == "Baru"


def test_import_adds_the_records_and_a_second_import_adds_nothing(qtbot, open_panel, delivered: Path, ppid_db: Database) -> None:
    panel = open_panel()
    with qtbot.waitSignal(panel.imported, timeout=30_000) as blocker:
        qtbot.mouseClick(panel.import_button, Qt.MouseButton.LeftButton)
    finish(qtbot, panel)
    assert blocker.args[0].records_added == 2
    assert {row.title for row in list_records(ppid_db)} == {"Data penerima bantuan", "Notulen rapat tertutup"}
    assert "2 rekaman dan" in panel.detail_label.text() and "Tanda terima" in panel.detail_label.text()
    assert cell(panel, 0, "Status") == "Sudah diimpor"
    panel.import_selected()
    finish(qtbot, panel)
    assert "sudah pernah diimpor" in panel.detail_label.text()
    assert len(list_records(ppid_db)) == 2


def test_a_tampered_package_is_refused_with_the_file_and_fault_named(qtbot, open_panel, delivered: Path, ppid_db: Database) -> None:
    victim = next(p for p in (delivered / "data").rglob("*.pdf") if "files" in p.parts)
    content = bytearray(victim.read_bytes())
    content[-1] ^= 0x01  # one bit, same size: only the checksums can tell
    victim.write_bytes(bytes(content))
    panel = open_panel()
    panel.import_selected()
    finish(qtbot, panel)
    detail = panel.detail_label.text()
    assert victim.name in detail and "telah berubah atau rusak" in detail
    assert list_records(ppid_db) == []
    assert cell(panel, 0, "Status") == "Ditolak"
    assert "Tidak ada yang diimpor" in panel.status_label.text()


def test_without_an_inbox_folder_the_panel_says_so(qtbot, tmp_path: Path) -> None:
    database = open_database(DataPaths(tmp_path / "lain"))
    try:
        panel = InboxPanel(database, database.paths, lambda: None)
        qtbot.addWidget(panel)
        assert "belum diatur" in panel.folder_label.text()
        assert panel.table.rowCount() == 0 and not panel.import_button.isEnabled()
    finally:
        database.close()


@pytest.fixture
def delivered_encrypted(office_db: Database, share: Path, tmp_path: Path) -> Path:
    save_share_settings(office_db.paths, ShareSettings(outbox_folder=share))
    ids = ready_for_handover(office_db, tmp_path / "lampiran", ["Data penerima bantuan"])
    result = export_package(office_db, office_db.paths, ids, SITI, passphrase=PASSPHRASE)
    assert result.share_path is not None
    return result.share_path


PASSPHRASE = "kopi tubruk di teras kantor"


def test_an_encrypted_package_is_checked_without_and_imported_with_its_passphrase(qtbot, open_panel, delivered_encrypted: Path,
                                                                                  ppid_db: Database, monkeypatch) -> None:
    from ppid_desktop.ui.package_passphrase_dialog import PackagePassphraseDialog

    answers: list[str | None] = [None, "kata sandi yang keliru", PASSPHRASE]
    asked: list[str] = []
    monkeypatch.setattr(PackagePassphraseDialog, "ask", classmethod(lambda cls, name, parent=None: asked.append(name) or answers.pop(0)))
    panel = open_panel()
    assert cell(panel, 0, "Keterangan").startswith("Terenkripsi")
    panel.verify_selected()
    finish(qtbot, panel)
    assert "Paket utuh" in panel.detail_label.text() and "Paket terenkripsi" in panel.detail_label.text()
    assert "Petugas" not in panel.detail_label.text()

    panel.import_selected()  # cancelled at the prompt: nothing starts
    assert panel.job is None and list_records(ppid_db) == []
    panel.import_selected()
    finish(qtbot, panel)
    assert "salah" in panel.detail_label.text() and list_records(ppid_db) == []
    assert cell(panel, 0, "Status") == "Baru"
    with qtbot.waitSignal(panel.imported, timeout=30_000):
        panel.import_selected()
    finish(qtbot, panel)
    assert [r.title for r in list_records(ppid_db)] == ["Data penerima bantuan"]
    assert asked == [delivered_encrypted.name] * 3 and cell(panel, 0, "Status") == "Sudah diimpor"
    panel.import_selected()  # already imported: known by its digest, no passphrase asked
    finish(qtbot, panel)
    assert len(asked) == 3 and len(list_records(ppid_db)) == 1


def test_the_passphrase_prompt_hides_what_is_typed(qtbot, tmp_path: Path) -> None:
    from PySide6.QtWidgets import QLineEdit

    from ppid_desktop.ui.package_passphrase_dialog import PackagePassphraseDialog

    dialog = PackagePassphraseDialog("serah-terima-biro-20260301")
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.passphrase_edit.echoMode() == QLineEdit.EchoMode.Password
    assert "dienkripsi" in dialog.intro.text() and "lewat telepon" in dialog.intro.text()
    dialog.grab().save(str(tmp_path / "passphrase.png"))
    dialog.close()


def test_in_english_a_tampered_package_is_refused_in_english(qtbot, open_panel, delivered: Path, ppid_db: Database) -> None:
    from ppid_desktop.ui.i18n import install_language
    from tests.ui.language_support import indonesian_left

    victim = next(p for p in (delivered / "data").rglob("*.pdf") if "files" in p.parts)
    content = bytearray(victim.read_bytes())
    content[-1] ^= 0x01
    victim.write_bytes(bytes(content))
    language = install_language("en")
    try:
        panel = open_panel()
        qtbot.mouseClick(panel.verify_button, Qt.MouseButton.LeftButton)  # "Periksa"
        finish(qtbot, panel)
        detail = panel.detail_label.text()
        assert victim.name in detail
        data = [delivered.name, victim.relative_to(delivered).as_posix(), victim.name]
        assert indonesian_left([detail, panel.status_label.text()], data=data) == []
        panel.import_selected()  # refused: the stored reason shows in English too
        finish(qtbot, panel)
        assert cell(panel, 0, "Status") == "Refused"
        reason = cell(panel, 0, "Keterangan")
        assert reason and indonesian_left([reason, panel.detail_label.text()], data=data) == []
    finally:
        language.uninstall()


def test_a_refusal_stored_by_an_earlier_version_still_shows(qtbot, open_panel, delivered: Path, ppid_db: Database) -> None:
    from ppid_desktop.services.handover_bag import package_digest
    from ppid_desktop.storage.models import PackageRefusal
    from ppid_desktop.ui.i18n import install_language

    old = f"Paket \"{delivered.name}\" ditolak: berkas \"data/records.json\" rusak."
    with ppid_db.session() as session:
        session.add(PackageRefusal(package_name=delivered.name, digest=package_digest(delivered), source_path=str(delivered), reason=old))
    language = install_language("en")
    try:
        panel = open_panel()
        assert cell(panel, 0, "Status") == "Refused"
        assert cell(panel, 0, "Keterangan") == old
        assert "data/records.json" in panel.detail_label.text()
    finally:
        language.uninstall()
