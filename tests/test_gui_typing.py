"""Typing fast in the search box or the sidebar's filter: once the keys stop, every pane shows what
the store says the final text selects (the in-memory entity counts agree with the SQL ones)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from app.store.entity_counts import entity_counts, mention_index
from app.store.query import Filter, article_ids, entity_facets, visit_facets, visit_ids
from app.ui.entity_model import COUNT_ROLE, ENTITY_ID_ROLE, GROUP_TYPES, SHOWN_PER_GROUP
from app.ui.timeline import MATCH

pytestmark = [pytest.mark.gui, pytest.mark.qt_log_ignore(r".*propagateSizeHints.*")]


def sidebar_counts(window) -> dict[int, int]:
    """Entity id → the count the sidebar shows, over every group."""
    proxy, shown = window.sidebar.proxy, {}
    for g in range(proxy.rowCount()):
        group = proxy.index(g, 0)
        for r in range(proxy.rowCount(group)):
            index = proxy.index(r, 0, group)
            shown[index.data(ENTITY_ID_ROLE)] = index.data(COUNT_ROLE)
    return shown


def sidebar_rows(window) -> dict[str, list[tuple[int, int, str]]]:
    """Each group's (entity id, count, label) in the order the sidebar shows them."""
    proxy, model, shown = window.sidebar.proxy, window.sidebar.model, {}
    for type_ in GROUP_TYPES:
        group = proxy.mapFromSource(model.group_index(type_))
        shown[type_] = [(i.data(ENTITY_ID_ROLE), i.data(COUNT_ROLE), i.data())
                        for i in (proxy.index(r, 0, group) for r in range(proxy.rowCount(group)))]
    return shown


def expected_sidebar(db, flt: Filter) -> dict[int, int]:
    """The SQL facets of the filter, the SHOWN_PER_GROUP most frequent of each group."""
    by_type: dict[str, list[dict]] = {t: [] for t in GROUP_TYPES}
    for f in entity_facets(db, flt):
        by_type[f["type"] if f["type"] in by_type else "location"].append(f)
    return {f["id"]: f["articles"] for fs in by_type.values() for f in fs[:SHOWN_PER_GROUP]}


def assert_panes_show(window, flt: Filter) -> None:
    db = window.archive.db
    assert window.selection.filter == flt
    assert window.article_model.ids == article_ids(db, flt)
    assert sidebar_counts(window) == expected_sidebar(db, flt)
    # items updated in place between keystrokes: labels say their counts, most frequent first
    for type_, rows in sidebar_rows(window).items():
        assert [n for _i, n, _label in rows] == sorted((n for _i, n, _label in rows), reverse=True), type_
        for entity_id, n, label in rows:
            assert f"({n})" in label and window.sidebar.model._info[entity_id].name in label
    for field, column in (("countries", "host_country"), ("leaders", "leader")):
        facets = visit_facets(db, column, flt)
        assert window.visit_facets.model.values(field) == [f["name"] for f in facets]
        shown = window.visit_facets.model.counts(field)
        assert {v: c[:2] for v, c in shown.items()} == {f["name"]: (f["visits"], f["articles"]) for f in facets}
        assert all(label.endswith(f"({c[0]})") for c, label in ((c, c[2]) for c in shown.values()))
        labels = window.visit_facets.labels(field)  # as shown: by visits
        assert [int(t.rpartition("(")[2].rstrip(")")) for t in labels] == sorted(
            (f["visits"] for f in facets), reverse=True)
    # the list's rows (read once and kept across filters) are the filter's articles
    model = window.article_model
    titles = dict(db.execute("SELECT id, title FROM articles").fetchall())
    for row in range(min(model.rowCount(), 30)):
        assert model.index(row, 1).data().startswith(titles[model.article_id(row)] or "")
    tl = window.timeline
    lit = {int(i) for i, s in zip(tl._data.ids, tl._state) if s >= MATCH}
    assert lit == (visit_ids(db, flt) if not flt.is_empty else set())


def settled(window) -> bool:
    return not window.search_timer.isActive()


@pytest.mark.parametrize("text", ["l", "lu", "luong c", "hop tac", "zzz"])
def test_every_pane_is_right_after_fast_typing(qtbot, seeded_window, text):
    w = seeded_window
    qtbot.keyClicks(w.search_box, "peru")  # a first search, then typed over at once
    qtbot.waitUntil(lambda: settled(w) and w.selection.filter.text == "peru", timeout=3000)
    w.search_box.selectAll()
    qtbot.keyClicks(w.search_box, text)  # every key at once: no pane gets to update in between
    assert w.selection.filter.text == "peru"  # debounced: the panes still show the last search
    qtbot.waitUntil(lambda: settled(w) and w.selection.filter.text == text, timeout=3000)
    assert_panes_show(w, Filter(text=text))


def test_backspacing_to_nothing_shows_the_whole_archive(qtbot, seeded_window):
    w = seeded_window
    qtbot.keyClicks(w.search_box, "luong")
    qtbot.waitUntil(lambda: settled(w) and w.selection.filter.text == "luong", timeout=3000)
    for _ in range(5):
        qtbot.keyClick(w.search_box, Qt.Key.Key_Backspace)
    qtbot.waitUntil(lambda: settled(w) and w.selection.filter.is_empty, timeout=3000)
    assert_panes_show(w, Filter())


def test_search_with_an_entity_chosen(qtbot, seeded_window):
    w = seeded_window
    person = next(f["id"] for f in entity_facets(w.archive.db) if f["type"] == "person")
    w.selection.update_filter(entity_ids=frozenset({person}))
    qtbot.keyClicks(w.search_box, "thu")
    qtbot.waitUntil(lambda: settled(w) and w.selection.filter.text == "thu", timeout=3000)
    assert_panes_show(w, Filter(entity_ids=frozenset({person}), text="thu"))


def test_sidebar_filter_typed_fast_shows_every_match_among_the_counted(qtbot, seeded_window):
    sidebar = seeded_window.sidebar
    qtbot.keyClicks(sidebar.filter_edit, "ng")
    qtbot.keyClick(sidebar.filter_edit, Qt.Key.Key_Backspace)
    qtbot.keyClicks(sidebar.filter_edit, "guyen")  # "nguyen"
    shown = sidebar_counts(seeded_window)
    facets = {f["id"]: f for f in entity_facets(seeded_window.archive.db)}
    from app.ui.entity_model import folded

    wanted = {i for i, f in facets.items() if "nguyen" in folded(f["name"])}
    assert shown.keys() == wanted  # the seeds have fewer than SHOWN_PER_GROUP of them
    assert all(shown[i] == facets[i]["articles"] for i in shown)


def test_in_memory_counts_agree_with_sql_and_follow_writes(seeded_copy_path):
    from app.store.corrections import hide_entity
    from app.store.db import open_archive

    db = open_archive(seeded_copy_path)
    people = [f["id"] for f in entity_facets(db) if f["type"] == "person"]
    filters = [Filter(), Filter(text="l"), Filter(text="luong cuong"), Filter(text="zzz"),
               Filter(entity_ids=frozenset(people[:1])), Filter(entity_ids=frozenset(people[:1]), text="a"),
               Filter(countries=frozenset({"Peru"}))]
    for flt in filters:
        counts, index = entity_counts(db, flt)
        assert counts == [(f["id"], f["articles"]) for f in entity_facets(db, flt)], flt
        assert all(index.by_id[i].name for i, _n in counts)
    before = mention_index(db)
    hide_entity(db, people[0])
    assert mention_index(db) is not before  # a write drops the index
    counts, _index = entity_counts(db, Filter(text="l"))
    assert people[0] not in dict(counts)
    assert counts == [(f["id"], f["articles"]) for f in entity_facets(db, Filter(text="l"))]
    db.conn.close()


def test_every_pane_is_right_after_each_key_of_a_search(qtbot, seeded_window):
    """Key by key, with the panes updating in between (items kept, updated, added and removed),
    through a text that matches nothing and back."""
    w = seeded_window
    for text in ["t", "th", "thu", "thu t", "thu tz", "thu t", "thu", "l", ""]:
        w.search_box.setText(text)
        w.on_search_timeout()
        assert_panes_show(w, Filter(text=text))
