"""The archive's schema and its forward migrations (sqlite-utils Migrations, one transaction each)."""

from __future__ import annotations

from sqlite_utils import Database, Migrations

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
def m010_agreements(db: Database) -> None:
    # What each visit signed and gave (app.nlp.agreements): JSON lists of
    # {document, parties, by, role, rule, evidence} and {honour, giver, recipient, rule, evidence}.
    # Rows analysed before this version have none until `reanalyze`.
    db["visits"].add_column("agreements", str)
    db["visits"].add_column("honours", str)


def schema_version(db: Database) -> int:
    return len(migrations.applied(db))


def migrate(db: Database) -> None:
    applied = {m.name for m in migrations.applied(db)}
    known = {m.name for m in migrations._migrations}  # noqa: SLF001
    unknown = applied - known
    if unknown:
        raise RuntimeError(
            "Kho lưu trữ được tạo bởi phiên bản mới hơn của ứng dụng "
            f"(archive made by a newer version: {', '.join(sorted(unknown))})"
        )
    migrations.apply(db)
    db.execute(f"PRAGMA user_version = {schema_version(db)}")
