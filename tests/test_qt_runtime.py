"""The installed Qt binding must survive a long session (run in a child: a failure aborts)."""

from __future__ import annotations

import os
import subprocess
import sys

CHILD = """
import sys
from PySide6.QtGui import QStandardItem
from PySide6.QtWidgets import QApplication
app = QApplication([])
item = QStandardItem("x")
before = sys.getrefcount(None)
for _ in range(200_000):  # a day of clicks and repaints
    item.setText("y")
print(sys.getrefcount(None) - before)
"""


def test_qt_calls_do_not_leak_references_to_none():
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    proc = subprocess.run([sys.executable, "-c", CHILD], capture_output=True, text=True, env=env, timeout=120)
    assert proc.returncode == 0, f"Qt binding crashed (PySide6 6.12.0?): {proc.stderr[-300:]}"
    assert abs(int(proc.stdout.strip().splitlines()[-1])) < 1000
