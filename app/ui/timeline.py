"""The visit timeline: one lane per host country (or leader), a bar or marker per visit, trips.

Lanes keep a readable height and the lane area scrolls (wheel, scroll bar, arrow keys); they are
in Vietnamese alphabetical order or by number of visits, each labelled with its count, and a
click on a label chooses that country or leader in the Selection. The dates open fitted to where
most visits are (``Layout.span``: a few stray dates do not stretch the view). Visits whose year
is unknown sit in their lanes in a column of their own at the right, titled with their count; a
click on the column chooses them all. In the date-range mode a plain drag selects dates, shown
and typed in the two date fields. A trip is a translucent bar on its leader's lane (lanes by
leader) or a light line joining its visits (lanes by country). Clicking a visit or a trip filters
on its visits; visits of the current filter and of the article being read are highlighted while
the others are dimmed.

Built for 100,000 articles: visits live in numpy arrays drawn by one item per highlight state
(so a selection change only hands each item new arrays), hit-testing is vectorised, and a
visit's details are fetched only for the tooltip of the one under the mouse.
"""

from __future__ import annotations

import gc
from datetime import datetime, timezone

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QDate, QEvent, QPointF, QRect, QSignalBlocker, Qt
from PySide6.QtGui import QAction, QColor, QCursor, QFontMetrics, QKeySequence
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QLabel,
    QScrollBar,
    QToolButton,
    QToolTip,
    QVBoxLayout,
    QWidget,
)

from app.nlp.collation import vietnamese_sort_key
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
from app.ui.timeline_items import LaneAxis, LaneBands, MarkerItem, TimelineViewBox
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
MAX_LANE_PX = 44  # few lanes share the height up to this; many scroll at the minimum height
LABEL_MAX_PX = 200  # lane labels longer than this are elided in the middle (the count stays)
UNDATED_PX = 160  # width of the undated visits' column
TOOLTIP_MS = 10 * 60 * 1000  # a tooltip stays while the mouse is over its visit (Qt's default: ~10 s)
NO_DATE = QDate(1800, 1, 1)  # a date field at its minimum shows "—": no limit
CHOSEN_MARK = "● "


def to_ts(iso: str) -> float:
    y, m, d = (int(p) for p in iso.split("-"))
    return datetime(y, m, d, tzinfo=timezone.utc).timestamp()


def to_iso(ts: float) -> str:
    return datetime.fromtimestamp(ts, tz=timezone.utc).date().isoformat()


class TimelinePlot(pg.GraphicsLayoutWidget):
    """The plot (objectName ``timeline``): the dated visits' plot with the lane labels, and the
    undated visits' column beside it sharing its lanes. Takes keyboard focus (Tab)."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setBackground("w")
        self.setObjectName("timeline")
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setStyleSheet("#timeline { border: 2px solid transparent; } #timeline:focus { border-color: #4a7fc1; }")
        self.key_handler = None  # the view's keyboard shortcuts
        self.view_box = TimelineViewBox()
        self.view_box.invertY(True)  # lane 0 at the top
        self.lane_axis = LaneAxis("left")
        self.item = pg.PlotItem(viewBox=self.view_box,
                                axisItems={"bottom": VietDateAxis("bottom"), "left": self.lane_axis})
        self.undated_box = pg.ViewBox(enableMouse=False)
        self.undated_box.disableAutoRange()
        self.undated_box.invertY(True)
        self.undated_box.setBackgroundColor(QColor(120, 120, 120, 22))
        self.undated_item = pg.PlotItem(viewBox=self.undated_box)
        self.undated_item.hideAxis("left")
        self.undated_item.setFixedWidth(UNDATED_PX)
        self.undated_item.setYLink(self.item)
        self.ci.setContentsMargins(2, 4, 6, 2)
        self.ci.addItem(self.item, 0, 0)
        self.ci.addItem(self.undated_item, 0, 1)
        for item in (self.item, self.undated_item):
            item.setMouseEnabled(x=item is self.item, y=False)
            item.hideButtons()
            item.setMenuEnabled(False)
            for name in ("left", "bottom"):
                ax = item.getAxis(name)
                ax.setPen(pg.mkPen("#888888"))
                ax.setTextPen(pg.mkPen("#333333"))
        self.item.showGrid(x=True, y=False, alpha=0.15)
        # every lane's label is drawn: pyqtgraph drops the labels of a crowded axis
        self.lane_axis.setStyle(textFillLimits=[(0, 0.99)], tickLength=0)

    def getPlotItem(self) -> pg.PlotItem:  # noqa: N802 - as pg.PlotWidget has it
        return self.item

    def viewportEvent(self, event) -> bool:  # noqa: N802
        # The view shows its own tooltips (TimelineView.on_mouse_moved). Qt's tooltip event would
        # ask the scene, whose items have none, and the scene then hides ours: the tooltips that
        # vanished after a second.
        if event.type() == QEvent.Type.ToolTip:
            event.accept()
            return True
        return super().viewportEvent(event)

    def keyPressEvent(self, event) -> None:  # noqa: N802
        if self.key_handler is not None and self.key_handler(event):
            event.accept()
            return
        super().keyPressEvent(event)


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
    """Tool row (date range, fit, lanes, order) over the plot and its lane scroll bar."""

    def __init__(self, archive: Archive, selection: Selection, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("timelinePane")
        self._archive = archive
        self._selection = selection
        self._data = VisitArrays.from_rows([])
        self._lay = layout(self._data, [], trip_bars=False)
        self._state = np.zeros(0, np.int8)
        self._drawn: tuple[object, np.ndarray | None] = (None, None)  # the layout and states drawn
        self._shown: tuple | None = None
        self._hover: tuple | None = None
        self._hover_text = ""
        self._region: pg.LinearRegionItem | None = None
        self._lane_values: list[str] = []
        self._chosen_lanes: set[int] = set()
        self._had_range = False
        self._undated_tip = ""
        self._shown_lanes = 1.0  # lanes the view has room for

        self.range_button = QToolButton(self)
        self.range_button.setObjectName("timelineRange")
        self.range_button.setText(self.tr("Chọn khoảng ngày"))
        self.range_button.setCheckable(True)
        self.range_button.setToolTip(self.tr("Kéo trên dòng thời gian để chọn khoảng ngày, hoặc gõ ngày (phím D)"))
        self.from_edit, self.to_edit = (self._date_edit(name, tip) for name, tip in (
            ("timelineFrom", self.tr("Từ ngày (trống: không giới hạn)")),
            ("timelineTo", self.tr("Đến ngày (trống: không giới hạn)"))))
        self.fit_button = QToolButton(self)
        self.fit_button.setObjectName("timelineFit")
        self.fit_button.setText(self.tr("Vừa khung"))
        self.fit_button.setToolTip(self.tr("Khung nhìn vừa nơi có nhiều chuyến thăm (phím Home); "
                                           "Ctrl+lăn chuột hoặc phím +/− để phóng to, thu nhỏ"))
        self.lane_combo = QComboBox(self)
        self.lane_combo.setObjectName("timelineLanes")
        self.lane_combo.addItems([self.tr("Theo nước chủ nhà"), self.tr("Theo trưởng đoàn")])
        self.order_combo = QComboBox(self)
        self.order_combo.setObjectName("timelineOrder")
        self.order_combo.addItems([self.tr("Xếp theo tên"), self.tr("Xếp theo số chuyến")])
        for combo in (self.lane_combo, self.order_combo):  # whole text when there is room, shrink in a narrow window
            combo.setMinimumWidth(96)
        self.plot = TimelinePlot(self)
        self.plot.key_handler = self.on_key
        self.scroll_bar = QScrollBar(Qt.Orientation.Vertical, self)
        self.scroll_bar.setObjectName("timelineScroll")
        self.scroll_bar.setRange(0, 0)
        self.focus_action = QAction(self.tr("Dòng thời gian"), self)
        self.focus_action.setShortcut(QKeySequence("Ctrl+T"))
        self.focus_action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        self.addAction(self.focus_action)

        bar = QHBoxLayout()
        bar.setContentsMargins(6, 2, 6, 0)
        bar.addWidget(self.range_button)
        bar.addWidget(QLabel(self.tr("Từ"), self))
        bar.addWidget(self.from_edit)
        bar.addWidget(QLabel(self.tr("đến"), self))
        bar.addWidget(self.to_edit)
        bar.addStretch(1)
        bar.addWidget(self.fit_button)
        bar.addWidget(self.lane_combo)
        bar.addWidget(self.order_combo)
        body = QHBoxLayout()
        body.setContentsMargins(0, 0, 0, 0)
        body.setSpacing(0)
        body.addWidget(self.plot, 1)
        body.addWidget(self.scroll_bar)
        layout_ = QVBoxLayout(self)
        layout_.setContentsMargins(0, 0, 0, 0)
        layout_.setSpacing(2)
        layout_.addLayout(bar)
        layout_.addLayout(body, 1)
        self.setTabOrder(self.order_combo, self.plot)

        self._bands = LaneBands(QColor(0, 0, 0, 10), QColor(232, 137, 12, 45))
        self.plot.item.addItem(self._bands, ignoreBounds=True)
        self._undated_bands = LaneBands(QColor(0, 0, 0, 10), QColor(232, 137, 12, 45))
        self.plot.undated_item.addItem(self._undated_bands, ignoreBounds=True)
        # one trip item per look (normal, highlighted) and one bar and one marker item per
        # highlight state, each of a single colour: a selection change only hands them arrays
        self._trip_items = []
        for z in range(len(TRIP_COLOURS)):
            item = pg.PlotCurveItem(connect="pairs")
            item.setZValue(-2 + z)
            self._trip_items.append(item)
            self.plot.item.addItem(item)
        self._bar_items, self._marker_items, self._undated_items = [], [], []
        for z, state in enumerate(STATES):
            colour = QColor(COLOURS[state])
            bars = pg.BarGraphItem(x0=[], x1=[], y=[], height=0.5, brush=pg.mkBrush(colour),
                                   pen=pg.mkPen(QColor(0, 0, 0, 70)))
            markers = MarkerItem("d", 13, pg.mkPen(colour.darker(140)), pg.mkBrush(colour))
            undated = MarkerItem("d", 13, pg.mkPen(colour.darker(140)), pg.mkBrush(colour))
            for item in (bars, markers, undated):
                item.setZValue(z)
            self.plot.item.addItem(bars)
            self.plot.item.addItem(markers)
            self.plot.undated_item.addItem(undated)
            self._bar_items.append(bars)
            self._marker_items.append(markers)
            self._undated_items.append(undated)

        self.lane_combo.currentIndexChanged.connect(self.on_lanes_changed)
        self.order_combo.currentIndexChanged.connect(self.on_lanes_changed)
        self.range_button.toggled.connect(self.on_range_toggled)
        self.from_edit.editingFinished.connect(self.on_dates_typed)
        self.to_edit.editingFinished.connect(self.on_dates_typed)
        self.fit_button.clicked.connect(self.fit)
        self.scroll_bar.valueChanged.connect(self.on_scrolled)
        self.focus_action.triggered.connect(self.on_focus_requested)
        vb = self.plot.view_box
        vb.sigResized.connect(self.on_resized)
        vb.sigLaneScroll.connect(self.scroll_lanes)
        vb.sigRangeDrag.connect(self.on_range_dragged)
        self.plot.lane_axis.sigLaneClicked.connect(self.on_lane_clicked)
        scene = self.plot.scene()
        scene.sigMouseMoved.connect(self.on_mouse_moved)
        scene.sigMouseClicked.connect(self.on_mouse_clicked)
        selection.changed.connect(self.on_selection_changed)
        archive.contents_changed.connect(self.reload)
        self.reload()

    def _date_edit(self, name: str, tip: str) -> QDateEdit:
        edit = QDateEdit(self)
        edit.setObjectName(name)
        edit.setDisplayFormat("dd/MM/yyyy")
        edit.setCalendarPopup(True)
        edit.setMinimumDate(NO_DATE)
        edit.setSpecialValueText("—")
        edit.setDate(NO_DATE)
        edit.setToolTip(tip)
        return edit

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

    @property
    def by_count(self) -> bool:
        return self.order_combo.currentIndex() == 1

    @property
    def lane_field(self) -> str:
        """The Filter field a lane stands for."""
        return "leaders" if self.by_leader else "countries"

    def lane_name(self, value: str) -> str:
        if value:
            return value
        return self.tr("Không rõ trưởng đoàn") if self.by_leader else self.tr("Không rõ nước")

    def _layout_lanes(self) -> None:
        keys = [k or "" for k in (self._data.leader if self.by_leader else self._data.host)]
        self._lay = layout(self._data, keys, trip_bars=self.by_leader, by_count=self.by_count,
                           sort_key=vietnamese_sort_key, unknown="")
        self._lane_values = self._lay.lane_names
        self.plot.lane_axis.lane_count = len(self._lane_values)
        self.plot.undated_item.setVisible(bool(self._lay.undated.any()))
        width = TRIP_WIDTH[int(self.by_leader)]
        for item, rgba in zip(self._trip_items, TRIP_COLOURS):
            pen = pg.mkPen(QColor(*rgba), width=width)
            pen.setCapStyle(Qt.PenCapStyle.RoundCap)
            item.setPen(pen)
        self._chosen_lanes = set()
        self._label_lanes()
        self._label_undated()
        self._fit_lanes()

    def _label_lanes(self) -> None:
        """Each lane's name (elided in the middle when long) and its number of visits; the chosen
        lanes marked."""
        axis = self.plot.lane_axis
        metrics = QFontMetrics(axis.font() if hasattr(axis, "font") else self.font())
        ticks, widest = [], 40
        for lane, (value, count) in enumerate(zip(self._lane_values, self._lay.lane_counts)):
            mark = CHOSEN_MARK if lane in self._chosen_lanes else ""
            tail = f" ({count})"
            room = LABEL_MAX_PX - metrics.horizontalAdvance(mark + tail)
            name = metrics.elidedText(self.lane_name(value), Qt.TextElideMode.ElideMiddle, room)
            label = mark + name + tail
            widest = max(widest, metrics.horizontalAdvance(label))
            ticks.append((float(lane), label))
        axis.setTicks([ticks, []])
        axis.setWidth(widest + 14)
        self._bands.set_lanes(len(ticks), self._chosen_lanes)
        self._undated_bands.set_lanes(len(ticks), self._chosen_lanes)

    def _label_undated(self) -> None:
        count = int(self._lay.undated.sum())
        width = max(self._lay.undated_width, 4)
        self.plot.undated_box.setXRange(0.3, width + 0.7, padding=0)
        self.plot.undated_item.getAxis("bottom").setTicks(
            [[((width + 1) / 2, self.tr("Chưa rõ năm ({n})").format(n=count))], []])
        self._undated_tip = self.tr("{n} chuyến thăm chưa rõ năm, theo làn; bấm vào cột để chọn tất cả").format(
            n=count)

    # --- lanes: height and scrolling ---------------------------------------------------------
    def lane_px(self) -> int:
        """The least height of a lane: its label and a marker with room around them."""
        return QFontMetrics(self.font()).height() + 10

    def visible_lanes(self) -> float:
        height = self.plot.view_box.boundingRect().height()
        return max(1.0, height / self.lane_px()) if height > 0 else 1.0

    def _fit_lanes(self) -> None:
        lanes = len(self._lane_values)
        room = self.visible_lanes()
        height = self.plot.view_box.boundingRect().height()
        shown = max(min(room, float(lanes)), height / MAX_LANE_PX if height > 0 else 1.0)
        hidden = max(0, int(np.ceil(lanes - shown - 1e-9)))
        with QSignalBlocker(self.scroll_bar):
            self.scroll_bar.setRange(0, hidden)
            self.scroll_bar.setPageStep(max(1, int(shown)))
            self.scroll_bar.setSingleStep(1)
        self.scroll_bar.setVisible(hidden > 0)
        self._shown_lanes = shown
        self._set_lane_range()

    def _set_lane_range(self) -> None:
        top = self.scroll_bar.value()
        self.plot.item.setYRange(top - 0.5, top + self._shown_lanes - 0.5, padding=0)

    def on_resized(self, *_args) -> None:
        self._fit_lanes()

    def on_scrolled(self, _value: int) -> None:
        self._set_lane_range()

    def scroll_lanes(self, lanes: int) -> None:
        self.scroll_bar.setValue(self.scroll_bar.value() + lanes)

    def scroll_to_lane(self, lane: int) -> None:
        top = self.scroll_bar.value()
        if lane < top:
            self.scroll_bar.setValue(lane)
        elif lane > top + int(self._shown_lanes) - 1:
            self.scroll_bar.setValue(lane - int(self._shown_lanes) + 1)

    def fit(self) -> None:
        """The dates where most visits are (a few outliers do not stretch the view)."""
        span = self._lay.span()
        if span is None:
            return
        lo, hi = span
        width = max(hi - lo, 30 * DAY)
        self.plot.item.setXRange(lo - 0.05 * width, hi + 0.05 * width, padding=0)
        self._set_lane_range()

    # --- incoming ----------------------------------------------------------------------------
    def on_lanes_changed(self, _index: int) -> None:
        self._layout_lanes()
        self._shown = None
        self._hover = None
        self.on_selection_changed()

    def on_selection_changed(self) -> None:
        flt = self._selection.filter
        key = (flt, self._selection.article_id, self.lane_field)
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
        chosen = getattr(flt, self.lane_field)
        lanes = {i for i, value in enumerate(self._lane_values) if value in chosen}
        if lanes != self._chosen_lanes:
            self._chosen_lanes = lanes
            self._label_lanes()
            top, shown = self.scroll_bar.value(), int(self._shown_lanes)
            if lanes and not any(top <= lane < top + shown for lane in lanes):
                self.scroll_to_lane(min(lanes))  # a lane chosen elsewhere (the facets) comes into view
        if self._lay is not self._drawn[0] or not np.array_equal(state, self._drawn[1]):
            self._redraw()  # typing on often leaves the same visits lit: nothing to draw again
        self._apply_region(flt)

    def _redraw(self) -> None:
        lay, state = self._lay, self._state
        self._drawn = (lay, state)
        is_bar, undated = lay.is_bar, lay.undated
        for s in range(len(STATES)):
            mine = state == s
            bars, marks = mine & is_bar, mine & ~is_bar & ~undated
            self._bar_items[s].setOpts(x0=lay.x0[bars], x1=lay.x1[bars], y=lay.y[bars], height=0.5)
            self._marker_items[s].setData(x=lay.x0[marks], y=lay.y[marks])
            self._undated_items[s].setData(x=lay.x0[mine & undated], y=lay.y[mine & undated])
        lit_trips = np.unique(self._data.trip[(state >= MATCH) & (self._data.trip >= 0)])
        lit = np.isin(lay.strip, lit_trips)
        for item, segments in zip(self._trip_items, (~lit, lit)):
            x = np.column_stack((lay.sx0[segments], lay.sx1[segments])).ravel()
            y = np.column_stack((lay.sy0[segments], lay.sy1[segments])).ravel()
            item.setData(x=x, y=y, connect="pairs")

    def _apply_region(self, flt: Filter) -> None:
        has_range = bool(flt.date_from or flt.date_to)
        for edit, iso in ((self.from_edit, flt.date_from), (self.to_edit, flt.date_to)):
            with QSignalBlocker(edit):
                edit.setDate(QDate.fromString(iso, "yyyy-MM-dd") if iso else NO_DATE)
        if has_range or self._had_range:  # a range set elsewhere turns the mode on; clearing it, off
            self._set_range_mode(has_range)
        self._had_range = has_range
        if not has_range:
            self._remove_region()
            return
        lo, hi = self.plot.item.getViewBox().viewRange()[0]
        first, last = self._lay.full_span() or (lo, hi)  # an open end reaches past every visit
        x0 = to_ts(flt.date_from) if flt.date_from else min(lo, first)
        x1 = to_ts(flt.date_to) + DAY if flt.date_to else max(hi, last)
        if self._region is None:
            self._add_region(x0, x1)
        else:
            with QSignalBlocker(self._region):
                self._region.setRegion((x0, x1))

    def _set_range_mode(self, on: bool) -> None:
        with QSignalBlocker(self.range_button):
            self.range_button.setChecked(on)
        self.plot.view_box.range_mode = on
        self.plot.setCursor(Qt.CursorShape.CrossCursor if on else Qt.CursorShape.ArrowCursor)

    def _add_region(self, x0: float, x1: float) -> None:
        self._region = pg.LinearRegionItem(values=(x0, x1), brush=pg.mkBrush(70, 130, 200, 40))
        self._region.setZValue(-10)
        self._region.sigRegionChangeFinished.connect(self.on_region_changed)
        self.plot.item.addItem(self._region, ignoreBounds=True)

    def _remove_region(self) -> None:
        if self._region is not None:
            self.plot.item.removeItem(self._region)
            self._region = None

    # --- outgoing ----------------------------------------------------------------------------
    def on_range_toggled(self, checked: bool) -> None:
        """The date-range mode: on, a plain drag selects dates; off, the date range is dropped."""
        self._set_range_mode(checked)
        if not checked:
            self._remove_region()
            self._selection.update_filter(date_from=None, date_to=None)

    def on_range_dragged(self, x0: float, x1: float, finished: bool) -> None:
        if self._region is None:
            self._add_region(x0, x1)
        else:
            with QSignalBlocker(self._region):
                self._region.setRegion((x0, x1))
        if finished and x1 - x0 >= DAY / 2:
            self.on_region_changed()

    def on_region_changed(self, *_args) -> None:
        if self._region is None:
            return
        x0, x1 = self._region.getRegion()
        self._selection.update_filter(date_from=to_iso(x0), date_to=to_iso(max(x0, x1 - 1)))

    def on_dates_typed(self) -> None:
        dates = [None if e.date() == NO_DATE else e.date().toString("yyyy-MM-dd")
                 for e in (self.from_edit, self.to_edit)]
        if dates[0] and dates[1] and dates[0] > dates[1]:
            dates.reverse()
        self._selection.update_filter(date_from=dates[0], date_to=dates[1])

    def on_lane_clicked(self, lane: int, add: bool) -> None:
        """A lane label chooses its country or leader (Ctrl: adds or removes it)."""
        value = self._lane_values[lane]
        current = getattr(self._selection.filter, self.lane_field)
        if add:
            chosen = current - {value} if value in current else current | {value}
        else:
            chosen = frozenset() if current == {value} else frozenset({value})
        self._selection.update_filter(**{self.lane_field: frozenset(chosen)})

    def on_focus_requested(self) -> None:
        self.plot.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def on_key(self, event) -> bool:
        """Keys of the focused timeline: ←/→ move the dates, +/− zoom, ↑/↓ and PgUp/PgDn scroll
        the lanes, Home fits the view, D toggles the date-range mode, L switches the lanes."""
        key = event.key()
        (lo, hi) = self.plot.item.getViewBox().viewRange()[0]
        width = hi - lo
        if key in (Qt.Key.Key_Left, Qt.Key.Key_Right):
            step = 0.1 * width * (-1 if key == Qt.Key.Key_Left else 1)
            self.plot.item.setXRange(lo + step, hi + step, padding=0)
        elif key in (Qt.Key.Key_Plus, Qt.Key.Key_Equal, Qt.Key.Key_Minus):
            factor = 0.8 if key != Qt.Key.Key_Minus else 1.25
            mid = (lo + hi) / 2
            self.plot.item.setXRange(mid - width * factor / 2, mid + width * factor / 2, padding=0)
        elif key in (Qt.Key.Key_Up, Qt.Key.Key_Down):
            self.scroll_lanes(-1 if key == Qt.Key.Key_Up else 1)
        elif key in (Qt.Key.Key_PageUp, Qt.Key.Key_PageDown):
            self.scroll_lanes(self.scroll_bar.pageStep() * (-1 if key == Qt.Key.Key_PageUp else 1))
        elif key == Qt.Key.Key_Home:
            self.fit()
        elif key == Qt.Key.Key_D:
            self.range_button.toggle()
        elif key == Qt.Key.Key_L:
            self.lane_combo.setCurrentIndex(1 - self.lane_combo.currentIndex())
        else:
            return False
        return True

    def _box_at(self, scene_pos: QPointF) -> pg.ViewBox | None:
        for box in (self.plot.view_box, self.plot.undated_box):
            if box.isVisible() and box.sceneBoundingRect().contains(scene_pos):
                return box
        return None

    def _view_point(self, scene_pos: QPointF, box: pg.ViewBox) -> tuple[float, float, float, float]:
        p = box.mapSceneToView(scene_pos)
        px, py = box.viewPixelSize()
        return p.x(), p.y(), px, py

    def visit_at(self, scene_pos: QPointF) -> int | None:
        """Id of the visit under a scene position, with a few pixels of tolerance."""
        box = self._box_at(scene_pos)
        if box is None:
            return None
        undated = box is self.plot.undated_box
        row = visit_row_at(self._lay, *self._view_point(scene_pos, box), HIT_PX, undated=undated)
        return None if row < 0 else int(self._data.ids[row])

    def trip_at(self, scene_pos: QPointF) -> int | None:
        """Id of the trip whose bar or line is under a scene position (visits come first)."""
        if self._box_at(scene_pos) is not self.plot.view_box:
            return None
        tol = TRIP_WIDTH[int(self.by_leader)] / 2 + 3
        seg = segment_at(self._lay, *self._view_point(scene_pos, self.plot.view_box), tol)
        return None if seg < 0 else int(self._lay.strip[seg])

    def _row(self, visit_id: int) -> int:
        return int(np.flatnonzero(self._data.ids == visit_id)[0])

    def scene_pos_of(self, visit_id: int) -> QPointF:
        """Scene position of a visit's centre, its lane scrolled into view (for tests and
        keyboard access)."""
        row = self._row(visit_id)
        self.scroll_to_lane(int(self._lay.y[row]))
        x = (self._lay.x0[row] + self._lay.x1[row]) / 2
        box = self.plot.undated_box if self._lay.undated[row] else self.plot.view_box
        return box.mapViewToScene(QPointF(x, self._lay.y[row]))

    def lane_label_pos(self, lane: int) -> QPointF:
        """Scene position of a lane's label, scrolled into view (for tests)."""
        self.scroll_to_lane(lane)
        axis = self.plot.lane_axis
        y = self.plot.view_box.mapViewToScene(QPointF(0, lane)).y()
        return QPointF(axis.sceneBoundingRect().center().x(), y)

    def lane_of(self, value: str) -> int:
        """The lane of a country or leader ("" for the unknown one), -1 when there is none."""
        return self._lane_values.index(value) if value in self._lane_values else -1

    def lane_labels(self) -> list[str]:
        """The labels the lane axis draws, top to bottom."""
        return [text for _, text in self.plot.lane_axis._tickLevels[0]]

    def undated_ids(self) -> frozenset[int]:
        return frozenset(int(i) for i in self._data.ids[self._lay.undated])

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
        """Who, where, when (and the trip): a field nothing states says "chưa rõ", never blank."""
        v = visit(self._archive.db, visit_id)
        if v is None:
            return ""
        unknown = self.tr("chưa rõ")
        who = " ".join(x for x in (v.get("leader_title"), v.get("leader")) if x) or self.tr("(không rõ trưởng đoàn)")
        when = display_date(v.get("start"), v.get("end"), v.get("day_month"), None, v.get("year_basis"))
        host, day, places = self.tr("Nước chủ nhà"), self.tr("Ngày"), self.tr("Địa điểm")
        lines = [who, f"{host}: {v.get('host_country') or unknown}", f"{day}: {when or unknown}"]
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
        unknown = self.tr("chưa rõ")
        return self.tr("Chuyến đi: {leader}, {countries}, {dates}").format(
            leader=t["leader"] or self.tr("(không rõ trưởng đoàn)"), countries=", ".join(t["countries"]) or unknown,
            dates=display_date(t["start"], t["end"], None) or self.tr("ngày chưa rõ"))

    def lane_tooltip(self, lane: int) -> str:
        return self.tr("{name}: {n} chuyến thăm — bấm để lọc (Ctrl+bấm: thêm, bớt)").format(
            name=self.lane_name(self._lane_values[lane]), n=self._lay.lane_counts[lane])

    def _item_at(self, scene_pos: QPointF) -> tuple[str, int] | None:
        vid = self.visit_at(scene_pos)
        if vid is not None:
            return ("visit", vid)
        tid = self.trip_at(scene_pos)
        if tid is not None:
            return ("trip", tid)
        if self.plot.lane_axis.sceneBoundingRect().contains(scene_pos):
            lane = self.plot.lane_axis.lane_at(scene_pos)
            return None if lane < 0 else ("lane", lane)
        if self.plot.undated_item.isVisible() and self.plot.undated_item.sceneBoundingRect().contains(scene_pos):
            return ("undated", 0)
        return None

    def _tooltip(self, item: tuple[str, int]) -> str:
        kind, key = item
        if kind == "visit":
            return self.visit_tooltip(key)
        if kind == "trip":
            return self.trip_tooltip(key)
        if kind == "lane":
            return self.lane_tooltip(key)
        return self._undated_tip

    def on_mouse_moved(self, scene_pos: QPointF) -> None:
        item = self._item_at(scene_pos)
        if item is None:
            if self._hover is not None:
                QToolTip.hideText()
            self._hover = None
            self.plot.setCursor(Qt.CursorShape.CrossCursor if self.plot.view_box.range_mode
                                else Qt.CursorShape.ArrowCursor)
            return
        self.plot.setCursor(Qt.CursorShape.PointingHandCursor)
        if item == self._hover and QToolTip.isVisible():
            return  # the tooltip stays while the mouse is over what it describes
        self._hover = item  # details are fetched once per item entered
        self._hover_text = self._tooltip(item)
        if not self._hover_text:
            return
        # shown until the mouse leaves the item's neighbourhood (not Qt's ~1.5-10 s timeout)
        here = self.plot.mapFromScene(scene_pos)  # viewport coordinates, where the mouse moves
        rect = QRect(here.x() - HIT_PX - 4, here.y() - HIT_PX - 4, 2 * HIT_PX + 8, 2 * HIT_PX + 8)
        QToolTip.showText(QCursor.pos(), self._hover_text, self.plot.viewport(), rect, TOOLTIP_MS)

    def on_mouse_clicked(self, event) -> None:
        if event.button() != Qt.MouseButton.LeftButton:
            return
        self.plot.setFocus(Qt.FocusReason.MouseFocusReason)
        item = self._item_at(event.scenePos())
        current = self._selection.visit_ids
        if item is None or item[0] == "lane":  # lane labels answer their own clicks
            if item is None and current and self._region is None:
                self._selection.set_visits(frozenset())
            return
        event.accept()
        kind, key = item
        if kind == "visit":
            chosen = frozenset({key})
        elif kind == "trip":
            chosen = self.trip_visit_ids(key)
        else:  # the undated column: all its visits
            chosen = self.undated_ids()
        if event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            self._selection.set_visits(current - chosen if chosen <= current else current | chosen)
        else:
            self._selection.set_visits(chosen)

    def highlighted_visit_ids(self) -> set[int]:
        return {int(i) for i in self._data.ids[self._state >= MATCH]}
