"""Dossiers in the window: from the sidebar's context menu (a person, a foreign place), the
country action any view can call, a line's link selecting its article, the export, what was signed
and given in the reader, and removing a wrong honour from the article menu."""

from __future__ import annotations

import os
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest  # noqa: E402
from PySide6.QtCore import QUrl  # noqa: E402

from app.store.query import find_entities  # noqa: E402
from tests import gui_fixtures  # noqa: E402

seeded_copy_path = gui_fixtures.seeded_copy_path

pytestmark = [pytest.mark.gui, pytest.mark.qt_log_ignore(r".*propagateSizeHints.*")]
SHOTS = Path(os.environ.get("PROTOCOL_ARCHIVE_SHOTS", "/tmp/protocol-archive-shots"))


@pytest.fixture
def window(make_window, seeded_copy_path):
    return make_window(seeded_copy_path)


def _action(menu, name):
    found = [a for a in menu.actions() if a.objectName() == name]
    assert found, [a.objectName() for a in menu.actions()]
    return found[0]


def test_sidebar_person_menu_opens_the_person_dossier(qtbot, window):
    (rafael,) = find_entities(window.archive.db, "Rafael Lopez Aliaga", "person")
    menu = window.sidebar.entity_menu(rafael["id"])
    _action(menu, "personDossier").trigger()
    dossier = window.dossier_window
    assert dossier is not None and dossier.isVisible()
    text = dossier.browser.toPlainText()
    assert "Thị trưởng thành phố Lima" in text and "Rafael Lopez Aliaga" in text
    dossier.close()


def test_sidebar_place_menu_opens_its_countrys_dossier_and_a_link_selects_the_article(qtbot, window, tmp_path):
    lima = [e for e in find_entities(window.archive.db, "Lima", "location") if e["name"] == "Lima"][0]
    menu = window.sidebar.entity_menu(lima["id"])
    action = _action(menu, "countryDossier")
    assert action.text() == "Hồ sơ quốc gia: Peru…"
    action.trigger()
    dossier = window.dossier_window
    text = dossier.browser.toPlainText()
    for expected in ("Tài liệu tham khảo: Peru", "Chủ tịch nước Lương Cường", "chìa khóa thành phố Lima"):
        assert expected in text
    peru = window.archive.db.execute("SELECT id FROM articles WHERE file_name LIKE '000_%'").fetchone()[0]
    with qtbot.waitSignal(window.selection.changed):
        dossier.browser.anchorClicked.emit(QUrl(f"article:{peru}"))
    assert window.selection.article_id == peru
    assert "Lima" in window.reader.toPlainText()
    SHOTS.mkdir(parents=True, exist_ok=True)
    dossier.grab().save(str(SHOTS / "dossier-peru.png"))
    pdf = tmp_path / "peru.pdf"
    assert dossier.export_to(pdf) and pdf.read_bytes().startswith(b"%PDF")
    assert dossier.export_to(tmp_path / "peru.html")
    assert "Tài liệu tham khảo: Peru" in (tmp_path / "peru.html").read_text(encoding="utf-8")
    dossier.close()


def test_country_action_takes_a_name_and_refuses_an_unknown_one(qtbot, window):
    laos = window.open_country_dossier("Lào")  # what a timeline lane or a country facet calls
    text = laos.browser.toPlainText()
    assert "Trần Sỹ Thanh" in text and "Đinh Tiến Dũng" in text
    laos.close()
    assert window.open_country_dossier("Atlantis") is None
    assert "unknown country" in window.message_box.text()


def test_reader_shows_honours_and_the_article_menu_removes_one(qtbot, window):
    peru = window.archive.db.execute("SELECT id FROM articles WHERE file_name LIKE '000_%'").fetchone()[0]
    window.selection.set_article(peru)
    assert "Tặng: chìa khóa thành phố Lima" in window.reader.toPlainText()
    menu = window.article_menu(peru)
    remove = [m for m in menu.findChildren(type(menu)) if m.objectName() == "removeHonour"]
    assert remove, "the article menu lists the honours to remove"
    target = [a for a in remove[0].actions() if a.text() == "Khách mời Danh dự"][0]
    target.trigger()
    text = window.reader.toPlainText()
    assert "Tặng: Khách mời Danh dự" not in text  # the article's own words stay, the fact goes
    assert "Tặng: chìa khóa thành phố Lima" in text
    assert [h["honour"] for h in window.reader.detail["visits"][0]["honours"]] == ["chìa khóa thành phố Lima"]


def test_a_host_country_facet_opens_its_dossier_and_a_leader_offers_none(qtbot, window):
    facets = window.visit_facets
    peru = facets.index_of("countries", "Peru")
    assert peru.isValid()
    menu = facets.country_menu(peru)
    action = _action(menu, "countryDossier")
    assert action.text() == "Hồ sơ quốc gia: Peru…"
    action.trigger()
    assert "Tài liệu tham khảo: Peru" in window.dossier_window.browser.toPlainText()
    window.dossier_window.close()
    leaders = facets.labels("leaders")
    assert leaders
    leader = facets.index_of("leaders", facets.model.values("leaders")[0])
    assert facets.country_menu(leader).actions() == []
