"""Shared test setup: Qt runs offscreen, never on a real display or the user's settings."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
