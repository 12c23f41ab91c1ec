"""The stage tab's file list: who attached what and when, "Buka salinan" and "Simpan salinan…"."""

from __future__ import annotations

import hashlib
import os
import stat
from dataclasses import dataclass, field
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt, QUrl
from PySide6.QtWidgets import QWidget

from ppid_desktop.domain.errors import UserError
from ppid_desktop.services import attachments, workflow
from ppid_desktop.services.sop_catalog import active_template
from ppid_desktop.storage.database import Database
from ppid_desktop.storage.filestore import FileStore
from ppid_desktop.ui import messages, stage_files
from ppid_desktop.ui.stage_panel import StagePanel
from tests.conftest import make_record

SITI = 2  # petugas_dokumentasi + ppid_pelaksana in the office_db fixture


@dataclass
class Shown:
    errors: list[str] = field(default_factory=list)
    infos: list[str] = field(default_factory=list)

    def show_user_error(self, _parent: QWidget | None, error: UserError, _title: str = "") -> None:
        self.errors.append(str(error))

    def show_error(self, _parent: QWidget | None, _title: str, text: str) -> None:
        self.errors.append(text)

    def show_info(self, _parent: QWidget | None, _title: str, text: str) -> None:
        self.infos.append(text)


@dataclass
class Opener:
    urls: list[QUrl] = field(default_factory=list)
    succeeds: bool = True

    def __call__(self, url: QUrl) -> bool:
        self.urls.append(url)
        return self.succeeds


@pytest.fixture(autouse=True)
def shown(monkeypatch: pytest.MonkeyPatch) -> Shown:
    fake = Shown()
    for name in ("show_user_error", "show_error", "show_info"):
        monkeypatch.setattr(messages, name, getattr(fake, name))
    return fake


@pytest.fixture
def opener(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Opener:
    fake = Opener()
    monkeypatch.setattr(stage_files, "open_url", fake)
    # Opened copies go under the test's folder, not the real temporary folder.
    real_open_copy = attachments.open_copy
    monkeypatch.setattr(
        attachments, "open_copy", lambda db, paths, attachment_id, root=None: real_open_copy(db, paths, attachment_id, root or tmp_path / "dibuka")
    )
    return fake


@pytest.fixture
def panel_with_file(qtbot, office_db: Database, tmp_path: Path):
    record = make_record(office_db, "Rekam medis pegawai")
    source = tmp_path / "Rekap bantuan sosial 2025.pdf"
    source.write_bytes(b"%PDF-1.4\n" + b"isi rekap\n" * 150_000)
    view = workflow.attach_file(office_db, record.id, source, SITI)
    with office_db.session() as session:
        template = active_template(session)
    assert template is not None
    labels = {stage.code: f"{stage.number}. {stage.nama}" for stage in template.stages}
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    panel = StagePanel(office_db, settings, template, template.stages[0], labels, officer_id=lambda: SITI)
    qtbot.addWidget(panel)
    panel.resize(1100, 700)
    panel.show()
    qtbot.waitExposed(panel)
    return panel, view, source


def select_first_file(qtbot, panel: StagePanel) -> None:
    files = panel.actions.files_box.files_list
    rect = files.visualItemRect(files.item(0))
    qtbot.mouseClick(files.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def test_the_list_shows_name_size_officer_and_time(panel_with_file) -> None:
    panel, view, _ = panel_with_file
    box = panel.actions.files_box
    text = box.files_list.item(0).text()
    assert text.startswith("Rekap bantuan sosial 2025.pdf  (1,4 MB)")
    assert "oleh Siti Rahmawati, S.Sos" in text and "dilampirkan " in text
    assert "application/pdf" in box.files_list.item(0).toolTip()
    assert view.sha256 in box.files_list.item(0).toolTip()
    assert not box.open_button.isEnabled() and not box.save_button.isEnabled()


def test_open_copy_opens_a_read_only_identical_copy_under_the_original_name(qtbot, panel_with_file, opener: Opener) -> None:
    panel, view, source = panel_with_file
    box = panel.actions.files_box
    select_first_file(qtbot, panel)
    assert box.open_button.isEnabled()
    qtbot.mouseClick(box.open_button, Qt.MouseButton.LeftButton)
    assert len(opener.urls) == 1
    opened = Path(opener.urls[0].toLocalFile())
    assert opened.name == "Rekap bantuan sosial 2025.pdf"
    assert opened.read_bytes() == source.read_bytes()
    assert not os.stat(opened).st_mode & stat.S_IWUSR, "the copy is read-only"
    stored = FileStore(panel.actions._db.paths).path_of(view.sha256)
    assert opened != stored and stored.exists()


def test_opening_twice_gives_two_copies_so_an_open_one_never_blocks(qtbot, panel_with_file, opener: Opener) -> None:
    panel, _, _ = panel_with_file
    select_first_file(qtbot, panel)
    box = panel.actions.files_box
    box.open_selected()
    box.open_selected()
    first, second = (Path(url.toLocalFile()) for url in opener.urls)
    assert first != second and first.name == second.name


def test_a_name_windows_refuses_is_made_safe_for_the_opened_copy(qtbot, office_db: Database, tmp_path: Path, opener: Opener) -> None:
    record = make_record(office_db, "Rekam medis pegawai")
    source = tmp_path / "Nota dinas: final?.docx"
    source.write_bytes(b"PK isi")
    view = workflow.attach_file(office_db, record.id, source, SITI)
    copy = attachments.open_copy(office_db, office_db.paths, view.id, tmp_path / "dibuka")
    assert copy.name == "Nota dinas- final_.docx"


def test_save_copy_writes_a_verified_copy_where_the_clerk_chose(qtbot, panel_with_file, monkeypatch, tmp_path: Path, shown: Shown) -> None:
    panel, view, source = panel_with_file
    target = tmp_path / "keluar" / "salinan rekap.pdf"
    target.parent.mkdir()
    suggested: list[str] = []
    monkeypatch.setattr(stage_files, "choose_save_path", lambda _parent, name: suggested.append(name) or target)
    select_first_file(qtbot, panel)
    qtbot.mouseClick(panel.actions.files_box.save_button, Qt.MouseButton.LeftButton)
    assert suggested == ["Rekap bantuan sosial 2025.pdf"]
    assert hashlib.sha256(target.read_bytes()).hexdigest() == view.sha256
    assert shown.errors == [] and "sudah diperiksa sama persis" in shown.infos[0]
    assert [p.name for p in target.parent.iterdir()] == ["salinan rekap.pdf"], "no temporary file left"


def test_a_cancelled_save_dialog_writes_nothing(qtbot, panel_with_file, monkeypatch, shown: Shown) -> None:
    panel, _, _ = panel_with_file
    monkeypatch.setattr(stage_files, "choose_save_path", lambda _parent, _name: None)
    select_first_file(qtbot, panel)
    assert panel.actions.files_box.save_selected() is None
    assert shown.errors == [] and shown.infos == []


def test_an_altered_stored_file_is_refused_not_passed_on(qtbot, panel_with_file, monkeypatch, tmp_path: Path, shown: Shown, opener: Opener) -> None:
    panel, view, _ = panel_with_file
    stored = FileStore(panel.actions._db.paths).path_of(view.sha256)
    with open(stored, "r+b") as handle:
        handle.seek(100)
        handle.write(b"X")
    target = tmp_path / "salinan.pdf"
    monkeypatch.setattr(stage_files, "choose_save_path", lambda _parent, _name: target)
    select_first_file(qtbot, panel)
    panel.actions.files_box.save_selected()
    panel.actions.files_box.open_selected()
    assert len(shown.errors) == 2
    assert all("tidak lagi sama dengan saat dilampirkan" in error for error in shown.errors)
    assert not target.exists() and list(tmp_path.glob("*.part")) == []
    assert opener.urls == []


def test_a_missing_stored_file_says_how_to_find_out_more(qtbot, panel_with_file, shown: Shown, opener: Opener) -> None:
    panel, view, _ = panel_with_file
    FileStore(panel.actions._db.paths).path_of(view.sha256).unlink()
    select_first_file(qtbot, panel)
    panel.actions.files_box.open_selected()
    assert "tidak ditemukan" in shown.errors[0] and "ppid-desktop check" in shown.errors[0]


def test_no_program_for_the_file_says_where_the_copy_is(qtbot, panel_with_file, opener: Opener, shown: Shown) -> None:
    panel, _, _ = panel_with_file
    opener.succeeds = False
    select_first_file(qtbot, panel)
    copy = panel.actions.files_box.open_selected()
    assert copy is not None and str(copy.parent) in shown.errors[0]


def test_save_refuses_to_replace_unless_asked(office_db: Database, tmp_path: Path) -> None:
    record = make_record(office_db, "Rekam medis pegawai")
    source = tmp_path / "a.pdf"
    source.write_bytes(b"isi baru")
    view = workflow.attach_file(office_db, record.id, source, SITI)
    existing = tmp_path / "ada.pdf"
    existing.write_bytes(b"lama")
    with pytest.raises(UserError, match="sudah ada"):
        attachments.attachment_copy(office_db, office_db.paths, view.id, existing)
    assert existing.read_bytes() == b"lama"
    attachments.attachment_copy(office_db, office_db.paths, view.id, existing, overwrite=True)
    assert existing.read_bytes() == b"isi baru"
