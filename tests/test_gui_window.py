"""The window's file handling, settings and languages: drag and drop, CSV export, About, QSettings
persistence, the English translation (and that no user string escapes translation)."""

from __future__ import annotations

import ast
import csv
import os
import re
import shutil
import xml.etree.ElementTree as ET
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest  # noqa: E402
from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt, QTimer, QUrl  # noqa: E402
from PySide6.QtGui import QDragEnterEvent, QDropEvent  # noqa: E402
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox  # noqa: E402

from app import __version__  # noqa: E402
from app.paths import resource_path, seeds_dir  # noqa: E402

pytestmark = [pytest.mark.gui, pytest.mark.qt_log_ignore(r".*propagateSizeHints.*")]

UI_DIR = Path(__file__).resolve().parent.parent / "app" / "ui"
VIETNAMESE = re.compile(r"[àáảãạăằắẳẵặâầấẩẫậèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵđ]", re.I)


def folder_mime(*paths: Path) -> QMimeData:
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(p)) for p in paths])
    return mime


def test_dropping_a_folder_imports_it(qtbot, make_window, tmp_path):
    folder = tmp_path / "dropped"
    folder.mkdir()
    for seed in sorted(seeds_dir().glob("*.txt"))[:2]:
        shutil.copy(seed, folder / seed.name)
    w = make_window(tmp_path / "dropped.db")
    assert w.article_model.rowCount() == 0
    mime = folder_mime(folder)
    pos = QPointF(w.width() / 2, w.height() / 2)
    actions = Qt.DropAction.CopyAction
    enter = QDragEnterEvent(pos.toPoint(), actions, mime, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(w, enter)
    assert enter.isAccepted()
    drop = QDropEvent(pos, actions, mime, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    with qtbot.waitSignal(w.import_finished, timeout=120_000) as done:
        QApplication.sendEvent(w, drop)
        assert w.worker is not None  # imported on the worker, not in the drop handler
    assert drop.isAccepted()
    assert done.args[0].count("imported") == 2
    assert w.article_model.rowCount() == 2
    assert "2 bài" in w.status_label.text()
    w.report_dialog.close()


def test_drag_without_local_files_is_refused(make_window, tmp_path):
    w = make_window(tmp_path / "refuse.db")
    mime = QMimeData()
    mime.setText("not a file")
    enter = QDragEnterEvent(QPoint(10, 10), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
                            Qt.KeyboardModifier.NoModifier)
    enter.ignore()
    QApplication.sendEvent(w, enter)
    assert not enter.isAccepted()


def test_export_visits_writes_csv(seeded_window, monkeypatch, tmp_path):
    w = seeded_window
    target = tmp_path / "visits.csv"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), "CSV (*.csv)"))
    w.export_action.trigger()
    with target.open(encoding="utf-8-sig", newline="") as f:
        rows = list(csv.DictReader(f))
    host, leader = "Nước chủ nhà", "Trưởng đoàn"  # the window's CSV speaks the interface's language
    assert rows and {"Peru", "Chile", "Lào"} <= {r[host] for r in rows}
    assert any(r[leader] == "Lương Cường" and r[host] == "Peru" for r in rows)
    assert str(target) in w.statusBar().currentMessage()


def test_export_cancelled_writes_nothing(seeded_window, monkeypatch, tmp_path):
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: ("", ""))
    seeded_window.export_action.trigger()
    assert list(tmp_path.iterdir()) == []


def test_about_shows_the_version(qtbot, seeded_window):
    seen = {}

    def read_and_close():
        box = QApplication.activeModalWidget()
        if isinstance(box, QMessageBox):
            seen["title"], seen["text"] = box.windowTitle(), box.text()
            box.accept()

    QTimer.singleShot(0, read_and_close)
    seeded_window.about_action.trigger()  # modal: returns once read_and_close closed it
    assert __version__ in seen["text"] and "Lưu trữ Lễ tân" in seen["text"]
    assert seen["title"].startswith("Giới thiệu")


def test_splitters_and_geometry_persist(qtbot, isolated_settings, seeded_db_path):
    from app.ui.main_window import MainWindow

    first = MainWindow(seeded_db_path, auto_seed=False)
    qtbot.addWidget(first)
    first.resize(760, 700)  # inside the offscreen screen (800×800): restoreGeometry keeps it there
    first.show()
    qtbot.waitExposed(first)
    first.side_splitter.setSizes([250, 500])
    first.centre_splitter.setSizes([200, 300])
    first.main_splitter.setSizes([400, 200])
    first.timeline.lane_combo.setCurrentIndex(1)
    saved = {s.objectName(): s.sizes() for s in (first.side_splitter, first.centre_splitter, first.main_splitter)}
    first.close()  # closeEvent saves
    first.archive.close()
    assert (isolated_settings / "ProtocolArchiveTests" / "ProtocolArchiveTests.ini").exists()

    second = MainWindow(seeded_db_path, auto_seed=False)
    qtbot.addWidget(second)
    second.show()
    qtbot.waitExposed(second)
    try:
        assert (second.width(), second.height()) == (760, 700)
        restored = {s.objectName(): s.sizes() for s in (second.side_splitter, second.centre_splitter,
                                                         second.main_splitter)}
        assert restored == saved
        assert second.timeline.lane_combo.currentIndex() == 1
    finally:
        second.close()
        second.archive.close()


# --- languages -------------------------------------------------------------------------------
def test_english_with_protocol_archive_lang(qapp, monkeypatch, make_window, seeded_db_path):
    from app.ui.launch import install_translator, ui_language

    monkeypatch.setenv("PROTOCOL_ARCHIVE_LANG", "en")
    assert ui_language() == "en"
    translator = install_translator(qapp)
    try:
        assert translator is not None
        w = make_window(seeded_db_path)
        file_menu = w.menuBar().actions()[0]
        assert file_menu.text().replace("&", "") == "File"
        assert w.import_files_action.text() == "Import files…"
        assert w.article_model.headerData(0, Qt.Orientation.Horizontal) == "Date"
        assert w.sidebar.model.item(0).text().startswith("People")
        assert "5 articles" in w.status_label.text()
        texts = [a.text() for a in w.article_menu(w.article_model.ids[0]).actions() if a.text()]
        assert texts[:6] == ["Correct date…", "Correct leader…", "Correct host country…", "Correct event kind…",
                             "Not a visit", "Add a person met…"]
        assert texts[-1] == "Remove corrections" and set(texts[6:-1]) <= {"Remove a person met", "Remove a document",
                                                                        "Remove an honour or gift"}
        w.on_correct_country(w.article_model.ids[0])
        dialog = w.correction_dialog
        assert dialog.windowTitle() == "Correct host country"
        assert dialog.buttons.buttons()[0].text() in ("Save", "Cancel")  # base-class strings too
        dialog.reject()
    finally:
        install_translator(qapp, "vi")
    assert qapp.translate("MainWindow", "Nhập tệp…") == "Nhập tệp…"


def test_vietnamese_is_the_default(monkeypatch):
    from app.ui.launch import ui_language

    monkeypatch.setenv("PROTOCOL_ARCHIVE_LANG", "vi")
    assert ui_language() == "vi"
    monkeypatch.setenv("PROTOCOL_ARCHIVE_LANG", "fr")  # no French: Vietnamese, not English
    assert ui_language() == "vi"


def test_translation_is_complete_and_compiled():
    ts = resource_path("translations", "protocol_archive_en.ts")
    qm = resource_path("translations", "protocol_archive_en.qm")
    assert qm.exists() and qm.stat().st_size > 1000
    messages = list(ET.parse(ts).getroot().iter("message"))
    assert len(messages) > 100
    unfinished = [m.findtext("source") for m in messages
                  if m.find("translation").get("type") in ("unfinished", "obsolete", "vanished")
                  or not (m.findtext("translation") or "").strip()]
    assert unfinished == []
    sources = {m.findtext("source") for m in messages}
    for literal in _translated_literals():
        assert literal in sources, f"not in the .ts (run pyside6-lupdate): {literal!r}"


def _translated_literals() -> set[str]:
    out = set()
    for path in UI_DIR.glob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Call):
                name = getattr(node.func, "attr", getattr(node.func, "id", ""))
                arg = node.args[0] if name == "tr" and node.args else (
                    node.args[1] if name == "translate" and len(node.args) > 1 else None)
                if isinstance(arg, ast.Constant) and isinstance(arg.value, str):
                    out.add(arg.value)
    return out


def test_no_untranslated_vietnamese_in_the_ui():
    """Every Vietnamese literal in app/ui is the text of a tr()/translate() call (docstrings aside),
    and no tr() hides inside an f-string, where lupdate cannot see it."""
    problems = []
    for path in sorted(UI_DIR.glob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        ok = set()
        for node in ast.walk(tree):
            body = getattr(node, "body", None)
            if isinstance(body, list) and body and isinstance(body[0], ast.Expr) \
                    and isinstance(body[0].value, ast.Constant):
                ok.add(id(body[0].value))  # docstring
            if isinstance(node, ast.Call):
                name = getattr(node.func, "attr", getattr(node.func, "id", ""))
                if name == "tr" and node.args:
                    ok.add(id(node.args[0]))
                if name == "translate" and len(node.args) > 1:
                    ok.add(id(node.args[1]))
        for node in ast.walk(tree):
            if isinstance(node, ast.Constant) and isinstance(node.value, str) and VIETNAMESE.search(node.value) \
                    and id(node) not in ok:
                problems.append(f"{path.name}:{node.lineno} {node.value!r}")
            if isinstance(node, ast.FormattedValue):
                for sub in ast.walk(node):
                    if isinstance(sub, ast.Call) and getattr(sub.func, "attr", "") == "tr":
                        problems.append(f"{path.name}:{node.lineno} tr() inside an f-string")
    assert problems == []


def test_dropping_word_pdf_and_email_files_imports_them(qtbot, make_window, tmp_path):
    from tests.document_samples import JAPAN, LAOS, THAILAND, text_of, write_docx, write_eml, write_pdf

    files = [write_docx(tmp_path / "lao.docx", [LAOS]), write_pdf(tmp_path / "nhat.pdf", text_of(JAPAN)),
             write_eml(tmp_path / "thu.eml", [THAILAND, JAPAN])]
    w = make_window(tmp_path / "docs.db")
    mime = folder_mime(*files)
    pos = QPointF(w.width() / 2, w.height() / 2)
    enter = QDragEnterEvent(pos.toPoint(), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
                            Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(w, enter)
    assert enter.isAccepted()
    drop = QDropEvent(pos, Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    with qtbot.waitSignal(w.import_finished, timeout=120_000) as done:
        QApplication.sendEvent(w, drop)
        assert w.worker is not None
    report = done.args[0]
    # The e-mail holds two articles; its second is the PDF's article again.
    assert report.count("imported") == 3 and report.count("duplicate") == 1 and not report.skipped
    assert w.article_model.rowCount() == 3
    w.report_dialog.close()


def test_import_dialog_offers_the_document_types(make_window, tmp_path, monkeypatch):
    offered = {}

    def fake_dialog(parent, caption, folder, filters, **_options):
        offered["filters"] = filters
        return [], ""

    monkeypatch.setattr(QFileDialog, "getOpenFileNames", staticmethod(fake_dialog))
    w = make_window(tmp_path / "filter.db")
    w.on_import_files()
    first = offered["filters"].split(";;")[0]
    for pattern in ("*.txt", "*.html", "*.mhtml", "*.docx", "*.odt", "*.pdf", "*.eml", "*.msg", "*.doc"):
        assert pattern in first.split("(")[1].rstrip(")").split(), pattern


def test_an_import_ending_inside_the_progress_dialog_s_own_update_deletes_it_only_afterwards(make_window, tmp_path):
    # The dialog's setValue runs the event loop; the worker's "finished" may arrive inside it. A
    # deferred delete done there ran before setValue returned: a segfault in the full suite once.
    import shiboken6
    from PySide6.QtCore import QCoreApplication, QEvent
    from PySide6.QtWidgets import QProgressDialog

    w = make_window(tmp_path / "progress.db")
    dialog = QProgressDialog("…", "Huỷ", 0, 0, w)
    w.progress_dialog = dialog
    real_set_value = dialog.setValue

    def set_value_that_lets_the_import_end(value):
        w.on_worker_finished()
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)  # what the nested loop does
        real_set_value(value)  # would act on a deleted dialog

    dialog.setValue = set_value_that_lets_the_import_end
    w.on_import_progress(1, 2, "a.txt")
    assert w.progress_dialog is None
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    assert not shiboken6.isValid(dialog)  # deleted once setValue had returned
