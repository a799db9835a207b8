"""Trips: a year is inferred across articles only for the same visit, and only when one year fits."""

from __future__ import annotations

from datetime import date

from app.nlp.trips import VisitDates, group_trips, infer_years


def v(vid, leader, start=None, dm=None, article=None, end=None, host="Peru"):
    return VisitDates(vid, article or vid, leader, start, end or start, dm, None, host)


def test_an_undated_report_of_a_dated_visit_takes_its_year():
    visits = [v(1, "A", date(2024, 11, 13), end=date(2024, 11, 16)), v(2, "A", dm=(14, 11))]
    assert infer_years(visits)[2].year == 2024
    assert group_trips([v(1, "A", date(2024, 11, 14)), v(2, "A", date(2024, 11, 10))]) == [[1, 2]]


def test_another_country_of_the_same_trip_is_another_visit():
    # Chile on 10/11, Peru dated 14/11/2024: one trip, but Chile's year is not stated anywhere.
    visits = [v(1, "A", date(2024, 11, 14), host="Peru"), v(2, "A", dm=(10, 11), host="Chile")]
    assert infer_years(visits) == {}
    assert infer_years([v(1, "A", date(2024, 11, 14)), v(2, "A", dm=(10, 11))]) == {}  # 4 days apart


def test_new_year_crossing():
    visits = [v(1, "A", date(2023, 12, 30), end=date(2024, 1, 3)), v(2, "A", dm=(31, 12))]
    assert infer_years(visits)[2].year == 2023


def test_other_leader_or_far_date_gives_nothing():
    assert infer_years([v(1, "A", date(2024, 11, 14)), v(2, "B", dm=(10, 11))]) == {}
    assert infer_years([v(1, "A", date(2024, 11, 14)), v(2, "A", dm=(10, 3))]) == {}


def test_two_fitting_years_leave_the_year_unknown():
    visits = [v(1, "A", date(2023, 11, 10)), v(2, "A", date(2024, 11, 11)), v(3, "A", dm=(10, 11))]
    assert 3 not in infer_years(visits)


def test_visits_of_one_article_are_one_trip_and_gaps_split_trips():
    visits = [v(1, "A", dm=(19, 10), article=7), v(2, "A", dm=(19, 10), article=7),
              v(3, "B", date(2024, 1, 1)), v(4, "B", date(2024, 3, 1))]
    assert group_trips(visits) == [[1, 2]]


def test_a_different_title_is_a_different_trip(tmp_path):
    """The same person as minister and, later, as president: no year travels between them."""
    from app.importer import import_paths
    from app.store.db import open_archive

    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a.txt").write_text(
        "Bộ trưởng Ngoại giao Phạm Quốc Hưng thăm chính thức Brazil\n\n"
        "Sáng 14/11/2024, tại Brasília, Bộ trưởng Ngoại giao Phạm Quốc Hưng đã hội đàm với người đồng cấp"
        " Brazil trong khuôn khổ chuyến thăm chính thức Brazil, hai bên nhất trí tăng cường hợp tác.\n",
        encoding="utf-8")
    (folder / "b.txt").write_text(
        "Chủ tịch nước Phạm Quốc Hưng thăm cấp nhà nước Argentina\n\n"
        "Chiều 10/11, tại Thủ đô Buenos Aires, Chủ tịch nước Phạm Quốc Hưng đã hội đàm với Tổng thống"
        " Argentina trong khuôn khổ chuyến thăm cấp nhà nước Argentina, hai bên ra tuyên bố chung.\n",
        encoding="utf-8")
    db = open_archive(tmp_path / "t.db")
    import_paths(db, [folder])
    rows = dict(db.execute("select file_name, event_start from articles").fetchall())
    assert rows == {"a.txt": "2024-11-14", "b.txt": None}


def test_trip_ids_stay_when_the_archive_changes(tmp_path):
    from pathlib import Path

    from app.importer import import_paths
    from app.reanalyze import reanalyze_article
    from app.store.db import open_archive
    from app.store.trips import rebuild_trips

    seeds = Path(__file__).resolve().parent.parent / "seeds"
    db = open_archive(tmp_path / "s.db")
    import_paths(db, [seeds / "001_41bf70ed9a5edc64.txt"])  # a trip of its own: Argentina, Peru
    import_paths(db, [seeds / "004_99c29ac0f43dab05.txt", seeds / "000_af1d64682fdf2656.txt"])

    def trip_of() -> dict[str, int]:
        return dict(db.execute("select a.file_name, v.trip_id from visits v join articles a on a.id = v.article_id")
                    .fetchall())

    before = trip_of()
    first = db.execute("select id from articles where file_name like '001%'").fetchone()[0]
    reanalyze_article(db, first)  # its visits come back with the highest ids
    rebuild_trips(db)
    assert trip_of() == before
