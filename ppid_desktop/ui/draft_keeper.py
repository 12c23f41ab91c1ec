"""Keeps a crash-recovery copy of an editor's unsaved form in the data folder.

A change restarts a short timer; when it fires, the form is written if it differs from what
was saved, and the copy removed if it does not. A save or a discard removes it at once.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer

from ppid_desktop.domain.record import RecordDraft
from ppid_desktop.services.drafts import discard_draft, new_record_key, record_key, save_draft
from ppid_desktop.storage.paths import DataPaths
from ppid_desktop.ui.i18n import tr

DELAY_MS = 1500


class DraftKeeper(QObject):
    def __init__(
        self,
        paths: DataPaths,
        snapshot: Callable[[], tuple[bool, int | None, int | None, RecordDraft]],
        parent: QObject | None = None,
        key: str | None = None,
    ) -> None:
        """`snapshot()` returns (dirty, record_id, loaded_version, draft)."""
        super().__init__(parent)
        self._paths = paths
        self._snapshot = snapshot
        self.key = key or new_record_key()
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(DELAY_MS)
        self._timer.timeout.connect(self.write_now)

    def schedule(self) -> None:
        self._timer.start()

    def write_now(self) -> None:
        self._timer.stop()
        dirty, record_id, version, draft = self._snapshot()
        if record_id is not None and self.key != record_key(record_id):
            discard_draft(self._paths, self.key)  # a new record was saved: it has its own key now
            self.key = record_key(record_id)
        if dirty:
            save_draft(self._paths, self.key, record_id, version, draft)
        else:
            discard_draft(self._paths, self.key)

    def discard(self) -> None:
        self._timer.stop()
        discard_draft(self._paths, self.key)


def offer_recovered_drafts(window) -> int:  # type: ignore[no-untyped-def]  # the MainWindow (imports this module late)
    """Offer back what editors held unsaved when the app last ended abnormally (or was left from
    the lock screen); returns how many editors were opened again."""
    from ppid_desktop.domain.errors import UserError
    from ppid_desktop.services.drafts import decline_drafts, pending_drafts
    from ppid_desktop.ui import messages

    pending = pending_drafts(window.paths)
    if not pending:
        return 0
    untitled = tr("(tanpa judul)")
    titles = "\n".join(f"• {saved.draft.title or untitled}" for saved in pending[:10])
    if not messages.ask_yes_no(
        window,
        tr("Isian yang belum disimpan ditemukan"),
        tr(
            "PPID Desktop tertutup sebelum %n isian sempat disimpan:\n{titles}\n\n"
            "Buka kembali untuk diperiksa dan disimpan? Bila tidak, isian tersebut disisihkan ke folder "
            "drafts/ditolak dan tidak ditawarkan lagi.",
            "",
            len(pending),
        ).format(titles=titles),
    ):
        decline_drafts(window.paths, pending)
        return 0
    for saved in pending:
        try:
            window.open_editor(saved.record_id, saved)
        except UserError as exc:  # the record is gone: keep the draft file, say why
            messages.show_user_error(window, exc)
    return len(pending)
