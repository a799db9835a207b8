"""The main window on the five seed articles, driven through its widgets (pytest-qt, offscreen)."""

from __future__ import annotations

import json
import os
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest  # noqa: E402
from PySide6.QtCore import QPoint, QPointF, Qt, QUrl  # noqa: E402
from PySide6.QtWidgets import QLineEdit, QTableView, QTextBrowser, QTreeView  # noqa: E402

from app.paths import resource_path, seeds_dir  # noqa: E402
from app.store.query import Filter, article_rows, article_visits, find_entities, visits  # noqa: E402
from app.ui.reader import render_text  # noqa: E402
from app.ui.timeline import TimelinePlot  # noqa: E402

pytestmark = [
    pytest.mark.gui,
    # the offscreen platform plugin warns about a feature it lacks; not a fault of the window
    pytest.mark.qt_log_ignore(r".*propagateSizeHints.*"),
]


# --- helpers ---------------------------------------------------------------------------------
def luong_cuong(window) -> int:
    (entity,) = find_entities(window.archive.db, "luong cuong", "person")
    return entity["id"]


def luong_cuong_articles(window) -> set[int]:
    rows = article_rows(window.archive.db, list(range(1, 100)))
    ids = {i for i, r in rows.items() if r["leader"] == "Lương Cường"}
    assert {rows[i]["host_country"] for i in ids} == {"Peru", "Chile"}
    return ids


def listed(window) -> set[int]:
    return set(window.article_model.ids)


def click_entity(qtbot, window, entity_id: int) -> None:
    tree = window.sidebar.tree
    index = window.sidebar.index_of_entity(entity_id)
    assert index.isValid()
    tree.scrollTo(index)
    qtbot.mouseClick(tree.viewport(), Qt.MouseButton.LeftButton, pos=tree.visualRect(index).center())


def click_article_row(qtbot, window, article_id: int) -> None:
    view = window.article_list
    index = window.article_model.index(window.article_model.row_of(article_id), 1)
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=view.visualRect(index).center())


# --- tests -----------------------------------------------------------------------------------
def test_window_has_named_panes(seeded_window):
    w = seeded_window
    assert isinstance(w.findChild(QTableView, "articleList"), QTableView)
    assert isinstance(w.findChild(QTreeView, "entitySidebar"), QTreeView)
    assert isinstance(w.findChild(TimelinePlot, "timeline"), TimelinePlot)
    assert isinstance(w.findChild(QTextBrowser, "reader"), QTextBrowser)
    assert isinstance(w.findChild(QLineEdit, "searchBox"), QLineEdit)
    assert w.search_box.placeholderText().startswith("Tìm")


def test_all_seed_articles_listed(seeded_window):
    assert seeded_window.article_model.rowCount() == 5
    assert "5 bài" in seeded_window.status_label.text()


def test_sidebar_entity_shows_his_two_articles_and_visits(qtbot, seeded_window):
    w = seeded_window
    expected = luong_cuong_articles(w)
    with qtbot.waitSignal(w.selection.changed):
        click_entity(qtbot, w, luong_cuong(w))
    assert w.selection.filter.entity_ids == {luong_cuong(w)}
    assert listed(w) == expected
    his_visits = {v["id"] for v in visits(w.archive.db) if v["article_id"] in expected}
    assert len(his_visits) == 2
    assert w.timeline.highlighted_visit_ids() == his_visits
    assert "2 đang lọc" in w.status_label.text()
    # the sidebar now shows facets of his articles only, and keeps him selected
    assert w.sidebar.selected_entity_ids() == {luong_cuong(w)}


def test_search_box_is_diacritics_insensitive_and_debounced(qtbot, seeded_window):
    w = seeded_window
    qtbot.keyClicks(w.search_box, "luong cuong")
    assert w.selection.filter.text == ""  # debounced: nothing yet
    qtbot.waitUntil(lambda: w.selection.filter.text == "luong cuong", timeout=2000)
    assert listed(w) == luong_cuong_articles(w)


def test_clear_button_and_escape_show_everything(qtbot, seeded_window):
    w = seeded_window
    w.selection.update_filter(entity_ids=frozenset({luong_cuong(w)}), text="lima")
    assert len(listed(w)) == 1
    qtbot.mouseClick(w.clear_button, Qt.MouseButton.LeftButton)
    assert w.selection.filter.is_empty and len(listed(w)) == 5
    assert w.search_box.text() == ""

    qtbot.keyClicks(w.search_box, "luong cuong")
    qtbot.waitUntil(lambda: len(listed(w)) == 2, timeout=2000)
    w.article_list.setFocus()
    qtbot.keyClick(w.article_list, Qt.Key.Key_Escape)
    assert w.selection.filter.is_empty and len(listed(w)) == 5
    assert w.search_box.text() == ""


def test_clicking_article_shows_it_in_reader(qtbot, seeded_window):
    w = seeded_window
    peru = next(i for i, r in article_rows(w.archive.db, sorted(listed(w))).items() if r["host_country"] == "Peru"
                and r["leader"] == "Lương Cường")
    click_article_row(qtbot, w, peru)
    assert w.selection.article_id == peru
    assert w.reader.detail["id"] == peru
    text = w.reader.toPlainText()
    assert "Lương Cường" in text and "Lima" in text
    assert "≈14/11/2024" in text  # inferred year is marked
    html = w.reader.toHtml()
    assert f"entity:{luong_cuong(w)}" in html  # entities are anchors
    own_visits = {v["id"] for v in article_visits(w.archive.db, peru)}
    assert own_visits and own_visits <= w.timeline.highlighted_visit_ids()

    # clicking a highlighted name in the reader filters on that entity
    with qtbot.waitSignal(w.selection.changed):
        w.reader.anchorClicked.emit(QUrl(f"entity:{luong_cuong(w)}"))
    assert w.selection.filter.entity_ids == {luong_cuong(w)}
    assert w.selection.article_id == peru  # still read, still selected in the list
    assert w.article_list.selectionModel().currentIndex().row() == w.article_model.row_of(peru)


def test_clicking_a_visit_in_timeline_selects_its_articles(qtbot, seeded_window):
    w = seeded_window
    dated = [v for v in visits(w.archive.db) if v["start"]]
    visit = dated[0]
    plot = w.timeline.plot
    scene_pos = w.timeline.scene_pos_of(visit["id"])
    assert w.timeline.visit_at(scene_pos) == visit["id"]
    pos = plot.mapFromScene(scene_pos)
    with qtbot.waitSignal(w.selection.changed, timeout=2000):
        qtbot.mouseClick(plot.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(pos.x(), pos.y()))
    assert w.selection.filter.visit_ids == {visit["id"]}
    assert listed(w) == {visit["article_id"]}
    assert visit["id"] in w.timeline.highlighted_visit_ids()
    assert "Nước chủ nhà" in w.timeline.visit_tooltip(visit["id"])


def test_unchanged_selection_emits_nothing(qtbot, seeded_window):
    w = seeded_window
    flt = Filter(entity_ids=frozenset({luong_cuong(w)}), text="lima")
    w.selection.set_filter(flt)
    w.selection.set_article(1)
    with qtbot.assertNotEmitted(w.selection.changed):
        w.selection.set_filter(Filter(entity_ids=frozenset({luong_cuong(w)}), text="lima"))
        w.selection.update_filter(text="lima")
        w.selection.set_article(1)
    # one change emits exactly once: the views re-apply it under signal blockers, no echo
    count = []
    w.selection.changed.connect(lambda: count.append(1))
    w.selection.clear()
    assert count == [1]
    w.selection.clear()
    assert count == [1]
    click_entity(qtbot, w, luong_cuong(w))
    assert count == [1, 1]


def test_sort_by_header_requeries(qtbot, seeded_window):
    w = seeded_window
    header = w.article_list.horizontalHeader()
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton,
                     pos=QPoint(header.sectionViewportPosition(1) + 20, header.height() // 2))
    titles = [w.article_model.data(w.article_model.index(r, 1)) for r in range(5)]
    assert titles in (sorted(titles, key=str.casefold), sorted(titles, key=str.casefold, reverse=True))


def test_reader_escapes_article_text():
    html = render_text('<img src="http://evil/x.png"><script>alert(1)</script> Lương Cường', [
        {"id": 7, "type": "person", "name": "Lương Cường"}], ["luong"], frozenset())
    assert "<img" not in html and "<script" not in html and "&lt;img" in html
    assert 'href="entity:7"' in html and "background-color" in html


def test_hostile_folder_import_reports_skipped_files(qtbot, make_window, tmp_path):
    folder = tmp_path / "hostile"
    folder.mkdir()
    (folder / "empty.txt").write_bytes(b"")
    (folder / "garbage.txt").write_bytes(bytes(range(256)) * 8)
    (folder / "markup.html").write_text(
        "<html><body><h1>Chủ tịch nước thăm Peru &lt;b&gt;</h1><img src='http://example.invalid/x.png'>"
        "<p>Chiều 14/11/2024, Chủ tịch nước Lương Cường đã hội kiến Thị trưởng Lima <script>x()</script> "
        "trong chuyến thăm chính thức Peru.</p></body></html>", encoding="utf-8")
    w = make_window(tmp_path / "hostile.db")
    assert w.article_model.rowCount() == 0
    with qtbot.waitSignal(w.import_finished, timeout=120_000) as done:
        w.start_import([str(folder)])
    report = done.args[0]
    skipped = {os.path.basename(o.path): o.reason for o in report.skipped}
    assert "empty.txt" in skipped and skipped["empty.txt"]
    dialog = w.report_dialog
    assert dialog is not None and dialog.isVisible()
    names = [dialog.skipped.topLevelItem(i).text(0) for i in range(dialog.skipped.topLevelItemCount())]
    assert str(Path(folder.name) / "empty.txt") in names  # with its folder: two folders may hold one name
    assert w.article_model.rowCount() == report.count("imported")
    dialog.close()
    for article_id in w.article_model.ids:
        w.selection.set_article(article_id)
        assert "<script" not in w.reader.toHtml() and "<img" not in w.reader.toHtml()


def test_smoke_mode_prints_summary(capsys, isolated_settings, tmp_path):
    from app.ui.launch import run_gui

    seed = sorted(seeds_dir().glob("*.txt"))[0]
    assert run_gui(str(tmp_path / "smoke.db"), smoke=str(seed)) == 0
    summary = json.loads(capsys.readouterr().out)
    assert summary["articles"] == 1 and summary["imported"] == 1
    assert any(e["name"] == "Lương Cường" for e in summary["entities"])
    assert summary["visits"] and summary["visits"][0]["host_country"] == "Peru"


def _peru_article(w) -> int:
    return next(i for i, r in article_rows(w.archive.db, sorted(listed(w))).items() if r["host_country"] == "Peru"
                and r["leader"] == "Lương Cường")


def test_screenshot(qtbot, seeded_window):
    """resources/screenshot.png: Lương Cường selected in the sidebar, his Peru article open."""
    w = seeded_window
    peru = _peru_article(w)
    click_entity(qtbot, w, luong_cuong(w))
    click_article_row(qtbot, w, peru)
    assert w.selection.filter.entity_ids == {luong_cuong(w)} and w.selection.article_id == peru
    w.resize(1400, 900)
    qtbot.wait(50)
    image = w.grab()
    assert image.width() == 1400 and image.height() == 900
    assert image.save(str(resource_path("screenshot.png")))


def test_first_run_imports_the_seeds_in_background(qtbot, make_window, tmp_path):
    w = make_window(tmp_path / "new.db", auto_seed=True)
    qtbot.waitUntil(lambda: w.article_model.rowCount() == 5 and w.worker is None, timeout=120_000)
    assert w.report_dialog is None  # quiet: nothing was skipped, no dialog in a new user's face


def test_timeline_range_and_lanes(qtbot, seeded_window):
    """The date-range mode: a plain drag selects dates (the README's "drag a date range")."""
    w = seeded_window
    tl = w.timeline
    qtbot.mouseClick(tl.range_button, Qt.MouseButton.LeftButton)
    assert tl.range_button.isChecked() and w.selection.filter.is_empty  # nothing chosen before a drag
    vb = tl.plot.view_box
    lo, hi = vb.viewRange()[0]
    y = vb.sceneBoundingRect().center().y()

    def at(x: float) -> QPoint:
        p = tl.plot.mapFromScene(vb.mapViewToScene(QPointF(x, 0)))
        return QPoint(p.x(), int(tl.plot.mapFromScene(QPointF(0, y)).y()))

    start, end = at(lo + 0.1 * (hi - lo)), at(lo + 0.9 * (hi - lo))
    viewport = tl.plot.viewport()
    with qtbot.waitSignal(w.selection.changed, timeout=2000):
        qtbot.mousePress(viewport, Qt.MouseButton.LeftButton, pos=start)
        for step in range(1, 11):
            qtbot.mouseMove(viewport, QPoint(start.x() + (end.x() - start.x()) * step // 10, start.y()))
        qtbot.mouseRelease(viewport, Qt.MouseButton.LeftButton, pos=end)
    flt = w.selection.filter
    assert flt.date_from and flt.date_to and flt.date_from < flt.date_to
    assert vb.viewRange()[0] == [lo, hi]  # the drag chose dates; it did not pan
    # the chosen dates are shown in the date fields, as dd/mm/yyyy
    shown = tl.from_edit.date().toString("yyyy-MM-dd"), tl.to_edit.date().toString("yyyy-MM-dd")
    assert shown == (flt.date_from, flt.date_to)
    tl._region.setRegion((0.0, 4102444800.0))  # 1970 → 2100: everything dated
    tl._region.sigRegionChangeFinished.emit(tl._region)
    assert w.selection.filter.date_from == "1970-01-01"
    dated_articles = {v["article_id"] for v in visits(w.archive.db) if v["start"]}
    assert dated_articles <= listed(w)
    qtbot.keyClick(w.article_list, Qt.Key.Key_Escape)
    assert w.selection.filter.is_empty and not tl.range_button.isChecked() and tl._region is None
    assert tl.from_edit.text() == "—"
    tl.lane_combo.setCurrentIndex(1)  # lanes per leader
    assert tl.lane_of("Lương Cường") >= 0


def test_sidebar_text_filter_is_diacritics_insensitive(qtbot, seeded_window):
    sidebar = seeded_window.sidebar
    qtbot.keyClicks(sidebar.filter_edit, "luong")
    people = sidebar.proxy.index(0, 0)
    names = [sidebar.proxy.index(r, 0, people).data() for r in range(sidebar.proxy.rowCount(people))]
    assert names and all("Lương" in n for n in names)


def test_ctrl_f_focuses_search_and_inferred_year_has_evidence_tooltip(qtbot, seeded_window):
    w = seeded_window
    w.activateWindow()
    w.article_list.setFocus()
    qtbot.keyClick(w.article_list, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(w.search_box.hasFocus, timeout=1000)
    inferred = next(i for i, r in article_rows(w.archive.db, w.article_model.ids).items()
                    if r["year_basis"] == "inferred")
    w.selection.set_article(inferred)
    tips = set()
    block = w.reader.document().begin()
    while block.isValid():
        it = block.begin()
        while not it.atEnd():
            tips.add(it.fragment().charFormat().toolTip())
            it += 1
        block = block.next()
    assert any(t.startswith("Năm suy ra từ") for t in tips)


# --- smoke mode never waits on a dialog ------------------------------------------------------
def test_smoke_on_an_empty_file_exits_1_and_names_it(tmp_path):
    """Run as a user would (a subprocess, its own HOME): a skipped file is a failure, said on stderr."""
    import subprocess
    import sys
    from pathlib import Path

    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    home = tmp_path / "home"
    home.mkdir()
    root = Path(__file__).resolve().parent.parent
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "HOME": str(home), "XDG_CONFIG_HOME": str(home / ".config"),
           "PYTHONPATH": os.pathsep.join(filter(None, [str(root), os.environ.get("PYTHONPATH")]))}
    done = subprocess.run([sys.executable, "-m", "app", "gui", "--smoke", str(empty)], cwd=tmp_path, env=env,
                          capture_output=True, text=True, encoding="utf-8", timeout=120)
    assert done.returncode == 1, done.stderr
    assert "empty.txt" in done.stderr
    assert json.loads(done.stdout)["ok"] is False


def test_smoke_import_failure_opens_no_dialog(capsys, isolated_settings, tmp_path, monkeypatch):
    """A failing import in smoke mode prints the error and returns 1; a modal box would hang it."""
    from PySide6.QtWidgets import QApplication, QDialog, QMessageBox

    import app.importer
    from app.ui.launch import run_gui

    def broken(*_args, **_kwargs):
        raise OSError("disk on fire")

    opened = []
    monkeypatch.setattr(app.importer, "import_paths", broken)
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: opened.append(a))
    monkeypatch.setattr(QDialog, "open", lambda self: opened.append(self))
    seed = sorted(seeds_dir().glob("*.txt"))[0]
    assert run_gui(str(tmp_path / "smoke.db"), smoke=str(seed)) == 1
    assert opened == []
    assert not [w for w in QApplication.topLevelWidgets() if isinstance(w, QDialog) and w.isVisible()]
    err = capsys.readouterr().err
    assert "disk on fire" in err and seed.name in err


# --- first-run seeding -----------------------------------------------------------------------
def _empty_archive(path):
    from app.store.db import open_archive

    open_archive(path).conn.close()  # exists, with the schema, and no article
    return path


def test_an_archive_without_articles_is_seeded_even_if_not_new(qtbot, make_window, tmp_path):
    """A first seeding that failed or was interrupted is retried: the archive has nothing to lose."""
    w = make_window(_empty_archive(tmp_path / "empty.db"), auto_seed=True)
    assert not w.archive.created
    qtbot.waitUntil(lambda: w.article_model.rowCount() == 5 and w.worker is None, timeout=120_000)


def test_cancelled_seeding_is_remembered(qtbot, make_window, tmp_path):
    from PySide6.QtCore import QSettings

    from app.ui.main_window import SEEDS_DECLINED_KEY

    w = make_window(_empty_archive(tmp_path / "first.db"), auto_seed=True)
    qtbot.waitUntil(lambda: w.worker is not None)
    button = w.cancel_import_button
    assert button.isVisible()
    with qtbot.waitSignal(w.import_finished, timeout=120_000) as done:
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert done.args[0].cancelled
    assert not button.isVisible()
    assert QSettings().value(SEEDS_DECLINED_KEY, False, type=bool)
    again = make_window(_empty_archive(tmp_path / "second.db"), auto_seed=True)
    qtbot.wait(50)
    assert again.worker is None and again.article_model.rowCount() == 0


# --- the article being read, marked in the sidebar --------------------------------------------
def test_selecting_an_article_marks_its_entities_in_the_sidebar(qtbot, seeded_window):
    from PySide6.QtCore import Qt as QtNs

    from app.store.query import article_entities
    from app.ui.entity_model import ENTITY_ID_ROLE, IN_ARTICLE_ROLE

    w = seeded_window
    model = w.sidebar.model

    def marked() -> set[int]:
        out = set()
        for g in range(model.rowCount()):
            group = model.item(g)
            for r in range(group.rowCount()):
                item = group.child(r)
                if item.data(IN_ARTICLE_ROLE):
                    assert item.font().bold() and item.data(QtNs.ItemDataRole.BackgroundRole) is not None
                    out.add(item.data(ENTITY_ID_ROLE))
                else:
                    assert not item.font().bold() and item.data(QtNs.ItemDataRole.BackgroundRole) is None
        return out

    assert marked() == set()
    peru = _peru_article(w)
    click_article_row(qtbot, w, peru)  # through the shared selection, as a user does
    expected = {e["id"] for e in article_entities(w.archive.db, peru)}
    assert luong_cuong(w) in expected
    assert marked() == expected and expected < set(model._built)
    click_entity(qtbot, w, luong_cuong(w))  # the facets are rebuilt for the filter: still marked
    assert w.selection.article_id == peru
    assert marked() == expected & set(model._built)
    w.selection.set_article(None)
    assert marked() == set()
