"""Read the archive: one Filter value turned into SQL, and the rows every view and export needs.

The only place that knows how filters combine: entities ∧ search text ∧ date range ∧ visits ∧
host countries ∧ leaders. Within one facet the chosen values are alternatives (visits to Laos or
Cambodia); the country and leader facets hold of the same visit (Putin's visits to China).
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field, replace

import numpy as np
from sqlite_utils import Database

from app.nlp.text import fold_diacritics
from app.store.corrections import PRIMARY_VISIT_SQL

# The visit an article's row shows (leader, country): its first one not led by a hidden entity.
_PRIMARY_VISIT = PRIMARY_VISIT_SQL.format(article="a.id")
# Visits led by a hidden entity are left out like the entity itself.
_SHOWN_VISIT = ("COALESCE((SELECT hidden FROM entities WHERE id = v.leader_entity_id), 0) = 0")


@dataclass(frozen=True)
class Filter:
    entity_ids: frozenset[int] = field(default_factory=frozenset)
    text: str = ""
    date_from: str | None = None  # ISO dates, inclusive
    date_to: str | None = None
    visit_ids: frozenset[int] = field(default_factory=frozenset)
    # host countries / leaders of a visit of the article; "" stands for "not known"
    countries: frozenset[str] = field(default_factory=frozenset)
    leaders: frozenset[str] = field(default_factory=frozenset)

    @property
    def is_empty(self) -> bool:
        return self == Filter()

    def with_(self, **changes) -> Filter:
        return replace(self, **changes)


def fts_query(text: str, *, phrase: bool = True) -> str | None:
    """User text → an FTS5 query on the folded index. As a phrase ("dinh tien dung" finds the
    name, not three words scattered); otherwise every word anywhere. The last word is a prefix."""
    words = re.findall(r"\w+", fold_diacritics(text))
    if not words:
        return None
    if phrase:
        return '"' + " ".join(words) + '"*'
    return " ".join(f'"{w}"*' for w in words)


def _text_query(db: Database, text: str) -> str | None:
    """The phrase when it matches something, else all the words in any order."""
    phrase = fts_query(text)
    if phrase is None:
        return None
    hit = db.execute("SELECT 1 FROM articles_fts WHERE articles_fts MATCH ? LIMIT 1", [phrase]).fetchone()
    return phrase if hit else fts_query(text, phrase=False)


# The articles a search text matches, kept for the last few texts: every pane asks for the same
# filter on each keystroke (list, sidebar, timeline), and the full-text match is the costly part.
# Keyed by the connection and its state, so any write (ours or another connection's) drops it.
_TEXT_MATCHES: dict[tuple, tuple[str, list[int]]] = {}
_TEXT_MATCHES_KEPT = 8


def _text_matches(db: Database, text: str) -> str | None:
    """The ids (a JSON array, for json_each) of the articles the text matches; None: no text."""
    found = text_match_ids(db, text)
    return None if found is None else found[0]


def text_match_ids(db: Database, text: str) -> tuple[str, list[int]] | None:
    """The articles the text matches, as a JSON array and as a list of ids; None: no text."""
    phrase = fts_query(text)
    if phrase is None:
        return None if not text.strip() else ("[]", [])
    state = (id(db.conn), phrase, db.conn.total_changes, db.execute("PRAGMA data_version").fetchone()[0])
    found = _TEXT_MATCHES.get(state)
    if found is None:  # the phrase when it matches something, else all the words in any order
        # one JSON row, not a row per article: a first letter matches almost every article
        sql = "SELECT json_group_array(rowid) FROM articles_fts WHERE articles_fts MATCH ?"
        found_json = db.execute(sql, [phrase]).fetchone()[0]
        if found_json == "[]":
            found_json = db.execute(sql, [fts_query(text, phrase=False)]).fetchone()[0]
        found = (found_json, json.loads(found_json))
        while len(_TEXT_MATCHES) >= _TEXT_MATCHES_KEPT:
            _TEXT_MATCHES.pop(next(iter(_TEXT_MATCHES)))
        _TEXT_MATCHES[state] = found
    return found


def filtered_article_ids(db: Database, flt: Filter) -> list[int]:
    """Ids of the articles the filter selects, in no particular order (the text alone: its
    full-text match, with no further query)."""
    if flt.text and flt.with_(text="").is_empty:
        match = text_match_ids(db, flt.text)
        if match is not None:
            return match[1]
    where, params = _where(db, flt)
    return [row[0] for row in db.execute(f"SELECT a.id FROM articles a WHERE {where}", params).fetchall()]


def _visit_facets(flt: Filter, alias: str = "v") -> tuple[list[str], list]:
    """The country and leader facets as conditions on one visit row (``alias``)."""
    clauses: list[str] = []
    params: list = []
    for column, values in (("host_country", flt.countries), ("leader", flt.leaders)):
        if values:
            marks = ",".join("?" * len(values))
            clauses.append(f"COALESCE({alias}.{column}, '') IN ({marks})")
            params.extend(sorted(values))
    return clauses, params


def _where(db: Database, flt: Filter) -> tuple[str, list]:
    clauses: list[str] = []
    params: list = []
    for entity_id in sorted(flt.entity_ids):  # an article must mention every chosen entity
        clauses.append("a.id IN (SELECT article_id FROM mentions WHERE entity_id = ?)")
        params.append(entity_id)
    matches = _text_matches(db, flt.text)
    if matches == "[]":
        clauses.append("0")
    elif matches is not None:
        clauses.append("a.id IN (SELECT value FROM json_each(?))")
        params.append(matches)
    if flt.date_from or flt.date_to:
        # An article overlaps the range when it starts before its end and ends after its start.
        clauses.append("a.event_start IS NOT NULL")
        if flt.date_to:
            clauses.append("a.event_start <= ?")
            params.append(flt.date_to)
        if flt.date_from:
            clauses.append("COALESCE(a.event_end, a.event_start) >= ?")
            params.append(flt.date_from)
    if flt.visit_ids:
        marks = ",".join("?" * len(flt.visit_ids))
        clauses.append(f"a.id IN (SELECT article_id FROM visits WHERE id IN ({marks}))")
        params.extend(sorted(flt.visit_ids))
    facets, facet_params = _visit_facets(flt, "fv")
    if facets:  # an article with a shown visit of the chosen countries and leaders
        shown = _SHOWN_VISIT.replace("v.", "fv.")
        clauses.append(f"a.id IN (SELECT fv.article_id FROM visits fv WHERE {' AND '.join(facets)} AND {shown})")
        params.extend(facet_params)
    return (" AND ".join(clauses) or "1"), params


def _visit_where(db: Database, flt: Filter) -> tuple[str, list]:
    """Visits of the selected articles, and of the chosen countries and leaders themselves (an
    article reporting visits to Laos and Cambodia shows only the Laos one under "Lào")."""
    where, params = _where(db, flt)
    facets, facet_params = _visit_facets(flt)
    return " AND ".join([where, *facets]), params + facet_params


ARTICLE_SORTS = {
    "date": "a.sort_key IS NULL, a.sort_key",
    "title": "a.title COLLATE NOCASE",
    "leader": "v.leader IS NULL, v.leader",
    "country": "v.host_country IS NULL, v.host_country",
    "source": "a.source IS NULL, a.source",
}


def article_ids(db: Database, flt: Filter, sort: str = "date", descending: bool = False) -> list[int]:
    """Ids of the articles the filter selects, in list order (only ids: rows are fetched lazily).

    The search text alone (the box being typed in) takes the archive's list order, kept per
    state of the archive, and keeps the ids the text matches: sorting most of a large archive
    again on each keystroke was most of the list's time."""
    if sort not in ARTICLE_SORTS:
        sort = "date"
    if flt.text and flt.with_(text="").is_empty:
        match = text_match_ids(db, flt.text)
        if match is not None:
            order = _list_order(db, sort, descending)
            chosen = np.zeros(int(order.max()) + 1 if len(order) else 1, dtype=bool)
            ids = np.fromiter(match[1], dtype=np.int64, count=len(match[1]))
            chosen[ids[ids < len(chosen)]] = True
            return order[chosen[order]].tolist()
    return _sorted_ids(db, flt, sort, descending)


def _sorted_ids(db: Database, flt: Filter, sort: str, descending: bool) -> list[int]:
    where, params = _where(db, flt)
    order = ARTICLE_SORTS[sort]
    if descending:
        order = ", ".join(part.strip() + " DESC" for part in order.split(","))
    if sort in ("leader", "country"):
        source = f"articles a LEFT JOIN visits v ON v.id = {_PRIMARY_VISIT}"
    else:  # date, title and source sorts read an index of articles in order (migration m004)
        source = "articles a"
    sql = f"SELECT a.id FROM {source} WHERE {where} ORDER BY {order}, a.id{' DESC' if descending else ''}"
    return [row[0] for row in db.execute(sql, params).fetchall()]


# The whole archive's ids in list order, per sort, kept for the archive's state like the text matches.
_LIST_ORDERS: dict[tuple, np.ndarray] = {}


def _list_order(db: Database, sort: str, descending: bool) -> np.ndarray:
    state = (id(db.conn), sort, descending, db.conn.total_changes, db.execute("PRAGMA data_version").fetchone()[0])
    found = _LIST_ORDERS.get(state)
    if found is None:
        found = np.array(_sorted_ids(db, Filter(), sort, descending), dtype=np.int64)
        while len(_LIST_ORDERS) >= 4:
            _LIST_ORDERS.pop(next(iter(_LIST_ORDERS)))
        _LIST_ORDERS[state] = found
    return found


def count_articles(db: Database) -> int:
    return db.execute("SELECT COUNT(*) FROM articles").fetchone()[0]


# Years the article does not write on the event itself: shown as approximate (≈).
APPROXIMATE_YEARS = ("inferred", "page date")


def display_date(start: str | None, end: str | None, day_month: str | None,
                 end_day_month: str | None = None, year_basis: str | None = None) -> str:
    """"14/11/2024", "≈14/11/2024" when inferred, "19/10–30/10/????" when the year is unknown."""
    def dm(iso: str) -> str:
        y, m, d = iso.split("-")
        return f"{d}/{m}/{y}"

    if start:
        text = dm(start) if not end or end == start else f"{dm(start)}–{dm(end)}"
        return ("≈" if year_basis in APPROXIMATE_YEARS else "") + text
    if day_month:
        if end_day_month and end_day_month != day_month:
            return f"{day_month}–{end_day_month}/????"
        return f"{day_month}/????"
    return ""


def article_rows(db: Database, ids: list[int]) -> dict[int, dict]:
    """List-row data for a page of ids: date, title, leader, host country, source."""
    if not ids:
        return {}
    marks = ",".join("?" * len(ids))
    sql = (
        "SELECT a.id, a.title, a.source, a.event_start, a.event_end, a.event_day_month, "
        "a.event_end_day_month, a.year_basis, v.leader, v.leader_title, v.host_country, a.corrected "
        f"FROM articles a LEFT JOIN visits v ON v.id = {_PRIMARY_VISIT} "
        f"WHERE a.id IN ({marks})"
    )
    rows = {}
    for r in db.execute(sql, ids).fetchall():
        rows[r[0]] = {
            "id": r[0], "title": r[1], "source": r[2],
            "date": display_date(r[3], r[4], r[5], r[6], r[7]), "year_basis": r[7],
            "leader": r[8], "leader_title": r[9], "host_country": r[10],
            "corrected": json.loads(r[11] or "[]"),  # fields the user corrected
        }
    return rows


def article_detail(db: Database, article_id: int) -> dict | None:
    row = db.execute(
        "SELECT id, file_name, title, source, author, body, blocks, event_start, event_end, "
        "event_day_month, event_end_day_month, year_basis, date_evidence, year_evidence, corrected, "
        "kind, kind_rule, kind_evidence FROM articles WHERE id = ?",
        [article_id],
    ).fetchone()
    if row is None:
        return None
    keys = ["id", "file", "title", "source", "author", "body", "blocks", "event_start", "event_end",
            "day_month", "end_day_month", "year_basis", "evidence", "year_evidence", "corrected",
            "kind", "kind_rule", "kind_evidence"]
    detail = dict(zip(keys, row))
    detail["corrected"] = json.loads(detail["corrected"] or "[]")
    detail["blocks"] = json.loads(detail["blocks"] or "[]")
    detail["date"] = display_date(detail["event_start"], detail["event_end"], detail["day_month"],
                                  detail["end_day_month"], detail["year_basis"])
    detail["entities"] = article_entities(db, article_id)
    detail["visits"] = article_visits(db, article_id)
    return detail


def article_entities(db: Database, article_id: int) -> list[dict]:
    sql = (
        "SELECT e.id, e.type, e.name, m.title, e.kind, e.country, m.count, m.evidence, e.corrected "
        "FROM mentions m JOIN entities e ON e.id = m.entity_id WHERE m.article_id = ? AND e.hidden = 0 "
        "ORDER BY CASE e.type WHEN 'person' THEN 0 WHEN 'organization' THEN 1 ELSE 2 END, "
        "m.count DESC, e.name"
    )
    keys = ["id", "type", "name", "title", "kind", "country", "mentions", "evidence", "corrected"]
    rows = [dict(zip(keys, r)) for r in db.execute(sql, [article_id]).fetchall()]
    for row in rows:
        row["corrected"] = json.loads(row["corrected"] or "[]")
    return rows


_VISIT_COLUMNS = ["id", "article_id", "leader", "leader_title", "host_country", "places", "start",
                  "end", "day_month", "year_basis", "evidence", "trip_id", "corrected", "met",
                  "leader_rule", "host_rule", "host_evidence", "agreements", "honours"]


def _visit_dict(row) -> dict:
    visit = dict(zip(_VISIT_COLUMNS, row))
    visit["places"] = json.loads(visit["places"] or "[]")
    visit["corrected"] = json.loads(visit["corrected"] or "[]")
    visit["met"] = json.loads(visit["met"] or "[]")
    visit["agreements"] = json.loads(visit["agreements"] or "[]")  # what the visit signed
    visit["honours"] = json.loads(visit["honours"] or "[]")  # what was given
    visit["trip"] = visit["trip_id"]
    return visit


def article_visits(db: Database, article_id: int) -> list[dict]:
    cols = ", ".join(f'"{c}"' for c in _VISIT_COLUMNS)
    rows = db.execute(f"SELECT {cols} FROM visits v WHERE article_id = ? AND {_SHOWN_VISIT} "
                      "ORDER BY id", [article_id])
    return [_visit_dict(r) for r in rows.fetchall()]


def visits(db: Database, flt: Filter | None = None) -> list[dict]:
    """Visits of the articles the filter selects (all visits without a filter)."""
    where, params = _visit_where(db, flt or Filter())
    cols = ", ".join(f'v."{c}"' for c in _VISIT_COLUMNS)
    sql = (f"SELECT {cols} FROM visits v JOIN articles a ON a.id = v.article_id "
           f"WHERE {where} AND {_SHOWN_VISIT} ORDER BY v.start IS NULL, v.start, v.id")
    return [_visit_dict(r) for r in db.execute(sql, params).fetchall()]


def visit_ids(db: Database, flt: Filter | None = None) -> set[int]:
    """Ids of the visits ``visits(db, flt)`` returns, without building their rows."""
    flt = flt or Filter()
    if flt.text and flt.with_(text="").is_empty:  # typing a search: the visits of its matches
        shown, chosen = _shown_visits(db), _matched_mask(db, flt.text)
        if chosen is not None:
            return set(shown.ids[shown.of(chosen)].tolist())
    where, params = _visit_where(db, flt)
    sql = (f"SELECT v.id FROM visits v JOIN articles a ON a.id = v.article_id "
           f"WHERE {where} AND {_SHOWN_VISIT}")
    return {r[0] for r in db.execute(sql, params).fetchall()}


class _ShownVisits:
    """The shown visits as arrays (id, article, host country and leader as codes of their
    values), read once per state of the archive: a search's visits and visit facets are masks."""

    def __init__(self, db: Database) -> None:
        rows = db.execute(f"SELECT v.id, v.article_id, COALESCE(v.host_country, ''), COALESCE(v.leader, '') "
                          f"FROM visits v JOIN articles a ON a.id = v.article_id WHERE {_SHOWN_VISIT}").fetchall()
        self.ids = np.array([r[0] for r in rows], dtype=np.int64)
        self.article = np.array([r[1] for r in rows], dtype=np.int64)
        self.values: dict[str, tuple[list[str], np.ndarray]] = {}
        for column, at in (("host_country", 2), ("leader", 3)):
            names = sorted({r[at] for r in rows})
            code = {name: i for i, name in enumerate(names)}
            self.values[column] = (names, np.array([code[r[at]] for r in rows], dtype=np.int64))

    def of(self, chosen: np.ndarray) -> np.ndarray:
        """Which visits belong to the chosen articles (a mask over article ids)."""
        inside = self.article < len(chosen)
        return inside & chosen[np.where(inside, self.article, 0)]

    def facets(self, column: str, chosen: np.ndarray) -> list[dict]:
        names, codes = self.values[column]
        mine = self.of(chosen)
        codes, articles = codes[mine], self.article[mine]
        visits = np.bincount(codes, minlength=len(names))
        span = int(articles.max()) + 1 if len(articles) else 1
        pairs = np.unique(codes * span + articles)  # one per value and article
        distinct = np.bincount(pairs // span, minlength=len(names))
        rows = [(names[i], int(visits[i]), int(distinct[i])) for i in np.flatnonzero(visits).tolist()]
        rows.sort(key=lambda r: (-r[1], r[0]))  # most visits first, then by value (SQL's order)
        return [{"name": r[0], "visits": r[1], "articles": r[2]} for r in rows]


_SHOWN_VISITS: dict[int, tuple[tuple, _ShownVisits]] = {}


def _state(db: Database) -> tuple:
    """Changes whenever the archive is written (by this connection or another)."""
    return (db.conn.total_changes, db.execute("PRAGMA data_version").fetchone()[0])


def _shown_visits(db: Database) -> _ShownVisits:
    state, kept = _state(db), _SHOWN_VISITS.get(id(db.conn))
    if kept is None or kept[0] != state:
        _SHOWN_VISITS.clear()
        kept = (state, _ShownVisits(db))
        _SHOWN_VISITS[id(db.conn)] = kept
    return kept[1]


def _matched_mask(db: Database, text: str) -> np.ndarray | None:
    """The articles the text matches, as a mask over article ids; None: no text."""
    match = text_match_ids(db, text)
    if match is None:
        return None
    ids = np.fromiter(match[1], dtype=np.int64, count=len(match[1]))
    chosen = np.zeros(int(ids.max()) + 1 if len(ids) else 1, dtype=bool)
    chosen[ids] = True
    return chosen


# ISO date → seconds since 1970-01-01 UTC, in SQL (NULL stays NULL)
_EPOCH = "(julianday({}) - 2440587.5) * 86400.0"


def timeline_visits(db: Database) -> list[tuple]:
    """All shown visits as (id, trip_id, leader, host_country, start, end) tuples in id order,
    start and end in seconds since the epoch (UTC midnight; None when the year is unknown):
    only what the timeline lays out, read without sorting. ``visit`` gives one visit's details
    for its tooltip, ``trip`` one trip's."""
    start, end = _EPOCH.format("v.start"), _EPOCH.format('COALESCE(v."end", v.start)')
    sql = (f"SELECT v.id, v.trip_id, v.leader, v.host_country, {start}, {end} FROM visits v "
           f"WHERE {_SHOWN_VISIT} ORDER BY v.id")
    return db.execute(sql).fetchall()


def visit(db: Database, visit_id: int) -> dict | None:
    cols = ", ".join(f'v."{c}"' for c in _VISIT_COLUMNS)
    row = db.execute(f"SELECT {cols} FROM visits v WHERE v.id = ?", [visit_id]).fetchone()
    return _visit_dict(row) if row else None


def entity_facets(db: Database, flt: Filter | None = None) -> list[dict]:
    """Entities of the selected articles with their number of articles, most frequent first."""
    flt = flt or Filter()
    keys = ["id", "type", "name", "title", "kind", "country", "articles"]
    if flt.is_empty:  # the whole archive: counts kept by triggers (migration m004)
        sql = ("SELECT id, type, name, title, kind, country, article_count FROM entities "
               "WHERE hidden = 0 AND article_count > 0 ORDER BY 7 DESC, name")
        return [dict(zip(keys, r)) for r in db.execute(sql).fetchall()]
    where, params = _where(db, flt)
    # Count mentions of the selected articles first, then look up only the entities counted
    # (one mention row per article and entity, so COUNT(*) counts articles).
    sql = (
        "SELECT e.id, e.type, e.name, e.title, e.kind, e.country, c.n FROM "
        "(SELECT m.entity_id AS entity_id, COUNT(*) AS n FROM mentions m "
        f"WHERE m.article_id IN (SELECT a.id FROM articles a WHERE {where}) GROUP BY m.entity_id) c "
        "JOIN entities e ON e.id = c.entity_id WHERE e.hidden = 0 ORDER BY 7 DESC, e.name"
    )
    return [dict(zip(keys, r)) for r in db.execute(sql, params).fetchall()]


def visit_facets(db: Database, column: str, flt: Filter | None = None) -> list[dict]:
    """Host countries (``column="host_country"``) or leaders (``"leader"``) of the visits the
    filter selects, each with its number of visits and of articles, most visits first; the
    unknown value is "". The facet's own choice is left out of the filter, so the counts say
    what choosing another value as well would add."""
    if column not in ("host_country", "leader"):
        raise ValueError(f"no visit facet {column!r}")
    flt = (flt or Filter()).with_(**{"countries" if column == "host_country" else "leaders": frozenset()})
    if flt.text and flt.with_(text="").is_empty:  # typing a search: the visits of its matches
        chosen = _matched_mask(db, flt.text)
        if chosen is not None:
            return _shown_visits(db).facets(column, chosen)
    where, params = _visit_where(db, flt)
    sql = (f"SELECT COALESCE(v.{column}, '') AS value, COUNT(*), COUNT(DISTINCT v.article_id) "
           f"FROM visits v JOIN articles a ON a.id = v.article_id WHERE {where} AND {_SHOWN_VISIT} "
           "GROUP BY value ORDER BY 2 DESC, value")
    return [{"name": r[0], "visits": r[1], "articles": r[2]} for r in db.execute(sql, params).fetchall()]


def find_entities(db: Database, name: str, type_: str | None = None) -> list[dict]:
    """Entities whose folded name contains the folded text ("luong cuong" → Lương Cường)."""
    sql = "SELECT id, type, name, title, kind, country FROM entities WHERE key LIKE ? AND hidden = 0"
    params: list = [f"%{fold_diacritics(name)}%"]
    if type_:
        sql += " AND type = ?"
        params.append(type_)
    keys = ["id", "type", "name", "title", "kind", "country"]
    return [dict(zip(keys, r)) for r in db.execute(sql + " ORDER BY name", params).fetchall()]


def search(db: Database, text: str, limit: int = 20) -> list[dict]:
    """Ranked full-text results with a snippet cut from the original (accented) body."""
    query = _text_query(db, text)
    if not query:
        return []
    sql = (
        "SELECT a.id, a.title, a.body, bm25(articles_fts, 5.0, 1.0) AS rank "
        "FROM articles_fts JOIN articles a ON a.id = articles_fts.rowid "
        "WHERE articles_fts MATCH ? ORDER BY rank LIMIT ?"
    )
    words = re.findall(r"\w+", fold_diacritics(text))
    results = []
    for article_id, title, body, rank in db.execute(sql, [query, limit]).fetchall():
        results.append({"id": article_id, "title": title, "score": round(-rank, 3),
                        "snippet": snippet(body, words)})
    return results


def match_spans(text: str, words: list[str]) -> list[tuple[int, int]]:
    """Where the folded words occur in text. Folding keeps one character per character, so
    offsets in the folded text are offsets in the original."""
    folded = fold_diacritics(text)
    spans = []
    for word in words:
        for m in re.finditer(r"(?<!\w)" + re.escape(word) + r"\w*", folded):
            spans.append((m.start(), m.end()))
    return sorted(spans)


def snippet(body: str, words: list[str], width: int = 160) -> str:
    spans = match_spans(body, words)
    if not spans:
        return body[:width] + ("…" if len(body) > width else "")
    start = max(0, spans[0][0] - width // 3)
    end = min(len(body), start + width)
    out = body[start:end].replace("\n", " ")
    return ("…" if start else "") + out + ("…" if end < len(body) else "")


def trips(db: Database) -> list[dict]:
    """Trips with their date span and countries, for the timeline's trip bars."""
    keys = ["id", "leader", "start", "end", "countries"]
    rows = db.execute('SELECT id, leader, start, "end", countries FROM trips ORDER BY start').fetchall()
    return [{**dict(zip(keys, r)), "countries": json.loads(r[4] or "[]")} for r in rows]


def trip(db: Database, trip_id: int) -> dict | None:
    """One trip (as ``trips`` gives it) with the ids of its shown visits."""
    keys = ["id", "leader", "start", "end", "countries"]
    row = db.execute('SELECT id, leader, start, "end", countries FROM trips WHERE id = ?', [trip_id]).fetchone()
    if row is None:
        return None
    ids = [r[0] for r in db.execute(f"SELECT v.id FROM visits v WHERE v.trip_id = ? AND {_SHOWN_VISIT} "
                                    "ORDER BY v.start IS NULL, v.start, v.id", [trip_id]).fetchall()]
    return {**dict(zip(keys, row)), "countries": json.loads(row[4] or "[]"), "visit_ids": ids}
