"""The visit timeline on the five seeds: trips drawn and clickable, Vietnamese date axis, lanes,
tooltips (pytest-qt, offscreen)."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest  # noqa: E402
from PySide6.QtCore import QPoint, QPointF, Qt  # noqa: E402

from app.store.query import article_rows, trips, visits  # noqa: E402
from app.ui.timeline import to_ts  # noqa: E402
from app.ui.timeline_axis import VietDateAxis  # noqa: E402

pytestmark = [pytest.mark.gui, pytest.mark.qt_log_ignore(r".*propagateSizeHints.*")]


def his_trip(w) -> dict:
    (trip,) = [t for t in trips(w.archive.db) if t["leader"] == "Lương Cường"]
    return trip


def his_visits(w) -> dict[int, dict]:
    return {v["id"]: v for v in visits(w.archive.db) if v["leader"] == "Lương Cường"}


def click_scene(qtbot, w, scene_pos) -> None:
    plot = w.timeline.plot
    pos = plot.mapFromScene(scene_pos)
    with qtbot.waitSignal(w.selection.changed, timeout=2000):
        qtbot.mouseClick(plot.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(pos.x(), pos.y()))


def test_seed_trip_is_drawn_and_clicking_it_selects_both_visits(qtbot, trip_window):
    w = trip_window
    tl = w.timeline
    trip = his_trip(w)
    assert (trip["start"], trip["end"], trip["countries"]) == ("2024-11-10", "2024-11-14", ["Chile", "Peru"])
    assert trip["id"] in tl.trip_ids()
    ((x0, y0, x1, y1),) = tl.trip_segments(trip["id"])  # by country: one line, Chile → Peru
    assert (x0, y0, x1, y1) == (to_ts("2024-11-10"), tl.lane_of("Chile"), to_ts("2024-11-14"), tl.lane_of("Peru"))

    scene_pos = tl.scene_pos_of_trip(trip["id"])
    assert tl.visit_at(scene_pos) is None and tl.trip_at(scene_pos) == trip["id"]
    click_scene(qtbot, w, scene_pos)
    assert w.selection.filter.visit_ids == set(his_visits(w))
    listed = set(w.article_model.ids)
    assert len(listed) == 2
    assert {r["leader"] for r in article_rows(w.archive.db, sorted(listed)).values()} == {"Lương Cường"}
    assert tl.highlighted_visit_ids() == set(his_visits(w))


def test_trip_tooltip(trip_window):
    tl = trip_window.timeline
    trip = his_trip(trip_window)
    assert tl.trip_tooltip(trip["id"]) == "Chuyến đi: Lương Cường, Chile, Peru, 10/11/2024–14/11/2024"


def test_visit_hover_tooltip(qtbot, trip_window, monkeypatch):
    w = trip_window
    tl = w.timeline
    peru = next(v for v in his_visits(w).values() if v["host_country"] == "Peru")
    shown = []
    monkeypatch.setattr("app.ui.timeline.QToolTip.showText", lambda _pos, text, *_a: shown.append(text))
    tl.on_mouse_moved(tl.scene_pos_of(peru["id"]))
    assert shown, "no tooltip over the visit"
    lines = shown[-1].split("\n")
    assert lines[0].endswith("Lương Cường")
    assert "Nước chủ nhà: Peru" in lines and "Ngày: ≈14/11/2024" in lines
    assert lines[-1].startswith("Chuyến đi: Lương Cường")
    assert tl.plot.cursor().shape() == Qt.CursorShape.PointingHandCursor


def test_lanes_by_leader_keep_the_trip_bar(qtbot, trip_window):
    w = trip_window
    tl = w.timeline
    trip = his_trip(w)
    tl.lane_combo.setCurrentIndex(1)
    lane = tl.lane_of("Lương Cường")
    ((x0, y0, x1, y1),) = tl.trip_segments(trip["id"])  # one bar on his lane, under his visits
    assert y0 == y1 and lane < y0 < lane + 0.5  # lane 0 at the top: under is +
    assert (x0, x1) == (to_ts("2024-11-10"), to_ts("2024-11-14"))
    tl.plot.getPlotItem().setXRange(to_ts("2024-11-01"), to_ts("2024-11-25"), padding=0)  # zoom in
    scene_pos = tl.scene_pos_of_trip(trip["id"])
    assert tl.visit_at(scene_pos) is None and tl.trip_at(scene_pos) == trip["id"]
    click_scene(qtbot, w, scene_pos)
    assert w.selection.filter.visit_ids == set(his_visits(w))


def test_undated_visits_sit_in_their_lanes_in_a_column_with_its_count(qtbot, seeded_window):
    w = seeded_window
    tl = w.timeline
    undated = [v for v in visits(w.archive.db) if not v["start"]]
    assert len(undated) == 4  # 001 (Argentina, Peru), 003, 004: no year in their own text
    column = tl.plot.undated_item
    assert column.isVisible()
    ((_, title),) = column.getAxis("bottom")._tickLevels[0]
    assert title == "Chưa rõ năm (4)"
    for v in undated:
        scene_pos = tl.scene_pos_of(v["id"])
        assert column.sceneBoundingRect().contains(scene_pos)  # in the column, not on the dates
        assert tl.plot.undated_box.mapSceneToView(scene_pos).y() == pytest.approx(tl.lane_of(v["host_country"]))
        assert tl.visit_at(scene_pos) == v["id"]
    click_scene(qtbot, w, tl.scene_pos_of(undated[0]["id"]))
    assert w.selection.filter.visit_ids == {undated[0]["id"]}
    assert set(w.article_model.ids) == {undated[0]["article_id"]}
    assert "????" in tl.visit_tooltip(undated[0]["id"])
    # a click on the column away from any visit chooses all the undated visits
    box = tl.plot.undated_box.sceneBoundingRect()
    empty = QPointF(box.right() - 4, box.bottom() - 4)
    assert tl.visit_at(empty) is None
    click_scene(qtbot, w, empty)
    assert w.selection.filter.visit_ids == {v["id"] for v in undated}


def test_date_axis_is_vietnamese(qtbot, seeded_window):
    w = seeded_window
    axis = w.timeline.plot.getPlotItem().getAxis("bottom")
    assert isinstance(axis, VietDateAxis)
    english = {"Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
               "Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"}

    def labels(lo: str, hi: str) -> list[str]:
        w.timeline.plot.getPlotItem().setXRange(to_ts(lo), to_ts(hi), padding=0)
        vr = axis.range
        out = []
        for spacing, values in axis.tickValues(vr[0], vr[1], axis.geometry().width()):
            out += axis.tickStrings(values, 1.0, spacing)
        return [s for s in out if s]

    wide = labels("2022-09-01", "2025-03-01")  # years and months, as the seeds open
    assert {"2023", "2024"} <= set(wide) and "T11" in wide
    months = labels("2024-08-01", "2024-11-20")  # months and days
    assert "T10/2024" in months and "T11/2024" in months and "14" in months
    # a day's label next to a month's is left out rather than drawn over it
    crowded = labels("2017-05-05", "2017-07-15")  # days every 5: 3 June would touch "T6/2017"
    assert "T6/2017" in crowded and "29" in crowded and "8" in crowded and "3" not in crowded
    days = labels("2024-11-13", "2024-11-15")  # days and hours
    assert "14/11" in days and "12:00" in days
    for text in wide + months + days:
        assert not any(word in text for word in english), text
