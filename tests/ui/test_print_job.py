"""Generation off the GUI thread: progress, finish, cancel, failure; and the glue the window calls."""

from __future__ import annotations

import logging
import threading
from pathlib import Path

import pytest
from PySide6.QtPdf import QPdfDocument
from PySide6.QtWidgets import QPushButton

from ppid_desktop.domain.errors import UserError
from ppid_desktop.services import printing
from ppid_desktop.storage.database import Database
from ppid_desktop.ui import messages, print_actions
from ppid_desktop.ui.print_job import UNEXPECTED_MESSAGE, PrintJob
from ppid_desktop.ui.print_options import PrintOptionsDialog, RegisterOptions
from tests.conftest import make_record

TIMEOUT_MS = 30000


def page_count(path: str | Path) -> int:
    document = QPdfDocument()
    assert document.load(str(path)) == QPdfDocument.Error.None_
    count = document.pageCount()
    document.close()
    return count


def register_job(db: Database) -> PrintJob:
    def generate(out: Path, progress, is_cancelled) -> Path:
        return printing.write_register_pdf(db, out, progress=progress, is_cancelled=is_cancelled)

    return PrintJob(generate, "Daftar Informasi yang Dikecualikan", "DIK-2026-11-22.pdf")


@pytest.fixture
def errors(monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, str]]:
    shown: list[tuple[str, str]] = []
    monkeypatch.setattr(messages, "show_error", lambda parent, title, text: shown.append((title, text)))
    return shown


@pytest.fixture
def options(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(PrintOptionsDialog, "ask", classmethod(lambda cls, db, parent=None: RegisterOptions(copies=2)))


def gated_rows(monkeypatch: pytest.MonkeyPatch, after: int) -> tuple[threading.Event, threading.Event]:
    """register_rows that stops after `after` rows until the test opens the gate."""
    reached, gate = threading.Event(), threading.Event()
    original = printing.register_rows

    def rows(*args, **kwargs):
        for number, row in enumerate(original(*args, **kwargs)):
            if number == after:
                reached.set()
                assert gate.wait(TIMEOUT_MS / 1000)
            yield row

    monkeypatch.setattr(printing, "register_rows", rows)
    return reached, gate


def test_a_register_job_writes_a_pdf_and_reports_progress(qtbot, office_db: Database) -> None:
    for n in range(3):
        make_record(office_db, f"Dokumen rahasia nomor {n + 1}")
    job = register_job(office_db)
    reports: list[tuple[int, int]] = []
    job.progressed.connect(lambda done, total: reports.append((done, total)))
    with qtbot.waitSignal(job.finished, timeout=TIMEOUT_MS) as blocker:
        job.start()
    [path] = blocker.args
    assert Path(path).parent == job.temp_dir and job.pdf_path == path
    assert page_count(path) > 0
    assert reports and reports[-1] == (3, 3)
    assert job.wait(5) and not job.is_running()
    job.discard()
    assert not job.temp_dir.exists()


def test_cancelling_stops_the_job_and_leaves_no_file(qtbot, office_db: Database, monkeypatch: pytest.MonkeyPatch) -> None:
    for n in range(20):
        make_record(office_db, f"Dokumen rahasia nomor {n + 1}")
    reached, gate = gated_rows(monkeypatch, after=3)
    job = register_job(office_db)
    job.finished.connect(lambda path: pytest.fail(f"finished although cancelled: {path}"))
    job.start()
    assert reached.wait(TIMEOUT_MS / 1000)
    with qtbot.waitSignal(job.cancelled, timeout=TIMEOUT_MS):
        job.cancel()
        gate.set()
    assert job.wait(5) and job.pdf_path is None
    assert list(job.temp_dir.iterdir()) == []  # neither the PDF nor its .part file
    job.discard()


def test_a_user_error_fails_the_job_with_its_text(qtbot, monkeypatch: pytest.MonkeyPatch) -> None:
    def generate(out, progress, is_cancelled):
        raise UserError("Disk penuh.")

    job = PrintJob(generate)
    with qtbot.waitSignal(job.failed, timeout=TIMEOUT_MS) as blocker:
        job.start()
    assert blocker.args == ["Disk penuh."] and job.error == "Disk penuh."
    job.discard()


def test_an_unexpected_error_is_logged_and_told_in_indonesian(qtbot, caplog: pytest.LogCaptureFixture) -> None:
    def generate(out, progress, is_cancelled):
        raise RuntimeError("boom")

    job = PrintJob(generate)
    with caplog.at_level(logging.ERROR), qtbot.waitSignal(job.failed, timeout=TIMEOUT_MS) as blocker:
        job.start()
    assert blocker.args == [UNEXPECTED_MESSAGE]
    assert any(record.exc_info and "boom" in str(record.exc_info[1]) for record in caplog.records)
    job.discard()


# --- print_actions: what the main window calls -------------------------------------------------


def test_print_register_opens_the_preview_and_cleans_up_when_it_closes(qtbot, office_db: Database, options: None) -> None:
    make_record(office_db, "Dokumen lelang sebelum pengumuman")
    job = print_actions.print_register(None, office_db)
    assert job is not None
    with qtbot.waitSignal(job.finished, timeout=TIMEOUT_MS):
        pass
    preview = job.preview
    assert preview in print_actions.open_previews() and preview.isVisible()
    assert preview.file_name.startswith("DIK-") and preview.file_name.endswith(".pdf")
    assert preview.page_count() >= 2  # two numbered copies
    assert preview.page_label.text() == f"Halaman 1 dari {preview.page_count()}"
    preview.close()
    assert preview not in print_actions.open_previews()
    assert not job.temp_dir.exists()


def test_print_register_cancelled_with_the_progress_dialog(qtbot, office_db: Database, options: None, monkeypatch: pytest.MonkeyPatch) -> None:
    for n in range(20):
        make_record(office_db, f"Dokumen rahasia nomor {n + 1}")
    reached, gate = gated_rows(monkeypatch, after=3)
    job = print_actions.print_register(None, office_db)
    assert job is not None and reached.wait(TIMEOUT_MS / 1000)
    with qtbot.waitSignal(job.cancelled, timeout=TIMEOUT_MS):
        button = job.progress_dialog.findChild(QPushButton)
        assert button.text() == "Batal"
        button.click()
        gate.set()
    assert job.is_cancelled() and not job.temp_dir.exists()
    assert job not in print_actions._alive


def test_print_register_failure_is_shown(qtbot, office_db: Database, options: None, errors, monkeypatch: pytest.MonkeyPatch) -> None:
    def full(*args, **kwargs):
        raise UserError("Disk penuh.")

    monkeypatch.setattr(printing, "write_register_pdf", full)
    job = print_actions.print_register(None, office_db)
    with qtbot.waitSignal(job.failed, timeout=TIMEOUT_MS):
        pass
    assert errors == [(print_actions.FAILED_TITLE, "Disk penuh.")]


def test_print_register_cancelled_options_start_nothing(office_db: Database, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(PrintOptionsDialog, "ask", classmethod(lambda cls, db, parent=None: None))
    assert print_actions.print_register(None, office_db) is None


@pytest.mark.parametrize("kind", ["penetapan", "sop"])
def test_penetapan_and_sop_open_a_preview(qtbot, office_db: Database, kind: str) -> None:
    if kind == "penetapan":
        record = make_record(office_db, "Dokumen lelang sebelum pengumuman", register_number="DIK/001/2026")
        job = print_actions.print_penetapan(None, office_db, record.id)
        assert job.file_name.startswith("Penetapan-DIK-001-2026-")
    else:
        job = print_actions.print_sop(None, office_db)
        assert job.file_name.startswith("SOP-")
    with qtbot.waitSignal(job.finished, timeout=TIMEOUT_MS):
        pass
    assert job.preview.page_count() >= 1
    job.preview.close()


def test_file_names() -> None:
    from datetime import date

    assert print_actions.file_name("DIK", date(2026, 11, 22)) == "DIK-2026-11-22.pdf"
    assert print_actions.file_name("Penetapan", date(2026, 1, 2), "045/12/PPID KESRA") == "Penetapan-045-12-PPID-KESRA-2026-01-02.pdf"


def test_shutdown_stops_a_running_job(qtbot, office_db: Database, options: None, monkeypatch: pytest.MonkeyPatch) -> None:
    for n in range(20):
        make_record(office_db, f"Dokumen rahasia nomor {n + 1}")
    reached, gate = gated_rows(monkeypatch, after=3)
    job = print_actions.print_register(None, office_db)
    assert job is not None and reached.wait(TIMEOUT_MS / 1000)
    opener = threading.Thread(target=lambda: job._cancel.wait(TIMEOUT_MS / 1000) and gate.set())
    opener.start()  # the gate opens once shutdown() has cancelled the job
    with qtbot.waitSignal(job.cancelled, timeout=TIMEOUT_MS):
        print_actions.shutdown()
        assert not job.is_running()
    opener.join()
