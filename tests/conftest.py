"""Shared test setup: Qt runs offscreen, never on a real display or the user's settings."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from tests.gui_fixtures import (  # noqa: E402,F401 - window fixtures, kept in their own module
    gui_settings_dir,
    isolated_settings,
    make_window,
    seeded_copy_path,
    seeded_db_path,
    seeded_window,
    trip_window,
)
