"""Fixtures for the window tests: an archive of the five seeds (built once), a private copy of it for
tests that write corrections, and isolated QSettings. The window runs in Vietnamese (the default)
whatever the machine's locale; the English test installs its translator itself."""

from __future__ import annotations

import os
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ["PROTOCOL_ARCHIVE_LANG"] = "vi"  # tests assert the Vietnamese strings

import pytest  # noqa: E402


@pytest.fixture(scope="session")
def seeded_db_path(tmp_path_factory) -> Path:
    """A file archive holding the five seed articles, imported through the real importer."""
    from app.importer import import_paths
    from app.paths import seeds_dir
    from app.store.db import open_archive

    path = tmp_path_factory.mktemp("gui-archive") / "seeds.db"
    db = open_archive(path)
    report = import_paths(db, [seeds_dir()])
    db.conn.close()
    assert report.count("imported") == 5, report.outcomes
    return path


@pytest.fixture
def seeded_copy_path(seeded_db_path, tmp_path) -> Path:
    """A private copy of the seed archive (SQLite backup API: safe with WAL) to write to."""
    import sqlite3

    path = tmp_path / "seeds-copy.db"
    src, dst = sqlite3.connect(seeded_db_path), sqlite3.connect(path)
    with dst:
        src.backup(dst)
    src.close()
    dst.close()
    return path


@pytest.fixture(scope="session")
def gui_settings_dir(tmp_path_factory) -> Path:
    return tmp_path_factory.mktemp("qsettings")


@pytest.fixture
def isolated_settings(qapp, gui_settings_dir):
    """QSettings go to a temp folder, never to the user's configuration."""
    from PySide6.QtCore import QSettings

    qapp.setOrganizationName("ProtocolArchiveTests")
    qapp.setApplicationName("ProtocolArchiveTests")
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(gui_settings_dir))
    QSettings().clear()
    yield gui_settings_dir


@pytest.fixture
def make_window(qtbot, isolated_settings):
    """Factory: a shown 1400×900 MainWindow on an archive path, closed after the test."""
    from app.ui.main_window import MainWindow

    windows = []

    def make(db_path, *, auto_seed: bool = False):
        window = MainWindow(db_path, auto_seed=auto_seed)
        qtbot.addWidget(window)
        window.resize(1400, 900)
        window.show()
        qtbot.waitExposed(window)
        windows.append(window)
        return window

    yield make
    for window in windows:
        if window.worker is not None:
            window.worker.cancel()
            window.worker.wait()
        window.close()
        window.archive.close()


@pytest.fixture
def seeded_window(make_window, seeded_db_path):
    return make_window(seeded_db_path)


@pytest.fixture
def trip_window(make_window, seeded_copy_path):
    """The seeds with the Chile visit dated by hand (10/11/2024, as a user would correct it):
    then Lương Cường's Chile and Peru visits make one trip on the timeline. Seed 004 itself states
    no year, and Peru is another visit, so the archive does not date Chile on its own."""
    from app.store.corrections import set_article_dates
    from app.store.db import open_archive

    db = open_archive(seeded_copy_path)
    (chile,) = db.execute("SELECT id FROM articles WHERE file_name LIKE '004%'").fetchone()
    set_article_dates(db, chile, "2024-11-10", "2024-11-10")
    db.conn.close()
    return make_window(seeded_copy_path)


def document_tooltips(text_edit) -> set[str]:
    """Tooltips of a rich-text view's characters (toHtml() drops them in some Qt versions)."""
    tips = set()
    block = text_edit.document().begin()
    while block.isValid():
        it = block.begin()
        while not it.atEnd():
            tip = it.fragment().charFormat().toolTip()
            if tip:
                tips.add(tip)
            it += 1
        block = block.next()
    return tips
