"""Rebuild trips across the archive and the years they infer (after every import or re-analysis)."""

from __future__ import annotations

import json
from datetime import date

from sqlite_utils import Database

from app.nlp.trips import VisitDates, group_trips, infer_years


def _dm(text: str | None) -> tuple[int, int] | None:
    if not text:
        return None
    day, month = text.split("/")
    return int(day), int(month)


def _iso(text: str | None) -> date | None:
    return date.fromisoformat(text) if text else None


def _reset_trip_years(db: Database) -> None:
    """Forget years inferred from other articles: the archive may have changed since."""
    db.execute(
        "UPDATE articles SET event_start = NULL, event_end = NULL, year_basis = NULL, "
        "year_evidence = NULL, year_from_article_id = NULL, "
        "sort_key = '????-' || substr(event_day_month, 4, 2) || '-' || substr(event_day_month, 1, 2) "
        "WHERE year_from_article_id IS NOT NULL"
    )
    db.execute(
        "UPDATE visits SET start = NULL, \"end\" = NULL, year_basis = NULL "
        "WHERE article_id IN (SELECT id FROM articles WHERE event_start IS NULL)"
    )


def rebuild_trips(db: Database) -> int:
    """Recompute trip years and trips in one transaction; returns the number of trips."""
    with db.atomic():
        _reset_trip_years(db)
        rows = db.execute(
            "SELECT v.id, v.article_id, COALESCE(CAST(v.leader_entity_id AS TEXT), v.leader), "
            "a.event_start, a.event_end, a.event_day_month, a.event_end_day_month, a.year_basis "
            "FROM visits v JOIN articles a ON a.id = v.article_id"
        ).fetchall()
        visits = [
            VisitDates(vid, aid, leader, _iso(start), _iso(end), _dm(dm) if not start else None, _dm(edm))
            for vid, aid, leader, start, end, dm, edm, _basis in rows
        ]
        by_id = {v.visit_id: v for v in visits}
        titles = dict(db.execute("SELECT id, title FROM articles").fetchall())
        for visit_id, found in infer_years(visits).items():
            v, source = by_id[visit_id], by_id[found.source_visit_id]
            start = date(found.year, v.day_month[1], v.day_month[0])
            end = start
            if v.end_day_month:
                end = date(found.year + (v.end_day_month[1] < v.day_month[1]), v.end_day_month[1],
                           v.end_day_month[0])
            evidence = (f"Cùng chuyến đi với bài «{titles[source.article_id]}» "
                        f"({source.start.strftime('%d/%m/%Y')})")
            db.execute(
                "UPDATE articles SET event_start = ?, event_end = ?, year_basis = 'inferred', "
                "year_evidence = ?, year_from_article_id = ?, sort_key = ? WHERE id = ? "
                "AND event_start IS NULL",
                [start.isoformat(), end.isoformat(), evidence, source.article_id, start.isoformat(),
                 v.article_id],
            )
            db.execute(
                "UPDATE visits SET start = ?, \"end\" = ?, year_basis = 'inferred' WHERE article_id = ?",
                [start.isoformat(), end.isoformat(), v.article_id],
            )
            by_id[visit_id] = VisitDates(v.visit_id, v.article_id, v.leader, start, end, None, None)
        db.execute("UPDATE visits SET trip_id = NULL")
        db.execute("DELETE FROM trips")
        current = list(by_id.values())
        trips = group_trips(current)
        for ids in trips:
            members = [by_id[i] for i in ids]
            dated = [m for m in members if m.start]
            info = db.execute(
                f"SELECT leader_entity_id, leader, host_country FROM visits WHERE id IN ({','.join('?' * len(ids))})"
                " ORDER BY start IS NULL, start, id",
                ids,
            ).fetchall()
            trip_id = db["trips"].insert({
                "leader_entity_id": info[0][0],
                "leader": info[0][1],
                "start": min(m.start for m in dated).isoformat() if dated else None,
                "end": max((m.end or m.start) for m in dated).isoformat() if dated else None,
                "countries": json.dumps(list(dict.fromkeys(r[2] for r in info if r[2])), ensure_ascii=False),
            }).last_pk
            db.execute(f"UPDATE visits SET trip_id = ? WHERE id IN ({','.join('?' * len(ids))})", [trip_id, *ids])
        return len(trips)
