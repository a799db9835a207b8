"""Corrections made from the window's context menus: the article list and the entity sidebar.

The actions are triggered directly (a QMenu's exec would block) and their dialogs filled in and
accepted; then the list, the sidebar, the reader and the CSV export must show the corrected value,
marked, and it must survive a re-analysis of the whole archive.
"""

from __future__ import annotations

import csv
import io
import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest  # noqa: E402
from PySide6.QtCore import QDate  # noqa: E402
from PySide6.QtWidgets import QMenu  # noqa: E402

from app.paths import resource_path  # noqa: E402
from app.store.corrections import (  # noqa: E402
    hide_entity,
    list_corrections,
    merge_entities,
    rename_entity,
    set_article_dates,
)
from app.store.export import write_visits_csv  # noqa: E402
from app.store.query import find_entities  # noqa: E402
from app.ui.article_model import COLUMNS, CORRECTED_ROLE  # noqa: E402
from app.ui.correction_dialogs import CORRECTED_MARK, CountryDialog, DateDialog, LeaderDialog  # noqa: E402
from tests import gui_fixtures  # noqa: E402
from tests.gui_fixtures import document_tooltips  # noqa: E402

seeded_copy_path = gui_fixtures.seeded_copy_path  # fixture (conftest registers only the shared ones)

pytestmark = [pytest.mark.gui, pytest.mark.qt_log_ignore(r".*propagateSizeHints.*")]

COL = {name: i for i, (name, _field) in enumerate(COLUMNS)}


# --- helpers ---------------------------------------------------------------------------------
@pytest.fixture
def window(make_window, seeded_copy_path):
    return make_window(seeded_copy_path)


def article_by_title(w, words: str) -> int:
    for row in range(w.article_model.rowCount()):
        if words in w.article_model.data(w.article_model.index(row, COL["title"])):
            return w.article_model.article_id(row)
    raise AssertionError(words)


def cell(w, article_id: int, column: str, role=None) -> object:
    index = w.article_model.index(w.article_model.row_of(article_id), COL[column])
    return w.article_model.data(index) if role is None else w.article_model.data(index, role)


def trigger(menu: QMenu, name: str) -> None:
    action = next(a for a in menu.actions() if a.objectName() == name)
    assert action.isEnabled(), name
    action.trigger()


def sidebar_labels(w) -> list[str]:
    model = w.sidebar.model
    out = []
    for g in range(model.rowCount()):
        group = model.item(g)
        out += [group.child(r).text() for r in range(group.rowCount())]
    return out


def csv_rows(w) -> list[dict]:
    out = io.StringIO()
    write_visits_csv(w.archive.db, out)
    return list(csv.DictReader(io.StringIO(out.getvalue())))


def reanalyze_all(w) -> None:
    from app.reanalyze import reanalyze

    report = reanalyze(w.archive.db)
    assert not report.failed
    w.archive.notify_changed()


# --- article list ----------------------------------------------------------------------------
def test_article_menu_has_the_corrections(window):
    w = window
    hanoi = article_by_title(w, "Argentina")
    names = [a.objectName() for a in w.article_menu(hanoi).actions() if a.objectName()]
    assert names == ["correctDates", "correctLeader", "correctCountry", "correctKind", "notAVisit",
                     "addCounterpart", "clearCorrections"]
    texts = [a.text() for a in w.article_menu(hanoi).actions() if a.text()]
    assert texts == ["Sửa ngày…", "Sửa trưởng đoàn…", "Sửa nước chủ nhà…", "Sửa loại sự kiện…",
                     "Không phải chuyến thăm", "Thêm người đã gặp…", "Xoá sửa đổi"]
    clear = next(a for a in w.article_menu(hanoi).actions() if a.objectName() == "clearCorrections")
    assert not clear.isEnabled()  # nothing corrected yet


def test_correct_date_country_leader_then_reanalyze_then_clear(qtbot, window):
    w = window
    hanoi = article_by_title(w, "Argentina")  # "19/10–30/10/????": the year is unknown
    w.selection.set_article(hanoi)

    # the date, with the "year unknown" note
    trigger(w.article_menu(hanoi), "correctDates")
    dialog = w.correction_dialog
    assert isinstance(dialog, DateDialog) and dialog.isVisible()
    assert dialog.note.isVisible() and "Chưa rõ năm" in dialog.note.text()
    assert (dialog.start_edit.date().day(), dialog.start_edit.date().month()) == (19, 10)
    assert (dialog.end_edit.date().day(), dialog.end_edit.date().month()) == (30, 10)
    assert dialog.year_is_unknown() and dialog.year() is None  # no year made up
    dialog.year_unknown_box.setChecked(False)
    assert not dialog.buttons.button(dialog.buttons.StandardButton.Ok).isEnabled()  # a year is asked for
    dialog.year_edit.setValue(2024)
    assert (dialog.start_iso(), dialog.end_iso()) == ("2024-10-19", "2024-10-30")
    with qtbot.waitSignal(w.archive.contents_changed):
        dialog.accept()
    assert cell(w, hanoi, "date") == f"19/10/2024–30/10/2024 {CORRECTED_MARK}"
    assert cell(w, hanoi, "date", CORRECTED_ROLE) is True
    assert "đã sửa tay" in cell(w, hanoi, "date", 3)  # ToolTipRole
    assert cell(w, hanoi, "date", 6).italic()  # FontRole
    assert CORRECTED_MARK in w.reader.toPlainText() and "19/10/2024" in w.reader.toPlainText()

    # the host country, completed from the gazetteer
    trigger(w.article_menu(hanoi), "correctCountry")
    dialog = w.correction_dialog
    assert isinstance(dialog, CountryDialog)
    assert dialog.combo.findText("Peru") >= 0 and dialog.combo.findText("Lào") >= 0
    assert dialog.combo.currentText() == "Argentina"
    dialog.combo.setCurrentText("Peru")
    with qtbot.waitSignal(w.archive.contents_changed):
        dialog.accept()
    assert cell(w, hanoi, "country") == f"Peru {CORRECTED_MARK}"

    # the leader and the leader's title
    trigger(w.article_menu(hanoi), "correctLeader")
    dialog = w.correction_dialog
    assert isinstance(dialog, LeaderDialog)
    assert dialog.name_edit.text() == "Ngô Thị Thanh Hằng"
    dialog.name_edit.setText("Trần Sỹ Thanh")
    dialog.title_edit.setText("Chủ tịch UBND thành phố Hà Nội")
    with qtbot.waitSignal(w.archive.contents_changed):
        dialog.accept()
    assert cell(w, hanoi, "leader") == f"Trần Sỹ Thanh {CORRECTED_MARK}"
    assert "đã sửa tay" in document_tooltips(w.reader) and "Peru" in w.reader.toPlainText()

    # the export and the timeline follow
    (row,) = [r for r in csv_rows(w) if r["article_id"] == str(hanoi) and r["leader"] == "Trần Sỹ Thanh"]
    assert row["host_country"] == "Peru"
    assert (row["leader"], row["start"], row["end"]) == ("Trần Sỹ Thanh", "2024-10-19", "2024-10-30")
    assert any(v["host_country"] == "Peru" and v["article_id"] == hanoi for v in w.timeline._visits)

    # corrections win over a re-analysis of the whole archive
    reanalyze_all(w)
    assert cell(w, hanoi, "date") == f"19/10/2024–30/10/2024 {CORRECTED_MARK}"
    assert cell(w, hanoi, "country") == f"Peru {CORRECTED_MARK}"
    assert cell(w, hanoi, "leader") == f"Trần Sỹ Thanh {CORRECTED_MARK}"

    # "Xoá sửa đổi" re-analyses on the worker and brings the machine's values back
    menu = w.article_menu(hanoi)
    with qtbot.waitSignal(w.task_finished, timeout=120_000):
        trigger(menu, "clearCorrections")
        assert w.worker is not None  # not on the GUI thread
    assert cell(w, hanoi, "date") == "19/10–30/10/????"
    assert cell(w, hanoi, "country") == "Argentina"
    assert cell(w, hanoi, "leader") == "Ngô Thị Thanh Hằng"
    assert cell(w, hanoi, "date", CORRECTED_ROLE) is False
    assert CORRECTED_MARK not in w.reader.toPlainText()


def test_bad_country_is_refused_with_a_message(qtbot, window):
    w = window
    lima = article_by_title(w, "Lima")
    trigger(w.article_menu(lima), "correctCountry")
    w.correction_dialog.combo.setCurrentText("Xứ Sở Thần Tiên")
    with qtbot.assertNotEmitted(w.archive.contents_changed):
        w.correction_dialog.accept()
    assert w.message_box is not None and w.message_box.isVisible()
    assert "không biết quốc gia" in w.message_box.text()
    w.message_box.close()
    assert cell(w, lima, "country") == "Peru"


def test_date_dialog_keeps_end_after_start(window):
    w = window
    lima = article_by_title(w, "Lima")
    trigger(w.article_menu(lima), "correctDates")
    dialog = w.correction_dialog
    assert not dialog.note.text().startswith("Chưa rõ")  # the year was inferred, not unknown
    dialog.start_edit.setDate(QDate(2024, 11, 20))
    assert dialog.end_edit.date() >= dialog.start_edit.date()
    dialog.reject()


# --- entity sidebar --------------------------------------------------------------------------
def person(w, name: str) -> int:
    (entity,) = [e for e in find_entities(w.archive.db, name, "person") if e["name"] == name]
    return entity["id"]


def test_entity_menu_rename_merge_hide(qtbot, window):
    w = window
    sidebar = w.sidebar
    medina = person(w, "Marco Medina")
    menu = sidebar.entity_menu(medina)
    assert [a.text() for a in menu.actions() if a.text()] == ["Hồ sơ người…", "Đổi tên…", "Gộp vào…", "Ẩn",
                                                              "Xoá sửa đổi", "Hiện mục đã ẩn"]
    assert not next(a for a in menu.actions() if a.objectName() == "clearEntityCorrections").isEnabled()

    # rename
    trigger(menu, "renameEntity")
    sidebar.correction_dialog.name_edit.setText("Marco Antonio Medina")
    with qtbot.waitSignal(w.archive.contents_changed):
        sidebar.correction_dialog.accept()
    labels = sidebar_labels(w)
    assert any(label.startswith("Marco Antonio Medina") and label.endswith(CORRECTED_MARK) for label in labels)
    index = sidebar.model.index_of_entity(medina)
    assert index.data(6).italic() and "đã sửa tay" in index.data(3)  # FontRole, ToolTipRole

    # merge, from a filterable list of people only; the filter follows the kept entity
    elard, rafael = person(w, "Elard Alberto Escala Sanchez-Barreto"), person(w, "Rafael Lopez Aliaga")
    w.selection.update_filter(entity_ids=frozenset({elard}))
    trigger(sidebar.entity_menu(elard), "mergeEntity")
    dialog = sidebar.correction_dialog
    assert "Lương Cường" in " ".join(dialog.visible_names())
    assert not any(n in ("Lima", "Peru") for n in dialog.visible_names())  # no places
    dialog.filter_edit.setText("lopez")
    assert [n.split(" — ")[0] for n in dialog.visible_names()] == ["Rafael Lopez Aliaga"]
    with qtbot.waitSignal(w.archive.contents_changed):
        dialog.accept()
    assert w.selection.filter.entity_ids == {rafael}
    assert not any(label.startswith("Elard") for label in sidebar_labels(w))
    assert sidebar.model.index_of_entity(rafael).data().endswith(CORRECTED_MARK)
    w.selection.clear()

    # hide, show the hidden ones, show again
    allende = person(w, "Salvador Allende")
    with qtbot.waitSignal(w.archive.contents_changed):
        trigger(sidebar.entity_menu(allende), "hideEntity")
    assert not any(label.startswith("Salvador Allende") for label in sidebar_labels(w))
    sidebar.show_hidden_action.setChecked(True)
    (label,) = [label for label in sidebar_labels(w) if label.startswith("Salvador Allende")]
    assert "(đã ẩn)" in label
    menu = sidebar.entity_menu(allende)
    assert "unhideEntity" in [a.objectName() for a in menu.actions()]

    # all of it survives a re-analysis
    reanalyze_all(w)
    labels = sidebar_labels(w)
    assert any(label.startswith("Marco Antonio Medina") for label in labels)
    assert not any(label.startswith("Elard") for label in labels)
    assert any(label.startswith("Salvador Allende") and "(đã ẩn)" in label for label in labels)

    with qtbot.waitSignal(w.archive.contents_changed):
        trigger(sidebar.entity_menu(allende), "unhideEntity")
    sidebar.show_hidden_action.setChecked(False)
    (label,) = [label for label in sidebar_labels(w) if label.startswith("Salvador Allende")]
    assert "(đã ẩn)" not in label


def test_entity_menu_undoes_rename_merge_and_hide(qtbot, window):
    """"Xoá sửa đổi" in the sidebar drops that entity's corrections (on the worker: it re-analyses)."""
    w = window
    sidebar, db = w.sidebar, w.archive.db
    medina, allende = person(w, "Marco Medina"), person(w, "Salvador Allende")
    elard, rafael = person(w, "Elard Alberto Escala Sanchez-Barreto"), person(w, "Rafael Lopez Aliaga")
    rename_entity(db, medina, "Marco Antonio Medina")
    merge_entities(db, rafael, elard)
    hide_entity(db, allende)
    w.archive.notify_changed()
    sidebar.show_hidden_action.setChecked(True)
    assert not any(label.startswith("Elard") for label in sidebar_labels(w))

    def undo(entity_id: int) -> None:
        with qtbot.waitSignal(w.task_finished, timeout=120_000) as done:
            trigger(sidebar.entity_menu(entity_id), "clearEntityCorrections")
            assert w.worker is not None  # off the GUI thread
        assert done.args[0] == 1

    undo(medina)
    assert any(label.startswith("Marco Medina") and not label.endswith(CORRECTED_MARK) for label in sidebar_labels(w))
    assert not any(label.startswith("Marco Antonio") for label in sidebar_labels(w))
    undo(rafael)  # the kept entity undoes what was merged into it
    assert any(label.startswith("Elard") for label in sidebar_labels(w))
    assert not sidebar.model.index_of_entity(rafael).data().endswith(CORRECTED_MARK)
    undo(allende)
    (label,) = [label for label in sidebar_labels(w) if label.startswith("Salvador Allende")]
    assert "(đã ẩn)" not in label
    assert [c for c in list_corrections(db) if c["target"] == "entity"] == []
    clear = next(a for a in sidebar.entity_menu(medina).actions() if a.objectName() == "clearEntityCorrections")
    assert not clear.isEnabled()


def test_corrections_wait_while_a_worker_writes(qtbot, window):
    w = window
    w.archive.busy = True
    try:
        with qtbot.assertNotEmitted(w.archive.contents_changed):
            assert not w.sidebar.on_hide(person(w, "Salvador Allende"))
        assert w.sidebar.message_box.isVisible()
        w.sidebar.message_box.close()
        medina = person(w, "Marco Medina")
        rename_entity(w.archive.db, medina, "Marco Antonio Medina")
        with qtbot.assertNotEmitted(w.sidebar.task_requested):
            assert not w.sidebar.on_clear_corrections(medina)
        assert w.sidebar.message_box.isVisible()
        w.sidebar.message_box.close()
    finally:
        w.archive.busy = False


# --- screenshot ------------------------------------------------------------------------------
def test_screenshot_correction(qtbot, window):
    """resources/screenshot-correction.png: a corrected date (marked ✎ in the list and the reader)
    and the article list's context menu open on that article. The menu is painted where it pops
    up: an offscreen grab of the window does not include popups."""
    from PySide6.QtGui import QPainter

    w = window
    lima = article_by_title(w, "Lima")
    set_article_dates(w.archive.db, lima, "2024-11-14")  # the inferred year, confirmed by hand
    w.archive.notify_changed()
    w.selection.update_filter(entity_ids=frozenset({person(w, "Lương Cường")}))
    w.selection.set_article(lima)
    w.resize(1400, 900)
    qtbot.wait(50)
    assert cell(w, lima, "date") == f"14/11/2024 {CORRECTED_MARK}"
    assert f"14/11/2024 {CORRECTED_MARK}" in w.reader.toPlainText().replace("\xa0", " ")
    view = w.article_list
    rect = view.visualRect(w.article_model.index(w.article_model.row_of(lima), COL["leader"]))
    menu = w.article_menu(lima)
    assert next(a for a in menu.actions() if a.objectName() == "clearCorrections").isEnabled()
    menu.adjustSize()
    image = w.grab()
    painter = QPainter(image)
    painter.drawPixmap(view.viewport().mapTo(w, rect.center()), menu.grab())
    painter.end()
    menu.deleteLater()
    assert image.width() == 1400 and image.height() == 900
    assert image.save(str(resource_path("screenshot-correction.png")))


# --- one piece of code for both panes ---------------------------------------------------------
def test_window_and_sidebar_share_the_correction_and_worker_code(qtbot, window, monkeypatch):
    from app.ui.correcting import CorrectionHost
    from app.ui.main_window import MainWindow

    w = window
    assert isinstance(w, CorrectionHost) and isinstance(w.sidebar, CorrectionHost)
    started = []
    monkeypatch.setattr(MainWindow, "_run_worker", lambda self, worker, text, **kw: started.append(text))
    w.start_task(lambda db: None, "task")
    w.start_import([], quiet=True)
    assert started == ["task", "đang nhập…"]
    w.cancel_import_button.hide()


def test_the_reader_shows_the_kind_and_whom_they_met(qtbot, window):
    w = window
    lima = article_by_title(w, "Thị trưởng Lima")
    w.selection.set_article(lima)
    text = w.reader.toPlainText()
    assert "Sự kiện: Đoàn Việt Nam thăm nước ngoài" in text
    assert "Đã gặp: Thị trưởng thành phố Lima Rafael Lopez Aliaga" in text
    tips = document_tooltips(w.reader)
    assert any(t.startswith("Loại sự kiện: kind_outbound:") and "«" in t for t in tips)
    assert any(t.startswith("Trưởng đoàn: leader:") for t in tips)


def test_not_a_visit_takes_the_article_off_the_timeline_and_out_of_the_csv(qtbot, window):
    w = window
    laos = article_by_title(w, "đại sứ quán Việt Nam tại Lào")
    drawn = {int(i) for i in w.timeline._data.ids}  # the visits the timeline draws
    laos_visits = {r[0] for r in w.archive.db.execute(
        "SELECT id FROM visits WHERE article_id = ?", [laos]).fetchall()}
    assert laos_visits and laos_visits <= drawn
    assert any(r["article_id"] == str(laos) for r in csv_rows(w))
    with qtbot.waitSignal(w.archive.contents_changed, timeout=3000):
        trigger(w.article_menu(laos), "notAVisit")
    assert not any(r["article_id"] == str(laos) for r in csv_rows(w))
    assert cell(w, laos, "leader") in (None, "")
    assert not laos_visits & {int(i) for i in w.timeline._data.ids}
    w.selection.set_article(laos)
    assert "Sự kiện: Không phải chuyến thăm" in w.reader.toPlainText() and "✈" not in w.reader.toPlainText()
    reanalyze_all(w)
    assert not any(r["article_id"] == str(laos) for r in csv_rows(w))  # the correction wins


def test_a_counterpart_added_from_the_menu(qtbot, window):
    from app.ui.correction_dialogs import CounterpartDialog

    w = window
    lima = article_by_title(w, "Thị trưởng Lima")
    trigger(w.article_menu(lima), "addCounterpart")
    dialog = w.correction_dialog
    assert isinstance(dialog, CounterpartDialog)
    dialog.name_edit.setCurrentText("Gustavo Adrianzén")
    dialog.title_edit.setText("Thủ tướng Peru")
    with qtbot.waitSignal(w.archive.contents_changed, timeout=3000):
        dialog.accept()
    w.selection.set_article(lima)
    assert "Thủ tướng Peru Gustavo Adrianzén" in w.reader.toPlainText()
    remove = next(a for a in w.article_menu(lima).actions() if a.menu() and a.menu().objectName() == "removeCounterpart")
    assert "Gustavo Adrianzén" in [a.text() for a in remove.menu().actions()]


def test_kind_dialog_brings_the_visit_back_through_the_worker(qtbot, window):
    from app.ui.correction_dialogs import KindDialog

    w = window
    laos = article_by_title(w, "đại sứ quán Việt Nam tại Lào")
    with qtbot.waitSignal(w.archive.contents_changed, timeout=3000):
        trigger(w.article_menu(laos), "notAVisit")
    assert not any(r["article_id"] == str(laos) for r in csv_rows(w))
    trigger(w.article_menu(laos), "correctKind")
    dialog = w.correction_dialog
    assert isinstance(dialog, KindDialog) and dialog.kind() == "none"
    dialog.combo.setCurrentIndex(dialog.combo.findData("outbound"))
    with qtbot.waitSignal(w.archive.contents_changed, timeout=20000):
        dialog.accept()
    qtbot.waitUntil(lambda: w.worker is None, timeout=20000)
    assert any(r["article_id"] == str(laos) and r["host_country"] == "Lào" for r in csv_rows(w))
