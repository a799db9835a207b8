"""The visit timeline: one lane per host country (or leader), a bar or marker per visit.

Visits whose year is unknown get their own lane ("Chưa rõ năm") at the right edge. Clicking a
visit filters on it, a date-range region filters by dates, and visits of the current filter and
of the article being read are highlighted while the others are dimmed.
"""

from __future__ import annotations

from datetime import date, datetime, timezone

import pyqtgraph as pg
from PySide6.QtCore import QPointF, QSignalBlocker, Qt
from PySide6.QtGui import QColor, QCursor, QFontMetrics
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QToolButton, QToolTip, QVBoxLayout, QWidget

from app.store.query import Filter, article_visits, display_date, visit_ids, visits
from app.ui.archive import Archive
from app.ui.selection import Selection

DAY = 86400.0
COLOURS = {
    "normal": "#4a7fc1",
    "dim": "#cfd7e2",
    "match": "#e8890c",
    "article": "#c0392b",
}


def to_ts(iso: str) -> float:
    y, m, d = (int(p) for p in iso.split("-"))
    return datetime(y, m, d, tzinfo=timezone.utc).timestamp()


def to_iso(ts: float) -> str:
    return datetime.fromtimestamp(ts, tz=timezone.utc).date().isoformat()


class TimelinePlot(pg.PlotWidget):
    """The plot itself (objectName ``timeline``)."""

    def __init__(self, parent=None) -> None:
        axis = pg.DateAxisItem(orientation="bottom", utcOffset=0)
        super().__init__(parent, background="w", axisItems={"bottom": axis})
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


class TimelineView(QWidget):
    """Lane switch, date-range toggle and the plot."""

    def __init__(self, archive: Archive, selection: Selection, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("timelinePane")
        self._archive = archive
        self._selection = selection
        self._visits: list[dict] = []
        self._pos: dict[int, tuple[float, float, float]] = {}  # id → (x0, x1, lane); x0 == x1: marker
        self._state: dict[int, str] = {}
        self._shown: tuple | None = None
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
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addLayout(bar)
        layout.addWidget(self.plot, 1)

        self._bars = pg.BarGraphItem(x0=[], x1=[], y=[], height=0.5)
        self._markers = pg.ScatterPlotItem(size=13, symbol="d", pxMode=True)
        self.plot.addItem(self._bars)
        self.plot.addItem(self._markers)

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
        self._visits = visits(self._archive.db)
        self._layout_lanes()
        self._shown = None
        self.on_selection_changed()
        self.fit()

    def _lane_key(self, visit: dict) -> str:
        if self.lane_combo.currentIndex() == 1:
            return visit.get("leader") or self.tr("Không rõ trưởng đoàn")
        return visit.get("host_country") or self.tr("Không rõ nước")

    def _layout_lanes(self) -> None:
        dated = [v for v in self._visits if v.get("start")]
        undated = [v for v in self._visits if not v.get("start")]
        names = sorted({self._lane_key(v) for v in dated}, reverse=True)  # A at the top
        lanes = {name: i for i, name in enumerate(names)}
        ticks = [(i, name) for name, i in lanes.items()]
        self._pos.clear()
        for v in dated:
            x0 = to_ts(v["start"])
            x1 = to_ts(v["end"]) + DAY if v.get("end") and v["end"] != v["start"] else x0
            self._pos[v["id"]] = (x0, x1, float(lanes[self._lane_key(v)]))
        if undated:
            lane = float(len(names))
            ticks.append((lane, self.tr("Chưa rõ năm")))
            right = max((p[1] for p in self._pos.values()), default=to_ts(date.today().isoformat()))
            for i, v in enumerate(undated, start=1):
                x = right + i * 20 * DAY
                self._pos[v["id"]] = (x, x, lane)
        self._lane_count = len(ticks)
        axis = self.plot.getPlotItem().getAxis("left")
        axis.setTicks([ticks, []])
        metrics = QFontMetrics(axis.font() if hasattr(axis, "font") else self.font())
        width = max((metrics.horizontalAdvance(name) for _, name in ticks), default=40) + 18
        axis.setWidth(min(max(width, 60), 200))
        self.plot.getPlotItem().setYRange(-0.7, max(self._lane_count, 1) - 0.3, padding=0)

    def fit(self) -> None:
        if not self._pos:
            return
        lo = min(p[0] for p in self._pos.values())
        hi = max(p[1] for p in self._pos.values())
        span = max(hi - lo, 30 * DAY)
        self.plot.getPlotItem().setXRange(lo - 0.08 * span, hi + 0.08 * span, padding=0)
        self.plot.getPlotItem().setYRange(-0.7, max(self._lane_count, 1) - 0.3, padding=0)

    # --- incoming ----------------------------------------------------------------------------
    def on_lanes_changed(self, _index: int) -> None:
        self._layout_lanes()
        self._shown = None
        self.on_selection_changed()

    def on_selection_changed(self) -> None:
        flt = self._selection.filter
        key = (flt, self._selection.article_id)
        if key == self._shown:
            return
        self._shown = key
        matching = visit_ids(self._archive.db, flt) if not flt.is_empty else set()
        article = set()
        if self._selection.article_id is not None:
            article = {v["id"] for v in article_visits(self._archive.db, self._selection.article_id)}
        self._state = {}
        for v in self._visits:
            vid = v["id"]
            if vid in article:
                self._state[vid] = "article"
            elif vid in matching:
                self._state[vid] = "match"
            elif flt.is_empty and not article:
                self._state[vid] = "normal"
            else:
                self._state[vid] = "dim"
        self._redraw()
        self._apply_region(flt)

    def _redraw(self) -> None:
        bars = [(vid, p) for vid, p in self._pos.items() if p[1] > p[0]]
        marks = [(vid, p) for vid, p in self._pos.items() if p[1] <= p[0]]
        # dimmed first, so highlighted visits are painted on top
        order = {"dim": 0, "normal": 1, "match": 2, "article": 3}
        bars.sort(key=lambda b: order[self._state.get(b[0], "normal")])
        marks.sort(key=lambda m: order[self._state.get(m[0], "normal")])
        brush = {state: pg.mkBrush(colour) for state, colour in COLOURS.items()}  # one per state
        pen = {state: pg.mkPen(QColor(colour).darker(140)) for state, colour in COLOURS.items()}
        self._bars.setOpts(
            x0=[p[0] for _, p in bars], x1=[p[1] for _, p in bars], y=[p[2] for _, p in bars], height=0.5,
            brushes=[brush[self._state.get(v, "normal")] for v, _ in bars],
            pen=pg.mkPen(QColor(0, 0, 0, 70)),  # one pen: pyqtgraph 0.14 fails on an empty pens list
        )
        self._markers.setData(
            x=[p[0] for _, p in marks], y=[p[2] for _, p in marks],
            brush=[brush[self._state.get(v, "normal")] for v, _ in marks],
            pen=[pen[self._state.get(v, "normal")] for v, _ in marks],
            data=[v for v, _ in marks],
        )

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

    def visit_at(self, scene_pos: QPointF) -> int | None:
        """Id of the visit under a scene position, with a few pixels of tolerance."""
        vb = self.plot.getPlotItem().getViewBox()
        if not vb.sceneBoundingRect().contains(scene_pos):
            return None
        p = vb.mapSceneToView(scene_pos)
        px, py = vb.viewPixelSize()
        best, best_d = None, None
        for vid, (x0, x1, lane) in self._pos.items():
            if abs(p.y() - lane) > max(0.3, 7 * py):
                continue
            tol = 7 * px
            if x0 - tol <= p.x() <= x1 + tol:
                d = abs(p.x() - (x0 + x1) / 2)
                if best_d is None or d < best_d:
                    best, best_d = vid, d
        return best

    def scene_pos_of(self, visit_id: int) -> QPointF:
        """Scene position of a visit's centre (for tests and keyboard access)."""
        x0, x1, lane = self._pos[visit_id]
        return self.plot.getPlotItem().getViewBox().mapViewToScene(QPointF((x0 + x1) / 2, lane))

    def visit_tooltip(self, visit_id: int) -> str:
        v = next(v for v in self._visits if v["id"] == visit_id)
        who = " ".join(x for x in (v.get("leader_title"), v.get("leader")) if x) or self.tr("(không rõ)")
        when = display_date(v.get("start"), v.get("end"), v.get("day_month"), None, v.get("year_basis"))
        host, day, places = self.tr("Nước chủ nhà"), self.tr("Ngày"), self.tr("Địa điểm")
        lines = [who, f"{host}: {v.get('host_country') or '?'}", f"{day}: {when}"]
        if v.get("places"):
            lines.append(f"{places}: {', '.join(v['places'])}")
        return "\n".join(lines)

    def on_mouse_moved(self, scene_pos: QPointF) -> None:
        vid = self.visit_at(scene_pos)
        if vid is None:
            QToolTip.hideText()
            self.plot.setCursor(Qt.CursorShape.ArrowCursor)
        else:
            self.plot.setCursor(Qt.CursorShape.PointingHandCursor)
            QToolTip.showText(QCursor.pos(), self.visit_tooltip(vid), self.plot)

    def on_mouse_clicked(self, event) -> None:
        if event.button() != Qt.MouseButton.LeftButton:
            return
        vid = self.visit_at(event.scenePos())
        current = self._selection.visit_ids
        if vid is None:
            if current and self._region is None:
                self._selection.set_visits(frozenset())
            return
        event.accept()
        if event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            self._selection.set_visits(current ^ {vid})
        else:
            self._selection.set_visits(frozenset({vid}))

    def highlighted_visit_ids(self) -> set[int]:
        return {vid for vid, state in self._state.items() if state in ("match", "article")}
