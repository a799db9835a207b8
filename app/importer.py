"""Import files into the archive: find → read → skip duplicates → analyse → store, file by file.

The one import routine behind the command line and the window's background worker. Each file
is stored in its own transaction, so an interrupted import leaves a consistent archive and
running it again completes it: files already stored are recognised by their content hash.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

from sqlite_utils import Database

from app.ingest.decode import UnreadableFile
from app.ingest.files import find_article_files
from app.ingest.reader import read_article_file
from app.store.writer import find_by_hash, log_import, settle_archive, store_article


@dataclass(frozen=True)
class FileOutcome:
    path: str
    status: str  # "imported" | "duplicate" | "skipped"
    reason: str | None = None
    article_id: int | None = None


@dataclass
class ImportReport:
    outcomes: list[FileOutcome] = field(default_factory=list)
    cancelled: bool = False

    def count(self, status: str) -> int:
        return sum(1 for o in self.outcomes if o.status == status)

    @property
    def skipped(self) -> list[FileOutcome]:
        return [o for o in self.outcomes if o.status == "skipped"]


Progress = Callable[[int, int, FileOutcome], None]


def import_paths(
    db: Database,
    paths: Iterable[str | Path],
    *,
    progress: Progress | None = None,
    should_cancel: Callable[[], bool] | None = None,
) -> ImportReport:
    """Import every article file under paths; never stops on a bad file, names it instead."""
    from app.nlp.pipeline import analyze  # loads the NLP models only when there is work

    found = list(find_article_files(paths))
    report = ImportReport()
    for done, (path, problem) in enumerate(found, start=1):
        if should_cancel and should_cancel():
            report.cancelled = True
            break
        outcome = _import_one(db, path, problem, analyze)
        report.outcomes.append(outcome)
        if progress:
            progress(done, len(found), outcome)
    # A new article may date an undated visit of the same trip; settling also completes the
    # work of an import that was killed after its last file.
    settle_archive(db)
    return report


def _import_one(db: Database, path: Path, problem: str | None, analyze) -> FileOutcome:
    if problem is not None:
        return _skip(db, path, problem)
    try:
        item = read_article_file(path)
    except UnreadableFile as exc:
        return _skip(db, path, str(exc))
    except Exception as exc:  # a bug in ingest must not stop the import either
        return _skip(db, path, f"lỗi đọc tệp (reading failed): {type(exc).__name__}: {exc}")
    existing = find_by_hash(db, item.content_hash)
    if existing is not None:
        with db.atomic():
            log_import(db, str(path), "duplicate", article_id=existing)
        return FileOutcome(str(path), "duplicate", "đã có trong kho (already in the archive)", existing)
    try:
        analysis = analyze(item.article)
    except Exception as exc:  # an analysis bug must not stop the import: name the file, go on
        return _skip(db, path, f"lỗi phân tích (analysis failed): {type(exc).__name__}: {exc}")
    try:
        article_id = store_article(db, item, analysis)  # one transaction: all of the file or nothing
    except sqlite3.Error as exc:
        return _skip(db, path, f"không ghi được vào kho (could not store): {exc}")
    return FileOutcome(str(path), "imported", None, article_id)


def _skip(db: Database, path: Path, reason: str) -> FileOutcome:
    with db.atomic():
        log_import(db, str(path), "skipped", reason)
    return FileOutcome(str(path), "skipped", reason)
