"""Where the timeline draws its visits and trips, and what lies under a point: numpy arrays, no Qt.

Kept apart from the view so the geometry of 100,000 visits is computed with array operations
(no Python object per visit) and can be tested without a window.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np

DAY = 86400.0
UNDATED_SLOTS = 12  # places along a lane in the undated column; a lane with more visits packs them closer
TRIP_BAR_OFFSET = 0.3  # a trip bar on a leader's lane sits this far under the visits


@dataclass
class VisitArrays:
    """The shown visits, one array entry per visit (``query.timeline_visits`` rows)."""

    ids: np.ndarray  # int64
    trip: np.ndarray  # int64, -1 when the visit is in no trip
    leader: list
    host: list
    start: np.ndarray  # float seconds since the epoch, NaN when the year is unknown
    end: np.ndarray

    @classmethod
    def from_rows(cls, rows: list[tuple]) -> VisitArrays:
        if not rows:
            return cls(np.zeros(0, np.int64), np.zeros(0, np.int64), [], [], np.zeros(0), np.zeros(0))
        ids, trip, leader, host, start, end = zip(*rows)
        return cls(
            np.array(ids, dtype=np.int64),
            np.array([-1 if t is None else t for t in trip], dtype=np.int64),
            list(leader), list(host),
            np.array(start, dtype=float),  # None → NaN
            np.array(end, dtype=float),
        )

    def __len__(self) -> int:
        return len(self.ids)


@dataclass
class Layout:
    x0: np.ndarray  # where each visit starts and ends on the x axis (x0 == x1: a marker)
    x1: np.ndarray
    y: np.ndarray  # its lane: 0 at the top
    ticks: list[tuple[float, str]]  # lane positions and names, for the left axis
    # trip segments: from (sx0, sy0) to (sx1, sy1), drawn for trip ``strip``
    sx0: np.ndarray = field(default_factory=lambda: np.zeros(0))
    sy0: np.ndarray = field(default_factory=lambda: np.zeros(0))
    sx1: np.ndarray = field(default_factory=lambda: np.zeros(0))
    sy1: np.ndarray = field(default_factory=lambda: np.zeros(0))
    strip: np.ndarray = field(default_factory=lambda: np.zeros(0, np.int64))
    # visits whose year is unknown: drawn in their lane in a column of their own, where x is
    # their place in the lane (1, 2, …), not a date
    undated: np.ndarray = field(default_factory=lambda: np.zeros(0, bool))
    lane_counts: list[int] = field(default_factory=list)  # visits per lane, dated or not

    @property
    def is_bar(self) -> np.ndarray:
        return self.x1 > self.x0

    @property
    def lane_names(self) -> list[str]:
        return [name for _, name in self.ticks]

    @property
    def undated_width(self) -> int:
        """The undated column's x extent: the most places one lane uses."""
        return int(np.ceil(self.x1[self.undated].max())) if self.undated.any() else 0

    def span(self) -> tuple[float, float] | None:
        """Where most dated visits are: the shortest stretch of time holding 90% of them,
        widened to the visits lying within half its width, so a few stray dates (1950 among the
        2017 visits) do not stretch the view while a visit a month before the others stays."""
        dated = ~self.undated
        if not dated.any():
            return None
        order = np.argsort(self.x0[dated], kind="stable")
        starts, ends = self.x0[dated][order], self.x1[dated][order]
        n = len(starts)
        k = max(1, int(np.ceil(0.9 * n)))
        first = int(np.argmin(starts[k - 1:] - starts[:n - k + 1]))
        lo, hi = float(starts[first]), float(ends[first:first + k].max())
        reach = max(hi - lo, 30 * DAY) / 2
        near = (starts >= lo - reach) & (ends <= hi + reach)
        return float(starts[near].min()), float(ends[near].max())

    def full_span(self) -> tuple[float, float] | None:
        dated = ~self.undated
        if not dated.any():
            return None
        return float(self.x0[dated].min()), float(self.x1[dated].max())


def lane_order(keys: list[str], counts: dict[str, int], by_count: bool, sort_key, last: str | None) -> list[str]:
    """Lane names top to bottom: in Vietnamese alphabetical order (``sort_key``) or by number
    of visits (most first, then by name); the lane ``last`` (the unknown one) at the bottom."""
    names = sorted(set(keys), key=sort_key)
    if by_count:
        names.sort(key=lambda n: -counts[n])  # stable: equal counts keep the alphabetical order
    if last in counts:
        names.remove(last)
        names.append(last)
    return names


def layout(visits: VisitArrays, keys: list[str], *, trip_bars: bool, by_count: bool = False,
           sort_key=None, unknown: str | None = None) -> Layout:
    """One lane per distinct key (one key per visit), lane 0 at the top, ordered by
    ``lane_order``; dated visits at their dates, undated ones numbered along their lane in the
    undated column; and the trip segments: with ``trip_bars`` one bar per trip and lane under
    its visits (lanes by leader), otherwise a line joining a trip's visits in date order."""
    n = len(visits)
    counts: dict[str, int] = {}
    for k in keys:
        counts[k] = counts.get(k, 0) + 1
    names = lane_order(keys, counts, by_count, sort_key or (lambda s: s), unknown)
    lanes = {name: i for i, name in enumerate(names)}
    ticks = [(float(i), name) for i, name in enumerate(names)]
    y = np.fromiter((lanes[k] for k in keys), dtype=float, count=n)
    dated = ~np.isnan(visits.start)
    x0 = visits.start.copy()
    x1 = np.where(visits.end > visits.start, visits.end + DAY, visits.start)
    undated = np.flatnonzero(~dated)
    if len(undated):  # 1, 2, 3 … along each lane in id order, packed into UNDATED_SLOTS places
        lane = y[undated].astype(np.int64)
        order = np.argsort(lane, kind="stable")
        sorted_lane = lane[order]
        first = np.r_[0, np.flatnonzero(sorted_lane[1:] != sorted_lane[:-1]) + 1]
        sizes = np.diff(np.r_[first, len(order)])
        rank = np.arange(len(order)) - np.repeat(first, sizes)
        size = np.repeat(sizes, sizes)
        step = np.where(size > UNDATED_SLOTS, (UNDATED_SLOTS - 1) / np.maximum(size - 1, 1), 1.0)
        place = np.empty(len(order), dtype=float)
        place[order] = 1 + rank * step
        x0[undated] = x1[undated] = place
    out = Layout(x0, x1, y, ticks, undated=~dated, lane_counts=[counts[name] for name in names])
    _trip_segments(out, visits.trip, dated, trip_bars)
    return out


def _trip_segments(out: Layout, trip: np.ndarray, dated: np.ndarray, bars: bool) -> None:
    rows = np.flatnonzero(dated & (trip >= 0))
    if not len(rows):
        return
    t, x0, x1, y = trip[rows], out.x0[rows], out.x1[rows], out.y[rows]
    if bars:  # one bar per (trip, lane), from its first visit's start to its last one's end
        key = t * (int(y.max()) + 1) + y.astype(np.int64)
        order = np.argsort(key, kind="stable")
        key = key[order]
        starts = np.flatnonzero(np.r_[True, key[1:] != key[:-1]])
        out.sx0 = np.minimum.reduceat(x0[order], starts)
        out.sx1 = np.maximum.reduceat(x1[order], starts)
        out.sy0 = out.sy1 = y[order][starts] + TRIP_BAR_OFFSET  # lane 0 is at the top: + is down
        out.strip = t[order][starts]
        return
    # a line through the trip's visits in date order, one segment per pair of distinct places
    mid = (x0 + x1) / 2
    order = np.lexsort((y, mid, t))
    t, mid, y = t[order], mid[order], y[order]
    keep = (t[1:] == t[:-1]) & ((mid[1:] != mid[:-1]) | (y[1:] != y[:-1]))
    out.sx0, out.sy0 = mid[:-1][keep], y[:-1][keep]
    out.sx1, out.sy1 = mid[1:][keep], y[1:][keep]
    out.strip = t[1:][keep]


def visit_at(lay: Layout, x: float, y: float, px: float, py: float, tol_px: float, undated: bool = False) -> int:
    """Row of the visit nearest (x, y) within ``tol_px`` pixels (px, py: view units per pixel),
    or -1; among the undated visits' column with ``undated``, else among the dated ones."""
    tol = tol_px * px
    near = ((lay.undated == undated) & (np.abs(lay.y - y) <= max(0.3, tol_px * abs(py)))
            & (lay.x0 - tol <= x) & (x <= lay.x1 + tol))
    rows = np.flatnonzero(near)
    if not len(rows):
        return -1
    return int(rows[np.argmin(np.abs(x - (lay.x0[rows] + lay.x1[rows]) / 2))])


def segment_at(lay: Layout, x: float, y: float, px: float, py: float, tol_px: float) -> int:
    """Index of the trip segment nearest (x, y) within ``tol_px`` pixels, or -1."""
    if not len(lay.strip):
        return -1
    ax, ay = lay.sx0 / px, lay.sy0 / py  # in pixels
    bx, by = lay.sx1 / px, lay.sy1 / py
    qx, qy = x / px, y / py
    dx, dy = bx - ax, by - ay
    length2 = dx * dx + dy * dy
    with np.errstate(invalid="ignore", divide="ignore"):
        u = np.where(length2 > 0, ((qx - ax) * dx + (qy - ay) * dy) / length2, 0.0)
    u = np.clip(u, 0.0, 1.0)
    dist = np.hypot(ax + u * dx - qx, ay + u * dy - qy)
    best = int(np.argmin(dist))
    return best if dist[best] <= tol_px else -1
