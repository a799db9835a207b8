"""The archive's schema and its forward migrations (sqlite-utils Migrations, one transaction each)."""

from __future__ import annotations

from sqlite_utils import Database, Migrations

from app.ingest.article import clean_hash

migrations = Migrations("protocol_archive")


@migrations()
def m001_initial(db: Database) -> None:
    db["articles"].create(
        {
            "id": int,
            "content_hash": str,  # sha256 of the decoded NFC text: same content = one article
            "file_name": str,
            "file_path": str,
            "encoding": str,
            "raw": bytes,  # the file exactly as imported
            "raw_text": str,
            "title": str,
            "lead": str,
            "body": str,
            "blocks": str,  # JSON [{kind, text}]
            "source": str,
            "author": str,
            "debris": str,  # JSON list of removed lines
            "event_start": str,
            "event_end": str,
            "event_day_month": str,
            "event_end_day_month": str,
            "year_basis": str,
            "date_evidence": str,
            "year_evidence": str,
            "sort_key": str,  # event start, or "????-MM-DD" when the year is unknown
            "imported_at": str,
            "analysed_at": str,
        },
        pk="id",
        not_null={"content_hash", "title", "body"},
    )
    db["articles"].create_index(["content_hash"], unique=True)
    db["articles"].create_index(["sort_key"])
    db["entities"].create(
        {"id": int, "type": str, "key": str, "name": str, "title": str, "kind": str,
         "country": str},
        pk="id",
        not_null={"type", "key", "name"},
    )
    db["entities"].create_index(["type", "key"], unique=True)
    db["mentions"].create(
        {"article_id": int, "entity_id": int, "count": int, "title": str, "evidence": str,
         "spans": str},
        pk=("article_id", "entity_id"),
        foreign_keys=[("article_id", "articles", "id"), ("entity_id", "entities", "id")],
    )
    db["mentions"].create_index(["entity_id"])
    db["visits"].create(
        {"id": int, "article_id": int, "leader_entity_id": int, "leader": str,
         "leader_title": str, "host_country": str, "places": str, "start": str, "end": str,
         "day_month": str, "year_basis": str, "evidence": str},
        pk="id",
        foreign_keys=[("article_id", "articles", "id"), ("leader_entity_id", "entities", "id")],
    )
    db["visits"].create_index(["article_id"])
    db["import_log"].create(
        {"id": int, "at": str, "path": str, "status": str, "reason": str, "article_id": int},
        pk="id",
    )
    # Diacritics-folded copies of title and body: "luong cuong" finds "Lương Cường".
    db.execute(
        "CREATE VIRTUAL TABLE articles_fts USING fts5("
        "title, body, tokenize = 'unicode61 remove_diacritics 2')"
    )


@migrations()
def m002_trips_and_corrections(db: Database) -> None:
    # A trip is a run of visits by one leader within a few weeks (Chile 10/11 then Peru 14/11).
    db["trips"].create(
        {"id": int, "leader_entity_id": int, "leader": str, "start": str, "end": str, "countries": str},
        pk="id",
    )
    db["visits"].add_column("trip_id", int)
    # Where an inferred year came from when another article of the same trip gave it.
    db["articles"].add_column("year_from_article_id", int)
    # User corrections live apart from machine output and win over it; they are keyed by content
    # hash and folded entity key, so they survive re-analysis and re-import.
    db["corrections"].create(
        {"id": int, "target": str, "article_hash": str, "entity_key": str, "field": str,
         "value": str, "created_at": str},
        pk="id",
    )
    db["corrections"].create_index(["target", "article_hash", "entity_key", "field"], unique=True)


@migrations()
def m003_hidden_and_corrected(db: Database) -> None:
    # Derived from the corrections table by app.store.corrections.apply_corrections: hidden
    # entities stay out of views and export; "corrected" is a JSON list of the fields a user set.
    db["entities"].add_column("hidden", int, not_null_default=0)
    db["entities"].add_column("corrected", str)
    db["articles"].add_column("corrected", str)
    db["visits"].add_column("corrected", str)


@migrations()
def m004_scale(db: Database) -> None:
    # The article list's sorts read an index in order instead of sorting the whole archive; the
    # expressions match query.ARTICLE_SORTS exactly (NULLs last).
    db.execute("CREATE INDEX idx_articles_date_order ON articles ((sort_key IS NULL), sort_key)")
    db.execute("CREATE INDEX idx_articles_title_order ON articles (title COLLATE NOCASE)")
    db.execute("CREATE INDEX idx_articles_source_order ON articles ((source IS NULL), source)")
    # Partial indexes: the few rows that corrections and trip years touch, found without a scan
    # (apply_corrections runs after every stored article, rebuild_trips after every import).
    db.execute("CREATE INDEX idx_articles_year_from ON articles (year_from_article_id) "
               "WHERE year_from_article_id IS NOT NULL")
    db.execute("CREATE INDEX idx_articles_corrected ON articles (id) WHERE corrected IS NOT NULL")
    db.execute("CREATE INDEX idx_visits_corrected ON visits (id) WHERE corrected IS NOT NULL")
    db.execute("CREATE INDEX idx_entities_flagged ON entities (id) "
               "WHERE hidden != 0 OR corrected IS NOT NULL")
    db.execute("CREATE INDEX idx_visits_leader ON visits (leader_entity_id)")
    # Covering (entity → articles) for entity filters.
    db.execute("CREATE INDEX idx_mentions_entity_article ON mentions (entity_id, article_id)")
    db.execute("DROP INDEX IF EXISTS idx_mentions_entity_id")
    # How many articles mention each entity, kept by triggers: the unfiltered sidebar reads it
    # instead of counting every mention of the archive. (One mention row per article and entity.)
    db["entities"].add_column("article_count", int, not_null_default=0)
    db.execute("UPDATE entities SET article_count = "
               "(SELECT COUNT(*) FROM mentions WHERE entity_id = entities.id)")
    db.execute("CREATE INDEX idx_entities_type_count ON entities (type, article_count)")
    db.execute(
        "CREATE TRIGGER mentions_count_insert AFTER INSERT ON mentions BEGIN "
        "UPDATE entities SET article_count = article_count + 1 WHERE id = NEW.entity_id; END"
    )
    db.execute(
        "CREATE TRIGGER mentions_count_delete AFTER DELETE ON mentions BEGIN "
        "UPDATE entities SET article_count = article_count - 1 WHERE id = OLD.entity_id; END"
    )
    db.execute(
        "CREATE TRIGGER mentions_count_move AFTER UPDATE OF entity_id ON mentions "
        "WHEN OLD.entity_id IS NOT NEW.entity_id BEGIN "
        "UPDATE entities SET article_count = article_count - 1 WHERE id = OLD.entity_id; "
        "UPDATE entities SET article_count = article_count + 1 WHERE id = NEW.entity_id; END"
    )


@migrations()
def m005_trip_articles(db: Database) -> None:
    # The articles a trip groups, so a trip keeps its id while they stay together.
    db["trips"].add_column("articles", str)


@migrations()
def m006_event_kinds(db: Database) -> None:
    # What each article reports (outbound … call, none) with the rule and sentence that decided it;
    # a visit's counterparts (JSON [{name, title, rule, evidence}]) and where its leader and host
    # came from. Rows analysed before this version say "none" until `reanalyze`.
    db["articles"].add_column("kind", str)
    db["articles"].add_column("kind_rule", str)
    db["articles"].add_column("kind_evidence", str)
    db["visits"].add_column("met", str)
    db["visits"].add_column("leader_rule", str)
    db["visits"].add_column("host_rule", str)
    db["visits"].add_column("host_evidence", str)


@migrations()
def m008_import_metadata(db: Database) -> None:
    # Documents (Word, PDF, e-mail) carry what they say about their import — format, an e-mail's
    # sender and date — as JSON in import_meta: metadata, never the event. A file can hold several
    # articles (two forwarded articles, a file of clippings): each is a row linked to its file by
    # the SHA-256 of the file's bytes, file_part is its place in it (1, 2…; NULL when it is alone),
    # and the file's bytes are kept once, in raw of the first of its rows stored.
    db["articles"].add_column("import_meta", str)
    db["articles"].add_column("file_sha256", str)
    db["articles"].add_column("file_part", int)
    db.execute("CREATE INDEX idx_articles_file ON articles (file_sha256) WHERE file_sha256 IS NOT NULL")


@migrations()
def m009_reliability(db: Database) -> None:
    # The same clean article (title and body) from another file or format is one article: its
    # hash, beside content_hash (the decoded text's, which corrections are keyed by).
    db["articles"].add_column("clean_hash", str)
    rows = db.execute("SELECT id, title, body FROM articles").fetchall()
    db.conn.executemany("UPDATE articles SET clean_hash = ? WHERE id = ?",
                        [(clean_hash(title or "", body or ""), id_) for id_, title, body in rows])
    db.execute("CREATE INDEX idx_articles_clean_hash ON articles (clean_hash)")
    # File names that are not valid UTF-8, byte for byte (the text columns hold a readable
    # form with \xNN escapes); NULL when the name is valid UTF-8.
    db["articles"].add_column("file_path_bytes", bytes)
    db["import_log"].add_column("path_bytes", bytes)


@migrations()
def m012_window(db: Database) -> None:
    # The source and author an article's credit names ("Theo Dân trí", "Lan Hương/VOV.VN"),
    # read from the stored clean text for articles imported before the credit was read, so the
    # list's Nguồn column fills without re-analysing the archive (app.ingest.byline).
    import json

    from app.ingest.article import Block, CleanArticle
    from app.ingest.byline import read_byline

    rows = db.execute("SELECT id, title, blocks, source, author FROM articles "
                      "WHERE source IS NULL OR author IS NULL").fetchall()
    updates = []
    for article_id, title, blocks, source, author in rows:
        try:
            parsed = [Block(b["kind"], b["text"]) for b in json.loads(blocks or "[]")]
        except (ValueError, KeyError, TypeError):
            continue  # a row this migration cannot read keeps what it has
        byline = read_byline(CleanArticle(title=title or "", blocks=parsed))
        if (source is None and byline.source) or (author is None and byline.author):
            updates.append([source or byline.source, author or byline.author, article_id])
    db.conn.executemany("UPDATE articles SET source = ?, author = ? WHERE id = ?", updates)
    # Search as you type: the word being typed is a prefix query ("hop t*"); without a prefix
    # index a one- or two-letter prefix scans every term (90 ms at 10,000 articles), with one it
    # is a lookup (5 ms). The index grows by about a third.
    db.execute("CREATE VIRTUAL TABLE articles_fts_prefix USING fts5("
               "title, body, tokenize = 'unicode61 remove_diacritics 2', prefix = '1 2 3')")
    db.execute("INSERT INTO articles_fts_prefix (rowid, title, body) SELECT rowid, title, body FROM articles_fts")
    db.execute("DROP TABLE articles_fts")
    db.execute("ALTER TABLE articles_fts_prefix RENAME TO articles_fts")


@migrations()
def m010_agreements(db: Database) -> None:
    # What each visit signed and gave (app.nlp.agreements): JSON lists of
    # {document, parties, by, role, rule, evidence} and {honour, giver, recipient, rule, evidence}.
    # Rows analysed before this version have none until `reanalyze`.
    db["visits"].add_column("agreements", str)
    db["visits"].add_column("honours", str)


@migrations()
def m013_date_rule(db: Database) -> None:
    # The rule that chose the event's date among the article's (app.nlp.dates.DATE_RULES: the
    # event sentence's, the lead's, the visit's stated range…), so `explain` names it. Rows
    # analysed before this version have none until `reanalyze`.
    db["articles"].add_column("date_rule", str)


def schema_version(db: Database) -> int:
    return len(migrations.applied(db))


def pending_migrations(db: Database) -> list[str]:
    """Names of the migrations this archive lacks; reads only."""
    return [m.name for m in migrations.pending(db)]


def _refuse_newer(db: Database) -> None:
    applied = {m.name for m in migrations.applied(db)}
    known = {m.name for m in migrations._migrations}  # noqa: SLF001
    unknown = applied - known
    if unknown:
        raise RuntimeError(
            "Kho lưu trữ được tạo bởi phiên bản mới hơn của ứng dụng "
            f"(archive made by a newer version: {', '.join(sorted(unknown))})"
        )


def migrate(db: Database, *, check_only: bool = False) -> None:
    """Bring the schema forward. Writes nothing when it is current; two processes opening a new
    archive at once apply each migration once (the pending list is read under the write lock)."""
    _refuse_newer(db)
    if check_only or (not migrations.pending(db)
                      and db.execute("PRAGMA user_version").fetchone()[0] == schema_version(db)):
        return
    with db.atomic():
        migrations.apply(db)
        db.execute(f"PRAGMA user_version = {schema_version(db)}")
