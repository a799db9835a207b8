"""Packaging checks: the .desktop file, and (slow) the .deb built by packaging/build_deb.sh.

The slow tests build the package (a few minutes, needs PyPI the first time) unless PA_DEB names an
existing .deb, extract it with dpkg-deb -x and run the frozen app from the extracted tree with a
throw-away HOME, offscreen Qt and (when the kernel allows) no network at all.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
DESKTOP = ROOT / "resources" / "protocol-archive.desktop"
BUILD_TIMEOUT = 30 * 60


def _version() -> str:
    sys.path.insert(0, str(ROOT))
    from app import __version__

    return __version__


# --- fast ------------------------------------------------------------------------------------------

def test_desktop_file_validates():
    tool = shutil.which("desktop-file-validate")
    if tool is None:
        pytest.skip("desktop-file-validate not installed (apt-get install desktop-file-utils)")
    result = subprocess.run([tool, str(DESKTOP)], capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr
    assert result.stdout.strip() == "", f"warnings/hints: {result.stdout}"


def test_desktop_file_names_the_installed_launcher_and_icon():
    text = DESKTOP.read_text(encoding="utf-8")
    assert "\nExec=protocol-archive" in text
    assert "\nIcon=protocol-archive\n" in text
    assert "Name[vi]=Lưu trữ Lễ tân" in text


def test_maintainer_scripts_never_touch_home():
    script = (ROOT / "packaging" / "build_deb.sh").read_text(encoding="utf-8")
    body = script.split("for script in postinst postrm; do", 1)[1].split("done", 1)[0]
    for needle in ("$HOME", "~/", "/home", "/root", "rm "):
        assert needle not in body.replace("~/.local/share/ProtocolArchive) in place", ""), needle


# --- slow: build and run the .deb ---------------------------------------------------------------

def _no_network_prefix() -> list[str]:
    """`unshare -rn` runs a command with no network interfaces, if this kernel lets us."""
    unshare = shutil.which("unshare")
    if unshare and subprocess.run([unshare, "-rn", "true"], capture_output=True).returncode == 0:
        return [unshare, "-rn"]
    return []


@pytest.fixture(scope="module")
def deb_tree(tmp_path_factory):
    if not shutil.which("dpkg-deb"):
        pytest.skip("dpkg-deb not available (not a Debian/Ubuntu machine)")
    deb = os.environ.get("PA_DEB")
    if deb:
        deb_path = Path(deb)
        assert deb_path.is_file(), f"PA_DEB={deb} does not exist"
    else:
        started = time.monotonic()
        result = subprocess.run(["bash", str(ROOT / "packaging" / "build_deb.sh")], cwd=ROOT,
                                capture_output=True, text=True, timeout=BUILD_TIMEOUT)
        elapsed = time.monotonic() - started
        assert result.returncode == 0, f"build_deb.sh failed:\n{result.stdout[-4000:]}\n{result.stderr[-4000:]}"
        print(f"build_deb.sh took {elapsed:.0f}s")
        lines = [ln for ln in result.stdout.splitlines() if ln.startswith("deb: ")]
        assert lines, result.stdout[-2000:]
        deb_path = Path(lines[-1][5:].strip())
    tree = tmp_path_factory.mktemp("deb") / "root"
    subprocess.run(["dpkg-deb", "-x", str(deb_path), str(tree)], check=True)
    control = subprocess.run(["dpkg-deb", "-f", str(deb_path)], check=True, capture_output=True,
                             text=True).stdout
    return {"deb": deb_path, "tree": tree, "control": control, "tmp": tree.parent}


def _run_frozen(deb_tree, *args: str, timeout: int = 180) -> subprocess.CompletedProcess:
    tmp = deb_tree["tmp"]
    home = tmp / "home"
    home.mkdir(exist_ok=True)
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY", "PYTHONPATH")}
    env.update(QT_QPA_PLATFORM="offscreen", HOME=str(home), XDG_DATA_HOME=str(home / ".local/share"),
               XDG_CONFIG_HOME=str(home / ".config"), XDG_CACHE_HOME=str(home / ".cache"),
               LANG="C.UTF-8", PYTHONIOENCODING="utf-8")
    binary = deb_tree["tree"] / "opt" / "protocol-archive" / "protocol-archive"
    return subprocess.run([*_no_network_prefix(), str(binary), *args], cwd=tmp, env=env,
                          capture_output=True, text=True, encoding="utf-8", timeout=timeout)


@pytest.mark.slow
def test_deb_layout_and_control(deb_tree):
    tree, control = deb_tree["tree"], deb_tree["control"]
    assert f"Version: {_version()}" in control
    assert "Package: protocol-archive" in control
    for lib in ("libgl1", "libegl1", "libxkbcommon0", "libfontconfig1", "libdbus-1-3", "libglib2.0-0"):
        assert lib in control, lib
    launcher = tree / "usr" / "bin" / "protocol-archive"
    assert os.access(launcher, os.X_OK)
    assert "exec /opt/protocol-archive/protocol-archive" in launcher.read_text()
    assert (tree / "usr/share/applications/protocol-archive.desktop").read_bytes() == DESKTOP.read_bytes()
    icons = tree / "usr/share/icons/hicolor"
    assert (icons / "scalable/apps/protocol-archive.svg").is_file()
    for size in (16, 32, 48, 64, 128, 256):
        assert (icons / f"{size}x{size}/apps/protocol-archive.png").is_file(), size
    internal = tree / "opt/protocol-archive/_internal"
    assert sorted(p.name for p in (internal / "seeds").glob("*.txt")) == \
        sorted(p.name for p in (ROOT / "seeds").glob("*.txt"))
    assert (internal / "resources" / "gazetteer").is_dir()
    assert list((internal / "underthesea").rglob("ner_crf_*.bin")), "underthesea NER model not bundled"
    assert list((internal / "underthesea").rglob("word_tokenize/models/*/models.bin"))
    assert not list(internal.rglob("libQt6WebEngine*")) and not list(internal.rglob("libQt6Quick*"))


@pytest.mark.slow
def test_frozen_version(deb_tree):
    result = _run_frozen(deb_tree, "--version")
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == f"protocol-archive {_version()}"


@pytest.mark.slow
def test_frozen_bundle_has_models_and_locale_data(deb_tree, monkeypatch):
    monkeypatch.setenv("PROTOCOL_ARCHIVE_BUNDLE_CHECK", "1")
    result = _run_frozen(deb_tree)
    assert result.returncode == 0, result.stdout + result.stderr
    report = json.loads(result.stdout)
    assert report["ok"] is True
    assert report["gazetteer_Peru"] == "Peru"
    assert report["bundled_data"]["seeds"] == len(list((ROOT / "seeds").glob("*.txt")))


@pytest.mark.slow
def test_frozen_imports_the_seeds(deb_tree):
    db = deb_tree["tmp"] / "b.db"
    result = _run_frozen(deb_tree, "--db", str(db), "import", str(ROOT / "seeds"))
    assert result.returncode == 0, result.stderr
    exported = _run_frozen(deb_tree, "--db", str(db), "export", "--format", "json")
    assert exported.returncode == 0, exported.stderr
    articles = json.loads(exported.stdout)["articles"]
    assert len(articles) == len(list((ROOT / "seeds").glob("*.txt")))
    assert not (deb_tree["tmp"] / "home" / ".local" / "share" / "ProtocolArchive").exists(), \
        "--db was given: nothing may be written to the user data folder"


@pytest.mark.slow
def test_frozen_reads_saved_web_pages(deb_tree):
    """trafilatura, lxml and their data files are bundled: a saved .html and an .mhtml import."""
    from tests.test_web_pages import PAGE, _mhtml

    pages = deb_tree["tmp"] / "pages"
    pages.mkdir(exist_ok=True)
    (pages / "trang.mhtml").write_bytes(_mhtml(PAGE))
    shutil.copy(ROOT / "tests" / "pages" / "html" / "01_vnexpress.html", pages / "vnexpress.html")
    db = deb_tree["tmp"] / "pages.db"
    result = _run_frozen(deb_tree, "--db", str(db), "import", str(pages))
    assert result.returncode == 0, result.stderr
    exported = _run_frozen(deb_tree, "--db", str(db), "export", "--format", "json")
    titles = {a["file"]: (a["title"], a["event"]["year_basis"]) for a in json.loads(exported.stdout)["articles"]}
    assert titles == {"trang.mhtml": ("Thủ tướng tiếp Đại sứ Hà Lan chào từ biệt", "page date"),
                      "vnexpress.html": ("Chủ tịch nước hội đàm với Tổng thống Chile tại Santiago", "page date")}


@pytest.mark.slow
def test_frozen_gui_smoke(deb_tree):
    if not (ROOT / "app" / "ui" / "launch.py").exists():
        pytest.skip("app/ui/launch.py (the main window) is not in this checkout yet")
    seed = sorted((ROOT / "seeds").glob("000_*.txt"))[0]
    result = _run_frozen(deb_tree, "--db", str(deb_tree["tmp"] / "a.db"), "gui", "--smoke", str(seed))
    assert result.returncode == 0, result.stdout + result.stderr
    summary = json.loads(result.stdout)
    assert "Lương Cường" in json.dumps(summary, ensure_ascii=False)
