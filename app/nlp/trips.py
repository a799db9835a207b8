"""Trips: runs of visits by one leader within a few weeks, and the years they let us infer.

Seeds 000 and 004 are one trip: Chủ tịch nước Lương Cường in Chile on 10/11 and in Peru on
14/11/2024. The Chile article states no year; the Peru one does — but Chile is another visit, so
its year stays unknown. A visit whose year is unknown takes the year of a dated visit only when
that is the same visit reported by another article: the same leader, the same host country and
dates that overlap (within SAME_VISIT_SLACK days), in exactly one year — any doubt leaves the
year unknown. Trips (for the timeline) still chain a leader's visits within TRIP_GAP.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta

SAME_VISIT_SLACK = timedelta(days=1)  # an undated report of a dated visit: inside it, or a day off
TRIP_GAP = timedelta(days=14)  # the longest pause between two visits of one trip


@dataclass(frozen=True)
class VisitDates:
    visit_id: int
    article_id: int
    leader: str | None  # a stable key of the leader (entity id as text, or folded name)
    start: date | None
    end: date | None
    day_month: tuple[int, int] | None  # (day, month) when the year is unknown
    end_day_month: tuple[int, int] | None
    host: str | None = None  # the host country


@dataclass(frozen=True)
class YearFromTrip:
    year: int
    source_visit_id: int


def _on(year: int, day_month: tuple[int, int]) -> date | None:
    day, month = day_month
    try:
        return date(year, month, day)
    except ValueError:
        return None


def _distance(day: date, start: date, end: date) -> timedelta:
    if start <= day <= end:
        return timedelta(0)
    return min(abs(day - start), abs(day - end))


def infer_years(visits: Sequence[VisitDates]) -> dict[int, YearFromTrip]:
    """Years for undated visits from dated reports of the same visit, only when unambiguous."""
    dated: dict[tuple, list[VisitDates]] = defaultdict(list)
    for v in visits:
        if v.leader and v.host and v.start:
            dated[(v.leader, v.host)].append(v)
    starts: dict[tuple, list[date]] = {}
    years: dict[tuple, list[int]] = {}  # the years an undated report of the visit may fall in
    for leader, runs in dated.items():
        runs.sort(key=lambda v: v.start)
        starts[leader] = [v.start for v in runs]
        years[leader] = sorted({v.start.year + k for v in runs for k in (-1, 0, 1)})
    longest = max((v.end - v.start for v in visits if v.start and v.end), default=timedelta(0))
    inferred: dict[int, YearFromTrip] = {}
    for v in visits:
        key = (v.leader, v.host)
        if v.start or not v.day_month or key not in dated:
            continue
        runs, keys = dated[key], starts[key]
        options: dict[int, int] = {}
        for year in years[key]:
            day = _on(year, v.day_month)
            if day is None:
                continue
            # Only dated visits starting within the window (plus the longest visit) can be near.
            lo = bisect_left(keys, day - SAME_VISIT_SLACK - longest)
            hi = bisect_right(keys, day + SAME_VISIT_SLACK)
            for other in runs[lo:hi]:
                if _distance(day, other.start, other.end or other.start) <= SAME_VISIT_SLACK:
                    options.setdefault(year, other.visit_id)
                    break
        if len(options) == 1:
            (year, source), = options.items()
            inferred[v.visit_id] = YearFromTrip(year, source)
    return inferred


def group_trips(visits: Sequence[VisitDates]) -> list[list[int]]:
    """Visit ids grouped into trips of two or more visits (dated ones chained by date, and
    visits reported by the same article)."""
    parent = {v.visit_id: v.visit_id for v in visits}

    def find(x: int) -> int:
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    def union(a: int, b: int) -> None:
        parent[find(a)] = find(b)

    by_article = defaultdict(list)
    by_leader = defaultdict(list)
    for v in visits:
        by_article[v.article_id].append(v.visit_id)
        if v.leader and v.start:
            by_leader[v.leader].append(v)
    for ids in by_article.values():
        for other in ids[1:]:
            union(ids[0], other)
    for runs in by_leader.values():
        runs.sort(key=lambda v: v.start)
        for prev, nxt in zip(runs, runs[1:]):
            if nxt.start - (prev.end or prev.start) <= TRIP_GAP:
                union(prev.visit_id, nxt.visit_id)
    groups = defaultdict(list)
    for v in visits:
        groups[find(v.visit_id)].append(v.visit_id)
    return [sorted(ids) for ids in groups.values() if len(ids) >= 2]
