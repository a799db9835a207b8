"""User corrections: stored apart from machine output, re-applied on top of it.

A correction is a row of the ``corrections`` table keyed by what survives re-analysis and
re-import: an article's content hash, an entity's type and folded key ("person:luong cuong").
The columns ``entities.hidden``/``entities.corrected``, ``articles.corrected`` and
``visits.corrected`` and the corrected values themselves are derived: ``apply_corrections``
rewrites them after every write of machine output, so corrections always win.

Article fields: event_start, event_end (ISO dates; year_basis becomes "corrected"),
event_day_month, event_end_day_month ("DD/MM": the user knows the day but says the year is unknown;
they replace a dated correction and vice versa), leader,
leader_title, host_country, kind. Leader, title and host go to the article's primary visit, the
one its list row shows (one is created when the machine found none); the dates go to all its
visits. A kind that is no visit (call, none: "not a visit") removes the article's visits.
Counterparts: met_add / met_remove rows, one per person (entity_key "person:<folded name>"),
change the primary visit's list of people met.
Agreements and honours: agreement_remove / honour_remove rows, one per item (entity_key
"agreement:<folded document>", "honour:<folded honour>"), take a wrongly read item off the
primary visit's list.
Entity fields: name (rename), merge_into (value: the kept entity's key), hidden.
"""

from __future__ import annotations

import json
import re
from datetime import date, datetime, timezone

from sqlite_utils import Database

from app.nlp.model import EVENT_KINDS as KINDS
from app.nlp.model import VISIT_KINDS
from app.nlp.text import fold_diacritics

ARTICLE_FIELDS = ("event_start", "event_end", "event_day_month", "event_end_day_month", "leader",
                  "leader_title", "host_country", "kind")
MET_FIELDS = ("met_add", "met_remove")
ITEM_FIELDS = ("agreement_remove", "honour_remove")
ITEM_KINDS = {"agreement": ("agreements", "document"), "honour": ("honours", "honour")}  # kind → (column, key)
ENTITY_FIELDS = ("name", "merge_into", "hidden")
_DATE_FIELDS = ("event_start", "event_end")
_DAY_MONTH_FIELDS = ("event_day_month", "event_end_day_month")
_VISIT_FIELDS = {"leader": "leader", "leader_title": "leader_title", "host_country": "host_country",
                 "event_start": "start", "event_end": "end", "event_day_month": "start",
                 "event_end_day_month": "end"}
_ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")
_DAY_MONTH = re.compile(r"(\d{1,2})/(\d{1,2})")

# The visit an article's list row shows: the first one not led by a hidden entity.
PRIMARY_VISIT_SQL = (
    "(SELECT MIN(pv.id) FROM visits pv LEFT JOIN entities pe ON pe.id = pv.leader_entity_id "
    "WHERE pv.article_id = {article} AND COALESCE(pe.hidden, 0) = 0)"
)


class CorrectionError(ValueError):
    """A correction that cannot be made: unknown id, bad value. The message is for the user."""


def _now() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="seconds")


def entity_key(type_: str, key: str) -> str:
    return f"{type_}:{key}"


def _split_key(ekey: str) -> tuple[str, str]:
    type_, _, key = ekey.partition(":")
    return type_, key


# --- validation ---------------------------------------------------------------------------------

def parse_date(value: str) -> str:
    text = (value or "").strip()
    try:
        if not _ISO_DATE.fullmatch(text):
            raise ValueError
        return date.fromisoformat(text).isoformat()
    except ValueError:
        raise CorrectionError(
            f"ngày không hợp lệ (invalid date) {value!r}: dùng YYYY-MM-DD (use YYYY-MM-DD)"
        ) from None


def parse_day_month(value: str) -> str:
    """"5/2" → "05/02" (a day that exists in some year: 29/02 is one)."""
    m = _DAY_MONTH.fullmatch((value or "").strip())
    try:
        if not m:
            raise ValueError
        return date(2000, int(m[2]), int(m[1])).strftime("%d/%m")
    except ValueError:
        raise CorrectionError(
            f"ngày không hợp lệ (invalid day) {value!r}: dùng DD/MM (use DD/MM)"
        ) from None


def canonical_country(value: str) -> str:
    """The gazetteer's canonical country name for a country or place name ("Lima" → "Peru")."""
    from app.nlp.gazetteer import load_gazetteer

    gazetteer = load_gazetteer()
    place = gazetteer.lookup(value.strip()) if value and value.strip() else None
    if place is not None and place.country:
        return place.country
    folded = fold_diacritics(" ".join((value or "").split()))
    matches = {p.name for p in gazetteer.countries() if fold_diacritics(p.name) == folded}
    if len(matches) == 1:  # "thai lan" without diacritics
        return matches.pop()
    raise CorrectionError(f"không biết quốc gia (unknown country) {value!r}")


def _text(value: str, what: str) -> str:
    text = " ".join((value or "").split())
    if not text:
        raise CorrectionError(f"{what} không được để trống ({what} must not be empty)")
    return text


def _article(db: Database, article_id: int) -> dict:
    row = db.execute(
        "SELECT id, content_hash, event_start FROM articles WHERE id = ?", [article_id]
    ).fetchone()
    if row is None:
        raise CorrectionError(f"không có bài báo (no article with id) {article_id}")
    return {"id": row[0], "content_hash": row[1], "event_start": row[2]}


def _entity(db: Database, entity_id: int) -> dict:
    row = db.execute("SELECT id, type, key, name FROM entities WHERE id = ?", [entity_id]).fetchone()
    if row is None:
        raise CorrectionError(f"không có thực thể (no entity with id) {entity_id}")
    return {"id": row[0], "type": row[1], "key": row[2], "name": row[3],
            "ekey": entity_key(row[1], row[2])}


# --- storing corrections ------------------------------------------------------------------------

def _upsert(db: Database, target: str, article_hash: str, ekey: str, field: str, value: str) -> int:
    # "" rather than NULL in unused key columns: the unique index treats NULLs as distinct.
    db.execute(
        "INSERT INTO corrections (target, article_hash, entity_key, field, value, created_at) "
        "VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (target, article_hash, entity_key, field) "
        "DO UPDATE SET value = excluded.value, created_at = excluded.created_at",
        [target, article_hash, ekey, field, value, _now()],
    )
    return db.execute(
        "SELECT id FROM corrections WHERE target = ? AND article_hash = ? AND entity_key = ? "
        "AND field = ?", [target, article_hash, ekey, field],
    ).fetchone()[0]


def _article_values(db: Database, digest: str) -> dict[str, str]:
    rows = db.execute(
        "SELECT field, value FROM corrections WHERE target = 'article' AND article_hash = ? "
        "AND field NOT IN ('met_add', 'met_remove', 'agreement_remove', 'honour_remove')", [digest]
    ).fetchall()
    return dict(rows)


def _met_values(db: Database, article_id: int) -> list[tuple[str, str, str]]:
    return db.execute(
        "SELECT c.field, c.entity_key, c.value FROM corrections c JOIN articles a ON a.content_hash = "
        "c.article_hash WHERE a.id = ? AND c.target = 'article' AND c.field IN ('met_add', 'met_remove') "
        "ORDER BY c.id", [article_id]).fetchall()


def set_article_correction(db: Database, article_id: int, field: str, value: str) -> int:
    """Correct one field of an article; returns the correction's id. Setting event_start alone
    makes a one-day event; set event_end after it for a longer one."""
    if field not in ARTICLE_FIELDS:
        raise CorrectionError(f"không sửa được trường (cannot correct field) {field!r}; "
                              f"dùng (use) {', '.join(ARTICLE_FIELDS)}")
    article = _article(db, article_id)
    digest = article["content_hash"]
    if field in _DATE_FIELDS:
        value = parse_date(value)
    elif field in _DAY_MONTH_FIELDS:
        value = parse_day_month(value)
    elif field == "host_country":
        value = canonical_country(value)
    elif field == "kind":
        value = (value or "").strip()
        if value not in KINDS:
            raise CorrectionError(f"không biết loại sự kiện (unknown kind) {value!r}; dùng (use) {', '.join(KINDS)}")
    elif field == "leader_title":
        value = " ".join((value or "").split())  # "" : the leader is shown without a title
    else:
        value = _text(value, field)
    with db.atomic():
        if field == "event_end":
            start = _article_values(db, digest).get("event_start") or article["event_start"]
            if not start:
                raise CorrectionError("hãy sửa ngày bắt đầu trước (set the start date first)")
            if value < start:
                raise CorrectionError(f"ngày kết thúc trước ngày bắt đầu (end {value} is before start {start})")
            if not _article_values(db, digest).get("event_start"):
                _upsert(db, "article", digest, "", "event_start", start)
        correction_id = _upsert(db, "article", digest, "", field, value)
        if field == "event_start":
            _upsert(db, "article", digest, "", "event_end", value)
        apply_corrections(db, article_id)
    return correction_id


def set_article_dates(db: Database, article_id: int, start: str, end: str | None = None) -> int:
    """Correct an article's date or date range in one go (nothing is saved if either is bad)."""
    start, end = parse_date(start), parse_date(end) if end else None
    if end is not None and end < start:
        raise CorrectionError(f"ngày kết thúc trước ngày bắt đầu (end {end} is before start {start})")
    with db.atomic():
        db.execute("DELETE FROM corrections WHERE target = 'article' AND article_hash = ? AND field IN "
                   "('event_day_month', 'event_end_day_month')", [_article(db, article_id)["content_hash"]])
        correction_id = set_article_correction(db, article_id, "event_start", start)
        if end is not None:
            set_article_correction(db, article_id, "event_end", end)
        # A dated visit may now chain with others into a trip (or leave one): trips follow.
        from app.store.trips import rebuild_trips

        rebuild_trips(db)
        apply_corrections(db)
    return correction_id


def set_article_day_month(db: Database, article_id: int, day_month: str,
                          end_day_month: str | None = None) -> int:
    """The event's day and month with the year unknown ("year unknown" said by the user): it
    replaces a dated correction, and no year is inferred for it afterwards. A range may cross
    the new year (28/12–03/01)."""
    day_month = parse_day_month(day_month)
    end_day_month = parse_day_month(end_day_month) if end_day_month else day_month
    digest = _article(db, article_id)["content_hash"]
    with db.atomic():
        db.execute("DELETE FROM corrections WHERE target = 'article' AND article_hash = ? AND field IN "
                   "('event_start', 'event_end')", [digest])
        correction_id = _upsert(db, "article", digest, "", "event_day_month", day_month)
        _upsert(db, "article", digest, "", "event_end_day_month", end_day_month)
        from app.store.trips import rebuild_trips

        rebuild_trips(db)
        apply_corrections(db)
    return correction_id


def set_counterpart(db: Database, article_id: int, name: str, title: str | None = None, *,
                    remove: bool = False) -> int:
    """Add someone the visiting side met (with their title), or remove a counterpart the machine
    listed. Both survive re-analysis and re-import."""
    article = _article(db, article_id)
    name = _text(name, "name")
    key = entity_key("person", fold_diacritics(name))
    visit = db.execute("SELECT leader, met FROM visits WHERE id = " + PRIMARY_VISIT_SQL.format(article="?"),
                       [article_id]).fetchone()
    listed = {fold_diacritics(m["name"]): m for m in json.loads((visit[1] if visit else None) or "[]")}
    if visit and visit[0] and fold_diacritics(visit[0]) == fold_diacritics(name):
        raise CorrectionError(f"{name!r} là trưởng đoàn, không phải người được gặp (is the leader, not a counterpart)")
    if remove and fold_diacritics(name) not in listed:
        raise CorrectionError(f"{name!r} không có trong danh sách người đã gặp (is not a listed counterpart)")
    if not remove and not title and fold_diacritics(name) in listed:
        title = listed[fold_diacritics(name)].get("title")  # re-adding keeps the title already known
    with db.atomic():
        # Adding cancels an earlier removal of the same person and the other way round.
        other = "met_add" if remove else "met_remove"
        db.execute("DELETE FROM corrections WHERE target = 'article' AND article_hash = ? AND "
                   "entity_key = ? AND field = ?", [article["content_hash"], key, other])
        value = name if remove else json.dumps({"name": name, "title": " ".join((title or "").split()) or None},
                                               ensure_ascii=False)
        correction_id = _upsert(db, "article", article["content_hash"], key,
                                "met_remove" if remove else "met_add", value)
        apply_corrections(db, article_id)
    return correction_id


def remove_item(db: Database, article_id: int, kind: str, text: str) -> int:
    """Take a document ("agreement") or an honour ("honour") the machine listed wrongly off the
    article's visit; the removal survives re-analysis and re-import (``correct clear`` undoes it)."""
    if kind not in ITEM_KINDS:
        raise CorrectionError(f"không biết loại mục (unknown item kind) {kind!r}; dùng (use) agreement, honour")
    article = _article(db, article_id)
    text = _text(text, kind)
    column, key = ITEM_KINDS[kind]
    row = db.execute(f"SELECT {column} FROM visits WHERE id = " + PRIMARY_VISIT_SQL.format(article="?"),
                     [article_id]).fetchone()
    listed = {fold_diacritics(" ".join(item[key].split())) for item in json.loads((row[0] if row else None) or "[]")}
    folded = fold_diacritics(text)
    if folded not in listed:
        raise CorrectionError(f"{text!r} không có trong danh sách của bài {article_id} (is not listed on article "
                              f"{article_id}'s visit)")
    with db.atomic():
        correction_id = _upsert(db, "article", article["content_hash"], f"{kind}:{folded}", f"{kind}_remove", text)
        apply_corrections(db, article_id)
    return correction_id


def _item_removals(db: Database, article_id: int) -> dict[str, set[str]]:
    """Folded texts removed by the user, by kind ("agreement", "honour")."""
    rows = db.execute(
        "SELECT c.field, c.entity_key FROM corrections c JOIN articles a ON a.content_hash = c.article_hash "
        "WHERE a.id = ? AND c.target = 'article' AND c.field IN ('agreement_remove', 'honour_remove')",
        [article_id]).fetchall()
    out: dict[str, set[str]] = {}
    for field, ekey in rows:
        kind = field.removesuffix("_remove")
        out.setdefault(kind, set()).add(ekey.partition(":")[2])
    return out


def rename_entity(db: Database, entity_id: int, new_name: str) -> int:
    entity = _entity(db, entity_id)
    name = _text(new_name, "name")
    with db.atomic():
        correction_id = _upsert(db, "entity", "", entity["ekey"], "name", name)
        apply_corrections(db)
    return correction_id


def _merge_map(db: Database) -> dict[str, str]:
    rows = db.execute(
        "SELECT entity_key, value FROM corrections WHERE target = 'entity' AND field = 'merge_into' "
        "ORDER BY id"
    ).fetchall()
    return dict(rows)


def _resolve(merges: dict[str, str], ekey: str) -> str:
    seen = {ekey}
    while ekey in merges and merges[ekey] not in seen:
        ekey = merges[ekey]
        seen.add(ekey)
    return ekey


def merge_entities(db: Database, keep_id: int, other_id: int) -> int:
    """Fold ``other`` into ``keep``: its mentions and visits move to keep, and its key maps to
    keep whenever re-analysis finds it again."""
    keep, other = _entity(db, keep_id), _entity(db, other_id)
    if keep["id"] == other["id"]:
        raise CorrectionError("không thể gộp một thực thể với chính nó (cannot merge an entity into itself)")
    if keep["type"] != other["type"]:
        raise CorrectionError(f"chỉ gộp được thực thể cùng loại (can only merge entities of the same "
                              f"type: {keep['type']} ≠ {other['type']})")
    with db.atomic():
        merges = _merge_map(db)
        if _resolve(merges, keep["ekey"]) == other["ekey"]:
            raise CorrectionError("gộp vòng tròn (circular merge)")
        correction_id = _upsert(db, "entity", "", other["ekey"], "merge_into", keep["ekey"])
        apply_corrections(db)
    return correction_id


def hide_entity(db: Database, entity_id: int) -> int:
    entity = _entity(db, entity_id)
    with db.atomic():
        correction_id = _upsert(db, "entity", "", entity["ekey"], "hidden", "1")
        apply_corrections(db)
    return correction_id


def unhide_entity(db: Database, entity_id: int) -> None:
    entity = _entity(db, entity_id)
    with db.atomic():
        db.execute("DELETE FROM corrections WHERE target = 'entity' AND entity_key = ? "
                   "AND field = 'hidden'", [entity["ekey"]])
        apply_corrections(db)


def list_corrections(db: Database) -> list[dict]:
    """Every correction with what it applies to now (article id and title, entity id and name)."""
    rows = db.execute(
        "SELECT c.id, c.target, c.article_hash, c.entity_key, c.field, c.value, c.created_at, "
        "a.id, a.title FROM corrections c LEFT JOIN articles a "
        "ON c.target = 'article' AND a.content_hash = c.article_hash ORDER BY c.id"
    ).fetchall()
    out = []
    for cid, target, digest, ekey, field, value, created, aid, title in rows:
        item = {"id": cid, "target": target, "field": field, "value": value, "created_at": created}
        if target == "article":
            item.update(article_hash=digest, article_id=aid, article_title=title)
        else:
            entity = _entity_by_key(db, ekey)
            item.update(entity_key=ekey, entity_id=entity[0] if entity else None,
                        entity_name=entity[1] if entity else None)
            if field == "merge_into":
                kept = _entity_by_key(db, value)
                item["merge_into_id"] = kept[0] if kept else None
                item["merge_into_name"] = kept[1] if kept else None
        out.append(item)
    return out


def drop_correction(db: Database, correction_id: int) -> list[int]:
    """Drop a correction; returns the articles to re-analyse so the machine's value comes back
    (app.reanalyze.clear_correction does that). Clearing either date clears both: the date is one
    correction made of two fields. Caller holds a transaction."""
    row = db.execute("SELECT target, article_hash, entity_key, field, value FROM corrections "
                     "WHERE id = ?", [correction_id]).fetchone()
    if row is None:
        raise CorrectionError(f"không có sửa đổi (no correction with id) {correction_id}")
    target, digest, ekey, field, value = row
    if target == "article" and field in _DATE_FIELDS:
        db.execute("DELETE FROM corrections WHERE target = 'article' AND article_hash = ? "
                   "AND field IN ('event_start', 'event_end')", [digest])
    else:
        db.execute("DELETE FROM corrections WHERE id = ?", [correction_id])
    affected: list[int] = []
    if target == "article":
        affected = [r[0] for r in db.execute(
            "SELECT id FROM articles WHERE content_hash = ?", [digest]).fetchall()]
    elif field in ("name", "merge_into"):
        # A renamed entity gets its machine name back, a merged one its own row back.
        entity = _entity_by_key(db, ekey if field == "name" else _resolve(_merge_map(db), value))
        affected = _articles_of_entities(db, [entity[0]] if entity else [])
    return affected


def _entity_by_key(db: Database, ekey: str) -> tuple[int, str] | None:
    type_, key = _split_key(ekey)
    return db.execute("SELECT id, name FROM entities WHERE type = ? AND key = ?", [type_, key]).fetchone()


def _articles_of_entities(db: Database, entity_ids: list[int]) -> list[int]:
    if not entity_ids:
        return []
    marks = ",".join("?" * len(entity_ids))
    rows = db.execute(
        f"SELECT article_id FROM mentions WHERE entity_id IN ({marks}) UNION "
        f"SELECT article_id FROM visits WHERE leader_entity_id IN ({marks}) ORDER BY 1",
        entity_ids + entity_ids,
    ).fetchall()
    return [r[0] for r in rows]


# --- applying corrections on top of machine output -------------------------------------------

def apply_corrections(db: Database, article_id: int | None = None) -> None:
    """Re-apply corrections: the entity ones always (they are few), the article ones for
    ``article_id`` or, without it, for every article. Caller holds a transaction."""
    merges = _apply_entity_corrections(db)
    if article_id is not None:
        row = db.execute("SELECT content_hash FROM articles WHERE id = ?", [article_id]).fetchone()
        if row:
            _apply_article(db, article_id, _article_values(db, row[0]), merges)
        return
    db.execute("UPDATE articles SET corrected = NULL WHERE corrected IS NOT NULL")
    db.execute("UPDATE visits SET corrected = NULL WHERE corrected IS NOT NULL")
    rows = db.execute(
        "SELECT a.id, c.field, c.value FROM corrections c JOIN articles a "
        "ON a.content_hash = c.article_hash WHERE c.target = 'article' ORDER BY a.id, c.id"
    ).fetchall()
    by_article: dict[int, dict[str, str]] = {}
    for aid, field, value in rows:
        values = by_article.setdefault(aid, {})
        if field not in MET_FIELDS + ITEM_FIELDS:
            values[field] = value
    for aid, values in by_article.items():
        _apply_article(db, aid, values, merges)


def _apply_entity_corrections(db: Database) -> dict[str, str]:
    db.execute("UPDATE entities SET hidden = 0, corrected = NULL "
               "WHERE hidden != 0 OR corrected IS NOT NULL")
    rows = db.execute(
        "SELECT entity_key, field, value FROM corrections WHERE target = 'entity' ORDER BY id"
    ).fetchall()
    merges = {ekey: value for ekey, field, value in rows if field == "merge_into"}
    corrected: dict[int, set[str]] = {}
    for other in merges:
        kept_id = _merge_rows(db, other, _resolve(merges, other))
        if kept_id is not None:
            corrected.setdefault(kept_id, set()).add("merged")
    for ekey, field, value in rows:
        entity = _entity_by_key(db, ekey)  # renames and hiding stay with the key they were made on
        if entity is None:
            continue
        if field == "name":
            db.execute("UPDATE entities SET name = ? WHERE id = ?", [value, entity[0]])
            corrected.setdefault(entity[0], set()).add("name")
        elif field == "hidden":
            db.execute("UPDATE entities SET hidden = 1 WHERE id = ?", [entity[0]])
    for entity_id, fields in corrected.items():
        db.execute("UPDATE entities SET corrected = ? WHERE id = ?",
                   [json.dumps(sorted(fields)), entity_id])
        # Visits name their leader as text: follow the corrected name.
        db.execute("UPDATE visits SET leader = (SELECT name FROM entities WHERE id = ?) "
                   "WHERE leader_entity_id = ?", [entity_id, entity_id])
    return merges


def _merge_rows(db: Database, other_key: str, keep_key: str) -> int | None:
    """Move other's mentions and visits to keep and delete other; the id of the kept row."""
    other = _entity_by_key(db, other_key)
    if other is None or other_key == keep_key:
        return None
    keep = _entity_by_key(db, keep_key)
    if keep is None:  # keep is mentioned nowhere now: other's row becomes keep
        db.execute("UPDATE entities SET key = ? WHERE id = ?", [_split_key(keep_key)[1], other[0]])
        return other[0]
    other_id, keep_id = other[0], keep[0]
    for article_id, count, spans in db.execute(
        "SELECT article_id, count, spans FROM mentions WHERE entity_id = ?", [other_id]
    ).fetchall():
        existing = db.execute("SELECT count, spans FROM mentions WHERE article_id = ? AND entity_id = ?",
                              [article_id, keep_id]).fetchone()
        if existing:
            merged = json.loads(existing[1] or "[]") + json.loads(spans or "[]")
            db.execute("UPDATE mentions SET count = ?, spans = ? WHERE article_id = ? AND entity_id = ?",
                       [(existing[0] or 0) + (count or 0), json.dumps(merged), article_id, keep_id])
            db.execute("DELETE FROM mentions WHERE article_id = ? AND entity_id = ?",
                       [article_id, other_id])
        else:
            db.execute("UPDATE mentions SET entity_id = ? WHERE article_id = ? AND entity_id = ?",
                       [keep_id, article_id, other_id])
    db.execute("UPDATE visits SET leader_entity_id = ? WHERE leader_entity_id = ?", [keep_id, other_id])
    db.execute("DELETE FROM entities WHERE id = ?", [other_id])
    return keep_id


def _day_month(iso: str | None) -> str | None:
    return f"{iso[8:10]}/{iso[5:7]}" if iso else None


def _apply_article(db: Database, article_id: int, values: dict[str, str],
                   merges: dict[str, str]) -> None:
    met = _met_values(db, article_id)
    if met:
        values = {**values, "met": "corrected"}  # listed in articles.corrected like any field
    removals = _item_removals(db, article_id)
    for kind in removals:
        values = {**values, ITEM_KINDS[kind][0]: "corrected"}
    kind = values.get("kind")
    if kind:
        db.execute("UPDATE articles SET kind = ?, kind_rule = 'corrected' WHERE id = ?", [kind, article_id])
        if kind not in VISIT_KINDS:  # "not a visit": nothing on the timeline, in the CSV, in the reader
            db.execute("DELETE FROM visits WHERE article_id = ?", [article_id])
    start = values.get("event_start")
    if start:
        end = max(values.get("event_end") or start, start)
        db.execute(
            "UPDATE articles SET event_start = ?, event_end = ?, event_day_month = ?, "
            "event_end_day_month = ?, year_basis = 'corrected', sort_key = ?, year_evidence = NULL, "
            "year_from_article_id = NULL WHERE id = ?",  # no longer a year a trip inferred
            [start, end, _day_month(start), _day_month(end), start, article_id],
        )
    day_month = None if start else values.get("event_day_month")
    if day_month:  # the user says: this day and month, year unknown
        end_day_month = values.get("event_end_day_month") or day_month
        db.execute(
            "UPDATE articles SET event_start = NULL, event_end = NULL, event_day_month = ?, "
            "event_end_day_month = ?, year_basis = NULL, sort_key = ?, year_evidence = NULL, "
            "year_from_article_id = NULL WHERE id = ?",
            [day_month, end_day_month, f"????-{day_month[3:5]}-{day_month[0:2]}", article_id],
        )
    db.execute("UPDATE articles SET corrected = ? WHERE id = ?",
               [json.dumps(sorted(values)) if values else None, article_id])
    primary = db.execute("SELECT " + PRIMARY_VISIT_SQL.format(article="?"), [article_id]).fetchone()[0]
    db.execute("UPDATE visits SET corrected = NULL WHERE article_id = ? AND corrected IS NOT NULL",
               [article_id])
    if not values:
        return
    visit_values = {k: v or None for k, v in values.items() if k in ("leader", "leader_title", "host_country")}
    says_visit = kind in VISIT_KINDS or (kind is None and (visit_values or met))
    if primary is None and says_visit:  # the machine found no visit: the user says there is one
        ev = db.execute("SELECT event_start, event_end, event_day_month, year_basis FROM articles "
                        "WHERE id = ?", [article_id]).fetchone()
        primary = db["visits"].insert({
            "article_id": article_id, "places": "[]", "start": ev[0], "end": ev[1],
            "day_month": ev[2], "year_basis": ev[3],
        }).last_pk
    if primary is None:
        return
    update: dict = dict(visit_values)
    if "leader" in values:
        key = entity_key("person", fold_diacritics(values["leader"]))
        found = _entity_by_key(db, key) or _entity_by_key(db, _resolve(merges, key))
        update["leader_entity_id"] = found[0] if found else None
    if start:
        update.update(start=start, end=max(values.get("event_end") or start, start),
                      day_month=_day_month(start), year_basis="corrected")
    elif day_month:
        update.update(start=None, end=None, day_month=day_month, year_basis=None)
    if met:
        update["met"] = json.dumps(_corrected_met(db, primary, met), ensure_ascii=False)
    for kind, removed in removals.items():
        column, key = ITEM_KINDS[kind]
        stored = db.execute(f"SELECT {column} FROM visits WHERE id = ?", [primary]).fetchone()[0]
        kept = [item for item in json.loads(stored or "[]")
                if fold_diacritics(" ".join(item[key].split())) not in removed]
        update[column] = json.dumps(kept, ensure_ascii=False)
    fields = {_VISIT_FIELDS[k] for k in values if k in _VISIT_FIELDS} | ({"met"} if met else set())
    fields |= {ITEM_KINDS[kind][0] for kind in removals}
    update["corrected"] = json.dumps(sorted(fields))
    db["visits"].update(primary, update)
    if start or day_month:  # the date is the article's: every visit it reports shares it
        dates = {k: update[k] for k in ("start", "end", "day_month", "year_basis")}
        db.execute(
            'UPDATE visits SET start = ?, "end" = ?, day_month = ?, year_basis = ?, corrected = ? '
            "WHERE article_id = ? AND id != ?",
            [*dates.values(), json.dumps(["end", "start"]), article_id, primary],
        )


def _corrected_met(db: Database, visit_id: int, met: list[tuple[str, str, str]]) -> list[dict]:
    """The visit's counterparts with the user's additions and removals applied."""
    stored = db.execute("SELECT met FROM visits WHERE id = ?", [visit_id]).fetchone()[0]
    people = [m for m in json.loads(stored or "[]") if m.get("rule") != "corrected"]
    for field, ekey, value in met:
        people = [m for m in people if entity_key("person", fold_diacritics(m["name"])) != ekey]
        if field == "met_add":
            person = json.loads(value)
            people.append({"name": person["name"], "title": person.get("title"), "rule": "corrected",
                           "evidence": None})
    return people
