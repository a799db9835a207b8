"""Where the app finds its bundled data (resources/, seeds/) and the user's archive."""

from __future__ import annotations

import sys
from importlib import resources as _importlib_resources
from pathlib import Path

APP_NAME = "ProtocolArchive"
APP_AUTHOR = "ProtocolArchive"


def _bundled_dir(name: str) -> Path:
    """Find a top-level data folder in a checkout, an installed wheel or a frozen build."""
    frozen_root = getattr(sys, "_MEIPASS", None)
    if frozen_root:  # PyInstaller one-folder build
        return Path(frozen_root) / name
    checkout = Path(__file__).resolve().parent.parent / name
    if checkout.is_dir():  # source checkout or editable install
        return checkout
    # A regular install maps resources/ and seeds/ to the packages app.resources / app.seeds.
    return Path(str(_importlib_resources.files(f"app.{name}")))


def resource_path(*parts: str) -> Path:
    """Path of a file under resources/ (gazetteers, lexicons, icons, translations)."""
    return _bundled_dir("resources").joinpath(*parts)


def seeds_dir() -> Path:
    """Folder of the seed articles a new archive starts with."""
    return _bundled_dir("seeds")


def default_db_path() -> Path:
    """The user's archive: one SQLite file in the platform's user data folder."""
    from platformdirs import user_data_path

    return user_data_path(APP_NAME, APP_AUTHOR) / "archive.db"
