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
from app.ingest.reader import article_from_text, read_article_file
from app.store.names import titled_person_counts
from app.store.writer import find_by_hash, log_import, settle_archive, store_article, write_analysis

# The known names are rebuilt after this many new titled names: often enough that a name learned
# early helps the files after it, rarely enough that rebuilding costs nothing.
_NAMES_REBUILD_EVERY = 200


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
    from app.nlp.known_names import KnownNames
    from app.nlp.pipeline import analyze  # loads the NLP models only when there is work

    found = list(find_article_files(paths))
    report = ImportReport()
    known = KnownNames(titled_person_counts(db))
    learned: dict[str, int] = {}
    for done, (path, problem) in enumerate(found, start=1):
        if should_cancel and should_cancel():
            report.cancelled = True
            break
        outcome = _import_one(db, path, problem, lambda art, names=known: analyze(art, names), learned)
        report.outcomes.append(outcome)
        if len(learned) >= _NAMES_REBUILD_EVERY:
            known, learned = KnownNames(titled_person_counts(db)), {}
        if progress:
            progress(done, len(found), outcome)
    if not report.cancelled:
        _settle_names(db, [o.article_id for o in report.outcomes if o.status == "imported"], analyze)
    # A new article may date an undated visit of the same trip; settling also completes the
    # work of an import that was killed after its last file.
    settle_archive(db)
    return report


def _settle_names(db: Database, article_ids: list[int], analyze) -> None:
    """The archive-wide pass: a name learned from a later file (seen there with a title) is a name
    in the files imported before it too. Re-analyses, with the final list, only the new articles
    whose text holds a known name they do not list, or whose people the list folds (a misspelling,
    a bare family name). The same primitives as app.reanalyze, which the importer may not import."""
    from app.nlp.known_names import KnownNames, names_to_settle

    known = KnownNames(titled_person_counts(db))
    if not known:
        return
    for article_id in article_ids:
        row = db.execute("SELECT raw_text, file_name, title, body FROM articles WHERE id = ?",
                         [article_id]).fetchone()
        people = [r[0] for r in db.execute(
            "SELECT e.name FROM mentions m JOIN entities e ON e.id = m.entity_id "
            "WHERE m.article_id = ? AND e.type = 'person'", [article_id])]
        if row is None or not names_to_settle(f"{row[2] or ''}\n{row[3] or ''}", people, known):
            continue
        try:
            art = article_from_text(row[0] or "", row[1] or "")
            analysis = analyze(art, known)
        except Exception:  # the article keeps the analysis it was imported with
            continue
        with db.atomic():
            write_analysis(db, article_id, analysis)


def _import_one(db: Database, path: Path, problem: str | None, analyze, learned: dict[str, int]) -> FileOutcome:
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
    for entity in analysis.entities:  # a titled name is one the following files may trust untitled
        if entity.type == "person" and entity.title and " " in entity.name:
            learned[entity.name] = learned.get(entity.name, 0) + 1
    return FileOutcome(str(path), "imported", None, article_id)


def _skip(db: Database, path: Path, reason: str) -> FileOutcome:
    with db.atomic():
        log_import(db, str(path), "skipped", reason)
    return FileOutcome(str(path), "skipped", reason)
