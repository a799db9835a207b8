"""The installed package, not the checkout: data files are found and the seeds import."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


def _fresh_source(dest: Path) -> Path:
    """The project's files as a fresh clone has them: no build/ left over from earlier builds."""
    listed = subprocess.run(["git", "ls-files", "--cached", "--others", "--exclude-standard"], cwd=ROOT,
                            capture_output=True, text=True, check=True).stdout.splitlines()
    for name in listed:
        if (ROOT / name).is_file():
            (dest / name).parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(ROOT / name, dest / name)
    return dest


@pytest.mark.slow
def test_installed_package_finds_its_data_and_imports_the_seeds(tmp_path):
    target = tmp_path / "site"
    source = _fresh_source(tmp_path / "src")
    subprocess.run(
        [sys.executable, "-m", "pip", "install", "--quiet", "--no-deps",
         "--target", str(target), str(source)],
        check=True, capture_output=True, text=True, timeout=300,
    )
    # Run from an empty folder so that only the installed copy of app can be imported.
    env = {**os.environ, "PYTHONPATH": str(target), "HOME": str(tmp_path)}
    code = (
        "import app.paths as p, sys\n"
        "assert str(p.__file__).startswith(sys.argv[1]), p.__file__\n"
        "assert p.resource_path('gazetteer', 'places.tsv').is_file()\n"
        "print(p.seeds_dir())\n"
    )
    out = subprocess.run([sys.executable, "-c", code, str(target)], cwd=tmp_path, env=env,
                         capture_output=True, text=True, timeout=120)
    assert out.returncode == 0, out.stderr
    seeds = out.stdout.strip()
    proc = subprocess.run([sys.executable, "-m", "app", "--db", str(tmp_path / "a.db"), "import", seeds],
                          cwd=tmp_path, env=env, capture_output=True, text=True, timeout=300)
    assert proc.returncode == 0, proc.stderr
    assert "imported 5" in proc.stderr
