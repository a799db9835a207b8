"""The window fits a 1366×768 laptop, its title names the archive once, and long sidebar names are
cut in the middle with their count always in view."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest  # noqa: E402
from PySide6.QtCore import QSize  # noqa: E402
from PySide6.QtWidgets import QStyleOptionViewItem  # noqa: E402

from app.ui.elide import split_count  # noqa: E402
from app.ui.main_window import DEFAULT_SIZE, MainWindow, default_size  # noqa: E402
from tests import gui_fixtures  # noqa: E402

seeded_copy_path = gui_fixtures.seeded_copy_path

pytestmark = [pytest.mark.gui, pytest.mark.qt_log_ignore(r".*propagateSizeHints.*")]

LAPTOP_FREE = QSize(1366, 768 - 40 - 30)  # a 1366×768 screen less a task bar and a title bar


def test_default_size_fits_a_laptop(qtbot, isolated_settings, seeded_copy_path):
    assert QSize(*DEFAULT_SIZE).boundedTo(LAPTOP_FREE) == QSize(*DEFAULT_SIZE)
    w = MainWindow(seeded_copy_path, auto_seed=False)  # no saved geometry: the first run
    qtbot.addWidget(w)
    assert w.size() == default_size(w)
    free = w.screen().availableGeometry().size()
    assert w.width() <= free.width() and w.height() <= free.height()
    hint = w.minimumSizeHint()
    assert hint.width() <= LAPTOP_FREE.width() and hint.height() <= LAPTOP_FREE.height(), hint
    w.resize(QSize(*DEFAULT_SIZE))
    w.show()
    qtbot.waitExposed(w)
    assert w.size() == QSize(*DEFAULT_SIZE)  # nothing's minimum pushes it bigger
    w.close()
    w.archive.close()


def test_title_names_the_archive_not_the_app_twice(qtbot, qapp, isolated_settings, seeded_copy_path):
    qapp.setApplicationDisplayName("Lưu trữ Lễ tân")
    try:
        w = MainWindow(seeded_copy_path, auto_seed=False)
        qtbot.addWidget(w)
        w.show()
        qtbot.waitExposed(w)
        assert w.windowTitle() == seeded_copy_path.name
        assert w.windowHandle().title().count("Lưu trữ Lễ tân") <= 1
        w.close()
        w.archive.close()
    finally:
        qapp.setApplicationDisplayName("")


def test_split_count():
    assert split_count("Lương Cường — Chủ tịch nước (2) ✎") == ("Lương Cường — Chủ tịch nước", " (2) ✎")
    assert split_count("Hà Nội (12)") == ("Hà Nội", " (12)")
    assert split_count("Không có số") == ("Không có số", "")


def test_long_names_elide_in_the_middle_keeping_the_count(qtbot, make_window, seeded_copy_path):
    w = make_window(seeded_copy_path)
    tree = w.sidebar.tree
    w.side_splitter.setSizes([170, 1230])
    qtbot.wait(10)
    delegate = tree.itemDelegate()
    group = w.sidebar.proxy.index(0, 0)
    checked = 0
    for row in range(w.sidebar.proxy.rowCount(group)):
        index = w.sidebar.proxy.index(row, 0, group)
        full = index.data()
        option = QStyleOptionViewItem()
        option.initFrom(tree)
        option.rect = tree.visualRect(index)
        delegate.initStyleOption(option, index)
        label, count = split_count(full)
        assert count and option.text.endswith(count)  # the count always shows
        if option.fontMetrics.horizontalAdvance(full) > option.rect.width():
            assert "…" in option.text and option.text != full
            assert option.text.startswith(label[:2]) and option.text[: -len(count)].rstrip().endswith(label[-2:])
            checked += 1
    assert checked, "no name was long enough to be cut at this width"
