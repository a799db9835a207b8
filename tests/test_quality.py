"""Project rules that a tool can check: ruff, and the core never importing Qt (import-linter)."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


def _tool(name: str) -> str:
    found = shutil.which(name, path=str(Path(sys.executable).parent)) or shutil.which(name)
    if found is None:
        pytest.fail(f"{name} is not installed: pip install '.[test]'")
    return found


def test_ruff_clean():
    proc = subprocess.run([_tool("ruff"), "check", "app", "tests"], cwd=ROOT, capture_output=True, text=True)
    assert proc.returncode == 0, proc.stdout + proc.stderr


def test_core_never_imports_qt():
    proc = subprocess.run([_tool("lint-imports")], cwd=ROOT, capture_output=True, text=True)
    assert proc.returncode == 0, proc.stdout + proc.stderr


def test_core_imports_without_qt_or_nlp_models():
    """Importing the store and CLI must not load Qt or underthesea (start-up speed, layering)."""
    code = (
        "import sys, app.cli, app.store.query, app.importer, app.store.export\n"
        "bad = [m for m in ('PySide6', 'pyqtgraph', 'underthesea') if m in sys.modules]\n"
        "assert not bad, bad\n"
    )
    proc = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True)
    assert proc.returncode == 0, proc.stderr
