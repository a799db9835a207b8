"""Trips: a year is inferred across articles only when one year fits."""

from __future__ import annotations

from datetime import date

from app.nlp.trips import VisitDates, group_trips, infer_years


def v(vid, leader, start=None, dm=None, article=None, end=None):
    return VisitDates(vid, article or vid, leader, start, end or start, dm, None)


def test_undated_visit_takes_the_year_of_the_same_leaders_trip():
    visits = [v(1, "A", date(2024, 11, 14)), v(2, "A", dm=(10, 11))]
    assert infer_years(visits)[2].year == 2024
    assert group_trips([v(1, "A", date(2024, 11, 14)), v(2, "A", date(2024, 11, 10))]) == [[1, 2]]


def test_new_year_crossing():
    assert infer_years([v(1, "A", date(2024, 1, 3)), v(2, "A", dm=(28, 12))])[2].year == 2023


def test_other_leader_or_far_date_gives_nothing():
    assert infer_years([v(1, "A", date(2024, 11, 14)), v(2, "B", dm=(10, 11))]) == {}
    assert infer_years([v(1, "A", date(2024, 11, 14)), v(2, "A", dm=(10, 3))]) == {}


def test_two_fitting_years_leave_the_year_unknown():
    visits = [v(1, "A", date(2023, 11, 12)), v(2, "A", date(2024, 11, 14)), v(3, "A", dm=(10, 11))]
    assert 3 not in infer_years(visits)


def test_visits_of_one_article_are_one_trip_and_gaps_split_trips():
    visits = [v(1, "A", dm=(19, 10), article=7), v(2, "A", dm=(19, 10), article=7),
              v(3, "B", date(2024, 1, 1)), v(4, "B", date(2024, 3, 1))]
    assert group_trips(visits) == [[1, 2]]
