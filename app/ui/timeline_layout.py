"""Where the timeline draws its visits and trips, and what lies under a point: numpy arrays, no Qt.

Kept apart from the view so the geometry of 100,000 visits is computed with array operations
(no Python object per visit) and can be tested without a window.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np

DAY = 86400.0
UNDATED_STEP = 20 * DAY  # gap between undated visits in their lane (closer when there are many)
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
    y: np.ndarray  # its lane
    ticks: list[tuple[float, str]]  # lane positions and names, for the left axis
    # trip segments: from (sx0, sy0) to (sx1, sy1), drawn for trip ``strip``
    sx0: np.ndarray = field(default_factory=lambda: np.zeros(0))
    sy0: np.ndarray = field(default_factory=lambda: np.zeros(0))
    sx1: np.ndarray = field(default_factory=lambda: np.zeros(0))
    sy1: np.ndarray = field(default_factory=lambda: np.zeros(0))
    strip: np.ndarray = field(default_factory=lambda: np.zeros(0, np.int64))
    undated_from: float | None = None  # where the undated visits' band starts: no dates there

    @property
    def is_bar(self) -> np.ndarray:
        return self.x1 > self.x0

    def span(self) -> tuple[float, float] | None:
        if not len(self.x0):
            return None
        return float(self.x0.min()), float(self.x1.max())


def layout(visits: VisitArrays, keys: list[str], undated_name: str, today: float,
           trip_bars: bool) -> Layout:
    """Lanes named by ``keys`` (one per visit; sorted, A at the top) plus an undated lane, and
    the trip segments: with ``trip_bars`` one bar per trip and lane under its visits (lanes by
    leader), otherwise a line joining a trip's visits in date order (lanes by country)."""
    n = len(visits)
    dated = ~np.isnan(visits.start)
    dated_rows = np.flatnonzero(dated)
    names = sorted({keys[i] for i in dated_rows.tolist()}, reverse=True)
    lanes = {name: i for i, name in enumerate(names)}
    ticks = [(float(i), name) for name, i in lanes.items()]
    y = np.fromiter((lanes.get(k, -1) for k in keys), dtype=float, count=n)
    x0 = visits.start.copy()
    x1 = np.where(visits.end > visits.start, visits.end + DAY, visits.start)
    undated = np.flatnonzero(~dated)
    if len(undated):
        lane = float(len(names))
        ticks.append((lane, undated_name))
        if len(dated_rows):
            lo, right = float(np.nanmin(x0)), float(np.nanmax(x1))
        else:
            lo = right = today
        band = max(3 * UNDATED_STEP, 0.15 * (right - lo))  # many undated visits share a band
        step = min(UNDATED_STEP, band / len(undated))
        x0[undated] = x1[undated] = right + step * np.arange(1, len(undated) + 1)
        y[undated] = lane
    out = Layout(x0, x1, y, ticks)
    if len(undated):
        out.undated_from = right + step / 2
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
        out.sy0 = out.sy1 = y[order][starts] - TRIP_BAR_OFFSET
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


def visit_at(lay: Layout, x: float, y: float, px: float, py: float, tol_px: float) -> int:
    """Row of the visit nearest (x, y) within ``tol_px`` pixels (px, py: view units per pixel),
    or -1."""
    tol = tol_px * px
    near = (np.abs(lay.y - y) <= max(0.3, tol_px * py)) & (lay.x0 - tol <= x) & (x <= lay.x1 + tol)
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
