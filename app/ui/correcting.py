"""Making a correction from a view: one correction dialog open at a time, a quick write on the GUI
thread that waits for a busy worker, and the (non-blocking) message when it cannot be made.

The main window (article list) and the entity sidebar both correct the archive; they share this
code, not each other.
"""

from __future__ import annotations

from collections.abc import Callable
from contextlib import suppress

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog, QMenu, QMessageBox

from app.reanalyze import clear_correction, correct_kind
from app.store.corrections import CorrectionError
from app.ui.archive import Archive


def kind_task(article_id: int, kind: str) -> Callable[[object], int]:
    """A worker task (a visit kind re-analyses the article) setting what the article reports."""

    def correct(db) -> int:
        correct_kind(db, article_id, kind)
        return 1

    return correct


def clear_corrections_task(correction_ids: list[int]) -> Callable[[object], int]:
    """A worker task (it re-analyses) dropping these corrections; returns how many it was given."""

    def clear(db) -> int:
        for correction_id in correction_ids:
            with suppress(CorrectionError):  # gone with an earlier one (the other half of a date)
                clear_correction(db, correction_id)
        return len(correction_ids)

    return clear


class CorrectionHost:
    """Mixin for a QWidget that writes corrections; ``correction_dialog`` and ``message_box`` are
    the open dialog and the last message (tests drive them)."""

    correction_dialog: QDialog | None = None
    message_box: QMessageBox | None = None

    def add_correction_actions(self, menu: QMenu, target_id: int,
                               actions: list[tuple[str, str, Callable[[int], object]]], *, clear_name: str,
                               clear_tip: str, can_clear: bool, on_clear: Callable[[int], object]) -> None:
        """Context-menu entries: ``actions`` (objectName, text, slot taking ``target_id``), then
        "Xoá sửa đổi" (objectName ``clear_name``), enabled when there is a correction to drop."""
        for name, text, slot in actions:
            action = menu.addAction(text)
            action.setObjectName(name)
            action.triggered.connect(lambda _checked=False, slot=slot: slot(target_id))
        menu.addSeparator()
        clear = menu.addAction(QCoreApplication.translate("CorrectionHost", "Xoá sửa đổi"))
        clear.setObjectName(clear_name)
        clear.setToolTip(clear_tip)
        clear.setEnabled(can_clear)
        clear.triggered.connect(lambda _checked=False: on_clear(target_id))

    def inform(self, title: str, text: str, *, warning: bool = False) -> None:
        """A window-modal message that does not block (``open``, not ``exec``)."""
        icon = QMessageBox.Icon.Warning if warning else QMessageBox.Icon.Information
        self.message_box = QMessageBox(icon, title, text, QMessageBox.StandardButton.Ok, self)
        self.message_box.setObjectName("messageBox")
        self.message_box.open()

    def open_correction(self, dialog: QDialog, on_accept: Callable[[], object]) -> None:
        """Show a correction dialog (window-modal, not blocking); ``on_accept`` runs when it is accepted."""
        if self.correction_dialog is not None:
            self.correction_dialog.close()
        self.correction_dialog = dialog
        dialog.accepted.connect(on_accept)
        dialog.finished.connect(dialog.deleteLater)
        dialog.finished.connect(lambda _result: setattr(self, "correction_dialog", None))
        dialog.open()

    def refuse_while_busy(self, archive: Archive, *, warning: bool = False) -> bool:
        """True (and the user told) while a worker writes: corrections wait for it."""
        if not archive.busy:
            return False
        self.inform(QCoreApplication.translate("CorrectionHost", "Đang bận"),
                    QCoreApplication.translate("CorrectionHost", "Hãy đợi lượt nhập hiện tại xong rồi sửa."),
                    warning=warning)
        return True

    def write_correction(self, archive: Archive, write: Callable[[], None], *,
                         before_notify: Callable[[], None] | None = None, busy_warning: bool = False) -> bool:
        """A quick write on the GUI thread, then every view refreshes via the archive's signal;
        ``before_notify`` runs between the two. False (and the user told) when it was not made."""
        if self.refuse_while_busy(archive, warning=busy_warning):
            return False
        try:
            write()
        except CorrectionError as exc:
            self.inform(QCoreApplication.translate("CorrectionHost", "Không sửa được"), str(exc), warning=True)
            return False
        if before_notify is not None:
            before_notify()
        archive.notify_changed()
        return True
