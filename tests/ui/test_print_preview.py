"""The preview: pages and zoom, Save as (atomic, Indonesian refusal) and Print (page range, paper)."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtPrintSupport import QPrinter

from ppid_desktop.domain.enums import PaperSize
from ppid_desktop.services import printing
from ppid_desktop.storage.database import Database
from ppid_desktop.ui import messages, print_preview
from ppid_desktop.ui.print_preview import PrintPreviewDialog
from tests.conftest import make_record


@pytest.fixture
def pdf(office_db: Database, tmp_path: Path) -> Path:
    """A register of three numbered copies (at least three pages), landscape F4."""
    make_record(office_db, "Dokumen lelang sebelum pengumuman")
    return printing.write_register_pdf(office_db, tmp_path / "dik.pdf", paper=PaperSize.F4, copies=3)


@pytest.fixture
def dialog(qtbot, pdf: Path) -> PrintPreviewDialog:
    preview = PrintPreviewDialog(str(pdf), "Daftar Informasi yang Dikecualikan", "DIK-2026-11-22.pdf")
    qtbot.addWidget(preview)
    preview.show()
    qtbot.waitExposed(preview)
    return preview


def read_pdf(path: Path) -> QPdfDocument:
    document = QPdfDocument()
    assert document.load(str(path)) == QPdfDocument.Error.None_
    return document


def test_shows_the_pages_and_moves_between_them(qtbot, dialog: PrintPreviewDialog) -> None:
    count = dialog.page_count()
    assert count >= 3 and dialog.document.status() is QPdfDocument.Status.Ready
    assert dialog.page_label.text() == f"Halaman 1 dari {count}"
    assert not dialog.previous_button.isEnabled() and dialog.next_button.isEnabled()
    dialog.next_button.click()
    qtbot.waitUntil(lambda: dialog.page_label.text() == f"Halaman 2 dari {count}")
    dialog.go_to_page(count + 5)
    qtbot.waitUntil(lambda: dialog.page_label.text() == f"Halaman {count} dari {count}")
    assert not dialog.next_button.isEnabled()


def test_zoom_in_out_and_fit_width(dialog: PrintPreviewDialog) -> None:
    assert dialog.view.zoomMode() is QPdfView.ZoomMode.FitToWidth
    fitted = dialog.effective_zoom()
    dialog.zoom_in_button.click()
    assert dialog.view.zoomMode() is QPdfView.ZoomMode.Custom
    assert dialog.view.zoomFactor() == pytest.approx(fitted * 1.25)
    dialog.zoom_out_button.click()
    dialog.zoom_out_button.click()
    assert dialog.view.zoomFactor() == pytest.approx(fitted / 1.25)
    dialog.fit_button.click()
    assert dialog.view.zoomMode() is QPdfView.ZoomMode.FitToWidth


def test_save_as_writes_where_the_clerk_chose(dialog: PrintPreviewDialog, pdf: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    folder = tmp_path / "keluar"
    folder.mkdir()
    suggested: list[str] = []

    def choose(parent, name):
        suggested.append(name)
        return str(folder / "Daftar DIK.pdf")

    monkeypatch.setattr(print_preview, "ask_save_path", choose)
    dialog.save_button.click()
    assert Path(suggested[0]).name == "DIK-2026-11-22.pdf"
    assert (folder / "Daftar DIK.pdf").read_bytes() == pdf.read_bytes()
    assert [p.name for p in folder.iterdir()] == ["Daftar DIK.pdf"]  # no temporary file left
    assert str(folder / "Daftar DIK.pdf") in dialog.status_label.text()

    monkeypatch.setattr(print_preview, "ask_save_path", lambda parent, name: str(folder / "tanpa-akhiran"))
    assert dialog.save_as() == folder / "tanpa-akhiran.pdf"  # the suffix is added
    monkeypatch.setattr(print_preview, "ask_save_path", lambda parent, name: None)
    assert dialog.save_as() is None  # cancelled


def test_save_as_refuses_an_unwritable_target_in_indonesian(dialog: PrintPreviewDialog, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    not_a_folder = tmp_path / "berkas-biasa"
    not_a_folder.write_text("bukan folder")
    shown: list[tuple[str, str]] = []
    monkeypatch.setattr(print_preview, "ask_save_path", lambda parent, name: str(not_a_folder / "dik.pdf"))
    monkeypatch.setattr(messages, "show_user_error", lambda parent, error, title="": shown.append((title, str(error))))
    assert dialog.save_as() is None
    [(title, text)] = shown
    assert title == "PDF tidak dapat disimpan"
    assert "tidak dapat ditulis" in text and "Pilih folder lain" in text
    assert not_a_folder.read_text() == "bukan folder"


def pdf_printer(monkeypatch: pytest.MonkeyPatch, out: Path, pages: tuple[int, int] | None = None) -> list[int]:
    """Patch the print dialog: it accepts, printing to a PDF file (optionally a page range)."""
    offered: list[int] = []

    def accept(parent, printer: QPrinter, page_count: int) -> bool:
        offered.append(page_count)
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(out))
        if pages is not None:
            printer.setPrintRange(QPrinter.PrintRange.PageRange)
            printer.setFromTo(*pages)
        return True

    monkeypatch.setattr(print_preview, "ask_print", accept)
    return offered


def test_print_sends_every_page_on_the_pdf_paper(dialog: PrintPreviewDialog, pdf: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    out = tmp_path / "dicetak.pdf"
    offered = pdf_printer(monkeypatch, out)
    dialog.print_button.click()
    assert offered == [dialog.page_count()]
    assert out.stat().st_size > 0
    printed, source = read_pdf(out), read_pdf(pdf)
    assert printed.pageCount() == source.pageCount()
    size, expected = printed.pagePointSize(0), source.pagePointSize(0)
    # F4 (215 x 330 mm) goes out as the printers' Folio 8.5 x 13 in: within 1 mm, which drivers know.
    assert size.width() == pytest.approx(expected.width(), abs=3) and size.height() == pytest.approx(expected.height(), abs=3)
    assert "halaman dikirim" in dialog.status_label.text()


def test_print_honours_the_page_range(dialog: PrintPreviewDialog, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    out = tmp_path / "halaman-2-3.pdf"
    pdf_printer(monkeypatch, out, pages=(2, 3))
    assert dialog.print_document()
    assert read_pdf(out).pageCount() == 2


def test_print_cancelled_in_the_dialog_prints_nothing(dialog: PrintPreviewDialog, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(print_preview, "ask_print", lambda parent, printer, count: False)
    assert not dialog.print_document()
    assert dialog.status_label.text() == ""
