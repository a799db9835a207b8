"""Write articles and their analysis to the archive, one transaction per article."""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import datetime, timezone

from sqlite_utils import Database

from app.ingest.article import CleanArticle, ImportedFile, clean_hash
from app.ingest.names import display_path, path_bytes
from app.nlp.lexicon import is_vietnamese_name
from app.nlp.model import ArticleAnalysis
from app.nlp.text import fold_diacritics
from app.nlp.tokens import vietnamese_syllable
from app.store.corrections import apply_corrections
from app.store.trips import rebuild_trips


def _now() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="seconds")


def find_by_hash(db: Database, digest: str) -> int | None:
    row = db.execute("SELECT id FROM articles WHERE content_hash = ?", [digest]).fetchone()
    return row[0] if row else None


def find_duplicate(db: Database, item: ImportedFile) -> tuple[int, str] | None:
    """(id, file) of the stored article this file repeats: the same decoded text, or the same
    clean article (title and body) from another file or format."""
    row = db.execute(
        "SELECT id, file_path FROM articles WHERE content_hash = ? OR clean_hash = ? "
        "ORDER BY content_hash = ? DESC, id LIMIT 1",
        [item.content_hash, item.clean_hash, item.content_hash]).fetchone()
    return (row[0], row[1] or "") if row else None


def log_import(db: Database, path: str, status: str, reason: str | None = None,
               article_id: int | None = None) -> None:
    db["import_log"].insert(
        {"at": _now(), "path": display_path(path), "path_bytes": path_bytes(path), "status": status,
         "reason": reason, "article_id": article_id}
    )


def article_columns(art: CleanArticle) -> dict:
    """The columns that hold the clean article (as opposed to the file and the analysis)."""
    return {
        "clean_hash": clean_hash(art.title, art.body),
        "title": art.title,
        "lead": art.lead,
        "body": art.body,
        "blocks": json.dumps([b.__dict__ for b in art.blocks], ensure_ascii=False),
        "source": art.source,
        "author": art.author,
        "debris": json.dumps(art.debris, ensure_ascii=False),
    }


def index_article(db: Database, article_id: int, art: CleanArticle) -> None:
    """(Re)write the article's row of the diacritics-folded full-text index."""
    db.execute("DELETE FROM articles_fts WHERE rowid = ?", [article_id])
    db.execute(
        "INSERT INTO articles_fts (rowid, title, body) VALUES (?, ?, ?)",
        [article_id, fold_diacritics(art.title), fold_diacritics(art.body)],
    )


def store_article(db: Database, item: ImportedFile, analysis: ArticleAnalysis) -> int:
    """Insert the article with its analysis and an import-log row, all or nothing."""
    article_id, _duplicate_of = store_new_article(db, item, analysis)
    return article_id


def store_new_article(db: Database, item: ImportedFile, analysis: ArticleAnalysis,
                      note: str | None = None) -> tuple[int, str | None]:
    """Store the article unless it is already in the archive: (its id, None), or (the stored
    article's id, its file) for a duplicate. The check and the insert are one write transaction,
    so two importers storing the same article at once store it once. ``note`` goes to the import
    log row (e.g. the legacy encoding the text was converted from)."""
    art = item.article
    with db.atomic():
        if (existing := find_duplicate(db, item)) is not None:
            log_import(db, item.path, "duplicate", article_id=existing[0])
            return existing[0], existing[1]
        file_hash = item.file_hash
        # A file of several articles keeps its bytes once, on the first of its rows stored.
        raw_kept = item.part is not None and db.execute(
            "SELECT 1 FROM articles WHERE file_sha256 = ? AND raw IS NOT NULL", [file_hash]).fetchone()
        article_id = db["articles"].insert(
            {
                "content_hash": item.content_hash,
                "file_name": display_path(item.file_name),
                "file_path": display_path(item.path),
                "file_path_bytes": path_bytes(item.path),
                "encoding": item.encoding,
                "raw": None if raw_kept else item.raw,
                "raw_text": item.text,
                **article_columns(art),
                "imported_at": _now(),
                "import_meta": json.dumps(item.meta, ensure_ascii=False) if item.meta else None,
                "file_sha256": file_hash,
                "file_part": item.part[0] if item.part else None,
            }
        ).last_pk
        index_article(db, article_id, art)
        write_analysis(db, article_id, analysis)
        log_import(db, item.path, "imported", note, article_id=article_id)
    return article_id, None


def _same_person(db: Database, key: str, name: str) -> tuple[int, str, str] | None:
    """The one stored person a foreign name is a short or long form of, across the archive.

    "Rafael Lopez" and "Rafael Lopez Aliaga" are one person when no other stored name contains
    "rafael lopez". Vietnamese names are left alone: dropping a syllable of "Lê Minh Hưng" gives
    another person's name, not a short form of his; nor is a name of Vietnamese syllables only
    without a family name ("Văn Hậu", a footballer's given names) a form of a stored full name
    ("Nguyễn Văn Hậu"): many people share their given names.
    """
    words = key.split()
    if len(words) < 2 or is_vietnamese_name(name) or all(vietnamese_syllable(w) for w in name.split()):
        return None
    rows = db.execute(
        "SELECT id, key, name FROM entities WHERE type = 'person' AND (instr(key, ?) > 0 OR instr(?, key) > 0)",
        [key, key],
    ).fetchall()
    matches = [r for r in rows if _contains(r[1].split(), words) or _contains(words, r[1].split())]
    return matches[0] if len(matches) == 1 else None


def _fuller_form(longer: list[str], shorter: list[str]) -> bool:
    """longer adds given names before the short form's family name ("Juan Esteban Lazo
    Hernandez" of "Esteban Lazo Hernandez"), not words after it."""
    added = longer[: len(longer) - len(shorter)]
    # "Moon Moon Jae-in" (a typo doubling a word) adds no given name
    return _contains(longer, shorter) and longer[-1] == shorter[-1] and not set(added) & set(shorter)


def _contains(longer: list[str], shorter: list[str]) -> bool:
    n = len(shorter)
    return n >= 2 and any(longer[k : k + n] == shorter for k in range(len(longer) - n + 1))


def _entity_id(db: Database, entity) -> int:
    key = fold_diacritics(entity.name)
    row = db.execute(
        "SELECT id, name FROM entities WHERE type = ? AND key = ?", [entity.type, key]
    ).fetchone()
    if (row is not None and len(row[1].split()) > len(entity.name.split())
            and _fuller_form(fold_diacritics(row[1]).split(), key.split())):
        # The short form's key names a person stored under a fuller form ("Esteban Lazo
        # Hernández" after "Juan Esteban Lazo Hernandez"): the fullest spelling stays the name.
        entity = replace(entity, name=row[1])
    if row is None and entity.type == "person" and (same := _same_person(db, key, entity.name)):
        row, key, stored_name = (same[0],), same[1], same[2]
        if len(entity.name) < len(stored_name) or not _fuller_form(fold_diacritics(entity.name).split(),
                                                                    fold_diacritics(stored_name).split()):
            # The fullest spelling stays the name, but words glued after the family name
            # ("Donald Trump Dennis Alan" in one article's list) never rename the person.
            entity = replace(entity, name=stored_name)
    values = {"type": entity.type, "key": key, "name": entity.name}
    for column in ("title", "kind", "country"):
        if getattr(entity, column, None):
            values[column] = getattr(entity, column)
    if row and entity.title and not entity.title[:1].isupper():
        values.pop("title")  # "người đồng cấp Nga" says less than the office stored for him
    if row:  # the latest article's title wins
        sets = ", ".join(f"{column} = ?" for column in values)
        db.execute(f"UPDATE entities SET {sets} WHERE id = ?", [*values.values(), row[0]])
        return row[0]
    columns = ", ".join(values)
    return db.execute(f"INSERT INTO entities ({columns}) VALUES ({', '.join('?' * len(values))})",
                      list(values.values())).lastrowid


def write_analysis(db: Database, article_id: int, analysis: ArticleAnalysis) -> None:
    """Replace an article's machine output (dates, mentions, visits). Caller holds a transaction."""
    db.execute("DELETE FROM visits WHERE article_id = ?", [article_id])
    reanalysis = db.execute("DELETE FROM mentions WHERE article_id = ?", [article_id]).rowcount > 0
    ev = analysis.event
    sort_key = None
    if ev and ev.start:
        sort_key = ev.start
    elif ev and ev.day_month:
        day, month = ev.day_month.split("/")
        sort_key = f"????-{month}-{day}"
    db["articles"].update(
        article_id,
        {
            "event_start": ev.start if ev else None,
            "event_end": ev.end if ev else None,
            "event_day_month": ev.day_month if ev else None,
            "event_end_day_month": ev.end_day_month if ev else None,
            "year_basis": ev.year_basis if ev else None,
            "date_evidence": ev.evidence if ev else None,
            "year_evidence": ev.year_evidence if ev else None,
            "date_rule": ev.rule if ev else None,
            "sort_key": sort_key,
            "kind": analysis.kind.kind,
            "kind_rule": analysis.kind.rule,
            "kind_evidence": analysis.kind.evidence,
            "analysed_at": _now(),
        },
    )
    ids_by_name: dict[tuple[str, str], int] = {}
    for entity in analysis.entities:
        entity_id = _entity_id(db, entity)
        ids_by_name[(entity.type, entity.name)] = entity_id
        # An upsert, not INSERT OR REPLACE: a replace would skip the delete trigger that keeps
        # entities.article_count (two names folding to one entity are one mention row).
        db.execute(
            "INSERT INTO mentions (article_id, entity_id, count, title, evidence, spans) "
            "VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (article_id, entity_id) DO UPDATE SET "
            "count = excluded.count, title = excluded.title, evidence = excluded.evidence, "
            "spans = excluded.spans",
            [article_id, entity_id, entity.mentions, entity.title, entity.evidence,
             json.dumps(entity.spans)],
        )
    for visit in analysis.visits:
        db["visits"].insert(
            {
                "article_id": article_id,
                "leader_entity_id": ids_by_name.get(("person", visit.leader or "")),
                "leader": visit.leader,
                "leader_title": visit.leader_title,
                "host_country": visit.host_country,
                "places": json.dumps(list(visit.places), ensure_ascii=False),
                "start": visit.start,
                "end": visit.end,
                "day_month": visit.day_month,
                "year_basis": visit.year_basis,
                "evidence": visit.evidence,
                "met": json.dumps([m.__dict__ for m in visit.met], ensure_ascii=False),
                "leader_rule": visit.leader_rule,
                "host_rule": visit.host_rule,
                "host_evidence": visit.host_evidence,
                "agreements": json.dumps([a.__dict__ for a in visit.agreements], ensure_ascii=False),
                "honours": json.dumps([h.__dict__ for h in visit.honours], ensure_ascii=False),
            }
        )
    if reanalysis:  # entities no article mentions any more are noise in the sidebar
        db.execute(
            "DELETE FROM entities WHERE id NOT IN (SELECT entity_id FROM mentions)"
            " AND id NOT IN (SELECT leader_entity_id FROM visits WHERE leader_entity_id IS NOT NULL)"
        )
    apply_corrections(db, article_id)  # user corrections win over machine output: keep this last


def settle_archive(db: Database) -> None:
    """After a batch of writes (an import, a re-analysis): trips and the years they infer across
    the archive, then user corrections on top of whatever those changed."""
    rebuild_trips(db)
    with db.atomic():
        apply_corrections(db)
