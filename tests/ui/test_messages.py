"""The message boxes speak Indonesian, Qt's own button names included."""

from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QInputDialog, QMessageBox, QPushButton

from ppid_desktop.ui import messages

# Taken when this file is collected: tests/ui/conftest.py replaces these for every test.
ASK_YES_NO = messages.ask_yes_no
ASK_TEXT = messages.ask_text


def _answer(qtbot, kind: type, act) -> list[str]:
    seen: list[str] = []

    def click() -> None:
        box = next(w for w in QApplication.topLevelWidgets() if isinstance(w, kind) and w.isVisible())
        seen.extend(b.text() for b in box.findChildren(QPushButton))
        act(box)

    QTimer.singleShot(0, click)
    return seen


def test_yes_no_has_indonesian_buttons_and_no_is_the_safe_default(qtbot) -> None:
    seen = _answer(qtbot, QMessageBox, lambda box: next(b for b in box.buttons() if b.text() == "Ya").click())
    assert ASK_YES_NO(None, "Pulihkan?", "Pulihkan basis data dari cadangan?") is True
    assert sorted(seen) == ["Tidak", "Ya"]
    seen = _answer(qtbot, QMessageBox, lambda box: box.reject())  # Esc
    assert ASK_YES_NO(None, "Pulihkan?", "Pulihkan basis data dari cadangan?") is False


def test_a_reason_is_asked_with_simpan_and_batal(qtbot) -> None:
    def type_and_save(dialog: QInputDialog) -> None:
        dialog.setTextValue("Salah ketik nomor register")
        dialog.accept()

    seen = _answer(qtbot, QInputDialog, type_and_save)
    assert ASK_TEXT(None, "Alasan revisi", "Tuliskan alasannya:") == "Salah ketik nomor register"
    assert "Simpan" in seen and "Batal" in seen
