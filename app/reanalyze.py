"""Re-run ingest splitting and the NLP pipeline on stored articles, then re-apply corrections.

Each article is re-read from its stored text (the decoded file), so a better splitter or
analyser improves the whole archive without the original files. One transaction per article:
an interrupted run leaves every article either old or new, never half of each. This sits beside
app/importer.py, above the store: the store keeps and corrects facts, it never runs the pipeline.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from sqlite_utils import Database

from app.ingest.decode import UnreadableFile
from app.ingest.reader import article_from_text
from app.nlp.model import VISIT_KINDS
from app.store import corrections
from app.store.names import titled_person_counts
from app.store.writer import article_columns, index_article, settle_archive, write_analysis

Progress = Callable[[int, int, int], None]  # (done, total, article_id)


@dataclass
class ReanalyzeReport:
    done: list[int] = field(default_factory=list)
    failed: list[tuple[int, str]] = field(default_factory=list)  # (article id, reason)


def reanalyze_article(db: Database, article_id: int, known=None) -> None:
    """Re-split and re-analyse one stored article; its machine output is replaced and its
    corrections re-applied (write_analysis does that). Raises UnreadableFile. known: the
    archive's people (app.nlp.known_names.KnownNames), read from the archive when not given."""
    from app.nlp.known_names import KnownNames
    from app.nlp.pipeline import analyze

    row = db.execute("SELECT raw_text, file_name FROM articles WHERE id = ?", [article_id]).fetchone()
    if row is None:
        raise KeyError(article_id)
    art = article_from_text(row[0] or "", row[1] or "")
    analysis = analyze(art, known if known is not None else KnownNames(titled_person_counts(db)))
    with db.atomic():
        db["articles"].update(article_id, article_columns(art))
        index_article(db, article_id, art)
        write_analysis(db, article_id, analysis)


def reanalyze(db: Database, progress: Progress | None = None) -> ReanalyzeReport:
    """Re-analyse every stored article, then re-apply every correction. Every article is read
    with the same list of the archive's people, the one it held before the run."""
    from app.nlp.known_names import KnownNames

    ids = [r[0] for r in db.execute("SELECT id FROM articles ORDER BY id").fetchall()]
    report = ReanalyzeReport()
    known = KnownNames(titled_person_counts(db))
    for done, article_id in enumerate(ids, start=1):
        try:
            reanalyze_article(db, article_id, known)
            report.done.append(article_id)
        except UnreadableFile as exc:  # keep the old analysis of an article the splitter now rejects
            report.failed.append((article_id, str(exc)))
        except Exception as exc:  # an analysis bug must not stop the run: name the article, go on
            report.failed.append((article_id, f"{type(exc).__name__}: {exc}"))
        if progress:
            progress(done, len(ids), article_id)
    settle_archive(db)  # trips and the years they infer follow the new analysis; corrections win
    return report


def clear_correction(db: Database, correction_id: int) -> None:
    """Drop a correction and bring back the machine's value, re-analysing what it touched."""
    with db.atomic():
        for article_id in corrections.drop_correction(db, correction_id):
            reanalyze_article(db, article_id)
        corrections.apply_corrections(db)


def correct_kind(db: Database, article_id: int, kind: str) -> int:
    """Say what the article reports. A visit kind brings back the visit the machine read (an
    earlier "not a visit" removed it), so the article is re-analysed under the correction."""
    with db.atomic():
        correction_id = corrections.set_article_correction(db, article_id, "kind", kind)
        if kind in VISIT_KINDS:
            reanalyze_article(db, article_id)  # its machine visit, with every correction on top
    return correction_id
