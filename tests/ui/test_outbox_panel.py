"""The "Kotak keluar" tab: packages waiting for the share, retried by hand and on a timer."""

from __future__ import annotations

import shutil
import threading
from dataclasses import dataclass, field
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget

from ppid_desktop.domain.errors import UserError
from ppid_desktop.services.handover_export import export_package
from ppid_desktop.services.handover_outbox import outbox_entries
from ppid_desktop.services.handover_settings import ShareSettings, get_share_settings, save_share_settings
from ppid_desktop.storage.database import Database
from ppid_desktop.ui import messages, outbox_panel, share_settings_dialog
from ppid_desktop.ui.outbox_panel import COLUMNS, OutboxPanel
from ppid_desktop.ui.service_job import ServiceJob
from ppid_desktop.ui.share_settings_dialog import ShareSettingsDialog
from tests.ui.handover_support import SITI, ready_for_handover


@dataclass
class Shown:
    errors: list[str] = field(default_factory=list)

    def show_error(self, _parent: QWidget | None, _title: str, text: str) -> None:
        self.errors.append(text)


@pytest.fixture(autouse=True)
def shown(monkeypatch: pytest.MonkeyPatch) -> Shown:
    fake = Shown()
    monkeypatch.setattr(messages, "show_error", fake.show_error)
    return fake


@pytest.fixture
def waiting_package(office_db: Database, tmp_path: Path):
    """One package exported while no share was configured: it waits in the outbox."""
    ids = ready_for_handover(office_db, tmp_path / "lampiran", ["Data penerima bantuan", "Notulen rapat tertutup"])
    return export_package(office_db, office_db.paths, ids, SITI)


@pytest.fixture
def open_panel(qtbot, office_db: Database):
    def make() -> OutboxPanel:
        panel = OutboxPanel(office_db, office_db.paths, lambda: SITI)
        qtbot.addWidget(panel)
        panel.resize(1100, 400)
        panel.show()
        qtbot.waitExposed(panel)
        return panel

    return make


def cell(panel: OutboxPanel, row: int, column: str) -> str:
    return panel.table.item(row, COLUMNS.index(column)).text()


def wait_for_attempt(qtbot, panel: OutboxPanel) -> None:
    qtbot.waitUntil(lambda: panel.job is None, timeout=30_000)


def test_a_waiting_package_shows_its_figures_and_state(open_panel, waiting_package) -> None:
    panel = open_panel()
    assert panel.table.rowCount() == 1
    assert cell(panel, 0, "Paket") == waiting_package.package_name
    assert cell(panel, 0, "Rekaman") == "2" and cell(panel, 0, "Berkas") == str(waiting_package.file_count)
    assert cell(panel, 0, "Status") == "Menunggu dikirim"
    assert "belum diatur" in panel.share_label.text()
    assert panel.retry_button.isEnabled()
    assert "1 paket menunggu dikirim" in panel.status_label.text()


def test_send_now_delivers_once_the_share_is_configured(qtbot, open_panel, waiting_package, office_db: Database, tmp_path: Path) -> None:
    share = tmp_path / "drive bersama"
    share.mkdir()
    save_share_settings(office_db.paths, ShareSettings(outbox_folder=share))
    panel = open_panel()
    with qtbot.waitSignal(panel.changed, timeout=30_000):
        qtbot.mouseClick(panel.retry_button, Qt.MouseButton.LeftButton)
    assert cell(panel, 0, "Status") == "Terkirim"
    assert cell(panel, 0, "Percobaan") == "1"
    assert str(share) in cell(panel, 0, "Keterangan")
    assert (share / waiting_package.package_name / "bagit.txt").is_file()
    assert not panel.retry_button.isEnabled()
    assert panel.status_label.text() == "Semua paket sudah terkirim."


def test_an_unreachable_share_keeps_the_package_and_says_why(qtbot, open_panel, waiting_package, office_db: Database, tmp_path: Path, shown: Shown) -> None:
    share = tmp_path / "Z"
    share.mkdir()
    save_share_settings(office_db.paths, ShareSettings(outbox_folder=share))
    shutil.rmtree(share)  # the laptop left the office network
    panel = open_panel()
    with qtbot.waitSignal(panel.changed, timeout=30_000):
        panel.retry_now()
    assert cell(panel, 0, "Status") == "Gagal dikirim (akan dicoba lagi)"
    assert "tidak terjangkau" in cell(panel, 0, "Keterangan")
    assert outbox_entries(office_db)[0].state == "gagal"
    assert panel.retry_button.isEnabled()
    assert shown.errors == [], "a failed delivery is a row state, not a message box"


def test_the_timer_retries_on_its_own_while_the_window_is_open(qtbot, open_panel, waiting_package, office_db: Database, tmp_path: Path) -> None:
    panel = open_panel()
    assert panel.timer.isActive() and panel.timer.interval() == outbox_panel.RETRY_INTERVAL_MS
    share = tmp_path / "drive bersama"
    share.mkdir()
    save_share_settings(office_db.paths, ShareSettings(outbox_folder=share))
    with qtbot.waitSignal(panel.changed, timeout=30_000):
        panel.timer.timeout.emit()
    assert cell(panel, 0, "Status") == "Terkirim"
    panel.timer.timeout.emit()  # nothing waits: no attempt
    assert panel.job is None and outbox_entries(office_db)[0].attempts == 1


def test_an_empty_outbox_says_how_packages_are_made(open_panel) -> None:
    panel = open_panel()
    assert panel.table.rowCount() == 0 and panel.empty_label.isVisible()
    assert not panel.retry_button.isEnabled()


def test_share_settings_are_checked_before_they_are_saved(qtbot, office_db: Database, tmp_path: Path, monkeypatch) -> None:
    dialog = ShareSettingsDialog(office_db.paths)
    qtbot.addWidget(dialog)
    dialog.outbox_edit.setText(str(tmp_path / "tidak ada"))
    dialog.save()
    assert dialog.error_label.isVisibleTo(dialog) and "tidak ditemukan" in dialog.error_label.text()
    assert get_share_settings(office_db.paths).outbox_folder is None
    share = tmp_path / "berbagi"
    share.mkdir()
    monkeypatch.setattr(share_settings_dialog, "choose_folder", lambda _parent, _title, _start: str(share))
    dialog._browse(dialog.outbox_edit, "Pilih")
    dialog.save()
    assert dialog.saved == ShareSettings(outbox_folder=share)
    assert get_share_settings(office_db.paths).outbox_folder == share


def test_a_job_reports_cancel_when_the_service_stops_on_the_flag(qtbot) -> None:
    started = threading.Event()

    def work(progress, cancelled):
        started.set()
        progress(1, 10)
        while not cancelled():
            started.wait(0.01)
        raise UserError("Proses paket serah terima dibatalkan. Tidak ada yang berubah.")

    job = ServiceJob(work, uses_share=False)
    with qtbot.waitSignal(job.cancelled, timeout=10_000):
        job.start()
        assert started.wait(10)
        job.cancel()
    assert job.wait(10) and job.error is None


def test_a_job_failure_carries_the_users_message(qtbot) -> None:
    def work(_progress, _cancelled):
        raise UserError("Folder bersama tidak terjangkau.")

    job = ServiceJob(work, uses_share=False)
    with qtbot.waitSignal(job.failed, timeout=10_000) as blocker:
        job.start()
    assert blocker.args == ["Folder bersama tidak terjangkau."]


def test_in_english_an_unreachable_share_is_explained_in_english(qtbot, open_panel, waiting_package, office_db: Database,
                                                                  tmp_path: Path) -> None:
    from ppid_desktop.ui.i18n import install_language
    from tests.ui.language_support import indonesian_left

    share = tmp_path / "Z"
    share.mkdir()
    save_share_settings(office_db.paths, ShareSettings(outbox_folder=share))
    shutil.rmtree(share)
    language = install_language("en")
    try:
        panel = open_panel()
        with qtbot.waitSignal(panel.changed, timeout=30_000):
            panel.retry_now()
        note = cell(panel, 0, "Keterangan")
        assert f"\"{share}\"" in note, note
        texts = [note, panel.detail_label.text(), panel.status_label.text()]
        assert indonesian_left(texts, data=[str(share), waiting_package.package_name]) == []
        # The command line reads the same saved reason in Indonesian.
        assert "tidak terjangkau" in outbox_entries(office_db)[0].last_error
    finally:
        language.uninstall()


def test_a_reason_saved_by_an_earlier_version_still_shows(qtbot, open_panel, waiting_package, office_db: Database) -> None:
    from ppid_desktop.storage.models import OutboxPackage
    from ppid_desktop.ui.i18n import install_language

    old = "Folder bersama \"X:\\Serah Terima\" tidak terjangkau (drive jaringan belum tersambung?). Paket tetap aman."
    with office_db.session() as session:
        row = session.query(OutboxPackage).one()
        row.state, row.attempts, row.last_error = "gagal", 1, old
    assert outbox_entries(office_db)[0].last_error == old
    language = install_language("en")
    try:
        panel = open_panel()
        assert cell(panel, 0, "Keterangan") == old
        assert "X:\\Serah Terima" in panel.detail_label.text()
    finally:
        language.uninstall()
