"""Context menus act on the row that was right-clicked: a right-click in the sorted, filtered sidebar
or in the article list must not select (and so re-filter and re-sort) before the menu reads its row.
The clicks are real mouse events on the views' viewports; the menus pop up without blocking."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest  # noqa: E402
from PySide6.QtCore import Qt  # noqa: E402
from PySide6.QtGui import QContextMenuEvent  # noqa: E402
from PySide6.QtTest import QTest  # noqa: E402
from PySide6.QtWidgets import QApplication, QLabel  # noqa: E402

from app.ui.entity_model import ENTITY_ID_ROLE, NAME_ROLE  # noqa: E402
from tests import gui_fixtures  # noqa: E402

seeded_copy_path = gui_fixtures.seeded_copy_path

pytestmark = [pytest.mark.gui, pytest.mark.qt_log_ignore(r".*(propagateSizeHints|raise\(\)|grabbing the keyboard).*")]


def right_click(view, index, *, menu_on_release: bool = False) -> None:
    """What a platform sends for a right-click: press, then the context-menu event (X11: on the
    press; Windows: on the release). QTest's mouse clicks alone send no context-menu event."""
    viewport, pos = view.viewport(), view.visualRect(index).center()
    right, none = Qt.MouseButton.RightButton, Qt.KeyboardModifier.NoModifier
    menu_event = QContextMenuEvent(QContextMenuEvent.Reason.Mouse, pos, viewport.mapToGlobal(pos))
    QTest.mousePress(viewport, right, none, pos)
    if not menu_on_release:
        QApplication.sendEvent(viewport, menu_event)
    QTest.mouseRelease(viewport, right, none, pos)
    if menu_on_release:
        QApplication.sendEvent(viewport, menu_event)


def trigger(menu, name: str) -> None:
    next(a for a in menu.actions() if a.objectName() == name).trigger()


def entity_rows(sidebar, group_row: int = 0) -> list:
    group = sidebar.proxy.index(group_row, 0)
    return [sidebar.proxy.index(r, 0, group) for r in range(sidebar.proxy.rowCount(group))]


@pytest.mark.parametrize(("sort_by_name", "menu_on_release"), [(False, False), (True, True)])
def test_sidebar_right_click_renames_the_row_clicked(qtbot, make_window, seeded_copy_path, sort_by_name,
                                                     menu_on_release):
    w = make_window(seeded_copy_path)
    sidebar = w.sidebar
    sidebar.sort_combo.setCurrentIndex(1 if sort_by_name else 0)
    qtbot.keyClicks(sidebar.filter_edit, "n")  # a filtered sidebar: names containing "n"
    rows = entity_rows(sidebar)
    assert len(rows) >= 4
    for index in rows[:6]:
        name, entity_id = index.data(NAME_ROLE), index.data(ENTITY_ID_ROLE)
        before = w.selection.filter
        right_click(sidebar.tree, index, menu_on_release=menu_on_release)
        qtbot.waitUntil(lambda: sidebar.context_menu is not None and sidebar.context_menu.isVisible())
        assert w.selection.filter == before  # the right-click selected nothing, re-sorted nothing
        trigger(sidebar.context_menu, "renameEntity")
        dialog = sidebar.correction_dialog
        assert dialog is not None and dialog.objectName() == "renameDialog"
        assert dialog.name_edit.text() == name, f"menu opened for another row than {name} ({entity_id})"
        dialog.reject()


def test_sidebar_right_click_merges_the_row_clicked_while_another_is_selected(qtbot, make_window,
                                                                              seeded_copy_path):
    w = make_window(seeded_copy_path)
    sidebar = w.sidebar
    rows = entity_rows(sidebar)
    sidebar.tree.selectionModel().select(rows[0], sidebar.tree.selectionModel().SelectionFlag.ClearAndSelect)
    selected = w.selection.filter.entity_ids
    assert selected
    rows = entity_rows(sidebar)
    target = rows[-1]
    name = target.data(NAME_ROLE)
    right_click(sidebar.tree, target)
    qtbot.waitUntil(lambda: sidebar.context_menu is not None)
    assert w.selection.filter.entity_ids == selected
    trigger(sidebar.context_menu, "mergeEntity")
    dialog = sidebar.correction_dialog
    assert dialog.objectName() == "mergeDialog"
    assert any(f"«{name}»" in label.text() for label in dialog.findChildren(QLabel))
    assert target.data(ENTITY_ID_ROLE) not in [dialog.list.item(r).data(dialog.ID_ROLE)
                                               for r in range(dialog.list.count())]
    dialog.reject()


def test_article_list_right_click_corrects_the_row_clicked(qtbot, make_window, seeded_copy_path):
    w = make_window(seeded_copy_path)
    w.article_list.sortByColumn(1, Qt.SortOrder.DescendingOrder)  # sorted by title
    model = w.article_model
    for row in range(model.rowCount()):
        article_id = model.article_id(row)
        title = model.data(model.index(row, 1))
        right_click(w.article_list, model.index(row, 1))
        qtbot.waitUntil(lambda: w.context_menu is not None and w.context_menu.isVisible())
        assert w.selection.article_id == article_id  # the reader shows the article being corrected
        trigger(w.context_menu, "correctDates")
        dialog = w.correction_dialog
        assert dialog is not None and dialog.objectName() == "dateDialog"
        assert dialog.findChild(QLabel, "dialogTitle").text() == title
        dialog.reject()
