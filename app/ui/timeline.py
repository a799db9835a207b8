"""The visit timeline: one lane per host country (or leader), a bar or marker per visit, trips.

Visits whose year is unknown get their own lane ("Chưa rõ năm") at the right edge. A trip is a
translucent bar on its leader's lane (lanes by leader) or a light line joining its visits (lanes
by country). Clicking a visit or a trip filters on its visits, a date-range region filters by
dates, and visits of the current filter and of the article being read are highlighted while the
others are dimmed.

Built for 100,000 articles: visits live in numpy arrays drawn by one item per highlight state
(so a selection change only hands each item new arrays), hit-testing is vectorised, and a
visit's details are fetched only for the tooltip of the one under the mouse.
"""

from __future__ import annotations

import gc
from datetime import datetime, timezone

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QPointF, QSignalBlocker, Qt
from PySide6.QtGui import QColor, QCursor, QFontMetrics
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QToolButton, QToolTip, QVBoxLayout, QWidget

from app.store.query import (
    Filter,
    article_visits,
    display_date,
    timeline_visits,
    trip,
    visit,
    visit_ids,
    visits,
)
from app.ui.archive import Archive
from app.ui.selection import Selection
from app.ui.timeline_axis import VietDateAxis
from app.ui.timeline_items import MarkerItem
from app.ui.timeline_layout import VisitArrays, layout, segment_at
from app.ui.timeline_layout import visit_at as visit_row_at

DAY = 86400.0
STATES = ("dim", "normal", "match", "article")  # painted in this order: highlights on top
DIM, NORMAL, MATCH, ARTICLE = range(4)
COLOURS = {
    "normal": "#4a7fc1",
    "dim": "#cfd7e2",
    "match": "#e8890c",
    "article": "#c0392b",
}
TRIP_COLOURS = ((74, 127, 193, 70), (232, 137, 12, 110))  # (normal, highlighted), translucent
TRIP_WIDTH = {0: 5, 1: 18}  # pen width in pixels: a line across country lanes, a bar on a leader's lane
HIT_PX = 7  # how near the mouse must be to a visit, in pixels


def to_ts(iso: str) -> float:
    y, m, d = (int(p) for p in iso.split("-"))
    return datetime(y, m, d, tzinfo=timezone.utc).timestamp()


def to_iso(ts: float) -> str:
    return datetime.fromtimestamp(ts, tz=timezone.utc).date().isoformat()


class TimelinePlot(pg.PlotWidget):
    """The plot itself (objectName ``timeline``)."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent, background="w", axisItems={"bottom": VietDateAxis("bottom")})
        self.setObjectName("timeline")
        item = self.getPlotItem()
        item.setMouseEnabled(x=True, y=False)
        item.hideButtons()
        item.setMenuEnabled(False)
        item.showGrid(x=True, y=False, alpha=0.15)
        for name in ("left", "bottom"):
            ax = item.getAxis(name)
            ax.setPen(pg.mkPen("#888888"))
            ax.setTextPen(pg.mkPen("#333333"))


def _load_visits(archive: Archive) -> VisitArrays:
    """The shown visits as arrays. The cyclic garbage collector is paused meanwhile: the
    100,000 row tuples hold no cycles, and full collections scanning a large heap while they
    are made cost more than the query."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        return VisitArrays.from_rows(timeline_visits(archive.db))
    finally:
        if enabled:
            gc.enable()


class TimelineView(QWidget):
    """Lane switch, date-range toggle and the plot."""

    def __init__(self, archive: Archive, selection: Selection, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("timelinePane")
        self._archive = archive
        self._selection = selection
        self._data = VisitArrays.from_rows([])
        self._lay = layout(self._data, [], "", 0.0, False)
        self._state = np.zeros(0, np.int8)
        self._shown: tuple | None = None
        self._hover: tuple | None = None
        self._region: pg.LinearRegionItem | None = None

        title = QLabel(self.tr("Dòng thời gian chuyến thăm"), self)
        title.setStyleSheet("font-weight:600")
        self.lane_combo = QComboBox(self)
        self.lane_combo.setObjectName("timelineLanes")
        self.lane_combo.addItems([self.tr("Theo nước chủ nhà"), self.tr("Theo trưởng đoàn")])
        self.range_button = QToolButton(self)
        self.range_button.setObjectName("timelineRange")
        self.range_button.setText(self.tr("Chọn khoảng ngày"))
        self.range_button.setCheckable(True)
        self.range_button.setToolTip(self.tr("Kéo hai mép vùng chọn để lọc theo khoảng ngày"))
        self.fit_button = QToolButton(self)
        self.fit_button.setText(self.tr("Xem toàn bộ"))
        self.plot = TimelinePlot(self)
        bar = QHBoxLayout()
        bar.setContentsMargins(6, 2, 6, 0)
        bar.addWidget(title)
        bar.addStretch(1)
        bar.addWidget(self.range_button)
        bar.addWidget(self.fit_button)
        bar.addWidget(self.lane_combo)
        layout_ = QVBoxLayout(self)
        layout_.setContentsMargins(0, 0, 0, 0)
        layout_.setSpacing(2)
        layout_.addLayout(bar)
        layout_.addWidget(self.plot, 1)

        # one trip item per look (normal, highlighted) and one bar and one marker item per
        # highlight state, each of a single colour: a selection change only hands them arrays
        # the undated visits' band: shaded, and the date axis prints nothing under it
        self._undated_band = pg.LinearRegionItem(movable=False, brush=pg.mkBrush(QColor(120, 120, 120, 28)),
                                                 pen=pg.mkPen(QColor(120, 120, 120, 90)))
        self._undated_band.setZValue(-10)
        self._undated_band.setToolTip(self.tr("Chưa rõ năm: vị trí trên trục không phải ngày"))
        self._undated_band.hide()
        self.plot.addItem(self._undated_band, ignoreBounds=True)
        self._trip_items = []
        for z in range(len(TRIP_COLOURS)):
            item = pg.PlotCurveItem(connect="pairs")
            item.setZValue(-2 + z)
            self._trip_items.append(item)
            self.plot.addItem(item)
        self._bar_items, self._marker_items = [], []
        for z, state in enumerate(STATES):
            colour = QColor(COLOURS[state])
            bars = pg.BarGraphItem(x0=[], x1=[], y=[], height=0.5, brush=pg.mkBrush(colour),
                                   pen=pg.mkPen(QColor(0, 0, 0, 70)))
            markers = MarkerItem("d", 13, pg.mkPen(colour.darker(140)), pg.mkBrush(colour))
            for item in (bars, markers):
                item.setZValue(z)
                self.plot.addItem(item)
            self._bar_items.append(bars)
            self._marker_items.append(markers)

        self.lane_combo.currentIndexChanged.connect(self.on_lanes_changed)
        self.range_button.toggled.connect(self.on_range_toggled)
        self.fit_button.clicked.connect(self.fit)
        scene = self.plot.scene()
        scene.sigMouseMoved.connect(self.on_mouse_moved)
        scene.sigMouseClicked.connect(self.on_mouse_clicked)
        selection.changed.connect(self.on_selection_changed)
        archive.contents_changed.connect(self.reload)
        self.reload()

    # --- data --------------------------------------------------------------------------------
    def reload(self) -> None:
        self._data = _load_visits(self._archive)
        self._layout_lanes()
        self._shown = None
        self._hover = None
        self.on_selection_changed()
        self.fit()

    @property
    def _visits(self) -> list[dict]:
        """The visits shown, as full rows (queried on demand: the view keeps only arrays)."""
        return visits(self._archive.db)

    @property
    def by_leader(self) -> bool:
        return self.lane_combo.currentIndex() == 1

    def _layout_lanes(self) -> None:
        if self.by_leader:
            unknown = self.tr("Không rõ trưởng đoàn")
            keys = [k or unknown for k in self._data.leader]
        else:
            unknown = self.tr("Không rõ nước")
            keys = [k or unknown for k in self._data.host]
        today = datetime.now(timezone.utc).replace(hour=0, minute=0, second=0, microsecond=0).timestamp()
        self._lay = layout(self._data, keys, self.tr("Chưa rõ năm"), today, trip_bars=self.by_leader)
        ticks = self._lay.ticks
        self._lane_count = len(ticks)
        band_from = self._lay.undated_from
        self.plot.getPlotItem().getAxis("bottom").blank_from = band_from
        self._undated_band.setVisible(band_from is not None)
        if band_from is not None:
            self._undated_band.setRegion((band_from, band_from + 10 * 365 * DAY))
        axis = self.plot.getPlotItem().getAxis("left")
        axis.setTicks([ticks, []])
        metrics = QFontMetrics(axis.font() if hasattr(axis, "font") else self.font())
        width = max((metrics.horizontalAdvance(name) for _, name in ticks), default=40) + 18
        axis.setWidth(min(max(width, 60), 200))
        width = TRIP_WIDTH[int(self.by_leader)]
        for item, rgba in zip(self._trip_items, TRIP_COLOURS):
            pen = pg.mkPen(QColor(*rgba), width=width)
            pen.setCapStyle(Qt.PenCapStyle.RoundCap)
            item.setPen(pen)
        self.plot.getPlotItem().setYRange(-0.7, max(self._lane_count, 1) - 0.3, padding=0)

    def fit(self) -> None:
        span = self._lay.span()
        if span is None:
            return
        lo, hi = span
        width = max(hi - lo, 30 * DAY)
        self.plot.getPlotItem().setXRange(lo - 0.08 * width, hi + 0.08 * width, padding=0)
        self.plot.getPlotItem().setYRange(-0.7, max(self._lane_count, 1) - 0.3, padding=0)

    # --- incoming ----------------------------------------------------------------------------
    def on_lanes_changed(self, _index: int) -> None:
        self._layout_lanes()
        self._shown = None
        self._hover = None
        self.on_selection_changed()

    def on_selection_changed(self) -> None:
        flt = self._selection.filter
        key = (flt, self._selection.article_id)
        if key == self._shown:
            return
        self._shown = key
        ids = self._data.ids
        state = np.full(len(ids), NORMAL if flt.is_empty else DIM, dtype=np.int8)
        if not flt.is_empty:
            matching = visit_ids(self._archive.db, flt)
            state[np.isin(ids, np.fromiter(matching, np.int64, len(matching)))] = MATCH
        if self._selection.article_id is not None:
            own = [v["id"] for v in article_visits(self._archive.db, self._selection.article_id)]
            if own:
                if flt.is_empty:
                    state[state == NORMAL] = DIM
                state[np.isin(ids, np.array(own, dtype=np.int64))] = ARTICLE
        self._state = state
        self._redraw()
        self._apply_region(flt)

    def _redraw(self) -> None:
        lay, state = self._lay, self._state
        is_bar = lay.is_bar
        for s in range(len(STATES)):
            mine = state == s
            bars, marks = mine & is_bar, mine & ~is_bar
            self._bar_items[s].setOpts(x0=lay.x0[bars], x1=lay.x1[bars], y=lay.y[bars], height=0.5)
            self._marker_items[s].setData(x=lay.x0[marks], y=lay.y[marks])
        lit_trips = np.unique(self._data.trip[(state >= MATCH) & (self._data.trip >= 0)])
        lit = np.isin(lay.strip, lit_trips)
        for item, segments in zip(self._trip_items, (~lit, lit)):
            x = np.column_stack((lay.sx0[segments], lay.sx1[segments])).ravel()
            y = np.column_stack((lay.sy0[segments], lay.sy1[segments])).ravel()
            item.setData(x=x, y=y, connect="pairs")

    def _apply_region(self, flt: Filter) -> None:
        has_range = bool(flt.date_from or flt.date_to)
        with QSignalBlocker(self.range_button):
            self.range_button.setChecked(has_range)
        if not has_range:
            self._remove_region()
            return
        lo, hi = self.plot.getPlotItem().getViewBox().viewRange()[0]
        x0 = to_ts(flt.date_from) if flt.date_from else lo
        x1 = to_ts(flt.date_to) + DAY if flt.date_to else hi
        if self._region is None:
            self._add_region(x0, x1)
        else:
            with QSignalBlocker(self._region):
                self._region.setRegion((x0, x1))

    def _add_region(self, x0: float, x1: float) -> None:
        self._region = pg.LinearRegionItem(values=(x0, x1), brush=pg.mkBrush(70, 130, 200, 40))
        self._region.setZValue(-10)
        self._region.sigRegionChangeFinished.connect(self.on_region_changed)
        self.plot.addItem(self._region)

    def _remove_region(self) -> None:
        if self._region is not None:
            self.plot.removeItem(self._region)
            self._region = None

    # --- outgoing ----------------------------------------------------------------------------
    def on_range_toggled(self, checked: bool) -> None:
        if checked:
            lo, hi = self.plot.getPlotItem().getViewBox().viewRange()[0]
            third = (hi - lo) / 3
            self._add_region(lo + third, hi - third)
            self.on_region_changed()
        else:
            self._remove_region()
            self._selection.update_filter(date_from=None, date_to=None)

    def on_region_changed(self, *_args) -> None:
        if self._region is None:
            return
        x0, x1 = self._region.getRegion()
        self._selection.update_filter(date_from=to_iso(x0), date_to=to_iso(max(x0, x1 - 1)))

    def _view_point(self, scene_pos: QPointF) -> tuple[float, float, float, float] | None:
        vb = self.plot.getPlotItem().getViewBox()
        if not vb.sceneBoundingRect().contains(scene_pos):
            return None
        p = vb.mapSceneToView(scene_pos)
        px, py = vb.viewPixelSize()
        return p.x(), p.y(), px, py

    def visit_at(self, scene_pos: QPointF) -> int | None:
        """Id of the visit under a scene position, with a few pixels of tolerance."""
        point = self._view_point(scene_pos)
        row = -1 if point is None else visit_row_at(self._lay, *point, HIT_PX)
        return None if row < 0 else int(self._data.ids[row])

    def trip_at(self, scene_pos: QPointF) -> int | None:
        """Id of the trip whose bar or line is under a scene position (visits come first)."""
        point = self._view_point(scene_pos)
        if point is None:
            return None
        tol = TRIP_WIDTH[int(self.by_leader)] / 2 + 3
        seg = segment_at(self._lay, *point, tol)
        return None if seg < 0 else int(self._lay.strip[seg])

    def _row(self, visit_id: int) -> int:
        return int(np.flatnonzero(self._data.ids == visit_id)[0])

    def scene_pos_of(self, visit_id: int) -> QPointF:
        """Scene position of a visit's centre (for tests and keyboard access)."""
        row = self._row(visit_id)
        x = (self._lay.x0[row] + self._lay.x1[row]) / 2
        return self.plot.getPlotItem().getViewBox().mapViewToScene(QPointF(x, self._lay.y[row]))

    def trip_segments(self, trip_id: int) -> list[tuple[float, float, float, float]]:
        """The trip's drawn segments (x0, y0, x1, y1) in view coordinates."""
        lay = self._lay
        return [(float(lay.sx0[i]), float(lay.sy0[i]), float(lay.sx1[i]), float(lay.sy1[i]))
                for i in np.flatnonzero(lay.strip == trip_id)]

    def scene_pos_of_trip(self, trip_id: int) -> QPointF:
        """Scene position of the middle of a trip's first bar or line."""
        x0, y0, x1, y1 = self.trip_segments(trip_id)[0]
        return self.plot.getPlotItem().getViewBox().mapViewToScene(QPointF((x0 + x1) / 2, (y0 + y1) / 2))

    def trip_ids(self) -> set[int]:
        """Trips drawn on the timeline."""
        return {int(t) for t in np.unique(self._lay.strip)}

    def trip_visit_ids(self, trip_id: int) -> frozenset[int]:
        return frozenset(int(i) for i in self._data.ids[self._data.trip == trip_id])

    def visit_tooltip(self, visit_id: int) -> str:
        v = visit(self._archive.db, visit_id)
        if v is None:
            return ""
        who = " ".join(x for x in (v.get("leader_title"), v.get("leader")) if x) or self.tr("(không rõ)")
        when = display_date(v.get("start"), v.get("end"), v.get("day_month"), None, v.get("year_basis"))
        host, day, places = self.tr("Nước chủ nhà"), self.tr("Ngày"), self.tr("Địa điểm")
        lines = [who, f"{host}: {v.get('host_country') or '?'}", f"{day}: {when}"]
        if v.get("places"):
            lines.append(f"{places}: {', '.join(v['places'])}")
        if v.get("trip_id") is not None:
            text = self.trip_tooltip(v["trip_id"])
            if text:
                lines.append(text)
        return "\n".join(lines)

    def trip_tooltip(self, trip_id: int) -> str:
        t = trip(self._archive.db, trip_id)
        if t is None:
            return ""
        return self.tr("Chuyến đi: {leader}, {countries}, {dates}").format(
            leader=t["leader"] or self.tr("(không rõ)"), countries=", ".join(t["countries"]) or "?",
            dates=display_date(t["start"], t["end"], None) or "?")

    def _item_at(self, scene_pos: QPointF) -> tuple[str, int] | None:
        vid = self.visit_at(scene_pos)
        if vid is not None:
            return ("visit", vid)
        tid = self.trip_at(scene_pos)
        return None if tid is None else ("trip", tid)

    def on_mouse_moved(self, scene_pos: QPointF) -> None:
        item = self._item_at(scene_pos)
        if item is None:
            self._hover = None
            QToolTip.hideText()
            self.plot.setCursor(Qt.CursorShape.ArrowCursor)
            return
        self.plot.setCursor(Qt.CursorShape.PointingHandCursor)
        if item != self._hover:  # details are fetched once per visit or trip entered
            self._hover = item
            kind, key = item
            self._hover_text = self.visit_tooltip(key) if kind == "visit" else self.trip_tooltip(key)
        QToolTip.showText(QCursor.pos(), self._hover_text, self.plot)

    def on_mouse_clicked(self, event) -> None:
        if event.button() != Qt.MouseButton.LeftButton:
            return
        item = self._item_at(event.scenePos())
        current = self._selection.visit_ids
        if item is None:
            if current and self._region is None:
                self._selection.set_visits(frozenset())
            return
        event.accept()
        kind, key = item
        chosen = frozenset({key}) if kind == "visit" else self.trip_visit_ids(key)
        if event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            self._selection.set_visits(current - chosen if chosen <= current else current | chosen)
        else:
            self._selection.set_visits(chosen)

    def highlighted_visit_ids(self) -> set[int]:
        return {int(i) for i in self._data.ids[self._state >= MATCH]}
