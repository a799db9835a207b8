"""The window's handle on the archive: the GUI thread's own connection and a signal when it changed."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, Signal
from sqlite_utils import Database

from app.store.db import open_archive


class Archive(QObject):
    """Owns the GUI thread's connection; workers open their own from ``path``."""

    contents_changed = Signal()  # after an import or a correction: models re-query

    def __init__(self, path: str | Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.path = Path(path)
        self.created = not self.path.exists()
        self.busy = False  # a worker is writing (import, re-analysis): corrections wait
        self.db: Database = open_archive(self.path)

    def notify_changed(self) -> None:
        self.contents_changed.emit()

    def close(self) -> None:
        self.db.conn.close()
