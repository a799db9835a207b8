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
from app.ingest.reader import read_file_articles
from app.store.writer import find_by_hash, log_import, settle_archive, store_article


@dataclass(frozen=True)
class FileOutcome:
    path: str
    status: str  # "imported" | "duplicate" | "skipped"
    reason: str | None = None
    article_id: int | None = None
    part: tuple[int, int] | None = None  # (n, of) for one of several articles of a file

    @property
    def label(self) -> str:
        """The file, and which of its articles: "thu.eml (bài 2/2)"."""
        return f"{self.path} (bài {self.part[0]}/{self.part[1]})" if self.part else self.path


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
        for outcome in _import_file(db, path, problem, analyze):
            report.outcomes.append(outcome)
            if progress:
                progress(done, len(found), outcome)
    # A new article may date an undated visit of the same trip; settling also completes the
    # work of an import that was killed after its last file.
    settle_archive(db)
    return report


def _import_file(db: Database, path: Path, problem: str | None, analyze) -> list[FileOutcome]:
    """Import the article(s) of one file: one outcome per article, or one for a refused file."""
    if problem is not None:
        return [_skip(db, path, problem)]
    try:
        items = read_file_articles(path)
    except UnreadableFile as exc:
        return [_skip(db, path, str(exc))]
    except Exception as exc:  # a bug in ingest must not stop the import either
        return [_skip(db, path, f"lỗi đọc tệp (reading failed): {type(exc).__name__}: {exc}")]
    return [_import_one(db, path, item, analyze) for item in items]


def _import_one(db: Database, path: Path, item, analyze) -> FileOutcome:
    existing = find_by_hash(db, item.content_hash)
    if existing is not None:
        with db.atomic():
            log_import(db, str(path), "duplicate", article_id=existing)
        return FileOutcome(str(path), "duplicate", "đã có trong kho (already in the archive)", existing, item.part)
    try:
        analysis = analyze(item.article)
    except Exception as exc:  # an analysis bug must not stop the import: name the file, go on
        return _skip(db, path, f"lỗi phân tích (analysis failed): {type(exc).__name__}: {exc}", item.part)
    try:
        article_id = store_article(db, item, analysis)  # one transaction: all of the article or nothing
    except sqlite3.Error as exc:
        return _skip(db, path, f"không ghi được vào kho (could not store): {exc}", item.part)
    return FileOutcome(str(path), "imported", None, article_id, item.part)


def _skip(db: Database, path: Path, reason: str, part: tuple[int, int] | None = None) -> FileOutcome:
    with db.atomic():
        log_import(db, str(path), "skipped", reason)
    return FileOutcome(str(path), "skipped", reason, part=part)
