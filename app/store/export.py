"""The archive as JSON (every article with its date, entities and visits) and visits as CSV.

Both take the articles to export (``article_ids``, e.g. what the window's filter shows; None for
all). The CSV's field names are stable English identifiers; the window passes ``headers`` to
label the columns in its own language (the command line never does).
"""

from __future__ import annotations

import csv
import json
from typing import TextIO

from sqlite_utils import Database

from app.store.query import article_entities, article_visits

EXPORT_VISIT_FIELDS = ["leader", "leader_title", "host_country", "places", "start", "end", "trip",
                       "corrected", "met", "evidence", "leader_rule", "host_rule", "host_evidence",
                       "agreements", "honours"]
CSV_FIELDS = ["article_id", "title", "kind", "leader", "leader_title", "host_country", "places", "met",
              "start", "end", "day_month", "end_day_month", "year_basis", "trip", "source", "file"]


def _only(column: str, ids: list[int] | None) -> tuple[str, list]:
    """SQL condition and parameters keeping ``column`` to ``ids`` (any number: one JSON array)."""
    if ids is None:
        return "1", []
    return f"{column} IN (SELECT value FROM json_each(?))", [json.dumps(list(ids))]


def export_articles(db: Database, article_ids: list[int] | None = None) -> dict:
    articles = []
    where, params = _only("id", article_ids)
    rows = db.execute(
        "SELECT id, file_name, title, source, author, body, event_start, event_end, "
        "event_day_month, event_end_day_month, year_basis, date_evidence, year_evidence, "
        "year_from_article_id, corrected, kind, kind_rule, kind_evidence, import_meta, file_part, date_rule "
        f"FROM articles WHERE {where} ORDER BY id",
        params,
    ).fetchall()
    for (aid, file_name, title, source, author, body, start, end, day_month, end_day_month, basis,
         evidence, year_evidence, year_from, corrected, kind, kind_rule, kind_evidence, import_meta,
         file_part, date_rule) in rows:
        articles.append({
            "id": aid,
            "file": file_name,
            "file_part": file_part,  # its place in a file that holds several articles, else null
            # what the file says about its import (format, an e-mail's sender and date): never the event
            "import": json.loads(import_meta) if import_meta else None,
            "title": title,
            "source": source,
            "author": author,
            "corrected": json.loads(corrected or "[]"),  # fields a user corrected
            "body": body,
            "kind": kind or "none",  # what the article reports; only visit kinds have visits
            "kind_rule": kind_rule,
            "kind_evidence": kind_evidence,
            "event": {
                "start": start,
                "end": end if start else None,
                "day_month": None if start else day_month,
                # the last day of a range whose year is unknown ("từ ngày 19 đến 30/10")
                "end_day_month": None if start or end_day_month == day_month else end_day_month,
                "year_basis": basis,
                "evidence": evidence,
                "rule": "corrected" if basis == "corrected" else date_rule,  # app.nlp.dates.DATE_RULES
                "year_evidence": year_evidence,
                "year_from_article": year_from,
            },
            "entities": [
                {"id": e["id"], "type": e["type"], "name": e["name"],  # the id `correct entity` takes
                 "title": e["title"] if e["type"] == "person" else None,
                 "mentions": e["mentions"],
                 **({"kind": e["kind"], "country": e["country"]} if e["type"] == "location" else {})}
                for e in article_entities(db, aid)
            ],
            "visits": [{k: v[k] for k in EXPORT_VISIT_FIELDS} for v in article_visits(db, aid)],
        })
    return {"articles": articles}


def write_json(db: Database, out: TextIO, article_ids: list[int] | None = None) -> int:
    """Write the JSON export; returns the number of articles written."""
    data = export_articles(db, article_ids)
    json.dump(data, out, ensure_ascii=False, indent=2)
    out.write("\n")
    return len(data["articles"])


def count_visits(db: Database, article_ids: list[int] | None = None,
                 visit_ids: frozenset[int] | set[int] | None = None) -> int:
    """How many rows write_visits_csv writes for the same arguments."""
    where, params = _visits_where(article_ids, visit_ids)
    return db.execute(f"SELECT COUNT(*) FROM visits v WHERE {where}", params).fetchone()[0]


def _visits_where(article_ids, visit_ids) -> tuple[str, list]:
    where, params = _only("v.article_id", article_ids)
    if visit_ids:
        more, more_params = _only("v.id", sorted(visit_ids))
        where, params = f"{where} AND {more}", params + more_params
    return where, params


def write_visits_csv(db: Database, out: TextIO, article_ids: list[int] | None = None, *,
                     visit_ids: frozenset[int] | set[int] | None = None,
                     headers: dict[str, str] | None = None,
                     kind_labels: dict[str, str] | None = None) -> int:
    """The visits of ``article_ids`` (all when None; only ``visit_ids`` when given) as CSV;
    ``headers`` (field → label) replaces the header line and ``kind_labels`` the kind codes.
    Returns the number of rows written."""
    writer = csv.DictWriter(out, fieldnames=CSV_FIELDS, lineterminator="\n")
    if headers:
        writer.writerow({f: headers.get(f, f) for f in CSV_FIELDS})
    else:
        writer.writeheader()
    where, params = _visits_where(article_ids, visit_ids)
    sql = (
        "SELECT v.article_id, a.title, a.kind, v.leader, v.leader_title, v.host_country, v.places, v.met, v.start, "
        # Day and month only when the year is unknown, as in the JSON export.
        'v."end", CASE WHEN v.start IS NULL THEN a.event_day_month END, '
        "CASE WHEN v.start IS NULL AND a.event_end_day_month != a.event_day_month THEN a.event_end_day_month END, "
        "v.year_basis, v.trip_id, a.source, a.file_name "
        f"FROM visits v JOIN articles a ON a.id = v.article_id WHERE {where} "
        "ORDER BY v.start IS NULL, v.start, v.id"
    )
    written = 0
    for row in db.execute(sql, params).fetchall():
        record = dict(zip(CSV_FIELDS, row))
        record["places"] = "; ".join(json.loads(record["places"] or "[]"))
        record["met"] = "; ".join(_person(m) for m in json.loads(record["met"] or "[]"))
        if kind_labels:
            record["kind"] = kind_labels.get(record["kind"] or "none", record["kind"])
        writer.writerow(record)
        written += 1
    return written


def _person(met: dict) -> str:
    return f"{met['title']} {met['name']}" if met.get("title") else met["name"]
