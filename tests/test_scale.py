"""Behaviour behind the scale work (timings live in tests/benchmark_scale.py)."""

from __future__ import annotations

from pathlib import Path

from app.importer import import_paths
from app.paths import seeds_dir
from app.store.db import open_archive
from app.store.query import Filter, article_ids, entity_facets, visit_ids, visits
from app.store.trips import rebuild_trips


def _db(tmp_path: Path):
    db = open_archive(tmp_path / "a.db")
    import_paths(db, [seeds_dir()])
    return db


def _counts(db) -> dict[int, int]:
    return dict(db.execute("SELECT entity_id, COUNT(*) FROM mentions GROUP BY entity_id").fetchall())


def test_article_count_follows_mentions(tmp_path):
    db = _db(tmp_path)
    stored = dict(db.execute("SELECT id, article_count FROM entities WHERE article_count > 0").fetchall())
    assert stored == _counts(db)
    eid, aid = db.execute("SELECT entity_id, article_id FROM mentions LIMIT 1").fetchone()
    db.execute("DELETE FROM mentions WHERE entity_id = ? AND article_id = ?", [eid, aid])
    assert db.execute("SELECT article_count FROM entities WHERE id = ?", [eid]).fetchone()[0] == _counts(db).get(eid, 0)


def test_unfiltered_facets_match_a_filtered_count(tmp_path):
    db = _db(tmp_path)
    everything = Filter(date_from="0001-01-01")  # filtered path, but every dated article
    dated = {f["id"]: f["articles"] for f in entity_facets(db, everything)}
    facets = entity_facets(db)
    assert {f["id"]: f["articles"] for f in facets} == _counts(db)
    for f in facets:
        assert dated.get(f["id"], 0) <= f["articles"]
    assert [f["articles"] for f in facets] == sorted((f["articles"] for f in facets), reverse=True)


def test_article_sorts_are_total_and_reversible(tmp_path):
    db = _db(tmp_path)
    for sort in ("date", "title", "leader", "country", "source"):
        up = article_ids(db, Filter(), sort=sort)
        assert sorted(up) == sorted(article_ids(db, Filter(), sort=sort, descending=True))
    dates = article_ids(db, Filter())
    assert article_ids(db, Filter(), descending=True) == dates[::-1]


def test_visit_ids_match_visits(tmp_path):
    db = _db(tmp_path)
    for flt in (Filter(), Filter(text="Peru")):
        assert visit_ids(db, flt) == {v["id"] for v in visits(db, flt)}


def test_rebuild_trips_is_idempotent(tmp_path):
    db = _db(tmp_path)
    snapshot = "SELECT id, event_start, year_basis, year_from_article_id, sort_key FROM articles ORDER BY id"
    before = db.execute(snapshot).fetchall(), db.execute("SELECT * FROM trips").fetchall()
    assert rebuild_trips(db) == len(before[1])
    assert (db.execute(snapshot).fetchall(), db.execute("SELECT * FROM trips").fetchall()) == before
    assert any(r[2] == "inferred" for r in before[0])  # seeds 000/004: the Chile year is inferred
