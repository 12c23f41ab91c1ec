"""What every form shares: messages under fields, red borders, label columns, tab order.

A form registers each field with a :class:`FieldErrors`, top to bottom. ``show(errors)`` puts
each ``ValidationError`` under its field in red, gives the field a red border, focuses the
topmost wrong field and returns the errors no field claims; a message goes as soon as the clerk
changes its field. Colours and borders come from :data:`FORM_STYLE_SHEET`, which the window
holding the form applies to itself.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping

from PySide6.QtCore import QEvent, QObject, QSize, Qt, SignalInstance
from PySide6.QtGui import QKeyEvent, QResizeEvent
from PySide6.QtWidgets import (
    QAbstractButton,
    QComboBox,
    QDateTimeEdit,
    QFormLayout,
    QLabel,
    QLayout,
    QLineEdit,
    QPlainTextEdit,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from ppid_desktop.domain.errors import ValidationError
from ppid_desktop.ui.i18n import user_text

ERROR_COLOR = "#b3261e"
WARNING_COLOR = "#8a5300"

FORM_STYLE_SHEET = f"""
QLineEdit[invalid="true"], QPlainTextEdit[invalid="true"], QComboBox[invalid="true"],
QDateEdit[invalid="true"], QTimeEdit[invalid="true"], QSpinBox[invalid="true"], QTableWidget[invalid="true"] {{
    border: 2px solid {ERROR_COLOR};
}}
QLabel[role="error"] {{ color: {ERROR_COLOR}; }}
QLabel[role="warning"] {{ color: {WARNING_COLOR}; }}
QLabel[role="hint"] {{ color: palette(placeholder-text); }}
"""


class MessageLabel(QLabel):
    """A word-wrapped label exactly as tall as its text at the width the layout gives it.

    Qt's own height-for-width negotiation gets wrapped labels wrong inside a QGroupBox in a
    QScrollArea (measured: a one-line message reserved three lines). This label reports no
    height-for-width; it asks for the height its text needs at its current width and asks
    again whenever that width changes.
    """

    def __init__(self, text: str = "", parent: QWidget | None = None) -> None:
        super().__init__(text, parent)
        self.setWordWrap(True)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

    def hasHeightForWidth(self) -> bool:  # noqa: N802 (Qt API)
        return False

    def _height(self) -> int:
        return super().heightForWidth(max(self.width(), 1)) if self.text() else 0

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt API)
        return QSize(1, self._height())

    def minimumSizeHint(self) -> QSize:  # noqa: N802 (Qt API)
        return QSize(1, self._height())

    def setText(self, text: str) -> None:  # noqa: N802 (Qt API)
        super().setText(text)
        self.updateGeometry()

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 (Qt API)
        super().resizeEvent(event)
        if event.size().width() != event.oldSize().width():
            self.updateGeometry()


def note_label(role: str, text: str = "") -> MessageLabel:
    """A message coloured by FORM_STYLE_SHEET: ``role`` is "error", "warning" or "hint"."""
    label = MessageLabel(text)
    label.setProperty("role", role)
    return label


def set_invalid(widget: QWidget, invalid: bool) -> None:
    """Give `widget` the red border of FORM_STYLE_SHEET, or take it away."""
    if bool(widget.property("invalid")) == invalid:
        return
    widget.setProperty("invalid", invalid)
    widget.style().unpolish(widget)
    widget.style().polish(widget)
    widget.update()


def edited_signal(widget: QWidget) -> SignalInstance | None:
    """The signal `widget` emits when its value changes; None for a plain container."""
    if isinstance(widget, (QLineEdit, QPlainTextEdit)):
        return widget.textChanged
    if isinstance(widget, QComboBox):
        return widget.currentIndexChanged
    if isinstance(widget, QAbstractButton):
        return widget.toggled
    if isinstance(widget, QDateTimeEdit):
        return widget.dateTimeChanged
    return getattr(widget, "changed", None)  # a composite widget of ours, e.g. LegalGroundsWidget


class ErrorLabel(MessageLabel):
    """The red message under one field; the field's `marked` widget has a red border while it shows."""

    def __init__(self, key: str, marked: QWidget) -> None:
        super().__init__()
        self.setProperty("role", "error")
        self.setObjectName(f"error_{key}")
        self.marked = marked
        self.hide()

    def add_message(self, message: str) -> None:
        self.setText("\n".join(text for text in (self.text(), message) if text))
        self.show()
        set_invalid(self.marked, True)

    def dismiss(self) -> None:
        """Hide the message and the border (the field was changed, or the form is checked again)."""
        self.setText("")
        self.hide()
        set_invalid(self.marked, False)


class FieldErrors:
    """The error labels of one form, keyed by the ``field`` of ``ValidationError``.

    Register the fields top to bottom: the topmost wrong one gets the focus. ``aliases`` maps
    other keys the domain uses for a field to the key it was registered under.
    """

    def __init__(self, aliases: Mapping[str, str] | None = None) -> None:
        self._labels: dict[str, ErrorLabel] = {}
        self._focus: dict[str, Callable[[], object]] = {}
        self._aliases = dict(aliases or {})

    def label(
        self,
        key: str,
        marked: QWidget,
        watch: Iterable[QWidget] = (),
        focus: Callable[[], object] | None = None,
    ) -> ErrorLabel:
        """A hidden error label for `key`, to be placed under the field.

        `marked` gets the red border and, unless `focus` is given, the focus. The message goes
        when `marked`, or any widget in `watch` instead, changes its value.
        """
        label = ErrorLabel(key, marked)
        for widget in list(watch) or [marked]:
            signal = edited_signal(widget)
            if signal is not None:
                signal.connect(label.dismiss)
        self._labels[key] = label
        self._focus[key] = focus or marked.setFocus
        return label

    def __getitem__(self, key: str) -> ErrorLabel:
        return self._labels[key]

    def widget(self, key: str) -> QWidget:
        """The widget that gets the red border when `key` is wrong."""
        return self._labels[key].marked

    def clear(self) -> None:
        for label in self._labels.values():
            label.dismiss()

    def show(self, errors: Iterable[ValidationError]) -> list[ValidationError]:
        """Show each error under its field and focus the topmost one; return errors with no field."""
        self.clear()
        unplaced: list[ValidationError] = []
        for error in errors:
            key = self._aliases.get(error.field, error.field)
            if key in self._labels:
                self._labels[key].add_message(user_text(error))
            else:
                unplaced.append(error)
        first = next((key for key, label in self._labels.items() if label.text()), None)
        if first is not None:
            self.focus(first)
        return unplaced

    def focus(self, key: str) -> None:
        """Put the cursor in the field `key` and scroll it into view inside a scroll area."""
        self._focus[key]()
        cell = self._labels[key].parentWidget()
        area = cell
        while area is not None and not isinstance(area, QScrollArea):
            area = area.parentWidget()
        if isinstance(area, QScrollArea) and cell is not None:
            area.ensureWidgetVisible(cell, 0, 40)


def field_cell(*items: QWidget | QLayout) -> QWidget:
    """A field with its hint and error label stacked under it, as one form cell."""
    cell = QWidget()
    column = QVBoxLayout(cell)
    column.setContentsMargins(0, 0, 0, 0)
    column.setSpacing(2)
    for item in items:
        if isinstance(item, QWidget):
            column.addWidget(item)
        else:
            column.addLayout(item)
    return cell


def align_labels(*forms: QFormLayout) -> None:
    """One label width for all `forms`, so their fields line up; each label stays level with the
    first line of its field, even when a message shows below it."""
    labels: list[QLabel] = []
    for form in forms:
        for row in range(form.rowCount()):
            item = form.itemAt(row, QFormLayout.ItemRole.LabelRole)
            if item is not None and isinstance(label := item.widget(), QLabel):
                labels.append(label)
    if not labels:
        return
    height = QLineEdit().sizeHint().height()
    width = max(label.sizeHint().width() for label in labels)
    for label in labels:
        label.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        label.setFixedHeight(height)
        label.setMinimumWidth(width)


def chain_tab_order(widgets: Iterable[QWidget]) -> None:
    """Tab visits `widgets` in this order."""
    chain = list(widgets)
    for first, second in zip(chain, chain[1:]):
        QWidget.setTabOrder(first, second)


class _ReturnRuns(QObject):
    """Return/Enter in a line edit runs an action instead of pressing the dialog's default button."""

    def __init__(self, parent: QObject, action: Callable[[], None]) -> None:
        super().__init__(parent)
        self._action = action

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt API)
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self._action()
                return True
        return super().eventFilter(watched, event)


def add_on_return(edit: QLineEdit, action: Callable[[], None]) -> None:
    """Return/Enter in `edit` runs `action` (e.g. "Tambah") instead of the default button."""
    edit.installEventFilter(_ReturnRuns(edit, action))
