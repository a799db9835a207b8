"""Plot items of the visit timeline: many same-looking markers from numpy arrays, the lanes'
shading, the view (wheel and drag) and the clickable lane labels.

pyqtgraph's ScatterPlotItem styles every point in Python (about 2 µs a point on each setData), too
slow for the 100,000 visits of a large archive. All markers of one item share one look, so one
pre-rendered pixmap is stamped at each distinct device pixel with QPainter.drawPixmapFragments.
"""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from pyqtgraph.graphicsItems.ScatterPlotItem import renderSymbol
from PySide6.QtCore import QRectF, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QPainter, QPen, QPixmap


class MarkerItem(pg.GraphicsObject):
    """Markers of one symbol, size (in pixels), pen and brush at points (x, y)."""

    def __init__(self, symbol: str, size: float, pen: QPen, brush: QBrush) -> None:
        super().__init__()
        self._symbol, self._size, self._pen, self._brush = symbol, size, pen, brush
        self._x = self._y = np.zeros(0)
        self._data_rect = QRectF()
        self._pixmap: QPixmap | None = None
        self._pixmap_dpr = 0.0
        self._fragments = pg.Qt.internals.PrimitiveArray(QPainter.PixmapFragment, 10)

    def setData(self, x, y) -> None:  # noqa: N802 - pyqtgraph's name
        self.prepareGeometryChange()
        self._x = np.asarray(x, dtype=float)
        self._y = np.asarray(y, dtype=float)
        if len(self._x):
            x0, x1, y0, y1 = self._x.min(), self._x.max(), self._y.min(), self._y.max()
            self._data_rect = QRectF(x0, y0, x1 - x0, y1 - y0)
        else:
            self._data_rect = QRectF()
        self.informViewBoundsChanged()
        self.update()

    def __len__(self) -> int:
        return len(self._x)

    def points(self) -> tuple[np.ndarray, np.ndarray]:
        return self._x, self._y

    # --- what pyqtgraph's ViewBox asks of a data item ------------------------------------------
    def dataBounds(self, ax: int, frac: float = 1.0, orthoRange=None):  # noqa: N802
        values = self._x if ax == 0 else self._y
        if not len(values):
            return None, None
        return float(values.min()), float(values.max())

    def pixelPadding(self) -> float:  # noqa: N802
        return self._size / 2 + 1

    def viewTransformChanged(self) -> None:  # noqa: N802 - the padding is in pixels
        self.prepareGeometryChange()

    def boundingRect(self) -> QRectF:  # noqa: N802
        if not len(self._x):
            return QRectF()
        pad = self.pixelPadding()
        pw, ph = (self.pixelWidth() or 0.0) * pad, (self.pixelHeight() or 0.0) * pad
        return self._data_rect.adjusted(-pw, -ph, pw, ph)

    # --- painting -----------------------------------------------------------------------------
    def _symbol_pixmap(self, dpr: float) -> QPixmap:
        if self._pixmap is None or self._pixmap_dpr != dpr:
            image = renderSymbol(self._symbol, self._size, self._pen, self._brush, dpr=dpr)
            self._pixmap, self._pixmap_dpr = QPixmap.fromImage(image), dpr
        return self._pixmap

    def paint(self, p: QPainter, option, widget=None) -> None:
        if not len(self._x):
            return
        t = p.transform()
        xs = t.m11() * self._x + t.m21() * self._y + t.dx()
        ys = t.m12() * self._x + t.m22() * self._y + t.dy()
        window = p.viewport()
        pad = self._size
        inside = ((xs >= window.left() - pad) & (xs <= window.right() + pad)
                  & (ys >= window.top() - pad) & (ys <= window.bottom() + pad))
        # one stamp per device pixel: thousands of visits in one spot look like one
        xi, yi = np.rint(xs[inside]).astype(np.int64), np.rint(ys[inside]).astype(np.int64)
        cells = np.unique((xi + (1 << 20)) << 32 | (yi + (1 << 20)))
        if not len(cells):
            return
        dpr = widget.devicePixelRatioF() if widget is not None else 1.0
        pixmap = self._symbol_pixmap(dpr)
        self._fragments.resize(len(cells))
        frags = self._fragments.ndarray()
        frags[:, 0] = (cells >> 32) - (1 << 20)
        frags[:, 1] = (cells & 0xFFFFFFFF) - (1 << 20)
        frags[:, 2:6] = [0, 0, pixmap.width(), pixmap.height()]
        frags[:, 6:10] = [1 / dpr, 1 / dpr, 0.0, 1.0]
        p.resetTransform()
        p.drawPixmapFragments(*self._fragments.drawargs(), pixmap)


class LaneBands(pg.GraphicsObject):
    """Every other lane shaded and the chosen lanes tinted, across the whole width of the view:
    with dozens of lanes the eye follows a lane from its label to its visits."""

    def __init__(self, stripe: QColor, chosen: QColor) -> None:
        super().__init__()
        self._count = 0
        self._chosen: set[int] = set()
        self._stripe, self._chosen_colour = stripe, chosen
        self.setZValue(-20)

    def set_lanes(self, count: int, chosen: set[int]) -> None:
        self._count, self._chosen = count, set(chosen)
        self.update()

    def boundingRect(self) -> QRectF:  # noqa: N802 - as wide as the view shows
        view = self.getViewBox()
        if view is None:
            return QRectF()
        (x0, x1), _ = view.viewRange()
        return QRectF(x0, -0.5, x1 - x0, max(self._count, 1))

    def viewRangeChanged(self) -> None:  # noqa: N802 - pyqtgraph calls it when the view moves
        self.prepareGeometryChange()

    def paint(self, p: QPainter, option, widget=None) -> None:
        view = self.getViewBox()
        if view is None or not self._count:
            return
        (x0, x1), (y0, y1) = view.viewRange()
        p.setPen(Qt.PenStyle.NoPen)
        for lane in range(max(0, int(y0)), min(self._count, int(y1) + 2)):
            colour = self._chosen_colour if lane in self._chosen else (self._stripe if lane % 2 else None)
            if colour is not None:
                p.fillRect(QRectF(x0, lane - 0.5, x1 - x0, 1.0), colour)


class TimelineViewBox(pg.ViewBox):
    """The timeline's view: the wheel scrolls the lanes (Ctrl+wheel zooms the dates), and in the
    date-range mode a plain left drag selects dates instead of panning."""

    sigLaneScroll = Signal(int)  # lanes to scroll by (+ = down)
    sigRangeDrag = Signal(float, float, bool)  # from, to (view x), finished

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.range_mode = False

    def wheelEvent(self, ev, axis=None) -> None:  # noqa: N802
        if ev.modifiers() & Qt.KeyboardModifier.ControlModifier:
            super().wheelEvent(ev, axis=0)  # zoom the dates only
            return
        ev.accept()
        steps = -int(round(ev.delta() / 120)) or (-1 if ev.delta() > 0 else 1)
        self.sigLaneScroll.emit(steps * 3)

    def mouseDragEvent(self, ev, axis=None) -> None:  # noqa: N802
        if not self.range_mode or ev.button() != Qt.MouseButton.LeftButton:
            super().mouseDragEvent(ev, axis=axis)
            return
        ev.accept()
        start = self.mapSceneToView(ev.buttonDownScenePos()).x()
        here = self.mapSceneToView(ev.scenePos()).x()
        self.sigRangeDrag.emit(min(start, here), max(start, here), ev.isFinish())


class LaneAxis(pg.AxisItem):
    """The lane labels: a click on one chooses its lane (Ctrl adds or removes it)."""

    sigLaneClicked = Signal(int, bool)  # lane, Ctrl held

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.lane_count = 0

    def lane_at(self, scene_pos) -> int:
        view = self.linkedView()
        if view is None:
            return -1
        lane = int(round(view.mapSceneToView(scene_pos).y()))
        return lane if 0 <= lane < self.lane_count else -1

    def mouseClickEvent(self, ev) -> None:  # noqa: N802
        if ev.button() != Qt.MouseButton.LeftButton:
            return
        lane = self.lane_at(ev.scenePos())
        if lane >= 0:
            ev.accept()
            self.sigLaneClicked.emit(lane, bool(ev.modifiers() & Qt.KeyboardModifier.ControlModifier))

    def mouseDragEvent(self, ev) -> None:  # noqa: N802 - no panning by dragging the labels
        ev.ignore()

    def wheelEvent(self, ev) -> None:  # noqa: N802 - the wheel over the labels scrolls the lanes
        view = self.linkedView()
        if view is not None:
            view.wheelEvent(ev)
