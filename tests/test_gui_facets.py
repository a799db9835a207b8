"""The host-country and leader facets and the timeline at many lanes (pytest-qt, offscreen): facet
counts, sorting and filtering; a lane label chooses its country; lanes keep a readable height,
scroll and are all labelled; tooltips stay and never show an empty field; keyboard access."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest  # noqa: E402
from PySide6.QtCore import QDate, QPoint, QPointF, Qt  # noqa: E402
from PySide6.QtGui import QImage, QPainter  # noqa: E402

from app.nlp.collation import vietnamese_sort_key  # noqa: E402
from app.store.query import article_rows, visits  # noqa: E402

pytestmark = [pytest.mark.gui, pytest.mark.qt_log_ignore(r".*propagateSizeHints.*")]


def click_facet(qtbot, w, field: str, value: str, modifier=Qt.KeyboardModifier.NoModifier) -> None:
    tree = w.visit_facets.tree
    index = w.visit_facets.index_of(field, value)
    assert index.isValid(), value
    tree.scrollTo(index)
    rect = tree.visualRect(index)
    with qtbot.waitSignal(w.selection.changed, timeout=2000):
        qtbot.mouseClick(tree.viewport(), Qt.MouseButton.LeftButton, modifier, rect.center())


def click_lane_label(qtbot, w, lane: int, modifier=Qt.KeyboardModifier.NoModifier) -> None:
    tl = w.timeline
    pos = tl.plot.mapFromScene(tl.lane_label_pos(lane))
    with qtbot.waitSignal(w.selection.changed, timeout=2000):
        qtbot.mouseClick(tl.plot.viewport(), Qt.MouseButton.LeftButton, modifier, QPoint(pos.x(), pos.y()))


def listed_countries(w) -> set[str]:
    return {r["host_country"] for r in article_rows(w.archive.db, w.article_model.ids).values()}


def test_country_facet_filters_every_pane(qtbot, seeded_window):
    w = seeded_window
    pane = w.visit_facets
    assert pane.labels("countries") == ["Lào (2)", "Peru (2)", "Argentina (1)", "Chile (1)"]  # ties by name
    click_facet(qtbot, w, "countries", "Lào")
    assert w.selection.filter.countries == {"Lào"}
    laos = {v["id"] for v in visits(w.archive.db) if v["host_country"] == "Lào"}
    assert w.timeline.highlighted_visit_ids() == laos
    assert listed_countries(w) == {"Lào"} and len(w.article_model.ids) == 2
    # the leader group now counts the Laos visits' leaders only
    assert sorted(pane.labels("leaders")) == ["Trần Sỹ Thanh (1)", "Đinh Tiến Dũng (1)"]
    click_facet(qtbot, w, "countries", "Peru", Qt.KeyboardModifier.ControlModifier)  # Lào or Peru
    assert w.selection.filter.countries == {"Lào", "Peru"}
    click_facet(qtbot, w, "leaders", "Lương Cường")  # ∧ his visits
    assert w.selection.filter.leaders == {"Lương Cường"}
    assert w.timeline.highlighted_visit_ids() == {
        v["id"] for v in visits(w.archive.db) if v["leader"] == "Lương Cường" and v["host_country"] == "Peru"}
    qtbot.keyClick(w.article_list, Qt.Key.Key_Escape)
    assert w.selection.filter.is_empty and not pane.tree.selectionModel().selectedIndexes()


def test_facets_sort_by_vietnamese_name_and_filter_without_diacritics(qtbot, seeded_window):
    pane = seeded_window.visit_facets
    pane.sort_combo.setCurrentIndex(1)
    assert pane.labels("leaders") == ["Đinh Tiến Dũng (1)", "Lương Cường (2)", "Ngô Thị Thanh Hằng (2)",
                                      "Trần Sỹ Thanh (1)"]
    qtbot.keyClicks(pane.filter_edit, "dinh")
    assert pane.labels("leaders") == ["Đinh Tiến Dũng (1)"] and pane.labels("countries") == []


def test_a_lane_label_chooses_its_country_and_the_facet_shows_it(qtbot, seeded_window):
    w = seeded_window
    tl = w.timeline
    peru = tl.lane_of("Peru")
    click_lane_label(qtbot, w, peru)
    assert w.selection.filter.countries == {"Peru"}
    assert listed_countries(w) <= {"Peru", "Argentina"}  # seed 001 visits both; its row shows one
    assert tl.lane_labels()[peru].startswith("● Peru")
    selected = {i.data() for i in w.visit_facets.tree.selectionModel().selectedIndexes()}
    assert selected == {"Peru (2)"}
    click_lane_label(qtbot, w, tl.lane_of("Chile"), Qt.KeyboardModifier.ControlModifier)
    assert w.selection.filter.countries == {"Peru", "Chile"}
    click_lane_label(qtbot, w, tl.lane_of("Chile"))  # a plain click: only Chile
    click_lane_label(qtbot, w, tl.lane_of("Chile"))  # again: none
    assert w.selection.filter.countries == frozenset()
    tl.lane_combo.setCurrentIndex(1)  # lanes per leader choose leaders
    click_lane_label(qtbot, w, tl.lane_of("Lương Cường"))
    assert w.selection.filter.leaders == {"Lương Cường"}


@pytest.fixture
def many_lanes_window(make_window, seeded_copy_path):
    """The seeds plus dated visits to 70 countries of the gazetteer (test rows on seed articles;
    more lanes than the timeline has room for)."""
    from app.nlp.gazetteer import load_gazetteer
    from app.store.db import open_archive

    db = open_archive(seeded_copy_path)
    everyone = sorted({c.name for c in load_gazetteer().countries()})
    assert {"Ấn Độ", "Đức"} <= set(everyone)
    names = [n for n in everyone if n not in ("Ấn Độ", "Đức")][:68] + ["Ấn Độ", "Đức"]
    rows = [{"article_id": 1 + i % 5, "leader": "Lương Cường", "host_country": name,
             "start": f"2017-{1 + i % 12:02d}-{1 + i % 27:02d}", "places": "[]", "met": "[]"}
            for i, name in enumerate(names)]
    rows += [{"article_id": 1, "leader": "Lương Cường", "host_country": "Đức", "start": start,
              "places": "[]", "met": "[]"} for start in ("1951-09-07", "2017-03-02", "2017-04-05")]  # and a stray date
    db["visits"].insert_all(rows)
    db.conn.commit()
    db.conn.close()
    return make_window(seeded_copy_path)


def drawn_lane_labels(tl) -> list[str]:
    axis = tl.plot.lane_axis
    image = QImage(10, 10, QImage.Format.Format_ARGB32)
    painter = QPainter(image)
    try:
        _axis, _ticks, texts = axis.generateDrawSpecs(painter)
    finally:
        painter.end()
    return [text for _rect, _flags, text in texts]


def test_many_lanes_scroll_at_a_readable_height_all_labelled_in_vietnamese_order(qtbot, many_lanes_window):
    w = many_lanes_window
    tl = w.timeline
    lanes = tl.lane_labels()
    assert len(lanes) > 70
    vb = tl.plot.view_box
    (y0, y1) = vb.viewRange()[1]
    lane_height = vb.boundingRect().height() / (y1 - y0)
    assert lane_height >= tl.lane_px() - 0.5 and lane_height >= w.fontMetrics().height() + 8
    assert tl.scroll_bar.isVisible() and tl.scroll_bar.maximum() > 0
    names = [v for v in tl._lane_values if v]
    assert names == sorted(names, key=vietnamese_sort_key)
    assert "" not in names and all(label.strip() for label in lanes)
    # every lane in view has its label drawn, none dropped for crowding
    first = drawn_lane_labels(tl)
    assert len(first) >= int(y1 - y0) - 1 and set(first) <= set(lanes)
    # the wheel scrolls the lanes; the labels follow
    tl.scroll_bar.setValue(tl.scroll_bar.maximum())
    last = drawn_lane_labels(tl)
    assert lanes[-1] in last and lanes[0] not in last
    # Vietnamese order: Ấn Độ right after the A's, Đức right after the D's (not after Z)
    values = tl._lane_values
    assert values[values.index("Ấn Độ") + 1][0] not in "aA" and values[values.index("Ấn Độ") - 1][0] in "aAảẢ"
    assert values[values.index("Đức") + 1][0] in "EeÊê" and values[values.index("Đức") - 1][0] in "DdĐđ"
    # ordered by number of visits: Đức (4 visits) first
    tl.order_combo.setCurrentIndex(1)
    assert tl.lane_labels()[0].startswith("Đức (")
    # the stray 1951 date does not stretch the dates shown
    lo, hi = vb.viewRange()[0]
    assert lo > tl._lay.full_span()[0] + 50 * 365 * 86400.0
    # a country chosen elsewhere (the facets) scrolls its lane into view
    tl.scroll_bar.setValue(0)
    last_lane = len(tl._lane_values) - 1
    w.selection.update_filter(countries=frozenset({tl._lane_values[last_lane]}))
    top = tl.scroll_bar.value()
    assert top <= last_lane < top + int(tl._shown_lanes)


def test_tooltip_stays_while_hovered_and_says_unknown_instead_of_nothing(qtbot, make_window, seeded_copy_path,
                                                                         monkeypatch):
    from app.store.db import open_archive

    db = open_archive(seeded_copy_path)  # the Chile visit: no day, no month, no year, no places
    db.execute("UPDATE visits SET start = NULL, \"end\" = NULL, day_month = NULL, places = '[]' "
               "WHERE host_country = 'Chile'")
    db.conn.commit()
    db.conn.close()
    w = make_window(seeded_copy_path)
    tl = w.timeline
    shown = []
    monkeypatch.setattr("app.ui.timeline.QToolTip.showText", lambda *args: shown.append(args))
    monkeypatch.setattr("app.ui.timeline.QToolTip.isVisible", lambda: bool(shown))
    chile = next(v for v in visits(w.archive.db) if v["host_country"] == "Chile")
    pos = tl.scene_pos_of(chile["id"])
    tl.on_mouse_moved(pos)
    tl.on_mouse_moved(pos + QPointF(1, 0))  # moving over the same visit does not re-show it
    assert len(shown) == 1
    _pos, text, widget, rect, msecs = shown[0]
    assert msecs >= 60_000 and widget is tl.plot.viewport()
    assert rect.contains(tl.plot.mapFromScene(pos))  # hidden when the mouse leaves the visit
    lines = text.split("\n")
    assert all(line.split(":", 1)[-1].strip() for line in lines), lines
    assert "Ngày: chưa rõ" in lines
    tl.on_mouse_moved(QPointF(tl.plot.view_box.sceneBoundingRect().center()) + QPointF(0, 3))  # off it
    assert len(shown) == 1


def test_keyboard_reaches_the_timeline_and_its_shortcuts(qtbot, seeded_window):
    w = seeded_window
    tl = w.timeline
    tl.order_combo.setFocus()
    qtbot.keyClick(tl.order_combo, Qt.Key.Key_Tab)
    assert tl.plot.hasFocus()
    w.article_list.setFocus()
    qtbot.keyClick(w, Qt.Key.Key_T, Qt.KeyboardModifier.ControlModifier)
    assert tl.plot.hasFocus()
    lo, hi = tl.plot.view_box.viewRange()[0]
    qtbot.keyClick(tl.plot, Qt.Key.Key_Right)
    assert tl.plot.view_box.viewRange()[0][0] > lo
    qtbot.keyClick(tl.plot, Qt.Key.Key_Minus)
    (a, b) = tl.plot.view_box.viewRange()[0]
    assert b - a > hi - lo
    qtbot.keyClick(tl.plot, Qt.Key.Key_Home)
    assert tl.plot.view_box.viewRange()[0] == pytest.approx([lo, hi])
    qtbot.keyClick(tl.plot, Qt.Key.Key_D)
    assert tl.range_button.isChecked() and tl.plot.view_box.range_mode
    qtbot.keyClick(tl.plot, Qt.Key.Key_L)
    assert tl.by_leader


def test_typed_dates_set_the_range(qtbot, seeded_window):
    w = seeded_window
    tl = w.timeline
    tl.from_edit.setDate(QDate(2022, 11, 1))
    tl.from_edit.editingFinished.emit()
    assert (w.selection.filter.date_from, w.selection.filter.date_to) == ("2022-11-01", None)
    assert tl.range_button.isChecked() and tl._region is not None
    tl.to_edit.setDate(QDate(2022, 11, 30))
    tl.to_edit.editingFinished.emit()
    assert w.selection.filter.date_to == "2022-11-30"
    assert listed_countries(w) == {"Lào"}  # the one visit of November 2022


@pytest.mark.qt_log_ignore(r".*propagateSizeHints.*", r".*does not support raise\(\).*")  # offscreen tooltips
def test_tooltip_is_still_shown_after_qt_s_tooltip_event(qtbot, seeded_window):
    """Qt's own tooltip event (after ~0.7 s of hovering) used to hide the visit's tooltip."""
    from PySide6.QtGui import QCursor
    from PySide6.QtWidgets import QToolTip

    tl = seeded_window.timeline
    peru = next(v for v in visits(seeded_window.archive.db) if v["host_country"] == "Peru" and v["start"])
    pos = tl.scene_pos_of(peru["id"])
    QCursor.setPos(tl.plot.viewport().mapToGlobal(tl.plot.mapFromScene(pos)))
    qtbot.wait(100)
    tl.on_mouse_moved(pos)
    qtbot.wait(2500)
    assert QToolTip.isVisible() and "Nước chủ nhà: Peru" in QToolTip.text()
    QToolTip.hideText()


def test_a_chosen_country_without_visits_under_the_other_filters_stays_listed(qtbot, seeded_window):
    w = seeded_window
    click_facet(qtbot, w, "countries", "Lào")
    w.selection.update_filter(date_from="2024-01-01", date_to="2024-12-31")  # no Laos visit in 2024
    assert w.article_model.ids == []
    assert "Lào (0)" in w.visit_facets.labels("countries")
    click_facet(qtbot, w, "countries", "Lào", Qt.KeyboardModifier.ControlModifier)  # unchosen again
    assert w.selection.filter.countries == frozenset() and w.article_model.ids
