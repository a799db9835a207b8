"""Host-country and leader facets in the query layer, the Vietnamese sort key, and the timeline's
lane layout (pure core: no Qt)."""

from __future__ import annotations

from datetime import datetime, timezone

import numpy as np
import pytest

from app.nlp.collation import vietnamese_sort_key
from app.store.db import open_archive
from app.store.query import Filter, article_ids, visit_facets, visit_ids, visits
from app.ui.timeline_layout import UNDATED_SLOTS, VisitArrays, lane_order, layout


@pytest.fixture
def db(seeded_db_path):
    archive = open_archive(seeded_db_path)
    yield archive
    archive.conn.close()


def by(db, **where) -> set[int]:
    return {v["id"] for v in visits(db) if all(v[k] == x for k, x in where.items())}


def articles_of(db, ids: set[int]) -> set[int]:
    return {v["article_id"] for v in visits(db) if v["id"] in ids}


def test_country_facet_selects_articles_and_only_that_country_s_visits(db):
    peru = by(db, host_country="Peru")
    assert len(peru) == 2 and len(articles_of(db, peru)) == 2
    flt = Filter(countries=frozenset({"Peru"}))
    assert set(article_ids(db, flt)) == articles_of(db, peru)
    # seed 001 reports visits to Argentina and Peru: under "Peru" only its Peru visit is lit
    assert visit_ids(db, flt) == peru
    assert {v["host_country"] for v in visits(db, flt)} == {"Peru"}


def test_values_of_one_facet_are_alternatives_and_the_two_facets_hold_of_one_visit(db):
    both = Filter(countries=frozenset({"Peru", "Lào"}))
    assert visit_ids(db, both) == by(db, host_country="Peru") | by(db, host_country="Lào")
    his_peru = Filter(countries=frozenset({"Peru"}), leaders=frozenset({"Lương Cường"}))
    assert visit_ids(db, his_peru) == by(db, host_country="Peru", leader="Lương Cường")
    assert set(article_ids(db, his_peru)) == articles_of(db, by(db, host_country="Peru", leader="Lương Cường"))
    # combined with the other filters: a search that finds none of his Peru articles finds nothing
    assert article_ids(db, his_peru.with_(text="Viêng Chăn")) == []


def test_facet_counts_and_their_own_choice_left_out(db):
    countries = {f["name"]: f for f in visit_facets(db, "host_country")}
    assert {n: f["visits"] for n, f in countries.items()} == {
        c: len(by(db, host_country=c)) for c in {v["host_country"] for v in visits(db)}}
    assert [f["visits"] for f in visit_facets(db, "host_country")] == sorted(
        (f["visits"] for f in countries.values()), reverse=True)
    # choosing Peru leaves the country counts as they were (choosing Lào too would add 2) …
    chosen = Filter(countries=frozenset({"Peru"}))
    assert {f["name"]: f["visits"] for f in visit_facets(db, "host_country", chosen)} == {
        n: f["visits"] for n, f in countries.items()}
    # … and narrows the leaders to those of the Peru visits
    assert {f["name"] for f in visit_facets(db, "leader", chosen)} == {"Lương Cường", "Ngô Thị Thanh Hằng"}
    with pytest.raises(ValueError):
        visit_facets(db, "title")


def test_unknown_value_is_a_choice_too(seeded_copy_path):
    db = open_archive(seeded_copy_path)  # a private copy: this test writes
    try:
        db.execute("UPDATE visits SET host_country = NULL WHERE id = (SELECT MIN(id) FROM visits)")
        facets = {f["name"]: f["visits"] for f in visit_facets(db, "host_country")}
        assert facets[""] == 1
        assert len(visit_ids(db, Filter(countries=frozenset({""})))) == 1
    finally:
        db.conn.close()


def test_vietnamese_sort_key_orders_as_a_dictionary():
    names = ["Zimbabwe", "Đức", "Ấn Độ", "Anh", "Ả Rập Xê-út", "Ba Lan", "Bahamas", "Đan Mạch", "Dominica",
             "Úc", "Uzbekistan", "Ô-man", "Oman", "Ý", "Yemen", "Ecuador", "Ê-ti-ô-pi-a"]
    assert sorted(names, key=vietnamese_sort_key) == [
        "Ả Rập Xê-út", "Anh", "Ấn Độ", "Ba Lan", "Bahamas", "Dominica", "Đan Mạch", "Đức", "Ecuador",
        "Ê-ti-ô-pi-a", "Oman", "Ô-man", "Úc", "Uzbekistan", "Ý", "Yemen", "Zimbabwe"]
    # tones only break ties of equal letters: none, huyền, hỏi, ngã, sắc, nặng; then the case
    assert sorted(["mạ", "má", "mã", "mả", "mà", "ma", "Ma"], key=vietnamese_sort_key) == [
        "ma", "Ma", "mà", "mả", "mã", "má", "mạ"]
    assert sorted(["Lào", "Lan", "La"], key=vietnamese_sort_key) == ["La", "Lan", "Lào"]


def ts(iso: str) -> float:
    return datetime.fromisoformat(iso).replace(tzinfo=timezone.utc).timestamp()


def arrays(rows: list[tuple]) -> VisitArrays:
    """(leader, host, start ISO or None) → the arrays the timeline lays out."""
    return VisitArrays.from_rows([(i + 1, None, leader, host, ts(start) if start else None,
                                   ts(start) if start else None) for i, (leader, host, start) in enumerate(rows)])


def test_view_fits_where_most_visits_are_not_the_stray_dates():
    rows = [("A", "Nga", f"2017-{m:02d}-{d:02d}") for m in (5, 6, 7) for d in range(1, 29, 3)]
    rows += [("A", "Lào", "1951-09-07"), ("A", "Lào", "1983-06-23"), ("A", "Lào", "2016-11-20")]
    lay = layout(arrays(rows), [r[1] for r in rows], trip_bars=False)
    lo, hi = lay.span()
    assert ts("2017-05-01") <= lo <= ts("2017-05-02") and ts("2017-07-25") <= hi <= ts("2017-07-30")
    assert lay.full_span()[0] == ts("1951-09-07")  # still there, zooming out shows them
    # a visit a month before the others is not a stray date
    rows.append(("A", "Lào", "2017-04-01"))
    lay = layout(arrays(rows), [r[1] for r in rows], trip_bars=False)
    assert lay.span()[0] == ts("2017-04-01")


def test_lanes_in_vietnamese_order_or_by_visits_with_the_unknown_last():
    keys = ["Đức", "Ấn Độ", "", "Anh", "Đức", "Zambia", "Đức", "Anh"]
    counts = {k: keys.count(k) for k in keys}
    assert lane_order(keys, counts, False, vietnamese_sort_key, "") == ["Anh", "Ấn Độ", "Đức", "Zambia", ""]
    assert lane_order(keys, counts, True, vietnamese_sort_key, "") == ["Đức", "Anh", "Ấn Độ", "Zambia", ""]
    rows = [("A", k, "2017-05-01") for k in keys]
    lay = layout(arrays(rows), keys, trip_bars=False, sort_key=vietnamese_sort_key, unknown="")
    assert lay.lane_names == ["Anh", "Ấn Độ", "Đức", "Zambia", ""] and lay.lane_counts == [2, 1, 3, 1, 1]
    assert lay.y.tolist() == [2, 1, 4, 0, 2, 3, 2, 0]  # lane 0 at the top


def test_undated_visits_are_numbered_along_their_lane_and_packed_when_many():
    rows = [("A", "Nga", None)] * 3 + [("A", "Lào", None)] * 40 + [("A", "Lào", "2017-05-01")]
    keys = [r[1] for r in rows]
    lay = layout(arrays(rows), keys, trip_bars=False, sort_key=vietnamese_sort_key)
    nga = lay.undated & (lay.y == lay.lane_names.index("Nga"))
    lao = lay.undated & (lay.y == lay.lane_names.index("Lào"))
    assert lay.x0[nga].tolist() == [1.0, 2.0, 3.0]
    assert lao.sum() == 40 and lay.x0[lao].min() == 1.0 and lay.x0[lao].max() == pytest.approx(UNDATED_SLOTS)
    assert np.all(np.diff(lay.x0[lao]) > 0)  # each in its own place, in order
    assert lay.undated_width == UNDATED_SLOTS and lay.span() == (ts("2017-05-01"), ts("2017-05-01"))
