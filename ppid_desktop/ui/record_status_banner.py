"""A coloured line telling draft, determined, opened and archived records apart at a glance."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QWidget

from ppid_desktop.domain.enums import RecordStatus
from ppid_desktop.services.records import RecordDetail
from ppid_desktop.ui.formatting import display_date
from ppid_desktop.ui.i18n import tr

# Background, text: colours that stay readable when printed in greyscale on a screenshot.
_STYLES = {
    "new": ("#eef1f5", "#333333"),
    RecordStatus.DRAFT: ("#fff4ce", "#5c4400"),
    RecordStatus.DITETAPKAN: ("#dff6dd", "#0f5323"),
    RecordStatus.DIBUKA: ("#deecf9", "#0b3a6e"),
}


def status_text(detail: RecordDetail | None) -> str:
    if detail is None:
        return tr("Rekaman baru — disimpan sebagai <b>Draf</b> di tahap pertama SOP.")
    if detail.status is RecordStatus.DITETAPKAN:
        when = display_date(detail.penetapan_date) if detail.penetapan_date else "—"
        text = tr("<b>Ditetapkan</b> — surat penetapan nomor {number}, tanggal {date}").format(
            number=detail.penetapan_number or "—", date=when)
    elif detail.status is RecordStatus.DIBUKA:
        text = tr("<b>Dibuka</b> — pengecualian berakhir; informasi tercantum di Daftar Informasi Publik")
    else:
        text = tr("<b>Draf</b> — uji konsekuensi belum ditetapkan")
    if detail.archived:
        if detail.revision:
            archived = tr("<b>Diarsipkan</b>: hanya-baca; perubahan disimpan sebagai revisi dengan alasan (revisi ke-{revision})")
            text += " · " + archived.format(revision=detail.revision)
        else:
            text += " · " + tr("<b>Diarsipkan</b>: hanya-baca; perubahan disimpan sebagai revisi dengan alasan")
    return text


class StatusBanner(QLabel):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWordWrap(True)
        self.setObjectName("statusBanner")
        self.show_detail(None)

    def show_detail(self, detail: RecordDetail | None) -> None:
        background, foreground = _STYLES["new" if detail is None else detail.status]
        self.setStyleSheet(f"QLabel#statusBanner {{ background: {background}; color: {foreground}; padding: 6px 10px; border-radius: 3px; }}")
        self.setText(status_text(detail))
