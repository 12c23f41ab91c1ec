"""Every message box goes through here, so tests patch one place instead of a modal loop."""

from __future__ import annotations

from enum import Enum

from PySide6.QtWidgets import QInputDialog, QMessageBox, QWidget

from ppid_desktop.domain.errors import UserError
from ppid_desktop.ui.i18n import tr, user_text


class Choice(Enum):
    SAVE = "save"
    DISCARD = "discard"
    CANCEL = "cancel"


def show_error(parent: QWidget | None, title: str, text: str) -> None:
    QMessageBox.warning(parent, title, text)


def show_user_error(parent: QWidget | None, error: UserError, title: str | None = None) -> None:
    """`error` in the window's language; `title` (already translated) defaults to a plain one."""
    show_error(parent, title if title is not None else tr("Tidak dapat dilanjutkan"), user_text(error))


def show_info(parent: QWidget | None, title: str, text: str) -> None:
    QMessageBox.information(parent, title, text)


def ask_yes_no(parent: QWidget | None, title: str, text: str) -> bool:
    # Buttons named here: Qt ships no Indonesian translation of its own "Yes"/"No".
    box = QMessageBox(QMessageBox.Icon.Question, title, text, parent=parent)
    yes = box.addButton(tr("Ya"), QMessageBox.ButtonRole.YesRole)
    no = box.addButton(tr("Tidak"), QMessageBox.ButtonRole.NoRole)
    box.setDefaultButton(no)
    box.setEscapeButton(no)
    box.exec()
    return box.clickedButton() is yes


def ask_save_discard_cancel(parent: QWidget | None, title: str, text: str) -> Choice:
    box = QMessageBox(QMessageBox.Icon.Question, title, text, parent=parent)
    save = box.addButton(tr("Simpan"), QMessageBox.ButtonRole.AcceptRole)
    discard = box.addButton(tr("Buang perubahan"), QMessageBox.ButtonRole.DestructiveRole)
    box.addButton(tr("Batal"), QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(save)
    box.exec()
    clicked = box.clickedButton()
    if clicked is save:
        return Choice.SAVE
    if clicked is discard:
        return Choice.DISCARD
    return Choice.CANCEL


def ask_text(parent: QWidget | None, title: str, label: str) -> str | None:
    """Multi-line text from the clerk (e.g. a reason), or None when cancelled."""
    dialog = QInputDialog(parent)
    dialog.setWindowTitle(title)
    dialog.setLabelText(label)
    dialog.setOption(QInputDialog.InputDialogOption.UsePlainTextEditForTextInput)
    dialog.setOkButtonText(tr("Simpan"))
    dialog.setCancelButtonText(tr("Batal"))
    accepted = dialog.exec() == QInputDialog.DialogCode.Accepted
    return dialog.textValue() if accepted else None
