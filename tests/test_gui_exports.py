"""Exports from the window write what the window shows: the current filter's visits (CSV, Vietnamese
headers, UTF-8 with BOM) and articles (JSON); the file dialog says how many rows. The command line's
CSV keeps its English field names (tests/test_cli.py)."""

from __future__ import annotations

import csv
import json
import os
import re

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest  # noqa: E402

from app.store.export import CSV_FIELDS  # noqa: E402
from app.ui import main_window as main_window_module  # noqa: E402
from app.ui.exporting import visit_csv_headers  # noqa: E402
from tests import gui_fixtures  # noqa: E402

seeded_copy_path = gui_fixtures.seeded_copy_path

pytestmark = [pytest.mark.gui, pytest.mark.qt_log_ignore(r".*propagateSizeHints.*")]


@pytest.fixture
def saved(monkeypatch, tmp_path):
    """The file dialog answered with a path; the titles it was shown with are recorded."""
    titles: list[str] = []

    def answer(_parent, title, name, _filter):
        titles.append(title)
        return str(tmp_path / name)

    monkeypatch.setattr(main_window_module, "save_file", answer)
    return titles, tmp_path


def visits_of(w, article_ids) -> int:
    marks = ",".join("?" * len(article_ids))
    return w.archive.db.execute(f"SELECT COUNT(*) FROM visits WHERE article_id IN ({marks})",
                                list(article_ids)).fetchone()[0]


def test_csv_of_the_current_filter_with_vietnamese_headers_and_a_bom(qtbot, make_window, seeded_copy_path, saved):
    titles, folder = saved
    w = make_window(seeded_copy_path)
    total = w.archive.db.execute("SELECT COUNT(*) FROM visits").fetchone()[0]
    w.selection.update_filter(text="Peru")
    shown = w.article_model.ids
    assert 0 < len(shown) < w.archive.db.execute("SELECT COUNT(*) FROM articles").fetchone()[0]
    expected = visits_of(w, shown)
    assert 0 < expected < total
    w.export_action.trigger()
    assert titles[-1] == f"Xuất {expected} chuyến thăm của {len(shown)} bài đang lọc (CSV)"
    raw = (folder / "chuyen_tham.csv").read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")  # UTF-8 BOM for spreadsheets on Windows
    rows = list(csv.reader(raw.decode("utf-8-sig").splitlines()))
    assert rows[0] == [visit_csv_headers()[f] for f in CSV_FIELDS]
    assert rows[0][:4] == ["Mã bài", "Tiêu đề", "Loại sự kiện", "Trưởng đoàn"]
    assert len(rows) - 1 == expected
    assert {int(r[0]) for r in rows[1:]} <= set(shown)
    assert not {r[2] for r in rows[1:]} & {"outbound", "inbound", "foreign"}  # kinds named, not coded
    assert f"{expected} dòng" in w.statusBar().currentMessage()


def test_csv_without_a_filter_has_every_visit(qtbot, make_window, seeded_copy_path, saved):
    titles, folder = saved
    w = make_window(seeded_copy_path)
    total = w.archive.db.execute("SELECT COUNT(*) FROM visits").fetchone()[0]
    w.export_action.trigger()
    assert titles[-1] == f"Xuất tất cả {total} chuyến thăm (CSV)"
    text = (folder / "chuyen_tham.csv").read_text(encoding="utf-8-sig")
    assert len(list(csv.reader(text.splitlines()))) - 1 == total


def test_json_of_the_current_filter(qtbot, make_window, seeded_copy_path, saved):
    titles, folder = saved
    w = make_window(seeded_copy_path)
    entity = w.archive.db.execute("SELECT id FROM entities WHERE name = 'Lương Cường'").fetchone()[0]
    w.selection.update_filter(entity_ids=frozenset({entity}))
    shown = w.article_model.ids
    assert 0 < len(shown) < 5
    w.export_json_action.trigger()
    assert titles[-1] == f"Xuất {len(shown)} bài đang lọc (JSON)"
    raw = (folder / "bai_bao.json").read_bytes()
    assert not raw.startswith(b"\xef\xbb\xbf")
    data = json.loads(raw)
    assert sorted(a["id"] for a in data["articles"]) == sorted(shown)
    assert all("Lương Cường" in {e["name"] for e in a["entities"]} for a in data["articles"])


def test_an_export_that_cannot_be_written_is_explained_in_vietnamese(qtbot, make_window, seeded_copy_path,
                                                                     monkeypatch, tmp_path):
    w = make_window(seeded_copy_path)
    missing = tmp_path / "không-có" / "x.csv"
    monkeypatch.setattr(main_window_module, "save_file", lambda *_a: str(missing))
    w.export_action.trigger()
    assert w.message_box is not None and w.message_box.isVisible()
    assert "không có tệp hoặc thư mục này" in w.message_box.text()
    assert re.search(r"\(No such file or directory\)", w.message_box.text())
    w.message_box.close()


def test_a_search_without_hits_says_so(qtbot, make_window, seeded_copy_path):
    w = make_window(seeded_copy_path)
    w.selection.update_filter(text="zzqxy khong co")
    assert w.article_model.rowCount() == 0
    assert "không tìm thấy" in w.status_label.text()
