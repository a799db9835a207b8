"""Rebuild trips across the archive and the years they infer (after every import or re-analysis)."""

from __future__ import annotations

import json
from datetime import date

from sqlite_utils import Database

from app.nlp.trips import VisitDates, YearFromTrip, group_trips, infer_years


def _dm(text: str | None) -> tuple[int, int] | None:
    if not text:
        return None
    day, month = text.split("/")
    return int(day), int(month)


def _iso(text: str | None) -> date | None:
    return date.fromisoformat(text) if text else None


def _infer_years(visits: list[VisitDates]) -> dict[int, YearFromTrip]:
    """infer_years on one representative per distinct dated (leader, start, end) and undated
    (leader, day and month): the same answer, since only the first dated visit of equal ones
    can be named as a source, for a fraction of the work when articles repeat a visit."""
    dated: dict[tuple, VisitDates] = {}
    undated: dict[tuple, list[VisitDates]] = {}
    for v in visits:
        if v.leader and v.start:
            dated.setdefault((v.leader, v.start, v.end), v)
        elif v.leader and v.day_month:
            undated.setdefault((v.leader, v.day_month), []).append(v)
    found = infer_years([*dated.values(), *(group[0] for group in undated.values())])
    result: dict[int, YearFromTrip] = {}
    for group in undated.values():
        year = found.get(group[0].visit_id)
        if year is not None:
            result.update((v.visit_id, year) for v in group)
    return result


def _trip_articles(db: Database) -> dict[int, set[int]]:
    rows = db.execute("SELECT id, articles FROM trips WHERE articles IS NOT NULL").fetchall()
    return {trip_id: set(json.loads(articles)) for trip_id, articles in rows}


def rebuild_trips(db: Database) -> int:
    """Recompute trip years and trips in one transaction; returns the number of trips.

    Works out the state a reset of every inferred year followed by a fresh inference gives, and
    writes only the rows that differ from it: an article row carries its raw file, so rewriting
    every inferred article on every import is what made this slow on a large archive."""
    with db.atomic():
        was_inferred = {
            r[0]: tuple(r[1:])
            for r in db.execute(
                "SELECT id, event_start, event_end, year_basis, year_evidence, year_from_article_id, "
                "sort_key FROM articles WHERE year_from_article_id IS NOT NULL"
            ).fetchall()
        }
        rows = db.execute(
            # One leader under one title: a minister's trip and, years later, the same person's
            # state visit as president are not one trip.
            "SELECT v.id, v.article_id, COALESCE(CAST(v.leader_entity_id AS TEXT), v.leader) || '|' || "
            "COALESCE(lower(v.leader_title), ''), "
            "a.event_start, a.event_end, a.event_day_month, a.event_end_day_month, "
            "v.leader_entity_id, v.leader, v.host_country, v.start, v.\"end\", v.year_basis "
            "FROM visits v JOIN articles a ON a.id = v.article_id"
        ).fetchall()
        visits, info, current, wanted = [], {}, {}, {}
        visits_of_article: dict[int, list[int]] = {}
        for vid, aid, leader, start, end, dm, edm, leader_id, name, host, vstart, vend, vbasis in rows:
            if aid in was_inferred:  # as after the reset: the year comes from inference only
                start = end = None
            visits.append(VisitDates(vid, aid, leader, _iso(start), _iso(end),
                                     _dm(dm) if not start else None, _dm(edm), host))
            current[vid] = (vstart, vend, vbasis)
            wanted[vid] = (vstart, vend, vbasis) if start else (None, None, None)
            info[vid] = [leader_id, name, host]
            visits_of_article.setdefault(aid, []).append(vid)
        by_id = {v.visit_id: v for v in visits}
        inferred = _infer_years(visits)
        sources = {by_id[found.source_visit_id].article_id for found in inferred.values()}
        marks = ",".join("?" * len(sources))
        titles = dict(db.execute(f"SELECT id, title FROM articles WHERE id IN ({marks})",
                                 sorted(sources)).fetchall()) if sources else {}
        new_years: dict[int, tuple] = {}
        for visit_id, found in inferred.items():
            v, source = by_id[visit_id], by_id[found.source_visit_id]
            start = date(found.year, v.day_month[1], v.day_month[0])
            end = start
            if v.end_day_month:
                end = date(found.year + (v.end_day_month[1] < v.day_month[1]), v.end_day_month[1],
                           v.end_day_month[0])
            evidence = (f"Cùng chuyến đi với bài «{titles[source.article_id]}» "
                        f"({source.start.strftime('%d/%m/%Y')})")
            # the article keeps the first year found for it, its visits the last
            new_years.setdefault(v.article_id, (start.isoformat(), end.isoformat(), "inferred",
                                                evidence, source.article_id, start.isoformat()))
            for other in visits_of_article[v.article_id]:
                wanted[other] = (start.isoformat(), end.isoformat(), "inferred")
            by_id[visit_id] = VisitDates(v.visit_id, v.article_id, v.leader, start, end, None, None, v.host)
        db.conn.executemany(
            "UPDATE articles SET event_start = NULL, event_end = NULL, year_basis = NULL, "
            "year_evidence = NULL, year_from_article_id = NULL, sort_key = '????-' || "
            "substr(event_day_month, 4, 2) || '-' || substr(event_day_month, 1, 2) WHERE id = ?",
            [[aid] for aid in was_inferred if aid not in new_years],
        )
        db.conn.executemany(
            "UPDATE articles SET event_start = ?, event_end = ?, year_basis = ?, year_evidence = ?, "
            "year_from_article_id = ?, sort_key = ? WHERE id = ?",
            [[*values, aid] for aid, values in new_years.items() if was_inferred.get(aid) != values],
        )
        db.conn.executemany(
            "UPDATE visits SET start = ?, \"end\" = ?, year_basis = ? WHERE id = ?",
            [[*values, vid] for vid, values in wanted.items() if current[vid] != values],
        )
        for vid, values in wanted.items():
            info[vid].append(values[0])  # the visit's start, for the order of a trip's visits
        # A trip keeps its id while it groups the same articles, so exported ids stay valid
        # across imports; a new or changed trip takes the next free id. Only visits whose trip
        # changed are written.
        old_ids: dict[frozenset, int] = {}
        for trip_id, article_ids in _trip_articles(db).items():
            old_ids.setdefault(frozenset(article_ids), trip_id)
        next_id = max(old_ids.values(), default=0) + 1
        db.execute("DELETE FROM trips")
        trip_rows, trip_of = [], {}
        for ids in group_trips(list(by_id.values())):
            trip_id = old_ids.pop(frozenset(by_id[i].article_id for i in ids), None)
            if trip_id is None:
                trip_id, next_id = next_id, next_id + 1
            dated = [by_id[i] for i in ids if by_id[i].start]
            first = min(ids, key=lambda i: (info[i][3] is None, info[i][3] or "", i))
            trip_rows.append([
                trip_id, info[first][0], info[first][1],
                min(m.start for m in dated).isoformat() if dated else None,
                max((m.end or m.start) for m in dated).isoformat() if dated else None,
                json.dumps(list(dict.fromkeys(
                    info[i][2] for i in sorted(ids, key=lambda i: (info[i][3] is None, info[i][3] or "", i))
                    if info[i][2])), ensure_ascii=False),
                json.dumps(sorted({by_id[i].article_id for i in ids})),
            ])
            trip_of.update((i, trip_id) for i in ids)
        db.conn.executemany(
            'INSERT INTO trips (id, leader_entity_id, leader, start, "end", countries, articles) '
            "VALUES (?, ?, ?, ?, ?, ?, ?)", trip_rows)
        trip_now = dict(db.execute("SELECT id, trip_id FROM visits").fetchall())
        db.conn.executemany("UPDATE visits SET trip_id = ? WHERE id = ?",
                            [[trip_of.get(vid), vid] for vid, old in trip_now.items()
                             if trip_of.get(vid) != old])
        return len(trip_rows)
