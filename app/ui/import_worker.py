"""Background work on the archive: ``import_paths`` (or another store task that re-analyses, such
as clearing a correction) on a QThread with its own connection, progress and cancel.

The GUI thread never runs the NLP. Results come back through queued signals.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QThread, Signal

from app.importer import FileOutcome, ImportReport


class ImportWorker(QThread):
    """Import ``paths`` into the archive at ``db_path``; ``report_ready`` carries the ImportReport.

    With ``task`` (a callable taking the worker's own Database) it runs that instead of an import
    and ``report_ready`` carries what the task returned.
    """

    progress = Signal(int, int, str)  # done, total, file name
    report_ready = Signal(object)  # ImportReport
    failed = Signal(str)

    def __init__(self, db_path: str | Path, paths: list[str], parent=None,
                 task: Callable[[object], object] | None = None) -> None:
        super().__init__(parent)
        self.task = task
        self.db_path = str(db_path)
        self.paths = [str(p) for p in paths]
        self.report: ImportReport | object | None = None
        self._cancel = threading.Event()

    def cancel(self) -> None:
        self._cancel.set()

    def run(self) -> None:
        from app.importer import import_paths
        from app.store.db import ArchiveError, open_archive

        db = None
        try:
            db = open_archive(self.db_path)

            def on_progress(done: int, total: int, outcome: FileOutcome) -> None:
                self.progress.emit(done, total, Path(outcome.path).name)

            if self.task is not None:
                self.report = self.task(db)
            else:
                self.report = import_paths(db, self.paths, progress=on_progress,
                                           should_cancel=self._cancel.is_set)
        except ArchiveError as exc:  # read-only, damaged, full: the message says so in plain words
            self.report = None
            self.failed.emit(str(exc))
            return
        except Exception as exc:  # shown to the user, never a silent thread death
            self.report = None
            self.failed.emit(f"{type(exc).__name__}: {exc}")
            return
        finally:
            if db is not None:
                db.conn.close()
        self.report_ready.emit(self.report)
