"""The shared form machinery: messages under fields, red borders, focus, label columns, tab order."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from ppid_desktop.domain.errors import ValidationError
from ppid_desktop.ui.form_support import (
    FORM_STYLE_SHEET,
    FieldErrors,
    MessageLabel,
    add_on_return,
    align_labels,
    chain_tab_order,
    field_cell,
    note_label,
)

LONG_MESSAGE = "Kolom ini wajib diisi dengan lengkap sebelum data dapat disimpan oleh aplikasi. " * 4


class Form(QWidget):
    """Name, city, notes and type, in that order, each with its error label."""

    def __init__(self) -> None:
        super().__init__()
        self.setStyleSheet(FORM_STYLE_SHEET)
        self.errors = FieldErrors(aliases={"kota": "city"})
        self.name_edit = QLineEdit()
        self.city_edit = QLineEdit()
        self.notes_edit = QPlainTextEdit()
        self.type_combo = QComboBox()
        self.type_combo.addItems(["Satu", "Dua"])
        self.form = QFormLayout(self)
        e = self.errors
        self.form.addRow("Nama", field_cell(self.name_edit, e.label("name", self.name_edit)))
        self.form.addRow("Kota penandatanganan", field_cell(self.city_edit, e.label("city", self.city_edit)))
        self.form.addRow("Catatan", field_cell(self.notes_edit, e.label("notes", self.notes_edit)))
        self.form.addRow("Jenis", field_cell(self.type_combo, e.label("type", self.type_combo)))


@pytest.fixture
def form(qtbot) -> Form:
    widget = Form()
    qtbot.addWidget(widget)
    show_active(qtbot, widget)
    return widget


def show_active(qtbot, widget: QWidget) -> None:
    """Show `widget` as the active window: only the active window's widgets take the focus."""
    widget.show()
    with qtbot.waitActive(widget):
        widget.activateWindow()


def marked(widget: QWidget) -> bool:
    return bool(widget.property("invalid"))


def test_errors_are_shown_under_their_fields_and_marked(form) -> None:
    unplaced = form.errors.show([
        ValidationError("notes", "Catatan terlalu panjang."),
        ValidationError("kota", "Kota wajib diisi."),  # an alias of "city"
        ValidationError("notes", "Catatan memuat tanda yang tidak dikenal."),
        ValidationError("other", "Kesalahan lain."),
    ])

    assert [error.field for error in unplaced] == ["other"]
    assert form.errors["city"].isVisible() and form.errors["city"].text() == "Kota wajib diisi."
    assert form.errors["notes"].text() == "Catatan terlalu panjang.\nCatatan memuat tanda yang tidak dikenal."
    assert form.errors["city"].objectName() == "error_city"
    assert marked(form.city_edit) and marked(form.notes_edit)
    assert form.errors.widget("city") is form.city_edit
    assert not form.errors["name"].isVisible() and not marked(form.name_edit)
    assert not form.errors["type"].isVisible() and not marked(form.type_combo)


def test_the_topmost_wrong_field_gets_the_focus(form) -> None:
    form.notes_edit.setFocus()
    form.errors.show([ValidationError("type", "Pilih jenis."), ValidationError("city", "Kota wajib diisi.")])
    assert form.city_edit.hasFocus()  # the order of registration, not the order of the errors

    form.errors.show([ValidationError("type", "Pilih jenis.")])
    assert form.type_combo.hasFocus()
    assert not form.errors["city"].isVisible() and not marked(form.city_edit)  # shown anew each time


def test_a_message_goes_when_its_field_changes(form) -> None:
    form.errors.show([ValidationError(key, "Salah.") for key in ("name", "notes", "type")])

    form.name_edit.setText("Siti")
    form.notes_edit.setPlainText("Baru")
    assert not form.errors["name"].isVisible() and not marked(form.name_edit)
    assert not form.errors["notes"].isVisible() and not marked(form.notes_edit)
    assert form.errors["type"].isVisible() and marked(form.type_combo)  # untouched: still wrong

    form.type_combo.setCurrentIndex(1)
    assert not form.errors["type"].isVisible() and not marked(form.type_combo)


def test_clear_hides_every_message(form) -> None:
    form.errors.show([ValidationError("name", "Salah."), ValidationError("type", "Salah.")])
    form.errors.clear()
    for key, widget in (("name", form.name_edit), ("type", form.type_combo)):
        assert not form.errors[key].isVisible() and form.errors[key].text() == ""
        assert not marked(widget)


def test_a_watched_widget_and_a_focus_callback_stand_in_for_the_marked_one(qtbot) -> None:
    page = QWidget()
    qtbot.addWidget(page)
    errors = FieldErrors()
    date_edit, switch, other = QLineEdit(), QLineEdit(), QLineEdit()
    focused: list[str] = []
    label = errors.label("period", date_edit, watch=(switch,), focus=lambda: focused.append("period"))
    QVBoxLayout(page).addWidget(field_cell(date_edit, switch, other, label))
    page.show()

    errors.show([ValidationError("period", "Salah.")])
    assert focused == ["period"]
    date_edit.setText("ini tidak diawasi")
    assert label.isVisible()
    switch.setText("x")
    assert not label.isVisible() and not marked(date_edit)


def test_the_wrong_field_is_scrolled_into_view(qtbot) -> None:
    errors = FieldErrors()
    page = QWidget()
    column = QVBoxLayout(page)
    edits = [QLineEdit() for _ in range(40)]
    for index, edit in enumerate(edits):
        column.addWidget(field_cell(edit, errors.label(f"f{index}", edit)))
    area = QScrollArea()
    area.setWidgetResizable(True)
    area.setWidget(page)
    area.resize(300, 200)
    qtbot.addWidget(area)
    show_active(qtbot, area)

    errors.show([ValidationError("f35", "Salah.")])

    assert edits[35].hasFocus()
    assert area.verticalScrollBar().value() > 0
    top = edits[35].mapTo(page, edits[35].rect().topLeft()).y() - area.verticalScrollBar().value()
    assert 0 <= top < area.viewport().height()


def test_message_label_is_as_tall_as_its_text_in_a_group_box_in_a_scroll_area(qtbot) -> None:
    label = MessageLabel()
    box = QGroupBox("Informasi")
    QFormLayout(box).addRow("Judul", field_cell(QLineEdit(), label))
    page = QWidget()
    column = QVBoxLayout(page)
    column.addWidget(box)
    column.addStretch(1)
    area = QScrollArea()
    area.setWidgetResizable(True)
    area.setWidget(page)
    area.resize(400, 500)
    qtbot.addWidget(area)
    area.show()
    qtbot.waitExposed(area)
    assert label.sizeHint().height() == 0  # nothing to say: no room taken
    assert not label.hasHeightForWidth()

    def settled(min_width: int = 0) -> None:  # nested layouts take a few rounds of events to follow
        for _ in range(20):
            QApplication.processEvents()  # not qtbot.waitUntil: its event loop may be stopped by an earlier app.quit()
            if label.width() > min_width and label.height() == label.sizeHint().height() > 0:
                return
        raise AssertionError(f"label {label.width()}x{label.height()} px, its text needs {label.sizeHint().height()} px")

    label.setText("Satu baris.")
    settled()
    one_line = label.height()
    assert one_line < 2 * label.fontMetrics().lineSpacing()  # not the three lines a QLabel reserves

    label.setText(LONG_MESSAGE)
    settled()
    many_lines = label.height()
    assert many_lines >= 4 * one_line  # wrapped: every line shown

    area.resize(1000, 500)  # wider: fewer lines, less height
    settled(min_width=800)
    assert one_line < label.height() < many_lines


def test_note_label_takes_its_colour_from_the_role() -> None:
    label = note_label("hint", "Boleh dikosongkan.")
    assert label.property("role") == "hint"
    assert label.wordWrap()
    assert label.text() == "Boleh dikosongkan."


def test_labels_of_several_forms_share_one_width(qtbot) -> None:
    page = QWidget()
    qtbot.addWidget(page)
    column = QVBoxLayout(page)
    short, long = QFormLayout(), QFormLayout()
    short.addRow("Nama", QLineEdit())
    long.addRow("Kota tempat penandatanganan dokumen", QLineEdit())
    column.addLayout(short)
    column.addLayout(long)
    align_labels(short, long)

    labels = [form.itemAt(0, QFormLayout.ItemRole.LabelRole).widget() for form in (short, long)]
    assert all(isinstance(label, QLabel) for label in labels)
    assert labels[0].minimumWidth() == labels[1].minimumWidth() >= labels[1].sizeHint().width()
    assert labels[0].height() == labels[1].height() == QLineEdit().sizeHint().height()


def test_tab_order_and_return_key(qtbot) -> None:
    page = QWidget()
    qtbot.addWidget(page)
    first, second, third = QLineEdit(), QLineEdit(), QLineEdit()
    layout = QVBoxLayout(page)
    for edit in (third, first, second):  # laid out in another order than Tab should follow
        layout.addWidget(edit)
    chain_tab_order([first, second, third])
    added: list[str] = []
    add_on_return(first, lambda: added.append(first.text()))
    show_active(qtbot, page)

    first.setFocus()
    page.focusNextChild()
    assert QApplication.focusWidget() is second
    page.focusNextChild()
    assert QApplication.focusWidget() is third

    first.setText("Bagian Umum")
    qtbot.keyClick(first, Qt.Key.Key_Return)
    assert added == ["Bagian Umum"]
