"""The timeline's date axis in Vietnamese: "2024", "T11", "T11/2024", "14/11" instead of "Nov"."""

from __future__ import annotations

from datetime import datetime, timezone

import pyqtgraph as pg
from pyqtgraph.graphicsItems.DateAxisItem import DAY_SPACING, MONTH_SPACING, YEAR_SPACING
from PySide6.QtGui import QFontMetrics


class VietDateAxis(pg.DateAxisItem):
    """A UTC date axis whose month and day labels carry no English words.

    Years print as "2024"; months as "T11" beside year ticks, "T11/2024" when months are the
    coarsest ticks shown; days as "14" under month ticks, "14/11" when days are the coarsest.
    Finer ticks (hours, minutes) are digits already and keep pyqtgraph's format."""

    def __init__(self, orientation: str = "bottom", **kwargs) -> None:
        super().__init__(orientation=orientation, utcOffset=0, **kwargs)
        # months may fill a little more of the axis than pyqtgraph allows a second tick level
        self.setStyle(textFillLimits=[(0, 0.8), (2, 0.7), (4, 0.4), (6, 0.2)])

    def tickStrings(self, values, scale, spacing):  # noqa: N802 - pyqtgraph's name
        labels = self._date_strings(values, scale, spacing)
        if spacing == DAY_SPACING and self.zoomLevel.tickSpecs[0].spacing == MONTH_SPACING:
            labels = self._clear_of_months(values, labels)
        return labels

    def _clear_of_months(self, values, labels):
        """Day labels that would overlap the month label beside them ("T6/2017" and "3") are
        left out: pyqtgraph draws the two levels over each other."""
        lo, hi = self.range
        width = self.geometry().width()
        if hi <= lo or width <= 0:
            return labels
        px_per_s = width / (hi - lo)
        metrics = QFontMetrics(self.style.get("tickFont") or self.font())
        month_half = metrics.horizontalAdvance("T12/2024") / 2
        out = []
        for value, text in zip(values, labels):
            d = datetime.fromtimestamp(value, tz=timezone.utc)
            this = datetime(d.year, d.month, 1, tzinfo=timezone.utc).timestamp()
            nxt = datetime(d.year + d.month // 12, d.month % 12 + 1, 1, tzinfo=timezone.utc).timestamp()
            gap = min(value - this, nxt - value) * px_per_s
            room = month_half + metrics.horizontalAdvance(text) / 2 + 6
            out.append("" if text and d.day != 1 and gap < room else text)
        return out

    def _date_strings(self, values, scale, spacing):
        coarsest = self.zoomLevel.tickSpecs[0].spacing
        if spacing not in (YEAR_SPACING, MONTH_SPACING, DAY_SPACING):
            return super().tickStrings(values, scale, spacing)
        out = []
        for value in values:
            try:
                d = datetime.fromtimestamp(value, tz=timezone.utc)
            except (OverflowError, OSError, ValueError):
                out.append("")
                continue
            if spacing == YEAR_SPACING:
                out.append(str(d.year))
            elif spacing == MONTH_SPACING and coarsest == YEAR_SPACING:
                out.append(self.tr("T{m}").format(m=d.month))
            elif spacing == MONTH_SPACING:
                out.append(self.tr("T{m}/{y}").format(m=d.month, y=d.year))
            elif coarsest == MONTH_SPACING:  # days under month ticks
                out.append(str(d.day))
            else:
                out.append(f"{d.day}/{d.month}")
        return out
