"""The archive as JSON (every article with its date, entities and visits) and visits as CSV."""

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


def export_articles(db: Database) -> dict:
    articles = []
    rows = db.execute(
        "SELECT id, file_name, title, source, author, body, event_start, event_end, "
        "event_day_month, event_end_day_month, year_basis, date_evidence, year_evidence, "
        "year_from_article_id, corrected, kind, kind_rule, kind_evidence FROM articles ORDER BY id"
    ).fetchall()
    for (aid, file_name, title, source, author, body, start, end, day_month, end_day_month, basis,
         evidence, year_evidence, year_from, corrected, kind, kind_rule, kind_evidence) in rows:
        articles.append({
            "id": aid,
            "file": file_name,
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


def write_json(db: Database, out: TextIO) -> None:
    json.dump(export_articles(db), out, ensure_ascii=False, indent=2)
    out.write("\n")


def write_visits_csv(db: Database, out: TextIO) -> None:
    writer = csv.DictWriter(out, fieldnames=CSV_FIELDS, lineterminator="\n")
    writer.writeheader()
    sql = (
        "SELECT v.article_id, a.title, a.kind, v.leader, v.leader_title, v.host_country, v.places, v.met, v.start, "
        # Day and month only when the year is unknown, as in the JSON export.
        'v."end", CASE WHEN v.start IS NULL THEN a.event_day_month END, '
        "CASE WHEN v.start IS NULL AND a.event_end_day_month != a.event_day_month THEN a.event_end_day_month END, "
        "v.year_basis, v.trip_id, a.source, a.file_name "
        "FROM visits v JOIN articles a ON a.id = v.article_id ORDER BY v.start IS NULL, v.start, v.id"
    )
    for row in db.execute(sql).fetchall():
        record = dict(zip(CSV_FIELDS, row))
        record["places"] = "; ".join(json.loads(record["places"] or "[]"))
        record["met"] = "; ".join(_person(m) for m in json.loads(record["met"] or "[]"))
        writer.writerow(record)


def _person(met: dict) -> str:
    return f"{met['title']} {met['name']}" if met.get("title") else met["name"]
