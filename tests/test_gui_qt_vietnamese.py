"""Vietnamese throughout: Qt's own strings (file dialogs, buttons, edit menus) come from the app's
qtbase_vi translation, and the locale makes calendars and numbers Vietnamese."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest  # noqa: E402
from PySide6.QtCore import QLocale  # noqa: E402
from PySide6.QtWidgets import (  # noqa: E402
    QCalendarWidget,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QTextEdit,
)

from app.ui import launch  # noqa: E402

pytestmark = [pytest.mark.gui, pytest.mark.qt_log_ignore(r".*propagateSizeHints.*")]


@pytest.fixture
def vietnamese(qapp):
    before = QLocale()
    launch.install_translator(qapp, "vi")
    yield qapp
    for translator in (launch._translator, launch._qt_translator):  # noqa: SLF001
        if translator is not None:
            qapp.removeTranslator(translator)
    launch._translator = launch._qt_translator = None  # noqa: SLF001
    QLocale.setDefault(before)


def menu_texts(menu) -> list[str]:
    return [a.text().split("\t")[0] for a in menu.actions() if a.text()]


def test_text_boxes_context_menus_are_vietnamese(qtbot, vietnamese):
    line = QLineEdit("chữ")
    qtbot.addWidget(line)
    texts = menu_texts(line.createStandardContextMenu())
    assert {"&Hoàn tác", "&Làm lại", "&Cắt", "&Sao chép", "&Dán", "Xoá", "Chọn tất cả"} <= set(texts)
    edit = QTextEdit("chữ")
    qtbot.addWidget(edit)
    assert {"&Hoàn tác", "&Sao chép", "Chọn tất cả"} <= set(menu_texts(edit.createStandardContextMenu()))


def test_buttons_and_message_boxes_are_vietnamese(qtbot, vietnamese):
    box = QMessageBox(QMessageBox.Icon.Warning, "x", "y", QMessageBox.StandardButton.Ok)
    qtbot.addWidget(box)
    assert box.button(QMessageBox.StandardButton.Ok).text() == "Đồng ý"
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
    qtbot.addWidget(buttons)
    assert buttons.button(QDialogButtonBox.StandardButton.Cancel).text() == "Huỷ"


def test_file_dialog_is_qts_own_and_vietnamese(qtbot, vietnamese, tmp_path):
    from app.ui.file_dialogs import _options

    assert _options() & QFileDialog.Option.DontUseNativeDialog  # the strings are Qt's, translated
    dialog = QFileDialog(None, "Nhập tệp", str(tmp_path))
    dialog.setOptions(_options())
    qtbot.addWidget(dialog)
    dialog.show()
    labels = {w.text() for w in dialog.findChildren(QLabel)}
    assert "&Tìm trong:" in labels and "&Loại tệp:" in labels
    assert any("Tên tệp" in t for t in labels)
    texts = {b.text() for b in dialog.findChild(QDialogButtonBox).buttons()}
    assert "Huỷ" in texts and ("&Mở" in texts or "Mở" in texts)
    english = {"&Look in:", "Files of &type:", "File &name:", "Cancel", "Open", "&Open"}
    assert not (labels | texts) & english


def test_calendar_and_numbers_are_vietnamese(qtbot, vietnamese):
    locale = QLocale()
    assert locale.language() == QLocale.Language.Vietnamese
    assert "tháng" in locale.monthName(1).casefold()
    assert locale.toString(1234567) in ("1.234.567", "1 234 567")  # Vietnamese digit grouping
    calendar = QCalendarWidget()
    qtbot.addWidget(calendar)
    assert calendar.locale().language() == QLocale.Language.Vietnamese
