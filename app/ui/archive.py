"""The window's handle on the archive: the GUI thread's own connection and a signal when it changed."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, Signal
from sqlite_utils import Database

from app.store.db import ArchiveError, open_archive


class Archive(QObject):
    """Owns the GUI thread's connection; workers open their own from ``path``.

    An archive that cannot be written (a read-only copy, a full disk, a damaged file) is opened
    for reading: ``read_only`` is True and ``read_only_reason`` says why, for the window to show.
    """

    contents_changed = Signal()  # after an import or a correction: models re-query

    def __init__(self, path: str | Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.path = Path(path)
        self.created = not self.path.exists()
        self.busy = False  # a worker is writing (import, re-analysis): corrections wait
        self.read_only_reason: str | None = None
        try:
            # quick_check is left to the writers (the import worker checks before it writes):
            # the window opens without reading the whole file.
            self.db: Database = open_archive(self.path, check=False)
        except (ArchiveError, RuntimeError) as exc:
            self.read_only_reason = str(exc)
            self.db = open_archive(self.path, read_only=True)  # raises ArchiveError: nothing to show

    @property
    def read_only(self) -> bool:
        return self.read_only_reason is not None

    def notify_changed(self) -> None:
        self.contents_changed.emit()

    def close(self) -> None:
        self.db.conn.close()
