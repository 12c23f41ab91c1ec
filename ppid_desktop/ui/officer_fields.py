"""The fields of an officer that the set-up wizard's officers page (ui/setup_officers_page.py) and the
officer form of "Unit dan pejabat" (ui/staff_forms.py) share: the kind of employee number with the
hint of its field, and the pangkat/golongan.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QComboBox, QLineEdit

from ppid_desktop.domain.nip import EmployeeIdKind
from ppid_desktop.domain.pangkat import GOLONGAN
from ppid_desktop.ui.i18n import tr


def id_kind_combo(current: EmployeeIdKind = EmployeeIdKind.NIP) -> QComboBox:
    """NIP or NI PPPK (the printed prefixes, not translated), `current` chosen."""
    combo = QComboBox()
    for kind in EmployeeIdKind:
        combo.addItem(kind.label, kind.value)
    combo.setCurrentIndex(max(combo.findData(current.value), 0))
    return combo


def selected_kind(combo: QComboBox) -> EmployeeIdKind:
    return EmployeeIdKind(combo.currentData())


def pangkat_combo(current: str = "") -> QComboBox:
    """"— Tidak ada —" (data "") and the golongan of PP 99/2000 (data: the code), `current` chosen.
    A stored value the list does not know is offered as it is, so that it is not lost unseen."""
    combo = QComboBox()
    combo.addItem(tr("— Tidak ada —"), "")
    for rank in GOLONGAN:
        combo.addItem(rank.label, rank.code)
    if current and combo.findData(current) < 0:
        combo.addItem(current, current)
    combo.setCurrentIndex(max(combo.findData(current), 0))
    return combo


def follow_id_kind(kind_combo: QComboBox, number_edit: QLineEdit, dismiss: Callable[[], object]) -> None:
    """Give `number_edit` the hint of the chosen kind now and on every change; a change also
    `dismiss`es the message under the number (it was about the other kind)."""

    def changed() -> None:
        if selected_kind(kind_combo) is EmployeeIdKind.NIP:
            number_edit.setPlaceholderText(tr("18 angka, contoh: 19690520 199803 1 008"))
        else:
            number_edit.setPlaceholderText(tr("Nomor NI PPPK (8 sampai 20 angka)"))
        dismiss()

    kind_combo.currentIndexChanged.connect(changed)
    changed()
