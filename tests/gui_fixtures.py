"""Fixtures for the window tests: an archive of the five seeds (built once) and isolated QSettings."""

from __future__ import annotations

import os
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

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
