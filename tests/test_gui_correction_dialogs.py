"""The date and leader dialogs: a year is never made up ("năm chưa rõ"), only what is known is
pre-filled, and a leader is changed together with their title."""

from __future__ import annotations

import os
import re

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest  # noqa: E402
from PySide6.QtCore import QDate  # noqa: E402
from PySide6.QtWidgets import QDialogButtonBox  # noqa: E402

from app.store.query import article_rows, find_entities  # noqa: E402
from app.ui.correction_dialogs import CORRECTED_MARK, DateDialog, LeaderDialog  # noqa: E402
from tests import gui_fixtures  # noqa: E402

seeded_copy_path = gui_fixtures.seeded_copy_path

pytestmark = [pytest.mark.gui, pytest.mark.qt_log_ignore(r".*propagateSizeHints.*")]


def article_by_title(w, words: str) -> int:
    model = w.article_model
    return next(model.article_id(r) for r in range(model.rowCount()) if words in model.data(model.index(r, 1)))


def open_menu_action(w, article_id: int, name: str):
    menu = w.article_menu(article_id)
    next(a for a in menu.actions() if a.objectName() == name).trigger()
    return w.correction_dialog


def ok(dialog) -> QDialogButtonBox:
    return dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)


def test_year_unknown_is_prefilled_and_saved_without_a_year(qtbot, make_window, seeded_copy_path):
    w = make_window(seeded_copy_path)
    hanoi = article_by_title(w, "Argentina")  # 19/10–30/10, the article states no year
    dialog = open_menu_action(w, hanoi, "correctDates")
    assert isinstance(dialog, DateDialog)
    assert dialog.year_unknown_box.isChecked() and dialog.year() is None
    shown = dialog.start_edit.text() + " " + dialog.end_edit.text()
    assert (dialog.start_edit.text(), dialog.end_edit.text()) == ("19/10", "30/10")
    assert not re.search(r"\d{4}", shown) and str(QDate.currentDate().year()) not in shown
    assert ok(dialog).isEnabled()
    dialog.end_edit.setDate(dialog.end_edit.date().addDays(-1))  # 29/10, still no year
    with qtbot.waitSignal(w.archive.contents_changed):
        dialog.accept()
    row = article_rows(w.archive.db, [hanoi])[hanoi]
    assert row["date"] == "19/10–29/10/????"
    w.article_model.refresh()
    index = w.article_model.index(w.article_model.row_of(hanoi), 0)
    assert w.article_model.data(index) == f"19/10–29/10/???? {CORRECTED_MARK}"


def test_unticking_year_unknown_asks_for_a_year(qtbot, make_window, seeded_copy_path):
    w = make_window(seeded_copy_path)
    hanoi = article_by_title(w, "Argentina")
    dialog = open_menu_action(w, hanoi, "correctDates")
    dialog.year_unknown_box.setChecked(False)
    assert dialog.year() is None and not ok(dialog).isEnabled()  # no year chosen: nothing to save
    dialog.year_edit.setValue(2019)
    assert ok(dialog).isEnabled()
    assert (dialog.start_iso(), dialog.end_iso()) == ("2019-10-19", "2019-10-30")
    assert dialog.start_edit.text() == "19/10/2019"
    with qtbot.waitSignal(w.archive.contents_changed):
        dialog.accept()
    assert article_rows(w.archive.db, [hanoi])[hanoi]["date"] == "19/10/2019–30/10/2019"


def test_a_dated_article_can_be_told_its_year_is_unknown(qtbot, make_window, seeded_copy_path):
    w = make_window(seeded_copy_path)
    lima = article_by_title(w, "Lima")
    dialog = open_menu_action(w, lima, "correctDates")
    assert not dialog.year_unknown_box.isChecked() and dialog.year() is not None
    day, month = dialog.start_edit.date().day(), dialog.start_edit.date().month()
    dialog.year_unknown_box.setChecked(True)
    assert not re.search(r"\d{4}", dialog.start_edit.text())
    with qtbot.waitSignal(w.archive.contents_changed):
        dialog.accept()
    assert article_rows(w.archive.db, [lima])[lima]["date"].startswith(f"{day:02d}/{month:02d}")
    assert article_rows(w.archive.db, [lima])[lima]["date"].endswith("/????")


def test_an_article_without_a_date_prefills_nothing(qtbot):
    dialog = DateDialog({"title": "x", "event_start": None, "day_month": None})
    qtbot.addWidget(dialog)
    assert dialog.start_edit.text() == "chưa rõ" and not ok(dialog).isEnabled()
    dialog.start_edit.setDate(QDate(2000, 3, 5))
    assert ok(dialog).isEnabled() and dialog.start_day_month() == "05/03"
    # a range across the new year while the year is unknown
    dialog.start_edit.setDate(QDate(2000, 12, 28))
    dialog.end_edit.setDate(QDate(2001, 1, 3))
    assert (dialog.start_day_month(), dialog.end_day_month()) == ("28/12", "03/01")
    dialog.year_unknown_box.setChecked(False)
    dialog.year_edit.setValue(2016)
    assert (dialog.start_iso(), dialog.end_iso()) == ("2016-12-28", "2017-01-03")


def test_leader_and_title_change_together(qtbot, make_window, seeded_copy_path):
    w = make_window(seeded_copy_path)
    hanoi = article_by_title(w, "Argentina")
    dialog = open_menu_action(w, hanoi, "correctLeader")
    assert isinstance(dialog, LeaderDialog)
    old_name, old_title = dialog.name_edit.text(), dialog.title_edit.text()
    assert old_name and old_title
    known = {e["name"]: e["title"] for e in find_entities(w.archive.db, "", "person") if e["title"] and e["name"] != old_name and e["title"] != old_title}
    name, title = next(iter(known.items()))
    dialog.name_edit.setText(name)  # a person the archive knows: their title comes along
    assert dialog.title_edit.text() == title
    dialog.name_edit.setText("Một Người Lạ")  # unknown to the archive: the title is left to the user
    assert dialog.title_edit.text() == title
    dialog.title_edit.setText("")
    with qtbot.waitSignal(w.archive.contents_changed):
        dialog.accept()
    row = article_rows(w.archive.db, [hanoi])[hanoi]
    assert (row["leader"], row["leader_title"]) == ("Một Người Lạ", None)
    dialog = open_menu_action(w, hanoi, "correctLeader")
    dialog.name_edit.setText(name)
    with qtbot.waitSignal(w.archive.contents_changed):
        dialog.accept()
    row = article_rows(w.archive.db, [hanoi])[hanoi]
    assert (row["leader"], row["leader_title"]) == (name, title)
