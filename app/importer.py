"""Import files into the archive: find → read → skip duplicates → analyse → store, file by file.

The one import routine behind the command line and the window's background worker. Each file
is stored in its own transaction, so an interrupted import leaves a consistent archive and
running it again completes it: files already stored are recognised as duplicates.

One file's failure is that file's: its name, its bytes or its analysis failing is reported with
the file and the reason and the import goes on. When going on is pointless — the disk is full,
the archive turned out damaged — it stops and the report says what was stored and what was not.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

from sqlite_utils import Database

from app.ingest.decode import LEGACY_LABELS, UnreadableFile
from app.ingest.files import find_article_files
from app.ingest.names import display_path
from app.ingest.reader import article_from_text, read_file_articles
from app.store.db import damaged_message, is_damage, is_disk_full
from app.store.names import titled_person_counts
from app.store.writer import find_duplicate, log_import, settle_archive, store_new_article, write_analysis

# The known names are rebuilt after this many new titled names: often enough that a name learned
# early helps the files after it, rarely enough that rebuilding costs nothing.
_NAMES_REBUILD_EVERY = 200


@dataclass(frozen=True)
class FileOutcome:
    path: str  # shown as text: a name that is not UTF-8 has \xNN escapes
    status: str  # "imported" | "duplicate" | "skipped"
    reason: str | None = None
    article_id: int | None = None
    note: str | None = None  # e.g. the legacy encoding an imported file was converted from
    part: tuple[int, int] | None = None  # (n, of) for one of several articles of a file

    @property
    def label(self) -> str:
        """The file, and which of its articles: "thu.eml (bài 2/2)"."""
        return f"{self.path} (bài {self.part[0]}/{self.part[1]})" if self.part else self.path


@dataclass
class ImportReport:
    outcomes: list[FileOutcome] = field(default_factory=list)
    cancelled: bool = False
    stopped: str | None = None  # why the import stopped early (disk full, damaged archive)
    not_done: list[str] = field(default_factory=list)  # files not imported because it stopped

    def count(self, status: str) -> int:
        return sum(1 for o in self.outcomes if o.status == status)

    @property
    def skipped(self) -> list[FileOutcome]:
        return [o for o in self.outcomes if o.status == "skipped"]


class _StopImport(Exception):
    """Going on is pointless: the message says why."""


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
            report.not_done = [display_path(p) for p, _ in found[done - 1 :]]
            break
        try:
            outcomes = _import_file(db, path, problem, lambda art, names=known: analyze(art, names), learned)
        except _StopImport as stop:
            report.stopped = str(stop)
            report.not_done = [display_path(p) for p, _ in found[done - 1 :]]
            break
        for outcome in outcomes:
            report.outcomes.append(outcome)
            if progress:
                progress(done, len(found), outcome)
        if len(learned) >= _NAMES_REBUILD_EVERY:
            known, learned = KnownNames(titled_person_counts(db)), {}
    if not report.cancelled and report.stopped is None:
        _settle_names(db, [o.article_id for o in report.outcomes if o.status == "imported"], analyze)
    # A new article may date an undated visit of the same trip; settling also completes the
    # work of an import that was killed after its last file.
    if report.stopped is None:
        try:
            settle_archive(db)
        except sqlite3.Error as exc:  # the articles are stored; the next import settles them
            if is_disk_full(exc) or is_damage(exc):
                report.stopped = _stop_reason(db, exc)
            else:
                raise
    return report


def _stop_reason(db: Database, exc: Exception) -> str:
    if is_disk_full(exc):
        return ("đĩa đầy: dừng nhập; các tệp đã nhập vẫn nguyên trong kho (disk full: the import "
                "stopped; the files imported so far are stored whole). Giải phóng chỗ trống rồi "
                "chạy lại cùng lệnh (free some space and run the same command again: files "
                "already stored count as duplicates)")
    return damaged_message(_db_file(db), str(exc))


def _db_file(db: Database) -> str:
    row = db.execute("PRAGMA database_list").fetchone()
    return row[2] if row and row[2] else "?"


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


def _import_file(db: Database, path: Path, problem: str | None, analyze,
                 learned: dict[str, int]) -> list[FileOutcome]:
    """Import the article(s) of one file: one outcome per article, or one for a refused file."""
    if problem is not None:
        return [_skip(db, path, problem)]
    try:
        items = read_file_articles(path)
    except UnreadableFile as exc:
        return [_skip(db, path, str(exc))]
    except Exception as exc:  # a bug in ingest must not stop the import either
        return [_skip(db, path, f"lỗi đọc tệp (reading failed): {type(exc).__name__}: {exc}")]
    return [_import_one(db, path, item, analyze, learned) for item in items]


def _import_one(db: Database, path: Path, item, analyze, learned: dict[str, int]) -> FileOutcome:
    shown = display_path(path)
    note = None
    if item.encoding in LEGACY_LABELS:
        label = LEGACY_LABELS[item.encoding]
        note = f"chuyển từ mã {label} sang Unicode (converted from {label} to Unicode)"
    try:
        existing = find_duplicate(db, item)
        if existing is not None:
            with db.atomic():
                log_import(db, str(path), "duplicate", reason=_duplicate_reason(existing[1]),
                           article_id=existing[0])
            return FileOutcome(shown, "duplicate", _duplicate_reason(existing[1]), existing[0], part=item.part)
    except sqlite3.Error as exc:
        return _store_failed(db, path, exc, item.part)
    try:
        analysis = analyze(item.article)
    except Exception as exc:  # an analysis bug must not stop the import: name the file, go on
        return _skip(db, path, f"lỗi phân tích (analysis failed): {type(exc).__name__}: {exc}", item.part)
    try:
        # One transaction: all of the article or nothing; the duplicate check is inside it, so a
        # second importer storing the same article meanwhile is noticed.
        article_id, duplicate_of = store_new_article(db, item, analysis, note=note)
    except sqlite3.Error as exc:
        return _store_failed(db, path, exc, item.part)
    if duplicate_of is not None:
        return FileOutcome(shown, "duplicate", _duplicate_reason(duplicate_of), article_id, part=item.part)
    for entity in analysis.entities:  # a titled name is one the following files may trust untitled
        if entity.type == "person" and entity.title and " " in entity.name:
            learned[entity.name] = learned.get(entity.name, 0) + 1
    return FileOutcome(shown, "imported", None, article_id, note, item.part)


def _duplicate_reason(stored_file: str) -> str:
    return f"trùng với {stored_file} (duplicate of {stored_file})"


def _store_failed(db: Database, path: Path, exc: sqlite3.Error,
                  part: tuple[int, int] | None = None) -> FileOutcome:
    if is_disk_full(exc) or is_damage(exc):
        raise _StopImport(_stop_reason(db, exc)) from exc
    return _skip(db, path, f"không ghi được vào kho (could not store): {exc}", part)


def _skip(db: Database, path: Path, reason: str, part: tuple[int, int] | None = None) -> FileOutcome:
    try:
        with db.atomic():
            log_import(db, str(path), "skipped", reason)
    except sqlite3.Error as exc:
        # The log row of a skipped file is a courtesy: a full disk or a damaged archive stops
        # the import, any other failure to log does not hide the file's own outcome.
        if is_disk_full(exc) or is_damage(exc):
            raise _StopImport(_stop_reason(db, exc)) from exc
    return FileOutcome(display_path(path), "skipped", reason, part=part)
